/* test-export-dialog.c: exporting from the window: the export dialog's
 * defaults and choices, the files it writes in each format, that the
 * chart's filters and selection are what gets exported, that the choices
 * are remembered, and that a bad path fails cleanly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-export-dialog"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "tf-export-dialog.h"
#include "tf-flow-chart.h"
#include "tf-test-ui.h"
#include "tf-window.h"

/* The template child of the dialog called name; fails if there is none. */
static gpointer
get_dialog_child (gpointer    dialog,
                  const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (dialog), TF_TYPE_EXPORT_DIALOG, name);

  g_assert_nonnull (child);
  return child;
}

typedef struct
{
  TfWindow *window;
  TfFlowChart *chart;
  char *dir;
} Fixture;

/* The export keys back at their defaults: the memory backend keeps them
 * from one test to the next. */
static void
reset_export_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_str_has_prefix (keys[i], "export-"))
      g_settings_reset (settings, keys[i]);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TfDataset *dataset = tf_test_load_sample ();

  reset_export_settings ();

  fixture->window = tf_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  tf_window_set_dataset (fixture->window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tf_test_spin_until (tf_test_widget_is_mapped, fixture->window);

  fixture->chart = tf_test_get_child (fixture->window, "chart");
  tf_test_spin_until (tf_test_chart_has_layout, fixture->chart);

  fixture->dir = g_dir_make_tmp ("test-export-dialog-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tf_test_destroy_and_check_finalized (GTK_WINDOW (fixture->window), NULL);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GtkWindow *
find_transient (GtkWindow *parent,
                GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_window_get_transient_for (window) == parent)
        return window;
    }

  return NULL;
}

static TfExportDialog *
open_dialog (Fixture *fixture)
{
  TfExportDialog *dialog;

  g_assert_null (find_transient (GTK_WINDOW (fixture->window), TF_TYPE_EXPORT_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL));
  dialog = (TfExportDialog *) find_transient (GTK_WINDOW (fixture->window), TF_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_transient (data, ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Exports as the dialog's Export button does once a file is chosen, and
 * waits for the file; the dialog is gone by then. */
static void
export_and_wait (TfExportDialog *dialog,
                 const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gpointer dialog_pointer = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &dialog_pointer);
  tf_export_dialog_export_to_file (dialog, file);
  tf_test_spin_until (file_exists, (gpointer) path);
  tf_test_spin_until (tf_test_pointer_is_null, &dialog_pointer);
}

static cairo_surface_t *
load_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* How many pixels of a and b differ; both the same size. */
static guint
count_different_pixels (cairo_surface_t *a,
                        cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guchar *data_a = cairo_image_surface_get_data (a);
  const guchar *data_b = cairo_image_surface_get_data (b);
  guint n = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (memcmp (data_a + y * stride + 4 * x, data_b + y * stride + 4 * x, 4) != 0)
        n++;
  return n;
}

/* How many distinct colours a sample of the image's pixels has. */
static guint
count_colours (cairo_surface_t *surface)
{
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y += 3)
    for (int x = 0; x < width; x += 3)
      g_hash_table_add (colours, GUINT_TO_POINTER (*(const guint32 *) (data + y * stride + 4 * x)));
  return g_hash_table_size (colours);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

static guint
count_dir_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  TfExportDialog *dialog = open_dialog (fixture);
  const TfExportJob *job = tf_export_dialog_get_job (dialog);
  const TfExportOptions *options = tf_export_job_get_options ((TfExportJob *) job);
  gpointer dialog_pointer;

  /* A PNG of what the window shows, on a 1920 × 1080 page (not the
   * window's size) in type that reads when projected, in the desktop's
   * (light) style, with everything around it. */
  g_assert_cmpint (tf_export_dialog_get_format (dialog), ==, TF_EXPORT_FORMAT_PNG);
  g_assert_cmpint (tf_export_dialog_get_size (dialog), ==, TF_EXPORT_SIZE_FULL_HD);
  g_assert_cmpfloat (options->width, ==, 1920);
  g_assert_cmpfloat (options->height, ==, 1080);
  g_assert_cmpfloat (options->scale, ==, 1);
  g_assert_cmpfloat (options->font_scale, ==, 1);
  g_assert_cmpint (options->theme, ==, TF_EXPORT_THEME_LIGHT);
  g_assert_cmpstr (options->title, ==, gtk_window_get_title (GTK_WINDOW (fixture->window)));
  g_assert_cmpstr (options->subtitle, ==, "");
  g_assert_true (options->show_legend);
  g_assert_true (options->show_time_range);
  g_assert_true (options->show_credits);
  g_assert_true (tf_export_job_get_dataset (job) == tf_window_get_dataset (fixture->window));
  g_assert_true (tf_export_job_get_careers (job) == tf_flow_chart_get_careers (fixture->chart));
  g_assert_cmpint (options->selection, ==, TF_CHART_SELECTION_NONE);

  /* The presets fill in their sizes; only PNG has a scale. */
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_WINDOW, 0, 0);
  g_assert_cmpfloat (options->width, ==, gtk_widget_get_width (GTK_WIDGET (fixture->chart)));
  g_assert_cmpfloat (options->height, ==, gtk_widget_get_height (GTK_WIDGET (fixture->chart)));
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_A4_LANDSCAPE, 0, 0);
  g_assert_cmpfloat (options->width, ==, 842);
  g_assert_cmpfloat (options->height, ==, 595);
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_FULL_HD, 0, 0);
  g_assert_cmpfloat (options->width, ==, 1920);
  g_assert_cmpfloat (options->height, ==, 1080);
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_CUSTOM, 640, 480);
  g_assert_cmpfloat (options->width, ==, 640);
  g_assert_cmpfloat (options->height, ==, 480);
  g_assert_true (gtk_widget_get_sensitive (get_dialog_child (dialog, "scale_row")));
  tf_export_dialog_set_format (dialog, TF_EXPORT_FORMAT_SVG);
  g_assert_false (gtk_widget_get_sensitive (get_dialog_child (dialog, "scale_row")));

  /* The type size row sets the font scale, to the nearest choice. */
  tf_export_dialog_set_font_scale (dialog, 1.4);
  g_assert_cmpfloat (options->font_scale, ==, 1.5);
  adw_combo_row_set_selected (get_dialog_child (dialog, "font_scale_row"), 1);
  g_assert_cmpfloat (options->font_scale, ==, 1.25);
  tf_export_dialog_set_font_scale (dialog, 1);
  g_assert_cmpfloat (options->font_scale, ==, 1);

  /* Cancel writes nothing and remembers nothing. */
  dialog_pointer = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &dialog_pointer);
  gtk_window_close (GTK_WINDOW (dialog));
  tf_test_spin_until (tf_test_pointer_is_null, &dialog_pointer);
  g_assert_cmpuint (count_dir_entries (fixture->dir), ==, 0);
  dialog = open_dialog (fixture);
  g_assert_cmpint (tf_export_dialog_get_format (dialog), ==, TF_EXPORT_FORMAT_PNG);
  g_assert_cmpint (tf_export_dialog_get_size (dialog), ==, TF_EXPORT_SIZE_FULL_HD);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
