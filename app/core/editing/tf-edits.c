/* tf-edits.c: the edits a user makes to a dataset, as undoable TfEdits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-edits"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-edits.h"
#include "tf-pinyin.h"
#include "tf-suggestion-import.h"

/* GLib 2.76's g_set_str(), which Debian 12's 2.74 lacks. */
static void
set_str (char       **field,
         const char  *value)
{
  char *old = *field;

  *field = g_strdup (value);
  g_free (old);
}

/* Ends an edit: kept when the dataset's references still hold, undone and
 * dropped when they do not. */
static TfEdit *
finish (TfEdit  *edit,
        GError **error)
{
  if (!tf_dataset_check_references (tf_edit_get_dataset (edit), error))
    {
      tf_edit_undo (edit);
      g_object_unref (edit);
      return NULL;
    }
  return edit;
}

/* Undoes what an edit did so far, for a step that failed. */
static TfEdit *
abandon (TfEdit *edit)
{
  tf_edit_undo (edit);
  g_object_unref (edit);
  return NULL;
}

static gboolean
find_or_fail (TfDataset     *dataset,
              TfRecordKind   kind,
              const char    *id,
              guint         *index,
              GError       **error)
{
  int found = tf_dataset_find_record (dataset, kind, id);

  if (found < 0)
    {
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                   _("“%s” is not in the dataset"), id != NULL ? id : "");
      return FALSE;
    }
  *index = (guint) found;
  return TRUE;
}

TfEdit *
tf_edits_set_title (TfDataset  *dataset,
                    const char *title)
{
  TfEdit *edit;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);

  edit = tf_edit_new (dataset, _("Rename Dataset"));
  tf_edit_set_title (edit, title);
  return edit;
}

static TfEdit *
add_record (TfDataset     *dataset,
            TfRecordKind   kind,
            gpointer       record,
            const char    *label,
            GError       **error)
{
  TfEdit *edit = tf_edit_new (dataset, label);

  if (!tf_edit_insert (edit, kind, tf_dataset_get_records (dataset, kind)->len, record, error))
    return abandon (edit);
  return finish (edit, error);
}

TfEdit *
tf_edits_add_person (TfDataset  *dataset,
                     TfPerson   *person,
                     GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (person != NULL && person->name != NULL, NULL);

  if (person->id == NULL)
    {
      g_autofree char *pinyin = tf_pinyin_for_name (person->name);

      person->id = tf_dataset_make_id (dataset, TF_RECORD_PERSON, "p-", pinyin);
    }
  return add_record (dataset, TF_RECORD_PERSON, person, _("Add Person"), error);
}

TfEdit *
tf_edits_add_organization (TfDataset       *dataset,
                           TfOrganization  *organization,
                           GError         **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (organization != NULL && organization->name != NULL, NULL);

  if (organization->id == NULL)
    {
      g_autofree char *pinyin = tf_pinyin_for_text (organization->name);

      organization->id = tf_dataset_make_id (dataset, TF_RECORD_ORGANIZATION, "o-", pinyin);
    }
  return add_record (dataset, TF_RECORD_ORGANIZATION, organization, _("Add Organization"),
                     error);
}

/* "m-<n>", as the import numbers moves. */
static char *
new_move_id (TfDataset *dataset)
{
  for (guint n = tf_dataset_get_moves (dataset)->len + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("m-%u", n);

      if (tf_dataset_lookup_move (dataset, id) == NULL)
        return g_steal_pointer (&id);
    }
}

TfEdit *
tf_edits_add_move (TfDataset  *dataset,
                   TfMove     *move,
                   GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  if (move->id == NULL)
    move->id = new_move_id (dataset);
  return add_record (dataset, TF_RECORD_MOVE, move, _("Add Move"), error);
}

static TfEdit *
change_record (TfDataset     *dataset,
               TfRecordKind   kind,
               gpointer       record,
               const char    *id,
               const char    *label,
               GError       **error)
{
  TfEdit *edit;
  guint index;

  if (!find_or_fail (dataset, kind, id, &index, error))
    {
      tf_record_free (kind, record);
      return NULL;
    }
  edit = tf_edit_new (dataset, label);
  if (!tf_edit_replace (edit, kind, index, record, error))
    return abandon (edit);
  return finish (edit, error);
}

