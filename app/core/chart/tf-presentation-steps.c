/* tf-presentation-steps.c: the steps of a presentation of a chart.
 *
 * Every move the layout draws as a curve is a step of its own in move
 * mode, ordered by where its curve starts (then ends). In year mode the
 * same curves are grouped by year, and every year from the first with a
 * move to the last gets a step, so time advances evenly. Reveal edges only
 * grow: a curve that ends after a later one starts is still shown whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-presentation"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-presentation-steps.h"
#include "tf-wording.h"

struct _TfPresentationSteps
{
  TfLayout *layout;
  TfDataset *dataset;
  TfPresentationMode mode;
  GArray *steps;    /* of TfPresentationStep */
  GArray *curves;   /* of int: segments, or ribbons when aggregated */
};

/* A move's curve (or an aggregated layout's ribbon) and where it is. */
typedef struct
{
  int    index;
  int    path;
  int    move;
  int    year;
  double x0;
  double x1;
} Curve;

static int
compare_curves_by_x (gconstpointer a,
                     gconstpointer b)
{
  const Curve *ca = a;
  const Curve *cb = b;

  if (ca->x0 != cb->x0)
    return ca->x0 < cb->x0 ? -1 : 1;
  if (ca->x1 != cb->x1)
    return ca->x1 < cb->x1 ? -1 : 1;
  return ca->index - cb->index;
}

static int
compare_curves_by_year (gconstpointer a,
                        gconstpointer b)
{
  const Curve *ca = a;
  const Curve *cb = b;

  if (ca->year != cb->year)
    return ca->year < cb->year ? -1 : 1;
  return compare_curves_by_x (a, b);
}

/* The time at x, through the layout's axis, breaks and all. */
static double
time_at (TfLayout *layout,
         double    x)
{
  double time = tf_layout_time_for_x (layout, x);

  return isnan (time) ? 0 : time;
}

/* The year a curve is drawn in: by the middle of the curve, where the
 * layout centres a move on its date; a hair earlier, so that a curve that
 * spans exactly one year is in that year and not the next. */
static int
year_drawn (TfLayout *layout,
            double    x0,
            double    x1)
{
  return (int) floor (time_at (layout, (x0 + x1) / 2) - 1e-6);
}

static GArray *
collect_curves (TfPresentationSteps *self)
{
  GArray *curves = g_array_new (FALSE, FALSE, sizeof (Curve));
  GPtrArray *moves = self->dataset != NULL ? tf_dataset_get_moves (self->dataset) : NULL;

  if (tf_layout_is_aggregated (self->layout))
    {
      guint n_ribbons;
      guint n_blocks;
      const TfLayoutRibbon *ribbons = tf_layout_get_ribbons (self->layout, &n_ribbons);
      const TfLayoutBlock *blocks = tf_layout_get_blocks (self->layout, &n_blocks);

      /* Only ribbons between places are moves; the others are people
       * staying where they were. */
      for (guint i = 0; i < n_ribbons; i++)
        {
          Curve curve = { (int) i, -1, -1, 0, ribbons[i].x0, ribbons[i].x1 };

          if (blocks[ribbons[i].source].sublane == blocks[ribbons[i].target].sublane)
            continue;
          curve.year = year_drawn (self->layout, curve.x0, curve.x1);
          g_array_append_val (curves, curve);
        }
      return curves;
    }

  {
    guint n_paths;
    const TfLayoutPath *paths = tf_layout_get_paths (self->layout, &n_paths);
    const TfLayoutSegment *segments = tf_layout_get_segments (self->layout, NULL);

    for (guint p = 0; p < n_paths; p++)
      for (guint i = paths[p].first_segment; i < paths[p].first_segment + paths[p].n_segments; i++)
        {
          const TfLayoutSegment *segment = &segments[i];
          Curve curve = { (int) i, (int) p, segment->move, 0, segment->x0, segment->x1 };
          const TfMove *move = NULL;

          /* An inferred curve is no move: nothing to step to. */
          if (segment->kind != TF_LAYOUT_SEGMENT_CURVE || segment->move < 0)
            continue;
          if (moves != NULL && (guint) segment->move < moves->len)
            move = g_ptr_array_index (moves, segment->move);
          if (move != NULL && move->date.precision != TF_DATE_UNKNOWN)
            curve.year = move->date.year;
          else
            curve.year = year_drawn (self->layout, curve.x0, curve.x1);
          g_array_append_val (curves, curve);
        }
  }
  return curves;
}

static void
build_move_steps (TfPresentationSteps *self,
                  GArray              *curves)
{
  double reveal = 0;

  g_array_sort (curves, compare_curves_by_x);
  for (guint i = 0; i < curves->len; i++)
    {
      const Curve *curve = &g_array_index (curves, Curve, i);
      TfPresentationStep step = { curve->year, 0, curve->index, curve->path, curve->move, i, 1 };

      reveal = MAX (reveal, curve->x1);
      step.reveal_x = reveal;
      g_array_append_val (self->steps, step);
      g_array_append_val (self->curves, curve->index);
    }
}

