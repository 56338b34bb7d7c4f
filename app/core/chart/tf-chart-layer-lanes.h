/* tf-chart-layer-lanes.h: the chart's back layer: background and lanes.
 *
 * The background, then lane by lane a band of the sector's tint with a
 * strip of its colour at the left edge and its title read bottom to top
 * in the gutter, then the lines between an organization's sub-lanes.
 * Draws TF_CHART_LAYER_BACKGROUND (all but the titles) and the titles of
 * TF_CHART_LAYER_LANE_LABELS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"

G_BEGIN_DECLS

void tf_chart_lanes_layer_draw         (cairo_t              *cr,
                                        const TfChartContext *ctx);

/* The overlay's part: a highlighted sub-lane's band, tinted more when
 * selected than when hovered. */
void tf_chart_lanes_layer_draw_sublane (cairo_t              *cr,
                                        const TfChartContext *ctx,
                                        int                   sublane,
                                        gboolean              selected);

G_END_DECLS
