/* tf-suggestion-import.c: suggested moves made records of a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-pinyin.h"
#include "tf-suggestion-import.h"
#include "tf-text.h"

/* Ids stay readable: "p-qi-yuan", not a whole romanized title. */
/* Deeper chains of parents are a broken gazetteer, not a real group. */
#define MAX_PARENT_DEPTH 8

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
  TfGazetteer *gazetteer;    /* nullable */
  TfImportFlags flags;
  GHashTable *people;        /* person key -> TfPerson, borrowed */
  GHashTable *organizations; /* name key -> TfOrganization, borrowed */
  GHashTable *created;       /* the people and organizations this import made */
  GHashTable *source_ids;    /* a source's given id -> its id in the dataset */
  GHashTable *moves;         /* merge key -> MoveState */
  GPtrArray *states;         /* of MoveState, in the order of the moves */
  guint next_move;
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

/* An XML name as the file wants ids, kept to ASCII to be safe. */
static gboolean
is_plain_id (const char *id)
{
  if (!g_ascii_isalpha (id[0]) && id[0] != '_')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/* --extract names an article after its file ("000_b1c6.txt"), which an
 * XML name may not start with. */
static char *
dataset_source_id (const char *id)
{
  GString *safe;

  if (is_plain_id (id))
    return g_strdup (id);
  safe = g_string_new ("s-");
  for (const char *p = id; *p != '\0'; p++)
    g_string_append_c (safe, g_ascii_isalnum (*p) || strchr ("-_.", *p) ? *p : '-');
  return g_string_free (safe, FALSE);
}

static void
index_name (GHashTable *table,
            char       *key,
            gpointer    record)
{
  if (*key == '\0' || g_hash_table_contains (table, key))
    g_free (key);
  else
    g_hash_table_insert (table, key, record);
}

static void
index_person (Importer *self,
              TfPerson *person)
{
  if (person->name != NULL)
    index_name (self->people, tf_suggestion_import_person_key (person->name), person);
  for (guint i = 0; i < person->aliases->len; i++)
    index_name (self->people,
                tf_suggestion_import_person_key (g_ptr_array_index (person->aliases, i)), person);
}

static void
index_organization (Importer       *self,
                    TfOrganization *organization)
{
  if (organization->name != NULL)
    index_name (self->organizations, tf_suggestion_import_name_key (organization->name),
                organization);
  for (guint i = 0; i < organization->aliases->len; i++)
    index_name (self->organizations,
                tf_suggestion_import_name_key (g_ptr_array_index (organization->aliases, i)),
                organization);
}

/* The way this text writes a record made by the import, for search; the
 * records the dataset had are the user's and stay as they are. */
static void
add_written_form (Importer   *self,
                  const char *name,
                  GPtrArray  *aliases,
                  gpointer    record,
                  const char *written)
{
  if (!g_hash_table_contains (self->created, record) || g_strcmp0 (name, written) == 0)
    return;
  for (guint i = 0; i < aliases->len; i++)
    if (strcmp (g_ptr_array_index (aliases, i), written) == 0)
      return;
  g_ptr_array_add (aliases, g_strdup (written));
}

static TfPerson *
resolve_person (Importer           *self,
                const TfSuggestion *suggestion)
{
  g_autofree char *key = NULL;
  TfPerson *person = NULL;

  if (suggestion->person_id != NULL)
    person = tf_dataset_lookup_person (self->dataset, suggestion->person_id);
  if (person != NULL)
    return person;
  if (suggestion->person == NULL || *suggestion->person == '\0')
    return NULL;

  key = tf_suggestion_import_person_key (suggestion->person);
  person = g_hash_table_lookup (self->people, key);
  if (person == NULL)
    {
      g_autofree char *pinyin = tf_pinyin_for_name (suggestion->person);
      g_autofree char *id = tf_dataset_make_id (self->dataset, TF_RECORD_PERSON, "p-", pinyin);

      person = tf_person_new (id, suggestion->person);
      if (!tf_dataset_add_person (self->dataset, person, NULL))
        g_assert_not_reached ();  /* the id is unused */
      g_hash_table_add (self->created, person);
      index_person (self, person);
    }
  add_written_form (self, person->name, person->aliases, person, suggestion->person);
  return person;
}

static TfOrganization *
organization_of_entry (Importer               *self,
                       const TfGazetteerEntry *entry,
                       guint                   depth)
{
  g_autofree char *id = NULL;
  TfOrganization *organization;
  const TfGazetteerEntry *parent_entry;

  if (entry->kind != TF_GAZETTEER_ORGANIZATION)
    return NULL;
  if (entry->from_dataset)
    return tf_dataset_lookup_organization (self->dataset, entry->id);

  id = g_strconcat ("o-", entry->id, NULL);
  if (!is_plain_id (id))
    return NULL;
  organization = tf_dataset_lookup_organization (self->dataset, id);
  if (organization != NULL)
    return organization;

  /* The parent first, so that it comes before its child in the file. */
  parent_entry = entry->parent_id != NULL && depth < MAX_PARENT_DEPTH
                 ? tf_gazetteer_lookup_id (self->gazetteer, entry->parent_id) : NULL;
  if (parent_entry != NULL && parent_entry != entry)
    {
      TfOrganization *parent = organization_of_entry (self, parent_entry, depth + 1);

      /* Only a loop in the gazetteer can have made this one meanwhile. */
      organization = tf_dataset_lookup_organization (self->dataset, id);
      if (organization != NULL)
        return organization;
      organization = tf_organization_new (id, entry->name, entry->sector);
      if (parent != NULL)
        organization->parent_id = g_strdup (parent->id);
    }
  else
    organization = tf_organization_new (id, entry->name, entry->sector);
  /* Every name search should find it by, not only the one this text uses. */
  for (guint i = 0; i < entry->aliases->len; i++)
    {
      const char *alias = g_ptr_array_index (entry->aliases, i);

      if (strcmp (alias, entry->name) != 0)
        g_ptr_array_add (organization->aliases, g_strdup (alias));
    }
  if (entry->country != NULL && strlen (entry->country) == 2
      && g_ascii_isupper (entry->country[0]) && g_ascii_isupper (entry->country[1]))
    organization->country = g_strdup (entry->country);

  if (!tf_dataset_add_organization (self->dataset, organization, NULL))
    g_assert_not_reached ();  /* the id is unused */
  g_hash_table_add (self->created, organization);
  index_organization (self, organization);
  return organization;
}

static TfOrganization *
resolve_organization (Importer               *self,
                      const TfSuggestedPlace *place)
{
  g_autofree char *key = tf_suggestion_import_name_key (place->name);
  TfOrganization *organization = g_hash_table_lookup (self->organizations, key);

  /* The id the extractor found: the dataset's own, or a gazetteer's. */
  if (organization == NULL && place->org_id != NULL)
    {
      g_autofree char *id = g_strconcat ("o-", place->org_id, NULL);

      organization = tf_dataset_lookup_organization (self->dataset, place->org_id);
      if (organization == NULL)
        organization = tf_dataset_lookup_organization (self->dataset, id);
    }
  if (organization == NULL && self->gazetteer != NULL)
    {
      const TfGazetteerEntry *entry = NULL;

      if (place->org_id != NULL)
        entry = tf_gazetteer_lookup_id (self->gazetteer, place->org_id);
      if (entry == NULL)
        {
          g_autofree char *folded = tf_text_fold (place->name, -1);

          entry = tf_gazetteer_lookup (self->gazetteer, g_strstrip (folded));
        }
      if (entry != NULL)
        organization = organization_of_entry (self, entry, 0);
    }
  if (organization == NULL)
    {
      g_autofree char *pinyin = tf_pinyin_for_text (place->name);
      g_autofree char *id = tf_dataset_make_id (self->dataset, TF_RECORD_ORGANIZATION, "o-",
                                                pinyin);

      organization = tf_organization_new (id, place->name,
                                          place->sector_known ? place->sector
                                                              : TF_SECTOR_COMPANY);
      if (!tf_dataset_add_organization (self->dataset, organization, NULL))
        g_assert_not_reached ();  /* the id is unused */
      g_hash_table_add (self->created, organization);
    }
  add_written_form (self, organization->name, organization->aliases, organization,
                    place->name);
  index_organization (self, organization);
  return organization;
}

static TfAffiliation *
resolve_place (Importer               *self,
               const TfSuggestedPlace *place)
{
  TfAffiliation *affiliation;
  TfOrganization *organization;

  if (place->name == NULL || *place->name == '\0')
    return NULL;
  if (place->unnamed)
    {
      affiliation = tf_affiliation_new (NULL, place->sector);
      affiliation->label = g_strdup (place->name);
      return affiliation;
    }
  organization = resolve_organization (self, place);
  return tf_affiliation_new (organization->id, organization->sector);
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

static char *
next_move_id (Importer *self)
{
  char *id = NULL;

  do
    {
      g_free (id);
      id = g_strdup_printf ("m-%u", self->next_move++);
    }
  while (tf_dataset_lookup_move (self->dataset, id) != NULL);
  return id;
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
  person = resolve_person (self, suggestion);
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
  move->from = resolve_place (self, &suggestion->from);
  move->to = resolve_place (self, &suggestion->to);
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
  move->id = next_move_id (self);
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
      id = dataset_source_id (source->id);
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
  importer.gazetteer = gazetteer;
  importer.flags = flags;
  importer.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  importer.organizations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  importer.created = g_hash_table_new (NULL, NULL);
  importer.source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  importer.moves = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  importer.states = g_ptr_array_new_with_free_func ((GDestroyNotify) move_state_free);
  importer.next_move = 1;

  records = tf_dataset_get_people (dataset);
  for (guint i = 0; i < records->len; i++)
    index_person (&importer, g_ptr_array_index (records, i));
  records = tf_dataset_get_organizations (dataset);
  for (guint i = 0; i < records->len; i++)
    index_organization (&importer, g_ptr_array_index (records, i));
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
  g_hash_table_unref (importer.created);
  g_hash_table_unref (importer.organizations);
  g_hash_table_unref (importer.people);
  return ok ? g_steal_pointer (&dataset) : NULL;
}