static void
build_year_steps (TfPresentationSteps *self,
                  GArray              *curves)
{
  double reveal = 0;
  guint next = 0;
  int first_year;
  int last_year;

  if (curves->len == 0)
    return;
  g_array_sort (curves, compare_curves_by_year);
  first_year = g_array_index (curves, Curve, 0).year;
  last_year = g_array_index (curves, Curve, curves->len - 1).year;

  for (int year = first_year; year <= last_year; year++)
    {
      TfPresentationStep step = { year, 0, -1, -1, -1, self->curves->len, 0 };

      /* The end of the year, or of a curve of it that runs past it (a
       * move in December reaches into January). */
      reveal = MAX (reveal, tf_layout_x_for_time (self->layout, year + 1));
      for (; next < curves->len && g_array_index (curves, Curve, next).year == year; next++)
        {
          const Curve *curve = &g_array_index (curves, Curve, next);

          reveal = MAX (reveal, curve->x1);
          g_array_append_val (self->curves, curve->index);
          step.n_curves++;
        }
      step.reveal_x = reveal;
      g_array_append_val (self->steps, step);
    }
}

TfPresentationSteps *
tf_presentation_steps_new (TfLayout           *layout,
                           TfDataset          *dataset,
                           TfPresentationMode  mode)
{
  TfPresentationSteps *self;
  g_autoptr(GArray) curves = NULL;
  double width;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (dataset == NULL || TF_IS_DATASET (dataset), NULL);

  self = g_new0 (TfPresentationSteps, 1);
  self->layout = tf_layout_ref (layout);
  self->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;
  self->mode = mode;
  self->steps = g_array_new (FALSE, FALSE, sizeof (TfPresentationStep));
  self->curves = g_array_new (FALSE, FALSE, sizeof (int));

  curves = collect_curves (self);
  if (mode == TF_PRESENTATION_BY_MOVE && !tf_layout_is_aggregated (layout))
    build_move_steps (self, curves);
  else if (mode == TF_PRESENTATION_BY_YEAR)
    build_year_steps (self, curves);

  /* At the end, everything: the stints that go on after the last move. */
  tf_layout_get_size (layout, &width, NULL);
  if (self->steps->len > 0)
    {
      TfPresentationStep *last
          = &g_array_index (self->steps, TfPresentationStep, self->steps->len - 1);

      last->reveal_x = MAX (last->reveal_x, width);
    }
  return self;
}

void
tf_presentation_steps_free (TfPresentationSteps *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->layout, tf_layout_unref);
  g_clear_object (&self->dataset);
  g_array_unref (self->steps);
  g_array_unref (self->curves);
  g_free (self);
}

TfPresentationMode
tf_presentation_steps_get_mode (TfPresentationSteps *self)
{
  g_return_val_if_fail (self != NULL, TF_PRESENTATION_BY_YEAR);

  return self->mode;
}

TfLayout *
tf_presentation_steps_get_layout (TfPresentationSteps *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->layout;
}

guint
tf_presentation_steps_get_n_steps (TfPresentationSteps *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->steps->len;
}

const TfPresentationStep *
tf_presentation_steps_get_step (TfPresentationSteps *self,
                                guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return &g_array_index (self->steps, TfPresentationStep, index);
}

const int *
tf_presentation_steps_get_curves (TfPresentationSteps *self,
                                  guint               *n_curves)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_curves != NULL)
    *n_curves = self->curves->len;
  return (const int *) (gconstpointer) self->curves->data;
}

guint
tf_presentation_steps_find (TfPresentationSteps      *self,
                            const TfPresentationStep *step)
{
  guint found = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (step != NULL, 0);

  if (self->mode == TF_PRESENTATION_BY_MOVE && step->move >= 0)
    for (guint i = 0; i < self->steps->len; i++)
      {
        const TfPresentationStep *candidate = &g_array_index (self->steps, TfPresentationStep, i);

        if (candidate->move == step->move && candidate->path == step->path)
          return i;
      }

  for (guint i = 0; i < self->steps->len; i++)
    {
      const TfPresentationStep *candidate = &g_array_index (self->steps, TfPresentationStep, i);

      if (candidate->year > step->year)
        break;
      found = i;
    }
  return found;
}

/* Quotation marks for the quote's script: corner brackets around Chinese,
 * the locale's marks around the rest. */
static char *
quote (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      {
        g_autoptr(GString) nested = g_string_new (text);

        /* A quotation inside the quote takes double brackets. */
        g_string_replace (nested, "「", "『", 0);
        g_string_replace (nested, "」", "』", 0);
        return g_strdup_printf ("「%s」", nested->str);
      }
  /* Translators: a quotation of an article in a language other than
   * Chinese; Chinese quotations always get 「」. */
  return g_strdup_printf (_("“%s”"), text);
}

static const TfMove *
move_at (TfPresentationSteps *self,
         int                  index)
{
  GPtrArray *moves;

  if (self->dataset == NULL || index < 0)
    return NULL;
  moves = tf_dataset_get_moves (self->dataset);
  return (guint) index < moves->len ? g_ptr_array_index (moves, index) : NULL;
}

