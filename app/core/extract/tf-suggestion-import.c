/* tf-suggestion-import.c: suggested moves made records of a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-pinyin.h"
#include "tf-record-resolver.h"
#include "tf-suggestion-import.h"
#include "tf-text.h"

/* One move of the new dataset and what its suggestions said about when. */
typedef struct
{
  TfMove *move;       /* borrowed from the dataset */
  char *note;         /* the move's note before the import, nullable */
  GPtrArray *dates;   /* of char *: "2019 (source s1)", each once */
  gboolean conflict;  /* two suggestions gave different years */
} MoveState;

typedef struct
{
  TfDataset *dataset;
  TfRecordResolver *resolver;
  TfImportFlags flags;
  GHashTable *source_ids;    /* a source's given id -> its id in the dataset */
  GHashTable *moves;         /* merge key -> MoveState */
  GPtrArray *states;         /* of MoveState, in the order of the moves */
} Importer;

static void
move_state_free (MoveState *state)
{
  g_free (state->note);
  g_ptr_array_unref (state->dates);
  g_free (state);
}

static gboolean
is_han (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

char *
tf_suggestion_import_name_key (const char *name)
{
  g_autofree char *folded = NULL;
  GString *key = g_string_new (NULL);
  gboolean space = FALSE;
  gunichar previous = 0;

  g_return_val_if_fail (name != NULL, NULL);

  folded = tf_text_fold (name, -1);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      /* "腾讯 AI Lab" is written "腾讯AI Lab" as often as not. */
      if (space && key->len > 0 && !is_han (previous) && !is_han (c))
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
      previous = c;
    }
  return g_string_free (key, FALSE);
}

char *
tf_suggestion_import_person_key (const char *name)
{
  char *key;
  const char *space;

  g_return_val_if_fail (name != NULL, NULL);

  key = tf_suggestion_import_name_key (name);
  space = strchr (key, ' ');
  /* English texts write Chinese names given name first or surname first:
   * "Yuan Qi" and "Qi Yuan" are one person. Longer names keep their
   * order, as their parts are not a surname and a given name. */
  if (space != NULL && strchr (space + 1, ' ') == NULL && !tf_pinyin_contains_han (key))
    {
      g_autofree char *first = g_strndup (key, (gsize) (space - key));
      const char *second = space + 1;

      if (strcmp (first, second) > 0)
        {
          char *sorted = g_strconcat (second, " ", first, NULL);

          g_free (key);
          key = sorted;
        }
    }
  return key;
}

/* Moves are the same when the same person (or group) makes the same kind
 * of move to the same place, or from it when the destination is not said. */
static char *
move_key (const TfMove *move)
{
  const TfAffiliation *end = move->to != NULL ? move->to : move->from;
  g_autofree char *who = NULL;

  if (move->person_id != NULL)
    who = g_strconcat ("p\x1f", move->person_id, NULL);
  else
    who = g_strdup_printf ("g\x1f%u\x1f%s", move->group_size,
                           move->group_label != NULL ? move->group_label : "");
  return g_strdup_printf ("%s\x1f%d\x1f%s\x1f%s\x1f%d\x1f%s", who, (int) move->kind,
                          move->to != NULL ? "to" : "from",
                          end != NULL && end->org_id != NULL ? end->org_id : "",
                          end != NULL ? (int) end->sector : -1,
                          end != NULL && end->org_id == NULL && end->label != NULL
                          ? end->label : "");
}

static void
add_date (MoveState    *state,
          const TfDate *date,
          const char   *source_id)
{
  g_autofree char *when = NULL;
  char *entry;

  if (date->precision == TF_DATE_UNKNOWN)
    return;
  when = tf_date_to_string (date);
  entry = g_strdup_printf ("%s (source %s)", when, source_id != NULL ? source_id : "?");
  for (guint i = 0; i < state->dates->len; i++)
    if (strcmp (g_ptr_array_index (state->dates, i), entry) == 0)
      {
        g_free (entry);
        return;
      }
  g_ptr_array_add (state->dates, entry);
}

