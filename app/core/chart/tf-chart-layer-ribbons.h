/* tf-chart-layer-ribbons.h: an aggregated chart's blocks and ribbons.
 *
 * Draws TF_CHART_LAYER_FLOWS of an aggregated chart: the ribbons between
 * (organization, time bin) blocks, shaded from the sector they leave to
 * the one they reach, then the blocks over them, with their counts where
 * they fit, clipped to the plot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"

G_BEGIN_DECLS

void tf_chart_ribbons_layer_draw         (cairo_t              *cr,
                                          const TfChartContext *ctx);

/* The overlay's part for a hovered ribbon: it, outlined, and the blocks at
 * its ends. */
void tf_chart_ribbons_layer_draw_ribbon  (cairo_t              *cr,
                                          const TfChartContext *ctx,
                                          int                   ribbon);

/* The overlay's part for a sub-lane: the ribbons into and out of it, and
 * its blocks. */
void tf_chart_ribbons_layer_draw_sublane (cairo_t              *cr,
                                          const TfChartContext *ctx,
                                          int                   sublane);

G_END_DECLS
