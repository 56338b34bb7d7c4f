/* test-presentation.c: presentation mode from the window on the bundled
 * sample: opening and leaving it, the keys, stepping by year and by move,
 * captions, reduced motion, and that nothing is left behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-presentation"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "tf-chart-draw.h"
#include "tf-flow-chart.h"
#include "tf-layout-label-audit.h"
#include "tf-presentation-window.h"
#include "tf-test-ui.h"
#include "tf-window.h"

/* Whether widget's shortcuts bind trigger (as gtk_shortcut_trigger_parse_string
 * writes it) to the action called action_name. */
static gboolean
has_binding (GtkWidget  *widget,
             const char *trigger,
             const char *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *text
              = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (GTK_IS_NAMED_ACTION (action) && g_strcmp0 (text, trigger) == 0
              && g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                            action_name)
                     == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static TfPresentationWindow *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (TF_IS_PRESENTATION_WINDOW (window))
        return TF_PRESENTATION_WINDOW (window);
    }
  return NULL;
}

static gboolean
view_has_steps (gpointer data)
{
  return tf_presentation_view_get_n_steps (data) > 0;
}

static gboolean
view_is_still (gpointer data)
{
  return !tf_presentation_view_is_animating (data);
}

/* The height of the names a layout shows. */
static double
person_label_height (TfLayout *layout)
{
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  double height = 0;

  for (guint i = 0; i < n_labels; i++)
    if (labels[i].kind == TF_LAYOUT_LABEL_PERSON && labels[i].visible)
      height = MAX (height, labels[i].height);
  g_assert_cmpfloat (height, >, 0);
  return height;
}

/* The share of the chart's pixels (above the caption band) that show
 * the bare background, as the view draws itself now; none may be
 * transparent: the chart is drawn everywhere. */
static double
background_share (TfPresentationView *view)
{
  GtkWidget *widget = GTK_WIDGET (view);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int chart_height = (int) (height * 0.8);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint8 *pixels = NULL;
  TfChartTheme theme;
  guint n_background = 0;

  tf_chart_theme_init (&theme, FALSE);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (int y = 0; y < chart_height * height / gtk_widget_get_height (widget); y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *pixel = &pixels[((gsize) y * width + x) * 4];

        g_assert_cmpint (pixel[3], ==, 255);
        n_background += ABS (pixel[2] - (int) (theme.background.red * 255 + 0.5)) <= 1
                        && ABS (pixel[1] - (int) (theme.background.green * 255 + 0.5)) <= 1
                        && ABS (pixel[0] - (int) (theme.background.blue * 255 + 0.5)) <= 1;
      }
  return n_background
         / (double) ((gsize) width * (chart_height * height / gtk_widget_get_height (widget)));
}

static TfWindow *
open_sample_window (TfDataset **dataset)
{
  TfWindow *window = tf_window_new (NULL);

  *dataset = tf_test_load_sample ();
  tf_window_set_dataset (window, *dataset, NULL);
  g_object_unref (*dataset);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);
  tf_test_spin_until (tf_test_chart_has_layout, tf_test_get_child (window, "chart"));
  return window;
}

static TfPresentationWindow *
open_presentation (TfWindow            *window,
                   TfPresentationView **view)
{
  TfPresentationWindow *presentation;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (presentation)) == GTK_WINDOW (window));
  *view = tf_presentation_window_get_view (presentation);
  tf_test_spin_until (tf_test_widget_is_mapped, *view);
  tf_test_spin_until (view_has_steps, *view);
  return presentation;
}

static void
leave (TfPresentationWindow *presentation,
       const char           *action)
{
  gpointer pointer = presentation;

  g_object_add_weak_pointer (G_OBJECT (presentation), &pointer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), action, NULL));
  tf_test_spin_until (tf_test_pointer_is_null, &pointer);
  g_assert_null (find_presentation ());
}

