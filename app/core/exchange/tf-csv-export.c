/* tf-csv-export.c: a dataset's moves as a table (CSV).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-exchange"

#include "config.h"

#include <string.h>

#include "tf-atomic-file.h"
#include "tf-csv-columns.h"
#include "tf-csv-export.h"
#include "tf-csv-values.h"

/* The columns before the evidence, in order. */
static const TfCsvField move_fields[] = {
  TF_CSV_FIELD_PERSON,
  TF_CSV_FIELD_FROM,
  TF_CSV_FIELD_TO,
  TF_CSV_FIELD_FROM_SECTOR,
  TF_CSV_FIELD_TO_SECTOR,
  TF_CSV_FIELD_DATE,
  TF_CSV_FIELD_PRECISION,
  TF_CSV_FIELD_ROLE,
  TF_CSV_FIELD_KIND,
  TF_CSV_FIELD_GROUP_SIZE,
  TF_CSV_FIELD_GROUP,
  TF_CSV_FIELD_FROM_UNNAMED,
  TF_CSV_FIELD_TO_UNNAMED,
  TF_CSV_FIELD_FROM_ROLE,
  TF_CSV_FIELD_STATUS,
  TF_CSV_FIELD_CONCURRENT,
  TF_CSV_FIELD_DATE_DERIVED,
  TF_CSV_FIELD_REVIEWED,
  TF_CSV_FIELD_NOTE,
};

static const TfCsvField evidence_fields[] = {
  TF_CSV_FIELD_SOURCE,
  TF_CSV_FIELD_SOURCE_TITLE,
  TF_CSV_FIELD_QUOTE,
};

/* One field, quoted when RFC 4180 asks for it, or when white space at
 * either end would be trimmed by a reader. */
