/* tf-chart-layer-strip.c: the direction strip under the plot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-cairo-text.h"
#include "tf-chart-layer-strip.h"
#include "tf-layout-directions.h"

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
  if (logical.width > ctx->px_per_year + 2 * COUNT_AIR_PX)
    return;
  tf_chart_show_text (cr, ctx, layout, bar->x + (bar->width - logical.width) / 2,
                      bar->text_y + (bar->text_height - logical.height) / 2, color, TRUE);
}

/* "To academia" above the zero line and "To industry" under it, right-
 * aligned in the column left of the strip. */
static void
draw_captions (cairo_t              *cr,
               const TfChartContext *ctx,
               double                zero,
               double                half)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  double caption_right = strip->x - TF_CHART_LABEL_PAD_PX;
  const char *captions[2];

  captions[0] = _("To academia");
  captions[1] = _("To industry");
  for (guint direction = 0; direction < 2; direction++)
    {
      PangoLayout *layout
          = tf_chart_context_set_text (ctx, TF_CHART_TEXT_CAPTION, captions[direction]);
      PangoRectangle logical;
      double available = caption_right - ctx->gutter;
      double y;

      if (available < 24)
        break;
      pango_layout_set_width (layout, (int) (available * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      if (logical.height <= half + 1)
        {
          y = direction == 0 ? zero - logical.height - 1 : zero + 1;
          cairo_move_to (cr, caption_right - logical.width - logical.x, y);
          tf_chart_set_color (cr, direction == 0 ? &ctx->theme->to_academia
                                                 : &ctx->theme->to_industry, 1);
          tf_cairo_show_layout (cr, layout);
        }
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
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

  draw_captions (cr, ctx, zero, strip->height / 2 - 1);
}
