/* tf-summary.h: the counts `talentflow --summary` prints.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* Appends one "key: N" line per count to out. The keys are part of the
 * command-line interface, so they are never translated. */
void        tf_summary_append   (TfDataset  *dataset,
                                 GString    *out);

/* Loads file (a dataset, a table of moves with its columns mapped by
 * csv_columns, which may be NULL, or an article), or the bundled sample
 * when file is NULL, and returns its summary. Errors name the file. */
char       *tf_summary_for_file (GFile      *file,
                                 const char *csv_columns,
                                 GError    **error);

/* The --summary option, without its variable, for main.c, which handles
 * it, and for the application's --help. Ends with an entry whose
 * long_name is NULL. */
const GOptionEntry *tf_summary_get_option_entries (void);

G_END_DECLS
