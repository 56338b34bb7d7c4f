/* tf-chart-draw-private.h: what the chart drawing's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "tf-chart-draw.h"
#include "tf-cairo-text.h"
#include "tf-chart-raster.h"

G_BEGIN_DECLS

/* Paths drawn one by one, with casings, up to this many: past that the
 * casings hardly show, and each costs a dozen cairo calls. */
#define DETAILED_MAX_PATHS     80
/* Vector output: ribbons filled with a gradient between sector colours up
 * to this many (raster targets always shade them). */
#define GRADIENT_MAX_RIBBONS   4000
/* Raster drawing: paths and ribbons thinner than these many device pixels
 * are sampled (paths only when far too thin to follow one by one); fades
 * in this many steps; masks no larger than this. */
#define RASTER_MIN_PATH_INK_PX    0.25
#define RASTER_MIN_RIBBON_INK_PX  1.0
/* A sub-lane's ribbons are redrawn on every pointer motion over it: there
 * the sampling is coarser, for speed. */
#define HOVER_MIN_RIBBON_INK_PX   2.0
#define FADE_STEPS                4
#define RASTER_MAX_PX             16384
/* Paths and ribbons may reach this far above and below the plot. */
#define PLOT_OVERHANG_PX       4.0
#define CASING_PX              1.5
#define HALO_PX                3.0
#define CONCURRENT_SCALE       0.55
/* Paths wider than this are filled bands; their uncertain parts are this
 * faint, inside an outline this wide. */
#define THICK_PX               5.0
#define THICK_FAINT            0.4
#define THICK_EDGE_PX          1.25
/* Thinner strokes are drawn this wide, fainter in proportion, so that a
 * dense chart keeps its texture instead of vanishing. */
#define MIN_STROKE_PX          0.6
#define MIN_STROKE_ALPHA       0.12
#define RIBBON_ALPHA           0.45
#define LANE_CAPTION_MIN_PX    36.0
#define LABEL_PAD_PX           6.0
#define STRIP_COUNT_AIR_PX     3.0
/* Text is never narrowed more than this to fit its box. */
#define MIN_LABEL_SCALE        0.8
#define MIN_CAPTION_SCALE      0.7

/* ---- the painter: what one call shares ---- */

typedef enum
{
  TEXT_ORGANIZATION,        /* bold, narrowed a little if need be */
  TEXT_ORGANIZATION_PLAIN,  /* the measurer's font as is */
  TEXT_UNNAMED,             /* italic */
  TEXT_PERSON,
  TEXT_AXIS,
  TEXT_CAPTION,             /* lane titles and the strip's captions */
  TEXT_COUNT,               /* counts inside blocks */
  N_TEXT_STYLES
} TextStyle;

typedef struct
{
  cairo_t *cr;
  TfLayout *layout;
  const TfChartTheme *theme;
  TfLayoutPangoMeasurer *fonts;
  PangoLayout *text[N_TEXT_STYLES];

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

  TfColor halo;
} Painter;

typedef enum
{
  LINE_SOLID,
  LINE_DASHED,   /* an uncertain date */
  LINE_DOTTED,   /* a gap or an inferred move: nothing says where */
} LineKind;

/* Batched drawing: one fill or stroke per (sector, style). */
typedef enum
{
  BATCH_SOLID,
  BATCH_CONCURRENT,
  BATCH_FADED,      /* open ends: no gradients at this scale, only fainter */
  BATCH_DASHED,
  BATCH_DOTTED,
  N_BATCH_STYLES
} BatchStyle;

typedef struct
{
  double scale;             /* mask pixels per user unit */
  int x;                    /* where the masks are, in mask pixels */
  int y;
  int width;                /* of the masks, in mask pixels */
  int height;
  double device_scale;      /* of the target surface */
  cairo_matrix_t matrix;    /* the caller's, user space to the target's */
  TfRasterMask *masks[TF_N_SECTORS];
} Raster;

/* Shared between tf-chart-draw.c, tf-chart-paths.c, tf-chart-labels.c and
 * tf-chart-overlay.c. */

void
_tf_chart_set_color (cairo_t       *cr,
                     const TfColor *color,
                     double         alpha);

void
_tf_chart_clip_to_plot (Painter *painter);

void
_tf_chart_painter_init (Painter                *painter,
                        cairo_t                *cr,
                        TfLayout               *layout,
                        const TfChartTheme     *theme,
                        TfLayoutPangoMeasurer  *fonts);

void
_tf_chart_painter_clear (Painter *painter);

void
_tf_chart_draw_segment_detailed (Painter            *painter,
                                 const TfLayoutPath *path,
                                 guint               i,
                                 double              extra_width,
                                 double              alpha);

void
_tf_chart_stroke_path_outline (Painter            *painter,
                               const TfLayoutPath *path,
                               double              extra);

gboolean
_tf_chart_raster_init (Painter *painter,
                       Raster  *raster);

gboolean
_tf_chart_raster_rect (const Raster          *raster,
                       double                 x,
                       double                 y,
                       double                 width,
                       double                 height,
                       cairo_rectangle_int_t *rect);

gboolean
_tf_chart_raster_begin_in (Painter *painter,
                           Raster  *raster,
                           double   x0,
                           double   y0,
                           double   x1,
                           double   y1);

gboolean
_tf_chart_raster_begin (Painter *painter,
                        Raster  *raster);

void
_tf_chart_raster_composite (Painter       *painter,
                            const Raster  *raster,
                            TfRasterMask  *mask,
                            const TfColor *color,
                            double         alpha);

void
_tf_chart_raster_point (const Raster *raster,
                        double       *x,
                        double       *y);

void
_tf_chart_raster_end (Painter *painter,
                      Raster  *raster,
                      double   alpha);

void
_tf_chart_raster_paths (Painter *painter,
                        Raster  *raster,
                        int      sublane);

TfSector
_tf_chart_block_sector (Painter *painter,
                        int      block);

gboolean
_tf_chart_ribbon_touches (Painter              *painter,
                          const TfLayoutRibbon *ribbon,
                          int                   sublane);

void
_tf_chart_raster_ribbons (Painter *painter,
                          Raster  *raster,
                          int      sublane,
                          double   min_ink,
                          double   alpha);

void
_tf_chart_draw_paths (Painter *painter);

void
_tf_chart_append_ribbon (cairo_t              *cr,
                         const TfLayoutRibbon *ribbon);

void
_tf_chart_fill_ribbon (Painter              *painter,
                       const TfLayoutRibbon *ribbon,
                       double                alpha,
                       gboolean              gradient);

void
_tf_chart_append_block (cairo_t             *cr,
                        const TfLayoutBlock *block);

void
_tf_chart_draw_aggregated (Painter *painter);

PangoLayout *
_tf_chart_set_text (Painter    *painter,
                    TextStyle   style,
                    const char *text);

void
_tf_chart_show_text (Painter       *painter,
                     PangoLayout   *layout,
                     double         x,
                     double         y,
                     const TfColor *color,
                     gboolean       halo);

PangoLayout *
_tf_chart_label_layout (Painter             *painter,
                        const TfLayoutLabel *label,
                        const TfColor      **color,
                        gboolean            *halo,
                        double              *y,
                        double              *scale);

void
_tf_chart_draw_label (Painter             *painter,
                      const TfLayoutLabel *label);

void
_tf_chart_draw_labels (Painter  *painter,
                       gboolean  people,
                       gboolean  others);

G_END_DECLS
