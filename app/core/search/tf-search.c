/* tf-search.c: finding people and organizations by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-search"

/* memmem () */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "tf-collation.h"
#include "tf-pinyin.h"
#include "tf-search.h"
#include "tf-text.h"

/* Every key of every entry is stored in one buffer, each ended by a NUL
 * byte, entry after entry. A query is one memmem () pass over that buffer
 * for its longest word (a query word holds no NUL, so a hit never spans
 * two keys); each entry hit is then scored on its own few keys. That is a
 * few milliseconds for 100k people, with no tree to build.
 *
 * Entries are stored in collation order of their names, so that hits come
 * out in that order and a stable sort by score is the final order. */

typedef struct
{
  const char *id;
  const char *name;
  guint32 first_key;
  TfSearchKind kind;
} Entry;

typedef struct
{
  guint32 start;      /* offset in TfSearchIndex.text */
  guint32 entry;
  const char *shown;  /* what TfSearchResult.matched says */
  TfSearchKey kind;
} Key;

struct _TfSearchIndex
{
  GStringChunk *strings;  /* ids, names, aliases and pinyin, for results */
  GArray *entries;        /* of Entry, then one whose first_key ends the last */
  GArray *keys;           /* of Key, then one whose start ends the last */
  GString *text;          /* every key, each followed by NUL */
  GHashTable *entry_keys; /* while building: the keys of the entry being added */
};

/* Scores: the kind of match decides (each kind's bonuses stay under 100),
 * then the key. A match that ends where a word of the key ends ("wang" in
 * "wang wei", not in "wangang" for 万刚) comes first, a substring at the
 * start of a word ("yuan" in "qi yuan") before one inside a word, and the
 * whole query before its words matched one by one. */
enum
{
  SCORE_EXACT = 300,
  SCORE_PREFIX = 200,
  SCORE_SUBSTRING = 100,
  SCORE_WORD_START = 30,
  SCORE_WORD_END = 20,
  SCORE_WHOLE_QUERY = 5,
  SCORE_COMPACT_QUERY = 3,
  MAX_SCORE = SCORE_EXACT + 99,
};

static const guint key_scores[] = {
  [TF_SEARCH_KEY_NAME] = 30,
  [TF_SEARCH_KEY_ALIAS] = 20,
  [TF_SEARCH_KEY_PINYIN] = 15,
  [TF_SEARCH_KEY_INITIALS] = 10,
};

/* tf_text_fold (), with a shortcut: ASCII text only needs lower-casing,
 * which spares ICU most English names. */
static char *
fold (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      return tf_text_fold (text, -1);
  return g_ascii_strdown (text, -1);
}

/* The form keys and queries are compared in: folded text with its accents
 * dropped, so that "jose" finds "José", and white space collapsed. */
static char *
matching_form (const char *folded)
{
  char *stripped = tf_pinyin_strip_tones (folded, TF_PINYIN_UMLAUT_AS_U);
  char *out = stripped;

  /* NFKC has made every space U+0020; collapse runs, trim both ends. */
  for (const char *p = stripped; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out > stripped && out[-1] != ' ')
            *out++ = ' ';
        }
      else
        *out++ = *p;
    }
  if (out > stripped && out[-1] == ' ')
    out--;
  *out = '\0';

  return stripped;
}

static inline const Key *
get_key (TfSearchIndex *self,
         guint          key)
{
  return &g_array_index (self->keys, Key, key);
}

static inline const Entry *
get_entry (TfSearchIndex *self,
           guint          entry)
{
  return &g_array_index (self->entries, Entry, entry);
}

static void
add_key (TfSearchIndex *self,
         guint          entry,
         const char    *text,
         TfSearchKey    kind,
         const char    *shown)
{
  Key key = { (guint32) self->text->len, entry, shown, kind };

  if (text[0] == '\0')
    return;

  /* A name's pinyin is often its alias too: keep one. A set, as an entry
   * may have thousands of aliases. */
  if (!g_hash_table_add (self->entry_keys, g_strdup (text)))
    return;

  g_string_append_len (self->text, text, (gssize) strlen (text) + 1);
  g_array_append_val (self->keys, key);
}

