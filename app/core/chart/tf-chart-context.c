/* tf-chart-context.c: what the chart's layers share while they draw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-cairo-text.h"
#include "tf-chart-context.h"
#include "tf-text.h"

/* Halos around text, px across. */
#define HALO_PX 3.0

struct _TfChartText
{
  cairo_t *cr;
  PangoLayout *styles[TF_CHART_N_TEXT_STYLES];
  /* Per style: the ink of TF_LAYOUT_LINE_PROBE, once measured. */
  gboolean line_known[TF_CHART_N_TEXT_STYLES];
  PangoRectangle line[TF_CHART_N_TEXT_STYLES];
};

void
tf_chart_context_init (TfChartContext        *ctx,
                       cairo_t               *cr,
                       TfLayout              *layout,
                       const TfChartTheme    *theme,
                       TfLayoutPangoMeasurer *fonts,
                       TfChartLayers          layers,
                       TfChartRasterizer      rasterizer)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->layout = layout;
  ctx->theme = theme;
  ctx->fonts = fonts;
  ctx->layers = layers;
  ctx->rasterizer = rasterizer;

  ctx->lanes = tf_layout_get_lanes (layout, &ctx->n_lanes);
  ctx->sublanes = tf_layout_get_sublanes (layout, &ctx->n_sublanes);
  ctx->paths = tf_layout_get_paths (layout, &ctx->n_paths);
  ctx->segments = tf_layout_get_segments (layout, &ctx->n_segments);
  ctx->labels = tf_layout_get_labels (layout, &ctx->n_labels);
  ctx->blocks = tf_layout_get_blocks (layout, &ctx->n_blocks);
  ctx->ribbons = tf_layout_get_ribbons (layout, &ctx->n_ribbons);
  tf_layout_get_size (layout, &ctx->width, &ctx->height);
  tf_layout_get_plot (layout, &ctx->plot_x, &ctx->plot_y, &ctx->plot_width, &ctx->plot_height);
  ctx->px_per_year = tf_layout_x_for_time (layout, 1) - tf_layout_x_for_time (layout, 0);

  ctx->gutter = ctx->plot_x;
  for (guint i = 0; i < ctx->n_labels; i++)
    if (ctx->labels[i].kind == TF_LAYOUT_LABEL_ORGANIZATION && ctx->labels[i].visible)
      ctx->gutter = MIN (ctx->gutter, ctx->labels[i].x - TF_CHART_LABEL_PAD_PX);
  ctx->gutter = MAX (ctx->gutter, 0);

  ctx->halo = theme->background;
  ctx->halo.alpha = 0.85;

  ctx->text = g_new0 (TfChartText, 1);
  ctx->text->cr = cr;
}

void
tf_chart_context_clear (TfChartContext *ctx)
{
  if (ctx->text == NULL)
    return;
  for (guint i = 0; i < TF_CHART_N_TEXT_STYLES; i++)
    g_clear_object (&ctx->text->styles[i]);
  g_clear_pointer (&ctx->text, g_free);
}

/* ---- text ---- */

/* The sizes tf_layout_measure_approximate () assumes, in pixels. */
static const double approximate_size_px[TF_LAYOUT_N_FONTS] = { 14.0, 13.0, 12.0 };

static PangoFontDescription *
font_for (const TfChartContext *ctx,
          TfLayoutFont          font)
{
  PangoFontDescription *description;

  if (ctx->fonts != NULL)
    return pango_font_description_copy (tf_layout_pango_measurer_get_font (ctx->fonts, font));
  description = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (description, approximate_size_px[font] * PANGO_SCALE);
  return description;
}

static PangoLayout *
text_layout (const TfChartContext *ctx,
             TfChartTextStyle      style)
{
  PangoFontDescription *description = NULL;
  PangoLayout *layout;

  if (ctx->text->styles[style] != NULL)
    return ctx->text->styles[style];

  switch (style)
    {
    case TF_CHART_TEXT_ORGANIZATION:
      description = font_for (ctx, TF_LAYOUT_FONT_ORGANIZATION);
      pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      break;
    case TF_CHART_TEXT_ORGANIZATION_PLAIN:
      description = font_for (ctx, TF_LAYOUT_FONT_ORGANIZATION);
      break;
    case TF_CHART_TEXT_UNNAMED:
      description = font_for (ctx, TF_LAYOUT_FONT_ORGANIZATION);
      pango_font_description_set_style (description, PANGO_STYLE_ITALIC);
      break;
    case TF_CHART_TEXT_PERSON:
      description = font_for (ctx, TF_LAYOUT_FONT_PERSON);
      break;
    case TF_CHART_TEXT_AXIS:
      description = font_for (ctx, TF_LAYOUT_FONT_AXIS);
      break;
    case TF_CHART_TEXT_CAPTION:
      description = font_for (ctx, TF_LAYOUT_FONT_AXIS);
      pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      break;
    case TF_CHART_TEXT_COUNT:
      description = font_for (ctx, TF_LAYOUT_FONT_AXIS);
      pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      break;
    case TF_CHART_N_TEXT_STYLES:
    default:
      g_assert_not_reached ();
    }

  layout = pango_cairo_create_layout (ctx->text->cr);
  /* The language text was measured in: it decides which font sets Latin
   * letters and digits, so without it labels would not fit their boxes. */
  if (ctx->fonts != NULL)
    {
      pango_context_set_language (pango_layout_get_context (layout),
                                  tf_layout_pango_measurer_get_language (ctx->fonts));
      pango_layout_context_changed (layout);
    }
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  ctx->text->styles[style] = layout;
  return layout;
}