static void
test_presentation_steps (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  TfDataset *dataset;
  TfWindow *window = open_sample_window (&dataset);
  TfPresentationWindow *presentation;
  TfPresentationView *view;
  TfLayout *layout;
  g_autoptr(TfPresentationSteps) steps = NULL;
  g_autofree char *indicator = NULL;
  g_autofree char *first_suffix = NULL;
  g_autofree char *second_suffix = NULL;
  double width;
  guint n;
  gboolean found_name = FALSE;

  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);

  /* F5 and the header bar's button open it, full screen on the chart. */
  g_assert_true (has_binding (GTK_WIDGET (window), "F5", "win.present"));
  presentation = open_presentation (window, &view);
  g_assert_true (tf_presentation_view_get_dataset (view) == dataset);
  g_assert_cmpint (tf_presentation_view_get_mode (view), ==, TF_PRESENTATION_BY_YEAR);
  layout = tf_presentation_view_get_layout (view);
  g_assert_nonnull (layout);
  steps = tf_presentation_steps_new (layout, dataset, TF_PRESENTATION_BY_YEAR);
  /* In large type, in proportion to the screen: names of 22 px at 1080
   * px high, a line a little taller. */
  g_assert_cmpfloat (person_label_height (layout), >=,
                     22.0 * gtk_widget_get_height (GTK_WIDGET (view)) / 1080);
  g_assert_cmpfloat (person_label_height (layout), <=,
                     1.6 * 22.0 * gtk_widget_get_height (GTK_WIDGET (view)) / 1080);

  /* The keys. */
  g_assert_true (has_binding (GTK_WIDGET (presentation), "Right", "presentation.next"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "Page_Down", "presentation.next"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "space", "presentation.next"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "Left", "presentation.previous"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "Page_Up", "presentation.previous"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "BackSpace", "presentation.previous"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "Home", "presentation.first"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "End", "presentation.last"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "m", "presentation.toggle-mode"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "Escape", "presentation.leave"));
  g_assert_true (has_binding (GTK_WIDGET (presentation), "F5", "presentation.leave"));

  /* By year: the first step is the first year with a move. */
  n = tf_presentation_view_get_n_steps (view);
  g_assert_cmpuint (n, >, 5);
  g_assert_cmpuint (tf_presentation_view_get_step (view), ==, 0);
  indicator = g_strdup (tf_presentation_view_get_indicator (view));
  first_suffix = g_strdup_printf (" · 1/%u", n);
  second_suffix = g_strdup_printf (" · 2/%u", n);
  g_assert_true (g_str_has_suffix (indicator, first_suffix));

  /* Right sweeps the next year in and says so, also to a screen reader. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL));
  g_assert_cmpuint (tf_presentation_view_get_step (view), ==, 1);
  {
    g_autofree char *label = g_strdup_printf ("%d, step 2 of %u",
                                              tf_presentation_steps_get_step (steps, 1)->year, n);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         label);
  }
  g_assert_cmpstr (tf_presentation_view_get_indicator (view), !=, indicator);
  g_assert_true (g_str_has_suffix (tf_presentation_view_get_indicator (view), second_suffix));
  g_assert_true (g_str_has_prefix (tf_presentation_view_get_indicator (view),
                                   tf_presentation_view_get_caption (view)));
  {
    g_autofree char *second = tf_presentation_steps_format_indicator (steps, 1);

    g_assert_cmpstr (tf_presentation_view_get_indicator (view), ==, second);
  }
  g_assert_true (tf_presentation_view_is_animating (view));
  tf_test_spin_until (view_is_still, view);

  /* End shows everything, Home the first year again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.last", NULL));
  g_assert_cmpuint (tf_presentation_view_get_step (view), ==, n - 1);
  g_assert_false (tf_presentation_view_is_animating (view));
  tf_layout_get_size (layout, &width, NULL);
  g_assert_cmpfloat (tf_presentation_view_get_reveal_x (view), >=, width);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.first", NULL));
  g_assert_cmpuint (tf_presentation_view_get_step (view), ==, 0);
  g_assert_cmpstr (tf_presentation_view_get_indicator (view), ==, indicator);
  g_assert_cmpfloat (tf_presentation_view_get_reveal_x (view), <, width);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.previous", NULL));
  g_assert_cmpuint (tf_presentation_view_get_step (view), ==, 0);

  /* M: move by move, each with its quote and article. */
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.toggle-mode", NULL));
  g_assert_cmpint (tf_presentation_view_get_mode (view), ==, TF_PRESENTATION_BY_MOVE);
  n = tf_presentation_view_get_n_steps (view);
  g_assert_cmpuint (n, >, 20);
  for (guint i = 0; i < n; i++)
    {
      const char *caption;

      tf_presentation_view_set_step (view, i);
      caption = tf_presentation_view_get_caption (view);
      g_assert_true (g_str_has_prefix (caption, "「") || g_str_has_prefix (caption, "“"));
      g_assert_cmpstr (tf_presentation_view_get_caption_detail (view), !=, "");
      if (strstr (caption, "漆远") != NULL)
        found_name = TRUE;
      if (i == 0)
        {
          g_autofree char *description
              = g_strdup_printf ("%s\n%s", caption, tf_presentation_view_get_caption_detail (view));

          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view),
                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
        }
    }
  g_assert_true (found_name);
  tf_test_spin_until (view_is_still, view);

  /* What a frame shows: lanes and labels everywhere (the lanes' tint
   * covers most of the chart), in move mode as in year mode. */
  tf_presentation_view_set_step (view, n / 2);
  g_assert_cmpfloat (background_share (view), <, 0.5);
  tf_presentation_view_set_mode (view, TF_PRESENTATION_BY_YEAR);
  g_assert_cmpfloat (background_share (view), <, 0.5);
  tf_presentation_view_set_mode (view, TF_PRESENTATION_BY_MOVE);

  /* Reduced motion: a step takes effect at once. */
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  tf_presentation_view_first (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL));
  g_assert_cmpuint (tf_presentation_view_get_step (view), ==, 1);
  g_assert_false (tf_presentation_view_is_animating (view));
  {
    TfPresentationView *still = view;
    double before = tf_presentation_view_get_reveal_x (still);

    g_main_context_iteration (NULL, FALSE);
    g_assert_cmpfloat (tf_presentation_view_get_reveal_x (still), ==, before);
  }
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);

  /* Esc leaves; the mode is remembered for the next time. */
  leave (presentation, "presentation.leave");
  presentation = open_presentation (window, &view);
  g_assert_cmpint (tf_presentation_view_get_mode (view), ==, TF_PRESENTATION_BY_MOVE);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.toggle-mode", NULL));
  g_assert_cmpint (tf_presentation_view_get_mode (view), ==, TF_PRESENTATION_BY_YEAR);

  /* F5 in the window closes it too. */
  {
    gpointer pointer = presentation;

    g_object_add_weak_pointer (G_OBJECT (presentation), &pointer);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
    tf_test_spin_until (tf_test_pointer_is_null, &pointer);
  }

  /* Closing the window with a presentation open takes both. */
  presentation = open_presentation (window, &view);
  g_clear_pointer (&steps, tf_presentation_steps_free);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, presentation, view, NULL);
}

