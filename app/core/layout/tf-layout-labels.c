/* tf-layout-labels.c: labels that never collide.
 *
 * Organization labels stack in the column left of the plot, the biggest
 * sub-lanes first; years sit above the plot, every nth year so that they
 * fit; person labels go next to the start of their path, trying a few
 * places, never over another label or over a path end. What finds no room
 * stays in the geometry, hidden, for the widget to show on hover. Labels
 * are measured only when a place is free for them, and at most
 * max_person_labels people are tried: at 100k people the rest would never
 * fit anyway.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "tf-layout-private.h"

/* Air kept between a label and anything else. */
#define LABEL_AIR_PX     1.0
#define LABEL_OFFSET_PX  3.0
#define BOX_CELL_PX     64.0
#define POINT_CELL_PX   32.0

static gboolean
boxes_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  return ax < bx + bw + LABEL_AIR_PX && bx < ax + aw + LABEL_AIR_PX
         && ay < by + bh + LABEL_AIR_PX && by < ay + ah + LABEL_AIR_PX;
}

/* ---- organization labels ---- */

static const char *
sublane_text (TfLayoutBuilder       *builder,
              const TfLayoutSublane *sublane)
{
  TfCareers *careers = builder->careers;

  switch (sublane->kind)
    {
    case TF_LAYOUT_SUBLANE_ORGANIZATION:
      return careers->places[sublane->organization].label;
    case TF_LAYOUT_SUBLANE_UNNAMED:
      {
        const char *label
            = careers->places[careers->n_places - TF_N_SECTORS + sublane->sector].label;

        return label != NULL ? label : builder->options.unnamed_label;
      }
    case TF_LAYOUT_SUBLANE_OTHERS:
    default:
      return builder->options.others_label;
    }
}

typedef struct
{
  double  key;
  guint32 index;
} Priority;

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  const Priority *pa = a;
  const Priority *pb = b;

  /* Larger keys first, then in index order. */
  if (pa->key != pb->key)
    return pa->key > pb->key ? -1 : 1;
  return pa->index < pb->index ? -1 : pa->index > pb->index;
}

