/* tf-summary.c: the counts `talentflow --summary` prints.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-csv-cli.h"
#include "tf-sample.h"
#include "tf-summary.h"

static const GOptionEntry summary_entries[] = {
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print how many sources, people, organizations and moves FILE holds, and exit"), NULL },
  { NULL }
};

const GOptionEntry *
tf_summary_get_option_entries (void)
{
  return summary_entries;
}

void
tf_summary_append (TfDataset *dataset,
                   GString   *out)
{
  g_return_if_fail (TF_IS_DATASET (dataset));
  g_return_if_fail (out != NULL);

  g_string_append_printf (out, "sources: %u\n", tf_dataset_get_sources (dataset)->len);
  g_string_append_printf (out, "paragraphs: %u\n", tf_dataset_count_paragraphs (dataset));
  g_string_append_printf (out, "people: %u\n", tf_dataset_get_people (dataset)->len);
  g_string_append_printf (out, "organizations: %u\n", tf_dataset_get_organizations (dataset)->len);
  g_string_append_printf (out, "moves: %u\n", tf_dataset_get_moves (dataset)->len);
  g_string_append_printf (out, "moves_without_evidence: %u\n",
                          tf_dataset_count_moves_without_evidence (dataset));
}

char *
tf_summary_for_file (GFile       *file,
                     const char  *csv_columns,
                     GError     **error)
{
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GError) local_error = NULL;
  GString *out;

  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (file == NULL)
    {
      dataset = tf_sample_load (&local_error);
      if (dataset == NULL)
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      "bundled sample: ");
          return NULL;
        }
    }
  else
    {
      /* Its messages name the file. */
      dataset = tf_csv_cli_open (file, csv_columns, error);
      if (dataset == NULL)
        return NULL;
    }

  out = g_string_new (NULL);
  tf_summary_append (dataset, out);
  return g_string_free (out, FALSE);
}
