/* tf-extract-tokenizer.c: a paragraph read into tokens.
 *
 * The folded text, decoded once and mapped back to the original, is cut
 * into the tokens of tf-extract-private.h from left to right: at each
 * character the first of a date, a head count, a name the gazetteer
 * knows, a word of the lexicon (the longer of the last two), a Chinese
 * name, capitalised English words, or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-reader-private.h"
#include "tf-text.h"

static gboolean
is_clause_end (gunichar c)
{
  return c == ',' || c == ';' || c == ':' || c == 0x3001 /* 、 is a list */ * 0
         || c == 0xFF0C || c == 0xFF1B || c == 0xFF1A;
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 || c == '!' || c == '?' || c == 0xFF01 || c == 0xFF1F || c == '\n';
}

static void
reader_reserve (Reader *reader,
                gsize   length)
{
  if (length + 1 <= reader->capacity)
    return;
  reader->capacity = MAX (length + 1, 2 * reader->capacity);
  reader->to_text = g_renew (guint, reader->to_text, reader->capacity);
}

/* Folds the paragraph and maps folded offsets back to the text. When
 * folding keeps the number of characters (almost always: it maps one
 * character to one), the paragraph's folded text is used and the map is
 * exact; otherwise each sentence is folded on its own and its characters
 * are mapped in proportion. */
void
tf_extract_reader_fold (Reader            *reader,
                        const TfParagraph *paragraph,
                        gsize              length)
{
  const char *p = paragraph->folded, *q = paragraph->text;

  reader->folded = paragraph->folded;
  reader->length = length;
  reader_reserve (reader, reader->length);
  /* The map as if the characters were as many, counting them. */
  while (*p != '\0' && *q != '\0')
    {
      const char *next = g_utf8_next_char (p);

      for (const char *r = p; r < next; r++)
        reader->to_text[r - paragraph->folded] = (guint) (q - paragraph->text);
      p = next;
      q = g_utf8_next_char (q);
    }
  if (*p == '\0' && *q == '\0')
    {
      reader->to_text[reader->length] = (guint) strlen (paragraph->text);
      return;
    }
  {
    GString *folded = g_string_new (NULL);
    GArray *map = g_array_new (FALSE, FALSE, sizeof (guint));
    guint start = 0;

    for (guint s = 0; s < paragraph->n_sentences; s++)
      {
        guint end = paragraph->sentence_ends[s];
        g_autofree char *part = tf_text_fold (paragraph->text + start, end - start);
        glong n_part = g_utf8_strlen (part, -1), i = 0;
        glong n_orig = g_utf8_strlen (paragraph->text + start, end - start);
        /* The targets only grow: one walk along the original, not one
         * from its start for each character (quadratic in a sentence). */
        const char *orig = paragraph->text + start;
        glong at = 0;

        for (const char *r = part; *r != '\0'; r = g_utf8_next_char (r), i++)
          {
            glong target = n_part > 0 ? i * n_orig / n_part : 0;
            guint offset;

            for (; at < target; at++)
              orig = g_utf8_next_char (orig);
            offset = (guint) (orig - paragraph->text);
            for (const char *t = r; t < g_utf8_next_char (r); t++)
              g_array_append_val (map, offset);
          }
        g_string_append (folded, part);
        start = end;
      }
    g_array_append_val (map, start);
    reader->length = folded->len;
    reader->folded = reader->refolded = g_string_free (folded, FALSE);
    reader_reserve (reader, reader->length);
    memcpy (reader->to_text, map->data, (reader->length + 1) * sizeof (guint));
    g_array_unref (map);
  }
}

static Token *
push (Reader    *reader,
      TokenKind  kind,
      gsize      start,
      gsize      end)
{
  Token *token;

  g_array_set_size (reader->tokens, reader->tokens->len + 1);
  token = &g_array_index (reader->tokens, Token, reader->tokens->len - 1);
  memset (token, 0, sizeof *token);
  token->kind = kind;
  token->start = (guint) start;
  token->end = (guint) end;
  return token;
}

static Token *
last_token (Reader *reader)
{
  return reader->tokens->len > 0
    ? &g_array_index (reader->tokens, Token, reader->tokens->len - 1) : NULL;
}

