/* tf-person-row.h: a person in the people list: name, aliases, move count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

#define TF_TYPE_PERSON_ROW (tf_person_row_get_type ())

G_DECLARE_FINAL_TYPE (TfPersonRow, tf_person_row, TF, PERSON_ROW, GtkListBoxRow)

/* The row keeps a reference on dataset, which owns person. */
GtkWidget      *tf_person_row_new        (TfDataset      *dataset,
                                          const TfPerson *person,
                                          guint           n_moves);
const TfPerson *tf_person_row_get_person (TfPersonRow    *self);
guint           tf_person_row_get_n_moves (TfPersonRow   *self);

G_END_DECLS
