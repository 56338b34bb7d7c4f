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
  char *folded;           /* folded, aligned with text by characters where possible */
  gsize length;           /* of folded */
  guint *to_text;         /* folded byte offset -> text byte offset (length + 1) */
  GArray *tokens;         /* of Token */
  GPtrArray *out;
  /* the person the last sentence was about, for pronouns and no subject */
  const Token *last_subject;
  guint last_subject_paragraph_token;
  char *last_subject_name;
  gboolean last_subject_from_dataset;
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

/* Folds the paragraph and maps folded offsets back to the text. When
 * folding keeps the number of characters (almost always: it maps one
 * character to one), the map is exact; otherwise each sentence is folded
 * on its own and its characters are mapped in proportion. */
static void
reader_fold (Reader            *reader,
             const TfParagraph *paragraph)
{
  glong n_text = g_utf8_strlen (paragraph->text, -1);
  glong n_folded = g_utf8_strlen (paragraph->folded, -1);

  if (n_text == n_folded)
    {
      const char *p = paragraph->folded, *q = paragraph->text;

      reader->folded = g_strdup (paragraph->folded);
      reader->length = strlen (reader->folded);
      reader->to_text = g_new0 (guint, reader->length + 1);
      while (*p != '\0')
        {
          const char *next = g_utf8_next_char (p);

          for (const char *r = p; r < next; r++)
            reader->to_text[r - paragraph->folded] = (guint) (q - paragraph->text);
          p = next;
          q = g_utf8_next_char (q);
        }
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

        for (const char *p = part; *p != '\0'; p = g_utf8_next_char (p), i++)
          {
            glong target = n_part > 0 ? i * n_orig / n_part : 0;
            guint offset = (guint) (g_utf8_offset_to_pointer (paragraph->text + start, target)
                                    - paragraph->text);

            for (const char *r = p; r < g_utf8_next_char (p); r++)
              g_array_append_val (map, offset);
          }
        g_string_append (folded, part);
        start = end;
      }
    g_array_append_val (map, start);
    reader->length = folded->len;
    reader->folded = g_string_free (folded, FALSE);
    reader->to_text = (guint *) (void *) g_array_free (map, FALSE);
  }
}