/* Spaced and compact pinyin and initials of one reading. */
static void
add_pinyin_keys (TfSearchIndex *self,
                 guint          entry,
                 const char    *reading)
{
  g_autofree char *spaced = matching_form (reading);
  gsize len = strlen (spaced);
  g_autofree char *compact = g_malloc (len + 1);
  g_autofree char *initials = g_malloc (len + 1);
  const char *shown = g_string_chunk_insert_len (self->strings, spaced, (gssize) len);
  char *compact_end = compact;
  char *initials_end = initials;
  gboolean word_start = TRUE;

  /* "jie fu li · xin dun" -> "jiefulixindun" and "jflxd" */
  for (const char *p = spaced; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize n = (gsize) (g_utf8_next_char (p) - p);

      if (c == ' ')
        {
          word_start = TRUE;
          continue;
        }
      if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c))
        {
          memcpy (compact_end, p, n);
          compact_end += n;
          if (word_start)
            {
              memcpy (initials_end, p, n);
              initials_end += n;
            }
        }
      word_start = FALSE;
    }
  *compact_end = '\0';
  *initials_end = '\0';

  add_key (self, entry, spaced, TF_SEARCH_KEY_PINYIN, shown);
  add_key (self, entry, compact, TF_SEARCH_KEY_PINYIN, shown);
  /* One letter finds too much to be worth a key. */
  if (g_utf8_strlen (initials, -1) > 1)
    add_key (self, entry, initials, TF_SEARCH_KEY_INITIALS, shown);
}

static void
add_text_keys (TfSearchIndex *self,
               guint          entry,
               const char    *text,
               const char    *shown,
               TfSearchKey    kind,
               gboolean       is_person)
{
  g_autofree char *folded = fold (text);
  g_autofree char *key = matching_form (folded);
  g_autofree char *reading = NULL;
  gboolean two_readings;

  add_key (self, entry, key, kind, shown);

  if (!tf_pinyin_contains_han (folded))
    return;

  /* A person's surname may read differently from its character (曾 zeng,
   * not ceng): index both readings, since users type either. Pinyin ü is
   * typed as v or as u: index both spellings. */
  two_readings = is_person && tf_pinyin_has_surname_reading (folded);
  reading = tf_pinyin_transcribe (folded, TF_PINYIN_DEFAULT);
  add_pinyin_keys (self, entry, reading);
  if (two_readings)
    {
      g_autofree char *name_reading = tf_pinyin_transcribe (folded, TF_PINYIN_NAME);

      add_pinyin_keys (self, entry, name_reading);
    }

  if (strchr (reading, 'v') != NULL)
    {
      g_autofree char *u_reading = tf_pinyin_transcribe (folded, TF_PINYIN_UMLAUT_AS_U);

      add_pinyin_keys (self, entry, u_reading);
      if (two_readings)
        {
          g_autofree char *u_name_reading =
            tf_pinyin_transcribe (folded, TF_PINYIN_NAME | TF_PINYIN_UMLAUT_AS_U);

          add_pinyin_keys (self, entry, u_name_reading);
        }
    }
}

typedef struct
{
  TfSearchKind kind;
  const char *id;
  const char *name;
  GPtrArray *aliases;
  char *sort_key;
} PendingEntry;

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const PendingEntry *pa = *(const PendingEntry * const *) a;
  const PendingEntry *pb = *(const PendingEntry * const *) b;
  int cmp;

  cmp = strcmp (pa->sort_key, pb->sort_key);
  if (cmp == 0)
    cmp = (int) pa->kind - (int) pb->kind;
  if (cmp == 0)
    cmp = strcmp (pa->id, pb->id);
  return cmp;
}

