/* test-layout-directions.c: the direction strip's bars and who they count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-layout-directions"

#include "config.h"

#include <math.h>

#include "tf-layout-directions.h"
#include "tf-synthetic.h"
#include "tf-test-data.h"

static TfLayout *
layout_with (TfCareers *careers,
             guint      sector_mask)
{
  TfLayoutOptions options;

  tf_layout_options_init (&options, 1920, 1080);
  options.sector_mask = sector_mask;
  options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
  return tf_layout_new (careers, &options);
}

/* Every sector shown: the seeds' moves, as the layout's own count has
 * them; each bar lists moves whose curves the chart draws, adding up to
 * its count. */
static void
test_counts (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, 0);
  g_autoptr(TfLayoutDirections) directions = tf_layout_directions_new (layout);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, NULL);
  const TfLayoutDirectionMove *moves = tf_layout_directions_get_moves (directions, NULL);
  guint n_bars;
  const TfLayoutDirectionBar *bars = tf_layout_directions_get_bars (directions, &n_bars);
  static const struct { int year; guint to_academia; guint to_industry; } expected[] = {
    { 2015, 0, 40 },  /* Uber <- CMU */
    { 2016, 0, 1 },
    { 2017, 0, 2 },
    { 2018, 1, 0 },
    { 2019, 2, 1 },
    { 2020, 0, 0 },   /* inside industry */
    { 2021, 2, 0 },
    { 2022, 0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpuint (tf_layout_directions_count (directions, expected[i].year,
                                                    TF_LAYOUT_TOWARD_ACADEMIA),
                        ==, expected[i].to_academia);
      g_assert_cmpuint (tf_layout_directions_count (directions, expected[i].year,
                                                    TF_LAYOUT_TOWARD_INDUSTRY),
                        ==, expected[i].to_industry);
    }
  g_assert_cmpuint (tf_layout_directions_get_max (directions), ==, 40);

  g_assert_cmpuint (n_bars, >, 0);
  for (guint b = 0; b < n_bars; b++)
    {
      guint sum = 0;

      g_assert_cmpuint (bars[b].n_moves, >, 0);
      for (guint m = bars[b].first_move; m < bars[b].first_move + bars[b].n_moves; m++)
        {
          const TfLayoutPath *path = &paths[moves[m].path];
          gboolean drawn = FALSE;

          sum += moves[m].weight;
          g_assert_cmpuint (moves[m].weight, ==, path->weight);
          for (guint s = path->first_segment; s < path->first_segment + path->n_segments; s++)
            drawn |= segments[s].kind == TF_LAYOUT_SEGMENT_CURVE
                     && segments[s].move == moves[m].move;
          g_assert_true (drawn);
        }
      g_assert_cmpuint (sum, ==, bars[b].count);
      if (b > 0)
        g_assert_true (bars[b - 1].year < bars[b].year
                       || (bars[b - 1].year == bars[b].year
                           && bars[b - 1].direction < bars[b].direction));
    }
}

/* With companies hidden, the moves into and out of them are not drawn,
 * and not counted: no "To industry 40" for a group that is not there. */
static void
test_follows_filters (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  guint no_companies = ((1u << TF_N_SECTORS) - 1) & ~(1u << TF_SECTOR_COMPANY);
  g_autoptr(TfLayout) layout = layout_with (careers, no_companies);
  g_autoptr(TfLayoutDirections) directions = tf_layout_directions_new (layout);
  guint n_moves;
  const TfLayoutDirectionMove *moves = tf_layout_directions_get_moves (directions, &n_moves);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, NULL);
  GPtrArray *all_moves = tf_dataset_get_moves (dataset);
  guint total = 0;

  g_assert_cmpuint (tf_layout_directions_count (directions, 2015, TF_LAYOUT_TOWARD_INDUSTRY),
                    ==, 0);
  g_assert_cmpuint (tf_layout_directions_get_max (directions), <, 40);
  for (guint m = 0; m < n_moves; m++)
    {
      const TfMove *move = g_ptr_array_index (all_moves, moves[m].move);

      g_assert_true (move->from == NULL || move->from->sector != TF_SECTOR_COMPANY);
      g_assert_true (move->to == NULL || move->to->sector != TF_SECTOR_COMPANY);
      g_assert_cmpint (paths[moves[m].path].group_move, <, 0);
      total += moves[m].weight;
    }
  /* What is left still counts: the returns to academia from labs and
   * startups. */
  g_assert_cmpuint (total, >, 0);
}

/* Square-root heights: the 40 do not flatten the ones; every bar has room
 * for its count inside the strip. */
