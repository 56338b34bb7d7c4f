/* tf-flow-chart.c: the flow chart of a dataset, as a widget.
 *
 * Careers are built once per dataset and a layout once per size, filter
 * and zoom; past TF_FLOW_CHART_BIG people both happen in a worker thread
 * (see tf-flow-chart-layout.c) while the previous chart stays on screen.
 * The static chart is drawn once into a render node, as Sysprof's flame
 * graph does, and every frame only adds the cheap hover and selection
 * overlay; the node is dropped when the layout or the theme changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-flow-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <pango/pangocairo.h>

#include "tf-flow-chart-private.h"

G_DEFINE_ENUM_TYPE (TfFlowChartSelection, tf_flow_chart_selection,
                    G_DEFINE_ENUM_VALUE (TF_FLOW_CHART_SELECTION_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (TF_FLOW_CHART_SELECTION_PERSON, "person"),
                    G_DEFINE_ENUM_VALUE (TF_FLOW_CHART_SELECTION_ORGANIZATION, "organization"),
                    G_DEFINE_ENUM_VALUE (TF_FLOW_CHART_SELECTION_MOVE, "move"))

G_DEFINE_FINAL_TYPE (TfFlowChart, tf_flow_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_BUSY,
  PROP_MOVE_FROM,
  PROP_MOVE_TO,
  PROP_SECTOR_MASK,
  PROP_AGGREGATE,
  PROP_ORGANIZATION_IDS,
  PROP_VIEW_FROM,
  PROP_VIEW_TO,
  PROP_SELECTION_KIND,
  PROP_SELECTION_ID,
  PROP_LAYOUT,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define MIN_YEARS_SHOWN 1.0
/* A pinned layout keeps what the user pointed at this far from its edge. */
#define PINNED_MARGIN 24

int
_tf_flow_chart_index_of (GPtrArray     *array,
                         gconstpointer  record)
{
  guint index;

  if (record != NULL && g_ptr_array_find (array, record, &index))
    return (int) index;
  return -1;
}

double
_tf_flow_chart_move_time (const TfMove *move)
{
  const TfDate *date = &move->date;

  switch (date->precision)
    {
    case TF_DATE_YEAR:
      return date->year + 0.5;
    case TF_DATE_MONTH:
      return date->year + (date->month - 0.5) / 12.0;
    case TF_DATE_DAY:
      return date->year + (date->month - 1 + (date->day - 0.5) / 31.0) / 12.0;
    case TF_DATE_UNKNOWN:
    default:
      return NAN;
    }
}

static gboolean
is_busy (TfFlowChart *self)
{
  /* A new layout of the careers shown is quick to wait for; new careers
   * or a first layout are not. */
  return self->careers_cancellable != NULL
         || (self->layout_task_running
             && (self->layout == NULL || tf_layout_get_careers (self->layout) != self->careers));
}

