/* tf-careers.c: a dataset's moves as careers: stints and transitions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-careers"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-careers-private.h"

G_DEFINE_BOXED_TYPE (TfCareers, tf_careers, tf_careers_ref, tf_careers_unref)

/* A move of one path, as the state machine below reads it. */
typedef struct
{
  double  time;
  guint32 move;
  float   half_width;
  gboolean uncertain;
  /* A move with no date happened between earliest and latest; time and
   * half_width then say where in that span it is drawn. */
  gboolean undated;
  double  earliest;
  double  latest;      /* NAN until placed when no article has a date */
  /* The latest dated article the move's evidence cites, NAN when none. */
  double  reported;
} Event;

/* Ids to dataset indices, plus one so that none is NULL. The ids are the
 * dataset's: the index lives only while the careers are built. */
static GHashTable *
id_index_new (void)
{
  return g_hash_table_new (g_str_hash, g_str_equal);
}

static void
id_index_add (GHashTable *index,
              const char *id,
              guint       value)
{
  g_hash_table_insert (index, (gpointer) id, GUINT_TO_POINTER (value + 1));
}

/* The index of id, -1 when there is none. */
static gint32
id_index_lookup (GHashTable *index,
                 const char *id)
{
  return (gint32) GPOINTER_TO_UINT (g_hash_table_lookup (index, id)) - 1;
}

/* At most this many places held at once; more is treated as a move. */
#define MAX_ACTIVE 8

typedef struct
{
  TfCareers *self;
  /* Per dataset move, read from the moves once in dataset order (which is
   * how they lie in memory) rather than path by path: */
  gint32 *from_place;        /* -1 when not stated */
  gint32 *to_place;
  guint8 *concurrent;
  GHashTable *organization_index;
  guint n_organizations;
  /* Growable arrays, written in place: no per-element calls. Stints are
   * sized for the worst case (a move makes at most two); transitions grow
   * when merges pile up. */
  TfStint *stints;
  guint n_stints;
  guint stints_size;
  TfTransition *transitions;
  guint n_transitions;
  guint transitions_size;
  double *events;
  guint n_events;

  /* State of the path being built. */
  guint32 path;
  guint32 active[MAX_ACTIVE];
  guint n_active;
  gint32 pending;            /* ended without a destination, may be bridged */
  gboolean has_last_time;
  double last_time;
} Builder;

static const guint16 days_before_month[12] = {
  0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334,
};

