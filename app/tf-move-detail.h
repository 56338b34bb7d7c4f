/* tf-move-detail.h: one move in full: date, route, role, kind, and the
 * paragraphs that back it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

#define TF_TYPE_MOVE_DETAIL (tf_move_detail_get_type ())

G_DECLARE_FINAL_TYPE (TfMoveDetail, tf_move_detail, TF, MOVE_DETAIL, GtkBox)

/* The widget keeps a reference on dataset, which owns move. Organization
 * names are links that activate "detail.activate-organization", and each
 * paragraph's button "detail.open-article" (see tf-detail-panel.h). */
GtkWidget    *tf_move_detail_new          (TfDataset    *dataset,
                                           const TfMove *move);
const TfMove *tf_move_detail_get_move     (TfMoveDetail *self);

/* Draws a dot and a line at the side, as one step of a timeline; the last
 * step's line stops at its dot. */
void          tf_move_detail_set_timeline (TfMoveDetail *self,
                                           gboolean      timeline,
                                           gboolean      last);

G_END_DECLS
