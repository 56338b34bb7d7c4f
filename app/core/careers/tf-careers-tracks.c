/* tf-careers-tracks.c: the track each stint takes inside its place.
 *
 * Inside an organization every stint gets a track, among as many tracks
 * as the organization ever needs at once, so that it is no taller than
 * that. A first pass takes the stints by start time, each to the free
 * track nearest its wish: the barycentre of where its path comes from and
 * goes to. A second pass does it again, each stint now to the free track
 * near its wish where its path crosses the fewest others: those on the
 * busy tracks, and those about to arrive, where the first pass put them
 * (see cheapest_track ()). A path is straight while at an organization,
 * so the alignment is built in. Then neighbouring organizations swap
 * (tf-careers-swap.c), and the order by (track, start) is each stint's
 * rank.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-careers"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-careers-private.h"

/* How many tracks either side of its wish a stint tries by crossings. */
#define CROSSING_WINDOW 8
/* Careers of more people than this skip the passes by crossings. */
#define CROSSING_PASSES_MAX_PEOPLE 3000

/* A stint's start, and its place in its run to break ties. */
typedef struct
{
  double  start;
  guint32 index;
} StartItem;

static int
compare_start_items (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const StartItem *x = a;
  const StartItem *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

static int
compare_u64 (gconstpointer a,
             gconstpointer b,
             gpointer      data)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* GLib's merge sort, as tf_careers_sort_items () says why. */
static void
sort_starts (StartItem *items,
             guint      n)
{
  g_qsort_with_data (items, (gint) n, sizeof (StartItem), compare_start_items, NULL);
}

static void
sort_u64 (guint64 *items,
          guint    n)
{
  g_qsort_with_data (items, (gint) n, sizeof (guint64), compare_u64, NULL);
}

static void
sort_doubles (double *items,
              guint   n)
{
  g_qsort_with_data (items, (gint) n, sizeof (double), compare_doubles, NULL);
}

/* A binary min-heap of (time, track): when each busy track frees up. */
typedef struct
{
  double  time;
  guint32 track;
} HeapItem;

static void
heap_push (HeapItem *heap,
           guint    *n,
           double    time,
           guint32   track)
{
  guint i = (*n)++;

  while (i > 0)
    {
      guint parent = (i - 1) / 2;

      if (heap[parent].time <= time)
        break;
      heap[i] = heap[parent];
      i = parent;
    }
  heap[i].time = time;
  heap[i].track = track;
}

static HeapItem
heap_pop (HeapItem *heap,
          guint    *n)
{
  HeapItem top = heap[0];
  HeapItem last = heap[--(*n)];
  guint i = 0;

  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= *n)
        break;
      if (child + 1 < *n && heap[child + 1].time < heap[child].time)
        child++;
      if (heap[child].time >= last.time)
        break;
      heap[i] = heap[child];
      i = child;
    }
  if (*n > 0)
    heap[i] = last;
  return top;
}

/* The set bit of a bitset nearest to bit wanted (the lower on a tie); there
 * must be one. Word by word outwards, so O(n_words) at worst. */
