/* tf-exchange-open.h: opening whatever the user gives, tables of moves
 * included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-csv-import.h"
#include "tf-dataset-file-open.h"

G_BEGIN_DECLS

/* TRUE for a name that says a table of moves: *.csv or *.tsv. */
gboolean    tf_exchange_is_table_name (const char          *file_name);

/* Opens a table of moves (by its name: *.csv, *.tsv) with
 * tf_csv_import_bytes (), new organizations looked up in the bundled
 * gazetteer; anything else as tf_dataset_file_open_any () does. columns,
 * flags and problems are as for the import, and unused for other files. */
TfDataset  *tf_exchange_open_bytes    (GBytes              *bytes,
                                       const char          *file_name,
                                       const TfCsvColumns  *columns,
                                       TfCsvImportFlags     flags,
                                       GPtrArray           *problems,
                                       GError             **error);
TfDataset  *tf_exchange_open_file     (GFile               *file,
                                       const TfCsvColumns  *columns,
                                       TfCsvImportFlags     flags,
                                       GPtrArray           *problems,
                                       GCancellable        *cancellable,
                                       GError             **error);

G_END_DECLS
