/* tf-window.h: a Talent Flow window showing one dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-dataset.h"
#include "tf-edit-history.h"

G_BEGIN_DECLS

#define TF_TYPE_WINDOW (tf_window_get_type ())

G_DECLARE_FINAL_TYPE (TfWindow, tf_window, TF, WINDOW, AdwApplicationWindow)

/* application may be NULL, as in tests. */
TfWindow  *tf_window_new          (GtkApplication *application);

/* The dataset shown, or NULL before one is loaded. */
TfDataset *tf_window_get_dataset  (TfWindow       *self);
/* The file it came from or was saved to; NULL for the bundled sample. */
GFile     *tf_window_get_file     (TfWindow       *self);
/* TRUE while a file is being read in the background. */
gboolean   tf_window_get_loading  (TfWindow       *self);

/* Shows dataset at once; file may be NULL. */
void       tf_window_set_dataset  (TfWindow       *self,
                                   TfDataset      *dataset,
                                   GFile          *file);

/* Reads a dataset or an article in a worker thread and shows it; failures
 * are reported in the window. */
void       tf_window_open_file    (TfWindow       *self,
                                   GFile          *file);
void       tf_window_open_sample  (TfWindow       *self);
/* The same, the columns of a table mapped by csv_columns
 * ("person=Name,to=Employer", as --csv-columns gives it; may be NULL). */
void       tf_window_open_table   (TfWindow       *self,
                                   GFile          *file,
                                   const char     *csv_columns);
/* The history of the dataset shown, which owns the dataset being edited;
 * an edit pushed on it shows at once, and undo follows it. NULL when
 * the window shows no dataset. */
TfEditHistory *tf_window_get_history (TfWindow     *self);
/* When a previous session left unsaved edits (it crashed or was killed),
 * offers to restore them in this window. */
void       tf_window_offer_draft  (TfWindow       *self);

/* Writes the dataset to file, atomically, in a worker thread; the window
 * then shows that file as its own. Failures are reported in the window. */
void       tf_window_save_as      (TfWindow       *self,
                                   GFile          *file);

/* Writes the dataset's moves as a table ("csv") or its organizations and
 * moves as a graph ("gexf") to file in a worker thread; a toast says how
 * it went. */
void       tf_window_export_data  (TfWindow       *self,
                                   GFile          *file,
                                   const char     *format);

G_END_DECLS
