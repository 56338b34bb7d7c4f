/* test-chart-selection.c: what is selected, mapped onto a layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-chart-selection"

#include "config.h"

#include "tf-chart-selection.h"
#include "tf-sample.h"
#include "tf-test-data.h"

static TfDataset *sample;
static TfCareers *sample_careers;

static int
move_index (TfDataset  *dataset,
            const char *id)
{
  guint index;

  g_assert_true (g_ptr_array_find (tf_dataset_get_moves (dataset),
                                   tf_dataset_lookup_move (dataset, id), &index));
  return (int) index;
}

static TfLayout *
layout_of (TfCareers         *careers,
           TfLayoutAggregate  aggregate)
{
  TfLayoutOptions options;

  tf_layout_options_init (&options, 1200, 800);
  options.aggregate = aggregate;
  return tf_layout_new (careers, &options);
}

/* Every field starts somewhere other than where the selection puts it. */
static void
highlight_init_dirty (TfChartHighlight *highlight)
{
  tf_chart_highlight_init (highlight);
  highlight->selected_path = 1000;
  highlight->selected_segment = 1000;
  highlight->selected_sublane = 1000;
}

static void
assert_nothing_selected (const TfChartHighlight *highlight)
{
  g_assert_cmpint (highlight->selected_path, ==, -1);
  g_assert_cmpint (highlight->selected_segment, ==, -1);
  g_assert_cmpint (highlight->selected_sublane, ==, -1);
}

/* A person, an organization and a move of the bundled sample. */
static void
test_apply (void)
{
  g_autoptr(TfLayout) layout = NULL;
  TfLayoutOptions layout_options;
  TfChartHighlight highlight;
  const TfLayoutPath *paths;
  const TfLayoutSegment *segments;
  const TfLayoutSublane *sublanes;
  TfMove *move;
  guint move_index;

  tf_layout_options_init (&layout_options, 1200, 800);
  layout = tf_layout_new (sample_careers, &layout_options);
  paths = tf_layout_get_paths (layout, NULL);
  segments = tf_layout_get_segments (layout, NULL);
  sublanes = tf_layout_get_sublanes (layout, NULL);

  tf_chart_highlight_init (&highlight);
  highlight.hover_path = 3;
  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_PERSON, "p-qi-yuan");
  g_assert_cmpint (highlight.selected_path, >=, 0);
  g_assert_cmpstr (paths[highlight.selected_path].id, ==, "p-qi-yuan");
  g_assert_cmpint (highlight.selected_segment, ==, -1);
  g_assert_cmpint (highlight.selected_sublane, ==, -1);
  /* Nothing else is touched. */
  g_assert_cmpint (highlight.hover_path, ==, 3);

  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_ORGANIZATION, "o-fudan");
  g_assert_cmpint (highlight.selected_path, ==, -1);
  g_assert_cmpint (highlight.selected_sublane, >=, 0);
  g_assert_cmpstr (sublanes[highlight.selected_sublane].id, ==, "o-fudan");

  /* A move: its person's path and its curve. */
  move = tf_dataset_get_moves (sample)->pdata[0];
  g_assert_true (g_ptr_array_find (tf_dataset_get_moves (sample), move, &move_index));
  for (guint i = 0; i < tf_dataset_get_moves (sample)->len; i++)
    {
      move = g_ptr_array_index (tf_dataset_get_moves (sample), i);
      if (move->person_id != NULL && move->from != NULL && move->to != NULL
          && move->date.precision != TF_DATE_UNKNOWN)
        {
          move_index = i;
          break;
        }
    }
  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_MOVE, move->id);
  g_assert_cmpint (highlight.selected_path, >=, 0);
  g_assert_cmpstr (paths[highlight.selected_path].id, ==, move->person_id);
  g_assert_cmpint (highlight.selected_segment, >=, 0);
  g_assert_cmpint (segments[highlight.selected_segment].move, ==, (int) move_index);
  g_assert_cmpint (segments[highlight.selected_segment].kind, ==, TF_LAYOUT_SEGMENT_CURVE);
  g_assert_cmpint (highlight.selected_sublane, ==, -1);

  /* Unknown ids and NONE: nothing. */
  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_MOVE, "m-nothing");
  g_assert_cmpint (highlight.selected_path, ==, -1);
  g_assert_cmpint (highlight.selected_segment, ==, -1);
  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_NONE, "p-qi-yuan");
  g_assert_cmpint (highlight.selected_path, ==, -1);
  tf_chart_selection_apply (&highlight, NULL, sample, TF_CHART_SELECTION_PERSON, "p-qi-yuan");
  g_assert_cmpint (highlight.selected_path, ==, -1);
}

/* Every person and every organization of the sample that the chart shows
 * can be selected, and lands on its own path or sub-lane. */
