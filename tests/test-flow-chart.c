/* test-flow-chart.c: the flow chart in the window on the bundled sample:
 * selection by the widget's API, by clicks at places the layout gives and
 * by arrow keys; the detail panel showing the paragraphs behind it; search
 * by pinyin; zoom; level of detail; the theme; and that a closed window
 * leaves nothing behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-flow-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "tf-detail-panel.h"
#include "tf-evidence.h"
#include "tf-flow-chart.h"
#include "tf-layout-directions.h"
#include "tf-search-popover.h"
#include "tf-synthetic.h"
#include "tf-test-ui.h"
#include "tf-window.h"

typedef struct
{
  TfWindow *window;
  TfDataset *dataset;
  TfFlowChart *chart;
  TfDetailPanel *panel;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TfDataset) dataset = tf_test_load_sample ();

  fixture->window = tf_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  tf_window_set_dataset (fixture->window, dataset, NULL);
  fixture->dataset = dataset;
  fixture->chart = tf_test_get_child (fixture->window, "chart");
  fixture->panel = tf_test_get_child (fixture->window, "detail_panel");
  gtk_window_present (GTK_WINDOW (fixture->window));
  tf_test_spin_until (tf_test_chart_has_layout, fixture->chart);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tf_test_destroy_and_check_finalized (GTK_WINDOW (fixture->window),
                                       fixture->chart, fixture->dataset, NULL);
}

/* A click as the click gesture reports it to the chart. */
static void
click (TfFlowChart *chart,
       double       x,
       double       y)
{
  GtkGestureClick *gesture = tf_test_find_controller (GTK_WIDGET (chart), GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (gesture, "pressed", 1, x, y);
  g_signal_emit_by_name (gesture, "released", 1, x, y);
}

static gboolean
press_key (TfFlowChart *chart,
           guint        keyval)
{
  GtkEventControllerKey *key
      = tf_test_find_controller (GTK_WIDGET (chart), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (key, "key-pressed", keyval, 0, 0, &handled);
  return handled;
}

static void
collect_label_texts (GtkWidget *widget,
                     GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      g_string_append (texts, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (texts, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, texts);
}

/* The panel shows the person and, for each of their moves, the quoted
 * sentence of every piece of evidence in its paragraph. */
static void
assert_panel_shows_person (Fixture    *fixture,
                           const char *person_id)
{
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autoptr(GPtrArray) moves = tf_dataset_dup_moves_of_person (fixture->dataset, person_id);
  const TfPerson *person = tf_dataset_lookup_person (fixture->dataset, person_id);
  guint n_quotes = 0;

  g_assert_cmpint (tf_detail_panel_get_kind (fixture->panel), ==, TF_DETAIL_PERSON);
  g_assert_cmpstr (tf_detail_panel_get_id (fixture->panel), ==, person_id);

  collect_label_texts (GTK_WIDGET (fixture->panel), texts);
  g_assert_nonnull (strstr (texts->str, person->name));

  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      for (guint j = 0; j < move->evidence->len; j++)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, j);
          const TfSource *source = tf_dataset_lookup_source (fixture->dataset, evidence->source_id);
          const TfParagraph *paragraph;
          TfEvidenceMatch match;

          g_assert_nonnull (source);
          g_assert_cmpuint (tf_evidence_resolve (evidence, source, &match), ==, 1);
          paragraph = g_ptr_array_index (source->paragraphs, match.paragraph);
          g_assert_nonnull (strstr (texts->str, evidence->exact));
          /* The whole paragraph, not only the quote. */
          g_assert_nonnull (strstr (texts->str, paragraph->text));
          n_quotes++;
        }
    }
  g_assert_cmpuint (n_quotes, >, 0);
}

static int
path_of (TfLayout   *layout,
         const char *id)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);

  for (guint i = 0; i < n_paths; i++)
    if (g_strcmp0 (paths[i].id, id) == 0)
      return (int) i;
  return -1;
}

