/* test-review.c: importing articles and reviewing their moves: an article
 * opened on its own goes to the review; accepting adds a move to the
 * window's dataset, rejecting records it; dropping articles imports them;
 * keys act on the selected row; a closed window leaves nothing behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-review"

#include "config.h"

#include <adwaita.h>

#include "tf-review-edit-dialog.h"
#include "tf-suggestion-import.h"
#include "tf-review-view.h"
#include "tf-test-ui.h"
#include "tf-window.h"

static gboolean
window_is_idle (gpointer data)
{
  return !tf_window_get_loading (data);
}

static const char *
visible_page (TfWindow *window)
{
  return gtk_stack_get_visible_child_name (tf_test_get_child (window, "stack"));
}

static TfWindow *
open_article (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TfWindow *window = tf_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  tf_window_open_file (window, file);
  tf_test_spin_until (window_is_idle, window);
  return window;
}

static void
test_review_open_article (void)
{
  TfWindow *window = open_article ("000_b1c6aaa2a0844c7d.txt");
  TfReviewView *view = tf_test_get_child (window, "review_view");
  TfDataset *before;
  TfDataset *after;
  TfSuggestion *suggestion;
  g_autofree char *exact = NULL;
  g_autofree char *person = NULL;
  g_autofree char *to = NULL;
  g_autofree char *source_id = NULL;
  guint n_pending;

  /* The article is the dataset's one source, and its moves are offered. */
  before = tf_window_get_dataset (window);
  g_assert_nonnull (before);
  g_assert_cmpuint (tf_dataset_get_sources (before)->len, ==, 1);
  g_assert_cmpuint (tf_dataset_get_moves (before)->len, ==, 0);
  g_assert_cmpstr (visible_page (window), ==, "review");
  n_pending = tf_review_view_get_n_pending (view);
  g_assert_cmpuint (n_pending, >=, 2);

  /* The focus is on the first suggestion, for the keys. */
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (view)));

  /* Accepting the first makes a move with its evidence, in a new dataset
   * that the chart shows. */
  suggestion = tf_review_view_get_pending (view, 0);
  g_assert_nonnull (suggestion->evidence);
  g_assert_true (tf_review_view_accept (view, suggestion));
  after = tf_window_get_dataset (window);
  g_assert_true (after != before);
  g_assert_cmpuint (tf_dataset_get_moves (after)->len, ==, 1);
  g_assert_cmpuint (((TfMove *) g_ptr_array_index (tf_dataset_get_moves (after), 0))->evidence->len,
                    ==, 1);
  g_assert_cmpuint (tf_dataset_get_sources (after)->len, ==, 1);
  g_assert_cmpuint (tf_review_view_get_n_pending (view), ==, n_pending - 1);
  g_assert_cmpstr (visible_page (window), ==, "review");

  /* Rejecting the next takes it away and records it in the dataset. */
  suggestion = tf_review_view_get_pending (view, 0);
  exact = g_strdup (suggestion->evidence->exact);
  source_id = g_strdup (suggestion->evidence->source_id);
  person = g_strdup (suggestion->person);
  to = g_strdup (suggestion->to.name);
  g_assert_false (tf_dataset_is_rejected (tf_window_get_dataset (window), source_id, exact,
                                          person, to));
  g_assert_true (tf_review_view_reject (view, suggestion));
  g_assert_cmpuint (tf_review_view_get_n_pending (view), ==, n_pending - 2);
  for (guint i = 0; i < tf_review_view_get_n_pending (view); i++)
    g_assert_true (tf_review_view_get_pending (view, i) != suggestion);
  g_assert_true (tf_dataset_is_rejected (tf_window_get_dataset (window), source_id, exact,
                                         person, to));
  g_assert_cmpuint (tf_dataset_get_moves (tf_window_get_dataset (window))->len, ==, 1);

  /* Done goes back to the chart, which shows the accepted move. */
  gtk_widget_activate_action (GTK_WIDGET (view), "review.accept", NULL);
  g_assert_cmpuint (tf_dataset_get_moves (tf_window_get_dataset (window))->len, ==, 2);
  g_signal_emit_by_name (view, "done");
  g_assert_cmpstr (visible_page (window), ==, "chart");
  g_assert_cmpuint (tf_review_view_get_n_pending (view), ==, 0);

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), tf_window_get_dataset (window), NULL);
}

