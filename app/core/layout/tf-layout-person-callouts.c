/* tf-layout-person-callouts.c: names that find no room on or beside
 * their paths. A name goes into free room near its path with a leader
 * to it (one that crosses another path only as a last resort), or
 * shortened next to it ("G. Hinton"); the names of paths that run on
 * past the view's right end go in a column right of the plot. The
 * placing itself is in tf-layout-person-labels.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-layout-person-placer-private.h"

/* ---- names set apart, with a leader ---- */

/* A name with no room on or beside its path goes into free room near it,
 * joined to a point of the path by a leader: the middle of its near side
 * this many label heights above or below the point, and aside from it,
 * the point tried every so many px along the path. Far enough to clear a
 * bundle of strokes, near enough to be seen as the path's. */
static const double callout_rises[] = { 0, 0.75, -0.75, 1.25, -1.25, 2, -2, 3, -3, 4, -4,
                                        5.5, -5.5, 7.5, -7.5 };
static const double callout_asides[] = { 0.5, -0.5, 1, -1, 2, -2, 3, -3, 4, -4, 6, -6 };
#define CALLOUT_STEP_PX 12.0
#define MAX_CALLOUT_POINTS 40
/* Leaders are kept in the label grid as boxes this long, so that no later
 * name sits across one. */
#define LEADER_PIECE_PX  8.0

/* How many other paths' strokes the leader of the label crosses (or
 * comes too near), counting up to limit + 1; more than limit when it
 * crosses a label or another leader, which it never may. */
