/* tf-text.c: Unicode text services on UTF-8 strings, backed by ICU.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-text"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>

#include "tf-text.h"

/* A transliterator is not safe to use from two threads at once, and opening
 * one costs milliseconds, so each is opened once and used under a lock. */
typedef struct
{
  GMutex lock;
  UTransliterator *trans;
} SharedTransliterator;

static SharedTransliterator to_simplified;
static SharedTransliterator to_traditional;

static UTransliterator *
open_transliterator (const char *id)
{
  UChar uid[64];
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *trans;

  u_uastrcpy (uid, id);
  trans = utrans_openU (uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE (status))
    g_error ("ICU cannot open the %s transliterator: %s", id, u_errorName (status));
  return trans;
}

/* UTF-8 -> UTF-16; invalid sequences become U+FFFD so no input is refused. */
static UChar *
utf8_to_utf16 (const char *text,
               gssize      len,
               int32_t    *out_len)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = 0;
  UChar *buffer;

  if (len < 0)
    len = (gssize) strlen (text);
  g_return_val_if_fail (len <= G_MAXINT32 / 2, NULL);

  u_strFromUTF8WithSub (NULL, 0, &n, text, (int32_t) len, 0xFFFD, NULL, &status);
  status = U_ZERO_ERROR;
  buffer = g_new (UChar, (gsize) n + 1);
  u_strFromUTF8WithSub (buffer, n + 1, &n, text, (int32_t) len, 0xFFFD, NULL, &status);
  g_assert (U_SUCCESS (status));
  *out_len = n;
  return buffer;
}

static char *
utf16_to_utf8 (const UChar *text,
               int32_t      len)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = 0;
  char *buffer;

  u_strToUTF8 (NULL, 0, &n, text, len, &status);
  status = U_ZERO_ERROR;
  buffer = g_malloc ((gsize) n + 1);
  u_strToUTF8 (buffer, n + 1, &n, text, len, &status);
  g_assert (U_SUCCESS (status));
  return buffer;
}

/* Transliterates in place, growing the buffer as needed. */
static UChar *
transliterate (SharedTransliterator *shared,
               const char           *id,
               UChar                *text,
               int32_t              *len)
{
  int32_t capacity = *len + 1;

  g_mutex_lock (&shared->lock);
  if (shared->trans == NULL)
    shared->trans = open_transliterator (id);

  for (;;)
    {
      UErrorCode status = U_ZERO_ERROR;
      int32_t n = *len;
      int32_t limit = *len;
      UChar *copy = g_memdup2 (text, sizeof (UChar) * (gsize) capacity);

      utrans_transUChars (shared->trans, copy, &n, capacity, 0, &limit, &status);
      if (status == U_BUFFER_OVERFLOW_ERROR)
        {
          g_free (copy);
          capacity = n + 1;
          text = g_renew (UChar, text, capacity);
          continue;
        }
      g_assert (U_SUCCESS (status));
      g_free (text);
      text = copy;
      *len = n;
      break;
    }
  g_mutex_unlock (&shared->lock);
  return text;
}

/* Whether any code unit is at or above U+2E80, where the CJK blocks start
 * (surrogates included, which covers the supplementary ideographs). */
static gboolean
has_cjk (const UChar *text,
         int32_t      len)
{
  for (int32_t i = 0; i < len; i++)
    if (text[i] >= 0x2E80)
      return TRUE;
  return FALSE;
}

/* Traditional -> Simplified, one BMP character to one, as ICU's
 * "Traditional-Simplified" transliterator maps each character of the CJK
 * blocks: read off the transliterator once, then a table lookup per
 * character. The transliterator runs at about 8 MB/s (PLATFORM.md) under
 * a lock; the table is what lets the article reader fold text faster
 * than it decodes it. tf_text_fold_reference () is the transliterator on
 * the text itself, which tests compare with. */
#define T2S_FIRST 0x2E80
#define T2S_SIZE (0x10000 - T2S_FIRST)