static const char *
first_source (const TfMove *move)
{
  if (move->evidence->len == 0)
    return NULL;
  return ((const TfEvidence *) g_ptr_array_index (move->evidence, 0))->source_id;
}

static MoveState *
track_move (Importer *self,
            TfMove   *move)
{
  MoveState *state = g_new0 (MoveState, 1);

  state->move = move;
  state->note = g_strdup (move->note);
  state->dates = g_ptr_array_new_with_free_func (g_free);
  add_date (state, &move->date, first_source (move));
  g_hash_table_insert (self->moves, move_key (move), state);
  g_ptr_array_add (self->states, state);
  return state;
}

static gboolean
has_evidence (const TfMove     *move,
              const TfEvidence *evidence)
{
  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *e = g_ptr_array_index (move->evidence, i);

      if (strcmp (e->source_id, evidence->source_id) == 0
          && strcmp (e->exact, evidence->exact) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Another article (or sentence) reporting a move already made: one move
 * with all the evidence. Takes ownership of move. */
static void
merge_move (MoveState *state,
            TfMove    *move)
{
  TfMove *kept = state->move;
  const TfDate *date = &move->date;

  for (guint i = 0; i < move->evidence->len; i++)
    {
      TfEvidence *evidence = g_ptr_array_index (move->evidence, i);

      if (!has_evidence (kept, evidence))
        g_ptr_array_add (kept->evidence, tf_evidence_copy (evidence));
    }

  if (date->precision != TF_DATE_UNKNOWN)
    {
      if (kept->date.precision == TF_DATE_UNKNOWN)
        kept->date = *date;
      else if (kept->date.year != date->year)
        state->conflict = TRUE;
      /* "2019" and "2019-03" agree; the finer one is kept. */
      else if (date->precision > kept->date.precision
               && (kept->date.precision < TF_DATE_MONTH || kept->date.month == date->month))
        kept->date = *date;
      add_date (state, date, first_source (move));
    }

  /* Reported by one source is reported. */
  kept->status = MIN (kept->status, move->status);
  kept->unreviewed = kept->unreviewed && move->unreviewed;
  kept->group_size = MAX (kept->group_size, move->group_size);
  if (kept->group_label == NULL)
    kept->group_label = g_steal_pointer (&move->group_label);
  if (kept->from == NULL)
    kept->from = g_steal_pointer (&move->from);
  if (kept->to != NULL && kept->to->role == NULL && move->to != NULL)
    kept->to->role = g_steal_pointer (&move->to->role);
  tf_move_free (move);
}

static gboolean
import_suggestion (Importer           *self,
                   const TfSuggestion *suggestion,
                   GError            **error)
{
  const char *given_id = suggestion->evidence != NULL ? suggestion->evidence->source_id : NULL;
  const char *source_id;
  g_autoptr(TfMove) move = NULL;
  g_autofree char *key = NULL;
  TfPerson *person;
  TfEvidence *evidence;
  MoveState *state;

  if (given_id == NULL)
    {
      g_set_error_literal (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                           "A suggestion has no evidence");
      return FALSE;
    }
  source_id = g_hash_table_lookup (self->source_ids, given_id);
  if (source_id == NULL && tf_dataset_lookup_source (self->dataset, given_id) != NULL)
    source_id = given_id;
  if (source_id == NULL)
    {
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                   "A suggestion cites source “%s”, which is not imported", given_id);
      return FALSE;
    }

  if (tf_dataset_is_rejected (self->dataset, source_id, suggestion->evidence->exact,
                              suggestion->person, suggestion->to.name))
    return TRUE;
  person = tf_record_resolver_person (self->resolver, suggestion->person,
                                      suggestion->person_id);
  /* The file needs someone to move: a person or a group of two or more. */
  if (person == NULL && suggestion->group_size < 2)
    return TRUE;

  move = tf_move_new (NULL, suggestion->kind);
  move->person_id = person != NULL ? g_strdup (person->id) : NULL;
  move->group_label = g_strdup (suggestion->group_label);
  move->group_size = MAX (suggestion->group_size, 1);
  move->date = suggestion->date;
  move->status = suggestion->status;
  move->concurrent = suggestion->concurrent;
  move->unreviewed = !(self->flags & TF_IMPORT_ACCEPT);
  move->from = tf_record_resolver_place (self->resolver, &suggestion->from);
  move->to = tf_record_resolver_place (self->resolver, &suggestion->to);
  if (move->to != NULL)
    move->to->role = g_strdup (suggestion->role);
  evidence = tf_evidence_copy (suggestion->evidence);
  g_free (evidence->source_id);
  evidence->source_id = g_strdup (source_id);
  g_ptr_array_add (move->evidence, evidence);

  key = move_key (move);
  state = g_hash_table_lookup (self->moves, key);
  if (state != NULL)
    {
      merge_move (state, g_steal_pointer (&move));
      return TRUE;
    }
  move->id = tf_record_resolver_new_move_id (self->resolver);
  if (!tf_dataset_add_move (self->dataset, move, error))
    {
      move = NULL;  /* freed by the dataset */
      return FALSE;
    }
  track_move (self, g_steal_pointer (&move));
  return TRUE;
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  return strcmp ((*(const TfSource **) a)->id, (*(const TfSource **) b)->id);
}

static int
compare_places (const TfSuggestedPlace *a,
                const TfSuggestedPlace *b)
{
  int result = g_strcmp0 (a->name, b->name);

  if (result == 0)
    result = (int) a->unnamed - (int) b->unnamed;
  if (result == 0)
    result = (int) a->sector - (int) b->sector;
  return result;
}

/* Source and place of the quote first; the rest only orders suggestions of
 * one quote whatever order they came in. */
static int
compare_suggestions (gconstpointer pa,
                     gconstpointer pb)
{
  const TfSuggestion *a = *(const TfSuggestion **) pa;
  const TfSuggestion *b = *(const TfSuggestion **) pb;
  int result;

  result = g_strcmp0 (a->evidence != NULL ? a->evidence->source_id : NULL,
                      b->evidence != NULL ? b->evidence->source_id : NULL);
  if (result != 0)
    return result;
  if (a->paragraph != b->paragraph)
    return a->paragraph < b->paragraph ? -1 : 1;
  if (a->quote_start != b->quote_start)
    return a->quote_start < b->quote_start ? -1 : 1;
  if (a->quote_end != b->quote_end)
    return a->quote_end < b->quote_end ? -1 : 1;
  if ((result = g_strcmp0 (a->person, b->person)) != 0
      || (result = g_strcmp0 (a->group_label, b->group_label)) != 0
      || (result = compare_places (&a->to, &b->to)) != 0
      || (result = compare_places (&a->from, &b->from)) != 0
      || (result = (int) a->kind - (int) b->kind) != 0
      || (result = (int) a->status - (int) b->status) != 0
      || (result = tf_date_compare (&a->date, &b->date)) != 0
      || (result = (int) a->date.precision - (int) b->date.precision) != 0
      || (result = g_strcmp0 (a->role, b->role)) != 0
      || (result = (int) a->group_size - (int) b->group_size) != 0)
    return result;
  if (a->evidence != NULL && b->evidence != NULL)
    {
      if ((result = g_strcmp0 (a->evidence->exact, b->evidence->exact)) != 0
          || (result = g_strcmp0 (a->evidence->prefix, b->evidence->prefix)) != 0)
        return result;
      return g_strcmp0 (a->evidence->suffix, b->evidence->suffix);
    }
  return 0;
}

static void
add_sources (Importer  *self,
             GPtrArray *sources)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (sources, NULL, NULL);

  /* The copy would free the caller's records with the caller's function. */
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_sources);
  for (guint i = 0; i < sorted->len; i++)
    {
      const TfSource *source = g_ptr_array_index (sorted, i);
      g_autofree char *id = NULL;
      TfSource *copy;

      if (source->id == NULL || g_hash_table_contains (self->source_ids, source->id))
        continue;
      id = tf_record_resolver_plain_id ("s-", source->id);
      g_hash_table_insert (self->source_ids, g_strdup (source->id), g_strdup (id));
      if (tf_dataset_lookup_source (self->dataset, id) != NULL)
        continue;
      copy = tf_source_copy (source);
      g_free (copy->id);
      copy->id = g_steal_pointer (&id);
      if (!tf_dataset_add_source (self->dataset, copy, NULL))
        g_assert_not_reached ();  /* the id is unused */
    }
}

