/* tf-chart-layer-grid.h: the year lines across the plot and the strip.
 *
 * Draws TF_CHART_LAYER_GRID: a hairline at the start of every year shown,
 * those with a label a little stronger, across the plot and the direction
 * strip (their labels are the labels layer's).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"

G_BEGIN_DECLS

void tf_chart_grid_layer_draw (cairo_t              *cr,
                               const TfChartContext *ctx);

G_END_DECLS