/* What is rejected or accepted is not offered again on opening the
 * article into the same dataset; another article is another source. */
static void
test_review_reimport (void)
{
  TfWindow *window = open_article ("001_299ef1fff7c01911.txt");
  TfReviewView *view = tf_test_get_child (window, "review_view");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "001_299ef1fff7c01911.txt",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target;
  GSList *files;
  gboolean accepted = FALSE;
  guint n_pending = tf_review_view_get_n_pending (view);

  g_assert_cmpuint (n_pending, >=, 1);
  g_assert_true (tf_review_view_reject (view, tf_review_view_get_pending (view, 0)));

  /* Dropped on a window with a dataset, an article is imported into it. */
  target = tf_test_find_controller (GTK_WIDGET (window), GTK_TYPE_DROP_TARGET);
  files = g_slist_prepend (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  tf_test_spin_until (window_is_idle, window);

  /* The same article is the same source; the rejected suggestion is not
   * offered again, nor are those waiting offered twice. */
  g_assert_cmpuint (tf_dataset_get_sources (tf_window_get_dataset (window))->len, ==, 1);
  g_assert_cmpuint (tf_review_view_get_n_pending (view), ==, n_pending - 1);

  /* Another article is another source, whose moves join the review. */
  {
    g_autofree char *other_path = g_test_build_filename (G_TEST_DIST, "data",
                                                         "000_b1c6aaa2a0844c7d.txt", NULL);
    g_autoptr(GFile) other = g_file_new_for_path (other_path);
    g_auto(GValue) other_value = G_VALUE_INIT;

    files = g_slist_prepend (NULL, other);
    g_value_init (&other_value, GDK_TYPE_FILE_LIST);
    g_value_set_boxed (&other_value, files);
    g_slist_free (files);
    g_signal_emit_by_name (target, "drop", &other_value, 10.0, 10.0, &accepted);
    tf_test_spin_until (window_is_idle, window);
  }
  g_assert_cmpuint (tf_dataset_get_sources (tf_window_get_dataset (window))->len, ==, 2);
  g_assert_cmpuint (tf_review_view_get_n_pending (view), >, n_pending - 1);

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), tf_window_get_dataset (window), NULL);
}

