/* test-suggestion-import.c: suggested moves made records of a dataset, and
 * the JSON Lines of --extract read back for --merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-suggestion-import"

#include "config.h"

#include <string.h>

#include "tf-dataset-file.h"
#include "tf-extract-jsonl.h"
#include "tf-extractor.h"
#include "tf-gazetteer.h"
#include "tf-source-reader.h"
#include "tf-suggestion-import.h"

static TfGazetteer *default_gazetteer_object;

static TfGazetteer *
default_gazetteer (void)
{
  /* Built once: it folds every name of the bundled file. */
  if (default_gazetteer_object == NULL)
    default_gazetteer_object = tf_gazetteer_new_default ();
  return default_gazetteer_object;
}

/* A source of one paragraph per line. */
static TfSource *
make_source (const char *id,
             const char *text)
{
  TfSource *source = tf_source_new (id);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  source->title = g_strdup (id);
  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (source->paragraphs, tf_paragraph_new (lines[i], TF_PARAGRAPH_TEXT));
  return source;
}

/* A suggestion quoting exact, found in source's paragraphs. */
static TfSuggestion *
suggest (const TfSource *source,
         const char     *exact,
         const char     *person,
         const char     *to,
         TfMoveKind      kind,
         const char     *date)
{
  TfSuggestion *suggestion = tf_suggestion_new ();
  gboolean found = FALSE;

  for (guint i = 0; i < source->paragraphs->len && !found; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);
      const char *at = strstr (paragraph->text, exact);

      if (at != NULL)
        {
          suggestion->paragraph = i;
          suggestion->quote_start = (guint) (at - paragraph->text);
          suggestion->quote_end = suggestion->quote_start + (guint) strlen (exact);
          found = TRUE;
        }
    }
  g_assert_true (found);
  suggestion->person = g_strdup (person);
  suggestion->to.name = g_strdup (to);
  suggestion->kind = kind;
  g_assert_true (tf_date_parse (date, &suggestion->date));
  suggestion->evidence = tf_evidence_new (source->id, exact, NULL, NULL);
  return suggestion;
}

static GPtrArray *
new_sources (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) tf_source_free);
}

static GPtrArray *
new_suggestions (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);
}

static TfDataset *
import (TfDataset     *base,
        GPtrArray     *sources,
        GPtrArray     *suggestions,
        TfImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TfDataset *dataset;

  dataset = tf_suggestion_import (base, sources, suggestions, default_gazetteer (), flags,
                                  &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  /* Whatever the import makes can be saved. */
  g_assert_true (tf_dataset_check_references (dataset, NULL));
  bytes = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  return dataset;
}

static TfPerson *
only_person (TfDataset *dataset)
{
  GPtrArray *people = tf_dataset_get_people (dataset);

  g_assert_cmpuint (people->len, ==, 1);
  return g_ptr_array_index (people, 0);
}

static TfMove *
only_move (TfDataset *dataset)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  g_assert_cmpuint (moves->len, ==, 1);
  return g_ptr_array_index (moves, 0);
}

static void
test_keys (void)
{
  g_autofree char *a = tf_suggestion_import_person_key ("Yuan Qi");
  g_autofree char *b = tf_suggestion_import_person_key ("  QI   yuan ");
  g_autofree char *c = tf_suggestion_import_person_key ("漆 遠");
  g_autofree char *d = tf_suggestion_import_person_key ("Andrew Yan-Tak Ng");
  g_autofree char *e = tf_suggestion_import_name_key ("腾讯 AI  Lab");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, "漆远");
  g_assert_cmpstr (d, ==, "andrew yan-tak ng");
  g_assert_cmpstr (e, ==, "腾讯ai lab");
}

/* Simplified and traditional spellings of one person and one university
 * are one person and one organization; the same move in two articles is
 * one move with two pieces of evidence. */