/* Who moved: a person's name as the chart labels it, or a group. */
static char *
dup_who (TfPresentationSteps *self,
         const TfMove        *move,
         int                  path)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (self->layout, &n_paths);

  if (path >= 0 && (guint) path < n_paths && paths[path].person >= 0 && paths[path].name != NULL)
    return g_strdup (paths[path].name);
  if (move != NULL && move->person_id == NULL)
    return tf_wording_group (move);
  if (move != NULL && self->dataset != NULL)
    {
      const TfPerson *person = tf_dataset_lookup_person (self->dataset, move->person_id);

      if (person != NULL)
        return g_strdup (person->name);
    }
  return NULL;
}

static void
move_caption (TfPresentationSteps      *self,
              const TfPresentationStep *step,
              char                    **text,
              char                    **detail)
{
  const TfMove *move = move_at (self, step->move);
  const TfEvidence *evidence;
  const TfSource *source;
  g_autofree char *credits = NULL;

  if (move == NULL)
    return;

  evidence = move->evidence->len > 0 ? g_ptr_array_index (move->evidence, 0) : NULL;
  source = evidence != NULL ? tf_dataset_lookup_source (self->dataset, evidence->source_id) : NULL;
  if (evidence == NULL || evidence->exact == NULL || evidence->exact[0] == '\0')
    {
      g_autofree char *who = dup_who (self, move, step->path);
      g_autofree char *date = tf_wording_date (&move->date);

      *text = tf_wording_route (self->dataset, move);
      /* Translators: under a move's route when no article backs it: who
       * moved, and when. */
      *detail = who != NULL ? g_strdup_printf (C_("presentation caption", "%s · %s"), who, date)
                            : g_steal_pointer (&date);
      return;
    }

  *text = quote (evidence->exact);
  if (source == NULL)
    return;
  credits = tf_wording_source_credits (source);
  if (source->title != NULL && source->title[0] != '\0' && credits[0] != '\0')
    /* Translators: an article under a quotation from it: its title, then
     * its outlet, author and date ("虎嗅 · December 15, 2021"). */
    *detail = g_strdup_printf (C_("presentation caption", "%s — %s"), source->title, credits);
  else if (source->title != NULL && source->title[0] != '\0')
    *detail = g_strdup (source->title);
  else
    *detail = g_steal_pointer (&credits);
}

static void
year_caption (TfPresentationSteps      *self,
              const TfPresentationStep *step,
              char                    **text,
              char                    **detail)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *list = NULL;
  const int *curves = (const int *) (gconstpointer) self->curves->data;

  *text = g_strdup_printf ("%d", step->year);
  if (tf_layout_is_aggregated (self->layout))
    {
      const TfLayoutRibbon *ribbons = tf_layout_get_ribbons (self->layout, NULL);
      guint people = 0;

      for (guint i = 0; i < step->n_curves; i++)
        people += ribbons[curves[step->first_curve + i]].count;
      if (people > 0)
        *detail = g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u person moved", "%u people moved", people), people);
      return;
    }

  /* Each name once, in the order the moves come. */
  {
    const TfLayoutSegment *segments = tf_layout_get_segments (self->layout, NULL);

    for (guint i = 0; i < step->n_curves; i++)
      {
        int segment = curves[step->first_curve + i];
        g_autofree char *who = dup_who (self, move_at (self, segments[segment].move),
                                        tf_layout_get_path_of_segment (self->layout, segment));

        if (who == NULL || g_hash_table_contains (seen, who))
          continue;
        g_hash_table_add (seen, who);
        g_ptr_array_add (names, g_steal_pointer (&who));
      }
  }
  if (names->len == 0)
    return;
  g_ptr_array_add (names, NULL);
  /* Translators: between the names of the people who moved in a year. */
  list = g_strjoinv (C_("presentation caption", ", "), (char **) names->pdata);
  /* Translators: under a year in presentation mode: how many moves it
   * had, then who made them ("3 moves: 漆远, 周伯文, 张潼"). */
  *detail = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u move: %s", "%u moves: %s", step->n_curves), step->n_curves,
      list);
}

void
tf_presentation_steps_get_caption (TfPresentationSteps  *self,
                                   guint                 index,
                                   char                **text,
                                   char                **detail)
{
  const TfPresentationStep *step;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->steps->len);
  g_return_if_fail (text != NULL && detail != NULL);

  *text = NULL;
  *detail = NULL;
  step = &g_array_index (self->steps, TfPresentationStep, index);
  if (self->mode == TF_PRESENTATION_BY_MOVE)
    move_caption (self, step, text, detail);
  else
    year_caption (self, step, text, detail);
  if (*text == NULL)
    *text = g_strdup ("");
  if (*detail == NULL)
    *detail = g_strdup ("");
}

char *
tf_presentation_steps_format_indicator (TfPresentationSteps *self,
                                        guint                index)
{
  const TfPresentationStep *step;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  step = &g_array_index (self->steps, TfPresentationStep, index);
  /* Translators: the step indicator in presentation mode: the year, the
   * step's number and the number of steps ("2019 · 12/34"). */
  return g_strdup_printf (C_ ("presentation indicator", "%d · %u/%u"), step->year, index + 1,
                          self->steps->len);
}
