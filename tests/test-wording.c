/* test-wording.c: how the interface words dates, places and moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-wording"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "tf-label.h"
#include "tf-wording.h"

static void
test_wording_date (void)
{
  TfDate date;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;
  g_autofree char *day = NULL;
  g_autofree char *derived = NULL;
  g_autofree char *unknown = NULL;

  g_assert_true (tf_date_parse ("2021", &date));
  year = tf_wording_date (&date);
  g_assert_cmpstr (year, ==, "2021");

  g_assert_true (tf_date_parse ("2021-11", &date));
  month = tf_wording_date (&date);
  g_assert_cmpstr (month, ==, "November 2021");

  g_assert_true (tf_date_parse ("2021-11-05", &date));
  day = tf_wording_date (&date);
  g_assert_cmpstr (day, ==, "November 5, 2021");

  /* A date computed from the text is marked as approximate. */
  g_assert_true (tf_date_parse ("2017", &date));
  date.derived = TRUE;
  derived = tf_wording_date (&date);
  g_assert_cmpstr (derived, ==, "≈ 2017");

  g_assert_true (tf_date_parse (NULL, &date));
  unknown = tf_wording_date (&date);
  g_assert_cmpstr (unknown, ==, "Date unknown");
}

static TfDataset *
make_dataset (void)
{
  g_autoptr(GError) error = NULL;
  TfDataset *dataset = tf_dataset_new ();

  tf_dataset_add_organization (dataset,
                               tf_organization_new ("o-ant", "蚂蚁集团", TF_SECTOR_COMPANY),
                               &error);
  g_assert_no_error (error);
  tf_dataset_add_organization (dataset,
                               tf_organization_new ("o-fudan", "复旦大学", TF_SECTOR_ACADEMIA),
                               &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_wording_route (void)
{
  g_autoptr(TfDataset) dataset = make_dataset ();
  g_autoptr(TfMove) move = tf_move_new ("m-1", TF_MOVE_JOIN);
  g_autofree char *both = NULL;
  g_autofree char *to_only = NULL;
  g_autofree char *unnamed = NULL;
  g_autofree char *neither = NULL;

  move->from = tf_affiliation_new ("o-ant", TF_SECTOR_COMPANY);
  move->from->role = g_strdup ("副总裁");
  move->to = tf_affiliation_new ("o-fudan", TF_SECTOR_ACADEMIA);
  move->to->role = g_strdup ("教授");
  both = tf_wording_route (dataset, move);
  g_assert_cmpstr (both, ==, "蚂蚁集团 → 复旦大学");

  /* The role is the one taken up, except when leaving. */
  g_assert_cmpstr (tf_wording_role (move), ==, "教授");
  move->kind = TF_MOVE_LEAVE;
  g_assert_cmpstr (tf_wording_role (move), ==, "副总裁");

  g_clear_pointer (&move->from, tf_affiliation_free);
  to_only = tf_wording_route (dataset, move);
  g_assert_cmpstr (to_only, ==, "→ 复旦大学");

  /* An unnamed place goes by its label, or else by its sector. */
  g_clear_pointer (&move->to, tf_affiliation_free);
  move->to = tf_affiliation_new (NULL, TF_SECTOR_STARTUP);
  move->to->label = g_strdup ("离职创业");
  g_assert_cmpstr (tf_wording_place (dataset, move->to), ==, "离职创业");
  g_clear_pointer (&move->to->label, g_free);
  g_assert_cmpstr (tf_wording_place (dataset, move->to), ==, "Unnamed startup");
  unnamed = tf_wording_route (dataset, move);
  g_assert_cmpstr (unnamed, ==, "→ Unnamed startup");

  g_clear_pointer (&move->to, tf_affiliation_free);
  neither = tf_wording_route (dataset, move);
  g_assert_cmpstr (neither, ==, "Places not stated");
}

static void
test_wording_route_markup (void)
{
  g_autoptr(TfDataset) dataset = make_dataset ();
  g_autoptr(TfMove) move = tf_move_new ("m-1", TF_MOVE_FOUND);
  g_autofree char *links = NULL;
  g_autofree char *unnamed = NULL;
  g_autofree char *details = NULL;

  /* Organizations are links to themselves, unnamed places in italics,
   * and the label's text is escaped. */
  move->from = tf_affiliation_new ("o-ant", TF_SECTOR_COMPANY);
  move->to = tf_affiliation_new ("o-fudan", TF_SECTOR_ACADEMIA);
  links = tf_wording_route_markup (dataset, move);
  g_assert_cmpstr (links, ==,
                   "<a href=\"tf-organization:o-ant\">蚂蚁集团</a> → "
                   "<a href=\"tf-organization:o-fudan\">复旦大学</a>");

  g_clear_pointer (&move->to, tf_affiliation_free);
  move->to = tf_affiliation_new (NULL, TF_SECTOR_STARTUP);
  move->to->label = g_strdup ("离职<创业>");
  unnamed = tf_wording_route_markup (dataset, move);
  g_assert_cmpstr (unnamed, ==,
                   "<a href=\"tf-organization:o-ant\">蚂蚁集团</a> → <i>离职&lt;创业&gt;</i>");

  move->concurrent = TRUE;
  move->group_size = 40;
  g_ptr_array_add (move->evidence, tf_evidence_new ("s000", "创立", "", ""));
  details = tf_wording_move_details (move);
  g_assert_cmpstr (details, ==,
                   "Founded · held concurrently · group of 40 people · cited by 1 source");
}

static void
test_wording_source_credits (void)
{
  g_autoptr(TfSource) source = tf_source_new ("s000");
  g_autofree char *none = NULL;
  g_autofree char *all = NULL;

  none = tf_wording_source_credits (source);
  g_assert_cmpstr (none, ==, "");

  source->outlet = g_strdup ("虎嗅");
  source->author = g_strdup ("李贤焕");
  g_assert_true (tf_date_parse ("2021-12-15", &source->date));
  all = tf_wording_source_credits (source);
  g_assert_cmpstr (all, ==, "虎嗅 · 李贤焕 · December 15, 2021");
}

static void
test_wording_highlight (void)
{
  const char *text = "11月，复旦大学官宣<漆远>加入";
  const char *quote = strstr (text, "复旦");
  TfEvidenceMatch matches[] = {
    { 0, (guint) (strstr (text, "<漆远>") - text), (guint) strlen (text) },
    { 0, (guint) (quote - text), (guint) (strstr (text, "官宣") - text) },
    /* Overlaps the first: merged with it. */
    { 0, (guint) (strstr (text, "宣") - text), (guint) (strstr (text, "加入") - text) },
  };
  TfEvidenceMatch inside_character = { 0, 1 + (guint) (quote - text), (guint) strlen (text) };
  g_autofree char *markup = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *stale = NULL;

  markup = tf_label_highlight_markup (text, matches, G_N_ELEMENTS (matches));
  g_assert_cmpstr (markup, ==,
                   "11月，<span background=\"#f6d32d\" bgalpha=\"45%\">复旦大学</span>官"
                   "<span background=\"#f6d32d\" bgalpha=\"45%\">宣&lt;漆远&gt;加入</span>");

  plain = tf_label_highlight_markup (text, NULL, 0);
  g_assert_cmpstr (plain, ==, "11月，复旦大学官宣&lt;漆远&gt;加入");

  /* A range that starts inside a character is not highlighted. */
  stale = tf_label_highlight_markup (text, &inside_character, 1);
  g_assert_cmpstr (stale, ==, plain);
}

static void
test_wording_citing_sources (void)
{
  g_autoptr(TfMove) move = tf_move_new ("m-1", TF_MOVE_JOIN);

  g_assert_cmpuint (tf_wording_count_citing_sources (move), ==, 0);
  g_ptr_array_add (move->evidence, tf_evidence_new ("s000", "加入复旦", "", ""));
  g_ptr_array_add (move->evidence, tf_evidence_new ("s000", "出任院长", "", ""));
  g_ptr_array_add (move->evidence, tf_evidence_new ("s003", "加盟复旦大学", "", ""));
  /* Two quotes from one article are one source. */
  g_assert_cmpuint (tf_wording_count_citing_sources (move), ==, 2);
}

static void
test_wording_file_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/dir/bad.talentflow");
  g_autoptr(GError) named = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                 "bad.talentflow:12: not well-formed");
  g_autoptr(GError) unnamed = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                   "No such file or directory");
  g_autofree char *named_message = tf_wording_file_error (file, named);
  g_autofree char *unnamed_message = tf_wording_file_error (file, unnamed);

  /* A message that names the file is kept; one that does not gets it. */
  g_assert_cmpstr (named_message, ==, "bad.talentflow:12: not well-formed");
  g_assert_cmpstr (unnamed_message, ==, "/tmp/dir/bad.talentflow: No such file or directory");
}

int
main (int   argc,
      char *argv[])
{
  /* The expected strings are the untranslated English ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wording/date", test_wording_date);
  g_test_add_func ("/wording/route", test_wording_route);
  g_test_add_func ("/wording/route-markup", test_wording_route_markup);
  g_test_add_func ("/wording/source-credits", test_wording_source_credits);
  g_test_add_func ("/wording/highlight", test_wording_highlight);
  g_test_add_func ("/wording/citing-sources", test_wording_citing_sources);
  g_test_add_func ("/wording/file-error", test_wording_file_error);

  return g_test_run ();
}