void
_tf_flow_chart_update_busy (TfFlowChart *self)
{
  gboolean busy = is_busy (self);

  if (busy == gtk_spinner_get_spinning (GTK_SPINNER (self->spinner)))
    return;

  /* Only spinning changes: the spinner stays visible, so it is allocated
   * with the chart even when this runs from snapshot, and a spinner that
   * does not spin draws nothing. */
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
clear_hover (TfFlowChart *self)
{
  memset (&self->hover, 0, sizeof self->hover);
  self->hover.kind = TF_LAYOUT_HIT_NONE;
  self->hover.path = -1;
  self->hover.segment = -1;
  self->hover.sublane = -1;
  self->hover.label = -1;
  self->hover.block = -1;
  self->hover.ribbon = -1;
  self->hover.person = -1;
  self->hover.move = -1;
  self->hover.organization = -1;
}

void
_tf_flow_chart_drop_chart_node (TfFlowChart *self)
{
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate_layout (TfFlowChart *self)
{
  self->layout_pinned = FALSE;
  self->layout_serial++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The layout kept at its wider size while a panel opened beside the chart
 * (so that what the user clicked stayed under the pointer) gives way to
 * one of the chart's own width: the part under the panel comes back. */
void
_tf_flow_chart_unpin (TfFlowChart *self)
{
  if (self->layout_pinned && !self->view_held)
    invalidate_layout (self);
}

/* The years shown: the view asked for, or the careers' whole extent. */
void
_tf_flow_chart_effective_view (TfFlowChart *self,
                               double      *from,
                               double      *to)
{
  if (self->view_from != 0 || self->view_to != 0)
    {
      *from = self->view_from;
      *to = self->view_to;
    }
  else
    tf_flow_chart_get_extent (self, from, to);
}

/* Fonts and colours follow the style; a change of either redraws, and a
 * change of fonts lays out again. */
static void
update_style (TfFlowChart *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *description = pango_context_get_font_description (context);
  g_autofree char *font
      = description != NULL ? pango_font_description_to_string (description) : NULL;
  g_autofree char *key = NULL;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkStyleContext *style_context;
  GdkRGBA accent;
  TfChartTheme theme;

  key = g_strdup_printf ("%s@%g", font != NULL ? font : "",
                         pango_cairo_context_get_resolution (context));
  if (g_strcmp0 (key, self->style_key) != 0)
    {
      g_free (self->style_key);
      self->style_key = g_steal_pointer (&key);
      g_clear_pointer (&self->fonts, tf_layout_pango_measurer_free);
      g_clear_pointer (&self->worker_fonts, tf_layout_pango_measurer_free);
      /* A job has the other one: it is dropped when it comes back. */
      self->worker_fonts_stale = self->layout_task_running;
      invalidate_layout (self);
    }

  memset (&theme, 0, sizeof theme);
  tf_chart_theme_init (&theme, dark);
  /* The selection looks like every other selection on the desktop. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  style_context = gtk_widget_get_style_context (GTK_WIDGET (self));
  if (gtk_style_context_lookup_color (style_context, "accent_color", &accent))
    theme.highlight = (TfColor) { accent.red, accent.green, accent.blue, 1.0 };
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (memcmp (&theme, &self->theme, sizeof theme) != 0)
    {
      self->theme = theme;
      _tf_flow_chart_drop_chart_node (self);
    }
}

static void
style_manager_notify_dark_cb (TfFlowChart     *self,
                              GParamSpec      *pspec,
                              AdwStyleManager *style_manager)
{
  update_style (self);
}

void
_tf_flow_chart_install_careers (TfFlowChart *self,
                                TfCareers   *careers,
                                TfDataset   *dataset)
{
  g_assert (TF_IS_FLOW_CHART (self));

  g_clear_pointer (&self->careers, tf_careers_unref);
  self->careers = careers;
  g_set_object (&self->careers_dataset, dataset);

  /* Indices of the old layout mean nothing in the new dataset. */
  _tf_flow_chart_install_layout (self, NULL, 0);
  clear_hover (self);

  /* A selection survives when the new data has it too. */
  if (self->selection != TF_FLOW_CHART_SELECTION_NONE)
    {
      gboolean found = FALSE;

      if (dataset != NULL)
        switch (self->selection)
          {
          case TF_FLOW_CHART_SELECTION_PERSON:
            found = tf_dataset_lookup_person (dataset, self->selection_id) != NULL;
            break;
          case TF_FLOW_CHART_SELECTION_ORGANIZATION:
            found = tf_dataset_lookup_organization (dataset, self->selection_id) != NULL;
            break;
          case TF_FLOW_CHART_SELECTION_MOVE:
            found = tf_dataset_lookup_move (dataset, self->selection_id) != NULL;
            break;
          case TF_FLOW_CHART_SELECTION_NONE:
          default:
            break;
          }
      if (!found)
        tf_flow_chart_clear_selection (self);
    }

  self->view_from = self->view_to = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_FROM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_TO]);

  invalidate_layout (self);
  _tf_flow_chart_ensure_layout (self);
  _tf_flow_chart_update_accessible (self);
}

static void
tf_flow_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  TfFlowChart *self = TF_FLOW_CHART (widget);
  int spinner_minimum;

  gtk_widget_measure (self->spinner, orientation, -1, &spinner_minimum, NULL, NULL, NULL);

  /* Small enough for a phone-sized window; the chart scales to any size. */
  *minimum = MAX (spinner_minimum, orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160);
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 500;
}

