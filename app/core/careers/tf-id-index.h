/* tf-id-index.h: record ids to dataset indices, for building the careers.
 *
 * tf_careers_new () looks ids up three times per move (the person, the
 * organization left and the one joined): open addressing with the hashes
 * kept, the ids copied side by side so that comparing with them does not
 * read all over the dataset. Header-only and inline, like tf-sort.h: the
 * lookups are in the careers' innermost loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GStringChunk *copies;
  const char  **ids;      /* NULL where empty */
  guint32      *hashes;
  guint32      *indices;
  guint32       mask;
} TfIdIndex;

static inline guint32
tf_id_index_hash (const char *id)
{
  guint32 hash = 5381;

  for (const guchar *c = (const guchar *) id; *c != '\0'; c++)
    hash = hash * 33 + *c;
  /* Ids often differ only in their last characters, which leaves the
   * sums close together: scatter them over the low bits the table uses. */
  hash *= 0x9e3779b1u;
  return hash ^ (hash >> 16);
}

/* Room for n_ids ids, at most half full. */
static inline void
tf_id_index_init (TfIdIndex *index,
                  guint      n_ids)
{
  guint size = 16;

  while (size < 2 * n_ids)
    size *= 2;
  index->copies = g_string_chunk_new (MAX (n_ids, 1) * 16);
  index->ids = g_new0 (const char *, size);
  index->hashes = g_new (guint32, size);
  index->indices = g_new (guint32, size);
  index->mask = size - 1;
}

static inline void
tf_id_index_clear (TfIdIndex *index)
{
  g_string_chunk_free (index->copies);
  g_free (index->ids);
  g_free (index->hashes);
  g_free (index->indices);
}

/* A later id replaces an earlier equal one, as in a GHashTable. */
static inline void
tf_id_index_add (TfIdIndex  *index,
                 const char *id,
                 guint32     value)
{
  guint32 hash = tf_id_index_hash (id);
  guint32 i = hash & index->mask;

  while (index->ids[i] != NULL)
    {
      if (index->hashes[i] == hash && strcmp (index->ids[i], id) == 0)
        break;
      i = (i + 1) & index->mask;
    }
  if (index->ids[i] == NULL)
    index->ids[i] = g_string_chunk_insert (index->copies, id);
  index->hashes[i] = hash;
  index->indices[i] = value;
}

/* The index of id, -1 when there is none. */
static inline gint32
tf_id_index_lookup (const TfIdIndex *index,
                    const char      *id)
{
  guint32 hash = tf_id_index_hash (id);
  guint32 i = hash & index->mask;

  while (index->ids[i] != NULL)
    {
      if (index->hashes[i] == hash && strcmp (index->ids[i], id) == 0)
        return (gint32) index->indices[i];
      i = (i + 1) & index->mask;
    }
  return -1;
}

G_END_DECLS
