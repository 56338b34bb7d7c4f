/* fuzz-open-any.c: opening whatever the user gives, which tells a dataset
 * from an article by content, and refuses a file named *.talentflow that
 * is not a dataset. Half the inputs are named as datasets, half as
 * articles, by their first byte. What opens must save and load again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-open-any"

#include "config.h"

#include "tf-dataset-file-open.h"
#include "tf-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  const char *name = size > 0 && (data[0] & 1) ? "input.talentflow" : "input.txt";

  dataset = tf_dataset_file_open_bytes (bytes, name, &error);
  if (dataset == NULL)
    {
      tf_fuzz_check_error (error);
      return 0;
    }
  g_assert_null (error);
  tf_fuzz_check_round_trip (dataset);
  return 0;
}