static guint32
nearest_set_bit (const guint64 *words,
                 guint          n_words,
                 guint32        wanted)
{
  const gint64 far = G_MAXINT64;
  gint64 w = wanted / 64;
  guint bit = wanted % 64;
  guint64 below_mask = (G_GUINT64_CONSTANT (1) << bit) - 1;
  guint64 above_mask = ~below_mask;
  gint64 below = -1;
  gint64 above = -1;

  /* Bits at or above wanted, and below it, in wanted's own word. */
  if (words[w] & above_mask)
    above = w * 64 + __builtin_ctzll (words[w] & above_mask);
  if (words[w] & below_mask)
    below = w * 64 + 63 - __builtin_clzll (words[w] & below_mask);

  for (gint64 d = 1; ; d++)
    {
      gint64 best = MIN (below >= 0 ? (gint64) wanted - below : far,
                         above >= 0 ? above - (gint64) wanted : far);
      /* The nearest a bit could be in the next word on either side. */
      gint64 next_below = w - d >= 0 ? (gint64) wanted - ((w - d) * 64 + 63) : far;
      gint64 next_above = w + d < (gint64) n_words ? (w + d) * 64 - (gint64) wanted : far;

      if (best <= MIN (next_below, next_above))
        break;
      if (below < 0 && next_below != far && words[w - d])
        below = (w - d) * 64 + 63 - __builtin_clzll (words[w - d]);
      if (above < 0 && next_above != far && words[w + d])
        above = (w + d) * 64 + __builtin_ctzll (words[w + d]);
    }

  g_assert (below >= 0 || above >= 0);
  if (below < 0)
    return (guint32) above;
  if (above < 0)
    return (guint32) below;
  return (gint64) wanted - below <= above - (gint64) wanted ? (guint32) below : (guint32) above;
}

/* A stint as the choice of tracks by crossings reads it (see
 * compute_ends ()). */
typedef struct
{
  double  start;
  double  end;
  double  arrive;      /* when a transition arrives at it; NAN */
  double  leave;       /* when the transition leaving it arrives; NAN */
  guint64 from;        /* where the stint that transition comes from is, */
  guint64 to;          /* and where the one the leaving one goes to is */
  guint8  from_above;  /* from's place is above this stint's */
  guint8  to_above;
} Ends;

/* The stints of every place in start order ("slots"), with what the track
 * assignment reads of them copied side by side: reading them through the
 * stint array would jump around memory for every stint. */
struct _TfCareersTracks
{
  guint32 *stint;       /* per slot */
  double  *start;
  double  *end;
  gint32  *before;      /* per slot: the stint the path comes from, -1 */
  gint32  *after;       /* per slot: the stint the path goes to, -1 */
  double  *sorted_end;  /* per slot: each place's ends, sorted */
  guint32 *place_of;    /* per stint */
  guint32 *track;       /* per stint */
  guint32 *wish;        /* per slot */
  double  *position;    /* per place: centre on the global axis */
  TfCareersSortItem *items;      /* as long as the largest place */
  guint64  *keys;       /* as long as the largest place */
  HeapItem *heap;
  guint64  *free_tracks;
  /* For the choice by crossings: per stint and per track, what it is
   * made of; the last pass's tracks; what each track would cost. */
  Ends     *ends;         /* per stint */
  Ends     *owner;        /* per track: the ends of the stint on it */
  guint32  *by_track_first;  /* per track + 2: the last pass's slots by track */
  guint32  *by_track_cursor; /* per track + 1 */
  guint32  *by_track;        /* as long as the largest place */
  double   *by_track_above;  /* as long as the largest place */
  double   *by_track_below;
  double   *cost_above;   /* per track + 1 */
  double   *cost_below;
  guint     max_stints;   /* in any one place */
};

/* Where a stint is on the global axis: the centre of its place on the
 * first pass, of its track on the next. */
static inline double
stint_position (TfCareers   *self,
                const TfCareersTracks *slots,
                guint32      stint,
                gboolean     use_tracks)
{
  guint32 place = slots->place_of[stint];
  double centre = slots->position[place];

  if (!use_tracks || self->places[place].peak == 0)
    return centre;
  return centre - self->places[place].peak / 2.0 + slots->track[stint] + 0.5;
}

/* Crossings between the strands of stints s and u of one place, there at
 * once, with s above u (added to *if_above) and below it (*if_below), as
 * tf-order-optimum.h counts them. They can cross only where one of them
 * takes part in a transition: each crosses the other when it arrives or
 * leaves while the other is there, unless it is on the side of the place
 * it comes from or goes to; two that arrive, or leave, at once cross when
 * their order differs from that of where they come from or go to. (A
 * branch counts as an arrival, a merge as a leaving, and what branches
 * off or merges into a stint while it is there is left out.) */
