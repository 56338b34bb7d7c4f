/* tf-layout-person-labels.c: names on paths, never across one.
 *
 * Every path is named at least once where there is room: first where it
 * starts, else where it ends in the view, else after a move, else
 * anywhere along it. Then, where there is room too, it is named again
 * where it starts, where it ends and after each move, so that a reader
 * following it across the chart meets its name. A name is a box that
 * keeps off every stroke (curves flattened into short pieces) and every
 * other label, and that is nearer its own path than any other, so that it
 * cannot be read as another's. The paths with the fewest places free get
 * theirs first, so that crowded stretches still name everyone they can.
 * A name with no room there goes into free room near its path with a
 * leader, or shortened, or right of the plot (tf-layout-person-callouts.c);
 * what finds no room at all stays in the geometry, hidden, for hover.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>

#include "tf-layout-person-placer-private.h"

/* Names along a stretch are tried this far apart. */
#define SLIDE_STEP_PX     12.0
/* A name on its path leaves this much of the path seen before it, and
 * this much room either side of it where the path is not drawn. */
#define INLINE_LEAD_PX     5.0
#define INLINE_GAP_PX      2.5
/* Looking for room along whole paths, and moving names aside, stop once
 * this many places have been checked against the strokes: in a chart
 * dense enough to need more, most names could not be shown anyway, and
 * a layout must stay quick at a few thousand people. */
#define SEARCH_BUDGET  40000
/* A path's names again only this many label heights from each other,
 * and this share of the plot's width: a reader meets the name again, but
 * not at every turn. */
#define REPEAT_GAP_LINES   8.0
#define REPEAT_GAP_SHARE   0.25
/* A name is cut to fit only when this many label heights wide remain. */
#define SHORTEST_CUT_LINES 4.0

/* ---- where a name may go ---- */

/* A stretch of a straight segment a name sits on. */
typedef struct
{
  guint32 segment;
  double  x0;
  double  x1;
} Cut;

static void
add_spot (GArray   *spots,
          SpotKind  kind,
          double    score,
          double    x,
          double    y,
          double    width,
          double    height,
          double    anchor_x,
          double    anchor_y)
{
  Spot spot = { { x, y, x + width, y + height }, score, anchor_x, anchor_y, kind, -1, 0, 0 };

  g_array_append_val (spots, spot);
}

/* Names set off from where a path starts (direction -1, to the left) or
 * ends (1, to the right), at its height, a step further each: up to a few
 * lines away, as long as nothing crosses between. */
#define MAX_SET_OFF_LINES 4.0

static void
add_set_off_spots (GArray   *spots,
                   SpotKind  kind,
                   double    score,
                   int       direction,
                   double    x,
                   double    y,
                   double    width,
                   double    height)
{
  for (double off = SLIDE_STEP_PX; off <= MAX_SET_OFF_LINES * height; off += SLIDE_STEP_PX)
    {
      double left = direction > 0 ? x + LABEL_OFFSET_PX + off
                                  : x - LABEL_OFFSET_PX - off - width;
      Spot spot = { { left, y - height / 2, left + width, y + height / 2 },
                    score + off / (100 * height), x, y, kind, -1, 0, 0 };

      spot.corridor_x0 = direction > 0 ? x : left + width;
      spot.corridor_x1 = direction > 0 ? left : x;
      g_array_append_val (spots, spot);
    }
}

/* A name on the straight segment (index into the layout's), its left end
 * at x, when the segment has room for it clear of its ends and fades. */
static void
add_inline_spot (Placer   *placer,
                 GArray   *spots,
                 SpotKind  kind,
                 double    score,
                 guint     index,
                 double    x,
                 double    width,
                 double    height)
{
  const TfLayout *layout = placer->layout;
  const TfLayoutSegment *segment = &layout->segments[index];
  double length = segment->x1 - segment->x0;
  double fade = tf_layout_fade_length (layout->px_per_year, length);
  double lo = MAX (segment->x0, layout->plot_x) + INLINE_LEAD_PX;
  double hi = MIN (segment->x1, layout->plot_x + layout->plot_width) - INLINE_LEAD_PX;
  Spot spot = { { x, segment->y0 - height / 2, x + width, segment->y0 + height / 2 },
                score, x, segment->y0, kind, (gint32) index, 0, 0 };

  if (segment->kind != TF_LAYOUT_SEGMENT_STRAIGHT)
    return;
  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
    lo = MAX (lo, segment->x0 + fade + INLINE_LEAD_PX);
  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
    hi = MIN (hi, segment->x1 - fade - INLINE_LEAD_PX);
  if (segment->flags & TF_LAYOUT_SEGMENT_UNCERTAIN)
    {
      /* Either end may be drawn dashed for its uncertain date. */
      double dashed = tf_layout_uncertain_length (layout->px_per_year, length);

      lo = MAX (lo, segment->x0 + dashed + INLINE_LEAD_PX);
      hi = MIN (hi, segment->x1 - dashed - INLINE_LEAD_PX);
    }
  if (x - INLINE_GAP_PX < lo || x + width + INLINE_GAP_PX > hi)
    return;
  g_array_append_val (spots, spot);
}

