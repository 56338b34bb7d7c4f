/* tf-layout-curve.c: the curve of a move between two rows: y at an x.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include "tf-layout-curve.h"

double
tf_layout_curve_y_at (double x0,
                      double y0,
                      double x1,
                      double y1,
                      double x)
{
  double lo = 0;
  double hi = 1;
  double cx;
  double cy;

  if (x1 - x0 < 1e-9)
    return x < x0 ? y0 : y1;
  x = CLAMP (x, x0, x1);
  /* x (t) increases from x0 to x1: bisect for the t where it is x. */
  for (guint i = 0; i < 40; i++)
    {
      double mid = (lo + hi) / 2;

      tf_layout_curve_point (x0, y0, x1, y1, mid, &cx, &cy);
      if (cx < x)
        lo = mid;
      else
        hi = mid;
    }
  tf_layout_curve_point (x0, y0, x1, y1, (lo + hi) / 2, &cx, &cy);
  return cy;
}