static inline void
pair_costs (const Ends *s,
            const Ends *u,
            double     *if_above,
            double     *if_below)
{
  if (s->arrive > u->start && s->arrive < u->end)
    {
      *if_above += !s->from_above;
      *if_below += s->from_above;
    }
  if (s->leave > u->start && s->leave < u->end)
    {
      *if_above += !s->to_above;
      *if_below += s->to_above;
    }
  if (u->arrive > s->start && u->arrive < s->end)
    {
      *if_above += u->from_above;
      *if_below += !u->from_above;
    }
  if (u->leave > s->start && u->leave < s->end)
    {
      *if_above += u->to_above;
      *if_below += !u->to_above;
    }
  if (s->arrive == u->arrive && s->from != u->from)
    {
      gboolean above = s->from < u->from;

      *if_above += !above;
      *if_below += above;
    }
  if (s->leave == u->leave && s->to != u->to)
    {
      gboolean above = s->to < u->to;

      *if_above += !above;
      *if_below += above;
    }
}

/* The free track where the stint in slot j crosses the others least, of
 * those within CROSSING_WINDOW of its wish (every track, where a place
 * needs few), given the stints on the busy tracks and, on their tracks of
 * the last pass, those that will start while it is there; the one nearest
 * the wish of those. Only the tracks among the candidates tell them
 * apart: the others are on the same side of every candidate. */
static guint32
cheapest_track (TfCareers *self,
                TfCareersTracks     *slots,
                guint      n_tracks,
                guint      j,
                guint32    wish)
{
  guint32 k = slots->stint[j];
  const Ends *s = &slots->ends[k];
  guint lo = wish > CROSSING_WINDOW ? wish - CROSSING_WINDOW : 0;
  guint hi = MIN (n_tracks, wish + CROSSING_WINDOW + 1);
  double below_sum = 0;
  double above_sum = 0;
  double best = G_MAXDOUBLE;
  guint32 best_track = G_MAXUINT32;
  guint32 best_distance = G_MAXUINT32;

  for (guint t = lo; t < hi; t++)
    {
      slots->cost_above[t] = 0;
      slots->cost_below[t] = 0;
      if (slots->free_tracks[t / 64] & (G_GUINT64_CONSTANT (1) << (t % 64)))
        continue;
      pair_costs (s, &slots->owner[t], &slots->cost_above[t], &slots->cost_below[t]);
      above_sum += slots->cost_above[t];
    }
  /* The stints that start while k is there, on their tracks of the last
   * pass: they choose again after k, but k can make room for them. Each
   * track's are in start order, from the first that starts after k; all
   * but the last that starts before k ends also end before it, so they
   * count only for their own moves (summed in by_track_above and _below). */
  for (guint t = lo; t < hi; t++)
    {
      guint end = slots->by_track_first[t + 1];
      guint i = slots->by_track_cursor[t];
      guint past;

      while (i < end && slots->by_track[i] <= j)
        i++;
      slots->by_track_cursor[t] = i;
      if (i == end || slots->start[slots->by_track[i]] >= s->end)
        continue;
      /* The first at or past k's end, by bisection. */
      {
        guint lo_i = i + 1;

        past = end;
        while (lo_i < past)
          {
            guint mid = lo_i + (past - lo_i) / 2;

            if (slots->start[slots->by_track[mid]] < s->end)
              lo_i = mid + 1;
            else
              past = mid;
          }
      }
      {
        guint32 u = slots->stint[slots->by_track[past - 1]];
        double if_above = slots->by_track_above[past - 1] - slots->by_track_above[i];
        double if_below = slots->by_track_below[past - 1] - slots->by_track_below[i];

        pair_costs (s, &slots->ends[u], &if_above, &if_below);
        slots->cost_above[t] += if_above;
        slots->cost_below[t] += if_below;
        above_sum += if_above;
      }
    }
  /* On track t, k is below the busy tracks before t and above those after. */
  for (guint t = lo; t < hi; t++)
    {
      if (slots->free_tracks[t / 64] & (G_GUINT64_CONSTANT (1) << (t % 64)))
        {
          double cost = below_sum + above_sum - slots->cost_above[t];
          guint32 distance = t > wish ? t - wish : wish - t;

          if (cost < best || (cost == best && distance < best_distance))
            {
              best = cost;
              best_track = t;
              best_distance = distance;
            }
        }
      above_sum -= slots->cost_above[t];
      below_sum += slots->cost_below[t];
    }
  if (best_track == G_MAXUINT32)
    best_track = nearest_set_bit (slots->free_tracks, (n_tracks + 63) / 64, wish);
  return best_track;
}

