/* test-pinyin.c: toneless pinyin for Han text, names and initials.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-pinyin"

#include "config.h"

#include <string.h>

#include "tf-pinyin.h"

static void
assert_text (const char *text,
             const char *expected)
{
  g_autofree char *pinyin = tf_pinyin_for_text (text);

  g_assert_cmpstr (pinyin, ==, expected);
}

static void
assert_name (const char *name,
             const char *expected)
{
  g_autofree char *pinyin = tf_pinyin_for_name (name);

  g_assert_cmpstr (pinyin, ==, expected);
}

static void
test_characters (void)
{
  g_assert_cmpstr (tf_pinyin_for_character (g_utf8_get_char ("漆")), ==, "qi");
  g_assert_cmpstr (tf_pinyin_for_character (g_utf8_get_char ("远")), ==, "yuan");
  /* Traditional characters have readings of their own. */
  g_assert_cmpstr (tf_pinyin_for_character (g_utf8_get_char ("遠")), ==, "yuan");
  /* Extension A. */
  g_assert_cmpstr (tf_pinyin_for_character (0x3400), ==, "qiu");
  /* ü is written v. */
  g_assert_cmpstr (tf_pinyin_for_character (g_utf8_get_char ("女")), ==, "nv");
  g_assert_cmpstr (tf_pinyin_for_character (g_utf8_get_char ("略")), ==, "lve");

  /* A reading is looked up once and then kept. */
  g_assert_true (tf_pinyin_for_character (g_utf8_get_char ("漆")) ==
                 tf_pinyin_for_character (g_utf8_get_char ("漆")));

  g_assert_null (tf_pinyin_for_character ('a'));
  g_assert_null (tf_pinyin_for_character (0x4DC0));  /* ䷀, a hexagram between the blocks */
  g_assert_null (tf_pinyin_for_character (0x3002));  /* 。 */
  /* 々 is a Han character without a reading of its own. */
  g_assert_null (tf_pinyin_for_character (0x3005));
}

static void
test_text (void)
{
  assert_text ("漆远", "qi yuan");
  assert_text ("漆遠", "qi yuan");
  assert_text ("李飞飞", "li fei fei");
  assert_text ("李飛飛", "li fei fei");
  assert_text ("张亚勤", "zhang ya qin");
  assert_text ("马维英", "ma wei ying");
  assert_text ("字節跳動", "zi jie tiao dong");
  assert_text ("复旦大学", "fu dan da xue");

  /* Other runs are folded and kept, one space from the syllables. */
  assert_text ("騰訊 AI Lab", "teng xun ai lab");
  assert_text ("腾讯AI Lab", "teng xun ai lab");
  assert_text ("Andrew Ng", "andrew ng");
  assert_text ("杰弗里·辛顿", "jie fu li · xin dun");
  assert_text ("  李  飞\t", "li fei");
  assert_text ("李々", "li 々");
  assert_text ("", "");

  /* Han-Latin knows one reading per character. */
  assert_text ("长安", "zhang an");
  assert_text ("曾国藩", "ceng guo fan");
}

static void
test_names (void)
{
  g_autofree char *as_u = NULL;

  assert_name ("曾国藩", "zeng guo fan");
  assert_name ("單雄信", "shan xiong xin");
  assert_name ("解缙", "xie jin");
  assert_name ("仇英", "qiu ying");
  assert_name ("區", "ou");
  assert_name ("朴槿惠", "piao jin hui");
  assert_name ("查良镛", "zha liang yong");
  assert_name ("覃", "qin");
  /* Compound surnames win over their first character. */
  assert_name ("尉遲恭", "yu chi gong");
  assert_name ("单于", "chan yu");
  /* Only the surname is read as one. */
  assert_name ("李曾", "li ceng");
  assert_name ("漆远", "qi yuan");
  assert_name ("Yuan Qi", "yuan qi");

  as_u = tf_pinyin_transcribe ("吕布", TF_PINYIN_NAME | TF_PINYIN_UMLAUT_AS_U);
  g_assert_cmpstr (as_u, ==, "lu bu");
  assert_name ("吕布", "lv bu");
}

