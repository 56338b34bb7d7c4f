/* test-sample.c: the bundled sample dataset and its evidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-sample"

#include "config.h"

#include <string.h>

#include "tf-evidence.h"
#include "tf-sample.h"

/* The size of data/sample-curation.talentflow. A change to the curation
 * changes these on purpose, and only then. */
#define SAMPLE_SOURCES       5
#define SAMPLE_ORGANIZATIONS 38
#define SAMPLE_PEOPLE        23
#define SAMPLE_MOVES         37
#define SAMPLE_EVIDENCE      74

static TfDataset *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  TfDataset *dataset = tf_sample_load (&error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static TfMove *
lookup_move (TfDataset  *dataset,
             const char *id)
{
  TfMove *move = tf_dataset_lookup_move (dataset, id);

  if (move == NULL)
    g_error ("The sample has no move “%s”", id);
  return move;
}

static void
assert_date (const TfDate *date,
             const char   *expected,
             gboolean      derived)
{
  g_autofree char *str = tf_date_to_string (date);

  g_assert_cmpstr (str, ==, expected);
  g_assert_cmpint (date->derived, ==, derived);
}

static guint
count_evidence_from (const TfMove *move,
                     const char   *source_id)
{
  guint n = 0;

  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (move->evidence, i);

      if (g_strcmp0 (evidence->source_id, source_id) == 0)
        n++;
    }
  return n;
}

static void
test_sample_counts (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  g_autoptr(GError) error = NULL;
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  guint n_evidence = 0;

  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, SAMPLE_SOURCES);
  g_assert_cmpuint (tf_dataset_get_organizations (dataset)->len, ==, SAMPLE_ORGANIZATIONS);
  g_assert_cmpuint (tf_dataset_get_people (dataset)->len, ==, SAMPLE_PEOPLE);
  g_assert_cmpuint (moves->len, ==, SAMPLE_MOVES);
  for (guint i = 0; i < moves->len; i++)
    n_evidence += ((TfMove *) g_ptr_array_index (moves, i))->evidence->len;
  g_assert_cmpuint (n_evidence, ==, SAMPLE_EVIDENCE);

  g_assert_cmpstr (tf_dataset_get_title (dataset), !=, NULL);
  g_assert_true (tf_dataset_check_references (dataset, &error));
  g_assert_no_error (error);
}

/* The build tool filled the curation's sources with the articles as the
 * reader reads them, keeping what the curation gives. */
static void
test_sample_sources (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  GPtrArray *sources = tf_dataset_get_sources (dataset);
  TfSource *s000 = tf_dataset_lookup_source (dataset, "s000");
  TfSource *s002 = tf_dataset_lookup_source (dataset, "s002");
  TfSource *s003 = tf_dataset_lookup_source (dataset, "s003");

  for (guint i = 0; i < sources->len; i++)
    {
      TfSource *source = g_ptr_array_index (sources, i);

      g_assert_nonnull (source->file_name);
      g_assert_cmpuint (source->paragraphs->len, >, 5);
    }

  g_assert_nonnull (s000);
  g_assert_cmpstr (s000->title, ==, "互联网留不住科学家");
  g_assert_cmpstr (s000->file_name, ==, "000_b1c6aaa2a0844c7d.txt");
  assert_date (&s000->date, "2021-12-15", FALSE);
  g_assert_nonnull (s003);
  assert_date (&s003->date, "2022-06-04", FALSE);
  g_assert_cmpint (tf_dataset_lookup_source (dataset, "s001")->script, ==, TF_SCRIPT_HANT);

  /* The reader finds no date in 002; the curation gives it. */
  g_assert_nonnull (s002);
  g_assert_cmpstr (s002->title, ==, "2021 年各家大厂的 AI Lab 现状如何?");
  g_assert_cmpstr (s002->outlet, ==, "知乎");
  assert_date (&s002->date, "2021-08-20", FALSE);
}

static void
test_sample_evidence_resolves (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  g_assert_cmpuint (tf_dataset_count_moves_without_evidence (dataset), ==, 0);

  for (guint i = 0; i < moves->len; i++)
    {
      TfMove *move = g_ptr_array_index (moves, i);

      g_assert_cmpuint (move->evidence->len, >=, 1);
      for (guint j = 0; j < move->evidence->len; j++)
        {
          TfEvidence *evidence = g_ptr_array_index (move->evidence, j);
          TfSource *source = tf_dataset_lookup_source (dataset, evidence->source_id);
          TfEvidenceMatch match;
          const TfParagraph *paragraph;
          guint count;

          g_assert_nonnull (source);
          count = tf_evidence_resolve (evidence, source, &match);
          if (count != 1)
            g_error ("Move “%s”: “%s” resolves to %s places in %s",
                     move->id, evidence->exact, count == 0 ? "no" : "several", source->id);

          g_assert_cmpuint (match.paragraph, <, source->paragraphs->len);
          paragraph = g_ptr_array_index (source->paragraphs, match.paragraph);
          g_assert_cmpuint (match.end, <=, strlen (paragraph->text));
          g_assert_cmpuint (match.end - match.start, ==, strlen (evidence->exact));
          g_assert_true (strncmp (paragraph->text + match.start, evidence->exact,
                                  match.end - match.start) == 0);
          /* The build tool gave every quote its context. */
          g_assert_true (*evidence->prefix != '\0' || *evidence->suffix != '\0'
                         || strcmp (paragraph->text, evidence->exact) == 0);
        }
    }
}

