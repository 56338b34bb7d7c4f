/* test-presentation-steps.c: the steps of presentation mode on the
 * bundled sample, their captions, filters, and the chart drawn in layers
 * as presentation mode composites it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-presentation-steps"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "tf-careers.h"
#include "tf-chart-draw.h"
#include "tf-dataset.h"
#include "tf-layout.h"
#include "tf-presentation-steps.h"
#include "tf-sample.h"
#include "tf-wording.h"

#define WIDTH  1600
#define HEIGHT 900

typedef struct
{
  TfDataset *dataset;
  TfCareers *careers;
} Sample;

static void
sample_load (Sample *sample)
{
  g_autoptr(GError) error = NULL;

  sample->dataset = tf_sample_load (&error);
  g_assert_no_error (error);
  sample->careers = tf_careers_new (sample->dataset);
}

static void
sample_clear (Sample *sample)
{
  g_clear_pointer (&sample->careers, tf_careers_unref);
  g_clear_object (&sample->dataset);
}

static TfLayout *
new_layout (TfCareers         *careers,
            guint              sector_mask,
            TfLayoutAggregate  aggregate)
{
  TfLayoutOptions options;

  tf_layout_options_init (&options, WIDTH, HEIGHT);
  options.sector_mask = sector_mask;
  options.aggregate = aggregate;
  options.strip_height = 72;
  return tf_layout_new (careers, &options);
}

/* The move curves the layout draws. */
static guint
count_move_curves (TfLayout *layout)
{
  guint n_segments;
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  guint n = 0;

  for (guint i = 0; i < n_segments; i++)
    n += segments[i].kind == TF_LAYOUT_SEGMENT_CURVE && segments[i].move >= 0;
  return n;
}

static void
check_reveal_grows (TfPresentationSteps *steps,
                    TfLayout            *layout)
{
  guint n = tf_presentation_steps_get_n_steps (steps);
  double width;
  double plot_x;

  tf_layout_get_size (layout, &width, NULL);
  tf_layout_get_plot (layout, &plot_x, NULL, NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      const TfPresentationStep *step = tf_presentation_steps_get_step (steps, i);

      g_assert_cmpfloat (step->reveal_x, >, plot_x);
      if (i > 0)
        g_assert_cmpfloat (step->reveal_x, >=,
                           tf_presentation_steps_get_step (steps, i - 1)->reveal_x);
    }
  /* At the end, everything. */
  g_assert_cmpfloat (tf_presentation_steps_get_step (steps, n - 1)->reveal_x, >=, width);
}

static void
test_year_steps (void)
{
  Sample sample;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfPresentationSteps) steps = NULL;
  GPtrArray *moves;
  const TfLayoutSegment *segments;
  guint n_segments;
  int first_year = G_MAXINT;
  int last_year = G_MININT;
  guint n;
  guint total = 0;

  sample_load (&sample);
  layout = new_layout (sample.careers, 0, TF_LAYOUT_AGGREGATE_NEVER);
  steps = tf_presentation_steps_new (layout, sample.dataset, TF_PRESENTATION_BY_YEAR);
  g_assert_cmpint (tf_presentation_steps_get_mode (steps), ==, TF_PRESENTATION_BY_YEAR);
  g_assert_true (tf_presentation_steps_get_layout (steps) == layout);

  /* The years of the dated moves the chart draws. */
  moves = tf_dataset_get_moves (sample.dataset);
  segments = tf_layout_get_segments (layout, &n_segments);
  for (guint i = 0; i < n_segments; i++)
    {
      const TfMove *move;

      if (segments[i].kind != TF_LAYOUT_SEGMENT_CURVE || segments[i].move < 0)
        continue;
      move = g_ptr_array_index (moves, segments[i].move);
      if (move->date.precision == TF_DATE_UNKNOWN)
        continue;
      first_year = MIN (first_year, move->date.year);
      last_year = MAX (last_year, move->date.year);
    }
  g_assert_cmpint (first_year, <, last_year);

  /* One step per year from the first move to the last, none skipped. */
  n = tf_presentation_steps_get_n_steps (steps);
  g_assert_cmpint (tf_presentation_steps_get_step (steps, 0)->year, <=, first_year);
  g_assert_cmpint (tf_presentation_steps_get_step (steps, n - 1)->year, >=, last_year);
  g_assert_cmpint (tf_presentation_steps_get_step (steps, 0)->year + (int) n - 1, ==,
                   tf_presentation_steps_get_step (steps, n - 1)->year);
  for (guint i = 0; i < n; i++)
    {
      const TfPresentationStep *step = tf_presentation_steps_get_step (steps, i);
      g_autofree char *text = NULL;
      g_autofree char *detail = NULL;
      g_autofree char *year = g_strdup_printf ("%d", step->year);

      g_assert_cmpint (step->segment, ==, -1);
      g_assert_cmpint (step->move, ==, -1);
      /* A year reveals at least to its end. */
      g_assert_cmpfloat (step->reveal_x, >=, tf_layout_x_for_time (layout, step->year + 1) - 1e-6);
      total += step->n_curves;

      tf_presentation_steps_get_caption (steps, i, &text, &detail);
      g_assert_cmpstr (text, ==, year);
      if (step->n_curves > 0)
        g_assert_cmpstr (detail, !=, "");
    }
  /* The first and last steps have moves; every curve is in one year. */
  g_assert_cmpuint (tf_presentation_steps_get_step (steps, 0)->n_curves, >, 0);
  g_assert_cmpuint (tf_presentation_steps_get_step (steps, n - 1)->n_curves, >, 0);
  g_assert_cmpuint (total, ==, count_move_curves (layout));
  check_reveal_grows (steps, layout);

  {
    g_autofree char *indicator = tf_presentation_steps_format_indicator (steps, 1);
    g_autofree char *expected
        = g_strdup_printf ("%d · 2/%u", tf_presentation_steps_get_step (steps, 1)->year, n);

    g_assert_cmpstr (indicator, ==, expected);
  }

  sample_clear (&sample);
}

