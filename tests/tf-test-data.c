/* tf-test-data.c: building small datasets by hand in the core tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-test-data"

#include "config.h"

#include "tf-dataset-file.h"
#include "tf-test-data.h"

/* parent_id may be NULL. */
void
tf_test_add_organization (TfDataset  *dataset,
                          const char *id,
                          const char *name,
                          TfSector    sector,
                          const char *parent_id)
{
  TfOrganization *organization = tf_organization_new (id, name, sector);

  organization->parent_id = g_strdup (parent_id);
  g_assert_true (tf_dataset_add_organization (dataset, organization, NULL));
}

void
tf_test_add_person (TfDataset  *dataset,
                    const char *id,
                    const char *name)
{
  g_assert_true (tf_dataset_add_person (dataset, tf_person_new (id, name), NULL));
}

/* from_org/to_org: an organization id, or "" for an unnamed place of the
 * given sector with the given label, or NULL for none. The dataset owns
 * the move returned. */
TfMove *
tf_test_add_move (TfDataset  *dataset,
                  const char *id,
                  const char *person_id,
                  TfMoveKind  kind,
                  const char *date,
                  const char *from_org,
                  TfSector    from_sector,
                  const char *to_org,
                  TfSector    to_sector,
                  const char *to_label)
{
  TfMove *move = tf_move_new (id, kind);

  move->person_id = g_strdup (person_id);
  g_assert_true (tf_date_parse (date, &move->date));
  if (from_org != NULL)
    move->from = tf_affiliation_new (*from_org ? from_org : NULL, from_sector);
  if (to_org != NULL)
    {
      move->to = tf_affiliation_new (*to_org ? to_org : NULL, to_sector);
      move->to->label = g_strdup (to_label);
    }
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));
  return move;
}

void
tf_test_add_source (TfDataset  *dataset,
                    const char *id,
                    const char *date)
{
  TfSource *source = tf_source_new (id);

  source->title = g_strdup (id);
  g_assert_true (tf_date_parse (date, &source->date));
  g_assert_true (tf_dataset_add_source (dataset, source, NULL));
}

void
tf_test_cite (TfMove     *move,
              const char *source_id)
{
  g_ptr_array_add (move->evidence, tf_evidence_new (source_id, move->id, "", ""));
}

