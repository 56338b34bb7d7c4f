/* tf-chart-layer-trace.c: a person traced over an aggregated chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include "tf-chart-layer-trace.h"

#define TRACE_WIDTH_PX 3.0
#define HALO_WIDTH_PX  7.0
#define DASH_PX        6.0

static void
stroke_segments (cairo_t               *cr,
                 const TfLayoutSegment *segments,
                 guint                  n_segments,
                 double                 width,
                 gboolean               dash_uncertain)
{
  static const double dashes[] = { DASH_PX, DASH_PX };

  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[i];

      cairo_move_to (cr, segment->x0, segment->y0);
      if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
        tf_chart_curve_to (cr, segment->x0, segment->y0, segment->x1, segment->y1);
      else
        cairo_line_to (cr, segment->x1, segment->y1);
      if (dash_uncertain && (segment->flags & TF_LAYOUT_SEGMENT_UNCERTAIN))
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

void
tf_chart_trace_layer_draw (cairo_t              *cr,
                           const TfChartContext *ctx,
                           TfLayoutTrace        *trace)
{
  guint n_segments;
  const TfLayoutSegment *segments = tf_layout_trace_get_segments (trace, &n_segments);
  const TfLayoutSegment *first = NULL;
  PangoLayout *layout;
  PangoRectangle logical;

  cairo_save (cr);
  tf_chart_clip_to_plot (cr, ctx);
  tf_chart_set_color (cr, &ctx->halo, 1);
  stroke_segments (cr, segments, n_segments, HALO_WIDTH_PX, FALSE);
  tf_chart_set_color (cr, &ctx->theme->highlight, 1);
  stroke_segments (cr, segments, n_segments, TRACE_WIDTH_PX, TRUE);
  cairo_restore (cr);

  /* The name where the trace begins, above it. */
  for (guint i = 0; i < n_segments; i++)
    if (segments[i].kind == TF_LAYOUT_SEGMENT_STRAIGHT
        && (first == NULL || segments[i].x0 < first->x0))
      first = &segments[i];
  if (first == NULL)
    first = &segments[0];
  layout = tf_chart_context_set_text (ctx, TF_CHART_TEXT_PERSON, tf_layout_trace_get_name (trace));
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  tf_chart_show_text (cr, ctx, layout,
                      MIN (first->x0, ctx->plot_x + ctx->plot_width - logical.width),
                      first->y0 - HALO_WIDTH_PX / 2 - logical.height, &ctx->theme->foreground,
                      TRUE);
}
