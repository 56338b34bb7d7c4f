/* test-text.c: folding, sentence ends, pinyin stripping, script detection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-text"

#include "config.h"

#include <string.h>

#include "tf-text.h"

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = tf_text_fold (text, -1);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_fold (void)
{
  g_autofree char *prefix = NULL;

  /* Full-width forms become their ASCII counterparts (NFKC), then lower case. */
  assert_fold ("ＡＢＣ１２３", "abc123");
  assert_fold ("（ＵＣＳＢ）", "(ucsb)");
  /* Traditional -> Simplified. */
  assert_fold ("字節跳動", "字节跳动");
  assert_fold ("騰訊 AI Lab", "腾讯 ai lab");
  /* Simplified text and plain ASCII only lose their case. */
  assert_fold ("字节跳动", "字节跳动");
  assert_fold ("DeepMind", "deepmind");
  assert_fold ("Straße", "strasse");
  /* Compatibility characters. */
  assert_fold ("ﬁ", "fi");
  assert_fold ("①", "1");
  assert_fold ("㍿", "株式会社");
  assert_fold ("", "");

  /* len counts bytes: two characters of three bytes each. */
  prefix = tf_text_fold ("字節跳動", 6);
  g_assert_cmpstr (prefix, ==, "字节");
}

static void
assert_sentence_ends (const char  *text,
                      const guint *expected,
                      guint        n_expected)
{
  g_autofree guint *ends = NULL;
  guint n = 0;

  ends = tf_text_sentence_ends (text, &n);
  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (ends[i], ==, expected[i]);
  if (n > 0)
    g_assert_cmpuint (ends[n - 1], ==, strlen (text));
}

static void
test_sentence_ends (void)
{
  /* Each Han character and full-width mark is three bytes. */
  static const guint chinese[] = { 12, 24, 36 };
  /* The space after a full stop belongs to the sentence it ends. */
  static const guint english[] = { 13, 29, 34 };
  static const guint mixed[] = { 27, 39 };
  static const guint one[] = { 7 };

  assert_sentence_ends ("第一句。第二句！第三句？", chinese, G_N_ELEMENTS (chinese));
  assert_sentence_ends ("Hello world. This is a test! Done?", english, G_N_ELEMENTS (english));
  assert_sentence_ends ("漆远加入复旦大学。He left Ant.", mixed, G_N_ELEMENTS (mixed));
  assert_sentence_ends ("no stop", one, G_N_ELEMENTS (one));
  assert_sentence_ends ("", NULL, 0);
}

