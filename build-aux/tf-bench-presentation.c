/* tf-bench-presentation.c: presentation mode's frame times, for build-aux/bench.
 *
 *   tf-bench-presentation RUNS
 *
 * The bundled sample presented at 1920×1080 as the widget does it
 * (app/tf-presentation-view.c and tf-presentation-chart.c): the chart laid
 * out above a caption band with the presentation's type sizes, its
 * pictures painted once (skeleton, everything but the names, the names,
 * and in move mode the dimmed skeleton), then every step of both modes
 * swept in over 24 frames (400 ms at 60 Hz, eased out). A frame
 * composites, into a 1920×1080 image, the revealed picture left of the
 * edge, the skeleton right of it, each name whose path has begun and the
 * captions, cross-fading. The whole screen every frame: GTK redraws only
 * what changed, so this bounds the widget's per-frame work from above.
 * The first frame of a move step also paints that move's emphasis (a copy
 * of the revealed picture and the overlay), as the widget does.
 *
 * Prints "name value unit" lines over RUNS runs, after one that warms
 * fonts and caches up: the median and the slowest frame, the slowest
 * first frame of a move step, and the 99th percentile and the maximum of
 * the frames' own CPU time (on a busy machine a frame's wall-clock time
 * includes waiting for the CPU).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-bench"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pango/pangocairo.h>

#include "tf-careers.h"
#include "tf-chart-draw.h"
#include "tf-layout-measure.h"
#include "tf-layout.h"
#include "tf-presentation-steps.h"
#include "tf-sample.h"

#define WIDTH       1920
#define HEIGHT      1080
/* As in app/tf-presentation-view.c at 1080 px high. */
#define BAND_HEIGHT 194
#define STRIP       110
#define QUOTE_PX    36
#define DETAIL_PX   23
#define FRAMES      24
#define NAME_FADE   48.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* This thread's CPU time: what a frame costs, without the time other
 * work on the machine took the CPU from it. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

typedef struct
{
  TfLayout *layout;
  TfLayoutPangoMeasurer *fonts;
  TfChartTheme theme;
  cairo_surface_t *skeleton;
  cairo_surface_t *dimmed_skeleton;
  cairo_surface_t *full;
  cairo_surface_t *names;
  PangoContext *text_context;
} Pictures;

static cairo_surface_t *
new_picture (Pictures        *pictures,
             cairo_surface_t *base,
             TfChartLayers    layers)
{
  cairo_surface_t *surface
      = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT - BAND_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  if (base != NULL)
    {
      cairo_set_source_surface (cr, base, 0, 0);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
    }
  if (layers != 0)
    tf_chart_draw_layers (cr, pictures->layout, &pictures->theme, pictures->fonts, layers);
  cairo_destroy (cr);
  return surface;
}

static void
clip_to_plot (Pictures *pictures,
              cairo_t  *cr)
{
  double x;
  double y;
  double width;
  double height;

  tf_layout_get_plot (pictures->layout, &x, &y, &width, &height);
  cairo_rectangle (cr, x, y - 4, width, height + 8);
  cairo_clip (cr);
}

/* The move's emphasis over a copy of the revealed picture. */
static cairo_surface_t *
new_emphasis (Pictures                 *pictures,
              const TfPresentationStep *step)
{
  cairo_surface_t *surface = new_picture (pictures, pictures->full, 0);
  cairo_t *cr = cairo_create (surface);
  TfChartHighlight highlight;

  tf_chart_highlight_init (&highlight);
  highlight.selected_path = step->path;
  highlight.selected_segment = step->segment;
  clip_to_plot (pictures, cr);
  tf_chart_draw_overlay (cr, pictures->layout, &pictures->theme, pictures->fonts, &highlight);
  cairo_destroy (cr);
  return surface;
}

