/* bench-layout.c: how long the flow chart layout takes, by hand.
 *
 * Not a test (timings depend on the machine): build with
 *   meson setup build-release --buildtype=release && ninja -C build-release tests/bench-layout
 * and run
 *   build-release/tests/bench-layout [--pango] [people ...]
 * It prints the median of five runs of each step on synthetic datasets
 * (default 1000, 10000 and 100000 people) for a 1920x1080 chart, as wall
 * time and as CPU time (which a busy machine inflates less).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-layout"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pango/pangocairo.h>

#include "tf-careers.h"
#include "tf-layout-measure.h"
#include "tf-layout.h"
#include "tf-synthetic.h"

#define RUNS 5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

typedef struct
{
  double wall;
  double cpu;
} Clock;

static Clock
clock_now (void)
{
  struct timespec cpu;
  Clock now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  now.wall = g_get_monotonic_time () / 1000.0;
  now.cpu = cpu.tv_sec * 1000.0 + cpu.tv_nsec / 1e6;
  return now;
}

/* Medians of the wall and CPU times, in ms. */
typedef struct
{
  double wall[RUNS];
  double cpu[RUNS];
} Times;

static void
times_add (Times *times,
           guint  run,
           Clock  start)
{
  Clock end = clock_now ();

  times->wall[run] = end.wall - start.wall;
  times->cpu[run] = end.cpu - start.cpu;
}

static void
times_print (Times      *times,
             const char *what,
             const char *note)
{
  printf ("  %-30s %8.1f ms wall %8.1f ms CPU  %s\n", what, median (times->wall),
          median (times->cpu), note);
}

static void
time_layout (TfCareers         *careers,
             TfLayoutAggregate  aggregate,
             gpointer           measurer,
             const char        *what)
{
  Times times;
  gboolean aggregated = FALSE;
  guint n_segments = 0;
  char note[64];

  for (guint r = 0; r < RUNS; r++)
    {
      TfLayoutOptions options;
      TfLayout *layout;
      Clock start;

      tf_layout_options_init (&options, 1920, 1080);
      options.aggregate = aggregate;
      if (measurer != NULL)
        {
          options.measure = tf_layout_pango_measure;
          options.measure_data = measurer;
        }
      start = clock_now ();
      layout = tf_layout_new (careers, &options);
      times_add (&times, r, start);
      aggregated = tf_layout_is_aggregated (layout);
      tf_layout_get_segments (layout, &n_segments);
      tf_layout_unref (layout);
    }
  if (aggregated)
    g_snprintf (note, sizeof note, "(aggregated)");
  else
    g_snprintf (note, sizeof note, "(%u segments)", n_segments);
  times_print (&times, what, note);
}

static void
time_first_hit (TfCareers         *careers,
                TfLayoutAggregate  aggregate,
                const char        *what)
{
  Times times;

  for (guint r = 0; r < RUNS; r++)
    {
      TfLayoutOptions options;
      TfLayout *layout;
      TfLayoutHit hit;
      Clock start;

      tf_layout_options_init (&options, 1920, 1080);
      options.aggregate = aggregate;
      layout = tf_layout_new (careers, &options);
      start = clock_now ();
      tf_layout_hit_test (layout, 960, 540, 3, &hit);
      times_add (&times, r, start);
      tf_layout_unref (layout);
    }
  times_print (&times, what, "");
}

static void
bench (guint    n_people,
       gpointer measurer)
{
  TfSyntheticOptions synthetic;
  TfDataset *dataset;
  TfCareers *careers = NULL;
  Times times;
  Clock start;
  char note[64];

  tf_synthetic_options_init (&synthetic, n_people, 1);
  start = clock_now ();
  dataset = tf_synthetic_dataset_new (&synthetic);
  printf ("%u people: %u moves, generated in %.0f ms\n", n_people,
          tf_dataset_get_moves (dataset)->len, clock_now ().wall - start.wall);

  for (guint r = 0; r < RUNS; r++)
    {
      if (careers != NULL)
        tf_careers_unref (careers);
      start = clock_now ();
      careers = tf_careers_new (dataset);
      times_add (&times, r, start);
    }
  g_snprintf (note, sizeof note, "(%u stints)", tf_careers_get_n_stints (careers));
  times_print (&times, "careers (once per dataset)", note);

  time_layout (careers, TF_LAYOUT_AGGREGATE_AUTO, measurer, "layout, auto");
  time_layout (careers, TF_LAYOUT_AGGREGATE_NEVER, measurer, "layout, one path per person");
  time_layout (careers, TF_LAYOUT_AGGREGATE_ALWAYS, measurer, "layout, aggregated");
  time_first_hit (careers, TF_LAYOUT_AGGREGATE_NEVER, "first hit test, per person");

  tf_careers_unref (careers);
  g_object_unref (dataset);
}

int
main (int   argc,
      char *argv[])
{
  static const guint defaults[] = { 1000, 10000, 100000 };
  TfLayoutPangoMeasurer *measurer = NULL;
  PangoContext *context = NULL;
  gboolean any = FALSE;

  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--pango") == 0)
      {
        context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
        measurer = tf_layout_pango_measurer_new (context);
      }
  printf ("median of %d runs, 1920x1080, %s measuring\n", RUNS, measurer ? "Pango" : "approximate");
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--pango") != 0)
      {
        bench ((guint) strtoul (argv[i], NULL, 10), measurer);
        any = TRUE;
      }
  if (!any)
    for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
      bench (defaults[i], measurer);

  if (measurer != NULL)
    {
      tf_layout_pango_measurer_free (measurer);
      g_object_unref (context);
    }
  return 0;
}