/* Where a stint is, as a number that sorts as stints do top to bottom:
 * lane, place in the lane, track. */
static guint64
stint_key (TfCareers   *self,
           const TfCareersTracks *slots,
           guint32      stint)
{
  const TfPlace *place = &self->places[slots->place_of[stint]];

  return ((guint64) place->sector << 58) | ((guint64) place->lane_position << 32)
         | slots->track[stint];
}

/* What pair_costs () reads of each stint, once the places are in order
 * and the stints on tracks: when transitions arrive at it and leave it,
 * and where from and to. */
static void
compute_ends (TfCareers *self,
              TfCareersTracks     *slots)
{
  for (guint k = 0; k < self->n_stints; k++)
    {
      const TfStint *stint = &self->stints[k];
      guint64 key = stint_key (self, slots, k);
      Ends *ends = &slots->ends[k];

      ends->start = stint->start;
      ends->end = stint->end;
      ends->arrive = NAN;
      ends->leave = NAN;
      ends->from = ends->to = key;
      ends->from_above = ends->to_above = FALSE;
      if (stint->prev >= 0)
        {
          const TfTransition *t = &self->transitions[stint->prev];

          ends->arrive = t->arrive;
          ends->from = stint_key (self, slots, t->from);
          /* Places differ in the bits above the track's. */
          ends->from_above = (ends->from >> 32) < (key >> 32);
        }
      if (stint->next >= 0)
        {
          const TfTransition *t = &self->transitions[stint->next];

          ends->leave = t->arrive;
          ends->to = stint_key (self, slots, t->to);
          ends->to_above = (ends->to >> 32) < (key >> 32);
        }
    }
}

/* Sorts a place's items as sort_items() would, but faster: the slots are
 * already in (start, stint) order, and positions are multiples of 0.25
 * (means of track or place centres, which are multiples of 0.5), so an
 * item's position times 4 and its slot make a 64-bit key. FALSE, with
 * items untouched, when a position does not fit that key. */
static gboolean
sort_by_position (TfCareersTracks    *slots,
                  TfCareersSortItem *items,
                  guint     first,
                  guint     n)
{
  guint64 *keys = slots->keys;

  for (guint i = 0; i < n; i++)
    {
      double scaled = items[i].primary * 4;

      if (!(scaled >= 0 && scaled < 4294967296.0 && (double) (guint64) scaled == scaled))
        return FALSE;
      keys[i] = ((guint64) scaled << 32) | (items[i].index - first);
    }
  sort_u64 (keys, n);
  for (guint i = 0; i < n; i++)
    items[i].index = first + (guint32) (keys[i] & 0xffffffff);
  return TRUE;
}

