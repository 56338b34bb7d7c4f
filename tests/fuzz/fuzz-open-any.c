/* fuzz-open-any.c: opening whatever the user gives, which tells a dataset
 * from an article by content. It reads a file, so each input is written to
 * one temporary file first. What opens must save and load again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-open-any"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tf-dataset-file-open.h"
#include "tf-fuzz.h"

static char *input_path;
static int input_fd = -1;

static void
remove_input (void)
{
  g_unlink (input_path);
}

static void
write_input (const uint8_t *data,
             size_t         size)
{
  gsize written = 0;

  if (input_path == NULL)
    {
      g_autoptr(GError) error = NULL;

      input_fd = g_file_open_tmp ("tf-fuzz-open-any-XXXXXX", &input_path, &error);
      g_assert_no_error (error);
      atexit (remove_input);
    }

  g_assert_cmpint (ftruncate (input_fd, 0), ==, 0);
  while (written < size)
    {
      ssize_t n = pwrite (input_fd, data + written, size - written, (off_t) written);

      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      written += (gsize) n;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  write_input (data, size);
  file = g_file_new_for_path (input_path);
  dataset = tf_dataset_file_open_any (file, NULL, &error);
  if (dataset == NULL)
    {
      tf_fuzz_check_error (error);
      return 0;
    }
  g_assert_null (error);
  tf_fuzz_check_round_trip (dataset);
  return 0;
}
