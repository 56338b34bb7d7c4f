/* tf-layout-crossings.c: how many times paths cross, for tests and benchmarks.
 *
 * Between two frames (x positions) each strand is a straight line or part
 * of one monotone curve, so two strands cross between the frames when
 * their vertical order differs at the two. Frames at every curve end put
 * every curve between two frames; the count is then the inversions
 * between consecutive frames, by merge sort.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-support"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-layout-crossings.h"

typedef struct
{
  guint first;     /* segment */
  guint end;       /* one past the last segment */
  guint cursor;    /* the segment the last frame fell in */
  double x0;
  double x1;
} Strand;

typedef struct
{
  double before;
  double after;
} Pair;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *pa = a;
  const Pair *pb = b;

  if (pa->before != pb->before)
    return pa->before < pb->before ? -1 : 1;
  return pa->after < pb->after ? -1 : pa->after > pb->after;
}

/* Pairs i < j with values[i] > values[j]; sorts values. */
static guint64
count_inversions (double *values,
                  double *scratch,
                  guint   n)
{
  guint64 count = 0;

  for (guint width = 1; width < n; width *= 2)
    {
      for (guint lo = 0; lo < n; lo += 2 * width)
        {
          guint mid = MIN (lo + width, n);
          guint hi = MIN (lo + 2 * width, n);
          guint i = lo, j = mid, k = lo;

          while (i < mid && j < hi)
            {
              if (values[j] < values[i])
                {
                  count += mid - i;
                  scratch[k++] = values[j++];
                }
              else
                scratch[k++] = values[i++];
            }
          while (i < mid)
            scratch[k++] = values[i++];
          while (j < hi)
            scratch[k++] = values[j++];
        }
      memcpy (values, scratch, n * sizeof (double));
    }
  return count;
}

static double
strand_y_at (const TfLayoutSegment *segments,
             Strand                *strand,
             double                 x)
{
  const TfLayoutSegment *segment;

  while (strand->cursor + 1 < strand->end && segments[strand->cursor].x1 < x)
    strand->cursor++;
  segment = &segments[strand->cursor];
  if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
    return segment->y0;
  return tf_layout_curve_y_at (segment->x0, segment->y0, segment->x1, segment->y1, x);
}

guint64
tf_layout_count_crossings (TfLayout *self)
{
  g_autoptr(GArray) strands = g_array_new (FALSE, FALSE, sizeof (Strand));
  g_autofree double *frames = NULL;
  g_autofree double *before = NULL;
  g_autofree double *after = NULL;
  g_autofree Pair *pairs = NULL;
  g_autofree double *values = NULL;
  g_autofree double *scratch = NULL;
  guint n_frames = 0;
  guint64 crossings = 0;
  const TfLayoutSegment *segments;
  const TfLayoutPath *paths;
  guint n_segments;
  guint n_paths;

  g_return_val_if_fail (self != NULL, 0);

  segments = tf_layout_get_segments (self, &n_segments);
  paths = tf_layout_get_paths (self, &n_paths);
  if (tf_layout_is_aggregated (self) || n_segments == 0)
    return 0;

  for (guint p = 0; p < n_paths; p++)
    {
      const TfLayoutPath *path = &paths[p];

      for (guint i = 0; i < path->n_segments; )
        {
          Strand strand;
          guint j = i;

          while (j < path->n_segments
                 && segments[path->first_segment + j].strand
                    == segments[path->first_segment + i].strand)
            j++;
          strand.first = path->first_segment + i;
          strand.end = path->first_segment + j;
          strand.cursor = strand.first;
          strand.x0 = segments[strand.first].x0;
          strand.x1 = segments[strand.end - 1].x1;
          g_array_append_val (strands, strand);
          i = j;
        }
    }

  frames = g_new (double, 2 * n_segments + 1);
  for (guint s = 0; s < n_segments; s++)
    if (segments[s].kind == TF_LAYOUT_SEGMENT_CURVE)
      {
        frames[n_frames++] = segments[s].x0;
        frames[n_frames++] = segments[s].x1;
      }
  qsort (frames, n_frames, sizeof (double), compare_doubles);
  {
    guint unique = 0;

    for (guint i = 0; i < n_frames; i++)
      if (unique == 0 || frames[i] - frames[unique - 1] > 1e-6)
        frames[unique++] = frames[i];
    n_frames = unique;
  }

  before = g_new (double, strands->len + 1);
  after = g_new (double, strands->len + 1);
  pairs = g_new (Pair, strands->len + 1);
  values = g_new (double, strands->len + 1);
  scratch = g_new (double, strands->len + 1);

  for (guint f = 0; f < n_frames; f++)
    {
      guint n_pairs = 0;

      for (guint s = 0; s < strands->len; s++)
        {
          Strand *strand = &g_array_index (strands, Strand, s);
          gboolean alive = strand->x0 <= frames[f] && frames[f] <= strand->x1;

          after[s] = alive ? strand_y_at (segments, strand, frames[f]) : NAN;
          if (f > 0 && alive && !isnan (before[s]))
            {
              pairs[n_pairs].before = before[s];
              pairs[n_pairs].after = after[s];
              n_pairs++;
            }
        }
      if (n_pairs > 1)
        {
          qsort (pairs, n_pairs, sizeof (Pair), compare_pairs);
          for (guint i = 0; i < n_pairs; i++)
            values[i] = pairs[i].after;
          crossings += count_inversions (values, scratch, n_pairs);
        }
      memcpy (before, after, strands->len * sizeof (double));
    }
  return crossings;
}

guint64
tf_careers_count_crossings (TfCareers *careers)
{
  TfLayoutOptions options;
  g_autoptr(TfLayout) layout = NULL;

  tf_layout_options_init (&options, 1920, 1080);
  options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
  layout = tf_layout_new (careers, &options);
  return tf_layout_count_crossings (layout);
}