static void
tf_flow_chart_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  TfFlowChart *self = TF_FLOW_CHART (widget);
  int spinner_width;
  int spinner_height;
  double layout_width = 0;
  double layout_height = 0;

  gtk_widget_measure (self->spinner, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &spinner_width, NULL,
                      NULL);
  gtk_widget_measure (self->spinner, GTK_ORIENTATION_VERTICAL, -1, NULL, &spinner_height, NULL,
                      NULL);
  spinner_width = MAX (spinner_width, 32);
  spinner_height = MAX (spinner_height, 32);
  gtk_widget_size_allocate (self->spinner,
                            &(GtkAllocation) {
                              (width - spinner_width) / 2, (height - spinner_height) / 2,
                              spinner_width, spinner_height
                            },
                            -1);
  if (self->strip_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->strip_popover));

  if (self->layout != NULL)
    tf_layout_get_size (self->layout, &layout_width, &layout_height);
  /* Narrower while the view is held (a panel opening beside it), the
   * chart keeps its layout, cut at the new edge, until something else
   * calls for a new one: what the user clicked stays where it was. Unless
   * the cut would hide it: then the chart fits the new width. */
  if (self->layout != NULL && layout_height == height && layout_width > width
      && (self->view_held || self->layout_pinned) && self->held_x < width - PINNED_MARGIN)
    {
      self->layout_pinned = TRUE;
      return;
    }
  if (self->layout == NULL || layout_width != width || layout_height != height)
    {
      invalidate_layout (self);
      _tf_flow_chart_ensure_layout (self);
    }
}

static void
tf_flow_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  TfFlowChart *self = TF_FLOW_CHART (widget);
  TfLayoutPangoMeasurer *fonts;
  TfChartHighlight highlight;
  double width;
  double height;

  _tf_flow_chart_ensure_layout (self);

  if (self->layout != NULL)
    {
      fonts = _tf_flow_chart_get_fonts (self);
      tf_layout_get_size (self->layout, &width, &height);

      if (self->chart_node == NULL)
        {
          GtkSnapshot *chart_snapshot = gtk_snapshot_new ();
          cairo_t *cr;

          cr = gtk_snapshot_append_cairo (chart_snapshot,
                                          &GRAPHENE_RECT_INIT (0, 0, width, height));
          tf_chart_draw (cr, self->layout, &self->theme, fonts);
          cairo_destroy (cr);
          self->chart_node = gtk_snapshot_free_to_node (chart_snapshot);
        }

      /* While a layout for a new size is computed the old one may be
       * larger than the widget. */
      gtk_snapshot_push_clip (snapshot,
                              &GRAPHENE_RECT_INIT (0, 0,
                                                   gtk_widget_get_width (widget),
                                                   gtk_widget_get_height (widget)));
      if (_tf_flow_chart_append_stale_chart (self, snapshot))
        {
          /* The overlay belongs to the new layout, not yet there. */
          gtk_snapshot_pop (snapshot);
          gtk_widget_snapshot_child (widget, self->spinner, snapshot);
          return;
        }
      if (self->chart_node != NULL)
        gtk_snapshot_append_node (snapshot, self->chart_node);

      tf_chart_highlight_init (&highlight);
      if (self->hover.kind == TF_LAYOUT_HIT_PERSON || self->hover.kind == TF_LAYOUT_HIT_MOVE)
        {
          highlight.hover_path = self->hover.path;
          highlight.hover_segment
              = self->hover.kind == TF_LAYOUT_HIT_MOVE ? self->hover.segment : -1;
        }
      else if (self->hover.kind == TF_LAYOUT_HIT_ORGANIZATION
               && (self->hover.label >= 0 || self->hover.block >= 0))
        highlight.hover_sublane = self->hover.sublane;
      else if (self->hover.kind == TF_LAYOUT_HIT_FLOW)
        highlight.hover_ribbon = self->hover.ribbon;
      if (self->hover.label >= 0)
        {
          const TfLayoutLabel *labels = tf_layout_get_labels (self->layout, NULL);

          if (!labels[self->hover.label].visible)
            highlight.hover_label = self->hover.label;
        }
      highlight.selected_path = self->selected_path;
      highlight.selected_segment = self->selected_segment;
      highlight.selected_sublane = self->selected_sublane;
      highlight.selected_person = self->selected_person;

      if (highlight.hover_path >= 0 || highlight.hover_sublane >= 0 || highlight.hover_ribbon >= 0
          || highlight.hover_label >= 0 || highlight.selected_path >= 0
          || highlight.selected_sublane >= 0
          || (highlight.selected_person >= 0 && tf_layout_is_aggregated (self->layout)))
        {
          cairo_t *cr
              = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

          tf_chart_draw_overlay (cr, self->layout, &self->theme, fonts, &highlight);
          cairo_destroy (cr);
        }
      gtk_snapshot_pop (snapshot);
    }

  gtk_widget_snapshot_child (widget, self->spinner, snapshot);
}