/* y of the segment at x (inside its span). */
double
tf_placer_segment_y_at (const TfLayoutSegment *segment,
                        double                 x)
{
  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    return tf_layout_curve_y_at (segment->x0, segment->y0, segment->x1, segment->y1, x);
  return segment->y0;
}

/* The places tried for a path's name, best first within each kind: next
 * to where it starts in the view, where it ends in the view, just after
 * each move, and (with along) anywhere above or below its stretches. */
void
tf_placer_path_spots (Placer             *placer,
                      const TfLayoutPath *path,
                      double              width,
                      double              height,
                      gboolean            along,
                      GArray             *spots)
{
  const TfLayout *layout = placer->layout;
  const TfLayoutSegment *segments = &layout->segments[path->first_segment];
  double plot_right = layout->plot_x + layout->plot_width;
  double r = path->width / 2;
  double gap = LABEL_OFFSET_PX;
  int first = -1;
  int last = -1;

  /* Where it starts and ends in the view: the first stretch of its first
   * strand that reaches into the plot, and the latest end of any strand. */
  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[i];
      gboolean ends_strand = i + 1 == path->n_segments || segment[1].strand != segment->strand;

      if (first < 0 && segment->strand == segments[0].strand && segment->x1 >= layout->plot_x)
        first = (int) i;
      if (ends_strand && segment->x0 <= plot_right
          && (last < 0 || MIN (segment->x1, plot_right) > MIN (segments[last].x1, plot_right)))
        last = (int) i;
    }

  if (first >= 0)
    {
      const TfLayoutSegment *segment = &segments[first];
      double x = MAX (segment->x0, layout->plot_x);
      double y = tf_placer_segment_y_at (segment, x);
      gboolean at_start = segment->x0 >= layout->plot_x;

      if (at_start)
        {
          add_spot (spots, SPOT_START, 0.0, x - gap - width, y - height / 2, width, height, x, y);
          add_set_off_spots (spots, SPOT_START, 2.0, -1, x, y, width, height);
        }
      /* On its first stretch, just after it starts (or fades in). */
      for (guint i = (guint) first; i < path->n_segments && segments[i].strand == segment->strand;
           i++)
        if (segments[i].kind == TF_LAYOUT_SEGMENT_STRAIGHT)
          {
            double length = segments[i].x1 - segments[i].x0;
            double lead = MAX (segments[i].x0, layout->plot_x) + INLINE_LEAD_PX + INLINE_GAP_PX;

            if (segments[i].flags & TF_LAYOUT_SEGMENT_OPEN_START)
              lead += tf_layout_fade_length (layout->px_per_year, length);
            add_inline_spot (placer, spots, SPOT_START, 0.8, path->first_segment + i, lead, width,
                             height);
            break;
          }
      add_spot (spots, SPOT_START, 1.0, x + gap, y - r - gap - height, width, height, x, y);
      add_spot (spots, SPOT_START, 1.5, x + gap, y + r + gap, width, height, x, y);
      if (at_start)
        {
          add_spot (spots, SPOT_START, 2.5, x - gap - width, y - r - gap - height, width, height,
                    x, y);
          add_spot (spots, SPOT_START, 2.7, x - gap - width, y + r + gap, width, height, x, y);
        }
    }
  if (last >= 0)
    {
      const TfLayoutSegment *segment = &segments[last];
      double x = MIN (segment->x1, plot_right);
      double y = tf_placer_segment_y_at (segment, x);
      gboolean at_end = segment->x1 <= plot_right;

      if (at_end)
        {
          add_spot (spots, SPOT_END, 0.5, x + gap, y - height / 2, width, height, x, y);
          add_set_off_spots (spots, SPOT_END, 2.1, 1, x, y, width, height);
        }
      /* On its last stretch, just before it ends (or fades out). */
      if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
        {
          double tail = MIN (segment->x1, plot_right) - INLINE_LEAD_PX - INLINE_GAP_PX;

          if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
            tail -= tf_layout_fade_length (layout->px_per_year, segment->x1 - segment->x0);
          add_inline_spot (placer, spots, SPOT_END, 1.1, path->first_segment + (guint) last,
                           tail - width, width, height);
        }
      add_spot (spots, SPOT_END, 1.2, x - width, y - r - gap - height, width, height, x, y);
      add_spot (spots, SPOT_END, 1.7, x - width, y + r + gap, width, height, x, y);
      if (at_end)
        {
          add_spot (spots, SPOT_END, 2.6, x + gap, y - r - gap - height, width, height, x, y);
          add_spot (spots, SPOT_END, 2.8, x + gap, y + r + gap, width, height, x, y);
        }
    }

  /* Just after a move, above or below the stretch it arrives on. */
  for (guint i = 0; i + 1 < path->n_segments; i++)
    {
      const TfLayoutSegment *curve = &segments[i];
      const TfLayoutSegment *after = &segments[i + 1];
      double x = curve->x1;
      double y = curve->y1;

      if (curve->kind != TF_LAYOUT_SEGMENT_CURVE || after->strand != curve->strand
          || after->kind != TF_LAYOUT_SEGMENT_STRAIGHT || x < layout->plot_x || x > plot_right)
        continue;
      add_inline_spot (placer, spots, SPOT_MOVE, 2.9, path->first_segment + i + 1,
                       x + INLINE_LEAD_PX + INLINE_GAP_PX, width, height);
      add_spot (spots, SPOT_MOVE, 3.0, x + gap, y - r - gap - height, width, height, x, y);
      add_spot (spots, SPOT_MOVE, 3.2, x + gap, y + r + gap, width, height, x, y);
    }

  if (!along)
    return;
  /* Anywhere along a stretch, above or below it: nearer its start is
   * better. */
  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[i];
      double x0 = MAX (segment->x0, layout->plot_x);
      double x1 = MIN (segment->x1, plot_right);

      if (segment->kind != TF_LAYOUT_SEGMENT_STRAIGHT)
        continue;
      for (double x = x0 + gap; x + width <= x1 - gap; x += SLIDE_STEP_PX)
        {
          double score = 4.0 + (x - layout->plot_x) / MAX (layout->plot_width, 1);

          add_inline_spot (placer, spots, SPOT_ALONG, score - 0.005, path->first_segment + i, x,
                           width, height);
          add_spot (spots, SPOT_ALONG, score, x, segment->y0 - r - gap - height, width, height,
                    x, segment->y0);
          add_spot (spots, SPOT_ALONG, score + 0.01, x, segment->y0 + r + gap, width, height,
                    x, segment->y0);
        }
    }
}

