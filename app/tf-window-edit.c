/* tf-window-edit.c: editing the dataset from a TfWindow, with undo.
 *
 * The window's TfEditHistory owns the dataset being edited; the chart, the
 * panel and the search are handed a snapshot of it after each edit, undo
 * and redo, keeping what they show. Unsaved edits are written to a draft
 * in the user's data directory a moment after each change, and offered
 * back when the app starts after a crash or a kill; closing the window or
 * opening another file with unsaved edits asks first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-edit"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-dataset-file.h"
#include "tf-edits.h"
#include "tf-name-completion.h"
#include "tf-record-edit-dialog.h"
#include "tf-review-edit-dialog.h"
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

static void
delete_draft (void)
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
      delete_draft ();
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

static void
schedule_draft (TfWindow *self)
{
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  self->draft_timeout = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

void
_tf_window_update_edit_actions (TfWindow *self)
{
  gboolean editable = self->history != NULL && !self->loading;
  static const char * const actions[] = {
    "win.save", "win.add-person", "win.add-organization", "win.add-move",
    "win.edit-selected", "win.delete-selected", "win.merge-selected", "win.edit-move",
  };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 editable && tf_edit_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 editable && tf_edit_history_can_redo (self->history));
  /* The panel's buttons act on what it shows, and show only with it. */
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], editable);
}

/* The views take the dataset as it is now, and keep showing what they
 * showed when it is still there. */
static void
history_changed_cb (TfWindow      *self,
                    TfEditHistory *history)
{
  g_autoptr(TfDataset) snapshot = tf_edit_history_dup_snapshot (history);
  TfDetailKind kind = tf_detail_panel_get_kind (self->detail_panel);
  g_autofree char *id = g_strdup (tf_detail_panel_get_id (self->detail_panel));

  _tf_window_show_snapshot (self, snapshot);

  switch (kind)
    {
    case TF_DETAIL_PERSON:
      tf_detail_panel_show_person (self->detail_panel, id);
      break;
    case TF_DETAIL_ORGANIZATION:
      tf_detail_panel_show_organization (self->detail_panel, id);
      break;
    case TF_DETAIL_MOVE:
      tf_detail_panel_show_move (self->detail_panel, id);
      break;
    case TF_DETAIL_GROUP_MOVE:
      tf_detail_panel_show_group_move (self->detail_panel, id);
      break;
    case TF_DETAIL_NONE:
    default:
      break;
    }

  schedule_draft (self);
  _tf_window_update_edit_actions (self);
}

static void
history_modified_cb (TfWindow *self)
{
  _tf_window_update_title (self);
}

void
_tf_window_start_history (TfWindow  *self,
                          TfDataset *dataset)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_handle_id (&self->draft_timeout, g_source_remove);

  if (dataset != NULL)
    {
      self->history = tf_edit_history_new (dataset);
      g_signal_connect_object (self->history, "changed",
                               G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::modified",
                               G_CALLBACK (history_modified_cb), self, G_CONNECT_SWAPPED);
    }
  _tf_window_update_edit_actions (self);
}

gboolean
_tf_window_is_modified (TfWindow *self)
{
  return self->history != NULL && tf_edit_history_is_modified (self->history);
}

void
_tf_window_apply_edit (TfWindow *self,
                       TfEdit   *edit,
                       GError   *error)
{
  g_assert (TF_IS_WINDOW (self));

  if (edit == NULL)
    {
      _tf_window_show_error (self, _("Could Not Change the Dataset"),
                             error != NULL ? error->message : "");
      return;
    }
  tf_edit_history_push (self->history, edit);
}

