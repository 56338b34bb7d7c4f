/* tf-window-edit.c: editing the dataset from a TfWindow, with undo.
 *
 * The window's TfEditHistory owns the dataset being edited; the chart, the
 * panel and the search are handed a snapshot of it after each edit, undo
 * and redo, keeping what they show. People and organizations are edited
 * in a TfRecordEditDialog, moves in the review's move dialog; text
 * selected in the reader becomes a quote. tf-window-unsaved.c keeps
 * unsaved edits from being lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-edits.h"
#include "tf-evidence.h"
#include "tf-name-completion.h"
#include "tf-record-edit-dialog.h"
#include "tf-review-edit-dialog.h"
#include "tf-window-private.h"

/* Characters of context a quote taken from a selection keeps either side. */
#define QUOTE_CONTEXT 32

void
_tf_window_update_edit_actions (TfWindow *self)
{
  gboolean editable = self->history != NULL && !self->loading;
  static const char * const actions[] = {
    "win.save", "win.add-person", "win.add-organization", "win.add-move",
    "win.edit-selected", "win.delete-selected", "win.merge-selected", "win.edit-move",
    "win.remove-quotes",
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

  _tf_window_schedule_draft (self);
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
      _tf_window_delete_draft ();
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

/* Opens the move dialog on the move with id move_id, or on a new move by
 * the person with id person_id (nullable) quoting evidence (nullable,
 * taken). */
static void
edit_move (TfWindow   *self,
           const char *move_id,
           const char *person_id,
           TfEvidence *evidence)
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
      draft->evidence = g_steal_pointer (&evidence);
      if (person != NULL)
        {
          draft->person = g_strdup (person->name);
          draft->person_id = g_strdup (person->id);
        }
    }

  g_clear_pointer (&evidence, tf_evidence_free);
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
    edit_move (self, ((const TfMove *) record)->id, NULL, NULL);
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
    edit_move (self, move_id, NULL, NULL);
}

static void
remove_quotes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  g_autoptr(GVariant) indices = NULL;
  g_autoptr(GError) error = NULL;
  const char *move_id;
  const guint *values;
  gsize n_values;

  if (self->history == NULL)
    return;
  g_variant_get (parameter, "(&s@au)", &move_id, &indices);
  values = g_variant_get_fixed_array (indices, &n_values, sizeof (guint));
  _tf_window_apply_edit (self,
                         tf_edits_remove_evidence (tf_edit_history_get_dataset (self->history),
                                                   move_id, values, (guint) n_values, &error),
                         error);
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
                         ? tf_detail_panel_get_id (self->detail_panel) : NULL, NULL);
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

/* A question about the record of kind with id: Cancel, or the response
 * answer, which response_cb (AdwMessageDialog::response) acts on with the
 * dialog's "kind" and "id". */
static GtkWidget *
new_record_dialog (TfWindow               *self,
                   const char             *heading,
                   const char             *body,
                   TfRecordKind            kind,
                   const char             *id,
                   const char             *answer,
                   const char             *answer_label,
                   AdwResponseAppearance   appearance,
                   GCallback               response_cb)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    answer, answer_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), answer, appearance);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), answer);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kind", GUINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", response_cb, self, 0);
  return dialog;
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

  dialog = new_record_dialog (self, heading, body, kind, id, "delete", _("_Delete"),
                              ADW_RESPONSE_DESTRUCTIVE, G_CALLBACK (delete_response_cb));
  /* Keeping is the safe answer to Enter. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
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

  dialog = new_record_dialog (self, heading, body, kind,
                              tf_detail_panel_get_id (self->detail_panel), "merge", _("_Merge"),
                              ADW_RESPONSE_SUGGESTED, G_CALLBACK (merge_response_cb));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  kind == TF_RECORD_PERSON ? _("Name of the other person")
                                                           : _("Name of the other organization"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  tf_name_completion_attach (entry, tf_edit_history_get_dataset (self->history), kind);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The selection of the article shown as a quote: the text before it in
 * its paragraph picks the place, tf_evidence_fill_context the rest. */
static TfEvidence *
selected_quote (TfWindow *self)
{
  TfDataset *dataset = tf_edit_history_get_dataset (self->history);
  const TfSource *source;
  const TfParagraph *paragraph;
  guint index, start, end;
  const char *before;
  TfEvidence *evidence;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;

  source = tf_dataset_lookup_source (dataset, tf_article_view_get_source_id (self->article_view));
  if (source == NULL
      || !tf_article_view_get_selection (self->article_view, &index, &start, &end)
      || index >= source->paragraphs->len)
    return NULL;
  paragraph = g_ptr_array_index (source->paragraphs, index);
  exact = g_strndup (paragraph->text + start, end - start);
  before = paragraph->text + start;
  for (guint n = 0; n < QUOTE_CONTEXT && before > paragraph->text; n++)
    before = g_utf8_prev_char (before);
  prefix = g_strndup (before, (gsize) (paragraph->text + start - before));
  evidence = tf_evidence_new (source->id, exact, prefix, "");
  tf_evidence_fill_context (evidence, source, QUOTE_CONTEXT);
  return evidence;
}

static void
use_selection_cb (TfWindow      *self,
                  gboolean       attach,
                  TfArticleView *view)
{
  TfDetailKind kind = tf_detail_panel_get_kind (self->detail_panel);
  TfEvidence *evidence;

  if (self->history == NULL || (evidence = selected_quote (self)) == NULL)
    return;

  if (attach)
    {
      g_autoptr(GError) error = NULL;

      if (kind != TF_DETAIL_MOVE && kind != TF_DETAIL_GROUP_MOVE)
        {
          tf_evidence_free (evidence);
          adw_toast_overlay_add_toast (self->toast_overlay,
                                       adw_toast_new (_("Select a move to attach the quote to")));
          return;
        }
      _tf_window_apply_edit (self,
                             tf_edits_add_evidence (tf_edit_history_get_dataset (self->history),
                                                    tf_detail_panel_get_id (self->detail_panel),
                                                    evidence, &error),
                             error);
      return;
    }

  edit_move (self, NULL, kind == TF_DETAIL_PERSON ? tf_detail_panel_get_id (self->detail_panel)
                                                  : NULL,
             evidence);
}

void
_tf_window_edit_init (TfWindow *self)
{
  g_signal_connect_object (self->article_view, "use-selection",
                           G_CALLBACK (use_selection_cb), self, G_CONNECT_SWAPPED);
}

void
_tf_window_edit_dispose (TfWindow *self)
{
  /* A change still waiting for its draft is written now. */
  if (self->draft_timeout != 0)
    _tf_window_write_draft_now (self);
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
  gtk_widget_class_install_action (widget_class, "win.remove-quotes", "(sau)",
                                   remove_quotes_action);
  gtk_widget_class_install_action (widget_class, "win.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "win.add-organization", NULL,
                                   add_organization_action);
  gtk_widget_class_install_action (widget_class, "win.add-move", NULL, add_move_action);

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