int
tf_placer_compare_spots (gconstpointer a,
                         gconstpointer b)
{
  const Spot *sa = a;
  const Spot *sb = b;

  return sa->score < sb->score ? -1 : sa->score > sb->score;
}

/* Inside the plot and clear of every stroke; other labels aside. */
gboolean
tf_placer_spot_is_clear (Placer     *placer,
                         const Spot *spot,
                         guint       path)
{
  const TfLabelBox *box = &spot->box;

  placer->checks++;
  if (!(box->x0 >= placer->plot.x0 && box->x1 <= placer->plot.x1
        && box->y0 >= placer->plot.y0 && box->y1 <= placer->plot.y1
        && tf_piece_grid_is_clear (&placer->pieces, box, path, spot->on)))
    return FALSE;
  if (spot->corridor_x1 > spot->corridor_x0)
    {
      /* Nothing but its own path between the name and the end it names,
       * and nobody else's stroke as near the name as that end. */
      TfLabelBox corridor = { spot->corridor_x0, spot->anchor_y - 1, spot->corridor_x1,
                              spot->anchor_y + 1 };
      double apart = spot->corridor_x1 - spot->corridor_x0;

      return tf_piece_grid_is_clear_of (&placer->pieces, &corridor, path, -1, -1, LABEL_AIR_PX)
             && tf_piece_grid_is_clear_of (&placer->pieces, box, path, -1, -1,
                                        MAX (CLEARANCE_PX, apart + LABEL_AIR_PX));
    }
  return TRUE;
}