static void
test_chart_sample (Fixture       *fixture,
                   gconstpointer  data)
{
  TfLayout *layout = tf_flow_chart_get_layout (fixture->chart);
  double first;
  double end;
  double from;
  double to;
  double width;
  double height;

  /* The chart fills the middle of the window with the whole sample. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->chart)));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->chart)));
  g_assert_true (tf_flow_chart_get_dataset (fixture->chart) == fixture->dataset);
  tf_layout_get_size (layout, &width, &height);
  g_assert_cmpfloat (width, ==, gtk_widget_get_width (GTK_WIDGET (fixture->chart)));
  g_assert_cmpfloat (height, ==, gtk_widget_get_height (GTK_WIDGET (fixture->chart)));
  g_assert_cmpuint (gtk_widget_get_width (GTK_WIDGET (fixture->chart)), >, 600);
  g_assert_false (tf_layout_is_aggregated (layout));
  g_assert_cmpint (path_of (layout, "p-qi-yuan"), >=, 0);

  tf_flow_chart_get_extent (fixture->chart, &first, &end);
  tf_flow_chart_get_view (fixture->chart, &from, &to);
  g_assert_cmpfloat (first, <, end);
  g_assert_cmpfloat (from, ==, first);
  g_assert_cmpfloat (to, ==, end);

  /* The accessible name says what the chart holds. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Nothing selected");
  g_assert_true (
      gtk_test_accessible_has_role (GTK_ACCESSIBLE (fixture->chart), GTK_ACCESSIBLE_ROLE_IMG));
}

typedef struct
{
  guint n_emissions;
  TfFlowChartSelection kind;
  char *id;
} SelectionRecord;

static void
selection_changed_cb (TfFlowChart          *chart,
                      TfFlowChartSelection  kind,
                      const char           *id,
                      SelectionRecord      *record)
{
  record->n_emissions++;
  record->kind = kind;
  g_free (record->id);
  record->id = g_strdup (id);
}

static void
test_chart_select_api (Fixture       *fixture,
                       gconstpointer  data)
{
  SelectionRecord record = { 0 };
  const TfPerson *person = tf_dataset_lookup_person (fixture->dataset, "p-qi-yuan");
  g_autofree char *description = NULL;
  const char *id = NULL;
  gulong handler;

  handler = g_signal_connect (fixture->chart, "selection-changed",
                              G_CALLBACK (selection_changed_cb), &record);

  g_assert_true (tf_flow_chart_select_person (fixture->chart, person->id));
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpint (record.kind, ==, TF_FLOW_CHART_SELECTION_PERSON);
  g_assert_cmpstr (record.id, ==, person->id);
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_PERSON);
  g_assert_cmpstr (id, ==, person->id);
  assert_panel_shows_person (fixture, person->id);

  /* Selecting it again changes nothing; an unknown id is refused. */
  g_assert_true (tf_flow_chart_select_person (fixture->chart, person->id));
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_false (tf_flow_chart_select_person (fixture->chart, "p-nobody"));
  g_assert_cmpuint (record.n_emissions, ==, 1);

  /* A screen reader hears the selection. */
  description = g_strdup_printf ("Selected: %s", person->name);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  g_assert_true (tf_flow_chart_select_move (fixture->chart, "m-qi-yuan-2014-alibaba-idst"));
  g_assert_cmpint (record.kind, ==, TF_FLOW_CHART_SELECTION_MOVE);
  g_assert_cmpint (tf_detail_panel_get_kind (fixture->panel), ==, TF_DETAIL_MOVE);
  g_assert_cmpstr (tf_detail_panel_get_id (fixture->panel), ==, "m-qi-yuan-2014-alibaba-idst");

  tf_flow_chart_clear_selection (fixture->chart);
  g_assert_cmpint (record.kind, ==, TF_FLOW_CHART_SELECTION_NONE);
  g_assert_null (record.id);
  g_assert_cmpint (tf_detail_panel_get_kind (fixture->panel), ==, TF_DETAIL_NONE);

  g_signal_handler_disconnect (fixture->chart, handler);
  g_free (record.id);
}

/* The middle of a straight segment of a person's path that the hit test
 * gives back as that person, or FALSE. */
static gboolean
find_clickable_segment (TfLayout               *layout,
                        TfLayoutSegmentKind     kind,
                        int                    *path_index,
                        const TfLayoutSegment **segment_found,
                        double                 *x,
                        double                 *y)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);

  for (guint p = 0; p < n_paths; p++)
    {
      if (paths[p].person < 0)
        continue;

      for (guint i = paths[p].first_segment; i < paths[p].first_segment + paths[p].n_segments; i++)
        {
          const TfLayoutSegment *segment = &segments[i];
          TfLayoutHit hit;
          double mx = (segment->x0 + segment->x1) / 2;
          double my;

          if (segment->kind != kind || segment->x1 - segment->x0 < 12)
            continue;
          /* A curve's middle is halfway up, by symmetry. */
          my = (segment->y0 + segment->y1) / 2;
          if (!tf_layout_hit_test (layout, mx, my, 4, &hit) || hit.path != (int) p)
            continue;
          if (kind == TF_LAYOUT_SEGMENT_STRAIGHT && hit.kind != TF_LAYOUT_HIT_PERSON)
            continue;
          if (kind == TF_LAYOUT_SEGMENT_CURVE
              && (hit.kind != TF_LAYOUT_HIT_MOVE || hit.segment != (int) i))
            continue;

          *path_index = (int) p;
          *segment_found = segment;
          *x = mx;
          *y = my;
          return TRUE;
        }
    }

  return FALSE;
}

static void
test_chart_click (Fixture       *fixture,
                  gconstpointer  data)
{
  TfLayout *layout = tf_flow_chart_get_layout (fixture->chart);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, NULL);
  const TfLayoutSegment *segment = NULL;
  const TfMove *move;
  const char *id = NULL;
  int path = -1;
  double x;
  double y;

  /* A click on a person's straight stretch selects the person... */
  g_assert_true (
      find_clickable_segment (layout, TF_LAYOUT_SEGMENT_STRAIGHT, &path, &segment, &x, &y));
  click (fixture->chart, x, y);
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_PERSON);
  g_assert_cmpstr (id, ==, paths[path].id);
  assert_panel_shows_person (fixture, paths[path].id);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->chart)));

  /* ...one on a curve selects its move... */
  g_assert_true (find_clickable_segment (layout, TF_LAYOUT_SEGMENT_CURVE, &path, &segment, &x, &y));
  click (fixture->chart, x, y);
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_MOVE);
  move = g_ptr_array_index (tf_dataset_get_moves (fixture->dataset), segment->move);
  g_assert_cmpstr (id, ==, move->id);
  g_assert_cmpstr (tf_detail_panel_get_id (fixture->panel), ==, move->id);

  /* ...and one where nothing is clears the selection. */
  click (fixture->chart, 1, 1);
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, NULL), ==,
                   TF_FLOW_CHART_SELECTION_NONE);
}

/* y of the selected person's path where the keyboard is: at the start of
 * the straight segment that contains x. */
static gboolean
path_y_at (TfLayout *layout,
           int       path_index,
           double    x,
           double   *y)
{
  const TfLayoutPath *path = &tf_layout_get_paths (layout, NULL)[path_index];
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);

  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    if (segments[i].kind == TF_LAYOUT_SEGMENT_STRAIGHT && segments[i].x0 <= x
        && x <= segments[i].x1)
      {
        *y = segments[i].y0;
        return TRUE;
      }
  return FALSE;
}

