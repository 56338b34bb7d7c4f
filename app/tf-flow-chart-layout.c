/* tf-flow-chart-layout.c: careers and layouts for TfFlowChart, in a worker
 * thread when big, and the layout held while a panel opens beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-flow-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "tf-chart-selection.h"
#include "tf-flow-chart-private.h"

/* The direction strip under the chart takes this much of a tall chart. */
#define STRIP_HEIGHT 72

G_STATIC_ASSERT ((int) TF_FLOW_CHART_SELECTION_PERSON == (int) TF_CHART_SELECTION_PERSON);
G_STATIC_ASSERT ((int) TF_FLOW_CHART_SELECTION_ORGANIZATION
                 == (int) TF_CHART_SELECTION_ORGANIZATION);
G_STATIC_ASSERT ((int) TF_FLOW_CHART_SELECTION_MOVE == (int) TF_CHART_SELECTION_MOVE);

/* Maps the selection's id to indices into the layout shown, as export
 * and presentation mode do. */
void
_tf_flow_chart_resolve_selection (TfFlowChart *self)
{
  TfChartHighlight highlight;

  tf_chart_highlight_init (&highlight);
  tf_chart_selection_apply (&highlight, self->layout, self->careers_dataset,
                            (TfChartSelectionKind) self->selection, self->selection_id);
  self->selected_path = highlight.selected_path;
  self->selected_segment = highlight.selected_segment;
  self->selected_sublane = highlight.selected_sublane;
  self->selected_person = highlight.selected_person;
}

void
_tf_flow_chart_install_layout (TfFlowChart *self,
                               TfLayout    *layout,
                               guint        serial)
{
  const TfLayoutPath *paths;
  guint n_paths;

  g_assert (TF_IS_FLOW_CHART (self));

  g_clear_pointer (&self->layout, tf_layout_unref);
  self->layout = layout;
  self->layout_done = serial;

  g_hash_table_remove_all (self->path_by_id);
  if (layout != NULL)
    {
      paths = tf_layout_get_paths (layout, &n_paths);
      for (guint i = 0; i < n_paths; i++)
        g_hash_table_insert (self->path_by_id, (gpointer) paths[i].id, GINT_TO_POINTER (i + 1));
    }

  _tf_flow_chart_drop_chart_node (self);
  _tf_flow_chart_resolve_selection (self);
  _tf_flow_chart_update_hover (self);
  _tf_flow_chart_update_accessible (self);
  _tf_flow_chart_update_busy (self);
  g_object_notify (G_OBJECT (self), "layout");
}

static void
fill_layout_options (TfFlowChart     *self,
                     TfLayoutOptions *options,
                     int              width,
                     int              height)
{
  tf_layout_options_init (options, width, height);
  _tf_flow_chart_effective_view (self, &options->view_from, &options->view_to);
  options->move_from = self->move_from;
  options->move_to = self->move_to;
  options->sector_mask = self->sector_mask;
  options->aggregate = self->aggregate;
  options->organization_ids = (const char * const *) self->organization_ids;
  /* A short chart keeps its height for the lanes. */
  options->strip_height = height >= 5 * STRIP_HEIGHT ? STRIP_HEIGHT : 0;
  options->unnamed_label = _("Unnamed");
  /* Translators: a row of the chart for the organizations merged to
   * make room, with how many there are. */
  options->others_label = C_("chart row", "Others (%u)");
}

/* Layouts in the worker thread. */
typedef struct
{
  TfCareers *careers;
  TfLayoutOptions options;
  char **organization_ids;
  TfLayoutPangoMeasurer *fonts;
  guint serial;
} LayoutJob;

static void
layout_job_free (LayoutJob *job)
{
  g_clear_pointer (&job->careers, tf_careers_unref);
  g_clear_pointer (&job->organization_ids, g_strfreev);
  g_clear_pointer (&job->fonts, tf_layout_pango_measurer_free);
  g_free (job);
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LayoutJob *job = task_data;

  g_task_return_pointer (task,
                         tf_layout_new (job->careers, &job->options),
                         (GDestroyNotify) tf_layout_unref);
}

static void
layout_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(TfFlowChart) self = user_data;
  LayoutJob *job = g_task_get_task_data (G_TASK (result));
  TfLayout *layout;

  layout = g_task_propagate_pointer (G_TASK (result), NULL);
  self->layout_task_running = FALSE;

  /* The measurer goes back for the next job, unless the fonts changed. */
  if (!self->disposed && !self->worker_fonts_stale && self->worker_fonts == NULL)
    self->worker_fonts = g_steal_pointer (&job->fonts);
  self->worker_fonts_stale = FALSE;

  if (self->disposed)
    {
      g_clear_pointer (&layout, tf_layout_unref);
      return;
    }

  /* The careers changed meanwhile: lay out the new ones. */
  if (job->careers != self->careers)
    {
      g_clear_pointer (&layout, tf_layout_unref);
      _tf_flow_chart_update_busy (self);
      _tf_flow_chart_ensure_layout (self);
      return;
    }

  /* Even if something changed meanwhile, this layout is closer to it than
   * the one shown. */
  _tf_flow_chart_install_layout (self, layout, job->serial);
  _tf_flow_chart_ensure_layout (self);
}

