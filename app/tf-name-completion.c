/* tf-name-completion.c: completing the names of a dataset's people and
 * organizations in an entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-name-completion"

#include "config.h"

#include "tf-name-completion.h"

static void
add_name (GtkListStore *store,
          GHashTable   *seen,
          const char   *name)
{
  GtkTreeIter iter;

  if (name == NULL || name[0] == '\0' || !g_hash_table_add (seen, (gpointer) name))
    return;
  gtk_list_store_append (store, &iter);
  gtk_list_store_set (store, &iter, 0, name, -1);
}

static void
add_names (GtkListStore *store,
           GHashTable   *seen,
           const char   *name,
           GPtrArray    *aliases)
{
  add_name (store, seen, name);
  for (guint i = 0; i < aliases->len; i++)
    add_name (store, seen, g_ptr_array_index (aliases, i));
}

void
tf_name_completion_attach (GtkWidget    *entry,
                           TfDataset    *dataset,
                           TfRecordKind  kind)
{
  g_autoptr(GtkListStore) store = gtk_list_store_new (1, G_TYPE_STRING);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GtkEntryCompletion *completion;
  GPtrArray *records;

  g_return_if_fail (GTK_IS_ENTRY (entry));
  g_return_if_fail (kind == TF_RECORD_PERSON || kind == TF_RECORD_ORGANIZATION);

  records = dataset != NULL ? tf_dataset_get_records (dataset, kind) : NULL;
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      if (kind == TF_RECORD_PERSON)
        {
          const TfPerson *person = g_ptr_array_index (records, i);

          add_names (store, seen, person->name, person->aliases);
        }
      else
        {
          const TfOrganization *organization = g_ptr_array_index (records, i);

          add_names (store, seen, organization->name, organization->aliases);
        }
    }

  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (store));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_completion_set_inline_completion (completion, FALSE);
  gtk_entry_set_completion (GTK_ENTRY (entry), completion);
  g_object_unref (completion);
}
