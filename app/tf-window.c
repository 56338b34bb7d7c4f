/* tf-window.c: a Talent Flow window showing one dataset.
 *
 * The flow chart fills the window; the detail panel beside it shows what is
 * selected and folds over the chart in a narrow window. The chart and the
 * panel select each other's records: a click in the chart shows the record
 * in the panel, a name followed in the panel selects it in the chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-edits.h"
#include "tf-window-private.h"

G_DEFINE_FINAL_TYPE (TfWindow, tf_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_LOADING,
  PROP_CHART_VIEW,
  PROP_SHOW_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_empty_dataset (TfDataset *dataset)
{
  guint n_sources = tf_dataset_get_sources (dataset)->len;
  guint n_paragraphs = tf_dataset_count_paragraphs (dataset);
  g_autofree char *sources = NULL;
  g_autofree char *paragraphs = NULL;

  sources = g_strdup_printf (ngettext ("%u article", "%u articles", n_sources), n_sources);
  paragraphs = g_strdup_printf (ngettext ("%u paragraph", "%u paragraphs", n_paragraphs),
                                n_paragraphs);
  /* Translators: the first %s is "N articles", the second "N paragraphs". */
  return g_strdup_printf (_("%s, %s, no moves yet"), sources, paragraphs);
}

static const char *
dataset_display_title (TfDataset *dataset)
{
  const char *title = tf_dataset_get_title (dataset);
  GPtrArray *sources;

  if (title != NULL && title[0] != '\0')
    return title;

  /* An article opened on its own is best named by its headline. */
  sources = tf_dataset_get_sources (dataset);
  if (sources->len == 1)
    {
      const TfSource *source = g_ptr_array_index (sources, 0);

      if (source->title != NULL && source->title[0] != '\0')
        return source->title;
    }

  return _("Untitled Dataset");
}

void
_tf_window_update_title (TfWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  g_assert (TF_IS_WINDOW (self));

  if (self->dataset == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Talent Flow"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Talent Flow"));
      return;
    }

  if (self->file != NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (self->file);

      subtitle = g_path_get_basename (parse_name);
    }
  else if (self->is_sample)
    subtitle = g_strdup (_("Bundled Sample"));

  /* A dot before the title marks unsaved edits, as GNOME's editors do. */
  title = _tf_window_is_modified (self)
          ? g_strconcat ("• ", dataset_display_title (self->dataset), NULL)
          : g_strdup (dataset_display_title (self->dataset));
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Picks the page for what the window holds: nothing, a spinner, an empty
 * dataset, or the chart. */
void
_tf_window_update_content (TfWindow *self)
{
  gboolean has_chart = FALSE;
  gboolean was_review = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "review") == 0;
  gboolean was_chart = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "chart") == 0;

  g_assert (TF_IS_WINDOW (self));

  gtk_spinner_set_spinning (self->spinner, self->loading);

  if (self->loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else if (self->reviewing)
    {
      gtk_stack_set_visible_child_name (self->stack, "review");
      /* Ready for the keys, on the first suggestion. */
      if (!was_review)
        gtk_widget_grab_focus (GTK_WIDGET (self->review_view));
    }
  else if (self->dataset == NULL)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (tf_dataset_get_moves (self->dataset)->len == 0)
    {
      g_autofree char *description = describe_empty_dataset (self->dataset);

      adw_status_page_set_description (self->no_moves_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-moves");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "chart");
      has_chart = TRUE;
      /* The keyboard works from the start: the arrows select a person. */
      if (!was_chart)
        gtk_widget_grab_focus (GTK_WIDGET (self->chart));
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), has_chart);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), has_chart);
  gtk_widget_set_sensitive (GTK_WIDGET (self->panel_button), has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-panel", has_chart);
}

