/* tf-extractor.c: suggests the moves an article reports.
 *
 * Each paragraph that holds a trigger is read into tokens (see
 * tf-extract-private.h) over its folded text, so that simplified,
 * traditional and English text meet the same rules. The rules then take
 * each trigger of a sentence in turn: who moves (the subject before it, a
 * pronoun or no subject at all meaning the last person named, the object
 * of "hired"), from where (从A, "former A", the organization in the
 * person's title, a "left A" before), to where (the organization after
 * it), when (the nearest date, resolved against the article's date or the
 * paragraph's last absolute date) and how sure the text is (rumours,
 * plans; denials and static positions give nothing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-private.h"
#include "tf-extractor.h"
#include "tf-text.h"

/* Context kept around a quote, in characters, as tf_evidence_fill_context
 * would. */
#define QUOTE_CONTEXT 32
/* Longer sentences are quoted by the clauses that hold the move. */
#define LONG_SENTENCE 160

struct _TfExtractor
{
  GObject parent_instance;

  TfGazetteer *gazetteer;
};

G_DEFINE_FINAL_TYPE (TfExtractor, tf_extractor, G_TYPE_OBJECT)

static void
tf_extractor_finalize (GObject *object)
{
  TfExtractor *self = TF_EXTRACTOR (object);

  g_clear_object (&self->gazetteer);
  G_OBJECT_CLASS (tf_extractor_parent_class)->finalize (object);
}

static void
tf_extractor_class_init (TfExtractorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_extractor_finalize;
  tf_extract_chars_init ();
}

static void
tf_extractor_init (TfExtractor *self)
{
}

TfExtractor *
tf_extractor_new (TfGazetteer *gazetteer)
{
  TfExtractor *self = g_object_new (TF_TYPE_EXTRACTOR, NULL);

  self->gazetteer = gazetteer != NULL ? g_object_ref (gazetteer) : tf_gazetteer_new_default ();
  return self;
}

TfGazetteer *
tf_extractor_get_gazetteer (TfExtractor *self)
{
  g_return_val_if_fail (TF_IS_EXTRACTOR (self), NULL);
  return self->gazetteer;
}

/* One paragraph being read. */
typedef struct
{
  TfExtractor *self;
  const TfSource *source;
  guint index;
  const char *text;       /* the paragraph's original text */
  const char *folded;     /* folded, aligned with text by characters where possible */
  char *refolded;         /* folded here, when the paragraph's is not aligned */
  gsize length;           /* of folded */
  /* By folded byte offset (length + 1): the text's byte offset, and the
   * character that starts there ((gunichar) -1 inside one), decoded once.
   * Kept from paragraph to paragraph, for capacity offsets. */
  guint *to_text;
  gunichar *chars;
  gsize capacity;
  GArray *tokens;         /* of Token */
  GPtrArray *out;
  /* the person the last sentence was about, for pronouns and no subject */
  guint last_subject_paragraph;
  char *last_subject_name;
  /* what suggest () last took: the destination and the subject tokens */
  guint destination;
  guint subject;
  /* a subject to use instead of looking for one: "A和B加入X" */
  guint forced_subject;
} Reader;

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
  reader->chars = g_renew (gunichar, reader->chars, reader->capacity);
}

/* What g_utf8_get_char () gives at each byte of folded. */
static void
decode_chars (Reader *reader)
{
  const char *folded = reader->folded;

  for (gsize at = 0; at < reader->length;)
    {
      gsize next = (gsize) (g_utf8_next_char (folded + at) - folded);

      reader->chars[at] = tf_extract_utf8_get (folded + at);
      while (++at < next && at < reader->length)
        reader->chars[at] = (gunichar) -1;
    }
  reader->chars[reader->length] = 0;
}

/* Folds the paragraph and maps folded offsets back to the text. When
 * folding keeps the number of characters (almost always: it maps one
 * character to one), the paragraph's folded text is used and the map is
 * exact; otherwise each sentence is folded on its own and its characters
 * are mapped in proportion. */