static void
test_move_steps (void)
{
  Sample sample;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfPresentationSteps) steps = NULL;
  const TfLayoutSegment *segments;
  const TfLayoutPath *paths;
  GPtrArray *moves;
  guint n;
  guint n_curves;
  guint quoted_han = 0;
  guint quoted = 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  sample_load (&sample);
  layout = new_layout (sample.careers, 0, TF_LAYOUT_AGGREGATE_NEVER);
  steps = tf_presentation_steps_new (layout, sample.dataset, TF_PRESENTATION_BY_MOVE);
  segments = tf_layout_get_segments (layout, NULL);
  paths = tf_layout_get_paths (layout, NULL);
  moves = tf_dataset_get_moves (sample.dataset);

  /* One step per curve, each a different curve, in x order. */
  n = tf_presentation_steps_get_n_steps (steps);
  g_assert_cmpuint (n, ==, count_move_curves (layout));
  g_assert_cmpuint (n, >=, 20);
  tf_presentation_steps_get_curves (steps, &n_curves);
  g_assert_cmpuint (n_curves, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const TfPresentationStep *step = tf_presentation_steps_get_step (steps, i);
      const TfLayoutSegment *segment = &segments[step->segment];
      const TfLayoutPath *path = &paths[step->path];
      const TfMove *move = g_ptr_array_index (moves, step->move);
      g_autofree char *text = NULL;
      g_autofree char *detail = NULL;

      g_assert_cmpint (segment->kind, ==, TF_LAYOUT_SEGMENT_CURVE);
      g_assert_cmpint (segment->move, ==, step->move);
      g_assert_cmpuint ((guint) step->segment, >=, path->first_segment);
      g_assert_cmpuint ((guint) step->segment, <, path->first_segment + path->n_segments);
      g_assert_cmpuint (step->n_curves, ==, 1);
      g_assert_false (g_hash_table_contains (seen, GINT_TO_POINTER (step->segment)));
      g_hash_table_add (seen, GINT_TO_POINTER (step->segment));
      /* Revealed up to the curve's end at least. */
      g_assert_cmpfloat (step->reveal_x, >=, segment->x1);
      if (i > 0)
        g_assert_cmpfloat (segment->x0, >=,
                           segments[tf_presentation_steps_get_step (steps, i - 1)->segment].x0);
      if (move->date.precision != TF_DATE_UNKNOWN)
        g_assert_cmpint (step->year, ==, move->date.year);

      /* The caption is the move's evidence and its article. */
      tf_presentation_steps_get_caption (steps, i, &text, &detail);
      if (move->evidence->len > 0)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, 0);
          const TfSource *source = tf_dataset_lookup_source (sample.dataset, evidence->source_id);
          g_autofree char *credits = tf_wording_source_credits (source);

          g_autoptr(GString) exact = g_string_new (evidence->exact);

          /* Quotes inside a Chinese quote take double brackets. */
          if (g_str_has_prefix (text, "「"))
            {
              g_string_replace (exact, "「", "『", 0);
              g_string_replace (exact, "」", "』", 0);
            }
          g_assert_nonnull (strstr (text, exact->str));
          g_assert_true (g_str_has_prefix (text, "「") || g_str_has_prefix (text, "“"));
          g_assert_nonnull (strstr (detail, source->title));
          g_assert_nonnull (strstr (detail, credits));
          quoted++;
          quoted_han += g_str_has_prefix (text, "「");
        }
      else
        {
          g_autofree char *route = tf_wording_route (sample.dataset, move);

          g_assert_cmpstr (text, ==, route);
        }
    }
  /* Every move of the sample is backed; most quotes are Chinese. */
  g_assert_cmpuint (quoted, ==, n);
  g_assert_cmpuint (quoted_han, >, n / 2);
  check_reveal_grows (steps, layout);

  sample_clear (&sample);
}

