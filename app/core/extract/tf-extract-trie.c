/* tf-extract-trie.c: words and names as a trie over code points.
 *
 * The lexicon and the gazetteer are looked up at every character of a
 * paragraph for the longest word that starts there. A trie answers that
 * by walking the text once, a character a step, and most steps end at
 * the first character. Its edges live in one open-addressing hash table
 * (tf-extract-private.h steps through it), so a step costs the same,
 * with no allocation, whatever the number of words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include "tf-extract-private.h"

void
tf_extract_trie_init (TfExtractTrie *trie)
{
  trie->values = g_ptr_array_new ();
  g_ptr_array_add (trie->values, NULL);  /* the root */
  trie->bits = 8;
  trie->edges = g_new0 (TfExtractTrieEdge, 1u << trie->bits);
  trie->filter = g_new0 (guint8, 1u << (trie->bits + 1));
  trie->n_edges = 0;
}

void
tf_extract_trie_clear (TfExtractTrie *trie)
{
  g_clear_pointer (&trie->values, g_ptr_array_unref);
  g_clear_pointer (&trie->edges, g_free);
  g_clear_pointer (&trie->filter, g_free);
}

static void
put_edge (TfExtractTrie *trie,
          guint          from,
          gunichar       c,
          guint          to)
{
  guint mask = (1u << trie->bits) - 1;
  guint hash = tf_extract_trie_hash (trie, from, c);
  guint slot = hash >> 4;

  trie->filter[hash >> 3] |= (guint8) (1u << (hash & 7));
  while (trie->edges[slot].to != 0)
    slot = (slot + 1) & mask;
  trie->edges[slot].from = from;
  trie->edges[slot].c = c;
  trie->edges[slot].to = to;
}

/* At most half full, so that a step that finds nothing stops soon. */
static void
grow (TfExtractTrie *trie)
{
  TfExtractTrieEdge *old = trie->edges;
  guint n_old = 1u << trie->bits;

  trie->bits++;
  trie->edges = g_new0 (TfExtractTrieEdge, 1u << trie->bits);
  g_free (trie->filter);
  trie->filter = g_new0 (guint8, 1u << (trie->bits + 1));
  for (guint i = 0; i < n_old; i++)
    if (old[i].to != 0)
      put_edge (trie, old[i].from, old[i].c, old[i].to);
  g_free (old);
}

guint
tf_extract_trie_add (TfExtractTrie *trie,
                     const char    *key)
{
  guint node = 0;

  g_return_val_if_fail (g_utf8_validate (key, -1, NULL), 0);

  for (const char *p = key; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint next = tf_extract_trie_step (trie, node, c);

      if (next == 0)
        {
          if (2 * (trie->n_edges + 1) > 1u << trie->bits)
            grow (trie);
          next = trie->values->len;
          g_ptr_array_add (trie->values, NULL);
          put_edge (trie, node, c, next);
          trie->n_edges++;
        }
      node = next;
    }
  return node;
}
