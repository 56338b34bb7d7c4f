/* test-save-quit.c: quitting the application while a save runs finishes
 * the save: when g_application_run () returns, and the process would
 * exit, the file is whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-save-quit"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tf-application.h"
#include "tf-dataset-file.h"
#include "tf-synthetic.h"
#include "tf-test-ui.h"
#include "tf-window.h"

/* Enough people that the save is still running when quit is asked for. */
#define N_PEOPLE        10000
#define SOURCE_BASENAME "opened.talentflow"
#define BASENAME        "quit.talentflow"

typedef struct
{
  GFile     *file;
  TfDataset *dataset;          /* the one the window saved */
  gboolean   quit_while_saving;
} QuitTest;

/* Once the window shows its dataset: save, and quit at once. */
static void
loading_cb (TfWindow   *window,
            GParamSpec *pspec,
            QuitTest   *test)
{
  GtkApplication *application;

  if (tf_window_get_loading (window) || tf_window_get_dataset (window) == NULL)
    return;
  g_signal_handlers_disconnect_by_func (window, loading_cb, test);

  test->dataset = g_object_ref (tf_window_get_dataset (window));
  tf_window_save_as (window, test->file);
  /* The save runs in a worker thread and has not got far. */
  test->quit_while_saving = !g_file_query_exists (test->file, NULL);

  application = gtk_window_get_application (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

/* After TfApplication's own open, which opened the window on the file. */
static void
open_cb (GApplication  *application,
         GFile        **files,
         int            n_files,
         const char    *hint,
         QuitTest      *test)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  g_assert_true (TF_IS_WINDOW (window));
  g_assert_true (tf_window_get_loading (TF_WINDOW (window)));
  g_signal_connect (window, "notify::loading", G_CALLBACK (loading_cb), test);
}

static void
test_save_quit (void)
{
  g_autoptr(TfApplication) application = tf_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(TfDataset) loaded = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *dir_path = NULL;
  g_autofree char *path = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(TfDataset) generated = NULL;
  g_autoptr(GFile) source_file = NULL;
  TfSyntheticOptions options;
  char *argv[3] = { (char *) "talentflow", NULL, NULL };
  QuitTest test = { 0 };
  const char *name;
  gsize length;
  int status;

  dir_path = g_dir_make_tmp ("test-save-quit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir_path, BASENAME, NULL);
  test.file = g_file_new_for_path (path);

  /* The file the program is started on, as a user would. */
  tf_synthetic_options_init (&options, N_PEOPLE, 1);
  generated = tf_synthetic_dataset_new (&options);
  source_path = g_build_filename (dir_path, SOURCE_BASENAME, NULL);
  source_file = g_file_new_for_path (source_path);
  g_assert_true (tf_dataset_file_save (generated, source_file, NULL, &error));
  g_assert_no_error (error);
  argv[1] = source_path;

  /* The program's own path: options, open, the window, app.quit.
   * Non-unique, so that a Talent Flow running on the desktop is left
   * alone. */
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application))
                           | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (application, "open", G_CALLBACK (open_cb), &test);
  status = g_application_run (G_APPLICATION (application), G_N_ELEMENTS (argv) - 1, argv);
  /* Read at once: a save still running in its thread would finish while
   * the checks below take their time. */
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (test.dataset);
  g_assert_true (test.quit_while_saving);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));

  /* Whole, as the dataset writes it, and it loads. */
  expected = tf_dataset_file_save_bytes (test.dataset, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL),
                   g_bytes_get_size (expected));
  loaded = tf_dataset_file_load (test.file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (test.dataset, loaded));

  /* Nothing else was left beside it. */
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (name, BASENAME) || g_str_equal (name, SOURCE_BASENAME));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (source_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir_path), ==, 0);
  g_object_unref (test.dataset);
  g_object_unref (test.file);
}

int
main (int   argc,
      char *argv[])
{
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/save-quit/finishes", test_save_quit);

  return g_test_run ();
}