static gunichar
char_at (const Reader *reader,
         gsize         at)
{
  return g_utf8_get_char (reader->folded + at);
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
is_han_at (const Reader *reader,
           gsize         at)
{
  return at < reader->length
         && g_unichar_get_script (char_at (reader, at)) == G_UNICODE_SCRIPT_HAN;
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
  if (!g_unichar_isalnum (c))
    return TRUE;
  if (tf_gazetteer_match (reader->self->gazetteer, reader->folded + at, reader->length - at, &n))
    return TRUE;
  if (tf_extract_match_date (reader->folded, at, reader->length, &n, &scratch))
    return TRUE;
  entry = tf_extract_lexicon_match (reader->folded, at, reader->length, &n);
  if (entry != NULL)
    return entry->kind != TOKEN_ORG;
  return g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN;
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
  c = g_utf8_get_char (g_utf8_prev_char (reader->folded + at));
  return !g_unichar_isalnum (c);
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
  if (!tf_extract_is_surname (p, reader->length - at, &surname))
    return FALSE;
  for (guint given = 2; given >= 1; given--)
    {
      gsize end = at + surname;
      gboolean ok = TRUE;

      for (guint k = 0; k < given && ok; k++)
        {
          if (end >= reader->length || !is_han_at (reader, end)
              || tf_extract_is_name_stop (char_at (reader, end)))
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

static gboolean
is_capital_word_at (const Reader *reader,
                    gsize         at)
{
  return at < reader->length && g_ascii_isalpha (reader->folded[at])
         && g_unichar_isupper (text_char_at (reader, at));
}

static gsize
word_end (const Reader *reader,
          gsize         at)
{
  while (at < reader->length
         && (g_ascii_isalnum (reader->folded[at]) || reader->folded[at] == '-'
             || reader->folded[at] == '\'' || reader->folded[at] == '.'))
    {
      if (reader->folded[at] == '.' && !(at + 1 < reader->length
                                         && reader->folded[at + 1] == ' '
                                         && at >= 1 && g_ascii_isupper (reader->text[reader->to_text[at - 1]])
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

  if (!is_capital_word_at (reader, at) || (at > 0 && g_ascii_isalnum (reader->folded[at - 1])))
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
      else if (words > 0 && org && (strncmp (reader->folded + p, "of ", 3) == 0))
        e = p + 2;  /* "University of X" */
      else if (words > 0 && org && (strncmp (reader->folded + p, "ai", 2) == 0)
               && word_end (reader, p) == p + 2)
        e = p + 2;
      else
        break;
      words++;
      end = e;
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
          gunichar c = g_utf8_get_char (prev);

          if (!(g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN
                || (g_ascii_isalnum ((char) c) && c < 128) || c == ' ')
              || c == 0x7684 /* 的 */)
            break;
          start = (gsize) (prev - reader->folded);
          chars++;
        }
      while (start < at && reader->folded[start] == ' ')
        start++;
      /* "科技" alone, "系" alone: not a name. */
      if (start == at || (chars < 2 && suffix->sub != TF_SECTOR_ACADEMIA))
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
      if (tf_extract_match_date (reader->folded, at, reader->length, &n, &scratch))
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
      if (tf_extract_match_count (reader->folded, at, reader->length, &n, &scratch.count))
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
          && !g_unichar_isupper (text_char_at (reader, at)))
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

      if (before->kind == TOKEN_WORD
          && (before->sub == WORD_FOLLOW || before->sub == WORD_WITH || before->sub == WORD_TO
              || before->sub == WORD_FROM))
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

          if ((x->kind == TOKEN_PERSON || x->kind == TOKEN_GROUP) && is_subject (reader, sentence, i - 1))
            {
              /* In earlier clauses the sentence's subject comes first. */
              if (pass == 1)
                {
                  for (guint k = sentence.first; k < i - 1; k++)
                    if ((tok (reader, k)->kind == TOKEN_PERSON || tok (reader, k)->kind == TOKEN_GROUP)
                        && is_subject (reader, sentence, k))
                      {
                        subject.token = k;
                        return subject;
                      }
                }
              subject.token = i - 1;
              return subject;
            }
          if (x->kind == TOKEN_PRONOUN)
            {
              subject_from_last (reader, &subject);
              return subject;
            }
          if (x->kind == TOKEN_TRIGGER && pass == 0 && x->sub != tok (reader, t)->sub
              && !(x->flags & LEXICON_ACTIVE_HIRE))
            continue;
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
  for (guint i = t + 1; i < sentence.last; i++)
    {
      Token *x = tok (reader, i);

      if (is_place (x))
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
  for (guint i = person; i > sentence.first; i--)
    {
      Token *x = tok (reader, i - 1);

      if (x->kind == TOKEN_ORG)
        return i - 1;
      if (x->kind == TOKEN_ROLE || x->kind == TOKEN_CLAUSE_END
          || (x->kind == TOKEN_WORD && (x->sub == WORD_AND || x->sub == WORD_FORMER
                                        || x->sub == WORD_OF)))
        {
          /* a comma inside a title list is fine, not a clause before it */
          if (x->kind == TOKEN_CLAUSE_END && !(i >= 2 && tok (reader, i - 2)->kind == TOKEN_ROLE))
            break;
          continue;
        }
      break;
    }
  /* "X, formerly of A" / "X, former A chief" */
  if (person + 2 < sentence.last && tok (reader, person + 1)->kind == TOKEN_CLAUSE_END
      && is_kind (reader, person + 2, TOKEN_WORD, WORD_FORMER))
    for (guint i = person + 3; i < sentence.last && i < person + 6; i++)
      if (tok (reader, i)->kind == TOKEN_ORG)
        return i;
  return G_MAXUINT;
}

static guint
place_from_word (Reader *reader,
                 Span    sentence,
                 guint   before)
{
  for (guint i = sentence.first; i + 1 < sentence.last; i++)
    if (is_kind (reader, i, TOKEN_WORD, WORD_FROM) && is_place (tok (reader, i + 1)) && i + 1 != before)
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

static gboolean
find_date (Reader       *reader,
           Span          sentence,
           guint         t,
           TfDate       *date)
{
  guint start = clause_start (reader, sentence, t);
  guint end = clause_end (reader, sentence, t);
  guint best = G_MAXUINT;

  for (guint i = t; i > start; i--)
    if (tok (reader, i - 1)->kind == TOKEN_DATE)
      {
        best = i - 1;
        break;
      }
  for (guint i = t + 1; best == G_MAXUINT && i < end; i++)
    if (tok (reader, i)->kind == TOKEN_DATE)
      best = i;
  for (guint i = start; best == G_MAXUINT && i > sentence.first; i--)
    if (tok (reader, i - 1)->kind == TOKEN_DATE)
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

static void
place_set (Reader           *reader,
           TfSuggestedPlace *place,
           const Token      *x)
{
  place->name = text_span (reader, x->start, x->end);
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

  /* Static positions, blocked triggers, negations. */
  for (guint i = t; i > start; i--)
    {
      Token *x = tok (reader, i - 1);

      if (x->kind == TOKEN_WORD && x->sub == WORD_OF)
        break;  /* "曾任腾讯副总裁的X加入百度": the cue is about the title */
      if (x->kind == TOKEN_CUE && (x->sub == CUE_STATIC || x->sub == CUE_LIST || x->sub == CUE_BLOCK))
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
        guint origin = from_index != G_MAXUINT ? from_index : place_after (reader, sentence, t, TRUE);

        if (origin == G_MAXUINT || (origin != G_MAXUINT && tok (reader, origin)->kind == TOKEN_PLACE
                                    && !(trigger->flags & LEXICON_TO_STARTUP) && FALSE))
          origin = G_MAXUINT;
        if (origin == G_MAXUINT)
          {
            guint w = place_from_word (reader, sentence, G_MAXUINT);

            origin = w != G_MAXUINT && w < t ? w : G_MAXUINT;
          }
        if (origin == G_MAXUINT && subject.token != G_MAXUINT)
          origin = place_of_person (reader, sentence, subject.token);
        if (origin != G_MAXUINT)
          {
            place_set (reader, &suggestion->from, tok (reader, origin));
            last = MAX (last, origin);
          }
        if (trigger->flags & LEXICON_TO_STARTUP)
          {
            place_set_lane (&suggestion->to, TF_SECTOR_STARTUP,
                            tf_text_detect_script (reader->text) == TF_SCRIPT_LATIN ? "startup" : "创业");
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
            /* the one who hires: the organization before the trigger */
            for (guint i = t; i > sentence.first; i--)
              if (tok (reader, i - 1)->kind == TOKEN_ORG
                  && !(i >= 2 && is_kind (reader, i - 2, TOKEN_WORD, WORD_FROM)))
                {
                  destination = i - 1;
                  break;
                }
          }
        if (destination == G_MAXUINT)
          destination = place_after (reader, sentence, t, weak);
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
            if (trigger->sub != TRIGGER_HIRE)
              suggestion->role = role_after (reader, sentence, destination);
            last = MAX (last, destination);
          }
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
            else if (subject.token != G_MAXUINT && trigger->sub != TRIGGER_HIRE)
              from_index = place_of_person (reader, sentence, subject.token);
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
                   || (suggestion->from.sector_known && suggestion->from.sector != TF_SECTOR_ACADEMIA)))
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
  else if (has_cue (reader, start, t, CUE_PLAN)
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

static void
read_sentence (Reader *reader,
               Span    sentence)
{
  gboolean denial = has_cue (reader, sentence.first, sentence.last, CUE_DENIAL);
  gboolean death = has_cue (reader, sentence.first, sentence.last, CUE_DEATH);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);
  guint first_person = G_MAXUINT;

  for (guint i = sentence.first; i < sentence.last; i++)
    if (tok (reader, i)->kind == TOKEN_PERSON && is_subject (reader, sentence, i))
      {
        first_person = i;
        break;
      }

  for (guint t = sentence.first; t < sentence.last && !denial && !death; t++)
    {
      Token *trigger = tok (reader, t);
      TfSuggestion *suggestion;
      guint used = t;

      if (trigger->kind != TOKEN_TRIGGER)
        continue;
      suggestion = suggest (reader, sentence, t, G_MAXUINT, G_MAXUINT, &used);
      if (suggestion == NULL)
        continue;
      /* "从A离职，加入B", "left A to join B": one move. */
      if (suggestion->kind == TF_MOVE_LEAVE && made->len == 0)
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
      /* "先后加入A和B": one move per place. */
      if (t > sentence.first && has_cue (reader, clause_start (reader, sentence, t), t, CUE_SUCCESSIVE)
          && suggestion->to.name != NULL)
        {
          guint place = place_after (reader, sentence, t, TRUE);

          g_ptr_array_add (made, suggestion);
          while (place != G_MAXUINT && place + 2 < sentence.last
                 && is_kind (reader, place + 1, TOKEN_WORD, WORD_AND) && is_place (tok (reader, place + 2)))
            {
              TfSuggestion *next = suggest (reader, sentence, t, place + 2, place, NULL);

              if (next == NULL)
                break;
              g_ptr_array_add (made, next);
              place += 2;
            }
          continue;
        }
      g_ptr_array_add (made, suggestion);
    }
  (void) first_person;

  if (denial)
    {
      /* A denial takes back the rumours and plans of the paragraph about
       * the same people. */
      for (guint i = reader->out->len; i > 0; i--)
        {
          TfSuggestion *old = g_ptr_array_index (reader->out, i - 1);

          if (old->paragraph != reader->index)
            break;
          if (old->status != TF_MOVE_STATUS_REPORTED)
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

static gboolean
paragraph_has_trigger (const TfParagraph *paragraph)
{
  const char *folded = paragraph->folded;
  gsize length = strlen (folded), n;

  for (gsize at = 0; at < length; at++)
    {
      const LexiconEntry *entry;

      if ((folded[at] & 0xC0) == 0x80)
        continue;
      entry = tf_extract_lexicon_match (folded, at, length, &n);
      if (entry != NULL && entry->kind == TOKEN_TRIGGER)
        return TRUE;
    }
  return FALSE;
}

static void
read_paragraph (Reader *reader)
{
  guint first = 0;

  tokenize (reader);
  for (guint i = 0; i < reader->tokens->len; i++)
    if (tok (reader, i)->kind == TOKEN_SENTENCE_END)
      {
        Span sentence = { first, i };

        if (i > first)
          read_sentence (reader, sentence);
        first = i + 1;
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
    for (guint i = 0; i < source->paragraphs->len; i++)
      {
        const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

        if (!paragraph_has_trigger (paragraph))
          continue;
        reader.index = i;
        reader.text = paragraph->text;
        reader_fold (&reader, paragraph);
        g_array_set_size (reader.tokens, 0);
        g_clear_pointer (&reader.last_subject_name, g_free);
        read_paragraph (&reader);
        g_clear_pointer (&reader.folded, g_free);
        g_clear_pointer (&reader.to_text, g_free);
      }
    g_clear_pointer (&reader.last_subject_name, g_free);
    g_array_unref (reader.tokens);
  }
  merge_duplicates (out);
  return out;
}
