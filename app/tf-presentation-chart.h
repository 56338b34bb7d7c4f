/* tf-presentation-chart.h: a chart revealed from the left, frame by frame.
 *
 * Presentation mode shows a laid-out chart as far as a moving edge: the
 * skeleton (lanes, labels, grid) everywhere, the paths left of the edge,
 * a person's name once the edge has passed the start of their path, and
 * in move mode one move emphasised and the rest of the plot dimmed. The
 * pictures are drawn once (per size, theme and emphasis) and every frame
 * only composites them (tf-presentation-tiles.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-chart-draw.h"
#include "tf-layout-measure.h"
#include "tf-layout.h"

G_BEGIN_DECLS

typedef struct _TfPresentationChart TfPresentationChart;

/* layout drawn with theme and fonts (the measurer it was laid out with)
 * at scale device pixels per px. Keeps a reference on layout; theme and
 * fonts must outlive it. */
TfPresentationChart *tf_presentation_chart_new          (TfLayout              *layout,
                                                         const TfChartTheme    *theme,
                                                         TfLayoutPangoMeasurer *fonts,
                                                         int                    scale);
void                 tf_presentation_chart_free         (TfPresentationChart   *self);

/* The move to emphasise, as a path and its curve (indices into the
 * layout), or -1 and -1 for none. */
void                 tf_presentation_chart_set_emphasis (TfPresentationChart   *self,
                                                         int                    path,
                                                         int                    segment);

/* The chart revealed left of edge; names whose path starts between edge
 * - fade and target are faded in. FALSE when the pictures could not be
 * made (too big for cairo): nothing was appended. */
gboolean             tf_presentation_chart_append       (TfPresentationChart   *self,
                                                         GtkSnapshot           *snapshot,
                                                         double                 edge,
                                                         double                 target,
                                                         double                 fade);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPresentationChart, tf_presentation_chart_free)

G_END_DECLS