static void
tf_flow_chart_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tf_flow_chart_parent_class)->css_changed (widget, change);

  /* Most changes are state flags (hover, focus) and change nothing drawn:
   * update_style only acts on a change of fonts or colours. */
  update_style (TF_FLOW_CHART (widget));
}

static void
tf_flow_chart_dispose (GObject *object)
{
  TfFlowChart *self = TF_FLOW_CHART (object);

  self->disposed = TRUE;
  _tf_flow_chart_cancel_release (self);
  g_cancellable_cancel (self->careers_cancellable);
  g_clear_object (&self->careers_cancellable);

  g_clear_pointer (&self->spinner, gtk_widget_unparent);
  g_clear_pointer (&self->strip_popover, gtk_widget_unparent);
  g_clear_pointer (&self->directions, tf_layout_directions_free);
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  g_clear_pointer (&self->layout, tf_layout_unref);
  g_clear_pointer (&self->drag_layout, tf_layout_unref);
  g_clear_pointer (&self->careers, tf_careers_unref);
  g_clear_object (&self->careers_dataset);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->fonts, tf_layout_pango_measurer_free);
  g_clear_pointer (&self->worker_fonts, tf_layout_pango_measurer_free);

  G_OBJECT_CLASS (tf_flow_chart_parent_class)->dispose (object);
}

static void
tf_flow_chart_finalize (GObject *object)
{
  TfFlowChart *self = TF_FLOW_CHART (object);

  g_hash_table_unref (self->path_by_id);
  g_strfreev (self->organization_ids);
  g_free (self->selection_id);
  g_free (self->style_key);

  G_OBJECT_CLASS (tf_flow_chart_parent_class)->finalize (object);
}

