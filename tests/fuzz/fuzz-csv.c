/* fuzz-csv.c: tables of moves (CSV) read into datasets. What reads must
 * hold together (every reference resolves, every quote is found once in
 * its source), save and load again equal, and export to a table that
 * reads back into the same moves and exports to the same bytes. The
 * first byte picks, for some inputs, the strict import and a column
 * mapping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-csv"

#include "config.h"

#include "tf-csv-export.h"
#include "tf-csv-import.h"
#include "tf-evidence.h"
#include "tf-fuzz.h"

/* Built once: it folds every name of the bundled file. */
static TfGazetteer *
gazetteer (void)
{
  static TfGazetteer *gazetteer;

  if (gazetteer == NULL)
    gazetteer = tf_gazetteer_new_default ();
  return gazetteer;
}

static void
check_evidence (TfDataset *dataset)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  g_assert_true (tf_dataset_check_references (dataset, NULL));
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      for (guint j = 0; j < move->evidence->len; j++)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, j);
          const TfSource *source = tf_dataset_lookup_source (dataset, evidence->source_id);

          g_assert_cmpuint (tf_evidence_resolve (evidence, source, NULL), ==, 1);
        }
    }
}

static void
check_export (TfDataset *dataset)
{
  g_autoptr(GBytes) table = tf_csv_export_bytes (dataset);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) imported = NULL;

  imported = tf_csv_import_bytes (table, "export.csv", NULL, NULL, gazetteer (),
                                  TF_CSV_IMPORT_STRICT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_moves (imported)->len, ==,
                    tf_dataset_get_moves (dataset)->len);
  again = tf_csv_export_bytes (imported);
  g_assert_true (g_bytes_equal (table, again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfCsvColumns) columns = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                   tf_csv_problem_free);
  TfCsvImportFlags flags = size > 0 && (data[0] & 1) ? TF_CSV_IMPORT_STRICT : TF_CSV_IMPORT_NONE;

  if (size > 0 && data[0] % 8 == 2)
    {
      columns = tf_csv_columns_new ();
      g_assert_true (tf_csv_columns_parse (columns, "person=Wer,to=Wohin,quote_2=Zitat", NULL));
    }

  dataset = tf_csv_import_bytes (bytes, "input.csv", NULL, columns, gazetteer (), flags,
                                 problems, &error);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message = tf_csv_problem_to_string (g_ptr_array_index (problems, i));

      g_assert_true (g_utf8_validate (message, -1, NULL));
    }
  if (dataset == NULL)
    {
      tf_fuzz_check_error (error);
      return 0;
    }
  g_assert_null (error);
  g_assert_true (flags == TF_CSV_IMPORT_NONE || problems->len == 0);
  check_evidence (dataset);
  tf_fuzz_check_round_trip (dataset);
  check_export (dataset);
  return 0;
}
