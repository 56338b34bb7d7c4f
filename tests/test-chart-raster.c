/* test-chart-raster.c: the chart's own rasterizer draws what cairo draws.
 *
 * tf-chart-raster.c stands in for cairo's strokes and fills where a dense
 * chart draws its paths and ribbons into coverage masks, and for stroked
 * glyph outlines where person labels get their halos. Each chart here is
 * drawn both ways (tf_chart_draw_with ()) into image surfaces of the same
 * size, and the images are compared pixel by pixel, channel by channel,
 * premultiplied: the paths or ribbons alone, the person labels alone, and
 * the whole chart.
 *
 * The two antialias differently: exact areas against cairo's sampling,
 * a curve flattened into 4 to 96 pieces against cairo's 0.1 px, a thin
 * stroke's span taken at the middle of each row. So edges differ by a
 * few levels here and there. A label's halo differs by design: the text's
 * mask grown by one device pixel, against an outline stroked 1.5 px
 * around the glyphs (at 2x a third as wide). Anything drawn otherwise
 * differs by far more, or far more often: strokes 30% wider, curves a
 * pixel lower, straight lines half a pixel lower, ribbons 10% thinner, no
 * gradient between sectors, no dashes, coverage 10% fainter, no halo;
 * each of those fails here (they were tried). The tolerance, per image:
 *
 * - at most over_low of the pixels differ by more than LOW levels (of
 *   255) in some channel, and at most over_high by more than HIGH;
 * - the mean difference over all pixels is under mean levels;
 * - the ink (how far each pixel is from the background, summed) of one
 *   is the other's to within a factor 1 + ink.
 *
 * TF_TEST_CHART_RASTER_DUMP=DIR writes both images of each check there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-chart-raster"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "tf-careers.h"
#include "tf-chart-draw.h"
#include "tf-layout.h"
#include "tf-sample.h"
#include "tf-synthetic.h"

#define WIDTH  1600
#define HEIGHT 900

#define LOW  16
#define HIGH 96

typedef struct
{
  double over_low;
  double over_high;
  double mean;
  double ink;
} Tolerance;

/* Paths and ribbons: the same shapes, antialiased otherwise. Measured:
 * at most 1.2% over LOW, 0.001% over HIGH, mean 1.4, ink 0.2%. */
static const Tolerance marks = { 0.02, 0.0001, 2.0, 0.015 };
/* Person labels alone, on nothing: the halos differ. Measured: at most
 * 5.3% over LOW, 4.1% over HIGH, mean 8.5, ink 27% (at 2x). */
static const Tolerance labels = { 0.08, 0.06, 12.0, 0.33 };
/* The whole chart, labels over paths. Measured: at most 2.9% over LOW,
 * 0.33% over HIGH, mean 2.4, ink 3.3%. */
static const Tolerance chart = { 0.05, 0.006, 3.5, 0.05 };

typedef struct
{
  int    max;
  double over_low;    /* share of the pixels */
  double over_high;
  double mean;
  double ink_ratio;   /* own / cairo */
} Difference;

/* Labels measured without fonts and drawn in "Sans" at the sizes that
 * assumes: the same on every machine. */
static TfLayout *
new_layout (TfDataset         *dataset,
            TfLayoutAggregate  aggregate)
{
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  TfLayoutOptions options;

  tf_layout_options_init (&options, WIDTH, HEIGHT);
  options.aggregate = aggregate;
  return tf_layout_new (careers, &options);
}

static cairo_surface_t *
render (TfLayout           *layout,
        const TfChartTheme *theme,
        double              scale,
        TfChartLayers       layers,
        TfChartRasterizer   rasterizer)
{
  cairo_surface_t *surface
      = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, scale * WIDTH, scale * HEIGHT);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  tf_chart_draw_with (cr, layout, theme, NULL, layers, rasterizer);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* How far a, premultiplied ARGB32, is from b. */
static void
compare (cairo_surface_t    *own,
         cairo_surface_t    *reference,
         const TfChartTheme *theme,
         Difference         *difference)
{
  const guint8 *a = cairo_image_surface_get_data (own);
  const guint8 *b = cairo_image_surface_get_data (reference);
  int stride = cairo_image_surface_get_stride (own);
  int width = cairo_image_surface_get_width (own);
  int height = cairo_image_surface_get_height (own);
  guint8 background[4];
  guint64 over_low = 0;
  guint64 over_high = 0;
  double sum = 0;
  double ink_a = 0;
  double ink_b = 0;

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (reference));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (reference));
  /* The background as cairo stores it: B, G, R, A in memory on x86. */
  background[0] = (guint8) lround (theme->background.blue * theme->background.alpha * 255);
  background[1] = (guint8) lround (theme->background.green * theme->background.alpha * 255);
  background[2] = (guint8) lround (theme->background.red * theme->background.alpha * 255);
  background[3] = (guint8) lround (theme->background.alpha * 255);

  difference->max = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *pa = a + (gsize) y * stride + 4 * x;
        const guint8 *pb = b + (gsize) y * stride + 4 * x;
        int d = 0;

        for (guint c = 0; c < 4; c++)
          {
            d = MAX (d, ABS (pa[c] - pb[c]));
            ink_a += ABS (pa[c] - background[c]);
            ink_b += ABS (pb[c] - background[c]);
          }
        difference->max = MAX (difference->max, d);
        over_low += d > LOW;
        over_high += d > HIGH;
        sum += d;
      }
  difference->over_low = (double) over_low / ((double) width * height);
  difference->over_high = (double) over_high / ((double) width * height);
  difference->mean = sum / ((double) width * height);
  difference->ink_ratio = ink_b > 0 ? ink_a / ink_b : 1;
}

