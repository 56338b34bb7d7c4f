/* test-window.c: the window on the bundled sample (chart and detail panel),
 * opening files, the narrow layout, and that a closed window leaves
 * nothing behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tf-chart-draw.h"
#include "tf-dataset-file.h"
#include "tf-detail-panel.h"
#include "tf-flow-chart.h"
#include "tf-layout-label-audit.h"
#include "tf-legend-bar.h"
#include "tf-test-ui.h"
#include "tf-window.h"

static gboolean
window_is_idle (gpointer data)
{
  return !tf_window_get_loading (data);
}

/* The person with the most moves: the richest case for the panel. */
static const TfPerson *
find_busiest_person (TfDataset *dataset)
{
  GPtrArray *people = tf_dataset_get_people (dataset);
  const TfPerson *busiest = NULL;
  guint most_moves = 0;

  for (guint i = 0; i < people->len; i++)
    {
      const TfPerson *person = g_ptr_array_index (people, i);
      g_autoptr(GPtrArray) moves = tf_dataset_dup_moves_of_person (dataset, person->id);

      if (moves->len > most_moves)
        {
          most_moves = moves->len;
          busiest = person;
        }
    }

  return busiest;
}

static void
test_window_sample (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfWindow *window;
  TfFlowChart *chart;
  TfDetailPanel *panel;
  const TfPerson *person;
  const TfOrganization *organization;
  const char *id = NULL;

  window = tf_window_new (NULL);
  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);
  g_assert_true (tf_window_get_dataset (window) == dataset);

  /* The chart shows the dataset; the panel knows it too. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tf_test_get_child (window, "stack")), ==,
                   "chart");
  chart = tf_test_get_child (window, "chart");
  panel = tf_test_get_child (window, "detail_panel");
  g_assert_true (tf_flow_chart_get_dataset (chart) == dataset);
  g_assert_true (tf_detail_panel_get_dataset (panel) == dataset);
  tf_test_spin_until (tf_test_chart_has_layout, chart);
  g_assert_cmpint (tf_flow_chart_get_selection (chart, NULL), ==, TF_FLOW_CHART_SELECTION_NONE);
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_NONE);

  /* Selecting in the chart shows the record in the panel, beside it. */
  person = find_busiest_person (dataset);
  g_assert_nonnull (person);
  g_assert_true (tf_flow_chart_select_person (chart, person->id));
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_PERSON);
  g_assert_cmpstr (tf_detail_panel_get_id (panel), ==, person->id);
  g_assert_true (adw_flap_get_reveal_flap (tf_test_get_child (window, "flap")));

  /* A name followed in the panel is selected in the chart. */
  organization = g_ptr_array_index (tf_dataset_get_organizations (dataset), 0);
  g_signal_emit_by_name (panel, "organization-activated", organization->id);
  g_assert_cmpint (tf_flow_chart_get_selection (chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_ORGANIZATION);
  g_assert_cmpstr (id, ==, organization->id);
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_ORGANIZATION);
  g_assert_cmpstr (tf_detail_panel_get_id (panel), ==, organization->id);

  /* Clearing the selection empties the panel. */
  tf_flow_chart_clear_selection (chart);
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_NONE);

  /* F9 folds the panel away and brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL));
  g_assert_false (adw_flap_get_reveal_flap (tf_test_get_child (window, "flap")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL));
  g_assert_true (adw_flap_get_reveal_flap (tf_test_get_child (window, "flap")));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

static void
test_window_open_article (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  TfWindow *window;
  TfDataset *dataset;
  const char *description;

  path = g_test_build_filename (G_TEST_DIST, "data", "000_b1c6aaa2a0844c7d.txt", NULL);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  tf_window_open_file (window, file);
  g_assert_true (tf_window_get_loading (window));
  tf_test_spin_until (window_is_idle, window);

  dataset = tf_window_get_dataset (window);
  g_assert_nonnull (dataset);
  g_assert_true (g_file_equal (tf_window_get_file (window), file));
  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 1);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 0);

  /* An article alone has no moves yet: the window offers the ones it
   * reports for review (tests/test-review.c). Done shows that there are
   * none, with the dataset's size. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tf_test_get_child (window, "stack")), ==,
                   "review");
  g_signal_emit_by_name (tf_test_get_child (window, "review_view"), "done");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tf_test_get_child (window, "stack")), ==,
                   "no-moves");
  description = adw_status_page_get_description (tf_test_get_child (window, "no_moves_page"));
  g_assert_true (g_str_has_prefix (description, "1 article, "));
  g_assert_true (g_str_has_suffix (description, " paragraphs, no moves yet"));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_window_open_bad_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  TfWindow *window;
  AdwMessageDialog *dialog;
  gpointer dialog_pointer;

  dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "broken.talentflow", NULL);
  g_file_set_contents (path,
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<talentflow xmlns=\""
                       "https://talentflow.github.io/ns/1"
                       "\" version=\"1\">\n"
                       "  <sources>\n",
                       -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  tf_window_open_file (window, file);
  tf_test_spin_until (window_is_idle, window);

  /* Nothing was loaded, and the window says why, naming the file. */
  g_assert_null (tf_window_get_dataset (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tf_test_get_child (window, "stack")), ==,
                   "empty");
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken.talentflow"));

  dialog_pointer = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &dialog_pointer);
  gtk_window_close (GTK_WINDOW (dialog));
  tf_test_spin_until (tf_test_pointer_is_null, &dialog_pointer);

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);

  g_unlink (path);
  g_rmdir (dir);
}