static guint
leader_crossings (Placer              *placer,
                  const TfLayoutLabel *label,
                  guint                limit)
{
  const TfPieceGrid *grid = &placer->pieces;
  const TfBoxGrid *boxes = &placer->boxes;
  double x0, y0, x1, y1;
  TfLabelBox bounds;
  guint c0, c1, r0, r1;
  int crossed[MAX_LEADER_CROSSINGS + 1];
  guint n_crossed = 0;

  g_assert (limit <= MAX_LEADER_CROSSINGS);
  tf_layout_label_get_leader (label, &x0, &y0, &x1, &y1);
  bounds = (TfLabelBox) { MIN (x0, x1), MIN (y0, y1), MAX (x0, x1), MAX (y0, y1) };
  placer->checks++;

  tf_box_grid_cells (boxes, &bounds, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      for (gint32 e = boxes->heads[r * boxes->n_columns + c]; e >= 0;
           e = g_array_index (boxes->entries, TfBoxEntry, e).next)
        {
          gint32 index = g_array_index (boxes->entries, TfBoxEntry, e).box;
          const TfLabelBox *box = &g_array_index (boxes->boxes, TfLabelBox, index);
          TfLabelBox grown = { box->x0 - LABEL_AIR_PX, box->y0 - LABEL_AIR_PX,
                               box->x1 + LABEL_AIR_PX, box->y1 + LABEL_AIR_PX };

          if (tf_segment_crosses_box (x0, y0, x1, y1, &grown))
            return limit + 1;
        }

  tf_piece_grid_cells (grid, bounds.x0, bounds.y0, bounds.x1, bounds.y1, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        guint cell = r * grid->n_columns + c;

        for (guint k = grid->first[cell]; k < grid->first[cell + 1]; k++)
          {
            const TfPiece *piece = &g_array_index (grid->pieces, TfPiece, grid->items[k]);
            gboolean known = FALSE;

            if (piece->path == label->owner
                || tf_segments_distance (x0, y0, x1, y1, piece->x0, piece->y0, piece->x1, piece->y1)
                       >= piece->radius + LABEL_AIR_PX)
              continue;
            /* Where it meets its own path, no other one is near: the end
             * of a leader says whose path it is. */
            if (tf_segments_distance (x0, y0, x0, y0, piece->x0, piece->y0, piece->x1, piece->y1)
                < piece->radius + CLEARANCE_PX)
              return limit + 1;
            for (guint i = 0; i < n_crossed && !known; i++)
              known = crossed[i] == piece->path;
            if (known)
              continue;
            crossed[n_crossed++] = piece->path;
            if (n_crossed > limit)
              return n_crossed;
          }
      }
  return n_crossed;
}

static gboolean
leader_is_clear (Placer              *placer,
                 const TfLayoutLabel *label)
{
  return leader_crossings (placer, label, 0) == 0;
}

/* Keeps later labels off the leader of the label (its index). */
static void
note_leader (Placer *placer,
             int     index)
{
  const TfLayoutLabel *label = &g_array_index (placer->builder->labels, TfLayoutLabel, index);
  double x0, y0, x1, y1;
  guint n;

  tf_layout_label_get_leader (label, &x0, &y0, &x1, &y1);
  n = (guint) MAX (1, ceil (hypot (x1 - x0, y1 - y0) / LEADER_PIECE_PX));
  for (guint i = 0; i < n; i++)
    {
      double ax = x0 + (x1 - x0) * i / n;
      double ay = y0 + (y1 - y0) * i / n;
      double bx = x0 + (x1 - x0) * (i + 1) / n;
      double by = y0 + (y1 - y0) * (i + 1) / n;
      TfLabelBox piece = { MIN (ax, bx), MIN (ay, by), MAX (ax, bx), MAX (ay, by) };

      tf_placer_note_placed (placer, tf_box_grid_add (&placer->boxes, &piece), -1, index, -1, NULL);
    }
}

/* Places the candidate's name, in a box width px wide, in free room near
 * its path, with a leader that crosses at most crossings other paths,
 * until placer->checks reaches budget; TRUE when there was some. The
 * shortest leader wins. */
gboolean
tf_placer_place_callout (Placer          *placer,
                         const Candidate *candidate,
                         double           width,
                         guint            crossings,
                         guint            budget)
{
  const TfLayout *layout = placer->layout;
  const TfLayoutPath *path = &layout->paths[candidate->path];
  double plot_right = layout->plot_x + layout->plot_width;
  double height = candidate->height;
  double span = 0;
  double step;
  g_autoptr(GArray) spots = g_array_new (FALSE, FALSE, sizeof (Spot));

  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &layout->segments[path->first_segment + i];

      span += MAX (0, MIN (segment->x1, plot_right) - MAX (segment->x0, layout->plot_x));
    }
  step = MAX (CALLOUT_STEP_PX, span / MAX_CALLOUT_POINTS);

  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &layout->segments[path->first_segment + i];
      double x0 = MAX (segment->x0, layout->plot_x);
      double x1 = MIN (segment->x1, plot_right);

      for (double x = x0 + step / 2; x < x1; x += step)
        {
          double y = tf_placer_segment_y_at (segment, x);

          for (guint r = 0; r < G_N_ELEMENTS (callout_rises); r++)
            for (guint a = 0; a < G_N_ELEMENTS (callout_asides); a++)
              {
                double rise = callout_rises[r] * height;
                double aside = callout_asides[a] * height;
                double middle = y - rise;
                double left = aside > 0 ? x + aside : x + aside - width;
                double score = hypot (rise, aside)
                               + (x - layout->plot_x) / MAX (layout->plot_width, 1);
                Spot spot = { { left, middle - height / 2, left + width, middle + height / 2 },
                              score, x, y, SPOT_ALONG, -1, 0, 0 };

                /* Level with the point, only well aside: a name at the
                 * point's height next to it would be a name beside it. */
                if (rise == 0 && fabs (callout_asides[a]) < 1)
                  continue;
                g_array_append_val (spots, spot);
              }
        }
    }
  g_array_sort (spots, tf_placer_compare_spots);

  for (guint i = 0; i < spots->len && placer->checks < budget; i++)
    {
      const Spot *spot = &g_array_index (spots, Spot, i);
      TfLayoutLabel label = { TF_LAYOUT_LABEL_PERSON, (int) candidate->path, path->name,
                              spot->box.x0, spot->box.y0, width, height,
                              spot->anchor_x, spot->anchor_y, TRUE, TRUE };
      int index;

      placer->checks++;
      if (!tf_box_grid_is_free (&placer->boxes, &spot->box)
          || !tf_placer_spot_is_clear (placer, spot, candidate->path)
          || leader_crossings (placer, &label, crossings) > crossings)
        continue;
      index = tf_placer_place (placer, candidate->path, spot);
      g_array_index (placer->builder->labels, TfLayoutLabel, index).leader = TRUE;
      note_leader (placer, index);
      return TRUE;
    }
  return FALSE;
}

/* ---- names shortened ---- */

/* "Geoffrey Hinton" to "G. Hinton", "Jean-Luc Picard" to "J.-L. Picard";
 * words in lower case ("van", "de") are kept. Nothing for one word or
 * another script: a Chinese name is two or three characters already. */
