/* tf-flow-chart.h: the flow chart of a dataset, as a widget.
 *
 * TfFlowChart shows a TfDataset laid out by tf_layout_new() and drawn by
 * tf_chart_draw(): hover highlights and explains a path, a click or the
 * arrow keys select a person, a move or an organization, and scrolling,
 * pinching and dragging zoom and pan the time axis. A bar of the
 * direction strip under the chart says whom it counts, and a click on it
 * lists them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-dataset.h"
#include "tf-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TF_FLOW_CHART_SELECTION_NONE,
  TF_FLOW_CHART_SELECTION_PERSON,
  TF_FLOW_CHART_SELECTION_ORGANIZATION,
  TF_FLOW_CHART_SELECTION_MOVE,
} TfFlowChartSelection;

#define TF_TYPE_FLOW_CHART_SELECTION (tf_flow_chart_selection_get_type ())
GType tf_flow_chart_selection_get_type (void) G_GNUC_CONST;

#define TF_TYPE_FLOW_CHART (tf_flow_chart_get_type ())

G_DECLARE_FINAL_TYPE (TfFlowChart, tf_flow_chart, TF, FLOW_CHART, GtkWidget)

GtkWidget            *tf_flow_chart_new                  (void);

TfDataset            *tf_flow_chart_get_dataset          (TfFlowChart        *self);
/* Past a few thousand people the careers and the layout are computed in a
 * worker thread; the chart shows a spinner meanwhile (see "busy"). */
void                  tf_flow_chart_set_dataset          (TfFlowChart        *self,
                                                          TfDataset          *dataset);
/* TRUE while careers or a layout are being computed in the background. */
gboolean              tf_flow_chart_get_busy             (TfFlowChart        *self);

/* Filters. Only people with a move between from and to (years, both 0:
 * everyone), in the sectors of mask (1 << TfSector each, 0: all), who were
 * at one of ids (NULL: anywhere). */
void                  tf_flow_chart_set_move_range       (TfFlowChart        *self,
                                                          double              from,
                                                          double              to);
void                  tf_flow_chart_get_move_range       (TfFlowChart        *self,
                                                          double             *from,
                                                          double             *to);
void                  tf_flow_chart_set_sector_mask      (TfFlowChart        *self,
                                                          guint               mask);
guint                 tf_flow_chart_get_sector_mask      (TfFlowChart        *self);
/* Individual people or flows: automatic by the number of people shown. */
void                  tf_flow_chart_set_aggregate        (TfFlowChart        *self,
                                                          TfLayoutAggregate   aggregate);
TfLayoutAggregate     tf_flow_chart_get_aggregate        (TfFlowChart        *self);
void                  tf_flow_chart_set_organization_ids (TfFlowChart        *self,
                                                          const char * const *ids);
const char * const   *tf_flow_chart_get_organization_ids (TfFlowChart        *self);

/* The whole time range the data spans, in years, narrowed to the move
 * range when one is set; both 0 without data. */
void                  tf_flow_chart_get_extent           (TfFlowChart        *self,
                                                          double             *first_year,
                                                          double             *end_year);
/* The years the time axis shows (the zoom). Setting both to 0 shows the
 * whole range, as tf_flow_chart_fit() does. */
void                  tf_flow_chart_set_view             (TfFlowChart        *self,
                                                          double              from,
                                                          double              to);
void                  tf_flow_chart_get_view             (TfFlowChart        *self,
                                                          double             *from,
                                                          double             *to);
void                  tf_flow_chart_fit                  (TfFlowChart        *self);
/* factor > 1 zooms in around the middle of the view. */
void                  tf_flow_chart_zoom                 (TfFlowChart        *self,
                                                          double              factor);

/* While the view is held, a chart made narrower keeps what it shows where
 * it is, cut at its new right edge, instead of squeezing it all into the
 * new width; it is laid out anew at its width with the next change of
 * zoom, filters or data, or of its height, or when it grows. For a side
 * panel that opens beside the chart, so that what the user clicked stays
 * under the pointer. Release takes effect once the chart has been drawn
 * at its new size. */
void                  tf_flow_chart_hold_view            (TfFlowChart        *self);
void                  tf_flow_chart_release_view         (TfFlowChart        *self);

/* The geometry drawn at the current size, computing it now if it can be
 * computed in the main thread; NULL without data, before the widget has a
 * size, or while the first layout is computed in the background. */
TfLayout             *tf_flow_chart_get_layout           (TfFlowChart        *self);

/* Selecting by id emits "selection-changed"; FALSE when the dataset has no
 * such record (the selection is then unchanged). */
gboolean              tf_flow_chart_select_person        (TfFlowChart        *self,
                                                          const char         *person_id);
gboolean              tf_flow_chart_select_organization  (TfFlowChart        *self,
                                                          const char         *organization_id);
gboolean              tf_flow_chart_select_move          (TfFlowChart        *self,
                                                          const char         *move_id);
void                  tf_flow_chart_clear_selection      (TfFlowChart        *self);
/* The kind of what is selected and, unless NONE, its id in *id. */
TfFlowChartSelection  tf_flow_chart_get_selection        (TfFlowChart        *self,
                                                          const char        **id);

/* What the tooltip at (x, y) says, as Pango markup: the path, move,
 * organization or flow there, or a bar of the direction strip and whom it
 * counts; NULL for nothing. */
char                 *tf_flow_chart_dup_tooltip          (TfFlowChart        *self,
                                                          double              x,
                                                          double              y);

/* The careers the layout shown is built from, or NULL while they are
 * being built or differ from the dataset's (the export then builds its
 * own). Immutable: safe to read from another thread with a reference. */
TfCareers            *tf_flow_chart_get_careers          (TfFlowChart        *self);

G_END_DECLS
