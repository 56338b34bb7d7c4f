/* test-evidence.c: resolving and completing TextQuoteSelectors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-evidence"

#include "config.h"

#include <string.h>

#include "tf-evidence.h"

/* A source whose paragraphs are the given strings, in order. */
static TfSource *
make_source (const char *first,
             ...)
{
  TfSource *source = tf_source_new ("s");
  va_list args;

  va_start (args, first);
  for (const char *text = first; text != NULL; text = va_arg (args, const char *))
    g_ptr_array_add (source->paragraphs, tf_paragraph_new (text, TF_PARAGRAPH_TEXT));
  va_end (args);
  return source;
}

static void
test_resolve_counts (void)
{
  g_autoptr(TfSource) source = make_source ("漆远加入复旦大学。", "马维英加入清华大学。", NULL);
  g_autoptr(TfEvidence) none = tf_evidence_new ("s", "周伯文", NULL, NULL);
  g_autoptr(TfEvidence) once = tf_evidence_new ("s", "复旦", NULL, NULL);
  g_autoptr(TfEvidence) twice = tf_evidence_new ("s", "加入", NULL, NULL);
  g_autoptr(TfEvidence) empty = tf_evidence_new ("s", "", NULL, NULL);
  TfEvidenceMatch match = { 99, 99, 99 };

  g_assert_cmpuint (tf_evidence_resolve (none, source, &match), ==, 0);
  /* No place: the match is left alone. */
  g_assert_cmpuint (match.paragraph, ==, 99);

  g_assert_cmpuint (tf_evidence_resolve (once, source, &match), ==, 1);
  g_assert_cmpuint (match.paragraph, ==, 0);
  g_assert_cmpuint (match.start, ==, strlen ("漆远加入"));
  g_assert_cmpuint (match.end, ==, strlen ("漆远加入复旦"));

  /* Two places; the match is the first. */
  g_assert_cmpuint (tf_evidence_resolve (twice, source, &match), ==, 2);
  g_assert_cmpuint (match.paragraph, ==, 0);
  g_assert_cmpuint (match.start, ==, strlen ("漆远"));

  /* An empty quote points nowhere rather than everywhere. */
  g_assert_cmpuint (tf_evidence_resolve (empty, source, NULL), ==, 0);
}

static void
test_resolve_paragraph_offsets (void)
{
  g_autoptr(TfSource) source = make_source ("标题", "", "去年7月，马维英离职。", "2020年離職加入清華大學。", NULL);
  g_autoptr(TfEvidence) evidence = tf_evidence_new ("s", "加入清華大學", NULL, NULL);
  const TfParagraph *paragraph;
  TfEvidenceMatch match;

  g_assert_cmpuint (tf_evidence_resolve (evidence, source, &match), ==, 1);
  g_assert_cmpuint (match.paragraph, ==, 3);
  paragraph = g_ptr_array_index (source->paragraphs, match.paragraph);
  g_assert_cmpuint (match.end - match.start, ==, strlen (evidence->exact));
  g_assert_true (strncmp (paragraph->text + match.start, evidence->exact,
                          match.end - match.start) == 0);
  g_assert_cmpuint (match.start, ==, strlen ("2020年離職"));
}

static void
test_resolve_overlapping (void)
{
  g_autoptr(TfSource) source = make_source ("哈哈哈", NULL);
  g_autoptr(TfEvidence) evidence = tf_evidence_new ("s", "哈哈", NULL, NULL);

  /* Overlapping places are still two places. */
  g_assert_cmpuint (tf_evidence_resolve (evidence, source, NULL), ==, 2);
}

/* A quote repeated all over a long paragraph, overlapping itself at every
 * character: counting each place would compare the quote at each of them.
 * Counting stops at two, which is all a caller needs. */