void
_tf_window_set_loading (TfWindow *self,
                        gboolean  loading)
{
  g_assert (TF_IS_WINDOW (self));

  loading = !!loading;
  if (self->loading == loading)
    return;

  self->loading = loading;
  _tf_window_update_content (self);
  _tf_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_tf_window_set_file (TfWindow *self,
                     GFile    *file)
{
  g_assert (TF_IS_WINDOW (self));
  g_assert (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    {
      if (file != NULL)
        self->is_sample = FALSE;
      _tf_window_update_title (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
}

static void
show_detail_page (TfWindow *self)
{
  gtk_stack_set_visible_child_name (self->side_stack, "detail");
  tf_article_view_clear (self->article_view);
}

void
_tf_window_show_snapshot (TfWindow  *self,
                          TfDataset *snapshot)
{
  g_assert (TF_IS_WINDOW (self));
  g_assert (snapshot == NULL || TF_IS_DATASET (snapshot));

  /* The panels borrow records from the dataset: they let go first. The
   * chart keeps its own reference, and shows the old chart until the new
   * one is laid out. */
  tf_detail_panel_set_dataset (self->detail_panel, NULL);
  tf_search_popover_set_dataset (TF_SEARCH_POPOVER (self->search_popover), NULL);

  g_set_object (&self->dataset, snapshot);

  tf_flow_chart_set_dataset (self->chart, snapshot);
  tf_detail_panel_set_dataset (self->detail_panel, snapshot);
  tf_search_popover_set_dataset (TF_SEARCH_POPOVER (self->search_popover), snapshot);
  tf_review_view_set_dataset (self->review_view, snapshot);
  _tf_window_refresh_filters (self);

  _tf_window_update_title (self);
  _tf_window_update_content (self);
  _tf_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

static void
set_dataset (TfWindow  *self,
             TfDataset *dataset,
             GFile     *file,
             gboolean   is_sample)
{
  g_autoptr(TfDataset) snapshot = NULL;

  g_assert (TF_IS_WINDOW (self));
  g_assert (dataset == NULL || TF_IS_DATASET (dataset));
  g_assert (file == NULL || G_IS_FILE (file));

  /* Another dataset ends the review of this one's articles, and its
   * history. */
  self->reviewing = FALSE;
  tf_review_view_clear (self->review_view);
  _tf_window_start_history (self, dataset);
  show_detail_page (self);

  self->is_sample = is_sample;
  _tf_window_set_file (self, file);
  snapshot = self->history != NULL ? tf_edit_history_dup_snapshot (self->history) : NULL;
  _tf_window_show_snapshot (self, snapshot);
  _tf_window_reset_filters (self);
}

void
_tf_window_set_dataset_full (TfWindow  *self,
                             TfDataset *dataset,
                             GFile     *file,
                             gboolean   is_sample)
{
  set_dataset (self, dataset, file, is_sample);
}

void
_tf_window_update_dataset (TfWindow  *self,
                           TfDataset *dataset)
{
  g_assert (TF_IS_WINDOW (self));

  if (self->history == NULL)
    {
      set_dataset (self, dataset, NULL, FALSE);
      return;
    }
  /* Accepting or rejecting suggestions is an edit like any other. */
  _tf_window_apply_edit (self, tf_edits_become (tf_edit_history_get_dataset (self->history),
                                                dataset, _("Review Suggestions")),
                         NULL);
}

void
_tf_window_set_progress (TfWindow   *self,
                         const char *text)
{
  g_assert (TF_IS_WINDOW (self));

  gtk_label_set_label (self->progress_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), text != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_import_button), text != NULL);
}

static void
chart_selection_changed_cb (TfWindow             *self,
                            TfFlowChartSelection  kind,
                            const char           *id,
                            TfFlowChart          *chart)
{
  g_assert (TF_IS_WINDOW (self));

  show_detail_page (self);

  switch (kind)
    {
    case TF_FLOW_CHART_SELECTION_PERSON:
      tf_detail_panel_show_person (self->detail_panel, id);
      break;

    case TF_FLOW_CHART_SELECTION_ORGANIZATION:
      tf_detail_panel_show_organization (self->detail_panel, id);
      break;

    case TF_FLOW_CHART_SELECTION_MOVE:
      tf_detail_panel_show_move (self->detail_panel, id);
      break;

    case TF_FLOW_CHART_SELECTION_NONE:
    default:
      tf_detail_panel_clear (self->detail_panel);
      return;
    }

  /* Side by side the panel follows the selection; folded, it would cover
   * the chart, so it waits for the user to open it. */
  if (!adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
detail_person_activated_cb (TfWindow      *self,
                            const char    *id,
                            TfDetailPanel *panel)
{
  tf_flow_chart_select_person (self->chart, id);
}

static void
detail_organization_activated_cb (TfWindow      *self,
                                  const char    *id,
                                  TfDetailPanel *panel)
{
  tf_flow_chart_select_organization (self->chart, id);
}

static void
detail_move_activated_cb (TfWindow      *self,
                          const char    *id,
                          TfDetailPanel *panel)
{
  tf_flow_chart_select_move (self->chart, id);
}

static void
detail_open_article_cb (TfWindow      *self,
                        const char    *source_id,
                        guint          paragraph,
                        guint          start,
                        guint          end,
                        TfDetailPanel *panel)
{
  const TfSource *source;

  g_assert (TF_IS_WINDOW (self));

  if (self->dataset == NULL
      || (source = tf_dataset_lookup_source (self->dataset, source_id)) == NULL)
    return;

  tf_article_view_show (self->article_view, source, (int) paragraph, start, end);
  gtk_stack_set_visible_child_name (self->side_stack, "article");
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
article_closed_cb (TfWindow      *self,
                   TfArticleView *view)
{
  show_detail_page (self);
}

/* Beside the chart the panel takes its width as it slides in: the chart
 * keeps what the user clicked under the pointer, cut at the panel's edge,
 * rather than squeezing everything into the new width. */
static void
flap_reveal_progress_cb (TfWindow   *self,
                         GParamSpec *pspec,
                         AdwFlap    *flap)
{
  double progress = adw_flap_get_reveal_progress (flap);

  g_assert (TF_IS_WINDOW (self));

  /* The template sets the flap up before the chart is bound. */
  if (self->chart == NULL)
    return;
  tf_flow_chart_hold_view (self->chart);
  if (progress <= 0 || progress >= 1)
    tf_flow_chart_release_view (self->chart);
}

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  gtk_menu_button_popup (self->search_button);
}

static void
search_activated_cb (TfWindow        *self,
                     int              kind,
                     const char      *id,
                     TfSearchPopover *popover)
{
  gboolean selected;

  g_assert (TF_IS_WINDOW (self));

  if (kind == TF_SEARCH_POPOVER_PERSON)
    selected = tf_flow_chart_select_person (self->chart, id);
  else
    selected = tf_flow_chart_select_organization (self->chart, id);

  /* The user asked for it: show it even over the chart. */
  if (selected)
    adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->chart));
}

static void
restore_window_state (TfWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  g_settings_get (self->settings, "window-width", "i", &width);
  g_settings_get (self->settings, "window-height", "i", &height);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (TfWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  /* GTK 4 keeps the default size in step with the unmaximized size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

void
_tf_window_remember_file (TfWindow *self,
                          GFile    *file)
{
  g_autofree char *uri = NULL;

  g_assert (TF_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  _tf_window_add_recent (file);
  if (self->settings == NULL)
    return;

  uri = g_file_get_uri (file);
  g_settings_set_string (self->settings, "last-file", uri);
}

void
_tf_window_show_error (TfWindow   *self,
                       const char *heading,
                       const char *message)
{
  GtkWidget *dialog;

  g_assert (TF_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
tf_window_close_request (GtkWindow *window)
{
  if (_tf_window_ask_to_save (TF_WINDOW (window), TF_WINDOW_THEN_CLOSE, NULL))
    return TRUE;
  save_window_state (TF_WINDOW (window));

  return GTK_WINDOW_CLASS (tf_window_parent_class)->close_request (window);
}

static void
tf_window_dispose (GObject *object)
{
  TfWindow *self = TF_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  if (self->file_chooser != NULL)
    {
      /* Its response must not reach a window that is going away. */
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }

  /* Disposing the chart or the panel must not reach a half-disposed
   * window through their signals. */
  if (self->chart != NULL)
    g_signal_handlers_disconnect_by_data (self->chart, self);
  if (self->detail_panel != NULL)
    g_signal_handlers_disconnect_by_data (self->detail_panel, self);
  if (self->review_view != NULL)
    g_signal_handlers_disconnect_by_data (self->review_view, self);

  /* The search index may still be building in a worker, holding the
   * popover: without a dataset the popover drops it, rather than filling
   * its results after the window has gone. */
  if (self->search_popover != NULL)
    tf_search_popover_set_dataset (TF_SEARCH_POPOVER (self->search_popover), NULL);
  self->search_popover = NULL;
  _tf_window_edit_dispose (self);

  /* The views borrow from the dataset, so they go first. */
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_WINDOW);

  g_clear_pointer (&self->organization_filter, g_hash_table_unref);
  g_clear_object (&self->dataset);
  g_clear_object (&self->gazetteer);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tf_window_parent_class)->dispose (object);
}

static void
tf_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TfWindow *self = TF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_CHART_VIEW:
      /* The property action reads it before the template is built too. */
      g_value_set_uint (value, self->chart != NULL ? tf_flow_chart_get_aggregate (self->chart)
                                                   : TF_LAYOUT_AGGREGATE_AUTO);
      break;

    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, self->show_legend);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TfWindow *self = TF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CHART_VIEW:
      if (self->chart != NULL
          && g_value_get_uint (value) != tf_flow_chart_get_aggregate (self->chart))
        {
          tf_flow_chart_set_aggregate (self->chart, g_value_get_uint (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SHOW_LEGEND:
      if (g_value_get_boolean (value) != self->show_legend)
        {
          self->show_legend = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_window_class_init (TfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tf_window_dispose;
  object_class->get_property = tf_window_get_property;
  object_class->set_property = tf_window_set_property;

  window_class->close_request = tf_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         TF_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The chart's TfLayoutAggregate, for the "View As" menu's radio items. */
  properties[PROP_CHART_VIEW] =
    g_param_spec_uint ("chart-view", NULL, NULL,
                       TF_LAYOUT_AGGREGATE_AUTO, TF_LAYOUT_AGGREGATE_ALWAYS,
                       TF_LAYOUT_AGGREGATE_AUTO,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The legend under the chart, shown until the user hides it. */
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "win.chart-view", "chart-view");
  gtk_widget_class_install_property_action (widget_class, "win.show-legend", "show-legend");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, no_moves_page);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, chart);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, legend_bar);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, detail_panel);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, review_view);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, cancel_import_button);
  gtk_widget_class_bind_template_callback (widget_class, chart_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_organization_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_move_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_open_article_cb);
  gtk_widget_class_bind_template_callback (widget_class, article_closed_cb);

  gtk_widget_class_bind_template_callback (widget_class, flap_reveal_progress_cb);
  gtk_widget_class_install_action (widget_class, "win.toggle-panel", NULL, toggle_panel_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-panel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);

  _tf_window_class_actions_init (widget_class);
  _tf_window_class_filters_init (widget_class);
  _tf_window_class_export_init (widget_class);
  _tf_window_class_presentation_init (widget_class);
  _tf_window_class_import_init (widget_class);
  _tf_window_class_edit_init (widget_class);
  _tf_window_class_unsaved_init (widget_class);

  g_type_ensure (TF_TYPE_FLOW_CHART);
  g_type_ensure (TF_TYPE_LEGEND_BAR);
  g_type_ensure (TF_TYPE_DETAIL_PANEL);
  g_type_ensure (TF_TYPE_ARTICLE_VIEW);
  g_type_ensure (TF_TYPE_REVIEW_VIEW);
}