static gboolean
spot_is_free (Placer     *placer,
              const Spot *spot,
              guint       path)
{
  return (spot->on < 0 || !placer->cut[spot->on])
         && tf_box_grid_is_free (&placer->boxes, &spot->box)
         && tf_placer_spot_is_clear (placer, spot, path);
}

void
tf_placer_note_placed (Placer     *placer,
                       gint32      box,
                       gint32      path,
                       gint32      label,
                       gint32      cut,
                       const Spot *spot)
{
  Placed placed = { path, label, cut, { { 0 } } };

  if (spot != NULL)
    placed.spot = *spot;
  g_array_set_size (placer->placed, MAX (placer->placed->len, (guint) box + 1));
  g_array_index (placer->placed, Placed, box) = placed;
}

/* Puts the path's name at spot: in its own label when it has none shown
 * yet, else in a new one. */
int
tf_placer_place (Placer     *placer,
                 guint       p,
                 const Spot *spot)
{
  TfLayoutBuilder *builder = placer->builder;
  TfLayoutPath *path = &placer->layout->paths[p];
  int index = path->label;
  TfLayoutLabel *label = &g_array_index (builder->labels, TfLayoutLabel, index);
  gint32 cut_index = -1;
  gint32 box;

  if (label->visible)
    {
      index = tf_layout_builder_add_label (builder, TF_LAYOUT_LABEL_PERSON, (int) p, path->name,
                                           spot->anchor_x, spot->anchor_y);
      label = &g_array_index (builder->labels, TfLayoutLabel, index);
    }
  if (placer->named[p] == NULL)
    placer->named[p] = g_array_new (FALSE, FALSE, sizeof (int));
  if (placer->named[p]->len == 0 || g_array_index (placer->named[p], int, 0) != index)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < placer->named[p]->len && !known; i++)
        known = g_array_index (placer->named[p], int, i) == index;
      if (!known)
        g_array_append_val (placer->named[p], index);
    }
  label->anchor_x = spot->anchor_x;
  label->anchor_y = spot->anchor_y;
  label->x = spot->box.x0;
  label->y = spot->box.y0;
  label->width = spot->box.x1 - spot->box.x0;
  label->height = spot->box.y1 - spot->box.y0;
  label->visible = TRUE;
  box = tf_box_grid_add (&placer->boxes, &spot->box);
  if (spot->on >= 0)
    {
      Cut cut = { (guint32) spot->on, spot->box.x0 - INLINE_GAP_PX,
                  spot->box.x1 + INLINE_GAP_PX };

      placer->cut[spot->on] = TRUE;
      g_array_append_val (placer->cuts, cut);
      cut_index = (gint32) placer->cuts->len - 1;
    }
  tf_placer_note_placed (placer, box, (gint32) p, index, cut_index, spot);
  return index;
}

/* Takes a name away again, and gives its path back the stretch it sat on. */
static void
unplace (Placer *placer,
         gint32  box)
{
  Placed *placed = &g_array_index (placer->placed, Placed, box);
  TfLayoutLabel *label = &g_array_index (placer->builder->labels, TfLayoutLabel, placed->label);

  label->visible = FALSE;
  tf_box_grid_remove (&placer->boxes, box);
  if (placed->cut >= 0)
    {
      Cut *cut = &g_array_index (placer->cuts, Cut, placed->cut);

      placer->cut[cut->segment] = FALSE;
      cut->x1 = cut->x0;
    }
  placed->path = -1;
}

/* The path runs into each name that sits on it and out again. */
static void
open_under_names (Placer *placer)
{
  for (guint i = 0; i < placer->cuts->len; i++)
    {
      const Cut *cut = &g_array_index (placer->cuts, Cut, i);
      TfLayoutSegment *segment = &placer->layout->segments[cut->segment];

      if (cut->x1 <= cut->x0)
        continue;
      segment->name_x0 = (float) cut->x0;
      segment->name_x1 = (float) cut->x1;
    }
}

/* ---- the order ---- */


