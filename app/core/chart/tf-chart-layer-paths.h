/* tf-chart-layer-paths.h: one path per person, as the layout traced them.
 *
 * Draws TF_CHART_LAYER_FLOWS of a chart that is not aggregated: each
 * person's (or group's) path, straight while at an organization and along
 * the move's curve between, clipped to the plot. Dates that are uncertain
 * are dashed, moves nobody dates dotted, open ends fade.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"

G_BEGIN_DECLS

void tf_chart_paths_layer_draw         (cairo_t              *cr,
                                        const TfChartContext *ctx);

/* The overlay's part for a person: their path over a glow (hovered) or a
 * firm outline (selected), with segment, when it is one of theirs,
 * drawn wider. */
void tf_chart_paths_layer_draw_path    (cairo_t              *cr,
                                        const TfChartContext *ctx,
                                        int                   path,
                                        int                   segment,
                                        gboolean              selected);

/* The overlay's part for a sub-lane: the paths' segments in it and the
 * moves into it, as the chart draws them. */
void tf_chart_paths_layer_draw_sublane (cairo_t              *cr,
                                        const TfChartContext *ctx,
                                        int                   sublane);

G_END_DECLS