TfEdit *
tf_edits_change_person (TfDataset  *dataset,
                        TfPerson   *person,
                        GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (person != NULL, NULL);

  return change_record (dataset, TF_RECORD_PERSON, person, person->id, _("Edit Person"), error);
}

TfEdit *
tf_edits_change_organization (TfDataset       *dataset,
                              TfOrganization  *organization,
                              GError         **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (organization != NULL, NULL);

  return change_record (dataset, TF_RECORD_ORGANIZATION, organization, organization->id,
                        _("Edit Organization"), error);
}

static gboolean
roles_equal (const TfMove *a,
             const TfMove *b)
{
  const char *from_a = a->from != NULL ? a->from->role : NULL;
  const char *from_b = b->from != NULL ? b->from->role : NULL;
  const char *to_a = a->to != NULL ? a->to->role : NULL;
  const char *to_b = b->to != NULL ? b->to->role : NULL;

  return g_strcmp0 (from_a, from_b) == 0 && g_strcmp0 (to_a, to_b) == 0;
}

/* "Undo Change Date" says more than "Undo Edit Move" when that is all. */
static const char *
label_of_move_change (const TfMove *old,
                      const TfMove *new)
{
  g_autoptr(TfMove) same_date = tf_move_copy (new);
  g_autoptr(TfMove) same_roles = tf_move_copy (old);

  same_date->date = old->date;
  if (tf_record_equal (TF_RECORD_MOVE, same_date, old))
    return _("Change Date");

  if (same_roles->from != NULL && new->from != NULL)
    set_str (&same_roles->from->role, new->from->role);
  if (same_roles->to != NULL && new->to != NULL)
    set_str (&same_roles->to->role, new->to->role);
  if (!roles_equal (old, new) && tf_record_equal (TF_RECORD_MOVE, same_roles, new))
    return _("Change Role");

  return _("Edit Move");
}

TfEdit *
tf_edits_change_move (TfDataset  *dataset,
                      TfMove     *move,
                      GError    **error)
{
  TfMove *old;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  old = tf_dataset_lookup_move (dataset, move->id);
  return change_record (dataset, TF_RECORD_MOVE, move, move->id,
                        old != NULL ? label_of_move_change (old, move) : _("Edit Move"),
                        error);
}

static void
describe_place (TfDataset           *dataset,
                TfSuggestedPlace    *place,
                const TfAffiliation *affiliation)
{
  const TfOrganization *organization;

  if (affiliation == NULL)
    return;
  place->sector = affiliation->sector;
  place->sector_known = TRUE;
  organization = tf_dataset_lookup_organization (dataset, affiliation->org_id);
  if (organization != NULL)
    {
      place->name = g_strdup (organization->name);
      place->org_id = g_strdup (organization->id);
    }
  else
    {
      place->name = g_strdup (affiliation->label);
      place->unnamed = TRUE;
    }
}

TfSuggestion *
tf_edits_describe_move (TfDataset    *dataset,
                        const TfMove *move)
{
  TfSuggestion *draft;
  const TfPerson *person;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  draft = tf_suggestion_new ();
  person = tf_dataset_lookup_person (dataset, move->person_id);
  if (person != NULL)
    {
      draft->person = g_strdup (person->name);
      draft->person_id = g_strdup (person->id);
    }
  draft->group_label = g_strdup (move->group_label);
  draft->group_size = move->group_size;
  describe_place (dataset, &draft->from, move->from);
  describe_place (dataset, &draft->to, move->to);
  draft->date = move->date;
  draft->kind = move->kind;
  draft->status = move->status;
  draft->role = g_strdup (move->to != NULL ? move->to->role : NULL);
  draft->concurrent = move->concurrent;
  draft->confidence = 1;
  return draft;
}