static void
test_scripts_merge (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = new_suggestions ();
  g_autoptr(TfDataset) dataset = NULL;
  TfSource *s1 = make_source ("s1", "11月，漆远正式加入复旦大学。");
  TfSource *s2 = make_source ("s2", "前言\n漆遠加入復旦大學。");
  TfPerson *person;
  TfOrganization *fudan;
  TfMove *move;
  TfEvidence *evidence;

  g_ptr_array_add (sources, s1);
  g_ptr_array_add (sources, s2);
  g_ptr_array_add (suggestions, suggest (s1, "漆远正式加入复旦大学", "漆远", "复旦大学",
                                         TF_MOVE_JOIN, "2021-11"));
  g_ptr_array_add (suggestions, suggest (s2, "漆遠加入復旦大學", "漆遠", "復旦大學",
                                         TF_MOVE_JOIN, "2021"));
  dataset = import (NULL, sources, suggestions, TF_IMPORT_NONE);

  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 2);
  person = only_person (dataset);
  g_assert_cmpstr (person->id, ==, "p-qi-yuan");
  g_assert_cmpstr (person->name, ==, "漆远");
  g_assert_cmpuint (person->aliases->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (person->aliases, 0), ==, "漆遠");

  /* The gazetteer's organization, with its sector and country. */
  g_assert_cmpuint (tf_dataset_get_organizations (dataset)->len, ==, 1);
  fudan = g_ptr_array_index (tf_dataset_get_organizations (dataset), 0);
  g_assert_cmpstr (fudan->id, ==, "o-fudan");
  g_assert_cmpint (fudan->sector, ==, TF_SECTOR_ACADEMIA);
  g_assert_cmpstr (fudan->country, ==, "CN");
  /* With the gazetteer's other names, for search; none twice. */
  g_assert_cmpuint (fudan->aliases->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (fudan->aliases, 3), ==, "Fudan University");

  move = only_move (dataset);
  g_assert_cmpstr (move->id, ==, "m-1");
  g_assert_cmpstr (move->person_id, ==, "p-qi-yuan");
  g_assert_cmpstr (move->to->org_id, ==, "o-fudan");
  g_assert_true (move->unreviewed);
  g_assert_null (move->note);
  /* "2021" agrees with "2021-11": the finer date is kept. */
  g_assert_cmpint (move->date.precision, ==, TF_DATE_MONTH);
  g_assert_cmpuint (move->evidence->len, ==, 2);
  evidence = g_ptr_array_index (move->evidence, 1);
  g_assert_cmpstr (evidence->source_id, ==, "s2");
  g_assert_cmpstr (evidence->exact, ==, "漆遠加入復旦大學");
}

static void
test_english_order (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = new_suggestions ();
  g_autoptr(TfDataset) dataset = NULL;
  TfSource *s1 = make_source ("a1", "Yuan Qi joined Fudan University in 2021.");
  TfSource *s2 = make_source ("a2", "Qi Yuan has joined Fudan University.");
  TfPerson *person;

  g_ptr_array_add (sources, s1);
  g_ptr_array_add (sources, s2);
  g_ptr_array_add (suggestions, suggest (s1, "Yuan Qi joined Fudan University", "Yuan Qi",
                                         "Fudan University", TF_MOVE_JOIN, "2021"));
  g_ptr_array_add (suggestions, suggest (s2, "Qi Yuan has joined Fudan University", "Qi Yuan",
                                         "Fudan University", TF_MOVE_JOIN, NULL));
  dataset = import (NULL, sources, suggestions, TF_IMPORT_ACCEPT);

  person = only_person (dataset);
  g_assert_cmpstr (person->id, ==, "p-yuan-qi");
  g_assert_cmpstr (g_ptr_array_index (person->aliases, 0), ==, "Qi Yuan");
  g_assert_cmpuint (only_move (dataset)->evidence->len, ==, 2);
  g_assert_false (only_move (dataset)->unreviewed);
  g_assert_cmpint (only_move (dataset)->date.year, ==, 2021);
}

