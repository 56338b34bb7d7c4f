/* tf-record-edit-dialog.h: editing or adding a person or an organization.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

#define TF_TYPE_RECORD_EDIT_DIALOG (tf_record_edit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TfRecordEditDialog, tf_record_edit_dialog, TF, RECORD_EDIT_DIALOG,
                      AdwWindow)

/* Edits a copy of record (a TfPerson or a TfOrganization as kind says;
 * NULL: a new one). Save emits ::saved with the edited copy (a TfPerson *
 * or TfOrganization *, whose id is NULL for a new one), which the handler
 * takes; then the dialog closes. dataset offers the organizations an
 * organization can be part of. */
GtkWidget *tf_record_edit_dialog_new  (GtkWindow          *parent,
                                       TfDataset          *dataset,
                                       TfRecordKind        kind,
                                       gconstpointer       record);
/* What the Save button does; FALSE (and the dialog stays) when a field is
 * wrong, which it then marks. */
gboolean   tf_record_edit_dialog_save (TfRecordEditDialog *self);

/* The widgets of the fields, for tests. */
GtkEditable *tf_record_edit_dialog_get_name_field    (TfRecordEditDialog *self);
GtkEditable *tf_record_edit_dialog_get_aliases_field (TfRecordEditDialog *self);

G_END_DECLS