export_button_is_insensitive (gpointer data)
{
  return !gtk_widget_get_sensitive (get_dialog_child (data, "export_button"));
}

/* A page too big to export cannot be exported, and the dialog says why. */
static void
test_limits (Fixture       *fixture,
             gconstpointer  data)
{
  TfExportDialog *dialog = open_dialog (fixture);
  AdwActionRow *size_row = get_dialog_child (dialog, "size_row");

  g_assert_false (export_button_is_insensitive (dialog));
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_FULL_HD, 0, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (size_row), ==, "1920 × 1080 px");
  tf_export_dialog_set_scale (dialog, 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (size_row), ==, "3840 × 2160 px");

  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_CUSTOM, 20000, 20000);
  tf_export_dialog_set_scale (dialog, 6);
  g_assert_true (export_button_is_insensitive (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (size_row), "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (size_row), "too large"));

  /* The same page is fine as a drawing. */
  tf_export_dialog_set_format (dialog, TF_EXPORT_FORMAT_PDF);
  g_assert_false (export_button_is_insensitive (dialog));
  g_assert_cmpstr (adw_action_row_get_subtitle (size_row), ==, "20000 × 20000 pt");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *path_light = g_build_filename (fixture->dir, "light.png", NULL);
  cairo_surface_t *dark;
  cairo_surface_t *light;
  TfExportDialog *dialog;

  dialog = open_dialog (fixture);
  tf_export_dialog_set_format (dialog, TF_EXPORT_FORMAT_PNG);
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_FULL_HD, 0, 0);
  tf_export_dialog_set_scale (dialog, 2);
  tf_export_dialog_set_font_scale (dialog, 1.25);
  tf_export_dialog_set_theme (dialog, TF_EXPORT_THEME_DARK);
  tf_export_dialog_set_text (dialog, "Revolving door", "2012–2022");
  tf_export_dialog_set_include (dialog, TRUE, FALSE, TRUE);
  export_and_wait (dialog, path);

  /* 1920 × 1080 at 2×, and a chart in it. */
  dark = load_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (dark), ==, 3840);
  g_assert_cmpint (cairo_image_surface_get_height (dark), ==, 2160);
  g_assert_cmpuint (count_colours (dark), >, 50);

  /* The choices are remembered for the next export; the title is the
   * dataset's again. */
  dialog = open_dialog (fixture);
  g_assert_cmpint (tf_export_dialog_get_format (dialog), ==, TF_EXPORT_FORMAT_PNG);
  g_assert_cmpint (tf_export_dialog_get_size (dialog), ==, TF_EXPORT_SIZE_FULL_HD);
  {
    const TfExportOptions *options
        = tf_export_job_get_options ((TfExportJob *) tf_export_dialog_get_job (dialog));

    g_assert_cmpfloat (options->scale, ==, 2);
    g_assert_cmpfloat (options->font_scale, ==, 1.25);
    g_assert_cmpint (options->theme, ==, TF_EXPORT_THEME_DARK);
    g_assert_true (options->show_legend);
    g_assert_false (options->show_time_range);
    g_assert_true (options->show_credits);
    g_assert_cmpstr (options->title, ==, gtk_window_get_title (GTK_WINDOW (fixture->window)));
  }

  /* The light theme has a light background where the dark one is dark. */
  tf_export_dialog_set_theme (dialog, TF_EXPORT_THEME_LIGHT);
  tf_export_dialog_set_text (dialog, "Revolving door", "2012–2022");
  export_and_wait (dialog, path_light);
  light = load_png (path_light);
  g_assert_cmpuint (pixel_at (light, 2, 2) & 0xff, >, pixel_at (dark, 2, 2) & 0xff);

  cairo_surface_destroy (dark);
  cairo_surface_destroy (light);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