/* Gazetteer entries come with their parents; names it does not know get
 * the sector the suggestion gives, or company; lanes are no organization. */
static void
test_organizations (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = new_suggestions ();
  g_autoptr(TfDataset) dataset = NULL;
  TfSource *source = make_source ("s1", "甲加入淘天集团。乙加入星河智能。丙加入云帆公司。丁离职创业。");
  TfSuggestion *suggestion;
  TfOrganization *organization;
  TfMove *move;

  g_ptr_array_add (sources, source);
  g_ptr_array_add (suggestions, suggest (source, "甲加入淘天集团", "张甲", "淘天集团",
                                         TF_MOVE_JOIN, NULL));
  suggestion = suggest (source, "乙加入星河智能", "李乙", "星河智能", TF_MOVE_JOIN, NULL);
  suggestion->to.sector = TF_SECTOR_STARTUP;
  suggestion->to.sector_known = TRUE;
  g_ptr_array_add (suggestions, suggestion);
  g_ptr_array_add (suggestions, suggest (source, "丙加入云帆公司", "王丙", "云帆公司",
                                         TF_MOVE_JOIN, NULL));
  suggestion = suggest (source, "丁离职创业", "赵丁", "创业", TF_MOVE_FOUND, NULL);
  suggestion->to.unnamed = TRUE;
  suggestion->to.sector = TF_SECTOR_STARTUP;
  suggestion->to.sector_known = TRUE;
  suggestion->role = g_strdup ("创始人");
  g_ptr_array_add (suggestions, suggestion);
  dataset = import (NULL, sources, suggestions, TF_IMPORT_NONE);

  organization = tf_dataset_lookup_organization (dataset, "o-taotian");
  g_assert_nonnull (organization);
  g_assert_cmpstr (organization->parent_id, ==, "o-alibaba");
  organization = tf_dataset_lookup_organization (dataset, "o-alibaba");
  g_assert_nonnull (organization);
  g_assert_cmpint (organization->sector, ==, TF_SECTOR_COMPANY);
  /* The parent comes first, as in a file written by hand. */
  g_assert_true (g_ptr_array_index (tf_dataset_get_organizations (dataset), 0) == organization);

  organization = tf_dataset_lookup_organization (dataset, "o-xing-he-zhi-neng");
  g_assert_nonnull (organization);
  g_assert_cmpstr (organization->name, ==, "星河智能");
  g_assert_cmpint (organization->sector, ==, TF_SECTOR_STARTUP);
  organization = tf_dataset_lookup_organization (dataset, "o-yun-fan-gong-si");
  g_assert_nonnull (organization);
  g_assert_cmpint (organization->sector, ==, TF_SECTOR_COMPANY);
  g_assert_cmpuint (tf_dataset_get_organizations (dataset)->len, ==, 4);

  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 3);
  g_assert_cmpstr (move->person_id, ==, "p-zhao-ding");
  g_assert_null (move->to->org_id);
  g_assert_cmpint (move->to->sector, ==, TF_SECTOR_STARTUP);
  g_assert_cmpstr (move->to->label, ==, "创业");
  g_assert_cmpstr (move->to->role, ==, "创始人");
  g_assert_cmpint (move->kind, ==, TF_MOVE_FOUND);
}

/* The dataset's own people and organizations are linked, not made again;
 * a person_id wins over the name; rejected suggestions stay out. */
