/* tf-sample.h: the bundled sample: five seed articles and their moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* The curated dataset compiled into the binary; no install step needed. */
TfDataset *tf_sample_load            (GError **error);

/* The bytes of one seed article as shipped, e.g. "000_b1c6aaa2a0844c7d.txt". */
GBytes    *tf_sample_lookup_article  (const char *file_name,
                                      GError    **error);

G_END_DECLS
