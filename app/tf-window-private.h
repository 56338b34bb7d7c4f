/* tf-window-private.h: what the parts of TfWindow share.
 *
 * tf-window.c shows the dataset, tf-window-actions.c opens and saves files,
 * tf-window-dnd.c takes dropped files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
  GCancellable *save_cancellable;  /* of the save under way */
  GtkNativeDialog *file_chooser;
  guint loading : 1;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkButton *back_button;
  GtkStack *stack;
  GtkSpinner *spinner;
  AdwStatusPage *no_moves_page;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkListBox *people_list;
  GtkStack *person_stack;
  GtkScrolledWindow *person_scroller;
  GtkLabel *person_name_label;
  GtkLabel *person_aliases_label;
  GtkLabel *person_moves_label;
  GtkListBox *moves_list;
};

void  _tf_window_class_actions_init (GtkWidgetClass *widget_class);
void  _tf_window_update_actions     (TfWindow       *self);
void  _tf_window_dnd_init           (TfWindow       *self);

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