/* The legend says what the chart shows now. */
static void
chart_layout_cb (TfWindow *self)
{
  tf_legend_bar_set_layout (self->legend_bar, tf_flow_chart_get_layout (self->chart));
}

static void
tf_window_init (TfWindow *self)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  self->show_legend = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Running from the build tree without GSETTINGS_SCHEMA_DIR must not
   * abort: the window then simply forgets its size. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_message ("GSettings schema %s is not installed; window size will not be kept", APP_ID);

  if (self->settings != NULL)
    g_settings_bind (self->settings, "show-legend", self, "show-legend", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self, "show-legend", self->legend_bar, "visible",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->chart, "notify::layout", G_CALLBACK (chart_layout_cb), self,
                           G_CONNECT_SWAPPED);

  self->search_popover = tf_search_popover_new ();
  g_signal_connect_object (self->search_popover, "activated",
                           G_CALLBACK (search_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (self->search_button, self->search_popover);

  restore_window_state (self);
  _tf_window_filters_init (self);
  _tf_window_dnd_init (self);
  _tf_window_export_init (self);
  _tf_window_edit_init (self);
  _tf_window_recent_init (self);
  _tf_window_update_title (self);
  _tf_window_update_content (self);
  _tf_window_update_actions (self);
}

TfWindow *
tf_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TF_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

TfDataset *
tf_window_get_dataset (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), NULL);

  return self->dataset;
}

GFile *
tf_window_get_file (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
tf_window_get_loading (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), FALSE);

  return self->loading;
}

void
tf_window_set_dataset (TfWindow  *self,
                       TfDataset *dataset,
                       GFile     *file)
{
  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || TF_IS_DATASET (dataset));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  _tf_window_set_dataset_full (self, dataset, file, FALSE);
}

void
tf_window_open_file (TfWindow *self,
                     GFile    *file)
{
  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _tf_window_load (self, file);
}

TfEditHistory *
tf_window_get_history (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), NULL);

  return self->history;
}

void
tf_window_offer_draft (TfWindow *self)
{
  g_return_if_fail (TF_IS_WINDOW (self));

  _tf_window_offer_draft (self);
}

void
tf_window_open_sample (TfWindow *self)
{
  g_return_if_fail (TF_IS_WINDOW (self));

  _tf_window_load (self, NULL);
}

void
tf_window_save_as (TfWindow *self,
                   GFile    *file)
{
  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->dataset != NULL);

  _tf_window_save (self, file);
}