static void
tf_flow_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TfFlowChart *self = TF_FLOW_CHART (object);
  double from;
  double to;

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, tf_flow_chart_get_busy (self));
      break;

    case PROP_LAYOUT:
      g_value_set_boxed (value, self->layout);
      break;

    case PROP_MOVE_FROM:
      g_value_set_double (value, self->move_from);
      break;

    case PROP_MOVE_TO:
      g_value_set_double (value, self->move_to);
      break;

    case PROP_SECTOR_MASK:
      g_value_set_uint (value, self->sector_mask);
      break;
    case PROP_AGGREGATE:
      g_value_set_uint (value, self->aggregate);
      break;

    case PROP_ORGANIZATION_IDS:
      g_value_set_boxed (value, self->organization_ids);
      break;

    case PROP_VIEW_FROM:
      tf_flow_chart_get_view (self, &from, &to);
      g_value_set_double (value, from);
      break;

    case PROP_VIEW_TO:
      tf_flow_chart_get_view (self, &from, &to);
      g_value_set_double (value, to);
      break;

    case PROP_SELECTION_KIND:
      g_value_set_enum (value, self->selection);
      break;

    case PROP_SELECTION_ID:
      g_value_set_string (value, self->selection_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_flow_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TfFlowChart *self = TF_FLOW_CHART (object);
  double from;
  double to;

  switch (prop_id)
    {
    case PROP_DATASET:
      tf_flow_chart_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_MOVE_FROM:
      tf_flow_chart_set_move_range (self, g_value_get_double (value), self->move_to);
      break;

    case PROP_MOVE_TO:
      tf_flow_chart_set_move_range (self, self->move_from, g_value_get_double (value));
      break;

    case PROP_SECTOR_MASK:
      tf_flow_chart_set_sector_mask (self, g_value_get_uint (value));
      break;
    case PROP_AGGREGATE:
      tf_flow_chart_set_aggregate (self, g_value_get_uint (value));
      break;

    case PROP_ORGANIZATION_IDS:
      tf_flow_chart_set_organization_ids (self, g_value_get_boxed (value));
      break;

    case PROP_VIEW_FROM:
      tf_flow_chart_get_view (self, &from, &to);
      tf_flow_chart_set_view (self, g_value_get_double (value), to);
      break;

    case PROP_VIEW_TO:
      tf_flow_chart_get_view (self, &from, &to);
      tf_flow_chart_set_view (self, from, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_flow_chart_class_init (TfFlowChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_flow_chart_dispose;
  object_class->finalize = tf_flow_chart_finalize;
  object_class->get_property = tf_flow_chart_get_property;
  object_class->set_property = tf_flow_chart_set_property;

  widget_class->measure = tf_flow_chart_measure;
  widget_class->size_allocate = tf_flow_chart_size_allocate;
  widget_class->snapshot = tf_flow_chart_snapshot;
  widget_class->css_changed = tf_flow_chart_css_changed;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         TF_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MOVE_FROM] =
    g_param_spec_double ("move-from", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MOVE_TO] =
    g_param_spec_double ("move-to", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SECTOR_MASK] =
    g_param_spec_uint ("sector-mask", NULL, NULL,
                       0, (1u << TF_N_SECTORS) - 1, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A TfLayoutAggregate: automatic, one path per person, or flows. */
  properties[PROP_AGGREGATE] =
    g_param_spec_uint ("aggregate", NULL, NULL,
                       TF_LAYOUT_AGGREGATE_AUTO, TF_LAYOUT_AGGREGATE_ALWAYS,
                       TF_LAYOUT_AGGREGATE_AUTO,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANIZATION_IDS] =
    g_param_spec_boxed ("organization-ids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIEW_FROM] =
    g_param_spec_double ("view-from", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIEW_TO] =
    g_param_spec_double ("view-to", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTION_KIND] =
    g_param_spec_enum ("selection-kind", NULL, NULL,
                       TF_TYPE_FLOW_CHART_SELECTION,
                       TF_FLOW_CHART_SELECTION_NONE,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTION_ID] =
    g_param_spec_string ("selection-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The layout shown, NULL while there is none: a legend follows it. */
  properties[PROP_LAYOUT] =
    g_param_spec_boxed ("layout", NULL, NULL,
                        TF_TYPE_LAYOUT,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfFlowChart::selection-changed:
   * @kind: what is selected now
   * @id: (nullable): its id, NULL for nothing
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  TF_TYPE_FLOW_CHART_SELECTION,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_css_name (widget_class, "flowchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tf_flow_chart_init (TfFlowChart *self)
{
  self->path_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->selected_path = -1;
  self->selected_segment = -1;
  self->selected_sublane = -1;
  self->selected_person = -1;
  self->cursor_time = NAN;
  self->hover_bar = -1;
  clear_hover (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  self->spinner = gtk_spinner_new ();
  gtk_widget_set_parent (self->spinner, GTK_WIDGET (self));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_manager_notify_dark_cb), self,
                           G_CONNECT_SWAPPED);
  update_style (self);

  _tf_flow_chart_init_input (self);
  _tf_flow_chart_update_accessible (self);
}

GtkWidget *
tf_flow_chart_new (void)
{
  return g_object_new (TF_TYPE_FLOW_CHART, NULL);
}

TfDataset *
tf_flow_chart_get_dataset (TfFlowChart *self)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), NULL);

  return self->dataset;
}

void
tf_flow_chart_set_dataset (TfFlowChart *self,
                           TfDataset   *dataset)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));
  g_return_if_fail (dataset == NULL || TF_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_cancellable_cancel (self->careers_cancellable);
  g_clear_object (&self->careers_cancellable);

  if (dataset == NULL)
    _tf_flow_chart_install_careers (self, NULL, NULL);
  else if (tf_dataset_get_people (dataset)->len > TF_FLOW_CHART_BIG)
    {
      g_autoptr(GTask) task = NULL;

      /* The previous chart stays, behind a spinner, until these are done. */
      self->careers_cancellable = g_cancellable_new ();
      /* No source object: a GTask may be dropped last in its worker thread,
       * and a widget must be finalized in the main one. */
      task = g_task_new (NULL, self->careers_cancellable, _tf_flow_chart_careers_cb,
                         g_object_ref (self));
      g_task_set_source_tag (task, tf_flow_chart_set_dataset);
      g_task_set_task_data (task, g_object_ref (dataset), g_object_unref);
      g_task_run_in_thread (task, _tf_flow_chart_careers_thread);
    }
  else
    _tf_flow_chart_install_careers (self, tf_careers_new (dataset), dataset);

  _tf_flow_chart_update_busy (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

gboolean
tf_flow_chart_get_busy (TfFlowChart *self)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), FALSE);

  return self->spinner != NULL && gtk_spinner_get_spinning (GTK_SPINNER (self->spinner));
}

void
tf_flow_chart_set_move_range (TfFlowChart *self,
                              double       from,
                              double       to)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));

  if (from == self->move_from && to == self->move_to)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (from != self->move_from)
    {
      self->move_from = from;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVE_FROM]);
    }
  if (to != self->move_to)
    {
      self->move_to = to;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVE_TO]);
    }
  /* A zoom stays within the new extent. */
  tf_flow_chart_set_view (self, self->view_from, self->view_to);
  invalidate_layout (self);
  g_object_thaw_notify (G_OBJECT (self));
}

