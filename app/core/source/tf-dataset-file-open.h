/* tf-dataset-file-open.h: opening a dataset or an article as a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset-file.h"

G_BEGIN_DECLS

/* Opens what the user gave: a .talentflow dataset, or an article, which
 * becomes a dataset of one source and no moves. Decided by content, except
 * that a file named *.talentflow is never read as an article: it fails
 * with TF_DATASET_FILE_ERROR_NOT_DATASET unless it is a dataset. A folder
 * fails with G_IO_ERROR_IS_DIRECTORY. */
TfDataset  *tf_dataset_file_open_any    (GFile         *file,
                                         GCancellable  *cancellable,
                                         GError       **error);
/* The same, on bytes already read; file_name (may be NULL) names the file
 * in errors, and its extension counts as above. */
TfDataset  *tf_dataset_file_open_bytes  (GBytes        *bytes,
                                         const char    *file_name,
                                         GError       **error);

G_END_DECLS
