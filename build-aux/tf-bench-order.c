/* tf-bench-order.c: how near the careers' order comes to the fewest
 * crossings, for build-aux/bench.
 *
 *   tf-bench-order N DIR [TIME_LIMIT]
 *
 * On N small datasets (tf_synthetic_small_dataset_new (), seeds 1 to N,
 * 6 to 9 places, 10 to 30 people) the fewest crossings any order allows
 * is found by glpsol (tf-order-optimum.h; its files go to DIR, each solve
 * stopped after TIME_LIMIT seconds, default 120), and set against the
 * crossings of the careers' order and of the naive order. The layout's
 * count (tf_layout_count_crossings ()) of the careers' order, and of the
 * best order once installed, must agree with the model's: lines
 * order_model_mismatches say on how many datasets they did not. Then the
 * crossings of the bundled sample (also in the order glpsol finds) and of
 * a synthetic dataset, in both orders, and how tall the places stack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-bench-order"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tf-careers-arrays.h"
#include "tf-careers-naive.h"
#include "tf-careers.h"
#include "tf-layout-crossings.h"
#include "tf-layout.h"
#include "tf-order-optimum.h"
#include "tf-sample.h"
#include "tf-synthetic.h"

/* How tall the places are, stacked as the layout stacks them (every path
 * one unit thick, no air): each stint in rank order on whatever it meets
 * in time, a month at a time (see drop_stints () in tf-layout.c). */
static double
stacked_height (TfCareers *careers)
{
  double origin = careers->first_year - 2;
  guint n_cells = (guint) ((careers->end_year + 2 - origin) * 12) + 1;
  g_autofree double *sky = g_new (double, n_cells);
  double total = 0;

  for (guint p = 0; p < careers->n_places; p++)
    {
      const TfPlace *place = &careers->places[p];
      double top = 0;

      memset (sky, 0, sizeof (double) * n_cells);
      for (guint i = 0; i < place->n_stints; i++)
        {
          const TfStint *stint = &careers->stints[careers->place_stints[place->first_stint + i]];
          guint lo = (guint) ((stint->start - origin) * 12);
          guint hi = (guint) ceil ((stint->end + TF_CAREERS_TRACK_GAP_YEARS - origin) * 12);
          double bottom = 0;

          hi = CLAMP (hi, lo + 1, n_cells);
          for (guint c = lo; c < hi; c++)
            bottom = MAX (bottom, sky[c]);
          for (guint c = lo; c < hi; c++)
            sky[c] = bottom + 1;
          top = MAX (top, bottom + 1);
        }
      total += top;
    }
  return total;
}

/* The crossings of a dataset in the careers' order and the naive one,
 * and with a dir, in the order glpsol finds fewest for (counted by the
 * layout: on the sample, whose curves overlap, the two counts differ a
 * little). */
static void
print_crossings (TfDataset  *dataset,
                 const char *name,
                 const char *dir,
                 guint       time_limit)
{
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfCareers) naive = tf_careers_new_naive (dataset);

  if (dir != NULL)
    {
      g_autoptr(TfCareers) best = tf_careers_new (dataset);
      g_autoptr(TfOrderProblem) problem = tf_order_problem_new (best);
      g_autoptr(GError) error = NULL;
      guint64 minimum;
      gboolean proven;

      if (tf_order_problem_solve (problem, dir, time_limit, TRUE, &minimum, &proven, &error))
        printf ("crossings_%s_fewest %" G_GUINT64_FORMAT " crossings%s\n", name,
                tf_careers_count_crossings (best), proven ? "" : " (not proven)");
      else
        fprintf (stderr, "%s: %s\n", name, error->message);
    }

  printf ("crossings_%s %" G_GUINT64_FORMAT " crossings\n", name,
          tf_careers_count_crossings (careers));
  printf ("crossings_%s_naive %" G_GUINT64_FORMAT " crossings\n", name,
          tf_careers_count_crossings (naive));
  printf ("height_%s %.3f x\n", name, stacked_height (careers) / stacked_height (naive));
}