/* The cases the seed articles describe, by hand. */
TfDataset *
tf_test_seeds_new (void)
{
  TfDataset *dataset = tf_dataset_new ();
  TfMove *move;

  tf_test_add_organization (dataset, "o-cmu", "卡内基梅隆大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-stanford", "斯坦福大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-fudan", "复旦大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-hkust", "香港科技大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-tsinghua", "清华大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-alibaba", "阿里巴巴", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-damo", "阿里巴巴达摩院", TF_SECTOR_CORPORATE_LAB, "o-alibaba");
  tf_test_add_organization (dataset, "o-tencent", "腾讯", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-tencent-ai-lab", "腾讯 AI Lab", TF_SECTOR_CORPORATE_LAB,
                            "o-tencent");
  tf_test_add_organization (dataset, "o-baidu", "百度", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-baidu-research", "百度研究院", TF_SECTOR_CORPORATE_LAB,
                            "o-baidu");
  tf_test_add_organization (dataset, "o-msra", "微软亚洲研究院", TF_SECTOR_CORPORATE_LAB, NULL);
  tf_test_add_organization (dataset, "o-uber", "Uber", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-google", "Google", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-ant", "蚂蚁集团", TF_SECTOR_COMPANY, "o-alibaba");
  tf_test_add_organization (dataset, "o-jd", "京东", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-sinovation", "创新工场", TF_SECTOR_STARTUP, NULL);

  tf_test_add_person (dataset, "p-li-feifei", "李飞飞");
  tf_test_add_person (dataset, "p-qi-yuan", "漆远");
  tf_test_add_person (dataset, "p-zhang-tong", "张潼");
  tf_test_add_person (dataset, "p-wang", "王某");
  tf_test_add_person (dataset, "p-zhou", "周某");
  tf_test_add_person (dataset, "p-li-derived", "李某");
  tf_test_add_person (dataset, "p-chen", "Chen Wei");
  tf_test_add_person (dataset, "p-zhao", "赵某");

  /* Stanford and Google at once, 2017-2018. */
  move = tf_test_add_move (dataset, "m-li-google", "p-li-feifei", TF_MOVE_JOIN, "2017-01",
                           "o-stanford", 0, "o-google", 0, NULL);
  move->concurrent = TRUE;
  tf_test_add_move (dataset, "m-li-leave-google", "p-li-feifei", TF_MOVE_LEAVE, "2018-09",
                    "o-google", 0, "o-stanford", 0, NULL);

  tf_test_add_move (dataset, "m-qi-ant", "p-qi-yuan", TF_MOVE_TRANSFER, "2017",
                    "o-damo", 0, "o-ant", 0, NULL);
  tf_test_add_move (dataset, "m-qi-fudan", "p-qi-yuan", TF_MOVE_RETURN_ACADEMIA, "2021-11",
                    "o-ant", 0, "o-fudan", 0, NULL);

  tf_test_add_move (dataset, "m-zhang-tencent", "p-zhang-tong", TF_MOVE_JOIN, "2017-03",
                    "o-baidu-research", 0, "o-tencent-ai-lab", 0, NULL);
  tf_test_add_move (dataset, "m-zhang-hkust", "p-zhang-tong", TF_MOVE_RETURN_ACADEMIA, "2019-01",
                    "o-tencent-ai-lab", 0, "o-hkust", 0, NULL);
  move = tf_test_add_move (dataset, "m-zhang-sinovation", "p-zhang-tong", TF_MOVE_JOIN, "2019-02",
                           NULL, 0, "o-sinovation", 0, NULL);
  move->concurrent = TRUE;

  /* Uber took 40 people from CMU's robotics lab in 2015. */
  move = tf_test_add_move (dataset, "m-uber-cmu", NULL, TF_MOVE_JOIN, "2015",
                           "o-cmu", 0, "o-uber", 0, NULL);
  move->group_size = 40;
  move->group_label = g_strdup ("卡内基梅隆大学机器人实验室的 40 名研究人员");

  /* 离职创业 and 重返学界: unnamed destinations. */
  tf_test_add_move (dataset, "m-wang-startup", "p-wang", TF_MOVE_FOUND, "2020-06",
                    "o-jd", 0, "", TF_SECTOR_STARTUP, "离职创业");
  tf_test_add_move (dataset, "m-zhou-academia", "p-zhou", TF_MOVE_RETURN_ACADEMIA, "2021-03",
                    "o-msra", 0, "", TF_SECTOR_ACADEMIA, "重返学界");

  /* "入职四年" in a 2021 article: 2017, derived. */
  move = tf_test_add_move (dataset, "m-li-derived", "p-li-derived", TF_MOVE_JOIN, "2017",
                           "o-tsinghua", 0, "o-baidu", 0, NULL);
  move->date.derived = TRUE;

  /* Back to an earlier organization, and back again. */
  tf_test_add_move (dataset, "m-chen-1", "p-chen", TF_MOVE_JOIN, "2016-05",
                    "o-tsinghua", 0, "o-google", 0, NULL);
  tf_test_add_move (dataset, "m-chen-2", "p-chen", TF_MOVE_RETURN_ACADEMIA, "2019-07",
                    "o-google", 0, "o-tsinghua", 0, NULL);
  tf_test_add_move (dataset, "m-chen-3", "p-chen", TF_MOVE_JOIN, "2022-01",
                    "o-tsinghua", 0, "o-google", 0, NULL);

  /* Left, destination unknown; and a move with no date. */
  tf_test_add_move (dataset, "m-zhao-leave", "p-zhao", TF_MOVE_LEAVE, "2018-04",
                    "o-tencent", 0, NULL, 0, NULL);
  tf_test_add_move (dataset, "m-zhao-undated", "p-zhao", TF_MOVE_JOIN, NULL,
                    NULL, 0, "o-jd", 0, NULL);

  g_assert_true (tf_dataset_check_references (dataset, NULL));
  return dataset;
}

void
tf_test_check_fuzz_regressions (const char     *prefix,
                                TfTestReadFunc  read)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "tests", "fixtures",
                                                 "fuzz-regressions", NULL);
  g_autoptr(GError) dir_error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &dir_error);
  const char *name;
  guint n_inputs = 0;

  g_assert_no_error (dir_error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(TfDataset) dataset = NULL;
      g_autoptr(TfDataset) reloaded = NULL;
      char *contents = NULL;
      gsize len = 0;

      if (!g_str_has_prefix (name, prefix))
        continue;
      g_test_message ("%s", name);
      g_file_get_contents (file, &contents, &len, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (contents, len);
      n_inputs++;

      dataset = read (bytes, name, &error);
      if (dataset == NULL)
        {
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, !=, "");
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          continue;
        }
      g_assert_no_error (error);
      saved = tf_dataset_file_save_bytes (dataset, &error);
      g_assert_no_error (error);
      reloaded = tf_dataset_file_load_bytes (saved, name, &error);
      g_assert_no_error (error);
      g_assert_true (tf_dataset_equal (dataset, reloaded));
    }
  /* A loop over an empty folder would prove nothing. */
  g_assert_cmpuint (n_inputs, >, 0);
}
