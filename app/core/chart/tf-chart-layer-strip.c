/* tf-chart-layer-strip.c: the direction strip under the plot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-cairo-text.h"
#include "tf-chart-layer-strip.h"

/* A count may stick out of its year's column by this much either side. */
#define COUNT_AIR_PX 3.0

/* A bar's count beyond its end, where tf-layout-directions.h leaves room:
 * every bar says its figure, however short the bar. */
static void
draw_bar_count (cairo_t                    *cr,
                const TfChartContext       *ctx,
                const TfLayoutDirectionBar *bar,
                const TfColor              *color)
{
  PangoLayout *layout;
  PangoRectangle logical;
  char text[16];

  g_snprintf (text, sizeof text, "%u", bar->count);
  layout = tf_chart_context_set_text (ctx, TF_CHART_TEXT_AXIS, text);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  /* Wider than the year's column, it would read as the next year's. */
  if (logical.width > tf_layout_x_for_time (ctx->layout, bar->year + 1)
                          - tf_layout_x_for_time (ctx->layout, bar->year) + 2 * COUNT_AIR_PX)
    return;
  tf_chart_show_text (cr, ctx, layout, bar->x + (bar->width - logical.width) / 2,
                      bar->text_y + (bar->text_height - logical.height) / 2, color, TRUE);
}

static const char *
caption_text (TfLayoutDirection direction)
{
  return direction == TF_LAYOUT_TOWARD_ACADEMIA ? _("To academia") : _("To industry");
}

/* "To academia" above the zero line and "To industry" under it, right-
 * aligned left of the strip. The sector captions' gutter is free beside
 * the strip, so they may take it too; where even that is too narrow they
 * go inside the strip, at its left end, over a halo: a caption cut short
 * says nothing. */
gboolean
tf_chart_strip_layer_place_caption (const TfChartContext *ctx,
                                    TfLayoutDirection     direction,
                                    TfChartStripCaption  *caption)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  double zero = strip->y + strip->height / 2;
  double caption_right = strip->x - TF_CHART_LABEL_PAD_PX;
  PangoRectangle logical;
  int widest = 0;

  memset (caption, 0, sizeof *caption);
  if (strip->height <= 0 || strip->width <= 0)
    return FALSE;
  /* Both go inside when one must, so that they line up. */
  for (TfLayoutDirection other = TF_LAYOUT_TOWARD_ACADEMIA; other <= TF_LAYOUT_TOWARD_INDUSTRY;
       other++)
    {
      pango_layout_get_pixel_extents (
          tf_chart_context_set_text (ctx, TF_CHART_TEXT_CAPTION, caption_text (other)), NULL,
          &logical);
      widest = MAX (widest, logical.width);
    }
  pango_layout_get_pixel_extents (
      tf_chart_context_set_text (ctx, TF_CHART_TEXT_CAPTION, caption_text (direction)), NULL,
      &logical);
  /* Too tall for its half of the strip. */
  if (logical.height > strip->height / 2)
    return FALSE;
  caption->width = logical.width;
  caption->height = logical.height;
  caption->y = direction == TF_LAYOUT_TOWARD_ACADEMIA ? zero - logical.height - 1 : zero + 1;
  caption->inside = widest > caption_right - TF_CHART_LABEL_PAD_PX;
  caption->x = caption->inside ? strip->x + TF_CHART_LABEL_PAD_PX : caption_right - logical.width;
  caption->layout_x = caption->x - logical.x;
  return TRUE;
}

static void
draw_captions (cairo_t              *cr,
               const TfChartContext *ctx)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);

  for (TfLayoutDirection direction = TF_LAYOUT_TOWARD_ACADEMIA;
       direction <= TF_LAYOUT_TOWARD_INDUSTRY; direction++)
    {
      const TfColor *color = direction == TF_LAYOUT_TOWARD_ACADEMIA ? &ctx->theme->to_academia
                                                                    : &ctx->theme->to_industry;
      TfChartStripCaption caption;
      PangoLayout *layout;

      if (!tf_chart_strip_layer_place_caption (ctx, direction, &caption))
        continue;
      layout = tf_chart_context_set_text (ctx, TF_CHART_TEXT_CAPTION, caption_text (direction));
      if (!caption.inside)
        {
          cairo_move_to (cr, caption.layout_x, caption.y);
          tf_chart_set_color (cr, color, 1);
          tf_cairo_show_layout (cr, layout);
          continue;
        }
      cairo_save (cr);
      cairo_rectangle (cr, strip->x, strip->y, strip->width, strip->height);
      cairo_clip (cr);
      tf_chart_show_text (cr, ctx, layout, caption.layout_x, caption.y, color, TRUE);
      cairo_restore (cr);
    }
}

void
tf_chart_strip_layer_draw (cairo_t              *cr,
                           const TfChartContext *ctx)
{
  const TfChartTheme *theme = ctx->theme;
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  g_autoptr(TfLayoutDirections) directions = NULL;
  const TfLayoutDirectionBar *bars;
  guint n_bars;
  double zero = strip->y + strip->height / 2;

  if (!(ctx->layers & TF_CHART_LAYER_STRIP) || strip->height <= 0 || strip->width <= 0)
    return;

  directions = tf_layout_directions_new (ctx->layout);
  bars = tf_layout_directions_get_bars (directions, &n_bars);

  cairo_save (cr);
  cairo_rectangle (cr, strip->x, strip->y, strip->width, strip->height);
  cairo_clip (cr);
  for (guint direction = 0; direction < 2; direction++)
    {
      const TfColor *color = direction == TF_LAYOUT_TOWARD_ACADEMIA ? &theme->to_academia
                                                                    : &theme->to_industry;

      cairo_new_path (cr);
      for (guint i = 0; i < n_bars; i++)
        if (bars[i].direction == direction)
          cairo_rectangle (cr, bars[i].x, bars[i].y, bars[i].width, bars[i].height);
      tf_chart_set_color (cr, color, 0.9);
      cairo_fill (cr);

      for (guint i = 0; i < n_bars; i++)
        if (bars[i].direction == direction)
          draw_bar_count (cr, ctx, &bars[i], color);
    }
  cairo_move_to (cr, strip->x, tf_chart_snap (cr, zero));
  cairo_line_to (cr, strip->x + strip->width, tf_chart_snap (cr, zero));
  cairo_set_line_width (cr, 1);
  tf_chart_set_color (cr, &theme->dim_foreground, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);

  draw_captions (cr, ctx);
}