static void
write_conflict_notes (Importer *self)
{
  for (guint i = 0; i < self->states->len; i++)
    {
      MoveState *state = g_ptr_array_index (self->states, i);
      g_autoptr(GString) note = NULL;

      if (!state->conflict)
        continue;
      /* Data, not interface: the note is saved in the file, which must
       * not depend on the locale the import ran in. */
      note = g_string_new (state->note);
      if (note->len > 0)
        g_string_append (note, "; ");
      g_string_append (note, "conflicting dates: ");
      for (guint j = 0; j < state->dates->len; j++)
        {
          if (j > 0)
            g_string_append (note, ", ");
          g_string_append (note, g_ptr_array_index (state->dates, j));
        }
      g_free (state->move->note);
      state->move->note = g_string_free (g_steal_pointer (&note), FALSE);
    }
}

TfDataset *
tf_suggestion_import (TfDataset      *base,
                      GPtrArray      *sources,
                      GPtrArray      *suggestions,
                      TfGazetteer    *gazetteer,
                      TfImportFlags   flags,
                      GError        **error)
{
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  Importer importer = { 0 };
  gboolean ok = TRUE;
  GPtrArray *records;

  g_return_val_if_fail (base == NULL || TF_IS_DATASET (base), NULL);
  g_return_val_if_fail (gazetteer == NULL || TF_IS_GAZETTEER (gazetteer), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dataset = base != NULL ? tf_dataset_copy (base) : tf_dataset_new ();
  importer.dataset = dataset;
  importer.resolver = tf_record_resolver_new (dataset, gazetteer, TF_RECORD_RESOLVER_NONE);
  importer.flags = flags;
  importer.source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  importer.moves = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  importer.states = g_ptr_array_new_with_free_func ((GDestroyNotify) move_state_free);

  /* The dataset's own moves take in what new articles say about them. */
  records = tf_dataset_get_moves (dataset);
  for (guint i = 0; i < records->len; i++)
    {
      TfMove *move = g_ptr_array_index (records, i);
      g_autofree char *key = move_key (move);

      if (!g_hash_table_contains (importer.moves, key))
        track_move (&importer, move);
    }

  if (sources != NULL)
    add_sources (&importer, sources);
  if (suggestions != NULL)
    {
      sorted = g_ptr_array_copy (suggestions, NULL, NULL);
      g_ptr_array_set_free_func (sorted, NULL);
      g_ptr_array_sort (sorted, compare_suggestions);
      for (guint i = 0; i < sorted->len && ok; i++)
        ok = import_suggestion (&importer, g_ptr_array_index (sorted, i), error);
    }
  if (ok)
    write_conflict_notes (&importer);

  g_ptr_array_unref (importer.states);
  g_hash_table_unref (importer.moves);
  g_hash_table_unref (importer.source_ids);
  tf_record_resolver_free (importer.resolver);
  return ok ? g_steal_pointer (&dataset) : NULL;
}