/* Words that may follow a name: what decides where a Chinese name ends. */
static gboolean
follows_name (Reader *reader,
              gsize   at)
{
  gsize n;
  const LexiconEntry *entry;
  gunichar c;
  Token scratch;

  if (at >= reader->length)
    return TRUE;
  c = char_at (reader, at);
  if (!has_class (c, TF_CHAR_ALNUM) || has_class (c, TF_CHAR_NAME_FOLLOWER))
    return TRUE;
  if (tf_gazetteer_match (reader->gazetteer, reader->folded + at, reader->length - at, &n))
    return TRUE;
  if (tf_extract_match_date (reader->folded, at, reader->length, &n, &scratch))
    return TRUE;
  entry = tf_extract_lexicon_match (reader->folded, at, reader->length, &n);
  if (entry != NULL)
    return entry->kind != TOKEN_ORG && entry->kind != TOKEN_PLACE;
  return !has_class (c, TF_CHAR_HAN);
}

/* Words that may come before a name. */
static gboolean
precedes_name (Reader *reader,
               gsize   at)
{
  const Token *last = last_token (reader);
  gunichar c;

  if (at == 0)
    return TRUE;
  if (last != NULL && last->end == at)
    return last->kind != TOKEN_DATE || TRUE;
  c = char_at (reader, (gsize) (g_utf8_prev_char (reader->folded + at) - reader->folded));
  /* "挖走了X", "聘请了X": a verb's 了 before its object. */
  if (c == 0x4E86 /* 了 */ && last != NULL && last->kind == TOKEN_TRIGGER
      && last->end + 3 == at)
    return TRUE;
  return !has_class (c, TF_CHAR_ALNUM);
}

static gboolean
is_name_dot (gunichar c)
{
  return c == 0x00B7 || c == 0x30FB || c == 0x2022;
}

/* Whether one of the four characters after at's is a middle dot. */
static gboolean
has_name_dot_soon (const Reader *reader,
                   gsize         at)
{
  for (guint k = 0; k < 4 && at < reader->length; k++)
    {
      at = g_utf8_next_char (reader->folded + at) - reader->folded;
      if (at < reader->length && is_name_dot (char_at (reader, at)))
        return TRUE;
    }
  return FALSE;
}

/* A Chinese name: a surname and one or two characters, between words that
 * may surround a name. */
static gboolean
match_chinese_name (Reader *reader,
                    gsize   at,
                    gsize  *length)
{
  gsize surname;
  const char *p = reader->folded + at;

  if (!precedes_name (reader, at))
    return FALSE;
  /* "劳拉·贝内特": a transliterated name, parts joined by a middle dot,
   * the first after one to four characters. */
  if (has_name_dot_soon (reader, at))
    {
      gsize q = at;
      guint parts = 0, chars = 0;

      while (q < reader->length && chars <= 12)
        {
          gunichar c = char_at (reader, q);

          if (is_name_dot (c))
            {
              if (chars == 0 || chars > 4)
                break;
              parts++;
              chars = 0;
            }
          else if (is_han_at (reader, q) && !is_function_char (c))
            chars++;
          else
            break;
          q = g_utf8_next_char (reader->folded + q) - reader->folded;
        }
      if (parts >= 1 && chars >= 1 && chars <= 6)
        {
          *length = q - at;
          return TRUE;
        }
    }
  /* "日本学者佐藤健一": after a title, a name of two to four characters
   * without a Chinese surname. */
  {
    const Token *last = last_token (reader);

    if (last != NULL && last->kind == TOKEN_ROLE && last->end == at
        && !tf_extract_is_surname (p, reader->length - at, &surname)
        && last->end - last->start == 6
        && (memcmp (reader->folded + last->start, "学者", 6) == 0
            || memcmp (reader->folded + last->start, "教授", 6) == 0))
      for (guint n = 4; n >= 3; n--)
        {
          gsize end = at;
          gboolean ok = TRUE;

          for (guint k = 0; k < n && ok; k++)
            {
              if (end >= reader->length || !is_han_at (reader, end)
                  || has_class (char_at (reader, end), TF_CHAR_NAME_STOP))
                ok = FALSE;
              else
                end = g_utf8_next_char (reader->folded + end) - reader->folded;
            }
          if (ok && follows_name (reader, end))
            {
              *length = end - at;
              return TRUE;
            }
        }
  }
  if (!tf_extract_is_surname (p, reader->length - at, &surname))
    return FALSE;
  for (guint given = 2; given >= 1; given--)
    {
      gsize end = at + surname;
      gboolean ok = TRUE;

      for (guint k = 0; k < given && ok; k++)
        {
          gsize word;

          if (end >= reader->length || !is_han_at (reader, end)
              || has_class (char_at (reader, end), TF_CHAR_NAME_STOP))
            ok = FALSE;
          /* "郁澄目前": 目前 is a word, not the name's end. */
          else if (k == 1 && tf_extract_lexicon_match (reader->folded, end, reader->length, &word)
                   && word >= 6)
            ok = FALSE;
          else
            end = g_utf8_next_char (reader->folded + end) - reader->folded;
        }
      if (ok && follows_name (reader, end))
        {
          *length = end - at;
          return TRUE;
        }
    }
  return FALSE;
}

