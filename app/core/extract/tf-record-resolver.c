/* tf-record-resolver.c: the person or organization a name refers to, in a
 * dataset being built.
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

/* Deeper chains of parents are a broken gazetteer, not a real group. */
#define MAX_PARENT_DEPTH 8

struct _TfRecordResolver
{
  TfDataset *dataset;          /* borrowed */
  TfGazetteer *gazetteer;      /* nullable */
  TfRecordResolverFlags flags;
  GHashTable *people;          /* person key -> TfPerson, borrowed */
  GHashTable *organizations;   /* name key -> TfOrganization, borrowed */
  GHashTable *created;         /* the people and organizations this resolver made */
  /* A name as written -> its record: a table names the same people and
   * organizations on row after row, and folding is the cost. */
  GHashTable *people_written;
  GHashTable *organizations_written;
  guint next_move;
};

gboolean
tf_record_resolver_id_is_plain (const char *id)
{
  g_return_val_if_fail (id != NULL, FALSE);

  if (!g_ascii_isalpha (id[0]) && id[0] != '_')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

char *
tf_record_resolver_plain_id (const char *prefix,
                             const char *id)
{
  GString *safe;

  g_return_val_if_fail (prefix != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (tf_record_resolver_id_is_plain (id))
    return g_strdup (id);
  safe = g_string_new (prefix);
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
index_person (TfRecordResolver *self,
              TfPerson         *person)
{
  if (person->name != NULL)
    index_name (self->people, tf_suggestion_import_person_key (person->name), person);
  for (guint i = 0; i < person->aliases->len; i++)
    index_name (self->people,
                tf_suggestion_import_person_key (g_ptr_array_index (person->aliases, i)), person);
}

static void
index_organization (TfRecordResolver *self,
                    TfOrganization   *organization)
{
  if (organization->name != NULL)
    index_name (self->organizations, tf_suggestion_import_name_key (organization->name),
                organization);
  for (guint i = 0; i < organization->aliases->len; i++)
    index_name (self->organizations,
                tf_suggestion_import_name_key (g_ptr_array_index (organization->aliases, i)),
                organization);
}

TfRecordResolver *
tf_record_resolver_new (TfDataset             *dataset,
                        TfGazetteer           *gazetteer,
                        TfRecordResolverFlags  flags)
{
  TfRecordResolver *self;
  GPtrArray *records;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (gazetteer == NULL || TF_IS_GAZETTEER (gazetteer), NULL);

  self = g_new0 (TfRecordResolver, 1);
  self->dataset = dataset;
  self->gazetteer = gazetteer != NULL ? g_object_ref (gazetteer) : NULL;
  self->flags = flags;
  self->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->organizations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->created = g_hash_table_new (NULL, NULL);
  self->people_written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->organizations_written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->next_move = 1;

  records = tf_dataset_get_people (dataset);
  for (guint i = 0; i < records->len; i++)
    index_person (self, g_ptr_array_index (records, i));
  records = tf_dataset_get_organizations (dataset);
  for (guint i = 0; i < records->len; i++)
    index_organization (self, g_ptr_array_index (records, i));
  return self;
}

void
tf_record_resolver_free (TfRecordResolver *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->organizations_written);
  g_hash_table_unref (self->people_written);
  g_hash_table_unref (self->created);
  g_hash_table_unref (self->organizations);
  g_hash_table_unref (self->people);
  g_clear_object (&self->gazetteer);
  g_free (self);
}

static void
add_alias (GPtrArray  *aliases,
           const char *name,
           const char *alias)
{
  if (g_strcmp0 (name, alias) == 0)
    return;
  for (guint i = 0; i < aliases->len; i++)
    if (strcmp (g_ptr_array_index (aliases, i), alias) == 0)
      return;
  g_ptr_array_add (aliases, g_strdup (alias));
}

/* The way this text writes a record made by the resolver, for search; the
 * records the dataset had are the user's and stay as they are. */
static void
add_written_form (TfRecordResolver *self,
                  const char       *name,
                  GPtrArray        *aliases,
                  gpointer          record,
                  const char       *written)
{
  if (g_hash_table_contains (self->created, record))
    add_alias (aliases, name, written);
}

TfPerson *
tf_record_resolver_person (TfRecordResolver *self,
                           const char       *name,
                           const char       *person_id)
{
  g_autofree char *key = NULL;
  TfPerson *person = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (person_id != NULL)
    person = tf_dataset_lookup_person (self->dataset, person_id);
  if (person != NULL)
    return person;
  if (name == NULL || *name == '\0')
    return NULL;
  person = g_hash_table_lookup (self->people_written, name);
  if (person != NULL)
    return person;

  key = tf_suggestion_import_person_key (name);
  person = g_hash_table_lookup (self->people, key);
  if (person == NULL)
    {
      g_autofree char *pinyin = tf_pinyin_for_name (name);
      g_autofree char *id = tf_dataset_make_id (self->dataset, TF_RECORD_PERSON, "p-", pinyin);

      person = tf_person_new (id, name);
      if (!tf_dataset_add_person (self->dataset, person, NULL))
        g_assert_not_reached ();  /* the id is unused */
      g_hash_table_add (self->created, person);
      index_person (self, person);
    }
  add_written_form (self, person->name, person->aliases, person, name);
  g_hash_table_insert (self->people_written, g_strdup (name), person);
  return person;
}

/* The organization of a gazetteer entry, made with its parents when the
 * dataset has none. place is the place that names it, or NULL for a
 * parent. */
static TfOrganization *
organization_of_entry (TfRecordResolver       *self,
                       const TfGazetteerEntry *entry,
                       const TfSuggestedPlace *place,
                       guint                   depth)
{
  g_autofree char *id = NULL;
  TfOrganization *organization;
  const TfGazetteerEntry *parent_entry;
  const char *name = entry->name;
  TfSector sector = entry->sector;

  if (entry->kind != TF_GAZETTEER_ORGANIZATION)
    return NULL;
  if (entry->from_dataset)
    return tf_dataset_lookup_organization (self->dataset, entry->id);

  id = g_strconcat ("o-", entry->id, NULL);
  if (!tf_record_resolver_id_is_plain (id))
    return NULL;
  organization = tf_dataset_lookup_organization (self->dataset, id);
  if (organization != NULL)
    return organization;

  if (place != NULL && (self->flags & TF_RECORD_RESOLVER_WRITTEN_NAMES))
    {
      name = place->name;
      if (place->sector_known)
        sector = place->sector;
    }

  /* The parent first, so that it comes before its child in the file. */
  parent_entry = entry->parent_id != NULL && depth < MAX_PARENT_DEPTH
                 ? tf_gazetteer_lookup_id (self->gazetteer, entry->parent_id) : NULL;
  if (parent_entry != NULL && parent_entry != entry)
    {
      TfOrganization *parent = organization_of_entry (self, parent_entry, NULL, depth + 1);

      /* Only a loop in the gazetteer can have made this one meanwhile. */
      organization = tf_dataset_lookup_organization (self->dataset, id);
      if (organization != NULL)
        return organization;
      organization = tf_organization_new (id, name, sector);
      if (parent != NULL)
        organization->parent_id = g_strdup (parent->id);
    }
  else
    organization = tf_organization_new (id, name, sector);
  /* Every name search should find it by, not only the one this text uses. */
  if (strcmp (name, entry->name) != 0)
    add_alias (organization->aliases, name, entry->name);
  for (guint i = 0; i < entry->aliases->len; i++)
    add_alias (organization->aliases, name, g_ptr_array_index (entry->aliases, i));
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
resolve_organization (TfRecordResolver       *self,
                      const TfSuggestedPlace *place)
{
  g_autofree char *key = NULL;
  TfOrganization *organization;

  if (place->org_id == NULL)
    {
      organization = g_hash_table_lookup (self->organizations_written, place->name);
      if (organization != NULL)
        return organization;
    }

  key = tf_suggestion_import_name_key (place->name);
  organization = g_hash_table_lookup (self->organizations, key);
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
        organization = organization_of_entry (self, entry, place, 0);
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
  if (place->org_id == NULL)
    g_hash_table_insert (self->organizations_written, g_strdup (place->name), organization);
  return organization;
}

TfAffiliation *
tf_record_resolver_place (TfRecordResolver       *self,
                          const TfSuggestedPlace *place)
{
  TfAffiliation *affiliation;
  TfOrganization *organization;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (place != NULL, NULL);

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

char *
tf_record_resolver_new_move_id (TfRecordResolver *self)
{
  char *id = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  do
    {
      g_free (id);
      id = g_strdup_printf ("m-%u", self->next_move++);
    }
  while (tf_dataset_lookup_move (self->dataset, id) != NULL);
  return id;
}
