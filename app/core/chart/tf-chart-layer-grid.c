/* tf-chart-layer-grid.c: the year lines across the plot and the strip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include "tf-chart-layer-grid.h"

void
tf_chart_grid_layer_draw (cairo_t              *cr,
                          const TfChartContext *ctx)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (ctx->layout);
  const TfLayoutYear *years;
  guint n_years;
  double right = ctx->plot_x + ctx->plot_width;

  if (!(ctx->layers & TF_CHART_LAYER_GRID))
    return;

  years = tf_layout_get_years (ctx->layout, &n_years);
  cairo_save (cr);
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