typedef struct
{
  char *width;
  char *height;
  guint n_elements;
} SvgInfo;

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   const char          **attribute_names,
                   const char          **attribute_values,
                   gpointer              user_data,
                   GError              **error)
{
  SvgInfo *info = user_data;

  if (info->n_elements++ == 0)
    {
      g_assert_cmpstr (element_name, ==, "svg");
      for (guint i = 0; attribute_names[i] != NULL; i++)
        if (strcmp (attribute_names[i], "width") == 0)
          info->width = g_strdup (attribute_values[i]);
        else if (strcmp (attribute_names[i], "height") == 0)
          info->height = g_strdup (attribute_values[i]);
    }
}

static void
test_svg_and_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *svg_path = g_build_filename (fixture->dir, "chart.svg", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "chart.pdf", NULL);
  g_autofree char *svg = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };
  SvgInfo info = { NULL, NULL, 0 };
  TfExportDialog *dialog;

  /* An SVG of the custom size, in px. */
  dialog = open_dialog (fixture);
  tf_export_dialog_set_format (dialog, TF_EXPORT_FORMAT_SVG);
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_CUSTOM, 1000, 640);
  export_and_wait (dialog, svg_path);

  svg = read_file (svg_path);
  context = g_markup_parse_context_new (&parser, 0, &info, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (info.n_elements, >, 100);
  g_assert_cmpstr (info.width, ==, "1000px");
  g_assert_cmpstr (info.height, ==, "640px");
  g_free (info.width);
  g_free (info.height);

  /* A name ending in .pdf is a PDF, whatever the format chosen. */
  dialog = open_dialog (fixture);
  g_assert_cmpint (tf_export_dialog_get_format (dialog), ==, TF_EXPORT_FORMAT_SVG);
  export_and_wait (dialog, pdf_path);
  pdf = read_file (pdf_path);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
}

/* Exports an A4 PNG of what the chart shows now. */
static cairo_surface_t *
export_a4 (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  TfExportDialog *dialog = open_dialog (fixture);

  tf_export_dialog_set_format (dialog, TF_EXPORT_FORMAT_PNG);
  tf_export_dialog_set_size (dialog, TF_EXPORT_SIZE_A4_LANDSCAPE, 0, 0);
  tf_export_dialog_set_scale (dialog, 1);
  export_and_wait (dialog, path);
  return load_png (path);
}

static guint
count_cited_sources (Fixture *fixture)
{
  TfExportDialog *dialog = open_dialog (fixture);
  TfExportJob *job = (TfExportJob *) tf_export_dialog_get_job (dialog);
  g_autoptr(GPtrArray) sources = NULL;

  sources = tf_export_get_cited_sources (tf_export_job_get_dataset (job),
                                         tf_export_job_get_careers (job),
                                         tf_export_job_get_options (job));
  gtk_window_destroy (GTK_WINDOW (dialog));
  return sources->len;
}

/* What the chart shows is what is exported: its filters and its
 * selection. */
