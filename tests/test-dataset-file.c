/* test-dataset-file.c: the .talentflow format: round trips, atomic saves,
 * and every kind of bad or hostile file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-dataset-file"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tf-dataset-file-open.h"
#include "tf-dataset-file.h"
#include "tf-test-data.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "tests", "fixtures", "datasets", name, NULL);
}

static TfDataset *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return tf_dataset_file_load (file, NULL, error);
}

static TfParagraph *
add_paragraph (TfSource        *source,
               const char      *text,
               TfParagraphKind  kind)
{
  TfParagraph *paragraph = tf_paragraph_new (text, kind);

  g_ptr_array_add (source->paragraphs, paragraph);
  return paragraph;
}

static TfAffiliation *
affiliation_new (const char *org_id,
                 TfSector    sector,
                 const char *label,
                 const char *role)
{
  TfAffiliation *affiliation = tf_affiliation_new (org_id, sector);

  affiliation->label = g_strdup (label);
  affiliation->role = g_strdup (role);
  return affiliation;
}

static void
set_date (TfDate     *date,
          const char *str,
          gboolean    derived)
{
  g_assert_true (tf_date_parse (str, date));
  date->derived = derived;
}

/* Every field of every record, with characters that need escaping. */
static TfDataset *
build_full_dataset (void)
{
  TfDataset *dataset = tf_dataset_new ();
  TfSource *source;
  TfOrganization *organization;
  TfPerson *person;
  TfMove *move;

  tf_dataset_set_title (dataset, "AI talent flow <test> & \"quotes\" — 人才流动");

  source = tf_source_new ("s000");
  source->title = g_strdup ("互联网留不住科学家 <&> \"'");
  source->outlet = g_strdup ("虎嗅");
  source->author = g_strdup ("  spaced author  ");
  source->url = g_strdup ("https://example.com/a?b=1&c=<2>");
  source->file_name = g_strdup ("000_b1c6aaa2a0844c7d.txt");
  source->script = TF_SCRIPT_HANS;
  set_date (&source->date, "2021-12-15", FALSE);
  add_paragraph (source, "互联网留不住科学家", TF_PARAGRAPH_HEADING);
  add_paragraph (source, "11月，复旦大学官宣原蚂蚁集团副总裁、AI团队负责人漆远正式加入复旦大学，出任复旦大学浩清教授。",
                 TF_PARAGRAPH_TEXT);
  add_paragraph (source, "• 一项 & <b>粗体</b> ]]> 結束", TF_PARAGRAPH_ITEM);
  add_paragraph (source, "“引用” 'single' \"double\"", TF_PARAGRAPH_QUOTE);
  add_paragraph (source, "  tab\there, carriage\rreturn, line\nfeed, trailing space  ",
                 TF_PARAGRAPH_TEXT);
  add_paragraph (source, "", TF_PARAGRAPH_TEXT);
  g_assert_true (tf_dataset_add_source (dataset, source, NULL));

  source = tf_source_new ("s001");
  source->title = g_strdup ("Bare");
  source->script = TF_SCRIPT_LATIN;
  g_assert_true (tf_dataset_add_source (dataset, source, NULL));

  source = tf_source_new ("s002");
  source->title = g_strdup ("");
  source->script = TF_SCRIPT_HANT;
  set_date (&source->date, "2020", FALSE);
  add_paragraph (source, "騰訊 AI Lab", TF_PARAGRAPH_TEXT);
  g_assert_true (tf_dataset_add_source (dataset, source, NULL));

  /* A child before its parent. */
  organization = tf_organization_new ("o-tencent-ai-lab", "腾讯 AI Lab", TF_SECTOR_CORPORATE_LAB);
  organization->parent_id = g_strdup ("o-tencent");
  organization->country = g_strdup ("CN");
  g_ptr_array_add (organization->aliases, g_strdup ("騰訊 AI Lab"));
  g_ptr_array_add (organization->aliases, g_strdup ("Tencent AI Lab"));
  g_assert_true (tf_dataset_add_organization (dataset, organization, NULL));
  organization = tf_organization_new ("o-tencent", "腾讯", TF_SECTOR_COMPANY);
  g_assert_true (tf_dataset_add_organization (dataset, organization, NULL));
  organization = tf_organization_new ("o-fudan", "复旦大学", TF_SECTOR_ACADEMIA);
  organization->country = g_strdup ("CN");
  g_assert_true (tf_dataset_add_organization (dataset, organization, NULL));
  organization = tf_organization_new ("o-cmu", "卡内基梅隆大学 & <CMU>", TF_SECTOR_ACADEMIA);
  organization->country = g_strdup ("US");
  g_assert_true (tf_dataset_add_organization (dataset, organization, NULL));
  organization = tf_organization_new ("o-uber", "Uber", TF_SECTOR_COMPANY);
  g_assert_true (tf_dataset_add_organization (dataset, organization, NULL));

  person = tf_person_new ("p-qi-yuan", "漆远");
  g_ptr_array_add (person->aliases, g_strdup ("Yuan Qi"));
  g_ptr_array_add (person->aliases, g_strdup ("Qi Yuan"));
  person->note = g_strdup ("Also written 漆遠 in Taiwan's press; <not> & \"markup\"");
  g_assert_true (tf_dataset_add_person (dataset, person, NULL));
  person = tf_person_new ("p-zhou-bowen", "周伯文");
  g_assert_true (tf_dataset_add_person (dataset, person, NULL));

  move = tf_move_new ("m-qi-yuan-fudan", TF_MOVE_JOIN);
  move->person_id = g_strdup ("p-qi-yuan");
  set_date (&move->date, "2021-11", FALSE);
  move->from = affiliation_new ("o-tencent-ai-lab", TF_SECTOR_CORPORATE_LAB, NULL,
                                "副总裁 <VP> & \"lead\"");
  move->to = affiliation_new ("o-fudan", TF_SECTOR_ACADEMIA, NULL, "浩清教授\n院长\tand\rmore");
  move->note = g_strdup ("note & <x>");
  g_ptr_array_add (move->evidence,
                   tf_evidence_new ("s000", "复旦大学官宣原蚂蚁集团副总裁、AI团队负责人漆远正式加入复旦大学",
                                    "", "，出任复旦大学"));
  g_ptr_array_add (move->evidence, tf_evidence_new ("s002", "騰訊 AI Lab", "", ""));
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));

  /* An anonymous group, with a derived date, landing in a lab of a company. */
  move = tf_move_new ("m-cmu-uber", TF_MOVE_TRANSFER);
  move->group_size = 40;
  move->group_label = g_strdup ("卡内基梅隆大学机器人实验室的 40 名研究人员");
  set_date (&move->date, "2015", TRUE);
  move->from = affiliation_new ("o-cmu", TF_SECTOR_ACADEMIA, "机器人实验室", NULL);
  move->to = affiliation_new ("o-uber", TF_SECTOR_CORPORATE_LAB, NULL, NULL);
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));

  /* Concurrent, to an unnamed place, on a day. */
  move = tf_move_new ("m-zhou-startup", TF_MOVE_FOUND);
  move->person_id = g_strdup ("p-zhou-bowen");
  move->group_size = 3;
  move->concurrent = TRUE;
  set_date (&move->date, "2021-02-28", FALSE);
  move->from = affiliation_new ("o-tencent", TF_SECTOR_COMPANY, NULL, NULL);
  move->to = affiliation_new (NULL, TF_SECTOR_STARTUP, "离职创业", "创始人");
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));

  /* No date, no ends, no evidence. */
  move = tf_move_new ("m-zhou-leave", TF_MOVE_LEAVE);
  move->person_id = g_strdup ("p-zhou-bowen");
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));

  move = tf_move_new ("m-qi-yuan-back", TF_MOVE_RETURN_ACADEMIA);
  move->person_id = g_strdup ("p-qi-yuan");
  move->to = affiliation_new (NULL, TF_SECTOR_ACADEMIA, "重返学界", NULL);
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));

  g_assert_true (tf_dataset_check_references (dataset, NULL));
  return dataset;
}

