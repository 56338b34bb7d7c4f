/* tf-chart-draw.h: drawing a flow-chart layout to any cairo_t.
 *
 * Drawing only draws what tf_layout_new() computed: lanes, sub-lanes, the
 * year grid, paths or ribbons, labels and the direction strip. The same
 * code paints the window, exports PNG/SVG/PDF and renders test images.
 * Colours come from a theme, so light and dark (and a transparent
 * background for export) are one switch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "tf-layout-measure.h"
#include "tf-layout.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} TfColor;

typedef struct
{
  gboolean dark;
  TfColor  background;             /* alpha 0: transparent */
  TfColor  foreground;             /* labels, axis */
  TfColor  dim_foreground;         /* secondary text, year labels */
  TfColor  grid;                   /* year lines */
  TfColor  lane[TF_N_SECTORS];     /* lane background bands */
  TfColor  sector[TF_N_SECTORS];   /* paths and ribbons, by the sector they run in */
  TfColor  highlight;              /* hovered or selected path outline */
  TfColor  to_academia;            /* direction strip */
  TfColor  to_industry;
} TfChartTheme;

/* Colour-blind-safe palettes legible on the theme's background. */
void tf_chart_theme_init          (TfChartTheme *theme,
                                   gboolean      dark);

/* What the overlay emphasises; every field but selected_person is an
 * index into the layout's arrays (paths, segments, sublanes, ribbons,
 * labels) or -1. */
typedef struct
{
  int hover_path;
  int hover_segment;
  int hover_sublane;
  int hover_ribbon;
  int hover_label;     /* a hidden label to show while hovered */
  int selected_path;
  int selected_segment;
  int selected_sublane;
  /* The selected person as a dataset person index, or -1: an aggregated
   * chart, which has no paths, traces them over its ribbons. */
  int selected_person;
} TfChartHighlight;

void tf_chart_highlight_init      (TfChartHighlight *highlight);

/* How much of the background tf_chart_draw_overlay () lays over the
 * chart to dim what is not highlighted. */
#define TF_CHART_DIM_ALPHA 0.62

/* The static chart: everything but hover and selection. fonts must be the
 * measurer the layout was computed with, so labels fit their boxes; NULL
 * uses "Sans" at the sizes tf_layout_measure_approximate assumes. When a
 * highlight has a path or sub-lane, tf_chart_draw_overlay() dims the rest.
 *
 * On a raster target (an image surface, scaled or not) dense charts are
 * rasterized in the target's pixels, which is what keeps 10k people fast;
 * draw the cached chart into an image surface with the device scale set
 * (cairo_surface_set_device_scale()) rather than into a recording surface,
 * whose pixels are not known yet. PDF, PS and SVG always get vectors. */
void tf_chart_draw                (cairo_t                *cr,
                                   TfLayout               *layout,
                                   const TfChartTheme     *theme,
                                   TfLayoutPangoMeasurer  *fonts);

/* The parts of the chart, back to front, for callers that cache them
 * apart: presentation mode keeps what is always visible (the skeleton)
 * in one picture and what it reveals step by step in another. */
typedef enum
{
  TF_CHART_LAYER_BACKGROUND    = 1 << 0,  /* the background, sector lanes, sub-lane lines */
  TF_CHART_LAYER_GRID          = 1 << 1,  /* year lines */
  TF_CHART_LAYER_LANE_LABELS   = 1 << 2,  /* sector titles, organization and year labels */
  TF_CHART_LAYER_FLOWS         = 1 << 3,  /* paths, or blocks and ribbons */
  TF_CHART_LAYER_PERSON_LABELS = 1 << 4,  /* names at path starts, with their halos */
  TF_CHART_LAYER_STRIP         = 1 << 5,  /* the direction strip and its captions */
  TF_CHART_LAYER_SKELETON      = TF_CHART_LAYER_BACKGROUND | TF_CHART_LAYER_GRID
                                 | TF_CHART_LAYER_LANE_LABELS,
  TF_CHART_LAYER_ALL           = (1 << 6) - 1,
} TfChartLayers;

/* tf_chart_draw() limited to layers, each drawn exactly as there and in
 * the same order: the layers of one call, composited in order over those
 * of another, give tf_chart_draw()'s pixels wherever the two calls' layers
 * do not overlap (person labels lie inside the plot, the lane and year
 * labels outside it, the strip under it). Without BACKGROUND nothing is
 * painted under what is drawn, whatever the theme. */
void tf_chart_draw_layers         (cairo_t                *cr,
                                   TfLayout               *layout,
                                   const TfChartTheme     *theme,
                                   TfLayoutPangoMeasurer  *fonts,
                                   TfChartLayers           layers);

/* What draws the marks of a dense chart into the coverage masks of a
 * raster target (and the halos of person labels). */
typedef enum
{
  TF_CHART_RASTERIZER_OWN,    /* tf-chart-raster.c, made for these marks: the default */
  TF_CHART_RASTERIZER_CAIRO,  /* cairo's strokes and fills into the same masks, and
                               * cairo's stroked text outlines for halos */
} TfChartRasterizer;

/* tf_chart_draw_layers() with rasterizer: the benchmark and the tests
 * draw the same chart both ways, to time them and to compare the pixels. */
void tf_chart_draw_with           (cairo_t                *cr,
                                   TfLayout               *layout,
                                   const TfChartTheme     *theme,
                                   TfLayoutPangoMeasurer  *fonts,
                                   TfChartLayers           layers,
                                   TfChartRasterizer       rasterizer);

/* Drawn over tf_chart_draw()'s output: the hovered and selected paths (or
 * ribbons or sub-lanes) emphasised, the rest dimmed, and hidden labels of
 * what is hovered shown. Cheap: only what is highlighted is stroked. */
void tf_chart_draw_overlay        (cairo_t                *cr,
                                   TfLayout               *layout,
                                   const TfChartTheme     *theme,
                                   TfLayoutPangoMeasurer  *fonts,
                                   const TfChartHighlight *highlight);

G_END_DECLS
