/* test-csv-window.c: tables of moves in the window: opening one, choosing
 * what its columns hold when its headers do not say, opening the rest of
 * one with bad rows or nothing, and exporting moves and graph.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-csv-window"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tf-csv-columns-dialog.h"
#include "tf-csv-export.h"
#include "tf-test-ui.h"
#include "tf-window.h"

typedef struct
{
  char *dir;
} Scratch;

static void
scratch_clear (Scratch *scratch)
{
  g_autoptr(GDir) dir = g_dir_open (scratch->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (scratch->dir);
  g_free (scratch->dir);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scratch, scratch_clear)

static GFile *
write_file (Scratch    *scratch,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (scratch->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
window_is_idle (gpointer data)
{
  return !tf_window_get_loading (data);
}

static gboolean
window_has_dataset (gpointer data)
{
  return tf_window_get_dataset (data) != NULL && !tf_window_get_loading (data);
}

/* The dialog of type (an AdwMessageDialog or a subclass) over parent. */
static gpointer
find_dialog (GtkWindow *parent,
             GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

typedef struct
{
  GtkWindow *parent;
  GType type;
} DialogQuery;

static gboolean
has_dialog (gpointer data)
{
  DialogQuery *query = data;

  return find_dialog (query->parent, query->type) != NULL;
}

static gpointer
wait_for_dialog (TfWindow *window,
                 GType     type)
{
  DialogQuery query = { GTK_WINDOW (window), type };

  tf_test_spin_until (has_dialog, &query);
  return find_dialog (GTK_WINDOW (window), type);
}

/* Waits for the chart of what was opened, as the other window tests do
 * before closing: closing a window in the middle of its first layout
 * crashes now and then inside GTK (seen 1 run in 8 here; not yet
 * understood, see the closing note of this stop). */
static void
settle (TfWindow *window)
{
  if (tf_window_get_dataset (window) != NULL
      && tf_dataset_get_moves (tf_window_get_dataset (window))->len > 0)
    tf_test_spin_until (tf_test_chart_has_layout, tf_test_get_child (window, "chart"));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static const char *
person_of (TfDataset    *dataset,
           const TfMove *move)
{
  return tf_dataset_lookup_person (dataset, move->person_id)->name;
}

static void
test_open_table (void)
{
  g_auto(Scratch) scratch = { g_dir_make_tmp ("test-csv-window-XXXXXX", NULL) };
  g_autoptr(GFile) file = write_file (&scratch, "moves.csv",
                                      "姓名,原单位,新单位,日期\n"
                                      "李明,北方大学,星海科技,2021年5月\n"
                                      "王芳,星海科技,南方大学,2022\n");
  TfWindow *window = tf_window_new (NULL);
  TfDataset *dataset;

  gtk_window_present (GTK_WINDOW (window));
  tf_window_open_file (window, file);
  tf_test_spin_until (window_has_dataset, window);
  dataset = tf_window_get_dataset (window);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 2);
  g_assert_cmpstr (tf_dataset_get_title (dataset), ==, "moves");
  g_assert_null (find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tf_test_get_child (window, "stack")), ==,
                   "chart");
  settle (window);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

static void
test_choose_columns (void)
{
  g_auto(Scratch) scratch = { g_dir_make_tmp ("test-csv-window-XXXXXX", NULL) };
  g_autoptr(GFile) file = write_file (&scratch, "moves-de.csv",
                                      "Wer,Arbeitgeber,Jahr,Zitat,Quelle\n"
                                      "Ada,Analytical Engines,2019,Ada joined,https://a.example/1\n"
                                      "Bo,Difference Labs,2020,,\n");
  TfWindow *window = tf_window_new (NULL);
  TfCsvColumnsDialog *dialog;
  TfDataset *dataset;
  const TfMove *move;
  const TfEvidence *evidence;
  gpointer dialog_pointer;

  gtk_window_present (GTK_WINDOW (window));
  tf_window_open_file (window, file);
  dialog = wait_for_dialog (window, TF_TYPE_CSV_COLUMNS_DIALOG);
  tf_test_spin_until (window_is_idle, window);
  g_assert_null (tf_window_get_dataset (window));

  /* One row per header, each with what its name says: "Zitat" and
   * "Quelle" are nothing it knows. Open waits for who and where. */
  g_assert_cmpuint (tf_csv_columns_dialog_get_n_headers (dialog), ==, 5);
  g_assert_cmpuint (tf_csv_columns_dialog_get_field (dialog, 0).field, ==, TF_CSV_FIELD_NONE);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open"));
  tf_csv_columns_dialog_set_field (dialog, 0, (TfCsvColumn) { TF_CSV_FIELD_PERSON, 1 });
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open"));
  tf_csv_columns_dialog_set_field (dialog, 1, (TfCsvColumn) { TF_CSV_FIELD_TO, 1 });
  tf_csv_columns_dialog_set_field (dialog, 2, (TfCsvColumn) { TF_CSV_FIELD_DATE, 1 });
  tf_csv_columns_dialog_set_field (dialog, 3, (TfCsvColumn) { TF_CSV_FIELD_QUOTE, 1 });
  tf_csv_columns_dialog_set_field (dialog, 4, (TfCsvColumn) { TF_CSV_FIELD_SOURCE, 1 });
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "open"));

  dialog_pointer = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &dialog_pointer);
  /* As its button does: the response, then closing. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "open");
  gtk_window_destroy (GTK_WINDOW (dialog));
  tf_test_spin_until (window_has_dataset, window);
  tf_test_spin_until (tf_test_pointer_is_null, &dialog_pointer);

  dataset = tf_window_get_dataset (window);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 2);
  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
  g_assert_cmpstr (person_of (dataset, move), ==, "Ada");
  g_assert_cmpuint (move->date.year, ==, 2019);
  evidence = g_ptr_array_index (move->evidence, 0);
  g_assert_cmpstr (evidence->exact, ==, "Ada joined");
  g_assert_cmpstr (tf_dataset_lookup_source (dataset, evidence->source_id)->url, ==,
                   "https://a.example/1");
  settle (window);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

/* Bad rows: the window lists them and opens the rest, or nothing. */
static void
test_bad_rows (void)
{
  g_auto(Scratch) scratch = { g_dir_make_tmp ("test-csv-window-XXXXXX", NULL) };
  g_autoptr(GFile) file = write_file (&scratch, "rows.csv",
                                      "person,to,date\n"
                                      "Ada,ACME,2019\n"
                                      "Bo,ACME,2019-13\n"
                                      "Cy,ACME,2020\n");
  TfWindow *window = tf_window_new (NULL);
  AdwMessageDialog *dialog;
  gpointer dialog_pointer;

  gtk_window_present (GTK_WINDOW (window));
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      GtkWidget *list;

      tf_window_open_file (window, file);
      dialog = wait_for_dialog (window, ADW_TYPE_MESSAGE_DIALOG);
      tf_test_spin_until (window_is_idle, window);
      list = gtk_scrolled_window_get_child (
        GTK_SCROLLED_WINDOW (adw_message_dialog_get_extra_child (dialog)));
      if (GTK_IS_VIEWPORT (list))
        list = gtk_viewport_get_child (GTK_VIEWPORT (list));
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (list)), "rows.csv:3:"));
      g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (list)), "rows.csv:2:"));

      dialog_pointer = dialog;
      g_object_add_weak_pointer (G_OBJECT (dialog), &dialog_pointer);
      adw_message_dialog_response (dialog, attempt == 0 ? "cancel" : "open");
      gtk_window_destroy (GTK_WINDOW (dialog));
      tf_test_spin_until (tf_test_pointer_is_null, &dialog_pointer);
      if (attempt == 0)
        g_assert_null (tf_window_get_dataset (window));
    }
  g_assert_cmpuint (tf_dataset_get_moves (tf_window_get_dataset (window))->len, ==, 2);
  settle (window);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (data, NULL);
}