/* Reads a transliterator's map of each character of the CJK blocks off
 * it, once. 0: it does not map this character to exactly one BMP
 * character, so a text holding it goes the slow way. */
static const guint16 *
char_table (SharedTransliterator *shared,
            const char           *id,
            guint16             **table,
            gsize                *ready)
{
  if (g_once_init_enter (ready))
    {
      guint16 *map = g_new0 (guint16, T2S_SIZE);
      const int32_t block = 1024;

      for (int32_t first = T2S_FIRST; first < 0x10000; first += block)
        {
          int32_t n = MIN (block, 0x10000 - first), out = n;
          UChar *chars = g_new (UChar, n + 1);

          for (int32_t i = 0; i < n; i++)
            {
              int32_t c = first + i;

              /* Surrogates cannot stand alone; they map to themselves. */
              chars[i] = (UChar) (c >= 0xD800 && c <= 0xDFFF ? 0x3000 : c);
            }
          chars = transliterate (shared, id, chars, &out);
          if (out == n)
            for (int32_t i = 0; i < n; i++)
              map[first + i - T2S_FIRST] = (guint16) chars[i];
          else
            for (int32_t i = 0; i < n; i++)
              {
                UChar *one = g_new (UChar, 2);
                int32_t m = 1;

                one[0] = (UChar) (first + i);
                if (first + i >= 0xD800 && first + i <= 0xDFFF)
                  map[first + i - T2S_FIRST] = (guint16) (first + i);
                else
                  {
                    one = transliterate (shared, id, one, &m);
                    if (m == 1 && !U16_IS_SURROGATE (one[0]))
                      map[first + i - T2S_FIRST] = (guint16) one[0];
                  }
                g_free (one);
              }
          g_free (chars);
        }
      for (int32_t c = 0xD800; c <= 0xDFFF; c++)
        map[c - T2S_FIRST] = 0;  /* a supplementary character: the slow way */
      *table = map;
      g_once_init_leave (ready, 1);
    }
  return *table;
}

static const guint16 *
t2s_table (void)
{
  static guint16 *table;
  static gsize ready;

  return char_table (&to_simplified, "Traditional-Simplified", &table, &ready);
}

static const guint16 *
s2t_table (void)
{
  static guint16 *table;
  static gsize ready;

  return char_table (&to_traditional, "Simplified-Traditional", &table, &ready);
}

/* Maps text in place with the table; FALSE, leaving it as it was, when a
 * character needs the transliterator itself. */
static gboolean
to_simplified_by_table (UChar   *text,
                        int32_t  len)
{
  const guint16 *table = t2s_table ();

  for (int32_t i = 0; i < len; i++)
    if (text[i] >= T2S_FIRST && table[text[i] - T2S_FIRST] == 0)
      return FALSE;
  for (int32_t i = 0; i < len; i++)
    if (text[i] >= T2S_FIRST)
      text[i] = table[text[i] - T2S_FIRST];
  return TRUE;
}

static char *
fold (const char *text,
      gssize      len,
      gboolean    by_table)
{
  const UNormalizer2 *nfkc_cf;
  UErrorCode status = U_ZERO_ERROR;
  UChar *utf16, *folded;
  int32_t n, n_folded;
  char *result;

  utf16 = utf8_to_utf16 (text, len, &n);
  /* The transliterator visits every character at a few MB/s; Latin text,
   * which it would leave alone, is most of a large English source. */
  if (has_cjk (utf16, n) && !(by_table && to_simplified_by_table (utf16, n)))
    utf16 = transliterate (&to_simplified, "Traditional-Simplified", utf16, &n);

  /* NFKC_Casefold is NFKC followed by case folding, in one pass. */
  nfkc_cf = unorm2_getNFKCCasefoldInstance (&status);
  g_assert (U_SUCCESS (status));
  n_folded = unorm2_normalize (nfkc_cf, utf16, n, NULL, 0, &status);
  status = U_ZERO_ERROR;
  folded = g_new (UChar, (gsize) n_folded + 1);
  unorm2_normalize (nfkc_cf, utf16, n, folded, n_folded + 1, &status);
  g_assert (U_SUCCESS (status));

  result = utf16_to_utf8 (folded, n_folded);
  g_free (folded);
  g_free (utf16);
  return result;
}

