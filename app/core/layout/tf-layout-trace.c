/* tf-layout-trace.c: one person drawn over an aggregated chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>

#include "tf-careers-arrays.h"
#include "tf-layout-trace.h"

/* Half a move's curve, px, at most, and at most this share of a year. */
#define MAX_CURVE_HALF_PX 12.0
#define CURVE_HALF_YEARS  0.25

struct _TfLayoutTrace
{
  TfLayout *layout;
  GArray *segments;  /* of TfLayoutSegment */
  char *name;
};

/* The row a place is drawn in: its organization's, else the merged
 * "Others" row of its sector, or for an unnamed place its sector's
 * unnamed row; -1 when its sector is not shown. */
static int
row_of_place (TfLayout         *layout,
              const TfPlace    *place,
              GHashTable       *organization_rows)
{
  guint n_sublanes;
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  gpointer row;
  int others = -1;

  if (place->organization >= 0
      && g_hash_table_lookup_extended (organization_rows, GINT_TO_POINTER (place->organization),
                                       NULL, &row))
    return GPOINTER_TO_INT (row);
  for (guint i = 0; i < n_sublanes; i++)
    {
      if (sublanes[i].sector != place->sector)
        continue;
      if (place->organization < 0 && sublanes[i].kind == TF_LAYOUT_SUBLANE_UNNAMED)
        return (int) i;
      if (sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
        others = (int) i;
    }
  return others;
}

/* Half the curve of a move at time: a quarter year there at most, as
 * years behind an axis break are narrow. */
static double
curve_half_at (TfLayout *layout,
               double    time)
{
  return MIN (MAX_CURVE_HALF_PX,
              CURVE_HALF_YEARS * (tf_layout_x_for_time (layout, time + 0.5)
                                  - tf_layout_x_for_time (layout, time - 0.5)));
}

static double
row_middle (TfLayout *layout,
            int       row)
{
  const TfLayoutSublane *sublane = &tf_layout_get_sublanes (layout, NULL)[row];

  return sublane->y + sublane->height / 2;
}

TfLayoutTrace *
tf_layout_trace_new (TfLayout *layout,
                     int       person)
{
  TfCareers *careers;
  const TfCareerPath *career = NULL;
  g_autoptr(GHashTable) organization_rows = NULL;
  g_autofree int *stint_rows = NULL;
  TfLayoutTrace *self;
  guint n_sublanes;
  const TfLayoutSublane *sublanes;
  double plot_x, plot_width;

  g_return_val_if_fail (layout != NULL, NULL);

  careers = tf_layout_get_careers (layout);
  for (guint i = 0; i < careers->n_paths && career == NULL; i++)
    if (careers->paths[i].person == person && person >= 0)
      career = &careers->paths[i];
  if (career == NULL)
    return NULL;

  organization_rows = g_hash_table_new (NULL, NULL);
  sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  for (guint i = 0; i < n_sublanes; i++)
    if (sublanes[i].kind == TF_LAYOUT_SUBLANE_ORGANIZATION && sublanes[i].organization >= 0)
      g_hash_table_insert (organization_rows, GINT_TO_POINTER (sublanes[i].organization),
                           GINT_TO_POINTER ((int) i));
  stint_rows = g_new (int, career->n_stints + 1);
  for (guint k = 0; k < career->n_stints; k++)
    stint_rows[k] = row_of_place (layout,
                                  &careers->places[careers->stints[career->first_stint + k].place],
                                  organization_rows);

  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);

  self = g_new0 (TfLayoutTrace, 1);
  self->layout = tf_layout_ref (layout);
  self->segments = g_array_new (FALSE, TRUE, sizeof (TfLayoutSegment));
  self->name = g_strdup (career->name);

  for (guint k = 0; k < career->n_stints; k++)
    {
      const TfStint *stint = &careers->stints[career->first_stint + k];
      TfLayoutSegment segment = { 0 };
      double x0, x1;

      if (stint_rows[k] < 0)
        continue;
      /* An open end runs as far as the sources place them there. */
      x0 = tf_layout_x_for_time (layout, stint->start);
      x1 = tf_layout_x_for_time (layout, (stint->flags & TF_STINT_OPEN_END) ? stint->seen
                                                                            : stint->end);
      if (stint->prev >= 0)
        x0 += curve_half_at (layout, careers->transitions[stint->prev].arrive);
      if (stint->next >= 0)
        x1 -= curve_half_at (layout, careers->transitions[stint->next].arrive);
      x0 = MAX (x0, plot_x);
      x1 = MIN (x1, plot_x + plot_width);
      if (x1 <= x0)
        continue;
      segment.kind = TF_LAYOUT_SEGMENT_STRAIGHT;
      segment.x0 = (float) x0;
      segment.x1 = (float) x1;
      segment.y0 = segment.y1 = (float) row_middle (layout, stint_rows[k]);
      segment.sublane = stint_rows[k];
      segment.move = stint->start_move;
      if (stint->flags & TF_STINT_OPEN_END)
        segment.flags |= TF_LAYOUT_SEGMENT_OPEN_END;
      g_array_append_val (self->segments, segment);
    }

  for (guint t = career->first_transition; t < career->first_transition + career->n_transitions;
       t++)
    {
      const TfTransition *transition = &careers->transitions[t];
      int from = stint_rows[transition->from - career->first_stint];
      int to = stint_rows[transition->to - career->first_stint];
      double x = tf_layout_x_for_time (layout, transition->arrive);
      double curve_half = curve_half_at (layout, transition->arrive);
      TfLayoutSegment segment = { 0 };

      if (from < 0 || to < 0 || x + curve_half < plot_x || x - curve_half > plot_x + plot_width)
        continue;
      segment.kind = TF_LAYOUT_SEGMENT_CURVE;
      segment.x0 = (float) (x - curve_half);
      segment.x1 = (float) (x + curve_half);
      segment.y0 = (float) row_middle (layout, from);
      segment.y1 = (float) row_middle (layout, to);
      segment.sublane = to;
      segment.move = transition->move;
      if (transition->uncertain)
        segment.flags |= TF_LAYOUT_SEGMENT_UNCERTAIN;
      g_array_append_val (self->segments, segment);
    }

  if (self->segments->len == 0)
    {
      tf_layout_trace_free (self);
      return NULL;
    }
  return self;
}

void
tf_layout_trace_free (TfLayoutTrace *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->segments);
  tf_layout_unref (self->layout);
  g_free (self->name);
  g_free (self);
}

const TfLayoutSegment *
tf_layout_trace_get_segments (TfLayoutTrace *self,
                              guint         *n_segments)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_segments != NULL)
    *n_segments = self->segments->len;
  return (const TfLayoutSegment *) (gpointer) self->segments->data;
}

const char *
tf_layout_trace_get_name (TfLayoutTrace *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}
