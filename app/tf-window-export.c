/* tf-window-export.c: exporting and printing the chart of a TfWindow.
 *
 * Ctrl+E opens the export dialog on what the chart shows; the file is
 * written in a worker thread while the application is held, so quitting
 * waits for it, and the window says how it went. Ctrl+P prints the same
 * page through GTK's print dialog, whose settings are kept for the
 * session. The moves go out as a table (CSV) and the organizations and
 * moves as a graph (GEXF) the same way, whatever the chart shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-csv-export.h"
#include "tf-export-dialog.h"
#include "tf-gexf-export.h"
#include "tf-print-operation.h"
#include "tf-window-private.h"

#define ERROR_SHOWN_KEY "tf-error-shown"

/* What the last print dialog was left at, for the next print. */
static GtkPrintSettings *session_print_settings;
static GtkPageSetup *session_page_setup;

static void
show_toast (TfWindow   *self,
            const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/* The chart as a page, titled like the window. */
static TfExportJob *
new_job (TfWindow *self)
{
  TfExportJob *job = tf_export_job_new_for_chart (self->chart);

  if (job != NULL)
    tf_export_job_set_text (job, gtk_window_get_title (GTK_WINDOW (self)), NULL);
  return job;
}

/* The dataset file's name without its extension, else the dataset's
 * title, as a name that makes a valid file name. */
static char *
suggest_export_name (TfWindow *self)
{
  g_autofree char *name = NULL;
  const char *title = tf_dataset_get_title (self->dataset);
  char *dot;

  if (self->file != NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (self->file);

      name = g_path_get_basename (parse_name);
      dot = strrchr (name, '.');
      if (dot != NULL && dot != name)
        *dot = '\0';
    }
  else if (title != NULL && title[0] != '\0')
    name = g_strdup (title);
  else
    name = g_strdup (self->is_sample ? "talentflow-sample" : "talentflow-chart");

  /* A title may hold a slash. */
  g_strdelimit (name, G_DIR_SEPARATOR_S "\\:", '-');
  return g_steal_pointer (&name);
}

typedef struct
{
  TfWindow *window;
  GFile *file;
  GApplication *application;  /* held until the file is written, or NULL */
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  /* Let the application quit now that nothing is being written. */
  if (data->application != NULL)
    g_application_release (data->application);
  g_clear_object (&data->application);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static void show_export_outcome (ExportData   *data,
                                 gboolean      written,
                                 const GError *error);

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GError) error = NULL;
  gboolean written = tf_export_job_write_finish (result, &error);

  show_export_outcome (data, written, error);
}

/* A toast with a button that opens the file, or the error. */
static void
show_export_outcome (ExportData   *data,
                     gboolean      written,
                     const GError *error)
{
  g_autofree char *parse_name = g_file_get_parse_name (data->file);
  g_autofree char *basename = g_path_get_basename (parse_name);
  TfWindow *self = data->window;

  /* The window was closed while the file was written (the application
   * waited for it): there is nowhere to show the outcome but the log. */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->toast_overlay == NULL)
    {
      if (!written)
        g_warning ("Could not export “%s”: %s", parse_name, error->message);
      return;
    }

  if (!written)
    {
      g_autofree char *heading = NULL;

      /* Translators: %s is a file name. */
      heading = g_strdup_printf (_("Could Not Export “%s”"), basename);
      _tf_window_show_error (self, heading, error->message);
    }
  else
    {
      g_autofree char *uri = g_file_get_uri (data->file);
      g_autofree char *escaped = g_markup_escape_text (basename, -1);
      g_autofree char *title = NULL;
      AdwToast *toast;

      /* Translators: %s is a file name. */
      title = g_strdup_printf (_("Exported “%s”"), escaped);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-export");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static ExportData *
export_data_new (TfWindow *self,
                 GFile    *file)
{
  ExportData *data = g_new0 (ExportData, 1);

  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  data->application = (GApplication *) gtk_window_get_application (GTK_WINDOW (self));
  if (data->application != NULL)
    {
      g_object_ref (data->application);
      g_application_hold (data->application);
    }
  return data;
}

static void
dialog_export_cb (TfExportDialog *dialog,
                  TfExportJob    *job,
                  GFile          *file,
                  guint           format,
                  TfWindow       *self)
{
  ExportData *data;

  g_assert (TF_IS_WINDOW (self));

  data = export_data_new (self, file);
  tf_export_job_write_async (job, format, file, NULL, export_done_cb, data);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  g_autoptr(TfExportJob) job = NULL;
  g_autofree char *name = NULL;
  TfExportDialog *dialog;

  if (self->dataset == NULL || (job = new_job (self)) == NULL)
    return;

  name = suggest_export_name (self);
  dialog = tf_export_dialog_new (GTK_WINDOW (self), job, self->settings, name);
  g_signal_connect_object (dialog, "export", G_CALLBACK (dialog_export_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The moves as a table, or the graph */

typedef enum
{
  DATA_FORMAT_CSV,
  DATA_FORMAT_GEXF,
} DataFormat;

typedef struct
{
  TfDataset *dataset;
  DataFormat format;
  char *path;
} DataExport;

static void
data_export_free (DataExport *export)
{
  g_object_unref (export->dataset);
  g_free (export->path);
  g_free (export);
}

static void
data_export_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  DataExport *export = task_data;
  g_autoptr(GError) error = NULL;
  gboolean written;

  if (export->format == DATA_FORMAT_CSV)
    written = tf_csv_export_write (export->dataset, export->path, cancellable, &error);
  else
    written = tf_gexf_export_write (export->dataset, export->path, cancellable, &error);
  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
data_export_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GError) error = NULL;
  gboolean written = g_task_propagate_boolean (G_TASK (result), &error);

  show_export_outcome (data, written, error);
}

/* In a worker thread, the application held until it is done, as the
 * chart's export does. */
void
tf_window_export_data (TfWindow   *self,
                       GFile      *file,
                       const char *format)
{
  g_autoptr(GTask) task = NULL;
  DataExport *export;

  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->dataset != NULL);

  export = g_new0 (DataExport, 1);
  export->dataset = g_object_ref (self->dataset);
  export->format = g_strcmp0 (format, "gexf") == 0 ? DATA_FORMAT_GEXF : DATA_FORMAT_CSV;
  export->path = g_file_get_path (file);
  if (export->path == NULL)
    export->path = g_file_get_parse_name (file);

  /* The task holds neither the window nor the hold, which the worker
   * thread could let go of last: data_export_done_cb frees them. */
  task = g_task_new (NULL, NULL, data_export_done_cb, export_data_new (self, file));
  g_task_set_source_tag (task, tf_window_export_data);
  g_task_set_task_data (task, export, (GDestroyNotify) data_export_free);
  g_task_run_in_thread (task, data_export_thread);
}

static void
export_data_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         TfWindow        *self)
{
  g_assert (TF_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && self->dataset != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        tf_window_export_data (self, file,
                               g_object_get_data (G_OBJECT (chooser), "tf-format"));
    }
  if (self->file_chooser == chooser)
    g_clear_object (&self->file_chooser);
}

