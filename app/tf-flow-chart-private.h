/* tf-flow-chart-private.h: what the parts of TfFlowChart share.
 *
 * tf-flow-chart.c holds the data and draws;
 * tf-flow-chart-layout.c computes careers and layouts, in a worker thread
 * for big data;
 * tf-flow-chart-input.c maps pointer and keys to hover, selection and zoom;
 * tf-flow-chart-text.c words tooltips and accessible descriptions;
 * tf-flow-chart-strip.c answers the direction strip's bars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-draw.h"
#include "tf-flow-chart.h"
#include "tf-layout-directions.h"
#include "tf-layout-measure.h"

G_BEGIN_DECLS

/* Past this many people careers and layouts are computed in a worker
 * thread, so the window never freezes on a big dataset. */
#define TF_FLOW_CHART_BIG 5000

struct _TfFlowChart
{
  GtkWidget parent_instance;

  TfDataset *dataset;
  /* The careers shown and the dataset they were built from: the layout's
   * indices refer to that one, which lags behind dataset while new
   * careers are built in the background. */
  TfCareers *careers;
  TfDataset *careers_dataset;
  GCancellable *careers_cancellable;  /* of the careers being built */

  /* Filters and zoom, as in TfLayoutOptions. */
  double move_from;
  double move_to;
  guint sector_mask;
  TfLayoutAggregate aggregate;
  char **organization_ids;
  double view_from;
  double view_to;

  /* The layout shown; layout_serial counts the changes that call for a
   * new one and layout_done the change the shown one answers. */
  TfLayout *layout;
  guint layout_serial;
  guint layout_done;
  guint layout_task_running : 1;
  GHashTable *path_by_id;  /* path id -> index + 1 */

  /* One measurer for the main thread (layouts and drawing), one lent to
   * the layout worker: a PangoContext is for one thread at a time. */
  TfLayoutPangoMeasurer *fonts;
  TfLayoutPangoMeasurer *worker_fonts;
  guint worker_fonts_stale : 1;
  char *style_key;  /* what the fonts were made from */

  TfChartTheme theme;
  GskRenderNode *chart_node;  /* the static chart of layout */

  /* The direction strip's bars for directions_layout, made when asked
   * for; the popover a click on one opens. */
  TfLayoutDirections *directions;
  TfLayout *directions_layout;
  GtkWidget *strip_popover;

  /* Hover and selection, as indices into the layout. */
  TfLayoutHit hover;
  int hover_bar;
  gboolean has_pointer;
  double pointer_x;
  double pointer_y;

  TfFlowChartSelection selection;
  char *selection_id;
  int selected_path;
  int selected_segment;
  int selected_sublane;
  int selected_person;   /* dataset index, traced over an aggregated chart */
  /* Where along the time axis the keyboard is, in years; NAN when unset. */
  double cursor_time;

  /* Held by tf_flow_chart_hold_view (): a narrower width keeps the layout
   * (pinned), cut at the new edge, until something calls for a new one. */
  guint view_held : 1;
  guint layout_pinned : 1;
  double held_x;  /* what the user pointed at when held: it must stay in view */
  GdkFrameClock *release_clock;  /* whose after-paint releases it, once */
  gulong release_handler;

  /* Pointer zoom and pan. */
  double gesture_from;
  double gesture_to;
  double gesture_anchor;
  TfLayout *drag_layout;  /* as the drag began: its time at drag_x follows the pointer */
  double drag_x;
  guint dragging : 1;  /* a drag is panning now */
  guint dragged : 1;   /* the current press became a drag */
  guint disposed : 1;

  GtkWidget *spinner;
};

/* In tf-flow-chart.c. */
void        _tf_flow_chart_update_busy         (TfFlowChart *self);
/* Lays the chart out at its own width again, when it kept a wider one
 * while a panel opened beside it. */
void        _tf_flow_chart_unpin               (TfFlowChart *self);
/* Drops the static chart so that the next frame draws it anew. */
void        _tf_flow_chart_drop_chart_node     (TfFlowChart *self);
/* The years shown: the view asked for, or the careers' whole extent. */
void        _tf_flow_chart_effective_view      (TfFlowChart *self,
                                                double      *from,
                                                double      *to);
