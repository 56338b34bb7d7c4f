/* tf-dataset-writer.c: writes a TfDataset as a .talentflow document.
 *
 * The output is deterministic (the same dataset gives the same bytes) and
 * always loads again: a value that the loader would refuse (an id that is
 * not an XML name, a character XML cannot hold, an impossible date, a
 * dangling reference) makes the save fail instead of writing a file that
 * cannot be opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-dataset-writer"

#include "config.h"

#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "tf-dataset-file.h"

typedef struct
{
  TfDataset *dataset;
  xmlTextWriter *xml;
  char *record;    /* what is being written, for messages: "move “m1”" */
  GError *error;   /* the first problem; after it, nothing more is written */
} Writer;

static void refuse (Writer     *writer,
                    const char *format,
                    ...) G_GNUC_PRINTF (2, 3);

static void
refuse (Writer     *writer,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (writer->error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&writer->error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_INVALID,
               "Cannot save %s: %s", writer->record ? writer->record : "the dataset", message);
}

static void
begin_record (Writer     *writer,
              const char *kind,
              const char *id)
{
  g_free (writer->record);
  writer->record = g_strdup_printf ("%s “%s”", kind, id ? id : "");
}

/* libxml2 returns -1 when it cannot allocate or write. */
static void
check (Writer *writer,
       int     result)
{
  if (result < 0)
    refuse (writer, "the XML writer failed");
}

/* XML 1.0 cannot hold most control characters, not even as references. */
static gboolean
is_xml_text (Writer     *writer,
             const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      refuse (writer, "it has text that is not UTF-8");
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        {
          refuse (writer, "its text has the control character U+%04X, which XML cannot hold", c);
          return FALSE;
        }
    }
  return TRUE;
}

static void
start (Writer     *writer,
       const char *element)
{
  if (writer->error == NULL)
    check (writer, xmlTextWriterStartElement (writer->xml, BAD_CAST element));
}

static void
end (Writer *writer)
{
  if (writer->error == NULL)
    check (writer, xmlTextWriterEndElement (writer->xml));
}

/* Writes nothing for NULL: absent values are absent attributes. */
static void
attribute (Writer     *writer,
           const char *name,
           const char *value)
{
  if (writer->error == NULL && value != NULL && is_xml_text (writer, value))
    check (writer, xmlTextWriterWriteAttribute (writer->xml, BAD_CAST name, BAD_CAST value));
}

static void
id_attribute (Writer     *writer,
              const char *name,
              const char *id)
{
  if (writer->error != NULL || id == NULL)
    return;
  if (xmlValidateNCName (BAD_CAST id, 0) != 0)
    refuse (writer, "“%s” is not a valid id (a letter first, then letters, digits, "
            "“-”, “_” or “.”)", id);
  else
    attribute (writer, name, id);
}

static void
text (Writer     *writer,
      const char *value)
{
  if (writer->error == NULL && is_xml_text (writer, value))
    check (writer, xmlTextWriterWriteString (writer->xml, BAD_CAST value));
}

/* Writes nothing for NULL. */
static void
text_element (Writer     *writer,
              const char *element,
              const char *value)
{
  if (value == NULL)
    return;
  start (writer, element);
  text (writer, value);
  end (writer);
}

static void
date_attribute (Writer       *writer,
                const TfDate *date)
{
  g_autofree char *value = NULL;
  TfDate parsed;

  if (date->precision == TF_DATE_UNKNOWN)
    return;
  value = tf_date_to_string (date);
  if (!tf_date_parse (value, &parsed))
    refuse (writer, "“%s” is not a date", value);
  attribute (writer, "date", value);
}

/* The schema requires a name: a missing one is written empty. */
static void
names (Writer          *writer,
       const char      *name,
       const GPtrArray *aliases)
{
  text_element (writer, "name", name ? name : "");
  for (guint i = 0; i < aliases->len; i++)
    text_element (writer, "alias", g_ptr_array_index (aliases, i));
}

