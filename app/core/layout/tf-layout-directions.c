/* tf-layout-directions.c: the direction strip's bars and who they count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>

#include "tf-careers-arrays.h"
#include "tf-layout-directions.h"

/* The widest bar, and the share of a year's column a bar takes. */
#define MAX_BAR_PX      24.0
#define BAR_SHARE       0.6
/* The shortest bar: a count of one still shows as a bar. */
#define MIN_BAR_PX      2.0
/* Between a bar and its count. */
#define TEXT_GAP_PX     1.0
/* The count's height when the layout measured no year. */
#define FALLBACK_TEXT_PX 12.0

struct _TfLayoutDirections
{
  TfLayout *layout;
  GArray *bars;    /* of TfLayoutDirectionBar */
  GArray *moves;   /* of TfLayoutDirectionMove */
  guint max;
};

typedef struct
{
  int                   year;
  TfLayoutDirection     direction;
  TfLayoutDirectionMove move;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;

  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  if (x->direction != y->direction)
    return x->direction < y->direction ? -1 : 1;
  if (x->move.path != y->move.path)
    return x->move.path < y->move.path ? -1 : 1;
  return (x->move.move > y->move.move) - (x->move.move < y->move.move);
}

/* The direction of a move from one sector to another, or FALSE when it
 * stays on one side (company to startup, university to university). */
static gboolean
direction_of (TfSector           from,
              TfSector           to,
              TfLayoutDirection *direction)
{
  if (to == TF_SECTOR_ACADEMIA && from != TF_SECTOR_ACADEMIA)
    *direction = TF_LAYOUT_TOWARD_ACADEMIA;
  else if (from == TF_SECTOR_ACADEMIA && to != TF_SECTOR_ACADEMIA)
    *direction = TF_LAYOUT_TOWARD_INDUSTRY;
  else
    return FALSE;
  return TRUE;
}

/* The moves whose curves the chart draws, with a known year inside the
 * strip's years: each path's dated transitions whose move it draws. */
static void
collect_drawn_moves (TfLayoutDirections *self,
                     GArray             *entries)
{
  TfLayout *layout = self->layout;
  TfCareers *careers = tf_layout_get_careers (layout);
  const TfLayoutStrip *strip = tf_layout_get_strip (layout);
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  g_autoptr(GHashTable) career_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) drawn = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < careers->n_paths; i++)
    g_hash_table_insert (career_by_id, (gpointer) careers->paths[i].id, GUINT_TO_POINTER (i + 1));

  for (guint p = 0; p < n_paths; p++)
    {
      const TfLayoutPath *path = &paths[p];
      guint career_index = GPOINTER_TO_UINT (g_hash_table_lookup (career_by_id, path->id));
      const TfCareerPath *career;

      if (career_index == 0)
        continue;
      career = &careers->paths[career_index - 1];

      g_hash_table_remove_all (drawn);
      for (guint s = path->first_segment; s < path->first_segment + path->n_segments; s++)
        if (segments[s].kind == TF_LAYOUT_SEGMENT_CURVE && segments[s].move >= 0)
          g_hash_table_add (drawn, GINT_TO_POINTER (segments[s].move + 1));

      for (guint t = career->first_transition;
           t < career->first_transition + career->n_transitions; t++)
        {
          const TfTransition *transition = &careers->transitions[t];
          Entry entry;

          if (transition->move < 0 || transition->undated
              || !g_hash_table_remove (drawn, GINT_TO_POINTER (transition->move + 1)))
            continue;
          entry.year = (int) floor (transition->arrive);
          if (entry.year < strip->first_year
              || entry.year >= strip->first_year + (int) strip->n_years)
            continue;
          if (!direction_of (careers->places[careers->stints[transition->from].place].sector,
                             careers->places[careers->stints[transition->to].place].sector,
                             &entry.direction))
            continue;
          entry.move.path = (int) p;
          entry.move.move = transition->move;
          entry.move.weight = career->weight;
          g_array_append_val (entries, entry);
        }
    }
}

static void
add_bar (TfLayoutDirections *self,
         int                 year,
         TfLayoutDirection   direction,
         guint               count,
         guint               first_move,
         guint               n_moves)
{
  TfLayoutDirectionBar bar = { 0 };

  bar.year = year;
  bar.direction = direction;
  bar.count = count;
  bar.first_move = first_move;
  bar.n_moves = n_moves;
  g_array_append_val (self->bars, bar);
  self->max = MAX (self->max, count);
}

/* The drawn moves, grouped into a bar per year and direction. */
static void
count_drawn_moves (TfLayoutDirections *self)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  guint i = 0;

  collect_drawn_moves (self, entries);
  g_array_sort (entries, compare_entries);
  while (i < entries->len)
    {
      const Entry *first = &g_array_index (entries, Entry, i);
      guint first_move = self->moves->len;
      guint count = 0;

      for (; i < entries->len; i++)
        {
          const Entry *entry = &g_array_index (entries, Entry, i);

          if (entry->year != first->year || entry->direction != first->direction)
            break;
          g_array_append_val (self->moves, entry->move);
          count += entry->move.weight;
        }
      add_bar (self, first->year, first->direction, count, first_move,
               self->moves->len - first_move);
    }
}