gpointer
tf_edits_find_named (TfDataset    *dataset,
                     TfRecordKind  kind,
                     const char   *name)
{
  char *(*key_of) (const char *) = kind == TF_RECORD_PERSON ? tf_suggestion_import_person_key
                                                             : tf_suggestion_import_name_key;
  g_autofree char *key = NULL;
  GPtrArray *records;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (kind == TF_RECORD_PERSON || kind == TF_RECORD_ORGANIZATION, NULL);

  if (name == NULL)
    return NULL;
  key = key_of (name);
  records = tf_dataset_get_records (dataset, kind);

  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);
      const char *own = kind == TF_RECORD_PERSON ? ((TfPerson *) record)->name
                                                 : ((TfOrganization *) record)->name;
      GPtrArray *aliases = kind == TF_RECORD_PERSON ? ((TfPerson *) record)->aliases
                                                    : ((TfOrganization *) record)->aliases;
      g_autofree char *own_key = key_of (own);

      if (g_strcmp0 (own_key, key) == 0)
        return record;
      for (guint j = 0; j < aliases->len; j++)
        {
          g_autofree char *alias_key = key_of (g_ptr_array_index (aliases, j));

          if (g_strcmp0 (alias_key, key) == 0)
            return record;
        }
    }
  return NULL;
}

/* The id of the person the draft names, made in edit when new; NULL for
 * an anonymous group. */
static char *
resolve_person (TfEdit              *edit,
                const TfSuggestion  *draft,
                GError             **error)
{
  TfDataset *dataset = tf_edit_get_dataset (edit);
  const TfPerson *person = tf_dataset_lookup_person (dataset, draft->person_id);
  g_autofree char *pinyin = NULL;
  g_autofree char *id = NULL;

  if (person == NULL && draft->person != NULL && *draft->person != '\0')
    person = tf_edits_find_named (dataset, TF_RECORD_PERSON, draft->person);
  if (person != NULL)
    return g_strdup (person->id);
  if (draft->person == NULL || *draft->person == '\0')
    return NULL;

  pinyin = tf_pinyin_for_name (draft->person);
  id = tf_dataset_make_id (dataset, TF_RECORD_PERSON, "p-", pinyin);
  if (!tf_edit_insert (edit, TF_RECORD_PERSON, tf_dataset_get_people (dataset)->len,
                       tf_person_new (id, draft->person), error))
    return NULL;
  return g_steal_pointer (&id);
}

/* The affiliation the draft's place names, its organization made in edit
 * when new; NULL when the place is not stated. */
static TfAffiliation *
resolve_place (TfEdit                  *edit,
               const TfSuggestedPlace  *place,
               const TfAffiliation     *old)
{
  TfDataset *dataset = tf_edit_get_dataset (edit);
  const TfOrganization *organization;
  TfAffiliation *affiliation;
  g_autofree char *pinyin = NULL;
  TfOrganization *created;
  TfSector sector = place->sector_known ? place->sector : TF_SECTOR_COMPANY;

  if (place->name == NULL || *place->name == '\0')
    return NULL;
  organization = tf_dataset_lookup_organization (dataset, place->org_id);
  if (organization != NULL && g_strcmp0 (organization->name, place->name) != 0)
    organization = NULL;  /* the name was changed: look it up again */
  if (organization == NULL && !place->unnamed)
    organization = tf_edits_find_named (dataset, TF_RECORD_ORGANIZATION, place->name);

  if (organization == NULL && place->unnamed)
    {
      affiliation = tf_affiliation_new (NULL, sector);
      affiliation->label = g_strdup (place->name);
    }
  else if (organization == NULL)
    {
      pinyin = tf_pinyin_for_text (place->name);
      created = tf_organization_new (NULL, place->name, sector);
      created->id = tf_dataset_make_id (dataset, TF_RECORD_ORGANIZATION, "o-", pinyin);
      affiliation = tf_affiliation_new (created->id, sector);
      if (!tf_edit_insert (edit, TF_RECORD_ORGANIZATION,
                           tf_dataset_get_organizations (dataset)->len, created, NULL))
        g_assert_not_reached ();  /* the id was made free */
    }
  else
    affiliation = tf_affiliation_new (organization->id, organization->sector);

  /* What the dialog does not show stays as it was: the role, and how the
   * text names a place that is still the same organization. */
  if (old != NULL)
    {
      affiliation->role = g_strdup (old->role);
      if (affiliation->label == NULL && affiliation->org_id != NULL
          && g_strcmp0 (affiliation->org_id, old->org_id) == 0)
        {
          affiliation->label = g_strdup (old->label);
          affiliation->sector = old->sector;
        }
    }
  return affiliation;
}

