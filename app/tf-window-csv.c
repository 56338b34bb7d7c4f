/* tf-window-csv.c: opening a table of moves (CSV) in a TfWindow: what its
 * columns hold when its headers do not say, and whether to open it when
 * some of its rows cannot be read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-csv"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-csv-columns-dialog.h"
#include "tf-window-private.h"

/* Rows listed in the question; a table with more says how many more. */
#define MAX_LISTED_PROBLEMS 12

void
tf_window_open_table (TfWindow   *self,
                      GFile      *file,
                      const char *csv_columns)
{
  g_autoptr(TfCsvColumns) columns = NULL;

  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A mapping that does not parse was refused on the command line. */
  if (csv_columns != NULL)
    {
      columns = tf_csv_columns_new ();
      if (!tf_csv_columns_parse (columns, csv_columns, NULL))
        g_clear_pointer (&columns, tf_csv_columns_free);
    }
  _tf_window_load_table (self, file, columns);
}

void
_tf_window_csv_choice_free (TfWindowCsvChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->message);
  g_strfreev (choice->headers);
  g_free (choice->fields);
  g_strfreev (choice->samples);
  g_free (choice);
}

TfWindowCsvChoice *
_tf_window_csv_read_choice (GFile              *file,
                            const TfCsvColumns *columns,
                            const char         *message,
                            GCancellable       *cancellable)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TfCsvTable) table = NULL;
  g_autofree char *name = NULL;
  TfWindowCsvChoice *choice;
  g_auto(GStrv) headers = NULL;
  TfCsvColumn *fields = NULL;
  guint n_headers = 0;

  bytes = tf_dataset_file_read_bytes (file, &name, cancellable, NULL);
  if (bytes != NULL)
    table = tf_csv_table_parse (bytes, name, NULL);
  /* A mapping that names headers the table lacks is dropped: the user
   * chooses afresh. */
  if (table != NULL)
    headers = tf_csv_import_dup_headers (table, columns, &fields, &n_headers, NULL);
  if (table != NULL && headers == NULL)
    headers = tf_csv_import_dup_headers (table, NULL, &fields, &n_headers, NULL);
  if (headers == NULL)
    return NULL;

  choice = g_new0 (TfWindowCsvChoice, 1);
  choice->message = g_strdup (message);
  choice->headers = g_steal_pointer (&headers);
  choice->fields = fields;
  choice->n_headers = n_headers;
  if (tf_csv_table_get_n_rows (table) > 1)
    {
      choice->samples = g_new0 (char *, n_headers + 1);
      for (guint i = 0; i < n_headers; i++)
        choice->samples[i] = g_strstrip (g_strdup (tf_csv_table_get_field (table, 1, i)));
    }
  return choice;
}

static void
columns_response_cb (TfCsvColumnsDialog *dialog,
                     const char         *response,
                     TfWindow           *self)
{
  g_autoptr(TfCsvColumns) columns = NULL;
  GFile *file = g_object_get_data (G_OBJECT (dialog), "tf-file");

  if (g_strcmp0 (response, "open") != 0 || file == NULL)
    return;
  columns = tf_csv_columns_dialog_dup_columns (dialog);
  _tf_window_load_table (self, file, columns);
}

void
_tf_window_csv_ask_columns (TfWindow          *self,
                            GFile             *file,
                            TfWindowCsvChoice *choice)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *name = g_path_get_basename (parse_name);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_assert (TF_IS_WINDOW (self));
  g_assert (choice != NULL);

  /* The headers are in the list; the message, which names them too, is
   * for the command line. */
  body = g_strdup (_("Its headers do not say who moved, or where. Choose what each column "
                     "holds: one column must say who moved, and one where from or where to."));
  dialog = tf_csv_columns_dialog_new (GTK_WINDOW (self), name,
                                      (const char * const *) choice->headers, choice->fields,
                                      choice->n_headers, (const char * const *) choice->samples,
                                      body);
  g_object_set_data_full (G_OBJECT (dialog), "tf-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (columns_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  TfDataset *dataset;
  GFile *file;
} PartialLoad;

static void
partial_load_free (PartialLoad *load)
{
  g_object_unref (load->dataset);
  g_object_unref (load->file);
  g_free (load);
}

static void
partial_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TfWindow         *self)
{
  PartialLoad *load = g_object_get_data (G_OBJECT (dialog), "tf-load");

  if (g_strcmp0 (response, "open") == 0 && load != NULL)
    _tf_window_show_loaded (self, load->dataset, load->file, NULL);
}

void
_tf_window_csv_ask_partial (TfWindow  *self,
                            GFile     *file,
                            TfDataset *dataset,
                            GPtrArray *problems)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *name = g_path_get_basename (parse_name);
  g_autofree char *heading = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  guint n_moves = tf_dataset_get_moves (dataset)->len;
  PartialLoad *load;
  GtkWidget *dialog;
  GtkWidget *label;
  GtkWidget *scrolled;

  g_assert (TF_IS_WINDOW (self));
  g_assert (problems != NULL && problems->len > 0);

  /* Translators: %s is a file name. */
  heading = g_strdup_printf (_("Some Rows of “%s” Cannot Be Read"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "Open the %u move that can be read without "
                                               "these rows, or nothing, to correct the table "
                                               "first?",
                                               "Open the %u moves that can be read without "
                                               "these rows, or nothing, to correct the table "
                                               "first?", n_moves),
                                  n_moves);

  for (guint i = 0; i < problems->len && i < MAX_LISTED_PROBLEMS; i++)
    {
      g_autofree char *line = tf_csv_problem_to_string (g_ptr_array_index (problems, i));

      g_string_append_printf (list, "%s%s", i > 0 ? "\n" : "", line);
    }
  if (problems->len > MAX_LISTED_PROBLEMS)
    {
      guint more = problems->len - MAX_LISTED_PROBLEMS;

      g_string_append_c (list, '\n');
      g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                 "and %u more", more), more);
    }
  label = gtk_label_new (list->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Open _Nothing"),
                                    "open", _("Open the _Rest"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  load = g_new0 (PartialLoad, 1);
  load->dataset = g_object_ref (dataset);
  load->file = g_object_ref (file);
  g_object_set_data_full (G_OBJECT (dialog), "tf-load", load, (GDestroyNotify) partial_load_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (partial_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
