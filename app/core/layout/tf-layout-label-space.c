/* tf-layout-label-space.c: label boxes and the paths' strokes, bucketed
 * in grids, and the distances between them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>

#include "tf-layout-label-space-private.h"

#define BOX_CELL_PX       64.0
#define PIECE_CELL_PX     32.0
/* Curves are flattened into pieces off their arc by at most this much
 * (which the pieces' stroke is widened by), and no more than so many. */
#define CURVE_ERROR_PX     0.5
#define MAX_CURVE_PIECES  48

gboolean
tf_label_boxes_overlap (const TfLabelBox *a,
                        const TfLabelBox *b)
{
  return a->x0 < b->x1 + LABEL_AIR_PX && b->x0 < a->x1 + LABEL_AIR_PX
         && a->y0 < b->y1 + LABEL_AIR_PX && b->y0 < a->y1 + LABEL_AIR_PX;
}

/* ---- geometry ---- */

double
tf_point_box_distance (const TfLabelBox *box,
                       double            x,
                       double            y)
{
  double dx = MAX (0, MAX (box->x0 - x, x - box->x1));
  double dy = MAX (0, MAX (box->y0 - y, y - box->y1));

  return sqrt (dx * dx + dy * dy);
}

double
tf_point_segment_distance (double px, double py,
                           double ax, double ay,
                           double bx, double by)
{
  double dx = bx - ax;
  double dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / length2, 0, 1) : 0;
  double x = ax + t * dx - px;
  double y = ay + t * dy - py;

  return sqrt (x * x + y * y);
}

