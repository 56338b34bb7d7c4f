/* tf-csv-columns-dialog.h: which column of a table of moves holds what,
 * asked when the headers do not say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-csv-columns.h"

G_BEGIN_DECLS

#define TF_TYPE_CSV_COLUMNS_DIALOG (tf_csv_columns_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TfCsvColumnsDialog, tf_csv_columns_dialog, TF, CSV_COLUMNS_DIALOG,
                      AdwMessageDialog)

/* One row per header with what it holds now (fields, as
 * tf_csv_import_dup_headers () gives them) to choose from, and the first
 * row's value for an example (samples, may be NULL). body says why the
 * dialog is shown. Its responses are "cancel" and "open", which is only
 * enabled while some column says who moved and some where. */
GtkWidget    *tf_csv_columns_dialog_new        (GtkWindow           *parent,
                                                const char          *file_name,
                                                const char * const  *headers,
                                                const TfCsvColumn   *fields,
                                                guint                n_headers,
                                                const char * const  *samples,
                                                const char          *body);

guint         tf_csv_columns_dialog_get_n_headers (TfCsvColumnsDialog *self);
TfCsvColumn   tf_csv_columns_dialog_get_field  (TfCsvColumnsDialog  *self,
                                                guint                header);
/* Chooses what a column holds, as its drop-down does. */
void          tf_csv_columns_dialog_set_field  (TfCsvColumnsDialog  *self,
                                                guint                header,
                                                TfCsvColumn          column);
/* Every header with what it was chosen to hold, for the import. */
TfCsvColumns *tf_csv_columns_dialog_dup_columns (TfCsvColumnsDialog *self);

G_END_DECLS
