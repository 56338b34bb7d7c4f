/* tf-pinyin.c: toneless pinyin for Han text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-pinyin"

#include "config.h"

#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>

#include "tf-pinyin.h"
#include "tf-text.h"

/* Han-Latin is slow: opening it compiles its rules (about 100 ms) and each
 * character costs about 5 µs, whether asked one at a time or in one long
 * string, so a table of the 27,584 characters of the CJK block and
 * Extension A would add some 280 ms to startup. Readings are therefore
 * looked up the first time a character is met and kept: a dataset of 100k
 * names uses a few thousand distinct characters.
 *
 * CJK Unified Ideographs and Extension A, where nearly every name
 * character lives, are an array read without a lock; a slot goes once from
 * NULL to its reading. Rarer Han characters go to a hash table under the
 * lock. */
#define DENSE_FIRST 0x3400
#define DENSE_LAST  0x9FFF

static const char *dense_readings[DENSE_LAST - DENSE_FIRST + 1];
static GMutex readings_lock;
static GHashTable *sparse_readings;   /* gunichar -> reading */
static GStringChunk *reading_strings;  /* one copy of each distinct reading */
static UTransliterator *han_latin;

/* Marks a character ICU has no reading for, so it is not asked again. */
static const char no_reading[] = "";

/* Surnames whose reading differs from the character's common reading.
 * Compound surnames come first so that 单于 wins over 单. The keys are
 * simplified, as tf_text_fold leaves them. */
static const struct
{
  const char *surname;
  const char *reading;
} surname_readings[] = {
  { "尉迟", "yu chi" },
  { "万俟", "mo qi" },
  { "单于", "chan yu" },
  { "澹台", "tan tai" },
  { "曾", "zeng" },
  { "单", "shan" },
  { "解", "xie" },
  { "仇", "qiu" },
  { "区", "ou" },
  { "朴", "piao" },
  { "查", "zha" },
  { "乐", "yue" },
  { "覃", "qin" },
  { "盖", "ge" },
  { "缪", "miao" },
  { "繁", "po" },
  { "召", "shao" },
  { "员", "yun" },
  { "种", "chong" },
  { "秘", "bi" },
  { "翟", "zhai" },
  { "折", "she" },
  { "句", "gou" },
  { "隗", "wei" },
  { "阚", "kan" },
  { "都", "du" },
  { "薄", "bo" },
};

static gboolean
is_han (gunichar c)
{
  if (c < 0x2E80)
    return FALSE;
  /* The Yijing hexagram symbols sit between Extension A and the main block. */
  if (c >= DENSE_FIRST && c <= DENSE_LAST)
    return c < 0x4DC0 || c > 0x4DFF;
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

/* Whether text may hold a Latin letter with a mark: Latin-1 Supplement to
 * the combining diacritics (U+00C0..U+037F) or Latin Extended Additional
 * (U+1E00..U+1EFF). A cheap byte scan that spares most strings the two
 * normalizations of tf_pinyin_strip_tones (). */
static gboolean
may_have_latin_marks (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      if (*p >= 0xC3 && *p <= 0xCD)
        return TRUE;
      if (*p == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB)
        return TRUE;
    }
  return FALSE;
}

char *
tf_pinyin_strip_tones (const char    *text,
                       TfPinyinFlags  flags)
{
  g_autofree char *decomposed = NULL;
  GString *stripped;
  gboolean after_latin = FALSE;
  char *result;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  if (!may_have_latin_marks (text))
    return g_strdup (text);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  stripped = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c) && after_latin)
        {
          char *last = stripped->len > 0 ? &stripped->str[stripped->len - 1] : NULL;

          /* The diaeresis of pinyin ü: "lv" is how it is typed. */
          if (c == 0x0308 && !(flags & TF_PINYIN_UMLAUT_AS_U)
              && last != NULL && (*last == 'u' || *last == 'U'))
            *last = *last == 'u' ? 'v' : 'V';
          continue;
        }

      g_string_append_unichar (stripped, c);
      if (!g_unichar_ismark (c))
        after_latin = g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
    }

  result = g_utf8_normalize (stripped->str, (gssize) stripped->len, G_NORMALIZE_NFC);
  g_string_free (stripped, TRUE);
  return result;
}

static void
open_han_latin (void)
{
  UChar id[16];
  UErrorCode status = U_ZERO_ERROR;

  u_uastrcpy (id, "Han-Latin");
  han_latin = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE (status))
    g_error ("ICU cannot open the Han-Latin transliterator: %s", u_errorName (status));
}

/* Asks ICU for the reading of c, without tones. Called with the lock held:
 * a transliterator is not safe to use from two threads at once. */
static const char *
read_with_icu (gunichar c)
{
  UChar utf16[64];
  int32_t len = 0;
  int32_t limit;
  UErrorCode status = U_ZERO_ERROR;
  char toned[256];
  g_autofree char *toneless = NULL;

  if (han_latin == NULL)
    open_han_latin ();

  U16_APPEND_UNSAFE (utf16, len, (UChar32) c);
  limit = len;
  utrans_transUChars (han_latin, utf16, &len, G_N_ELEMENTS (utf16), 0, &limit, &status);
  if (U_FAILURE (status))
    return no_reading;

  /* Without a reading ICU leaves the character as it is. */
  u_strToUTF8 (toned, sizeof toned, NULL, utf16, len, &status);
  if (U_FAILURE (status) || status == U_STRING_NOT_TERMINATED_WARNING)
    return no_reading;

  toneless = tf_pinyin_strip_tones (toned, TF_PINYIN_DEFAULT);
  if (toneless[0] == '\0')
    return no_reading;
  for (char *p = toneless; *p; p++)
    {
      if (g_ascii_isupper (*p))
        *p = g_ascii_tolower (*p);
      else if (!g_ascii_islower (*p) && *p != ' ')
        return no_reading;
    }

  return g_string_chunk_insert_const (reading_strings, toneless);
}