void
_tf_window_mark_saved (TfWindow  *self,
                       TfDataset *saved)
{
  g_autoptr(TfDataset) snapshot = NULL;

  if (self->history == NULL)
    return;
  /* Only when nothing changed while the file was written. */
  snapshot = tf_edit_history_dup_snapshot (self->history);
  if (snapshot == saved)
    {
      tf_edit_history_mark_saved (self->history);
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      delete_draft ();
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  const char *label;

  if (self->history == NULL || (label = tf_edit_history_get_undo_label (self->history)) == NULL)
    return;
  {
    g_autofree char *title = g_strdup_printf (_("Undone: %s"), label);

    tf_edit_history_undo (self->history);
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
  }
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  if (self->history != NULL)
    tf_edit_history_redo (self->history);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  /* An article or the bundled sample is not overwritten with a dataset. */
  if (self->file != NULL && _tf_window_is_dataset_file (self->file))
    _tf_window_save (self, self->file);
  else
    gtk_widget_activate_action (widget, "win.save-as", NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  g_autoptr(TfDataset) dataset = tf_dataset_new ();

  if (_tf_window_ask_to_save (self, TF_WINDOW_THEN_NEW, NULL))
    return;
  _tf_window_set_dataset_full (self, dataset, NULL, FALSE);
}

/* Editing records. */

static void
record_saved_cb (TfWindow           *self,
                 gpointer            record,
                 TfRecordEditDialog *dialog)
{
  TfDataset *dataset = tf_edit_history_get_dataset (self->history);
  TfRecordKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GError) error = NULL;
  TfEdit *edit;

  if (kind == TF_RECORD_PERSON && ((TfPerson *) record)->id == NULL)
    edit = tf_edits_add_person (dataset, record, &error);
  else if (kind == TF_RECORD_PERSON)
    edit = tf_edits_change_person (dataset, record, &error);
  else if (((TfOrganization *) record)->id == NULL)
    edit = tf_edits_add_organization (dataset, record, &error);
  else
    edit = tf_edits_change_organization (dataset, record, &error);
  _tf_window_apply_edit (self, edit, error);
}

static void
edit_record (TfWindow      *self,
             TfRecordKind   kind,
             gconstpointer  record)
{
  GtkWidget *dialog = tf_record_edit_dialog_new (GTK_WINDOW (self),
                                                 tf_edit_history_get_dataset (self->history),
                                                 kind, record);

  g_object_set_data (G_OBJECT (dialog), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (record_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
move_saved_cb (TfWindow           *self,
               TfSuggestion       *draft,
               TfReviewEditDialog *dialog)
{
  const char *move_id = g_object_get_data (G_OBJECT (dialog), "move-id");
  g_autoptr(GError) error = NULL;
  TfEdit *edit;

  edit = tf_edits_save_move (tf_edit_history_get_dataset (self->history), move_id, draft,
                             &error);
  _tf_window_apply_edit (self, edit, error);
}

static void
edit_move (TfWindow   *self,
           const char *move_id,
           const char *person_id)
{
  TfDataset *dataset = tf_edit_history_get_dataset (self->history);
  const TfMove *move = tf_dataset_lookup_move (dataset, move_id);
  TfSuggestion *draft;
  GtkWidget *dialog;

  if (move != NULL)
    draft = tf_edits_describe_move (dataset, move);
  else
    {
      const TfPerson *person = tf_dataset_lookup_person (dataset, person_id);

      draft = tf_suggestion_new ();
      draft->confidence = 1;
      if (person != NULL)
        {
          draft->person = g_strdup (person->name);
          draft->person_id = g_strdup (person->id);
        }
    }

  dialog = tf_review_edit_dialog_new (GTK_WINDOW (self), dataset, draft);
  gtk_window_set_title (GTK_WINDOW (dialog), move != NULL ? _("Edit Move") : _("Add Move"));
  /* The dialog edits the draft in place: it lives as long as the dialog. */
  g_object_set_data_full (G_OBJECT (dialog), "draft", draft,
                          (GDestroyNotify) tf_suggestion_free);
  g_object_set_data_full (G_OBJECT (dialog), "move-id",
                          move != NULL ? g_strdup (move->id) : NULL, g_free);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (move_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static TfRecordKind
selected_kind (TfWindow *self)
{
  switch (tf_detail_panel_get_kind (self->detail_panel))
    {
    case TF_DETAIL_PERSON:
      return TF_RECORD_PERSON;
    case TF_DETAIL_ORGANIZATION:
      return TF_RECORD_ORGANIZATION;
    case TF_DETAIL_MOVE:
    case TF_DETAIL_GROUP_MOVE:
      return TF_RECORD_MOVE;
    case TF_DETAIL_NONE:
    default:
      return TF_N_RECORD_KINDS;
    }
}

static gconstpointer
selected_record (TfWindow *self)
{
  TfRecordKind kind = selected_kind (self);
  TfDataset *dataset;
  int index;

  if (self->history == NULL || kind == TF_N_RECORD_KINDS)
    return NULL;
  dataset = tf_edit_history_get_dataset (self->history);
  index = tf_dataset_find_record (dataset, kind, tf_detail_panel_get_id (self->detail_panel));
  return index >= 0 ? g_ptr_array_index (tf_dataset_get_records (dataset, kind), index) : NULL;
}

static void
edit_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  gconstpointer record = selected_record (self);

  if (record == NULL)
    return;
  if (selected_kind (self) == TF_RECORD_MOVE)
    edit_move (self, ((const TfMove *) record)->id, NULL);
  else
    edit_record (self, selected_kind (self), record);
}

static void
edit_move_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  const char *move_id = g_variant_get_string (parameter, NULL);

  if (self->history != NULL
      && tf_dataset_lookup_move (tf_edit_history_get_dataset (self->history), move_id) != NULL)
    edit_move (self, move_id, NULL);
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  edit_record (TF_WINDOW (widget), TF_RECORD_PERSON, NULL);
}

static void
add_organization_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  edit_record (TF_WINDOW (widget), TF_RECORD_ORGANIZATION, NULL);
}

static void
add_move_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  /* For the person shown, when one is. */
  edit_move (self, NULL, selected_kind (self) == TF_RECORD_PERSON
                         ? tf_detail_panel_get_id (self->detail_panel) : NULL);
}

static const char *
record_name (TfRecordKind  kind,
             gconstpointer record)
{
  if (kind == TF_RECORD_PERSON)
    return ((const TfPerson *) record)->name;
  if (kind == TF_RECORD_ORGANIZATION)
    return ((const TfOrganization *) record)->name;
  return ((const TfMove *) record)->id;
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TfWindow         *self)
{
  TfRecordKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "kind"));
  const char *id = g_object_get_data (G_OBJECT (dialog), "id");
  g_autoptr(GError) error = NULL;
  TfEdit *edit;

  if (g_strcmp0 (response, "delete") != 0 || self->history == NULL)
    return;
  edit = tf_edits_delete (tf_edit_history_get_dataset (self->history), kind, id, &error);
  _tf_window_apply_edit (self, edit, error);
}