double
tf_layout_place_sublane_labels (TfLayoutBuilder *builder,
                                double           column_x,
                                double           max_column_width)
{
  TfLayout *layout = builder->layout;
  double height = builder->font_height[TF_LAYOUT_FONT_ORGANIZATION];
  double top = layout->plot_y;
  double bottom = layout->plot_y + layout->plot_height;
  guint n_rows = (guint) ceil (layout->height) + 2;
  g_autofree guint8 *rows = g_new0 (guint8, n_rows);
  g_autofree Priority *order = g_new (Priority, layout->n_sublanes + 1);
  g_autofree guint32 *lane_of = g_new0 (guint32, layout->n_sublanes + 1);
  double column = 0;

  for (guint l = 0; l < layout->n_lanes; l++)
    for (guint i = 0; i < layout->lanes[l].n_sublanes; i++)
      lane_of[layout->lanes[l].first_sublane + i] = l;

  for (guint i = 0; i < layout->n_sublanes; i++)
    {
      const TfLayoutSublane *sublane = &layout->sublanes[i];

      layout->sublanes[i].label =
        tf_layout_builder_add_label (builder, TF_LAYOUT_LABEL_ORGANIZATION, (int) i,
                                     sublane_text (builder, sublane), column_x,
                                     sublane->y + sublane->height / 2);
      order[i].key = sublane->height;
      order[i].index = i;
    }
  qsort (order, layout->n_sublanes, sizeof (Priority), compare_priority);

  for (guint k = 0; k < layout->n_sublanes; k++)
    {
      const TfLayoutSublane *sublane = &layout->sublanes[order[k].index];
      TfLayoutLabel *label = &g_array_index (builder->labels, TfLayoutLabel, sublane->label);
      const TfLayoutLane *lane = &layout->lanes[lane_of[order[k].index]];
      double centre = sublane->y + sublane->height / 2;
      guint l = lane_of[order[k].index];
      /* A label stays inside its sector's lane (and up to half the gap
       * to the next), or it seems to name a sub-lane of the next one; a
       * lane too low for it gets it centred. */
      double lane_top = l > 0 ? (lane[-1].y + lane[-1].height + lane->y) / 2 : top;
      double lane_bottom
          = l + 1 < layout->n_lanes ? (lane->y + lane->height + lane[1].y) / 2 : bottom;
      /* Centred on the sub-lane, else nudged up or down as far as the label
       * still overlaps it. */
      double reach = MAX (0, height / 2 + sublane->height / 2 - 2);
      double offsets[5] = { 0, -reach / 2, reach / 2, -reach, reach };
      double y = 0;
      guint row_lo = 0;
      guint row_hi = 0;
      gboolean free = FALSE;
      double width;
      double measured_height;

      if (height > bottom - top)
        break;
      for (guint c = 0; c < G_N_ELEMENTS (offsets) && !free; c++)
        {
          if (lane_bottom - lane_top >= height)
            y = CLAMP (centre + offsets[c] - height / 2, lane_top, lane_bottom - height);
          else
            y = (lane_top + lane_bottom - height) / 2;
          y = CLAMP (y, top, bottom - height);
          /* The pixel rows it covers: labels may touch, not overlap. */
          row_lo = (guint) floor (y);
          row_hi = MIN ((guint) MAX (ceil (y + height) - 1, floor (y)), n_rows - 1);
          free = TRUE;
          for (guint r = row_lo; r <= row_hi && free; r++)
            free = !rows[r];
        }
      if (!free)
        continue;

      tf_layout_builder_measure (builder, TF_LAYOUT_FONT_ORGANIZATION, label->text,
                                 &width, &measured_height);
      label->x = column_x;
      label->y = y;
      label->width = width;
      label->height = measured_height;
      if (width > max_column_width || measured_height > height + 0.5)
        continue;
      label->visible = TRUE;
      column = MAX (column, width);
      for (guint r = row_lo; r <= row_hi; r++)
        rows[r] = TRUE;
    }
  return column;
}

/* ---- years ---- */

void
tf_layout_place_year_labels (TfLayoutBuilder *builder,
                             double           axis_height)
{
  static const guint steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000 };
  TfLayout *layout = builder->layout;
  double widest = 0;
  guint step = steps[G_N_ELEMENTS (steps) - 1];

  for (guint i = 0; i < layout->n_years; i++)
    {
      char text[16];
      double width;
      double height;

      g_snprintf (text, sizeof text, "%d", layout->years[i].year);
      tf_layout_builder_measure (builder, TF_LAYOUT_FONT_AXIS, text, &width, &height);
      widest = MAX (widest, width);
    }
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * layout->px_per_year >= widest + 4 * LABEL_OFFSET_PX)
      {
        step = steps[i];
        break;
      }

  for (guint i = 0; i < layout->n_years; i++)
    {
      TfLayoutYear *year = &layout->years[i];
      g_autofree char *text = NULL;
      TfLayoutLabel *label;
      double centre;
      double width;
      double height;

      if (year->year % (int) step != 0)
        continue;
      text = g_strdup_printf ("%d", year->year);
      /* Every year: the label names the span; sparser: the grid line. */
      centre = step == 1 ? year->x + layout->px_per_year / 2 : year->x;
      year->label = tf_layout_builder_add_label (builder, TF_LAYOUT_LABEL_YEAR, (int) i,
                                                 g_string_chunk_insert (layout->strings, text),
                                                 centre, axis_height / 2);
      label = &g_array_index (builder->labels, TfLayoutLabel, year->label);
      tf_layout_builder_measure (builder, TF_LAYOUT_FONT_AXIS, label->text, &width, &height);
      label->width = width;
      label->height = height;
      label->x = centre - width / 2;
      label->y = MAX (0, (axis_height - height) / 2);
      label->visible = centre >= layout->plot_x && centre <= layout->plot_x + layout->plot_width
                       && label->x >= 0 && label->x + width <= layout->width
                       && label->y + height <= layout->plot_y;
    }
}

