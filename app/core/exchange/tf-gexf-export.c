/* tf-gexf-export.c: a dataset as a graph for Gephi and NetworkX (GEXF 1.3).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "tf-atomic-file.h"
#include "tf-csv-values.h"
#include "tf-gexf-export.h"

#define GEXF_NAMESPACE "http://gexf.net/1.3"
#define GEXF_SCHEMA_LOCATION "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

typedef struct
{
  xmlTextWriterPtr xml;
  gboolean failed;  /* libxml2 could not allocate */
} Writer;

/* libxml2 returns -1 when it cannot allocate. */
static void
check (Writer *writer,
       int     result)
{
  if (result < 0)
    writer->failed = TRUE;
}

static void
start (Writer     *writer,
       const char *element)
{
  if (!writer->failed)
    check (writer, xmlTextWriterStartElement (writer->xml, BAD_CAST element));
}

static void
end (Writer *writer)
{
  if (!writer->failed)
    check (writer, xmlTextWriterEndElement (writer->xml));
}

/* XML 1.0 cannot hold most control characters: a dataset built by hand
 * could have them, which would make a document no reader opens. */
static char *
xml_text (const char *value)
{
  GString *out;

  if (g_utf8_validate (value, -1, NULL))
    {
      gboolean clean = TRUE;

      for (const char *p = value; *p != '\0' && clean; p++)
        clean = (guchar) *p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r';
      if (clean && strstr (value, "\xEF\xBF\xBE") == NULL && strstr (value, "\xEF\xBF\xBF") == NULL)
        return g_strdup (value);
    }
  out = g_string_new (NULL);
  for (const char *p = value; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (out, 0xFFFD);
          p++;
          continue;
        }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/* Writes nothing for NULL. */
static void
attribute (Writer     *writer,
           const char *name,
           const char *value)
{
  g_autofree char *text = NULL;

  if (writer->failed || value == NULL)
    return;
  text = xml_text (value);
  check (writer, xmlTextWriterWriteAttribute (writer->xml, BAD_CAST name, BAD_CAST text));
}

static void
text_element (Writer     *writer,
              const char *element,
              const char *value)
{
  g_autofree char *text = NULL;

  if (writer->failed || value == NULL || *value == '\0')
    return;
  text = xml_text (value);
  check (writer, xmlTextWriterWriteElement (writer->xml, BAD_CAST element, BAD_CAST text));
}

/* <attribute id="sector" title="sector" type="string"/> */
static void
declare (Writer     *writer,
         const char *id,
         const char *type)
{
  start (writer, "attribute");
  attribute (writer, "id", id);
  attribute (writer, "title", id);
  attribute (writer, "type", type);
  end (writer);
}

/* <attvalue for="sector" value="academia"/>, nothing for NULL. */
static void
value (Writer     *writer,
       const char *id,
       const char *text)
{
  if (text == NULL)
    return;
  start (writer, "attvalue");
  attribute (writer, "for", id);
  attribute (writer, "value", text);
  end (writer);
}

static void
write_declarations (Writer *writer)
{
  start (writer, "attributes");
  attribute (writer, "class", "node");
  attribute (writer, "mode", "static");
  declare (writer, "sector", "string");
  declare (writer, "parent", "string");
  declare (writer, "country", "string");
  declare (writer, "unnamed", "boolean");
  end (writer);

  start (writer, "attributes");
  attribute (writer, "class", "edge");
  attribute (writer, "mode", "static");
  declare (writer, "person", "string");
  declare (writer, "person_id", "string");
  declare (writer, "kind", "string");
  declare (writer, "date", "string");
  declare (writer, "precision", "string");
  declare (writer, "role", "string");
  declare (writer, "group_size", "integer");
  declare (writer, "status", "string");
  end (writer);
}

/* The node a move's end is: its organization, or its sector's unnamed
 * places. Returns a new string. */
static char *
node_of (const TfAffiliation *affiliation)
{
  if (affiliation->org_id != NULL)
    return g_strdup (affiliation->org_id);
  return g_strconcat (TF_GEXF_UNNAMED_PREFIX, tf_sector_to_string (affiliation->sector), NULL);
}

static void
write_nodes (Writer    *writer,
             TfDataset *dataset)
{
  GPtrArray *organizations = tf_dataset_get_organizations (dataset);
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  gboolean unnamed[TF_N_SECTORS] = { FALSE };

  start (writer, "nodes");
  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);

      start (writer, "node");
      attribute (writer, "id", organization->id);
      attribute (writer, "label", organization->name != NULL ? organization->name
                                                             : organization->id);
      start (writer, "attvalues");
      value (writer, "sector", tf_sector_to_string (organization->sector));
      value (writer, "parent", organization->parent_id);
      value (writer, "country", organization->country);
      value (writer, "unnamed", "false");
      end (writer);
      end (writer);
    }

  /* A node for each sector whose unnamed places a move goes to or from. */
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      if (move->from != NULL && move->to != NULL)
        for (guint end_index = 0; end_index < 2; end_index++)
          {
            const TfAffiliation *affiliation = end_index == 0 ? move->from : move->to;

            if (affiliation->org_id == NULL && affiliation->sector < TF_N_SECTORS)
              unnamed[affiliation->sector] = TRUE;
          }
    }
  for (guint sector = 0; sector < TF_N_SECTORS; sector++)
    {
      g_autofree char *id = NULL;

      if (!unnamed[sector])
        continue;
      id = g_strconcat (TF_GEXF_UNNAMED_PREFIX, tf_sector_to_string (sector), NULL);
      start (writer, "node");
      attribute (writer, "id", id);
      attribute (writer, "label", id);
      start (writer, "attvalues");
      value (writer, "sector", tf_sector_to_string (sector));
      value (writer, "unnamed", "true");
      end (writer);
      end (writer);
    }
  end (writer);
}

