/* tf-dataset-file.c: .talentflow files: loading and atomic saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-dataset-file"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tf-atomic-file.h"
#include "tf-dataset-file.h"

#define READ_CHUNK (64 * 1024)

G_DEFINE_QUARK (tf-dataset-file-error-quark, tf_dataset_file_error)

static void
set_too_large (GError     **error,
               const char  *display_name,
               gsize        max)
{
  g_autofree char *max_text = g_format_size (max);

  g_set_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_TOO_LARGE,
               _("%s: the file is larger than the %s that Talent Flow reads"),
               display_name, max_text);
}

/* Reads at most max bytes, asking for the size first so that a huge file
 * is refused without reading it; the read itself is bounded too, as a file
 * may grow, or be a device. */
static GBytes *
read_bounded (GFile         *file,
              gsize          max,
              char         **display_name,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) contents = NULL;
  gsize length = 0;
  goffset size;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME))
    *display_name = g_strdup (g_file_info_get_display_name (info));
  else
    *display_name = g_file_get_basename (file);

  /* Said in words, rather than as GIO's "Is a directory". */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s is a folder, not an article or a dataset"), *display_name);
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size < 0 || (guint64) size > max)
    {
      set_too_large (error, *display_name, max);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  contents = g_byte_array_sized_new ((guint) size + 1);
  for (;;)
    {
      gssize n;

      g_byte_array_set_size (contents, (guint) (length + READ_CHUNK));
      n = g_input_stream_read (G_INPUT_STREAM (stream), contents->data + length, READ_CHUNK,
                               cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      length += (gsize) n;
      if (length > max)
        {
          set_too_large (error, *display_name, max);
          return NULL;
        }
    }
  g_byte_array_set_size (contents, (guint) length);
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

TfDataset *
tf_dataset_file_load (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_bounded (file, TF_DATASET_FILE_MAX_BYTES, &name, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return tf_dataset_file_load_bytes (bytes, name, error);
}

gboolean
tf_dataset_file_save (TfDataset     *dataset,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tf_dataset_file_save_bytes (dataset, error);
  if (bytes == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Not g_file_replace_contents (), which overwrites the file in place
   * when it cannot make a temporary file beside it (a read-only
   * directory, a hard link). */
  path = g_file_get_path (file);
  if (path != NULL)
    return tf_atomic_file_write (path, bytes, cancellable, error);
  /* Remote files: GIO's own replace is the best there is. */
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable, error);
}

GBytes *
tf_dataset_file_read_bytes (GFile         *file,
                            char         **display_name,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autofree char *name = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_bounded (file, TF_DATASET_FILE_MAX_BYTES, &name, cancellable, error);
  if (bytes != NULL)
    *display_name = g_steal_pointer (&name);
  return bytes;
}