static void
test_round_trip (void)
{
  g_autoptr(TfDataset) dataset = build_full_dataset ();
  g_autoptr(TfDataset) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) resaved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  TfSource *source;
  TfMove *move;

  bytes = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                        "<talentflow xmlns=\"" TF_DATASET_FILE_NAMESPACE
                                        "\" version=\"1\">\n"
                                        "  <title>"));
  g_assert_nonnull (strstr (xml, "\n    <source id=\"s001\" script=\"latin\">\n"
                                 "      <title>Bare</title>\n"
                                 "    </source>\n"));
  /* Implied values are not written. */
  g_assert_null (strstr (xml, "kind=\"text\""));
  g_assert_null (strstr (xml, "<prefix>"));
  g_assert_nonnull (strstr (xml, "<from org=\"o-tencent\"/>"));

  loaded = tf_dataset_file_load_bytes (bytes, "round-trip.talentflow", &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, loaded));

  /* Folded forms and sentence ends are recomputed, not stored. */
  source = tf_dataset_lookup_source (loaded, "s000");
  g_assert_cmpuint (source->paragraphs->len, ==, 6);
  g_assert_nonnull (((TfParagraph *) g_ptr_array_index (source->paragraphs, 1))->folded);
  g_assert_cmpuint (((TfParagraph *) g_ptr_array_index (source->paragraphs, 1))->n_sentences, >, 0);
  move = tf_dataset_lookup_move (loaded, "m-qi-yuan-fudan");
  g_assert_cmpstr (((TfEvidence *) g_ptr_array_index (move->evidence, 0))->prefix, ==, "");
  g_assert_cmpstr (move->to->role, ==, "浩清教授\n院长\tand\rmore");

  /* The same dataset gives the same bytes, also after a round trip. */
  again = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, again));
  resaved = tf_dataset_file_save_bytes (loaded, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, resaved));
}

/* Suggestions: status, review state and rejections survive a save, only
 * what differs from the old defaults is written, and a copy is equal. */