static PangoLayout *
caption_layout (Pictures   *pictures,
                const char *text,
                double      size)
{
  PangoLayout *layout = pango_layout_new (pictures->text_context);
  PangoFontDescription *description = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (WIDTH - 300) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

static void
paint_region (cairo_t         *cr,
              cairo_surface_t *picture,
              double           left,
              double           right)
{
  if (right <= left)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, left, 0, right - left, HEIGHT - BAND_HEIGHT);
  cairo_clip (cr);
  cairo_set_source_surface (cr, picture, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* One frame onto target: what the widget's snapshot composites. */
static void
compose (Pictures        *pictures,
         cairo_t         *cr,
         cairo_surface_t *revealed,
         gboolean         dimmed,
         double           edge,
         double           target,
         PangoLayout    **captions,
         PangoLayout    **old_captions,
         double           fade)
{
  const TfColor *background = &pictures->theme.background;
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (pictures->layout, &n_labels);

  cairo_set_source_rgb (cr, background->red, background->green, background->blue);
  cairo_rectangle (cr, 0, HEIGHT - BAND_HEIGHT, WIDTH, BAND_HEIGHT);
  cairo_fill (cr);
  paint_region (cr, revealed, 0, edge);
  paint_region (cr, dimmed ? pictures->dimmed_skeleton : pictures->skeleton, edge, WIDTH);

  for (guint i = 0; i < n_labels; i++)
    {
      const TfLayoutLabel *label = &labels[i];
      double stretch = MIN (NAME_FADE, target - label->anchor_x);
      double alpha;

      if (!label->visible || label->kind != TF_LAYOUT_LABEL_PERSON || label->anchor_x > edge)
        continue;
      alpha = stretch > 0 ? CLAMP ((edge - label->anchor_x) / stretch, 0, 1) : 1;
      cairo_save (cr);
      cairo_rectangle (cr, label->x - 2, label->y - 2, label->width + 4, label->height + 4);
      cairo_clip (cr);
      cairo_set_source_surface (cr, pictures->names, 0, 0);
      cairo_paint_with_alpha (cr, alpha * (dimmed ? 1 - TF_CHART_DIM_ALPHA : 1));
      cairo_restore (cr);
    }

  for (guint c = 0; c < 2; c++)
    {
      PangoLayout **layouts = c == 0 ? old_captions : captions;
      double alpha = c == 0 ? 1 - fade : fade;

      if (layouts[0] == NULL || alpha <= 0)
        continue;
      cairo_save (cr);
      cairo_move_to (cr, 150, HEIGHT - BAND_HEIGHT + 40);
      cairo_push_group (cr);
      pango_cairo_show_layout (cr, layouts[0]);
      cairo_rel_move_to (cr, 0, 60);
      pango_cairo_show_layout (cr, layouts[1]);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, alpha);
      cairo_restore (cr);
    }
}

static void
clear_captions (PangoLayout **layouts)
{
  g_clear_object (&layouts[0]);
  g_clear_object (&layouts[1]);
}

/* Sweeps every step of one mode in; frame times go to frames, first
 * frames of a step with an emphasis to first_frames. */
static void
sweep_all (Pictures           *pictures,
           TfDataset          *dataset,
           TfPresentationMode  mode,
           cairo_t            *cr,
           GArray             *frames,
           GArray             *first_frames,
           GArray             *cpu_frames)
{
  g_autoptr (TfPresentationSteps) steps
      = tf_presentation_steps_new (pictures->layout, dataset, mode);
  PangoLayout *captions[2] = { NULL, NULL };
  PangoLayout *old_captions[2] = { NULL, NULL };
  double plot_x;
  double from;

  tf_layout_get_plot (pictures->layout, &plot_x, NULL, NULL, NULL);
  from = plot_x;
  for (guint i = 0; i < tf_presentation_steps_get_n_steps (steps); i++)
    {
      const TfPresentationStep *step = tf_presentation_steps_get_step (steps, i);
      g_autofree char *text = NULL;
      g_autofree char *detail = NULL;
      cairo_surface_t *emphasis = NULL;

      clear_captions (old_captions);
      old_captions[0] = captions[0];
      old_captions[1] = captions[1];
      tf_presentation_steps_get_caption (steps, i, &text, &detail);
      captions[0] = caption_layout (pictures, text, QUOTE_PX);
      captions[1] = caption_layout (pictures, detail, DETAIL_PX);
      /* The widget sets the next captions in an idle before they show,
       * so that fonts and glyphs are loaded outside the frames. */
      {
        cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
        cairo_t *scratch_cr = cairo_create (scratch);

        pango_cairo_show_layout (scratch_cr, captions[0]);
        pango_cairo_show_layout (scratch_cr, captions[1]);
        cairo_destroy (scratch_cr);
        cairo_surface_destroy (scratch);
      }

      for (guint f = 1; f <= FRAMES; f++)
        {
          double t = (double) f / FRAMES;
          double eased = 1 - pow (1 - t, 3);
          double edge = from + (step->reveal_x - from) * eased;
          double start = now_ms ();
          double cpu_start = cpu_ms ();
          double ms;
          double cpu;

          if (f == 1 && step->segment >= 0)
            emphasis = new_emphasis (pictures, step);
          compose (pictures, cr, emphasis != NULL ? emphasis : pictures->full, emphasis != NULL,
                   edge, step->reveal_x, captions, old_captions, eased);
          cairo_surface_flush (cairo_get_target (cr));
          ms = now_ms () - start;
          cpu = cpu_ms () - cpu_start;
          g_array_append_val (f == 1 && emphasis != NULL ? first_frames : frames, ms);
          g_array_append_val (cpu_frames, cpu);

        }
      from = step->reveal_x;
      g_clear_pointer (&emphasis, cairo_surface_destroy);
    }
  clear_captions (captions);
  clear_captions (old_captions);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_frames = g_array_new (FALSE, FALSE, sizeof (double));
  static const double sizes[TF_LAYOUT_N_FONTS] = { 24, 22, 20 };
  PangoContext *context;
  Pictures pictures = { 0 };
  TfLayoutOptions options;
  cairo_surface_t *target;
  cairo_t *cr;
  guint runs;
  double *v;
  double paint_start;
  double paint_ms;

  setvbuf (stdout, NULL, _IOLBF, 0);
  if (argc != 2 || (runs = (guint) atoi (argv[1])) == 0)
    {
      fprintf (stderr, "usage: %s RUNS\n", argv[0]);
      return 2;
    }

  dataset = tf_sample_load (&error);
  if (dataset == NULL)
    g_error ("%s", error->message);
  careers = tf_careers_new (dataset);

  /* The presentation's fonts, Chinese first as the widget sets them. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  pictures.fonts = tf_layout_pango_measurer_new (context);
  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    {
      PangoFontDescription *description = pango_font_description_from_string ("Sans");

      pango_font_description_set_absolute_size (description, sizes[f] * PANGO_SCALE);
      if (f == TF_LAYOUT_FONT_ORGANIZATION)
        pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      tf_layout_pango_measurer_set_font (pictures.fonts, f, description);
      pango_font_description_free (description);
    }
  pictures.text_context = context;
  tf_layout_options_init (&options, WIDTH, HEIGHT - BAND_HEIGHT);
  options.strip_height = STRIP;
  options.measure = tf_layout_pango_measure;
  options.measure_data = pictures.fonts;
  pictures.layout = tf_layout_new (careers, &options);
  tf_chart_theme_init (&pictures.theme, FALSE);

  /* Painted once per size and theme. */
  paint_start = now_ms ();
  pictures.skeleton = new_picture (&pictures, NULL, TF_CHART_LAYER_SKELETON);
  pictures.full = new_picture (&pictures, NULL, TF_CHART_LAYER_ALL & ~TF_CHART_LAYER_PERSON_LABELS);
  pictures.names = new_picture (&pictures, NULL, TF_CHART_LAYER_PERSON_LABELS);
  pictures.dimmed_skeleton = new_picture (&pictures, pictures.skeleton, 0);
  {
    cairo_t *dim = cairo_create (pictures.dimmed_skeleton);

    clip_to_plot (&pictures, dim);
    cairo_set_source_rgba (dim, pictures.theme.background.red, pictures.theme.background.green,
                           pictures.theme.background.blue, TF_CHART_DIM_ALPHA);
    cairo_paint (dim);
    cairo_destroy (dim);
  }
  paint_ms = now_ms () - paint_start;

  target = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cr = cairo_create (target);
  /* A first run, not counted, loads fonts and fills caches as the
   * window's first frames do. */
  {
    g_autoptr(GArray) ignored = g_array_new (FALSE, FALSE, sizeof (double));

    sweep_all (&pictures, dataset, TF_PRESENTATION_BY_YEAR, cr, ignored, ignored, ignored);
    sweep_all (&pictures, dataset, TF_PRESENTATION_BY_MOVE, cr, ignored, ignored, ignored);
  }
  for (guint run = 0; run < runs; run++)
    {
      sweep_all (&pictures, dataset, TF_PRESENTATION_BY_YEAR, cr, frames, first_frames, cpu_frames);
      sweep_all (&pictures, dataset, TF_PRESENTATION_BY_MOVE, cr, frames, first_frames, cpu_frames);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (target);

  g_array_sort (frames, compare_doubles);
  g_array_sort (first_frames, compare_doubles);
  g_array_sort (cpu_frames, compare_doubles);
  v = (double *) (gpointer) frames->data;
  printf ("# presentation: the sample at %dx%d, %u frames (%u runs of every step of both modes "
          "after one"
          " not counted, %d frames a step); pictures painted once in %.1f ms\n",
          WIDTH, HEIGHT, frames->len + first_frames->len, runs, FRAMES, paint_ms);
  printf ("presentation_frame_median %.2f ms\n", v[frames->len / 2]);
  printf ("presentation_frame_max %.2f ms\n", v[frames->len - 1]);
  if (first_frames->len > 0)
    printf ("presentation_move_first_frame_max %.2f ms\n",
            g_array_index (first_frames, double, first_frames->len - 1));
  /* Wall-clock outliers on a loaded machine are time the frame waited for
   * the CPU; its own CPU time says what the frame costs. */
  printf ("presentation_frame_cpu_p99 %.2f ms\n",
          g_array_index (cpu_frames, double, (guint) (cpu_frames->len * 0.99)));
  printf ("presentation_frame_cpu_max %.2f ms\n",
          g_array_index (cpu_frames, double, cpu_frames->len - 1));

  cairo_surface_destroy (pictures.skeleton);
  cairo_surface_destroy (pictures.dimmed_skeleton);
  cairo_surface_destroy (pictures.full);
  cairo_surface_destroy (pictures.names);
  tf_layout_unref (pictures.layout);
  tf_layout_pango_measurer_free (pictures.fonts);
  g_object_unref (context);
  return 0;
}
