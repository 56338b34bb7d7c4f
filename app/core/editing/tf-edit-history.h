/* tf-edit-history.h: a dataset being edited, with undo and redo.
 *
 * The history owns the dataset it edits and is the only one to change it;
 * the rest of the app, which reads datasets in worker threads, is given
 * snapshots (tf_edit_history_dup_snapshot()). It knows whether the dataset
 * differs from what was last saved, counting an undo back to that point
 * as no difference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-edit.h"

G_BEGIN_DECLS

#define TF_TYPE_EDIT_HISTORY (tf_edit_history_get_type ())

G_DECLARE_FINAL_TYPE (TfEditHistory, tf_edit_history, TF, EDIT_HISTORY, GObject)

/* Edits a copy of dataset, counted as saved. */
TfEditHistory *tf_edit_history_new            (TfDataset     *dataset);

/* The dataset being edited, for the functions of tf-edits.h. It changes
 * with every edit, undo and redo: read it on this thread only. */
TfDataset     *tf_edit_history_get_dataset    (TfEditHistory *self);
/* A copy of it as it is now, for any thread; the same object until the
 * next change. */
TfDataset     *tf_edit_history_dup_snapshot   (TfEditHistory *self);

/* Keeps an edit made on the history's dataset, and drops what could be
 * redone. An empty edit is dropped. Emits ::changed. */
void           tf_edit_history_push           (TfEditHistory *self,
                                               TfEdit        *edit);

gboolean       tf_edit_history_can_undo       (TfEditHistory *self);
gboolean       tf_edit_history_can_redo       (TfEditHistory *self);
/* What the next undo or redo does ("Change Date"), or NULL. */
const char    *tf_edit_history_get_undo_label (TfEditHistory *self);
const char    *tf_edit_history_get_redo_label (TfEditHistory *self);
/* Each emits ::changed; FALSE when there was nothing to do. */
gboolean       tf_edit_history_undo           (TfEditHistory *self);
gboolean       tf_edit_history_redo           (TfEditHistory *self);

/* TRUE when the dataset is not what was last saved. */
gboolean       tf_edit_history_is_modified    (TfEditHistory *self);
/* The dataset as it is now was saved. */
void           tf_edit_history_mark_saved     (TfEditHistory *self);
/* The dataset as it is now was never saved (a restored draft). */
void           tf_edit_history_mark_unsaved   (TfEditHistory *self);

G_END_DECLS
