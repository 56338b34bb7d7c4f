/* fuzz-extract.c: the move extractor on any article: the bytes read as an
 * article file (tf_source_reader_read_bytes), and as one line of
 * `talentflow --extract -` (tf_extract_jsonl_read_article, up to the first
 * line break, as the command reads lines).
 *
 * Each source's suggestions must quote whole characters inside their
 * paragraph, with valid, non-empty evidence, a confidence in [0, 1] and a
 * possible month and day, and must write as JSON Lines, as --extract does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-jsonl.h"
#include "tf-extractor.h"
#include "tf-fuzz.h"
#include "tf-source-reader.h"

static gboolean
is_char_boundary (const char *text,
                  gsize       length,
                  guint       offset)
{
  return offset == length || ((guchar) text[offset] & 0xC0) != 0x80;
}

static void
check_optional_text (const char *text)
{
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
check_suggestion (const TfSuggestion *suggestion,
                  const TfSource     *source)
{
  const TfParagraph *paragraph;
  gsize length;

  g_assert_cmpuint (suggestion->paragraph, <, source->paragraphs->len);
  paragraph = g_ptr_array_index (source->paragraphs, suggestion->paragraph);
  length = strlen (paragraph->text);
  g_assert_cmpuint (suggestion->quote_start, <=, suggestion->quote_end);
  g_assert_cmpuint (suggestion->quote_end, <=, length);
  g_assert_true (is_char_boundary (paragraph->text, length, suggestion->quote_start));
  g_assert_true (is_char_boundary (paragraph->text, length, suggestion->quote_end));

  g_assert_nonnull (suggestion->evidence);
  g_assert_nonnull (suggestion->evidence->exact);
  g_assert_cmpstr (suggestion->evidence->exact, !=, "");
  g_assert_true (g_utf8_validate (suggestion->evidence->exact, -1, NULL));
  check_optional_text (suggestion->evidence->prefix);
  check_optional_text (suggestion->evidence->suffix);

  /* Also false for NaN. */
  g_assert_true (suggestion->confidence >= 0.0 && suggestion->confidence <= 1.0);
  g_assert_cmpuint (suggestion->date.month, <=, 12);
  g_assert_cmpuint (suggestion->date.day, <=, 31);

  check_optional_text (suggestion->person);
  check_optional_text (suggestion->group_label);
  check_optional_text (suggestion->role);
  check_optional_text (suggestion->from.name);
  check_optional_text (suggestion->to.name);
}

/* What --extract does with one source: its record, then its moves. */
static void
extract (TfExtractor    *extractor,
         const TfSource *source,
         const char     *file)
{
  g_autoptr(GPtrArray) suggestions = tf_extractor_extract (extractor, source);
  g_autoptr(GString) out = g_string_new (NULL);

  tf_extract_jsonl_write_source (source, file, out);
  for (guint i = 0; i < suggestions->len; i++)
    check_suggestion (g_ptr_array_index (suggestions, i), source);
  tf_extract_jsonl_write_moves (suggestions, source, out);
  g_assert_true (g_utf8_validate (out->str, (gssize) out->len, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* One for the whole run, as --extract has: the gazetteer loads once. */
  static TfExtractor *extractor;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  g_autoptr(TfSource) article = NULL;
  const char *line = (const char *) data;
  gsize line_length = 0;

  if (extractor == NULL)
    extractor = tf_extractor_new (NULL);

  source = tf_source_reader_read_bytes (bytes, "article.txt", "s1", &error);
  if (source == NULL)
    tf_fuzz_check_error (error);
  else
    extract (extractor, source, "article.txt");
  g_clear_error (&error);

  while (line_length < size && line[line_length] != '\n' && line[line_length] != '\r')
    line_length++;
  if (line_length == 0)
    return 0;
  article = tf_extract_jsonl_read_article (line, (gssize) line_length, "line-1", &error);
  if (article == NULL)
    tf_fuzz_check_error (error);
  else
    extract (extractor, article, NULL);
  return 0;
}
