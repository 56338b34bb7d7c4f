/* test-collation.c: locale-aware ordering of names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-collation"

#include "config.h"

#include <string.h>

#include "tf-collation.h"

static const char *collation_locale;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return tf_collation_compare (*(const char * const *) a, *(const char * const *) b,
                               collation_locale);
}

typedef struct
{
  const char *name;
  char *key;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const Keyed *) a)->key, ((const Keyed *) b)->key);
}

/* Sorts shuffled both with the compare function and by sort keys, and
 * checks both give expected. */
static void
assert_sorts_to (const char  *locale,
                 const char **shuffled,
                 const char **expected,
                 guint        n)
{
  g_autofree const char **by_compare = g_memdup2 (shuffled, sizeof (char *) * n);
  g_autofree Keyed *by_key = g_new (Keyed, n);

  collation_locale = locale;
  qsort (by_compare, n, sizeof (char *), compare_names);

  for (guint i = 0; i < n; i++)
    by_key[i] = (Keyed) { shuffled[i], tf_collation_sort_key (shuffled[i], locale) };
  qsort (by_key, n, sizeof (Keyed), compare_keyed);

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (by_compare[i], ==, expected[i]);
      g_assert_cmpstr (by_key[i].name, ==, expected[i]);
      g_free (by_key[i].key);
    }
}

static const char *chinese_sorted[] = { "李磊", "马维英", "漆远", "张亚勤", "周伯文" };
static const char *chinese_shuffled[] = { "周伯文", "漆远", "李磊", "张亚勤", "马维英" };

static void
test_chinese (void)
{
  assert_sorts_to ("zh", chinese_shuffled, chinese_sorted, G_N_ELEMENTS (chinese_sorted));
  assert_sorts_to ("zh_CN", chinese_shuffled, chinese_sorted, G_N_ELEMENTS (chinese_sorted));
}

static void
test_english (void)
{
  const char *sorted[] = { "andrew", "Bob", "émile", "Emily", "Lab 2", "Lab 10", "Zoe" };
  const char *shuffled[] = { "Zoe", "Lab 10", "Emily", "émile", "Lab 2", "Bob", "andrew" };

  /* Unlike strcmp (): case and accents second to the letters, digits as
   * numbers. */
  assert_sorts_to ("en", shuffled, sorted, G_N_ELEMENTS (sorted));
  assert_sorts_to ("", shuffled, sorted, G_N_ELEMENTS (sorted));
}

static void
test_keys_agree (void)
{
  const char *names[] = {
    "李磊", "马维英", "漆远", "漆遠", "Andrew Ng", "andrew ng", "ByteDance", "字节跳动", "", "ß",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint j = 0; j < G_N_ELEMENTS (names); j++)
      {
        g_autofree char *a = tf_collation_sort_key (names[i], "zh");
        g_autofree char *b = tf_collation_sort_key (names[j], "zh");
        int by_key = strcmp (a, b);
        int by_compare = tf_collation_compare (names[i], names[j], "zh");

        g_assert_cmpint (by_key < 0, ==, by_compare < 0);
        g_assert_cmpint (by_key > 0, ==, by_compare > 0);
        g_assert_cmpint (by_compare == 0, ==, i == j);
      }
}

/* Keys longer than the stack buffers tf_collation_sort_key starts with. */
static void
test_long_text (void)
{
  g_autoptr(GString) base = g_string_new (NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  for (guint i = 0; i < 400; i++)
    g_string_append (base, i % 2 ? "漆" : "Yuan ");
  a = g_strconcat (base->str, "a", NULL);
  b = g_strconcat (base->str, "b", NULL);

  key_a = tf_collation_sort_key (a, "zh");
  key_b = tf_collation_sort_key (b, "zh");
  g_assert_cmpuint (strlen (key_a), >, 256);
  g_assert_cmpint (strcmp (key_a, key_b), <, 0);
  g_assert_cmpint (tf_collation_compare (a, b, "zh"), <, 0);
  g_assert_cmpint (tf_collation_compare (b, a, "zh"), >, 0);
}

static void
test_default_locale (void)
{
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_COLLATE");

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_assert_cmpstr (tf_collation_get_default_locale (), ==, "zh_CN");
  assert_sorts_to (NULL, chinese_shuffled, chinese_sorted, G_N_ELEMENTS (chinese_sorted));

  g_unsetenv ("LANGUAGE");
  g_setenv ("LANG", "zh_TW.UTF-8", TRUE);
  g_assert_cmpstr (tf_collation_get_default_locale (), ==, "zh_TW");

  g_setenv ("LANG", "en_US.UTF-8", TRUE);
  g_assert_cmpstr (tf_collation_get_default_locale (), ==, "en_US");

  g_setenv ("LC_ALL", "C", TRUE);
  g_assert_cmpstr (tf_collation_get_default_locale (), ==, "");

  g_unsetenv ("LC_ALL");
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_assert_cmpstr (tf_collation_get_default_locale (), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collation/chinese", test_chinese);
  g_test_add_func ("/collation/english", test_english);
  g_test_add_func ("/collation/keys-agree", test_keys_agree);
  g_test_add_func ("/collation/long-text", test_long_text);
  g_test_add_func ("/collation/default-locale", test_default_locale);

  return g_test_run ();
}