/* ---- person labels ---- */

/* Placed boxes, bucketed by the cells of a coarse grid they touch. */
typedef struct
{
  double x0;
  double y0;
  guint n_columns;
  guint n_rows;
  gint32 *heads;     /* per cell: last entry, -1 */
  GArray *entries;   /* of BoxEntry */
} BoxGrid;

typedef struct
{
  gint32 label;
  gint32 next;
} BoxEntry;

static void
box_grid_cells (const BoxGrid *grid,
                double x, double y, double w, double h,
                guint *c0, guint *c1, guint *r0, guint *r1)
{
  double fx0 = floor ((x - LABEL_AIR_PX - grid->x0) / BOX_CELL_PX);
  double fx1 = floor ((x + w + LABEL_AIR_PX - grid->x0) / BOX_CELL_PX);
  double fy0 = floor ((y - LABEL_AIR_PX - grid->y0) / BOX_CELL_PX);
  double fy1 = floor ((y + h + LABEL_AIR_PX - grid->y0) / BOX_CELL_PX);

  *c0 = (guint) CLAMP (fx0, 0, grid->n_columns - 1);
  *c1 = (guint) CLAMP (fx1, 0, grid->n_columns - 1);
  *r0 = (guint) CLAMP (fy0, 0, grid->n_rows - 1);
  *r1 = (guint) CLAMP (fy1, 0, grid->n_rows - 1);
}