TfEdit *
tf_edits_save_move (TfDataset          *dataset,
                    const char         *move_id,
                    const TfSuggestion *draft,
                    GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  const TfMove *old = NULL;
  TfEdit *edit;
  TfMove *move;
  int index = -1;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  if (move_id != NULL)
    {
      index = tf_dataset_find_record (dataset, TF_RECORD_MOVE, move_id);
      if (index < 0)
        {
          g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                       _("“%s” is not in the dataset"), move_id);
          return NULL;
        }
      old = g_ptr_array_index (tf_dataset_get_moves (dataset), index);
    }

  edit = tf_edit_new (dataset, old != NULL ? _("Edit Move") : _("Add Move"));
  move = old != NULL ? tf_move_copy (old) : tf_move_new (NULL, draft->kind);
  g_free (move->person_id);
  move->person_id = resolve_person (edit, draft, &local_error);
  if (local_error != NULL)
    {
      tf_move_free (move);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return abandon (edit);
    }
  g_free (move->group_label);
  move->group_label = g_strdup (draft->group_label);
  move->group_size = MAX (draft->group_size, 1);
  if (move->person_id == NULL && move->group_size < 2)
    {
      g_set_error_literal (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                           _("A move needs a person, or a group of two or more"));
      tf_move_free (move);
      return abandon (edit);
    }
  g_clear_pointer (&move->from, tf_affiliation_free);
  move->from = resolve_place (edit, &draft->from, old != NULL ? old->from : NULL);
  g_clear_pointer (&move->to, tf_affiliation_free);
  move->to = resolve_place (edit, &draft->to, old != NULL ? old->to : NULL);
  if (move->to != NULL)
    {
      g_free (move->to->role);
      move->to->role = g_strdup (draft->role);
    }
  move->date = draft->date;
  move->kind = draft->kind;
  move->status = draft->status;
  move->concurrent = draft->concurrent;
  /* The user has looked at it now. */
  move->unreviewed = FALSE;

  if (old == NULL)
    {
      /* A move added from a quote the user selected. */
      if (draft->evidence != NULL)
        g_ptr_array_add (move->evidence, tf_evidence_copy (draft->evidence));
      move->id = new_move_id (dataset);
      if (!tf_edit_insert (edit, TF_RECORD_MOVE, tf_dataset_get_moves (dataset)->len, move,
                           error))
        return abandon (edit);
    }
  else
    {
      /* "Undo Change Date" when that is all the dialog changed. */
      tf_edit_set_label (edit, label_of_move_change (old, move));
      if (!tf_edit_replace (edit, TF_RECORD_MOVE, (guint) index, move, error))
        return abandon (edit);
      if (tf_edit_is_empty (edit))
        return edit;
    }
  return finish (edit, error);
}

static gboolean
affiliation_is (const TfAffiliation *affiliation,
                const char          *org_id)
{
  return affiliation != NULL && g_strcmp0 (affiliation->org_id, org_id) == 0;
}

static gboolean
move_depends_on (const TfMove *move,
                 TfRecordKind  kind,
                 const char   *id)
{
  if (kind == TF_RECORD_PERSON)
    return g_strcmp0 (move->person_id, id) == 0;
  return affiliation_is (move->from, id) || affiliation_is (move->to, id);
}

void
tf_edits_count_dependents (TfDataset    *dataset,
                           TfRecordKind  kind,
                           const char   *id,
                           guint        *n_moves,
                           guint        *n_children)
{
  GPtrArray *moves;
  GPtrArray *organizations;
  guint moves_found = 0;
  guint children_found = 0;

  g_return_if_fail (TF_IS_DATASET (dataset));
  g_return_if_fail (id != NULL);

  moves = tf_dataset_get_moves (dataset);
  for (guint i = 0; i < moves->len; i++)
    if (move_depends_on (g_ptr_array_index (moves, i), kind, id))
      moves_found++;

  organizations = tf_dataset_get_organizations (dataset);
  for (guint i = 0; kind == TF_RECORD_ORGANIZATION && i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);

      if (g_strcmp0 (organization->parent_id, id) == 0)
        children_found++;
    }

  if (n_moves != NULL)
    *n_moves = moves_found;
  if (n_children != NULL)
    *n_children = children_found;
}