static void
test_chart_keys (Fixture       *fixture,
                 gconstpointer  data)
{
  TfLayout *layout = tf_flow_chart_get_layout (fixture->chart);
  g_autoptr(GPtrArray) moves = tf_dataset_dup_moves_of_person (fixture->dataset, "p-qi-yuan");
  const TfPerson *person = tf_dataset_lookup_person (fixture->dataset, "p-qi-yuan");
  const TfLayoutSegment *segment = NULL;
  const char *id = NULL;
  int start_path = -1;
  int neighbour;
  double x;
  double y;
  double neighbour_y;

  gtk_widget_grab_focus (GTK_WIDGET (fixture->chart));
  g_assert_cmpuint (moves->len, >=, 2);

  /* From the person, Right walks along their moves in date order and
   * Left walks back. */
  tf_flow_chart_select_person (fixture->chart, person->id);
  g_assert_true (press_key (fixture->chart, GDK_KEY_Right));
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_MOVE);
  g_assert_cmpstr (id, ==, ((TfMove *) g_ptr_array_index (moves, 0))->id);
  g_assert_true (press_key (fixture->chart, GDK_KEY_Right));
  tf_flow_chart_get_selection (fixture->chart, &id);
  g_assert_cmpstr (id, ==, ((TfMove *) g_ptr_array_index (moves, 1))->id);
  g_assert_cmpstr (tf_detail_panel_get_id (fixture->panel), ==, id);
  g_assert_true (press_key (fixture->chart, GDK_KEY_Left));
  tf_flow_chart_get_selection (fixture->chart, &id);
  g_assert_cmpstr (id, ==, ((TfMove *) g_ptr_array_index (moves, 0))->id);

  /* Escape clears; with nothing selected it is left to the window. */
  g_assert_true (press_key (fixture->chart, GDK_KEY_Escape));
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, NULL), ==,
                   TF_FLOW_CHART_SELECTION_NONE);
  g_assert_false (press_key (fixture->chart, GDK_KEY_Escape));

  /* Down from a person clicked on a straight stretch goes to the nearest
   * person below there, and Up comes back. */
  g_assert_true (
      find_clickable_segment (layout, TF_LAYOUT_SEGMENT_STRAIGHT, &start_path, &segment, &x, &y));
  click (fixture->chart, x, y);
  g_assert_true (press_key (fixture->chart, GDK_KEY_Down));
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_PERSON);
  neighbour = path_of (layout, id);
  g_assert_cmpint (neighbour, >=, 0);
  g_assert_cmpint (neighbour, !=, start_path);
  if (path_y_at (layout, neighbour, x, &neighbour_y))
    g_assert_cmpfloat (neighbour_y, >=, y);
  g_assert_true (press_key (fixture->chart, GDK_KEY_Up));
  tf_flow_chart_get_selection (fixture->chart, &id);
  g_assert_cmpstr (id, ==, tf_layout_get_paths (layout, NULL)[start_path].id);
}

/* The keyboard works from the start: the chart has the focus once the
 * window shows it, and any arrow, with nothing selected, selects the first
 * person: the top one in the middle of the view. */
static void
test_chart_keys_from_start (Fixture       *fixture,
                            gconstpointer  data)
{
  static const guint keys[] = { GDK_KEY_Down, GDK_KEY_Up, GDK_KEY_Left, GDK_KEY_Right };
  TfLayout *layout = tf_flow_chart_get_layout (fixture->chart);
  g_autofree char *first = NULL;
  double top = G_MAXDOUBLE;

  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (fixture->chart)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == GTK_WIDGET (fixture->chart));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *id = NULL;

      tf_flow_chart_clear_selection (fixture->chart);
      g_assert_true (press_key (fixture->chart, keys[i]));
      g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                       TF_FLOW_CHART_SELECTION_PERSON);
      if (first == NULL)
        first = g_strdup (id);
      g_assert_cmpstr (id, ==, first);
    }

  /* No path is above it in the middle of the view, on a stretch or a
   * curve. */
  {
    guint n_paths;
    const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
    const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
    double plot_x, plot_width;
    double x;
    double first_y = G_MAXDOUBLE;

    /* The middle of the plot in pixels: with an axis break, not the middle
     * of the view's years. */
    tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
    x = plot_x + plot_width / 2;

    for (guint p = 0; p < n_paths; p++)
      for (guint i = paths[p].first_segment; i < paths[p].first_segment + paths[p].n_segments;
           i++)
        {
          const TfLayoutSegment *segment = &segments[i];
          double y;

          if (x < segment->x0 || x > segment->x1)
            continue;
          y = segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT
              ? segment->y0
              : tf_layout_curve_y_at (segment->x0, segment->y0, segment->x1, segment->y1, x);
          top = MIN (top, y);
          if (g_strcmp0 (paths[p].id, first) == 0)
            first_y = MIN (first_y, y);
        }
    g_test_message ("first person %s at y %.1f, the top %.1f", first, first_y, top);
    g_assert_cmpfloat (first_y, <=, top + 0.5);
  }
}

