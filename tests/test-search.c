/* test-search.c: finding people and organizations by name, alias, pinyin.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-search"

#include "config.h"

#include <string.h>

#include "tf-dataset.h"
#include "tf-search.h"

static void
add_person (TfDataset  *dataset,
            const char *id,
            const char *name,
            ...)
{
  TfPerson *person = tf_person_new (id, name);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, name);
  for (const char *alias = va_arg (args, const char *); alias; alias = va_arg (args, const char *))
    g_ptr_array_add (person->aliases, g_strdup (alias));
  va_end (args);

  tf_dataset_add_person (dataset, person, &error);
  g_assert_no_error (error);
}

static void
add_organization (TfDataset  *dataset,
                  const char *id,
                  const char *name,
                  ...)
{
  TfOrganization *organization = tf_organization_new (id, name, TF_SECTOR_COMPANY);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, name);
  for (const char *alias = va_arg (args, const char *); alias; alias = va_arg (args, const char *))
    g_ptr_array_add (organization->aliases, g_strdup (alias));
  va_end (args);

  tf_dataset_add_organization (dataset, organization, &error);
  g_assert_no_error (error);
}

static TfDataset *
small_dataset (void)
{
  TfDataset *dataset = tf_dataset_new ();

  add_person (dataset, "p-qi-yuan", "漆远", "Yuan Qi", NULL);
  add_person (dataset, "p-li-lei", "李磊", NULL);
  add_person (dataset, "p-ma-weiying", "马维英", NULL);
  add_person (dataset, "p-andrew-ng", "吴恩达", "Andrew Ng", NULL);
  add_person (dataset, "p-li", "李", NULL);
  add_person (dataset, "p-li-ming", "黎明", NULL);
  add_person (dataset, "p-ma-li", "马力", NULL);
  add_person (dataset, "p-zeng-ming", "曾鸣", NULL);
  add_person (dataset, "p-lv-bu", "吕布", NULL);
  add_person (dataset, "p-jose", "José Martín", NULL);
  add_person (dataset, "p-wan-gang", "万刚", NULL);
  add_person (dataset, "p-wang-wei", "王伟", NULL);
  add_organization (dataset, "o-bytedance", "字节跳动", "字節跳動", "ByteDance", NULL);
  add_organization (dataset, "o-fudan", "复旦大学", "Fudan University", NULL);
  return dataset;
}

static GArray *
query (TfSearchIndex *index,
       const char    *text)
{
  return tf_search_index_query (index, text, TF_SEARCH_ALL, 0);
}

/* The position of id in results, or -1. */
static int
find_result (GArray     *results,
             const char *id)
{
  for (guint i = 0; i < results->len; i++)
    if (strcmp (g_array_index (results, TfSearchResult, i).id, id) == 0)
      return (int) i;
  return -1;
}

static void
assert_scores_sorted (GArray *results)
{
  for (guint i = 1; i < results->len; i++)
    g_assert_cmpuint (g_array_index (results, TfSearchResult, i - 1).score, >=,
                      g_array_index (results, TfSearchResult, i).score);
}

/* The first result of text is id, found as match on key. */
static void
assert_top (TfSearchIndex *index,
            const char    *text,
            const char    *id,
            TfSearchMatch  match,
            TfSearchKey    key)
{
  g_autoptr(GArray) results = query (index, text);
  const TfSearchResult *top;

  g_test_message ("query “%s”", text);
  g_assert_cmpuint (results->len, >, 0);
  assert_scores_sorted (results);
  top = &g_array_index (results, TfSearchResult, 0);
  g_assert_cmpstr (top->id, ==, id);
  g_assert_cmpint (top->match, ==, match);
  g_assert_cmpint (top->key, ==, key);
}

