/* tf-detail-panel.h: the side panel that shows what is selected.
 *
 * A person (their career as a timeline, each move with the paragraphs that
 * back it), an organization (its inflows and outflows), a move or a group
 * move (with all its evidence), or nothing.
 *
 * Names in the panel are links. Following one emits "person-activated",
 * "organization-activated" or "move-activated" with the record's id; unless
 * a handler stops the emission, the panel then shows that record itself, so
 * a window need only select it elsewhere (the chart). "Open Article" emits
 * "open-article" (source id, paragraph index, byte range of the quote in the
 * paragraph's text; an empty range when the quote is no longer found),
 * which the window answers with a TfArticleView.
 *
 * The widgets inside reach the panel through its actions, which carry the
 * same parameters: "detail.activate-person" (s),
 * "detail.activate-organization" (s), "detail.activate-move" (s) and
 * "detail.open-article" ((suuu)).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  TF_DETAIL_NONE,
  TF_DETAIL_PERSON,
  TF_DETAIL_ORGANIZATION,
  TF_DETAIL_MOVE,
  TF_DETAIL_GROUP_MOVE,
} TfDetailKind;

#define TF_TYPE_DETAIL_PANEL (tf_detail_panel_get_type ())

G_DECLARE_FINAL_TYPE (TfDetailPanel, tf_detail_panel, TF, DETAIL_PANEL, AdwBin)

GtkWidget    *tf_detail_panel_new                (void);

/* Clears the panel; NULL leaves it empty for good. */
void          tf_detail_panel_set_dataset        (TfDetailPanel *self,
                                                  TfDataset     *dataset);
TfDataset    *tf_detail_panel_get_dataset        (TfDetailPanel *self);

/* Each shows the record with that id of the dataset, or clears the panel
 * when there is none. Showing what is already shown does nothing. */
void          tf_detail_panel_show_person        (TfDetailPanel *self,
                                                  const char    *person_id);
void          tf_detail_panel_show_organization  (TfDetailPanel *self,
                                                  const char    *org_id);
/* A move of a person; a move without one is shown as a group move. */
void          tf_detail_panel_show_move          (TfDetailPanel *self,
                                                  const char    *move_id);
/* A move of an anonymous group: who they are, how many, and the move. */
void          tf_detail_panel_show_group_move    (TfDetailPanel *self,
                                                  const char    *move_id);
void          tf_detail_panel_clear              (TfDetailPanel *self);

/* What the panel shows, and its id (NULL for TF_DETAIL_NONE). */
TfDetailKind  tf_detail_panel_get_kind           (TfDetailPanel *self);
const char   *tf_detail_panel_get_id             (TfDetailPanel *self);

G_END_DECLS
