/* tf-chart-masks.h: dense marks as coverage masks in a raster target's pixels.
 *
 * Stroking is what costs: tens of microseconds per cairo stroke or fill.
 * Past a few dozen paths, and for ribbons, a raster target gets one
 * coverage mask per sector colour over the plot (or a part of it) in its
 * own pixels; the layers draw their marks into the masks and each mask is
 * composited once, in its colour. Coverage adds up and saturates, like
 * layers of translucent paint. The marks are drawn by tf-chart-raster.h,
 * or with TF_CHART_RASTERIZER_CAIRO by cairo, one stroke or fill each
 * with CAIRO_OPERATOR_ADD, for comparison.
 * Vector targets, and raster ones whose user space is rotated or skewed,
 * get no masks: the layers then draw with cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-context.h"
#include "tf-chart-raster.h"

G_BEGIN_DECLS

typedef struct
{
  double scale;             /* mask pixels per user unit */
  int x;                    /* where the masks are, in mask pixels */
  int y;
  int width;                /* of the masks, in mask pixels */
  int height;
  double device_scale;      /* of the target surface */
  cairo_matrix_t matrix;    /* the caller's, user space to the target's */
  TfRasterMask *sector[TF_N_SECTORS];
  TfChartRasterizer rasterizer;
  cairo_t *sector_cr[TF_N_SECTORS];  /* CAIRO: drawing into sector[] */
} TfChartMasks;

/* Whether cr draws to a PDF, PostScript or SVG file. */
gboolean tf_chart_target_is_vector  (cairo_t              *cr);

/* Whether cr's target is raster and its user space only scaled and
 * moved, so that masks in its pixels can stand in for strokes; sets
 * masks up for tf_chart_masks_rect (), with no masks yet. */
gboolean tf_chart_masks_init        (TfChartMasks         *masks,
                                     cairo_t              *cr);
/* A rectangle of user space in the target's pixels, rounded outwards;
 * FALSE when it is too large for masks. */
gboolean tf_chart_masks_rect        (const TfChartMasks   *masks,
                                     double                x,
                                     double                y,
                                     double                width,
                                     double                height,
                                     cairo_rectangle_int_t *rect);
/* A mask per sector over the plot, or over the part of it in the
 * rectangle of user space x0 < x1, y0 < y1: masks cost what they cover
 * when composited. FALSE, with no masks, where tf_chart_masks_init ()
 * would fail. */
gboolean tf_chart_masks_begin       (TfChartMasks         *masks,
                                     cairo_t              *cr,
                                     const TfChartContext *ctx);
gboolean tf_chart_masks_begin_in    (TfChartMasks         *masks,
                                     cairo_t              *cr,
                                     const TfChartContext *ctx,
                                     double                x0,
                                     double                y0,
                                     double                x1,
                                     double                y1);
/* A point of user space in mask pixels. */
void     tf_chart_masks_point       (const TfChartMasks   *masks,
                                     double               *x,
                                     double               *y);
/* Composites mask, in the masks' pixels, in color. */
void     tf_chart_masks_composite   (cairo_t              *cr,
                                     const TfChartMasks   *masks,
                                     TfRasterMask         *mask,
                                     const TfColor        *color,
                                     double                alpha);
/* Each sector's mask composited once, in its colour, and freed. */
void     tf_chart_masks_end         (TfChartMasks         *masks,
                                     cairo_t              *cr,
                                     const TfChartContext *ctx,
                                     double                alpha);

/* The marks, in mask pixels (tf_chart_masks_point ()), into the mask of a
 * sector: a stroke along a line, cut square at its ends; a stroke along
 * the move's curve (tf-layout-curve.h), dashed unless dash is NULL; the
 * band under that curve (a ribbon). A curve or band from one sector to
 * another shades from the first's colour to the second's, as a gradient
 * from 15% (a band 10%) to 85% (90%) of the way across would. */
void     tf_chart_masks_stroke_line (TfChartMasks         *masks,
                                     TfSector              sector,
                                     double                x0,
                                     double                y0,
                                     double                x1,
                                     double                y1,
                                     double                width,
                                     double                alpha);
void     tf_chart_masks_stroke_curve (TfChartMasks        *masks,
                                      TfSector             from,
                                      TfSector             to,
                                      double               x0,
                                      double               y0,
                                      double               x1,
                                      double               y1,
                                      double               width,
                                      double               alpha,
                                      const TfRasterDash  *dash);
void     tf_chart_masks_fill_band   (TfChartMasks         *masks,
                                     TfSector              from,
                                     TfSector              to,
                                     double                x0,
                                     double                y0,
                                     double                x1,
                                     double                y1,
                                     double                height,
                                     double                alpha);

/* Marks thinner than min_ink mask pixels would only tint the plot: a
 * share of them, as much as their ink, is kept, drawn min_ink wide, so
 * that the chart keeps its density. key (a hash of what the mark is)
 * picks the same ones from one redraw to the next. FALSE: leave this
 * one out; otherwise *width is what to draw. */
gboolean tf_chart_masks_sample      (guint32               key,
                                     double                min_ink,
                                     double               *width);

G_END_DECLS