static void
test_suggestion_state (void)
{
  g_autoptr(TfDataset) dataset = build_full_dataset ();
  g_autoptr(TfDataset) loaded = NULL;
  g_autoptr(TfDataset) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) copy_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  TfMove *planned = g_ptr_array_index (moves, 0);
  TfMove *rumoured = g_ptr_array_index (moves, 1);
  const TfRejection *rejection;
  const char *source_id;

  planned->status = TF_MOVE_STATUS_PLANNED;
  planned->unreviewed = TRUE;
  rumoured->status = TF_MOVE_STATUS_RUMOURED;
  source_id = "s000";
  tf_dataset_add_rejection (dataset, tf_rejection_new (source_id, "漆远加入复旦", "漆遠", "复旦大学"));
  tf_dataset_add_rejection (dataset, tf_rejection_new ("s-gone", "a <quote> & more", NULL, NULL));

  bytes = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (xml, "status=\"planned\" reviewed=\"false\""));
  g_assert_nonnull (strstr (xml, "status=\"rumoured\""));
  g_assert_null (strstr (xml, "status=\"reported\""));
  g_assert_null (strstr (xml, "reviewed=\"true\""));
  g_assert_nonnull (strstr (xml, "<rejection source=\"s-gone\">"));

  loaded = tf_dataset_file_load_bytes (bytes, "suggestions.talentflow", &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, loaded));
  moves = tf_dataset_get_moves (loaded);
  g_assert_cmpint (((TfMove *) g_ptr_array_index (moves, 0))->status, ==, TF_MOVE_STATUS_PLANNED);
  g_assert_true (((TfMove *) g_ptr_array_index (moves, 0))->unreviewed);
  g_assert_false (((TfMove *) g_ptr_array_index (moves, 2))->unreviewed);
  g_assert_cmpuint (tf_dataset_get_rejections (loaded)->len, ==, 2);
  rejection = g_ptr_array_index (tf_dataset_get_rejections (loaded), 0);
  g_assert_cmpstr (rejection->person, ==, "漆遠");
  g_assert_cmpstr (rejection->exact, ==, "漆远加入复旦");

  /* Folded names match: simplified for traditional, NULL only for NULL. */
  g_assert_true (tf_dataset_is_rejected (loaded, source_id, "漆远加入复旦", "漆远", "復旦大學"));
  g_assert_false (tf_dataset_is_rejected (loaded, source_id, "漆远加入复旦", "漆远", NULL));
  g_assert_false (tf_dataset_is_rejected (loaded, source_id, "other quote", "漆远", "复旦大学"));
  g_assert_true (tf_dataset_is_rejected (loaded, "s-gone", "a <quote> & more", NULL, NULL));

  /* Any difference in the new fields makes datasets differ. */
  copy = tf_dataset_copy (loaded);
  g_assert_true (tf_dataset_equal (copy, loaded));
  copy_bytes = tf_dataset_file_save_bytes (copy, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, copy_bytes));
  ((TfMove *) g_ptr_array_index (tf_dataset_get_moves (copy), 0))->unreviewed = FALSE;
  g_assert_false (tf_dataset_equal (copy, loaded));
  g_clear_object (&copy);
  copy = tf_dataset_copy (loaded);
  ((TfMove *) g_ptr_array_index (tf_dataset_get_moves (copy), 1))->status =
    TF_MOVE_STATUS_REPORTED;
  g_assert_false (tf_dataset_equal (copy, loaded));
  g_clear_object (&copy);
  copy = tf_dataset_copy (loaded);
  tf_dataset_add_rejection (copy, tf_rejection_new ("s-x", "q", NULL, NULL));
  g_assert_false (tf_dataset_equal (copy, loaded));
}

static void
test_suggestions_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = load_fixture ("suggestions.talentflow", &error);
  g_autoptr(TfDataset) bad = NULL;
  TfMove *move;

  g_assert_no_error (error);
  move = tf_dataset_lookup_move (dataset, "m-1");
  g_assert_cmpint (move->status, ==, TF_MOVE_STATUS_PLANNED);
  g_assert_true (move->unreviewed);
  move = tf_dataset_lookup_move (dataset, "m-2");
  g_assert_cmpint (move->status, ==, TF_MOVE_STATUS_RUMOURED);
  g_assert_false (move->unreviewed);
  move = tf_dataset_lookup_move (dataset, "m-3");
  g_assert_cmpint (move->status, ==, TF_MOVE_STATUS_REPORTED);
  g_assert_false (move->unreviewed);
  g_assert_cmpuint (tf_dataset_get_rejections (dataset)->len, ==, 2);
  g_assert_true (tf_dataset_is_rejected (dataset, "s1", "漆远将加入复旦大学", "漆远", "复旦大学"));
  g_assert_true (tf_dataset_is_rejected (dataset, "s-removed",
                                         "a quote of an article no longer in the dataset",
                                         NULL, NULL));

  bad = load_fixture ("bad-status.talentflow", &error);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_INVALID);
  g_assert_null (bad);
}

/* A copy owns its records: changing it leaves the original as it was. */
static void
test_copy (void)
{
  g_autoptr(TfDataset) dataset = build_full_dataset ();
  g_autoptr(TfDataset) copy = tf_dataset_copy (dataset);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) copy_bytes = NULL;
  TfMove *move;
  TfSource *source;

  g_assert_true (tf_dataset_equal (dataset, copy));
  bytes = tf_dataset_file_save_bytes (dataset, NULL);
  copy_bytes = tf_dataset_file_save_bytes (copy, NULL);
  g_assert_nonnull (bytes);
  g_assert_true (g_bytes_equal (bytes, copy_bytes));

  source = tf_dataset_lookup_source (copy, "s000");
  g_assert_nonnull (source);
  g_assert_true (source != tf_dataset_lookup_source (dataset, "s000"));
  g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 1))->folded, ==,
                   ((TfParagraph *) g_ptr_array_index (
                      tf_dataset_lookup_source (dataset, "s000")->paragraphs, 1))->folded);
  move = tf_dataset_lookup_move (copy, "m-qi-yuan-fudan");
  g_assert_nonnull (move);
  g_free (move->to->role);
  move->to->role = g_strdup ("changed");
  g_assert_false (tf_dataset_equal (dataset, copy));
  g_assert_cmpstr (tf_dataset_lookup_move (dataset, "m-qi-yuan-fudan")->to->role, ==,
                   "浩清教授\n院长\tand\rmore");
}

