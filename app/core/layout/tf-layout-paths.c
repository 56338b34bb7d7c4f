/* tf-layout-paths.c: each person's stints and moves traced into the
 * straight stretches and curves of a path, at the sub-lanes' heights and
 * the axis' times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>

#include "tf-layout-private.h"

#define MIN_CURVE_HALF_PX     16.0

static double
x_for_time (const TfLayout *layout,
            double          time)
{
  return tf_layout_map_time (layout, time);
}

/* How many px the years from to to take, breaks included. */
static double
x_span (const TfLayout *layout,
        double          from,
        double          to)
{
  return x_for_time (layout, to) - x_for_time (layout, from);
}

typedef struct
{
  float *depart_x;   /* per transition, where its curve starts and ends */
  float *arrive_x;
  guint8 *linked;    /* per transition: both ends visible */
} CurveSpans;

static gboolean
transition_continues_strand (const TfTransition *transition)
{
  return transition->kind == TF_TRANSITION_MOVE || transition->kind == TF_TRANSITION_GAP;
}

/* Curves span the uncertainty of their date (a year-only date the whole
 * year) but at least MIN_CURVE_HALF_PX either side, and never more than
 * their share of the stints they join. */
static void
compute_curve_spans (TfLayoutBuilder *builder,
                     CurveSpans      *spans)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;

  spans->depart_x = g_new (float, careers->n_transitions + 1);
  spans->arrive_x = g_new (float, careers->n_transitions + 1);
  spans->linked = g_new0 (guint8, careers->n_transitions + 1);

  for (guint i = 0; i < careers->n_transitions; i++)
    spans->linked[i] = builder->stint_visible[careers->transitions[i].from]
                       && builder->stint_visible[careers->transitions[i].to];

  for (guint i = 0; i < careers->n_transitions; i++)
    {
      const TfTransition *transition = &careers->transitions[i];
      const TfStint *from = &careers->stints[transition->from];
      const TfStint *to = &careers->stints[transition->to];
      double half = MAX (MIN_CURVE_HALF_PX, transition->half_width * layout->px_per_year);
      double before_budget;
      double after_budget;
      gboolean from_has_in;
      gboolean to_has_out;

      if (!spans->linked[i])
        continue;
      from_has_in = from->prev >= 0 && spans->linked[from->prev];
      to_has_out = to->next >= 0 && spans->linked[to->next];

      if (transition->kind == TF_TRANSITION_BRANCH)
        before_budget = x_span (layout, from->start, transition->depart);
      else
        before_budget = x_span (layout, from->start, from->end);
      if (from_has_in)
        before_budget /= 2;

      if (transition->kind == TF_TRANSITION_MERGE)
        after_budget = x_span (layout, transition->arrive, to->end);
      else if (to->flags & TF_STINT_OPEN_END)
        /* Up to the last date the sources give, which is never before
         * the move can have happened; the stretch to fade out in comes
         * after the curve (see emit_straight ()). */
        after_budget = x_span (layout, to->start, MAX (to->seen, to->start));
      else
        after_budget = x_span (layout, to->start, to->end);
      if (to_has_out || transition->kind == TF_TRANSITION_MERGE)
        after_budget /= 2;

      before_budget = MAX (before_budget, 0);
      after_budget = MAX (after_budget, 0);
      if (transition->undated)
        {
          /* All the time it may have happened in, but never past the
           * article that reports it, and taking at most half of what the
           * stints it joins can give: that time is long, and the places
           * on either side must still show. Too short a span widens only
           * backwards. */
          double earliest = transition->arrive - transition->half_width;
          double latest = transition->arrive + transition->half_width;
          double depart_limit = x_for_time (layout, transition->depart) - before_budget / 2;
          double depart_x
              = MAX (x_for_time (layout, MIN (transition->depart, earliest)), depart_limit);
          /* An open end with no move after it keeps its own stretch
           * after the curve, whatever the curve takes. */
          gboolean open = (to->flags & TF_STINT_OPEN_END) && !to_has_out
                          && transition->kind != TF_TRANSITION_MERGE;
          double arrive_x = MIN (x_for_time (layout, latest),
                                 x_for_time (layout, transition->arrive)
                                     + (open ? after_budget : after_budget / 2));

          if (open)
            arrive_x = MIN (arrive_x, x_for_time (layout, to->end) - TF_LAYOUT_MIN_OPEN_END_PX);

          if (arrive_x - depart_x < 2 * MIN_CURVE_HALF_PX)
            depart_x = MAX (MIN (depart_x, arrive_x - 2 * MIN_CURVE_HALF_PX), depart_limit);
          spans->depart_x[i] = (float) depart_x;
          spans->arrive_x[i] = (float) arrive_x;
          continue;
        }
      spans->depart_x[i]
          = (float) (x_for_time (layout, transition->depart) - CLAMP (half, 0, before_budget));
      spans->arrive_x[i]
          = (float) (x_for_time (layout, transition->arrive) + CLAMP (half, 0, after_budget));
    }
}