int
main (int   argc,
      char *argv[])
{
  guint n;
  guint time_limit = argc > 3 ? (guint) atoi (argv[3]) : 120;
  double sum_ratio = 0, sum_naive_ratio = 0, max_ratio = 0;
  double sum_height = 0, sum_height_naive = 0, sum_height_best = 0;
  guint64 sum_ours = 0, sum_naive = 0, sum_minimum = 0;
  guint n_ratios = 0, n_zero = 0, n_zero_missed = 0, n_optimal = 0, n_unproven = 0;
  guint n_mismatches = 0;
  g_autoptr(GError) error = NULL;

  setvbuf (stdout, NULL, _IOLBF, 0);
  if (argc < 3 || (n = (guint) atoi (argv[1])) == 0)
    {
      fprintf (stderr, "usage: %s N DIR [TIME_LIMIT]\n", argv[0]);
      return 2;
    }

  for (guint seed = 1; seed <= n; seed++)
    {
      guint n_places = 6 + seed % 4;
      guint n_people = 10 + (seed * 7) % 21;
      g_autoptr(TfDataset) dataset = tf_synthetic_small_dataset_new (n_places, n_people, seed);
      g_autoptr(TfCareers) careers = tf_careers_new (dataset);
      g_autoptr(TfCareers) naive = tf_careers_new_naive (dataset);
      g_autoptr(TfCareers) best = tf_careers_new (dataset);
      g_autoptr(TfOrderProblem) ours_problem = tf_order_problem_new (careers);
      g_autoptr(TfOrderProblem) naive_problem = tf_order_problem_new (naive);
      g_autoptr(TfOrderProblem) best_problem = tf_order_problem_new (best);
      guint64 ours = tf_order_problem_count (ours_problem);
      guint64 naive_count = tf_order_problem_count (naive_problem);
      guint64 minimum, drawn, drawn_best;
      gboolean proven;

      if (!tf_order_problem_solve (best_problem, argv[2], time_limit, TRUE, &minimum, &proven,
                                   &error))
        {
          fprintf (stderr, "%s: seed %u: %s\n", argv[0], seed, error->message);
          return 1;
        }
      n_unproven += !proven;
      sum_height += stacked_height (careers);
      sum_height_naive += stacked_height (naive);
      sum_height_best += stacked_height (best);
      drawn = tf_careers_count_crossings (careers);
      drawn_best = tf_careers_count_crossings (best);
      n_mismatches += drawn != ours || drawn_best != minimum;
      g_assert (minimum <= ours && minimum <= naive_count);

      fprintf (stderr, "# seed %2u: %u places, %2u people: minimum %3" G_GUINT64_FORMAT "%s,"
               " ours %3" G_GUINT64_FORMAT ", naive %3" G_GUINT64_FORMAT
               " (layout: ours %" G_GUINT64_FORMAT ", best %" G_GUINT64_FORMAT ")\n",
               seed, n_places, n_people, minimum, proven ? "" : " (not proven)", ours,
               naive_count, drawn, drawn_best);
      sum_ours += ours;
      sum_naive += naive_count;
      sum_minimum += minimum;
      n_optimal += ours == minimum;
      if (minimum == 0)
        {
          n_zero++;
          n_zero_missed += ours > 0;
          continue;
        }
      sum_ratio += (double) ours / minimum;
      sum_naive_ratio += (double) naive_count / minimum;
      max_ratio = MAX (max_ratio, (double) ours / minimum);
      n_ratios++;
    }

  printf ("# order (counts, not times: one run): %u small datasets (6-9 places, 10-30 people);"
          " ratio: crossings / the fewest any order allows (glpsol%s), the mean over the %u"
          " datasets where that is not 0\n",
          n, n_unproven > 0 ? ", some not proven optimal in time" : "", n_ratios);
  printf ("order_ratio_mean %.3f x\n", n_ratios > 0 ? sum_ratio / n_ratios : 1.0);
  printf ("order_ratio_max %.3f x\n", max_ratio);
  printf ("order_naive_ratio_mean %.3f x\n", n_ratios > 0 ? sum_naive_ratio / n_ratios : 1.0);
  printf ("order_crossings_total %" G_GUINT64_FORMAT " crossings\n", sum_ours);
  printf ("order_crossings_total_naive %" G_GUINT64_FORMAT " crossings\n", sum_naive);
  printf ("order_crossings_total_minimum %" G_GUINT64_FORMAT " crossings\n", sum_minimum);
  printf ("order_at_minimum %u datasets\n", n_optimal);
  printf ("order_minimum_zero %u datasets\n", n_zero);
  printf ("order_minimum_zero_missed %u datasets\n", n_zero_missed);
  printf ("order_not_proven %u datasets\n", n_unproven);
  printf ("order_model_mismatches %u datasets\n", n_mismatches);
  printf ("# height: the places stacked as the layout stacks them, one unit a path, / the same in"
          " the naive order (whose places are as tall as the most people they hold at once);"
          " fewest: the order glpsol found\n");
  printf ("height_small %.3f x\n", sum_height / sum_height_naive);
  printf ("height_small_fewest %.3f x\n", sum_height_best / sum_height_naive);

  printf ("# crossings: tf_layout_count_crossings at 1920x1080, one path per person, in the"
          " careers' order, the naive one and (fewest) the one glpsol finds\n");
  {
    g_autoptr(TfDataset) sample = tf_sample_load (&error);
    TfSyntheticOptions options;
    g_autoptr(TfDataset) synthetic = NULL;

    if (sample == NULL)
      {
        fprintf (stderr, "%s: the sample: %s\n", argv[0], error->message);
        return 1;
      }
    print_crossings (sample, "sample", argv[2], time_limit);
    tf_synthetic_options_init (&options, 300, 5);
    synthetic = tf_synthetic_dataset_new (&options);
    print_crossings (synthetic, "synthetic_300", NULL, 0);
  }
  return 0;
}