static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  gboolean gexf = g_strcmp0 (format, "gexf") == 0;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->dataset == NULL)
    return;

  chooser = gtk_file_chooser_native_new (gexf ? _("Export Graph") : _("Export Moves"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, gexf ? _("Graphs (GEXF)") : _("Tables (CSV)"));
  gtk_file_filter_add_suffix (filter, gexf ? "gexf" : "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  _tf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  base = suggest_export_name (self);
  name = g_strconcat (base, gexf ? ".gexf" : ".csv", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "tf-format", (gpointer) (gexf ? "gexf" : "csv"));

  g_signal_connect (chooser, "response", G_CALLBACK (export_data_response_cb), self);
  _tf_window_replace_file_chooser (self, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_export_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(TfWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *text = NULL;

      /* Translators: %s says why, from the system. */
      text = g_strdup_printf (_("Could not open the file: %s"), error->message);
      show_toast (self, text);
    }
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GdkAppLaunchContext) context = NULL;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL),
                                           G_APP_LAUNCH_CONTEXT (context), NULL,
                                           open_export_done_cb, g_object_ref (widget));
}

/* Printing */

static void
show_print_error (TfWindow          *self,
                  GtkPrintOperation *operation,
                  const GError      *error)
{
  g_autofree char *text = NULL;

  /* Both gtk_print_operation_run() and "done" may report one failure. */
  if (g_object_get_data (G_OBJECT (operation), ERROR_SHOWN_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (operation), ERROR_SHOWN_KEY, GINT_TO_POINTER (TRUE));

  /* Translators: %s says why. */
  text = g_strdup_printf (_("Could not print: %s"), error->message);
  show_toast (self, text);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               TfWindow                *self)
{
  const GError *draw_error = tf_print_operation_get_draw_error (TF_PRINT_OPERATION (operation));
  g_autoptr(GError) error = NULL;

  g_assert (TF_IS_WINDOW (self));

  if (draw_error != NULL)
    show_print_error (self, operation, draw_error);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_print_error (self, operation, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&session_print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&session_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  g_autoptr(TfExportJob) job = NULL;
  g_autoptr(TfPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->dataset == NULL || (job = new_job (self)) == NULL)
    return;

  operation = tf_print_operation_new (job);
  if (session_print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation),
                                            session_print_settings);
  if (session_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation),
                                                session_page_setup);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  /* GTK keeps the operation alive until it is done. */
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_print_error (self, GTK_PRINT_OPERATION (operation), error);
}

/* Export and print need a chart to show. */
static void
update_export_actions (TfWindow *self)
{
  gboolean has_chart = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "chart") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_chart);
  /* A dataset of articles without moves has nothing to put in a table. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-data",
                                 self->dataset != NULL
                                 && tf_dataset_get_moves (self->dataset)->len > 0);
}

void
_tf_window_export_init (TfWindow *self)
{
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (update_export_actions), self, G_CONNECT_SWAPPED);
  update_export_actions (self);
}

void
_tf_window_class_export_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-data", "s", export_data_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
}