/* Points an end of a move that is at organization from to organization
 * to; to NULL leaves an unnamed place of the same sector, named as the
 * organization was so that the move still says where it went. */
static void
repoint_affiliation (TfAffiliation  *affiliation,
                     const char     *from,
                     const char     *to,
                     const char     *from_name)
{
  if (!affiliation_is (affiliation, from))
    return;
  set_str (&affiliation->org_id, to);
  if (to == NULL && affiliation->label == NULL)
    affiliation->label = g_strdup (from_name);
}

/* Every move that involves person or organization old_id is replaced by
 * one with new_id (NULL: an unnamed place, or for a person, deleted). */
static gboolean
repoint_moves (TfEdit        *edit,
               TfRecordKind   kind,
               const char    *old_id,
               const char    *new_id,
               GError       **error)
{
  TfDataset *dataset = tf_edit_get_dataset (edit);
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  const TfOrganization *organization = kind == TF_RECORD_ORGANIZATION
                                       ? tf_dataset_lookup_organization (dataset, old_id)
                                       : NULL;
  g_autofree char *old_name = organization != NULL ? g_strdup (organization->name) : NULL;

  /* Backwards, so that a removal does not shift what is still to come. */
  for (guint i = moves->len; i > 0; i--)
    {
      const TfMove *move = g_ptr_array_index (moves, i - 1);
      TfMove *changed;

      if (!move_depends_on (move, kind, old_id))
        continue;
      if (kind == TF_RECORD_PERSON && new_id == NULL)
        {
          tf_edit_remove (edit, TF_RECORD_MOVE, i - 1);
          continue;
        }
      changed = tf_move_copy (move);
      if (kind == TF_RECORD_PERSON)
        set_str (&changed->person_id, new_id);
      else
        {
          repoint_affiliation (changed->from, old_id, new_id, old_name);
          repoint_affiliation (changed->to, old_id, new_id, old_name);
        }
      if (!tf_edit_replace (edit, TF_RECORD_MOVE, i - 1, changed, error))
        return FALSE;
    }
  return TRUE;
}

/* Children of old_id are given to new_id (nullable). */
static gboolean
repoint_children (TfEdit      *edit,
                  const char  *old_id,
                  const char  *new_id,
                  GError     **error)
{
  GPtrArray *organizations = tf_dataset_get_organizations (tf_edit_get_dataset (edit));

  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);
      TfOrganization *changed;

      /* A child of the one going that is the one staying keeps its own
       * parent rather than becoming its own parent. */
      if (g_strcmp0 (organization->parent_id, old_id) != 0
          || g_strcmp0 (organization->id, new_id) == 0)
        continue;
      changed = tf_organization_copy (organization);
      set_str (&changed->parent_id, new_id);
      if (!tf_edit_replace (edit, TF_RECORD_ORGANIZATION, i, changed, error))
        return FALSE;
    }
  return TRUE;
}

TfEdit *
tf_edits_delete (TfDataset     *dataset,
                 TfRecordKind   kind,
                 const char    *id_in,
                 GError       **error)
{
  /* The id may be the record's own, or a move's that the edit replaces. */
  g_autofree char *id = g_strdup (id_in);
  g_autofree char *parent_id = NULL;
  TfEdit *edit;
  guint index;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (kind == TF_RECORD_PERSON || kind == TF_RECORD_ORGANIZATION
                        || kind == TF_RECORD_MOVE, NULL);

  if (!find_or_fail (dataset, kind, id, &index, error))
    return NULL;

  switch (kind)
    {
    case TF_RECORD_PERSON:
      edit = tf_edit_new (dataset, _("Delete Person"));
      break;
    case TF_RECORD_ORGANIZATION:
      edit = tf_edit_new (dataset, _("Delete Organization"));
      parent_id = g_strdup (((TfOrganization *) g_ptr_array_index (
        tf_dataset_get_organizations (dataset), index))->parent_id);
      break;
    case TF_RECORD_MOVE:
    case TF_RECORD_SOURCE:
    case TF_RECORD_REJECTION:
    case TF_N_RECORD_KINDS:
    default:
      edit = tf_edit_new (dataset, _("Delete Move"));
      break;
    }

  if (kind != TF_RECORD_MOVE
      && !repoint_moves (edit, kind, id, NULL, error))
    return abandon (edit);
  if (kind == TF_RECORD_ORGANIZATION
      && !repoint_children (edit, id, parent_id, error))
    return abandon (edit);
  /* The steps before only replaced or removed moves and replaced
   * organizations, so the record is still at index. */
  tf_edit_remove (edit, kind, index);
  return finish (edit, error);
}