/* Each kind of file that cannot be opened gets a dialog that names it
 * and says what is wrong, in words. */
static void
test_window_open_bad_files (void)
{
  static const struct
  {
    const char *name;
    const char *contents;
    gssize size;
    const char *says;
  } cases[] = {
    { "missing.txt", NULL, 0, "No such file" },
    { "folder", "", -2, "is a folder" },
    { "chart.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "is not an article or a dataset" },
    { "garbled.txt", "标题\n\xFF\xFE\xFD\n", -1, "line 2 holds" },
    { "empty.txt", "\n\n", -1, "has no text" },
    { "notes.talentflow", "人才流动\n\n她离开研究院，回到了母校。\n", -1,
      "is not a Talent Flow dataset" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-window-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      TfWindow *window;
      AdwMessageDialog *dialog;
      gpointer dialog_pointer;

      g_test_message ("%s", cases[i].name);
      if (cases[i].size == -2)
        g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      else if (cases[i].contents != NULL)
        {
          g_file_set_contents (path, cases[i].contents, cases[i].size, &error);
          g_assert_no_error (error);
        }

      window = tf_window_new (NULL);
      gtk_window_present (GTK_WINDOW (window));
      tf_window_open_file (window, file);
      tf_test_spin_until (window_is_idle, window);

      g_assert_null (tf_window_get_dataset (window));
      dialog = find_message_dialog (GTK_WINDOW (window));
      g_assert_nonnull (dialog);
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open File");
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), cases[i].name));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), cases[i].says));

      dialog_pointer = dialog;
      g_object_add_weak_pointer (G_OBJECT (dialog), &dialog_pointer);
      gtk_window_close (GTK_WINDOW (dialog));
      tf_test_spin_until (tf_test_pointer_is_null, &dialog_pointer);
      tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);

      if (cases[i].size == -2)
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static gboolean
flap_is_folded (gpointer data)
{
  return adw_flap_get_folded (data);
}

static void
test_window_narrow (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfWindow *window;
  AdwFlap *flap;
  const TfPerson *person;
  int minimum;

  window = tf_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);

  /* The content fits a phone-sized window. */
  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                      GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);
  flap = tf_test_get_child (window, "flap");
  tf_test_spin_until (flap_is_folded, flap);

  /* Folded, the chart has the window; selecting in it leaves the panel
   * closed until the user opens it. */
  g_assert_false (adw_flap_get_reveal_flap (flap));
  person = find_busiest_person (dataset);
  g_assert_nonnull (person);
  g_assert_true (tf_flow_chart_select_person (tf_test_get_child (window, "chart"), person->id));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_cmpstr (tf_detail_panel_get_id (tf_test_get_child (window, "detail_panel")), ==,
                   person->id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_toggle_button_get_active (tf_test_get_child (window, "panel_button")));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

