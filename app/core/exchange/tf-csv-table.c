/* tf-csv-table.c: the rows and fields of a CSV file (RFC 4180).
 *
 * The fields are kept one after another in one buffer, each ended by a
 * NUL, with an array of where each starts: a table of 100k rows is then
 * three allocations, not two million.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-csv-table.h"
#include "tf-source-reader.h"

typedef struct
{
  guint line;
  guint first;     /* index into offsets */
  guint n_fields;
} Row;

struct _TfCsvTable
{
  char *file_name;
  char delimiter;
  GString *fields;   /* each field's text, NUL-terminated, one after another */
  GArray *offsets;   /* of guint: where each field starts in fields */
  GArray *rows;      /* of Row */
};

G_DEFINE_QUARK (tf-csv-error-quark, tf_csv_error)

void
tf_csv_table_free (TfCsvTable *self)
{
  if (self == NULL)
    return;
  g_free (self->file_name);
  g_string_free (self->fields, TRUE);
  g_array_unref (self->offsets);
  g_array_unref (self->rows);
  g_free (self);
}

/* The delimiter the first line uses most, outside quotes: spreadsheets
 * write tabs or, where the comma is the decimal mark, semicolons. */
static char
sniff_delimiter (const char *p,
                 const char *end)
{
  guint commas = 0, tabs = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == '\t')
        tabs++;
      else if (*p == ';')
        semicolons++;
    }
  if (tabs > commas && tabs >= semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

/* Past one line end: CRLF, LF or a lone CR. */
static const char *
skip_line_end (const char *p,
               const char *end)
{
  if (*p == '\r' && p + 1 < end && p[1] == '\n')
    return p + 2;
  return p + 1;
}

static gboolean
field_too_large (TfCsvTable  *self,
                 gsize        start,
                 guint        line,
                 guint        column,
                 GError     **error)
{
  g_autofree char *max = NULL;

  if (self->fields->len - start <= TF_CSV_MAX_FIELD_BYTES)
    return FALSE;
  max = g_format_size (TF_CSV_MAX_FIELD_BYTES);
  g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_TOO_LARGE,
               _("%s:%u: column %u: a field longer than %s, which no table of moves has"),
               self->file_name, line, column, max);
  return TRUE;
}

/* A quoted field from just past its opening quote: doubled quotes are
 * one, line breaks are kept as "\n". Returns where it ends, just past the
 * closing quote, or NULL when it never closes. The caller checks the
 * size: the file's own is bounded. */
static const char *
read_quoted (TfCsvTable *self,
             const char *p,
             const char *end,
             guint      *line)
{
  for (;;)
    {
      const char *run = p;

      while (p < end && *p != '"' && *p != '\r' && *p != '\n')
        p++;
      g_string_append_len (self->fields, run, p - run);
      if (p >= end)
        return NULL;
      if (*p == '"')
        {
          if (p + 1 < end && p[1] == '"')
            {
              g_string_append_c (self->fields, '"');
              p += 2;
              continue;
            }
          return p + 1;
        }
      g_string_append_c (self->fields, '\n');
      p = skip_line_end (p, end);
      (*line)++;
    }
}

