/* tf-careers-order.c: the global order of organizations and people.
 *
 * Order, then align, then compact (as in StoryFlow, Liu et al. 2013):
 *
 * - Organizations inside each sector lane are ordered so that people move
 *   short distances: barycentre sweeps over all lanes (each organization
 *   goes to the weighted mean position of the organizations its people
 *   come from and go to), keeping the best order seen, then sifting:
 *   each tries the positions near its own and keeps the one where people
 *   move the shortest total distance.
 * - Inside an organization every stint gets a track, among as many tracks
 *   as the organization ever needs at once, so that it is no taller than
 *   that. A first pass takes the stints by start time, each to the free
 *   track nearest its wish: the barycentre of where its path comes from
 *   and goes to. A second pass does it again, each stint now to the free
 *   track near its wish where its path crosses the fewest others: those
 *   on the busy tracks, and those about to arrive, where the first pass
 *   put them (see cheapest_track ()). A path is straight while at an
 *   organization, so the alignment is built in.
 * - Then neighbouring organizations of a lane swap where that makes fewer
 *   paths cross, the count exact for the tracks they have
 *   (tf-careers-swap.c).
 * - The order by (track, start) is each stint's rank. The layout compacts
 *   by dropping stints in rank order onto a skyline, so whatever subset a
 *   filter leaves keeps its relative order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-careers"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-careers-private.h"

#define MAX_SWEEPS 16
#define MAX_SIFT_PASSES 2
/* How far, in places, an organization is tried away from where it is. */
#define SIFT_WINDOW 8
/* How many tracks either side of its wish a stint tries by crossings. */
#define CROSSING_WINDOW 8
/* Careers of more people than this skip the passes by crossings. */
#define CROSSING_PASSES_MAX_PEOPLE 3000

typedef struct
{
  double  primary;
  double  secondary;
  guint32 tie;
  guint32 index;
} SortItem;

