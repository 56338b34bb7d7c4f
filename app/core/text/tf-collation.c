/* tf-collation.c: locale-aware ordering of names, backed by ICU collation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-collation"

#include "config.h"

#include <string.h>

#include <unicode/ucol.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "tf-collation.h"

/* Opening a collator loads its tailoring (milliseconds for "zh"), so each
 * locale's is opened once and kept for the life of the process. ICU
 * collators are safe to share between threads once configured: comparing
 * and making sort keys do not modify them. */
static GMutex collators_lock;
static GHashTable *collators;  /* locale -> UCollator */

static UCollator *
open_collator (const char *locale)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollator *collator;

  collator = ucol_open (locale, &status);
  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot open a collator for “%s”: %s; using the root order",
                 locale, u_errorName (status));
      status = U_ZERO_ERROR;
      collator = ucol_open ("", &status);
      if (U_FAILURE (status))
        g_error ("ICU cannot open the root collator: %s", u_errorName (status));
    }

  /* Organization names carry numbers ("Lab 2", "Lab 10"). */
  ucol_setAttribute (collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
  g_assert (U_SUCCESS (status));
  return collator;
}

static UCollator *
get_collator (const char *locale)
{
  UCollator *collator;

  if (locale == NULL)
    locale = tf_collation_get_default_locale ();

  g_mutex_lock (&collators_lock);
  if (collators == NULL)
    collators = g_hash_table_new (g_str_hash, g_str_equal);
  collator = g_hash_table_lookup (collators, locale);
  if (collator == NULL)
    {
      collator = open_collator (locale);
      g_hash_table_insert (collators, (gpointer) g_intern_string (locale), collator);
    }
  g_mutex_unlock (&collators_lock);

  return collator;
}

const char *
tf_collation_get_default_locale (void)
{
  const char * const *names = g_get_language_names_with_category ("LC_COLLATE");
  const char *name = names[0];
  UErrorCode status = U_ZERO_ERROR;
  char canonical[ULOC_FULLNAME_CAPACITY];

  /* GLib lists the most specific name first and ends with "C". */
  if (name == NULL
      || strcmp (name, "C") == 0
      || g_str_has_prefix (name, "C.")
      || strcmp (name, "POSIX") == 0)
    return g_intern_static_string ("");

  /* "zh_CN.UTF-8" -> "zh_CN": ICU drops the codeset. */
  uloc_canonicalize (name, canonical, sizeof canonical, &status);
  if (U_FAILURE (status) || status == U_STRING_NOT_TERMINATED_WARNING)
    return g_intern_static_string ("");

  return g_intern_string (canonical);
}

char *
tf_collation_sort_key (const char *text,
                       const char *locale)
{
  UCollator *collator;
  UErrorCode status = U_ZERO_ERROR;
  UChar stack_utf16[128];
  UChar *utf16 = stack_utf16;
  int32_t utf16_len = 0;
  uint8_t stack_key[256];
  int32_t key_len;
  char *key;

  g_return_val_if_fail (text != NULL, NULL);

  collator = get_collator (locale);

  /* Names are short: the stack buffers avoid two allocations per key, which
   * matters when a search index sorts 100k names. */
  u_strFromUTF8WithSub (utf16, G_N_ELEMENTS (stack_utf16), &utf16_len,
                        text, -1, 0xFFFD, NULL, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING)
    {
      status = U_ZERO_ERROR;
      utf16 = g_new (UChar, (gsize) utf16_len + 1);
      u_strFromUTF8WithSub (utf16, utf16_len + 1, &utf16_len,
                            text, -1, 0xFFFD, NULL, &status);
    }
  g_assert (U_SUCCESS (status));

  /* The length includes the terminating NUL; ICU keys hold no other NUL
   * byte, which is what makes them comparable with strcmp (). */
  key_len = ucol_getSortKey (collator, utf16, utf16_len, stack_key, sizeof stack_key);
  g_assert (key_len > 0);
  if ((gsize) key_len <= sizeof stack_key)
    key = g_memdup2 (stack_key, (gsize) key_len);
  else
    {
      key = g_malloc ((gsize) key_len);
      ucol_getSortKey (collator, utf16, utf16_len, (uint8_t *) key, key_len);
    }

  if (utf16 != stack_utf16)
    g_free (utf16);
  return key;
}

int
tf_collation_compare (const char *a,
                      const char *b,
                      const char *locale)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  result = ucol_strcollUTF8 (get_collator (locale), a, -1, b, -1, &status);
  g_assert (U_SUCCESS (status));

  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}
