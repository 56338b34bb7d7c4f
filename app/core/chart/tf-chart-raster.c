/* tf-chart-raster.c: thin strokes and bands straight into coverage masks.
 *
 * Every shape is cut into pieces that are bands between two straight
 * edges: across columns (an edge above, an edge below) where the shape is
 * shallow, across rows (an edge left, an edge right) where it is steep.
 * Inside one column (or row) an edge is a straight ramp, so the area of
 * each pixel between the two edges has a closed form, area_beyond() below:
 * the antialiasing is exact for straight edges and close for flattened
 * curves. Thin strokes, a pixel or two across, take the span at the
 * middle of each row or column instead: nearly as good, and they are most
 * of what a dense chart draws.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-chart-raster.h"
#include "tf-layout-curve.h"

struct _TfRasterMask
{
  cairo_surface_t *surface;
  guint8 *data;
  gsize size;
  int stride;
  int x;
  int y;
  int width;
  int height;
  /* What was touched, in mask pixels, [x0, x1) x [y0, y1). */
  int dirty_x0;
  int dirty_y0;
  int dirty_x1;
  int dirty_y1;
};

/* Mask memory is kept, cleared, for the next drawing: on a virtual machine
 * faulting in fresh pages costs more than filling them. A drawing uses six
 * masks at most; beyond this many bytes they are freed. */
#define POOL_SIZE      8
#define POOL_MAX_BYTES (64 << 20)

typedef struct
{
  guint8 *data;
  gsize size;
} Buffer;

G_LOCK_DEFINE_STATIC (pool);
static Buffer pool[POOL_SIZE];

static guint8 *
buffer_take (gsize  size,
             gsize *allocated)
{
  int best = -1;

  G_LOCK (pool);
  for (int i = 0; i < POOL_SIZE; i++)
    if (pool[i].data != NULL && pool[i].size >= size
        && (best < 0 || pool[i].size < pool[best].size))
      best = i;
  if (best >= 0)
    {
      guint8 *data = pool[best].data;

      *allocated = pool[best].size;
      pool[best].data = NULL;
      G_UNLOCK (pool);
      return data;
    }
  G_UNLOCK (pool);
  *allocated = size;
  return g_malloc0 (size);
}

/* Gives back a buffer whose every byte is zero. */
static void
buffer_give (guint8 *data,
             gsize   size)
{
  int slot = -1;
  gsize kept = 0;

  G_LOCK (pool);
  for (int i = 0; i < POOL_SIZE; i++)
    {
      kept += pool[i].data != NULL ? pool[i].size : 0;
      if (pool[i].data == NULL && slot < 0)
        slot = i;
    }
  /* Full: in place of the smallest, if this one is larger. */
  if (slot < 0)
    {
      slot = 0;
      for (int i = 1; i < POOL_SIZE; i++)
        if (pool[i].size < pool[slot].size)
          slot = i;
      if (pool[slot].size >= size)
        slot = -1;
    }
  if (slot >= 0 && kept - (pool[slot].data != NULL ? pool[slot].size : 0) + size > POOL_MAX_BYTES)
    slot = -1;
  if (slot >= 0)
    {
      g_free (pool[slot].data);
      pool[slot].data = data;
      pool[slot].size = size;
      data = NULL;
    }
  G_UNLOCK (pool);
  g_free (data);
}

TfRasterMask *
tf_raster_mask_new (int x,
                    int y,
                    int width,
                    int height)
{
  TfRasterMask *mask = g_new0 (TfRasterMask, 1);

  mask->x = x;
  mask->y = y;
  mask->width = MAX (width, 1);
  mask->height = MAX (height, 1);
  mask->stride = cairo_format_stride_for_width (CAIRO_FORMAT_A8, mask->width);
  mask->data = buffer_take ((gsize) mask->stride * mask->height, &mask->size);
  mask->dirty_x0 = mask->width;
  mask->dirty_y0 = mask->height;
  mask->dirty_x1 = 0;
  mask->dirty_y1 = 0;
  return mask;
}