static void
add_entry (TfSearchIndex      *self,
           const PendingEntry *pending)
{
  guint index = self->entries->len;
  gboolean is_person = pending->kind == TF_SEARCH_PERSON;
  Entry entry;

  entry.id = g_string_chunk_insert (self->strings, pending->id);
  entry.name = g_string_chunk_insert (self->strings, pending->name);
  entry.first_key = self->keys->len;
  entry.kind = pending->kind;
  g_array_append_val (self->entries, entry);
  g_hash_table_remove_all (self->entry_keys);

  add_text_keys (self, index, pending->name, entry.name, TF_SEARCH_KEY_NAME, is_person);
  for (guint i = 0; i < pending->aliases->len; i++)
    {
      const char *alias = g_ptr_array_index (pending->aliases, i);

      add_text_keys (self, index, alias, g_string_chunk_insert (self->strings, alias),
                     TF_SEARCH_KEY_ALIAS, is_person);
    }
}

TfSearchIndex *
tf_search_index_new (TfDataset  *dataset,
                     const char *locale)
{
  TfSearchIndex *self;
  GPtrArray *people;
  GPtrArray *organizations;
  g_autofree PendingEntry *pending = NULL;
  g_autofree PendingEntry **order = NULL;
  guint n = 0;
  Entry end_entry = { NULL, NULL, 0, 0 };
  Key end_key = { 0, 0, NULL, 0 };

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);

  people = tf_dataset_get_people (dataset);
  organizations = tf_dataset_get_organizations (dataset);

  pending = g_new (PendingEntry, people->len + organizations->len);
  order = g_new (PendingEntry *, people->len + organizations->len);
  for (guint i = 0; i < people->len; i++)
    {
      TfPerson *person = g_ptr_array_index (people, i);

      pending[n] = (PendingEntry) {
        TF_SEARCH_PERSON, person->id, person->name, person->aliases,
        tf_collation_sort_key (person->name, locale),
      };
      order[n] = &pending[n];
      n++;
    }
  for (guint i = 0; i < organizations->len; i++)
    {
      TfOrganization *organization = g_ptr_array_index (organizations, i);

      pending[n] = (PendingEntry) {
        TF_SEARCH_ORGANIZATION, organization->id, organization->name, organization->aliases,
        tf_collation_sort_key (organization->name, locale),
      };
      order[n] = &pending[n];
      n++;
    }
  /* Pointers, not the records: qsort () moves them much faster. With no
   * entries order may be NULL, which qsort () must not be given. */
  if (n > 1)
    qsort (order, n, sizeof *order, compare_pending);

  self = g_atomic_rc_box_new0 (TfSearchIndex);
  self->strings = g_string_chunk_new (256 * 1024);
  self->entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), n + 1);
  self->keys = g_array_sized_new (FALSE, FALSE, sizeof (Key), n * 5 + 1);
  self->text = g_string_sized_new (n * 40 + 1);
  self->entry_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      add_entry (self, order[i]);
      g_free (order[i]->sort_key);
    }
  g_clear_pointer (&self->entry_keys, g_hash_table_unref);

  /* The ends that let the last entry and the last key know where they
   * stop. */
  end_entry.first_key = self->keys->len;
  g_array_append_val (self->entries, end_entry);
  end_key.start = (guint32) self->text->len;
  end_key.entry = n;
  g_array_append_val (self->keys, end_key);

  return self;
}

TfSearchIndex *
tf_search_index_ref (TfSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
tf_search_index_clear (gpointer data)
{
  TfSearchIndex *self = data;

  g_string_free (self->text, TRUE);
  g_array_unref (self->keys);
  g_array_unref (self->entries);
  g_string_chunk_free (self->strings);
}

void
tf_search_index_unref (TfSearchIndex *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, tf_search_index_clear);
}

guint
tf_search_index_get_n_entries (TfSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->entries->len - 1;
}

/* A query folded and cut into words. */
typedef struct
{
  char *whole;        /* the words joined by one space */
  char *compact;      /* the words joined without space, NULL for one word */
  GPtrArray *words;   /* of char * */
  guint longest;      /* the word the scan looks for */
} Query;