/* Several articles dropped at once, onto an empty window. */
static void
test_review_drop_many (void)
{
  const char *names[] = { "000_b1c6aaa2a0844c7d.txt", "001_299ef1fff7c01911.txt",
                          "003_dd9e6ee67f5cdc93.txt" };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GValue) value = G_VALUE_INIT;
  TfWindow *window = tf_window_new (NULL);
  TfReviewView *view = tf_test_get_child (window, "review_view");
  GtkDropTarget *target;
  GSList *files = NULL;
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  for (guint i = G_N_ELEMENTS (names); i > 0; i--)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", names[i - 1], NULL);
      GFile *file = g_file_new_for_path (path);

      g_ptr_array_add (keep, file);
      files = g_slist_prepend (files, file);
    }

  target = tf_test_find_controller (GTK_WIDGET (window), GTK_TYPE_DROP_TARGET);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_true (tf_window_get_loading (window));
  tf_test_spin_until (window_is_idle, window);

  g_assert_cmpuint (tf_dataset_get_sources (tf_window_get_dataset (window))->len, ==, 3);
  g_assert_cmpstr (visible_page (window), ==, "review");
  g_assert_cmpuint (tf_review_view_get_n_pending (view), >=, 3);

  /* Accept All at 80 % takes those and leaves the rest. */
  {
    guint n_pending = tf_review_view_get_n_pending (view);
    guint n_over = 0;

    for (guint i = 0; i < n_pending; i++)
      n_over += tf_review_view_get_pending (view, i)->confidence >= 0.8 - 1e-9;
    g_assert_cmpuint (n_over, >, 0);
    g_assert_true (tf_review_view_accept_all (view, 0.8));
    /* Suggestions of one move (same person, kind and destination) become
     * one move with all their evidence. */
    g_assert_cmpuint (tf_dataset_get_moves (tf_window_get_dataset (window))->len, >, 0);
    g_assert_cmpuint (tf_dataset_get_moves (tf_window_get_dataset (window))->len, <=, n_over);
    g_assert_cmpuint (tf_review_view_get_n_pending (view), ==, n_pending - n_over);
  }

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), tf_window_get_dataset (window), NULL);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Cancelling an import leaves the window as it was. */
static void
test_review_cancel (void)
{
  const char *names[] = { "000_b1c6aaa2a0844c7d.txt", "001_299ef1fff7c01911.txt",
                          "003_dd9e6ee67f5cdc93.txt" };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GValue) value = G_VALUE_INIT;
  TfWindow *window = tf_window_new (NULL);
  GtkDropTarget *target;
  GtkWidget *cancel;
  GSList *files = NULL;
  gboolean accepted = FALSE;
  gboolean waited = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", names[i], NULL);
      GFile *file = g_file_new_for_path (path);

      g_ptr_array_add (keep, file);
      files = g_slist_append (files, file);
    }

  target = tf_test_find_controller (GTK_WIDGET (window), GTK_TYPE_DROP_TARGET);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_true (tf_window_get_loading (window));

  /* The progress says how far it is, with a way out. */
  cancel = tf_test_get_child (window, "cancel_import_button");
  g_assert_true (gtk_widget_get_visible (cancel));
  g_assert_true (gtk_widget_get_visible (tf_test_get_child (window, "progress_label")));
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_false (tf_window_get_loading (window));
  g_assert_false (gtk_widget_get_visible (cancel));

  /* Whatever the worker still does comes to nothing. */
  g_timeout_add (500, timeout_cb, &waited);
  tf_test_spin_until (is_true, &waited);
  g_assert_null (tf_window_get_dataset (window));
  g_assert_cmpstr (visible_page (window), ==, "empty");

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

/* The edit dialog writes its fields back, and the row follows. */
static void
test_review_edit (void)
{
  TfWindow *window = open_article ("000_b1c6aaa2a0844c7d.txt");
  TfReviewView *view = tf_test_get_child (window, "review_view");
  TfSuggestion *suggestion = tf_review_view_get_pending (view, 0);
  TfDate date = suggestion->date;
  g_autofree char *person = g_strdup (suggestion->person);
  GtkWidget *dialog;

  dialog = tf_review_view_edit (view, suggestion);
  g_assert_true (TF_IS_REVIEW_EDIT_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Saved unchanged, nothing changes but the derived mark. */
  tf_review_edit_dialog_save (TF_REVIEW_EDIT_DIALOG (dialog));
  tf_test_spin_until (tf_test_pointer_is_null, &dialog);
  g_assert_cmpstr (suggestion->person, ==, person);
  g_assert_cmpint (suggestion->date.year, ==, date.year);
  g_assert_cmpint (suggestion->date.precision, ==, date.precision);

  /* Edited, then accepted: the move has the edited role. */
  g_free (suggestion->role);
  suggestion->role = g_strdup ("院长");
  tf_review_view_update (view, suggestion);
  g_assert_true (tf_review_view_accept (view, suggestion));
  {
    GPtrArray *moves = tf_dataset_get_moves (tf_window_get_dataset (window));
    const TfMove *move = g_ptr_array_index (moves, 0);

    g_assert_nonnull (move->to);
    g_assert_cmpstr (move->to->role, ==, "院长");
  }

  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), tf_window_get_dataset (window), NULL);
}

int
main (int   argc,
      char *argv[])
{
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/review/open-article", test_review_open_article);
  g_test_add_func ("/review/reimport", test_review_reimport);
  g_test_add_func ("/review/drop-many", test_review_drop_many);
  g_test_add_func ("/review/cancel", test_review_cancel);
  g_test_add_func ("/review/edit", test_review_edit);

  return g_test_run ();
}
