/* test-format.c: how the interface words dates, places and moves. */
#include "config.h"

#include <locale.h>

#include "tf-format.h"

static void
test_format_date (void)
{
  TfDate date;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;
  g_autofree char *day = NULL;
  g_autofree char *derived = NULL;
  g_autofree char *unknown = NULL;

  g_assert_true (tf_date_parse ("2021", &date));
  year = tf_format_date (&date);
  g_assert_cmpstr (year, ==, "2021");

  g_assert_true (tf_date_parse ("2021-11", &date));
  month = tf_format_date (&date);
  g_assert_cmpstr (month, ==, "November 2021");

  g_assert_true (tf_date_parse ("2021-11-05", &date));
  day = tf_format_date (&date);
  g_assert_cmpstr (day, ==, "November 5, 2021");

  /* A date computed from the text is marked as approximate. */
  g_assert_true (tf_date_parse ("2017", &date));
  date.derived = TRUE;
  derived = tf_format_date (&date);
  g_assert_cmpstr (derived, ==, "≈ 2017");

  g_assert_true (tf_date_parse (NULL, &date));
  unknown = tf_format_date (&date);
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
test_format_route (void)
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
  both = tf_format_route (dataset, move);
  g_assert_cmpstr (both, ==, "蚂蚁集团 → 复旦大学");

  /* The role is the one taken up, except when leaving. */
  g_assert_cmpstr (tf_format_role (move), ==, "教授");
  move->kind = TF_MOVE_LEAVE;
  g_assert_cmpstr (tf_format_role (move), ==, "副总裁");

  g_clear_pointer (&move->from, tf_affiliation_free);
  to_only = tf_format_route (dataset, move);
  g_assert_cmpstr (to_only, ==, "→ 复旦大学");

  /* An unnamed place goes by its label, or else by its sector. */
  g_clear_pointer (&move->to, tf_affiliation_free);
  move->to = tf_affiliation_new (NULL, TF_SECTOR_STARTUP);
  move->to->label = g_strdup ("离职创业");
  g_assert_cmpstr (tf_format_place (dataset, move->to), ==, "离职创业");
  g_clear_pointer (&move->to->label, g_free);
  g_assert_cmpstr (tf_format_place (dataset, move->to), ==, "Unnamed startup");
  unnamed = tf_format_route (dataset, move);
  g_assert_cmpstr (unnamed, ==, "→ Unnamed startup");

  g_clear_pointer (&move->to, tf_affiliation_free);
  neither = tf_format_route (dataset, move);
  g_assert_cmpstr (neither, ==, "Places not stated");
}

static void
test_format_citing_sources (void)
{
  g_autoptr(TfMove) move = tf_move_new ("m-1", TF_MOVE_JOIN);

  g_assert_cmpuint (tf_format_count_citing_sources (move), ==, 0);
  g_ptr_array_add (move->evidence, tf_evidence_new ("s000", "加入复旦", "", ""));
  g_ptr_array_add (move->evidence, tf_evidence_new ("s000", "出任院长", "", ""));
  g_ptr_array_add (move->evidence, tf_evidence_new ("s003", "加盟复旦大学", "", ""));
  /* Two quotes from one article are one source. */
  g_assert_cmpuint (tf_format_count_citing_sources (move), ==, 2);
}

static void
test_format_file_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/dir/bad.talentflow");
  g_autoptr(GError) named = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                 "bad.talentflow:12: not well-formed");
  g_autoptr(GError) unnamed = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                   "No such file or directory");
  g_autofree char *named_message = tf_format_file_error (file, named);
  g_autofree char *unnamed_message = tf_format_file_error (file, unnamed);

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

  g_test_add_func ("/format/date", test_format_date);
  g_test_add_func ("/format/route", test_format_route);
  g_test_add_func ("/format/citing-sources", test_format_citing_sources);
  g_test_add_func ("/format/file-error", test_format_file_error);

  return g_test_run ();
}
