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
 *   that, first by where its path comes from and goes to, then by the
 *   fewest crossings (tf-careers-tracks.c). A path is straight while at
 *   an organization, so the alignment is built in.
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

static int
compare_sort_items (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  const TfCareersSortItem *x = a;
  const TfCareersSortItem *y = b;

  if (x->primary != y->primary)
    return x->primary < y->primary ? -1 : 1;
  if (x->secondary != y->secondary)
    return x->secondary < y->secondary ? -1 : 1;
  if (x->tie != y->tie)
    return x->tie < y->tie ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* GLib's merge sort. An inlined quicksort of our own sorted these arrays
 * 1.1 to 2.4 times faster (qsort (): 1.3 to 3.9), and the careers and the
 * layout a fifth to a third faster, but opening a file of 100k people
 * only 1.5% faster, and redrawing not at all: not worth a sort of our own
 * to keep (measured by build-aux/bench before it went). */
void
tf_careers_sort_items (TfCareersSortItem *items,
                       guint              n)
{
  g_qsort_with_data (items, (gint) n, sizeof (TfCareersSortItem), compare_sort_items, NULL);
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
  g_autofree TfCareersSortItem *items = g_new (TfCareersSortItem, self->n_places + 1);
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
          tf_careers_sort_items (items, n);
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

void
tf_careers_compute_order (TfCareers *self)
{
  TfCareersTracks *tracks;
  guint max_stints = 0;

  /* Where each place's run of stints starts. */
  self->place_stints = g_new (guint32, self->n_stints + 1);
  for (guint i = 0; i < self->n_stints; i++)
    self->places[self->stints[i].place].n_stints++;
  for (guint p = 0, start = 0; p < self->n_places; p++)
    {
      self->places[p].first_stint = start;
      start += self->places[p].n_stints;
      max_stints = MAX (max_stints, self->places[p].n_stints);
    }
  tracks = tf_careers_tracks_new (self, max_stints);

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
    }

  order_places (self);
  for (guint s = 0; s < TF_N_SECTORS; s++)
    for (guint i = 0; i < self->n_lane_places[s]; i++)
      self->places[self->lane_places[s][i]].lane_position = i;

  tf_careers_tracks_assign (tracks, self);
  tf_careers_tracks_free (tracks);
}