static void
test_every_record (void)
{
  g_autoptr(TfLayout) layout = layout_of (sample_careers, TF_LAYOUT_AGGREGATE_NEVER);
  GPtrArray *people = tf_dataset_get_people (sample);
  GPtrArray *organizations = tf_dataset_get_organizations (sample);
  guint n_paths, n_sublanes;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  guint n_people_found = 0;
  guint n_organizations_found = 0;
  guint n_merged_found = 0;
  TfChartHighlight highlight;

  for (guint i = 0; i < people->len; i++)
    {
      const TfPerson *person = g_ptr_array_index (people, i);

      highlight_init_dirty (&highlight);
      tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_PERSON, person->id);
      g_assert_cmpint (highlight.selected_segment, ==, -1);
      g_assert_cmpint (highlight.selected_sublane, ==, -1);
      if (highlight.selected_path < 0)
        continue;
      g_assert_cmpint (highlight.selected_path, <, (int) n_paths);
      g_assert_cmpstr (paths[highlight.selected_path].id, ==, person->id);
      n_people_found++;
    }
  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);

      highlight_init_dirty (&highlight);
      tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_ORGANIZATION,
                                organization->id);
      g_assert_cmpint (highlight.selected_path, ==, -1);
      g_assert_cmpint (highlight.selected_segment, ==, -1);
      if (highlight.selected_sublane < 0)
        continue;
      g_assert_cmpint (highlight.selected_sublane, <, (int) n_sublanes);
      /* Its own row, or the "Others" row it was merged into. */
      if (sublanes[highlight.selected_sublane].kind == TF_LAYOUT_SUBLANE_OTHERS)
        {
          const TfLayoutSublane *others = &sublanes[highlight.selected_sublane];
          gboolean held = FALSE;

          for (guint k = 0; k < others->n_organizations; k++)
            held |= others->merged[k] == (int) i;
          g_assert_true (held);
          n_merged_found++;
          continue;
        }
      g_assert_cmpstr (sublanes[highlight.selected_sublane].id, ==, organization->id);
      n_organizations_found++;
    }
  /* Every person on the chart is found, every organization with a
   * sub-lane, and every one merged into "Others". */
  {
    guint n_person_paths = 0;
    guint n_organization_sublanes = 0;
    guint n_merged = 0;

    for (guint i = 0; i < n_paths; i++)
      n_person_paths += tf_dataset_lookup_person (sample, paths[i].id) != NULL;
    for (guint i = 0; i < n_sublanes; i++)
      {
        n_organization_sublanes += sublanes[i].id != NULL;
        if (sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
          n_merged += sublanes[i].n_organizations;
      }
    g_assert_cmpuint (n_people_found, ==, n_person_paths);
    g_assert_cmpuint (n_people_found, >, 10);
    g_assert_cmpuint (n_organizations_found, ==, n_organization_sublanes);
    g_assert_cmpuint (n_organizations_found, >, 10);
    g_assert_cmpuint (n_merged_found, ==, n_merged);
  }
}

/* In a short chart, an organization merged into an "Others" row is
 * shown by that row. */
static void
test_merged (void)
{
  TfLayoutOptions options;
  g_autoptr(TfLayout) layout = NULL;
  GPtrArray *organizations = tf_dataset_get_organizations (sample);
  guint n_sublanes;
  const TfLayoutSublane *sublanes;
  guint n_tried = 0;
  TfChartHighlight highlight;

  tf_layout_options_init (&options, 1200, 360);
  options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
  layout = tf_layout_new (sample_careers, &options);
  sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  for (guint i = 0; i < n_sublanes; i++)
    for (guint k = 0;
         sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS && k < sublanes[i].n_organizations; k++)
      {
        const TfOrganization *organization
            = g_ptr_array_index (organizations, sublanes[i].merged[k]);

        highlight_init_dirty (&highlight);
        tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_ORGANIZATION,
                                  organization->id);
        g_assert_cmpint (highlight.selected_sublane, ==, (int) i);
        g_assert_cmpint (highlight.selected_path, ==, -1);
        n_tried++;
      }
  g_assert_cmpuint (n_tried, >, 5);
}

/* By hand: a group move, a first job with no known start, a filter. */
static TfDataset *
small_dataset (void)
{
  TfDataset *dataset = tf_dataset_new ();
  TfMove *move;

  tf_test_add_organization (dataset, "o-cmu", "卡内基梅隆大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-uber", "Uber", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-fudan", "复旦大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_person (dataset, "p-qi", "漆远");
  tf_test_add_person (dataset, "p-first", "First Job");
  move = tf_test_add_move (dataset, "m-group", NULL, TF_MOVE_JOIN, "2015", "o-cmu", 0, "o-uber", 0,
                           NULL);
  move->group_size = 40;
  tf_test_add_move (dataset, "m-qi", "p-qi", TF_MOVE_RETURN_ACADEMIA, "2021-11",
                    "o-uber", 0, "o-fudan", 0, NULL);
  /* Nothing says where they were before: no curve, only a start. */
  tf_test_add_move (dataset, "m-first", "p-first", TF_MOVE_JOIN, "2016-04", NULL, 0, "o-fudan", 0,
                    NULL);
  g_assert_true (tf_dataset_check_references (dataset, NULL));
  return dataset;
}

/* An anonymous group's move is a path of its own, named by the move. */
static void
test_group_move (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_of (careers, TF_LAYOUT_AGGREGATE_NEVER);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, NULL);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  TfChartHighlight highlight;

  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, dataset, TF_CHART_SELECTION_MOVE, "m-group");
  g_assert_cmpint (highlight.selected_path, >=, 0);
  g_assert_cmpstr (paths[highlight.selected_path].id, ==, "m-group");
  g_assert_cmpint (highlight.selected_segment, >=, 0);
  g_assert_cmpint (segments[highlight.selected_segment].move, ==, move_index (dataset, "m-group"));
  g_assert_cmpint (segments[highlight.selected_segment].kind, ==, TF_LAYOUT_SEGMENT_CURVE);
  g_assert_cmpint (highlight.selected_sublane, ==, -1);
}