/* What goes with the record, in words. */
static char *
describe_dependents (TfWindow      *self,
                     TfRecordKind   kind,
                     const char    *id)
{
  guint n_moves = 0;
  guint n_children = 0;
  g_autofree char *moves = NULL;

  if (kind == TF_RECORD_MOVE)
    return g_strdup (_("Its quotes are deleted with it. Undo brings it back."));

  tf_edits_count_dependents (tf_edit_history_get_dataset (self->history), kind, id,
                             &n_moves, &n_children);
  if (kind == TF_RECORD_PERSON)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Their %u move is deleted too. Undo brings it back.",
                                         "Their %u moves are deleted too. Undo brings them back.",
                                         n_moves),
                            n_moves);

  moves = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u move keeps the place by its name only.",
                                        "%u moves keep the place by its name only.", n_moves),
                           n_moves);
  if (n_children == 0)
    return g_steal_pointer (&moves);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s %u organization that is part of it moves up.",
                                       "%s %u organizations that are part of it move up.",
                                       n_children),
                          moves, n_children);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  TfRecordKind kind = selected_kind (self);
  gconstpointer record = selected_record (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *id;
  GtkWidget *dialog;

  if (record == NULL)
    return;
  id = tf_detail_panel_get_id (self->detail_panel);
  heading = kind == TF_RECORD_MOVE ? g_strdup (_("Delete This Move?"))
                                   : g_strdup_printf (_("Delete “%s”?"),
                                                      record_name (kind, record));
  body = describe_dependents (self, kind, id);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kind", GUINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   TfWindow         *self)
{
  TfRecordKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "kind"));
  const char *keep_id = g_object_get_data (G_OBJECT (dialog), "id");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  TfDataset *dataset;
  gconstpointer other;
  g_autoptr(GError) error = NULL;
  TfEdit *edit;

  if (g_strcmp0 (response, "merge") != 0 || self->history == NULL)
    return;
  dataset = tf_edit_history_get_dataset (self->history);
  other = tf_edits_find_named (dataset, kind, gtk_editable_get_text (entry));
  if (other == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The dataset has nobody and nothing "
                                                    "called “%s”."),
                                                  gtk_editable_get_text (entry));

      _tf_window_show_error (self, _("Could Not Merge"), message);
      return;
    }
  edit = tf_edits_merge (dataset, kind, keep_id,
                         kind == TF_RECORD_PERSON ? ((const TfPerson *) other)->id
                                                  : ((const TfOrganization *) other)->id,
                         &error);
  _tf_window_apply_edit (self, edit, error);
}

static void
merge_selected_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  TfRecordKind kind = selected_kind (self);
  gconstpointer record = selected_record (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (record == NULL || kind == TF_RECORD_MOVE)
    return;
  heading = g_strdup_printf (_("Merge Another Into “%s”"), record_name (kind, record));
  body = g_strdup_printf (kind == TF_RECORD_PERSON
                          ? _("The other person’s names become other names of “%s”, and "
                              "their moves and quotes become theirs. Undo splits them again.")
                          : _("The other organization’s names become other names of “%s”, "
                              "and its moves and parts become its own. Undo splits them "
                              "again."),
                          record_name (kind, record));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  kind == TF_RECORD_PERSON ? _("Name of the other person")
                                                           : _("Name of the other organization"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  tf_name_completion_attach (entry, tf_edit_history_get_dataset (self->history), kind);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "merge", _("_Merge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kind", GUINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (dialog), "id",
                          g_strdup (tf_detail_panel_get_id (self->detail_panel)), g_free);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Unsaved edits: asking before they go, and the draft. */

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
      delete_draft ();
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
  schedule_draft (self);
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
_tf_window_edit_dispose (TfWindow *self)
{
  /* A change still waiting for its draft is written now. */
  if (self->draft_timeout != 0)
    write_draft (self, TRUE);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
}

void
_tf_window_class_edit_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.edit-selected", NULL, edit_selected_action);
  gtk_widget_class_install_action (widget_class, "win.delete-selected", NULL,
                                   delete_selected_action);
  gtk_widget_class_install_action (widget_class, "win.merge-selected", NULL,
                                   merge_selected_action);
  gtk_widget_class_install_action (widget_class, "win.edit-move", "s", edit_move_action);
  gtk_widget_class_install_action (widget_class, "win.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "win.add-organization", NULL,
                                   add_organization_action);
  gtk_widget_class_install_action (widget_class, "win.add-move", NULL, add_move_action);
  gtk_widget_class_install_action (widget_class, "win.restore-draft", NULL,
                                   restore_draft_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.edit-selected", NULL);
}
