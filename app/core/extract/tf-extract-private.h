/* tf-extract-private.h: what the extractor's files share.
 *
 * A paragraph is read as a list of tokens over its folded text: triggers
 * (加入, leaves …), cues (据传, 否认, 曾任 …), little words that relate
 * the others (从, 的, 和, former …), people, organizations, unnamed places
 * (学界, industry), dates, group sizes and clause ends. The rules then
 * read the tokens, never the characters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-gazetteer.h"
#include "tf-model.h"

G_BEGIN_DECLS

typedef enum
{
  TOKEN_TRIGGER,
  TOKEN_CUE,
  TOKEN_WORD,
  TOKEN_PERSON,
  TOKEN_PRONOUN,
  TOKEN_ORG,
  TOKEN_PLACE,     /* an unnamed lane: 学界, industry, 创业 */
  TOKEN_ROLE,      /* a title: 教授, 副总裁, chief scientist */
  TOKEN_DATE,
  TOKEN_GROUP,     /* 40人, 团队十多人, 40 people */
  TOKEN_CLAUSE_END,
  TOKEN_SENTENCE_END,
} TokenKind;

/* What the words of a trigger do with the words around it. */
typedef enum
{
  TRIGGER_JOIN,     /* the organization after it is the destination */
  TRIGGER_LEAVE,    /* the organization after it (or 从 before) is the origin */
  TRIGGER_FOUND,    /* the organization after it is new */
  TRIGGER_RETURN,   /* back to academia */
  TRIGGER_HIRE,     /* the subject hires the object: B hired X, B 带走了40人 */
  TRIGGER_APPOINT,  /* a role, here or elsewhere: 出任, 担任, was named */
} TriggerRole;

typedef enum
{
  CUE_STATIC,      /* 现任, 曾任, 目前在, serves as: a position held, not taken */
  CUE_NOT_MOVE,    /* 毕业于, 当选, 收购, awarded: what follows is not a move */
  CUE_DEATH,       /* 逝世, passed away: nothing in the sentence is a move */
  CUE_BLOCK,       /* 希望, 邀请, 婉拒, wants to, declined: the next trigger is not a move */
  CUE_NEGATION,    /* 未, 没有, not: the trigger right after it did not happen */
  CUE_RUMOUR,
  CUE_PLAN,
  CUE_DENIAL,
  CUE_METAPHOR,    /* 竞争, 行列, race: the object was not an organization */
  CUE_SUCCESSIVE,  /* 先后, 相继: one trigger for a list of destinations */
  CUE_LIST,        /* 曾在, previously worked at: a list of past places */
  CUE_GENERIC,     /* 他们, 大牛们, many: people in general, not one person */
} CueKind;

typedef enum
{
  WORD_FROM,       /* 从, 自, from */
  WORD_FORMER,     /* 前, 原, former, formerly of, ex- */
  WORD_OF,         /* 的, 's */
  WORD_AND,        /* 和, 与, 及, 、, and */
  WORD_PASSIVE,    /* 被, was, were, been */
  WORD_AT,         /* 在, 于, at */
  WORD_TO,         /* 到, 至, 往, to, for */
  WORD_AS,         /* 任, 为, as */
  WORD_FOLLOW,     /* 跟随, 随, 追随: the person after it is not the subject */
  WORD_WITH,       /* 与…一起, with */
  WORD_DURATION,   /* 待了, 工作了: a stay, for dates derived from it */
  WORD_OTHER,      /* 其中, 正式, 表示 …: words that sit next to names */
  WORD_AFTER,      /* 后, 之后, after: "在A工作八年后，X加入B" */
  WORD_SAY,        /* 宣布, 确认, announced: the organization before it speaks */
} WordKind;

typedef struct
{
  const char *text;   /* folded: simplified, lower case */
  TokenKind kind;
  guint sub;          /* TriggerRole, CueKind, WordKind or TfSector */
  TfMoveKind move_kind;
  guint flags;
} LexiconEntry;

enum
{
  LEXICON_WEAK = 1 << 0,          /* a trigger that needs a date or a named place */
  LEXICON_TO_STARTUP = 1 << 1,    /* 离职创业: the destination is a startup */
  LEXICON_TO_ACADEMIA = 1 << 2,   /* 重返学界 */
  LEXICON_TO_INDUSTRY = 1 << 3,
  LEXICON_LATIN = 1 << 4,         /* matched at word boundaries */
  LEXICON_ACTIVE_HIRE = 1 << 5,   /* hired/poached: the person is the object */
  LEXICON_SUFFIX = 1 << 6,        /* an organization's last word: 大学, 实验室 */
  LEXICON_PLANNED = 1 << 7,       /* "is joining": a move to come */
  LEXICON_CHILD_ONLY = 1 << 8,    /* 所, 台湾: ends a name only right after a known one */
};