static void
append_field (GString    *out,
              gboolean    first,
              const char *text)
{
  gsize len;

  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || *text == '\0')
    return;
  len = strlen (text);
  if (strpbrk (text, ",\"\r\n") == NULL && !g_ascii_isspace (text[0])
      && !g_ascii_isspace (text[len - 1]))
    {
      g_string_append_len (out, text, (gssize) len);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* How a row names one end of a move: the organization's name, or the
 * unnamed place's label. */
static const char *
place_name (TfDataset           *dataset,
            const TfAffiliation *affiliation)
{
  const TfOrganization *organization;

  if (affiliation == NULL)
    return NULL;
  if (affiliation->org_id == NULL)
    return affiliation->label;
  organization = tf_dataset_lookup_organization (dataset, affiliation->org_id);
  return organization != NULL && organization->name != NULL ? organization->name
                                                           : affiliation->org_id;
}

/* A source as a table names it: its URL, else its title, file or id. */
static const char *
source_name (const TfSource *source)
{
  if (source->url != NULL && source->url[0] != '\0')
    return source->url;
  if (source->title != NULL && source->title[0] != '\0')
    return source->title;
  if (source->file_name != NULL && source->file_name[0] != '\0')
    return source->file_name;
  return source->id;
}

/* The quote, or nothing when the evidence cites the source's heading as
 * the reader makes one for a source cited without a quote. */
static const char *
quote_of (const TfEvidence *evidence,
          const TfSource   *source)
{
  const TfParagraph *heading;
  const char *title;

  if (source == NULL || source->paragraphs->len == 0 || evidence->prefix[0] != '\0')
    return evidence->exact;
  heading = g_ptr_array_index (source->paragraphs, 0);
  title = source->title != NULL && source->title[0] != '\0' ? source->title
                                                            : source_name (source);
  if (heading->kind == TF_PARAGRAPH_HEADING && strcmp (heading->text, evidence->exact) == 0
      && strcmp (title, evidence->exact) == 0)
    return "";
  return evidence->exact;
}

static const char *
yes (gboolean value)
{
  return value ? "yes" : "";
}

static void
append_move (GString      *out,
             TfDataset    *dataset,
             const TfMove *move,
             guint         n_evidence)
{
  const TfPerson *person = move->person_id != NULL
                           ? tf_dataset_lookup_person (dataset, move->person_id) : NULL;
  g_autofree char *date = tf_date_to_string (&move->date);
  char group_size[16];

  g_snprintf (group_size, sizeof group_size, "%u", move->group_size);
  append_field (out, TRUE, person != NULL ? person->name : move->person_id);
  append_field (out, FALSE, place_name (dataset, move->from));
  append_field (out, FALSE, place_name (dataset, move->to));
  append_field (out, FALSE, move->from != NULL ? tf_sector_to_string (move->from->sector) : NULL);
  append_field (out, FALSE, move->to != NULL ? tf_sector_to_string (move->to->sector) : NULL);
  append_field (out, FALSE, date);
  append_field (out, FALSE, move->date.precision != TF_DATE_UNKNOWN
                            ? tf_csv_precision_to_string (move->date.precision) : NULL);
  append_field (out, FALSE, move->to != NULL ? move->to->role : NULL);
  append_field (out, FALSE, tf_move_kind_to_string (move->kind));
  append_field (out, FALSE, group_size);
  append_field (out, FALSE, move->group_label);
  append_field (out, FALSE, yes (move->from != NULL && move->from->org_id == NULL));
  append_field (out, FALSE, yes (move->to != NULL && move->to->org_id == NULL));
  append_field (out, FALSE, move->from != NULL ? move->from->role : NULL);
  append_field (out, FALSE, tf_move_status_to_string (move->status));
  append_field (out, FALSE, yes (move->concurrent));
  append_field (out, FALSE, yes (move->date.derived));
  append_field (out, FALSE, move->unreviewed ? "no" : "yes");
  append_field (out, FALSE, move->note);

  for (guint i = 0; i < n_evidence; i++)
    {
      const TfEvidence *evidence = i < move->evidence->len
                                   ? g_ptr_array_index (move->evidence, i) : NULL;
      const TfSource *source = evidence != NULL
                               ? tf_dataset_lookup_source (dataset, evidence->source_id) : NULL;
      const char *name = NULL, *title = NULL, *quote = NULL;

      if (evidence != NULL)
        {
          name = source != NULL ? source_name (source) : evidence->source_id;
          /* Only a URL leaves the title to say. */
          if (source != NULL && name == source->url && source->title != NULL
              && strcmp (source->title, source->url) != 0)
            title = source->title;
          quote = quote_of (evidence, source);
        }
      append_field (out, FALSE, name);
      append_field (out, FALSE, title);
      append_field (out, FALSE, quote);
    }
  g_string_append (out, "\r\n");
}

GBytes *
tf_csv_export_bytes (TfDataset *dataset)
{
  GPtrArray *moves;
  GString *out;
  guint n_evidence = 1;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);

  moves = tf_dataset_get_moves (dataset);
  for (guint i = 0; i < moves->len; i++)
    n_evidence = MAX (n_evidence, ((TfMove *) g_ptr_array_index (moves, i))->evidence->len);

  out = g_string_sized_new (256 + moves->len * 160);
  for (guint i = 0; i < G_N_ELEMENTS (move_fields); i++)
    append_field (out, i == 0, tf_csv_field_to_string (move_fields[i]));
  for (guint n = 1; n <= n_evidence; n++)
    for (guint i = 0; i < G_N_ELEMENTS (evidence_fields); i++)
      {
        g_autofree char *header = n == 1
                                  ? g_strdup (tf_csv_field_to_string (evidence_fields[i]))
                                  : g_strdup_printf ("%s_%u",
                                                     tf_csv_field_to_string (evidence_fields[i]),
                                                     n);

        append_field (out, FALSE, header);
      }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < moves->len; i++)
    append_move (out, dataset, g_ptr_array_index (moves, i), n_evidence);
  return g_string_free_to_bytes (out);
}

gboolean
tf_csv_export_write (TfDataset     *dataset,
                     const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tf_csv_export_bytes (dataset);
  return tf_atomic_file_write (path, bytes, cancellable, error);
}
