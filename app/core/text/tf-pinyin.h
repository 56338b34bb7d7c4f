/* tf-pinyin.h: toneless pinyin for Han text.
 *
 * Readings come from ICU's Han-Latin transliterator, one character at a
 * time, looked up once per character and cached for the life of the
 * process. Han-Latin knows one reading per character, so polyphones come out
 * with their most common reading (长安 -> "zhang an"); person names get the
 * surname reading of their first character (曾 -> "zeng", 单 -> "shan").
 *
 * Syllables are lowercase ASCII without tones; ü is written "v" ("lv"), as
 * typed on a keyboard, unless TF_PINYIN_UMLAUT_AS_U asks for "lu". All
 * functions are thread-safe.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TF_PINYIN_DEFAULT       = 0,
  TF_PINYIN_NAME          = 1 << 0,  /* a person's name: surname readings first */
  TF_PINYIN_UMLAUT_AS_U   = 1 << 1,  /* ü as "u" ("lu") rather than "v" ("lv") */
} TfPinyinFlags;

/* The toneless reading of one Han character ("qi" for 漆, "yuan" for 遠), or
 * NULL when c is not a Han character or ICU knows no reading for it. The
 * string lives as long as the process. */
const char *tf_pinyin_for_character (gunichar       c);

/* Pinyin for text already folded with tf_text_fold (): each Han character
 * becomes its syllable, syllables and other runs are separated by one space,
 * other runs are copied as they are. "李飞飞" -> "li fei fei",
 * "腾讯 ai lab" -> "teng xun ai lab". */
char       *tf_pinyin_transcribe    (const char    *folded,
                                     TfPinyinFlags  flags);

/* tf_pinyin_transcribe (tf_text_fold (text)): traditional characters read
 * as their simplified form, so 漆遠 gives "qi yuan". */
char       *tf_pinyin_for_text      (const char    *text);

/* The same for a person's name: 曾国藩 -> "zeng guo fan". */
char       *tf_pinyin_for_name      (const char    *name);

/* Whether folded starts with a surname that TF_PINYIN_NAME reads apart
 * from its characters (曾, 单, 尉迟), that is whether the two readings of
 * a name differ. */
gboolean    tf_pinyin_has_surname_reading (const char *folded);

/* The first letter of each word of a pinyin string: "li fei fei" -> "lff". */
char       *tf_pinyin_initials      (const char    *pinyin);

/* Removes the tone marks and other accents of Latin letters: "qī yuǎn" ->
 * "qi yuan"; ü becomes "v" ("lǚ" -> "lv"), or "u" with
 * TF_PINYIN_UMLAUT_AS_U ("Müller" -> "Muller"). Marks on other scripts are
 * kept. */
char       *tf_pinyin_strip_tones   (const char    *text,
                                     TfPinyinFlags  flags);

/* Whether text holds at least one Han character. */
gboolean    tf_pinyin_contains_han  (const char    *text);

G_END_DECLS