typedef struct
{
  TokenKind kind;
  guint start;   /* byte offsets into the folded paragraph */
  guint end;
  guint sub;
  TfMoveKind move_kind;
  guint flags;
  const TfGazetteerEntry *entry;  /* people and organizations the gazetteer knows */
  TfSector sector;                /* organizations and places */
  gboolean sector_known;
  TfDate date;                    /* dates */
  gint relative;                  /* dates: how to resolve it, RELATIVE_* */
  gint offset;                    /* dates: years, months or days of the relative */
  guint weekday;                  /* dates: 1 (Monday) … 7 in "上周五", else 0 */
  guint count;                    /* group sizes */
} Token;

/* tf-extract-chars.c: what a character is, as bits */
enum
{
  TF_CHAR_HAN = 1 << 0,            /* of the Han script */
  TF_CHAR_ALNUM = 1 << 1,          /* g_unichar_isalnum () */
  TF_CHAR_LATIN_LETTER = 1 << 2,   /* a letter of the Latin script: "é" */
  TF_CHAR_UPPER = 1 << 3,          /* g_unichar_isupper () */
  TF_CHAR_FUNCTION = 1 << 4,       /* 的, 了, 在 …: starts no organization's name */
  TF_CHAR_NAME_FOLLOWER = 1 << 5,  /* 就, 也, 已 …: often right after a name */
  TF_CHAR_NAME_STOP = 1 << 6,      /* neither ends nor fills a Chinese given name */
  TF_CHAR_SURNAME = 1 << 7,        /* a common surname of one character */
  TF_CHAR_SURNAME_START = 1 << 8,  /* the first of a surname of two: 欧 of 欧阳 */
  TF_CHAR_DATE_START = 1 << 9,     /* may start a date or a head count: 3, 去, m */
  TF_CHAR_WORD_START = 1 << 10,    /* starts a word of the lexicon */
};

/* The classes of the characters of the BMP, filled by
 * tf_extract_chars_init (), which the extractor's class calls: only an
 * extractor's tokenizer asks them. */
extern guint16 tf_extract_char_classes[0x10000];
extern const char *const tf_extract_compound_surnames[];
extern const gsize tf_extract_n_compound_surnames;

void                tf_extract_chars_init      (void);
guint               tf_extract_char_class_compute (gunichar c);

static inline guint
tf_extract_char_class (gunichar c)
{
  return c < G_N_ELEMENTS (tf_extract_char_classes) ? tf_extract_char_classes[c]
                                                    : tf_extract_char_class_compute (c);
}

/* What g_utf8_get_char () gives, without a call for a character of one
 * to three bytes: asked at every character. */
