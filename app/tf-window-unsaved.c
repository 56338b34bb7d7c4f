/* tf-window-unsaved.c: unsaved edits in a TfWindow are not lost.
 *
 * They are written to a draft in the user's data directory a moment after
 * each change (atomically, in a worker), and offered back when the app
 * starts after a crash or a kill; closing the window, opening another file
 * or starting a new dataset with unsaved edits asks first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-unsaved"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-dataset-file.h"
#include "tf-window-private.h"

/* How long after a change the draft is written: edits in a burst are
 * written once. */
#define DRAFT_DELAY_MS 700


static GFile *
draft_file (const char *suffix)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "talentflow",
                                            suffix, NULL);

  return g_file_new_for_path (path);
}

void
_tf_window_delete_draft (void)
{
  g_autoptr(GFile) draft = draft_file ("draft.talentflow");
  g_autoptr(GFile) origin = draft_file ("draft-origin");

  g_file_delete (draft, NULL, NULL);
  g_file_delete (origin, NULL, NULL);
}

typedef struct
{
  TfDataset *dataset;
  char *origin_uri;  /* nullable: the file the edits were made to */
} DraftData;

static void
draft_data_free (DraftData *data)
{
  g_clear_object (&data->dataset);
  g_free (data->origin_uri);
  g_free (data);
}

static void
write_draft_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  DraftData *data = task_data;
  g_autoptr(GFile) draft = draft_file ("draft.talentflow");
  g_autoptr(GFile) origin = draft_file ("draft-origin");
  g_autoptr(GFile) folder = g_file_get_parent (draft);
  g_autoptr(GError) error = NULL;
  const char *uri = data->origin_uri != NULL ? data->origin_uri : "";

  if (!g_file_make_directory_with_parents (folder, NULL, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_warning ("Cannot keep a draft of unsaved edits: %s", error->message);
      return;
    }
  g_clear_error (&error);
  /* Atomic, as every save: a kill while writing leaves the last draft. */
  if (!tf_dataset_file_save (data->dataset, draft, NULL, &error)
      || !g_file_replace_contents (origin, uri, strlen (uri), NULL, FALSE,
                                   G_FILE_CREATE_NONE, NULL, NULL, &error))
    g_warning ("Cannot keep a draft of unsaved edits: %s", error->message);
}

/* In a worker, or here and now when the window goes (the process may
 * end right after). */
static void
write_draft (TfWindow *self,
             gboolean  now)
{
  g_autoptr(GTask) task = NULL;
  DraftData *data;

  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->history == NULL || !tf_edit_history_is_modified (self->history))
    {
      _tf_window_delete_draft ();
      return;
    }

  data = g_new0 (DraftData, 1);
  data->dataset = tf_edit_history_dup_snapshot (self->history);
  data->origin_uri = self->file != NULL ? g_file_get_uri (self->file) : NULL;
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_source_tag (task, write_draft);
  g_task_set_task_data (task, data, (GDestroyNotify) draft_data_free);
  if (now)
    g_task_run_in_thread_sync (task, write_draft_thread);
  else
    g_task_run_in_thread (task, write_draft_thread);
}

static gboolean
write_draft_cb (gpointer user_data)
{
  TfWindow *self = TF_WINDOW (user_data);

  self->draft_timeout = 0;
  write_draft (self, FALSE);
  return G_SOURCE_REMOVE;
}