void
tf_raster_mask_free (TfRasterMask *mask)
{
  if (mask == NULL)
    return;
  /* Finishing the surface makes whoever still holds it (a recording
   * surface) take a copy, so the memory can be used again. */
  if (mask->surface != NULL)
    {
      cairo_surface_finish (mask->surface);
      cairo_surface_destroy (mask->surface);
    }
  for (int r = mask->dirty_y0; r < mask->dirty_y1; r++)
    memset (mask->data + (gsize) r * mask->stride + mask->dirty_x0, 0,
            (gsize) (mask->dirty_x1 - mask->dirty_x0));
  buffer_give (mask->data, mask->size);
  g_free (mask);
}

gboolean
tf_raster_mask_is_empty (const TfRasterMask *mask)
{
  g_return_val_if_fail (mask != NULL, TRUE);
  return mask->dirty_x1 <= mask->dirty_x0 || mask->dirty_y1 <= mask->dirty_y0;
}

static inline guint8 *
pixel_at (const TfRasterMask *mask,
          int                 column,
          int                 row)
{
  return mask->data + (gsize) row * mask->stride + column;
}

cairo_surface_t *
tf_raster_mask_get_surface (TfRasterMask          *mask,
                            cairo_rectangle_int_t *rect)
{
  g_return_val_if_fail (mask != NULL, NULL);

  if (mask->surface == NULL)
    mask->surface = cairo_image_surface_create_for_data (mask->data, CAIRO_FORMAT_A8,
                                                         mask->width, mask->height, mask->stride);
  if (rect != NULL)
    {
      rect->x = mask->x + MIN (mask->dirty_x0, mask->dirty_x1);
      rect->y = mask->y + MIN (mask->dirty_y0, mask->dirty_y1);
      rect->width = MAX (mask->dirty_x1 - mask->dirty_x0, 0);
      rect->height = MAX (mask->dirty_y1 - mask->dirty_y0, 0);
    }
  return mask->surface;
}

