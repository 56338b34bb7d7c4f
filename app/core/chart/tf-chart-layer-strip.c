/* tf-chart-layer-strip.c: the direction strip under the plot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-cairo-text.h"
#include "tf-chart-layer-strip.h"

/* A count may stick out of its bar's width by this much either side. */
#define COUNT_AIR_PX 3.0

/* A bar's count beyond its end, or inside it when there is no room. */
static void
draw_bar_count (cairo_t              *cr,
                const TfChartContext *ctx,
                guint                 count,
                double                x,
                double                bar,
                double                end,
                gboolean              up,
                double                bar_height,
                const TfColor        *color)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  PangoLayout *layout;
  PangoRectangle logical;
  char text[16];
  double y;

  g_snprintf (text, sizeof text, "%u", count);
  layout = tf_chart_context_set_text (ctx, TF_CHART_TEXT_AXIS, text);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > bar + 2 * COUNT_AIR_PX)
    return;
  x += (bar - logical.width) / 2;
  y = up ? end - logical.height : end;
  if (y >= strip->y && y + logical.height <= strip->y + strip->height)
    {
      tf_chart_show_text (cr, ctx, layout, x, y, color, TRUE);
      return;
    }
  /* Inside the bar, in the background's colour. */
  if (bar_height < logical.height + 2 || logical.width > bar)
    return;
  y = up ? end : end - logical.height;
  cairo_move_to (cr, x, y);
  cairo_set_source_rgb (cr, ctx->theme->background.red, ctx->theme->background.green,
                        ctx->theme->background.blue);
  tf_cairo_show_layout (cr, layout);
}

void
tf_chart_strip_layer_draw (cairo_t              *cr,
                           const TfChartContext *ctx)
{
  const TfChartTheme *theme = ctx->theme;
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  double zero = strip->y + strip->height / 2;
  double half = strip->height / 2 - 1;
  double bar = MIN (MAX (0.6 * ctx->px_per_year, 1.0), 24.0);
  double caption_right = strip->x - TF_CHART_LABEL_PAD_PX;
  const char *captions[2];

  if (!(ctx->layers & TF_CHART_LAYER_STRIP) || strip->height <= 0 || strip->width <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, strip->x, strip->y, strip->width, strip->height);
  cairo_clip (cr);
  for (guint direction = 0; direction < 2 && strip->max_count > 0; direction++)
    {
      const guint *counts = direction == 0 ? strip->to_academia : strip->to_industry;
      const TfColor *color = direction == 0 ? &theme->to_academia : &theme->to_industry;

      cairo_new_path (cr);
      for (guint i = 0; i < strip->n_years; i++)
        {
          double x = tf_layout_x_for_time (ctx->layout, strip->first_year + i + 0.5) - bar / 2;
          double h = MAX (half * counts[i] / strip->max_count, 1.0);

          if (counts[i] == 0)
            continue;
          if (direction == 0)
            cairo_rectangle (cr, x, zero - h, bar, h);
          else
            cairo_rectangle (cr, x, zero, bar, h);
        }
      tf_chart_set_color (cr, color, 0.9);
      cairo_fill (cr);

      for (guint i = 0; i < strip->n_years; i++)
        {
          double x = tf_layout_x_for_time (ctx->layout, strip->first_year + i + 0.5) - bar / 2;
          double h = MAX (half * counts[i] / strip->max_count, 1.0);

          if (counts[i] > 0)
            draw_bar_count (cr, ctx, counts[i], x, bar, direction == 0 ? zero - h : zero + h,
                            direction == 0, h, color);
        }
    }
  cairo_move_to (cr, strip->x, tf_chart_snap (cr, zero));
  cairo_line_to (cr, strip->x + strip->width, tf_chart_snap (cr, zero));
  cairo_set_line_width (cr, 1);
  tf_chart_set_color (cr, &theme->dim_foreground, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Captions right-aligned in the column left of the strip. */
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
          tf_chart_set_color (cr, direction == 0 ? &theme->to_academia : &theme->to_industry, 1);
          tf_cairo_show_layout (cr, layout);
        }
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
}