gsize
tf_extract_word_end (const Reader *reader,
                     gsize         at)
{
  while (at < reader->length
         && (is_latin_letter_at (reader, at) || reader->folded[at] == '-'
             || reader->folded[at] == '\'' || reader->folded[at] == '.'))
    {
      if ((guchar) reader->folded[at] >= 0x80)
        {
          at = g_utf8_next_char (reader->folded + at) - reader->folded;
          continue;
        }
      /* A full stop ends the word, except after an initial: "J. Smith". */
      if (reader->folded[at] == '.'
          && !(at + 1 < reader->length && reader->folded[at + 1] == ' ' && at >= 1
               && g_ascii_isupper (reader->text[reader->to_text[at - 1]])
               && (at < 2 || !g_ascii_isalpha (reader->folded[at - 2]))))
        break;
      at++;
    }
  return at;
}

/* Capitalised English words: a person ("Laura Benett", "Wei Zhang") or an
 * organization ("University of Westmarch", "Larkspur Labs"). */
static gboolean
match_capitalised (Reader    *reader,
                   gsize      at,
                   gsize     *length,
                   TokenKind *kind,
                   TfSector  *sector)
{
  gsize p = at, end = at;
  guint words = 0;
  gboolean org = FALSE;
  TfSector org_sector = TF_SECTOR_COMPANY;

  if (!is_capital_word_at (reader, at)
      || (at > 0 && is_latin_letter_at (reader,
                                        g_utf8_prev_char (reader->folded + at) - reader->folded)))
    return FALSE;
  {
    gsize e = tf_extract_word_end (reader, at);

    if (tf_extract_is_latin_stop_word (reader->folded + at, e - at))
      return FALSE;
  }
  while (p < reader->length)
    {
      gsize e;
      TfSector s;

      if (is_capital_word_at (reader, p))
        {
          e = tf_extract_word_end (reader, p);
          if (tf_extract_is_latin_org_word (reader->folded + p, e - p, &s))
            {
              org = TRUE;
              org_sector = s;
            }
          else if (tf_extract_is_latin_stop_word (reader->folded + p, e - p) && words > 0)
            break;
        }
      else if (words > 0 && org && (strncmp (reader->folded + p, "of ", 3) == 0
                                    || strncmp (reader->folded + p, "for ", 4) == 0)
               && is_capital_word_at (reader, p + (reader->folded[p] == 'o' ? 3 : 4)))
        e = p + (reader->folded[p] == 'o' ? 2 : 3);  /* "University of X", "Institute for Y" */
      else if (words > 0 && org && (strncmp (reader->folded + p, "ai", 2) == 0)
               && tf_extract_word_end (reader, p) == p + 2)
        e = p + 2;
      else
        break;
      words++;
      end = e;
      /* "Snowfield Robotics' AI chief": a possessive ends the name. */
      if (end >= 2 && (reader->folded[end - 1] == '\''
                       || (reader->folded[end - 2] == '\'' && reader->folded[end - 1] == 's')))
        {
          end -= reader->folded[end - 1] == '\'' ? 1 : 2;
          break;
        }
      if (end < reader->length && reader->folded[end] == ' ')
        p = end + 1;
      else
        break;
    }
  if (words == 0)
    return FALSE;
  /* "University of": the last word must be a name. */
  while (end > at && reader->folded[end - 1] == '.')
    end--;
  if (org)
    {
      *kind = TOKEN_ORG;
      *sector = org_sector;
      *length = end - at;
      return TRUE;
    }
  if (words >= 2 && words <= 4)
    {
      *kind = TOKEN_PERSON;
      *length = end - at;
      return TRUE;
    }
  /* One capitalised word after a title: "Professor Okafor". */
  if (words == 1)
    {
      const Token *last = last_token (reader);

      if (last != NULL && last->kind == TOKEN_ROLE && at - last->end <= 1)
        {
          *kind = TOKEN_PERSON;
          *length = end - at;
          return TRUE;
        }
    }
  return FALSE;
}

