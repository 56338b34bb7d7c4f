/* tf-collation.h: locale-aware ordering of names, backed by ICU collation.
 *
 * In a Chinese locale names sort by pinyin (李磊 马维英 漆远 张亚勤 周伯文),
 * in others by the locale's alphabet. Digits compare as numbers ("Lab 2"
 * before "Lab 10"). ICU types stay inside tf-collation.c. All functions are
 * thread-safe.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ICU locale that orders names for the user, from LANGUAGE, LC_ALL,
 * LC_COLLATE and LANG: "zh_CN" for zh_CN.UTF-8, "" (the root order) for C
 * and POSIX. The string is interned. */
const char *tf_collation_get_default_locale (void);

/* A binary sort key for text: two keys compare with strcmp () as the texts
 * compare with tf_collation_compare (). locale NULL is the default locale.
 * Free with g_free. */
char       *tf_collation_sort_key           (const char *text,
                                             const char *locale);

/* Negative, zero or positive as a sorts before, with or after b. */
int         tf_collation_compare            (const char *a,
                                             const char *b,
                                             const char *locale);

G_END_DECLS
