/* tf-careers-swap.c: neighbouring places swapped where paths cross less.
 *
 * The barycentre sweeps and sifting of tf-careers-order.c make people
 * move short distances, counted in tracks; what the chart shows is how
 * often paths cross. Once the stints are on tracks, two neighbouring
 * places of a lane swap when that makes fewer paths cross, counted as
 * tf-order-optimum.h (tests/support) counts them, event by event:
 *
 * - a transition that touches one of the two places and a place beyond
 *   them crosses, before the swap or after it, every stint of the other
 *   place that is there when it happens;
 * - a transition between the two crosses the stints of each that are
 *   there, on the side of its own stint that faces the other place;
 * - two transitions at the same time cross when they leave in one order
 *   and arrive in the other.
 *
 * A parent organization pulls its labs as one path always there would.
 * Passes over every lane go on while some swap helps, at most
 * MAX_SWAP_PASSES times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-careers"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-careers-private.h"

#define MAX_SWAP_PASSES 4
/* Two places' transitions at one time are compared pair by pair up to
 * this many pairs (thousands of year-only dates fall on the same day). */
#define MAX_SIMULTANEOUS_PAIRS 1024

typedef struct
{
  TfCareers     *careers;
  const guint32 *track;      /* per stint */
  /* Per place: its transitions (from or to it) by time, and the starts
   * and ends of its stints, sorted. */
  guint32 *touch_first;      /* per place + 1 */
  guint32 *touch;
  const double *sorted_start;  /* per stint slot, as place_stints */
  const double *sorted_end;
  /* Per touch entry: its transition's time, and the place at its other
   * end (the same place for a transition inside it). */
  double  *touch_time;
  guint32 *touch_other;
  guint8  *touch_from_here;
  /* Per transition and end (from 0, to 1): the stints of that end's place
   * there at the time above and below that end's stint; -1 until asked. */
  gint32  *above;
  gint32  *below;
  guint32 *kin_first;        /* per place + 1: its parent and children */
  guint32 *kin;
} Swapper;

/* A transition and its time, sorted side by side: the sort then reads no
 * transition. */
typedef struct
{
  double  time;
  guint32 transition;
} TimeItem;

static int
compare_times (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  double x = ((const TimeItem *) a)->time;
  double y = ((const TimeItem *) b)->time;

  /* g_qsort_with_data () is stable: equal times stay in index order. */
  return (x > y) - (x < y);
}

static inline guint32
place_of (const Swapper *swapper,
          guint32        stint)
{
  return swapper->careers->stints[stint].place;
}

/* Is place a above place b? */
static inline gboolean
place_above (const TfCareers *careers,
             guint32          a,
             guint32          b)
{
  const TfPlace *x = &careers->places[a];
  const TfPlace *y = &careers->places[b];

  if (x->sector != y->sector)
    return x->sector < y->sector;
  return x->lane_position < y->lane_position;
}

/* Is stint x above stint y, places then tracks? */
static inline gboolean
stint_above (const Swapper *swapper,
             guint32        x,
             guint32        y)
{
  guint32 px = place_of (swapper, x);
  guint32 py = place_of (swapper, y);

  if (px != py)
    return place_above (swapper->careers, px, py);
  return swapper->track[x] < swapper->track[y];
}

/* How many stints of a place are there at a time (began before it, end
 * after it), for times asked in increasing order: the counts of starts
 * before and ends at or before it move forward as the times do. */
typedef struct
{
  const double *starts;
  const double *ends;
  guint n;
  guint started;
  guint ended;
} Occupancy;

static void
occupancy_init (Occupancy     *occupancy,
                const Swapper *swapper,
                guint32        p)
{
  const TfPlace *place = &swapper->careers->places[p];

  occupancy->starts = &swapper->sorted_start[place->first_stint];
  occupancy->ends = &swapper->sorted_end[place->first_stint];
  occupancy->n = place->n_stints;
  occupancy->started = occupancy->ended = 0;
}

/* The first index from `from` on where sorted[index] is not below value
 * (or not at most it, with at): by steps that double, then halving, so
 * that a few far times cost no more than a walk over many near ones. */
static inline guint
gallop (const double *sorted,
        guint         n,
        guint         from,
        double        value,
        gboolean      at)
{
  guint step = 1;
  guint lo = from, hi;

#define BEFORE(i) (sorted[i] < value || (at && sorted[i] == value))
  while (lo + step <= n && BEFORE (lo + step - 1))
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (lo + step, n);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (BEFORE (mid))
        lo = mid + 1;
      else
        hi = mid;
    }
#undef BEFORE
  return lo;
}