static void
test_base_and_rejections (void)
{
  g_autoptr(TfDataset) base = tf_dataset_new ();
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = new_suggestions ();
  g_autoptr(TfDataset) dataset = NULL;
  TfSource *source = make_source ("s1", "漆远加入复旦大学。他还加入京东。小周加入腾讯。");
  TfOrganization *organization = tf_organization_new ("o-fd", "復旦", TF_SECTOR_ACADEMIA);
  TfPerson *person = tf_person_new ("p-qi", "Qi Yuan");
  TfSuggestion *suggestion;
  TfMove *move;

  g_ptr_array_add (organization->aliases, g_strdup ("复旦大学"));
  g_assert_true (tf_dataset_add_organization (base, organization, NULL));
  g_ptr_array_add (person->aliases, g_strdup ("漆远"));
  g_assert_true (tf_dataset_add_person (base, person, NULL));
  tf_dataset_add_person (base, tf_person_new ("p-zhou", "周伯文"), NULL);
  tf_dataset_add_rejection (base, tf_rejection_new ("s1", "小周加入腾讯", "小周", "騰訊"));

  g_ptr_array_add (sources, source);
  g_ptr_array_add (suggestions, suggest (source, "漆远加入复旦大学", "漆远", "复旦大学",
                                         TF_MOVE_JOIN, NULL));
  suggestion = suggest (source, "他还加入京东", "他", "京东", TF_MOVE_JOIN, NULL);
  suggestion->person_id = g_strdup ("p-zhou");
  g_ptr_array_add (suggestions, suggestion);
  g_ptr_array_add (suggestions, suggest (source, "小周加入腾讯", "小周", "腾讯",
                                         TF_MOVE_JOIN, NULL));
  dataset = import (base, sources, suggestions, TF_IMPORT_NONE);

  /* The base is not touched. */
  g_assert_cmpuint (tf_dataset_get_moves (base)->len, ==, 0);
  g_assert_cmpuint (tf_dataset_get_sources (base)->len, ==, 0);

  g_assert_cmpuint (tf_dataset_get_people (dataset)->len, ==, 2);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 2);
  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
  g_assert_cmpstr (move->person_id, ==, "p-qi");
  g_assert_cmpstr (move->to->org_id, ==, "o-fd");
  /* The user's record keeps its names. */
  g_assert_cmpuint (tf_dataset_lookup_person (dataset, "p-qi")->aliases->len, ==, 1);
  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 1);
  g_assert_cmpstr (move->person_id, ==, "p-zhou");
  g_assert_cmpstr (move->to->org_id, ==, "o-jd");
  g_assert_null (tf_dataset_lookup_organization (dataset, "o-tencent"));
  g_assert_cmpuint (tf_dataset_get_rejections (dataset)->len, ==, 1);

  /* Importing the same article again adds nothing. */
  {
    g_autoptr(TfDataset) again = import (dataset, sources, suggestions, TF_IMPORT_NONE);

    g_assert_true (tf_dataset_equal (dataset, again));
  }
}

/* Two years for one move: one move, both pieces of evidence, a note. */
static void
test_conflicting_dates (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = new_suggestions ();
  g_autoptr(TfDataset) dataset = NULL;
  TfSource *s1 = make_source ("s1", "2019年，李磊加入字节跳动。");
  TfSource *s2 = make_source ("s2", "李磊2020年加入字节跳动。");
  TfMove *move;

  g_ptr_array_add (sources, s2);
  g_ptr_array_add (sources, s1);
  g_ptr_array_add (suggestions, suggest (s2, "李磊2020年加入字节跳动", "李磊", "字节跳动",
                                         TF_MOVE_JOIN, "2020"));
  g_ptr_array_add (suggestions, suggest (s1, "李磊加入字节跳动", "李磊", "字节跳动",
                                         TF_MOVE_JOIN, "2019"));
  dataset = import (NULL, sources, suggestions, TF_IMPORT_NONE);

  move = only_move (dataset);
  g_assert_cmpint (move->date.year, ==, 2019);
  g_assert_cmpuint (move->evidence->len, ==, 2);
  g_assert_cmpstr (move->note, ==, "conflicting dates: 2019 (source s1), 2020 (source s2)");
}