static void
test_chart_search_pinyin (Fixture       *fixture,
                          gconstpointer  data)
{
  TfSearchPopover *popover;
  GtkWidget *entry;
  TfSearchPopoverKind kind;
  const char *id = NULL;

  /* Ctrl+F opens the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  popover = TF_SEARCH_POPOVER (
      gtk_menu_button_get_popover (tf_test_get_child (fixture->window, "search_button")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  tf_test_spin_until (tf_test_search_is_ready, popover);

  /* Toneless pinyin finds 漆远 first; Enter selects him in the chart and
   * shows him in the panel. */
  tf_search_popover_set_text (popover, "qiyuan");
  g_assert_cmpuint (tf_search_popover_get_n_results (popover), >, 0);
  g_assert_cmpstr (tf_search_popover_get_result (popover, 0, &kind), ==, "p-qi-yuan");
  g_assert_cmpint (kind, ==, TF_SEARCH_POPOVER_PERSON);

  entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (popover), TF_TYPE_SEARCH_POPOVER,
                                                     "search_entry"));
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_PERSON);
  g_assert_cmpstr (id, ==, "p-qi-yuan");
  assert_panel_shows_person (fixture, "p-qi-yuan");
  g_assert_true (adw_flap_get_reveal_flap (tf_test_get_child (fixture->window, "flap")));
}