/* Han text gets a Chinese language tag, so that Pango picks a Chinese font
 * (not a Japanese one) whatever the locale: traditional forms for text
 * written in traditional characters, simplified otherwise. */
static PangoLanguage *
language_for_text (const char *text)
{
  const char *language = tf_text_language_for_script (tf_text_guess_han_script (text));

  return language != NULL ? pango_language_from_string (language) : NULL;
}

PangoLayout *
tf_chart_context_set_text (const TfChartContext *ctx,
                           TfChartTextStyle      style,
                           const char           *text)
{
  PangoLayout *layout = text_layout (ctx, style);
  PangoLanguage *language = language_for_text (text);
  PangoAttrList *attributes = NULL;

  if (language != NULL)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes, pango_attr_language_new (language));
    }
  pango_layout_set_attributes (layout, attributes);
  /* Whole, unless the caller cuts it again. */
  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, text, -1);
  if (attributes != NULL)
    pango_attr_list_unref (attributes);
  return layout;
}

double
tf_chart_context_text_top (const TfChartContext *ctx,
                           TfChartTextStyle      style,
                           double                top,
                           double                height)
{
  TfChartText *text = ctx->text;

  if (!text->line_known[style])
    {
      PangoLayout *layout = tf_chart_context_set_text (ctx, style, TF_LAYOUT_LINE_PROBE);

      pango_layout_get_pixel_extents (layout, &text->line[style], NULL);
      text->line_known[style] = TRUE;
    }
  return top + (height - text->line[style].height) / 2 - text->line[style].y;
}

void
tf_chart_show_text (cairo_t              *cr,
                    const TfChartContext *ctx,
                    PangoLayout          *layout,
                    double                x,
                    double                y,
                    const TfColor        *color,
                    gboolean              halo)
{
  if (halo)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      cairo_set_line_width (cr, HALO_PX);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      tf_chart_set_color (cr, &ctx->halo, 1);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, x, y);
  tf_chart_set_color (cr, color, 1);
  tf_cairo_show_layout (cr, layout);
}

/* ---- drawing ---- */

void
tf_chart_set_color (cairo_t       *cr,
                    const TfColor *color,
                    double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
tf_chart_clip_to_plot (cairo_t              *cr,
                       const TfChartContext *ctx)
{
  cairo_rectangle (cr, ctx->plot_x, ctx->plot_y - TF_CHART_PLOT_OVERHANG_PX,
                   ctx->plot_width, ctx->plot_height + 2 * TF_CHART_PLOT_OVERHANG_PX);
  cairo_clip (cr);
}

double
tf_chart_snap (cairo_t *cr,
               double   x)
{
  double y = 0;

  cairo_user_to_device (cr, &x, &y);
  x = floor (x) + 0.5;
  cairo_device_to_user (cr, &x, &y);
  return x;
}

void
tf_chart_curve_to (cairo_t *cr,
                   double   x0,
                   double   y0,
                   double   x1,
                   double   y1)
{
  double cx0, cy0, cx1, cy1;

  tf_layout_curve_controls (x0, y0, x1, y1, &cx0, &cy0, &cx1, &cy1);
  cairo_curve_to (cr, cx0, cy0, cx1, cy1, x1, y1);
}

void
tf_chart_append_band (cairo_t *cr,
                      double   x0,
                      double   y0,
                      double   x1,
                      double   y1,
                      double   height)
{
  cairo_move_to (cr, x0, y0);
  tf_chart_curve_to (cr, x0, y0, x1, y1);
  cairo_line_to (cr, x1, y1 + height);
  tf_chart_curve_to (cr, x1, y1 + height, x0, y0 + height);
  cairo_close_path (cr);
}