static inline gunichar
tf_extract_utf8_get (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] < 0x80)
    return u[0];
  if ((u[0] & 0xE0) == 0xC0 && (u[1] & 0xC0) == 0x80)
    return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
  if ((u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
    return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
  return g_utf8_get_char (p);
}

/* What g_utf8_get_char_validated () gives, without a call for ASCII and
 * for the characters of three bytes that every version of GLib takes as
 * valid (no surrogates or non-characters): asked at every character. */
static inline gunichar
tf_extract_utf8_get_validated (const char *p,
                               gsize       max_len)
{
  const guchar *u = (const guchar *) p;

  if (max_len >= 1 && u[0] != 0 && u[0] < 0x80)
    return u[0];
  if (max_len >= 3 && (u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
    {
      gunichar c = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);

      if (c >= 0x800 && (c < 0xD800 || (c >= 0xE000 && c < 0xFDD0) || (c > 0xFDEF && c < 0xFFFE)))
        return c;
    }
  return g_utf8_get_char_validated (p, (gssize) max_len);
}

/* tf-extract-trie.c: words by code point; a node's value is what a word
 * that ends there is, or NULL. Node 0 is the root. Its edges are an
 * open-addressing hash table keyed by (node, character), so that a step
 * is a multiplication and a load or two. */
typedef struct
{
  guint from;     /* the parent node */
  gunichar c;
  guint to;       /* the child; 0, the root, for an empty slot */
} TfExtractTrieEdge;

typedef struct
{
  GPtrArray *values;          /* by node */
  TfExtractTrieEdge *edges;   /* an open-addressing hash table of 1 << bits slots */
  guint bits;
  /* A bit for each of 1 << (bits + 4) hashes, set for the hash of each
   * edge: most steps go nowhere, and this tells without a miss in the
   * cache on the table. */
  guint8 *filter;
  guint n_edges;
} TfExtractTrie;

void                tf_extract_trie_init       (TfExtractTrie *trie);
void                tf_extract_trie_clear      (TfExtractTrie *trie);
/* The node of key, made when missing. */
guint               tf_extract_trie_add        (TfExtractTrie *trie,
                                                const char    *key);

/* Fibonacci hashing: the top bits of the product spread neighbouring
 * nodes and characters over the table; the filter takes four more. */
static inline guint
tf_extract_trie_hash (const TfExtractTrie *trie,
                      guint                from,
                      gunichar             c)
{
  return ((from * 0x9E3779B1u) ^ (c * 0x85EBCA77u)) * 0x9E3779B1u >> (32 - trie->bits - 4);
}

/* The child of node by c, or 0 when no word goes on with c. */
static inline guint
tf_extract_trie_step (const TfExtractTrie *trie,
                      guint                from,
                      gunichar             c)
{
  guint mask = (1u << trie->bits) - 1;
  guint hash = tf_extract_trie_hash (trie, from, c);

  if (!(trie->filter[hash >> 3] & (1u << (hash & 7))))
    return 0;
  for (guint slot = hash >> 4;; slot = (slot + 1) & mask)
    {
      const TfExtractTrieEdge *edge = &trie->edges[slot];

      if (edge->to == 0)
        return 0;
      if (edge->from == from && edge->c == c)
        return edge->to;
    }
}

static inline gpointer
tf_extract_trie_get (const TfExtractTrie *trie,
                     guint                node)
{
  return g_ptr_array_index (trie->values, node);
}

static inline void
tf_extract_trie_set (TfExtractTrie *trie,
                     guint          node,
                     gconstpointer  value)
{
  g_ptr_array_index (trie->values, node) = (gpointer) value;
}

/* tf-gazetteer.c: a bit for each character of the BMP that starts a
 * name, as tf_gazetteer_match () asks first. */
const guint8       *tf_extract_gazetteer_starts (TfGazetteer *self);

/* tf-extract-lexicon.c */
const LexiconEntry *tf_extract_lexicon_match   (const char *folded,
                                                gsize       at,
                                                gsize       length,
                                                gsize      *match_length);
/* Sets class on the characters the words of the lexicon start with. */
void                tf_extract_lexicon_mark_starts (guint16 *classes,
                                                    guint16  class);
gboolean            tf_extract_lexicon_has_trigger (const char *folded,
                                                    gsize       length);
gboolean            tf_extract_is_surname      (const char *folded,
                                                gsize       length,
                                                gsize      *surname_length);
gboolean            tf_extract_is_latin_org_word (const char *word,
                                                  gsize       length,
                                                  TfSector   *sector);
gboolean            tf_extract_is_latin_stop_word (const char *word,
                                                   gsize       length);

/* tf-extract-dates.c */
enum
{
  RELATIVE_NONE,       /* an absolute date */
  RELATIVE_YEAR,       /* offset years from the anchor's year (今年, 去年 …) */
  RELATIVE_MONTH,      /* offset months from the anchor's month */
  RELATIVE_DAY,        /* offset days from the anchor */
  RELATIVE_RECENT,     /* 近日, recently: the anchor's month */
  RELATIVE_MONTH_ONLY, /* "3月", "in March": that month of the anchor's year */
  RELATIVE_DURATION,   /* "四年", "17年": how long, not when */
};

/* Sets class on the characters a date or a head count may start with:
 * any ASCII letter or digit, or one of the Han characters that begin the
 * words of dates and counts (今年, 上周, 三年后, 数十 …). */
void                tf_extract_dates_mark_starts (guint16 *classes,
                                                  guint16  class);
gboolean            tf_extract_match_date      (const char *folded,
                                                gsize       at,
                                                gsize       length,
                                                gsize      *match_length,
                                                Token      *token);
TfDate              tf_extract_resolve_date    (const Token  *token,
                                                const TfDate *anchor);
/* "次年", "the following year": resolved against the paragraph's last
 * absolute date rather than the article's. */
gboolean            tf_extract_date_from_context (const Token *token);
gboolean            tf_extract_match_count     (const char *folded,
                                                gsize       at,
                                                gsize       length,
                                                gsize      *match_length,
                                                guint      *count);

G_END_DECLS
