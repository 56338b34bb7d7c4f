/* tf-layout-hit.c: from a point back to a person, move or organization.
 *
 * Straight strokes, the most and the longest, are sorted by sub-lane and
 * then y: a query finds the sub-lanes near the point by bisection, and in
 * each the strokes near its y. Everything else (curves, ribbons, blocks,
 * labels) goes in a uniform grid of 16 px cells listing what touches each
 * cell (compressed rows: two flat arrays); a curve or ribbon is entered
 * piece by piece along its length, so a tall S-curve only lists the cells
 * it passes, not its whole bounding box. The index is built on the first
 * query, once, even with several threads asking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>

#include "tf-layout-private.h"

#define CELL_PX       16.0
#define CURVE_PIECES   8
#define CURVE_SAMPLES 24

typedef enum
{
  ITEM_SEGMENT,
  ITEM_RIBBON,
  ITEM_BLOCK,
  ITEM_LABEL,
} ItemKind;

#define ITEM_CODE(kind, index) (((guint32) (kind) << 28) | (guint32) (index))
#define ITEM_KIND(code)        ((ItemKind) ((code) >> 28))
#define ITEM_INDEX(code)       ((code) & 0x0fffffff)

/* A straight stroke, where the index sorts it. */
typedef struct
{
  float   y;
  float   x0;
  float   x1;
  float   half;     /* half the stroke width */
  guint32 segment;
} Straight;

static int
compare_straights (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  const Straight *x = a;
  const Straight *y = b;

  if (x->y != y->y)
    return x->y < y->y ? -1 : 1;
  if (x->x0 != y->x0)
    return x->x0 < y->x0 ? -1 : 1;
  return (x->segment > y->segment) - (x->segment < y->segment);
}

struct _TfLayoutHitIndex
{
  Straight *straights;     /* by sub-lane, then y */
  guint32 *sublane_first;  /* per sub-lane + 1 */
  double reach;            /* the widest half stroke */

  guint n_columns;
  guint n_rows;
  guint32 *first;   /* per cell + 1 */
  guint32 *items;
  gint64 *last;     /* per cell: the last item entered, while building */
  gboolean filling;
  guint32 *fill;
};

void
tf_layout_hit_index_free (TfLayoutHitIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->straights);
  g_free (index->sublane_first);
  g_free (index->first);
  g_free (index->items);
  g_free (index);
}

static void
enter_rect (TfLayoutHitIndex *index,
            guint32           code,
            double            x0,
            double            y0,
            double            x1,
            double            y1)
{
  double c0 = floor (MIN (x0, x1) / CELL_PX);
  double c1 = floor (MAX (x0, x1) / CELL_PX);
  double r0 = floor (MIN (y0, y1) / CELL_PX);
  double r1 = floor (MAX (y0, y1) / CELL_PX);

  if (c1 < 0 || r1 < 0 || c0 >= index->n_columns || r0 >= index->n_rows)
    return;
  c0 = MAX (c0, 0);
  r0 = MAX (r0, 0);
  c1 = MIN (c1, index->n_columns - 1);
  r1 = MIN (r1, index->n_rows - 1);
  for (guint r = (guint) r0; r <= (guint) r1; r++)
    for (guint c = (guint) c0; c <= (guint) c1; c++)
      {
        guint cell = r * index->n_columns + c;

        /* Pieces of one item overlap; enter it once per cell. */
        if (index->last[cell] == code)
          continue;
        index->last[cell] = code;
        if (index->filling)
          index->items[index->fill[cell]++] = code;
        else
          index->first[cell + 1]++;
      }
}

static void
enter_curve (TfLayoutHitIndex *index,
             guint32           code,
             double            x0,
             double            y0,
             double            x1,
             double            y1,
             double            side,
             double            above,
             double            below)
{
  /* Enough pieces that none spans much more than a few cells in y. */
  guint n_pieces = (guint) CLAMP (ceil (fabs (y1 - y0) / (3 * CELL_PX)), 1, CURVE_PIECES);
  double px, py;

  tf_layout_curve_point (x0, y0, x1, y1, 0, &px, &py);
  for (guint i = 1; i <= n_pieces; i++)
    {
      double qx, qy;

      tf_layout_curve_point (x0, y0, x1, y1, (double) i / n_pieces, &qx, &qy);
      enter_rect (index, code, MIN (px, qx) - side, MIN (py, qy) - above,
                  MAX (px, qx) + side, MAX (py, qy) + below);
      px = qx;
      py = qy;
    }
}