static void
test_person_forms (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfSearchIndex) index = tf_search_index_new (dataset, "zh");
  g_autoptr(GArray) results = NULL;
  const TfSearchResult *top;

  g_assert_cmpuint (tf_search_index_get_n_entries (index), ==, 14);

  assert_top (index, "qiyuan", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "qi yuan", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "Qi Yuan", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "Qī Yuǎn", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "QIYUAN", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "漆遠", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_NAME);
  assert_top (index, "漆远", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_NAME);
  assert_top (index, "  漆远 ", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_NAME);
  assert_top (index, "漆", "p-qi-yuan", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_NAME);
  assert_top (index, "qy", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_INITIALS);
  assert_top (index, "qiyu", "p-qi-yuan", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_PINYIN);

  /* The alias, and what the result says matched. */
  results = query (index, "Yuan Qi");
  top = &g_array_index (results, TfSearchResult, 0);
  g_assert_cmpstr (top->id, ==, "p-qi-yuan");
  g_assert_cmpint (top->kind, ==, TF_SEARCH_PERSON);
  g_assert_cmpstr (top->name, ==, "漆远");
  g_assert_cmpstr (top->matched, ==, "Yuan Qi");
  g_assert_cmpint (top->match, ==, TF_SEARCH_MATCH_EXACT);
  g_assert_cmpint (top->key, ==, TF_SEARCH_KEY_ALIAS);
  g_clear_pointer (&results, g_array_unref);

  results = query (index, "qiyuan");
  g_assert_cmpstr (g_array_index (results, TfSearchResult, 0).matched, ==, "qi yuan");
  g_clear_pointer (&results, g_array_unref);

  assert_top (index, "Andrew Ng", "p-andrew-ng", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_ALIAS);
  assert_top (index, "andrew", "p-andrew-ng", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_ALIAS);
  assert_top (index, "wu en da", "p-andrew-ng", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "ma wei", "p-ma-weiying", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_PINYIN);

  /* Accents do not matter. */
  assert_top (index, "jose martin", "p-jose", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_NAME);
  assert_top (index, "JOSÉ", "p-jose", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_NAME);
}

static void
test_organization_forms (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfSearchIndex) index = tf_search_index_new (dataset, "zh");
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) phrase_results = NULL;

  /* The traditional alias folds to the name itself. */
  assert_top (index, "字節跳動", "o-bytedance", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_NAME);
  assert_top (index, "字节跳动", "o-bytedance", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_NAME);
  assert_top (index, "ByteDance", "o-bytedance", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_ALIAS);
  assert_top (index, "bytedance", "o-bytedance", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_ALIAS);
  assert_top (index, "zijie", "o-bytedance", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "跳动", "o-bytedance", TF_SEARCH_MATCH_SUBSTRING, TF_SEARCH_KEY_NAME);

  assert_top (index, "復旦大學", "o-fudan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_NAME);
  assert_top (index, "复旦", "o-fudan", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_NAME);
  assert_top (index, "Fudan", "o-fudan", TF_SEARCH_MATCH_PREFIX, TF_SEARCH_KEY_ALIAS);
  assert_top (index, "fudan university", "o-fudan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_ALIAS);
  assert_top (index, "fddx", "o-fudan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_INITIALS);

  /* Words in another order still find it, below the whole phrase. */
  results = query (index, "university fudan");
  phrase_results = query (index, "fudan university");
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (g_array_index (results, TfSearchResult, 0).id, ==, "o-fudan");
  g_assert_cmpuint (g_array_index (results, TfSearchResult, 0).score, <,
                    g_array_index (phrase_results, TfSearchResult, 0).score);
  g_clear_pointer (&results, g_array_unref);

  /* Only the kinds asked for. */
  results = tf_search_index_query (index, "字节", TF_SEARCH_PERSON, 0);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_array_unref);
  results = tf_search_index_query (index, "字节", TF_SEARCH_ORGANIZATION, 0);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (g_array_index (results, TfSearchResult, 0).kind, ==, TF_SEARCH_ORGANIZATION);
}

static void
test_ranking (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfSearchIndex) index = tf_search_index_new (dataset, "zh");
  g_autoptr(GArray) results = query (index, "li");
  g_autoptr(GArray) first_two = NULL;

  /* 李 is "li" exactly; 黎明 and 李磊 start with it, in pinyin order (lí
   * before lǐ); 马力 has it as a word. */
  assert_scores_sorted (results);
  g_assert_cmpint (find_result (results, "p-li"), ==, 0);
  g_assert_cmpint (find_result (results, "p-li-ming"), ==, 1);
  g_assert_cmpint (find_result (results, "p-li-lei"), ==, 2);
  g_assert_cmpint (find_result (results, "p-ma-li"), ==, 3);
  g_assert_cmpint (g_array_index (results, TfSearchResult, 0).match, ==, TF_SEARCH_MATCH_EXACT);
  g_assert_cmpint (g_array_index (results, TfSearchResult, 1).match, ==, TF_SEARCH_MATCH_PREFIX);
  g_assert_cmpint (g_array_index (results, TfSearchResult, 3).match, ==,
                   TF_SEARCH_MATCH_SUBSTRING);

  /* "wang" is a whole syllable of 王伟, only letters of 万刚 "wangang",
   * although 万 sorts first. */
  g_clear_pointer (&results, g_array_unref);
  results = query (index, "wang");
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpstr (g_array_index (results, TfSearchResult, 0).id, ==, "p-wang-wei");
  g_assert_cmpstr (g_array_index (results, TfSearchResult, 1).id, ==, "p-wan-gang");
  g_assert_cmpint (g_array_index (results, TfSearchResult, 1).match, ==, TF_SEARCH_MATCH_PREFIX);

  first_two = tf_search_index_query (index, "li", TF_SEARCH_ALL, 2);
  g_assert_cmpuint (first_two->len, ==, 2);
  g_assert_cmpstr (g_array_index (first_two, TfSearchResult, 0).id, ==, "p-li");
  g_assert_cmpstr (g_array_index (first_two, TfSearchResult, 1).id, ==, "p-li-ming");
}

