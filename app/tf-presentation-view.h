/* tf-presentation-view.h: a flow chart presented step by step.
 *
 * TfPresentationView lays out a dataset's chart, with the window's
 * filters, in large type at its own size, and reveals it from left to
 * right a year or a move at a time (see tf-presentation-steps.h). Stepping
 * forward sweeps the new part in; in move mode the move is emphasised and
 * its evidence quoted in a band under the chart. The step is shown
 * discreetly in the band's corner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-careers.h"
#include "tf-dataset.h"
#include "tf-layout.h"
#include "tf-presentation-steps.h"

G_BEGIN_DECLS

#define TF_TYPE_PRESENTATION_VIEW (tf_presentation_view_get_type ())

G_DECLARE_FINAL_TYPE (TfPresentationView, tf_presentation_view, TF, PRESENTATION_VIEW, GtkWidget)

GtkWidget          *tf_presentation_view_new          (void);

/* careers: those of dataset, or NULL to build them. */
void                tf_presentation_view_set_dataset  (TfPresentationView *self,
                                                       TfDataset          *dataset,
                                                       TfCareers          *careers);
TfDataset          *tf_presentation_view_get_dataset  (TfPresentationView *self);

/* The filters of TfLayoutOptions (0 and NULL: everything). The view
 * always shows the whole time range they leave, so the axis never moves. */
void                tf_presentation_view_set_filters  (TfPresentationView *self,
                                                       double              move_from,
                                                       double              move_to,
                                                       guint               sector_mask,
                                                       const char * const *organization_ids,
                                                       TfLayoutAggregate   aggregate);

/* Changing the mode keeps the place: the year of the step shown. A chart
 * of ribbons has no moves to step through: it steps by year whatever the
 * mode. */
void                tf_presentation_view_set_mode     (TfPresentationView *self,
                                                       TfPresentationMode  mode);
TfPresentationMode  tf_presentation_view_get_mode     (TfPresentationView *self);

/* 0 until the view has a size and data with moves. */
guint               tf_presentation_view_get_n_steps  (TfPresentationView *self);
guint               tf_presentation_view_get_step     (TfPresentationView *self);
/* Forward by one step sweeps the new part in (unless animations are off);
 * any other change shows the step at once. */
void                tf_presentation_view_set_step     (TfPresentationView *self,
                                                       guint               step);
void                tf_presentation_view_next         (TfPresentationView *self);
void                tf_presentation_view_previous     (TfPresentationView *self);
void                tf_presentation_view_first        (TfPresentationView *self);
void                tf_presentation_view_last         (TfPresentationView *self);

/* "2019 · 12/34", or "" without steps. */
const char         *tf_presentation_view_get_indicator (TfPresentationView *self);
/* The caption under the chart: the quote (or the year) and the line
 * under it (the article, or who moved); "" without steps. */
const char         *tf_presentation_view_get_caption  (TfPresentationView *self);
const char         *tf_presentation_view_get_caption_detail (TfPresentationView *self);

/* How far the chart is revealed now, in px from the left (the sweep's
 * current place while animating), and whether it is sweeping. */
double              tf_presentation_view_get_reveal_x (TfPresentationView *self);
gboolean            tf_presentation_view_is_animating (TfPresentationView *self);
/* The layout shown, NULL before the view has a size. */
TfLayout           *tf_presentation_view_get_layout   (TfPresentationView *self);

G_END_DECLS