char *
tf_text_fold (const char *text,
              gssize      len)
{
  g_return_val_if_fail (text != NULL, NULL);
  return fold (text, len, TRUE);
}

char *
tf_text_fold_reference (const char *text,
                        gssize      len)
{
  g_return_val_if_fail (text != NULL, NULL);
  return fold (text, len, FALSE);
}

static void
close_breaker (gpointer iter)
{
  ubrk_close (iter);
}

static GPrivate sentence_breaker = G_PRIVATE_INIT (close_breaker);

guint *
tf_text_sentence_ends (const char *text,
                       guint      *n_sentences)
{
  UErrorCode status = U_ZERO_ERROR;
  UText *utext;
  UBreakIterator *iter;
  GArray *ends;
  int32_t boundary;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (n_sentences != NULL, NULL);

  ends = g_array_new (FALSE, FALSE, sizeof (guint));

  /* A UTF-8 UText makes the iterator report byte offsets directly. Opening
   * an iterator costs more than breaking a paragraph, so each thread keeps
   * one. */
  utext = utext_openUTF8 (NULL, text, -1, &status);
  iter = g_private_get (&sentence_breaker);
  if (iter == NULL)
    {
      iter = ubrk_open (UBRK_SENTENCE, "zh", NULL, 0, &status);
      g_private_set (&sentence_breaker, iter);
    }
  ubrk_setUText (iter, utext, &status);
  if (U_FAILURE (status))
    g_error ("ICU cannot break sentences: %s", u_errorName (status));

  ubrk_first (iter);
  while ((boundary = ubrk_next (iter)) != UBRK_DONE)
    {
      guint end = (guint) boundary;

      g_array_append_val (ends, end);
    }

  /* The iterator kept for the next call must not point at this text. */
  {
    static const UChar nothing[1] = { 0 };

    status = U_ZERO_ERROR;
    ubrk_setText (iter, nothing, 0, &status);
  }
  utext_close (utext);

  *n_sentences = ends->len;
  return (guint *) g_array_free (ends, FALSE);
}

static GRegex *
pinyin_annotation_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      /* One syllable of pinyin in ASCII parentheses right after a Han
       * character: what a Simplified -> Traditional converter leaves behind
       * ("現(xiàn)狀"). The converter also annotates after a Latin letter
       * ("加入U(xiǎn)CSB"); there a tone mark is required. A syllable without
       * a tone mark needs an initial consonant, so that "图(a)" and English
       * such as "(UCSB)" or "(Andrew Ng)" are kept. */
#define TONED "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#define INITIAL "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
#define FINAL "(?:ng|n|r)?"
      GRegex *r = g_regex_new ("(?:(?<=\\p{Han})"
                               "|(?<=[A-Za-z0-9])(?=\\([a-zü]{0,6}[" TONED "]))"
                               "\\("
                               "(?:(?=[a-zü]{0,6}[" TONED "])"
                               INITIAL "?[aeiouü" TONED "]{1,4}" FINAL
                               "|" INITIAL "[aeiouü]{1,4}" FINAL ")"
                               "\\)",
                               G_REGEX_OPTIMIZE, 0, NULL);
#undef TONED
#undef INITIAL
#undef FINAL
      g_assert (r != NULL);
      g_once_init_leave (&regex, r);
    }
  return regex;
}

char *
tf_text_strip_pinyin_annotations (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  return g_regex_replace_literal (pinyin_annotation_regex (), text, -1, 0, "", 0, NULL);
}

/* How many code points of a Han string a conversion changes, by its table
 * (what the transliterator does to each character alone). */
static guint
count_changed (const guint16 *table,
               const UChar   *han,
               int32_t        len)
{
  guint changed = 0;

  for (int32_t i = 0; i < len; i++)
    if (han[i] >= T2S_FIRST && table[han[i] - T2S_FIRST] != han[i])
      changed++;
  return changed;
}