static void
test_empty_dataset (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfDataset) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  loaded = tf_dataset_file_load_bytes (bytes, "empty", &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, loaded));
  g_assert_null (tf_dataset_get_title (loaded));
}

static void
test_minimal_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = load_fixture ("minimal.talentflow", &error);
  TfSource *source;
  TfMove *move;
  TfEvidence *evidence;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  const char *exact;

  g_assert_no_error (error);
  g_assert_cmpstr (tf_dataset_get_title (dataset), ==, "AI talent flow — seed articles");
  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 1);
  g_assert_cmpuint (tf_dataset_get_organizations (dataset)->len, ==, 2);
  g_assert_cmpuint (tf_dataset_get_people (dataset)->len, ==, 1);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 1);

  source = tf_dataset_lookup_source (dataset, "s000");
  g_assert_cmpint (source->script, ==, TF_SCRIPT_HANS);
  g_assert_cmpint (source->date.precision, ==, TF_DATE_DAY);
  g_assert_cmpstr (source->file_name, ==, "000_b1c6aaa2a0844c7d.txt");
  g_assert_cmpstr (source->outlet, ==, "虎嗅");
  g_assert_null (source->author);

  move = tf_dataset_lookup_move (dataset, "m-qi-yuan-fudan");
  g_assert_cmpstr (move->person_id, ==, "p-qi-yuan");
  g_assert_cmpuint (move->group_size, ==, 1);
  g_assert_cmpint (move->date.precision, ==, TF_DATE_MONTH);
  g_assert_false (move->date.derived);
  g_assert_cmpstr (move->from->org_id, ==, "o-ant-group");
  g_assert_cmpint (move->from->sector, ==, TF_SECTOR_COMPANY);
  g_assert_cmpint (move->to->sector, ==, TF_SECTOR_ACADEMIA);
  g_assert_cmpstr (move->to->role, ==, "浩清教授");

  /* The selector matches the source text exactly where it says. */
  evidence = g_ptr_array_index (move->evidence, 0);
  text = tf_source_dup_text (source);
  exact = strstr (text, evidence->exact);
  g_assert_nonnull (exact);
  before = g_strndup (text, exact - text);
  g_assert_cmpstr (evidence->prefix, ==, "11月，");
  g_assert_true (g_str_has_suffix (before, evidence->prefix));
  g_assert_true (g_str_has_prefix (exact + strlen (evidence->exact), evidence->suffix));
}

static void
test_group_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = load_fixture ("group-move.talentflow", &error);
  TfMove *move;

  g_assert_no_error (error);
  move = tf_dataset_lookup_move (dataset, "m-cmu-uber");
  g_assert_null (move->person_id);
  g_assert_cmpuint (move->group_size, ==, 40);
  g_assert_cmpstr (move->group_label, ==, "卡内基梅隆大学机器人实验室的 40 名研究人员");
  g_assert_true (move->date.derived);
  g_assert_cmpint (move->from->sector, ==, TF_SECTOR_ACADEMIA);  /* from the organization */
  g_assert_cmpint (move->to->sector, ==, TF_SECTOR_CORPORATE_LAB);  /* stated */
  g_assert_cmpstr (move->to->label, ==, "Uber 先进技术中心");

  move = tf_dataset_lookup_move (dataset, "m-zhou-bowen-startup");
  g_assert_true (move->concurrent);
  g_assert_null (move->from);
  g_assert_null (move->to->org_id);
  g_assert_cmpint (move->to->sector, ==, TF_SECTOR_STARTUP);
  g_assert_cmpstr (move->to->label, ==, "离职创业");
  g_assert_cmpstr (move->note, ==, "Only the text says so.");
  g_assert_cmpstr (tf_dataset_lookup_organization (dataset, "o-cmu-nrec")->parent_id, ==, "o-cmu");
}

typedef struct
{
  const char *file;
  TfDatasetFileError code;
  int line;            /* 0: the error has no line */
  const char *detail;  /* nullable: also in the message */
} BadInput;

