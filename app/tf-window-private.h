/* tf-window-private.h: what the parts of TfWindow share.
 *
 * tf-window.c shows the dataset in the chart and the detail panel,
 * tf-window-actions.c opens and saves files and zooms, tf-window-filters.c
 * runs the filter popover, tf-window-dnd.c takes dropped files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-article-view.h"
#include "tf-detail-panel.h"
#include "tf-flow-chart.h"
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
  GtkStack *side_stack;
  TfDetailPanel *detail_panel;
  TfArticleView *article_view;
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

G_END_DECLS