static void
write_source (Writer         *writer,
              const TfSource *source)
{
  begin_record (writer, "source", source->id);
  start (writer, "source");
  id_attribute (writer, "id", source->id);
  attribute (writer, "script", tf_script_to_string (source->script));
  date_attribute (writer, &source->date);
  attribute (writer, "file", source->file_name);
  text_element (writer, "title", source->title ? source->title : "");  /* required */
  text_element (writer, "outlet", source->outlet);
  text_element (writer, "author", source->author);
  text_element (writer, "url", source->url);
  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      start (writer, "paragraph");
      if (paragraph->kind != TF_PARAGRAPH_TEXT)
        attribute (writer, "kind", tf_paragraph_kind_to_string (paragraph->kind));
      text (writer, paragraph->text);
      end (writer);
    }
  end (writer);
}

static void
write_organization (Writer               *writer,
                    const TfOrganization *organization)
{
  const char *country = organization->country;

  begin_record (writer, "organization", organization->id);
  if (country != NULL
      && (strlen (country) != 2 || !g_ascii_isupper (country[0]) || !g_ascii_isupper (country[1])))
    refuse (writer, "its country “%s” is not an ISO 3166 code such as “CN”", country);
  start (writer, "organization");
  id_attribute (writer, "id", organization->id);
  attribute (writer, "sector", tf_sector_to_string (organization->sector));
  id_attribute (writer, "parent", organization->parent_id);
  attribute (writer, "country", country);
  names (writer, organization->name, organization->aliases);
  end (writer);
}

static void
write_person (Writer         *writer,
              const TfPerson *person)
{
  begin_record (writer, "person", person->id);
  start (writer, "person");
  id_attribute (writer, "id", person->id);
  names (writer, person->name, person->aliases);
  text_element (writer, "note", person->note);
  end (writer);
}

static void
write_affiliation (Writer              *writer,
                   const char          *element,
                   const TfAffiliation *affiliation)
{
  const TfOrganization *organization;

  if (affiliation == NULL)
    return;
  if (affiliation->org_id == NULL && affiliation->label == NULL)
    refuse (writer, "its <%s> has neither an organization nor a label", element);

  organization = tf_dataset_lookup_organization (writer->dataset, affiliation->org_id);
  start (writer, element);
  id_attribute (writer, "org", affiliation->org_id);
  /* The organization's own sector is implied. */
  if (organization == NULL || organization->sector != affiliation->sector)
    attribute (writer, "sector", tf_sector_to_string (affiliation->sector));
  attribute (writer, "label", affiliation->label);
  attribute (writer, "role", affiliation->role);
  end (writer);
}

static void
write_move (Writer       *writer,
            const TfMove *move)
{
  begin_record (writer, "move", move->id);
  if (move->group_size == 0)
    refuse (writer, "its group size is 0");
  start (writer, "move");
  id_attribute (writer, "id", move->id);
  id_attribute (writer, "person", move->person_id);
  if (move->group_size != 1)
    {
      g_autofree char *size = g_strdup_printf ("%u", move->group_size);

      attribute (writer, "group-size", size);
    }
  attribute (writer, "kind", tf_move_kind_to_string (move->kind));
  date_attribute (writer, &move->date);
  if (move->date.precision != TF_DATE_UNKNOWN && move->date.derived)
    attribute (writer, "date-derived", "true");
  if (move->concurrent)
    attribute (writer, "concurrent", "true");
  /* Absent means reported and reviewed, so files from before suggestions
   * existed say what they always meant. */
  if (move->status != TF_MOVE_STATUS_REPORTED)
    attribute (writer, "status", tf_move_status_to_string (move->status));
  if (move->unreviewed)
    attribute (writer, "reviewed", "false");
  text_element (writer, "group", move->group_label);
  write_affiliation (writer, "from", move->from);
  write_affiliation (writer, "to", move->to);
  text_element (writer, "note", move->note);
  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (move->evidence, i);

      start (writer, "evidence");
      id_attribute (writer, "source", evidence->source_id);
      text_element (writer, "exact", evidence->exact ? evidence->exact : "");
      /* An empty prefix or suffix is the same as none. */
      if (evidence->prefix != NULL && *evidence->prefix != '\0')
        text_element (writer, "prefix", evidence->prefix);
      if (evidence->suffix != NULL && *evidence->suffix != '\0')
        text_element (writer, "suffix", evidence->suffix);
      end (writer);
    }
  end (writer);
}