/* Han characters before an organization's last word ("东岳" before
 * "大学") join it, back to the previous token or punctuation, at most
 * twelve characters; an organization the gazetteer knows right before
 * ("复旦" "大学") becomes the new one's parent. */
static void
push_pattern_org (Reader             *reader,
                  gsize               at,
                  gsize               end,
                  const LexiconEntry *suffix)
{
  Token *last = last_token (reader);
  gsize start = at;
  guint chars = 0;
  gsize floor_at = last != NULL ? last->end : 0;
  const TfGazetteerEntry *parent = NULL;

  /* "中研院资讯所", "Google台湾": a part of an organization the
   * gazetteer knows, written right after it; alone, not a name. */
  if (suffix->flags & LEXICON_CHILD_ONLY)
    {
      gsize gap = last != NULL ? at - last->end : 0;
      guint between = 0;

      if (last == NULL || last->kind != TOKEN_ORG || last->entry == NULL)
        return;
      for (gsize i = last->end; i < at; i = g_utf8_next_char (reader->folded + i) - reader->folded)
        if (!is_han_at (reader, i) || is_function_char (char_at (reader, i)) || ++between > 4)
          return;
      if (gap > 0 && (TfSector) suffix->sub != TF_SECTOR_ACADEMIA)
        return;  /* "Google台湾" only when nothing is between */
    }
  if (last != NULL && last->kind == TOKEN_ORG && last->end == at)
    {
      /* "复旦大学" "计算机学院" or "清华" "大学": one name */
      start = last->start;
      parent = last->entry;
      g_array_set_size (reader->tokens, reader->tokens->len - 1);
    }
  else
    {
      while (start > floor_at && chars < 12)
        {
          const char *prev = g_utf8_prev_char (reader->folded + start);
          gunichar c = char_at (reader, (gsize) (prev - reader->folded));

          if (!(has_class (c, TF_CHAR_HAN) || (g_ascii_isalnum ((char) c) && c < 128) || c == ' ')
              || is_function_char (c))
            break;
          start = (gsize) (prev - reader->folded);
          chars++;
        }
      while (start < at && reader->folded[start] == ' ')
        start++;
      /* "AI团队": a team is named only as part of a known organization. */
      if (strcmp (suffix->text, "团队") == 0
          && !(last != NULL && last->kind == TOKEN_ORG && last->entry != NULL))
        return;
      /* "科技" alone, "系" alone: not a name; "公司" alone may be followed
       * by one ("创立公司分子之心"). */
      if ((start == at && strcmp (suffix->text, "公司") != 0)
          || (start != at && chars < 2 && suffix->sub != TF_SECTOR_ACADEMIA))
        return;
      if (last != NULL && last->kind == TOKEN_ORG && last->end == start)
        {
          start = last->start;
          parent = last->entry;
          g_array_set_size (reader->tokens, reader->tokens->len - 1);
        }
    }
  {
    Token *token = push (reader, TOKEN_ORG, start, end);

    token->sector = (TfSector) suffix->sub;
    token->sector_known = TRUE;
    /* A department or lab of a known organization keeps its sector. */
    if (parent != NULL && (TfSector) suffix->sub != TF_SECTOR_ACADEMIA)
      token->sector = parent->sector;
    token->entry = NULL;
    token->count = parent != NULL ? 1 : 0;  /* has a known parent */
  }
}