/* A move with no curve selects the straight stretch it began. */
static void
test_move_without_curve (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_of (careers, TF_LAYOUT_AGGREGATE_NEVER);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, NULL);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  TfChartHighlight highlight;
  const TfLayoutPath *path;

  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, dataset, TF_CHART_SELECTION_MOVE, "m-first");
  g_assert_cmpint (highlight.selected_path, >=, 0);
  path = &paths[highlight.selected_path];
  g_assert_cmpstr (path->id, ==, "p-first");
  g_assert_cmpint (highlight.selected_segment, >=, (int) path->first_segment);
  g_assert_cmpint (highlight.selected_segment, <, (int) (path->first_segment + path->n_segments));
  g_assert_cmpint (segments[highlight.selected_segment].move, ==, move_index (dataset, "m-first"));
  g_assert_cmpint (segments[highlight.selected_segment].kind, ==, TF_LAYOUT_SEGMENT_STRAIGHT);
}

/* What the filters hide cannot be selected. */
static void
test_filtered_out (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = NULL;
  const char *ids[] = { "o-cmu", NULL };
  TfLayoutOptions options;
  TfChartHighlight highlight;

  /* Only people who were at CMU: the group, not 漆远 or the first job. */
  tf_layout_options_init (&options, 1200, 800);
  options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
  options.organization_ids = ids;
  layout = tf_layout_new (careers, &options);

  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, dataset, TF_CHART_SELECTION_PERSON, "p-first");
  assert_nothing_selected (&highlight);
  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, dataset, TF_CHART_SELECTION_MOVE, "m-qi");
  assert_nothing_selected (&highlight);
  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, dataset, TF_CHART_SELECTION_MOVE, "m-group");
  g_assert_cmpint (highlight.selected_path, >=, 0);
}

/* An aggregated chart has no path per person: only organizations. */
static void
test_aggregated (void)
{
  g_autoptr(TfLayout) layout = layout_of (sample_careers, TF_LAYOUT_AGGREGATE_ALWAYS);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, NULL);
  TfChartHighlight highlight;

  g_assert_true (tf_layout_is_aggregated (layout));
  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_PERSON, "p-qi-yuan");
  assert_nothing_selected (&highlight);
  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_ORGANIZATION, "o-fudan");
  g_assert_cmpint (highlight.selected_sublane, >=, 0);
  g_assert_cmpstr (sublanes[highlight.selected_sublane].id, ==, "o-fudan");
}

/* No layout or no dataset: nothing, and no warning. */
static void
test_nothing (void)
{
  g_autoptr(TfLayout) layout = layout_of (sample_careers, TF_LAYOUT_AGGREGATE_NEVER);
  TfChartHighlight highlight;

  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, NULL, TF_CHART_SELECTION_PERSON, "p-qi-yuan");
  assert_nothing_selected (&highlight);
  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, layout, sample, TF_CHART_SELECTION_PERSON, NULL);
  assert_nothing_selected (&highlight);
  highlight_init_dirty (&highlight);
  tf_chart_selection_apply (&highlight, NULL, NULL, TF_CHART_SELECTION_ORGANIZATION, "o-fudan");
  assert_nothing_selected (&highlight);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  sample = tf_sample_load (&error);
  g_assert_no_error (error);
  sample_careers = tf_careers_new (sample);

  g_test_add_func ("/chart-selection/apply", test_apply);
  g_test_add_func ("/chart-selection/every-record", test_every_record);
  g_test_add_func ("/chart-selection/merged", test_merged);
  g_test_add_func ("/chart-selection/group-move", test_group_move);
  g_test_add_func ("/chart-selection/move-without-curve", test_move_without_curve);
  g_test_add_func ("/chart-selection/filtered-out", test_filtered_out);
  g_test_add_func ("/chart-selection/aggregated", test_aggregated);
  g_test_add_func ("/chart-selection/nothing", test_nothing);

  status = g_test_run ();

  tf_careers_unref (sample_careers);
  g_object_unref (sample);
  return status;
}