static void
test_initials (void)
{
  struct
  {
    const char *pinyin;
    const char *initials;
  } cases[] = {
    { "li fei fei", "lff" },
    { "qi yuan", "qy" },
    { "teng xun ai lab", "txal" },
    { "jie fu li · xin dun", "jflxd" },
    { "  li  ", "l" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *initials = tf_pinyin_initials (cases[i].pinyin);

      g_assert_cmpstr (initials, ==, cases[i].initials);
    }
}

static void
test_strip_tones (void)
{
  struct
  {
    const char *text;
    TfPinyinFlags flags;
    const char *stripped;
  } cases[] = {
    { "qī yuǎn", TF_PINYIN_DEFAULT, "qi yuan" },
    { "Lǚ lüè", TF_PINYIN_DEFAULT, "Lv lve" },
    { "Lǚ lüè", TF_PINYIN_UMLAUT_AS_U, "Lu lue" },
    { "Müller", TF_PINYIN_UMLAUT_AS_U, "Muller" },
    { "José Martín", TF_PINYIN_DEFAULT, "Jose Martin" },
    { "Nguyễn", TF_PINYIN_DEFAULT, "Nguyen" },
    /* Marks of other scripts are part of the letter. */
    { "がく", TF_PINYIN_DEFAULT, "がく" },
    { "漆远 plain", TF_PINYIN_DEFAULT, "漆远 plain" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stripped = tf_pinyin_strip_tones (cases[i].text, cases[i].flags);

      g_assert_cmpstr (stripped, ==, cases[i].stripped);
    }
}

static void
test_contains_han (void)
{
  g_assert_true (tf_pinyin_contains_han ("腾讯 AI Lab"));
  g_assert_true (tf_pinyin_contains_han ("漆遠"));
  g_assert_false (tf_pinyin_contains_han ("Yuan Qi"));
  g_assert_false (tf_pinyin_contains_han ("。，"));
  g_assert_false (tf_pinyin_contains_han (""));
}

/* Threads that meet the same characters for the first time at once must
 * all get the same readings. */
#define N_THREADS 8
#define FIRST_CHAR 0x5B00
#define N_CHARS 600

static gpointer
read_characters (gpointer data)
{
  guint offset = GPOINTER_TO_UINT (data);
  const char **readings = g_new0 (const char *, N_CHARS);

  /* Each thread starts at another place so that the threads race. */
  for (guint i = 0; i < N_CHARS; i++)
    {
      guint j = (i + offset) % N_CHARS;

      readings[j] = tf_pinyin_for_character (FIRST_CHAR + j);
    }
  return readings;
}

static void
test_threads (void)
{
  GThread *threads[N_THREADS];
  const char **readings[N_THREADS];
  guint with_reading = 0;

  for (guint t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("pinyin", read_characters,
                               GUINT_TO_POINTER (t * N_CHARS / N_THREADS));
  for (guint t = 0; t < N_THREADS; t++)
    readings[t] = g_thread_join (threads[t]);

  for (guint i = 0; i < N_CHARS; i++)
    {
      for (guint t = 1; t < N_THREADS; t++)
        g_assert_true (readings[t][i] == readings[0][i]);
      if (readings[0][i] != NULL)
        {
          with_reading++;
          g_assert_cmpstr (readings[0][i], ==, tf_pinyin_for_character (FIRST_CHAR + i));
        }
    }
  /* Nearly every character of the main block has a reading. */
  g_assert_cmpuint (with_reading, >, N_CHARS * 9 / 10);

  for (guint t = 0; t < N_THREADS; t++)
    g_free (readings[t]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pinyin/characters", test_characters);
  g_test_add_func ("/pinyin/text", test_text);
  g_test_add_func ("/pinyin/names", test_names);
  g_test_add_func ("/pinyin/initials", test_initials);
  g_test_add_func ("/pinyin/strip-tones", test_strip_tones);
  g_test_add_func ("/pinyin/contains-han", test_contains_han);
  g_test_add_func ("/pinyin/threads", test_threads);

  return g_test_run ();
}