static TfLayoutPangoMeasurer *
create_fonts (TfFlowChart *self,
              gboolean     for_worker)
{
  PangoContext *widget_context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *base = pango_context_get_font_description (widget_context);
  const char *family = base != NULL ? pango_font_description_get_family (base) : NULL;
  double size = base != NULL ? pango_font_description_get_size (base) / (double) PANGO_SCALE : 0;
  static const double scales[TF_LAYOUT_N_FONTS] = { 0.9, 0.85, 0.8 };
  double sizes[TF_LAYOUT_N_FONTS];
  gboolean absolute;
  PangoContext *context;
  PangoLanguage *language = pango_language_get_default ();
  TfLayoutPangoMeasurer *fonts;

  if (for_worker)
    {
      PangoFontMap *font_map = pango_cairo_font_map_new ();

      /* A font map of its own: the default one belongs to the main thread.
       * The same resolution and options give the same metrics. */
      context = pango_font_map_create_context (font_map);
      g_object_unref (font_map);
      pango_cairo_context_set_resolution (context,
                                          pango_cairo_context_get_resolution (widget_context));
      pango_cairo_context_set_font_options (context,
                                            pango_cairo_context_get_font_options (widget_context));
    }
  else
    context = gtk_widget_create_pango_context (GTK_WIDGET (self));

  /* Names are mostly Chinese: without a Chinese language fontconfig may
   * pick Japanese glyphs for them. */
  if (!g_str_has_prefix (pango_language_to_string (language), "zh"))
    language = pango_language_from_string ("zh-cn");
  pango_context_set_language (context, language);

  fonts = tf_layout_pango_measurer_new (context);
  g_object_unref (context);
  /* GTK gives the widget's font in px (its CSS computes them): read as
   * points, the chart's type would be a third larger than the interface's
   * rather than a little smaller. */
  absolute = base != NULL && pango_font_description_get_size_is_absolute (base);
  if (size <= 0)
    {
      size = 11;
      absolute = FALSE;
    }
  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    sizes[f] = size * scales[f];
  tf_layout_pango_measurer_set_fonts (fonts, family, sizes, absolute);

  return fonts;
}

TfLayoutPangoMeasurer *
_tf_flow_chart_get_fonts (TfFlowChart *self)
{
  if (self->fonts == NULL)
    self->fonts = create_fonts (self, FALSE);
  return self->fonts;
}

/* Makes the layout shown answer the latest change: now in this thread for
 * small data, in the worker for big data (one job at a time; the job's
 * completion calls this again). */
void
_tf_flow_chart_ensure_layout (TfFlowChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  TfLayoutOptions options;

  if (self->careers == NULL || width <= 0 || height <= 0 || self->disposed)
    return;
  if (self->layout != NULL && self->layout_done == self->layout_serial)
    return;

  if (tf_careers_get_n_paths (self->careers) > TF_FLOW_CHART_BIG)
    {
      g_autoptr(GTask) task = NULL;
      LayoutJob *job;

      if (self->layout_task_running)
        return;

      job = g_new0 (LayoutJob, 1);
      job->careers = tf_careers_ref (self->careers);
      job->serial = self->layout_serial;
      job->organization_ids = g_strdupv (self->organization_ids);
      job->fonts = g_steal_pointer (&self->worker_fonts);
      if (job->fonts == NULL)
        job->fonts = create_fonts (self, TRUE);
      fill_layout_options (self, &job->options, width, height);
      job->options.organization_ids = (const char * const *) job->organization_ids;
      job->options.measure = tf_layout_pango_measure;
      job->options.measure_data = job->fonts;

      /* No source object: a GTask may be dropped last in its worker thread,
       * and a widget must be finalized in the main one. */
      task = g_task_new (NULL, NULL, layout_cb, g_object_ref (self));
      g_task_set_source_tag (task, _tf_flow_chart_ensure_layout);
      g_task_set_task_data (task, job, (GDestroyNotify) layout_job_free);
      self->layout_task_running = TRUE;
      g_task_run_in_thread (task, layout_thread);
      _tf_flow_chart_update_busy (self);
      return;
    }

  fill_layout_options (self, &options, width, height);
  options.measure = tf_layout_pango_measure;
  options.measure_data = _tf_flow_chart_get_fonts (self);
  _tf_flow_chart_install_layout (self, tf_layout_new (self->careers, &options),
                                 self->layout_serial);
}