static gboolean
same_pixels (const TfRasterMask *a,
             const TfRasterMask *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

static void
touch (TfRasterMask *mask,
       int           x0,
       int           y0,
       int           x1,
       int           y1)
{
  mask->dirty_x0 = MIN (mask->dirty_x0, x0);
  mask->dirty_y0 = MIN (mask->dirty_y0, y0);
  mask->dirty_x1 = MAX (mask->dirty_x1, x1);
  mask->dirty_y1 = MAX (mask->dirty_y1, y1);
}

/* Strokes spanning at most this many pixels across a row or column are
 * drawn as the span at its middle rather than with exact areas. */
#define THIN_PX 2.0f

/* floorf () and ceilf () are library calls on baseline x86-64. */
static inline int
floor_int (float v)
{
  int i = (int) v;

  return i - (v < (float) i);
}

static inline int
ceil_int (float v)
{
  int i = (int) v;

  return i + (v > (float) i);
}

void
tf_raster_mask_touch (TfRasterMask                *mask,
                      const cairo_rectangle_int_t *rect)
{
  int x0;
  int y0;
  int x1;
  int y1;

  g_return_if_fail (mask != NULL);
  g_return_if_fail (rect != NULL);

  x0 = MAX (rect->x - mask->x, 0);
  y0 = MAX (rect->y - mask->y, 0);
  x1 = MIN (rect->x + rect->width - mask->x, mask->width);
  y1 = MIN (rect->y + rect->height - mask->y, mask->height);
  if (x0 < x1 && y0 < y1)
    touch (mask, x0, y0, x1, y1);
}

void
tf_raster_mask_dilate (TfRasterMask                *mask,
                       TfRasterMask                *out,
                       const cairo_rectangle_int_t *rect)
{
  int x0;
  int y0;
  int x1;
  int y1;

  g_return_if_fail (mask != NULL && out != NULL && rect != NULL);
  g_return_if_fail (same_pixels (mask, out));

  if (mask->surface != NULL)
    cairo_surface_flush (mask->surface);
  x0 = MAX (rect->x - mask->x, 0);
  y0 = MAX (rect->y - mask->y, 0);
  x1 = MIN (rect->x + rect->width - mask->x, mask->width);
  y1 = MIN (rect->y + rect->height - mask->y, mask->height);
  for (int r = y0; r < y1; r++)
    {
      const guint8 *above = pixel_at (mask, 0, MAX (r - 1, 0));
      const guint8 *here = pixel_at (mask, 0, r);
      const guint8 *below = pixel_at (mask, 0, MIN (r + 1, mask->height - 1));
      guint8 *target = pixel_at (out, 0, r);

      for (int c = x0; c < x1; c++)
        {
          int left = MAX (c - 1, 0);
          int right = MIN (c + 1, mask->width - 1);
          int v = MAX (above[left], MAX (above[c], above[right]));

          v = MAX (v, MAX (here[left], MAX (here[c], here[right])));
          v = MAX (v, MAX (below[left], MAX (below[c], below[right])));
          /* Antialiased edges are partly covered: strengthen the halo.
           * Boxes may overlap, so never lower what is there. */
          v = MIN (255, v + v / 2);
          target[c] = (guint8) MAX (target[c], v);
        }
    }
  if (x0 < x1 && y0 < y1)
    touch (out, x0, y0, x1, y1);
  if (out->surface != NULL)
    cairo_surface_mark_dirty (out->surface);
}

static inline void
add_coverage (guint8 *pixel,
              float   coverage)
{
  int value;

  if (coverage <= 0)
    return;
  value = *pixel + (int) (coverage * 255.f + 0.5f);
  *pixel = value > 255 ? 255 : (guint8) value;
}

/* Adds the same coverage, in 1/255ths, to rows [r0, r1) of a column. */
static inline void
add_column_run (TfRasterMask *mask,
                int           column,
                int           r0,
                int           r1,
                int           value)
{
  guint8 *pixel = pixel_at (mask, column, r0);

  if (value <= 0)
    return;
  for (int r = r0; r < r1; r++, pixel += mask->stride)
    {
      int sum = *pixel + value;

      *pixel = sum > 255 ? 255 : (guint8) sum;
    }
}

/* The mean of max (0, v - e) for an edge e spread evenly over [lo, hi]:
 * how much of the unit-wide strip up to v lies beyond the edge. The part
 * of a pixel [k, k + 1] beyond the edge is area_beyond (k + 1) -
 * area_beyond (k). */
static inline float
area_beyond (float v,
             float lo,
             float hi)
{
  if (v <= lo)
    return 0;
  if (v >= hi)
    return v - 0.5f * (lo + hi);
  return (v - lo) * (v - lo) / (2 * (hi - lo));
}

static inline float
cell_beyond (int   k,
             float lo,
             float hi)
{
  return area_beyond ((float) k + 1, lo, hi) - area_beyond ((float) k, lo, hi);
}

/* Where the colour of a band moves from one mask to the other. */
typedef struct
{
  TfRasterMask *to;
  float from_x;
  float to_x;
  float per_px;   /* 1 / (to_x - from_x), or 0 for a step at from_x */
} Gradient;

static void
gradient_init (Gradient     *gradient,
               TfRasterMask *to,
               float         from_x,
               float         to_x)
{
  gradient->to = to;
  gradient->from_x = from_x;
  gradient->to_x = to_x;
  gradient->per_px = to_x > from_x ? 1 / (to_x - from_x) : 0;
}

/* How much of the colour at x goes to the second mask. */
static inline float
gradient_share (const Gradient *gradient,
                float           x)
{
  if (!(gradient->per_px > 0))
    return 1;
  return CLAMP ((x - gradient->from_x) * gradient->per_px, 0, 1);
}

/* Pixels between a top edge (top0 at x0 to top1 at x1) and a bottom edge
 * (bottom0 to bottom1), x0 < x1, in mask coordinates. */
static void
fill_columns (TfRasterMask   *mask,
              const Gradient *gradient,
              float           x0,
              float           x1,
              float           top0,
              float           top1,
              float           bottom0,
              float           bottom1,
              float           alpha)
{
  int c0 = MAX (floor_int (x0), 0);
  int c1 = MIN (ceil_int (x1), mask->width);
  float top_slope = (top1 - top0) / (x1 - x0);
  float bottom_slope = (bottom1 - bottom0) / (x1 - x0);
  gboolean flat = top_slope == 0 && bottom_slope == 0 && gradient == NULL;
  int r_lo = mask->height;
  int r_hi = 0;

  if (c0 >= c1)
    return;

  /* A horizontal band is the same in every whole column: its row
   * coverages are computed once. */
  if (flat)
    {
      int r0 = MAX (floor_int (top0), 0);
      int r1 = MIN (ceil_int (bottom0), mask->height);
      float rows[64];

      if (r1 - r0 <= (int) G_N_ELEMENTS (rows))
        {
          for (int r = r0; r < r1; r++)
            rows[r - r0]
                = alpha * (cell_beyond (r, top0, top0) - cell_beyond (r, bottom0, bottom0));
          for (int c = c0; c < c1; c++)
            {
              float fx = MIN ((float) c + 1, x1) - MAX ((float) c, x0);

              if (fx >= 1)
                for (int r = r0; r < r1; r++)
                  add_coverage (pixel_at (mask, c, r), rows[r - r0]);
              else
                for (int r = r0; r < r1; r++)
                  add_coverage (pixel_at (mask, c, r), fx * rows[r - r0]);
            }
          if (r0 < r1)
            touch (mask, c0, r0, c1, r1);
          return;
        }
    }

  for (int c = c0; c < c1; c++)
    {
      float left = MAX ((float) c, x0);
      float right = MIN ((float) c + 1, x1);
      float fx = right - left;
      float t0 = top0 + (left - x0) * top_slope;
      float t1 = top0 + (right - x0) * top_slope;
      float b0 = bottom0 + (left - x0) * bottom_slope;
      float b1 = bottom0 + (right - x0) * bottom_slope;
      float t_lo = MIN (t0, t1);
      float t_hi = MAX (t0, t1);
      float b_lo = MIN (b0, b1);
      float b_hi = MAX (b0, b1);
      int r0 = MAX (floor_int (t_lo), 0);
      int r1 = MIN (ceil_int (b_hi), mask->height);
      float weight = fx * alpha;
      float share = 0;
      int inner0;
      int inner1;

      if (fx <= 0 || r0 >= r1)
        continue;
      if (gradient != NULL)
        share = gradient_share (gradient, 0.5f * (left + right));
      /* A thin shallow stroke: the span at the column's middle. */
      if (b_hi - t_lo <= THIN_PX)
        {
          float a = 0.5f * (t0 + t1);
          float b = 0.5f * (b0 + b1);

          for (int r = MAX (floor_int (a), 0); r < MIN (ceil_int (b), mask->height); r++)
            {
              float coverage = weight * (MIN (b, (float) r + 1) - MAX (a, (float) r));

              add_coverage (pixel_at (mask, c, r), coverage * (1 - share));
              if (gradient != NULL && share > 0)
                add_coverage (pixel_at (gradient->to, c, r), coverage * share);
            }
          r_lo = MIN (r_lo, r0);
          r_hi = MAX (r_hi, r1);
          continue;
        }
      /* Rows wholly between the edges are covered by the whole weight:
       * only the rows the edges cross need their areas. */
      inner0 = CLAMP (ceil_int (t_hi), r0, r1);
      inner1 = CLAMP (floor_int (b_lo), inner0, r1);
      for (int r = r0; r < r1; r++)
        {
          float coverage;

          if (r == inner0 && inner0 < inner1)
            {
              add_column_run (mask, c, inner0, inner1, (int) (weight * (1 - share) * 255.f + 0.5f));
              if (gradient != NULL)
                add_column_run (gradient->to, c, inner0, inner1,
                                (int) (weight * share * 255.f + 0.5f));
              r = inner1 - 1;
              continue;
            }
          coverage = weight * (cell_beyond (r, t_lo, t_hi) - cell_beyond (r, b_lo, b_hi));
          if (gradient == NULL)
            add_coverage (pixel_at (mask, c, r), coverage);
          else
            {
              add_coverage (pixel_at (mask, c, r), coverage * (1 - share));
              add_coverage (pixel_at (gradient->to, c, r), coverage * share);
            }
        }
      r_lo = MIN (r_lo, r0);
      r_hi = MAX (r_hi, r1);
    }
  if (r_lo < r_hi)
    {
      touch (mask, c0, r_lo, c1, r_hi);
      if (gradient != NULL)
        touch (gradient->to, c0, r_lo, c1, r_hi);
    }
}

/* The same across rows: pixels between a left edge (left0 at y0 to left1
 * at y1) and a right edge, y0 < y1. */
static void
fill_rows (TfRasterMask   *mask,
           const Gradient *gradient,
           float           y0,
           float           y1,
           float           left0,
           float           left1,
           float           right0,
           float           right1,
           float           alpha)
{
  int r0 = MAX (floor_int (y0), 0);
  int r1 = MIN (ceil_int (y1), mask->height);
  float left_slope = (left1 - left0) / (y1 - y0);
  float right_slope = (right1 - right0) / (y1 - y0);
  int c_lo = mask->width;
  int c_hi = 0;

  /* Most of a dense chart: a thin stroke, its edges parallel and at most
   * THIN_PX apart across every row. The span at each row's middle, as
   * below, without the general case's bookkeeping. */
  if (left_slope == right_slope && right0 - left0 + fabsf (left_slope) <= THIN_PX)
    {
      float span = right0 - left0;

      for (int r = r0; r < r1; r++)
        {
          float top = MAX ((float) r, y0);
          float bottom = MIN ((float) r + 1, y1);
          float a = left0 + (0.5f * (top + bottom) - y0) * left_slope;
          float b = a + span;
          float weight = (bottom - top) * alpha;
          float share = gradient != NULL ? gradient_share (gradient, a + 0.5f * span) : 0;
          int c0 = MAX (floor_int (a), 0);
          int c1 = MIN (ceil_int (b), mask->width);
          guint8 *pixel;

          if (!(bottom > top) || c0 >= c1)
            continue;
          pixel = pixel_at (mask, c0, r);
          for (int c = c0; c < c1; c++, pixel++)
            {
              float coverage = weight * (MIN (b, (float) c + 1) - MAX (a, (float) c));

              add_coverage (pixel, coverage * (1 - share));
              if (share > 0)
                add_coverage (pixel_at (gradient->to, c, r), coverage * share);
            }
          c_lo = MIN (c_lo, c0);
          c_hi = MAX (c_hi, c1);
        }
      if (c_lo < c_hi)
        {
          touch (mask, c_lo, r0, c_hi, r1);
          if (gradient != NULL)
            touch (gradient->to, c_lo, r0, c_hi, r1);
        }
      return;
    }

  for (int r = r0; r < r1; r++)
    {
      float top = MAX ((float) r, y0);
      float bottom = MIN ((float) r + 1, y1);
      float fy = bottom - top;
      float l0 = left0 + (top - y0) * left_slope;
      float l1 = left0 + (bottom - y0) * left_slope;
      float e0 = right0 + (top - y0) * right_slope;
      float e1 = right0 + (bottom - y0) * right_slope;
      float l_lo = MIN (l0, l1);
      float l_hi = MAX (l0, l1);
      float e_lo = MIN (e0, e1);
      float e_hi = MAX (e0, e1);
      int c0 = MAX (floor_int (l_lo), 0);
      int c1 = MIN (ceil_int (e_hi), mask->width);
      float weight = fy * alpha;
      float share;

      if (fy <= 0 || c0 >= c1)
        continue;
      share = gradient != NULL ? gradient_share (gradient, 0.25f * (l0 + l1 + e0 + e1)) : 0;
      /* A thin stroke spans a pixel or two of a row: the span at the
       * row's middle is close enough, and much cheaper. */
      if (e_hi - l_lo <= THIN_PX)
        {
          float a = 0.5f * (l0 + l1);
          float b = 0.5f * (e0 + e1);

          for (int c = MAX (floor_int (a), 0); c < MIN (ceil_int (b), mask->width); c++)
            {
              float coverage = weight * (MIN (b, (float) c + 1) - MAX (a, (float) c));

              add_coverage (pixel_at (mask, c, r), coverage * (1 - share));
              if (share > 0)
                add_coverage (pixel_at (gradient->to, c, r), coverage * share);
            }
        }
      else
        for (int c = c0; c < c1; c++)
          {
            float coverage = weight * (cell_beyond (c, l_lo, l_hi) - cell_beyond (c, e_lo, e_hi));

            add_coverage (pixel_at (mask, c, r), coverage * (1 - share));
            if (share > 0)
              add_coverage (pixel_at (gradient->to, c, r), coverage * share);
          }
      c_lo = MIN (c_lo, c0);
      c_hi = MAX (c_hi, c1);
    }
  if (c_lo < c_hi)
    {
      touch (mask, c_lo, r0, c_hi, r1);
      if (gradient != NULL)
        touch (gradient->to, c_lo, r0, c_hi, r1);
    }
}

/* A stroke of one straight piece, cut square at its ends: across columns
 * when it is shallow, across rows when it is steep, its thickness
 * measured along that direction. */
static void
stroke_piece (TfRasterMask   *mask,
              const Gradient *gradient,
              float           ax,
              float           ay,
              float           bx,
              float           by,
              float           width,
              float           alpha)
{
  float dx = bx - ax;
  float dy = by - ay;
  float length = sqrtf (dx * dx + dy * dy);

  if (length < 1e-4f)
    return;
  if (fabsf (dx) >= fabsf (dy))
    {
      float half = 0.5f * width * length / fabsf (dx);

      if (dx < 0)
        fill_columns (mask, gradient, bx, ax, by - half, ay - half, by + half, ay + half, alpha);
      else
        fill_columns (mask, gradient, ax, bx, ay - half, by - half, ay + half, by + half, alpha);
    }
  else
    {
      float half = 0.5f * width * length / fabsf (dy);

      if (dy < 0)
        fill_rows (mask, gradient, by, ay, bx - half, ax - half, bx + half, ax + half, alpha);
      else
        fill_rows (mask, gradient, ay, by, ax - half, bx - half, ax + half, bx + half, alpha);
    }
}

void
tf_raster_stroke_line (TfRasterMask *mask,
                       double        x0,
                       double        y0,
                       double        x1,
                       double        y1,
                       double        width,
                       double        alpha)
{
  g_return_if_fail (mask != NULL);

  if (!(isfinite (x0) && isfinite (y0) && isfinite (x1) && isfinite (y1) && isfinite (width)))
    return;
  stroke_piece (mask, NULL, (float) (x0 - mask->x), (float) (y0 - mask->y),
                (float) (x1 - mask->x), (float) (y1 - mask->y), (float) width, (float) alpha);
}

#define MAX_PIECES 96

/* The curve (tf-layout-curve.h) as a polyline, in mask coordinates;
 * returns the number of points. */
static guint
flatten_curve (const TfRasterMask *mask,
               double              x0,
               double              y0,
               double              x1,
               double              y1,
               float              *xs,
               float              *ys)
{
  double dx = x1 - x0;
  double dy = y1 - y0;
  guint n = (guint) CLAMP (ceil (sqrt (dx * dx + dy * dy) / 8), 4, MAX_PIECES);

  for (guint i = 0; i <= n; i++)
    {
      double x;
      double y;

      tf_layout_curve_point (x0, y0, x1, y1, (double) i / n, &x, &y);
      xs[i] = (float) (x - mask->x);
      ys[i] = (float) (y - mask->y);
    }
  return n + 1;
}

void
tf_raster_stroke_curve (TfRasterMask       *mask,
                        TfRasterMask       *to,
                        double              x0,
                        double              y0,
                        double              x1,
                        double              y1,
                        double              width,
                        double              alpha,
                        const TfRasterDash *dash)
{
  float xs[MAX_PIECES + 1];
  float ys[MAX_PIECES + 1];
  Gradient storage;
  const Gradient *gradient = NULL;
  guint n;
  gboolean on = TRUE;
  float left;   /* of the current dash or gap */

  g_return_if_fail (mask != NULL);
  g_return_if_fail (to == NULL || same_pixels (mask, to));

  if (!(isfinite (x0) && isfinite (y0) && isfinite (x1) && isfinite (y1)))
    return;
  n = flatten_curve (mask, x0, y0, x1, y1, xs, ys);
  /* As the vector drawing's gradient: from 15% to 85% of the way. */
  if (to != NULL && to != mask)
    {
      gradient_init (&storage, to, (float) (x0 + 0.15 * (x1 - x0) - mask->x),
                     (float) (x0 + 0.85 * (x1 - x0) - mask->x));
      gradient = &storage;
    }
  if (dash == NULL || dash->on + dash->off <= 0)
    {
      for (guint i = 0; i + 1 < n; i++)
        stroke_piece (mask, gradient, xs[i], ys[i], xs[i + 1], ys[i + 1], (float) width,
                      (float) alpha);
      return;
    }

  /* Walk the polyline, stroking only where the dash is on. */
  left = (float) dash->on;
  for (guint i = 0; i + 1 < n; i++)
    {
      float dx = xs[i + 1] - xs[i];
      float dy = ys[i + 1] - ys[i];
      float length = sqrtf (dx * dx + dy * dy);
      float done = 0;

      while (done < length)
        {
          float step = MIN (left, length - done);

          if (on && step > 0)
            stroke_piece (mask, gradient, xs[i] + dx * done / length, ys[i] + dy * done / length,
                          xs[i] + dx * (done + step) / length, ys[i] + dy * (done + step) / length,
                          (float) width, (float) alpha);
          done += step;
          left -= step;
          if (left <= 0)
            {
              on = !on;
              left = (float) (on ? dash->on : dash->off);
              if (left <= 0)
                left = 1e-3f;
            }
        }
    }
}

void
tf_raster_fill_band (TfRasterMask *from,
                     TfRasterMask *to,
                     double        x0,
                     double        y0,
                     double        x1,
                     double        y1,
                     double        height,
                     double        alpha)
{
  float xs[MAX_PIECES + 1];
  float ys[MAX_PIECES + 1];
  Gradient gradient;
  guint n;

  g_return_if_fail (from != NULL);
  g_return_if_fail (to == NULL || same_pixels (from, to));

  if (!(x1 > x0) || !(height > 0) || !isfinite (x0) || !isfinite (x1) || !isfinite (y0)
      || !isfinite (y1) || !isfinite (height))
    return;
  n = flatten_curve (from, x0, y0, x1, y1, xs, ys);
  /* As the vector drawing's gradient: from 10% to 90% of the way. */
  gradient_init (&gradient, to, (float) (x0 + 0.1 * (x1 - x0) - from->x),
                 (float) (x0 + 0.9 * (x1 - x0) - from->x));
  for (guint i = 0; i + 1 < n; i++)
    {
      float dx = xs[i + 1] - xs[i];
      float dy = ys[i + 1] - ys[i];

      if (!(dx > 0))
        continue;
      /* A thin band is a stroke along its middle, as wide across as the
       * band is tall over its width: rows, not columns, where it is steep. */
      if (height <= THIN_PX)
        stroke_piece (from, to != NULL && to != from ? &gradient : NULL, xs[i],
                      ys[i] + 0.5f * (float) height, xs[i + 1], ys[i + 1] + 0.5f * (float) height,
                      (float) height * dx / sqrtf (dx * dx + dy * dy), (float) alpha);
      else
        fill_columns (from, to != NULL && to != from ? &gradient : NULL, xs[i], xs[i + 1], ys[i],
                      ys[i + 1], ys[i] + (float) height, ys[i + 1] + (float) height, (float) alpha);
    }
}