/* Sources named after their files get ids the file format takes. */
static void
test_source_ids (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = new_suggestions ();
  g_autoptr(TfDataset) dataset = NULL;
  TfSource *source = make_source ("000_b1c6.txt", "漆远加入复旦大学。");
  TfMove *move;

  g_ptr_array_add (sources, source);
  g_ptr_array_add (sources, make_source ("000_b1c6.txt", "the same article again"));
  g_ptr_array_add (suggestions, suggest (source, "漆远加入复旦大学", "漆远", "复旦大学",
                                         TF_MOVE_JOIN, NULL));
  dataset = import (NULL, sources, suggestions, TF_IMPORT_NONE);

  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 1);
  g_assert_nonnull (tf_dataset_lookup_source (dataset, "s-000_b1c6.txt"));
  move = only_move (dataset);
  g_assert_cmpstr (((TfEvidence *) g_ptr_array_index (move->evidence, 0))->source_id, ==,
                   "s-000_b1c6.txt");
}

static void
test_unknown_source (void)
{
  g_autoptr(GPtrArray) suggestions = new_suggestions ();
  g_autoptr(TfSource) source = make_source ("s9", "漆远加入复旦大学。");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  g_ptr_array_add (suggestions, suggest (source, "漆远加入复旦大学", "漆远", "复旦大学",
                                         TF_MOVE_JOIN, NULL));
  dataset = tf_suggestion_import (NULL, NULL, suggestions, NULL, TF_IMPORT_NONE, &error);
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE);
  g_assert_null (dataset);
}

static GPtrArray *
extract_seeds (GPtrArray *sources)
{
  g_autoptr(TfExtractor) extractor = tf_extractor_new (default_gazetteer ());
  GPtrArray *suggestions = new_suggestions ();
  g_autoptr(GDir) dir = NULL;
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (data, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "0") && g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, ==, 5);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (data, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) found = NULL;
      TfSource *source;

      source = tf_source_reader_read_file (file, g_ptr_array_index (names, i), NULL, &error);
      g_assert_no_error (error);
      found = tf_extractor_extract (extractor, source);
      g_ptr_array_extend_and_steal (suggestions, g_steal_pointer (&found));
      g_ptr_array_add (sources, source);
    }
  return suggestions;
}

/* The same dataset whatever order the sources and suggestions come in. */
static void
test_order_independent (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = extract_seeds (sources);
  g_autoptr(GPtrArray) shuffled_sources = g_ptr_array_new ();
  g_autoptr(GPtrArray) shuffled = g_ptr_array_new ();
  g_autoptr(TfDataset) first = NULL;
  g_autoptr(TfDataset) second = NULL;
  g_autoptr(GBytes) first_bytes = NULL;
  g_autoptr(GBytes) second_bytes = NULL;
  GRand *rand = g_rand_new_with_seed (20261207);

  g_assert_cmpuint (suggestions->len, >, 10);
  first = import (NULL, sources, suggestions, TF_IMPORT_NONE);
  g_assert_cmpuint (tf_dataset_get_moves (first)->len, >, 5);

  for (guint i = 0; i < sources->len; i++)
    g_ptr_array_insert (shuffled_sources, g_rand_int_range (rand, 0, (gint32) i + 1),
                        g_ptr_array_index (sources, i));
  for (guint i = 0; i < suggestions->len; i++)
    g_ptr_array_insert (shuffled, g_rand_int_range (rand, 0, (gint32) i + 1),
                        g_ptr_array_index (suggestions, i));
  g_rand_free (rand);
  second = import (NULL, shuffled_sources, shuffled, TF_IMPORT_NONE);

  g_assert_true (tf_dataset_equal (first, second));
  first_bytes = tf_dataset_file_save_bytes (first, NULL);
  second_bytes = tf_dataset_file_save_bytes (second, NULL);
  g_assert_true (g_bytes_equal (first_bytes, second_bytes));
}

/* Writing a source's moves at once gives what writing each does, in the
 * extractor's order and in any other. */
