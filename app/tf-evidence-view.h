/* tf-evidence-view.h: a paragraph that backs a move, its quote highlighted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-evidence.h"

G_BEGIN_DECLS

#define TF_TYPE_EVIDENCE_VIEW (tf_evidence_view_get_type ())

G_DECLARE_FINAL_TYPE (TfEvidenceView, tf_evidence_view, TF, EVIDENCE_VIEW, GtkBox)

/* The paragraph of source that the matches point into, shown whole with
 * every match highlighted, and the article's title, outlet and date. The
 * "Open Article" button activates the action "detail.open-article" with the
 * source id, the paragraph and the first match's range (see
 * tf-detail-panel.h). Nothing of source is kept. */
GtkWidget  *tf_evidence_view_new            (const TfSource        *source,
                                             const TfEvidenceMatch *matches,
                                             guint                  n_matches);

/* An evidence whose quote is not in its source any more (source may be
 * NULL when it is missing too): the quote alone, said to be so. "Open
 * Article" then opens the article at its top. */
GtkWidget  *tf_evidence_view_new_unresolved (const TfSource        *source,
                                             const TfEvidence      *evidence);

/* Shows a button that asks the window (action "win.remove-quotes",
 * target (s au)) to take the quotes at indices out of the move's
 * evidence. */
void        tf_evidence_view_set_remove_target (TfEvidenceView   *self,
                                                const char       *move_id,
                                                const guint      *indices,
                                                guint             n_indices);
const char *tf_evidence_view_get_source_id  (TfEvidenceView        *self);
/* Whether the quote was found; the paragraph is meaningful only then. */
gboolean    tf_evidence_view_get_resolved   (TfEvidenceView        *self);
guint       tf_evidence_view_get_paragraph  (TfEvidenceView        *self);

G_END_DECLS