static inline guint
occupancy_at (Occupancy *occupancy,
              double     time)
{
  occupancy->started = gallop (occupancy->starts, occupancy->n, occupancy->started, time, FALSE);
  occupancy->ended = gallop (occupancy->ends, occupancy->n, occupancy->ended, time, TRUE);
  return occupancy->started > occupancy->ended ? occupancy->started - occupancy->ended : 0;
}

/* The stints of the place at one end of transition t that are there at
 * its time, above and below the stint at that end (side 0: from). */
static void
stints_beside (Swapper *swapper,
               guint32  t,
               guint    side,
               gint32  *above,
               gint32  *below)
{
  guint slot = 2 * t + side;

  if (swapper->above[slot] < 0)
    {
      TfCareers *careers = swapper->careers;
      const TfTransition *transition = &careers->transitions[t];
      guint32 stint = side == 0 ? transition->from : transition->to;
      const TfPlace *place = &careers->places[place_of (swapper, stint)];
      double time = transition->arrive;
      gint32 n_above = 0, n_below = 0;

      for (guint i = 0; i < place->n_stints; i++)
        {
          guint32 k = careers->place_stints[place->first_stint + i];
          const TfStint *other = &careers->stints[k];

          if (other->start >= time)
            break;
          if (k == stint || other->end <= time)
            continue;
          if (swapper->track[k] < swapper->track[stint])
            n_above++;
          else
            n_below++;
        }
      swapper->above[slot] = n_above;
      swapper->below[slot] = n_below;
    }
  *above = swapper->above[slot];
  *below = swapper->below[slot];
}

/* How much swapping places c, right above d in their lane, changes the
 * crossings of transitions touching c (for_c) or d with the stints that
 * stay where they are. */
static double
static_delta (Swapper *swapper,
              guint32  c,
              guint32  d,
              gboolean for_c)
{
  TfCareers *careers = swapper->careers;
  guint32 here = for_c ? c : d;
  guint32 there = for_c ? d : c;
  double delta = 0;
  Occupancy occupancy;

  occupancy_init (&occupancy, swapper, there);
  for (guint i = swapper->touch_first[here]; i < swapper->touch_first[here + 1]; i++)
    {
      guint32 t = swapper->touch[i];
      const TfTransition *transition;
      guint32 other = swapper->touch_other[i];

      if (other == here)
        continue;
      if (other != there)
        {
          /* Crossing the stints of `there` now when `other` is on their
           * far side; after the swap, when it is on this side. */
          int side = place_above (careers, other, c) ? 1 : -1;
          guint n = occupancy_at (&occupancy, swapper->touch_time[i]);

          delta += (for_c ? side : -side) * (double) n;
          continue;
        }
      if (!for_c)
        continue;
      transition = &careers->transitions[t];
      /* Between c and d: each end's stint crosses the stints of its place
       * on the side facing the other place, now; after, the others. */
      for (guint side = 0; side < 2; side++)
        {
          guint32 end = side == 0 ? transition->from : transition->to;
          gboolean at_c = place_of (swapper, end) == c;
          gint32 above, below;

          stints_beside (swapper, t, side, &above, &below);
          /* At c, those below face d; at d, those above face c. */
          delta += at_c ? above - below : below - above;
        }
    }

  /* A parent and its labs, as one path always there. */
  for (guint i = swapper->kin_first[here]; i < swapper->kin_first[here + 1]; i++)
    {
      guint32 other = swapper->kin[i];
      int side;

      if (other == c || other == d)
        continue;
      side = place_above (careers, other, c) ? 1 : -1;
      delta += for_c ? side : -side;
    }
  return delta;
}

/* The places a touch entry's transition leaves and arrives at. */
static inline void
entry_places (const Swapper *swapper,
              guint32        here,
              guint          i,
              guint32       *from,
              guint32       *to)
{
  *from = swapper->touch_from_here[i] ? here : swapper->touch_other[i];
  *to = swapper->touch_from_here[i] ? swapper->touch_other[i] : here;
}

/* How much the swap changes the crossings of transitions at the same time
 * with each other: pairs where one end is in c and the other in d on
 * exactly one side, before or after, change whether they cross. Such a
 * pair has one transition touching c and one touching d. */