static void
test_jsonl_write_moves (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = extract_seeds (sources);
  GRand *rand = g_rand_new_with_seed (7);
  guint n = 0;

  for (guint i = 0; i < sources->len; i++)
    {
      const TfSource *source = g_ptr_array_index (sources, i);
      g_autoptr(GPtrArray) own = g_ptr_array_new ();
      g_autoptr(GPtrArray) shuffled = g_ptr_array_new ();
      g_autoptr(GString) one_by_one = g_string_new (NULL);
      g_autoptr(GString) shuffled_one_by_one = g_string_new (NULL);
      g_autoptr(GString) all = g_string_new (NULL);
      g_autoptr(GString) shuffled_all = g_string_new (NULL);

      for (guint k = 0; k < suggestions->len; k++)
        {
          TfSuggestion *suggestion = g_ptr_array_index (suggestions, k);

          if (g_strcmp0 (suggestion->evidence->source_id, source->id) != 0)
            continue;
          g_ptr_array_add (own, suggestion);
          g_ptr_array_insert (shuffled, g_rand_int_range (rand, 0, (gint32) shuffled->len + 1),
                              suggestion);
          tf_extract_jsonl_write_move (suggestion, source, one_by_one);
        }
      for (guint k = 0; k < shuffled->len; k++)
        tf_extract_jsonl_write_move (g_ptr_array_index (shuffled, k), source,
                                     shuffled_one_by_one);
      tf_extract_jsonl_write_moves (own, source, all);
      tf_extract_jsonl_write_moves (shuffled, source, shuffled_all);
      g_assert_cmpstr (all->str, ==, one_by_one->str);
      g_assert_cmpstr (shuffled_all->str, ==, shuffled_one_by_one->str);
      n += own->len;
    }
  g_rand_free (rand);
  g_assert_cmpuint (n, >, 10);
}

/* What --merge reads is what --extract found: the same quotes, at the
 * same places, with the same context. */
static void
test_jsonl_read_back (void)
{
  g_autoptr(GPtrArray) sources = new_sources ();
  g_autoptr(GPtrArray) suggestions = extract_seeds (sources);
  g_autoptr(GHashTable) read_sources =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) tf_source_free);
  guint n = 0;

  for (guint i = 0; i < sources->len; i++)
    {
      const TfSource *source = g_ptr_array_index (sources, i);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      TfSource *read = NULL;
      TfSuggestion *none = NULL;

      tf_extract_jsonl_write_source (source, "dir/file.txt", out);
      g_assert_true (tf_extract_jsonl_read_record (out->str, (gssize) out->len, read_sources,
                                                   &read, &none, &error));
      g_assert_no_error (error);
      g_assert_null (none);
      g_assert_cmpstr (read->id, ==, source->id);
      g_assert_cmpstr (read->file_name, ==, "dir/file.txt");
      g_assert_cmpuint (read->paragraphs->len, ==, source->paragraphs->len);
      g_hash_table_insert (read_sources, read->id, read);
    }

  for (guint i = 0; i < suggestions->len; i++)
    {
      const TfSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      const TfSource *source = g_hash_table_lookup (read_sources,
                                                    suggestion->evidence->source_id);
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSuggestion) read = NULL;
      TfSource *none = NULL;

      tf_extract_jsonl_write_move (suggestion, source, out);
      g_assert_true (tf_extract_jsonl_read_record (out->str, (gssize) out->len, read_sources,
                                                   &none, &read, &error));
      g_assert_no_error (error);
      g_assert_null (none);
      g_assert_cmpstr (read->person, ==, suggestion->person);
      g_assert_cmpstr (read->to.name, ==, suggestion->to.name);
      g_assert_cmpstr (read->to.org_id, ==, suggestion->to.org_id);
      g_assert_cmpint (read->to.unnamed, ==, suggestion->to.unnamed);
      g_assert_cmpint (read->from.unnamed, ==, suggestion->from.unnamed);
      g_assert_cmpint (read->kind, ==, suggestion->kind);
      g_assert_cmpint (read->status, ==, suggestion->status);
      g_assert_true (tf_date_equal (&read->date, &suggestion->date));
      g_assert_cmpuint (read->paragraph, ==, suggestion->paragraph);
      g_assert_cmpuint (read->quote_start, ==, suggestion->quote_start);
      g_assert_cmpstr (read->evidence->exact, ==, suggestion->evidence->exact);
      g_assert_cmpstr (read->evidence->prefix, ==, suggestion->evidence->prefix);
      g_assert_cmpstr (read->evidence->suffix, ==, suggestion->evidence->suffix);
      n++;
    }
  g_assert_cmpuint (n, >, 10);
}