void
_tf_flow_chart_careers_thread (GTask        *task,
                               gpointer      source_object,
                               gpointer      task_data,
                               GCancellable *cancellable)
{
  TfDataset *dataset = task_data;

  g_task_return_pointer (task,
                         tf_careers_new (dataset),
                         (GDestroyNotify) tf_careers_unref);
}

void
_tf_flow_chart_careers_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(TfFlowChart) self = user_data;
  TfDataset *dataset = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  TfCareers *careers;

  careers = g_task_propagate_pointer (G_TASK (result), &error);

  /* Cancelled by a newer dataset or by dispose: not ours to show. */
  if (careers == NULL)
    return;

  g_clear_object (&self->careers_cancellable);
  _tf_flow_chart_install_careers (self, careers, dataset);
  _tf_flow_chart_update_busy (self);
}

/* While a big chart's layout for a new zoom is computed in the worker, the
 * old chart is stretched along the time axis to where the new one will
 * be, so that zooming and panning answer at once. */
gboolean
_tf_flow_chart_append_stale_chart (TfFlowChart *self,
                                   GtkSnapshot *snapshot)
{
  double requested_from;
  double requested_to;
  double from;
  double to;
  double plot_x;
  double plot_width;
  double width;
  double height;
  double scale;
  double offset;

  if (self->chart_node == NULL || self->layout_done == self->layout_serial)
    return FALSE;

  _tf_flow_chart_effective_view (self, &requested_from, &requested_to);
  tf_layout_get_view (self->layout, &from, &to);
  if (requested_to <= requested_from || to <= from
      || (fabs (requested_from - from) < 1e-9 && fabs (requested_to - to) < 1e-9))
    return FALSE;

  tf_layout_get_size (self->layout, &width, &height);
  tf_layout_get_plot (self->layout, &plot_x, NULL, &plot_width, NULL);
  scale = (to - from) / (requested_to - requested_from);
  offset = plot_x + (from - requested_from) / (requested_to - requested_from) * plot_width
           - plot_x * scale;

  /* The plot stretched; the labels and margins beside it as they were. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (plot_x, 0, plot_width, height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (offset, 0));
  gtk_snapshot_scale (snapshot, scale, 1);
  gtk_snapshot_append_node (snapshot, self->chart_node);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, plot_x, height));
  gtk_snapshot_append_node (snapshot, self->chart_node);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_push_clip (
      snapshot,
      &GRAPHENE_RECT_INIT (plot_x + plot_width, 0, MAX (0, width - plot_x - plot_width), height));
  gtk_snapshot_append_node (snapshot, self->chart_node);
  gtk_snapshot_pop (snapshot);

  return TRUE;
}

/* ---- the view held while a panel opens beside the chart (see
 * tf_flow_chart_size_allocate ()) ---- */

void
_tf_flow_chart_cancel_release (TfFlowChart *self)
{
  if (self->release_clock == NULL)
    return;
  if (g_signal_handler_is_connected (self->release_clock, self->release_handler))
    g_signal_handler_disconnect (self->release_clock, self->release_handler);
  self->release_handler = 0;
  g_clear_object (&self->release_clock);
}

void
tf_flow_chart_hold_view (TfFlowChart *self)
{
  g_return_if_fail (TF_IS_FLOW_CHART (self));

  /* A release still to come is called off: the hold goes on. */
  if (self->release_clock != NULL)
    {
      _tf_flow_chart_cancel_release (self);
      return;
    }
  if (!self->view_held)
    self->held_x = self->has_pointer ? self->pointer_x : 0;
  self->view_held = TRUE;
}

static void
release_after_paint_cb (TfFlowChart   *self,
                        GdkFrameClock *frame_clock)
{
  _tf_flow_chart_cancel_release (self);
  self->view_held = FALSE;
}

void
tf_flow_chart_release_view (TfFlowChart *self)
{
  GdkFrameClock *frame_clock;

  g_return_if_fail (TF_IS_FLOW_CHART (self));

  if (!self->view_held || self->release_clock != NULL)
    return;

  /* The last size change may still be on its way: let it be drawn. */
  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (frame_clock == NULL)
    {
      self->view_held = FALSE;
      return;
    }
  self->release_clock = g_object_ref (frame_clock);
  /* Disconnected by the release or by dispose. */
  self->release_handler = g_signal_connect_swapped (frame_clock, "after-paint",
                                                    G_CALLBACK (release_after_paint_cb), self);
  gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}
