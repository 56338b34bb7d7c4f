/* tf-csv-export.h: a dataset's moves as a table (CSV).
 *
 * One move per row, for spreadsheets, pandas and R: who moved, from and
 * to where (and in which sector), when and how precisely, the role, the
 * kind of move and the group's size, then each piece of evidence as a
 * source (its URL, or its title without one), the source's title and the
 * quote. RFC 4180: fields with commas, quotes or line breaks quoted,
 * lines ended by CRLF, UTF-8 without a byte order mark. What
 * tf_csv_import_bytes () reads back into the same moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* The table; it never fails. */
GBytes   *tf_csv_export_bytes (TfDataset     *dataset);

/* Writes the table to path atomically (see tf_atomic_file_write ()). */
gboolean  tf_csv_export_write (TfDataset     *dataset,
                               const char    *path,
                               GCancellable  *cancellable,
                               GError       **error);

G_END_DECLS
