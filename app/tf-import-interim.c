/* tf-import-interim.c: a stand-in for the suggestion import and the
 * dataset's rejections until the branch that writes them in the core is
 * merged (see tf-review-import.h). Built only without them.
 *
 * The copy goes through the dataset file format, which is proved lossless
 * by the dataset file tests; rejections ride on the dataset as object
 * data and are carried over to the datasets made from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-import-interim"

#include "config.h"

#include "tf-review-import.h"

#ifndef HAVE_SUGGESTION_IMPORT

#include "tf-dataset-file.h"

#define REJECTIONS_KEY "tf-import-interim-rejections"

TfRejection *
tf_rejection_new (const char *source_id,
                  const char *exact,
                  const char *person,
                  const char *to)
{
  TfRejection *rejection = g_new0 (TfRejection, 1);

  rejection->source_id = g_strdup (source_id);
  rejection->exact = g_strdup (exact);
  rejection->person = g_strdup (person);
  rejection->to = g_strdup (to);
  return rejection;
}

void
tf_rejection_free (TfRejection *rejection)
{
  if (rejection == NULL)
    return;
  g_free (rejection->source_id);
  g_free (rejection->exact);
  g_free (rejection->person);
  g_free (rejection->to);
  g_free (rejection);
}

static GPtrArray *
get_rejections (TfDataset *dataset,
                gboolean   create)
{
  GPtrArray *rejections = g_object_get_data (G_OBJECT (dataset), REJECTIONS_KEY);

  if (rejections == NULL && create)
    {
      rejections = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_rejection_free);
      g_object_set_data_full (G_OBJECT (dataset), REJECTIONS_KEY, rejections,
                              (GDestroyNotify) g_ptr_array_unref);
    }
  return rejections;
}

void
tf_dataset_add_rejection (TfDataset   *dataset,
                          TfRejection *rejection)
{
  g_return_if_fail (TF_IS_DATASET (dataset));
  g_return_if_fail (rejection != NULL);

  g_ptr_array_add (get_rejections (dataset, TRUE), rejection);
}

gboolean
tf_dataset_is_rejected (TfDataset  *dataset,
                        const char *source_id,
                        const char *exact,
                        const char *person,
                        const char *to)
{
  GPtrArray *rejections;

  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);

  rejections = get_rejections (dataset, FALSE);
  for (guint i = 0; rejections != NULL && i < rejections->len; i++)
    {
      const TfRejection *r = g_ptr_array_index (rejections, i);

      if (g_strcmp0 (r->source_id, source_id) == 0 && g_strcmp0 (r->exact, exact) == 0
          && g_strcmp0 (r->person, person) == 0 && g_strcmp0 (r->to, to) == 0)
        return TRUE;
    }
  return FALSE;
}

static TfSource *
copy_source (const TfSource *source)
{
  TfSource *copy = tf_source_new (source->id);

  copy->title = g_strdup (source->title);
  copy->outlet = g_strdup (source->outlet);
  copy->author = g_strdup (source->author);
  copy->url = g_strdup (source->url);
  copy->file_name = g_strdup (source->file_name);
  copy->date = source->date;
  copy->script = source->script;
  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      g_ptr_array_add (copy->paragraphs, tf_paragraph_new (paragraph->text, paragraph->kind));
    }
  return copy;
}

static char *
new_id (TfDataset  *dataset,
        const char *prefix,
        gpointer  (*lookup) (TfDataset *, const char *))
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s%u", prefix, n);

      if (lookup (dataset, id) == NULL)
        return g_steal_pointer (&id);
    }
}

static const char *
find_person (TfDataset  *dataset,
             const char *name)
{
  GPtrArray *people = tf_dataset_get_people (dataset);

  for (guint i = 0; i < people->len; i++)
    {
      const TfPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (person->name, name) == 0)
        return person->id;
      for (guint j = 0; j < person->aliases->len; j++)
        if (g_strcmp0 (g_ptr_array_index (person->aliases, j), name) == 0)
          return person->id;
    }
  return NULL;
}

static const char *
find_organization (TfDataset  *dataset,
                   const char *name)
{
  GPtrArray *organizations = tf_dataset_get_organizations (dataset);

  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);

      if (g_strcmp0 (organization->name, name) == 0)
        return organization->id;
      for (guint j = 0; j < organization->aliases->len; j++)
        if (g_strcmp0 (g_ptr_array_index (organization->aliases, j), name) == 0)
          return organization->id;
    }
  return NULL;
}

static TfAffiliation *
make_affiliation (TfDataset              *dataset,
                  TfGazetteer            *gazetteer,
                  const TfSuggestedPlace *place)
{
  TfAffiliation *affiliation;
  const char *org_id = NULL;
  TfSector sector = place->sector_known ? place->sector : TF_SECTOR_COMPANY;

  if (place->name == NULL && place->org_id == NULL && !place->sector_known)
    return NULL;

  if (place->unnamed)
    {
      affiliation = tf_affiliation_new (NULL, sector);
      affiliation->label = g_strdup (place->name);
      return affiliation;
    }

  if (place->org_id != NULL && tf_dataset_lookup_organization (dataset, place->org_id) != NULL)
    org_id = place->org_id;
  else if (place->name != NULL)
    org_id = find_organization (dataset, place->name);

  if (org_id == NULL)
    {
      const TfGazetteerEntry *entry = NULL;
      g_autofree char *id = NULL;
      const char *name = place->name;

      if (place->org_id != NULL && gazetteer != NULL)
        entry = tf_gazetteer_lookup_id (gazetteer, place->org_id);
      if (entry != NULL && name == NULL)
        name = entry->name;
      if (name == NULL)
        return tf_affiliation_new (NULL, sector);
      if (entry != NULL)
        sector = entry->sector;

      if (place->org_id != NULL && tf_dataset_lookup_organization (dataset, place->org_id) == NULL)
        id = g_strdup (place->org_id);
      else
        id = new_id (dataset, "o-import-", (gpointer) tf_dataset_lookup_organization);
      tf_dataset_add_organization (dataset, tf_organization_new (id, name, sector), NULL);
      affiliation = tf_affiliation_new (id, sector);
      return affiliation;
    }

  return tf_affiliation_new (org_id, tf_dataset_lookup_organization (dataset, org_id)->sector);
}

TfDataset *
tf_suggestion_import (TfDataset     *base,
                      GPtrArray     *sources,
                      GPtrArray     *suggestions,
                      TfGazetteer   *gazetteer,
                      TfImportFlags  flags,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  GPtrArray *rejections;

  g_return_val_if_fail (TF_IS_DATASET (base), NULL);

  bytes = tf_dataset_file_save_bytes (base, error);
  if (bytes == NULL)
    return NULL;
  dataset = tf_dataset_file_load_bytes (bytes, NULL, error);
  if (dataset == NULL)
    return NULL;

  rejections = get_rejections (base, FALSE);
  for (guint i = 0; rejections != NULL && i < rejections->len; i++)
    {
      const TfRejection *r = g_ptr_array_index (rejections, i);

      tf_dataset_add_rejection (dataset, tf_rejection_new (r->source_id, r->exact,
                                                           r->person, r->to));
    }

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const TfSource *source = g_ptr_array_index (sources, i);

      if (tf_dataset_lookup_source (dataset, source->id) == NULL
          && !tf_dataset_add_source (dataset, copy_source (source), error))
        return NULL;
    }

  if (!(flags & TF_IMPORT_ACCEPT) || suggestions == NULL)
    return g_steal_pointer (&dataset);

  for (guint i = 0; i < suggestions->len; i++)
    {
      const TfSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *move_id = new_id (dataset, "m-import-",
                                         (gpointer) tf_dataset_lookup_move);
      TfMove *move = tf_move_new (move_id, suggestion->kind);
      const char *person_id = NULL;

      if (suggestion->person_id != NULL
          && tf_dataset_lookup_person (dataset, suggestion->person_id) != NULL)
        person_id = suggestion->person_id;
      else if (suggestion->person != NULL)
        person_id = find_person (dataset, suggestion->person);
      if (person_id == NULL && suggestion->person != NULL)
        {
          g_autofree char *id = new_id (dataset, "p-import-",
                                        (gpointer) tf_dataset_lookup_person);

          tf_dataset_add_person (dataset, tf_person_new (id, suggestion->person), NULL);
          person_id = tf_dataset_lookup_person (dataset, id)->id;
        }

      move->person_id = g_strdup (person_id);
      move->group_label = g_strdup (suggestion->group_label);
      move->group_size = MAX (suggestion->group_size, 1);
      move->date = suggestion->date;
      move->from = make_affiliation (dataset, gazetteer, &suggestion->from);
      move->to = make_affiliation (dataset, gazetteer, &suggestion->to);
      if (suggestion->role != NULL)
        {
          if (move->to == NULL)
            move->to = tf_affiliation_new (NULL, TF_SECTOR_COMPANY);
          move->to->role = g_strdup (suggestion->role);
        }
      if (suggestion->evidence != NULL)
        g_ptr_array_add (move->evidence,
                         tf_evidence_new (suggestion->evidence->source_id,
                                          suggestion->evidence->exact,
                                          suggestion->evidence->prefix,
                                          suggestion->evidence->suffix));
      if (!tf_dataset_add_move (dataset, move, error))
        return NULL;
    }

  if (!tf_dataset_check_references (dataset, error))
    return NULL;

  return g_steal_pointer (&dataset);
}

#endif
