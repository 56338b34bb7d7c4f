/* tf-sample.c: the bundled sample: five seed articles and their moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-sample"

#include "config.h"

#include <string.h>

#include "tf-dataset-file.h"
#include "tf-sample.h"
#include "tf-sample-resources.h"

#define SAMPLE_PATH RESOURCE_PREFIX "/sample/"

/* Looks the data up in the generated resource itself rather than in the
 * global registry: a static library's constructor that would register it
 * can be dropped by the linker, a call to tf_sample_get_resource () cannot. */
static GBytes *
lookup_data (const char  *name,
             GError     **error)
{
  g_autofree char *path = g_strconcat (SAMPLE_PATH, name, NULL);

  return g_resource_lookup_data (tf_sample_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

TfDataset *
tf_sample_load (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = lookup_data ("sample.talentflow", error);
  if (bytes == NULL)
    return NULL;
  return tf_dataset_file_load_bytes (bytes, "sample.talentflow", error);
}

GBytes *
tf_sample_lookup_article (const char  *file_name,
                          GError     **error)
{
  g_return_val_if_fail (file_name != NULL, NULL);

  /* Only plain names: the articles sit side by side in one directory. */
  if (*file_name == '\0' || strchr (file_name, '/') != NULL)
    {
      g_set_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND,
                   "“%s” is not an article of the sample", file_name);
      return NULL;
    }
  return lookup_data (file_name, error);
}