static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  /* Those with few places first, but those with none last: they need
   * the places along their stretches, which are tried after. */
  if ((ca->n_clear == 0) != (cb->n_clear == 0))
    return ca->n_clear == 0 ? 1 : -1;
  if (ca->n_clear != cb->n_clear)
    return ca->n_clear < cb->n_clear ? -1 : 1;
  if (ca->key != cb->key)
    return ca->key > cb->key ? -1 : 1;
  return ca->path < cb->path ? -1 : ca->path > cb->path;
}

/* Whether a name of the path is already shown within the repeat gap of
 * x (or, for kind, shown at a place of that kind at all). */
static gboolean
named_near (Placer *placer,
            guint   p,
            double  x,
            double  gap)
{
  TfLayoutBuilder *builder = placer->builder;
  GArray *named = placer->named[p];

  for (guint i = 0; named != NULL && i < named->len; i++)
    {
      const TfLayoutLabel *label
          = &g_array_index (builder->labels, TfLayoutLabel, g_array_index (named, int, i));

      if (label->visible && fabs (label->anchor_x - x) < gap)
        return TRUE;
    }
  return FALSE;
}

/* Every place for a candidate's name, best first: those next to its
 * ends and moves, then along its stretches. */
static GArray *
all_spots (Placer          *placer,
           const Candidate *candidate)
{
  GArray *spots = g_array_new (FALSE, FALSE, sizeof (Spot));

  tf_placer_path_spots (placer, &placer->layout->paths[candidate->path], candidate->width,
                        candidate->height, TRUE, spots);
  g_array_sort (spots, tf_placer_compare_spots);
  return spots;
}

/* The best free place for the candidate's name, if any. */
const Spot *
tf_placer_free_spot (Placer *placer,
                     guint   path,
                     GArray *spots)
{
  for (guint i = 0; i < spots->len; i++)
    {
      const Spot *spot = &g_array_index (spots, Spot, i);

      if (spot_is_free (placer, spot, path))
        return spot;
    }
  return NULL;
}

/* Names the k-th candidate at a place another name is in the way of,
 * moving that one to its best other free place; TRUE when it could. */
static gboolean
make_room (Placer *placer,
           GArray *candidates,
           guint   k)
{
  const Candidate *candidate = &g_array_index (candidates, Candidate, k);
  g_autoptr(GArray) spots = all_spots (placer, candidate);

  for (guint i = 0; i < spots->len; i++)
    {
      const Spot *spot = &g_array_index (spots, Spot, i);
      gint32 box;
      Placed blocker;
      const Candidate *other = NULL;
      g_autoptr(GArray) elsewhere = NULL;
      const Spot *moved;

      if ((spot->on >= 0 && placer->cut[spot->on])
          || !tf_placer_spot_is_clear (placer, spot, candidate->path))
        continue;
      box = tf_box_grid_only_blocker (&placer->boxes, &spot->box);
      if (box < 0 || g_array_index (placer->placed, Placed, box).path < 0)
        continue;
      blocker = g_array_index (placer->placed, Placed, box);
      /* A name right of the plot keeps its place in that column. */
      if (g_array_index (placer->builder->labels, TfLayoutLabel, blocker.label).leader)
        continue;
      for (guint c = 0; c < candidates->len && other == NULL; c++)
        if (g_array_index (candidates, Candidate, c).path == (guint) blocker.path)
          other = &g_array_index (candidates, Candidate, c);
      if (other == NULL)
        continue;

      /* Try it: this name here, that one at its best other place. */
      unplace (placer, box);
      tf_placer_place (placer, candidate->path, spot);
      elsewhere = all_spots (placer, other);
      moved = tf_placer_free_spot (placer, other->path, elsewhere);
      if (moved != NULL)
        {
          tf_placer_place (placer, other->path, moved);
          return TRUE;
        }
      /* No: put things back. */
      unplace (placer, (gint32) placer->boxes.boxes->len - 1);
      tf_placer_place (placer, other->path, &blocker.spot);
    }
  return FALSE;
}

