/* tf-dataset.c: a whole Talent Flow dataset, owner of every record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-dataset"

#include "config.h"

#include <string.h>

#include "tf-dataset.h"

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

/* Files an owned record under its id; frees it when the id is missing or
 * already taken. */
static gboolean
add_record (GPtrArray      *array,
            GHashTable     *index,
            gpointer        record,
            const char     *id,
            const char     *what,
            GDestroyNotify  free_func,
            GError        **error)
{
  if (id == NULL || *id == '\0')
    {
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID,
                   "A %s has no id", what);
      free_func (record);
      return FALSE;
    }
  if (g_hash_table_contains (index, id))
    {
      g_set_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DUPLICATE_ID,
                   "Two %ss have the id “%s”", what, id);
      free_func (record);
      return FALSE;
    }
  g_ptr_array_add (array, record);
  g_hash_table_insert (index, (gpointer) id, record);
  return TRUE;
}

gboolean
tf_dataset_add_source (TfDataset  *self,
                       TfSource   *source,
                       GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  return add_record (self->sources, self->source_index, source, source->id,
                     "source", (GDestroyNotify) tf_source_free, error);
}

gboolean
tf_dataset_add_organization (TfDataset       *self,
                             TfOrganization  *organization,
                             GError         **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (organization != NULL, FALSE);

  return add_record (self->organizations, self->organization_index, organization,
                     organization->id, "organization",
                     (GDestroyNotify) tf_organization_free, error);
}

gboolean
tf_dataset_add_person (TfDataset  *self,
                       TfPerson   *person,
                       GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (person != NULL, FALSE);

  return add_record (self->people, self->person_index, person, person->id,
                     "person", (GDestroyNotify) tf_person_free, error);
}

gboolean
tf_dataset_add_move (TfDataset  *self,
                     TfMove     *move,
                     GError    **error)
{
  g_return_val_if_fail (TF_IS_DATASET (self), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);

  return add_record (self->moves, self->move_index, move, move->id,
                     "move", (GDestroyNotify) tf_move_free, error);
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
  if (affiliation == NULL || affiliation->org_id == NULL)
    return TRUE;
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
         && strings_equal (a->aliases, b->aliases);
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