static double
simultaneous_delta (Swapper *swapper,
                    guint32  c,
                    guint32  d)
{
  guint i = swapper->touch_first[c], i_end = swapper->touch_first[c + 1];
  guint k = swapper->touch_first[d], k_end = swapper->touch_first[d + 1];
  double delta = 0;

  while (i < i_end && k < k_end)
    {
      double time = swapper->touch_time[i];
      guint i_last = i, k_last = k;

      if (time != swapper->touch_time[k])
        {
          /* Only times at which both have transitions matter. */
          if (time < swapper->touch_time[k])
            i++;
          else
            k++;
          continue;
        }
      while (i_last < i_end && swapper->touch_time[i_last] == time)
        i_last++;
      while (k_last < k_end && swapper->touch_time[k_last] == time)
        k_last++;
      if ((gsize) (i_last - i) * (k_last - k) <= MAX_SIMULTANEOUS_PAIRS)
        for (guint a = i; a < i_last; a++)
          for (guint b = k; b < k_last; b++)
            {
              guint32 x = swapper->touch[a], y = swapper->touch[b];
              const TfTransition *tx, *ty;
              guint32 xf, xt, yf, yt;
              gboolean before_flips, after_flips, crossing;

              /* One touching both c and d is in both lists: a pair of two
               * such is met twice. */
              if (x == y || (swapper->touch_other[a] == d && swapper->touch_other[b] == c && x > y))
                continue;
              entry_places (swapper, c, a, &xf, &xt);
              entry_places (swapper, d, b, &yf, &yt);
              before_flips = (xf == c && yf == d) || (xf == d && yf == c);
              after_flips = (xt == c && yt == d) || (xt == d && yt == c);
              if (before_flips == after_flips)
                continue;
              tx = &swapper->careers->transitions[x];
              ty = &swapper->careers->transitions[y];
              if (tx->from == ty->from || tx->to == ty->to)
                continue;
              crossing = stint_above (swapper, tx->from, ty->from)
                         != stint_above (swapper, tx->to, ty->to);
              delta += crossing ? -1 : 1;
            }
      i = i_last;
      k = k_last;
    }
  return delta;
}