static const BadInput bad_inputs[] = {
  { "empty.talentflow", TF_DATASET_FILE_ERROR_MALFORMED, 0, "empty" },
  { "truncated.talentflow", TF_DATASET_FILE_ERROR_MALFORMED, 16, NULL },
  { "wrong-root.talentflow", TF_DATASET_FILE_ERROR_NOT_DATASET, 2, "<dataset>" },
  { "wrong-namespace.talentflow", TF_DATASET_FILE_ERROR_NOT_DATASET, 3, "namespace" },
  { "version-99.talentflow", TF_DATASET_FILE_ERROR_VERSION, 2, "newer" },
  { "no-version.talentflow", TF_DATASET_FILE_ERROR_VERSION, 2, NULL },
  { "bad-sector.talentflow", TF_DATASET_FILE_ERROR_INVALID, 7, NULL },
  { "missing-name.talentflow", TF_DATASET_FILE_ERROR_INVALID, 8, "alias" },
  { "invalid-month.talentflow", TF_DATASET_FILE_ERROR_INVALID, 9, NULL },
  { "invalid-day.talentflow", TF_DATASET_FILE_ERROR_INVALID, 10, "2021-02-30" },
  { "group-without-size.talentflow", TF_DATASET_FILE_ERROR_INVALID, 4, "group-size" },
  { "dangling-person.talentflow", TF_DATASET_FILE_ERROR_INVALID, 10, "p-nobody" },
  { "dangling-source.talentflow", TF_DATASET_FILE_ERROR_INVALID, 19, "s999" },
  { "dangling-parent.talentflow", TF_DATASET_FILE_ERROR_INVALID, 11, "o-alibaba" },
  { "dangling-organization.talentflow", TF_DATASET_FILE_ERROR_INVALID, 15, "o-ant-group" },
  { "ancestor-cycle.talentflow", TF_DATASET_FILE_ERROR_INVALID, 0, "ancestor" },
  { "duplicate-id.talentflow", TF_DATASET_FILE_ERROR_INVALID, 10, "p-qi-yuan" },
  { "invalid-utf8.talentflow", TF_DATASET_FILE_ERROR_ENCODING, 3, "byte 138" },
  { "billion-laughs.talentflow", TF_DATASET_FILE_ERROR_FORBIDDEN, 2, "DTD" },
  { "external-entity.talentflow", TF_DATASET_FILE_ERROR_FORBIDDEN, 2, "DTD" },
  { "external-dtd.talentflow", TF_DATASET_FILE_ERROR_FORBIDDEN, 2, "DTD" },
  { "undeclared-entity.talentflow", TF_DATASET_FILE_ERROR_FORBIDDEN, 3, "copy" },
  { "xinclude.talentflow", TF_DATASET_FILE_ERROR_INVALID, 7, NULL },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autofree char *where = NULL;
  gint64 start = g_get_monotonic_time ();

  dataset = load_fixture (bad->file, &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, (int) bad->code);
  g_test_message ("%s", error->message);

  if (bad->line > 0)
    where = g_strdup_printf ("%s:%d: ", bad->file, bad->line);
  else
    where = g_strdup_printf ("%s: ", bad->file);
  g_assert_true (g_str_has_prefix (error->message, where));
  if (bad->detail != NULL)
    g_assert_nonnull (strstr (error->message, bad->detail));
  /* Entity bombs and external references are refused, not expanded. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  /* A caller that ignores the error is refused all the same. */
  g_assert_null (load_fixture (bad->file, NULL));
}

static void
test_versions (void)
{
  static const struct
  {
    const char *version;
    const char *detail;
  } versions[] = {
    { "2", "newer" },
    { "123456789012345678901234567890", "newer" },
    { "0", "does not exist" },
    { "one", "not a number" },
    { "-1", "not a number" },
    { "", "not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<talentflow xmlns=\"%s\" version=\"%s\"/>",
                                              TF_DATASET_FILE_NAMESPACE, versions[i].version);
      g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(TfDataset) dataset = NULL;

      dataset = tf_dataset_file_load_bytes (bytes, "v.talentflow", &error);
      g_assert_null (dataset);
      g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_VERSION);
      g_assert_true (g_str_has_prefix (error->message, "v.talentflow:1: "));
      g_assert_nonnull (strstr (error->message, versions[i].detail));
    }
}

/* libxml2 keeps element lines in 16 bits; big datasets are longer. */
static void
test_line_above_65535 (void)
{
  g_autoptr (GString) xml
      = g_string_new ("<?xml version=\"1.0\"?>\n"
                      "<talentflow xmlns=\"" TF_DATASET_FILE_NAMESPACE "\" version=\"1\">\n"
                      "  <people>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autofree char *where = NULL;

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (xml, "    <person id=\"p%u\">\n      <name>%u</name></person>\n", i, i);
  g_string_append (xml, "  </people>\n  <moves>\n"
                        "    <move id=\"m\" person=\"p1\" kind=\"join\" date=\"2021-02-30\"/>\n"
                        "  </moves>\n</talentflow>\n");
  bytes = g_bytes_new (xml->str, xml->len);
  dataset = tf_dataset_file_load_bytes (bytes, "long.talentflow", &error);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_INVALID);
  /* 3 lines, 2 per person, 2 more: the move is on line 80006. */
  where = g_strdup_printf ("long.talentflow:%u: ", 3 + 2 * 40000 + 2 + 1);
  g_assert_true (g_str_has_prefix (error->message, where));
}

/* A hostile file must not get further than a valid one just because it is
 * handed over as bytes rather than as a file. */