static void
reader_fold (Reader            *reader,
             const TfParagraph *paragraph,
             gsize              length)
{
  const char *p = paragraph->folded, *q = paragraph->text;

  reader->folded = paragraph->folded;
  reader->length = length;
  reader_reserve (reader, reader->length);
  /* The map and the characters as if the characters were as many,
   * counting them. */
  while (*p != '\0' && *q != '\0')
    {
      const char *next = g_utf8_next_char (p);
      gsize at = (gsize) (p - paragraph->folded);

      reader->to_text[at] = (guint) (q - paragraph->text);
      reader->chars[at] = tf_extract_utf8_get (p);
      for (const char *r = p + 1; r < next; r++)
        {
          reader->to_text[r - paragraph->folded] = (guint) (q - paragraph->text);
          reader->chars[r - paragraph->folded] = (gunichar) -1;
        }
      p = next;
      q = g_utf8_next_char (q);
    }
  if (*p == '\0' && *q == '\0')
    {
      reader->to_text[reader->length] = (guint) strlen (paragraph->text);
      reader->chars[reader->length] = 0;
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

        for (const char *r = part; *r != '\0'; r = g_utf8_next_char (r), i++)
          {
            glong target = n_part > 0 ? i * n_orig / n_part : 0;
            guint offset = (guint) (g_utf8_offset_to_pointer (paragraph->text + start, target)
                                    - paragraph->text);

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
    decode_chars (reader);
  }
}

static gunichar
char_at (const Reader *reader,
         gsize         at)
{
  return reader->chars[at];
}

/* The original character at a folded offset: for capitals. */
static gunichar
text_char_at (const Reader *reader,
              gsize         at)
{
  return g_utf8_get_char (reader->text + reader->to_text[at]);
}

static Token *
push (Reader    *reader,
      TokenKind  kind,
      gsize      start,
      gsize      end)
{
  Token token = { 0 };

  token.kind = kind;
  token.start = (guint) start;
  token.end = (guint) end;
  g_array_append_val (reader->tokens, token);
  return &g_array_index (reader->tokens, Token, reader->tokens->len - 1);
}

static Token *
last_token (Reader *reader)
{
  return reader->tokens->len > 0
    ? &g_array_index (reader->tokens, Token, reader->tokens->len - 1) : NULL;
}

static gboolean
has_class (gunichar c,
           guint    classes)
{
  return (tf_extract_char_class (c) & classes) != 0;
}

static gboolean
is_han_at (const Reader *reader,
           gsize         at)
{
  return at < reader->length && has_class (char_at (reader, at), TF_CHAR_HAN);
}

static gboolean
is_function_char (gunichar c)
{
  return has_class (c, TF_CHAR_FUNCTION);
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
  if (tf_gazetteer_match (reader->self->gazetteer, reader->folded + at, reader->length - at, &n))
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

/* A letter of a Latin-script word: "Tomás", "Müller". */
static gboolean
is_latin_letter_at (const Reader *reader,
                    gsize         at)
{
  gunichar c;

  if (at >= reader->length)
    return FALSE;
  if ((guchar) reader->folded[at] < 0x80)
    return g_ascii_isalnum (reader->folded[at]);
  c = char_at (reader, at);
  return has_class (c, TF_CHAR_LATIN_LETTER);
}

static gboolean
is_capital_word_at (const Reader *reader,
                    gsize         at)
{
  return is_latin_letter_at (reader, at) && !g_ascii_isdigit (reader->folded[at])
         && has_class (text_char_at (reader, at), TF_CHAR_UPPER);
}

static gsize
word_end (const Reader *reader,
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
    gsize e = word_end (reader, at);

    if (tf_extract_is_latin_stop_word (reader->folded + at, e - at))
      return FALSE;
  }
  while (p < reader->length)
    {
      gsize e;
      TfSector s;

      if (is_capital_word_at (reader, p))
        {
          e = word_end (reader, p);
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
               && word_end (reader, p) == p + 2)
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

static void
tokenize (Reader *reader)
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
      numeric = tf_extract_may_start_date_or_count (reader->folded + at);
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
      entry = tf_gazetteer_match (reader->self->gazetteer, reader->folded + at,
                                  reader->length - at, &n);
      /* A Latin name the gazetteer knows is written with a capital or digit:
       * "meta" is not Meta. */
      if (entry != NULL && g_ascii_isalpha (reader->folded[at])
          && !has_class (text_char_at (reader, at), TF_CHAR_UPPER))
        entry = NULL;
      word = tf_extract_lexicon_match (reader->folded, at, reader->length, &m);
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

/* ---- reading the tokens ---- */

typedef struct
{
  guint first;   /* token indices of one sentence, [first, last) */
  guint last;
} Span;

static Token *
tok (Reader *reader,
     guint   i)
{
  return &g_array_index (reader->tokens, Token, i);
}

static gboolean
is_kind (Reader    *reader,
         guint      i,
         TokenKind  kind,
         guint      sub)
{
  Token *t = tok (reader, i);

  return t->kind == kind && t->sub == sub;
}

static guint
clause_start (Reader *reader,
              Span    sentence,
              guint   i)
{
  while (i > sentence.first && tok (reader, i - 1)->kind != TOKEN_CLAUSE_END)
    i--;
  return i;
}

static guint
clause_end (Reader *reader,
            Span    sentence,
            guint   i)
{
  while (i < sentence.last && tok (reader, i)->kind != TOKEN_CLAUSE_END)
    i++;
  return i;
}

static char *
text_span (Reader *reader,
           guint   start,
           guint   end)
{
  guint a = reader->to_text[start], b = reader->to_text[end];

  return g_strstrip (g_strndup (reader->text + a, b - a));
}

static gboolean
is_place (const Token *t)
{
  return t->kind == TOKEN_ORG || t->kind == TOKEN_PLACE;
}

static gboolean is_bare_descriptor (Reader *reader, const Token *x);

/* A person token that is not the subject: "张亚勤的脚步", "跟随X", "with X". */
static gboolean
is_subject (Reader *reader,
            Span    sentence,
            guint   i)
{
  if (i + 1 < sentence.last && is_kind (reader, i + 1, TOKEN_WORD, WORD_OF)
      && tok (reader, i + 1)->start == tok (reader, i)->end)
    return FALSE;
  if (i > sentence.first)
    {
      Token *before = tok (reader, i - 1);

      /* "Kevin Liu (刘凯文)": the name in brackets is the same person's. */
      if (before->kind == TOKEN_PERSON
          && memchr (reader->folded + before->end, '(', tok (reader, i)->start - before->end))
        return FALSE;
      if (before->kind == TOKEN_WORD
          && (before->sub == WORD_FOLLOW || before->sub == WORD_WITH || before->sub == WORD_TO
              || before->sub == WORD_FROM || before->sub == WORD_AND))
        return FALSE;
      if (before->kind == TOKEN_TRIGGER && !(before->flags & LEXICON_ACTIVE_HIRE))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  guint token;           /* the person or group token, or G_MAXUINT */
  gboolean resolved;     /* from a pronoun or no subject */
  char *name;            /* for a resolved pronoun */
  const TfGazetteerEntry *entry;
} Subject;

static void
subject_from_last (Reader  *reader,
                   Subject *subject)
{
  if (reader->last_subject_name != NULL)
    {
      subject->name = g_strdup (reader->last_subject_name);
      subject->resolved = TRUE;
    }
}

/* Who moves with trigger t. */
static Subject
find_subject (Reader *reader,
              Span    sentence,
              guint   t)
{
  Subject subject = { G_MAXUINT, FALSE, NULL, NULL };
  Token *trigger = tok (reader, t);
  guint start = clause_start (reader, sentence, t);

  if (reader->forced_subject != G_MAXUINT)
    {
      subject.token = reader->forced_subject;
      return subject;
    }

  if (trigger->flags & LEXICON_ACTIVE_HIRE)
    {
      for (guint i = t + 1; i < sentence.last; i++)
        {
          Token *x = tok (reader, i);

          if (x->kind == TOKEN_PERSON || x->kind == TOKEN_GROUP)
            {
              subject.token = i;
              return subject;
            }
          if (x->kind == TOKEN_PRONOUN)
            {
              subject_from_last (reader, &subject);
              return subject;
            }
          if (x->kind == TOKEN_TRIGGER)
            break;
        }
      return subject;
    }
  /* English: "B named X its chief", "B appointed X". */
  if (trigger->sub == TRIGGER_APPOINT && (trigger->flags & LEXICON_LATIN)
      && t + 1 < sentence.last && tok (reader, t + 1)->kind == TOKEN_PERSON
      && !(t > sentence.first && is_kind (reader, t - 1, TOKEN_WORD, WORD_PASSIVE)))
    {
      subject.token = t + 1;
      return subject;
    }
  /* The nearest person before the trigger in its clause, then in the
   * sentence's earlier clauses. */
  for (int pass = 0; pass < 2; pass++)
    {
      guint from = pass == 0 ? start : sentence.first;
      guint to = pass == 0 ? t : start;

      for (guint i = to; i > from; i--)
        {
          Token *x = tok (reader, i - 1);

          if ((x->kind == TOKEN_PERSON || x->kind == TOKEN_GROUP)
              && is_subject (reader, sentence, i - 1))
            {
              /* In earlier clauses the sentence's subject comes first. */
              if (pass == 1)
                {
                  for (guint k = sentence.first; k < i - 1; k++)
                    if ((tok (reader, k)->kind == TOKEN_PERSON
                         || tok (reader, k)->kind == TOKEN_GROUP)
                        && is_subject (reader, sentence, k))
                      {
                        subject.token = k;
                        return subject;
                      }
                }
              subject.token = i - 1;
              return subject;
            }
          if (x->kind == TOKEN_PRONOUN && is_subject (reader, sentence, i - 1))
            {
              /* "离开A之后，X并未…；直到今年9月，她才加入B": the person of
               * the sentence before any earlier one. */
              for (guint k = sentence.first; k < i - 1; k++)
                if (tok (reader, k)->kind == TOKEN_PERSON && is_subject (reader, sentence, k))
                  {
                    subject.token = k;
                    return subject;
                  }
              subject_from_last (reader, &subject);
              return subject;
            }
          if (x->kind == TOKEN_TRIGGER && pass == 0 && x->sub != tok (reader, t)->sub
              && !(x->flags & LEXICON_ACTIVE_HIRE))
            continue;
        }
    }
  /* "大牛们离职后", "学者离职": people in general; "阿里巴巴成立X": an
   * organization acting. Nobody's move, so no pronoun or earlier subject
   * either. */
  for (guint i = start; i < t; i++)
    {
      Token *x = tok (reader, i);

      if (x->kind == TOKEN_CUE && x->sub == CUE_GENERIC)
        return subject;
      if (x->kind == TOKEN_ORG && !(trigger->flags & LEXICON_ACTIVE_HIRE)
          && !(i > start && tok (reader, i - 1)->kind == TOKEN_WORD))
        {
          gboolean first = TRUE;

          for (guint k = start; k < i; k++)
            if (tok (reader, k)->kind != TOKEN_DATE && tok (reader, k)->kind != TOKEN_CUE)
              first = FALSE;
          if (first && (i + 1 == t || (tok (reader, i + 1)->kind != TOKEN_ROLE
                                       && tok (reader, i + 1)->kind != TOKEN_WORD)))
            return subject;
        }
    }
  if (t > start && tok (reader, t - 1)->kind == TOKEN_ROLE
      && !(t - 1 > start && (tok (reader, t - 2)->kind == TOKEN_PERSON
                             || is_kind (reader, t - 2, TOKEN_WORD, WORD_OF))))
    return subject;

  /* "刚刚离开某大厂AI研究院的明德说": the person the clause describes. */
  for (guint i = t + 1; i + 1 < sentence.last; i++)
    {
      Token *x = tok (reader, i);

      if (x->kind == TOKEN_CLAUSE_END || x->kind == TOKEN_TRIGGER)
        break;
      if (x->kind == TOKEN_WORD && x->sub == WORD_OF && tok (reader, i + 1)->kind == TOKEN_PERSON
          && i > t + 1 && is_place (tok (reader, i - 1)))
        {
          subject.token = i + 1;
          return subject;
        }
    }
  /* No subject: the person the paragraph was about. */
  subject_from_last (reader, &subject);
  return subject;
}

/* The place a trigger moves to or from: the first organization or place
 * after it in its clause, skipping titles. */
static guint
place_after (Reader *reader,
             Span    sentence,
             guint   t,
             gboolean within_clause)
{
  Token *trigger = tok (reader, t);

  for (guint i = t + 1; i < sentence.last; i++)
    {
      Token *x = tok (reader, i);

      /* "jumped ship from Spotify to Netflix": the first is where from. */
      if (is_place (x) && trigger->sub != TRIGGER_LEAVE && i > t + 1
          && is_kind (reader, i - 1, TOKEN_WORD, WORD_FROM))
        continue;
      if (is_place (x))
        return i;
      /* "joined Woven Planet", "left for Boston Dynamics": a name in the
       * place of an organization is one. */
      if (x->kind == TOKEN_PERSON && x->entry == NULL && (trigger->flags & LEXICON_LATIN)
          && trigger->sub != TRIGGER_HIRE && trigger->sub != TRIGGER_APPOINT
          && (i == t + 1 || (i == t + 2 && tok (reader, t + 1)->kind == TOKEN_WORD)))
        return i;
      if (x->kind == TOKEN_TRIGGER || x->kind == TOKEN_SENTENCE_END)
        break;
      if (x->kind == TOKEN_CLAUSE_END && within_clause)
        break;
      if (x->kind == TOKEN_PERSON && !(tok (reader, t)->flags & LEXICON_ACTIVE_HIRE)
          && tok (reader, t)->sub != TRIGGER_APPOINT)
        break;
    }
  return G_MAXUINT;
}

/* The organization in the person's title: "原蚂蚁集团副总裁、AI团队负责人漆远",
 * "former Google engineer X", "X, formerly of A,". */
static guint
place_of_person (Reader *reader,
                 Span    sentence,
                 guint   person)
{
  guint nearest = G_MAXUINT;

  for (guint i = person; i > sentence.first; i--)
    {
      Token *x = tok (reader, i - 1);

      /* "原蚂蚁集团副总裁、AI团队负责人X": the former employer is the one
       * after 原, not the nearest. */
      if (x->kind == TOKEN_ORG)
        {
          if (nearest == G_MAXUINT)
            nearest = i - 1;
          if (i >= 2 && is_kind (reader, i - 2, TOKEN_WORD, WORD_FORMER))
            return i - 1;
          continue;
        }
      if (x->kind == TOKEN_ROLE || x->kind == TOKEN_CLAUSE_END
          || (x->kind == TOKEN_WORD && (x->sub == WORD_AND || x->sub == WORD_FORMER
                                        || x->sub == WORD_OF || x->sub == WORD_OTHER)))
        {
          /* a comma inside a title list is fine, not a clause before it */
          if (x->kind == TOKEN_CLAUSE_END && !(i >= 2 && tok (reader, i - 2)->kind == TOKEN_ROLE))
            break;
          continue;
        }
      break;
    }
  if (nearest != G_MAXUINT)
    return nearest;
  /* "40名百度工程师": a group, then where they are from. */
  if (tok (reader, person)->kind == TOKEN_GROUP && person + 1 < sentence.last
      && tok (reader, person + 1)->kind == TOKEN_ORG)
    return person + 1;
  /* "X, formerly of A,", "X, a principal engineer at A,", "X, who ran
   * A's team,": an appositive between commas. */
  if (person + 2 < sentence.last && tok (reader, person + 1)->kind == TOKEN_CLAUSE_END)
    {
      guint org = G_MAXUINT;

      for (guint i = person + 2; i < sentence.last && i < person + 8; i++)
        {
          Token *x = tok (reader, i);

          if (x->kind == TOKEN_ORG && org == G_MAXUINT)
            org = i;
          else if (x->kind == TOKEN_CLAUSE_END)
            return org;
          else if (x->kind == TOKEN_TRIGGER || x->kind == TOKEN_PERSON
                   || x->kind == TOKEN_SENTENCE_END)
            break;
        }
    }
  return G_MAXUINT;
}

/* "在阿里云担任首席科学家五年之后，X加入B": the place of an earlier
 * clause that ends in 后 is where the person was. */
static guint
place_before_after_word (Reader *reader,
                         Span    sentence,
                         guint   clause,
                         guint   destination)
{
  guint end = clause;

  while (end > sentence.first + 1 && tok (reader, end - 1)->kind == TOKEN_CLAUSE_END)
    {
      guint start = clause_start (reader, sentence, end - 1);

      gboolean after = FALSE;

      for (guint i = start; i < end - 1; i++)
        {
          const Token *x = tok (reader, i);

          /* 后, after, or "七年后" */
          after = after || is_kind (reader, i, TOKEN_WORD, WORD_AFTER)
                  || (x->kind == TOKEN_DATE && x->relative == RELATIVE_YEAR && x->offset > 0
                      && tf_extract_date_from_context (x));
        }
      if (after)
        for (guint i = start; i < end - 1; i++)
          if (tok (reader, i)->kind == TOKEN_ORG && i != destination)
            return i;
      end = start;
    }
  return G_MAXUINT;
}

static guint
place_from_word (Reader *reader,
                 Span    sentence,
                 guint   before)
{
  for (guint i = sentence.first; i + 1 < sentence.last; i++)
    if (is_kind (reader, i, TOKEN_WORD, WORD_FROM) && is_place (tok (reader, i + 1))
        && i + 1 != before)
      return i + 1;
  return G_MAXUINT;
}

static gboolean
has_cue (Reader *reader,
         guint   from,
         guint   to,
         CueKind cue)
{
  for (guint i = from; i < to; i++)
    if (is_kind (reader, i, TOKEN_CUE, cue))
      return TRUE;
  return FALSE;
}

static const TfDate *
anchor_for (Reader      *reader,
            const Token *date,
            guint        at,
            const TfDate *article)
{
  /* "次年", "同年" and a bare month follow the paragraph's last absolute
   * date; "今年", "去年" the article's. */
  if (tf_extract_date_from_context (date) || date->relative == RELATIVE_MONTH_ONLY)
    for (guint i = at; i > 0; i--)
      {
        Token *x = tok (reader, i - 1);

        if (x->kind == TOKEN_DATE && x->relative == RELATIVE_NONE)
          return &x->date;
      }
  return article;
}

/* A date, not a stay ("四年"). */
static gboolean
is_date (const Token *x)
{
  return x->kind == TOKEN_DATE && x->relative != RELATIVE_DURATION;
}

static gboolean
find_date (Reader       *reader,
           Span          sentence,
           guint         t,
           TfDate       *date)
{
  guint start = clause_start (reader, sentence, t);
  guint end = clause_end (reader, sentence, t);
  guint best = G_MAXUINT;

  /* "加入滴滴五年", "入职四年": the stay right after the move says when
   * it began. */
  for (guint i = t + 1; i < end && i <= t + 2; i++)
    if (tok (reader, i)->kind == TOKEN_DATE && tok (reader, i)->relative == RELATIVE_DURATION)
      {
        if (i == t + 2 && !is_place (tok (reader, t + 1)))
          break;
        *date = tf_extract_resolve_date (tok (reader, i), &reader->source->date);
        return date->precision != TF_DATE_UNKNOWN;
      }
  /* The nearest date before, unless another move comes between: "moved
   * to Google in 2014 and went to Uber three years later". */
  for (guint i = t; i > start; i--)
    {
      if (tok (reader, i - 1)->kind == TOKEN_TRIGGER)
        break;
      if (is_date (tok (reader, i - 1)))
        {
          best = i - 1;
          break;
        }
    }
  /* "moved to Google in 2014 and went to Uber three years later": a date
   * of the clause's earlier move gives way to one after this trigger. */
  if (best != G_MAXUINT)
    {
      gboolean earlier_move = FALSE;

      for (guint i = start; i < best; i++)
        earlier_move = earlier_move || tok (reader, i)->kind == TOKEN_TRIGGER;
      for (guint i = t + 1; earlier_move && i < end; i++)
        {
          if (tok (reader, i)->kind == TOKEN_TRIGGER)
            break;
          if (is_date (tok (reader, i)))
            {
              best = i;
              break;
            }
        }
    }
  for (guint i = t + 1; best == G_MAXUINT && i < end; i++)
    if (is_date (tok (reader, i)))
      best = i;
  for (guint i = start; best == G_MAXUINT && i > sentence.first; i--)
    if (is_date (tok (reader, i - 1)))
      best = i - 1;
  if (best == G_MAXUINT)
    return FALSE;
  {
    const Token *d = tok (reader, best);
    const TfDate *anchor = anchor_for (reader, d, best, &reader->source->date);

    *date = tf_extract_resolve_date (d, anchor);
    /* A month with no year, later in the year than the article: last year's. */
    if (d->relative == RELATIVE_MONTH_ONLY && anchor == &reader->source->date
        && anchor->month > 0 && date->month > anchor->month + 1)
      date->year--;
    return date->precision != TF_DATE_UNKNOWN;
  }
}

/* "机器人公司深蓝动力", "视频生成公司“镜像科技”": a description ending in
 * 公司 and the company's name right after it, plain or quoted. Returns
 * the name's folded span, or FALSE. */
static gboolean
name_after_description (Reader      *reader,
                        const Token *x,
                        guint       *start,
                        guint       *end)
{
  gsize at = x->end;
  gboolean quoted = FALSE;
  guint chars = 0;

  if (x->entry != NULL || x->kind != TOKEN_ORG || x->end - x->start < 6
      || memcmp (reader->folded + x->end - 6, "公司", 6) != 0)
    return FALSE;
  /* "AI公司Element AI", but not "公司董事长". */
  for (guint i = 0; i < reader->tokens->len; i++)
    {
      const Token *next = tok (reader, i);

      if (next->start == x->end && next->end > next->start)
        {
          if (next->kind == TOKEN_ORG)
            {
              *start = next->start;
              *end = next->end;
              return TRUE;
            }
          return FALSE;
        }
    }
  /* "Woebot公司": the name is before. */
  for (guint i = x->start; i < x->end - 6; i++)
    if (g_ascii_isalnum (reader->folded[i]))
      return FALSE;
  if (at < reader->length)
    {
      gunichar c = char_at (reader, at);

      if (c == 0x201C || c == 0x300C || c == '"')
        {
          quoted = TRUE;
          at = g_utf8_next_char (reader->folded + at) - reader->folded;
        }
    }
  *start = (guint) at;
  while (at < reader->length && chars < 12)
    {
      gunichar c = char_at (reader, at);

      if (quoted ? (c == 0x201D || c == 0x300D || c == '"')
                 : !has_class (c, TF_CHAR_HAN | TF_CHAR_ALNUM) || is_function_char (c))
        break;
      at = g_utf8_next_char (reader->folded + at) - reader->folded;
      chars++;
    }
  *end = (guint) at;
  /* A plain name ends the phrase: "公司深蓝动力。", not "公司工作十年的". */
  if (!quoted && at < reader->length && is_han_at (reader, at))
    return FALSE;
  return chars >= 2 && chars < 12;
}

/* "公司" alone, with no name after it: "出任公司首席科学家". */
static gboolean
is_bare_descriptor (Reader      *reader,
                    const Token *x)
{
  guint start, end;

  return x->kind == TOKEN_ORG && x->entry == NULL && x->end - x->start == 6
         && memcmp (reader->folded + x->start, "公司", 6) == 0
         && !name_after_description (reader, x, &start, &end);
}

static void
place_set (Reader           *reader,
           TfSuggestedPlace *place,
           const Token      *x)
{
  guint start, end;

  if (name_after_description (reader, x, &start, &end))
    {
      place->name = text_span (reader, start, end);
      place->sector = TF_SECTOR_STARTUP;
      place->sector_known = TRUE;
      return;
    }
  /* "创办了一家AI教育公司": a company not named, a startup. */
  if (x->entry == NULL && x->kind == TOKEN_ORG
      && (g_str_has_prefix (reader->folded + x->start, "一家")
          || g_str_has_prefix (reader->folded + x->start, "一间")))
    {
      place->name = g_strdup ("创业");
      place->sector = TF_SECTOR_STARTUP;
      place->sector_known = TRUE;
      place->unnamed = TRUE;
      return;
    }
  place->name = text_span (reader, x->start, x->end);
  /* "Woebot公司" is Woebot. */
  if (x->entry == NULL && x->end - x->start > 6
      && memcmp (reader->folded + x->end - 6, "公司", 6) == 0
      && g_ascii_isalnum (reader->folded[x->end - 7]))
    {
      g_free (place->name);
      place->name = text_span (reader, x->start, x->end - 6);
    }
  place->sector = x->sector;
  place->sector_known = x->sector_known;
  place->unnamed = x->kind == TOKEN_PLACE;
  if (x->entry != NULL)
    place->org_id = g_strdup (x->entry->id);
}

static void
place_set_lane (TfSuggestedPlace *place,
                TfSector          sector,
                const char       *label)
{
  place->name = g_strdup (label);
  place->sector = sector;
  place->sector_known = TRUE;
  place->unnamed = TRUE;
}

/* "joined PhonePe", "left for Vektorwerk", "Perplexity has recruited":
 * capitalised words where an organization goes, when none was
 * recognised. at is a folded offset; the words must start there. */
static gboolean
latin_name_at (Reader           *reader,
               gsize             at,
               TfSuggestedPlace *place)
{
  gsize end = at;
  guint words = 0;

  while (at < reader->length && reader->folded[at] == ' ')
    at++;
  if (strncmp (reader->folded + at, "the ", 4) == 0)
    at += 4;
  end = at;
  while (words < 4 && is_capital_word_at (reader, end))
    {
      gsize e = word_end (reader, end);

      if (tf_extract_is_latin_stop_word (reader->folded + end, e - end))
        break;
      words++;
      end = e;
      if (end >= 1 && reader->folded[end - 1] == '\'')
        {
          end--;
          break;
        }
      if (!(end + 1 < reader->length && reader->folded[end] == ' '
            && is_capital_word_at (reader, end + 1)))
        break;
      end++;
    }
  while (end > at && (reader->folded[end - 1] == '.' || reader->folded[end - 1] == ' '))
    end--;
  if (words == 0)
    return FALSE;
  place->name = text_span (reader, (guint) at, (guint) end);
  return TRUE;
}

/* The same after the trigger, or after the "at", "for" or "to" that
 * follows it in its clause. */
static gboolean
latin_name_after (Reader           *reader,
                  Span              sentence,
                  guint             t,
                  TfSuggestedPlace *place)
{
  if (!(tok (reader, t)->flags & LEXICON_LATIN))
    return FALSE;
  if (latin_name_at (reader, tok (reader, t)->end, place))
    return TRUE;
  for (guint i = t + 1; i < sentence.last && i < t + 6; i++)
    {
      Token *x = tok (reader, i);

      if (x->kind == TOKEN_CLAUSE_END || x->kind == TOKEN_TRIGGER)
        break;
      if (x->kind == TOKEN_WORD && (x->sub == WORD_AT || x->sub == WORD_TO))
        return latin_name_at (reader, x->end, place);
    }
  return FALSE;
}

/* "国泰金控今（5）日宣布，…": the Han characters that open a sentence
 * before a date and 宣布 (or 宣布 alone) name who announces it. */
static gboolean
announcer_name (Reader           *reader,
                Span              sentence,
                TfSuggestedPlace *place)
{
  guint first = sentence.first;
  gsize start = first > 0 ? tok (reader, first - 1)->end : 0, at = start;
  guint chars = 0;

  if (first >= sentence.last)
    return FALSE;
  if (!(is_kind (reader, first, TOKEN_WORD, WORD_SAY)
        || (first + 1 < sentence.last && tok (reader, first)->kind == TOKEN_DATE
            && is_kind (reader, first + 1, TOKEN_WORD, WORD_SAY))))
    return FALSE;
  while (at < reader->length && reader->folded[at] == ' ')
    at++;
  start = at;
  while (at < tok (reader, first)->start && is_han_at (reader, at)
         && !is_function_char (char_at (reader, at)))
    {
      at = g_utf8_next_char (reader->folded + at) - reader->folded;
      chars++;
    }
  if (at != tok (reader, first)->start || chars < 2 || chars > 8)
    return FALSE;
  place->name = text_span (reader, (guint) start, (guint) at);
  return TRUE;
}

/* "转赴宏碁，": after a strong join, two to six Han characters up to the
 * end of the clause or a title are an organization nobody knows. */
static gboolean
han_name_after (Reader           *reader,
                Span              sentence,
                guint             t,
                TfSuggestedPlace *place)
{
  gsize at = tok (reader, t)->end, start;
  guint chars = 0;
  gsize stop = t + 1 < reader->tokens->len ? tok (reader, t + 1)->start : reader->length;

  if (at < reader->length && char_at (reader, at) == 0x4E86 /* 了 */)
    at = g_utf8_next_char (reader->folded + at) - reader->folded;
  start = at;
  while (at < stop && is_han_at (reader, at) && !is_function_char (char_at (reader, at)))
    {
      at = g_utf8_next_char (reader->folded + at) - reader->folded;
      chars++;
    }
  if (at != stop || chars < 2 || chars > 6 || t + 1 >= sentence.last + 1)
    return FALSE;
  {
    TokenKind next = tok (reader, t + 1)->kind;

    if (!(next == TOKEN_CLAUSE_END || next == TOKEN_SENTENCE_END || next == TOKEN_ROLE
          || next == TOKEN_TRIGGER || (next == TOKEN_WORD && tok (reader, t + 1)->sub == WORD_AS)))
      return FALSE;
  }
  place->name = text_span (reader, (guint) start, (guint) at);
  return TRUE;
}

/* "成立了华深智药。": a new company nobody knows yet, named right after
 * the founding, up to the end of the phrase. */
static gboolean
new_name_after (Reader           *reader,
                const Token      *trigger,
                TfSuggestedPlace *place)
{
  gsize at = trigger->end;
  guint chars = 0;
  gsize start;

  if (at < reader->length && char_at (reader, at) == 0x4E86 /* 了 */)
    at = g_utf8_next_char (reader->folded + at) - reader->folded;
  else if (trigger->flags & LEXICON_WEAK)
    return FALSE;  /* "成立不久": 成立 without 了 is rarely a founding */
  start = at;
  while (at < reader->length && chars <= 10 && is_han_at (reader, at)
         && !is_function_char (char_at (reader, at)))
    {
      at = g_utf8_next_char (reader->folded + at) - reader->folded;
      chars++;
    }
  if (chars < 2 || chars > 10
      || (at < reader->length && has_class (char_at (reader, at), TF_CHAR_ALNUM)))
    return FALSE;
  place->name = text_span (reader, (guint) start, (guint) at);
  place->sector = TF_SECTOR_STARTUP;
  place->sector_known = TRUE;
  return TRUE;
}

/* "创办了一家面向餐饮门店的智能排班公司": a company the text does not
 * name is a lane, a startup when founded; "一家名为声澜智能的初创公司":
 * unless it names it after 名为. */
static void
unnamed_company (Reader           *reader,
                 const Token      *trigger,
                 const Token      *place,
                 TfSuggestedPlace *out)
{
  const char *from = reader->folded + trigger->end;
  const char *to = reader->folded + place->start;
  g_autofree char *between = NULL;
  const char *named;

  if (place->entry != NULL || place->start < trigger->end || place->start - trigger->end > 60)
    return;
  between = g_strndup (from, (gsize) (to - from));
  if (strstr (between, "一家") == NULL && strstr (between, "一间") == NULL)
    return;
  g_clear_pointer (&out->name, g_free);
  g_clear_pointer (&out->org_id, g_free);
  named = strstr (between, "名为");
  if (named != NULL)
    {
      const char *start = named + strlen ("名为");
      const char *end = strstr (start, "的");
      guint a = trigger->end + (guint) (start - between);
      guint b = end != NULL ? trigger->end + (guint) (end - between) : place->start;

      if (b > a)
        {
          out->name = text_span (reader, a, b);
          out->sector = TF_SECTOR_STARTUP;
          out->sector_known = TRUE;
          return;
        }
    }
  if (trigger->sub == TRIGGER_FOUND)
    place_set_lane (out, TF_SECTOR_STARTUP, "创业");
  else
    place_set_lane (out, TF_SECTOR_COMPANY, "业界");
}

/* The root of an organization in the gazetteer, for transfers inside a group. */
static const char *
root_of (TfGazetteer            *gazetteer,
         const TfGazetteerEntry *entry)
{
  for (guint depth = 0; entry != NULL && entry->parent_id != NULL && depth < 8; depth++)
    {
      const TfGazetteerEntry *parent = tf_gazetteer_lookup_id (gazetteer, entry->parent_id);

      if (parent == NULL)
        break;
      entry = parent;
    }
  return entry != NULL ? entry->id : NULL;
}

static char *
role_after (Reader *reader,
            Span    sentence,
            guint   place)
{
  guint end = clause_end (reader, sentence, place);
  guint last_role = G_MAXUINT;

  for (guint i = place + 1; i < end; i++)
    {
      Token *x = tok (reader, i);

      if (x->kind == TOKEN_ROLE)
        last_role = i;
      else if (x->kind == TOKEN_TRIGGER || x->kind == TOKEN_PERSON || x->kind == TOKEN_DATE)
        break;
    }
  if (last_role == G_MAXUINT)
    return NULL;
  {
    guint start = tok (reader, place)->end;
    guint stop = tok (reader, last_role)->end;

    if (stop - start > 90)
      return NULL;
    return text_span (reader, start, stop);
  }
}

/* The quote: the sentence, or in a long one the clauses from the first
 * token of the move to the last. */
static void
set_quote (Reader       *reader,
           TfSuggestion *suggestion,
           Span          sentence,
           guint         first,
           guint         last)
{
  guint start_token = sentence.first, end_token = sentence.last;
  guint start, end;
  const char *text = reader->text;

  start = start_token < reader->tokens->len ? tok (reader, start_token)->start : 0;
  if (sentence.first > 0)
    start = tok (reader, sentence.first - 1)->end;
  end = tok (reader, end_token)->start;
  if (g_utf8_strlen (reader->folded + start, end - start) > LONG_SENTENCE)
    {
      guint a = clause_start (reader, sentence, first);
      guint b = clause_end (reader, sentence, last);

      start = a > 0 && a > sentence.first ? tok (reader, a - 1)->end : start;
      end = b < sentence.last ? tok (reader, b)->start : end;
    }
  start = reader->to_text[start];
  end = reader->to_text[end];
  while (start < end && g_ascii_isspace (text[start]))
    start++;
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  suggestion->quote_start = start;
  suggestion->quote_end = end;
  {
    g_autofree char *exact = g_strndup (text + start, end - start);
    const char *prefix_start = text + start;
    const char *suffix_end = text + end;

    for (guint k = 0; k < QUOTE_CONTEXT && prefix_start > text; k++)
      prefix_start = g_utf8_prev_char (prefix_start);
    for (guint k = 0; k < QUOTE_CONTEXT && *suffix_end != '\0'; k++)
      suffix_end = g_utf8_next_char (suffix_end);
    {
      g_autofree char *prefix = g_strndup (prefix_start, (gsize) (text + start - prefix_start));
      g_autofree char *suffix = g_strndup (text + end, (gsize) (suffix_end - (text + end)));

      suggestion->evidence = tf_evidence_new (reader->source->id, exact, prefix, suffix);
    }
  }
}

static void
remember_subject (Reader       *reader,
                  const char   *name)
{
  g_free (reader->last_subject_name);
  reader->last_subject_name = g_strdup (name);
  reader->last_subject_paragraph = reader->index;
}

static double
clamp_confidence (double value)
{
  return CLAMP (value, 0.05, 0.99);
}

/* Makes the suggestion of trigger t, or nothing. to_index overrides the
 * destination (a list after 先后); from_index the origin. */
static TfSuggestion *
suggest (Reader *reader,
         Span    sentence,
         guint   t,
         guint   to_index,
         guint   from_index,
         guint  *last_used)
{
  Token *trigger = tok (reader, t);
  guint start = clause_start (reader, sentence, t);
  g_autoptr(TfSuggestion) suggestion = tf_suggestion_new ();
  Subject subject;
  guint last = t;
  double confidence = 0.75;
  gboolean weak = (trigger->flags & LEXICON_WEAK) != 0;

  reader->destination = G_MAXUINT;
  reader->subject = G_MAXUINT;

  /* Static positions, blocked triggers, negations. */
  for (guint i = t; i > start; i--)
    {
      Token *x = tok (reader, i - 1);

      if (x->kind == TOKEN_WORD && x->sub == WORD_OF)
        break;  /* "曾任腾讯副总裁的X加入百度": the cue is about the title */
      if (x->kind == TOKEN_CUE && (x->sub == CUE_STATIC || x->sub == CUE_LIST
                                   || x->sub == CUE_BLOCK))
        return NULL;
      if (x->kind == TOKEN_CUE && x->sub == CUE_NOT_MOVE && weak)
        return NULL;
    }
  if (t > sentence.first && is_kind (reader, t - 1, TOKEN_CUE, CUE_NEGATION)
      && trigger->start - tok (reader, t - 1)->end <= 6)
    return NULL;
  if (t > sentence.first + 1 && is_kind (reader, t - 2, TOKEN_CUE, CUE_NEGATION)
      && tok (reader, t - 1)->kind == TOKEN_CUE)
    return NULL;

  /* "iDST就此创立": the organization was founded; nobody moved. */
  if (trigger->sub == TRIGGER_FOUND && !(trigger->flags & LEXICON_TO_STARTUP)
      && place_after (reader, sentence, t, TRUE) == G_MAXUINT && t > start
      && tok (reader, t - 1)->kind == TOKEN_ORG)
    return NULL;

  /* "两大去向：创业和回归学术": a list of nouns. */
  if (t >= start + 2 && is_kind (reader, t - 1, TOKEN_WORD, WORD_AND)
      && tok (reader, t - 2)->kind == TOKEN_TRIGGER)
    return NULL;

  /* "接替即将退休的前任", "离开大厂的科学家之一": a description of
   * someone, not a move. */
  for (guint i = t + 1; i + 1 < sentence.last && i <= t + 2; i++)
    if (is_kind (reader, i, TOKEN_WORD, WORD_OF) && tok (reader, i + 1)->kind == TOKEN_ROLE
        && (i == t + 1 || is_place (tok (reader, t + 1))))
      return NULL;

  /* "创业热潮": 创业 as a noun. */
  if ((trigger->flags & LEXICON_TO_STARTUP) && weak && t + 1 < reader->tokens->len
      && !(tok (reader, t + 1)->kind == TOKEN_CLAUSE_END
           || tok (reader, t + 1)->kind == TOKEN_SENTENCE_END))
    return NULL;

  subject = find_subject (reader, sentence, t);
  if (subject.token == G_MAXUINT && subject.name == NULL)
    return NULL;
  if (subject.token != G_MAXUINT)
    {
      Token *who = tok (reader, subject.token);

      if (who->kind == TOKEN_GROUP)
        {
          suggestion->group_size = who->count;
          suggestion->group_label = text_span (reader, who->start, who->end);
        }
      else
        {
          suggestion->person = text_span (reader, who->start, who->end);
          if (who->entry != NULL)
            {
              suggestion->person_id = g_strdup (who->entry->id);
              g_free (suggestion->person);
              suggestion->person = g_strdup (who->entry->name);
            }
        }
      last = MAX (last, subject.token);
    }
  else
    {
      suggestion->person = g_steal_pointer (&subject.name);
      confidence -= 0.15;
    }
  g_free (subject.name);

  /* Where to. */
  switch ((TriggerRole) trigger->sub)
    {
    case TRIGGER_LEAVE:
      {
        guint origin = from_index;

        if (origin == G_MAXUINT)
          origin = place_after (reader, sentence, t, TRUE);

        if (origin != G_MAXUINT && is_bare_descriptor (reader, tok (reader, origin)))
          origin = G_MAXUINT;
        if (origin == G_MAXUINT)
          {
            guint w = place_from_word (reader, sentence, G_MAXUINT);

            origin = w != G_MAXUINT && w < t ? w : G_MAXUINT;
          }
        if (origin == G_MAXUINT && subject.token != G_MAXUINT)
          origin = place_of_person (reader, sentence, subject.token);
        /* "After 31 years at IBM Research, X retired" */
        if (origin == G_MAXUINT)
          origin = place_before_after_word (reader, sentence, start, G_MAXUINT);
        /* "left for Anthropic", "left Amazon for ByteDance": a join. */
        if (origin != G_MAXUINT && origin == t + 2 && is_kind (reader, t + 1, TOKEN_WORD, WORD_TO))
          {
            place_set (reader, &suggestion->to, tok (reader, origin));
            reader->destination = origin;
            origin = subject.token != G_MAXUINT
              ? place_of_person (reader, sentence, subject.token) : G_MAXUINT;
            suggestion->kind = TF_MOVE_JOIN;
          }
        else if (origin != G_MAXUINT && origin + 2 < sentence.last
                 && is_kind (reader, origin + 1, TOKEN_WORD, WORD_TO)
                 && is_place (tok (reader, origin + 2)))
          {
            place_set (reader, &suggestion->to, tok (reader, origin + 2));
            reader->destination = origin + 2;
            suggestion->kind = TF_MOVE_JOIN;
            last = MAX (last, origin + 2);
          }
        /* "left for Vektorwerk", "left Lyft for Woven": a name nobody knows. */
        if (suggestion->to.name == NULL && (trigger->flags & LEXICON_LATIN))
          {
            guint after = origin != G_MAXUINT ? origin : t;

            /* "left A in June for a role at B": the "for" within a few words */
            for (guint k = after + 1; k < sentence.last && k <= after + 3; k++)
              {
                if (tok (reader, k)->kind == TOKEN_CLAUSE_END
                    || tok (reader, k)->kind == TOKEN_TRIGGER)
                  break;
                if (is_kind (reader, k, TOKEN_WORD, WORD_TO)
                    && (latin_name_at (reader, tok (reader, k)->end, &suggestion->to)
                        || latin_name_after (reader, sentence, k, &suggestion->to)))
                  {
                    suggestion->kind = TF_MOVE_JOIN;
                    break;
                  }
              }
          }
        if (origin != G_MAXUINT)
          {
            place_set (reader, &suggestion->from, tok (reader, origin));
            last = MAX (last, origin);
          }
        if (trigger->flags & LEXICON_TO_STARTUP)
          {
            place_set_lane (&suggestion->to, TF_SECTOR_STARTUP,
                            tf_text_detect_script (reader->text) == TF_SCRIPT_LATIN ? "startup"
                            : "创业");
            suggestion->kind = TF_MOVE_FOUND;
          }
        else
          suggestion->kind = TF_MOVE_LEAVE;
      }
      break;
    case TRIGGER_FOUND:
    case TRIGGER_JOIN:
    case TRIGGER_RETURN:
    case TRIGGER_APPOINT:
    case TRIGGER_HIRE:
    default:
      {
        guint destination = to_index;

        if (destination == G_MAXUINT && trigger->sub == TRIGGER_HIRE)
          {
            /* the one who hires: the first organization of the clause
             * that is not where they come from */
            for (guint i = sentence.first; i < t; i++)
              if (tok (reader, i)->kind == TOKEN_ORG
                  && !(i > sentence.first && is_kind (reader, i - 1, TOKEN_WORD, WORD_FROM))
                  && !(i > sentence.first && is_kind (reader, i - 1, TOKEN_WORD, WORD_OF))
                  && !(i > sentence.first && is_kind (reader, i - 1, TOKEN_WORD, WORD_FORMER)))
                {
                  destination = i;
                  break;
                }
          }
        if (destination == G_MAXUINT && trigger->sub == TRIGGER_HIRE
            && (trigger->flags & LEXICON_LATIN)
            && latin_name_at (reader, start > 0 ? tok (reader, start - 1)->end : 0,
                              &suggestion->to))
          ;
        else if (destination == G_MAXUINT && trigger->sub != TRIGGER_HIRE)
          destination = place_after (reader, sentence, t, TRUE);
        if (destination != G_MAXUINT && (trigger->flags & LEXICON_TO_STARTUP)
            && destination != t + 1)
          destination = G_MAXUINT;
        if (destination != G_MAXUINT && is_bare_descriptor (reader, tok (reader, destination)))
          destination = G_MAXUINT;
        /* "蚂蚁集团确认，X将在年底加入": the organization that says so. */
        if (destination == G_MAXUINT && subject.token != G_MAXUINT)
          for (guint i = sentence.first; i + 1 < subject.token; i++)
            if (tok (reader, i)->kind == TOKEN_ORG
                && (is_kind (reader, i + 1, TOKEN_WORD, WORD_SAY)
                    || (i + 2 < subject.token && tok (reader, i + 1)->kind == TOKEN_DATE
                        && is_kind (reader, i + 2, TOKEN_WORD, WORD_SAY))))
              {
                destination = i;
                break;
              }
        /* "国泰金控今（5）日宣布": a name nobody knows, saying so. */
        if (destination == G_MAXUINT && suggestion->to.name == NULL && subject.token != G_MAXUINT
            && trigger->sub != TRIGGER_LEAVE)
          announcer_name (reader, sentence, &suggestion->to);
        /* "商汤科技宣布，…X出任公司首席科学家": the organization that
         * announces it, when the appointment names none. */
        if (destination == G_MAXUINT && trigger->sub == TRIGGER_APPOINT
            && subject.token != G_MAXUINT)
          {
            guint own = place_of_person (reader, sentence, subject.token);

            for (guint i = sentence.first; i < subject.token; i++)
              if (tok (reader, i)->kind == TOKEN_ORG && i != own)
                {
                  destination = i;
                  break;
                }
          }
        /* "AI Lab总监李磊入职四年": where the title says. */
        if (destination == G_MAXUINT && t + 1 < sentence.last
            && tok (reader, t + 1)->kind == TOKEN_DATE
            && tok (reader, t + 1)->relative == RELATIVE_DURATION && subject.token != G_MAXUINT)
          destination = place_of_person (reader, sentence, subject.token);
        /* "赴清华大学任职": the place comes first. */
        if (destination == G_MAXUINT && t > start + 1 && is_place (tok (reader, t - 1))
            && t >= 2 && is_kind (reader, t - 2, TOKEN_WORD, WORD_TO))
          destination = t - 1;
        /* "in 2019 he joined …" with the weak ones: the place right after */
        if (destination != G_MAXUINT && weak && destination > t + 1
            && !(destination == t + 2 && tok (reader, t + 1)->kind == TOKEN_WORD))
          destination = G_MAXUINT;
        if (destination != G_MAXUINT)
          {
            Token *d = tok (reader, destination);
            guint after = destination + 1;

            /* "加入这场竞赛", "joined the race": not a place */
            while (after < sentence.last && tok (reader, after)->kind == TOKEN_WORD
                   && tok (reader, after)->sub == WORD_OF)
              after++;
            if (after < sentence.last && is_kind (reader, after, TOKEN_CUE, CUE_METAPHOR))
              return NULL;
            place_set (reader, &suggestion->to, d);
            reader->destination = destination;
            unnamed_company (reader, trigger, d, &suggestion->to);
            if (trigger->sub != TRIGGER_HIRE)
              suggestion->role = role_after (reader, sentence, destination);
            last = MAX (last, destination);
          }
        else if (suggestion->to.name != NULL)
          ;  /* named above: capitalised words or who announces it */
        else if (trigger->sub == TRIGGER_FOUND && !(trigger->flags & LEXICON_TO_STARTUP)
                 && new_name_after (reader, trigger, &suggestion->to))
          ;
        else if (trigger->sub != TRIGGER_HIRE && !(trigger->flags & LEXICON_TO_STARTUP)
                 && latin_name_after (reader, sentence, t, &suggestion->to))
          confidence -= 0.1;
        else if (trigger->sub == TRIGGER_JOIN && !weak
                 && han_name_after (reader, sentence, t, &suggestion->to))
          confidence -= 0.15;
        else if (trigger->flags & LEXICON_TO_STARTUP)
          place_set_lane (&suggestion->to, TF_SECTOR_STARTUP,
                          (trigger->flags & LEXICON_LATIN) ? "startup" : "创业");
        else if (trigger->flags & LEXICON_TO_ACADEMIA)
          place_set_lane (&suggestion->to, TF_SECTOR_ACADEMIA,
                          (trigger->flags & LEXICON_LATIN) ? "academia" : "学界");
        else
          return NULL;
        suggestion->kind = trigger->move_kind;

        /* Where from. */
        if (from_index == G_MAXUINT)
          {
            guint w = place_from_word (reader, sentence, destination);

            if (w != G_MAXUINT && w != destination)
              from_index = w;
            else if (subject.token != G_MAXUINT)
              from_index = place_of_person (reader, sentence, subject.token);
            if (from_index == G_MAXUINT)
              from_index = place_before_after_word (reader, sentence, start, destination);
          }
        if (from_index != G_MAXUINT && from_index != destination)
          {
            place_set (reader, &suggestion->from, tok (reader, from_index));
            confidence += 0.05;
          }
      }
      break;
    }
  if (suggestion->to.name == NULL && suggestion->from.name == NULL)
    return NULL;

  /* What kind of move. */
  if (suggestion->kind != TF_MOVE_FOUND && suggestion->kind != TF_MOVE_LEAVE)
    {
      TfGazetteer *gazetteer = reader->self->gazetteer;
      const TfGazetteerEntry *from = suggestion->from.org_id != NULL
        ? tf_gazetteer_lookup_id (gazetteer, suggestion->from.org_id) : NULL;
      const TfGazetteerEntry *to = suggestion->to.org_id != NULL
        ? tf_gazetteer_lookup_id (gazetteer, suggestion->to.org_id) : NULL;

      if (from != NULL && to != NULL && from == to)
        suggestion->kind = TF_MOVE_APPOINTED;
      else if (from != NULL && to != NULL
               && g_strcmp0 (root_of (gazetteer, from), root_of (gazetteer, to)) == 0)
        suggestion->kind = TF_MOVE_TRANSFER;
      else if (suggestion->to.sector_known && suggestion->to.sector == TF_SECTOR_ACADEMIA
               && (trigger->sub == TRIGGER_RETURN
                   || (suggestion->from.sector_known
                       && suggestion->from.sector != TF_SECTOR_ACADEMIA)))
        suggestion->kind = TF_MOVE_RETURN_ACADEMIA;
      else if (suggestion->kind == TF_MOVE_APPOINTED)
        ;
      else
        suggestion->kind = trigger->sub == TRIGGER_FOUND ? TF_MOVE_FOUND : TF_MOVE_JOIN;
    }

  /* When, and how sure. */
  if (find_date (reader, sentence, t, &suggestion->date))
    confidence += 0.1;
  else if (weak)
    confidence -= 0.1;
  if (has_cue (reader, sentence.first, sentence.last, CUE_RUMOUR))
    suggestion->status = TF_MOVE_STATUS_RUMOURED;
  else if ((trigger->flags & LEXICON_PLANNED) || has_cue (reader, start, t, CUE_PLAN)
           || (t + 1 < sentence.last && is_kind (reader, t - (t > 0 ? 1 : 0), TOKEN_CUE, CUE_PLAN)))
    suggestion->status = TF_MOVE_STATUS_PLANNED;
  if (suggestion->status != TF_MOVE_STATUS_REPORTED)
    confidence -= 0.1;
  if (weak)
    confidence -= 0.2;
  if (suggestion->to.name != NULL && !suggestion->to.unnamed && suggestion->to.org_id == NULL)
    confidence -= 0.05;
  suggestion->confidence = clamp_confidence (confidence);
  suggestion->paragraph = reader->index;
  set_quote (reader, suggestion, sentence, MIN (t, subject.token), last);
  if (last_used != NULL)
    *last_used = last;
  reader->subject = subject.token;
  if (suggestion->person != NULL)
    remember_subject (reader, suggestion->person);
  return g_steal_pointer (&suggestion);
}

static gboolean
same_person (const TfSuggestion *a,
             const TfSuggestion *b)
{
  return g_strcmp0 (a->person, b->person) == 0 && g_strcmp0 (a->group_label, b->group_label) == 0;
}

/* A join derived from a stay: "X，在腾讯待了17年", "X任字节AI Lab主任三年",
 * i at the 在 or 任. Its date is the article's year less the stay. */
static TfSuggestion *
suggest_stay (Reader *reader,
              Span    sentence,
              guint   i)
{
  g_autoptr(TfSuggestion) suggestion = NULL;
  guint org = i + 1, k = i + 2, person = G_MAXUINT;
  const Token *duration;

  if (!(is_kind (reader, i, TOKEN_WORD, WORD_AT) || is_kind (reader, i, TOKEN_WORD, WORD_AS))
      || tok (reader, org)->kind != TOKEN_ORG)
    return NULL;
  while (k < sentence.last && (tok (reader, k)->kind == TOKEN_ROLE
                               || is_kind (reader, k, TOKEN_WORD, WORD_DURATION)))
    k++;
  if (k >= sentence.last || tok (reader, k)->kind != TOKEN_DATE
      || tok (reader, k)->relative != RELATIVE_DURATION)
    return NULL;
  duration = tok (reader, k);
  for (guint p = sentence.first; p < i; p++)
    if (tok (reader, p)->kind == TOKEN_PERSON && is_subject (reader, sentence, p))
      {
        person = p;
        break;
      }
  if (person == G_MAXUINT)
    return NULL;
  suggestion = tf_suggestion_new ();
  suggestion->person = tok (reader, person)->entry != NULL
    ? g_strdup (tok (reader, person)->entry->name)
    : text_span (reader, tok (reader, person)->start, tok (reader, person)->end);
  place_set (reader, &suggestion->to, tok (reader, org));
  suggestion->kind = TF_MOVE_JOIN;
  suggestion->date = tf_extract_resolve_date (duration, &reader->source->date);
  suggestion->confidence = 0.5;
  suggestion->paragraph = reader->index;
  set_quote (reader, suggestion, sentence, person, k);
  return g_steal_pointer (&suggestion);
}

/* Whether a sentence speaks of the person of a suggestion: their name, a
 * part of an English one ("Menon"), or a pronoun. */
static gboolean
names_person (Reader             *reader,
              Span                sentence,
              const TfSuggestion *suggestion)
{
  guint start = sentence.first > 0 ? tok (reader, sentence.first - 1)->end : 0;
  guint end = tok (reader, sentence.last)->start;
  g_autofree char *text = g_strndup (reader->folded + start, end - start);
  g_autofree char *name = NULL;
  g_auto(GStrv) words = NULL;

  if (suggestion->person == NULL)
    return FALSE;
  for (guint i = sentence.first; i < sentence.last; i++)
    if (tok (reader, i)->kind == TOKEN_PRONOUN)
      return TRUE;
  name = tf_text_fold (suggestion->person, -1);
  if (strstr (text, name) != NULL)
    return TRUE;
  words = g_strsplit (name, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) >= 3 && strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
read_sentence (Reader *reader,
               Span    sentence)
{
  gboolean denial = has_cue (reader, sentence.first, sentence.last, CUE_DENIAL);
  gboolean death = has_cue (reader, sentence.first, sentence.last, CUE_DEATH);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);
  guint pending_from = G_MAXUINT;

  for (guint t = sentence.first; t < sentence.last && !denial && !death; t++)
    {
      Token *trigger = tok (reader, t);
      TfSuggestion *suggestion;
      guint used = t;

      if (trigger->kind != TOKEN_TRIGGER)
        continue;
      suggestion = suggest (reader, sentence, t, G_MAXUINT,
                            trigger->sub != TRIGGER_LEAVE ? pending_from : G_MAXUINT, &used);
      if (suggestion == NULL)
        {
          /* "离开A后，X加入B": a leave with its subject later. */
          if (trigger->sub == TRIGGER_LEAVE)
            pending_from = place_after (reader, sentence, t, TRUE);
          continue;
        }
      /* "joined Google in 2014 and moved to OpenAI": from the move before. */
      if (suggestion->from.name == NULL && suggestion->kind != TF_MOVE_FOUND && made->len > 0)
        {
          TfSuggestion *before = g_ptr_array_index (made, made->len - 1);

          if (same_person (before, suggestion) && before->to.name != NULL && !before->to.unnamed
              && trigger->sub != TRIGGER_APPOINT)
            {
              suggestion->from.name = g_strdup (before->to.name);
              suggestion->from.org_id = g_strdup (before->to.org_id);
              suggestion->from.sector = before->to.sector;
              suggestion->from.sector_known = before->to.sector_known;
            }
        }
      /* "加入A，担任B": the appointment is the role of the move before. */
      if (trigger->sub == TRIGGER_APPOINT && made->len > 0)
        {
          TfSuggestion *before = g_ptr_array_index (made, made->len - 1);

          if (same_person (before, suggestion))
            {
              if (before->role == NULL)
                before->role = g_steal_pointer (&suggestion->role);
              tf_suggestion_free (suggestion);
              continue;
            }
        }
      /* "从A离职，加入B", "left A to join B": one move. */
      if (suggestion->kind == TF_MOVE_LEAVE)
        {
          for (guint k = t + 1; k < sentence.last; k++)
            {
              Token *next = tok (reader, k);
              TfSuggestion *join;

              if (next->kind == TOKEN_PERSON && is_subject (reader, sentence, k))
                break;
              if (next->kind != TOKEN_TRIGGER || next->sub == TRIGGER_LEAVE)
                continue;
              join = suggest (reader, sentence, k, G_MAXUINT, G_MAXUINT, &used);
              if (join != NULL && same_person (join, suggestion) && join->to.name != NULL)
                {
                  if (suggestion->from.name != NULL)
                    {
                      g_free (join->from.name);
                      g_free (join->from.org_id);
                      join->from = suggestion->from;
                      memset (&suggestion->from, 0, sizeof suggestion->from);
                    }
                  if (join->date.precision == TF_DATE_UNKNOWN)
                    join->date = suggestion->date;
                  if (join->status == TF_MOVE_STATUS_REPORTED)
                    join->status = suggestion->status;
                  if (join->kind == TF_MOVE_JOIN && join->to.sector_known
                      && join->to.sector == TF_SECTOR_ACADEMIA && join->from.sector_known
                      && join->from.sector != TF_SECTOR_ACADEMIA)
                    join->kind = TF_MOVE_RETURN_ACADEMIA;
                  g_clear_pointer (&join->evidence, tf_evidence_free);
                  set_quote (reader, join, sentence, t, used);
                  tf_suggestion_free (suggestion);
                  suggestion = join;
                  t = k;
                  break;
                }
              tf_suggestion_free (join);
              break;
            }
        }
      /* "先后加入A和B", "joined A and later B", "joined A, then B": one
       * move per place, each from the one before. */
      if (suggestion->to.name != NULL && !suggestion->to.unnamed
          && reader->destination != G_MAXUINT)
        {
          gboolean successive = t > sentence.first
            && has_cue (reader, clause_start (reader, sentence, t), t, CUE_SUCCESSIVE);
          guint place = reader->destination;
          guint subject_token = reader->subject;
          guint k = place + 1;

          g_ptr_array_add (made, suggestion);
          while (k < sentence.last)
            {
              Token *x = tok (reader, k);
              TfSuggestion *next;

              if (x->kind == TOKEN_CUE && x->sub == CUE_SUCCESSIVE)
                successive = TRUE;
              else if (!(x->kind == TOKEN_CLAUSE_END
                         || (x->kind == TOKEN_WORD && x->sub == WORD_AND)))
                {
                  if (!successive || !is_place (x) || x->kind == TOKEN_PLACE)
                    break;
                  reader->forced_subject = subject_token;
                  next = suggest (reader, sentence, t, k, place, NULL);
                  reader->forced_subject = G_MAXUINT;
                  if (next == NULL)
                    break;
                  g_ptr_array_add (made, next);
                  place = k;
                  successive = FALSE;
                }
              k++;
            }
          suggestion = NULL;
        }
      else
        g_ptr_array_add (made, suggestion);
      /* "A和B加入X", "A and B both joined X": the same move for each;
       * "X带领团队十余人转投Y": and for the group X takes. */
      if (reader->subject != G_MAXUINT)
        {
          guint who = reader->subject, other_token = G_MAXUINT;

          if (who >= sentence.first + 2 && is_kind (reader, who - 1, TOKEN_WORD, WORD_AND)
              && tok (reader, who - 2)->kind == TOKEN_PERSON)
            other_token = who - 2;
          else if (who + 2 < t && (is_kind (reader, who + 1, TOKEN_WORD, WORD_AND)
                                   || is_kind (reader, who + 1, TOKEN_WORD, WORD_FOLLOW))
                   && (tok (reader, who + 2)->kind == TOKEN_PERSON
                       || tok (reader, who + 2)->kind == TOKEN_GROUP))
            other_token = who + 2;
          if (other_token != G_MAXUINT)
            {
              TfSuggestion *other;

              reader->forced_subject = other_token;
              other = suggest (reader, sentence, t, G_MAXUINT, G_MAXUINT, NULL);
              reader->forced_subject = G_MAXUINT;
              if (other != NULL)
                g_ptr_array_add (made, other);
            }
        }
    }
  /* "在腾讯待了17年", "任字节AI Lab主任三年": a stay says when it began. */
  if (!denial && !death)
    for (guint i = sentence.first; i + 2 < sentence.last; i++)
      {
        TfSuggestion *stay = suggest_stay (reader, sentence, i);

        if (stay != NULL)
          g_ptr_array_add (made, stay);
      }

  /* "Three senior researchers have left Stability AI: X went to Runway,
   * Y rejoined Google": the group's leave is where each came from. */
  for (guint i = 0; i < made->len; i++)
    {
      TfSuggestion *group = g_ptr_array_index (made, i);
      gboolean used = FALSE;

      if (group->person != NULL || group->kind != TF_MOVE_LEAVE || group->from.name == NULL)
        continue;
      for (guint k = i + 1; k < made->len; k++)
        {
          TfSuggestion *each = g_ptr_array_index (made, k);

          if (each->person != NULL && each->from.name == NULL && each->to.name != NULL)
            {
              each->from.name = g_strdup (group->from.name);
              each->from.org_id = g_strdup (group->from.org_id);
              each->from.sector = group->from.sector;
              each->from.sector_known = group->from.sector_known;
              used = TRUE;
            }
        }
      if (used)
        g_ptr_array_remove_index (made, i--);
    }

  /* "宣布重返学界，加入香港科技大学": the named place of the same lane. */
  for (guint i = 0; i < made->len; i++)
    {
      TfSuggestion *lane = g_ptr_array_index (made, i);

      if (!lane->to.unnamed)
        continue;
      for (guint k = 0; k < made->len; k++)
        {
          TfSuggestion *named = g_ptr_array_index (made, k);

          if (k != i && same_person (lane, named) && named->to.name != NULL && !named->to.unnamed
              && named->to.sector_known && named->to.sector == lane->to.sector)
            {
              if (lane->kind == TF_MOVE_RETURN_ACADEMIA || lane->kind == TF_MOVE_FOUND)
                named->kind = lane->kind;
              if (named->from.name == NULL && lane->from.name != NULL)
                {
                  named->from = lane->from;
                  memset (&lane->from, 0, sizeof lane->from);
                }
              g_ptr_array_remove_index (made, i--);
              break;
            }
        }
    }

  if (denial)
    {
      /* A denial takes back the rumours and plans of the paragraph about
       * the same people. */
      for (guint i = reader->out->len; i > 0; i--)
        {
          TfSuggestion *old = g_ptr_array_index (reader->out, i - 1);

          if (old->paragraph != reader->index)
            break;
          if (old->status != TF_MOVE_STATUS_REPORTED || names_person (reader, sentence, old))
            g_ptr_array_remove_index (reader->out, i - 1);
        }
    }
  for (guint i = 0; i < made->len; i++)
    g_ptr_array_add (reader->out, g_ptr_array_steal_index (made, i--));

  /* The sentence's subject, for the pronouns of the next. */
  for (guint i = sentence.first; i < sentence.last; i++)
    {
      Token *x = tok (reader, i);

      if (x->kind == TOKEN_PERSON && is_subject (reader, sentence, i))
        {
          g_autofree char *name = x->entry != NULL ? g_strdup (x->entry->name)
                                                   : text_span (reader, x->start, x->end);

          /* The last sentence's subject, unless a move named someone. */
          if (made->len == 0)
            remember_subject (reader, name);
          break;
        }
    }
}

static const char *token_names[] = {
  "trigger", "cue", "word", "person", "pronoun", "org", "place", "role", "date", "group",
  "clause", "sentence",
};

/* TF_EXTRACT_DEBUG=1 prints the tokens of each paragraph read. */
static void
dump_tokens (Reader *reader)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < reader->tokens->len; i++)
    {
      Token *x = tok (reader, i);

      g_string_append_printf (line, "[%s:%.*s] ", token_names[x->kind], (int) (x->end - x->start),
                              reader->folded + x->start);
    }
  g_printerr ("%s\n", line->str);
  g_string_free (line, TRUE);
}

static void
read_paragraph (Reader *reader)
{
  guint first = 0;
  static int debug = -1;

  tokenize (reader);
  if (debug < 0)
    debug = g_getenv ("TF_EXTRACT_DEBUG") != NULL;
  if (debug)
    dump_tokens (reader);
  for (guint i = 0; i < reader->tokens->len; i++)
    if (tok (reader, i)->kind == TOKEN_SENTENCE_END)
      {
        Span sentence = { first, i };

        if (i > first)
          read_sentence (reader, sentence);
        first = i + 1;
      }
}

/* "离开滴滴。…此后，加入贝壳找房": a leave and the join after it, in one
 * paragraph, are one move; a lane ("学界") and a named place of the same
 * lane for one person are one move. */
static void
merge_paragraph_moves (GPtrArray *suggestions)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      TfSuggestion *a = g_ptr_array_index (suggestions, i);

      for (guint k = 0; k < suggestions->len; k++)
        {
          TfSuggestion *b = g_ptr_array_index (suggestions, k);

          if (k == i || a->person == NULL || g_strcmp0 (a->person, b->person) != 0)
            continue;
          if (a->kind == TF_MOVE_LEAVE && k > i && b->paragraph == a->paragraph
              && b->kind != TF_MOVE_LEAVE && b->from.name == NULL && a->from.name != NULL)
            {
              b->from = a->from;
              memset (&a->from, 0, sizeof a->from);
              if (b->date.precision == TF_DATE_UNKNOWN)
                b->date = a->date;
              g_ptr_array_remove_index (suggestions, i--);
              break;
            }
          if (a->to.unnamed && !b->to.unnamed && b->to.sector_known && a->to.sector_known
              && a->to.sector == b->to.sector
              && (a->date.precision == TF_DATE_UNKNOWN || b->date.precision == TF_DATE_UNKNOWN
                  || a->date.year == b->date.year))
            {
              g_ptr_array_remove_index (suggestions, i--);
              break;
            }
        }
    }
}