static void
enter_all (TfLayout         *self,
           TfLayoutHitIndex *index)
{
  guint n_cells = index->n_columns * index->n_rows;

  for (guint c = 0; c < n_cells; c++)
    index->last[c] = -1;

  for (guint p = 0; p < self->n_paths; p++)
    {
      const TfLayoutPath *path = &self->paths[p];
      double half = path->width / 2;

      for (guint i = 0; i < path->n_segments; i++)
        {
          guint s = path->first_segment + i;
          const TfLayoutSegment *segment = &self->segments[s];

          if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
            enter_curve (index, ITEM_CODE (ITEM_SEGMENT, s), segment->x0, segment->y0,
                         segment->x1, segment->y1, half, half, half);
        }
    }
  for (guint i = 0; i < self->n_ribbons; i++)
    {
      const TfLayoutRibbon *ribbon = &self->ribbons[i];

      enter_curve (index, ITEM_CODE (ITEM_RIBBON, i), ribbon->x0, ribbon->y0,
                   ribbon->x1, ribbon->y1, 0, 0, ribbon->width);
    }
  for (guint i = 0; i < self->n_blocks; i++)
    {
      const TfLayoutBlock *block = &self->blocks[i];

      enter_rect (index, ITEM_CODE (ITEM_BLOCK, i), block->x, block->y,
                  block->x + block->width, block->y + block->height);
    }
  for (guint i = 0; i < self->n_labels; i++)
    {
      const TfLayoutLabel *label = &self->labels[i];

      if (label->visible && label->kind != TF_LAYOUT_LABEL_YEAR)
        enter_rect (index, ITEM_CODE (ITEM_LABEL, i), label->x, label->y,
                    label->x + label->width, label->y + label->height);
    }
}

static TfLayoutHitIndex *
hit_index_build (TfLayout *self)
{
  TfLayoutHitIndex *index = g_new0 (TfLayoutHitIndex, 1);
  guint n_cells;

  g_assert (self->n_segments < (1u << 28) && self->n_labels < (1u << 28));

  index->n_columns = (guint) ceil (self->width / CELL_PX) + 1;
  index->n_rows = (guint) ceil (self->height / CELL_PX) + 1;
  n_cells = index->n_columns * index->n_rows;
  index->first = g_new0 (guint32, n_cells + 1);
  index->last = g_new (gint64, n_cells);

  /* Straights, grouped by sub-lane (a counting sort), sorted in each. */
  index->sublane_first = g_new0 (guint32, self->n_sublanes + 2);
  for (guint s = 0; s < self->n_segments; s++)
    if (self->segments[s].kind == TF_LAYOUT_SEGMENT_STRAIGHT)
      index->sublane_first[self->segments[s].sublane + 1]++;
  for (guint i = 0; i < self->n_sublanes; i++)
    index->sublane_first[i + 1] += index->sublane_first[i];
  index->straights = g_new (Straight, index->sublane_first[self->n_sublanes] + 1);
  {
    g_autofree guint32 *fill
        = g_memdup2 (index->sublane_first, sizeof (guint32) * (self->n_sublanes + 1));

    for (guint p = 0; p < self->n_paths; p++)
      for (guint i = 0; i < self->paths[p].n_segments; i++)
        {
          guint s = self->paths[p].first_segment + i;
          const TfLayoutSegment *segment = &self->segments[s];

          if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
            index->straights[fill[segment->sublane]++]
                = (Straight){ segment->y0, segment->x0, segment->x1,
                              (float) (self->paths[p].width / 2), s };
          index->reach = MAX (index->reach, self->paths[p].width / 2);
        }
  }
  for (guint i = 0; i < self->n_sublanes; i++)
    g_qsort_with_data (&index->straights[index->sublane_first[i]],
                       (gint) (index->sublane_first[i + 1] - index->sublane_first[i]),
                       sizeof (Straight), compare_straights, NULL);

  /* The grid: count, then fill; two passes instead of a list per cell. */
  enter_all (self, index);
  for (guint c = 0; c < n_cells; c++)
    index->first[c + 1] += index->first[c];
  index->items = g_new (guint32, index->first[n_cells] + 1);
  index->fill = g_memdup2 (index->first, sizeof (guint32) * (n_cells + 1));
  index->filling = TRUE;
  enter_all (self, index);

  g_clear_pointer (&index->fill, g_free);
  g_clear_pointer (&index->last, g_free);
  return index;
}

static double
rect_distance (double x0,
               double y0,
               double x1,
               double y1,
               double x,
               double y)
{
  double dx = MAX (0, MAX (x0 - x, x - x1));
  double dy = MAX (0, MAX (y0 - y, y - y1));

  return hypot (dx, dy);
}