static void
test_resolve_hostile (void)
{
  g_autofree char *text = g_strnfill (200 * 1024, 'a');
  g_autofree char *exact = g_strnfill (100 * 1024, 'a');
  g_autoptr(TfSource) source = make_source (text, NULL);
  g_autoptr(TfEvidence) repeated = tf_evidence_new ("s", exact, NULL, NULL);
  g_autoptr(TfEvidence) whole = tf_evidence_new ("s", text, NULL, NULL);
  g_autoptr(TfEvidence) longer = tf_evidence_new ("s", text, NULL, "a");
  TfEvidenceMatch match;

  g_assert_cmpuint (tf_evidence_resolve (repeated, source, &match), ==, 2);
  g_assert_cmpuint (match.start, ==, 0);
  g_assert_cmpuint (match.end, ==, strlen (exact));
  /* After the first place, what is left is shorter than the quote. */
  g_assert_cmpuint (tf_evidence_resolve (whole, source, NULL), ==, 1);
  g_assert_cmpuint (tf_evidence_resolve (longer, source, NULL), ==, 0);
  tf_evidence_fill_context (longer, source, 12);
  g_assert_cmpstr (longer->suffix, ==, "a");
}

static void
test_resolve_disambiguation (void)
{
  g_autoptr(TfSource) source = make_source ("李磊离职，加入UCSB。", "马维英离职，加入清华。", NULL);
  g_autoptr(TfEvidence) bare = tf_evidence_new ("s", "离职，加入", NULL, NULL);
  g_autoptr(TfEvidence) by_prefix = tf_evidence_new ("s", "离职，加入", "马维英", NULL);
  g_autoptr(TfEvidence) by_suffix = tf_evidence_new ("s", "离职，加入", "", "UCSB");
  g_autoptr(TfEvidence) wrong = tf_evidence_new ("s", "离职，加入", "李磊", "清华");
  TfEvidenceMatch match;

  g_assert_cmpuint (tf_evidence_resolve (bare, source, NULL), ==, 2);

  g_assert_cmpuint (tf_evidence_resolve (by_prefix, source, &match), ==, 1);
  g_assert_cmpuint (match.paragraph, ==, 1);
  /* The offsets are those of exact, not of the prefix. */
  g_assert_cmpuint (match.start, ==, strlen ("马维英"));
  g_assert_cmpuint (match.end, ==, strlen ("马维英离职，加入"));

  g_assert_cmpuint (tf_evidence_resolve (by_suffix, source, &match), ==, 1);
  g_assert_cmpuint (match.paragraph, ==, 0);
  g_assert_cmpuint (match.start, ==, strlen ("李磊"));

  g_assert_cmpuint (tf_evidence_resolve (wrong, source, NULL), ==, 0);
}

static void
test_fill_context_characters (void)
{
  g_autoptr(TfSource) source = make_source ("一二三四五六七八九十复旦大学甲乙丙丁戊己庚辛", NULL);
  g_autoptr(TfEvidence) evidence = tf_evidence_new ("s", "复旦大学", NULL, NULL);

  /* Three characters each side, not three bytes: a Han character is three
   * bytes in UTF-8, so a byte count would cut one in half. */
  tf_evidence_fill_context (evidence, source, 3);
  g_assert_cmpstr (evidence->prefix, ==, "八九十");
  g_assert_cmpstr (evidence->suffix, ==, "甲乙丙");
  g_assert_true (g_utf8_validate (evidence->prefix, -1, NULL));
  g_assert_cmpuint (tf_evidence_resolve (evidence, source, NULL), ==, 1);
}

static void
test_fill_context_paragraph_boundaries (void)
{
  g_autoptr(TfSource) source = make_source ("前一段。", "漆远加入复旦", "后一段。", NULL);
  g_autoptr(TfEvidence) evidence = tf_evidence_new ("s", "加入", NULL, NULL);
  g_autoptr(TfEvidence) whole = tf_evidence_new ("s", "漆远加入复旦", NULL, NULL);

  tf_evidence_fill_context (evidence, source, 12);
  g_assert_cmpstr (evidence->prefix, ==, "漆远");
  g_assert_cmpstr (evidence->suffix, ==, "复旦");

  /* A quote that is the whole paragraph gets empty context. */
  tf_evidence_fill_context (whole, source, 12);
  g_assert_cmpstr (whole->prefix, ==, "");
  g_assert_cmpstr (whole->suffix, ==, "");
  g_assert_cmpuint (tf_evidence_resolve (whole, source, NULL), ==, 1);
}

