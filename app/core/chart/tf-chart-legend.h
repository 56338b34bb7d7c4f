/* tf-chart-legend.h: what the chart's colours and line styles mean.
 *
 * The window's legend and an export's are the same list, made here from
 * what a layout draws (sectors, line styles, fades, the strip) and drawn
 * with the same swatches the chart strokes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "tf-chart-draw.h"

G_BEGIN_DECLS

typedef enum
{
  TF_CHART_SWATCH_LINE,     /* a path in a sector's colour */
  TF_CHART_SWATCH_DASHED,   /* a move dated to the year only, derived, or undated */
  TF_CHART_SWATCH_DOTTED,   /* a move nobody states: a gap, an implied move */
  TF_CHART_SWATCH_FADE,     /* a path fading out at its last report */
  TF_CHART_SWATCH_RIBBON,   /* ribbons, aggregated */
  TF_CHART_SWATCH_BAR,      /* the direction strip's bars */
} TfChartSwatch;

/* The line styles a chart draws, for its legend. */
typedef enum
{
  TF_CHART_LEGEND_DASHED = 1 << 0,
  TF_CHART_LEGEND_DOTTED = 1 << 1,
  TF_CHART_LEGEND_FADE   = 1 << 2,
} TfChartLegendStyles;

typedef struct
{
  TfChartSwatch swatch;
  TfColor       color;
  const char   *text;    /* translated; static */
} TfChartLegendItem;

/* At most this many items. */
#define TF_CHART_LEGEND_MAX_ITEMS (TF_N_SECTORS + 5)

/* The sectors (1 << TfSector) a layout's paths or ribbons run in and the
 * line styles it draws, inside the plot. */
void  tf_chart_legend_scan        (TfLayout                 *layout,
                                   guint                    *sectors,
                                   TfChartLegendStyles      *styles);

/* The legend of a chart that shows sectors and styles, as ribbons when
 * aggregated, with the direction strip's bars when strip; returns how
 * many items it filled in. */
guint tf_chart_legend_items       (const TfChartTheme       *theme,
                                   guint                     sectors,
                                   TfChartLegendStyles       styles,
                                   gboolean                  aggregated,
                                   gboolean                  strip,
                                   TfChartLegendItem         items[TF_CHART_LEGEND_MAX_ITEMS]);

/* The item's swatch in (x, y, width, height), lines line px wide. */
void  tf_chart_legend_draw_swatch (cairo_t                  *cr,
                                   const TfChartLegendItem  *item,
                                   double                    x,
                                   double                    y,
                                   double                    width,
                                   double                    height,
                                   double                    line);

G_END_DECLS