static void
test_chart_zoom (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkEventControllerScroll *scroll = tf_test_find_controller (GTK_WIDGET (fixture->chart),
                                                      GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  TfLayout *layout;
  gboolean handled = FALSE;
  double first;
  double end;
  double from;
  double to;

  tf_flow_chart_get_extent (fixture->chart, &first, &end);

  /* A view is kept within the data and is at least a year wide. */
  tf_flow_chart_set_view (fixture->chart, 2015, 2018);
  layout = tf_flow_chart_get_layout (fixture->chart);
  tf_layout_get_view (layout, &from, &to);
  g_assert_cmpfloat (from, ==, 2015);
  g_assert_cmpfloat (to, ==, 2018);

  tf_flow_chart_set_view (fixture->chart, 2016, 2016.1);
  tf_flow_chart_get_view (fixture->chart, &from, &to);
  g_assert_cmpfloat_with_epsilon (to - from, 1.0, 1e-9);

  tf_flow_chart_set_view (fixture->chart, first - 10, first + 2);
  tf_flow_chart_get_view (fixture->chart, &from, &to);
  g_assert_cmpfloat (from, ==, first);
  g_assert_cmpfloat_with_epsilon (to, first + 12, 1e-9);

  /* A wheel step pans a tenth of the view, later in time. */
  tf_flow_chart_set_view (fixture->chart, 2010, 2015);
  g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  tf_flow_chart_get_view (fixture->chart, &from, &to);
  g_assert_cmpfloat_with_epsilon (from, 2010.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (to, 2015.5, 1e-9);

  /* Zooming keeps the middle; the fit action shows everything again. */
  tf_flow_chart_zoom (fixture->chart, 2.0);
  tf_flow_chart_get_view (fixture->chart, &from, &to);
  g_assert_cmpfloat_with_epsilon (to - from, 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon ((from + to) / 2, 2013, 1e-9);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-fit", NULL));
  layout = tf_flow_chart_get_layout (fixture->chart);
  tf_layout_get_view (layout, &from, &to);
  g_assert_cmpfloat (from, ==, first);
  g_assert_cmpfloat (to, ==, end);
}

/* Dragging pans: the time under the pointer stays under it, also when
 * an axis break makes some years narrower than others. */
static void
test_chart_drag (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkGestureDrag *drag = tf_test_find_controller (GTK_WIDGET (fixture->chart),
                                                  GTK_TYPE_GESTURE_DRAG);
  TfLayout *layout;
  guint n_breaks;
  double first;
  double end;
  double x;
  double y;

  tf_flow_chart_get_extent (fixture->chart, &first, &end);
  tf_flow_chart_set_view (fixture->chart, first, end - 3);
  layout = tf_flow_chart_get_layout (fixture->chart);
  tf_layout_get_breaks (layout, &n_breaks);
  g_assert_cmpuint (n_breaks, >, 0);
  x = tf_layout_x_for_time (layout, end - 5);
  tf_layout_get_plot (layout, NULL, &y, NULL, NULL);

  g_signal_emit_by_name (drag, "drag-begin", x, y + 10);
  g_signal_emit_by_name (drag, "drag-update", -100.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", -100.0, 0.0);
  layout = tf_flow_chart_get_layout (fixture->chart);
  g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout, end - 5), x - 100, 4);
}

/* The From/To filter (the window's popover sets the move range) narrows
 * the axis to its years, as --from and --to do; clearing it widens it. */
static void
test_chart_move_range_view (Fixture       *fixture,
                            gconstpointer  data)
{
  TfLayout *layout;
  const TfLayoutYear *years;
  guint n_years;
  double first;
  double end;
  double from;
  double to;

  tf_flow_chart_get_extent (fixture->chart, &first, &end);
  g_assert_cmpfloat (first, <, 2015);
  g_assert_cmpfloat (end, >, 2020);

  tf_flow_chart_set_move_range (fixture->chart, 2015, 2020);
  layout = tf_flow_chart_get_layout (fixture->chart);
  tf_layout_get_view (layout, &from, &to);
  g_assert_cmpfloat (from, ==, 2015);
  g_assert_cmpfloat (to, ==, 2020);
  years = tf_layout_get_years (layout, &n_years);
  g_assert_cmpuint (n_years, ==, 5);
  g_assert_cmpint (years[0].year, ==, 2015);

  /* Zooming stays inside the filter's years, and fitting returns to them. */
  tf_flow_chart_set_view (fixture->chart, first, first + 3);
  tf_flow_chart_get_view (fixture->chart, &from, &to);
  g_assert_cmpfloat (from, ==, 2015);
  g_assert_cmpfloat (to, ==, 2018);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.zoom-fit", NULL));
  tf_layout_get_view (tf_flow_chart_get_layout (fixture->chart), &from, &to);
  g_assert_cmpfloat (from, ==, 2015);
  g_assert_cmpfloat (to, ==, 2020);

  tf_flow_chart_set_move_range (fixture->chart, 0, 0);
  tf_layout_get_view (tf_flow_chart_get_layout (fixture->chart), &from, &to);
  g_assert_cmpfloat (from, ==, first);
  g_assert_cmpfloat (to, ==, end);
}

static void
test_chart_filters (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *ids[] = { "o-fudan", NULL };
  TfLayout *layout;
  guint all;

  layout = tf_flow_chart_get_layout (fixture->chart);
  all = tf_layout_get_n_people (layout);

  /* Only 复旦's people, with their whole careers. */
  g_assert_nonnull (tf_dataset_lookup_organization (fixture->dataset, "o-fudan"));
  tf_flow_chart_set_organization_ids (fixture->chart, ids);
  layout = tf_flow_chart_get_layout (fixture->chart);
  g_assert_cmpuint (tf_layout_get_n_people (layout), >, 0);
  g_assert_cmpuint (tf_layout_get_n_people (layout), <, all);
  g_assert_cmpint (path_of (layout, "p-qi-yuan"), >=, 0);

  /* Academia alone drops the people who were never there. */
  tf_flow_chart_set_organization_ids (fixture->chart, NULL);
  tf_flow_chart_set_sector_mask (fixture->chart, 1u << TF_SECTOR_ACADEMIA);
  layout = tf_flow_chart_get_layout (fixture->chart);
  g_assert_cmpuint (tf_layout_get_n_people (layout), <, all);

  /* The window's reset shows everyone again. */
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reset-filters", NULL));
  g_assert_cmpuint (tf_flow_chart_get_sector_mask (fixture->chart), ==, 0);
  layout = tf_flow_chart_get_layout (fixture->chart);
  g_assert_cmpuint (tf_layout_get_n_people (layout), ==, all);
}

/* The pointer over the chart, as the motion controller reports it. */
static void
move_pointer (TfFlowChart *chart,
              double       x,
              double       y)
{
  GtkEventControllerMotion *motion
      = tf_test_find_controller (GTK_WIDGET (chart), GTK_TYPE_EVENT_CONTROLLER_MOTION);

  g_signal_emit_by_name (motion, "motion", x, y);
}

typedef struct
{
  AdwFlap *flap;
  TfFlowChart *chart;
  double progress;
  int width;   /* the chart's, once the panel has settled */
} PanelState;

/* The panel has slid to where it goes, and the chart has the width left. */
static gboolean
panel_settled (gpointer data)
{
  PanelState *state = data;

  return adw_flap_get_reveal_progress (state->flap) == state->progress
         && (state->progress == 0
             ? gtk_widget_get_width (GTK_WIDGET (state->chart)) == state->width
             : gtk_widget_get_width (GTK_WIDGET (state->chart)) < state->width - 200);
}

static void
count_frame_cb (GdkFrameClock *frame_clock,
                guint         *n_frames)
{
  (*n_frames)++;
}

typedef struct
{
  guint n_frames;
  guint wanted;
} FrameCount;

static gboolean
frames_drawn (gpointer data)
{
  FrameCount *count = data;

  return count->n_frames >= count->wanted;
}

/* Lets n frames be drawn: the chart's last size change is done with. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  FrameCount count = { 0, n };
  gulong handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (count_frame_cb),
                                     &count.n_frames);

  for (guint i = 0; i < n; i++)
    gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  while (!frames_drawn (&count))
    {
      gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (frame_clock, handler);
}

/* Opening the detail panel beside the chart does not move what the user
 * clicked: the same point hits the same person once the panel is open;
 * closing it gives the chart its whole time range back. */
static void
test_chart_panel_keeps_click (Fixture       *fixture,
                              gconstpointer  data)
{
  AdwFlap *flap = tf_test_get_child (fixture->window, "flap");
  TfLayout *layout = tf_flow_chart_get_layout (fixture->chart);
  guint n_paths = 0;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  int width_before = gtk_widget_get_width (GTK_WIDGET (fixture->chart));
  PanelState state = { flap, fixture->chart, 1, 0 };
  gboolean found = FALSE;
  const char *person_id = NULL;
  const char *id = NULL;
  TfLayoutHit hit;
  double x = 0, y = 0;
  double first, end, from, to;
  double layout_width;

  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_false (adw_flap_get_folded (flap));
  /* A point of a straight stretch of a person's path that hits only it,
   * well left of where the panel goes. */
  for (guint p = 0; p < n_paths && !found; p++)
    for (guint i = paths[p].first_segment;
         i < paths[p].first_segment + paths[p].n_segments && !found; i++)
      for (double t = 0.1; t < 1 && !found; t += 0.1)
        {
          x = segments[i].x0 + t * (segments[i].x1 - segments[i].x0);
          y = segments[i].y0;
          found = paths[p].person >= 0 && segments[i].kind == TF_LAYOUT_SEGMENT_STRAIGHT
                  && x < width_before - 500 && tf_layout_hit_test (layout, x, y, 4, &hit)
                  && hit.path == (int) p && hit.label < 0 && hit.kind == TF_LAYOUT_HIT_PERSON;
          if (found)
            person_id = paths[p].id;
        }
  g_assert_true (found);
  g_test_message ("clicked %s at (%.0f, %.0f)", person_id, x, y);

  move_pointer (fixture->chart, x, y);
  click (fixture->chart, x, y);
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                   TF_FLOW_CHART_SELECTION_PERSON);
  g_assert_cmpstr (id, ==, person_id);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  state.width = width_before;
  tf_test_spin_until (panel_settled, &state);
  wait_frames (GTK_WIDGET (fixture->chart), 2);

  /* The panel took its width from the chart, and the point still hits
   * the person. */
  layout = tf_flow_chart_get_layout (fixture->chart);
  g_test_message ("chart %d px wide, %d with the panel", width_before,
                  gtk_widget_get_width (GTK_WIDGET (fixture->chart)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->chart)), <, width_before - 200);
  g_assert_true (tf_layout_hit_test (layout, x, y, 4, &hit));
  g_assert_cmpint (hit.path, >=, 0);
  g_assert_cmpstr (tf_layout_get_paths (layout, NULL)[hit.path].id, ==, person_id);
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, NULL), ==,
                   TF_FLOW_CHART_SELECTION_PERSON);

  /* The pointer gone (to the panel, say), the chart takes its new width:
   * the part under the panel comes back. */
  tf_layout_get_size (layout, &layout_width, NULL);
  g_assert_cmpfloat (layout_width, >, gtk_widget_get_width (GTK_WIDGET (fixture->chart)));
  g_signal_emit_by_name (tf_test_find_controller (GTK_WIDGET (fixture->chart),
                                                  GTK_TYPE_EVENT_CONTROLLER_MOTION),
                         "leave");
  layout = tf_flow_chart_get_layout (fixture->chart);
  tf_layout_get_size (layout, &layout_width, NULL);
  g_assert_cmpfloat (layout_width, ==, gtk_widget_get_width (GTK_WIDGET (fixture->chart)));
  move_pointer (fixture->chart, x, y);

  /* The next zoom lays the chart out at its new width. */
  tf_flow_chart_zoom (fixture->chart, 1.25);
  layout = tf_flow_chart_get_layout (fixture->chart);
  tf_layout_get_size (layout, &layout_width, NULL);
  g_assert_cmpfloat (layout_width, ==, gtk_widget_get_width (GTK_WIDGET (fixture->chart)));
  tf_flow_chart_fit (fixture->chart);

  /* Closed again, the chart shows everything. */
  adw_flap_set_reveal_flap (flap, FALSE);
  state.progress = 0;
  tf_test_spin_until (panel_settled, &state);
  wait_frames (GTK_WIDGET (fixture->chart), 2);
  tf_flow_chart_get_extent (fixture->chart, &first, &end);
  tf_flow_chart_get_view (fixture->chart, &from, &to);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->chart)), ==, width_before);
  g_assert_cmpfloat_with_epsilon (from, first, 1e-6);
  g_assert_cmpfloat_with_epsilon (to, end, 1e-6);
}

