/* tf-window-actions.c: opening and saving files from a TfWindow.
 *
 * Reading and writing happen in worker threads so that a large file never
 * freezes the window; every failure is shown in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-actions"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-exchange-open.h"
#include "tf-dataset-file.h"
#include "tf-sample.h"
#include "tf-window-private.h"
#include "tf-wording.h"

#define DATASET_SUFFIX ".talentflow"
#define DATASET_MIME_TYPE "application/x-talentflow"

typedef struct
{
  TfWindow *window;
  TfDataset *dataset;
  GFile *file;
  GApplication *application;  /* held until the save is done, or NULL */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->dataset);
  g_clear_object (&data->file);
  /* Let the application quit now that nothing is being written. */
  if (data->application != NULL)
    g_application_release (data->application);
  g_clear_object (&data->application);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static char *
dup_display_basename (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_path_get_basename (parse_name);
}

void
_tf_window_update_actions (TfWindow *self)
{
  g_assert (TF_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as",
                                 self->dataset != NULL && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-articles", !self->loading);
  _tf_window_update_edit_actions (self);
}

typedef struct
{
  GFile *file;
  TfCsvColumns *columns;  /* of a table, nullable */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->columns, tf_csv_columns_free);
  g_free (data);
}

/* What a load gives: the dataset, and for one without moves (an article
 * opened on its own) the moves its articles report, to review; for a
 * table, the rows it could not read, or, when its headers do not say
 * what its columns hold, what the user is to choose from instead. */
typedef struct
{
  TfDataset *dataset;
  GPtrArray *suggestions;  /* of TfSuggestion, nullable */
  GPtrArray *problems;     /* of TfCsvProblem, nullable */
  TfWindowCsvChoice *choice;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->dataset);
  g_clear_pointer (&result->suggestions, g_ptr_array_unref);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_pointer (&result->choice, _tf_window_csv_choice_free);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);

  if (data->file != NULL)
    {
      /* The rows of a table that can be read; the window asks whether to
       * keep them when others cannot. */
      result->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_csv_problem_free);
      result->dataset = tf_exchange_open_file (data->file, data->columns, TF_CSV_IMPORT_NONE,
                                               result->problems, cancellable, &error);
      if (result->dataset == NULL
          && (g_error_matches (error, TF_CSV_ERROR, TF_CSV_ERROR_COLUMNS)
              || g_error_matches (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING)))
        result->choice = _tf_window_csv_read_choice (data->file, data->columns, error->message,
                                                     cancellable);
      if (result->choice != NULL)
        {
          g_task_return_pointer (task, g_steal_pointer (&result),
                                 (GDestroyNotify) load_result_free);
          return;
        }
    }
  else
    result->dataset = tf_sample_load (&error);

  if (result->dataset == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Nobody else has the dataset yet; the extraction only reads it. */
  if (tf_dataset_get_moves (result->dataset)->len == 0
      && tf_dataset_get_sources (result->dataset)->len > 0
      && !g_cancellable_is_cancelled (cancellable))
    result->suggestions = _tf_window_extract_dataset (result->dataset);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) load_result_free);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(TfWindow) self = user_data;
  GTask *task = G_TASK (result);
  LoadData *data = g_task_get_task_data (task);
  GFile *file = data->file;
  g_autoptr(LoadResult) loaded = NULL;
  TfDataset *dataset;
  g_autoptr(GError) error = NULL;

  loaded = g_task_propagate_pointer (task, &error);
  dataset = loaded != NULL ? loaded->dataset : NULL;

  /* Cancelled by a newer load or by closing the window: the newer load, or
   * nobody, owns the window's state now. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_task_get_cancellable (task) == self->load_cancellable)
    g_clear_object (&self->load_cancellable);

  /* A table: the user says what its columns hold, or which rows to keep. */
  if (loaded != NULL && loaded->choice != NULL)
    {
      _tf_window_set_loading (self, FALSE);
      _tf_window_csv_ask_columns (self, file, loaded->choice);
      return;
    }
  if (dataset != NULL && loaded->problems != NULL && loaded->problems->len > 0)
    {
      _tf_window_set_loading (self, FALSE);
      _tf_window_csv_ask_partial (self, file, dataset, loaded->problems);
      return;
    }

  if (dataset == NULL)
    {
      _tf_window_set_loading (self, FALSE);
      if (file != NULL)
        {
          g_autofree char *message = tf_wording_file_error (file, error);

          _tf_window_show_error (self, _("Could Not Open File"), message);
        }
      else
        _tf_window_show_error (self, _("Could Not Load the Bundled Sample"), error->message);
      return;
    }

  _tf_window_show_loaded (self, dataset, file, loaded->suggestions);
}