/* Which articles back the sample. 004 mentions 李飞飞 only as a Stanford
 * professor, a state rather than a move, so it backs none. */
static void
test_sample_evidence_per_source (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  const char *ids[] = { "s000", "s001", "s002", "s003", "s004" };
  guint counts[G_N_ELEMENTS (ids)] = { 0, };

  for (guint i = 0; i < moves->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
      counts[k] += count_evidence_from (g_ptr_array_index (moves, i), ids[k]);

  g_assert_cmpuint (counts[0], >, 0);
  g_assert_cmpuint (counts[1], >, 0);
  g_assert_cmpuint (counts[2], >, 0);
  g_assert_cmpuint (counts[3], >, 0);
  g_assert_cmpuint (counts[4], ==, 0);
}

static void
test_sample_qi_yuan (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  TfMove *move = lookup_move (dataset, "m-qi-yuan-2021-fudan");
  TfPerson *person;

  g_assert_cmpstr (move->person_id, ==, "p-qi-yuan");
  person = tf_dataset_lookup_person (dataset, move->person_id);
  g_assert_cmpstr (person->name, ==, "漆远");
  g_assert_cmpint (move->kind, ==, TF_MOVE_RETURN_ACADEMIA);
  assert_date (&move->date, "2021-11", FALSE);
  g_assert_nonnull (move->from);
  g_assert_cmpstr (move->from->org_id, ==, "o-ant-group");
  g_assert_nonnull (move->to);
  g_assert_cmpstr (move->to->org_id, ==, "o-fudan");
  g_assert_cmpint (move->to->sector, ==, TF_SECTOR_ACADEMIA);
  g_assert_cmpuint (count_evidence_from (move, "s000"), >=, 1);
  g_assert_cmpuint (count_evidence_from (move, "s003"), >=, 1);
}

/* 李磊's move to UCSB is reported by three articles; each backs it. */
static void
test_sample_li_lei (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  TfMove *move = lookup_move (dataset, "m-li-lei-2021-ucsb");
  TfOrganization *ucsb;

  g_assert_cmpstr (move->person_id, ==, "p-li-lei");
  assert_date (&move->date, "2021-08", FALSE);
  /* Where he came to 字节跳动 from, no article says. */
  g_assert_null (lookup_move (dataset, "m-li-lei-2017-bytedance-ai-lab")->from);
  g_assert_cmpstr (move->from->org_id, ==, "o-bytedance-ai-lab");
  g_assert_cmpstr (move->to->org_id, ==, "o-ucsb");
  g_assert_cmpuint (count_evidence_from (move, "s000"), >=, 1);
  g_assert_cmpuint (count_evidence_from (move, "s001"), >=, 1);
  g_assert_cmpuint (count_evidence_from (move, "s003"), >=, 1);

  ucsb = tf_dataset_lookup_organization (dataset, "o-ucsb");
  g_assert_cmpstr (ucsb->name, ==, "加州大学圣巴巴拉分校");
  g_assert_true (g_ptr_array_find_with_equal_func (ucsb->aliases, "UCSB", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (ucsb->aliases, "加州大學聖巴巴拉分校",
                                                   g_str_equal, NULL));
}

static void
test_sample_group_move (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  TfMove *move = lookup_move (dataset, "m-uber-cmu-2015");
  TfOrganization *lab;

  g_assert_null (move->person_id);
  g_assert_cmpuint (move->group_size, ==, 40);
  g_assert_nonnull (move->group_label);
  assert_date (&move->date, "2015", FALSE);
  g_assert_cmpstr (move->to->org_id, ==, "o-uber");
  lab = tf_dataset_lookup_organization (dataset, move->from->org_id);
  g_assert_cmpint (lab->sector, ==, TF_SECTOR_ACADEMIA);
  g_assert_cmpstr (lab->parent_id, ==, "o-cmu");
}

/* Durations become derived dates (入职四年 in 2021, 在腾讯待了17年), and
 * so do dates the text only bounds (此后, 2017-2018 年). */
static void
test_sample_derived_dates (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();

  assert_date (&lookup_move (dataset, "m-li-lei-2017-bytedance-ai-lab")->date, "2017", TRUE);
  assert_date (&lookup_move (dataset, "m-yao-xing-2004-tencent")->date, "2004", TRUE);
  assert_date (&lookup_move (dataset, "m-ye-jieping-2015-didi")->date, "2015", TRUE);
  assert_date (&lookup_move (dataset, "m-ye-jieping-2020-beike")->date, "2020", TRUE);
  assert_date (&lookup_move (dataset, "m-fei-fei-li-2018-leave-google")->date, "2018", TRUE);
  /* A relative date resolved against the article's date is not derived. */
  assert_date (&lookup_move (dataset, "m-ma-weiying-2020-tsinghua-air")->date, "2020-07", FALSE);
}

static void
test_sample_concurrent (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  TfMove *google = lookup_move (dataset, "m-fei-fei-li-2017-google");
  TfMove *leave = lookup_move (dataset, "m-fei-fei-li-2018-leave-google");
  TfMove *sinovation = lookup_move (dataset, "m-zhang-tong-2019-sinovation");
  TfMove *element_ai = lookup_move (dataset, "m-yoshua-bengio-2016-element-ai");

  g_assert_true (google->concurrent);
  g_assert_cmpstr (google->to->org_id, ==, "o-google");
  assert_date (&google->date, "2017", FALSE);
  g_assert_cmpint (leave->kind, ==, TF_MOVE_LEAVE);
  g_assert_cmpstr (leave->from->org_id, ==, "o-google");
  /* She kept her professorship: leaving Google took her nowhere new. */
  g_assert_null (leave->to);

  g_assert_true (sinovation->concurrent);
  g_assert_cmpint (tf_dataset_lookup_organization (dataset, "o-sinovation")->sector,
                   ==, TF_SECTOR_STARTUP);

  g_assert_true (element_ai->concurrent);
  g_assert_cmpint (element_ai->kind, ==, TF_MOVE_FOUND);

  /* A move that is not concurrent says so. */
  g_assert_false (lookup_move (dataset, "m-qi-yuan-2021-fudan")->concurrent);
}

static void
test_sample_unnamed_places (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  TfMove *yao_xing = lookup_move (dataset, "m-yao-xing-2021-startup");
  TfMove *hinton = lookup_move (dataset, "m-geoffrey-hinton-2013-google");

  g_assert_cmpint (yao_xing->kind, ==, TF_MOVE_FOUND);
  assert_date (&yao_xing->date, "2021-03", FALSE);
  g_assert_null (yao_xing->to->org_id);
  g_assert_cmpint (yao_xing->to->sector, ==, TF_SECTOR_STARTUP);
  g_assert_cmpstr (yao_xing->to->label, ==, "离职创业");

  g_assert_null (hinton->from->org_id);
  g_assert_cmpint (hinton->from->sector, ==, TF_SECTOR_ACADEMIA);
  assert_date (&hinton->date, "2013", FALSE);
}

static void
test_sample_organizations (void)
{
  g_autoptr(TfDataset) dataset = load_sample ();
  TfOrganization *lab = tf_dataset_lookup_organization (dataset, "o-tencent-ai-lab");
  TfOrganization *parent;

  g_assert_nonnull (lab);
  g_assert_cmpint (lab->sector, ==, TF_SECTOR_CORPORATE_LAB);
  parent = tf_dataset_lookup_organization (dataset, lab->parent_id);
  g_assert_nonnull (parent);
  g_assert_cmpstr (parent->name, ==, "腾讯");
  g_assert_cmpint (parent->sector, ==, TF_SECTOR_COMPANY);

  g_assert_cmpstr (tf_dataset_lookup_organization (dataset, "o-tsinghua-air")->parent_id,
                   ==, "o-tsinghua");
}

static void
test_sample_articles (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) missing = NULL;
  g_autoptr(GBytes) escaping = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  bytes = tf_sample_lookup_article ("001_299ef1fff7c01911.txt", &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  /* Shipped byte for byte. */
  path = g_test_build_filename (G_TEST_DIST, "data", "001_299ef1fff7c01911.txt", NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);

  missing = tf_sample_lookup_article ("999_missing.txt", &error);
  g_assert_null (missing);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  escaping = tf_sample_lookup_article ("../sample/sample.talentflow", &error);
  g_assert_null (escaping);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample/counts", test_sample_counts);
  g_test_add_func ("/sample/sources", test_sample_sources);
  g_test_add_func ("/sample/evidence-resolves", test_sample_evidence_resolves);
  g_test_add_func ("/sample/evidence-per-source", test_sample_evidence_per_source);
  g_test_add_func ("/sample/qi-yuan", test_sample_qi_yuan);
  g_test_add_func ("/sample/li-lei", test_sample_li_lei);
  g_test_add_func ("/sample/group-move", test_sample_group_move);
  g_test_add_func ("/sample/derived-dates", test_sample_derived_dates);
  g_test_add_func ("/sample/concurrent", test_sample_concurrent);
  g_test_add_func ("/sample/unnamed-places", test_sample_unnamed_places);
  g_test_add_func ("/sample/organizations", test_sample_organizations);
  g_test_add_func ("/sample/articles", test_sample_articles);

  return g_test_run ();
}