void
tf_flow_chart_get_move_range (TfFlowChart *self,
                              double      *from,
                              double      *to)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));

  if (from != NULL)
    *from = self->move_from;
  if (to != NULL)
    *to = self->move_to;
}

void
tf_flow_chart_set_sector_mask (TfFlowChart *self,
                               guint        mask)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));

  mask &= (1u << TF_N_SECTORS) - 1;
  if (mask == self->sector_mask)
    return;

  self->sector_mask = mask;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR_MASK]);
}

guint
tf_flow_chart_get_sector_mask (TfFlowChart *self)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), 0);

  return self->sector_mask;
}

void
tf_flow_chart_set_aggregate (TfFlowChart       *self,
                             TfLayoutAggregate  aggregate)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));
  g_return_if_fail (aggregate <= TF_LAYOUT_AGGREGATE_ALWAYS);

  if (aggregate == self->aggregate)
    return;

  self->aggregate = aggregate;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGGREGATE]);
}

TfLayoutAggregate
tf_flow_chart_get_aggregate (TfFlowChart *self)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), TF_LAYOUT_AGGREGATE_AUTO);

  return self->aggregate;
}

void
tf_flow_chart_set_organization_ids (TfFlowChart        *self,
                                    const char * const *ids)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));

  if (ids == NULL && self->organization_ids == NULL)
    return;
  if (ids != NULL && self->organization_ids != NULL
      && g_strv_equal (ids, (const char * const *) self->organization_ids))
    return;

  g_strfreev (self->organization_ids);
  self->organization_ids = g_strdupv ((char **) ids);
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION_IDS]);
}

const char * const *
tf_flow_chart_get_organization_ids (TfFlowChart *self)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), NULL);

  return (const char * const *) self->organization_ids;
}

void
tf_flow_chart_get_extent (TfFlowChart *self,
                          double      *first_year,
                          double      *end_year)
{
  double first = 0;
  double end = 0;

  g_return_if_fail (TF_IS_FLOW_CHART (self));

  if (self->careers != NULL)
    tf_careers_get_extent (self->careers, &first, &end);
  /* The From/To filter narrows the axis to its years, as --from and --to
   * do on the command line. */
  if ((self->move_from != 0 || self->move_to != 0) && end > first)
    {
      double from = MAX (first, self->move_from);
      double to = MIN (end, self->move_to);

      if (to > from)
        {
          first = from;
          end = to;
        }
    }
  if (first_year != NULL)
    *first_year = first;
  if (end_year != NULL)
    *end_year = end;
}

void
tf_flow_chart_set_view (TfFlowChart *self,
                        double       from,
                        double       to)
{
  double first;
  double end;
  double span;

  g_return_if_fail (TF_IS_FLOW_CHART (self));

  tf_flow_chart_get_extent (self, &first, &end);

  /* At least a year, at most everything, and never beyond the data: a
   * view that would show it all is the fit. */
  if (end > first && (from != 0 || to != 0))
    {
      if (to < from)
        {
          double swap = from;

          from = to;
          to = swap;
        }
      span = CLAMP (to - from, MIN (MIN_YEARS_SHOWN, end - first), end - first);
      if (from < first)
        from = first;
      to = from + span;
      if (to > end)
        {
          to = end;
          from = to - span;
        }
      if (from <= first + 1e-6 && to >= end - 1e-6)
        from = to = 0;
    }
  else
    from = to = 0;

  if (from == self->view_from && to == self->view_to)
    return;

  self->view_from = from;
  self->view_to = to;
  invalidate_layout (self);
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_FROM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_TO]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
tf_flow_chart_get_view (TfFlowChart *self,
                        double      *from,
                        double      *to)
{
  double view_from;
  double view_to;

  g_return_if_fail (TF_IS_FLOW_CHART (self));

  _tf_flow_chart_effective_view (self, &view_from, &view_to);
  if (from != NULL)
    *from = view_from;
  if (to != NULL)
    *to = view_to;
}

