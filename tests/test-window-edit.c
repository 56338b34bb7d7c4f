/* test-window-edit.c: editing in the window: undo and redo through the
 * window's actions, the unsaved mark, asking before unsaved edits go, the
 * record dialog, and the draft that survives a kill.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window-edit"

#include "config.h"

#include <signal.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tf-dataset-file.h"
#include "tf-article-view.h"
#include "tf-detail-panel.h"
#include "tf-edits.h"
#include "tf-evidence.h"
#include "tf-record-edit-dialog.h"
#include "tf-test-ui.h"
#include "tf-window.h"

static TfWindow *
new_window_with_sample (TfDataset **sample)
{
  TfWindow *window = tf_window_new (NULL);

  *sample = tf_test_load_sample ();
  tf_window_set_dataset (window, *sample, NULL);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_chart_has_layout, tf_test_get_child (window, "chart"));
  return window;
}

static gboolean
title_is_marked (TfWindow *window)
{
  return g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• ");
}

static void
push (TfWindow *window,
      TfEdit   *edit,
      gpointer  unused)
{
  g_assert_nonnull (edit);
  tf_edit_history_push (tf_window_get_history (window), edit);
}

static TfEdit *
change_first_date (TfWindow *window,
                   int       year)
{
  TfDataset *dataset = tf_edit_history_get_dataset (tf_window_get_history (window));
  TfMove *move = tf_move_copy (g_ptr_array_index (tf_dataset_get_moves (dataset), 0));

  move->date.year = (gint16) year;
  move->date.precision = TF_DATE_YEAR;
  move->date.month = move->date.day = 0;
  return tf_edits_change_move (dataset, move, NULL);
}

static const TfMove *
first_move (TfWindow *window)
{
  return g_ptr_array_index (tf_dataset_get_moves (tf_window_get_dataset (window)), 0);
}

static void
test_undo_redo (void)
{
  g_autoptr(TfDataset) sample = NULL;
  TfWindow *window = new_window_with_sample (&sample);
  TfDetailPanel *panel = tf_test_get_child (window, "detail_panel");
  g_autofree char *move_id = g_strdup (first_move (window)->id);
  TfDataset *before = tf_window_get_dataset (window);

  g_assert_false (title_is_marked (window));
  /* Nothing to undo yet. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (tf_window_get_dataset (window) == before);

  /* The panel shows the move; it still does after the edit. */
  tf_detail_panel_show_move (panel, move_id);
  push (window, change_first_date (window, 1999), NULL);
  g_assert_true (tf_window_get_dataset (window) != before);
  g_assert_cmpint (first_move (window)->date.year, ==, 1999);
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_MOVE);
  g_assert_cmpstr (tf_detail_panel_get_id (panel), ==, move_id);
  g_assert_true (title_is_marked (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (tf_dataset_equal (tf_window_get_dataset (window), sample));
  g_assert_false (title_is_marked (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpint (first_move (window)->date.year, ==, 1999);
  g_assert_true (title_is_marked (window));

  /* Merging two people and undoing it. */
  {
    TfDataset *dataset = tf_edit_history_get_dataset (tf_window_get_history (window));
    const TfPerson *a = g_ptr_array_index (tf_dataset_get_people (dataset), 0);
    const TfPerson *b = g_ptr_array_index (tf_dataset_get_people (dataset), 1);
    g_autofree char *a_id = g_strdup (a->id);
    g_autofree char *b_id = g_strdup (b->id);
    guint n_people = tf_dataset_get_people (dataset)->len;

    push (window, tf_edits_merge (dataset, TF_RECORD_PERSON, a_id, b_id, NULL),
                           NULL);
    g_assert_cmpuint (tf_dataset_get_people (tf_window_get_dataset (window))->len, ==,
                      n_people - 1);
    g_assert_null (tf_dataset_lookup_person (tf_window_get_dataset (window), b_id));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_nonnull (tf_dataset_lookup_person (tf_window_get_dataset (window), b_id));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (tf_dataset_equal (tf_window_get_dataset (window), sample));

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static void
test_close_asks (void)
{
  g_autoptr(TfDataset) sample = NULL;
  TfWindow *window = new_window_with_sample (&sample);
  AdwMessageDialog *dialog;
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  push (window, change_first_date (window, 1998), NULL);

  /* Unsaved: closing asks, and Cancel keeps the window and the edit. */
  gtk_window_close (GTK_WINDOW (window));
  tf_test_spin_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_nonnull (weak);
  g_assert_cmpint (first_move (window)->date.year, ==, 1998);

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  tf_test_spin_until (message_dialog_shown, NULL);
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "discard");
  tf_test_spin_until (tf_test_pointer_is_null, &weak);
}

static void
person_saved_cb (TfRecordEditDialog  *dialog,
                 TfPerson            *person,
                 TfPerson           **saved)
{
  *saved = person;
}

static void
test_record_dialog (void)
{
  g_autoptr(TfDataset) sample = tf_test_load_sample ();
  const TfPerson *original = g_ptr_array_index (tf_dataset_get_people (sample), 0);
  const TfOrganization *organization = g_ptr_array_index (tf_dataset_get_organizations (sample),
                                                          0);
  g_autoptr(TfPerson) saved = NULL;
  GtkWidget *dialog;

  dialog = tf_record_edit_dialog_new (NULL, sample, TF_RECORD_PERSON, original);
  g_signal_connect (dialog, "saved", G_CALLBACK (person_saved_cb), &saved);
  gtk_editable_set_text (tf_record_edit_dialog_get_name_field (TF_RECORD_EDIT_DIALOG (dialog)),
                         "  新名字 ");
  gtk_editable_set_text (tf_record_edit_dialog_get_aliases_field (TF_RECORD_EDIT_DIALOG (dialog)),
                         "New Name; 新名字；Another, With Comma; New Name");
  g_assert_true (tf_record_edit_dialog_save (TF_RECORD_EDIT_DIALOG (dialog)));
  g_assert_nonnull (saved);
  g_assert_cmpstr (saved->id, ==, original->id);
  g_assert_cmpstr (saved->name, ==, "新名字");
  g_assert_cmpuint (saved->aliases->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (saved->aliases, 0), ==, "New Name");
  g_assert_cmpstr (g_ptr_array_index (saved->aliases, 1), ==, "Another, With Comma");

  /* An empty name is refused, and the dialog stays. */
  dialog = tf_record_edit_dialog_new (NULL, sample, TF_RECORD_ORGANIZATION, organization);
  gtk_editable_set_text (tf_record_edit_dialog_get_name_field (TF_RECORD_EDIT_DIALOG (dialog)),
                         " ");
  g_assert_false (tf_record_edit_dialog_save (TF_RECORD_EDIT_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static guint
first_long_paragraph (const TfSource *source)
{
  for (guint i = 0; i < source->paragraphs->len; i++)
    if (g_utf8_strlen (((TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text, -1)
        >= 40)
      return i;
  g_assert_not_reached ();
}

/* Text selected in the reader becomes a quote of the move shown. */
static void
test_attach_selection (void)
{
  g_autoptr(TfDataset) sample = NULL;
  TfWindow *window = new_window_with_sample (&sample);
  TfDetailPanel *panel = tf_test_get_child (window, "detail_panel");
  TfArticleView *view = tf_test_get_child (window, "article_view");
  TfDataset *dataset = tf_window_get_dataset (window);
  const TfMove *move = first_move (window);
  g_autofree char *move_id = g_strdup (move->id);
  guint n_quotes = move->evidence->len;
  const TfSource *source = g_ptr_array_index (tf_dataset_get_sources (dataset), 1);
  guint chosen = first_long_paragraph (source);
  const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, chosen);
  const char *start = g_utf8_offset_to_pointer (paragraph->text, 3);
  const char *end = g_utf8_offset_to_pointer (start, 12);
  GtkTextBuffer *buffer = tf_article_view_get_buffer (view);
  guint index, from, to;
  GtkTextIter a, b;
  const TfEvidence *quote;
  TfEvidenceMatch match;

  tf_detail_panel_show_move (panel, move_id);
  tf_article_view_show (view, source, (int) chosen, 0, 0);

  /* Nothing selected: the buttons do nothing. */
  g_assert_false (tf_article_view_get_selection (view, NULL, NULL, NULL));

  /* Select twelve characters of a paragraph, found by the text. */
  {
    g_autofree char *selected = g_strndup (start, (gsize) (end - start));

    gtk_text_buffer_get_start_iter (buffer, &a);
    g_assert_true (gtk_text_iter_forward_search (&a, selected, GTK_TEXT_SEARCH_TEXT_ONLY,
                                                 &a, &b, NULL));
    gtk_text_buffer_select_range (buffer, &a, &b);
  }
  g_assert_true (tf_article_view_get_selection (view, &index, &from, &to));
  g_assert_cmpuint (index, ==, chosen);
  g_assert_cmpuint (from, ==, (guint) (start - paragraph->text));
  g_assert_cmpuint (to, ==, (guint) (end - paragraph->text));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.attach-selection",
                                             NULL));
  move = tf_dataset_lookup_move (tf_window_get_dataset (window), move_id);
  g_assert_cmpuint (move->evidence->len, ==, n_quotes + 1);
  quote = g_ptr_array_index (move->evidence, n_quotes);
  g_assert_cmpstr (quote->source_id, ==, source->id);
  g_assert_cmpuint (tf_evidence_resolve (quote, source, &match), ==, 1);
  g_assert_cmpuint (match.paragraph, ==, chosen);
  g_assert_cmpuint (match.start, ==, from);
  g_assert_cmpuint (match.end, ==, to);

  /* The quote's remove button takes it out again, and undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-quotes", "(s@au)",
                                             move_id, g_variant_new_fixed_array (
                                               G_VARIANT_TYPE_UINT32, &n_quotes, 1,
                                               sizeof (guint))));
  move = tf_dataset_lookup_move (tf_window_get_dataset (window), move_id);
  g_assert_cmpuint (move->evidence->len, ==, n_quotes);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  move = tf_dataset_lookup_move (tf_window_get_dataset (window), move_id);
  g_assert_cmpuint (move->evidence->len, ==, n_quotes + 1);

  /* And undone like any edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  move = tf_dataset_lookup_move (tf_window_get_dataset (window), move_id);
  g_assert_cmpuint (move->evidence->len, ==, n_quotes);

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

static char *
draft_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "talentflow", "draft.talentflow", NULL);
}

static gboolean
draft_exists (gpointer data)
{
  g_autofree char *path = draft_path ();

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_draft_after_kill (void)
{
  g_autofree char *path = draft_path ();
  g_autoptr(TfDataset) sample = NULL;
  TfWindow *window;

  if (g_test_subprocess ())
    {
      window = new_window_with_sample (&sample);
      push (window, change_first_date (window, 1997), NULL);
      tf_test_spin_until (draft_exists, NULL);
      /* No chance to clean up, as after a crash or a kill. */
      raise (SIGKILL);
      return;
    }

  g_unlink (path);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The next session offers it, and restores the edit. */
  window = new_window_with_sample (&sample);
  g_assert_cmpint (first_move (window)->date.year, !=, 1997);
  tf_window_offer_draft (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-draft", NULL));
  g_assert_cmpint (first_move (window)->date.year, ==, 1997);
  g_assert_true (title_is_marked (window));

  /* Saving it ends the draft. */
  {
    g_autofree char *dir = g_dir_make_tmp ("test-window-edit-XXXXXX", NULL);
    g_autofree char *saved_path = g_build_filename (dir, "saved.talentflow", NULL);
    g_autoptr(GFile) saved = g_file_new_for_path (saved_path);

    tf_window_save_as (window, saved);
    while (title_is_marked (window))
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (draft_exists (NULL));
    /* Nor is one still due. */
    g_usleep (G_USEC_PER_SEC);
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_false (draft_exists (NULL));
    g_unlink (saved_path);
    g_rmdir (dir);
  }
  /* Nothing is asked on closing. */
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("test-window-edit-data-XXXXXX", NULL);
  int status;

  /* Drafts go to a data directory of the test's own. */
  if (g_getenv ("TF_TEST_DATA_HOME") == NULL)
    g_setenv ("TF_TEST_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_DATA_HOME", g_getenv ("TF_TEST_DATA_HOME"), TRUE);

  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/window-edit/undo-redo", test_undo_redo);
  g_test_add_func ("/window-edit/close-asks", test_close_asks);
  g_test_add_func ("/window-edit/record-dialog", test_record_dialog);
  g_test_add_func ("/window-edit/attach-selection", test_attach_selection);
  g_test_add_func ("/window-edit/draft-after-kill", test_draft_after_kill);

  status = g_test_run ();
  if (strcmp (g_getenv ("TF_TEST_DATA_HOME"), data_home) == 0)
    {
      g_autofree char *folder = g_build_filename (data_home, "talentflow", NULL);

      g_rmdir (folder);
      g_rmdir (data_home);
    }
  else
    g_rmdir (data_home);
  return status;
}
