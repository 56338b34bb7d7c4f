/* tf-exchange-open.c: opening whatever the user gives, tables of moves
 * included.
 *
 * After the CSV reader, which needs the resolver of the extract stage,
 * and the openers of the source stage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-exchange"

#include "config.h"

#include <string.h>

#include "tf-exchange-open.h"
#include "tf-gazetteer.h"

gboolean
tf_exchange_is_table_name (const char *file_name)
{
  const char *dot = file_name != NULL ? strrchr (file_name, '.') : NULL;

  return dot != NULL && (g_ascii_strcasecmp (dot, ".csv") == 0
                         || g_ascii_strcasecmp (dot, ".tsv") == 0);
}

TfDataset *
tf_exchange_open_bytes (GBytes              *bytes,
                        const char          *file_name,
                        const TfCsvColumns  *columns,
                        TfCsvImportFlags     flags,
                        GPtrArray           *problems,
                        GError             **error)
{
  g_autoptr(TfGazetteer) gazetteer = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!tf_exchange_is_table_name (file_name))
    return tf_dataset_file_open_bytes (bytes, file_name, error);
  gazetteer = tf_gazetteer_new_default ();
  return tf_csv_import_bytes (bytes, file_name, NULL, columns, gazetteer, flags, problems,
                              error);
}

TfDataset *
tf_exchange_open_file (GFile               *file,
                       const TfCsvColumns  *columns,
                       TfCsvImportFlags     flags,
                       GPtrArray           *problems,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Bounded by the dataset file's limit, which is the table's too. */
  bytes = tf_dataset_file_read_bytes (file, &name, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return tf_exchange_open_bytes (bytes, name, columns, flags, problems, error);
}