static void
test_bar_geometry (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, 0);
  g_autoptr(TfLayoutDirections) directions = tf_layout_directions_new (layout);
  const TfLayoutStrip *strip = tf_layout_get_strip (layout);
  guint n_bars;
  const TfLayoutDirectionBar *bars = tf_layout_directions_get_bars (directions, &n_bars);
  double tallest = 0;
  double one = 0;

  for (guint b = 0; b < n_bars; b++)
    {
      const TfLayoutDirectionBar *bar = &bars[b];
      double zero = strip->y + strip->height / 2;

      g_assert_cmpfloat (bar->height, >=, 2);
      g_assert_cmpfloat (bar->width, >, 0);
      g_assert_cmpfloat (bar->text_height, >, 0);
      g_assert_cmpfloat (bar->text_y, >=, strip->y - 0.01);
      g_assert_cmpfloat (bar->text_y + bar->text_height, <=, strip->y + strip->height + 0.01);
      if (bar->direction == TF_LAYOUT_TOWARD_ACADEMIA)
        {
          g_assert_cmpfloat_with_epsilon (bar->y + bar->height, zero, 0.01);
          g_assert_cmpfloat (bar->text_y + bar->text_height, <=, bar->y);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (bar->y, zero, 0.01);
          g_assert_cmpfloat (bar->text_y, >=, bar->y + bar->height);
        }
      /* In its year's column. */
      g_assert_cmpfloat (bar->x, >=, tf_layout_x_for_time (layout, bar->year));
      g_assert_cmpfloat (bar->x + bar->width, <=, tf_layout_x_for_time (layout, bar->year + 1));
      if (bar->count == 40)
        tallest = bar->height;
      if (bar->count == 1)
        one = bar->height;

      /* The bar, its column above or below the zero line, hits it. */
      g_assert_cmpint (tf_layout_directions_bar_at (directions, bar->x + bar->width / 2,
                                                    bar->y + bar->height / 2), ==, (int) b);
      g_assert_cmpint (tf_layout_directions_bar_at (directions,
                                                    tf_layout_x_for_time (layout, bar->year) + 1,
                                                    bar->direction == TF_LAYOUT_TOWARD_ACADEMIA
                                                    ? strip->y + 1
                                                    : strip->y + strip->height - 1),
                       ==, (int) b);
    }
  g_test_message ("bars: 40 people %.1f px, one person %.1f px", tallest, one);
  g_assert_cmpfloat (tallest, >, 0);
  g_assert_cmpfloat (one, >, 0);
  /* Linear, one would be 1/40 of the 40: 2.5 %. */
  g_assert_cmpfloat_with_epsilon (one / tallest, sqrt (1.0 / 40), 0.02);

  /* Off the strip, nothing. */
  g_assert_cmpint (tf_layout_directions_bar_at (directions, strip->x + 1, strip->y - 5), ==, -1);
  g_assert_cmpint (tf_layout_directions_bar_at (directions, strip->x - 5, strip->y + 5), ==, -1);
}

/* Ribbons are counts: the bars of an aggregated chart are the layout's
 * own counts and list nobody. */
static void
test_aggregated (void)
{
  TfSyntheticOptions synthetic_options;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfLayoutDirections) directions = NULL;
  const TfLayoutStrip *strip;
  TfLayoutOptions options;
  guint n_bars;
  const TfLayoutDirectionBar *bars;
  guint n_moves;

  tf_synthetic_options_init (&synthetic_options, 1000, 7);
  dataset = tf_synthetic_dataset_new (&synthetic_options);
  careers = tf_careers_new (dataset);
  tf_layout_options_init (&options, 1920, 1080);
  options.aggregate = TF_LAYOUT_AGGREGATE_ALWAYS;
  layout = tf_layout_new (careers, &options);
  directions = tf_layout_directions_new (layout);
  strip = tf_layout_get_strip (layout);
  bars = tf_layout_directions_get_bars (directions, &n_bars);
  tf_layout_directions_get_moves (directions, &n_moves);

  g_assert_cmpuint (n_bars, >, 0);
  g_assert_cmpuint (n_moves, ==, 0);
  g_assert_cmpuint (tf_layout_directions_get_max (directions), ==, strip->max_count);
  for (guint b = 0; b < n_bars; b++)
    {
      guint y = (guint) (bars[b].year - strip->first_year);

      g_assert_cmpuint (bars[b].count, ==,
                        bars[b].direction == TF_LAYOUT_TOWARD_ACADEMIA ? strip->to_academia[y]
                                                                       : strip->to_industry[y]);
      g_assert_cmpuint (bars[b].n_moves, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout-directions/counts", test_counts);
  g_test_add_func ("/layout-directions/follows-filters", test_follows_filters);
  g_test_add_func ("/layout-directions/bar-geometry", test_bar_geometry);
  g_test_add_func ("/layout-directions/aggregated", test_aggregated);

  return g_test_run ();
}