/* The bar of the direction strip for year and direction, or -1. */
static int
strip_bar (TfLayoutDirections *directions,
           int                 year,
           TfLayoutDirection   direction)
{
  guint n_bars;
  const TfLayoutDirectionBar *bars = tf_layout_directions_get_bars (directions, &n_bars);

  for (guint i = 0; i < n_bars; i++)
    if (bars[i].year == year && bars[i].direction == direction)
      return (int) i;
  return -1;
}

static GtkPopover *
find_popover (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      return GTK_POPOVER (child);
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The direction strip follows the filters; a bar's tooltip says whom it
 * counts, and a click lists them, each row selecting its person. */
static void
test_chart_strip (Fixture       *fixture,
                  gconstpointer  data)
{
  TfLayout *layout = tf_flow_chart_get_layout (fixture->chart);
  g_autoptr(TfLayoutDirections) directions = tf_layout_directions_new (layout);
  g_autoptr(TfLayoutDirections) filtered = NULL;
  const TfLayoutDirectionBar *bars = tf_layout_directions_get_bars (directions, NULL);
  const TfLayoutDirectionMove *moves = tf_layout_directions_get_moves (directions, NULL);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, NULL);
  guint no_companies = ((1u << TF_N_SECTORS) - 1) & ~(1u << TF_SECTOR_COMPANY);
  int group = strip_bar (directions, 2015, TF_LAYOUT_TOWARD_INDUSTRY);
  int back = strip_bar (directions, 2021, TF_LAYOUT_TOWARD_ACADEMIA);
  g_autofree char *tooltip = NULL;
  g_autofree char *filtered_tooltip = NULL;
  g_autofree char *first_person = NULL;
  double x, y;
  GtkPopover *popover;
  GtkListBox *list;
  GtkListBoxRow *row;
  guint n_rows = 0;

  /* Uber's 40 from CMU: the tooltip counts them and names the group. */
  g_assert_cmpint (group, >=, 0);
  g_assert_cmpuint (bars[group].count, ==, 40);
  x = bars[group].x + bars[group].width / 2;
  y = bars[group].y + bars[group].height / 2;
  tooltip = tf_flow_chart_dup_tooltip (fixture->chart, x, y);
  g_test_message ("%s", tooltip);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "40"));
  g_assert_nonnull (strstr (tooltip, "industry"));
  g_assert_nonnull (strstr (tooltip, paths[moves[bars[group].first_move].path].name));

  /* Companies hidden: the group is not drawn, and not counted. */
  tf_flow_chart_set_sector_mask (fixture->chart, no_companies);
  layout = tf_flow_chart_get_layout (fixture->chart);
  filtered = tf_layout_directions_new (layout);
  g_assert_cmpuint (tf_layout_directions_count (filtered, 2015, TF_LAYOUT_TOWARD_INDUSTRY), ==, 0);
  filtered_tooltip = tf_flow_chart_dup_tooltip (fixture->chart, x, y);
  g_assert_true (filtered_tooltip == NULL || strstr (filtered_tooltip, "40") == NULL);
  tf_flow_chart_set_sector_mask (fixture->chart, 0);
  layout = tf_flow_chart_get_layout (fixture->chart);

  /* A click on the bar of 2021's returns to academia lists them. */
  g_assert_cmpint (back, >=, 0);
  g_assert_cmpuint (bars[back].n_moves, >, 0);
  tf_flow_chart_clear_selection (fixture->chart);
  click (fixture->chart, bars[back].x + bars[back].width / 2,
         bars[back].y + bars[back].height / 2);
  popover = find_popover (GTK_WIDGET (fixture->chart));
  g_assert_nonnull (popover);
  tf_test_spin_until (tf_test_widget_is_mapped, popover);
  list = GTK_LIST_BOX (find_descendant (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX));
  g_assert_nonnull (list);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_rows += GTK_IS_LIST_BOX_ROW (child);
  g_assert_cmpuint (n_rows, ==, bars[back].n_moves);
  /* The click listed; it selected nothing. */
  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, NULL), ==,
                   TF_FLOW_CHART_SELECTION_NONE);

  /* A row selects its person and closes the list. */
  first_person = g_strdup (paths[moves[bars[back].first_move].path].id);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  {
    const char *id = NULL;

    g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, &id), ==,
                     TF_FLOW_CHART_SELECTION_PERSON);
    g_assert_cmpstr (id, ==, first_person);
  }
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
}

