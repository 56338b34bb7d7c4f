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
#include "tf-csv-import.h"
#include "tf-detail-panel.h"
#include "tf-edit-history.h"
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
  TfEditHistory *history;        /* owns the dataset being edited; dataset is its snapshot */
  guint draft_timeout;           /* the draft of unsaved edits is due */
  guint discard_confirmed : 1;   /* the user said unsaved edits may go */

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
  GMenu *recent_menu;
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
/* Fills the organization list again, from a changed dataset. */
void  _tf_window_refresh_filters    (TfWindow       *self);
/* Puts the filters back to showing everything of the dataset. */
void  _tf_window_reset_filters      (TfWindow       *self);

/* win.present and F5: presentation mode (tf-window-presentation.c). */
void  _tf_window_class_presentation_init (GtkWidgetClass *widget_class);

/* file NULL loads the bundled sample. */
void  _tf_window_load               (TfWindow       *self,
                                     GFile          *file);
/* The same, a table's columns mapped by columns (may be NULL). */
void  _tf_window_load_table         (TfWindow           *self,
                                     GFile              *file,
                                     const TfCsvColumns *columns);
/* What a load ends with: the dataset shown, and the review of
 * suggestions (may be NULL) when there are any. */
void  _tf_window_show_loaded        (TfWindow       *self,
                                     TfDataset      *dataset,
                                     GFile          *file,
                                     GPtrArray      *suggestions);

/* In tf-window-csv.c: what a table's columns hold, when its headers do
 * not say, and whether to open a table some rows of which are bad. */
typedef struct
{
  char *message;        /* why the headers are not enough */
  char **headers;
  TfCsvColumn *fields;  /* what each holds now */
  guint n_headers;
  char **samples;       /* the first row, nullable */
} TfWindowCsvChoice;

void  _tf_window_csv_choice_free    (TfWindowCsvChoice *choice);
/* Any thread: the headers of the table in file, or NULL. */
TfWindowCsvChoice *_tf_window_csv_read_choice (GFile              *file,
                                               const TfCsvColumns *columns,
                                               const char         *message,
                                               GCancellable       *cancellable);
void  _tf_window_csv_ask_columns    (TfWindow          *self,
                                     GFile             *file,
                                     TfWindowCsvChoice *choice);
/* Shows dataset, read from file without the rows of problems (of
 * TfCsvProblem), once the user agrees. */
void  _tf_window_csv_ask_partial    (TfWindow          *self,
                                     GFile             *file,
                                     TfDataset         *dataset,
                                     GPtrArray         *problems);
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
/* A dataset or a table of moves, which open in a window of their own
 * rather than being imported as articles. */
gboolean _tf_window_opens_as_dataset (GFile         *file);

/* In tf-window-actions.c: Open Recent, filled from GtkRecentManager, and
 * adding a file to it. */
void  _tf_window_recent_init        (TfWindow       *self);
void  _tf_window_add_recent         (GFile          *file);

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

/* In tf-window-edit.c: edits, undo and redo, saving to the same file;
 * in tf-window-unsaved.c: the draft of unsaved edits, and asking before
 * they are lost. */
typedef enum
{
  TF_WINDOW_THEN_CLOSE,
  TF_WINDOW_THEN_OPEN,
  TF_WINDOW_THEN_NEW,
} TfWindowThen;

void  _tf_window_class_edit_init    (GtkWidgetClass *widget_class);
void  _tf_window_edit_init          (TfWindow       *self);
void  _tf_window_edit_dispose       (TfWindow       *self);
/* A new history for a dataset loaded, made or imported afresh. */
void  _tf_window_start_history      (TfWindow       *self,
                                     TfDataset      *dataset);
/* Keeps edit (made on the history's dataset), or shows error when it is
 * NULL. */
void  _tf_window_apply_edit         (TfWindow       *self,
                                     TfEdit         *edit,
                                     GError         *error);
gboolean _tf_window_is_modified     (TfWindow       *self);
/* The file now holds saved, a snapshot of the history. */
void  _tf_window_mark_saved         (TfWindow       *self,
                                     TfDataset      *saved);
/* With unsaved edits, asks whether to save them and returns TRUE: the
 * answer then does what was asked (then), or nothing. FALSE: go on. */
gboolean _tf_window_ask_to_save     (TfWindow       *self,
                                     TfWindowThen    then,
                                     GFile          *file);
void  _tf_window_update_edit_actions (TfWindow      *self);
void  _tf_window_class_unsaved_init (GtkWidgetClass *widget_class);
/* The draft is written a moment from now, or now; or deleted. */
void  _tf_window_schedule_draft     (TfWindow       *self);
void  _tf_window_write_draft_now    (TfWindow       *self);
void  _tf_window_delete_draft       (void);
/* Offers to restore the draft a previous session left, if any. */
void  _tf_window_offer_draft        (TfWindow       *self);

/* In tf-window.c: the views show snapshot (of the history), keeping what
 * they show. */
void  _tf_window_show_snapshot      (TfWindow       *self,
                                     TfDataset      *snapshot);
void  _tf_window_update_title       (TfWindow       *self);

G_END_DECLS