static void
test_bad_bytes (void)
{
  static const char xxe[]
      = "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE talentflow [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        "<talentflow xmlns=\"" TF_DATASET_FILE_NAMESPACE
        "\" version=\"1\"><title>&secret;</title></talentflow>\n";
  static const char declared_encoding[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                                          "<talentflow xmlns=\"" TF_DATASET_FILE_NAMESPACE
                                          "\" version=\"1\"><title>人才</title></talentflow>\n";
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  bytes = g_bytes_new_static (xxe, sizeof xxe - 1);
  dataset = tf_dataset_file_load_bytes (bytes, "xxe", &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_FORBIDDEN);
  g_assert_true (g_str_has_prefix (error->message, "xxe:2: "));
  g_clear_error (&error);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* The file is read as UTF-8 whatever its declaration claims. */
  bytes = g_bytes_new_static (declared_encoding, sizeof declared_encoding - 1);
  dataset = tf_dataset_file_load_bytes (bytes, "latin1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_dataset_get_title (dataset), ==, "人才");
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-dataset-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0755);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The names in a directory, sorted and joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_file_has (const char *path,
                 GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL),
                   g_bytes_get_size (expected));
}

static void
test_atomic_save (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "atomic.talentflow", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.talentflow", NULL);
  g_autofree char *inside = g_build_filename (folder, "kept", NULL);
  g_autofree char *below_file = g_build_filename (path, "below.talentflow", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GFile) below_file_file = g_file_new_for_path (below_file);
  g_autoptr(TfDataset) first = build_full_dataset ();
  g_autoptr(TfDataset) second = build_full_dataset ();
  g_autoptr(TfDataset) unsaveable = build_full_dataset ();
  g_autoptr(GBytes) first_bytes = tf_dataset_file_save_bytes (first, NULL);
  g_autoptr(GBytes) second_bytes = NULL;
  g_autoptr(GError) error = NULL;
  TfPerson *person;
  GStatBuf st;

  tf_dataset_set_title (second, "Second");
  second_bytes = tf_dataset_file_save_bytes (second, NULL);

  g_assert_true (tf_dataset_file_save (first, file, NULL, &error));
  g_assert_no_error (error);
  assert_file_has (path, first_bytes);

  /* Saving over keeps the file's permissions. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_true (tf_dataset_file_save (second, file, NULL, &error));
  g_assert_no_error (error);
  assert_file_has (path, second_bytes);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "kept", -1, NULL));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "atomic.talentflow folder.talentflow");

  /* The target is a directory: the rename fails after the temporary file
   * was written, and the temporary file must go. */
  g_assert_false (tf_dataset_file_save (first, folder_file, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "atomic.talentflow folder.talentflow");

  /* The parent is a regular file. */
  g_assert_false (tf_dataset_file_save (first, below_file_file, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_file_has (path, second_bytes);

  /* A dataset that cannot be written never touches the file. */
  person = tf_dataset_lookup_person (unsaveable, "p-qi-yuan");
  g_free (person->name);
  person->name = g_strdup ("bell\a");
  g_assert_false (tf_dataset_file_save (unsaveable, file, NULL, &error));
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_INVALID);
  g_clear_error (&error);
  assert_file_has (path, second_bytes);

  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "atomic.talentflow folder.talentflow");
  remove_tree (dir);
}

static void
test_atomic_save_read_only_dir (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "atomic.talentflow", NULL);
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TfDataset) first = build_full_dataset ();
  g_autoptr(TfDataset) second = build_full_dataset ();
  g_autoptr(GBytes) first_bytes = tf_dataset_file_save_bytes (first, NULL);
  g_autoptr(GError) error = NULL;
  int fd;

  g_assert_true (tf_dataset_file_save (first, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  /* Root writes into read-only directories. */
  fd = g_open (probe, O_WRONLY | O_CREAT, 0644);
  if (fd >= 0)
    {
      close (fd);
      remove_tree (dir);
      g_test_skip ("Read-only directories are writable for this user (root?)");
      return;
    }

  /* GIO's replace would fall back to overwriting the file in place here. */
  tf_dataset_set_title (second, "Second");
  g_assert_false (tf_dataset_file_save (second, file, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  assert_file_has (path, first_bytes);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "atomic.talentflow");
  remove_tree (dir);
}

static void
assert_save_refused (TfDataset  *dataset,
                     const char *detail)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = tf_dataset_file_save_bytes (dataset, &error);

  g_assert_null (bytes);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, detail));
}

/* What the loader would refuse, the writer refuses to write. */
static void
test_save_refuses (void)
{
  g_autoptr(TfDataset) bad_id = tf_dataset_new ();
  g_autoptr(TfDataset) control = tf_dataset_new ();
  g_autoptr(TfDataset) dangling = tf_dataset_new ();
  g_autoptr(TfDataset) nowhere = tf_dataset_new ();
  g_autoptr(TfDataset) country = tf_dataset_new ();
  g_autoptr(TfDataset) bad_date = tf_dataset_new ();
  TfMove *move;
  TfOrganization *organization;

  g_assert_true (tf_dataset_add_person (bad_id, tf_person_new ("1 bad", "x"), NULL));
  assert_save_refused (bad_id, "“1 bad”");

  g_assert_true (tf_dataset_add_person (control, tf_person_new ("p", "form\ffeed"), NULL));
  assert_save_refused (control, "U+000C");

  move = tf_move_new ("m", TF_MOVE_JOIN);
  move->person_id = g_strdup ("p-nobody");
  g_assert_true (tf_dataset_add_move (dangling, move, NULL));
  assert_save_refused (dangling, "p-nobody");

  g_assert_true (tf_dataset_add_person (nowhere, tf_person_new ("p", "x"), NULL));
  move = tf_move_new ("m", TF_MOVE_JOIN);
  move->person_id = g_strdup ("p");
  move->to = tf_affiliation_new (NULL, TF_SECTOR_STARTUP);
  g_assert_true (tf_dataset_add_move (nowhere, move, NULL));
  assert_save_refused (nowhere, "label");

  organization = tf_organization_new ("o", "x", TF_SECTOR_COMPANY);
  organization->country = g_strdup ("China");
  g_assert_true (tf_dataset_add_organization (country, organization, NULL));
  assert_save_refused (country, "China");

  g_assert_true (tf_dataset_add_person (bad_date, tf_person_new ("p", "x"), NULL));
  move = tf_move_new ("m", TF_MOVE_JOIN);
  move->person_id = g_strdup ("p");
  move->date = (TfDate) { 2021, 2, 30, TF_DATE_DAY, FALSE };
  g_assert_true (tf_dataset_add_move (bad_date, move, NULL));
  assert_save_refused (bad_date, "2021-02-30");
}