/* Mean luminance of the chart as drawn, 0..1. */
static double
render_luminance (TfFlowChart *chart)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (chart)));
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));
  double sum = 0;

  /* What the chart itself draws, as the frame clock would ask for it. */
  GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      /* Cairo order: B, G, R, A, premultiplied. */
      sum += (0.0722 * pixels[4 * i] + 0.7152 * pixels[4 * i + 1] + 0.2126 * pixels[4 * i + 2])
             / 255.0;
    }

  return sum / ((double) width * height);
}

/* In the aggregated view a person found by search is drawn over the
 * ribbons (the chart drawn changes: the rest dims under their trace), and
 * the panel shows them. */
static void
test_chart_aggregated_person (Fixture       *fixture,
                              gconstpointer  data)
{
  TfSearchPopover *popover;
  GtkWidget *entry;
  TfLayout *layout;
  const TfLayoutSublane *sublanes;
  const TfLayoutLabel *labels;
  guint n_sublanes;
  guint n_rows = 0;
  double before;
  double after;

  tf_flow_chart_set_aggregate (fixture->chart, TF_LAYOUT_AGGREGATE_ALWAYS);
  layout = tf_flow_chart_get_layout (fixture->chart);
  g_assert_true (tf_layout_is_aggregated (layout));
  before = render_luminance (fixture->chart);

  /* A row says how many people it holds ("Others" rows, how many
   * organizations too). */
  sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  labels = tf_layout_get_labels (layout, NULL);
  for (guint i = 0; i < n_sublanes; i++)
    if (sublanes[i].label >= 0 && labels[sublanes[i].label].visible)
      {
        const TfLayoutLabel *label = &labels[sublanes[i].label];
        g_autofree char *tooltip = tf_flow_chart_dup_tooltip (
            fixture->chart, label->x + label->width / 2, label->y + label->height / 2);

        g_assert_nonnull (tooltip);
        g_assert_nonnull (strstr (tooltip, "at a time"));
        if (sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
          g_assert_nonnull (strstr (tooltip, "organization"));
        n_rows++;
      }
  g_assert_cmpuint (n_rows, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  popover = TF_SEARCH_POPOVER (
      gtk_menu_button_get_popover (tf_test_get_child (fixture->window, "search_button")));
  tf_test_spin_until (tf_test_search_is_ready, popover);
  tf_search_popover_set_text (popover, "qiyuan");
  entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (popover), TF_TYPE_SEARCH_POPOVER,
                                                     "search_entry"));
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpint (tf_flow_chart_get_selection (fixture->chart, NULL), ==,
                   TF_FLOW_CHART_SELECTION_PERSON);
  assert_panel_shows_person (fixture, "p-qi-yuan");
  after = render_luminance (fixture->chart);
  g_test_message ("chart luminance %.3f, %.3f with 漆远 traced", before, after);
  g_assert_cmpfloat (fabs (after - before), >, 0.02);
}

static void
test_chart_theme (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  double light;
  double dark;

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = render_luminance (fixture->chart);

  /* The cached chart is dropped and drawn again in dark colours. */
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = render_luminance (fixture->chart);
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpfloat (light, >, 0.6);
  g_assert_cmpfloat (dark, <, 0.4);
}

/* The "Show" menu forces flows (a Sankey of the same moves) or one path
 * per person, whatever the number of people. */
static void
test_chart_view_as (Fixture       *fixture,
                    gconstpointer  data)
{
  g_assert_false (tf_layout_is_aggregated (tf_flow_chart_get_layout (fixture->chart)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.chart-view",
                                             "u", (guint32) TF_LAYOUT_AGGREGATE_ALWAYS));
  g_assert_cmpint (tf_flow_chart_get_aggregate (fixture->chart), ==, TF_LAYOUT_AGGREGATE_ALWAYS);
  tf_test_spin_until (tf_test_chart_has_layout, fixture->chart);
  g_assert_true (tf_layout_is_aggregated (tf_flow_chart_get_layout (fixture->chart)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.chart-view",
                                             "u", (guint32) TF_LAYOUT_AGGREGATE_NEVER));
  tf_test_spin_until (tf_test_chart_has_layout, fixture->chart);
  g_assert_false (tf_layout_is_aggregated (tf_flow_chart_get_layout (fixture->chart)));
}

/* Past a few hundred people the chart draws ribbons; fewer people, by a
 * filter, bring the people back. */