static void
test_fill_context_mixed_script (void)
{
  g_autoptr (TfSource) source
      = make_source ("2013 年，深度学习之父 Geoffrey Hinton 加入谷歌，Yann LeCun 受聘", NULL);
  g_autoptr(TfEvidence) evidence = tf_evidence_new ("s", "Geoffrey Hinton", NULL, NULL);

  tf_evidence_fill_context (evidence, source, 5);
  g_assert_cmpstr (evidence->prefix, ==, "学习之父 ");
  g_assert_cmpstr (evidence->suffix, ==, " 加入谷歌");
}

static void
test_fill_context_first_place (void)
{
  g_autoptr(TfSource) source = make_source ("甲加入乙。", "丙加入丁。", NULL);
  g_autoptr(TfEvidence) first = tf_evidence_new ("s", "加入", NULL, NULL);
  g_autoptr(TfEvidence) chosen = tf_evidence_new ("s", "加入", "丙", NULL);
  g_autoptr(TfEvidence) absent = tf_evidence_new ("s", "离职", NULL, NULL);

  tf_evidence_fill_context (first, source, 12);
  g_assert_cmpstr (first->prefix, ==, "甲");
  g_assert_cmpstr (first->suffix, ==, "乙。");
  g_assert_cmpuint (tf_evidence_resolve (first, source, NULL), ==, 1);

  /* A prefix the curator gave picks the second place. */
  tf_evidence_fill_context (chosen, source, 12);
  g_assert_cmpstr (chosen->prefix, ==, "丙");
  g_assert_cmpstr (chosen->suffix, ==, "丁。");

  /* A quote that is not there is left as it was. */
  tf_evidence_fill_context (absent, source, 12);
  g_assert_cmpstr (absent->prefix, ==, "");
  g_assert_cmpstr (absent->suffix, ==, "");
  g_assert_cmpuint (tf_evidence_resolve (absent, source, NULL), ==, 0);
}

static void
test_fill_context_keeps_longer (void)
{
  g_autoptr(TfSource) source = make_source ("一二三四五六七八加入九十", NULL);
  g_autoptr(TfEvidence) evidence = tf_evidence_new ("s", "加入", "四五六七八", NULL);

  /* The curator's prefix is longer than the context asked for: kept. */
  tf_evidence_fill_context (evidence, source, 2);
  g_assert_cmpstr (evidence->prefix, ==, "四五六七八");
  g_assert_cmpstr (evidence->suffix, ==, "九十");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evidence/resolve/counts", test_resolve_counts);
  g_test_add_func ("/evidence/resolve/paragraph-offsets", test_resolve_paragraph_offsets);
  g_test_add_func ("/evidence/resolve/overlapping", test_resolve_overlapping);
  g_test_add_func ("/evidence/resolve/hostile", test_resolve_hostile);
  g_test_add_func ("/evidence/resolve/disambiguation", test_resolve_disambiguation);
  g_test_add_func ("/evidence/fill-context/characters", test_fill_context_characters);
  g_test_add_func ("/evidence/fill-context/paragraph-boundaries",
                   test_fill_context_paragraph_boundaries);
  g_test_add_func ("/evidence/fill-context/mixed-script", test_fill_context_mixed_script);
  g_test_add_func ("/evidence/fill-context/first-place", test_fill_context_first_place);
  g_test_add_func ("/evidence/fill-context/keeps-longer", test_fill_context_keeps_longer);

  return g_test_run ();
}
