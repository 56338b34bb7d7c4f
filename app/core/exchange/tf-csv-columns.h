/* tf-csv-columns.h: which column of a table of moves holds what.
 *
 * Columns are found by their headers, in English or Chinese, with the
 * usual synonyms, whatever their case and spacing ("From Org", "from_org",
 * "原单位"); a mapping given by the user ("person=Name,to=Employer", or a
 * choice per header in the window) comes first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a column holds. The evidence of a move (source, source_title,
 * quote) may come several times, numbered: "source", "source_2"… */
typedef enum
{
  TF_CSV_FIELD_NONE,          /* a column that is left out */
  TF_CSV_FIELD_PERSON,
  TF_CSV_FIELD_GROUP,         /* who a group is, when no person moves */
  TF_CSV_FIELD_GROUP_SIZE,
  TF_CSV_FIELD_FROM,
  TF_CSV_FIELD_FROM_SECTOR,
  TF_CSV_FIELD_FROM_UNNAMED,  /* yes: "from" is a place, not an organization */
  TF_CSV_FIELD_FROM_ROLE,
  TF_CSV_FIELD_TO,
  TF_CSV_FIELD_TO_SECTOR,
  TF_CSV_FIELD_TO_UNNAMED,
  TF_CSV_FIELD_ROLE,          /* the role taken at "to" */
  TF_CSV_FIELD_KIND,
  TF_CSV_FIELD_DATE,
  TF_CSV_FIELD_YEAR,
  TF_CSV_FIELD_MONTH,
  TF_CSV_FIELD_DAY,
  TF_CSV_FIELD_PRECISION,
  TF_CSV_FIELD_DATE_DERIVED,
  TF_CSV_FIELD_STATUS,
  TF_CSV_FIELD_CONCURRENT,
  TF_CSV_FIELD_REVIEWED,
  TF_CSV_FIELD_NOTE,
  TF_CSV_FIELD_SOURCE,        /* a URL, or the name of a source without one */
  TF_CSV_FIELD_SOURCE_TITLE,
  TF_CSV_FIELD_QUOTE,
  TF_CSV_N_FIELDS
} TfCsvField;

/* A column's field, and for the evidence fields which evidence, from 1. */
typedef struct
{
  TfCsvField field;
  guint index;
} TfCsvColumn;

/* The name the writer heads the column with and a mapping uses:
 * "person", "from_sector"; "" for TF_CSV_FIELD_NONE. */
const char   *tf_csv_field_to_string      (TfCsvField          field);
/* What the field holds, in words for the interface (translated). */
const char   *tf_csv_field_get_label      (TfCsvField          field);
gboolean      tf_csv_field_is_evidence    (TfCsvField          field);
/* The field a header names, by the field's name or a synonym, in any case
 * and spacing; a number at the end picks the evidence ("quote 2").
 * TF_CSV_FIELD_NONE when the header is not known. */
TfCsvColumn   tf_csv_field_for_header     (const char         *header);

typedef struct _TfCsvColumns TfCsvColumns;

TfCsvColumns *tf_csv_columns_new          (void);
TfCsvColumns *tf_csv_columns_copy         (const TfCsvColumns *self);
void          tf_csv_columns_free         (TfCsvColumns       *self);

/* The column headed header holds field (TF_CSV_FIELD_NONE: is left
 * out), whatever its header says. A later call for the same header wins. */
void          tf_csv_columns_set          (TfCsvColumns       *self,
                                           const char         *header,
                                           TfCsvColumn         column);
/* Adds the pairs of a mapping as the command line gives it:
 * "person=Name,to=Employer,quote_2=Zitat". Fails with
 * TF_CSV_ERROR_MAPPING on a pair without "=" or a field it does not know. */
gboolean      tf_csv_columns_parse        (TfCsvColumns       *self,
                                           const char         *mapping,
                                           GError            **error);
gboolean      tf_csv_columns_is_empty     (const TfCsvColumns *self);

/* The field of each of n_headers headers: the mapping's (self may be
 * NULL), else the header's own name; a field that two columns name goes
 * to the first. Fails with TF_CSV_ERROR_MAPPING, naming file_name, when
 * the mapping names a header that is not there. Free with g_free. */
TfCsvColumn  *tf_csv_columns_resolve      (const TfCsvColumns *self,
                                           const char * const *headers,
                                           guint               n_headers,
                                           const char         *file_name,
                                           GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfCsvColumns, tf_csv_columns_free)

G_END_DECLS
