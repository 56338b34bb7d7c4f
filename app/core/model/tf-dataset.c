/* tf-dataset.c: a whole Talent Flow dataset, owner of every record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-dataset"

#include "config.h"

#include <string.h>

#include "tf-dataset.h"
#include "tf-pinyin.h"

struct _TfDataset
{
  GObject parent_instance;

  char *title;

  GPtrArray *sources;
  GPtrArray *organizations;
  GPtrArray *people;
  GPtrArray *moves;
  GPtrArray *rejections;

  /* id -> record, borrowed from the arrays above */
  GHashTable *source_index;
  GHashTable *organization_index;
  GHashTable *person_index;
  GHashTable *move_index;
};

G_DEFINE_FINAL_TYPE (TfDataset, tf_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (tf-dataset-error-quark, tf_dataset_error)

static void
tf_dataset_finalize (GObject *object)
{
  TfDataset *self = (TfDataset *) object;

  g_hash_table_unref (self->source_index);
  g_hash_table_unref (self->organization_index);
  g_hash_table_unref (self->person_index);
  g_hash_table_unref (self->move_index);
  g_ptr_array_unref (self->rejections);
  g_ptr_array_unref (self->moves);
  g_ptr_array_unref (self->people);
  g_ptr_array_unref (self->organizations);
  g_ptr_array_unref (self->sources);
  g_free (self->title);

  G_OBJECT_CLASS (tf_dataset_parent_class)->finalize (object);
}

static void
tf_dataset_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TfDataset *self = TF_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_dataset_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TfDataset *self = TF_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      tf_dataset_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_dataset_class_init (TfDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tf_dataset_finalize;
  object_class->get_property = tf_dataset_get_property;
  object_class->set_property = tf_dataset_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_dataset_init (TfDataset *self)
{
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_source_free);
  self->organizations = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_organization_free);
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_person_free);
  self->moves = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_move_free);
  self->rejections = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_rejection_free);
  self->source_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->organization_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->person_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->move_index = g_hash_table_new (g_str_hash, g_str_equal);
}

TfDataset *
tf_dataset_new (void)
{
  return g_object_new (TF_TYPE_DATASET, NULL);
}

TfDataset *
tf_dataset_copy (TfDataset *self)
{
  TfDataset *copy;

  g_return_val_if_fail (TF_IS_DATASET (self), NULL);

  copy = tf_dataset_new ();
  copy->title = g_strdup (self->title);
  /* The ids are unique already: the records go straight in, with no
   * duplicate checks that could fail. */
  for (guint i = 0; i < self->sources->len; i++)
    {
      TfSource *source = tf_source_copy (g_ptr_array_index (self->sources, i));

      g_ptr_array_add (copy->sources, source);
      g_hash_table_insert (copy->source_index, source->id, source);
    }
  for (guint i = 0; i < self->organizations->len; i++)
    {
      TfOrganization *organization =
        tf_organization_copy (g_ptr_array_index (self->organizations, i));

      g_ptr_array_add (copy->organizations, organization);
      g_hash_table_insert (copy->organization_index, organization->id, organization);
    }
  for (guint i = 0; i < self->people->len; i++)
    {
      TfPerson *person = tf_person_copy (g_ptr_array_index (self->people, i));

      g_ptr_array_add (copy->people, person);
      g_hash_table_insert (copy->person_index, person->id, person);
    }
  for (guint i = 0; i < self->moves->len; i++)
    {
      TfMove *move = tf_move_copy (g_ptr_array_index (self->moves, i));

      g_ptr_array_add (copy->moves, move);
      g_hash_table_insert (copy->move_index, move->id, move);
    }
  for (guint i = 0; i < self->rejections->len; i++)
    g_ptr_array_add (copy->rejections,
                     tf_rejection_copy (g_ptr_array_index (self->rejections, i)));
  return copy;
}

const char *
tf_dataset_get_title (TfDataset *self)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return self->title;
}