/* A sparse file: 200 MB long, nothing on disk. */
static char *
make_huge_file (const char *dir)
{
  static const char header[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<talentflow xmlns=\"" TF_DATASET_FILE_NAMESPACE "\" version=\"1\">\n";
  char *path = g_build_filename (dir, "huge.talentflow", NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, header, sizeof header - 1), ==, sizeof header - 1);
  g_assert_cmpint (ftruncate (fd, 200 * 1024 * 1024), ==, 0);
  close (fd);
  return path;
}

static void
test_too_large (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = make_huge_file (dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  gint64 start = g_get_monotonic_time ();

  /* Refused on its size alone: reading 200 MB would take far longer. */
  dataset = tf_dataset_file_load (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "huge.talentflow: "));
  g_clear_error (&error);

  dataset = tf_dataset_file_open_any (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Mapping does not read the file either. */
  mapped = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  dataset = tf_dataset_file_load_bytes (bytes, "huge.talentflow", &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  remove_tree (dir);
}

/* A device has no size to check: the read itself must stop. */
static void
test_endless_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("No /dev/zero");
      return;
    }
  dataset = tf_dataset_file_load (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_TOO_LARGE);
}

static TfDataset *
open_text (const char  *dir,
           const char  *name,
           const char  *contents,
           GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return tf_dataset_file_open_any (file, NULL, error);
}

static void
test_open_any (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *minimal = fixture_path ("minimal.talentflow");
  g_autoptr(GFile) minimal_file = g_file_new_for_path (minimal);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  TfSource *source;

  /* A dataset, whatever its name. */
  dataset = tf_dataset_file_open_any (minimal_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 1);
  g_clear_object (&dataset);

  dataset = open_text (dir, "prologue.txt",
                       "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a comment -->\n"
                       "<?pi data?>\n<tf:talentflow xmlns:tf=\"" TF_DATASET_FILE_NAMESPACE "\" "
                       "version=\"1\"><tf:title>Prefixed</tf:title></tf:talentflow>\n",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_dataset_get_title (dataset), ==, "Prefixed");
  g_clear_object (&dataset);

  /* A dataset with a DTD is refused, not read as an article. */
  dataset = open_text (dir, "doctype.talentflow",
                       "<!DOCTYPE talentflow [<!ENTITY x \"y\">]>\n"
                       "<talentflow xmlns=\"" TF_DATASET_FILE_NAMESPACE "\" version=\"1\"/>\n",
                       &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_FORBIDDEN);
  g_clear_error (&error);

  /* Another root is not a dataset, however XML it looks. */
  dataset = open_text (dir, "talentflowers.txt",
                       "<talentflowers>人才流动</talentflowers>\n\n漆远正式加入复旦大学。\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 1);
  g_clear_object (&dataset);

  /* An article becomes a dataset of one source. */
  dataset = open_text (dir, "article.txt",
                       "互联网留不住科学家\n\n11月，复旦大学官宣漆远正式加入复旦大学。\n\n第二段。\n",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 1);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 0);
  source = g_ptr_array_index (tf_dataset_get_sources (dataset), 0);
  g_assert_cmpstr (source->id, ==, "s1");
  g_assert_cmpstr (source->title, ==, "互联网留不住科学家");
  g_assert_cmpstr (tf_dataset_get_title (dataset), ==, source->title);
  g_assert_cmpstr (source->file_name, ==, "article.txt");
  g_clear_object (&dataset);

  remove_tree (dir);
}

/* A file named *.talentflow that is no dataset is an error about the
 * dataset, not an article that opens: the same text named *.txt is one. */
