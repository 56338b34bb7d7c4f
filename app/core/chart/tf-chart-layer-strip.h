/* tf-chart-layer-strip.h: the direction strip under the plot.
 *
 * Draws TF_CHART_LAYER_STRIP: for each year, a bar up for the moves
 * toward academia and one down for those toward industry, with their
 * counts, a zero line, and the two captions right-aligned left of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"

G_BEGIN_DECLS

void tf_chart_strip_layer_draw (cairo_t              *cr,
                                const TfChartContext *ctx);

G_END_DECLS