static gboolean
flap_is_revealed (gpointer data)
{
  return adw_flap_get_reveal_progress (data) == 1;
}

typedef struct
{
  TfFlowChart *chart;
  AdwFlap *flap;
  int closed_width;
  gboolean folded;
} PanelSettle;

/* Folded, the panel leaves the chart its width; beside it, it takes its
 * own. */
static gboolean
panel_has_settled (gpointer data)
{
  PanelSettle *settle = data;
  int width = gtk_widget_get_width (GTK_WIDGET (settle->chart));

  return adw_flap_get_folded (settle->flap) == settle->folded
         && (settle->folded ? width == settle->closed_width : width < settle->closed_width - 300);
}

/* Up to 700 px the panel folds over the chart, which keeps the window's
 * width; wider, it opens beside the chart, leaving it a useful width. */
static void
test_window_panel_folds (void)
{
  static const struct
  {
    int      width;
    gboolean folded;
  } cases[] = { { 600, TRUE }, { 700, TRUE }, { 760, FALSE }, { 1100, FALSE } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TfDataset *dataset = tf_test_load_sample ();
      TfWindow *window = tf_window_new (NULL);
      TfFlowChart *chart;
      AdwFlap *flap;
      PanelSettle settle;
      int closed_width;
      int open_width;

      gtk_window_set_default_size (GTK_WINDOW (window), cases[i].width, 700);
      tf_window_set_dataset (window, dataset, NULL);
      g_object_unref (dataset);
      gtk_window_present (GTK_WINDOW (window));
      tf_test_spin_until (tf_test_widget_is_mapped, window);
      chart = tf_test_get_child (window, "chart");
      flap = tf_test_get_child (window, "flap");
      tf_test_spin_until (tf_test_chart_has_layout, chart);
      closed_width = gtk_widget_get_width (GTK_WIDGET (chart));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL));
      tf_test_spin_until (flap_is_revealed, flap);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      /* Folding may take a frame to settle. */
      settle.chart = chart;
      settle.flap = flap;
      settle.closed_width = closed_width;
      settle.folded = cases[i].folded;
      tf_test_spin_until (panel_has_settled, &settle);
      open_width = gtk_widget_get_width (GTK_WIDGET (chart));
      g_test_message ("%d px window: %s, chart %d px, %d px with the panel", cases[i].width,
                      adw_flap_get_folded (flap) ? "folded" : "side by side", closed_width,
                      open_width);
      g_assert_cmpint (adw_flap_get_folded (flap), ==, cases[i].folded);
      if (cases[i].folded)
        g_assert_cmpint (open_width, ==, closed_width);
      else
        g_assert_cmpint (open_width, >=, 340);

      tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
    }
}

typedef struct
{
  TfWindow *window;
  GFile *file;
} WindowFile;

static gboolean
window_shows_file (gpointer data)
{
  WindowFile *window_file = data;
  GFile *file = tf_window_get_file (window_file->window);

  return file != NULL && g_file_equal (file, window_file->file);
}

static gboolean
window_has_message_dialog (gpointer data)
{
  return find_message_dialog (data) != NULL;
}

static void
test_window_save_as (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *bad_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) bad_file = NULL;
  g_autoptr(TfDataset) reloaded = NULL;
  TfDataset *dataset = tf_test_load_sample ();
  TfWindow *window;
  WindowFile window_file;
  AdwMessageDialog *dialog;

  dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "sample.talentflow", NULL);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (window));

  /* The saved file reads back as the same dataset, and becomes the
   * window's file. */
  tf_window_save_as (window, file);
  window_file.window = window;
  window_file.file = file;
  tf_test_spin_until (window_shows_file, &window_file);
  reloaded = tf_dataset_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, reloaded));
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));

  /* A folder that does not exist: the window says so, naming the file. */
  bad_path = g_build_filename (dir, "missing", "out.talentflow", NULL);
  bad_file = g_file_new_for_path (bad_path);
  tf_window_save_as (window, bad_file);
  tf_test_spin_until (window_has_message_dialog, window);
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "out.talentflow"));
  g_assert_true (g_file_equal (tf_window_get_file (window), file));
  gtk_window_destroy (GTK_WINDOW (dialog));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_drop_file (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *last_file = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *files;
  TfWindow *window;
  GtkDropTarget *target;
  gboolean accepted = FALSE;

  path = g_test_build_filename (G_TEST_DIST, "data", "004_4c1bf5412017dcdf.txt", NULL);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* Deliver a drop as GTK does once the user lets go of the file. */
  target = tf_test_find_controller (GTK_WIDGET (window), GTK_TYPE_DROP_TARGET);
  files = g_slist_prepend (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  tf_test_spin_until (window_is_idle, window);
  g_assert_nonnull (tf_window_get_dataset (window));
  g_assert_true (g_file_equal (tf_window_get_file (window), file));
  g_assert_cmpuint (tf_dataset_get_sources (tf_window_get_dataset (window))->len, ==, 1);

  /* The file choosers start where this file is. */
  uri = g_file_get_uri (file);
  last_file = g_settings_get_string (settings, "last-file");
  g_assert_cmpstr (last_file, ==, uri);

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), tf_window_get_dataset (window), NULL);
}