/* An article often reports one move twice: keep the first, with the more
 * precise date of the two. Each suggestion's person and destination are
 * folded once (tf_text_fold () is ICU's transliteration, not cheap), into
 * who and to, which lose their entries as suggestions do. */
static void
merge_duplicates (GPtrArray *suggestions)
{
  g_autoptr(GPtrArray) who = g_ptr_array_new_full (suggestions->len, g_free);
  g_autoptr(GPtrArray) to = g_ptr_array_new_full (suggestions->len, g_free);

  for (guint i = 0; i < suggestions->len; i++)
    {
      const TfSuggestion *s = g_ptr_array_index (suggestions, i);

      g_ptr_array_add (who, s->person ? tf_text_fold (s->person, -1) : NULL);
      g_ptr_array_add (to, s->to.name ? tf_text_fold (s->to.name, -1) : NULL);
    }
  for (guint i = 0; i < suggestions->len; i++)
    {
      TfSuggestion *a = g_ptr_array_index (suggestions, i);
      const char *a_to = g_ptr_array_index (to, i);
      const char *a_who = g_ptr_array_index (who, i);

      for (guint k = i + 1; k < suggestions->len; k++)
        {
          TfSuggestion *b = g_ptr_array_index (suggestions, k);
          const char *b_to = g_ptr_array_index (to, k);
          const char *b_who = g_ptr_array_index (who, k);

          if (a->kind != b->kind || g_strcmp0 (a_who, b_who) != 0 || g_strcmp0 (a_to, b_to) != 0
              || a->person == NULL)
            continue;
          if (a->date.precision != TF_DATE_UNKNOWN && b->date.precision != TF_DATE_UNKNOWN
              && a->date.year != b->date.year)
            continue;
          if (b->date.precision > a->date.precision)
            a->date = b->date;
          if (a->from.name == NULL && b->from.name != NULL)
            {
              a->from = b->from;
              memset (&b->from, 0, sizeof b->from);
            }
          a->confidence = MAX (a->confidence, b->confidence);
          g_ptr_array_remove_index (suggestions, k);
          g_ptr_array_remove_index (who, k);
          g_ptr_array_remove_index (to, k--);
        }
    }
}