char *
tf_layout_short_name (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  g_autoptr(GString) shortened = g_string_new (NULL);

  if (n < 2 || words[n - 1][0] == '\0')
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      const char *word = words[i];
      gunichar first = g_utf8_get_char (word);

      if (first == 0 || g_unichar_get_script (first) != G_UNICODE_SCRIPT_LATIN)
        return NULL;
      if (i > 0)
        g_string_append_c (shortened, ' ');
      if (i + 1 == n || !g_unichar_isupper (first))
        {
          g_string_append (shortened, word);
          continue;
        }
      /* Each part of a hyphenated word keeps its initial. */
      for (const char *part = word; part != NULL;)
        {
          const char *hyphen = strchr (part, '-');

          g_string_append_unichar (shortened, g_utf8_get_char (part));
          g_string_append_c (shortened, '.');
          part = hyphen != NULL && hyphen[1] != '\0' ? hyphen + 1 : NULL;
          if (part != NULL)
            g_string_append_c (shortened, '-');
        }
    }
  if (shortened->len >= strlen (name))
    return NULL;
  return g_string_free (g_steal_pointer (&shortened), FALSE);
}

/* Names the candidate by its shortened name at the best free place next
 * to its path, if it has a shorter name and there is one. */
gboolean
tf_placer_place_short_name (Placer          *placer,
                            const Candidate *candidate)
{
  TfLayoutBuilder *builder = placer->builder;
  const TfLayoutPath *path = &placer->layout->paths[candidate->path];
  g_autofree char *name = tf_layout_short_name (path->name);
  g_autoptr(GArray) spots = NULL;
  const Spot *spot;
  double width, height;
  int index;

  if (name == NULL)
    return FALSE;
  tf_layout_builder_measure (builder, TF_LAYOUT_FONT_PERSON, name, &width, &height);
  if (width <= 0 || height <= 0)
    return FALSE;
  spots = g_array_new (FALSE, FALSE, sizeof (Spot));
  tf_placer_path_spots (placer, path, width, MAX (height, candidate->height), TRUE, spots);
  g_array_sort (spots, tf_placer_compare_spots);
  spot = tf_placer_free_spot (placer, candidate->path, spots);
  if (spot == NULL)
    return FALSE;
  index = tf_placer_place (placer, candidate->path, spot);
  g_array_index (builder->labels, TfLayoutLabel, index).text
      = g_string_chunk_insert_const (placer->layout->strings, name);
  return TRUE;
}

/* ---- names right of the plot ---- */

/* Names of the paths that run on past the view's right end go right of
 * the plot, a leader this long from each path's end to its name. */
#define EDGE_LEADER_PX    12.0
/* A column of names right of the plot costs the whole chart that much
 * width: only for a few names, not for one. */
#define MIN_EDGE_NAMES     1
/* Where the path's stroke crosses the plot's right edge, if it does; or
 * else where it ends, if that is this near the edge: its name goes with
 * those right of the plot rather than squeezed in before the edge. */
#define NEAR_EDGE_PX 24.0

static gboolean
edge_anchor (const TfLayout     *layout,
             const TfLayoutPath *path,
             double             *x,
             double             *y)
{
  double right = layout->plot_x + layout->plot_width;
  const TfLayoutSegment *last = NULL;

  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &layout->segments[path->first_segment + i];

      if (segment->x0 < right && segment->x1 >= right - 0.5)
        {
          *x = right;
          *y = tf_placer_segment_y_at (segment, MIN (right, segment->x1));
          return TRUE;
        }
      if (last == NULL || segment->x1 > last->x1)
        last = segment;
    }
  if (last == NULL || last->x1 < right - NEAR_EDGE_PX || last->x1 < layout->plot_x)
    return FALSE;
  *x = last->x1;
  *y = last->y1;
  return TRUE;
}

double
tf_layout_measure_edge_names (TfLayoutBuilder *builder,
                              double           max_width)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  double widest = 0;
  guint n_names = 0;

  if (max_width <= EDGE_LEADER_PX + 2 * LABEL_OFFSET_PX)
    return 0;
  for (guint i = 0; i < careers->n_paths; i++)
    {
      const TfCareerPath *path = &careers->paths[i];
      gboolean reaches = FALSE;
      double width;
      double height;

      if (!builder->path_visible[i])
        continue;
      for (guint k = 0; k < path->n_stints && !reaches; k++)
        {
          guint32 s = path->first_stint + k;

          /* Where its stroke may end (an open end's fade reaches a
           * little past the last date the sources give). */
          reaches = builder->stint_visible[s] && builder->stint_end[s] >= layout->view_to
                    && careers->stints[s].start < layout->view_to;
        }
      if (!reaches)
        continue;
      tf_layout_builder_measure (builder, TF_LAYOUT_FONT_PERSON, path->name, &width, &height);
      widest = MAX (widest, width);
      n_names++;
    }
  if (widest <= 0 || n_names < MIN_EDGE_NAMES)
    return 0;
  builder->edge_name_width = MIN (widest, max_width - EDGE_LEADER_PX - 2 * LABEL_OFFSET_PX);
  return builder->edge_name_width + EDGE_LEADER_PX + 2 * LABEL_OFFSET_PX;
}