static void
test_window_size_kept (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  TfWindow *window;
  gpointer window_pointer;
  int width;
  int height;

  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 480);

  /* A new window takes the size kept in the settings... */
  window = tf_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 480);

  /* ...and keeps its own when it closes. */
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 520);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);

  window_pointer = window;
  g_object_add_weak_pointer (G_OBJECT (window), &window_pointer);
  gtk_window_close (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_pointer_is_null, &window_pointer);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 520);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* What the labels test saw, for a reader of its explanation: the chart
 * drawn (with the approximate fonts) into window-labels-WIDTH.png in the
 * current folder. */
static void
save_chart_png (TfLayout *layout,
                int       window_width)
{
  g_autofree char *path = g_strdup_printf ("window-labels-%d.png", window_width);
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  TfChartTheme theme;
  const TfLayoutPath *paths;
  const TfLayoutSegment *segments;
  const TfLayoutLabel *labels;
  guint n_paths, n_labels;

  tf_layout_get_size (layout, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  tf_chart_theme_init (&theme, FALSE);
  tf_chart_draw (cr, layout, &theme, NULL);
  /* The paths no shown label names, in red over the chart. */
  paths = tf_layout_get_paths (layout, &n_paths);
  segments = tf_layout_get_segments (layout, NULL);
  labels = tf_layout_get_labels (layout, &n_labels);
  for (guint p = 0; p < n_paths; p++)
    {
      gboolean named = FALSE;

      for (guint l = 0; l < n_labels; l++)
        named |= labels[l].kind == TF_LAYOUT_LABEL_PERSON && labels[l].owner == (int) p
                 && labels[l].visible;
      for (guint l = 0; l < n_labels; l++)
        if (labels[l].kind == TF_LAYOUT_LABEL_PERSON && labels[l].owner == (int) p)
          g_test_message ("name %s%s%s at %.0f,%.0f %.0fx%.0f anchor %.0f,%.0f", labels[l].text,
                          labels[l].visible ? "" : " (hidden)", labels[l].leader ? " (leader)" : "",
                          labels[l].x, labels[l].y, labels[l].width, labels[l].height,
                          labels[l].anchor_x, labels[l].anchor_y);
      if (named)
        continue;
      for (guint i = paths[p].first_segment; i < paths[p].first_segment + paths[p].n_segments; i++)
        {
          cairo_move_to (cr, segments[i].x0, segments[i].y0);
          cairo_line_to (cr, segments[i].x1, segments[i].y1);
        }
      cairo_set_source_rgba (cr, 1, 0, 0, 0.6);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("drawn into %s", path);
}

/* The sample's chart in a window of width × height. */
static void
audit_window_labels (int                 width,
                     int                 height,
                     TfLayoutLabelAudit *audit)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfWindow *window = tf_window_new (NULL);
  TfFlowChart *chart;
  g_autofree char *figures = NULL;
  double chart_width, chart_height;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);
  chart = tf_test_get_child (window, "chart");
  tf_test_spin_until (tf_test_chart_has_layout, chart);

  tf_layout_get_size (tf_flow_chart_get_layout (chart), &chart_width, &chart_height);
  tf_layout_audit_labels (tf_flow_chart_get_layout (chart), audit);
  if (g_getenv ("TF_TEST_EXPLAIN_LABELS") != NULL)
    {
      g_autofree char *explained = tf_layout_label_audit_explain (tf_flow_chart_get_layout (chart));

      g_test_message ("%s", explained);
      save_chart_png (tf_flow_chart_get_layout (chart), width);
    }
  figures = tf_layout_label_audit_format (audit);
  g_test_message ("window %dx%d, chart %gx%g: %s", width, height, chart_width, chart_height,
                  figures);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

/* The sample in a window of the default size, a narrow one and a full
 * 1920×1080 screen: every row a path runs in is named, by a label nearer
 * its own row than any other; every path is named at least once; no name
 * is nearer another path than its own unless a leader joins them, and no
 * label touches a path. At the default size and full screen no leader
 * crosses another path; at 700 px (where the crowd of 2019–2022 has a
 * fifth of the plot) a few shut in among others' strokes may, for at most
 * one path in eight (2 of 24 when written). */
static void
test_window_labels (void)
{
  static const int sizes[][2] = { { 1280, 800 }, { 700, 600 }, { 1920, 1080 } };
  TfLayoutLabelAudit audits[G_N_ELEMENTS (sizes)];

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    audit_window_labels (sizes[i][0], sizes[i][1], &audits[i]);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_assert_cmpuint (audits[i].n_rows_touched, >, 0);
      g_assert_cmpuint (audits[i].n_rows_unlabelled, ==, 0);
      g_assert_cmpuint (audits[i].n_row_labels_misread, ==, 0);
      g_assert_cmpuint (audits[i].n_paths, >, 0);
      g_assert_cmpuint (audits[i].n_person_labels_misread, ==, 0);
      g_assert_cmpuint (audits[i].n_label_path_crossings, ==, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    g_assert_cmpuint (audits[i].n_paths_unnamed, ==, 0);
  g_assert_cmpuint (audits[0].n_leader_crossings, ==, 0);
  g_assert_cmpuint (8 * audits[1].n_leader_crossings, <=, audits[1].n_paths);
  g_assert_cmpuint (audits[2].n_leader_crossings, ==, 0);
}

static gboolean
legend_is_ready (gpointer data)
{
  return !tf_legend_bar_get_pending (data) && tf_legend_bar_get_n_items (data) > 0;
}

/* Under the chart, what its colours and lines mean: the sectors, the
 * line styles it draws (the sample has year-only, implied and faded
 * stretches) and the strip; the main menu's action hides it and shows it
 * again. */
static void
test_window_legend (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfWindow *window = tf_window_new (NULL);
  TfLegendBar *legend;
  gboolean dashed = FALSE, dotted = FALSE, fade = FALSE;
  guint n;

  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);
  tf_test_spin_until (tf_test_chart_has_layout, tf_test_get_child (window, "chart"));
  legend = tf_test_get_child (window, "legend_bar");
  tf_test_spin_until (legend_is_ready, legend);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (legend)));

  n = tf_legend_bar_get_n_items (legend);
  g_assert_cmpuint (n, >=, TF_N_SECTORS + 3);
  for (guint i = 0; i < n; i++)
    {
      const char *text = tf_legend_bar_get_item_text (legend, i);

      dashed |= strstr (text, "year only") != NULL;
      dotted |= strstr (text, "implied") != NULL;
      fade |= strstr (text, "Fades out") != NULL;
    }
  g_assert_true (dashed && dotted && fade);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-legend", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (legend)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-legend", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (legend)));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

int
main (int   argc,
      char *argv[])
{
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/window/sample", test_window_sample);
  g_test_add_func ("/window/open-article", test_window_open_article);
  g_test_add_func ("/window/open-bad-file", test_window_open_bad_file);
  g_test_add_func ("/window/open-bad-files", test_window_open_bad_files);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/panel-folds", test_window_panel_folds);
  g_test_add_func ("/window/save-as", test_window_save_as);
  g_test_add_func ("/window/drop-file", test_window_drop_file);
  g_test_add_func ("/window/size-kept", test_window_size_kept);
  g_test_add_func ("/window/labels", test_window_labels);
  g_test_add_func ("/window/legend", test_window_legend);

  return g_test_run ();
}