static double
date_to_time (const TfDate *date,
              float        *half_width,
              gboolean     *uncertain)
{
  double time;

  switch (date->precision)
    {
    case TF_DATE_YEAR:
      /* Sometime in the year: the curve spans all of it. */
      time = date->year + 0.5;
      *half_width = 0.5f;
      *uncertain = TRUE;
      break;
    case TF_DATE_MONTH:
      time = date->year + (date->month - 0.5) / 12.0;
      *half_width = 1.0f / 24.0f;
      *uncertain = FALSE;
      break;
    case TF_DATE_DAY:
      time = date->year
             + (days_before_month[CLAMP (date->month, 1, 12) - 1] + date->day - 0.5) / 365.0;
      *half_width = 0.0f;
      *uncertain = FALSE;
      break;
    case TF_DATE_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
  if (date->derived)
    {
      *uncertain = TRUE;
      *half_width = MAX (*half_width, 0.5f);
    }
  return time;
}

/* The last moment a date allows: the end of its day, month or year. */
static double
date_end_time (const TfDate *date)
{
  switch (date->precision)
    {
    case TF_DATE_YEAR:
      return date->year + 1.0;
    case TF_DATE_MONTH:
      return date->year + CLAMP (date->month, 1, 12) / 12.0;
    case TF_DATE_DAY:
      return date->year + (days_before_month[CLAMP (date->month, 1, 12) - 1] + date->day) / 365.0;
    case TF_DATE_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
}

/* The date of the latest dated article the move's evidence cites, as a
 * time (the middle of a year or month), NAN when none has a date. */
static double
latest_report_time (TfDataset    *dataset,
                    const TfMove *move)
{
  double latest = NAN;

  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (move->evidence, i);
      const TfSource *source;
      float half_width;
      gboolean uncertain;
      double time;

      if (evidence->source_id == NULL)
        continue;
      source = tf_dataset_lookup_source (dataset, evidence->source_id);
      if (source == NULL || source->date.precision == TF_DATE_UNKNOWN)
        continue;
      time = date_to_time (&source->date, &half_width, &uncertain);
      if (isnan (latest) || time > latest)
        latest = time;
    }
  return latest;
}

/* By time, then in dataset order. */
static inline gboolean
event_less (const Event *a,
            const Event *b)
{
  if (a->time != b->time)
    return a->time < b->time;
  return a->move < b->move;
}

static gint32
place_of (Builder             *builder,
          const TfAffiliation *affiliation)
{
  if (affiliation == NULL)
    return -1;
  if (affiliation->org_id != NULL)
    {
      gint32 found = id_index_lookup (builder->organization_index, affiliation->org_id);

      if (found >= 0)
        return found;
    }
  /* Unnamed, or naming an organization the dataset lacks: the sector's
   * unnamed sub-lane still shows it. */
  return (gint32) (builder->n_organizations + CLAMP (affiliation->sector, 0, TF_N_SECTORS - 1));
}

static TfStint *
stint_at (Builder *builder,
          gint32   index)
{
  return &builder->stints[index];
}

static guint32
add_stint (Builder *builder,
           guint32  place,
           double   start,
           gint32   start_move,
           guint16  flags)
{
  TfStint stint = { 0 };

  if (builder->n_stints == builder->stints_size)
    {
      builder->stints_size *= 2;
      builder->stints = g_renew (TfStint, builder->stints, builder->stints_size);
    }
  stint.start = start;
  stint.end = start;
  stint.seen = start;
  stint.path = builder->path;
  stint.place = place;
  stint.prev = -1;
  stint.next = -1;
  stint.start_move = start_move;
  stint.end_move = -1;
  stint.flags = flags;
  builder->stints[builder->n_stints] = stint;
  return builder->n_stints++;
}

static void
add_transition (Builder          *builder,
                guint32           from,
                guint32           to,
                TfTransitionKind  kind,
                const Event      *event,
                double            depart)
{
  TfTransition transition = { 0 };
  guint32 index = builder->n_transitions;

  transition.from = from;
  transition.to = to;
  transition.path = builder->path;
  transition.kind = kind;
  if (event != NULL)
    {
      transition.move = (gint32) event->move;
      transition.arrive = event->time;
      transition.half_width = event->half_width;
      transition.uncertain = event->uncertain;
      transition.undated = event->undated;
    }
  else
    {
      /* Inferred from an inconsistent record: drawn as uncertain. */
      transition.move = -1;
      transition.arrive = stint_at (builder, to)->start;
      transition.half_width = 0.5f;
      transition.uncertain = TRUE;
    }
  transition.depart = MIN (depart, transition.arrive);
  if (builder->n_transitions == builder->transitions_size)
    {
      builder->transitions_size *= 2;
      builder->transitions
          = g_renew (TfTransition, builder->transitions, builder->transitions_size);
    }
  builder->transitions[builder->n_transitions++] = transition;

  if (kind != TF_TRANSITION_BRANCH)
    stint_at (builder, from)->next = (gint32) index;
  if (kind != TF_TRANSITION_MERGE)
    stint_at (builder, to)->prev = (gint32) index;
}

static gint32
find_active (Builder *builder,
             gint32   place)
{
  for (guint i = 0; i < builder->n_active; i++)
    if ((gint32) stint_at (builder, builder->active[i])->place == place)
      return (gint32) builder->active[i];
  return -1;
}

static void
remove_active (Builder *builder,
               guint32  stint)
{
  for (guint i = 0; i < builder->n_active; i++)
    if (builder->active[i] == stint)
      {
        memmove (&builder->active[i], &builder->active[i + 1],
                 (builder->n_active - i - 1) * sizeof (guint32));
        builder->n_active--;
        return;
      }
}

static void
push_active (Builder *builder,
             guint32  stint)
{
  if (builder->n_active == MAX_ACTIVE)
    {
      /* Implausibly many places at once: the oldest ends here. */
      TfStint *oldest = stint_at (builder, builder->active[0]);

      oldest->end = stint_at (builder, stint)->start;
      remove_active (builder, builder->active[0]);
    }
  builder->active[builder->n_active++] = stint;
}

static void
close_stint (Builder     *builder,
             guint32      stint,
             double       time,
             const Event *event)
{
  TfStint *s = stint_at (builder, stint);

  s->end = MAX (time, s->start);
  s->seen = s->end;
  if (event != NULL)
    {
      s->end_move = (gint32) event->move;
      if (event->uncertain)
        s->flags |= TF_STINT_END_UNCERTAIN;
      if (event->undated)
        s->flags |= TF_STINT_END_UNDATED;
    }
  remove_active (builder, stint);
}

/* The stint a move leaves when its record names the place ("from") but no
 * earlier move put the person there. */
static guint32
open_implied_stint (Builder     *builder,
                    gint32       place,
                    const Event *event,
                    gboolean     concurrent)
{
  /* Before the earliest an undated move may have happened, too. */
  double start = event->time - (event->undated ? event->half_width : 0) - TF_CAREERS_LEAD_IN_YEARS;
  guint32 stint;

  if (builder->has_last_time)
    start = MAX (start, builder->last_time);
  stint = add_stint (builder, (guint32) place, start, -1, TF_STINT_OPEN_START);

  if (builder->n_active > 0 && !concurrent)
    {
      /* They were elsewhere; the record says they left this place: they
       * must have moved here in between. */
      guint32 primary = builder->active[builder->n_active - 1];

      while (builder->n_active > 0)
        {
          guint32 other = builder->active[0];

          close_stint (builder, other, start, NULL);
          add_transition (builder, other, stint,
                          other == primary ? TF_TRANSITION_MOVE : TF_TRANSITION_MERGE,
                          NULL, start);
        }
      stint_at (builder, stint)->flags &= ~TF_STINT_OPEN_START;
    }
  else if (builder->pending >= 0)
    {
      add_transition (builder, (guint32) builder->pending, stint, TF_TRANSITION_GAP, NULL,
                      stint_at (builder, builder->pending)->end);
      builder->pending = -1;
      stint_at (builder, stint)->flags &= ~TF_STINT_OPEN_START;
    }
  push_active (builder, stint);
  return stint;
}

static void
apply_move (Builder     *builder,
            const Event *event)
{
  gint32 from_place = builder->from_place[event->move];
  gint32 to_place = builder->to_place[event->move];
  gboolean concurrent = builder->concurrent[event->move];
  gint32 closing = -1;

  if (from_place >= 0)
    {
      closing = find_active (builder, from_place);
      if (closing < 0)
        closing = (gint32) open_implied_stint (builder, from_place, event, concurrent);
    }
  else if (!concurrent && to_place >= 0 && builder->n_active > 0)
    closing = (gint32) builder->active[builder->n_active - 1];

  if (to_place >= 0)
    {
      gint32 existing = find_active (builder, to_place);

      if (existing >= 0)
        {
          /* Back to a place still held (李飞飞 leaving Google for Stanford
           * full time): the strand merges into it. */
          if (closing >= 0 && closing != existing && !concurrent)
            {
              close_stint (builder, (guint32) closing, event->time, event);
              add_transition (builder, (guint32) closing, (guint32) existing,
                              TF_TRANSITION_MERGE, event, event->time);
            }
        }
      else
        {
          guint16 flags = (event->uncertain ? TF_STINT_START_UNCERTAIN : 0)
                          | (event->undated ? TF_STINT_START_UNDATED : 0);
          guint32 stint = add_stint (builder, (guint32) to_place, event->time,
                                     (gint32) event->move, flags);

          if (concurrent && (closing >= 0 || builder->n_active > 0))
            {
              /* Held alongside: a second strand branches off the place it
               * is held with, which stays. */
              guint32 source = closing >= 0 ? (guint32) closing
                                            : builder->active[builder->n_active - 1];

              add_transition (builder, source, stint, TF_TRANSITION_BRANCH, event, event->time);
            }
          else if (closing >= 0)
            {
              close_stint (builder, (guint32) closing, event->time, event);
              add_transition (builder, (guint32) closing, stint, TF_TRANSITION_MOVE,
                              event, event->time);
            }
          else if (builder->pending >= 0)
            {
              add_transition (builder, (guint32) builder->pending, stint, TF_TRANSITION_GAP,
                              event, stint_at (builder, builder->pending)->end);
              builder->pending = -1;
            }

          if (!concurrent)
            {
              /* A move that is not held alongside gives up every place. */
              while (builder->n_active > 0)
                {
                  guint32 other = builder->active[0];

                  close_stint (builder, other, event->time, event);
                  add_transition (builder, other, stint, TF_TRANSITION_MERGE, event, event->time);
                }
            }
          push_active (builder, stint);
        }
    }
  else if (closing >= 0)
    {
      close_stint (builder, (guint32) closing, event->time, event);
      if (builder->n_active > 0)
        add_transition (builder, (guint32) closing, builder->active[builder->n_active - 1],
                        TF_TRANSITION_MERGE, event, event->time);
      else
        builder->pending = closing;
    }

  builder->has_last_time = TRUE;
  builder->last_time = event->time;
}

/* Gives each undated move of a path the span of time it may have happened
 * in: from the path's last dated move before the article that reports it
 * (or, with none, the year before the article) until the article; with no
 * dated article, from the path's last dated move until end_year. Undated
 * moves that share a span split it, in dataset order, so that the places
 * between them keep some length. */
static void
place_undated_events (Event  *events,
                      guint   n_events,
                      double  end_year)
{
  gboolean any = FALSE;

  for (guint i = 0; i < n_events; i++)
    {
      Event *event = &events[i];
      gboolean found = FALSE;
      double earliest = -G_MAXDOUBLE;

      if (!event->undated)
        continue;
      any = TRUE;
      if (isnan (event->latest))
        event->latest = end_year;
      for (guint j = 0; j < n_events; j++)
        if (!events[j].undated && events[j].time <= event->latest)
          {
            earliest = MAX (earliest, events[j].time);
            found = TRUE;
          }
      event->earliest = found ? earliest : event->latest - TF_CAREERS_UNDATED_LEAD_YEARS;
    }
  if (!any)
    return;

  for (guint i = 0; i < n_events; i++)
    {
      Event *event = &events[i];
      guint n_sharing = 0;
      guint before = 0;
      double span;

      if (!event->undated)
        continue;
      for (guint j = 0; j < n_events; j++)
        if (events[j].undated && events[j].earliest == event->earliest
            && events[j].latest == event->latest)
          {
            n_sharing++;
            before += events[j].move < event->move;
          }
      span = (event->latest - event->earliest) / n_sharing;
      event->time = event->earliest + (before + 0.5) * span;
      event->half_width = (float) (span / 2);
    }
}

/* The last time the sources place the path at the open stint's place:
 * every move to or from it from the stint's start on happened by the
 * latest its date allows, and each article that reports one places them
 * there on its date. */
static double
last_seen (Builder       *builder,
           const Event   *events,
           guint          n_events,
           const TfStint *stint)
{
  double seen = stint->start;

  for (guint i = 0; i < n_events; i++)
    {
      const Event *event = &events[i];

      if (event->time < stint->start - 1e-9
          || (builder->to_place[event->move] != (gint32) stint->place
              && builder->from_place[event->move] != (gint32) stint->place))
        continue;
      seen = MAX (seen, event->time + event->half_width);
      if (!isnan (event->reported))
        seen = MAX (seen, event->reported);
    }
  return seen;
}

static void
build_path (Builder     *builder,
            Event       *events,
            guint        n_events,
            TfCareerPath *path)
{
  place_undated_events (events, n_events, builder->self->end_year);

  /* A career has a handful of moves: insertion sort. */
  for (guint i = 1; i < n_events; i++)
    for (guint j = i; j > 0 && event_less (&events[j], &events[j - 1]); j--)
      {
        Event swap = events[j];

        events[j] = events[j - 1];
        events[j - 1] = swap;
      }

  path->first_stint = builder->n_stints;
  path->first_transition = builder->n_transitions;
  path->first_event = builder->n_events;
  builder->n_active = 0;
  builder->pending = -1;
  builder->has_last_time = FALSE;

  for (guint i = 0; i < n_events; i++)
    {
      apply_move (builder, &events[i]);
      builder->events[builder->n_events++] = events[i].time;
    }
  while (builder->n_active > 0)
    {
      TfStint *stint = stint_at (builder, builder->active[0]);

      stint->end = MAX (builder->self->end_year, stint->start);
      stint->seen = MIN (last_seen (builder, events, n_events, stint), stint->end);
      stint->flags |= TF_STINT_OPEN_END;
      remove_active (builder, builder->active[0]);
    }

  path->n_stints = builder->n_stints - path->first_stint;
  path->n_transitions = builder->n_transitions - path->first_transition;
  path->n_events = builder->n_events - path->first_event;
}

/* The path a move belongs to: a person's index, -1 for an anonymous
 * group (a path of its own), or -2 when it can be on no path. */
static gint32
path_of_move (const TfMove *move,
              GHashTable   *person_index)
{
  if (move->from == NULL && move->to == NULL)
    return -2;
  if (move->person_id != NULL)
    {
      gint32 found = id_index_lookup (person_index, move->person_id);

      return found >= 0 ? found : -2;
    }
  return move->group_size >= 2 ? -1 : -2;
}

static void
init_event (Event        *event,
            const TfMove *move,
            guint32       index,
            double        latest,
            double        reported)
{
  memset (event, 0, sizeof *event);
  event->move = index;
  event->reported = reported;
  if (move->date.precision != TF_DATE_UNKNOWN)
    event->time = date_to_time (&move->date, &event->half_width, &event->uncertain);
  else
    {
      /* Placed by place_undated_events () once the path's dated moves
       * are known. */
      event->undated = TRUE;
      event->uncertain = TRUE;
      event->latest = latest;
    }
}

/* The labels of the sectors' unnamed sub-lanes: the commonest label the
 * data gives such places, with an ellipsis when there are others. */
static void
label_unnamed_places (TfCareers  *self,
                      GPtrArray  *moves,
                      TfPlace    *unnamed)
{
  GHashTable *counts[TF_N_SECTORS];

  for (guint s = 0; s < TF_N_SECTORS; s++)
    counts[s] = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);
      const TfAffiliation *ends[2] = { move->from, move->to };

      for (guint e = 0; e < 2; e++)
        if (ends[e] != NULL && ends[e]->org_id == NULL && ends[e]->sector < TF_N_SECTORS
            && ends[e]->label != NULL && ends[e]->label[0] != '\0')
          {
            GHashTable *table = counts[ends[e]->sector];
            guint count = GPOINTER_TO_UINT (g_hash_table_lookup (table, ends[e]->label));

            g_hash_table_insert (table, ends[e]->label, GUINT_TO_POINTER (count + 1));
          }
    }

  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      const char *best = NULL;
      guint best_count = 0;
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, counts[s]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint count = GPOINTER_TO_UINT (value);

          /* Ties go to the first in code point order, so the label does
           * not depend on hash order. */
          if (count > best_count || (count == best_count && strcmp (key, best) < 0))
            {
              best = key;
              best_count = count;
            }
        }
      if (best == NULL)
        unnamed[s].label = NULL;
      else if (g_hash_table_size (counts[s]) > 1)
        {
          g_autofree char *label = g_strconcat (best, " …", NULL);

          unnamed[s].label = g_string_chunk_insert (self->strings, label);
        }
      else
        unnamed[s].label = g_string_chunk_insert (self->strings, best);
      g_hash_table_unref (counts[s]);
    }
}

