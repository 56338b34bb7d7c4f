/* tf-csv-cli.c: tables of moves on the command line.
 *
 * A script that reads a table must not go on with part of it unawares:
 * the command line takes a table whole or not at all, and says which rows
 * stopped it, all of them, so that one pass of corrections is enough.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-csv-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-csv-cli.h"
#include "tf-exchange-open.h"
#include "tf-wording.h"

static const GOptionEntry csv_entries[] = {
  { "csv-columns", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Which column of a CSV file holds what, before its headers say: person=Name,to=Employer"),
    N_("FIELD=HEADER,…") },
  { NULL }
};

const GOptionEntry *
tf_csv_cli_get_option_entries (void)
{
  return csv_entries;
}

TfDataset *
tf_csv_cli_open (GFile       *file,
                 const char  *csv_columns,
                 GError     **error)
{
  g_autoptr(TfCsvColumns) columns = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autofree char *message = NULL;
  GString *list;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (csv_columns != NULL)
    {
      columns = tf_csv_columns_new ();
      if (!tf_csv_columns_parse (columns, csv_columns, error))
        {
          g_prefix_error (error, "--csv-columns: ");
          return NULL;
        }
    }

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_csv_problem_free);
  dataset = tf_exchange_open_file (file, columns, TF_CSV_IMPORT_STRICT, problems, NULL,
                                   &local_error);
  if (dataset != NULL)
    return g_steal_pointer (&dataset);

  message = tf_wording_file_error (file, local_error);
  list = g_string_new (message);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = tf_csv_problem_to_string (g_ptr_array_index (problems, i));

      g_string_append_printf (list, "\n%s", line);
    }
  if (g_error_matches (local_error, TF_CSV_ERROR, TF_CSV_ERROR_COLUMNS))
    g_string_append_printf (list, "\n%s",
                            _("Name the columns with --csv-columns=person=HEADER,to=HEADER,…"));
  g_set_error_literal (error, local_error->domain, local_error->code, list->str);
  g_string_free (list, TRUE);
  return NULL;
}