static const char *
lookup_reading_locked (gunichar c)
{
  const char *reading;

  g_mutex_lock (&readings_lock);

  if (reading_strings == NULL)
    {
      reading_strings = g_string_chunk_new (4096);
      sparse_readings = g_hash_table_new (NULL, NULL);
    }

  if (c >= DENSE_FIRST && c <= DENSE_LAST)
    {
      /* Another thread may have filled the slot while this one waited. */
      reading = dense_readings[c - DENSE_FIRST];
      if (reading == NULL)
        {
          reading = read_with_icu (c);
          g_atomic_pointer_set (&dense_readings[c - DENSE_FIRST], reading);
        }
    }
  else
    {
      reading = g_hash_table_lookup (sparse_readings, GUINT_TO_POINTER (c));
      if (reading == NULL)
        {
          reading = read_with_icu (c);
          g_hash_table_insert (sparse_readings, GUINT_TO_POINTER (c), (gpointer) reading);
        }
    }

  g_mutex_unlock (&readings_lock);
  return reading;
}

const char *
tf_pinyin_for_character (gunichar c)
{
  const char *reading = NULL;

  if (!is_han (c))
    return NULL;

  if (c >= DENSE_FIRST && c <= DENSE_LAST)
    reading = g_atomic_pointer_get (&dense_readings[c - DENSE_FIRST]);
  if (reading == NULL)
    reading = lookup_reading_locked (c);

  return reading == no_reading ? NULL : reading;
}

static void
append_separator (GString *out)
{
  if (out->len > 0 && out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');
}

static void
append_reading (GString       *out,
                const char    *reading,
                TfPinyinFlags  flags)
{
  gsize start;

  append_separator (out);
  start = out->len;
  g_string_append (out, reading);
  if (flags & TF_PINYIN_UMLAUT_AS_U)
    for (gsize i = start; i < out->len; i++)
      if (out->str[i] == 'v')
        out->str[i] = 'u';
}

/* The entry of surname_readings that text starts with, or -1. */
static int
find_surname (const char *text)
{
  gunichar first;

  /* Only Han text starts with a surname; comparing the first character
   * before the whole prefix keeps this cheap for 100k names. */
  if ((guchar) *text < 0xE2)
    return -1;
  first = g_utf8_get_char (text);

  for (guint i = 0; i < G_N_ELEMENTS (surname_readings); i++)
    if (g_utf8_get_char (surname_readings[i].surname) == first
        && g_str_has_prefix (text, surname_readings[i].surname))
      return (int) i;
  return -1;
}

gboolean
tf_pinyin_has_surname_reading (const char *folded)
{
  g_return_val_if_fail (folded != NULL, FALSE);

  while (*folded == ' ')
    folded++;
  return find_surname (folded) >= 0;
}

char *
tf_pinyin_transcribe (const char    *folded,
                      TfPinyinFlags  flags)
{
  GString *out;
  const char *p = folded;
  gboolean after_reading = FALSE;

  g_return_val_if_fail (folded != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (folded, -1, NULL), NULL);

  out = g_string_sized_new (strlen (folded) * 2 + 1);

  if (flags & TF_PINYIN_NAME)
    {
      int surname;

      while (*p == ' ')
        p++;
      surname = find_surname (p);
      if (surname >= 0)
        {
          append_reading (out, surname_readings[surname].reading, flags);
          p += strlen (surname_readings[surname].surname);
          after_reading = TRUE;
        }
    }

  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *reading = tf_pinyin_for_character (c);

      if (reading != NULL)
        {
          append_reading (out, reading, flags);
          after_reading = TRUE;
        }
      else if (g_unichar_isspace (c))
        {
          append_separator (out);
          after_reading = FALSE;
        }
      else
        {
          if (after_reading)
            g_string_append_c (out, ' ');
          g_string_append_len (out, p, g_utf8_next_char (p) - p);
          after_reading = FALSE;
        }
    }

  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

char *
tf_pinyin_for_text (const char *text)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  folded = tf_text_fold (text, -1);
  return tf_pinyin_transcribe (folded, TF_PINYIN_DEFAULT);
}

char *
tf_pinyin_for_name (const char *name)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  folded = tf_text_fold (name, -1);
  return tf_pinyin_transcribe (folded, TF_PINYIN_NAME);
}

char *
tf_pinyin_initials (const char *pinyin)
{
  GString *initials;
  gboolean word_start = TRUE;

  g_return_val_if_fail (pinyin != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (pinyin, -1, NULL), NULL);

  initials = g_string_new (NULL);
  for (const char *p = pinyin; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        word_start = TRUE;
      else if (word_start)
        {
          /* A word of punctuation ("·" in 杰弗里·辛顿) has no initial. */
          if (g_unichar_isalnum (c))
            g_string_append_unichar (initials, c);
          word_start = FALSE;
        }
    }

  return g_string_free (initials, FALSE);
}

gboolean
tf_pinyin_contains_han (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), FALSE);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0xE2 && is_han (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}