void
tf_flow_chart_fit (TfFlowChart *self)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));

  tf_flow_chart_set_view (self, 0, 0);
  /* Everything, also what a panel opening beside the chart cut off. */
  _tf_flow_chart_unpin (self);
}

void
tf_flow_chart_zoom (TfFlowChart *self,
                    double       factor)
{
  double from;
  double to;

  g_return_if_fail (TF_IS_FLOW_CHART (self));
  g_return_if_fail (factor > 0);

  _tf_flow_chart_effective_view (self, &from, &to);
  _tf_flow_chart_zoom_around (self, factor, (from + to) / 2);
}

void
_tf_flow_chart_zoom_around (TfFlowChart *self,
                            double       factor,
                            double       anchor)
{
  double from;
  double to;

  g_assert (TF_IS_FLOW_CHART (self));

  if (factor <= 0 || isnan (anchor))
    return;

  _tf_flow_chart_effective_view (self, &from, &to);
  tf_flow_chart_set_view (self,
                          anchor - (anchor - from) / factor,
                          anchor + (to - anchor) / factor);
}

double
_tf_flow_chart_time_at (TfFlowChart *self,
                        double       x)
{
  if (self->layout == NULL)
    return NAN;
  /* Through the layout's axis, breaks and all. */
  return tf_layout_time_for_x (self->layout, x);
}

TfLayout *
tf_flow_chart_get_layout (TfFlowChart *self)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), NULL);

  _tf_flow_chart_ensure_layout (self);
  return self->layout;
}

void
_tf_flow_chart_set_selection (TfFlowChart          *self,
                              TfFlowChartSelection  kind,
                              const char           *id,
                              double                cursor_time)
{
  g_assert (TF_IS_FLOW_CHART (self));

  if (kind == TF_FLOW_CHART_SELECTION_NONE)
    id = NULL;
  if (!isnan (cursor_time))
    self->cursor_time = cursor_time;

  if (kind == self->selection && g_strcmp0 (id, self->selection_id) == 0)
    return;

  self->selection = kind;
  g_free (self->selection_id);
  self->selection_id = g_strdup (id);
  _tf_flow_chart_resolve_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  /* GTK 4.8 has no announcement API: a changed description is what a
   * screen reader reads out. */
  _tf_flow_chart_update_accessible (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_KIND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_ID]);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0, self->selection, self->selection_id);
}

gboolean
tf_flow_chart_select_person (TfFlowChart *self,
                             const char  *person_id)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), FALSE);
  g_return_val_if_fail (person_id != NULL, FALSE);

  if (self->dataset == NULL || tf_dataset_lookup_person (self->dataset, person_id) == NULL)
    return FALSE;

  /* No time along the path is meant: the keys start from its ends. */
  self->cursor_time = NAN;
  _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_PERSON, person_id, NAN);
  return TRUE;
}

gboolean
tf_flow_chart_select_organization (TfFlowChart *self,
                                   const char  *organization_id)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), FALSE);
  g_return_val_if_fail (organization_id != NULL, FALSE);

  if (self->dataset == NULL
      || tf_dataset_lookup_organization (self->dataset, organization_id) == NULL)
    return FALSE;

  _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_ORGANIZATION, organization_id, NAN);
  return TRUE;
}

gboolean
tf_flow_chart_select_move (TfFlowChart *self,
                           const char  *move_id)
{
  TfMove *move;

  g_return_val_if_fail (TF_IS_FLOW_CHART (self), FALSE);
  g_return_val_if_fail (move_id != NULL, FALSE);

  if (self->dataset == NULL || (move = tf_dataset_lookup_move (self->dataset, move_id)) == NULL)
    return FALSE;

  _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_MOVE, move_id,
                                _tf_flow_chart_move_time (move));
  return TRUE;
}

void
tf_flow_chart_clear_selection (TfFlowChart *self)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));

  _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_NONE, NULL, NAN);
}

TfFlowChartSelection
tf_flow_chart_get_selection (TfFlowChart  *self,
                             const char  **id)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), TF_FLOW_CHART_SELECTION_NONE);

  if (id != NULL)
    *id = self->selection_id;
  return self->selection;
}

TfCareers *
tf_flow_chart_get_careers (TfFlowChart *self)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), NULL);

  /* Careers of an older dataset would not match the dataset's records. */
  if (self->careers == NULL || self->careers_dataset != self->dataset)
    return NULL;
  return self->careers;
}