GPtrArray *
tf_extractor_extract (TfExtractor    *self,
                      const TfSource *source)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);

  g_return_val_if_fail (TF_IS_EXTRACTOR (self), out);
  g_return_val_if_fail (source != NULL, out);

  {
    Reader reader = { 0 };

    reader.self = self;
    reader.source = source;
    reader.out = out;
    reader.tokens = g_array_new (FALSE, FALSE, sizeof (Token));
    reader.forced_subject = G_MAXUINT;
    for (guint i = 0; i < source->paragraphs->len; i++)
      {
        const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);
        gsize length = strlen (paragraph->folded);

        if (!tf_extract_lexicon_has_trigger (paragraph->folded, length))
          continue;
        reader.index = i;
        reader.text = paragraph->text;
        reader_fold (&reader, paragraph, length);
        g_array_set_size (reader.tokens, 0);
        /* A paragraph may go on about the person of the one before it. */
        if (i != reader.last_subject_paragraph + 1)
          g_clear_pointer (&reader.last_subject_name, g_free);
        read_paragraph (&reader);
        g_clear_pointer (&reader.refolded, g_free);
      }
    g_clear_pointer (&reader.last_subject_name, g_free);
    g_free (reader.to_text);
    g_free (reader.chars);
    g_array_unref (reader.tokens);
  }
  merge_paragraph_moves (out);
  merge_duplicates (out);
  return out;
}