static double
segment_distance (const TfLayoutSegment *segment,
                  double                 width,
                  double                 x,
                  double                 y)
{
  double best;

  if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
    {
      /* Butt ends: beyond them the next curve takes over. */
      return rect_distance (segment->x0, segment->y0 - width / 2,
                            segment->x1, segment->y0 + width / 2, x, y);
    }
  else
    {
      guint best_i = 0;
      double lo, hi;

      /* Coarse samples find the nearest stretch, a ternary search the
       * nearest point on it. */
      best = G_MAXDOUBLE;
      for (guint i = 0; i <= CURVE_SAMPLES; i++)
        {
          double px, py, d;

          tf_layout_curve_point (segment->x0, segment->y0, segment->x1, segment->y1,
                       (double) i / CURVE_SAMPLES, &px, &py);
          d = hypot (x - px, y - py);
          if (d < best)
            {
              best = d;
              best_i = i;
            }
        }
      lo = (double) (best_i > 0 ? best_i - 1 : 0) / CURVE_SAMPLES;
      hi = (double) MIN (best_i + 1, CURVE_SAMPLES) / CURVE_SAMPLES;
      for (guint k = 0; k < 40; k++)
        {
          double m1 = lo + (hi - lo) / 3;
          double m2 = hi - (hi - lo) / 3;
          double x1, y1, x2, y2;

          tf_layout_curve_point (segment->x0, segment->y0, segment->x1, segment->y1, m1, &x1, &y1);
          tf_layout_curve_point (segment->x0, segment->y0, segment->x1, segment->y1, m2, &x2, &y2);
          if (hypot (x - x1, y - y1) < hypot (x - x2, y - y2))
            hi = m2;
          else
            lo = m1;
        }
      {
        double px, py;

        tf_layout_curve_point (segment->x0, segment->y0, segment->x1, segment->y1, (lo + hi) / 2,
                               &px, &py);
        best = MIN (best, hypot (x - px, y - py));
      }
    }
  return MAX (0, best - width / 2);
}

static double
ribbon_distance (const TfLayoutRibbon *ribbon,
                 double                x,
                 double                y)
{
  double top;

  if (x < ribbon->x0 || x > ribbon->x1)
    return G_MAXDOUBLE;
  top = tf_layout_curve_y_at (ribbon->x0, ribbon->y0, ribbon->x1, ribbon->y1, x);
  return MAX (0, MAX (top - y, y - top - ribbon->width));
}

static void
hit_clear (TfLayoutHit *hit)
{
  hit->kind = TF_LAYOUT_HIT_NONE;
  hit->path = -1;
  hit->segment = -1;
  hit->sublane = -1;
  hit->label = -1;
  hit->block = -1;
  hit->ribbon = -1;
  hit->person = -1;
  hit->move = -1;
  hit->organization = -1;
  hit->distance = G_MAXDOUBLE;
}

static void
hit_sublane (TfLayout    *self,
             int          sublane,
             TfLayoutHit *hit)
{
  hit->kind = TF_LAYOUT_HIT_ORGANIZATION;
  hit->sublane = sublane;
  hit->organization = self->sublanes[sublane].organization;
}