TfScript
tf_text_detect_script (const char *text)
{
  GString *han = g_string_new (NULL);
  guint latin = 0;
  TfScript script;

  g_return_val_if_fail (text != NULL, TF_SCRIPT_UNKNOWN);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      UErrorCode status = U_ZERO_ERROR;
      UScriptCode code;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      code = uscript_getScript ((UChar32) c, &status);
      if (code == USCRIPT_HAN)
        g_string_append_unichar (han, c);
      else if (code == USCRIPT_LATIN)
        latin++;
    }

  if (han->len > 0)
    {
      int32_t n;
      UChar *utf16 = utf8_to_utf16 (han->str, (gssize) han->len, &n);
      guint simplifiable = count_changed (t2s_table (), utf16, n);
      guint traditionalizable = count_changed (s2t_table (), utf16, n);

      script = simplifiable > traditionalizable ? TF_SCRIPT_HANT : TF_SCRIPT_HANS;
      g_free (utf16);
    }
  else
    script = latin > 0 ? TF_SCRIPT_LATIN : TF_SCRIPT_UNKNOWN;

  g_string_free (han, TRUE);
  return script;
}

/* Common characters that only traditional Chinese writes this way; a
 * label with one of them is traditional. A table rather than ICU's
 * transliterator, which costs more than drawing the label (see
 * tf_text_guess_han_script ()). */
static const char traditional_only[] =
  "們個來時說對發現後間開關體見點長讓還進過應麼樣裡頭實電話機華經歷視業無導師學國會與東車門書"
  "員問題從動產設計處將專務區團隊網絡際資訊術萬億隨記報節參變歲據兒環係費價誌蘇聯識議論證讀轉"
  "輕邊邏鐵鋼錄鏡銷陽陰陳雲雙難雞離響頁顏風飛飯館馬驗髮鳥鹽麥黃齊龍龜強權歡語認請調談謝講讚貝"
  "負貨質購軟載輪辦農運達遠適選遺郵鄉醫針錢錯閉閱階雜靈順須頒預領頻顧類養餘黨齡騰創圖畫紅綠藍"
  "臺灣張劉楊趙吳鄭許馮鄧蕭葉呂蔣韓錦濤偉傑榮慶廣廳廠歸豐滬鳴鍾劍寶聖觀聽聲氣漢陸島廈蘋";

static int
compare_unichar (gconstpointer a,
                 gconstpointer b)
{
  gunichar ca = *(const gunichar *) a;
  gunichar cb = *(const gunichar *) b;

  return ca < cb ? -1 : ca > cb;
}

static gboolean
is_traditional_only (gunichar c)
{
  static gunichar *table;
  static glong n_table;

  if (g_once_init_enter (&table))
    {
      gunichar *chars = g_utf8_to_ucs4_fast (traditional_only, -1, &n_table);

      qsort (chars, (gsize) n_table, sizeof (gunichar), compare_unichar);
      g_once_init_leave (&table, chars);
    }
  return bsearch (&c, table, (gsize) n_table, sizeof (gunichar), compare_unichar) != NULL;
}

TfScript
tf_text_guess_han_script (const char *text)
{
  gboolean han = FALSE;

  g_return_val_if_fail (text != NULL, TF_SCRIPT_UNKNOWN);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN)
        continue;
      if (is_traditional_only (c))
        return TF_SCRIPT_HANT;
      han = TRUE;
    }
  return han ? TF_SCRIPT_HANS : TF_SCRIPT_UNKNOWN;
}

const char *
tf_text_language_for_script (TfScript script)
{
  switch (script)
    {
    case TF_SCRIPT_HANS:
      return "zh-cn";
    case TF_SCRIPT_HANT:
      return "zh-tw";
    case TF_SCRIPT_LATIN:
    case TF_SCRIPT_UNKNOWN:
    default:
      return NULL;
    }
}