void
_tf_window_show_loaded (TfWindow  *self,
                        TfDataset *dataset,
                        GFile     *file,
                        GPtrArray *suggestions)
{
  g_assert (TF_IS_WINDOW (self));
  g_assert (TF_IS_DATASET (dataset));

  /* The dataset first, so that the window goes from the spinner straight
   * to the chart, not through the empty page. */
  _tf_window_set_dataset_full (self, dataset, file, file == NULL);
  /* An article opened on its own goes straight to the review of its
   * moves, rather than to an empty chart. */
  if (suggestions != NULL && suggestions->len > 0)
    _tf_window_show_review (self, tf_dataset_get_sources (dataset), suggestions,
                            G_OBJECT (dataset));
  _tf_window_set_progress (self, NULL);
  _tf_window_set_loading (self, FALSE);
  if (file != NULL)
    _tf_window_remember_file (self, file);
}

void
_tf_window_load (TfWindow *self,
                 GFile    *file)
{
  _tf_window_load_table (self, file, NULL);
}

void
_tf_window_load_table (TfWindow           *self,
                       GFile              *file,
                       const TfCsvColumns *columns)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_assert (TF_IS_WINDOW (self));
  g_assert (file == NULL || G_IS_FILE (file));

  if (_tf_window_ask_to_save (self, TF_WINDOW_THEN_OPEN, file))
    return;

  /* The last file asked for wins. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->columns = columns != NULL ? tf_csv_columns_copy (columns) : NULL;

  /* No source object: a GTask may be dropped last in its worker thread,
   * and a widget must be finalized in the main one. */
  task = g_task_new (NULL, self->load_cancellable, load_cb, g_object_ref (self));
  g_task_set_source_tag (task, _tf_window_load);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);

  _tf_window_set_progress (self, NULL);
  _tf_window_set_loading (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (!tf_dataset_file_save (data->dataset, data->file, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  TfWindow *self = data->window;
  GTask *task = G_TASK (result);
  g_autofree char *name = dup_display_basename (data->file);
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (task, &error))
    {
      g_autofree char *message = tf_wording_file_error (data->file, error);

      /* The window was closed while saving: there is nowhere else to say
       * the save failed. */
      if (gtk_widget_in_destruction (GTK_WIDGET (self)))
        g_printerr ("%s: %s\n", _("Could Not Save File"), message);
      else
        _tf_window_show_error (self, _("Could Not Save File"), message);
      return;
    }

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  /* The window may show another dataset by now; the file then belongs to
   * the one that was saved, not to it. */
  if (self->dataset == data->dataset)
    {
      _tf_window_set_file (self, data->file);
      _tf_window_mark_saved (self, data->dataset);
    }
  _tf_window_remember_file (self, data->file);

  saved = g_strdup_printf (_("Saved “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (saved));
}

void
_tf_window_save (TfWindow *self,
                 GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_assert (TF_IS_WINDOW (self));
  g_assert (TF_IS_DATASET (self->dataset));

  data = g_new0 (SaveData, 1);
  data->window = g_object_ref (self);
  data->dataset = g_object_ref (self->dataset);
  data->file = g_object_ref (file);

  /* A save is never cancelled, and the application stays alive until it
   * is done, even if its window is closed or the user quits meanwhile:
   * otherwise the process could exit halfway and the new data be lost. */
  data->application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (data->application != NULL)
    g_application_hold (g_object_ref (data->application));

  /* The worker thread may let go of the task last. So the task holds
   * neither the window, which must not be disposed there (quitting closed
   * it), nor the hold, which only the main thread may release: save_cb
   * frees data. */
  task = g_task_new (NULL, NULL, save_cb, data);
  g_task_set_source_tag (task, _tf_window_save);
  g_task_set_task_data (task, data, NULL);
  g_task_run_in_thread (task, save_thread);
}

static GtkFileFilter *
new_filter (const char         *name,
            const char * const *suffixes,
            const char         *mime_type)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  /* Suffixes match regardless of case, unlike patterns. */
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);

  return filter;
}

/* Starts where the user last opened or saved a file. */
void
_tf_window_set_chooser_folder (TfWindow       *self,
                               GtkFileChooser *chooser)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) last_file = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->file != NULL)
    folder = g_file_get_parent (self->file);
  else if (self->settings != NULL)
    {
      uri = g_settings_get_string (self->settings, "last-file");
      if (uri[0] != '\0')
        {
          last_file = g_file_new_for_uri (uri);
          folder = g_file_get_parent (last_file);
        }
    }

  if (folder != NULL && g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

void
_tf_window_replace_file_chooser (TfWindow        *self,
                                 GtkNativeDialog *chooser)
{
  if (self->file_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }
  self->file_chooser = chooser;
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  TfWindow        *self)
{
  g_assert (TF_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _tf_window_load (self, file);
    }

  if (self->file_chooser == chooser)
    g_clear_object (&self->file_chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  static const char * const all_suffixes[] = {
    "talentflow", "csv", "tsv", "txt", "html", "htm", NULL
  };
  static const char * const dataset_suffixes[] = { "talentflow", NULL };
  static const char * const table_suffixes[] = { "csv", "tsv", NULL };
  static const char * const article_suffixes[] = { "txt", "html", "htm", NULL };
  TfWindow *self = TF_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) all = NULL;
  g_autoptr(GtkFileFilter) datasets = NULL;
  g_autoptr(GtkFileFilter) tables = NULL;
  g_autoptr(GtkFileFilter) articles = NULL;

  chooser = gtk_file_chooser_native_new (_("Open Dataset, Table or Article"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  all = new_filter (_("Datasets, Tables and Articles"), all_suffixes, DATASET_MIME_TYPE);
  datasets = new_filter (_("Talent Flow Datasets"), dataset_suffixes, DATASET_MIME_TYPE);
  tables = new_filter (_("Tables of Moves (CSV)"), table_suffixes, "text/csv");
  articles = new_filter (_("Articles (text or HTML)"), article_suffixes, NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), datasets);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), tables);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), all);

  _tf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));

  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  _tf_window_replace_file_chooser (self, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     TfWindow        *self)
{
  g_assert (TF_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && self->dataset != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _tf_window_save (self, file);
    }

  if (self->file_chooser == chooser)
    g_clear_object (&self->file_chooser);
}