static int
compare_sort_items (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  const SortItem *x = a;
  const SortItem *y = b;

  if (x->primary != y->primary)
    return x->primary < y->primary ? -1 : 1;
  if (x->secondary != y->secondary)
    return x->secondary < y->secondary ? -1 : 1;
  if (x->tie != y->tie)
    return x->tie < y->tie ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

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

/* GLib's merge sort. An inlined quicksort of our own sorted these arrays
 * 1.1 to 2.4 times faster (qsort (): 1.3 to 3.9), and the careers and the
 * layout a fifth to a third faster, but opening a file of 100k people
 * only 1.5% faster, and redrawing not at all: not worth a sort of our own
 * to keep (measured by build-aux/bench before it went). */
static void
sort_items (SortItem *items,
            guint     n)
{
  g_qsort_with_data (items, (gint) n, sizeof (SortItem), compare_sort_items, NULL);
}

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

/* The weighted graph of moves between places, as adjacency lists. */
typedef struct
{
  guint32 *first;     /* n_places + 1 */
  guint32 *neighbour;
  double  *weight;
  /* Each place's neighbours in its own lane come first, up to same_end;
   * cross is the weight of its edges to lanes above less that of its
   * edges to lanes below. */
  guint32 *same_end;
  double  *cross;
} PlaceGraph;

static void
place_graph_build (TfCareers  *self,
                   PlaceGraph *graph)
{
  g_autofree guint64 *keys = NULL;
  g_autofree double *key_weights = NULL;
  g_autofree guint32 *fill = NULL;
  guint n_keys = 0;
  guint n_edges = 0;

  /* One (low place, high place) key per path that moves between them, and
   * one per parent organization, which pulls its labs like one path
   * would; sorted, the runs of equal keys are the edges and their weights.
   * Paths count, not people: a crossing is a crossing however thick. */
  keys = g_new (guint64, self->n_transitions + self->n_places + 1);
  for (guint i = 0; i < self->n_transitions; i++)
    {
      guint32 a = self->stints[self->transitions[i].from].place;
      guint32 b = self->stints[self->transitions[i].to].place;

      if (a != b)
        keys[n_keys++] = ((guint64) MIN (a, b) << 32) | MAX (a, b);
    }
  for (guint p = 0; p < self->n_places; p++)
    if (self->places[p].parent >= 0 && (guint32) self->places[p].parent != p)
      {
        guint32 parent = (guint32) self->places[p].parent;

        keys[n_keys++] = ((guint64) MIN (p, parent) << 32) | MAX (p, parent);
      }
  /* Sorted by a counting sort on the high place, then a stable one on the
   * low place: two passes over the keys, where a comparison sort of
   * tens of thousands of them took most of the time here. */
  {
    g_autofree guint64 *sorted = g_new (guint64, n_keys + 1);
    g_autofree guint32 *count = g_new (guint32, self->n_places + 1);

    for (guint pass = 0; pass < 2; pass++)
      {
        guint shift = pass == 0 ? 0 : 32;
        guint64 *from = pass == 0 ? keys : sorted;
        guint64 *to = pass == 0 ? sorted : keys;

        memset (count, 0, sizeof (guint32) * (self->n_places + 1));
        for (guint i = 0; i < n_keys; i++)
          count[((from[i] >> shift) & 0xffffffff) + 1]++;
        for (guint p = 0; p < self->n_places; p++)
          count[p + 1] += count[p];
        for (guint i = 0; i < n_keys; i++)
          to[count[(from[i] >> shift) & 0xffffffff]++] = from[i];
      }
  }

  key_weights = g_new (double, n_keys + 1);
  for (guint i = 0; i < n_keys; i++)
    {
      if (n_edges > 0 && keys[n_edges - 1] == keys[i])
        key_weights[n_edges - 1] += 1;
      else
        {
          keys[n_edges] = keys[i];
          key_weights[n_edges] = 1;
          n_edges++;
        }
    }

  graph->first = g_new0 (guint32, self->n_places + 1);
  graph->neighbour = g_new (guint32, 2 * n_edges + 1);
  graph->weight = g_new (double, 2 * n_edges + 1);
  for (guint i = 0; i < n_edges; i++)
    {
      graph->first[(keys[i] >> 32) + 1]++;
      graph->first[(keys[i] & 0xffffffff) + 1]++;
    }
  for (guint p = 0; p < self->n_places; p++)
    graph->first[p + 1] += graph->first[p];
  fill = g_memdup2 (graph->first, sizeof (guint32) * (self->n_places + 1));
  for (guint i = 0; i < n_edges; i++)
    {
      guint32 a = (guint32) (keys[i] >> 32);
      guint32 b = (guint32) (keys[i] & 0xffffffff);

      graph->neighbour[fill[a]] = b;
      graph->weight[fill[a]++] = key_weights[i];
      graph->neighbour[fill[b]] = a;
      graph->weight[fill[b]++] = key_weights[i];
    }

  /* Neighbours in the same lane first, in a stable partition. */
  graph->same_end = g_new (guint32, self->n_places + 1);
  graph->cross = g_new0 (double, self->n_places + 1);
  {
    g_autofree guint32 *other_neighbour = g_new (guint32, 2 * n_edges + 1);
    g_autofree double *other_weight = g_new (double, 2 * n_edges + 1);

    for (guint p = 0; p < self->n_places; p++)
      {
        TfSector sector = self->places[p].sector;
        guint same = graph->first[p];
        guint n_other = 0;

        for (guint e = graph->first[p]; e < graph->first[p + 1]; e++)
          {
            TfSector other = self->places[graph->neighbour[e]].sector;

            if (other == sector)
              {
                graph->neighbour[same] = graph->neighbour[e];
                graph->weight[same++] = graph->weight[e];
              }
            else
              {
                other_neighbour[n_other] = graph->neighbour[e];
                other_weight[n_other++] = graph->weight[e];
                graph->cross[p] += other < sector ? graph->weight[e] : -graph->weight[e];
              }
          }
        graph->same_end[p] = same;
        memcpy (&graph->neighbour[same], other_neighbour, n_other * sizeof (guint32));
        memcpy (&graph->weight[same], other_weight, n_other * sizeof (double));
      }
  }
}

static void
place_graph_clear (PlaceGraph *graph)
{
  g_free (graph->first);
  g_free (graph->neighbour);
  g_free (graph->weight);
  g_free (graph->same_end);
  g_free (graph->cross);
}

/* Positions are centres on one vertical axis where each place is as tall
 * as the tracks it needs at most at once, lanes stacked in sector order. */
static void
compute_lane_positions (TfCareers    *self,
                        TfSector      sector,
                        const double *lane_base,
                        const double *size,
                        double       *position)
{
  double y = lane_base[sector];

  for (guint i = 0; i < self->n_lane_places[sector]; i++)
    {
      guint32 p = self->lane_places[sector][i];

      position[p] = y + size[p] / 2;
      y += size[p];
    }
}

static double
total_cost (TfCareers        *self,
            const PlaceGraph *graph,
            const double     *position)
{
  double cost = 0;

  for (guint p = 0; p < self->n_places; p++)
    for (guint e = graph->first[p]; e < graph->first[p + 1]; e++)
      if (graph->neighbour[e] > p)
        cost += graph->weight[e] * fabs (position[p] - position[graph->neighbour[e]]);
  return cost;
}

/* Sifting tries each organization at the SIFT_WINDOW positions above and
 * below its own. Positions are centres of places whose heights are whole
 * tracks, so multiples of 0.5, and weights count paths: every distance
 * and sum below is exact whatever order it is added in, which lets the
 * organization's own edges be read once for all the positions it tries
 * instead of once per position. */
#define N_CANDIDATES (2 * SIFT_WINDOW + 2)

/* How much the total distance moved along a's edges changes when a moves
 * by shift inside its lane, leaving out its edge to other (in the same
 * lane, which sifting accounts for apart), whose weight goes to
 * *other_weight (0 when there is none). Places in other lanes stay on one
 * side of it however it moves inside its lane: together they add shift
 * times the cross weight. */
static double
shift_delta (const PlaceGraph *graph,
             const double     *position,
             guint32           a,
             double            shift,
             guint32           other,
             double           *other_weight)
{
  double old_a = position[a];
  double new_a = old_a + shift;
  double delta = shift * graph->cross[a];

  *other_weight = 0;
  for (guint e = graph->first[a]; e < graph->same_end[a]; e++)
    {
      double p = position[graph->neighbour[e]];

      if (graph->neighbour[e] == other)
        *other_weight = graph->weight[e];
      else
        delta += graph->weight[e] * (fabs (new_a - p) - fabs (old_a - p));
    }
  return delta;
}

/* The weighted distance from each candidate position of a place, inside
 * its lane, to its neighbours in that lane, where they are now, plus, for
 * those in other lanes, how much nearer they are than from where it is. */
static void
distance_sums (const PlaceGraph *graph,
               const double     *position,
               guint32           place,
               const double     *candidate,
               double           *sums)
{
  double acc[N_CANDIDATES] = { 0 };

  for (guint e = graph->first[place]; e < graph->same_end[place]; e++)
    {
      double p = position[graph->neighbour[e]];
      double w = graph->weight[e];

      for (guint k = 0; k < N_CANDIDATES; k++)
        acc[k] += w * fabs (candidate[k] - p);
    }
  for (guint k = 0; k < N_CANDIDATES; k++)
    sums[k] = acc[k] + (candidate[k] - candidate[0]) * graph->cross[place];
}

static void
swap_down (guint32      *lane,
           guint32      *index_of,
           guint         i,
           double       *position,
           const double *size)
{
  guint32 a = lane[i];
  guint32 b = lane[i + 1];

  position[a] += size[b];
  position[b] -= size[a];
  lane[i] = b;
  lane[i + 1] = a;
  index_of[a] = i + 1;
  index_of[b] = i;
}

/* Moves place, at lane[*at], n_steps places down (down) or up, one swap
 * at a time, tracking how much the total distance changes; keeps the
 * best in *best and *best_at. where[0] is the place's position, where[k]
 * its position after k steps, sums[k] its distance sum there. */
static void
sift_steps (guint32          *lane,
            guint32          *index_of,
            const PlaceGraph *graph,
            double           *position,
            const double     *size,
            guint32           place,
            gboolean          down,
            guint             n_steps,
            const double     *where,
            const double     *sums,
            guint            *at,
            double           *best,
            guint            *best_at)
{
  double passed_position[SIFT_WINDOW];
  double passed_weight[SIFT_WINDOW];
  double passed_shift = down ? -size[place] : size[place];
  double others = 0;

  for (guint k = 1; k <= n_steps; k++)
    {
      guint i = down ? *at : *at - 1;
      guint32 passed = down ? lane[i + 1] : lane[i];
      double moved;

      /* What the place passed adds, its neighbours where they are now. */
      passed_position[k - 1] = position[passed];
      others += shift_delta (graph, position, passed, passed_shift, place,
                             &passed_weight[k - 1]);
      swap_down (lane, index_of, i, position, size);
      *at = down ? *at + 1 : *at - 1;

      /* What the place adds, from its distance sums, which count the
       * places it passed where they were: put right for those it has an
       * edge to. Passing one does not change their distance; past it,
       * it has moved by passed_shift. */
      moved = others + sums[k] - sums[0];
      for (guint j = 1; j <= k; j++)
        if (passed_weight[j - 1] != 0)
          {
            double p = passed_position[j - 1];
            double p_after = p + passed_shift;

            moved += passed_weight[j - 1]
                     * (fabs (where[j - 1] - p) - fabs (where[k] - p) + fabs (where[k] - p_after)
                        - fabs (where[j] - p_after));
          }
      if (moved < *best - 1e-9)
        {
          *best = moved;
          *best_at = *at;
        }
    }
}

/* Moves place to the best position within SIFT_WINDOW of its own; TRUE
 * when that is not where it was. */
static gboolean
sift (guint32          *lane,
      guint             n,
      guint32          *index_of,
      const PlaceGraph *graph,
      double           *position,
      const double     *size,
      guint32           place)
{
  guint from = index_of[place];
  guint at = from;
  guint best_at = from;
  double best = 0;
  guint n_down = MIN (SIFT_WINDOW, n - 1 - from);
  guint n_up = MIN (SIFT_WINDOW, from);
  double candidate[N_CANDIDATES];
  double sums[N_CANDIDATES];
  /* where[0] and sums[0] are where it is; then the positions down, then
   * (from up + 1) the positions up, each after its own where[0]. */
  double *up = &candidate[SIFT_WINDOW + 1];
  double up_sums[SIFT_WINDOW + 1];
  double up_where[SIFT_WINDOW + 1];

  for (guint k = 0; k < N_CANDIDATES; k++)
    candidate[k] = position[place];
  for (guint k = 1; k <= n_down; k++)
    candidate[k] = candidate[k - 1] + size[lane[from + k]];
  for (guint k = 1; k <= n_up; k++)
    up[k - 1] = (k == 1 ? position[place] : up[k - 2]) - size[lane[from - k]];
  distance_sums (graph, position, place, candidate, sums);

  sift_steps (lane, index_of, graph, position, size, place, TRUE, n_down,
              candidate, sums, &at, &best, &best_at);
  while (at > from)
    {
      swap_down (lane, index_of, at - 1, position, size);
      at--;
    }

  up_where[0] = candidate[0];
  up_sums[0] = sums[0];
  for (guint k = 1; k <= SIFT_WINDOW; k++)
    {
      up_where[k] = up[k - 1];
      up_sums[k] = sums[SIFT_WINDOW + k];
    }
  sift_steps (lane, index_of, graph, position, size, place, FALSE, n_up,
              up_where, up_sums, &at, &best, &best_at);

  while (at < best_at)
    {
      swap_down (lane, index_of, at, position, size);
      at++;
    }
  while (at > best_at)
    {
      swap_down (lane, index_of, at - 1, position, size);
      at--;
    }
  return best_at != from;
}

static void
order_places (TfCareers *self)
{
  PlaceGraph graph;
  g_autofree double *size = g_new (double, self->n_places);
  g_autofree double *position = g_new (double, self->n_places);
  g_autofree double *barycentre = g_new (double, self->n_places);
  g_autofree SortItem *items = g_new (SortItem, self->n_places + 1);
  g_autofree guint32 *best = g_new (guint32, self->n_places + 1);
  double lane_base[TF_N_SECTORS];
  double best_cost;
  guint stale = 0;
  guint32 *index_of;

  for (guint p = 0; p < self->n_places; p++)
    size[p] = self->places[p].peak;
  for (guint s = 0, y = 0; s < TF_N_SECTORS; s++)
    {
      lane_base[s] = y;
      for (guint i = 0; i < self->n_lane_places[s]; i++)
        y += (guint) size[self->lane_places[s][i]];
    }
  for (guint s = 0; s < TF_N_SECTORS; s++)
    compute_lane_positions (self, s, lane_base, size, position);

  place_graph_build (self, &graph);
  best_cost = total_cost (self, &graph, position);

#define SAVE_ORDER(dest) G_STMT_START {                                       \
    guint k_ = 0;                                                             \
    for (guint s_ = 0; s_ < TF_N_SECTORS; s_++)                               \
      for (guint i_ = 0; i_ < self->n_lane_places[s_]; i_++)                  \
        (dest)[k_++] = self->lane_places[s_][i_];                             \
  } G_STMT_END

  SAVE_ORDER (best);
  for (guint sweep = 0; sweep < MAX_SWEEPS && stale < 3; sweep++)
    {
      double cost;

      for (guint step = 0; step < TF_N_SECTORS; step++)
        {
          TfSector sector = sweep % 2 == 0 ? step : TF_N_SECTORS - 1 - step;
          guint n = self->n_lane_places[sector];

          for (guint i = 0; i < n; i++)
            {
              guint32 p = self->lane_places[sector][i];
              double sum = 0;
              double weights = 0;

              for (guint e = graph.first[p]; e < graph.first[p + 1]; e++)
                {
                  sum += graph.weight[e] * position[graph.neighbour[e]];
                  weights += graph.weight[e];
                }
              barycentre[p] = weights > 0 ? sum / weights : position[p];
              items[i].primary = barycentre[p];
              items[i].secondary = i;
              items[i].tie = 0;
              items[i].index = p;
            }
          sort_items (items, n);
          for (guint i = 0; i < n; i++)
            self->lane_places[sector][i] = items[i].index;
          compute_lane_positions (self, sector, lane_base, size, position);
        }

      cost = total_cost (self, &graph, position);
      if (cost < best_cost - 1e-9)
        {
          best_cost = cost;
          SAVE_ORDER (best);
          stale = 0;
        }
      else
        stale++;
    }

  /* Back to the best order seen. */
  {
    guint k = 0;

    for (guint s = 0; s < TF_N_SECTORS; s++)
      {
        for (guint i = 0; i < self->n_lane_places[s]; i++)
          self->lane_places[s][i] = best[k++];
        compute_lane_positions (self, s, lane_base, size, position);
      }
  }
#undef SAVE_ORDER

  /* Sifting: each organization tries the positions near its own in its
   * lane, one swap at a time, and stays where the moves are shortest. */
  index_of = g_new (guint32, self->n_places + 1);
  for (guint s = 0; s < TF_N_SECTORS; s++)
    for (guint i = 0; i < self->n_lane_places[s]; i++)
      index_of[self->lane_places[s][i]] = i;
  for (guint pass = 0; pass < MAX_SIFT_PASSES; pass++)
    {
      gboolean improved = FALSE;

      for (guint s = 0; s < TF_N_SECTORS; s++)
        {
          g_autofree guint32 *snapshot
              = g_memdup2 (self->lane_places[s], sizeof (guint32) * (self->n_lane_places[s] + 1));

          for (guint i = 0; i < self->n_lane_places[s]; i++)
            improved |= sift (self->lane_places[s], self->n_lane_places[s], index_of,
                              &graph, position, size, snapshot[i]);
          compute_lane_positions (self, s, lane_base, size, position);
        }
      if (!improved)
        break;
    }
  g_free (index_of);

  place_graph_clear (&graph);
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
typedef struct
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
  SortItem *items;      /* as long as the largest place */
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
} Slots;