void        _tf_flow_chart_install_careers     (TfFlowChart *self,
                                                TfCareers   *careers,
                                                TfDataset   *dataset);

/* In tf-flow-chart-layout.c. */
/* Calls off a release of the held view still to come. */
void        _tf_flow_chart_cancel_release      (TfFlowChart *self);
/* Maps the selection's id to indices into the layout shown. */
void        _tf_flow_chart_resolve_selection   (TfFlowChart *self);
void        _tf_flow_chart_install_layout      (TfFlowChart *self,
                                                TfLayout    *layout,
                                                guint        serial);
/* The measurer of the main thread. */
TfLayoutPangoMeasurer *
            _tf_flow_chart_get_fonts           (TfFlowChart *self);
/* Makes the layout shown answer the latest change. */
void        _tf_flow_chart_ensure_layout       (TfFlowChart *self);
/* Builds careers in the worker; task data is the dataset. */
void        _tf_flow_chart_careers_thread      (GTask        *task,
                                                gpointer      source_object,
                                                gpointer      task_data,
                                                GCancellable *cancellable);
void        _tf_flow_chart_careers_cb          (GObject      *object,
                                                GAsyncResult *result,
                                                gpointer      user_data);
/* Draws the old chart stretched to the view asked for while its layout
 * is computed; FALSE when there is nothing to stretch. */
gboolean    _tf_flow_chart_append_stale_chart  (TfFlowChart *self,
                                                GtkSnapshot *snapshot);

/* In tf-flow-chart-strip.c. */
/* The bars of the layout shown, or NULL without one. */
TfLayoutDirections *
            _tf_flow_chart_get_directions      (TfFlowChart *self);
/* The bar at (x, y), or -1. */
int         _tf_flow_chart_bar_at              (TfFlowChart *self,
                                                double       x,
                                                double       y);
/* Pango markup for a bar: the count, and who. */
char       *_tf_flow_chart_describe_bar        (TfFlowChart *self,
                                                int          bar);
/* Opens the list of the people a bar counts; FALSE when it names nobody. */
gboolean    _tf_flow_chart_show_bar_people     (TfFlowChart *self,
                                                int          bar);

/* In tf-flow-chart-input.c. */
void        _tf_flow_chart_init_input          (TfFlowChart *self);

/* Hover from the pointer position kept in self. */
void        _tf_flow_chart_update_hover        (TfFlowChart *self);
/* The time at x in the layout shown, or NAN without one. */
double      _tf_flow_chart_time_at             (TfFlowChart *self,
                                                double       x);
/* Zooms by factor (> 1 zooms in) keeping anchor (years) in place. */
void        _tf_flow_chart_zoom_around         (TfFlowChart *self,
                                                double       factor,
                                                double       anchor);
/* Selects what a click at (x, y) hits, or nothing. */
void        _tf_flow_chart_select_at           (TfFlowChart *self,
                                                double       x,
                                                double       y);
void        _tf_flow_chart_set_selection       (TfFlowChart          *self,
                                                TfFlowChartSelection  kind,
                                                const char           *id,
                                                double                cursor_time);

/* A move's date in years, in the middle of what its precision allows;
 * NAN when unknown. */
double      _tf_flow_chart_move_time           (const TfMove *move);
/* Index of record in array, or -1. */
int         _tf_flow_chart_index_of            (GPtrArray    *array,
                                                gconstpointer record);

/* Pango markup for what hit names, or NULL. */
char       *_tf_flow_chart_describe_hit        (TfFlowChart       *self,
                                                const TfLayoutHit *hit);
/* Plain text for the accessible label and description. */
char       *_tf_flow_chart_describe_chart      (TfFlowChart *self);
char       *_tf_flow_chart_describe_selection  (TfFlowChart *self);
void        _tf_flow_chart_update_accessible   (TfFlowChart *self);

G_END_DECLS
