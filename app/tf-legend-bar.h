/* tf-legend-bar.h: what the chart's colours and lines mean, under it.
 *
 * The window's legend, the same items as an export's
 * (tf-chart-legend.h): the sectors shown, the line styles drawn (dated
 * to the year only, derived or undated; not stated; fading out at the
 * last report) and the direction strip. It follows the layout shown and
 * the light or dark style; the window lets the user hide it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-layout.h"

G_BEGIN_DECLS

#define TF_TYPE_LEGEND_BAR (tf_legend_bar_get_type ())

G_DECLARE_FINAL_TYPE (TfLegendBar, tf_legend_bar, TF, LEGEND_BAR, GtkWidget)

GtkWidget *tf_legend_bar_new        (void);

/* The layout the chart shows; NULL empties the legend. */
void       tf_legend_bar_set_layout (TfLegendBar *self,
                                     TfLayout    *layout);

/* TRUE while the items still have to be made for the last layout (they
 * are, once the main loop is idle). */
gboolean    tf_legend_bar_get_pending   (TfLegendBar *self);

/* How many items it shows, and the text of one, for tests. */
guint       tf_legend_bar_get_n_items   (TfLegendBar *self);
const char *tf_legend_bar_get_item_text (TfLegendBar *self,
                                         guint        index);

G_END_DECLS
