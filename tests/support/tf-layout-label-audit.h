/* tf-layout-label-audit.h: how truthfully a layout's labels name what they
 * label, for tests and benchmarks.
 *
 * Measured on the geometry alone, as a reader would check the picture:
 * which rows a visible path runs in and whether each carries a label of
 * its own, whether a row label sits nearer another row than its own,
 * whether every path is named, and whether any label box touches a
 * path's stroke. Computed on each call, by brute force: the layout's own
 * placement code is not used, so that it can be checked against.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-layout.h"

G_BEGIN_DECLS

typedef struct
{
  /* Rows (sub-lanes) a straight segment runs in inside the plot. */
  guint n_rows_touched;
  /* Of those, rows without a visible label of their own. */
  guint n_rows_unlabelled;
  /* Visible row labels whose middle is nearer the middle of another row
   * than that of their own. */
  guint n_row_labels_misread;
  /* Paths with some stroke inside the plot, and those without any
   * visible label. */
  guint n_paths;
  guint n_paths_unnamed;
  /* Visible person labels, and those whose box is nearer another path's
   * stroke than their own. */
  guint n_person_labels;
  guint n_person_labels_misread;
  /* (visible label, path) pairs where the label's box overlaps the
   * path's stroke inside the plot. */
  guint n_label_path_crossings;
  /* (leader, other path) pairs where a name's leader crosses another
   * path's stroke on its way to its own (see the layout's
   * MAX_LEADER_CROSSINGS). */
  guint n_leader_crossings;
} TfLayoutLabelAudit;

void   tf_layout_audit_labels       (TfLayout                 *layout,
                                     TfLayoutLabelAudit       *audit);

/* One line: "rows 30/37 labelled, 0 misread; paths 20/23 named, …". */
char  *tf_layout_label_audit_format (const TfLayoutLabelAudit *audit);

/* What the audit found wrong, a line for each row, label and path at
 * fault, for a test to print when it fails. */
char  *tf_layout_label_audit_explain (TfLayout                *layout);

G_END_DECLS