/* Where a stint is on the global axis: the centre of its place on the
 * first pass, of its track on the next. */
static inline double
stint_position (TfCareers   *self,
                const Slots *slots,
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
                Slots     *slots,
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
           const Slots *slots,
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
              Slots     *slots)
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
sort_by_position (Slots    *slots,
                  SortItem *items,
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
               Slots     *slots,
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
  SortItem *items = slots->items;

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
    sort_items (items, n);
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
               Slots     *slots,
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

void
tf_careers_compute_order (TfCareers *self)
{
  g_autofree guint32 *first = NULL;
  Slots slots = { 0 };
  guint n = self->n_stints + 1;
  guint max_stints = 0;
  guint max_peak = 0;

  /* Where each place's run of stints starts. */
  self->place_stints = g_new (guint32, n);
  for (guint i = 0; i < self->n_stints; i++)
    self->places[self->stints[i].place].n_stints++;
  for (guint p = 0, start = 0; p < self->n_places; p++)
    {
      self->places[p].first_stint = start;
      start += self->places[p].n_stints;
      max_stints = MAX (max_stints, self->places[p].n_stints);
    }

  slots.stint = g_new (guint32, n);
  slots.start = g_new (double, n);
  slots.end = g_new (double, n);
  slots.sorted_end = g_new (double, n);
  slots.before = g_new (gint32, n);
  slots.after = g_new (gint32, n);
  slots.place_of = g_new (guint32, n);
  slots.track = g_new0 (guint32, n);
  slots.wish = g_new (guint32, n);
  for (guint i = 0; i < self->n_stints; i++)
    slots.place_of[i] = self->stints[i].place;
  compute_slots (self, &slots, max_stints);

  /* Lanes start in dataset order, each sector's unnamed place last. */
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      self->lane_places[s] = g_new (guint32, self->n_places + 1);
      self->n_lane_places[s] = 0;
    }
  for (guint p = 0; p < self->n_places; p++)
    {
      TfSector s = self->places[p].sector;

      self->lane_places[s][self->n_lane_places[s]++] = p;
      max_peak = MAX (max_peak, self->places[p].peak);
    }

  order_places (self);
  for (guint s = 0; s < TF_N_SECTORS; s++)
    for (guint i = 0; i < self->n_lane_places[s]; i++)
      self->places[self->lane_places[s][i]].lane_position = i;

  slots.items = g_new (SortItem, max_stints + 1);
  slots.keys = g_new (guint64, max_stints + 1);
  slots.heap = g_new (HeapItem, max_stints + 1);
  slots.free_tracks = g_new (guint64, (max_peak + 63) / 64 + 1);
  slots.position = g_new (double, self->n_places + 1);
  {
    double y = 0;

    for (guint s = 0; s < TF_N_SECTORS; s++)
      for (guint i = 0; i < self->n_lane_places[s]; i++)
        {
          guint32 p = self->lane_places[s][i];

          slots.position[p] = y + self->places[p].peak / 2.0;
          y += self->places[p].peak;
        }
  }

  slots.owner = g_new0 (Ends, max_peak + 2);
  slots.ends = g_new (Ends, n);
  slots.by_track_first = g_new (guint32, max_peak + 4);
  slots.by_track_cursor = g_new (guint32, max_peak + 4);
  slots.by_track = g_new (guint32, max_stints + 1);
  slots.by_track_above = g_new (double, max_stints + 1);
  slots.by_track_below = g_new (double, max_stints + 1);
  slots.cost_above = g_new (double, max_peak + 2);
  slots.cost_below = g_new (double, max_peak + 2);

  /* By wishes, then by crossings (more passes by crossings do not cross
   * less: each moves stints the last one counted on). The passes by
   * crossings serve the chart of one path per person; past
   * CROSSING_PASSES_MAX_PEOPLE the chart shows ribbons unless filtered
   * down, and the passes would triple the time an edit takes to show
   * (build-aux/bench: careers_10k, edit_reflected_10k). */
  for (guint p = 0; p < self->n_places; p++)
    assign_tracks (self, &slots, p, FALSE, FALSE);
  if (self->n_paths <= CROSSING_PASSES_MAX_PEOPLE)
    {
      compute_ends (self, &slots);
      for (guint p = 0; p < self->n_places; p++)
        assign_tracks (self, &slots, p, TRUE, TRUE);
      tf_careers_swap_places (self, slots.track, slots.start, slots.sorted_end);
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
        first[slots.track[slots.stint[j]] + 1]++;
      for (guint t = 0; t < place->peak; t++)
        first[t + 1] += first[t];
      for (guint j = place->first_stint; j < place->first_stint + place->n_stints; j++)
        {
          guint32 k = slots.stint[j];
          guint32 rank = first[slots.track[k]]++;

          stints[rank] = k;
          self->stints[k].rank = rank;
        }
    }

  g_free (slots.stint);
  g_free (slots.start);
  g_free (slots.end);
  g_free (slots.sorted_end);
  g_free (slots.before);
  g_free (slots.after);
  g_free (slots.place_of);
  g_free (slots.track);
  g_free (slots.wish);
  g_free (slots.items);
  g_free (slots.keys);
  g_free (slots.heap);
  g_free (slots.free_tracks);
  g_free (slots.position);
  g_free (slots.owner);
  g_free (slots.ends);
  g_free (slots.by_track_first);
  g_free (slots.by_track_cursor);
  g_free (slots.by_track);
  g_free (slots.by_track_above);
  g_free (slots.by_track_below);
  g_free (slots.cost_above);
  g_free (slots.cost_below);
}