gboolean
tf_layout_hit_test (TfLayout    *self,
                    double       x,
                    double       y,
                    double       tolerance,
                    TfLayoutHit *hit)
{
  TfLayoutHitIndex *index;
  double best_label = G_MAXDOUBLE;
  double best_segment = G_MAXDOUBLE;
  double best_block = G_MAXDOUBLE;
  double best_ribbon = G_MAXDOUBLE;
  gint64 label = -1, segment = -1, block = -1, ribbon = -1;
  double c0, c1, r0, r1;
  gboolean in_plot;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  hit_clear (hit);
  tolerance = MAX (tolerance, 0);
  in_plot = x >= self->plot_x && x <= self->plot_x + self->plot_width;

  if (g_once_init_enter (&self->hit_index_ready))
    {
      self->hit_index = hit_index_build (self);
      g_once_init_leave (&self->hit_index_ready, 1);
    }
  index = self->hit_index;

  c0 = MAX (0, floor ((x - tolerance) / CELL_PX));
  c1 = MIN (index->n_columns - 1.0, floor ((x + tolerance) / CELL_PX));
  r0 = MAX (0, floor ((y - tolerance) / CELL_PX));
  r1 = MIN (index->n_rows - 1.0, floor ((y + tolerance) / CELL_PX));

  for (double r = r0; r <= r1; r++)
    for (double c = c0; c <= c1; c++)
      {
        guint cell = (guint) r * index->n_columns + (guint) c;

        for (guint i = index->first[cell]; i < index->first[cell + 1]; i++)
          {
            guint32 code = index->items[i];
            guint item = ITEM_INDEX (code);
            double d;

            /* Strokes are clipped to the plot when drawn. */
            if ((ITEM_KIND (code) == ITEM_SEGMENT || ITEM_KIND (code) == ITEM_RIBBON) && !in_plot)
              continue;
            switch (ITEM_KIND (code))
              {
              case ITEM_SEGMENT:
                {
                  int path = tf_layout_get_path_of_segment (self, (int) item);

                  d = segment_distance (&self->segments[item], self->paths[path].width, x, y);
                  /* On a tie the curve (the move) wins over the straight. */
                  if (d < best_segment
                      || (d == best_segment
                          && self->segments[item].kind == TF_LAYOUT_SEGMENT_CURVE))
                    {
                      best_segment = d;
                      segment = item;
                    }
                }
                break;
              case ITEM_RIBBON:
                d = ribbon_distance (&self->ribbons[item], x, y);
                if (d < best_ribbon)
                  {
                    best_ribbon = d;
                    ribbon = item;
                  }
                break;
              case ITEM_BLOCK:
                {
                  const TfLayoutBlock *b = &self->blocks[item];

                  d = rect_distance (b->x, b->y, b->x + b->width, b->y + b->height, x, y);
                  if (d < best_block)
                    {
                      best_block = d;
                      block = item;
                    }
                }
                break;
              case ITEM_LABEL:
              default:
                {
                  const TfLayoutLabel *l = &self->labels[item];

                  d = rect_distance (l->x, l->y, l->x + l->width, l->y + l->height, x, y);
                  if (d < best_label)
                    {
                      best_label = d;
                      label = item;
                    }
                }
                break;
              }
          }
      }

  /* Straight strokes in the sub-lanes near y. */
  if (in_plot && self->n_sublanes > 0)
    {
      double reach = tolerance + index->reach;
      guint lo = 0;
      guint hi = self->n_sublanes;

      /* The first sub-lane that ends below y - reach. */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (self->sublanes[mid].y + self->sublanes[mid].height < y - reach)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint i = lo; i < self->n_sublanes && self->sublanes[i].y <= y + reach; i++)
        {
          const Straight *run = &index->straights[index->sublane_first[i]];
          guint n = index->sublane_first[i + 1] - index->sublane_first[i];
          guint first = 0;
          guint last = n;

          while (first < last)
            {
              guint mid = (first + last) / 2;

              if (run[mid].y < y - reach)
                first = mid + 1;
              else
                last = mid;
            }
          for (guint k = first; k < n && run[k].y <= y + reach; k++)
            {
              double d = rect_distance (run[k].x0, run[k].y - run[k].half,
                                        run[k].x1, run[k].y + run[k].half, x, y);

              if (d < best_segment)
                {
                  best_segment = d;
                  segment = run[k].segment;
                }
            }
        }
    }

  if (label >= 0 && best_label <= tolerance)
    {
      const TfLayoutLabel *l = &self->labels[label];

      hit->label = (int) label;
      hit->distance = best_label;
      if (l->kind == TF_LAYOUT_LABEL_PERSON)
        {
          hit->kind = TF_LAYOUT_HIT_PERSON;
          hit->path = l->owner;
          hit->person = self->paths[l->owner].person;
          if (self->paths[l->owner].group_move >= 0)
            hit->move = self->paths[l->owner].group_move;
        }
      else
        hit_sublane (self, l->owner, hit);
      return TRUE;
    }
  if (segment >= 0 && best_segment <= tolerance)
    {
      const TfLayoutSegment *s = &self->segments[segment];
      int path = tf_layout_get_path_of_segment (self, (int) segment);

      hit->segment = (int) segment;
      hit->path = path;
      hit->person = self->paths[path].person;
      hit->sublane = s->sublane;
      hit->organization = self->sublanes[s->sublane].organization;
      hit->distance = best_segment;
      /* A curve no move says happened (inferred from the records) has no
       * move to show: it is part of the person. */
      if (s->kind == TF_LAYOUT_SEGMENT_CURVE && s->move >= 0)
        {
          hit->kind = TF_LAYOUT_HIT_MOVE;
          hit->move = s->move;
        }
      else
        {
          hit->kind = TF_LAYOUT_HIT_PERSON;
          if (self->paths[path].group_move >= 0)
            hit->move = self->paths[path].group_move;
        }
      return TRUE;
    }
  if (block >= 0 && best_block <= tolerance)
    {
      hit_sublane (self, self->blocks[block].sublane, hit);
      hit->block = (int) block;
      hit->distance = best_block;
      return TRUE;
    }
  if (ribbon >= 0 && best_ribbon <= tolerance)
    {
      hit->kind = TF_LAYOUT_HIT_FLOW;
      hit->ribbon = (int) ribbon;
      hit->distance = best_ribbon;
      return TRUE;
    }

  /* Nothing drawn there: the sub-lane the point is in, if any. */
  if (x >= 0 && x <= self->width)
    {
      guint lo = 0;
      guint hi = self->n_sublanes;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (self->sublanes[mid].y + self->sublanes[mid].height < y)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo < self->n_sublanes && self->sublanes[lo].y <= y)
        {
          hit_sublane (self, (int) lo, hit);
          hit->distance = 0;
          return TRUE;
        }
    }
  return FALSE;
}
