/* tf-presentation-window.h: presentation mode's full-screen window.
 *
 * Shows the chart of a window's dataset, with its filters, in a
 * TfPresentationView and nothing else, full screen; the keyboard steps
 * through it (see the shortcuts window), Esc or F5 leaves and gives the
 * focus back to the window it was opened from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-flow-chart.h"
#include "tf-presentation-view.h"

G_BEGIN_DECLS

#define TF_TYPE_PRESENTATION_WINDOW (tf_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (
    TfPresentationWindow, tf_presentation_window, TF, PRESENTATION_WINDOW, AdwWindow)

/* Presents what chart shows (its dataset, careers and filters, the whole
 * time range) for parent, on parent's monitor. */
TfPresentationWindow *tf_presentation_window_new      (GtkWindow            *parent,
                                                       TfFlowChart          *chart);
TfPresentationView   *tf_presentation_window_get_view (TfPresentationWindow *self);
/* Closes the window and gives the focus back to its parent. */
void                  tf_presentation_window_leave    (TfPresentationWindow *self);

G_END_DECLS