static void
test_export_data (void)
{
  g_auto(Scratch) scratch = { g_dir_make_tmp ("test-csv-window-XXXXXX", NULL) };
  g_autofree char *csv_path = g_build_filename (scratch.dir, "moves.csv", NULL);
  g_autofree char *gexf_path = g_build_filename (scratch.dir, "graph.gexf", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) gexf = g_file_new_for_path (gexf_path);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *graph = NULL;
  g_autoptr(GError) error = NULL;
  TfDataset *dataset = tf_test_load_sample ();
  TfWindow *window = tf_window_new (NULL);

  tf_window_set_dataset (window, dataset, NULL);
  gtk_window_present (GTK_WINDOW (window));
  tf_window_export_data (window, csv, "csv");
  tf_window_export_data (window, gexf, "gexf");
  tf_test_spin_until (file_exists, csv);
  tf_test_spin_until (file_exists, gexf);

  expected = tf_csv_export_bytes (dataset);
  written = g_file_load_bytes (csv, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (expected, written));
  g_file_get_contents (gexf_path, &graph, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (graph, "<gexf xmlns=\"http://gexf.net/1.3\""));

  g_object_unref (dataset);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), dataset, NULL);
}

int
main (int   argc,
      char *argv[])
{
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/csv-window/open-table", test_open_table);
  g_test_add_func ("/csv-window/choose-columns", test_choose_columns);
  g_test_add_func ("/csv-window/bad-rows", test_bad_rows);
  g_test_add_func ("/csv-window/export-data", test_export_data);

  return g_test_run ();
}