static void
test_find (void)
{
  Sample sample;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfLayout) wider = NULL;
  g_autoptr(TfPresentationSteps) years = NULL;
  g_autoptr(TfPresentationSteps) moves = NULL;
  g_autoptr(TfPresentationSteps) wider_moves = NULL;
  guint n_moves;
  TfLayoutOptions options;

  sample_load (&sample);
  layout = new_layout (sample.careers, 0, TF_LAYOUT_AGGREGATE_NEVER);
  years = tf_presentation_steps_new (layout, sample.dataset, TF_PRESENTATION_BY_YEAR);
  moves = tf_presentation_steps_new (layout, sample.dataset, TF_PRESENTATION_BY_MOVE);
  n_moves = tf_presentation_steps_get_n_steps (moves);

  /* A move's step finds its year, and a year the last move of it. */
  for (guint i = 0; i < n_moves; i++)
    {
      const TfPresentationStep *move = tf_presentation_steps_get_step (moves, i);
      const TfPresentationStep *year
          = tf_presentation_steps_get_step (years, tf_presentation_steps_find (years, move));
      const TfPresentationStep *back
          = tf_presentation_steps_get_step (moves, tf_presentation_steps_find (moves, year));

      guint back_index = (guint) (back - tf_presentation_steps_get_step (moves, 0));

      g_assert_cmpint (year->year, ==, move->year);
      g_assert_cmpint (back->year, ==, move->year);
      g_assert_true (back_index + 1 == n_moves
                     || tf_presentation_steps_get_step (moves, back_index + 1)->year > move->year);
    }

  /* The same data laid out at another size: the same move again. */
  tf_layout_options_init (&options, WIDTH * 1.5, HEIGHT);
  options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
  wider = tf_layout_new (sample.careers, &options);
  wider_moves = tf_presentation_steps_new (wider, sample.dataset, TF_PRESENTATION_BY_MOVE);
  g_assert_cmpuint (tf_presentation_steps_get_n_steps (wider_moves), ==, n_moves);
  for (guint i = 0; i < n_moves; i++)
    {
      const TfPresentationStep *step = tf_presentation_steps_get_step (moves, i);
      guint found = tf_presentation_steps_find (wider_moves, step);

      g_assert_cmpint (tf_presentation_steps_get_step (wider_moves, found)->move, ==, step->move);
    }

  sample_clear (&sample);
}