static void
query_clear (Query *query)
{
  g_free (query->whole);
  g_free (query->compact);
  g_ptr_array_unref (query->words);
}

static gboolean
query_parse (Query      *query,
             const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *folded = fold (text);

  query->whole = matching_form (folded);
  query->compact = NULL;
  query->words = g_ptr_array_new_with_free_func (g_free);
  query->longest = 0;

  if (query->whole[0] == '\0')
    return FALSE;

  words = g_strsplit (query->whole, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strlen (words[i]) > strlen (words[query->longest]))
        query->longest = i;
      g_ptr_array_add (query->words, g_strdup (words[i]));
    }
  if (query->words->len > 1)
    query->compact = g_strjoinv ("", words);
  return TRUE;
}

typedef struct
{
  guint score;
  guint key;
  TfSearchMatch match;
} Match;

/* How well needle matches one key; score 0 when it does not. */
static Match
match_key (TfSearchIndex *self,
           guint          key,
           const char    *needle,
           gsize          needle_len)
{
  const Key *k = get_key (self, key);
  const char *text = self->text->str + k->start;
  gsize len = k[1].start - k->start - 1;
  Match match = { 0, key, TF_SEARCH_MATCH_SUBSTRING };
  const char *hit;

  if (needle_len > len)
    return match;

  if (memcmp (text, needle, needle_len) == 0)
    {
      if (needle_len == len)
        {
          match.match = TF_SEARCH_MATCH_EXACT;
          match.score = SCORE_EXACT;
        }
      else
        {
          match.match = TF_SEARCH_MATCH_PREFIX;
          match.score = SCORE_PREFIX + (text[needle_len] == ' ' ? SCORE_WORD_END : 0);
        }
    }
  else if (k->kind == TF_SEARCH_KEY_INITIALS)
    {
      /* Initials only make sense read from the start: "ff" is no way to
       * write 李飞飞. */
      return match;
    }
  else
    {
      gboolean found = FALSE;
      guint bonus = 0;

      /* The best of the occurrences: at the start of a word, ending a
       * word. */
      for (hit = memmem (text + 1, len - 1, needle, needle_len);
           hit != NULL;
           hit = memmem (hit + 1, len - (gsize) (hit + 1 - text), needle, needle_len))
        {
          guint hit_bonus = (hit[-1] == ' ' ? SCORE_WORD_START : 0)
                            + (hit[needle_len] == ' ' || hit[needle_len] == '\0'
                               ? SCORE_WORD_END : 0);

          found = TRUE;
          bonus = MAX (bonus, hit_bonus);
          if (bonus == SCORE_WORD_START + SCORE_WORD_END)
            break;
        }
      if (!found)
        return match;
      match.score = SCORE_SUBSTRING + bonus;
    }

  match.score += key_scores[k->kind];
  return match;
}

/* The best match of needle over the keys of one entry. */
static Match
match_entry (TfSearchIndex *self,
             const Entry   *entry,
             const char    *needle)
{
  gsize needle_len = strlen (needle);
  Match best = { 0, entry->first_key, TF_SEARCH_MATCH_SUBSTRING };

  for (guint k = entry->first_key; k < entry[1].first_key; k++)
    {
      Match match = match_key (self, k, needle, needle_len);

      if (match.score > best.score)
        best = match;
    }
  return best;
}

static Match
score_entry (TfSearchIndex *self,
             const Entry   *entry,
             const Query   *query)
{
  Match best = match_entry (self, entry, query->whole);
  Match compact;
  Match weakest = { G_MAXUINT, 0, 0 };

  if (best.score > 0)
    best.score += SCORE_WHOLE_QUERY;
  if (query->words->len == 1)
    return best;

  /* "qi yuan" is also "qiyuan", a little below: 漆羽安 is "qi yu an". */
  compact = match_entry (self, entry, query->compact);
  if (compact.score > 0)
    compact.score += SCORE_COMPACT_QUERY;
  if (compact.score > best.score)
    best = compact;

  /* Otherwise every word must match some key: "yuan qi" finds 漆远 by
   * "qi yuan". The entry is as good as its worst word. */
  for (guint i = 0; i < query->words->len; i++)
    {
      Match match = match_entry (self, entry, g_ptr_array_index (query->words, i));

      if (match.score == 0)
        return best;
      if (match.score < weakest.score)
        weakest = match;
    }
  return weakest.score > best.score ? weakest : best;
}