void
tf_careers_swap_places (TfCareers     *self,
                        const guint32 *track,
                        const double  *starts,
                        const double  *ends)
{
  Swapper swapper = { 0 };
  g_autofree TimeItem *by_time = g_new (TimeItem, self->n_transitions + 1);
  g_autofree guint32 *fill = NULL;
  g_autofree guint8 *moved = NULL;
  /* Per place: how often it swapped; the place below it when the static
   * part of their delta was computed, how often each had swapped then,
   * and that part. */
  g_autofree guint32 *swaps = NULL;
  g_autofree guint32 *cached_below = NULL;
  g_autofree guint32 *cached_swaps = NULL;
  g_autofree guint32 *cached_swaps_below = NULL;
  g_autofree double *cached_delta = NULL;

  swapper.careers = self;
  swapper.track = track;

  /* Each place's transitions by time: all sorted once, then dealt out. */
  for (guint t = 0; t < self->n_transitions; t++)
    by_time[t] = (TimeItem) { self->transitions[t].arrive, t };
  g_qsort_with_data (by_time, (gint) self->n_transitions, sizeof (TimeItem), compare_times, NULL);
  swapper.touch_first = g_new0 (guint32, self->n_places + 2);
  swapper.touch = g_new (guint32, 2 * self->n_transitions + 1);
  for (guint t = 0; t < self->n_transitions; t++)
    {
      swapper.touch_first[place_of (&swapper, self->transitions[t].from) + 1]++;
      swapper.touch_first[place_of (&swapper, self->transitions[t].to) + 1]++;
    }
  for (guint p = 0; p < self->n_places; p++)
    swapper.touch_first[p + 1] += swapper.touch_first[p];
  fill = g_memdup2 (swapper.touch_first, sizeof (guint32) * (self->n_places + 1));
  for (guint i = 0; i < self->n_transitions; i++)
    {
      const TfTransition *transition = &self->transitions[by_time[i].transition];
      guint32 from = place_of (&swapper, transition->from);
      guint32 to = place_of (&swapper, transition->to);

      swapper.touch[fill[from]++] = by_time[i].transition;
      if (to != from)
        swapper.touch[fill[to]++] = by_time[i].transition;
    }
  /* A transition from a place to itself is listed once: close the gaps. */
  {
    guint out = 0;

    for (guint p = 0; p < self->n_places; p++)
      {
        guint begin = swapper.touch_first[p];

        swapper.touch_first[p] = out;
        memmove (&swapper.touch[out], &swapper.touch[begin], (fill[p] - begin) * sizeof (guint32));
        out += fill[p] - begin;
      }
    swapper.touch_first[self->n_places] = out;
  }

  swapper.sorted_start = starts;
  swapper.sorted_end = ends;
  swapper.touch_time = g_new (double, 2 * self->n_transitions + 1);
  swapper.touch_other = g_new (guint32, 2 * self->n_transitions + 1);
  swapper.touch_from_here = g_new (guint8, 2 * self->n_transitions + 1);
  for (guint p = 0; p < self->n_places; p++)
    for (guint i = swapper.touch_first[p]; i < swapper.touch_first[p + 1]; i++)
      {
        const TfTransition *transition = &self->transitions[swapper.touch[i]];
        guint32 from = place_of (&swapper, transition->from);

        swapper.touch_time[i] = transition->arrive;
        swapper.touch_other[i] = from == p ? place_of (&swapper, transition->to) : from;
        swapper.touch_from_here[i] = from == p;
      }
  swapper.above = g_new (gint32, 2 * self->n_transitions + 1);
  swapper.below = g_new (gint32, 2 * self->n_transitions + 1);
  memset (swapper.above, 0xff, sizeof (gint32) * 2 * self->n_transitions);

  swapper.kin_first = g_new0 (guint32, self->n_places + 2);
  swapper.kin = g_new (guint32, 2 * self->n_places + 1);
  for (guint p = 0; p < self->n_places; p++)
    if (self->places[p].parent >= 0 && (guint32) self->places[p].parent != p)
      {
        swapper.kin_first[p + 1]++;
        swapper.kin_first[self->places[p].parent + 1]++;
      }
  for (guint p = 0; p < self->n_places; p++)
    swapper.kin_first[p + 1] += swapper.kin_first[p];
  g_free (fill);
  fill = g_memdup2 (swapper.kin_first, sizeof (guint32) * (self->n_places + 1));
  for (guint p = 0; p < self->n_places; p++)
    if (self->places[p].parent >= 0 && (guint32) self->places[p].parent != p)
      {
        guint32 parent = (guint32) self->places[p].parent;

        swapper.kin[fill[p]++] = parent;
        swapper.kin[fill[parent]++] = p;
      }

  /* A swap changes only what the two places' own transitions cross, and
   * the order of their transitions for those of the places they trade
   * people with: a pair none of which moved or traded with one that moved
   * in the last pass would not swap now. */
  moved = g_new (guint8, self->n_places + 1);
  swaps = g_new0 (guint32, self->n_places + 1);
  cached_below = g_new (guint32, self->n_places + 1);
  cached_swaps = g_new0 (guint32, self->n_places + 1);
  cached_swaps_below = g_new0 (guint32, self->n_places + 1);
  cached_delta = g_new0 (double, self->n_places + 1);
  memset (cached_below, 0xff, sizeof (guint32) * self->n_places);
  memset (moved, 1, self->n_places);
  for (guint pass = 0; pass < MAX_SWAP_PASSES; pass++)
    {
      gboolean swapped = FALSE;

      for (guint s = 0; s < TF_N_SECTORS; s++)
        for (guint i = 0; i + 1 < self->n_lane_places[s]; i++)
          {
            guint32 c = self->lane_places[s][i];
            guint32 d = self->lane_places[s][i + 1];
            double delta;

            if (moved[c] == 0 && moved[d] == 0)
              continue;
            /* What c and d's transitions cross of each other's stints
             * changes only when one of them swaps. */
            if (cached_below[c] != d || cached_swaps[c] != swaps[c]
                || cached_swaps_below[c] != swaps[d])
              {
                cached_below[c] = d;
                cached_swaps[c] = swaps[c];
                cached_swaps_below[c] = swaps[d];
                cached_delta[c] = static_delta (&swapper, c, d, TRUE)
                                  + static_delta (&swapper, c, d, FALSE);
              }
            delta = cached_delta[c] + simultaneous_delta (&swapper, c, d);
            if (delta < 0)
              {
                self->lane_places[s][i] = d;
                self->lane_places[s][i + 1] = c;
                self->places[d].lane_position = i;
                self->places[c].lane_position = i + 1;
                moved[c] = moved[d] = 2;
                swaps[c]++;
                swaps[d]++;
                /* Where the others' transitions meet theirs at the same
                 * time, the order of the two matters to them too. */
                for (guint k = swapper.touch_first[c]; k < swapper.touch_first[c + 1]; k++)
                  moved[swapper.touch_other[k]] = 2;
                for (guint k = swapper.touch_first[d]; k < swapper.touch_first[d + 1]; k++)
                  moved[swapper.touch_other[k]] = 2;
                swapped = TRUE;
              }
          }
      if (!swapped)
        break;
      /* Moved this pass (2) counts for the next; moved before (1) not. */
      for (guint p = 0; p < self->n_places; p++)
        moved[p] = moved[p] == 2;
    }

  g_free (swapper.touch_first);
  g_free (swapper.touch);
  g_free (swapper.touch_time);
  g_free (swapper.touch_other);
  g_free (swapper.touch_from_here);
  g_free (swapper.above);
  g_free (swapper.below);
  g_free (swapper.kin_first);
  g_free (swapper.kin);
}