static void
test_sentence_ends_unterminated (void)
{
  g_autofree guint *ends = NULL;
  guint n = 0;

  ends = tf_text_sentence_ends ("没有句号的文字", &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (ends[0], ==, strlen ("没有句号的文字"));
}

static void
assert_stripped (const char *text,
                 const char *expected)
{
  g_autofree char *stripped = tf_text_strip_pinyin_annotations (text);

  g_assert_cmpstr (stripped, ==, expected);
}

static void
test_strip_pinyin (void)
{
  /* What the converter left in seed 001. */
  assert_stripped ("現(xiàn)狀", "現狀");
  assert_stripped ("新智元報(bào)道", "新智元報道");
  assert_stripped ("創(chuàng)新工場(chǎng)", "創新工場");
  assert_stripped ("標(biāo)準(zhǔn)", "標準");
  assert_stripped ("夾縫中求生存,處境尷尬。", "夾縫中求生存,處境尷尬。");
  /* After a Latin letter, with a tone mark. */
  assert_stripped ("離職加入U(xiǎn)CSB!", "離職加入UCSB!");
  /* A toneless syllable with an initial. */
  assert_stripped ("他們(men)說", "他們說");

  /* Parenthesised English and labels are kept. */
  assert_stripped ("吳恩達(Andrew Ng):Google Brain", "吳恩達(Andrew Ng):Google Brain");
  assert_stripped ("加州大學圣巴巴拉分校(UCSB)。", "加州大學圣巴巴拉分校(UCSB)。");
  assert_stripped ("分子之心(MoleculeMind)", "分子之心(MoleculeMind)");
  assert_stripped ("如图(a)所示", "如图(a)所示");
  assert_stripped ("函数 f(x) 与 g(ma)", "函数 f(x) 与 g(ma)");
  assert_stripped ("科（tiao）学（can）家", "科（tiao）学（can）家");
  assert_stripped ("(xiàn) at the start", "(xiàn) at the start");
  assert_stripped ("", "");
}

static void
test_detect_script (void)
{
  g_assert_cmpint (tf_text_detect_script ("这是简体中文的句子，里面有很多简体字，比如说话和学习。"),
                   ==, TF_SCRIPT_HANS);
  g_assert_cmpint (tf_text_detect_script ("這是繁體中文的句子，裡面有很多繁體字，比如說話和學習。"),
                   ==, TF_SCRIPT_HANT);
  g_assert_cmpint (tf_text_detect_script ("字节跳动 AI Lab 总监李磊离职，加入 UCSB"), ==, TF_SCRIPT_HANS);
  g_assert_cmpint (tf_text_detect_script ("字節跳動 AI Lab 總監李磊離職，加入 UCSB"), ==, TF_SCRIPT_HANT);
  g_assert_cmpint (tf_text_detect_script ("Hello world, this is English."), ==, TF_SCRIPT_LATIN);
  g_assert_cmpint (tf_text_detect_script ("12345 !!! ---"), ==, TF_SCRIPT_UNKNOWN);
  g_assert_cmpint (tf_text_detect_script (""), ==, TF_SCRIPT_UNKNOWN);
}

/* The cheap guess the chart makes for each label. */
static void
test_guess_han_script (void)
{
  g_assert_cmpint (tf_text_guess_han_script ("漆远"), ==, TF_SCRIPT_HANS);
  g_assert_cmpint (tf_text_guess_han_script ("复旦大学"), ==, TF_SCRIPT_HANS);
  /* 學 is only written so in traditional Chinese. */
  g_assert_cmpint (tf_text_guess_han_script ("復旦大學"), ==, TF_SCRIPT_HANT);
  g_assert_cmpint (tf_text_guess_han_script ("臺灣 AI Lab"), ==, TF_SCRIPT_HANT);
  /* Mixed with Latin, the Han characters decide. */
  g_assert_cmpint (tf_text_guess_han_script ("腾讯 AI Lab"), ==, TF_SCRIPT_HANS);
  g_assert_cmpint (tf_text_guess_han_script ("Alibaba DAMO Academy"), ==, TF_SCRIPT_UNKNOWN);
  g_assert_cmpint (tf_text_guess_han_script (""), ==, TF_SCRIPT_UNKNOWN);

  /* It agrees with the full detection where the text says enough. */
  g_assert_cmpint (tf_text_guess_han_script ("這是繁體中文的句子，裡面有很多繁體字，比如說話和學習。"),
                   ==, tf_text_detect_script ("這是繁體中文的句子，裡面有很多繁體字，比如說話和學習。"));
  g_assert_cmpint (tf_text_guess_han_script ("这是简体中文的句子，里面有很多简体字，比如说话和学习。"),
                   ==, tf_text_detect_script ("这是简体中文的句子，里面有很多简体字，比如说话和学习。"));
}

static void
test_language_for_script (void)
{
  g_assert_cmpstr (tf_text_language_for_script (TF_SCRIPT_HANS), ==, "zh-cn");
  g_assert_cmpstr (tf_text_language_for_script (TF_SCRIPT_HANT), ==, "zh-tw");
  g_assert_null (tf_text_language_for_script (TF_SCRIPT_LATIN));
  g_assert_null (tf_text_language_for_script (TF_SCRIPT_UNKNOWN));
}

/* The table tf_text_fold () maps characters with gives what the
 * transliterator gives for every character of the CJK blocks alone. In
 * running text the transliterator also has a few rules that look at the
 * next character (it keeps 著 in 著名, where the table gives 着): folded
 * text is only ever matched against folded text, so that only makes one
 * character stand for both; on the seeds and the extractor's fixtures
 * such characters must stay rare. */
static void
test_fold_table (void)
{
  const char *files[] = {
    "data/000_b1c6aaa2a0844c7d.txt", "data/001_299ef1fff7c01911.txt",
    "data/002_a942309f719dd219.txt", "data/003_dd9e6ee67f5cdc93.txt",
    "data/004_4c1bf5412017dcdf.txt", "data/gazetteer.json",
    "tests/fixtures/extract/phenomena.jsonl", "tests/fixtures/extract/phenomena-2.jsonl",
    "tests/fixtures/extract/holdout.jsonl",
  };
  guint differ = 0, chars = 0, changed = 0;

  for (gunichar c = 0x2E80; c < 0x10000; c++)
    {
      char one[8] = { 0 };
      g_autofree char *fast = NULL;
      g_autofree char *slow = NULL;

      if (c >= 0xD800 && c <= 0xDFFF)
        continue;
      g_unichar_to_utf8 (c, one);
      fast = tf_text_fold (one, -1);
      slow = tf_text_fold_reference (one, -1);
      if (strcmp (fast, slow) != 0)
        {
          if (differ++ < 10)
            g_test_message ("U+%04X folds to %s, the transliterator says %s", c, fast, slow);
        }
    }
  g_assert_cmpuint (differ, ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, files[i], NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      for (guint k = 0; lines[k] != NULL; k++)
        {
          g_autofree char *fast = NULL;
          g_autofree char *slow = NULL;

          if (!g_utf8_validate (lines[k], -1, NULL))
            continue;
          fast = tf_text_fold (lines[k], -1);
          slow = tf_text_fold_reference (lines[k], -1);
          g_assert_cmpint (g_utf8_strlen (fast, -1), ==, g_utf8_strlen (slow, -1));
          for (const char *a = fast, *b = slow; *a != '\0'; a = g_utf8_next_char (a),
               b = g_utf8_next_char (b))
            {
              chars++;
              if (g_utf8_get_char (a) != g_utf8_get_char (b) && changed++ < 5)
                g_test_message ("%s line %u: the table gives U+%04X, the transliterator U+%04X",
                                files[i], k + 1, g_utf8_get_char (a), g_utf8_get_char (b));
            }
        }
    }
  g_test_message ("%u of %u characters fold otherwise than through the transliterator",
                  changed, chars);
  g_assert_cmpuint (changed * 2000, <=, chars);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/fold/table", test_fold_table);
  g_test_add_func ("/text/sentence-ends", test_sentence_ends);
  g_test_add_func ("/text/sentence-ends/unterminated", test_sentence_ends_unterminated);
  g_test_add_func ("/text/strip-pinyin", test_strip_pinyin);
  g_test_add_func ("/text/detect-script", test_detect_script);
  g_test_add_func ("/text/guess-han-script", test_guess_han_script);
  g_test_add_func ("/text/language-for-script", test_language_for_script);

  return g_test_run ();
}
