/* tf-csv-table.h: the rows and fields of a CSV file (RFC 4180).
 *
 * Spreadsheets, pandas and R write tables of comma-separated values with
 * quoted fields that may hold commas, line breaks and doubled quotes,
 * lines ended by CRLF or LF, in UTF-8 with or without a byte order mark,
 * or, from Chinese versions of Excel, in UTF-16 or GB 18030. This reads
 * them into rows of text, and knows nothing of what the columns mean.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-dataset-file.h"

G_BEGIN_DECLS

#define TF_CSV_ERROR (tf_csv_error_quark ())

typedef enum
{
  TF_CSV_ERROR_TOO_LARGE,  /* the file, a field, or the number of columns */
  TF_CSV_ERROR_MALFORMED,  /* a NUL byte, a quoted field never closed */
  TF_CSV_ERROR_EMPTY,      /* not even a header row */
  TF_CSV_ERROR_COLUMNS,    /* no column says who moved, or where */
  TF_CSV_ERROR_MAPPING,    /* a column mapping that does not fit the file */
  TF_CSV_ERROR_BAD_ROWS,   /* rows that cannot be read, when none may be left out */
} TfCsvError;

/* Files larger than a dataset file may be are refused before parsing. */
#define TF_CSV_MAX_BYTES TF_DATASET_FILE_MAX_BYTES
/* A field is a name, a date or a quote, never a megabyte. */
#define TF_CSV_MAX_FIELD_BYTES (1024 * 1024)
#define TF_CSV_MAX_COLUMNS 1000

typedef struct _TfCsvTable TfCsvTable;

GQuark       tf_csv_error_quark          (void);

/* Decodes and splits the bytes; the delimiter is the comma, or the tab or
 * semicolon when the first line has more of those (as exported by
 * spreadsheets in some locales). file_name (may be NULL) names the file in
 * errors, which give the line and column: "moves.csv:12: …". */
TfCsvTable  *tf_csv_table_parse          (GBytes       *bytes,
                                          const char   *file_name,
                                          GError      **error);
void         tf_csv_table_free           (TfCsvTable   *self);

/* The name errors give the file. */
const char  *tf_csv_table_get_file_name  (TfCsvTable   *self);
char         tf_csv_table_get_delimiter  (TfCsvTable   *self);
/* Rows in file order, the header first; blank lines are not rows. */
guint        tf_csv_table_get_n_rows     (TfCsvTable   *self);
guint        tf_csv_table_get_n_fields   (TfCsvTable   *self,
                                          guint         row);
/* The line the row starts on, from 1. */
guint        tf_csv_table_get_line       (TfCsvTable   *self,
                                          guint         row);
/* The field's text, unquoted; "" past the row's last field. */
const char  *tf_csv_table_get_field      (TfCsvTable   *self,
                                          guint         row,
                                          guint         column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfCsvTable, tf_csv_table_free)

G_END_DECLS
