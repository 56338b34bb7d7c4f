/* tf-atomic-file.h: replacing a file so that it holds either its old
 * contents or the new ones, whenever the writer is stopped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes bytes to a temporary file beside the file at path, named
 * ".NAME.tf-tmp-XXXXXX" after it, syncs it, renames it over the file and
 * syncs the directory. A symbolic link is written through, not replaced;
 * an existing file keeps its permissions; a read-only file or a directory
 * is refused. A failure or a cancel before the rename leaves the file as
 * it was and removes the temporary file. After the rename, temporary files
 * of the same file left by writers that were killed are removed.
 *
 * Errors are in G_IO_ERROR and name path, not the temporary file. */
gboolean tf_atomic_file_write (const char    *path,
                               GBytes        *bytes,
                               GCancellable  *cancellable,
                               GError       **error);

G_END_DECLS
