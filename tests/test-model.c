/* test-model.c: records, dates and the dataset container.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-model"

#include "config.h"

#include <string.h>

#include "tf-dataset.h"
#include "tf-model.h"

static void
test_date_parse (void)
{
  TfDate date;
  g_autofree char *str = NULL;

  g_assert_true (tf_date_parse ("2021-11", &date));
  g_assert_cmpint (date.year, ==, 2021);
  g_assert_cmpuint (date.month, ==, 11);
  g_assert_cmpint (date.precision, ==, TF_DATE_MONTH);
  str = tf_date_to_string (&date);
  g_assert_cmpstr (str, ==, "2021-11");

  g_assert_true (tf_date_parse ("2020-02-29", &date));
  g_assert_cmpint (date.precision, ==, TF_DATE_DAY);
  g_assert_true (tf_date_parse ("", &date));
  g_assert_cmpint (date.precision, ==, TF_DATE_UNKNOWN);

  g_assert_false (tf_date_parse ("2021-13", &date));
  g_assert_false (tf_date_parse ("2021-02-30", &date));
  g_assert_false (tf_date_parse ("21", &date));
  g_assert_false (tf_date_parse ("2021/11", &date));
  g_assert_false (tf_date_parse ("２０２１", &date));
}

static void
test_date_order (void)
{
  TfDate year, month, unknown;

  tf_date_parse ("2021", &year);
  tf_date_parse ("2021-03", &month);
  tf_date_parse (NULL, &unknown);
  g_assert_cmpint (tf_date_compare (&year, &month), <, 0);
  g_assert_cmpint (tf_date_compare (&month, &unknown), <, 0);
  g_assert_cmpint (tf_date_compare (&unknown, &unknown), ==, 0);
}

static void
test_enum_names (void)
{
  TfSector sector;
  TfMoveKind kind;

  for (guint i = 0; i < TF_N_SECTORS; i++)
    {
      g_assert_true (tf_sector_from_string (tf_sector_to_string (i), &sector));
      g_assert_cmpuint (sector, ==, i);
    }
  g_assert_true (tf_move_kind_from_string ("return-academia", &kind));
  g_assert_cmpint (kind, ==, TF_MOVE_RETURN_ACADEMIA);
  g_assert_false (tf_sector_from_string ("government", &sector));
  g_assert_false (tf_sector_from_string (NULL, &sector));
}

static TfMove *
make_move (const char *id,
           const char *person_id,
           const char *date)
{
  TfMove *move = tf_move_new (id, TF_MOVE_JOIN);

  move->person_id = g_strdup (person_id);
  tf_date_parse (date, &move->date);
  return move;
}

static void
test_dataset_references (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(GError) error = NULL;
  TfOrganization *lab = tf_organization_new ("o-tencent-ai-lab", "腾讯 AI Lab",
                                             TF_SECTOR_CORPORATE_LAB);
  TfMove *move;

  lab->parent_id = g_strdup ("o-tencent");
  g_assert_true (tf_dataset_add_organization (dataset, lab, &error));
  g_assert_no_error (error);

  g_assert_false (tf_dataset_check_references (dataset, &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE);
  g_assert_nonnull (strstr (error->message, "o-tencent"));
  g_clear_error (&error);

  g_assert_true (tf_dataset_add_organization (dataset,
                                              tf_organization_new ("o-tencent", "腾讯",
                                                                   TF_SECTOR_COMPANY),
                                              &error));
  g_assert_true (tf_dataset_check_references (dataset, &error));

  /* A duplicate id is refused and the record freed (ASan checks the leak). */
  g_assert_false (tf_dataset_add_organization (dataset,
                                               tf_organization_new ("o-tencent", "x",
                                                                    TF_SECTOR_COMPANY),
                                               &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  move = make_move ("m1", "p-nobody", "2017");
  g_assert_true (tf_dataset_add_move (dataset, move, &error));
  g_assert_false (tf_dataset_check_references (dataset, &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE);
  g_clear_error (&error);

  g_assert_cmpuint (tf_dataset_count_moves_without_evidence (dataset), ==, 1);
}

static void
test_dataset_parent_cycle (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(GError) error = NULL;
  TfOrganization *a = tf_organization_new ("a", "A", TF_SECTOR_COMPANY);
  TfOrganization *b = tf_organization_new ("b", "B", TF_SECTOR_COMPANY);

  a->parent_id = g_strdup ("b");
  b->parent_id = g_strdup ("a");
  tf_dataset_add_organization (dataset, a, NULL);
  tf_dataset_add_organization (dataset, b, NULL);
  g_assert_false (tf_dataset_check_references (dataset, &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID);
}

static void
test_dataset_moves_of_person (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(GPtrArray) moves = NULL;

  tf_dataset_add_person (dataset, tf_person_new ("p", "李磊"), NULL);
  tf_dataset_add_move (dataset, make_move ("late", "p", "2021-08"), NULL);
  tf_dataset_add_move (dataset, make_move ("unknown", "p", NULL), NULL);
  tf_dataset_add_move (dataset, make_move ("other", "q", "2000"), NULL);
  tf_dataset_add_move (dataset, make_move ("early", "p", "2017"), NULL);

  moves = tf_dataset_dup_moves_of_person (dataset, "p");
  g_assert_cmpuint (moves->len, ==, 3);
  g_assert_cmpstr (((TfMove *) moves->pdata[0])->id, ==, "early");
  g_assert_cmpstr (((TfMove *) moves->pdata[1])->id, ==, "late");
  g_assert_cmpstr (((TfMove *) moves->pdata[2])->id, ==, "unknown");
}

static void
test_paragraph_folds (void)
{
  g_autoptr(TfParagraph) paragraph = tf_paragraph_new ("字節跳動ＡＩ Lab。李磊離職!", TF_PARAGRAPH_TEXT);

  g_assert_cmpstr (paragraph->folded, ==, "字节跳动ai lab。李磊离职!");
  g_assert_cmpuint (paragraph->n_sentences, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/date/parse", test_date_parse);
  g_test_add_func ("/model/date/order", test_date_order);
  g_test_add_func ("/model/enum-names", test_enum_names);
  g_test_add_func ("/model/dataset/references", test_dataset_references);
  g_test_add_func ("/model/dataset/parent-cycle", test_dataset_parent_cycle);
  g_test_add_func ("/model/dataset/moves-of-person", test_dataset_moves_of_person);
  g_test_add_func ("/model/paragraph/folds", test_paragraph_folds);

  return g_test_run ();
}