static void
test_open_any_named_dataset (void)
{
  static const char article[] = "人才流动\n\n她离开研究院，回到了母校。\n";
  static const char *not_datasets[][2] = {
    { "notes.talentflow", article },
    { "page.TalentFlow", "<html><body><p>她离开研究院，回到了母校。</p></body></html>\n" },
    { "feed.talentflow", "<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n" },
    { "empty.talentflow", "" },
  };
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *png_path = g_build_filename (dir, "chart.talentflow", NULL);
  g_autofree char *folder_path = g_build_filename (dir, "folder.talentflow", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (not_datasets); i++)
    {
      g_autofree char *expected = g_strconcat (not_datasets[i][0],
                                               " is not a Talent Flow dataset", NULL);

      dataset = open_text (dir, not_datasets[i][0], not_datasets[i][1], &error);
      g_assert_null (dataset);
      g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_NOT_DATASET);
      g_assert_true (g_str_has_prefix (error->message, expected));
      g_clear_error (&error);
    }

  g_assert_true (g_file_set_contents (png_path, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, NULL));
  dataset = tf_dataset_file_open_any (png, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_NOT_DATASET);
  g_clear_error (&error);

  /* Named otherwise, the same text is an article. */
  dataset = open_text (dir, "notes.txt", article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 1);
  g_clear_object (&dataset);

  /* A folder, whatever its name, is said to be one. */
  g_assert_cmpint (g_mkdir (folder_path, 0700), ==, 0);
  dataset = tf_dataset_file_open_any (folder, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_str_has_prefix (error->message, "folder.talentflow is a folder"));
  g_clear_error (&error);

  remove_tree (dir);
}

/* XML cannot hold U+FFFE or U+FFFF, valid UTF-8 though they are; an
 * article with them (or other noncharacters) must still be saved. */
static void
test_open_any_noncharacters (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfDataset) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TfSource *source;

  dataset = open_text (dir, "noncharacters.txt",
                       "标题\xEF\xBF\xBF\n\n漆远\xEF\xBF\xBF加入\xEF\xBF\xBE复旦\xEF\xB7\x90大学。\n",
                       &error);
  g_assert_no_error (error);
  source = g_ptr_array_index (tf_dataset_get_sources (dataset), 0);
  g_assert_cmpstr (source->title, ==, "标题");
  g_assert_cmpuint (source->paragraphs->len, ==, 1);
  g_assert_cmpstr (((TfParagraph *) g_ptr_array_index (source->paragraphs, 0))->text, ==,
                   "漆远加入复旦大学。");

  bytes = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  reloaded = tf_dataset_file_load_bytes (bytes, "noncharacters.talentflow", &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, reloaded));
  g_clear_object (&dataset);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* Front matter, too, whose quoted values may escape control characters. */
  dataset = open_text (
      dir, "front-matter.txt",
      "---\ntitle: \"标\xEF\xBF\xBE题\"\nauthor: \"虎\\001嗅\xEF\xBF\xBF\"\n---\n正文。\n", &error);
  g_assert_no_error (error);
  source = g_ptr_array_index (tf_dataset_get_sources (dataset), 0);
  g_assert_cmpstr (source->title, ==, "标题");
  g_assert_cmpstr (source->outlet, ==, "虎 嗅");
  bytes = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);

  remove_tree (dir);
}

/* XML Schema's positiveInteger, which the schema gives group-size, may have
 * a "+" and leading zeros; the loader reads what the schema accepts. */
static void
test_group_size_sign (void)
{
  static const char *xml =
    "<talentflow xmlns=\"" TF_DATASET_FILE_NAMESPACE "\" version=\"1\"><moves>"
    "<move id=\"m1\" group-size=\"+02\" kind=\"leave\"/></moves></talentflow>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  dataset = tf_dataset_file_load_bytes (bytes, "sign.talentflow", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_lookup_move (dataset, "m1")->group_size, ==, 2);
}

/* Inputs that made the fuzz target (tests/fuzz/fuzz-dataset.c) fail, and
 * hostile ones written by hand: each loads, or fails saying why in UTF-8.
 * What loads saves and loads again, equal. */
static void
test_fuzz_regressions (void)
{
  tf_test_check_fuzz_regressions ("dataset-", tf_dataset_file_load_bytes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-file/round-trip", test_round_trip);
  g_test_add_func ("/dataset-file/empty-dataset", test_empty_dataset);
  g_test_add_func ("/dataset-file/suggestion-state", test_suggestion_state);
  g_test_add_func ("/dataset-file/copy", test_copy);
  g_test_add_func ("/dataset-file/fixture/suggestions", test_suggestions_fixture);
  g_test_add_func ("/dataset-file/fixture/minimal", test_minimal_fixture);
  g_test_add_func ("/dataset-file/fixture/group-move", test_group_fixture);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/dataset-file/bad-input/%s", bad_inputs[i].file);

      g_test_add_data_func (name, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/dataset-file/bad-bytes", test_bad_bytes);
  g_test_add_func ("/dataset-file/versions", test_versions);
  g_test_add_func ("/dataset-file/line-above-65535", test_line_above_65535);
  g_test_add_func ("/dataset-file/too-large", test_too_large);
  g_test_add_func ("/dataset-file/endless-file", test_endless_file);
  g_test_add_func ("/dataset-file/save/atomic", test_atomic_save);
  g_test_add_func ("/dataset-file/save/read-only-dir", test_atomic_save_read_only_dir);
  g_test_add_func ("/dataset-file/save/refuses", test_save_refuses);
  g_test_add_func ("/dataset-file/open-any", test_open_any);
  g_test_add_func ("/dataset-file/open-any/named-dataset", test_open_any_named_dataset);
  g_test_add_func ("/dataset-file/open-any/noncharacters", test_open_any_noncharacters);
  g_test_add_func ("/dataset-file/group-size-sign", test_group_size_sign);
  g_test_add_func ("/dataset-file/fuzz-regressions", test_fuzz_regressions);

  return g_test_run ();
}