static void
test_chart_level_of_detail (void)
{
  TfSyntheticOptions options;
  g_autoptr(TfDataset) dataset = NULL;
  TfFlowChart *chart;
  GtkWidget *window;
  TfLayout *layout;
  const TfLayoutSublane *sublanes;
  guint n_sublanes;
  const char *ids[2] = { NULL, NULL };

  tf_synthetic_options_init (&options, 2000, 7);
  dataset = tf_synthetic_dataset_new (&options);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  chart = TF_FLOW_CHART (tf_flow_chart_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  tf_flow_chart_set_dataset (chart, dataset);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_chart_has_layout, chart);

  layout = tf_flow_chart_get_layout (chart);
  g_assert_true (tf_layout_is_aggregated (layout));

  /* The least crowded organization shown. */
  sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  for (guint i = 0; i < n_sublanes && ids[0] == NULL; i++)
    if (sublanes[n_sublanes - 1 - i].id != NULL)
      ids[0] = sublanes[n_sublanes - 1 - i].id;
  g_assert_nonnull (ids[0]);
  ids[0] = g_intern_string (ids[0]);

  tf_flow_chart_set_organization_ids (chart, ids);
  layout = tf_flow_chart_get_layout (chart);
  g_assert_cmpuint (tf_layout_get_n_people (layout), <=, 300);
  g_assert_false (tf_layout_is_aggregated (layout));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

typedef struct
{
  TfFlowChart *chart;
  double from;
  double to;
} ViewWait;

static gboolean
layout_shows_view (gpointer data)
{
  ViewWait *wait = data;
  TfLayout *layout = tf_flow_chart_get_layout (wait->chart);
  double from;
  double to;

  if (layout == NULL)
    return FALSE;
  tf_layout_get_view (layout, &from, &to);
  return from == wait->from && to == wait->to;
}

/* Past a few thousand people careers and layouts come from a worker
 * thread: the chart says it is busy, keeps what it showed, and a window
 * closed meanwhile still goes away cleanly. */
static void
test_chart_big_dataset (void)
{
  TfSyntheticOptions options;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfDataset) other = NULL;
  TfFlowChart *chart;
  GtkWidget *window;
  TfLayout *layout;
  ViewWait wait;

  tf_synthetic_options_init (&options, 6000, 3);
  dataset = tf_synthetic_dataset_new (&options);
  tf_synthetic_options_init (&options, 6000, 4);
  other = tf_synthetic_dataset_new (&options);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  chart = TF_FLOW_CHART (tf_flow_chart_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  gtk_window_present (GTK_WINDOW (window));

  tf_flow_chart_set_dataset (chart, dataset);
  g_assert_true (tf_flow_chart_get_busy (chart));
  tf_test_spin_until (tf_test_chart_has_layout, chart);
  layout = tf_flow_chart_get_layout (chart);
  g_assert_true (tf_layout_is_aggregated (layout));

  /* A new zoom is laid out in the background; the old layout stays
   * until the new one is there. */
  tf_flow_chart_set_view (chart, 2005, 2010);
  g_assert_true (tf_flow_chart_get_layout (chart) == layout);
  wait.chart = chart;
  wait.from = 2005;
  wait.to = 2010;
  tf_test_spin_until (layout_shows_view, &wait);

  /* Closed while new careers are being built. */
  tf_flow_chart_set_dataset (chart, other);
  g_assert_true (tf_flow_chart_get_busy (chart));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), chart, NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend keeps what the chart tells screen
   * readers, and needs no session bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add ("/flow-chart/sample", Fixture, NULL, fixture_set_up, test_chart_sample,
              fixture_tear_down);
  g_test_add ("/flow-chart/select-api", Fixture, NULL, fixture_set_up, test_chart_select_api,
              fixture_tear_down);
  g_test_add ("/flow-chart/click", Fixture, NULL, fixture_set_up, test_chart_click,
              fixture_tear_down);
  g_test_add ("/flow-chart/keys", Fixture, NULL, fixture_set_up, test_chart_keys,
              fixture_tear_down);
  g_test_add ("/flow-chart/keys-from-start", Fixture, NULL, fixture_set_up,
              test_chart_keys_from_start, fixture_tear_down);
  g_test_add ("/flow-chart/search-pinyin", Fixture, NULL, fixture_set_up, test_chart_search_pinyin,
              fixture_tear_down);
  g_test_add ("/flow-chart/zoom", Fixture, NULL, fixture_set_up, test_chart_zoom,
              fixture_tear_down);
  g_test_add ("/flow-chart/strip", Fixture, NULL, fixture_set_up, test_chart_strip,
              fixture_tear_down);
  g_test_add ("/flow-chart/panel-keeps-click", Fixture, NULL, fixture_set_up,
              test_chart_panel_keeps_click, fixture_tear_down);
  g_test_add ("/flow-chart/drag", Fixture, NULL, fixture_set_up, test_chart_drag,
              fixture_tear_down);
  g_test_add ("/flow-chart/move-range-view", Fixture, NULL, fixture_set_up,
              test_chart_move_range_view, fixture_tear_down);
  g_test_add ("/flow-chart/filters", Fixture, NULL, fixture_set_up, test_chart_filters,
              fixture_tear_down);
  g_test_add ("/flow-chart/aggregated-person", Fixture, NULL, fixture_set_up,
              test_chart_aggregated_person, fixture_tear_down);
  g_test_add ("/flow-chart/theme", Fixture, NULL, fixture_set_up, test_chart_theme,
              fixture_tear_down);
  g_test_add ("/flow-chart/view-as", Fixture, NULL, fixture_set_up, test_chart_view_as,
              fixture_tear_down);
  g_test_add_func ("/flow-chart/level-of-detail", test_chart_level_of_detail);
  g_test_add_func ("/flow-chart/big-dataset", test_chart_big_dataset);

  return g_test_run ();
}
