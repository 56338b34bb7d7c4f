/* fuzz-article.c: the article reader on any bytes: plain text, HTML,
 * front matter, UTF-8 with or without a byte order mark, GB 18030.
 *
 * An article that reads becomes a dataset of one source, as when the user
 * opens it, and that dataset must save and load again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-article"

#include "config.h"

#include "tf-dataset-file.h"
#include "tf-fuzz.h"
#include "tf-source-reader.h"

static void
check_source (const TfSource *source)
{
  g_assert_nonnull (source->title);
  g_assert_true (g_utf8_validate (source->title, -1, NULL));
  g_assert_cmpuint (source->paragraphs->len, >, 0);
  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      g_assert_true (g_utf8_validate (paragraph->text, -1, NULL));
      g_assert_cmpstr (paragraph->text, !=, "");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  source = tf_source_reader_read_bytes (bytes, "article.txt", "s1", &error);
  if (source == NULL)
    {
      tf_fuzz_check_error (error);
      return 0;
    }
  g_assert_null (error);
  check_source (source);

  dataset = tf_dataset_new ();
  tf_dataset_set_title (dataset, source->title);
  g_assert_true (tf_dataset_add_source (dataset, g_steal_pointer (&source), NULL));
  tf_fuzz_check_round_trip (dataset);
  return 0;
}