static void
assign_tracks (TfCareers *self,
               TfCareersTracks     *slots,
               guint32    p,
               gboolean   use_tracks,
               gboolean   by_crossings)
{
  const TfPlace *place = &self->places[p];
  guint first = place->first_stint;
  guint n = place->n_stints;
  guint n_tracks = place->peak;
  guint n_words = (n_tracks + 63) / 64;
  guint n_heap = 0;
  TfCareersSortItem *items = slots->items;

  if (n == 0)
    return;

  /* Wishes: the rank of each stint's barycentre, spread over the tracks. */
  for (guint i = 0; i < n; i++)
    {
      guint j = first + i;
      double sum = 0;
      guint count = 0;

      if (slots->before[j] >= 0)
        {
          sum += stint_position (self, slots, (guint32) slots->before[j], use_tracks);
          count++;
        }
      if (slots->after[j] >= 0)
        {
          sum += stint_position (self, slots, (guint32) slots->after[j], use_tracks);
          count++;
        }
      items[i].primary = count > 0 ? sum / count
                                   : stint_position (self, slots, slots->stint[j], use_tracks);
      items[i].secondary = slots->start[j];
      items[i].tie = slots->stint[j];
      items[i].index = j;
    }
  if (!sort_by_position (slots, items, first, n))
    tf_careers_sort_items (items, n);
  for (guint i = 0; i < n; i++)
    slots->wish[items[i].index] = (guint32) ((guint64) i * n_tracks / n);

  /* The slots of each track of the last pass, in start order. */
  if (by_crossings)
    {
      memset (slots->by_track_first, 0, sizeof (guint32) * (n_tracks + 2));
      for (guint j = first; j < first + n; j++)
        slots->by_track_first[slots->track[slots->stint[j]] + 1]++;
      for (guint t = 0; t <= n_tracks; t++)
        slots->by_track_first[t + 1] += slots->by_track_first[t];
      memcpy (slots->by_track_cursor, slots->by_track_first, sizeof (guint32) * (n_tracks + 1));
      for (guint j = first; j < first + n; j++)
        slots->by_track[slots->by_track_cursor[slots->track[slots->stint[j]]]++] = j;
      memcpy (slots->by_track_cursor, slots->by_track_first, sizeof (guint32) * (n_tracks + 1));
      /* What each costs a stint above it and below it by its own moves:
       * sums over the slots of each track before it. */
      for (guint t = 0; t < n_tracks; t++)
        {
          double above = 0, below = 0;

          for (guint i = slots->by_track_first[t]; i < slots->by_track_first[t + 1]; i++)
            {
              const Ends *u = &slots->ends[slots->stint[slots->by_track[i]]];

              slots->by_track_above[i] = above;
              slots->by_track_below[i] = below;
              if (!isnan (u->arrive))
                {
                  above += u->from_above;
                  below += !u->from_above;
                }
              if (!isnan (u->leave))
                {
                  above += u->to_above;
                  below += !u->to_above;
                }
            }
        }
    }

  /* Stints by start time take the free track nearest their wish. */
  memset (slots->free_tracks, 0, n_words * sizeof (guint64));
  for (guint t = 0; t < n_tracks; t++)
    slots->free_tracks[t / 64] |= G_GUINT64_CONSTANT (1) << (t % 64);

  for (guint j = first; j < first + n; j++)
    {
      guint32 track;

      while (n_heap > 0 && slots->heap[0].time <= slots->start[j])
        {
          HeapItem freed = heap_pop (slots->heap, &n_heap);

          slots->free_tracks[freed.track / 64] |= G_GUINT64_CONSTANT (1) << (freed.track % 64);
        }
      if (by_crossings)
        track = cheapest_track (self, slots, n_tracks, j, slots->wish[j]);
      else
        track = nearest_set_bit (slots->free_tracks, n_words, slots->wish[j]);
      slots->free_tracks[track / 64] &= ~(G_GUINT64_CONSTANT (1) << (track % 64));
      slots->track[slots->stint[j]] = track;
      if (by_crossings)
        slots->owner[track] = slots->ends[slots->stint[j]];
      heap_push (slots->heap, &n_heap, slots->end[j] + TF_CAREERS_TRACK_GAP_YEARS, track);
    }
}

/* Per place: its stints in start order, and the peak number of stints at
 * once. The stints are read once, in memory order, into per-place runs of
 * the slot arrays; each run is then sorted where it lies. */