static void
test_no_match (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfSearchIndex) index = tf_search_index_new (dataset, NULL);
  const char *queries[] = { "", "   ", "xyz", "qi lei", "ff", "漆磊", "Yuan Qii" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GArray) results = query (index, queries[i]);

      g_test_message ("query “%s”", queries[i]);
      g_assert_cmpuint (results->len, ==, 0);
    }
}

/* An article opened alone gives a dataset with nobody in it. */
static void
test_empty_dataset (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfSearchIndex) index = tf_search_index_new (dataset, NULL);
  g_autoptr(GArray) results = query (index, "qiyuan");

  g_assert_cmpuint (results->len, ==, 0);
}

static void
test_readings (void)
{
  g_autoptr(TfDataset) dataset = small_dataset ();
  g_autoptr(TfSearchIndex) index = tf_search_index_new (dataset, "zh");

  /* The surname reading first, the character's reading too. */
  assert_top (index, "zengming", "p-zeng-ming", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "ceng ming", "p-zeng-ming", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  /* ü typed as v or u. */
  assert_top (index, "lvbu", "p-lv-bu", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "lu bu", "p-lv-bu", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "lǚ bù", "p-lv-bu", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
}

/* An index outlives its dataset: results point into the index. */
static void
test_outlives_dataset (void)
{
  TfDataset *dataset = small_dataset ();
  g_autoptr(TfSearchIndex) index = tf_search_index_new (dataset, NULL);
  g_autoptr(GArray) results = NULL;

  g_assert_finalize_object (dataset);
  results = query (index, "ByteDance");
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (g_array_index (results, TfSearchResult, 0).id, ==, "o-bytedance");
  g_assert_cmpstr (g_array_index (results, TfSearchResult, 0).name, ==, "字节跳动");
}

/* Common surnames and given-name characters with the reading a user types;
 * 曾 and 单 are read as surnames. */
static const char *surnames[][2] = {
  { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" }, { "陈", "chen" },
  { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "吴", "wu" }, { "周", "zhou" },
  { "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" },
  { "郭", "guo" }, { "何", "he" }, { "林", "lin" }, { "罗", "luo" }, { "郑", "zheng" },
  { "梁", "liang" }, { "谢", "xie" }, { "宋", "song" }, { "唐", "tang" }, { "韩", "han" },
  { "冯", "feng" }, { "邓", "deng" }, { "曹", "cao" }, { "彭", "peng" }, { "曾", "zeng" },
  { "单", "shan" }, { "吕", "lv" }, { "漆", "qi" }, { "欧阳", "ouyang" }, { "司马", "sima" },
};

static const char *given[][2] = {
  { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" }, { "静", "jing" },
  { "磊", "lei" }, { "军", "jun" }, { "洋", "yang" }, { "勇", "yong" }, { "杰", "jie" },
  { "涛", "tao" }, { "明", "ming" }, { "超", "chao" }, { "霞", "xia" }, { "平", "ping" },
  { "刚", "gang" }, { "英", "ying" }, { "华", "hua" }, { "飞", "fei" }, { "远", "yuan" },
  { "勤", "qin" }, { "文", "wen" }, { "博", "bo" }, { "宇", "yu" }, { "浩", "hao" },
  { "鹏", "peng" }, { "雪", "xue" }, { "琳", "lin" }, { "晨", "chen" }, { "欣", "xin" },
  { "恩", "en" }, { "达", "da" }, { "维", "wei" }, { "亚", "ya" }, { "绿", "lv" },
};

static void
test_many_names (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfSearchIndex) index = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) readings = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  /* Every surname with every given character, alone and followed by one
   * of three others. */
  for (guint s = 0; s < G_N_ELEMENTS (surnames); s++)
    for (guint g = 0; g < G_N_ELEMENTS (given); g++)
      for (guint h = 0; h < 4; h++)
        {
          /* h == 0: no second given character. */
          const char *second = h > 0 ? given[h * 11][0] : NULL;
          const char *second_reading = h > 0 ? given[h * 11][1] : NULL;
          g_autofree char *id = g_strdup_printf ("p%u", n++);

          g_ptr_array_add (names, g_strconcat (surnames[s][0], given[g][0], second, NULL));
          g_ptr_array_add (readings, g_strjoin (" ", surnames[s][1], given[g][1],
                                                second_reading, NULL));
          add_person (dataset, id, g_ptr_array_index (names, n - 1), NULL);
        }
  g_assert_cmpuint (n, ==, 4 * G_N_ELEMENTS (surnames) * G_N_ELEMENTS (given));

  index = tf_search_index_new (dataset, "zh");
  g_assert_cmpuint (tf_search_index_get_n_entries (index), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      const char *reading = g_ptr_array_index (readings, i);
      g_auto(GStrv) syllables = g_strsplit (reading, " ", -1);
      g_autofree char *compact = g_strjoinv ("", syllables);
      const char *forms[] = { g_ptr_array_index (names, i), reading, compact };

      for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
        {
          g_autoptr(GArray) results = query (index, forms[f]);
          int position = find_result (results, id);

          if (position < 0)
            g_error ("“%s” does not find %s (%s)", forms[f], id,
                     (const char *) g_ptr_array_index (names, i));
          /* Homophones share the exact match, nobody beats it. */
          g_assert_cmpint (g_array_index (results, TfSearchResult, position).match, ==,
                           TF_SEARCH_MATCH_EXACT);
          g_assert_cmpuint (g_array_index (results, TfSearchResult, position).score, ==,
                            g_array_index (results, TfSearchResult, 0).score);
        }
    }
}

/* Each alias is checked against the entry's other keys, which must not
 * cost the square of the aliases. */
static void
test_many_aliases (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfSearchIndex) index = NULL;
  TfPerson *person = tf_person_new ("p-qi-yuan", "漆远");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20000; i++)
    g_ptr_array_add (person->aliases, g_strdup_printf ("远漆%u", i));
  /* The same key as the name's pinyin, which stays the one that matches. */
  g_ptr_array_add (person->aliases, g_strdup ("Qi Yuan"));
  g_assert_true (tf_dataset_add_person (dataset, person, &error));
  add_person (dataset, "p-li-lei", "李磊", NULL);

  index = tf_search_index_new (dataset, "zh");
  g_assert_cmpuint (tf_search_index_get_n_entries (index), ==, 2);
  assert_top (index, "远漆19999", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_ALIAS);
  assert_top (index, "yuanqi19999", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "qi yuan", "p-qi-yuan", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
  assert_top (index, "lilei", "p-li-lei", TF_SEARCH_MATCH_EXACT, TF_SEARCH_KEY_PINYIN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/person-forms", test_person_forms);
  g_test_add_func ("/search/organization-forms", test_organization_forms);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/no-match", test_no_match);
  g_test_add_func ("/search/empty-dataset", test_empty_dataset);
  g_test_add_func ("/search/readings", test_readings);
  g_test_add_func ("/search/outlives-dataset", test_outlives_dataset);
  g_test_add_func ("/search/many-names", test_many_names);
  g_test_add_func ("/search/many-aliases", test_many_aliases);

  return g_test_run ();
}