static void
write_rejection (Writer            *writer,
                 const TfRejection *rejection)
{
  begin_record (writer, "rejection of a suggestion from source", rejection->source_id);
  start (writer, "rejection");
  id_attribute (writer, "source", rejection->source_id);
  attribute (writer, "person", rejection->person);
  attribute (writer, "to", rejection->to);
  text_element (writer, "exact", rejection->exact ? rejection->exact : "");
  end (writer);
}

typedef void (*WriteRecordFunc) (Writer        *writer,
                                 gconstpointer  record);

/* A section with nothing in it is left out. */
static void
write_section (Writer          *writer,
               const char      *element,
               GPtrArray       *records,
               WriteRecordFunc  write_record)
{
  if (records->len == 0)
    return;
  start (writer, element);
  for (guint i = 0; i < records->len && writer->error == NULL; i++)
    write_record (writer, g_ptr_array_index (records, i));
  end (writer);
}

GBytes *
tf_dataset_file_save_bytes (TfDataset  *dataset,
                            GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  Writer writer = { dataset, NULL, NULL, NULL };
  xmlBuffer *buffer;
  GBytes *bytes = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!tf_dataset_check_references (dataset, &local_error))
    {
      g_set_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_INVALID,
                   "Cannot save the dataset: %s", local_error->message);
      return NULL;
    }

  buffer = xmlBufferCreate ();
  /* Doubled as it fills, not grown by each write's length: realloc cannot
   * always grow in place (never under AddressSanitizer), and copying the
   * document at every write took a minute at 10k people. */
  xmlBufferSetAllocationScheme (buffer, XML_BUFFER_ALLOC_DOUBLEIT);
  writer.xml = xmlNewTextWriterMemory (buffer, 0);
  if (writer.xml == NULL)
    g_error ("libxml2 could not make a writer: out of memory");
  check (&writer, xmlTextWriterSetIndent (writer.xml, 1));
  check (&writer, xmlTextWriterSetIndentString (writer.xml, BAD_CAST "  "));
  check (&writer, xmlTextWriterStartDocument (writer.xml, "1.0", "UTF-8", NULL));

  start (&writer, "talentflow");
  attribute (&writer, "xmlns", TF_DATASET_FILE_NAMESPACE);
  attribute (&writer, "version", G_STRINGIFY (TF_DATASET_FILE_VERSION));
  text_element (&writer, "title", tf_dataset_get_title (dataset));
  write_section (&writer, "sources", tf_dataset_get_sources (dataset),
                 (WriteRecordFunc) write_source);
  write_section (&writer, "organizations", tf_dataset_get_organizations (dataset),
                 (WriteRecordFunc) write_organization);
  write_section (&writer, "people", tf_dataset_get_people (dataset),
                 (WriteRecordFunc) write_person);
  write_section (&writer, "moves", tf_dataset_get_moves (dataset),
                 (WriteRecordFunc) write_move);
  write_section (&writer, "rejections", tf_dataset_get_rejections (dataset),
                 (WriteRecordFunc) write_rejection);
  end (&writer);

  if (writer.error == NULL)
    check (&writer, xmlTextWriterEndDocument (writer.xml));
  xmlFreeTextWriter (writer.xml);

  if (writer.error != NULL)
    g_propagate_error (error, g_steal_pointer (&writer.error));
  else
    bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  g_free (writer.record);
  return bytes;
}
