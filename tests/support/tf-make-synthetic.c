/* tf-make-synthetic.c: a synthetic dataset written to a file, for the
 * tests and benchmarks that run the program on one.
 *
 *   tf-make-synthetic PEOPLE SEED OUT.talentflow
 *   tf-make-synthetic PEOPLE SEED OUT.csv [MAX_ROWS]
 *
 * A table gets one made-up article quoted per person, so that it has
 * sources and quotes like a table a person keeps; MAX_ROWS cuts it to its
 * first rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-make-synthetic"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tf-csv-export.h"
#include "tf-dataset-file.h"
#include "tf-synthetic.h"

/* A source per person, quoting one sentence per move of theirs. The
 * sentences are made here, not taken from any article. */
static TfDataset *
with_evidence (TfDataset *dataset)
{
  TfDataset *copy = tf_dataset_copy (dataset);
  GPtrArray *moves = tf_dataset_get_moves (copy);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < moves->len; i++)
    {
      TfMove *move = g_ptr_array_index (moves, i);
      const char *who = move->person_id != NULL ? move->person_id : "group";
      TfSource *source = g_hash_table_lookup (sources, who);
      g_autofree char *sentence = NULL;

      if (source == NULL)
        {
          g_autofree char *id = g_strdup_printf ("s-%s", who);

          source = tf_source_new (id);
          source->title = g_strdup_printf ("Profile of %s", who);
          source->url = g_strdup_printf ("https://news.example/%s", who);
          if (!tf_dataset_add_source (copy, source, NULL))
            g_error ("source %s twice", id);
          g_hash_table_insert (sources, (gpointer) who, source);
        }
      sentence = g_strdup_printf ("In move %s, %s changed jobs (%u).", move->id, who,
                                  source->paragraphs->len + 1);
      g_ptr_array_add (source->paragraphs, tf_paragraph_new (sentence, TF_PARAGRAPH_TEXT));
      g_ptr_array_add (move->evidence, tf_evidence_new (source->id, sentence, "", ""));
    }
  return copy;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  TfSyntheticOptions options;

  if (argc < 4 || argc > 5)
    {
      g_printerr ("usage: %s PEOPLE SEED OUT.talentflow|OUT.csv [MAX_ROWS]\n", argv[0]);
      return 2;
    }
  tf_synthetic_options_init (&options, (guint) atoi (argv[1]), (guint64) atoll (argv[2]));
  dataset = tf_synthetic_dataset_new (&options);

  if (g_str_has_suffix (argv[3], ".csv"))
    {
      g_autoptr(TfDataset) cited = with_evidence (dataset);
      g_autoptr(GBytes) bytes = tf_csv_export_bytes (cited);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      /* The header and MAX_ROWS rows; a quoted line break never comes
       * in a synthetic table. */
      if (argc == 5)
        {
          long rows = atol (argv[4]);
          const char *end = data;

          for (long n = 0; n <= rows && end != NULL; n++)
            {
              end = memchr (end, '\n', size - (gsize) (end - data));
              if (end != NULL)
                end++;
            }
          if (end != NULL)
            size = (gsize) (end - data);
        }
      if (!g_file_set_contents (argv[3], data, (gssize) size, &error))
        g_error ("%s", error->message);
      return 0;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[3]);

    if (!tf_dataset_file_save (dataset, file, NULL, &error))
      g_error ("%s", error->message);
  }
  return 0;
}