static gboolean
box_grid_is_free (const BoxGrid       *grid,
                  const TfLayoutLabel *labels,
                  double x, double y, double w, double h)
{
  guint c0, c1, r0, r1;

  box_grid_cells (grid, x, y, w, h, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      for (gint32 e = grid->heads[r * grid->n_columns + c]; e >= 0;
           e = g_array_index (grid->entries, BoxEntry, e).next)
        {
          const TfLayoutLabel *other = &labels[g_array_index (grid->entries, BoxEntry, e).label];

          if (boxes_overlap (x, y, w, h, other->x, other->y, other->width, other->height))
            return FALSE;
        }
  return TRUE;
}

static void
box_grid_add (BoxGrid             *grid,
              const TfLayoutLabel *label,
              int                  index)
{
  guint c0, c1, r0, r1;

  box_grid_cells (grid, label->x, label->y, label->width, label->height, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        BoxEntry entry = { index, grid->heads[r * grid->n_columns + c] };

        g_array_append_val (grid->entries, entry);
        grid->heads[r * grid->n_columns + c] = (gint32) grid->entries->len - 1;
      }
}

/* Path ends (the first and last point of every strand), bucketed once. */
typedef struct
{
  float x;
  float y;
  float radius;
} EndPoint;

typedef struct
{
  double x0;
  double y0;
  guint n_columns;
  guint n_rows;
  guint32 *first;   /* per cell + 1 */
  EndPoint *points;
  double max_radius;
} PointGrid;

static guint
point_cell (const PointGrid *grid,
            double           x,
            double           y)
{
  double c = floor ((x - grid->x0) / POINT_CELL_PX);
  double r = floor ((y - grid->y0) / POINT_CELL_PX);

  return (guint) CLAMP (r, 0, grid->n_rows - 1) * grid->n_columns
         + (guint) CLAMP (c, 0, grid->n_columns - 1);
}

static void
collect_ends (const TfLayout *layout,
              EndPoint       *ends,
              guint          *n_ends)
{
  double plot_right = layout->plot_x + layout->plot_width;

  *n_ends = 0;
  for (guint p = 0; p < layout->n_paths; p++)
    {
      const TfLayoutPath *path = &layout->paths[p];
      float radius = (float) MAX (2.0, path->width / 2 + 1);

      for (guint i = 0; i < path->n_segments; i++)
        {
          const TfLayoutSegment *segment = &layout->segments[path->first_segment + i];
          gboolean first = i == 0 || segment[-1].strand != segment->strand;
          gboolean last = i + 1 == path->n_segments || segment[1].strand != segment->strand;

          /* Drawing clips to the plot: ends beyond it are not seen. */
          if (first && segment->x0 >= layout->plot_x && segment->x0 <= plot_right)
            ends[(*n_ends)++] = (EndPoint) { segment->x0, segment->y0, radius };
          if (last && segment->x1 >= layout->plot_x && segment->x1 <= plot_right)
            ends[(*n_ends)++] = (EndPoint) { segment->x1, segment->y1, radius };
        }
    }
}

static void
point_grid_build (PointGrid      *grid,
                  const TfLayout *layout)
{
  g_autofree EndPoint *ends = g_new (EndPoint, 2 * layout->n_segments + 1);
  g_autofree guint32 *fill = NULL;
  guint n_ends;
  guint n_cells;

  collect_ends (layout, ends, &n_ends);
  grid->x0 = 0;
  grid->y0 = 0;
  grid->n_columns = (guint) ceil (layout->width / POINT_CELL_PX) + 1;
  grid->n_rows = (guint) ceil (layout->height / POINT_CELL_PX) + 1;
  n_cells = grid->n_columns * grid->n_rows;
  grid->first = g_new0 (guint32, n_cells + 1);
  grid->points = g_new (EndPoint, n_ends + 1);
  grid->max_radius = 0;
  for (guint i = 0; i < n_ends; i++)
    {
      grid->first[point_cell (grid, ends[i].x, ends[i].y) + 1]++;
      grid->max_radius = MAX (grid->max_radius, ends[i].radius);
    }
  for (guint c = 0; c < n_cells; c++)
    grid->first[c + 1] += grid->first[c];
  fill = g_memdup2 (grid->first, sizeof (guint32) * (n_cells + 1));
  for (guint i = 0; i < n_ends; i++)
    grid->points[fill[point_cell (grid, ends[i].x, ends[i].y)]++] = ends[i];
}

static gboolean
point_grid_is_free (const PointGrid *grid,
                    double x, double y, double w, double h)
{
  double pad = grid->max_radius + LABEL_AIR_PX;
  guint c0 = point_cell (grid, x - pad, y - pad) % grid->n_columns;
  guint c1 = point_cell (grid, x + w + pad, y - pad) % grid->n_columns;
  guint r0 = point_cell (grid, x - pad, y - pad) / grid->n_columns;
  guint r1 = point_cell (grid, x - pad, y + h + pad) / grid->n_columns;

  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        guint cell = r * grid->n_columns + c;

        for (guint i = grid->first[cell]; i < grid->first[cell + 1]; i++)
          {
            const EndPoint *point = &grid->points[i];
            double air = point->radius + LABEL_AIR_PX;

            if (point->x > x - air && point->x < x + w + air
                && point->y > y - air && point->y < y + h + air)
              return FALSE;
          }
      }
  return TRUE;
}