/* The first day of what the date says, as GEXF's dates are days. */
static char *
start_of (const TfDate *date)
{
  switch (date->precision)
    {
    case TF_DATE_DAY:
      return g_strdup_printf ("%04d-%02u-%02u", date->year, date->month, date->day);
    case TF_DATE_MONTH:
      return g_strdup_printf ("%04d-%02u-01", date->year, date->month);
    case TF_DATE_YEAR:
      return g_strdup_printf ("%04d-01-01", date->year);
    case TF_DATE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
write_edges (Writer    *writer,
             TfDataset *dataset)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  start (writer, "edges");
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);
      const TfPerson *person;
      g_autofree char *source = NULL;
      g_autofree char *target = NULL;
      g_autofree char *start_date = NULL;
      g_autofree char *date = NULL;
      g_autofree char *group_size = NULL;
      const char *who;

      if (move->from == NULL || move->to == NULL)
        continue;
      person = move->person_id != NULL ? tf_dataset_lookup_person (dataset, move->person_id)
                                       : NULL;
      who = person != NULL ? person->name : move->group_label;
      source = node_of (move->from);
      target = node_of (move->to);
      start_date = start_of (&move->date);
      date = tf_date_to_string (&move->date);
      group_size = g_strdup_printf ("%u", move->group_size);

      start (writer, "edge");
      attribute (writer, "id", move->id);
      attribute (writer, "source", source);
      attribute (writer, "target", target);
      attribute (writer, "start", start_date);
      attribute (writer, "label", who);
      start (writer, "attvalues");
      value (writer, "person", who);
      value (writer, "person_id", move->person_id);
      value (writer, "kind", tf_move_kind_to_string (move->kind));
      value (writer, "date", date[0] != '\0' ? date : NULL);
      value (writer, "precision", tf_csv_precision_to_string (move->date.precision));
      value (writer, "role", move->to->role);
      value (writer, "group_size", group_size);
      value (writer, "status", tf_move_status_to_string (move->status));
      end (writer);
      end (writer);
    }
  end (writer);
}

GBytes *
tf_gexf_export_bytes (TfDataset  *dataset,
                      GError    **error)
{
  Writer writer = { NULL, FALSE };
  xmlBufferPtr buffer;
  GBytes *bytes = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  buffer = xmlBufferCreate ();
  if (buffer != NULL)
    writer.xml = xmlNewTextWriterMemory (buffer, 0);
  if (writer.xml == NULL)
    writer.failed = TRUE;
  else
    {
      check (&writer, xmlTextWriterSetIndent (writer.xml, 1));
      check (&writer, xmlTextWriterSetIndentString (writer.xml, BAD_CAST "  "));
      check (&writer, xmlTextWriterStartDocument (writer.xml, "1.0", "UTF-8", NULL));
    }

  start (&writer, "gexf");
  attribute (&writer, "xmlns", GEXF_NAMESPACE);
  attribute (&writer, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  attribute (&writer, "xsi:schemaLocation", GEXF_SCHEMA_LOCATION);
  attribute (&writer, "version", "1.3");

  start (&writer, "meta");
  text_element (&writer, "creator", "Talent Flow " PACKAGE_VERSION);
  text_element (&writer, "description", tf_dataset_get_title (dataset));
  end (&writer);

  start (&writer, "graph");
  attribute (&writer, "defaultedgetype", "directed");
  attribute (&writer, "mode", "dynamic");
  attribute (&writer, "timeformat", "date");
  write_declarations (&writer);
  write_nodes (&writer, dataset);
  write_edges (&writer, dataset);
  end (&writer);
  end (&writer);

  if (!writer.failed)
    check (&writer, xmlTextWriterEndDocument (writer.xml));
  if (writer.xml != NULL)
    xmlFreeTextWriter (writer.xml);
  if (!writer.failed)
    bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  else
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                         _("Not enough memory to write the graph"));
  if (buffer != NULL)
    xmlBufferFree (buffer);
  return bytes;
}

gboolean
tf_gexf_export_write (TfDataset     *dataset,
                      const char    *path,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tf_gexf_export_bytes (dataset, error);
  if (bytes == NULL)
    return FALSE;
  return tf_atomic_file_write (path, bytes, cancellable, error);
}