static gboolean
split (TfCsvTable  *self,
       const char  *text,
       gsize        len,
       GError     **error)
{
  const char *p = text;
  const char *end = text + len;
  guint line = 1;

  self->delimiter = sniff_delimiter (p, end);
  while (p < end)
    {
      Row row = { line, self->offsets->len, 0 };
      gboolean row_done = FALSE;

      /* Blank lines are no rows: spreadsheets leave them at the end. */
      if (*p == '\n' || *p == '\r')
        {
          p = skip_line_end (p, end);
          line++;
          continue;
        }

      while (!row_done)
        {
          guint start = (guint) self->fields->len;
          guint field_line = line;
          const char *run;

          if (row.n_fields >= TF_CSV_MAX_COLUMNS)
            {
              g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_TOO_LARGE,
                           _("%s:%u: more than %u columns, which no table of moves has"),
                           self->file_name, line, (guint) TF_CSV_MAX_COLUMNS);
              return FALSE;
            }
          g_array_append_val (self->offsets, start);
          row.n_fields++;

          if (p < end && *p == '"')
            {
              p = read_quoted (self, p + 1, end, &line);
              if (p == NULL)
                {
                  g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MALFORMED,
                               _("%s:%u: column %u: a quoted field that is never closed "
                                 "(a \" is missing)"),
                               self->file_name, field_line, row.n_fields);
                  return FALSE;
                }
            }
          /* Unquoted text, or what follows a closing quote, which RFC 4180
           * forbids and spreadsheets read as part of the field. */
          run = p;
          while (p < end && *p != self->delimiter && *p != '\n' && *p != '\r')
            p++;
          g_string_append_len (self->fields, run, p - run);
          if (field_too_large (self, start, field_line, row.n_fields, error))
            return FALSE;
          g_string_append_c (self->fields, '\0');

          if (p >= end)
            row_done = TRUE;
          else if (*p == self->delimiter)
            {
              p++;
              /* "a,b," at the very end still has a third, empty field. */
              if (p >= end)
                {
                  start = (guint) self->fields->len;
                  g_array_append_val (self->offsets, start);
                  g_string_append_c (self->fields, '\0');
                  row.n_fields++;
                  row_done = TRUE;
                }
            }
          else
            {
              p = skip_line_end (p, end);
              line++;
              row_done = TRUE;
            }
        }
      g_array_append_val (self->rows, row);
    }
  return TRUE;
}

/* Where the first NUL byte is, for the message: line and column. */
static void
set_nul_error (GError     **error,
               const char  *file_name,
               const char  *data,
               const char  *nul)
{
  guint line = 1;
  const char *line_start = data;

  for (const char *p = data; p < nul; p++)
    if (*p == '\n')
      {
        line++;
        line_start = p + 1;
      }
  g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MALFORMED,
               _("%s:%u: a NUL byte at byte %u of the line: this is not a text table"),
               file_name, line, (guint) (nul - line_start) + 1);
}

TfCsvTable *
tf_csv_table_parse (GBytes      *bytes,
                    const char  *file_name,
                    GError     **error)
{
  g_autoptr(TfCsvTable) self = NULL;
  g_autofree char *text = NULL;
  const char *name = file_name != NULL ? file_name : "(table)";
  const char *data;
  const char *nul;
  gsize size;
  gsize len = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > TF_CSV_MAX_BYTES)
    {
      g_autofree char *max = g_format_size (TF_CSV_MAX_BYTES);

      g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_TOO_LARGE,
                   _("%s: the file is larger than the %s that Talent Flow reads"), name, max);
      return NULL;
    }
  /* UTF-16 has NUL bytes in every ASCII character; anything else with one
   * is no text, and the decoder would only say where in bytes. */
  nul = size > 0 ? memchr (data, '\0', size) : NULL;
  if (nul != NULL && !(size >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0
                                     || memcmp (data, "\xFE\xFF", 2) == 0)))
    {
      set_nul_error (error, name, data, nul);
      return NULL;
    }

  text = tf_source_reader_decode_text (bytes, name, &len, error);
  if (text == NULL)
    return NULL;
  /* The decoder keeps a byte order mark only in UTF-8. */
  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      len -= 3;
      memmove (text, text + 3, len + 1);
    }

  self = g_new0 (TfCsvTable, 1);
  self->file_name = g_strdup (name);
  self->fields = g_string_sized_new (len + len / 8 + 16);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  if (!split (self, text, len, error))
    return NULL;
  if (self->rows->len == 0)
    {
      g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_EMPTY,
                   _("%s is empty: a table of moves needs a header row"), name);
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
tf_csv_table_get_file_name (TfCsvTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->file_name;
}

char
tf_csv_table_get_delimiter (TfCsvTable *self)
{
  g_return_val_if_fail (self != NULL, ',');
  return self->delimiter;
}

guint
tf_csv_table_get_n_rows (TfCsvTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

guint
tf_csv_table_get_n_fields (TfCsvTable *self,
                           guint       row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return g_array_index (self->rows, Row, row).n_fields;
}

guint
tf_csv_table_get_line (TfCsvTable *self,
                       guint       row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return g_array_index (self->rows, Row, row).line;
}

const char *
tf_csv_table_get_field (TfCsvTable *self,
                        guint       row,
                        guint       column)
{
  const Row *r;

  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail (row < self->rows->len, "");

  r = &g_array_index (self->rows, Row, row);
  if (column >= r->n_fields)
    return "";
  return self->fields->str + g_array_index (self->offsets, guint, r->first + column);
}
