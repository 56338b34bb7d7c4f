/* tf-extract-reader-private.h: a paragraph being read, which the
 * tokenizer, the names and places and the rules share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-extract-private.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

/* One paragraph being read. */
typedef struct
{
  TfGazetteer *gazetteer;
  const guint8 *name_starts;  /* tf_extract_gazetteer_starts () */
  const TfSource *source;
  guint index;
  const char *text;       /* the paragraph's original text */
  const char *folded;     /* folded, aligned with text by characters where possible */
  char *refolded;         /* folded here, when the paragraph's is not aligned */
  gsize length;           /* of folded */
  /* By folded byte offset (length + 1): the text's byte offset. Kept from
   * paragraph to paragraph, capacity long. */
  guint *to_text;
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

typedef struct
{
  guint first;   /* token indices of one sentence, [first, last) */
  guint last;
} Span;

/* Who moves with a trigger: tf_extract_find_subject (). */
typedef struct
{
  guint token;           /* the person or group token, or G_MAXUINT */
  gboolean resolved;     /* from a pronoun or no subject */
  char *name;            /* for a resolved pronoun */
  const TfGazetteerEntry *entry;
} Subject;

static inline gunichar
char_at (const Reader *reader,
         gsize         at)
{
  return tf_extract_utf8_get (reader->folded + at);
}

static inline gboolean
has_class (gunichar c,
           guint    classes)
{
  return (tf_extract_char_class (c) & classes) != 0;
}

static inline gboolean
is_han_at (const Reader *reader,
           gsize         at)
{
  return at < reader->length && has_class (char_at (reader, at), TF_CHAR_HAN);
}

static inline gboolean
is_function_char (gunichar c)
{
  return has_class (c, TF_CHAR_FUNCTION);
}

static inline Token *
tok (Reader *reader,
     guint   i)
{
  return &g_array_index (reader->tokens, Token, i);
}

static inline gboolean
is_kind (Reader    *reader,
         guint      i,
         TokenKind  kind,
         guint      sub)
{
  Token *t = tok (reader, i);

  return t->kind == kind && t->sub == sub;
}

static inline guint
clause_start (Reader *reader,
              Span    sentence,
              guint   i)
{
  while (i > sentence.first && tok (reader, i - 1)->kind != TOKEN_CLAUSE_END)
    i--;
  return i;
}

static inline guint
clause_end (Reader *reader,
            Span    sentence,
            guint   i)
{
  while (i < sentence.last && tok (reader, i)->kind != TOKEN_CLAUSE_END)
    i++;
  return i;
}

static inline char *
text_span (Reader *reader,
           guint   start,
           guint   end)
{
  guint a = reader->to_text[start], b = reader->to_text[end];

  return g_strstrip (g_strndup (reader->text + a, b - a));
}

static inline gboolean
is_place (const Token *t)
{
  return t->kind == TOKEN_ORG || t->kind == TOKEN_PLACE;
}

/* The original character at a folded offset: for capitals. */
static inline gunichar
text_char_at (const Reader *reader,
              gsize         at)
{
  return g_utf8_get_char (reader->text + reader->to_text[at]);
}

/* A letter of a Latin-script word: "Tomás", "Müller". */
static inline gboolean
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

static inline gboolean
is_capital_word_at (const Reader *reader,
                    gsize         at)
{
  return is_latin_letter_at (reader, at) && !g_ascii_isdigit (reader->folded[at])
         && has_class (text_char_at (reader, at), TF_CHAR_UPPER);
}

/* tf-extract-tokenizer.c */
void tf_extract_reader_fold (Reader            *reader,
                             const TfParagraph *paragraph,
                             gsize              length);
gsize tf_extract_word_end (const Reader *reader,
                           gsize         at);
void tf_extract_tokenize (Reader *reader);

/* tf-extract-places.c */
guint tf_extract_place_after (Reader *reader,
                              Span    sentence,
                              guint   t,
                              gboolean within_clause);
guint tf_extract_place_of_person (Reader *reader,
                                  Span    sentence,
                                  guint   person);
guint tf_extract_place_before_after_word (Reader *reader,
                                          Span    sentence,
                                          guint   clause,
                                          guint   destination);
guint tf_extract_place_from_word (Reader *reader,
                                  Span    sentence,
                                  guint   before);
gboolean tf_extract_is_bare_descriptor (Reader      *reader,
                                        const Token *x);
void tf_extract_place_set (Reader           *reader,
                           TfSuggestedPlace *place,
                           const Token      *x);
void tf_extract_place_set_lane (TfSuggestedPlace *place,
                                TfSector          sector,
                                const char       *label);
gboolean tf_extract_latin_name_at (Reader           *reader,
                                   gsize             at,
                                   TfSuggestedPlace *place);
gboolean tf_extract_latin_name_after (Reader           *reader,
                                      Span              sentence,
                                      guint             t,
                                      TfSuggestedPlace *place);
gboolean tf_extract_announcer_name (Reader           *reader,
                                    Span              sentence,
                                    TfSuggestedPlace *place);
gboolean tf_extract_han_name_after (Reader           *reader,
                                    Span              sentence,
                                    guint             t,
                                    TfSuggestedPlace *place);
gboolean tf_extract_latin_unnamed_company_after (Reader      *reader,
                                                 const Token *trigger);
gboolean tf_extract_new_name_after (Reader           *reader,
                                    const Token      *trigger,
                                    TfSuggestedPlace *place);
void tf_extract_unnamed_company (Reader           *reader,
                                 const Token      *trigger,
                                 const Token      *place,
                                 TfSuggestedPlace *out);
const char *tf_extract_root_of (TfGazetteer            *gazetteer,
                                const TfGazetteerEntry *entry);
char *tf_extract_role_after (Reader *reader,
                             Span    sentence,
                             guint   place);

/* tf-extract-subjects.c */
gboolean tf_extract_is_subject (Reader *reader,
                                Span    sentence,
                                guint   i);
Subject tf_extract_find_subject (Reader *reader,
                                 Span    sentence,
                                 guint   t);

/* tf-extract-rules.c */
void tf_extract_read_sentence (Reader *reader,
                               Span    sentence);

G_END_DECLS
