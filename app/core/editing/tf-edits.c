/* tf-edits.c: the edits a user makes to a dataset, as undoable TfEdits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-edits"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-edits.h"
#include "tf-pinyin.h"

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

TfEdit *
tf_edits_add_move (TfDataset  *dataset,
                   TfMove     *move,
                   GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  /* "m-<n>", as the import numbers moves. */
  for (guint n = tf_dataset_get_moves (dataset)->len + 1; move->id == NULL; n++)
    {
      g_autofree char *id = g_strdup_printf ("m-%u", n);

      if (tf_dataset_lookup_move (dataset, id) == NULL)
        move->id = g_steal_pointer (&id);
    }
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
                 const char    *id,
                 GError       **error)
{
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
                const char    *keep_id,
                const char    *merge_id,
                GError       **error)
{
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
change_evidence (TfDataset   *dataset,
                 const char  *move_id,
                 TfEvidence  *added,
                 guint        removed,
                 GError     **error)
{
  const TfMove *move = tf_dataset_lookup_move (dataset, move_id);
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
    g_ptr_array_add (changed->evidence, added);
  else if (removed < changed->evidence->len)
    g_ptr_array_remove_index (changed->evidence, removed);
  else
    {
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                   _("Move “%s” has no quote %u"), move_id, removed + 1);
      tf_move_free (changed);
      return NULL;
    }
  return change_record (dataset, TF_RECORD_MOVE, changed, move_id,
                        added != NULL ? _("Attach Quote") : _("Remove Quote"), error);
}

TfEdit *
tf_edits_add_evidence (TfDataset   *dataset,
                       const char  *move_id,
                       TfEvidence  *evidence,
                       GError     **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (evidence != NULL, NULL);

  return change_evidence (dataset, move_id, evidence, 0, error);
}

TfEdit *
tf_edits_remove_evidence (TfDataset   *dataset,
                          const char  *move_id,
                          guint        index,
                          GError     **error)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);

  return change_evidence (dataset, move_id, NULL, index, error);
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