static double
stint_y (TfLayoutBuilder *builder,
         guint32          stint)
{
  TfLayout *layout = builder->layout;
  gint32 sublane = builder->place_sublane[builder->careers->stints[stint].place];
  /* A sub-lane taller than its people (see fit_sublanes ()) has them in
   * its middle. */
  double spare
      = layout->sublanes[sublane].height - builder->sublane_units[sublane] * layout->unit_px;

  return layout->sublanes[sublane].y + MAX (spare, 0) / 2
         + builder->stint_centre[stint] * layout->unit_px;
}

static gboolean
curve_in_view (const TfLayout *layout,
               double          x0,
               double          x1)
{
  return x1 >= layout->plot_x && x0 <= layout->plot_x + layout->plot_width;
}

static void
emit_curve (TfLayoutBuilder  *builder,
            const CurveSpans *spans,
            GArray           *segments,
            guint32           t,
            guint16           strand)
{
  TfCareers *careers = builder->careers;
  const TfTransition *transition = &careers->transitions[t];
  TfLayoutSegment segment = { 0 };

  segment.kind = TF_LAYOUT_SEGMENT_CURVE;
  segment.x0 = spans->depart_x[t];
  segment.x1 = spans->arrive_x[t];
  segment.y0 = (float) stint_y (builder, transition->from);
  segment.y1 = (float) stint_y (builder, transition->to);
  segment.strand = strand;
  segment.sublane = builder->place_sublane[careers->stints[transition->to].place];
  segment.move = transition->move;
  if (transition->uncertain)
    segment.flags |= TF_LAYOUT_SEGMENT_UNCERTAIN;
  if (transition->move < 0)
    segment.flags |= TF_LAYOUT_SEGMENT_INFERRED;
  if (transition->undated)
    segment.flags |= TF_LAYOUT_SEGMENT_UNDATED;
  switch ((TfTransitionKind) transition->kind)
    {
    case TF_TRANSITION_BRANCH:
      segment.flags |= TF_LAYOUT_SEGMENT_BRANCH;
      break;
    case TF_TRANSITION_MERGE:
      segment.flags |= TF_LAYOUT_SEGMENT_MERGE;
      break;
    case TF_TRANSITION_GAP:
      segment.flags |= TF_LAYOUT_SEGMENT_GAP;
      break;
    case TF_TRANSITION_MOVE:
    default:
      break;
    }
  g_array_append_val (segments, segment);
}

