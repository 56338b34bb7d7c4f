/* tf-chart-layer-labels.h: the labels the layout placed.
 *
 * Draws the visible labels in their boxes: person names at their paths'
 * starts over a halo (TF_CHART_LAYER_PERSON_LABELS), organization names
 * beside their sub-lanes and years along the axis
 * (TF_CHART_LAYER_LANE_LABELS). Bold organization names are narrowed a
 * little when their box was measured in a regular weight.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"

G_BEGIN_DECLS

void tf_chart_labels_layer_draw       (cairo_t              *cr,
                                       const TfChartContext *ctx);

/* The overlay's part: the label of what is highlighted, where the layout
 * put it or, when it was hidden for want of room, on a chip of the
 * background next to what it names. -1: no label. */
void tf_chart_labels_layer_draw_label (cairo_t              *cr,
                                       const TfChartContext *ctx,
                                       int                   label);

G_END_DECLS
