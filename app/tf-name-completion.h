/* tf-name-completion.h: completing the names of a dataset's people and
 * organizations in an entry, for the dialogs that edit moves and records.
 *
 * GtkEntryCompletion is what GTK 4.8 has for this (deprecated in 4.10).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* Completes entry from the names and aliases of dataset's records of kind
 * (people or organizations); dataset may be NULL. */
void  tf_name_completion_attach (GtkWidget    *entry,
                                 TfDataset    *dataset,
                                 TfRecordKind  kind);

G_END_DECLS
