/* tf-chart-layer-trace.h: a person traced over an aggregated chart.
 *
 * Draws a TfLayoutTrace (tf-layout-trace.h) in the highlight colour over
 * a halo, uncertain moves dashed, with the person's name at its start:
 * the overlay's way to show a person selected or found by search among
 * ribbons that name nobody.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"
#include "tf-layout-trace.h"

G_BEGIN_DECLS

void tf_chart_trace_layer_draw (cairo_t              *cr,
                                const TfChartContext *ctx,
                                TfLayoutTrace        *trace);

G_END_DECLS