static void
build_places (TfCareers  *self,
              TfDataset  *dataset,
              GHashTable *organization_index)
{
  GPtrArray *organizations = tf_dataset_get_organizations (dataset);
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  self->n_places = organizations->len + TF_N_SECTORS;
  self->places = g_new0 (TfPlace, self->n_places);
  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);
      TfPlace *place = &self->places[i];

      place->sector = CLAMP (organization->sector, 0, TF_N_SECTORS - 1);
      place->organization = (gint32) i;
      place->id = g_string_chunk_insert_const (self->strings, organization->id);
      place->label = g_string_chunk_insert_const (
          self->strings, organization->name ? organization->name : organization->id);
      place->parent = -1;
      if (organization->parent_id != NULL)
        {
          place->parent = id_index_lookup (organization_index, organization->parent_id);
        }
    }
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      TfPlace *place = &self->places[organizations->len + s];

      place->sector = s;
      place->organization = -1;
      place->id = NULL;
      place->parent = -1;
    }
  label_unnamed_places (self, moves, &self->places[organizations->len]);
}

TfCareers *
tf_careers_new (TfDataset *dataset)
{
  TfCareers *self;
  Builder builder = { 0 };
  GPtrArray *people;
  GPtrArray *moves;
  GPtrArray *organizations;
  g_autoptr(GHashTable) person_index = id_index_new ();
  g_autofree gint32 *move_path = NULL;
  g_autofree double *move_latest = NULL;
  g_autofree double *move_reported = NULL;
  g_autofree guint32 *person_first = NULL;
  g_autofree Event *person_events = NULL;
  GArray *paths;
  guint n_anchored = 0;   /* dated, or undated with a dated article */
  guint n_unbounded = 0;  /* undated, no dated article */
  guint n_placed;
  double max_time = -G_MAXDOUBLE;
  double min_time = G_MAXDOUBLE;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);

  self = g_atomic_rc_box_new0 (TfCareers);
  self->strings = g_string_chunk_new (64 * 1024);

  people = tf_dataset_get_people (dataset);
  moves = tf_dataset_get_moves (dataset);
  organizations = tf_dataset_get_organizations (dataset);

  builder.self = self;
  builder.n_organizations = organizations->len;
  builder.organization_index = id_index_new ();
  for (guint i = 0; i < organizations->len; i++)
    id_index_add (builder.organization_index,
                  ((TfOrganization *) g_ptr_array_index (organizations, i))->id, i);

  build_places (self, dataset, builder.organization_index);

  for (guint i = 0; i < people->len; i++)
    id_index_add (person_index, ((TfPerson *) g_ptr_array_index (people, i))->id, i);

  /* Which path each move is on. A move with no date is bounded by the
   * articles that report it; with no dated article, by the data's end,
   * which is only known once the others are in. */
  move_path = g_new (gint32, moves->len);
  move_latest = g_new (double, moves->len);
  move_reported = g_new (double, moves->len + 1);
  builder.from_place = g_new (gint32, moves->len + 1);
  builder.to_place = g_new (gint32, moves->len + 1);
  builder.concurrent = g_new (guint8, moves->len + 1);
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);
      TfDate reported_by;

      move_path[i] = path_of_move (move, person_index);
      move_latest[i] = NAN;
      move_reported[i] = latest_report_time (dataset, move);
      builder.from_place[i] = place_of (&builder, move->from);
      builder.to_place[i] = place_of (&builder, move->to);
      builder.concurrent[i] = move->concurrent != FALSE;
      if (move_path[i] == -2)
        {
          self->n_left_out_moves++;
          continue;
        }
      if (move->date.precision != TF_DATE_UNKNOWN)
        {
          float half_width;
          gboolean uncertain;
          double time = date_to_time (&move->date, &half_width, &uncertain);

          max_time = MAX (max_time, time);
          n_anchored++;
        }
      else if (tf_careers_get_reported_by (dataset, move, &reported_by))
        {
          move_latest[i] = date_end_time (&reported_by);
          max_time = MAX (max_time, move_latest[i]);
          n_anchored++;
          self->n_placed_undated_moves++;
        }
      else
        n_unbounded++;
    }

  if (n_anchored > 0)
    {
      self->end_year = floor (max_time) + 1.0;
      self->n_placed_undated_moves += n_unbounded;
    }
  else
    {
      /* No date anywhere: nothing to place these by. */
      for (guint i = 0; i < moves->len; i++)
        if (move_path[i] != -2)
          {
            move_path[i] = -2;
            self->n_left_out_moves++;
          }
      n_unbounded = 0;
    }
  n_placed = n_anchored + n_unbounded;

  /* Bucket the moves by person (a counting sort: no per-person arrays);
   * anonymous groups are paths of their own. */
  person_first = g_new0 (guint32, people->len + 1);
  for (guint i = 0; i < moves->len; i++)
    if (move_path[i] >= 0)
      person_first[move_path[i] + 1]++;
  for (guint i = 0; i < people->len; i++)
    person_first[i + 1] += person_first[i];

  person_events = g_new (Event, n_placed + 1);
  {
    g_autofree guint32 *fill = g_memdup2 (person_first, sizeof (guint32) * (people->len + 1));

    for (guint i = 0; i < moves->len; i++)
      if (move_path[i] >= 0)
        init_event (&person_events[fill[move_path[i]]++], g_ptr_array_index (moves, i),
                    i, move_latest[i], move_reported[i]);
  }

  builder.stints_size = n_placed * 2 + 16;
  builder.stints = g_new (TfStint, builder.stints_size);
  builder.transitions_size = n_placed + 16;
  builder.transitions = g_new (TfTransition, builder.transitions_size);
  builder.events = g_new (double, n_placed + 16);
  paths = g_array_sized_new (FALSE, FALSE, sizeof (TfCareerPath), people->len + 16);

  for (guint i = 0; i < people->len; i++)
    {
      const TfPerson *person = g_ptr_array_index (people, i);
      TfCareerPath path = { 0 };

      if (person_first[i + 1] == person_first[i])
        continue;
      builder.path = paths->len;
      path.person = (gint32) i;
      path.group_move = -1;
      path.id = g_string_chunk_insert (self->strings, person->id);
      path.name = g_string_chunk_insert (self->strings, person->name ? person->name : person->id);
      path.weight = 1;
      build_path (&builder, &person_events[person_first[i]],
                  person_first[i + 1] - person_first[i], &path);
      g_array_append_val (paths, path);
    }

  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);
      TfCareerPath path = { 0 };
      Event event;

      if (move_path[i] != -1)
        continue;
      init_event (&event, move, i, move_latest[i], move_reported[i]);
      builder.path = paths->len;
      path.person = -1;
      path.group_move = (gint32) i;
      path.id = g_string_chunk_insert (self->strings, move->id);
      if (move->group_label != NULL)
        path.name = g_string_chunk_insert (self->strings, move->group_label);
      else
        {
          g_autofree char *name = g_strdup_printf ("%u × %s", move->group_size, move->id);

          path.name = g_string_chunk_insert (self->strings, name);
        }
      path.weight = move->group_size;
      build_path (&builder, &event, 1, &path);
      g_array_append_val (paths, path);
    }

  self->n_paths = paths->len;
  self->paths = (TfCareerPath *) (gpointer) g_array_free (paths, FALSE);
  self->n_stints = builder.n_stints;
  self->stints = builder.stints;
  self->n_transitions = builder.n_transitions;
  self->transitions = builder.transitions;
  self->n_events = builder.n_events;
  self->events = builder.events;
  g_hash_table_unref (builder.organization_index);
  g_free (builder.from_place);
  g_free (builder.to_place);
  g_free (builder.concurrent);

  for (guint i = 0; i < self->n_stints; i++)
    min_time = MIN (min_time, self->stints[i].start);
  self->first_year = self->n_stints > 0 ? floor (min_time) : 0;
  if (self->n_stints == 0)
    self->end_year = 0;

  /* Done with: the order's own working arrays can reuse this memory
   * rather than fault in fresh pages. */
  g_clear_pointer (&person_events, g_free);
  g_clear_pointer (&person_first, g_free);
  g_clear_pointer (&move_latest, g_free);
  g_clear_pointer (&move_path, g_free);

  tf_careers_compute_order (self);
  return self;
}