static void
check_layers (const char      *what,
              TfLayout        *layout,
              gboolean         dark,
              double           scale,
              TfChartLayers    layers,
              const Tolerance *tolerance)
{
  TfChartTheme theme;
  cairo_surface_t *own;
  cairo_surface_t *reference;
  Difference difference;

  tf_chart_theme_init (&theme, dark);
  if (!(layers & TF_CHART_LAYER_BACKGROUND))
    theme.background.alpha = 0;
  own = render (layout, &theme, scale, layers, TF_CHART_RASTERIZER_OWN);
  reference = render (layout, &theme, scale, layers, TF_CHART_RASTERIZER_CAIRO);
  compare (own, reference, &theme, &difference);
  g_test_message ("%s: max %d, over %d %.4f%%, over %d %.4f%%, mean %.3f, ink own/cairo %.4f",
                  what, difference.max, LOW, 100 * difference.over_low, HIGH,
                  100 * difference.over_high, difference.mean, difference.ink_ratio);
  if (g_getenv ("TF_TEST_CHART_RASTER_DUMP") != NULL)
    {
      g_autofree char *own_path
          = g_strdup_printf ("%s/%s-own.png", g_getenv ("TF_TEST_CHART_RASTER_DUMP"), what);
      g_autofree char *cairo_path
          = g_strdup_printf ("%s/%s-cairo.png", g_getenv ("TF_TEST_CHART_RASTER_DUMP"), what);

      cairo_surface_write_to_png (own, own_path);
      cairo_surface_write_to_png (reference, cairo_path);
    }
  cairo_surface_destroy (own);
  cairo_surface_destroy (reference);

  g_assert_cmpfloat (difference.over_low, <=, tolerance->over_low);
  g_assert_cmpfloat (difference.over_high, <=, tolerance->over_high);
  g_assert_cmpfloat (difference.mean, <, tolerance->mean);
  g_assert_cmpfloat (difference.ink_ratio, <=, 1 + tolerance->ink);
  g_assert_cmpfloat (difference.ink_ratio, >=, 1 / (1 + tolerance->ink));
}

static void
check (const char *what,
       TfLayout   *layout,
       gboolean    dark,
       double      scale)
{
  g_autofree char *flows = g_strconcat (what, "-flows", NULL);
  g_autofree char *people = g_strconcat (what, "-labels", NULL);

  check_layers (flows, layout, dark, scale, TF_CHART_LAYER_FLOWS, &marks);
  check_layers (people, layout, dark, scale, TF_CHART_LAYER_PERSON_LABELS, &labels);
  check_layers (what, layout, dark, scale, TF_CHART_LAYER_ALL, &chart);
}

/* The bundled sample: few enough paths to draw one by one with cairo, so
 * only the person labels are the rasterizer's. */
static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = tf_sample_load (&error);
  g_autoptr(TfLayout) layout = NULL;

  g_assert_no_error (error);
  layout = new_layout (dataset, TF_LAYOUT_AGGREGATE_NEVER);
  check ("sample", layout, FALSE, 1);
  check ("sample-dark-2x", layout, TRUE, 2);
}

/* A thousand people, one path each (strokes, curves with gradients,
 * dashes, fades) and aggregated (ribbons), at 1x and 2x. */
static void
test_synthetic (void)
{
  TfSyntheticOptions options;
  g_autoptr(TfDataset) dataset = NULL;

  tf_synthetic_options_init (&options, 1000, 7);
  dataset = tf_synthetic_dataset_new (&options);
  for (guint aggregated = 0; aggregated < 2; aggregated++)
    {
      g_autoptr(TfLayout) layout = new_layout (dataset, aggregated ? TF_LAYOUT_AGGREGATE_ALWAYS
                                                                   : TF_LAYOUT_AGGREGATE_NEVER);

      check (aggregated ? "ribbons" : "paths", layout, FALSE, 1);
      check (aggregated ? "ribbons-dark-2x" : "paths-dark-2x", layout, TRUE, 2);
    }
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-raster/sample", test_sample);
  g_test_add_func ("/chart-raster/synthetic", test_synthetic);

  result = g_test_run ();

  /* Fonts are cached until exit by design (fontconfig's cache is
   * suppressed through LSAN_OPTIONS, tests/lsan.supp): let ours go. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  return result;
}