static void
compute_slots (TfCareers *self,
               TfCareersTracks     *slots,
               guint      max_stints)
{
  g_autofree StartItem *starts = g_new (StartItem, max_stints + 1);
  g_autofree guint32 *fill = g_new (guint32, self->n_places + 1);
  g_autofree guint32 *run_stint = g_new (guint32, max_stints + 1);
  g_autofree double *run_start = g_new (double, max_stints + 1);
  g_autofree double *run_end = g_new (double, max_stints + 1);
  g_autofree gint32 *run_before = g_new (gint32, max_stints + 1);
  g_autofree gint32 *run_after = g_new (gint32, max_stints + 1);

  for (guint p = 0; p < self->n_places; p++)
    fill[p] = self->places[p].first_stint;
  for (guint k = 0; k < self->n_stints; k++)
    {
      const TfStint *stint = &self->stints[k];
      guint j = fill[stint->place]++;

      slots->stint[j] = k;
      slots->start[j] = stint->start;
      slots->end[j] = stint->end;
      slots->before[j] = stint->prev >= 0 ? (gint32) self->transitions[stint->prev].from : -1;
      slots->after[j] = stint->next >= 0 ? (gint32) self->transitions[stint->next].to : -1;
    }

  for (guint p = 0; p < self->n_places; p++)
    {
      TfPlace *place = &self->places[p];
      guint first = place->first_stint;
      guint count = place->n_stints;
      guint active_ends = 0;

      /* Sort the run through a copy the size of the largest place, which
       * stays in cache. */
      memcpy (run_stint, &slots->stint[first], count * sizeof (guint32));
      memcpy (run_start, &slots->start[first], count * sizeof (double));
      memcpy (run_end, &slots->end[first], count * sizeof (double));
      memcpy (run_before, &slots->before[first], count * sizeof (gint32));
      memcpy (run_after, &slots->after[first], count * sizeof (gint32));
      for (guint i = 0; i < count; i++)
        {
          starts[i] = (StartItem) { run_start[i], i };
          slots->sorted_end[first + i] = run_end[i];
        }
      sort_starts (starts, count);
      sort_doubles (&slots->sorted_end[first], count);

      for (guint i = 0; i < count; i++)
        {
          guint j = first + i;
          guint from = starts[i].index;

          slots->stint[j] = run_stint[from];
          slots->start[j] = run_start[from];
          slots->end[j] = run_end[from];
          slots->before[j] = run_before[from];
          slots->after[j] = run_after[from];
          self->place_stints[j] = run_stint[from];
        }

      /* The peak, counted the way assign_tracks frees tracks: a stint's
       * track is free again once end + gap <= the next start. */
      place->peak = 0;
      for (guint i = 0; i < count; i++)
        {
          while (active_ends < count
                 && slots->sorted_end[first + active_ends] + TF_CAREERS_TRACK_GAP_YEARS
                      <= starts[i].start)
            active_ends++;
          place->peak = MAX (place->peak, i + 1 - active_ends);
        }
    }
}

TfCareersTracks *
tf_careers_tracks_new (TfCareers *self,
                       guint      max_stints)
{
  TfCareersTracks *slots = g_new0 (TfCareersTracks, 1);
  guint n = self->n_stints + 1;

  slots->max_stints = max_stints;
  slots->stint = g_new (guint32, n);
  slots->start = g_new (double, n);
  slots->end = g_new (double, n);
  slots->sorted_end = g_new (double, n);
  slots->before = g_new (gint32, n);
  slots->after = g_new (gint32, n);
  slots->place_of = g_new (guint32, n);
  slots->track = g_new0 (guint32, n);
  slots->wish = g_new (guint32, n);
  for (guint i = 0; i < self->n_stints; i++)
    slots->place_of[i] = self->stints[i].place;
  compute_slots (self, slots, max_stints);
  return slots;
}