/* Ribbons are counts, not moves: the layout's own. */
static void
count_aggregated (TfLayoutDirections *self)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (self->layout);

  for (guint y = 0; y < strip->n_years; y++)
    {
      if (strip->to_academia[y] > 0)
        add_bar (self, strip->first_year + (int) y, TF_LAYOUT_TOWARD_ACADEMIA,
                 strip->to_academia[y], 0, 0);
      if (strip->to_industry[y] > 0)
        add_bar (self, strip->first_year + (int) y, TF_LAYOUT_TOWARD_INDUSTRY,
                 strip->to_industry[y], 0, 0);
    }
}

/* The height of a count's text: the years', which are set in its font. */
static double
text_height (TfLayout *layout)
{
  guint n_years;
  const TfLayoutYear *years = tf_layout_get_years (layout, &n_years);
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, NULL);

  for (guint i = 0; i < n_years; i++)
    if (years[i].label >= 0 && labels[years[i].label].height > 0)
      return labels[years[i].label].height;
  return FALLBACK_TEXT_PX;
}

/* Bars in the strip: centred in their year, from the zero line out, as
 * tall as the square root of their count allows, with room for the count
 * beyond their end. */
static void
place_bars (TfLayoutDirections *self)
{
  TfLayout *layout = self->layout;
  const TfLayoutStrip *strip = tf_layout_get_strip (layout);
  double zero = strip->y + strip->height / 2;
  double half = MAX (strip->height / 2 - 1, 0);
  double text = MIN (text_height (layout), half);
  double room = MAX (half - text - TEXT_GAP_PX, MIN (half, MIN_BAR_PX));

  for (guint i = 0; i < self->bars->len; i++)
    {
      TfLayoutDirectionBar *bar = &g_array_index (self->bars, TfLayoutDirectionBar, i);
      double height = MIN (MAX (room * sqrt ((double) bar->count / MAX (self->max, 1)),
                                MIN_BAR_PX), room);
      /* Years behind an axis break are narrower than the rest. */
      double column = tf_layout_x_for_time (layout, bar->year + 1)
                      - tf_layout_x_for_time (layout, bar->year);
      double width = MIN (MAX (BAR_SHARE * column, 1.0), MAX_BAR_PX);

      bar->width = width;
      bar->x = tf_layout_x_for_time (layout, bar->year + 0.5) - width / 2;
      bar->height = strip->height > 0 ? height : 0;
      bar->text_height = text;
      if (bar->direction == TF_LAYOUT_TOWARD_ACADEMIA)
        {
          bar->y = zero - bar->height;
          bar->text_y = bar->y - TEXT_GAP_PX - text;
        }
      else
        {
          bar->y = zero;
          bar->text_y = zero + bar->height + TEXT_GAP_PX;
        }
    }
}

TfLayoutDirections *
tf_layout_directions_new (TfLayout *layout)
{
  TfLayoutDirections *self;

  g_return_val_if_fail (layout != NULL, NULL);

  self = g_new0 (TfLayoutDirections, 1);
  self->layout = tf_layout_ref (layout);
  self->bars = g_array_new (FALSE, FALSE, sizeof (TfLayoutDirectionBar));
  self->moves = g_array_new (FALSE, FALSE, sizeof (TfLayoutDirectionMove));
  if (tf_layout_is_aggregated (layout))
    count_aggregated (self);
  else
    count_drawn_moves (self);
  place_bars (self);
  return self;
}

void
tf_layout_directions_free (TfLayoutDirections *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->bars);
  g_array_unref (self->moves);
  tf_layout_unref (self->layout);
  g_free (self);
}

const TfLayoutDirectionBar *
tf_layout_directions_get_bars (TfLayoutDirections *self,
                               guint              *n_bars)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_bars != NULL)
    *n_bars = self->bars->len;
  return (const TfLayoutDirectionBar *) (gpointer) self->bars->data;
}

const TfLayoutDirectionMove *
tf_layout_directions_get_moves (TfLayoutDirections *self,
                                guint              *n_moves)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_moves != NULL)
    *n_moves = self->moves->len;
  return (const TfLayoutDirectionMove *) (gpointer) self->moves->data;
}

guint
tf_layout_directions_get_max (TfLayoutDirections *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->max;
}

guint
tf_layout_directions_count (TfLayoutDirections *self,
                            int                 year,
                            TfLayoutDirection   direction)
{
  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const TfLayoutDirectionBar *bar = &g_array_index (self->bars, TfLayoutDirectionBar, i);

      if (bar->year == year && bar->direction == direction)
        return bar->count;
    }
  return 0;
}

int
tf_layout_directions_bar_at (TfLayoutDirections *self,
                             double              x,
                             double              y)
{
  const TfLayoutStrip *strip;
  double zero;

  g_return_val_if_fail (self != NULL, -1);

  strip = tf_layout_get_strip (self->layout);
  zero = strip->y + strip->height / 2;
  if (strip->height <= 0 || y < strip->y || y > strip->y + strip->height
      || x < strip->x || x > strip->x + strip->width)
    return -1;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const TfLayoutDirectionBar *bar = &g_array_index (self->bars, TfLayoutDirectionBar, i);
      gboolean up = bar->direction == TF_LAYOUT_TOWARD_ACADEMIA;

      if (x >= tf_layout_x_for_time (self->layout, bar->year)
          && x < tf_layout_x_for_time (self->layout, bar->year + 1)
          && (up ? y <= zero : y >= zero))
        return (int) i;
    }
  return -1;
}
