/* tf-chart-layer-strip.h: the direction strip under the plot.
 *
 * Draws TF_CHART_LAYER_STRIP: for each year, a bar up for the moves
 * toward academia and one down for those toward industry, as
 * tf-layout-directions.h places them, each with its count; a zero line;
 * and the two captions right-aligned left of it, or inside it when the
 * column there is too narrow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"
#include "tf-layout-directions.h"

G_BEGIN_DECLS

void tf_chart_strip_layer_draw (cairo_t              *cr,
                                const TfChartContext *ctx);

/* Where a caption goes: its text's box, the x to draw its layout at, and
 * whether it is inside the strip (too wide for the column left of it). It
 * is always written whole. */
typedef struct
{
  double   x, y, width, height;
  double   layout_x;
  gboolean inside;
} TfChartStripCaption;

/* FALSE when the caption is not drawn: no strip, or too low a strip. */
gboolean tf_chart_strip_layer_place_caption (const TfChartContext *ctx,
                                             TfLayoutDirection     direction,
                                             TfChartStripCaption  *caption);

G_END_DECLS
