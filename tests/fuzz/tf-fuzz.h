/* tf-fuzz.h: what the fuzz targets share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* libFuzzer's entry points. tf-fuzz.c defines the first, each target the
 * second. */
int   LLVMFuzzerInitialize          (int            *argc,
                                     char         ***argv);
int   LLVMFuzzerTestOneInput        (const uint8_t  *data,
                                     size_t          size);

/* A failed read must say why. */
void  tf_fuzz_check_error           (const GError   *error);
/* What was read saves, loads again equal, and saves to the same bytes. */
void  tf_fuzz_check_round_trip      (TfDataset      *dataset);

G_END_DECLS
