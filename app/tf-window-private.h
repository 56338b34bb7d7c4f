/* tf-window-private.h: what the parts of TfWindow share.
 *
 * tf-window.c shows the dataset in the chart and the detail panel,
 * tf-window-actions.c opens and saves files and zooms, tf-window-filters.c
 * runs the filter popover, tf-window-dnd.c takes dropped files,
 * tf-window-import.c imports articles and runs the review of their moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-article-view.h"
#include "tf-detail-panel.h"
#include "tf-flow-chart.h"
#include "tf-gazetteer.h"
#include "tf-legend-bar.h"
#include "tf-review-view.h"
#include "tf-search-popover.h"
#include "tf-window.h"

G_BEGIN_DECLS

struct _TfWindow
{
  AdwApplicationWindow parent_instance;

  TfDataset *dataset;
  GFile *file;
  gboolean is_sample;
  GSettings *settings;          /* NULL when the schema is not installed */
  GCancellable *load_cancellable;  /* of the load under way */
  GtkNativeDialog *file_chooser;
  guint loading : 1;
  guint show_legend : 1;
  guint reviewing : 1;           /* the review page is shown */
  TfGazetteer *gazetteer;        /* for the import, made when first needed */

  /* Filters: organization ids checked in the popover. */
  GHashTable *organization_filter;
  guint organization_list_filled : 1;
  guint updating_filters : 1;

  GtkWidget *search_popover;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkMenuButton *filter_button;
  GtkMenuButton *search_button;
  GtkToggleButton *panel_button;
  GtkStack *stack;
  GtkSpinner *spinner;
  AdwStatusPage *no_moves_page;
  AdwFlap *flap;
  TfFlowChart *chart;
  TfLegendBar *legend_bar;
  GtkStack *side_stack;
  TfDetailPanel *detail_panel;
  TfArticleView *article_view;
  TfReviewView *review_view;
  GtkLabel *progress_label;
  GtkButton *cancel_import_button;
  GtkPopover *filter_popover;
  GtkAdjustment *from_adjustment;
  GtkAdjustment *to_adjustment;
  GtkCheckButton *academia_check;
  GtkCheckButton *corporate_lab_check;
  GtkCheckButton *company_check;
  GtkCheckButton *startup_check;
  GtkSearchEntry *organization_search_entry;
  GtkListBox *organization_list;
};

void  _tf_window_class_actions_init (GtkWidgetClass *widget_class);
void  _tf_window_update_actions     (TfWindow       *self);
void  _tf_window_dnd_init           (TfWindow       *self);

/* In tf-window-export.c: export (Ctrl+E) and print (Ctrl+P). */
void  _tf_window_class_export_init  (GtkWidgetClass *widget_class);
void  _tf_window_export_init        (TfWindow       *self);

void  _tf_window_class_filters_init (GtkWidgetClass *widget_class);
void  _tf_window_filters_init       (TfWindow       *self);
/* Puts the filters back to showing everything of the dataset. */
void  _tf_window_reset_filters      (TfWindow       *self);

/* win.present and F5: presentation mode (tf-window-presentation.c). */
void  _tf_window_class_presentation_init (GtkWidgetClass *widget_class);

/* file NULL loads the bundled sample. */
void  _tf_window_load               (TfWindow       *self,
                                     GFile          *file);
void  _tf_window_save               (TfWindow       *self,
                                     GFile          *file);
void  _tf_window_set_loading        (TfWindow       *self,
                                     gboolean        loading);
void  _tf_window_set_dataset_full   (TfWindow       *self,
                                     TfDataset      *dataset,
                                     GFile          *file,
                                     gboolean        is_sample);
void  _tf_window_set_file           (TfWindow       *self,
                                     GFile          *file);
void  _tf_window_remember_file      (TfWindow       *self,
                                     GFile          *file);
void  _tf_window_show_error         (TfWindow       *self,
                                     const char     *heading,
                                     const char     *message);

/* In tf-window-import.c: Import Articles… (Ctrl+I) and the review. */
void  _tf_window_class_import_init  (GtkWidgetClass *widget_class);
/* Reads files (of GFile) as articles in a worker, adds them to the
 * dataset (a new one when there is none) and reviews their moves. */
void  _tf_window_import             (TfWindow       *self,
                                     GPtrArray      *files);
void  _tf_window_cancel_import      (TfWindow       *self);
/* The suggestions for every source of dataset that it has neither
 * accepted nor rejected; only reads dataset, so any thread may call it. */
GPtrArray *_tf_window_extract_dataset (TfDataset    *dataset);
/* Shows the review page with these suggestions (see TfReviewView). */
void  _tf_window_show_review        (TfWindow       *self,
                                     GPtrArray      *sources,
                                     GPtrArray      *suggestions,
                                     GObject        *owner);
TfGazetteer *_tf_window_get_gazetteer (TfWindow     *self);
gboolean _tf_window_is_dataset_file (GFile          *file);

/* In tf-window-actions.c, shared with the import's file chooser. */
void  _tf_window_set_chooser_folder (TfWindow       *self,
                                     GtkFileChooser *chooser);
void  _tf_window_replace_file_chooser (TfWindow     *self,
                                       GtkNativeDialog *chooser);

/* Picks the page for what the window holds. */
void  _tf_window_update_content     (TfWindow       *self);
/* The text under the spinner, and a Cancel button with it; NULL hides
 * both. */
void  _tf_window_set_progress       (TfWindow       *self,
                                     const char     *text);
/* Hands over a dataset made from the current one (an accepted or
 * rejected suggestion): the file and the review stay. */
void  _tf_window_update_dataset     (TfWindow       *self,
                                     TfDataset      *dataset);

G_END_DECLS
