/* tf-chart-selection.h: what is selected, mapped onto a layout.
 *
 * The window, export and presentation mode name what they emphasise by
 * kind and id; the layout knows paths, segments and sub-lanes by index.
 * This maps one onto the other, so all three highlight the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-draw.h"
#include "tf-dataset.h"
#include "tf-layout.h"

G_BEGIN_DECLS

/* The same values as TfFlowChartSelection. */
typedef enum
{
  TF_CHART_SELECTION_NONE,
  TF_CHART_SELECTION_PERSON,
  TF_CHART_SELECTION_ORGANIZATION,
  TF_CHART_SELECTION_MOVE,
} TfChartSelectionKind;

/* Sets highlight's selected_path, selected_segment and selected_sublane
 * (and nothing else) for the record of kind and id in dataset, the
 * dataset layout's careers were built from: a person's path; a move's
 * curve, or where it has none the straight stretch it began; an
 * organization's sub-lane. All -1 when it is not in the layout. */
void tf_chart_selection_apply (TfChartHighlight     *highlight,
                               TfLayout             *layout,
                               TfDataset            *dataset,
                               TfChartSelectionKind  kind,
                               const char           *id);

G_END_DECLS
