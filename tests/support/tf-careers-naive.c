/* tf-careers-naive.c: the naive order of organizations and people.
 *
 * The careers are built as the app builds them, then ordered again in
 * place through the public arrays, before anyone else sees them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-support"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-careers-arrays.h"
#include "tf-careers-naive.h"

typedef struct
{
  double  start;
  guint32 stint;
} Slot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *sa = a;
  const Slot *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  return sa->stint < sb->stint ? -1 : sa->stint > sb->stint;
}

/* Lanes in dataset order, as tf_careers_compute_order() starts them. */
static void
order_lanes (TfCareers *self)
{
  for (guint s = 0; s < TF_N_SECTORS; s++)
    self->n_lane_places[s] = 0;
  for (guint p = 0; p < self->n_places; p++)
    {
      TfSector s = self->places[p].sector;

      self->places[p].lane_position = self->n_lane_places[s];
      self->lane_places[s][self->n_lane_places[s]++] = p;
    }
}

/* Each stint of a place, in (start, stint) order, takes the lowest track
 * free at its start; a track is free again TF_CAREERS_TRACK_GAP_YEARS after
 * its stint ends. Rank is the order by (track, start). */
static void
order_stints (TfCareers *self,
              TfPlace   *place)
{
  guint32 *place_stints = &self->place_stints[place->first_stint];
  guint n = place->n_stints;
  g_autofree Slot *slots = g_new (Slot, n + 1);
  g_autofree guint32 *track = g_new (guint32, n + 1);
  g_autofree double *free_at = g_new (double, place->peak + 1);
  g_autofree guint32 *first = g_new0 (guint32, place->peak + 2);

  for (guint i = 0; i < n; i++)
    {
      slots[i].stint = place_stints[i];
      slots[i].start = self->stints[place_stints[i]].start;
    }
  qsort (slots, n, sizeof (Slot), compare_slots);

  for (guint t = 0; t < place->peak; t++)
    free_at[t] = -INFINITY;
  for (guint i = 0; i < n; i++)
    {
      guint t = 0;

      while (t < place->peak && free_at[t] > slots[i].start)
        t++;
      g_assert (t < place->peak);
      track[i] = t;
      free_at[t] = self->stints[slots[i].stint].end + TF_CAREERS_TRACK_GAP_YEARS;
    }

  /* A counting sort by track of the stints in start order. */
  for (guint i = 0; i < n; i++)
    first[track[i] + 1]++;
  for (guint t = 0; t < place->peak; t++)
    first[t + 1] += first[t];
  for (guint i = 0; i < n; i++)
    {
      guint32 rank = first[track[i]]++;

      place_stints[rank] = slots[i].stint;
      self->stints[slots[i].stint].rank = rank;
    }
}

TfCareers *
tf_careers_new_naive (TfDataset *dataset)
{
  TfCareers *self;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);

  self = tf_careers_new (dataset);
  order_lanes (self);
  for (guint p = 0; p < self->n_places; p++)
    order_stints (self, &self->places[p]);
  return self;
}