void
tf_layout_place_person_labels (TfLayoutBuilder *builder)
{
  TfLayout *layout = builder->layout;
  Placer placer = { builder, layout, { 0 }, { 0 }, { 0 }, NULL, NULL, NULL, NULL, 0 };
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  double height = builder->font_height[TF_LAYOUT_FONT_PERSON];
  double repeat_gap = MAX (REPEAT_GAP_LINES * height, REPEAT_GAP_SHARE * layout->plot_width);
  guint tried = 0;
  guint checks;

  for (guint p = 0; p < layout->n_paths; p++)
    {
      TfLayoutPath *path = &layout->paths[p];
      const TfLayoutSegment *first = &layout->segments[path->first_segment];

      path->label = tf_layout_builder_add_label (builder, TF_LAYOUT_LABEL_PERSON, (int) p,
                                                 path->name, first->x0, first->y0);
    }
  if (layout->n_paths == 0)
    return;

  /* Names stay in the plot, but may run on into the margin right of it,
   * where no path is drawn: next to paths that end near the view's end. */
  placer.plot = (TfLabelBox) { layout->plot_x, layout->plot_y, layout->width - LABEL_OFFSET_PX,
                               layout->plot_y + layout->plot_height };
  placer.cut = g_new0 (guint8, layout->n_segments + 1);
  placer.cuts = g_array_new (FALSE, FALSE, sizeof (Cut));
  placer.placed = g_array_new (FALSE, TRUE, sizeof (Placed));
  placer.named = g_new0 (GArray *, layout->n_paths + 1);
  tf_piece_grid_build (&placer.pieces, layout);
  tf_box_grid_init (&placer.boxes, layout);
  /* Organization and year labels already placed take their room. */
  for (guint i = 0; i < builder->labels->len; i++)
    {
      const TfLayoutLabel *label = &g_array_index (builder->labels, TfLayoutLabel, i);
      TfLabelBox box = { label->x, label->y, label->x + label->width, label->y + label->height };

      if (label->visible)
        tf_placer_note_placed (&placer, tf_box_grid_add (&placer.boxes, &box), -1, (gint32) i, -1,
                               NULL);
    }

  /* Each path's places, and how many are clear of strokes: at most
   * max_person_labels paths, the most important first (at 100k people
   * the rest would never fit anyway). */
  {
    g_autoptr(GArray) order = g_array_new (FALSE, TRUE, sizeof (Candidate));

    for (guint p = 0; p < layout->n_paths; p++)
      {
        Candidate candidate = { p, 0, 0, 0, 0, NULL };

        candidate.key = (double) layout->paths[p].weight * 1e6 + layout->paths[p].n_segments;
        g_array_append_val (order, candidate);
      }
    g_array_sort (order, compare_candidates);
    for (guint k = 0; k < order->len && tried < builder->options.max_person_labels; k++, tried++)
      {
        Candidate candidate = g_array_index (order, Candidate, k);
        const TfLayoutPath *path = &layout->paths[candidate.path];

        tf_layout_builder_measure (builder, TF_LAYOUT_FONT_PERSON, path->name, &candidate.width,
                                   &candidate.height);
        if (candidate.width <= 0 || candidate.height <= 0)
          continue;
        candidate.spots = g_array_new (FALSE, FALSE, sizeof (Spot));
        tf_placer_path_spots (&placer, path, candidate.width, candidate.height, FALSE,
                              candidate.spots);
        g_array_sort (candidate.spots, tf_placer_compare_spots);
        /* How constrained each is decides who goes first, while the
         * chart is small enough to ask of everyone. */
        for (guint i = 0; i < candidate.spots->len && placer.checks < SEARCH_BUDGET; i++)
          candidate.n_clear
              += tf_placer_spot_is_clear (&placer, &g_array_index (candidate.spots, Spot, i),
                                          candidate.path);
        g_array_append_val (candidates, candidate);
      }
  }
  g_array_sort (candidates, compare_candidates);

  tf_placer_place_edge_names (&placer, candidates);

  /* Everyone once: the best free place, else the best free one along
   * the path's stretches. */
  for (guint k = 0; k < candidates->len; k++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, k);
      gboolean named = named_near (&placer, candidate->path, 0, G_MAXDOUBLE);

      for (guint i = 0; i < candidate->spots->len && !named; i++)
        {
          const Spot *spot = &g_array_index (candidate->spots, Spot, i);

          if (spot_is_free (&placer, spot, candidate->path))
            {
              tf_placer_place (&placer, candidate->path, spot);
              named = TRUE;
            }
        }
      if (!named && placer.checks < SEARCH_BUDGET)
        {
          g_autoptr(GArray) along = g_array_new (FALSE, FALSE, sizeof (Spot));

          tf_placer_path_spots (&placer, &layout->paths[candidate->path], candidate->width,
                                candidate->height, TRUE, along);
          g_array_sort (along, tf_placer_compare_spots);
          for (guint i = 0; i < along->len && !named; i++)
            {
              const Spot *spot = &g_array_index (along, Spot, i);

              if (spot->kind == SPOT_ALONG && spot_is_free (&placer, spot, candidate->path))
                {
                  tf_placer_place (&placer, candidate->path, spot);
                  named = TRUE;
                }
            }
        }
    }

  /* Those still nameless: a place only one other name is in the way of,
   * when that one has somewhere else to go; else free room near the path,
   * with a leader. */
  for (guint k = 0; k < candidates->len; k++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, k);

      if (!named_near (&placer, candidate->path, 0, G_MAXDOUBLE)
          && placer.checks < SEARCH_BUDGET)
        make_room (&placer, candidates, k);
    }
  /* A name that finds no room whole goes whole in free room near its
   * path, with a leader; else shortened next to it ("G. Hinton"); else,
   * long, cut in the middle (drawing puts the ellipsis), hover showing it
   * whole: better than a nameless path. Leaders that cross no other path
   * first, for everyone; then those that cross one, and so on. */
  checks = placer.checks;
  for (guint crossings = 0; crossings <= MAX_LEADER_CROSSINGS; crossings++)
    for (guint k = 0; k < candidates->len; k++)
      {
        Candidate *candidate = &g_array_index (candidates, Candidate, k);
        double cut = MAX (candidate->width / 2, SHORTEST_CUT_LINES * candidate->height);

        if (named_near (&placer, candidate->path, 0, G_MAXDOUBLE)
            || placer.checks >= checks + SEARCH_BUDGET)
          continue;
        if (!tf_placer_place_callout (&placer, candidate, candidate->width, crossings,
                                      checks + SEARCH_BUDGET)
            && !(crossings == 0 && tf_placer_place_short_name (&placer, candidate))
            && cut < 0.8 * candidate->width)
          tf_placer_place_callout (&placer, candidate, cut, crossings, checks + SEARCH_BUDGET);
      }
  /* Names set apart have a budget of their own: the names placed again
   * after them keep theirs. */
  placer.checks = checks;

  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    for (guint k = 0; k < candidates->len; k++)
      {
        Candidate *candidate = &g_array_index (candidates, Candidate, k);
        g_autoptr(GArray) spots = NULL;
        guint n_clear = 0;
        guint n_free = 0;

        if (named_near (&placer, candidate->path, 0, G_MAXDOUBLE))
          continue;
        spots = all_spots (&placer, candidate);
        for (guint i = 0; i < spots->len; i++)
          {
            const Spot *spot = &g_array_index (spots, Spot, i);

            n_clear += tf_placer_spot_is_clear (&placer, spot, candidate->path);
            n_free += tf_box_grid_is_free (&placer.boxes, &spot->box);
          }
        g_debug ("no room for %s: %u places, %u clear of strokes, %u of labels",
                 layout->paths[candidate->path].name, spots->len, n_clear, n_free);
      }

  /* Then again where each starts, where it ends and after each move, where
   * there is room and no name of it is near already. */
  for (guint kind = SPOT_START; kind <= SPOT_MOVE; kind++)
    for (guint k = 0; k < candidates->len && placer.checks < SEARCH_BUDGET; k++)
      {
        Candidate *candidate = &g_array_index (candidates, Candidate, k);

        for (guint i = 0; i < candidate->spots->len; i++)
          {
            const Spot *spot = &g_array_index (candidate->spots, Spot, i);

            if (spot->kind != kind
                || named_near (&placer, candidate->path, spot->anchor_x, repeat_gap)
                || !spot_is_free (&placer, spot, candidate->path))
              continue;
            tf_placer_place (&placer, candidate->path, spot);
          }
      }

  open_under_names (&placer);

  for (guint k = 0; k < candidates->len; k++)
    g_array_unref (g_array_index (candidates, Candidate, k).spots);
  tf_piece_grid_clear (&placer.pieces);
  tf_box_grid_clear (&placer.boxes);
  g_free (placer.cut);
  g_array_unref (placer.cuts);
  g_array_unref (placer.placed);
  for (guint p = 0; p < layout->n_paths; p++)
    if (placer.named[p] != NULL)
      g_array_unref (placer.named[p]);
  g_free (placer.named);
}