void
tf_extract_tokenize (Reader *reader)
{
  gsize at = 0;
  guint sentence = 0;
  const TfParagraph *paragraph = g_ptr_array_index (reader->source->paragraphs, reader->index);
  guint next_sentence_end = paragraph->n_sentences > 0 ? paragraph->sentence_ends[0] : G_MAXUINT;

  while (at < reader->length)
    {
      gsize n = 0, m = 0;
      gunichar c = char_at (reader, at);
      const TfGazetteerEntry *entry;
      const LexiconEntry *word;
      Token scratch = { 0 };
      TokenKind kind = TOKEN_PERSON;
      TfSector sector = TF_SECTOR_COMPANY;
      gboolean numeric;

      /* The reader's sentence ends (ICU's), plus line breaks. */
      while (reader->to_text[at] >= next_sentence_end)
        {
          const Token *last = last_token (reader);

          if (last == NULL || last->kind != TOKEN_SENTENCE_END)
            push (reader, TOKEN_SENTENCE_END, at, at);
          sentence++;
          next_sentence_end = sentence < paragraph->n_sentences
            ? paragraph->sentence_ends[sentence] : G_MAXUINT;
        }
      if (is_sentence_end (c) || is_clause_end (c))
        {
          n = g_utf8_next_char (reader->folded + at) - (reader->folded + at);
          push (reader, is_clause_end (c) ? TOKEN_CLAUSE_END : TOKEN_SENTENCE_END, at, at + n);
          at += n;
          continue;
        }
      if (c == ' ')
        {
          at++;
          continue;
        }
      numeric = has_class (c, TF_CHAR_DATE_START);
      if (numeric && tf_extract_match_date (reader->folded, at, reader->length, &n, &scratch))
        {
          Token *token = push (reader, TOKEN_DATE, at, at + n);

          token->date = scratch.date;
          token->relative = scratch.relative;
          token->offset = scratch.offset;
          token->weekday = scratch.weekday;
          token->flags = scratch.flags;
          at += n;
          continue;
        }
      if (numeric
          && tf_extract_match_count (reader->folded, at, reader->length, &n, &scratch.count))
        {
          push (reader, TOKEN_GROUP, at, at + n)->count = scratch.count;
          at += n;
          continue;
        }
      /* No name of the gazetteer starts with most characters: asked
       * before the call. */
      entry = NULL;
      if (c >= 0x10000 || (reader->name_starts[c >> 3] & (1u << (c & 7))))
        entry = tf_gazetteer_match (reader->gazetteer, reader->folded + at,
                                    reader->length - at, &n);
      /* A Latin name the gazetteer knows is written with a capital or digit:
       * "meta" is not Meta. */
      if (entry != NULL && g_ascii_isalpha (reader->folded[at])
          && !has_class (text_char_at (reader, at), TF_CHAR_UPPER))
        entry = NULL;
      word = has_class (c, TF_CHAR_WORD_START)
        ? tf_extract_lexicon_match (reader->folded, at, reader->length, &m) : NULL;
      if (entry != NULL && n >= m)
        {
          Token *token = push (reader, entry->kind == TF_GAZETTEER_PERSON ? TOKEN_PERSON
                                                                          : TOKEN_ORG,
                               at, at + n);

          token->entry = entry;
          token->sector = entry->sector;
          token->sector_known = entry->kind == TF_GAZETTEER_ORGANIZATION;
          at += n;
          continue;
        }
      if (word != NULL && (word->flags & LEXICON_SUFFIX))
        {
          push_pattern_org (reader, at, at + m, word);
          at += m;
          continue;
        }
      if (word != NULL)
        {
          Token *token = push (reader, word->kind, at, at + m);

          token->sub = word->sub;
          token->move_kind = word->move_kind;
          token->flags = word->flags;
          if (word->kind == TOKEN_PLACE)
            {
              token->sector = (TfSector) word->sub;
              token->sector_known = TRUE;
            }
          at += m;
          continue;
        }
      if (match_chinese_name (reader, at, &n))
        {
          push (reader, TOKEN_PERSON, at, at + n);
          at += n;
          continue;
        }
      if (match_capitalised (reader, at, &n, &kind, &sector))
        {
          Token *token = push (reader, kind, at, at + n);

          token->sector = sector;
          token->sector_known = kind == TOKEN_ORG;
          at += n;
          continue;
        }
      at = g_utf8_next_char (reader->folded + at) - reader->folded;
      if (g_ascii_isalnum ((char) c) && c < 128)
        while (at < reader->length && g_ascii_isalnum (reader->folded[at]))
          at++;
    }
  push (reader, TOKEN_SENTENCE_END, reader->length, reader->length);
}
