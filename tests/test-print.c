/* test-print.c: printing the window's chart, to a PDF through GTK's own
 * print pipeline (GTK_PRINT_OPERATION_ACTION_EXPORT), read back with
 * pdftotext: the names and the title are on the landscape page, and a
 * chart with nothing to show is not printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tf-export-job.h"
#include "tf-flow-chart.h"
#include "tf-print-operation.h"
#include "tf-test-ui.h"
#include "tf-window.h"

static TfWindow *
new_sample_window (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfWindow *window = tf_window_new (NULL);

  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, window);
  tf_test_spin_until (tf_test_chart_has_layout, tf_test_get_child (window, "chart"));
  return window;
}

/* The job the window's Print action prints. */
static TfExportJob *
new_window_job (TfWindow *window)
{
  TfExportJob *job = tf_export_job_new_for_chart (tf_test_get_child (window, "chart"));

  g_assert_nonnull (job);
  tf_export_job_set_text (job, gtk_window_get_title (GTK_WINDOW (window)), NULL);
  return job;
}

static GtkPrintOperationResult
print_to_pdf (TfPrintOperation *operation,
              const char       *path)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  return result;
}

/* The first page's size, from its MediaBox. */
static void
get_pdf_page_size (const char *path,
                   double     *width,
                   double     *height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  const char *needle = "/MediaBox [";
  const char *box;
  double x0, y0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Binary streams hold NUL bytes: not a string search. */
  box = NULL;
  for (gsize i = 0; box == NULL && i + strlen (needle) <= length; i++)
    if (memcmp (contents + i, needle, strlen (needle)) == 0)
      box = contents + i;
  g_assert_nonnull (box);
  g_assert_cmpint (sscanf (box, "/MediaBox [ %lf %lf %lf %lf", &x0, &y0, width, height), ==, 4);
}

static void
test_print_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExportJob) job = NULL;
  g_autoptr(TfPrintOperation) operation = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  TfWindow *window;
  double width;
  double height;
  int status;

  window = new_sample_window ();
  dir = g_dir_make_tmp ("test-print-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "print.pdf", NULL);

  job = new_window_job (window);
  operation = tf_print_operation_new (job);
  g_assert_cmpint (print_to_pdf (operation, path), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_null (tf_print_operation_get_draw_error (operation));

  /* One landscape page. */
  get_pdf_page_size (path, &width, &height);
  g_assert_cmpfloat (width, >, height);

  if (pdftotext == NULL)
    g_test_skip ("pdftotext is missing (poppler-utils): the text is not checked");
  else
    {
      const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                    &text, &errors, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));

      /* Chinese names come back as text, so the fonts are embedded. */
      g_assert_nonnull (strstr (text, "漆远"));
      g_assert_nonnull (strstr (text, "字节跳动 AI Lab"));
      g_assert_nonnull (strstr (text, gtk_window_get_title (GTK_WINDOW (window))));
    }

  g_clear_object (&operation);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
  g_unlink (path);
  g_rmdir (dir);
}

/* Filters that leave no move: the page cannot be drawn, and says why. */
static void
test_print_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExportJob) job = NULL;
  g_autoptr(TfPrintOperation) operation = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  TfWindow *window;
  const GError *draw_error;

  window = new_sample_window ();
  tf_flow_chart_set_move_range (tf_test_get_child (window, "chart"), 1950, 1951);
  dir = g_dir_make_tmp ("test-print-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "print.pdf", NULL);

  job = new_window_job (window);
  operation = tf_print_operation_new (job);
  print_to_pdf (operation, path);
  draw_error = tf_print_operation_get_draw_error (operation);
  g_assert_error (draw_error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_NOTHING);

  g_clear_object (&operation);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
  g_unlink (path);
  g_rmdir (dir);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  *(gboolean *) user_data = TRUE;
}

static gboolean
window_is_gone (gpointer data)
{
  return tf_print_operation_get_preview_window (data) == NULL;
}

/* Without an external previewer GTK would show nothing: the operation
 * shows the page in a window of its own, and the operation ends when that
 * window is closed. */
static void
test_print_preview (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExportJob) job = NULL;
  g_autoptr(TfPrintOperation) operation = NULL;
  g_autofree char *old_command = NULL;
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *preview;
  GtkPrintOperationResult result;
  gboolean done = FALSE;
  TfWindow *window;

  g_object_get (settings, "gtk-print-preview-command", &old_command, NULL);
  g_object_set (settings, "gtk-print-preview-command", "tf-no-such-previewer %f", NULL);

  window = new_sample_window ();
  job = new_window_job (window);
  operation = tf_print_operation_new (job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  /* As the window runs it: a synchronous preview would wait in here for
   * the preview to end. */
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  result
      = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                 GTK_PRINT_OPERATION_ACTION_PREVIEW, GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, !=, GTK_PRINT_OPERATION_RESULT_ERROR);

  preview = tf_print_operation_get_preview_window (operation);
  g_assert_nonnull (preview);
  g_assert_true (gtk_window_get_transient_for (preview) == GTK_WINDOW (window));
  tf_test_spin_until (tf_test_widget_is_mapped, preview);
  g_assert_null (tf_print_operation_get_draw_error (operation));

  gtk_window_destroy (preview);
  tf_test_spin_until (window_is_gone, operation);
  g_assert_true (done);

  g_object_set (settings, "gtk-print-preview-command", old_command, NULL);
  g_clear_object (&operation);
  tf_test_destroy_and_check_finalized (GTK_WINDOW (window), NULL);
}

int
main (int    argc,
      char **argv)
{
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/print/pdf", test_print_pdf);
  g_test_add_func ("/print/nothing", test_print_nothing);
  g_test_add_func ("/print/preview", test_print_preview);

  return g_test_run ();
}