static void
test_filters (void)
{
  Sample sample;
  g_autoptr(TfLayout) all = NULL;
  g_autoptr(TfLayout) startups = NULL;
  g_autoptr(TfPresentationSteps) all_moves = NULL;
  g_autoptr(TfPresentationSteps) startups_moves = NULL;
  g_autoptr(TfPresentationSteps) all_years = NULL;
  g_autoptr(TfPresentationSteps) startups_years = NULL;
  guint total_all = 0;
  guint total_startups = 0;

  sample_load (&sample);
  all = new_layout (sample.careers, 0, TF_LAYOUT_AGGREGATE_NEVER);
  startups = new_layout (sample.careers, (1 << TF_SECTOR_ACADEMIA) | (1 << TF_SECTOR_STARTUP),
                         TF_LAYOUT_AGGREGATE_NEVER);
  all_moves = tf_presentation_steps_new (all, sample.dataset, TF_PRESENTATION_BY_MOVE);
  startups_moves = tf_presentation_steps_new (startups, sample.dataset, TF_PRESENTATION_BY_MOVE);
  all_years = tf_presentation_steps_new (all, sample.dataset, TF_PRESENTATION_BY_YEAR);
  startups_years = tf_presentation_steps_new (startups, sample.dataset, TF_PRESENTATION_BY_YEAR);

  /* Fewer people shown, fewer moves to step through. */
  g_assert_cmpuint (tf_presentation_steps_get_n_steps (startups_moves), >, 0);
  g_assert_cmpuint (tf_presentation_steps_get_n_steps (startups_moves), <,
                    tf_presentation_steps_get_n_steps (all_moves));
  g_assert_cmpuint (tf_presentation_steps_get_n_steps (startups_moves), ==,
                    count_move_curves (startups));
  g_assert_cmpuint (tf_presentation_steps_get_n_steps (startups_years), <=,
                    tf_presentation_steps_get_n_steps (all_years));
  for (guint i = 0; i < tf_presentation_steps_get_n_steps (all_years); i++)
    total_all += tf_presentation_steps_get_step (all_years, i)->n_curves;
  for (guint i = 0; i < tf_presentation_steps_get_n_steps (startups_years); i++)
    total_startups += tf_presentation_steps_get_step (startups_years, i)->n_curves;
  g_assert_cmpuint (total_startups, <, total_all);

  sample_clear (&sample);
}

static void
test_aggregated (void)
{
  Sample sample;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfPresentationSteps) years = NULL;
  g_autoptr(TfPresentationSteps) moves = NULL;
  guint n;

  sample_load (&sample);
  layout = new_layout (sample.careers, 0, TF_LAYOUT_AGGREGATE_ALWAYS);
  g_assert_true (tf_layout_is_aggregated (layout));
  years = tf_presentation_steps_new (layout, sample.dataset, TF_PRESENTATION_BY_YEAR);
  moves = tf_presentation_steps_new (layout, sample.dataset, TF_PRESENTATION_BY_MOVE);

  /* Ribbons have years but are no one move each. */
  n = tf_presentation_steps_get_n_steps (years);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpuint (tf_presentation_steps_get_n_steps (moves), ==, 0);
  check_reveal_grows (years, layout);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *detail = NULL;

      tf_presentation_steps_get_caption (years, i, &text, &detail);
      g_assert_cmpint (atoi (text), ==, tf_presentation_steps_get_step (years, i)->year);
    }

  sample_clear (&sample);
}

static void
test_empty (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = new_layout (careers, 0, TF_LAYOUT_AGGREGATE_AUTO);
  g_autoptr (TfPresentationSteps) years
      = tf_presentation_steps_new (layout, dataset, TF_PRESENTATION_BY_YEAR);
  g_autoptr (TfPresentationSteps) moves
      = tf_presentation_steps_new (layout, NULL, TF_PRESENTATION_BY_MOVE);
  TfPresentationStep step = { 2019, 0, -1, -1, -1, 0, 0 };
  guint n_curves = 1;

  g_assert_cmpuint (tf_presentation_steps_get_n_steps (years), ==, 0);
  g_assert_cmpuint (tf_presentation_steps_get_n_steps (moves), ==, 0);
  g_assert_cmpuint (tf_presentation_steps_find (years, &step), ==, 0);
  tf_presentation_steps_get_curves (moves, &n_curves);
  g_assert_cmpuint (n_curves, ==, 0);
}

/* ---- the chart in layers ---- */

static cairo_surface_t *
draw (TfLayout           *layout,
      const TfChartTheme *theme,
      TfChartLayers       layers)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  tf_chart_draw_layers (cr, layout, theme, NULL, layers);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