void
tf_dataset_set_title (TfDataset  *self,
                      const char *title)
{
  g_return_if_fail (TF_IS_DATASET (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
tf_dataset_add_source (TfDataset  *self,
                       TfSource   *source,
                       GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  return tf_dataset_insert_record (self, TF_RECORD_SOURCE, self->sources->len, source, error);
}

gboolean
tf_dataset_add_organization (TfDataset       *self,
                             TfOrganization  *organization,
                             GError         **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (organization != NULL, FALSE);

  return tf_dataset_insert_record (self, TF_RECORD_ORGANIZATION, self->organizations->len,
                                   organization, error);
}

gboolean
tf_dataset_add_person (TfDataset  *self,
                       TfPerson   *person,
                       GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (person != NULL, FALSE);

  return tf_dataset_insert_record (self, TF_RECORD_PERSON, self->people->len, person, error);
}

gboolean
tf_dataset_add_move (TfDataset  *self,
                     TfMove     *move,
                     GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);

  return tf_dataset_insert_record (self, TF_RECORD_MOVE, self->moves->len, move, error);
}

GPtrArray *
tf_dataset_get_sources (TfDataset *self)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return self->sources;
}

GPtrArray *
tf_dataset_get_organizations (TfDataset *self)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return self->organizations;
}

GPtrArray *
tf_dataset_get_people (TfDataset *self)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return self->people;
}

GPtrArray *
tf_dataset_get_moves (TfDataset *self)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return self->moves;
}

TfSource *
tf_dataset_lookup_source (TfDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->source_index, id) : NULL;
}

TfOrganization *
tf_dataset_lookup_organization (TfDataset  *self,
                                const char *id)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->organization_index, id) : NULL;
}

TfPerson *
tf_dataset_lookup_person (TfDataset  *self,
                          const char *id)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->person_index, id) : NULL;
}

TfMove *
tf_dataset_lookup_move (TfDataset  *self,
                        const char *id)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return id ? g_hash_table_lookup (self->move_index, id) : NULL;
}

void
tf_dataset_add_rejection (TfDataset   *self,
                          TfRejection *rejection)
{
  g_return_if_fail (rejection != NULL);
  /* Owned also when refused, as the add functions' records are. */
  if (!TF_IS_DATASET (self) || rejection->source_id == NULL || rejection->exact == NULL)
    {
      g_critical ("%s: not a dataset, or a rejection without a source or a quote", G_STRFUNC);
      tf_rejection_free (rejection);
      return;
    }
  g_ptr_array_add (self->rejections, rejection);
}

GPtrArray *
tf_dataset_get_rejections (TfDataset *self)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  return self->rejections;
}

/* Names as the text writes them: "漆遠" rejects "漆远" too. */
static gboolean
names_match (const char *a,
             const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  if (strcmp (a, b) == 0)
    return TRUE;
  folded_a = tf_text_fold (a, -1);
  folded_b = tf_text_fold (b, -1);
  return strcmp (g_strstrip (folded_a), g_strstrip (folded_b)) == 0;
}

gboolean
tf_dataset_is_rejected (TfDataset  *self,
                        const char *source_id,
                        const char *exact,
                        const char *person,
                        const char *to)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);

  if (source_id == NULL || exact == NULL)
    return FALSE;
  for (guint i = 0; i < self->rejections->len; i++)
    {
      const TfRejection *rejection = g_ptr_array_index (self->rejections, i);

      if (strcmp (rejection->source_id, source_id) == 0
          && strcmp (rejection->exact, exact) == 0
          && names_match (rejection->person, person)
          && names_match (rejection->to, to))
        return TRUE;
    }
  return FALSE;
}

