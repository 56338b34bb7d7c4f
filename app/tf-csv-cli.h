/* tf-csv-cli.h: tables of moves on the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* --csv-columns=FIELD=HEADER,…, without its variable, for the commands
 * that read it and for the application's --help. Ends with an entry whose
 * long_name is NULL. */
const GOptionEntry *tf_csv_cli_get_option_entries (void);

/* Opens what the command line names: a table of moves (*.csv, *.tsv),
 * its columns mapped by csv_columns (may be NULL) before their headers,
 * a dataset or an article. A table with a row that cannot be read is
 * refused: the message then lists every such row, one a line. Messages
 * name the file. */
TfDataset          *tf_csv_cli_open               (GFile       *file,
                                                   const char  *csv_columns,
                                                   GError     **error);

G_END_DECLS
