/* tf-layout-axis.c: how time maps to x. Mostly linear, but a run of
 * years that holds far fewer moves than its share of the width would
 * give it is drawn narrower, behind an axis break, so the years where
 * people move get the room. Everything that turns a time into x or back
 * goes through here, so drawing, names and hit testing agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>

#include "tf-layout-private.h"

/* A run of whole years becomes a break when it is at least
 * BREAK_MIN_YEARS long, its share of the moves is at most BREAK_DENSITY
 * times its share of the years, and none of its years holds more than
 * BREAK_DENSITY of the average year (or one move): a busy year between
 * quiet ones stays readable. A move counts once, however many people it
 * moves: a group of forty would make every other year look quiet. A year in a break is
 * BREAK_SCALE of a normal year wide, and each break gets BREAK_MARK_PX
 * more for its mark. Too few moves say nothing about where they crowd. */
#define BREAK_MIN_YEARS      4
#define BREAK_DENSITY        0.25
#define BREAK_SCALE          0.2
#define BREAK_MARK_PX       16.0
#define BREAK_MIN_MOVES      8.0
#define BREAK_MAX_YEARS    400
#define BREAK_MIN_NORMAL_PX  8.0

typedef struct
{
  int from;   /* years, from the view's first whole year */
  int to;
} Run;

/* The longest sparse run within years [lo, hi) of counts (whose prefix
 * sums are sums), then those left and right of it, a normal year apart. */
static void
find_runs (const double *sums,
           int           lo,
           int           hi,
           double        density,
           GArray       *runs)
{
  double busy = MAX (1.0, floor (density));
  int best_a = -1;
  int best_b = -1;

  for (int a = lo; a < hi; a++)
    for (int b = a + 1; b <= hi; b++)
      {
        double moves = sums[b] - sums[a];

        if (sums[b] - sums[b - 1] > busy)
          break;
        if (b - a < BREAK_MIN_YEARS || moves > density * (b - a))
          continue;
        if (b - a > best_b - best_a
            || (b - a == best_b - best_a && moves < sums[best_b] - sums[best_a]))
          {
            best_a = a;
            best_b = b;
          }
      }
  if (best_a < 0)
    return;
  find_runs (sums, lo, best_a - 1, density, runs);
  g_array_append_val (runs, ((Run) { best_a, best_b }));
  find_runs (sums, best_b + 1, hi, density, runs);
}

void
tf_layout_find_breaks (TfLayoutBuilder *builder)
{
  TfLayout *layout = builder->layout;
  TfCareers *careers = builder->careers;
  int first = (int) ceil (layout->view_from);
  int end = (int) floor (layout->view_to);
  int n_years = end - first;
  g_autofree double *sums = NULL;
  g_autoptr(GArray) runs = NULL;
  double total;

  if (layout->aggregated || n_years < BREAK_MIN_YEARS + 1 || n_years > BREAK_MAX_YEARS)
    return;

  /* sums[i]: the dated moves of visible paths before year first + i. */
  sums = g_new0 (double, n_years + 1);
  for (guint i = 0; i < careers->n_paths; i++)
    {
      const TfCareerPath *path = &careers->paths[i];

      if (!builder->path_visible[i])
        continue;
      for (guint k = 0; k < path->n_events; k++)
        {
          double time = careers->events[path->first_event + k];

          if (time >= first && time < end)
            sums[(int) floor (time) - first + 1] += 1;
        }
    }
  for (int i = 0; i < n_years; i++)
    sums[i + 1] += sums[i];
  total = sums[n_years];
  if (total < BREAK_MIN_MOVES)
    return;

  runs = g_array_new (FALSE, FALSE, sizeof (Run));
  find_runs (sums, 0, n_years, BREAK_DENSITY * total / n_years, runs);
  layout->n_breaks = runs->len;
  layout->breaks = g_new0 (TfLayoutBreak, runs->len + 1);
  for (guint i = 0; i < runs->len; i++)
    {
      const Run *run = &g_array_index (runs, Run, i);

      layout->breaks[i].from = first + run->from;
      layout->breaks[i].to = first + run->to;
      layout->breaks[i].n_moves = (guint) (sums[run->to] - sums[run->from]);
    }
}

/* The scale from plot_x and plot_width: a normal year's px_per_year,
 * and where each break starts and ends. When the plot is too narrow for
 * the breaks to leave normal years any room, the axis is linear. */
void
tf_layout_set_scale (TfLayout *layout)
{
  double span = layout->view_to - layout->view_from;
  double broken = 0;
  double normal_px;
  double x;
  double last;

  for (guint i = 0; i < layout->n_breaks; i++)
    broken += layout->breaks[i].to - layout->breaks[i].from;
  normal_px = (layout->plot_width - layout->n_breaks * BREAK_MARK_PX)
              / (span - broken + BREAK_SCALE * broken);
  if (layout->n_breaks == 0 || normal_px < BREAK_MIN_NORMAL_PX)
    {
      layout->n_breaks = 0;
      layout->px_per_year = layout->plot_width / span;
      return;
    }
  layout->px_per_year = normal_px;
  x = layout->plot_x;
  last = layout->view_from;
  for (guint i = 0; i < layout->n_breaks; i++)
    {
      TfLayoutBreak *brk = &layout->breaks[i];

      brk->x0 = x + (brk->from - last) * normal_px;
      brk->x1 = brk->x0 + (brk->to - brk->from) * BREAK_SCALE * normal_px + BREAK_MARK_PX;
      x = brk->x1;
      last = brk->to;
    }
}

double
tf_layout_map_time (const TfLayout *layout,
                    double          time)
{
  double x = layout->plot_x;
  double last = layout->view_from;

  for (guint i = 0; i < layout->n_breaks; i++)
    {
      const TfLayoutBreak *brk = &layout->breaks[i];

      if (time < brk->from)
        break;
      if (time < brk->to)
        return brk->x0 + (time - brk->from) / (brk->to - brk->from) * (brk->x1 - brk->x0);
      x = brk->x1;
      last = brk->to;
    }
  return x + (time - last) * layout->px_per_year;
}

double
tf_layout_map_x (const TfLayout *layout,
                 double          x)
{
  double start = layout->plot_x;
  double last = layout->view_from;

  if (layout->px_per_year <= 0)
    return NAN;
  for (guint i = 0; i < layout->n_breaks; i++)
    {
      const TfLayoutBreak *brk = &layout->breaks[i];

      if (x < brk->x0)
        break;
      if (x < brk->x1)
        return brk->from + (x - brk->x0) / (brk->x1 - brk->x0) * (brk->to - brk->from);
      start = brk->x1;
      last = brk->to;
    }
  return last + (x - start) / layout->px_per_year;
}