/* The chart's filters are the presentation's: fewer sectors, fewer
 * moves to step through. */
static void
test_presentation_filters (void)
{
  TfDataset *dataset;
  TfWindow *window = open_sample_window (&dataset);
  TfFlowChart *chart = tf_test_get_child (window, "chart");
  TfPresentationWindow *presentation;
  TfPresentationView *view;
  guint all;

  presentation = open_presentation (window, &view);
  tf_presentation_view_set_mode (view, TF_PRESENTATION_BY_MOVE);
  all = tf_presentation_view_get_n_steps (view);
  leave (presentation, "presentation.leave");

  tf_flow_chart_set_sector_mask (chart, (1 << TF_SECTOR_ACADEMIA) | (1 << TF_SECTOR_STARTUP));
  tf_test_spin_until (tf_test_chart_has_layout, chart);
  presentation = open_presentation (window, &view);
  tf_presentation_view_set_mode (view, TF_PRESENTATION_BY_MOVE);
  g_assert_cmpuint (tf_presentation_view_get_n_steps (view), <, all);
  g_assert_cmpuint (tf_presentation_view_get_n_steps (view), >, 0);
  tf_presentation_view_set_mode (view, TF_PRESENTATION_BY_YEAR);
  leave (presentation, "presentation.leave");

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

/* Type for a room is large: every row a path runs in is still named, by a
 * label nearer its own row than any other (merged into "Others" when
 * there is no room); every path is named, in the crowd of 2019–2022 with
 * a leader where there is no room beside it; no name is nearer another
 * path than its own unless a leader joins them, and no label touches a
 * path. */
static void
test_presentation_labels (void)
{
  TfDataset *dataset;
  TfWindow *window = open_sample_window (&dataset);
  TfPresentationWindow *presentation;
  TfPresentationView *view;
  TfLayout *layout;
  TfLayoutLabelAudit audit;
  g_autofree char *figures = NULL;
  double width, height;

  presentation = open_presentation (window, &view);
  layout = tf_presentation_view_get_layout (view);
  g_assert_nonnull (layout);
  tf_layout_get_size (layout, &width, &height);
  tf_layout_audit_labels (layout, &audit);
  if (g_getenv ("TF_TEST_EXPLAIN_LABELS") != NULL)
    {
      g_autofree char *explained = tf_layout_label_audit_explain (layout);

      g_test_message ("%s", explained);
    }
  figures = tf_layout_label_audit_format (&audit);
  g_test_message ("presentation chart %gx%g: %s", width, height, figures);
  g_assert_cmpuint (audit.n_rows_touched, >, 0);
  g_assert_cmpuint (audit.n_rows_unlabelled, ==, 0);
  g_assert_cmpuint (audit.n_row_labels_misread, ==, 0);
  g_assert_cmpuint (audit.n_paths, >, 0);
  g_assert_cmpuint (audit.n_paths_unnamed, ==, 0);
  g_assert_cmpuint (audit.n_person_labels_misread, ==, 0);
  g_assert_cmpuint (audit.n_label_path_crossings, ==, 0);
  g_assert_cmpuint (audit.n_leader_crossings, ==, 0);
  leave (presentation, "presentation.leave");

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

/* Without a chart there is nothing to present: no window opens. */
static void
test_presentation_nothing (void)
{
  TfWindow *window = tf_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_null (find_presentation ());
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* An accessible context that records what a screen reader would be
   * told, without a session bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/presentation/steps", test_presentation_steps);
  g_test_add_func ("/presentation/filters", test_presentation_filters);
  g_test_add_func ("/presentation/nothing", test_presentation_nothing);
  g_test_add_func ("/presentation/labels", test_presentation_labels);

  return g_test_run ();
}