/* Whether the line from a to b passes through the box (Liang–Barsky). */
gboolean
tf_segment_crosses_box (double            ax,
                        double            ay,
                        double            bx,
                        double            by,
                        const TfLabelBox *box)
{
  double p[4] = { -(bx - ax), bx - ax, -(by - ay), by - ay };
  double q[4] = { ax - box->x0, box->x1 - ax, ay - box->y0, box->y1 - ay };
  double t0 = 0;
  double t1 = 1;

  for (guint i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

double
tf_segment_box_distance (double            ax,
                         double            ay,
                         double            bx,
                         double            by,
                         const TfLabelBox *box)
{
  double d;

  if (tf_segment_crosses_box (ax, ay, bx, by, box))
    return 0;
  d = MIN (tf_point_box_distance (box, ax, ay), tf_point_box_distance (box, bx, by));
  d = MIN (d, tf_point_segment_distance (box->x0, box->y0, ax, ay, bx, by));
  d = MIN (d, tf_point_segment_distance (box->x1, box->y0, ax, ay, bx, by));
  d = MIN (d, tf_point_segment_distance (box->x0, box->y1, ax, ay, bx, by));
  d = MIN (d, tf_point_segment_distance (box->x1, box->y1, ax, ay, bx, by));
  return d;
}

/* ---- placed labels, bucketed by the cells of a coarse grid ---- */

void
tf_box_grid_init (TfBoxGrid      *grid,
                  const TfLayout *layout)
{
  grid->x0 = 0;
  grid->y0 = 0;
  grid->n_columns = (guint) ceil (layout->width / BOX_CELL_PX) + 1;
  grid->n_rows = (guint) ceil (layout->height / BOX_CELL_PX) + 1;
  grid->heads = g_new (gint32, grid->n_columns * grid->n_rows);
  for (guint c = 0; c < grid->n_columns * grid->n_rows; c++)
    grid->heads[c] = -1;
  grid->entries = g_array_new (FALSE, FALSE, sizeof (TfBoxEntry));
  grid->boxes = g_array_new (FALSE, FALSE, sizeof (TfLabelBox));
}

void
tf_box_grid_clear (TfBoxGrid *grid)
{
  g_free (grid->heads);
  g_array_unref (grid->entries);
  g_array_unref (grid->boxes);
}

void
tf_box_grid_cells (const TfBoxGrid  *grid,
                   const TfLabelBox *box,
                   guint *c0, guint *c1, guint *r0, guint *r1)
{
  double fx0 = floor ((box->x0 - LABEL_AIR_PX - grid->x0) / BOX_CELL_PX);
  double fx1 = floor ((box->x1 + LABEL_AIR_PX - grid->x0) / BOX_CELL_PX);
  double fy0 = floor ((box->y0 - LABEL_AIR_PX - grid->y0) / BOX_CELL_PX);
  double fy1 = floor ((box->y1 + LABEL_AIR_PX - grid->y0) / BOX_CELL_PX);

  *c0 = (guint) CLAMP (fx0, 0, grid->n_columns - 1);
  *c1 = (guint) CLAMP (fx1, 0, grid->n_columns - 1);
  *r0 = (guint) CLAMP (fy0, 0, grid->n_rows - 1);
  *r1 = (guint) CLAMP (fy1, 0, grid->n_rows - 1);
}

gboolean
tf_box_grid_is_free (const TfBoxGrid  *grid,
                     const TfLabelBox *box)
{
  guint c0, c1, r0, r1;

  tf_box_grid_cells (grid, box, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      for (gint32 e = grid->heads[r * grid->n_columns + c]; e >= 0;
           e = g_array_index (grid->entries, TfBoxEntry, e).next)
        if (tf_label_boxes_overlap (box, &g_array_index (grid->boxes, TfLabelBox,
                                                g_array_index (grid->entries, TfBoxEntry, e).box)))
          return FALSE;
  return TRUE;
}

/* The one placed box that overlaps box, -1 when none does and -2 when
 * more than one does. */
gint32
tf_box_grid_only_blocker (const TfBoxGrid  *grid,
                          const TfLabelBox *box)
{
  gint32 found = -1;
  guint c0, c1, r0, r1;

  tf_box_grid_cells (grid, box, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      for (gint32 e = grid->heads[r * grid->n_columns + c]; e >= 0;
           e = g_array_index (grid->entries, TfBoxEntry, e).next)
        {
          gint32 other = g_array_index (grid->entries, TfBoxEntry, e).box;

          if (other != found
              && tf_label_boxes_overlap (box, &g_array_index (grid->boxes, TfLabelBox, other)))
            {
              if (found >= 0)
                return -2;
              found = other;
            }
        }
  return found;
}

/* Takes a box away: it overlaps nothing any more. */
void
tf_box_grid_remove (TfBoxGrid *grid,
                    gint32     index)
{
  TfLabelBox *box = &g_array_index (grid->boxes, TfLabelBox, index);

  box->x0 = box->y0 = G_MAXDOUBLE / 4;
  box->x1 = box->y1 = -G_MAXDOUBLE / 4;
}

gint32
tf_box_grid_add (TfBoxGrid        *grid,
                 const TfLabelBox *box)
{
  guint c0, c1, r0, r1;

  g_array_append_val (grid->boxes, *box);
  tf_box_grid_cells (grid, box, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        TfBoxEntry entry = { (gint32) grid->boxes->len - 1, grid->heads[r * grid->n_columns + c] };

        g_array_append_val (grid->entries, entry);
        grid->heads[r * grid->n_columns + c] = (gint32) grid->entries->len - 1;
      }
  return (gint32) grid->boxes->len - 1;
}

/* ---- strokes, as straight pieces bucketed once ---- */

void
tf_piece_grid_cells (const TfPieceGrid *grid,
                     double x0, double y0, double x1, double y1,
                     guint *c0, guint *c1, guint *r0, guint *r1)
{
  *c0 = (guint) CLAMP (floor (x0 / PIECE_CELL_PX), 0, grid->n_columns - 1);
  *c1 = (guint) CLAMP (floor (x1 / PIECE_CELL_PX), 0, grid->n_columns - 1);
  *r0 = (guint) CLAMP (floor (y0 / PIECE_CELL_PX), 0, grid->n_rows - 1);
  *r1 = (guint) CLAMP (floor (y1 / PIECE_CELL_PX), 0, grid->n_rows - 1);
}

/* Where a piece can matter: its box grown by its stroke and the most air
 * any label keeps from it. */
static void
piece_reach (const TfPieceGrid *grid,
             const TfPiece     *piece,
             guint *c0, guint *c1, guint *r0, guint *r1)
{
  double pad = piece->radius + CLEARANCE_PX;

  tf_piece_grid_cells (grid, MIN (piece->x0, piece->x1) - pad, MIN (piece->y0, piece->y1) - pad,
                       MAX (piece->x0, piece->x1) + pad, MAX (piece->y0, piece->y1) + pad,
                       c0, c1, r0, r1);
}

static void
add_piece (GArray *pieces,
           double x0, double y0, double x1, double y1,
           double radius,
           guint  path,
           guint  segment)
{
  TfPiece piece = { (float) x0, (float) y0, (float) x1, (float) y1, (float) radius, (gint32) path,
                  (gint32) segment };

  g_array_append_val (pieces, piece);
}

void
tf_piece_grid_build (TfPieceGrid    *grid,
                     const TfLayout *layout)
{
  double plot_right = layout->plot_x + layout->plot_width;
  g_autofree guint32 *fill = NULL;
  guint n_cells;

  grid->pieces = g_array_sized_new (FALSE, FALSE, sizeof (TfPiece), 4 * layout->n_segments + 1);
  for (guint p = 0; p < layout->n_paths; p++)
    {
      const TfLayoutPath *path = &layout->paths[p];
      double radius = path->width / 2;

      for (guint i = 0; i < path->n_segments; i++)
        {
          const TfLayoutSegment *segment = &layout->segments[path->first_segment + i];

          /* Drawing clips to the plot in x: only what is in it counts. */
          if (segment->x1 < layout->plot_x || segment->x0 > plot_right)
            continue;
          if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
            add_piece (grid->pieces, MAX (segment->x0, layout->plot_x), segment->y0,
                       MIN (segment->x1, plot_right), segment->y1, radius, p,
                       path->first_segment + i);
          else
            {
              /* A chord of a step dt is off the arc by at most
               * |y''| dt² / 8, and |y''| <= 6 |y1 - y0| (x is flatter). */
              double rise = fabs (segment->y1 - segment->y0) + fabs (segment->x1 - segment->x0);
              guint n = (guint) CLAMP (ceil (sqrt (0.75 * rise / CURVE_ERROR_PX)), 2,
                                       MAX_CURVE_PIECES);
              double error = 0.75 * rise / ((double) n * n);
              double px = segment->x0;
              double py = segment->y0;

              for (guint k = 1; k <= n; k++)
                {
                  double x, y;

                  tf_layout_curve_point (segment->x0, segment->y0, segment->x1, segment->y1,
                                         k / (double) n, &x, &y);
                  if (MAX (px, x) >= layout->plot_x && MIN (px, x) <= plot_right)
                    add_piece (grid->pieces, px, py, x, y, radius + error, p,
                               path->first_segment + i);
                  px = x;
                  py = y;
                }
            }
        }
    }

  grid->n_columns = (guint) ceil (layout->width / PIECE_CELL_PX) + 1;
  grid->n_rows = (guint) ceil (layout->height / PIECE_CELL_PX) + 1;
  n_cells = grid->n_columns * grid->n_rows;
  grid->first = g_new0 (guint32, n_cells + 1);
  for (guint i = 0; i < grid->pieces->len; i++)
    {
      guint c0, c1, r0, r1;

      piece_reach (grid, &g_array_index (grid->pieces, TfPiece, i), &c0, &c1, &r0, &r1);
      for (guint r = r0; r <= r1; r++)
        for (guint c = c0; c <= c1; c++)
          grid->first[r * grid->n_columns + c + 1]++;
    }
  for (guint c = 0; c < n_cells; c++)
    grid->first[c + 1] += grid->first[c];
  grid->items = g_new (guint32, grid->first[n_cells] + 1);
  fill = g_memdup2 (grid->first, sizeof (guint32) * (n_cells + 1));
  for (guint i = 0; i < grid->pieces->len; i++)
    {
      guint c0, c1, r0, r1;

      piece_reach (grid, &g_array_index (grid->pieces, TfPiece, i), &c0, &c1, &r0, &r1);
      for (guint r = r0; r <= r1; r++)
        for (guint c = c0; c <= c1; c++)
          grid->items[fill[r * grid->n_columns + c]++] = i;
    }
}

void
tf_piece_grid_clear (TfPieceGrid *grid)
{
  g_free (grid->first);
  g_free (grid->items);
  g_array_unref (grid->pieces);
}

/* Whether the box keeps clear of every stroke: its own path's by a
 * little air, everyone else's by more; but for the segment it sits on
 * (-1 for none), which will not be drawn under it. */
gboolean
tf_piece_grid_is_clear_of (const TfPieceGrid *grid,
                           const TfLabelBox  *box,
                           guint              own,
                           gint32             on,
                           double             own_air,
                           double             other_air)
{
  /* Pieces are bucketed as far as CLEARANCE_PX reaches: more air must
   * look in more cells. */
  double reach = MAX (0, MAX (own_air, other_air) - CLEARANCE_PX);
  guint c0, c1, r0, r1;

  tf_piece_grid_cells (grid, box->x0 - reach, box->y0 - reach, box->x1 + reach, box->y1 + reach,
                       &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        guint cell = r * grid->n_columns + c;

        for (guint k = grid->first[cell]; k < grid->first[cell + 1]; k++)
          {
            const TfPiece *piece = &g_array_index (grid->pieces, TfPiece, grid->items[k]);
            double air = piece->path == (gint32) own ? own_air : other_air;
            double pad;

            if (piece->segment == on || air < 0)
              continue;
            /* Most pieces of a cell are nowhere near: their boxes say so. */
            pad = piece->radius + air;
            if (MIN (piece->x0, piece->x1) - pad >= box->x1
                || MAX (piece->x0, piece->x1) + pad <= box->x0
                || MIN (piece->y0, piece->y1) - pad >= box->y1
                || MAX (piece->y0, piece->y1) + pad <= box->y0)
              continue;
            if (tf_segment_box_distance (piece->x0, piece->y0, piece->x1, piece->y1, box)
                < piece->radius + air)
              return FALSE;
          }
      }
  return TRUE;
}

gboolean
tf_piece_grid_is_clear (const TfPieceGrid *grid,
                        const TfLabelBox  *box,
                        guint              own,
                        gint32             on)
{
  return tf_piece_grid_is_clear_of (grid, box, own, on, LABEL_AIR_PX, CLEARANCE_PX);
}

/* The distance between the segments ab and cd, 0 when they cross. */
double
tf_segments_distance (double ax, double ay, double bx, double by,
                   double cx, double cy, double dx, double dy)
{
  double d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  double d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);

  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return 0;
  return MIN (MIN (tf_point_segment_distance (ax, ay, cx, cy, dx, dy),
                   tf_point_segment_distance (bx, by, cx, cy, dx, dy)),
              MIN (tf_point_segment_distance (cx, cy, ax, ay, bx, by),
                   tf_point_segment_distance (dx, dy, ax, ay, bx, by)));
}
