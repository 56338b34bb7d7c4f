/* fuzz-dataset.c: the .talentflow reader on any bytes, and the writer on
 * whatever it accepts: a dataset that loads must save, load again equal,
 * and save to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-dataset"

#include "config.h"

#include "tf-dataset-file.h"
#include "tf-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  dataset = tf_dataset_file_load_bytes (bytes, "fuzz.talentflow", &error);
  if (dataset == NULL)
    {
      tf_fuzz_check_error (error);
      return 0;
    }
  g_assert_null (error);
  tf_fuzz_check_round_trip (dataset);
  return 0;
}
