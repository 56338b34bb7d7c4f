/* tf-csv-import.h: a table of moves (CSV) made a dataset.
 *
 * One move per row. People and organizations are linked to records as an
 * import of articles links them (tf-record-resolver.h), by name and alias
 * and the gazetteer, keeping the names as the table writes them. A row's
 * source (a URL, or a name) and quote become a source of the dataset and
 * the move's evidence: the source's text is its title and the quotes the
 * table gives, so that each quote is found in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-csv-columns.h"
#include "tf-csv-table.h"
#include "tf-dataset.h"
#include "tf-gazetteer.h"

G_BEGIN_DECLS

typedef enum
{
  TF_CSV_IMPORT_NONE   = 0,
  /* One bad row refuses the whole table (TF_CSV_ERROR_BAD_ROWS) rather
   * than being left out. */
  TF_CSV_IMPORT_STRICT = 1 << 0,
} TfCsvImportFlags;

/* A row that could not be read, and why. */
typedef struct
{
  char *file_name;
  guint line;      /* where the row starts, from 1 */
  guint column;    /* from 1; 0 for the row as a whole */
  char *header;    /* the column's header, nullable */
  char *message;   /* translated */
} TfCsvProblem;

void        tf_csv_problem_free      (TfCsvProblem *problem);
/* "moves.csv:12: column 3 (date): “2021-13” is not a date". */
char       *tf_csv_problem_to_string (const TfCsvProblem *problem);

/* Returns a new dataset: a copy of base (NULL: an empty dataset, titled
 * after the file) with a move for each row of the table that can be read.
 * columns (may be NULL) maps headers to fields before their own names do;
 * gazetteer (may be NULL) knows organizations the table names. The rows
 * left out are added to problems (may be NULL), each with its line and
 * column, in file order.
 *
 * Fails with TF_CSV_ERROR_COLUMNS when no column says who moved (person,
 * or group_size) or where (from, to), TF_CSV_ERROR_MAPPING when columns
 * names a header the table lacks, and, with TF_CSV_IMPORT_STRICT, with
 * TF_CSV_ERROR_BAD_ROWS when any row is bad (problems still lists them
 * all). */
TfDataset  *tf_csv_import_table      (TfCsvTable          *table,
                                      TfDataset           *base,
                                      const TfCsvColumns  *columns,
                                      TfGazetteer         *gazetteer,
                                      TfCsvImportFlags     flags,
                                      GPtrArray           *problems,
                                      GError             **error);

/* The same from the bytes of a file: tf_csv_table_parse (), then the
 * import. file_name (may be NULL) names the file in messages. */
TfDataset  *tf_csv_import_bytes      (GBytes              *bytes,
                                      const char          *file_name,
                                      TfDataset           *base,
                                      const TfCsvColumns  *columns,
                                      TfGazetteer         *gazetteer,
                                      TfCsvImportFlags     flags,
                                      GPtrArray           *problems,
                                      GError             **error);

/* The headers of the table (its first row) and the field each holds with
 * columns applied, for a person to correct: n_headers receives how many.
 * Free the strings with g_strfreev and the fields with g_free. */
char      **tf_csv_import_dup_headers (TfCsvTable          *table,
                                       const TfCsvColumns  *columns,
                                       TfCsvColumn        **fields,
                                       guint               *n_headers,
                                       GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfCsvProblem, tf_csv_problem_free)

G_END_DECLS
