/* tf-text.h: Unicode text services on UTF-8 strings, backed by ICU.
 *
 * ICU types stay inside tf-text.c; callers speak UTF-8. All functions are
 * thread-safe.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The script a text is written in. Named here, in the first stage, so that
 * detecting it needs nothing of the stages after. */
typedef enum
{
  TF_SCRIPT_UNKNOWN,
  TF_SCRIPT_HANS,  /* simplified Chinese */
  TF_SCRIPT_HANT,  /* traditional Chinese */
  TF_SCRIPT_LATIN,
} TfScript;

/* The form used for matching and search: NFKC, Traditional -> Simplified,
 * case-folded. len may be -1 for a NUL-terminated string. */
char     *tf_text_fold                      (const char *text,
                                             gssize      len);
/* The same, with ICU's transliterator run on the text itself rather than
 * the table tf_text_fold () reads off it once: the reference the tests and
 * the benchmark compare tf_text_fold () with. */
char     *tf_text_fold_reference            (const char *text,
                                             gssize      len);

/* Byte offsets one past the end of each sentence of text (ICU sentence
 * break iterator). The last one is strlen (text) for non-empty text. */
guint    *tf_text_sentence_ends             (const char *text,
                                             guint      *n_sentences);

/* Removes the pinyin a converter left after Han characters: "現(xiàn)狀" ->
 * "現狀". Parenthesised Latin text that is not such a reading is kept. */
char     *tf_text_strip_pinyin_annotations  (const char *text);

/* Which script the text is mostly written in. */
TfScript  tf_text_detect_script             (const char *text);

/* A guess for short texts such as labels, cheap enough to make while
 * drawing: TF_SCRIPT_HANT when text has a character only traditional
 * Chinese writes that way (from a table of common ones), TF_SCRIPT_HANS
 * when it has other Han characters, TF_SCRIPT_UNKNOWN otherwise.
 * tf_text_detect_script () converts the text both ways instead. */
TfScript  tf_text_guess_han_script          (const char *text);

/* The Pango (BCP 47) language of text in script: "zh-cn", "zh-tw", or
 * NULL when there is nothing to tell Pango, so that Han text is set in a
 * Chinese font, not a Japanese one, whatever the locale. */
const char *tf_text_language_for_script     (TfScript    script);

G_END_DECLS
