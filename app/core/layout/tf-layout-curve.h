/* tf-layout-curve.h: the curve of a move between two rows, defined once.
 *
 * A move is drawn as the cubic Bézier from (x0, y0) to (x1, y1) whose two
 * control points lie at the middle x, level with each end: it leaves and
 * arrives horizontally, like the straight stretches on either side. The
 * top and bottom edges of a ribbon are the same curve. In t, both
 * coordinates are smoothsteps:
 *
 *   x (t) = x0 + (x1 - x0) (1.5 t - 1.5 t² + t³)
 *   y (t) = y0 + (y1 - y0) (3 t² - 2 t³)
 *
 * Everything that follows a curve uses these functions: cairo paths
 * (tf_layout_curve_controls ()), the rasterizer's flattening and hit
 * testing (tf_layout_curve_point ()), and finding y at an x
 * (tf_layout_curve_y_at ()). They are inline because the rasterizer and
 * hit testing evaluate them millions of times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The control points of the curve from (x0, y0) to (x1, y1), for
 * cairo_curve_to (cr, *cx0, *cy0, *cx1, *cy1, x1, y1). Also right for the
 * curve walked backwards, from (x1, y1) to (x0, y0), with the control
 * points swapped. */
static inline void
tf_layout_curve_controls (double  x0,
                          double  y0,
                          double  x1,
                          double  y1,
                          double *cx0,
                          double *cy0,
                          double *cx1,
                          double *cy1)
{
  double xm = (x0 + x1) / 2;

  *cx0 = xm;
  *cy0 = y0;
  *cx1 = xm;
  *cy1 = y1;
}

/* The point at t in [0, 1]: the Bézier above, expanded. */
static inline void
tf_layout_curve_point (double  x0,
                       double  y0,
                       double  x1,
                       double  y1,
                       double  t,
                       double *x,
                       double *y)
{
  *x = x0 + (x1 - x0) * (1.5 * t - 1.5 * t * t + t * t * t);
  *y = y0 + (y1 - y0) * (3 * t * t - 2 * t * t * t);
}

/* y at x, for x in [x0, x1] (clamped), x0 <= x1. */
double tf_layout_curve_y_at (double x0,
                             double y0,
                             double x1,
                             double y1,
                             double x);

G_END_DECLS