void
tf_layout_place_person_labels (TfLayoutBuilder *builder)
{
  TfLayout *layout = builder->layout;
  double plot_right = layout->plot_x + layout->plot_width;
  double plot_bottom = layout->plot_y + layout->plot_height;
  g_autofree Priority *order = g_new (Priority, layout->n_paths + 1);
  PointGrid ends = { 0 };
  BoxGrid boxes = { 0 };
  guint tried = 0;

  for (guint p = 0; p < layout->n_paths; p++)
    {
      TfLayoutPath *path = &layout->paths[p];
      const TfLayoutSegment *first = &layout->segments[path->first_segment];

      path->label = tf_layout_builder_add_label (builder, TF_LAYOUT_LABEL_PERSON, (int) p,
                                                 path->name, first->x0, first->y0);
      /* Groups first, then those with the most to show. */
      order[p].key = (double) path->weight * 1e6 + path->n_segments;
      order[p].index = p;
    }
  qsort (order, layout->n_paths, sizeof (Priority), compare_priority);

  point_grid_build (&ends, layout);
  boxes.x0 = 0;
  boxes.y0 = 0;
  boxes.n_columns = (guint) ceil (layout->width / BOX_CELL_PX) + 1;
  boxes.n_rows = (guint) ceil (layout->height / BOX_CELL_PX) + 1;
  boxes.heads = g_new (gint32, boxes.n_columns * boxes.n_rows);
  for (guint c = 0; c < boxes.n_columns * boxes.n_rows; c++)
    boxes.heads[c] = -1;
  boxes.entries = g_array_new (FALSE, FALSE, sizeof (BoxEntry));

  /* Organization and year labels already placed take their room. */
  for (guint i = 0; i < builder->labels->len; i++)
    {
      const TfLayoutLabel *label = &g_array_index (builder->labels, TfLayoutLabel, i);

      if (label->visible)
        box_grid_add (&boxes, label, (int) i);
    }

  for (guint k = 0; k < layout->n_paths && tried < builder->options.max_person_labels; k++)
    {
      const TfLayoutPath *path = &layout->paths[order[k].index];
      TfLayoutLabel *label = &g_array_index (builder->labels, TfLayoutLabel, path->label);
      double x = label->anchor_x;
      double y = label->anchor_y;
      double radius = MAX (2.0, path->width / 2 + 1);
      double height = builder->font_height[TF_LAYOUT_FONT_PERSON];
      double width;
      double measured_height;
      double candidates[4][2];
      gboolean any_room = FALSE;

      /* Before measuring: is there room for even a square label? */
      {
        double probe[4][2] = {
          { x - radius - LABEL_OFFSET_PX - height, y - height / 2 },
          { x + radius + LABEL_OFFSET_PX, y - path->width / 2 - LABEL_OFFSET_PX - height },
          { x + radius + LABEL_OFFSET_PX, y + path->width / 2 + LABEL_OFFSET_PX },
          { x - radius - LABEL_OFFSET_PX - height, y - path->width / 2 - LABEL_OFFSET_PX - height },
        };

        for (guint c = 0; c < 4 && !any_room; c++)
          any_room
              = probe[c][0] >= layout->plot_x && probe[c][0] + height <= plot_right
                && probe[c][1] >= layout->plot_y && probe[c][1] + height <= plot_bottom
                && box_grid_is_free (&boxes, (TfLayoutLabel *) (gpointer) builder->labels->data,
                                     probe[c][0], probe[c][1], height, height)
                && point_grid_is_free (&ends, probe[c][0], probe[c][1], height, height);
      }
      tried++;
      if (!any_room)
        continue;

      tf_layout_builder_measure (builder, TF_LAYOUT_FONT_PERSON, label->text, &width,
                                 &measured_height);
      label->width = width;
      label->height = measured_height;
      height = measured_height;

      /* Left of the start, above or below the line after it, above left. */
      candidates[0][0] = x - radius - LABEL_OFFSET_PX - width;
      candidates[0][1] = y - height / 2;
      candidates[1][0] = x + radius + LABEL_OFFSET_PX;
      candidates[1][1] = y - path->width / 2 - LABEL_OFFSET_PX - height;
      candidates[2][0] = x + radius + LABEL_OFFSET_PX;
      candidates[2][1] = y + path->width / 2 + LABEL_OFFSET_PX;
      candidates[3][0] = x - radius - LABEL_OFFSET_PX - width;
      candidates[3][1] = y - path->width / 2 - LABEL_OFFSET_PX - height;
      label->x = candidates[0][0];
      label->y = candidates[0][1];

      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          double cx = candidates[c][0];
          double cy = candidates[c][1];

          if (cx < layout->plot_x || cx + width > plot_right
              || cy < layout->plot_y || cy + height > plot_bottom)
            continue;
          if (!box_grid_is_free (&boxes, (TfLayoutLabel *) (gpointer) builder->labels->data,
                                 cx, cy, width, height)
              || !point_grid_is_free (&ends, cx, cy, width, height))
            continue;
          label->x = cx;
          label->y = cy;
          label->visible = TRUE;
          box_grid_add (&boxes, label, path->label);
          break;
        }
    }

  g_free (ends.first);
  g_free (ends.points);
  g_free (boxes.heads);
  g_array_unref (boxes.entries);
}
