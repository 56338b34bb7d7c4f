/* tf-search.h: finding people and organizations by name.
 *
 * A TfSearchIndex is built from a TfDataset and then never changes, so it
 * may be queried from any thread; rebuild it when the dataset changes. Each
 * person and organization is found by its name and aliases folded as
 * tf_text_fold does (traditional and simplified alike, any case, accents
 * ignored), by toneless pinyin with or without spaces ("qi yuan",
 * "qiyuan"), and by pinyin initials ("qy").
 *
 * Building costs about 2.5 µs per entry (a quarter of a second for 100k
 * people), and the first build of a process some 120 ms more to open ICU's
 * transliterators: build it in a worker thread. A query takes a few
 * milliseconds at 100k people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  TF_SEARCH_PERSON       = 1 << 0,
  TF_SEARCH_ORGANIZATION = 1 << 1,
  TF_SEARCH_ALL          = TF_SEARCH_PERSON | TF_SEARCH_ORGANIZATION,
} TfSearchKind;

/* How well the query matched, worst first. */
typedef enum
{
  TF_SEARCH_MATCH_SUBSTRING,
  TF_SEARCH_MATCH_PREFIX,
  TF_SEARCH_MATCH_EXACT,
} TfSearchMatch;

/* Which key of the entry matched. */
typedef enum
{
  TF_SEARCH_KEY_NAME,
  TF_SEARCH_KEY_ALIAS,
  TF_SEARCH_KEY_PINYIN,
  TF_SEARCH_KEY_INITIALS,
} TfSearchKey;

/* The strings belong to the index: hold a reference to it while using
 * them. */
typedef struct
{
  TfSearchKind kind;     /* TF_SEARCH_PERSON or TF_SEARCH_ORGANIZATION */
  const char *id;
  const char *name;      /* the entry's name, for display */
  const char *matched;   /* the alias as written, or the pinyin, that matched */
  TfSearchMatch match;
  TfSearchKey key;
  guint score;           /* higher is better */
} TfSearchResult;

typedef struct _TfSearchIndex TfSearchIndex;

/* Indexes the people and organizations of dataset. Results that score the
 * same come in the order of their names under locale (NULL: the user's
 * locale, see tf_collation_get_default_locale). */
TfSearchIndex *tf_search_index_new           (TfDataset     *dataset,
                                              const char    *locale);
TfSearchIndex *tf_search_index_ref           (TfSearchIndex *self);
void           tf_search_index_unref         (TfSearchIndex *self);

/* How many people and organizations the index holds. */
guint          tf_search_index_get_n_entries (TfSearchIndex *self);

/* The entries of the kinds asked for that match every word of query, best
 * first: an exact match before a prefix before a substring; then whole
 * words before parts of words ("wang" finds 王伟 before 万刚), names before
 * aliases before pinyin before initials, the whole query before its words
 * taken apart; then by name. At most max_results of them, all when
 * max_results is 0. Returns an array of TfSearchResult, empty when the
 * query has no word. */
GArray        *tf_search_index_query         (TfSearchIndex *self,
                                              const char    *query,
                                              TfSearchKind   kinds,
                                              guint          max_results);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfSearchIndex, tf_search_index_unref)

G_END_DECLS
