/* tf-edit.h: one undoable change to a dataset.
 *
 * An edit is recorded as it is made: each step inserts, takes out or
 * replaces one record at a position, or sets the title, on the dataset the
 * edit was begun on, and keeps a copy of what was there before and after.
 * Undoing runs the steps backwards, redoing runs them again, so a dataset
 * returns record for record and in the same order to what it was.
 *
 * The functions of tf-edits.h make the edits a user asks for (change a
 * date, merge two people) out of these steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

#define TF_TYPE_EDIT (tf_edit_get_type ())

G_DECLARE_FINAL_TYPE (TfEdit, tf_edit, TF, EDIT, GObject)

/* Begins an edit on dataset, which it keeps a reference to; label says
 * what it does ("Change Date"), for the Undo menu item. */
TfEdit      *tf_edit_new          (TfDataset     *dataset,
                                   const char    *label);

const char  *tf_edit_get_label    (TfEdit        *self);
/* For an edit that knows what it did only once it is made. */
void         tf_edit_set_label    (TfEdit        *self,
                                   const char    *label);
TfDataset   *tf_edit_get_dataset  (TfEdit        *self);
gboolean     tf_edit_is_empty     (TfEdit        *self);

/* The steps, each done at once. insert and replace take ownership of
 * record, also on failure, and fail as tf_dataset_insert_record() does
 * (the dataset is then as it was before this step). */
gboolean     tf_edit_insert       (TfEdit        *self,
                                   TfRecordKind   kind,
                                   guint          index,
                                   gpointer       record,
                                   GError       **error);
void         tf_edit_remove       (TfEdit        *self,
                                   TfRecordKind   kind,
                                   guint          index);
gboolean     tf_edit_replace      (TfEdit        *self,
                                   TfRecordKind   kind,
                                   guint          index,
                                   gpointer       record,
                                   GError       **error);
void         tf_edit_set_title    (TfEdit        *self,
                                   const char    *title);

/* Undo and redo must alternate, starting with undo, and the dataset must
 * be as this edit left it (or, for redo, as undo left it). */
void         tf_edit_undo         (TfEdit        *self);
void         tf_edit_redo         (TfEdit        *self);

G_END_DECLS
