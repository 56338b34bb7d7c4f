/* tf-move-row.h: one move of a person: date, route, role, kind, sources.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

#define TF_TYPE_MOVE_ROW (tf_move_row_get_type ())

G_DECLARE_FINAL_TYPE (TfMoveRow, tf_move_row, TF, MOVE_ROW, GtkListBoxRow)

/* The row keeps a reference on dataset, which owns move. */
GtkWidget    *tf_move_row_new      (TfDataset    *dataset,
                                    const TfMove *move);
const TfMove *tf_move_row_get_move (TfMoveRow    *self);

G_END_DECLS
