/* tf-dataset-file-open.c: opening whatever the user gives, a dataset or an
 * article, decided by content.
 *
 * After both the .talentflow reader (model/) and the article reader
 * (source/), so it lives in the later of the two stages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-dataset-file"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-dataset-file-open.h"
#include "tf-source-reader-private.h"
#include "tf-source-reader.h"

static gboolean
has_prefix (const char *p,
            const char *end,
            const char *prefix)
{
  gsize length = strlen (prefix);

  return (gsize) (end - p) >= length && memcmp (p, prefix, length) == 0;
}

/* Moves p past the first occurrence of terminator, or to NULL. */
static const char *
skip_past (const char *p,
           const char *end,
           const char *terminator)
{
  const char *found = g_strstr_len (p, end - p, terminator);

  return found != NULL ? found + strlen (terminator) : NULL;
}

/* TRUE when p starts the name "talentflow", with or without a prefix. */
static gboolean
is_dataset_root_name (const char *p,
                      const char *end)
{
  const char *name_end = p;
  const char *colon;

  while (name_end < end && (g_ascii_isalnum (*name_end) || strchr ("-_.:", *name_end) != NULL))
    name_end++;
  colon = memchr (p, ':', name_end - p);
  if (colon != NULL)
    p = colon + 1;
  return (gsize) (name_end - p) == strlen ("talentflow") && has_prefix (p, end, "talentflow")
         && (name_end == end || g_ascii_isspace (*name_end)
             || *name_end == '>' || *name_end == '/');
}

/* Whether the bytes are XML whose root is <talentflow>: past a byte order
 * mark, the XML declaration, comments and white space. A <!DOCTYPE
 * talentflow> counts, so that the loader refuses it rather than the
 * article reader quoting it. */
static gboolean
looks_like_dataset (GBytes *bytes)
{
  gsize size;
  const char *p = g_bytes_get_data (bytes, &size);
  const char *end;

  if (p == NULL)
    return FALSE;
  end = p + size;
  if (has_prefix (p, end, "\xEF\xBB\xBF"))
    p += 3;
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (has_prefix (p, end, "<!--"))
        p = skip_past (p, end, "-->");
      else if (has_prefix (p, end, "<?"))
        p = skip_past (p, end, "?>");
      else
        break;
      if (p == NULL)
        return FALSE;
    }
  if (has_prefix (p, end, "<!DOCTYPE"))
    {
      p += strlen ("<!DOCTYPE");
      while (p < end && g_ascii_isspace (*p))
        p++;
      return is_dataset_root_name (p, end);
    }
  return has_prefix (p, end, "<") && is_dataset_root_name (p + 1, end);
}

static gboolean
has_dataset_extension (const char *file_name)
{
  const char *dot = file_name != NULL ? strrchr (file_name, '.') : NULL;

  return dot != NULL && g_ascii_strcasecmp (dot, ".talentflow") == 0;
}

TfDataset *
tf_dataset_file_open_bytes (GBytes      *bytes,
                            const char  *file_name,
                            GError     **error)
{
  g_autoptr(TfSource) source = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  const char *name = file_name != NULL ? file_name : "(file)";

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (looks_like_dataset (bytes))
    return tf_dataset_file_load_bytes (bytes, name, error);
  /* A file named as a dataset is meant as one: read as an article, a
   * broken or mistaken one would open as text, hiding what is wrong. */
  if (has_dataset_extension (file_name))
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      const char *file_type = data != NULL ? _tf_source_reader_describe_binary (data, size) : NULL;

      /* An image renamed by mistake: say what it is. */
      if (file_type != NULL)
        g_set_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_NOT_DATASET,
                     _("%s is not a Talent Flow dataset (file type: %s)"), name, file_type);
      else
        g_set_error (error, TF_DATASET_FILE_ERROR, TF_DATASET_FILE_ERROR_NOT_DATASET,
                     _("%s is not a Talent Flow dataset: it does not start with a "
                       "<talentflow> element"), name);
      return NULL;
    }

  source = tf_source_reader_read_bytes (bytes, file_name, "s1", error);
  if (source == NULL)
    return NULL;
  dataset = tf_dataset_new ();
  tf_dataset_set_title (dataset, source->title);
  if (!tf_dataset_add_source (dataset, g_steal_pointer (&source), error))
    return NULL;
  return g_steal_pointer (&dataset);
}

TfDataset *
tf_dataset_file_open_any (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = tf_dataset_file_read_bytes (file, &name, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return tf_dataset_file_open_bytes (bytes, name, error);
}