/* A dataset read from an article is saved beside it under the same name
 * with the dataset suffix; a dataset keeps its own name. */
static char *
suggest_file_name (TfWindow *self)
{
  g_autofree char *name = NULL;
  char *dot;

  if (self->file == NULL)
    return g_strdup (self->is_sample ? "talentflow-sample" DATASET_SUFFIX
                                     : "dataset" DATASET_SUFFIX);

  name = dup_display_basename (self->file);
  if (g_str_has_suffix (name, DATASET_SUFFIX))
    return g_steal_pointer (&name);

  dot = strrchr (name, '.');
  if (dot != NULL && dot != name)
    *dot = '\0';
  return g_strconcat (name, DATASET_SUFFIX, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  static const char * const dataset_suffixes[] = { "talentflow", NULL };
  TfWindow *self = TF_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) datasets = NULL;
  g_autofree char *name = NULL;

  if (self->dataset == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save Dataset"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  datasets = new_filter (_("Talent Flow Datasets"), dataset_suffixes, DATASET_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), datasets);

  _tf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  name = suggest_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), self);
  _tf_window_replace_file_chooser (self, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Open Recent: the datasets and articles this app opened or saved, newest
 * first, as GtkRecentManager keeps them for every app. */
#define MAX_RECENT 10

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *time_a = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *time_b = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (time_b, time_a);
}

static void
fill_recent_menu (TfWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_application (info, g_get_application_name ())
          || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_tf_window_recent_init (TfWindow *self)
{
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (fill_recent_menu), self, G_CONNECT_SWAPPED);
  fill_recent_menu (self);
}

void
_tf_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0, };

  data.mime_type = _tf_window_is_dataset_file (file) ? (char *) DATASET_MIME_TYPE
                                                      : (char *) "text/plain";
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "talentflow %u";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  _tf_window_load (TF_WINDOW (widget), file);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  tf_flow_chart_fit (TF_WINDOW (widget)->chart);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  tf_flow_chart_zoom (TF_WINDOW (widget)->chart, 1.5);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  tf_flow_chart_zoom (TF_WINDOW (widget)->chart, 1 / 1.5);
}

void
_tf_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}