/* Adds name and aliases to aliases, leaving out what is there already or
 * is the name the aliases belong to. */
static void
unite_aliases (GPtrArray         *aliases,
               const char        *own_name,
               const char        *name,
               const GPtrArray   *more)
{
  const char *candidate = name;

  for (guint i = 0; candidate != NULL; candidate = i < more->len ? g_ptr_array_index (more, i++)
                                                                  : NULL)
    {
      if (g_strcmp0 (candidate, own_name) == 0
          || g_ptr_array_find_with_equal_func (aliases, candidate, g_str_equal, NULL))
        continue;
      g_ptr_array_add (aliases, g_strdup (candidate));
    }
}

static gboolean
merge_into (TfEdit         *edit,
            TfRecordKind    kind,
            guint           keep_index,
            gconstpointer   merged,
            GError        **error)
{
  GPtrArray *records = tf_dataset_get_records (tf_edit_get_dataset (edit), kind);

  if (kind == TF_RECORD_PERSON)
    {
      const TfPerson *gone = merged;
      TfPerson *kept = tf_person_copy (g_ptr_array_index (records, keep_index));

      unite_aliases (kept->aliases, kept->name, gone->name, gone->aliases);
      return tf_edit_replace (edit, kind, keep_index, kept, error);
    }
  else
    {
      const TfOrganization *gone = merged;
      TfOrganization *kept = tf_organization_copy (g_ptr_array_index (records, keep_index));

      unite_aliases (kept->aliases, kept->name, gone->name, gone->aliases);
      /* The kept one under the one going moves up to that one's parent;
       * otherwise it takes the other's parent and country when it has
       * none. */
      if (g_strcmp0 (kept->parent_id, gone->id) == 0 || kept->parent_id == NULL)
        set_str (&kept->parent_id, g_strcmp0 (gone->parent_id, kept->id) != 0
                                       ? gone->parent_id : NULL);
      if (kept->country == NULL)
        set_str (&kept->country, gone->country);
      return tf_edit_replace (edit, kind, keep_index, kept, error);
    }
}

TfEdit *
tf_edits_merge (TfDataset     *dataset,
                TfRecordKind   kind,
                const char    *keep_id_in,
                const char    *merge_id_in,
                GError       **error)
{
  /* The ids may be the records' own, which the edit replaces. */
  g_autofree char *keep_id = g_strdup (keep_id_in);
  g_autofree char *merge_id = g_strdup (merge_id_in);
  gpointer merged;
  TfEdit *edit;
  guint keep_index;
  guint merge_index;
  int found;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (kind == TF_RECORD_PERSON || kind == TF_RECORD_ORGANIZATION, NULL);

  if (!find_or_fail (dataset, kind, keep_id, &keep_index, error)
      || !find_or_fail (dataset, kind, merge_id, &merge_index, error))
    return NULL;
  if (keep_index == merge_index)
    {
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                   _("“%s” cannot be merged with itself"), keep_id);
      return NULL;
    }

  edit = tf_edit_new (dataset, kind == TF_RECORD_PERSON ? _("Merge People")
                                                        : _("Merge Organizations"));
  merged = tf_record_copy (kind, g_ptr_array_index (tf_dataset_get_records (dataset, kind),
                                                    merge_index));
  if (!merge_into (edit, kind, keep_index, merged, error)
      || !repoint_moves (edit, kind, merge_id, keep_id, error)
      || (kind == TF_RECORD_ORGANIZATION && !repoint_children (edit, merge_id, keep_id, error)))
    {
      tf_record_free (kind, merged);
      return abandon (edit);
    }
  tf_record_free (kind, merged);

  found = tf_dataset_find_record (dataset, kind, merge_id);
  g_assert (found >= 0);
  tf_edit_remove (edit, kind, (guint) found);
  return finish (edit, error);
}

