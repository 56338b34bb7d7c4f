/* tf-review-edit-dialog.h: editing a suggested move before accepting it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-dataset.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

#define TF_TYPE_REVIEW_EDIT_DIALOG (tf_review_edit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TfReviewEditDialog, tf_review_edit_dialog, TF, REVIEW_EDIT_DIALOG,
                      AdwWindow)

/* Edits suggestion in place when the user saves, then emits ::saved
 * (TfSuggestion *). The suggestion must outlive the dialog. dataset
 * (nullable) offers its people and organizations as completions. */
GtkWidget *tf_review_edit_dialog_new  (GtkWindow          *parent,
                                       TfDataset          *dataset,
                                       TfSuggestion       *suggestion);
/* What the Save button does. */
void       tf_review_edit_dialog_save (TfReviewEditDialog *self);

G_END_DECLS