static void
emit_straight (TfLayoutBuilder  *builder,
               const CurveSpans *spans,
               GArray           *segments,
               guint32           s,
               guint16           strand)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  const TfStint *stint = &careers->stints[s];
  TfLayoutSegment segment = { 0 };
  double x0 = x_for_time (layout, stint->start);
  double x1 = x_for_time (layout, stint->end);
  double y = stint_y (builder, s);
  gboolean has_in = stint->prev >= 0 && spans->linked[stint->prev];
  gboolean has_out = stint->next >= 0 && spans->linked[stint->next];

  if (has_in)
    x0 = spans->arrive_x[stint->prev];
  if (has_out)
    x1 = spans->depart_x[stint->next];
  else if (stint->flags & TF_STINT_OPEN_END)
    /* Up to the last date the sources place them here, where the fade
     * ends: not on to the edge, which would say they are still there. */
    x1 = MIN (x1, MAX (x_for_time (layout, stint->seen), x0 + TF_LAYOUT_MIN_OPEN_END_PX));
  x0 = MAX (x0, layout->plot_x);
  x1 = MIN (x1, layout->plot_x + layout->plot_width);
  if (x1 <= x0)
    return;

  segment.kind = TF_LAYOUT_SEGMENT_STRAIGHT;
  segment.x0 = (float) x0;
  segment.x1 = (float) x1;
  segment.y0 = segment.y1 = (float) y;
  segment.strand = strand;
  segment.sublane = builder->place_sublane[stint->place];
  segment.move = stint->start_move;
  if (stint->flags & TF_STINT_OPEN_START)
    segment.flags |= TF_LAYOUT_SEGMENT_OPEN_START;
  if (stint->flags & TF_STINT_OPEN_END)
    segment.flags |= TF_LAYOUT_SEGMENT_OPEN_END;
  if (stint->flags & (TF_STINT_START_UNDATED | TF_STINT_END_UNDATED))
    segment.flags |= TF_LAYOUT_SEGMENT_UNDATED;
  /* A date no curve shows: the path starts or ends there. */
  if ((!has_in && (stint->flags & TF_STINT_START_UNCERTAIN))
      || (!has_out && (stint->flags & TF_STINT_END_UNCERTAIN)))
    segment.flags |= TF_LAYOUT_SEGMENT_UNCERTAIN;
  g_array_append_val (segments, segment);
}

void
tf_layout_trace_paths (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  CurveSpans spans;
  GArray *segments = g_array_sized_new (FALSE, FALSE, sizeof (TfLayoutSegment),
                                        careers->n_stints + careers->n_transitions + 1);
  GArray *paths = g_array_new (FALSE, FALSE, sizeof (TfLayoutPath));

  compute_curve_spans (builder, &spans);

  for (guint i = 0; i < careers->n_paths; i++)
    {
      const TfCareerPath *career = &careers->paths[i];
      TfLayoutPath path = { 0 };
      guint16 strand = 0;

      if (!builder->path_visible[i])
        continue;
      path.first_segment = segments->len;

      /* Each stint that no move or gap leads into heads a strand. */
      for (guint k = 0; k < career->n_stints; k++)
        {
          guint32 s = career->first_stint + k;
          const TfStint *stint = &careers->stints[s];
          guint before = segments->len;

          if (!builder->stint_visible[s])
            continue;
          if (stint->prev >= 0 && spans.linked[stint->prev]
              && transition_continues_strand (&careers->transitions[stint->prev]))
            continue;

          if (stint->prev >= 0 && spans.linked[stint->prev]
              && curve_in_view (layout, spans.depart_x[stint->prev], spans.arrive_x[stint->prev]))
            emit_curve (builder, &spans, segments, (guint32) stint->prev, strand);

          for (;;)
            {
              gint32 t;

              emit_straight (builder, &spans, segments, s, strand);
              t = careers->stints[s].next;
              if (t < 0 || !spans.linked[t])
                break;
              if (curve_in_view (layout, spans.depart_x[t], spans.arrive_x[t]))
                emit_curve (builder, &spans, segments, (guint32) t, strand);
              if (!transition_continues_strand (&careers->transitions[t]))
                break;
              s = careers->transitions[t].to;
            }
          if (segments->len > before)
            strand++;
        }

      path.n_segments = segments->len - path.first_segment;
      if (path.n_segments == 0)
        continue;
      path.person = career->person;
      path.group_move = career->group_move;
      path.id = career->id;
      path.name = career->name;
      path.weight = career->weight;
      path.width = tf_layout_path_units (career->weight) * layout->unit_px;
      path.label = -1;
      g_array_append_val (paths, path);
    }

  g_free (spans.depart_x);
  g_free (spans.arrive_x);
  g_free (spans.linked);

  layout->n_segments = segments->len;
  layout->segments = (TfLayoutSegment *) (gpointer) g_array_free (segments, FALSE);
  layout->n_paths = paths->len;
  layout->paths = (TfLayoutPath *) (gpointer) g_array_free (paths, FALSE);
}