static TfEdit *
change_evidence (TfDataset    *dataset,
                 const char   *move_id,
                 TfEvidence   *added,
                 const guint  *removed,
                 guint         n_removed,
                 GError      **error)
{
  const TfMove *move = tf_dataset_lookup_move (dataset, move_id);
  g_autofree gboolean *gone = NULL;
  TfMove *changed;

  if (move == NULL)
    {
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                   _("“%s” is not in the dataset"), move_id != NULL ? move_id : "");
      g_clear_pointer (&added, tf_evidence_free);
      return NULL;
    }
  changed = tf_move_copy (move);
  if (added != NULL)
    {
      g_ptr_array_add (changed->evidence, added);
      return change_record (dataset, TF_RECORD_MOVE, changed, move_id, _("Attach Quote"), error);
    }

  gone = g_new0 (gboolean, changed->evidence->len);
  for (guint i = 0; i < n_removed; i++)
    {
      if (removed[i] >= changed->evidence->len)
        {
          g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                       _("Move “%s” has no quote %u"), move_id, removed[i] + 1);
          tf_move_free (changed);
          return NULL;
        }
      gone[removed[i]] = TRUE;
    }
  /* From the end, so that each index still points where it did. */
  for (guint i = changed->evidence->len; i > 0; i--)
    if (gone[i - 1])
      g_ptr_array_remove_index (changed->evidence, i - 1);
  return change_record (dataset, TF_RECORD_MOVE, changed, move_id,
                        g_dngettext (GETTEXT_PACKAGE, "Remove Quote", "Remove Quotes", n_removed),
                        error);
}

TfEdit *
tf_edits_add_evidence (TfDataset   *dataset,
                       const char  *move_id,
                       TfEvidence  *evidence,
                       GError     **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (evidence != NULL, NULL);

  return change_evidence (dataset, move_id, evidence, NULL, 0, error);
}

TfEdit *
tf_edits_remove_evidence (TfDataset    *dataset,
                          const char   *move_id,
                          const guint  *indices,
                          guint         n_indices,
                          GError      **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (indices != NULL || n_indices == 0, NULL);

  return change_evidence (dataset, move_id, NULL, indices, n_indices, error);
}

/* Replaces the records of one kind that differ: what the two arrays share
 * at the start and at the end stays, the middle is taken out and the
 * target's put in, which is one record for a change and none taken out
 * for an import that adds at the end. */
static void
become_records (TfEdit       *edit,
                TfRecordKind  kind,
                GPtrArray    *target)
{
  GPtrArray *records = tf_dataset_get_records (tf_edit_get_dataset (edit), kind);
  guint head = 0;
  guint tail = 0;

  while (head < records->len && head < target->len
         && tf_record_equal (kind, g_ptr_array_index (records, head),
                             g_ptr_array_index (target, head)))
    head++;
  while (tail < records->len - head && tail < target->len - head
         && tf_record_equal (kind, g_ptr_array_index (records, records->len - 1 - tail),
                             g_ptr_array_index (target, target->len - 1 - tail)))
    tail++;

  for (guint n = records->len - head - tail; n > 0; n--)
    tf_edit_remove (edit, kind, head);
  for (guint i = head; i < target->len - tail; i++)
    if (!tf_edit_insert (edit, kind, i, tf_record_copy (kind, g_ptr_array_index (target, i)),
                         NULL))
      g_assert_not_reached ();  /* the target's ids are unique, the old ones gone */
}

TfEdit *
tf_edits_become (TfDataset  *dataset,
                 TfDataset  *target,
                 const char *label)
{
  TfEdit *edit;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (TF_IS_DATASET (target), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  edit = tf_edit_new (dataset, label);
  tf_edit_set_title (edit, tf_dataset_get_title (target));
  for (TfRecordKind kind = 0; kind < TF_N_RECORD_KINDS; kind++)
    become_records (edit, kind, tf_dataset_get_records (target, kind));
  return edit;
}