typedef struct
{
  guint  candidate;
  double x, y;       /* where its path leaves the plot, or ends near it */
  double top;        /* where its name goes */
} EdgeName;

static int
compare_edge_names (gconstpointer a,
                    gconstpointer b)
{
  const EdgeName *ea = a;
  const EdgeName *eb = b;

  if (ea->y != eb->y)
    return ea->y < eb->y ? -1 : 1;
  return ea->candidate < eb->candidate ? -1 : ea->candidate > eb->candidate;
}

/* The names of the paths that leave the plot at its right end, right of
 * it in the order they leave, each as near its path as the others let
 * it be, with a leader from the path to it; none across another's. When
 * there are more than the height holds, the least important go. */
void
tf_placer_place_edge_names (Placer *placer,
                            GArray *candidates)
{
  TfLayout *layout = placer->layout;
  TfLayoutBuilder *builder = placer->builder;
  double right = layout->plot_x + layout->plot_width;
  double x = right + LABEL_OFFSET_PX + EDGE_LEADER_PX;
  double top = layout->plot_y;
  double bottom = layout->plot_y + layout->plot_height;
  double height = 0;
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (EdgeName));

  if (builder->edge_name_width <= 0)
    return;
  for (guint k = 0; k < candidates->len; k++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, k);
      EdgeName name = { k, 0, 0, 0 };

      if (edge_anchor (layout, &layout->paths[candidate->path], &name.x, &name.y))
        {
          g_array_append_val (names, name);
          height = MAX (height, candidate->height);
        }
    }
  /* Candidates come most constrained first; keep the most important. */
  while (names->len > 0 && names->len * (height + LABEL_AIR_PX) > bottom - top)
    {
      guint least = 0;

      for (guint i = 1; i < names->len; i++)
        {
          guint ka = g_array_index (names, EdgeName, i).candidate;
          guint kb = g_array_index (names, EdgeName, least).candidate;
          const Candidate *a = &g_array_index (candidates, Candidate, ka);
          const Candidate *b = &g_array_index (candidates, Candidate, kb);

          if (a->key < b->key)
            least = i;
        }
      g_array_remove_index (names, least);
    }
  if (names->len == 0)
    return;
  g_array_sort (names, compare_edge_names);

  /* Down from the top, each at its path or below the one above; then up
   * from the bottom, so that none runs off it. */
  for (guint i = 0; i < names->len; i++)
    {
      EdgeName *name = &g_array_index (names, EdgeName, i);
      double floor_top = i > 0 ? name[-1].top + height + LABEL_AIR_PX : top;

      name->top = MAX (name->y - height / 2, floor_top);
    }
  for (guint i = names->len; i-- > 0;)
    {
      EdgeName *name = &g_array_index (names, EdgeName, i);
      double ceiling = i + 1 < names->len ? name[1].top - height - LABEL_AIR_PX : bottom - height;

      name->top = MIN (name->top, ceiling);
    }

  for (guint i = 0; i < names->len; i++)
    {
      const EdgeName *name = &g_array_index (names, EdgeName, i);
      const Candidate *candidate = &g_array_index (candidates, Candidate, name->candidate);
      Spot spot = { { x, name->top, x + MIN (candidate->width, builder->edge_name_width),
                      name->top + candidate->height },
                    0, name->x, name->y, SPOT_END, -1, 0, 0 };
      TfLayoutLabel label = { TF_LAYOUT_LABEL_PERSON, (int) candidate->path,
                              layout->paths[candidate->path].name, spot.box.x0, spot.box.y0,
                              spot.box.x1 - spot.box.x0, candidate->height, name->x, name->y,
                              TRUE, TRUE };
      /* The leader's room too: no other label may sit across it. */
      TfLabelBox leader = { name->x, MIN (name->y, name->top + candidate->height / 2), x,
                            MAX (name->y, name->top + candidate->height / 2) };
      int index;

      /* From an end before the edge, the leader crosses the plot's last
       * stretch: only where no other stroke is in its way. */
      if (name->x < right && !leader_is_clear (placer, &label))
        continue;
      index = tf_placer_place (placer, candidate->path, &spot);
      g_array_index (builder->labels, TfLayoutLabel, index).leader = TRUE;
      tf_placer_note_placed (placer, tf_box_grid_add (&placer->boxes, &leader), -1, index, -1,
                             NULL);
    }
}