/* The key whose text holds offset, searching from key first on. */
static guint
find_key (TfSearchIndex *self,
          guint          first,
          guint32        offset)
{
  guint low = first;
  guint high = self->keys->len - 1;  /* the end, not a key */

  /* The last key that starts at or before offset. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (get_key (self, middle)->start <= offset)
        low = middle;
      else
        high = middle;
    }
  return low;
}

typedef struct
{
  guint entry;
  Match match;
} Candidate;

GArray *
tf_search_index_query (TfSearchIndex *self,
                       const char    *query_text,
                       TfSearchKind   kinds,
                       guint          max_results)
{
  GArray *results;
  g_autoptr(GArray) candidates = NULL;
  Query query;
  const char *needle;
  gsize needle_len;
  const char *text_end;
  const char *hit;
  guint key = 0;
  guint counts[MAX_SCORE + 1] = { 0 };
  guint n_results;
  g_autofree guint *order = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (query_text != NULL, NULL);

  results = g_array_new (FALSE, FALSE, sizeof (TfSearchResult));
  if (!query_parse (&query, query_text))
    {
      query_clear (&query);
      return results;
    }

  /* Every kind of match holds every word: hits of the longest word, the
   * rarest, find all the entries worth scoring. */
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  needle = g_ptr_array_index (query.words, query.longest);
  needle_len = strlen (needle);
  text_end = self->text->str + self->text->len;

  for (hit = memmem (self->text->str, self->text->len, needle, needle_len);
       hit != NULL;
       hit = memmem (hit, (gsize) (text_end - hit), needle, needle_len))
    {
      const Entry *entry;

      key = find_key (self, key, (guint32) (hit - self->text->str));
      entry = get_entry (self, get_key (self, key)->entry);

      if (entry->kind & kinds)
        {
          Candidate candidate = { get_key (self, key)->entry, score_entry (self, entry, &query) };

          g_assert (candidate.match.score <= MAX_SCORE);
          if (candidate.match.score > 0)
            g_array_append_val (candidates, candidate);
        }

      /* The entry is scored: go on from the next one. */
      key = entry[1].first_key;
      if (key >= self->keys->len - 1)
        break;
      hit = self->text->str + get_key (self, key)->start;
    }

  /* Candidates are in name order; a stable counting sort by score keeps
   * that order among equal scores. */
  for (guint i = 0; i < candidates->len; i++)
    counts[g_array_index (candidates, Candidate, i).match.score]++;
  for (guint score = MAX_SCORE + 1, position = 0; score-- > 0; )
    {
      guint n = counts[score];

      counts[score] = position;
      position += n;
    }
  order = g_new (guint, candidates->len + 1);
  for (guint i = 0; i < candidates->len; i++)
    order[counts[g_array_index (candidates, Candidate, i).match.score]++] = i;

  n_results = max_results > 0 ? MIN (max_results, candidates->len) : candidates->len;
  g_array_set_size (results, n_results);
  for (guint i = 0; i < n_results; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, order[i]);
      const Entry *entry = get_entry (self, candidate->entry);
      const Key *matched = get_key (self, candidate->match.key);
      TfSearchResult *result = &g_array_index (results, TfSearchResult, i);

      result->kind = entry->kind;
      result->id = entry->id;
      result->name = entry->name;
      result->matched = matched->shown;
      result->match = candidate->match.match;
      result->key = matched->kind;
      result->score = candidate->match.score;
    }

  query_clear (&query);
  return results;
}