paint_over (cairo_surface_t *target,
            cairo_surface_t *source,
            double           clip_right)
{
  cairo_t *cr = cairo_create (target);

  cairo_rectangle (cr, 0, 0, clip_right, HEIGHT);
  cairo_clip (cr);
  cairo_set_source_surface (cr, source, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (target);
}

/* The largest difference of a channel between two surfaces left of
 * right (or right of it, when after), and in *n_off how many pixels
 * differ by more than the rounding of one 8-bit composite. */
static int
max_difference_count (cairo_surface_t *a,
                      cairo_surface_t *b,
                      int              right,
                      gboolean         after,
                      guint           *n_off)
{
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  int most = 0;

  *n_off = 0;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = after ? right : 0; x < (after ? WIDTH : right); x++)
      {
        int pixel = 0;

        for (int c = 0; c < 4; c++)
          pixel = MAX (pixel,
                       ABS ((int) pa[y * stride + x * 4 + c] - (int) pb[y * stride + x * 4 + c]));
        most = MAX (most, pixel);
        *n_off += pixel > 1;
      }
  return most;
}

static int
max_difference (cairo_surface_t *a,
                cairo_surface_t *b,
                int              right,
                gboolean         after)
{
  guint n_off;

  return max_difference_count (a, b, right, after, &n_off);
}

static gboolean
differs (cairo_surface_t *a,
         cairo_surface_t *b)
{
  return max_difference (a, b, WIDTH, FALSE) > 0;
}

static void
test_layers (gconstpointer data)
{
  gboolean dark = GPOINTER_TO_INT (data);
  Sample sample;
  TfChartTheme theme;
  g_autoptr(TfLayout) layout = NULL;
  cairo_surface_t *all;
  cairo_surface_t *skeleton;
  cairo_surface_t *full;
  cairo_surface_t *people;
  cairo_surface_t *composite;
  double plot_x;
  double plot_width;
  int edge;
  guint n_off;

  sample_load (&sample);
  tf_chart_theme_init (&theme, dark);
  layout = new_layout (sample.careers, 0, TF_LAYOUT_AGGREGATE_NEVER);
  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  edge = (int) (plot_x + plot_width / 2);

  all = draw (layout, &theme, TF_CHART_LAYER_ALL);
  skeleton = draw (layout, &theme, TF_CHART_LAYER_SKELETON);
  full = draw (layout, &theme, TF_CHART_LAYER_ALL & ~TF_CHART_LAYER_PERSON_LABELS);
  people = draw (layout, &theme, TF_CHART_LAYER_PERSON_LABELS);

  /* Each part draws something of its own. */
  g_assert_true (differs (all, skeleton));
  g_assert_true (differs (all, full));

  /* The skeleton, the rest revealed up to the edge, the names over it:
   * tf_chart_draw () left of the edge, the skeleton right of it. */
  composite = draw (layout, &theme, TF_CHART_LAYER_SKELETON);
  paint_over (composite, full, edge);
  paint_over (composite, people, edge);
  g_assert_cmpint (max_difference_count (composite, all, edge, FALSE, &n_off), <=, 3);
  g_assert_cmpuint (n_off, <, (guint) (edge * HEIGHT / 1000));
  g_assert_cmpint (max_difference (composite, skeleton, edge, TRUE), ==, 0);

  /* Revealed whole, it is tf_chart_draw (), but for the rounding of the
   * names' halos composited in two steps instead of one. */
  paint_over (composite, full, WIDTH);
  paint_over (composite, people, WIDTH);
  g_assert_cmpint (max_difference_count (composite, all, WIDTH, FALSE, &n_off), <=, 3);
  g_assert_cmpuint (n_off, <, WIDTH * HEIGHT / 1000);
  g_test_message ("%u pixels off by 2 or 3 of %u", n_off, WIDTH * HEIGHT);

  cairo_surface_destroy (all);
  cairo_surface_destroy (skeleton);
  cairo_surface_destroy (full);
  cairo_surface_destroy (people);
  cairo_surface_destroy (composite);
  sample_clear (&sample);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presentation-steps/years", test_year_steps);
  g_test_add_func ("/presentation-steps/moves", test_move_steps);
  g_test_add_func ("/presentation-steps/find", test_find);
  g_test_add_func ("/presentation-steps/filters", test_filters);
  g_test_add_func ("/presentation-steps/aggregated", test_aggregated);
  g_test_add_func ("/presentation-steps/empty", test_empty);
  g_test_add_data_func ("/presentation-steps/layers/light", GINT_TO_POINTER (FALSE), test_layers);
  g_test_add_data_func ("/presentation-steps/layers/dark", GINT_TO_POINTER (TRUE), test_layers);

  result = g_test_run ();

  /* Fonts are cached until exit by design; let them go, so that the
   * sanitizer's leak check sees only leaks of the code under test. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  return result;
}