void
_tf_window_schedule_draft (TfWindow *self)
{
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  self->draft_timeout = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

void
_tf_window_write_draft_now (TfWindow *self)
{
  write_draft (self, TRUE);
}


/* What to do once the user answered, kept with the dialog. */
typedef struct
{
  TfWindowThen then;
  GFile *file;  /* nullable: the sample, for TF_WINDOW_THEN_OPEN */
} AskData;

static void
ask_data_free (AskData *data)
{
  g_clear_object (&data->file);
  g_free (data);
}

typedef struct
{
  TfWindow *window;
  AskData ask;
} GoOn;

/* What was asked for, once the dialog has gone: closing the window in the
 * dialog's own response would pull its transient parent from under it. */
static gboolean
go_on_cb (gpointer user_data)
{
  GoOn *go_on = user_data;
  TfWindow *self = go_on->window;

  self->discard_confirmed = TRUE;
  switch (go_on->ask.then)
    {
    case TF_WINDOW_THEN_NEW:
      {
        g_autoptr(TfDataset) dataset = tf_dataset_new ();

        _tf_window_set_dataset_full (self, dataset, NULL, FALSE);
        break;
      }
    case TF_WINDOW_THEN_OPEN:
      _tf_window_load (self, go_on->ask.file);
      break;
    case TF_WINDOW_THEN_CLOSE:
    default:
      gtk_window_close (GTK_WINDOW (self));
      break;
    }
  self->discard_confirmed = FALSE;

  g_clear_object (&go_on->ask.file);
  g_object_unref (go_on->window);
  g_free (go_on);
  return G_SOURCE_REMOVE;
}

static void
go_on (TfWindow      *self,
       const AskData *data)
{
  GoOn *go_on = g_new0 (GoOn, 1);

  go_on->window = g_object_ref (self);
  go_on->ask.then = data->then;
  go_on->ask.file = data->file != NULL ? g_object_ref (data->file) : NULL;
  g_idle_add (go_on_cb, go_on);
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 TfWindow         *self)
{
  const AskData *data = g_object_get_data (G_OBJECT (dialog), "ask-data");

  if (g_strcmp0 (response, "discard") == 0)
    {
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      _tf_window_delete_draft ();
      go_on (self, data);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      if (self->file != NULL && _tf_window_is_dataset_file (self->file))
        {
          /* The save holds the application until it is written. */
          _tf_window_save (self, self->file);
          go_on (self, data);
        }
      else
        gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
    }
}

gboolean
_tf_window_ask_to_save (TfWindow     *self,
                        TfWindowThen  then,
                        GFile        *file)
{
  g_autofree char *heading = NULL;
  AskData *data;
  GtkWidget *dialog;

  if (self->discard_confirmed || !_tf_window_is_modified (self))
    return FALSE;

  heading = g_strdup_printf (_("Save Changes to “%s”?"),
                             tf_dataset_get_title (self->dataset) != NULL
                             ? tf_dataset_get_title (self->dataset) : _("Untitled Dataset"));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Unsaved changes are lost if you do not save them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (AskData, 1);
  data->then = then;
  data->file = file != NULL ? g_object_ref (file) : NULL;
  g_object_set_data_full (G_OBJECT (dialog), "ask-data", data, (GDestroyNotify) ask_data_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
restore_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  g_autoptr(GFile) draft = draft_file ("offered.talentflow");
  g_autoptr(GFile) origin = draft_file ("offered-origin");
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = tf_dataset_file_load (draft, NULL, &error);
  if (dataset == NULL)
    {
      _tf_window_show_error (self, _("Could Not Restore Unsaved Changes"), error->message);
      return;
    }
  if (g_file_load_contents (origin, NULL, &uri, NULL, NULL, NULL) && uri[0] != '\0')
    file = g_file_new_for_uri (uri);

  _tf_window_set_dataset_full (self, dataset, file, FALSE);
  /* What the draft holds was never saved to the file. */
  tf_edit_history_mark_unsaved (self->history);
  _tf_window_schedule_draft (self);
  g_file_delete (draft, NULL, NULL);
  g_file_delete (origin, NULL, NULL);
}

void
_tf_window_offer_draft (TfWindow *self)
{
  g_autoptr(GFile) draft = draft_file ("draft.talentflow");
  g_autoptr(GFile) origin = draft_file ("draft-origin");
  g_autoptr(GFile) offered = draft_file ("offered.talentflow");
  g_autoptr(GFile) offered_origin = draft_file ("offered-origin");
  AdwToast *toast;

  /* Moved aside first, so that this session's own draft does not
   * overwrite it before the user answers. */
  if (!g_file_move (draft, offered, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL))
    return;
  g_file_move (origin, offered_origin, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);

  toast = adw_toast_new (_("Changes from the last session were not saved"));
  adw_toast_set_button_label (toast, _("_Restore"));
  adw_toast_set_action_name (toast, "win.restore-draft");
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_tf_window_class_unsaved_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.restore-draft", NULL,
                                   restore_draft_action);
}
