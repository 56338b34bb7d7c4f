/* tf-chart-layer-grid.c: the year lines across the plot and the strip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include "tf-chart-layer-grid.h"

#define BREAK_SLASH_PX      7.0   /* the height of a slash */
#define BREAK_SLASH_GAP_PX  5.0   /* between the two slashes */

/* Marks an axis break: a faint band over the plot and the strip, and a
 * double slash on the plot's top and bottom edges, outside the plot so
 * that no name placed in it is crossed. */
static void
draw_break (cairo_t              *cr,
            const TfChartContext *ctx,
            const TfLayoutBreak  *brk)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  double x0 = MAX (brk->x0, ctx->plot_x);
  double x1 = MIN (brk->x1, ctx->plot_x + ctx->plot_width);
  double centre = (brk->x0 + brk->x1) / 2;
  double bottom = ctx->plot_y + ctx->plot_height;

  if (x1 <= x0)
    return;
  cairo_rectangle (cr, x0, ctx->plot_y, x1 - x0, ctx->plot_height);
  if (strip->height > 0)
    cairo_rectangle (cr, x0, strip->y, x1 - x0, strip->height);
  /* Grid lines are fainter on dark backgrounds: the band is less so. */
  tf_chart_set_color (cr, &ctx->theme->grid, ctx->theme->dark ? 0.7 : 0.35);
  cairo_fill (cr);

  for (int side = -1; side <= 1; side += 2)
    {
      double x = centre + side * BREAK_SLASH_GAP_PX / 2;

      cairo_move_to (cr, x - BREAK_SLASH_PX / 2, ctx->plot_y);
      cairo_line_to (cr, x + BREAK_SLASH_PX / 2, ctx->plot_y - BREAK_SLASH_PX);
      cairo_move_to (cr, x - BREAK_SLASH_PX / 2, bottom + BREAK_SLASH_PX);
      cairo_line_to (cr, x + BREAK_SLASH_PX / 2, bottom);
    }
  cairo_set_line_width (cr, 1.5);
  tf_chart_set_color (cr, &ctx->theme->dim_foreground, 1);
  cairo_stroke (cr);
}

static gboolean
year_in_break (const TfLayoutBreak *breaks,
               guint                n_breaks,
               int                  year)
{
  for (guint i = 0; i < n_breaks; i++)
    if (year > breaks[i].from && year < breaks[i].to)
      return TRUE;
  return FALSE;
}

void
tf_chart_grid_layer_draw (cairo_t              *cr,
                          const TfChartContext *ctx)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  const TfLayoutYear *years;
  guint n_years;
  const TfLayoutBreak *breaks;
  guint n_breaks;
  double right = ctx->plot_x + ctx->plot_width;

  if (!(ctx->layers & TF_CHART_LAYER_GRID))
    return;

  years = tf_layout_get_years (ctx->layout, &n_years);
  breaks = tf_layout_get_breaks (ctx->layout, &n_breaks);
  cairo_save (cr);
  for (guint i = 0; i < n_breaks; i++)
    draw_break (cr, ctx, &breaks[i]);
  cairo_set_line_width (cr, 1);
  /* Labelled years a little stronger than the others. */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < n_years; i++)
        {
          double x;

          if ((years[i].label >= 0) != (pass == 1))
            continue;
          /* Inside a break, year lines would crowd: its band stands for them. */
          if (pass == 0 && year_in_break (breaks, n_breaks, years[i].year))
            continue;
          if (years[i].x < ctx->plot_x - 0.5 || years[i].x > right + 0.5)
            continue;
          x = tf_chart_snap (cr, years[i].x);
          cairo_move_to (cr, x, ctx->plot_y);
          cairo_line_to (cr, x, ctx->plot_y + ctx->plot_height);
          if (strip->height > 0)
            {
              cairo_move_to (cr, x, strip->y);
              cairo_line_to (cr, x, strip->y + strip->height);
            }
          any = TRUE;
        }
      if (!any)
        continue;
      tf_chart_set_color (cr, &ctx->theme->grid, pass == 1 ? 1.6 : 0.8);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}