static gboolean
check_affiliation (TfDataset            *self,
                   const TfMove         *move,
                   const TfAffiliation  *affiliation,
                   const char           *end,
                   GError              **error)
{
  if (affiliation == NULL)
    return TRUE;
  if (affiliation->org_id == NULL)
    {
      /* The file has nothing else to name the place by. */
      if (affiliation->label != NULL)
        return TRUE;
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                   "Move “%s” comes %s a place with neither an organization nor a label",
                   move->id, end);
      return FALSE;
    }
  if (tf_dataset_lookup_organization (self, affiliation->org_id) != NULL)
    return TRUE;
  g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
               "Move “%s” comes %s organization “%s”, which does not exist",
               move->id, end, affiliation->org_id);
  return FALSE;
}

gboolean
tf_dataset_check_references (TfDataset  *self,
                             GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);

  for (guint i = 0; i < self->organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (self->organizations, i);
      const TfOrganization *ancestor = organization;
      guint depth = 0;

      if (organization->parent_id == NULL)
        continue;
      if (tf_dataset_lookup_organization (self, organization->parent_id) == NULL)
        {
          g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                       "Organization “%s” has parent “%s”, which does not exist",
                       organization->id, organization->parent_id);
          return FALSE;
        }
      /* A chain longer than the number of organizations must loop. */
      while (ancestor != NULL && ancestor->parent_id != NULL)
        {
          ancestor = tf_dataset_lookup_organization (self, ancestor->parent_id);
          if (ancestor == organization || ++depth > self->organizations->len)
            {
              g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                           "Organization “%s” is its own ancestor", organization->id);
              return FALSE;
            }
        }
    }

  for (guint i = 0; i < self->moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (self->moves, i);

      if (move->person_id != NULL && tf_dataset_lookup_person (self, move->person_id) == NULL)
        {
          g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                       "Move “%s” is made by person “%s”, who does not exist",
                       move->id, move->person_id);
          return FALSE;
        }
      if (move->person_id == NULL && move->group_size < 2)
        {
          g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                       "Move “%s” has neither a person nor a group", move->id);
          return FALSE;
        }
      if (!check_affiliation (self, move, move->from, "from", error)
          || !check_affiliation (self, move, move->to, "to", error))
        return FALSE;
      for (guint j = 0; j < move->evidence->len; j++)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, j);

          if (tf_dataset_lookup_source (self, evidence->source_id) == NULL)
            {
              g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE,
                           "Move “%s” cites source “%s”, which does not exist",
                           move->id, evidence->source_id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

guint
tf_dataset_count_paragraphs (TfDataset *self)
{
  guint n = 0;

  g_return_val_if_fail (TF_IS_DATASET (self), 0);

  for (guint i = 0; i < self->sources->len; i++)
    n += ((TfSource *) g_ptr_array_index (self->sources, i))->paragraphs->len;
  return n;
}

guint
tf_dataset_count_moves_without_evidence (TfDataset *self)
{
  guint n = 0;

  g_return_val_if_fail (TF_IS_DATASET (self), 0);

  for (guint i = 0; i < self->moves->len; i++)
    if (((TfMove *) g_ptr_array_index (self->moves, i))->evidence->len == 0)
      n++;
  return n;
}

static int
compare_moves_by_date (gconstpointer a,
                       gconstpointer b)
{
  const TfMove *move_a = *(const TfMove **) a;
  const TfMove *move_b = *(const TfMove **) b;

  return tf_date_compare (&move_a->date, &move_b->date);
}

GPtrArray *
tf_dataset_dup_moves_of_person (TfDataset  *self,
                                const char *person_id)
{
  GPtrArray *moves;

  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  moves = g_ptr_array_new ();
  for (guint i = 0; i < self->moves->len; i++)
    {
      TfMove *move = g_ptr_array_index (self->moves, i);

      if (g_strcmp0 (move->person_id, person_id) == 0)
        g_ptr_array_add (moves, move);
    }
  /* g_ptr_array_sort is a merge sort in GLib >= 2.32, so it is stable. */
  g_ptr_array_sort (moves, compare_moves_by_date);
  return moves;
}

static gboolean
strings_equal (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
sources_equal (const TfSource *a,
               const TfSource *b)
{
  if (g_strcmp0 (a->id, b->id) != 0 || g_strcmp0 (a->title, b->title) != 0
      || g_strcmp0 (a->outlet, b->outlet) != 0 || g_strcmp0 (a->author, b->author) != 0
      || g_strcmp0 (a->url, b->url) != 0 || g_strcmp0 (a->file_name, b->file_name) != 0
      || !tf_date_equal (&a->date, &b->date) || a->script != b->script
      || a->paragraphs->len != b->paragraphs->len)
    return FALSE;
  for (guint i = 0; i < a->paragraphs->len; i++)
    {
      const TfParagraph *pa = g_ptr_array_index (a->paragraphs, i);
      const TfParagraph *pb = g_ptr_array_index (b->paragraphs, i);

      if (pa->kind != pb->kind || strcmp (pa->text, pb->text) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
organizations_equal (const TfOrganization *a,
                     const TfOrganization *b)
{
  return g_strcmp0 (a->id, b->id) == 0 && g_strcmp0 (a->name, b->name) == 0
         && a->sector == b->sector && g_strcmp0 (a->parent_id, b->parent_id) == 0
         && g_strcmp0 (a->country, b->country) == 0 && strings_equal (a->aliases, b->aliases);
}

static gboolean
people_equal (const TfPerson *a,
              const TfPerson *b)
{
  return g_strcmp0 (a->id, b->id) == 0 && g_strcmp0 (a->name, b->name) == 0
         && strings_equal (a->aliases, b->aliases) && g_strcmp0 (a->note, b->note) == 0;
}

static gboolean
affiliations_equal (const TfAffiliation *a,
                    const TfAffiliation *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strcmp0 (a->org_id, b->org_id) == 0 && a->sector == b->sector
         && g_strcmp0 (a->label, b->label) == 0 && g_strcmp0 (a->role, b->role) == 0;
}

static gboolean
moves_equal (const TfMove *a,
             const TfMove *b)
{
  if (g_strcmp0 (a->id, b->id) != 0 || g_strcmp0 (a->person_id, b->person_id) != 0
      || g_strcmp0 (a->group_label, b->group_label) != 0 || a->group_size != b->group_size
      || a->kind != b->kind || !tf_date_equal (&a->date, &b->date)
      || a->concurrent != b->concurrent || !affiliations_equal (a->from, b->from)
      || !affiliations_equal (a->to, b->to) || g_strcmp0 (a->note, b->note) != 0
      || a->status != b->status || !a->unreviewed != !b->unreviewed
      || a->evidence->len != b->evidence->len)
    return FALSE;
  for (guint i = 0; i < a->evidence->len; i++)
    {
      const TfEvidence *ea = g_ptr_array_index (a->evidence, i);
      const TfEvidence *eb = g_ptr_array_index (b->evidence, i);

      if (g_strcmp0 (ea->source_id, eb->source_id) != 0 || g_strcmp0 (ea->exact, eb->exact) != 0
          || g_strcmp0 (ea->prefix, eb->prefix) != 0 || g_strcmp0 (ea->suffix, eb->suffix) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
rejections_equal (const TfRejection *a,
                  const TfRejection *b)
{
  return g_strcmp0 (a->source_id, b->source_id) == 0 && g_strcmp0 (a->exact, b->exact) == 0
         && g_strcmp0 (a->person, b->person) == 0 && g_strcmp0 (a->to, b->to) == 0;
}

typedef gboolean (*RecordEqualFunc) (gconstpointer a, gconstpointer b);

static gboolean
arrays_equal (GPtrArray       *a,
              GPtrArray       *b,
              RecordEqualFunc  equal)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

gboolean
tf_dataset_equal (TfDataset *a,
                  TfDataset *b)
{
  g_return_val_if_fail (TF_IS_DATASET (a), FALSE);
  g_return_val_if_fail (TF_IS_DATASET (b), FALSE);

  return g_strcmp0 (a->title, b->title) == 0
         && arrays_equal (a->sources, b->sources, (RecordEqualFunc) sources_equal)
         && arrays_equal (a->organizations, b->organizations, (RecordEqualFunc) organizations_equal)
         && arrays_equal (a->people, b->people, (RecordEqualFunc) people_equal)
         && arrays_equal (a->moves, b->moves, (RecordEqualFunc) moves_equal)
         && arrays_equal (a->rejections, b->rejections, (RecordEqualFunc) rejections_equal);
}

/* The generic record functions, by kind. */

typedef struct
{
  const char *what;
  gpointer (*copy) (gconstpointer record);
  GDestroyNotify free;
  RecordEqualFunc equal;
  gsize id_offset;  /* of the char *id field; G_MAXSIZE for none */
} RecordClass;

static const RecordClass record_classes[TF_N_RECORD_KINDS] = {
  [TF_RECORD_SOURCE] = { "source", (gpointer) tf_source_copy,
                         (GDestroyNotify) tf_source_free,
                         (RecordEqualFunc) sources_equal, G_STRUCT_OFFSET (TfSource, id) },
  [TF_RECORD_ORGANIZATION] = { "organization", (gpointer) tf_organization_copy,
                               (GDestroyNotify) tf_organization_free,
                               (RecordEqualFunc) organizations_equal,
                               G_STRUCT_OFFSET (TfOrganization, id) },
  [TF_RECORD_PERSON] = { "person", (gpointer) tf_person_copy,
                         (GDestroyNotify) tf_person_free,
                         (RecordEqualFunc) people_equal, G_STRUCT_OFFSET (TfPerson, id) },
  [TF_RECORD_MOVE] = { "move", (gpointer) tf_move_copy,
                       (GDestroyNotify) tf_move_free,
                       (RecordEqualFunc) moves_equal, G_STRUCT_OFFSET (TfMove, id) },
  [TF_RECORD_REJECTION] = { "rejection", (gpointer) tf_rejection_copy,
                            (GDestroyNotify) tf_rejection_free,
                            (RecordEqualFunc) rejections_equal, G_MAXSIZE },
};

static const char *
record_id (TfRecordKind  kind,
           gconstpointer record)
{
  gsize offset = record_classes[kind].id_offset;

  return offset == G_MAXSIZE ? NULL : G_STRUCT_MEMBER (const char *, record, offset);
}

static GHashTable *
record_index (TfDataset    *self,
              TfRecordKind  kind)
{
  switch (kind)
    {
    case TF_RECORD_SOURCE:
      return self->source_index;
    case TF_RECORD_ORGANIZATION:
      return self->organization_index;
    case TF_RECORD_PERSON:
      return self->person_index;
    case TF_RECORD_MOVE:
      return self->move_index;
    case TF_RECORD_REJECTION:
    case TF_N_RECORD_KINDS:
    default:
      return NULL;
    }
}

GPtrArray *
tf_dataset_get_records (TfDataset    *self,
                        TfRecordKind  kind)
{
  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, NULL);

  switch (kind)
    {
    case TF_RECORD_SOURCE:
      return self->sources;
    case TF_RECORD_ORGANIZATION:
      return self->organizations;
    case TF_RECORD_PERSON:
      return self->people;
    case TF_RECORD_MOVE:
      return self->moves;
    case TF_RECORD_REJECTION:
    case TF_N_RECORD_KINDS:
    default:
      return self->rejections;
    }
}

gboolean
tf_dataset_insert_record (TfDataset     *self,
                          TfRecordKind   kind,
                          guint          index,
                          gpointer       record,
                          GError       **error)
{
  GPtrArray *records;
  GHashTable *ids;
  const char *id;

  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  records = tf_dataset_get_records (self, kind);
  if (index > records->len)
    {
      g_critical ("%s: position %u past the end (%u)", G_STRFUNC, index, records->len);
      record_classes[kind].free (record);
      return FALSE;
    }

  ids = record_index (self, kind);
  id = record_id (kind, record);
  if (ids != NULL)
    {
      if (id == NULL || *id == '\0')
        {
          g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                       "A %s has no id", record_classes[kind].what);
          record_classes[kind].free (record);
          return FALSE;
        }
      if (g_hash_table_contains (ids, id))
        {
          g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DUPLICATE_ID,
                       "Two %ss have the id “%s”", record_classes[kind].what, id);
          record_classes[kind].free (record);
          return FALSE;
        }
      g_hash_table_insert (ids, (gpointer) id, record);
    }
  g_ptr_array_insert (records, index, record);
  return TRUE;
}

gpointer
tf_dataset_steal_record (TfDataset    *self,
                         TfRecordKind  kind,
                         guint         index)
{
  GPtrArray *records;
  GHashTable *ids;
  gpointer record;

  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, NULL);

  records = tf_dataset_get_records (self, kind);
  g_return_val_if_fail (index < records->len, NULL);

  record = g_ptr_array_steal_index (records, index);
  ids = record_index (self, kind);
  if (ids != NULL)
    g_hash_table_remove (ids, record_id (kind, record));
  return record;
}

int
tf_dataset_find_record (TfDataset    *self,
                        TfRecordKind  kind,
                        const char   *id)
{
  GHashTable *ids;
  GPtrArray *records;
  gpointer record;
  guint index;

  g_return_val_if_fail (TF_IS_DATASET (self), -1);
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, -1);

  ids = record_index (self, kind);
  if (ids == NULL || id == NULL || (record = g_hash_table_lookup (ids, id)) == NULL)
    return -1;
  records = tf_dataset_get_records (self, kind);
  if (!g_ptr_array_find (records, record, &index))
    return -1;
  return (int) index;
}

/* Ids stay short and readable in the file. */
#define MAX_SLUG 40

/* "Qi Yuan" -> "qi-yuan": lowercase ASCII letters and digits, "-" between. */
static char *
slug_of (const char *romanized)
{
  g_autofree char *plain = tf_pinyin_strip_tones (romanized, TF_PINYIN_UMLAUT_AS_U);
  GString *slug = g_string_new (NULL);

  for (const char *p = plain; *p != '\0' && slug->len < MAX_SLUG; p++)
    {
      char c = g_ascii_tolower (*p);

      if (g_ascii_isalnum (c))
        g_string_append_c (slug, c);
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  return g_string_free (slug, FALSE);
}

static gboolean
id_taken (TfDataset    *self,
          TfRecordKind  kind,
          const char   *id)
{
  return g_hash_table_contains (record_index (self, kind), id);
}

char *
tf_dataset_make_id (TfDataset    *self,
                    TfRecordKind  kind,
                    const char   *prefix,
                    const char   *romanized)
{
  g_autofree char *slug = NULL;
  g_autofree char *base = NULL;
  char *id;
  guint n = 2;

  g_return_val_if_fail (TF_IS_DATASET (self), NULL);
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS && kind != TF_RECORD_REJECTION, NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  slug = slug_of (romanized != NULL ? romanized : "");
  base = g_strconcat (prefix, *slug != '\0' ? slug : "x", NULL);
  id = g_strdup (base);
  while (id_taken (self, kind, id))
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n++);
    }
  return id;
}

gpointer
tf_record_copy (TfRecordKind  kind,
                gconstpointer record)
{
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  return record_classes[kind].copy (record);
}

void
tf_record_free (TfRecordKind kind,
                gpointer     record)
{
  g_return_if_fail (kind < TF_N_RECORD_KINDS);

  if (record != NULL)
    record_classes[kind].free (record);
}

gboolean
tf_record_equal (TfRecordKind  kind,
                 gconstpointer a,
                 gconstpointer b)
{
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, FALSE);

  if (a == NULL || b == NULL)
    return a == b;
  return record_classes[kind].equal (a, b);
}