static void
test_chart_state (Fixture       *fixture,
                  gconstpointer  data)
{
  TfDataset *dataset = tf_window_get_dataset (fixture->window);
  cairo_surface_t *all;
  cairo_surface_t *selected;
  cairo_surface_t *filtered;
  const TfPerson *person;
  guint n_all;
  guint n_filtered;
  double from;
  double to;

  all = export_a4 (fixture, "all.png");
  n_all = count_cited_sources (fixture);
  g_assert_cmpuint (n_all, >, 1);
  g_assert_cmpuint (n_all, <=, tf_dataset_get_sources (dataset)->len);

  /* A selected person stands out; the rest is dimmed. */
  person = g_ptr_array_index (tf_dataset_get_people (dataset), 0);
  g_assert_true (tf_flow_chart_select_person (fixture->chart, person->id));
  {
    TfExportDialog *dialog = open_dialog (fixture);
    const TfExportOptions *options
        = tf_export_job_get_options ((TfExportJob *) tf_export_dialog_get_job (dialog));

    g_assert_cmpint (options->selection, ==, TF_CHART_SELECTION_PERSON);
    g_assert_cmpstr (options->selection_id, ==, person->id);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  selected = export_a4 (fixture, "selected.png");
  g_assert_cmpuint (count_different_pixels (all, selected), >, 1000);
  tf_flow_chart_clear_selection (fixture->chart);

  /* Moves of 2021 and 2022 only: fewer people, fewer articles. */
  tf_flow_chart_set_move_range (fixture->chart, 2021, 2023);
  tf_test_spin_until (tf_test_chart_has_layout, fixture->chart);
  {
    TfExportDialog *dialog = open_dialog (fixture);
    const TfExportOptions *options
        = tf_export_job_get_options ((TfExportJob *) tf_export_dialog_get_job (dialog));

    tf_flow_chart_get_move_range (fixture->chart, &from, &to);
    g_assert_cmpfloat (options->move_from, ==, from);
    g_assert_cmpfloat (options->move_to, ==, to);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  n_filtered = count_cited_sources (fixture);
  g_assert_cmpuint (n_filtered, >, 0);
  g_assert_cmpuint (n_filtered, <, n_all);
  filtered = export_a4 (fixture, "filtered.png");
  g_assert_cmpuint (count_different_pixels (all, filtered), >, 1000);

  cairo_surface_destroy (all);
  cairo_surface_destroy (selected);
  cairo_surface_destroy (filtered);
}

/* A file that cannot be written is reported in the window, and leaves
 * nothing behind: not in a missing folder, not over a folder. */
static void
test_bad_path (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "chart.png", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.pdf", NULL);
  const char *paths[] = { missing, folder };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autofree char *basename = g_path_get_basename (paths[i]);
      TfExportDialog *dialog = open_dialog (fixture);
      AdwMessageDialog *message;
      gpointer message_pointer;

      tf_export_dialog_export_to_file (dialog, file);
      tf_test_spin_until (has_message_dialog, fixture->window);
      message = ADW_MESSAGE_DIALOG (
          find_transient (GTK_WINDOW (fixture->window), ADW_TYPE_MESSAGE_DIALOG));
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (message), basename));
      g_assert_cmpstr (adw_message_dialog_get_body (message), !=, "");

      message_pointer = message;
      g_object_add_weak_pointer (G_OBJECT (message), &message_pointer);
      gtk_window_close (GTK_WINDOW (message));
      tf_test_spin_until (tf_test_pointer_is_null, &message_pointer);
    }

  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_dir_entries (fixture->dir), ==, 1);
  g_assert_cmpuint (count_dir_entries (folder), ==, 0);
}

/* Without a chart there is nothing to export or print. */
static void
test_no_chart (void)
{
  TfWindow *window = tf_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  g_assert_null (find_transient (GTK_WINDOW (window), GTK_TYPE_WINDOW));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

int
main (int    argc,
      char **argv)
{
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add ("/export-dialog/defaults", Fixture, NULL, fixture_set_up, test_defaults,
              fixture_tear_down);
  g_test_add ("/export-dialog/limits", Fixture, NULL, fixture_set_up, test_limits,
              fixture_tear_down);
  g_test_add ("/export-dialog/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/export-dialog/svg-and-pdf", Fixture, NULL, fixture_set_up, test_svg_and_pdf,
              fixture_tear_down);
  g_test_add ("/export-dialog/chart-state", Fixture, NULL, fixture_set_up, test_chart_state,
              fixture_tear_down);
  g_test_add ("/export-dialog/bad-path", Fixture, NULL, fixture_set_up, test_bad_path,
              fixture_tear_down);
  g_test_add_func ("/export-dialog/no-chart", test_no_chart);

  return g_test_run ();
}