TfCareers *
tf_careers_ref (TfCareers *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
tf_careers_clear (TfCareers *self)
{
  for (guint s = 0; s < TF_N_SECTORS; s++)
    g_free (self->lane_places[s]);
  g_free (self->place_stints);
  g_free (self->places);
  g_free (self->events);
  g_free (self->transitions);
  g_free (self->stints);
  g_free (self->paths);
  g_string_chunk_free (self->strings);
}

void
tf_careers_unref (TfCareers *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) tf_careers_clear);
}

void
tf_careers_get_extent (TfCareers *self,
                       double    *first_year,
                       double    *end_year)
{
  g_return_if_fail (self != NULL);

  if (first_year != NULL)
    *first_year = self->first_year;
  if (end_year != NULL)
    *end_year = self->end_year;
}

guint
tf_careers_get_n_paths (TfCareers *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_paths;
}

guint
tf_careers_get_n_stints (TfCareers *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_stints;
}

guint
tf_careers_get_n_left_out_moves (TfCareers *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_left_out_moves;
}

guint
tf_careers_get_n_placed_undated_moves (TfCareers *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_placed_undated_moves;
}

guint
tf_careers_get_n_undated_moves (TfCareers *self)
{
  return tf_careers_get_n_left_out_moves (self);
}

gboolean
tf_careers_get_reported_by (TfDataset    *dataset,
                            const TfMove *move,
                            TfDate       *reported_by)
{
  const TfSource *earliest = NULL;
  double earliest_end = G_MAXDOUBLE;

  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);
  g_return_val_if_fail (reported_by != NULL, FALSE);

  memset (reported_by, 0, sizeof *reported_by);
  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (move->evidence, i);
      const TfSource *source;
      double end;

      if (evidence->source_id == NULL)
        continue;
      source = tf_dataset_lookup_source (dataset, evidence->source_id);
      if (source == NULL || source->date.precision == TF_DATE_UNKNOWN)
        continue;
      end = date_end_time (&source->date);
      if (end < earliest_end)
        {
          earliest = source;
          earliest_end = end;
        }
    }
  if (earliest == NULL)
    return FALSE;
  *reported_by = earliest->date;
  reported_by->derived = FALSE;
  return TRUE;
}
