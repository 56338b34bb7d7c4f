/* tf-chart-context.h: what the chart's layers share while they draw.
 *
 * tf_chart_draw_layers () and tf_chart_draw_overlay () make one context
 * per call: the layout's arrays and plot, the theme, the fonts and the
 * layers asked for. Each layer (tf-chart-layer-*.h) reads it and draws to
 * the cairo_t it is given. Nothing in it changes while they draw but its
 * text: one Pango layout per style, made on first use and reused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "tf-chart-draw.h"

G_BEGIN_DECLS

/* Paths and ribbons may reach this far above and below the plot. */
#define TF_CHART_PLOT_OVERHANG_PX 4.0
/* Between a column of labels or captions and what it labels. */
#define TF_CHART_LABEL_PAD_PX     6.0

typedef enum
{
  TF_CHART_TEXT_ORGANIZATION,        /* bold, narrowed a little if need be */
  TF_CHART_TEXT_ORGANIZATION_PLAIN,  /* the measurer's font as is */
  TF_CHART_TEXT_UNNAMED,             /* italic */
  TF_CHART_TEXT_PERSON,
  TF_CHART_TEXT_AXIS,
  TF_CHART_TEXT_CAPTION,             /* lane titles and the strip's captions */
  TF_CHART_TEXT_COUNT,               /* counts inside blocks */
  TF_CHART_N_TEXT_STYLES
} TfChartTextStyle;

typedef struct _TfChartText TfChartText;

typedef struct
{
  TfLayout *layout;
  const TfChartTheme *theme;
  TfLayoutPangoMeasurer *fonts;   /* NULL: "Sans" at the approximate sizes */
  TfChartLayers layers;           /* what tf_chart_draw_layers () was asked for */
  TfChartRasterizer rasterizer;   /* for tf-chart-masks.h */

  const TfLayoutLane *lanes;
  guint n_lanes;
  const TfLayoutSublane *sublanes;
  guint n_sublanes;
  const TfLayoutPath *paths;
  guint n_paths;
  const TfLayoutSegment *segments;
  guint n_segments;
  const TfLayoutLabel *labels;
  guint n_labels;
  const TfLayoutBlock *blocks;
  guint n_blocks;
  const TfLayoutRibbon *ribbons;
  guint n_ribbons;

  double width;
  double height;
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;
  double px_per_year;
  /* Right edge of the sector captions' gutter, left of the label column. */
  double gutter;
  /* Under text that must read over paths, even on a transparent export. */
  TfColor halo;

  TfChartText *text;
} TfChartContext;

/* Text is set for cr, the target the layers will draw to. */
void         tf_chart_context_init     (TfChartContext         *ctx,
                                        cairo_t                *cr,
                                        TfLayout               *layout,
                                        const TfChartTheme     *theme,
                                        TfLayoutPangoMeasurer  *fonts,
                                        TfChartLayers           layers,
                                        TfChartRasterizer       rasterizer);
void         tf_chart_context_clear    (TfChartContext         *ctx);

/* Sets text in style: the context's layout for the style, valid until
 * text is set in it again. Han text gets a Chinese language tag. */
PangoLayout *tf_chart_context_set_text (const TfChartContext   *ctx,
                                        TfChartTextStyle        style,
                                        const char             *text);

/* Where to draw text in style so that its line (the ink of
 * TF_LAYOUT_LINE_PROBE, whose height the layout measures labels by) is
 * centred in a box from top, height high. Measures the probe, so call it
 * before setting the text to draw. */
double       tf_chart_context_text_top (const TfChartContext   *ctx,
                                        TfChartTextStyle        style,
                                        double                  top,
                                        double                  height);

/* layout at (x, y) in color, over a halo of the background when halo. */
void         tf_chart_show_text        (cairo_t                *cr,
                                        const TfChartContext   *ctx,
                                        PangoLayout            *layout,
                                        double                  x,
                                        double                  y,
                                        const TfColor          *color,
                                        gboolean                halo);

void         tf_chart_set_color        (cairo_t                *cr,
                                        const TfColor          *color,
                                        double                  alpha);
/* Paths and ribbons are clipped to the plot in x (the layout counts on
 * it), with a little room above and below for strokes along its edges. */
void         tf_chart_clip_to_plot     (cairo_t                *cr,
                                        const TfChartContext   *ctx);
/* x snapped to the middle of a device pixel, so that hairlines are crisp. */
double       tf_chart_snap             (cairo_t                *cr,
                                        double                  x);
/* The move's curve (tf-layout-curve.h) from the current point, which is
 * (x0, y0), to (x1, y1). */
void         tf_chart_curve_to         (cairo_t                *cr,
                                        double                  x0,
                                        double                  y0,
                                        double                  x1,
                                        double                  y1);
/* The area between that curve, from (x0, y0) to (x1, y1), and the same
 * curve height lower: a ribbon, or a thick path's move. */
void         tf_chart_append_band      (cairo_t                *cr,
                                        double                  x0,
                                        double                  y0,
                                        double                  x1,
                                        double                  y1,
                                        double                  height);

G_END_DECLS