void
tf_careers_tracks_assign (TfCareersTracks *slots,
                          TfCareers       *self)
{
  g_autofree guint32 *first = NULL;
  guint max_stints = slots->max_stints;
  guint max_peak = 0;
  guint n = self->n_stints + 1;

  for (guint p = 0; p < self->n_places; p++)
    max_peak = MAX (max_peak, self->places[p].peak);

  slots->items = g_new (TfCareersSortItem, max_stints + 1);
  slots->keys = g_new (guint64, max_stints + 1);
  slots->heap = g_new (HeapItem, max_stints + 1);
  slots->free_tracks = g_new (guint64, (max_peak + 63) / 64 + 1);
  slots->position = g_new (double, self->n_places + 1);
  {
    double y = 0;

    for (guint s = 0; s < TF_N_SECTORS; s++)
      for (guint i = 0; i < self->n_lane_places[s]; i++)
        {
          guint32 p = self->lane_places[s][i];

          slots->position[p] = y + self->places[p].peak / 2.0;
          y += self->places[p].peak;
        }
  }

  slots->owner = g_new0 (Ends, max_peak + 2);
  slots->ends = g_new (Ends, n);
  slots->by_track_first = g_new (guint32, max_peak + 4);
  slots->by_track_cursor = g_new (guint32, max_peak + 4);
  slots->by_track = g_new (guint32, max_stints + 1);
  slots->by_track_above = g_new (double, max_stints + 1);
  slots->by_track_below = g_new (double, max_stints + 1);
  slots->cost_above = g_new (double, max_peak + 2);
  slots->cost_below = g_new (double, max_peak + 2);

  /* By wishes, then by crossings (more passes by crossings do not cross
   * less: each moves stints the last one counted on). The passes by
   * crossings serve the chart of one path per person; past
   * CROSSING_PASSES_MAX_PEOPLE the chart shows ribbons unless filtered
   * down, and the passes would triple the time an edit takes to show
   * (build-aux/bench: careers_10k, edit_reflected_10k). */
  for (guint p = 0; p < self->n_places; p++)
    assign_tracks (self, slots, p, FALSE, FALSE);
  if (self->n_paths <= CROSSING_PASSES_MAX_PEOPLE)
    {
      compute_ends (self, slots);
      for (guint p = 0; p < self->n_places; p++)
        assign_tracks (self, slots, p, TRUE, TRUE);
      tf_careers_swap_places (self, slots->track, slots->start, slots->sorted_end);
    }

  /* Rank = order by (track, start): a counting sort by track of the
   * stints in start order. */
  first = g_new (guint32, max_peak + 2);
  for (guint p = 0; p < self->n_places; p++)
    {
      const TfPlace *place = &self->places[p];
      guint32 *stints = &self->place_stints[place->first_stint];

      memset (first, 0, sizeof (guint32) * (place->peak + 2));
      for (guint j = place->first_stint; j < place->first_stint + place->n_stints; j++)
        first[slots->track[slots->stint[j]] + 1]++;
      for (guint t = 0; t < place->peak; t++)
        first[t + 1] += first[t];
      for (guint j = place->first_stint; j < place->first_stint + place->n_stints; j++)
        {
          guint32 k = slots->stint[j];
          guint32 rank = first[slots->track[k]]++;

          stints[rank] = k;
          self->stints[k].rank = rank;
        }
    }
}

void
tf_careers_tracks_free (TfCareersTracks *slots)
{
  g_free (slots->stint);
  g_free (slots->start);
  g_free (slots->end);
  g_free (slots->sorted_end);
  g_free (slots->before);
  g_free (slots->after);
  g_free (slots->place_of);
  g_free (slots->track);
  g_free (slots->wish);
  g_free (slots->items);
  g_free (slots->keys);
  g_free (slots->heap);
  g_free (slots->free_tracks);
  g_free (slots->position);
  g_free (slots->owner);
  g_free (slots->ends);
  g_free (slots->by_track_first);
  g_free (slots->by_track_cursor);
  g_free (slots->by_track);
  g_free (slots->by_track_above);
  g_free (slots->by_track_below);
  g_free (slots->cost_above);
  g_free (slots->cost_below);
  g_free (slots);
}