static void
test_jsonl_errors (void)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  static const char *bad[] = {
    "not json",
    "[1, 2]",
    "{\"type\": \"article\"}",
    "{\"type\": \"source\", \"id\": \"s1\"}",
    "{\"type\": \"source\", \"id\": \"s1\", \"paragraphs\": [1]}",
    "{\"type\": \"move\", \"source\": \"s1\", \"kind\": \"join\"}",
    /* More than one value on a line, however it is spelled. */
    "{\"type\": \"source\"}{\"type\": \"source\"}",
    "{\"type\": \"source\"} []",
    "]{\"type\": \"source\", \"id\": \"s1\", \"paragraphs\": []}",
    "{\"type\": \"source\", \"id\": \"s1\", \"paragraphs\": []}]",
    "{\"id\": \"}{\"}, 1",
  };
  g_autoptr(GError) error = NULL;
  TfSource *source = NULL;
  TfSuggestion *suggestion = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (tf_extract_jsonl_read_record (bad[i], -1, sources, &source, &suggestion,
                                                    &error));
      g_assert_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID);
      g_assert_null (source);
      g_assert_null (suggestion);
      g_clear_error (&error);
    }
  /* Spaces around one object, and brackets and braces inside its
   * strings, are fine. */
  g_assert_true (tf_extract_jsonl_read_record (" {\"type\": \"source\", \"id\": \"s}]{\", "
                                               "\"paragraphs\": [\"]\\\"}\"]}\r\n", -1, sources,
                                               &source, &suggestion, &error));
  g_assert_no_error (error);
  g_assert_nonnull (source);
  g_assert_cmpstr (source->id, ==, "s}]{");
  g_clear_pointer (&source, tf_source_free);

  /* A move of a source not read yet: --merge reads it again later. */
  g_assert_false (tf_extract_jsonl_read_record ("{\"type\": \"move\", \"source\": \"s1\", "
                                                "\"kind\": \"join\", \"quote\": \"q\"}", -1,
                                                sources, &source, &suggestion, &error));
  g_assert_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_UNKNOWN_SOURCE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/suggestion-import/keys", test_keys);
  g_test_add_func ("/suggestion-import/scripts-merge", test_scripts_merge);
  g_test_add_func ("/suggestion-import/english-order", test_english_order);
  g_test_add_func ("/suggestion-import/organizations", test_organizations);
  g_test_add_func ("/suggestion-import/base-and-rejections", test_base_and_rejections);
  g_test_add_func ("/suggestion-import/conflicting-dates", test_conflicting_dates);
  g_test_add_func ("/suggestion-import/source-ids", test_source_ids);
  g_test_add_func ("/suggestion-import/unknown-source", test_unknown_source);
  g_test_add_func ("/suggestion-import/order-independent", test_order_independent);
  g_test_add_func ("/suggestion-import/jsonl-read-back", test_jsonl_read_back);
  g_test_add_func ("/suggestion-import/jsonl-write-moves", test_jsonl_write_moves);
  g_test_add_func ("/suggestion-import/jsonl-errors", test_jsonl_errors);

  status = g_test_run ();
  g_clear_object (&default_gazetteer_object);
  return status;
}
