/* tf-chart-raster.h: thin strokes and bands straight into coverage masks.
 *
 * A cairo stroke or fill costs tens of microseconds, mostly in generic
 * scan conversion and compositing; at 10k people that is seconds. A dense
 * chart is made of only two shapes: a thin stroke along a line or a move's
 * curve, and a band under such a curve (a ribbon). These are rasterized
 * here with area antialiasing into 8-bit masks, one per colour, that
 * cairo then composites once each. Coverage adds up and saturates, like
 * layers of translucent paint.
 *
 * What it buys, measured by build-aux/bench (release build, medians of 5
 * and 7 runs on a shared 2-CPU machine, each chart drawn in turn by this
 * and by cairo's strokes and fills into the same masks): the redraw of
 * the 1k, 10k and 100k charts 12 to 24 times faster (10k: 28 ms against
 * 482 ms; the target is 33 ms), the chart with one path per person 18 to
 * 22 times (10k: 25 ms against 467 ms), and its person labels' halos,
 * grown from the text's mask instead of stroked glyph outlines, 3 to 10
 * times. tests/test-chart-raster.c holds it to cairo's pixels within a
 * stated tolerance.
 *
 * Coordinates are the mask's device pixels. The curve is always the move's
 * curve from (x0,y0) to (x1,y1) that tf-layout-curve.h defines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _TfRasterMask TfRasterMask;

/* Dashes along a stroke, in pixels; a dot is a short dash. */
typedef struct
{
  double on;
  double off;
} TfRasterDash;

/* A mask covering [x, x + width) x [y, y + height) of the device. */
TfRasterMask    *tf_raster_mask_new          (int                 x,
                                              int                 y,
                                              int                 width,
                                              int                 height);
void             tf_raster_mask_free         (TfRasterMask       *mask);
gboolean         tf_raster_mask_is_empty     (const TfRasterMask *mask);
/* The mask as an A8 surface (owned by the mask) whose pixel (0, 0) is the
 * device pixel (x, y), to composite or to draw into; *rect is what was
 * touched, in device pixels. */
cairo_surface_t *tf_raster_mask_get_surface  (TfRasterMask       *mask,
                                              cairo_rectangle_int_t *rect);

/* Marks device pixels as drawn into through the mask's surface. */
void             tf_raster_mask_touch        (TfRasterMask       *mask,
                                              const cairo_rectangle_int_t *rect);
/* Sets out to mask grown by a pixel in every direction (the maximum over
 * 3 x 3 pixels) inside rect, device pixels: a halo around text. The masks
 * must cover the same pixels. */
void             tf_raster_mask_dilate       (TfRasterMask       *mask,
                                              TfRasterMask       *out,
                                              const cairo_rectangle_int_t *rect);

void             tf_raster_stroke_line       (TfRasterMask       *mask,
                                              double              x0,
                                              double              y0,
                                              double              x1,
                                              double              y1,
                                              double              width,
                                              double              alpha);
/* A curve's colour goes from mask to to across it, as a gradient would;
 * to may be NULL or mask for one colour. */
void             tf_raster_stroke_curve      (TfRasterMask       *mask,
                                              TfRasterMask       *to,
                                              double              x0,
                                              double              y0,
                                              double              x1,
                                              double              y1,
                                              double              width,
                                              double              alpha,
                                              const TfRasterDash *dash);
/* The band between the curve and the curve moved down by height: a
 * ribbon. Its colour goes from one mask to the other across it, as a
 * gradient would; pass the same mask twice for one colour. */
void             tf_raster_fill_band         (TfRasterMask       *from,
                                              TfRasterMask       *to,
                                              double              x0,
                                              double              y0,
                                              double              x1,
                                              double              y1,
                                              double              height,
                                              double              alpha);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfRasterMask, tf_raster_mask_free)

G_END_DECLS
