/* tf-extract-places.c: the organizations, places and roles a move names.
 *
 * Where a trigger leads to or from among the tokens (the organization
 * after it, the one in the person's title, 从A), and the names the
 * tokens do not hold: a company named after its description, English
 * capitalised words, Han characters after a join or a founding, who
 * announces it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-reader-private.h"

/* The place a trigger moves to or from: the first organization or place
 * after it in its clause, skipping titles. */
guint
tf_extract_place_after (Reader *reader,
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
guint
tf_extract_place_of_person (Reader *reader,
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
guint
tf_extract_place_before_after_word (Reader *reader,
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

guint
tf_extract_place_from_word (Reader *reader,
                            Span    sentence,
                            guint   before)
{
  for (guint i = sentence.first; i + 1 < sentence.last; i++)
    if (is_kind (reader, i, TOKEN_WORD, WORD_FROM) && is_place (tok (reader, i + 1))
        && i + 1 != before)
      return i + 1;
  return G_MAXUINT;
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
gboolean
tf_extract_is_bare_descriptor (Reader      *reader,
                               const Token *x)
{
  guint start, end;

  return x->kind == TOKEN_ORG && x->entry == NULL && x->end - x->start == 6
         && memcmp (reader->folded + x->start, "公司", 6) == 0
         && !name_after_description (reader, x, &start, &end);
}

void
tf_extract_place_set (Reader           *reader,
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

void
tf_extract_place_set_lane (TfSuggestedPlace *place,
                           TfSector          sector,
                           const char       *label)
{
  place->name = g_strdup (label);
  place->sector = sector;
  place->sector_known = TRUE;
  place->unnamed = TRUE;
}

/* What may follow a Latin name in Chinese as part of it: "LINE台湾". */
static const char *const han_name_parts[] = {
  "台湾", "中国", "香港", "日本", "新加坡", "北京", "上海", "深圳", "研究院", "实验室",
  "研究所", "分公司",
};

/* "joined PhonePe", "left for Vektorwerk", "Perplexity has recruited":
 * capitalised words where an organization goes, when none was
 * recognised. at is a folded offset; the words must start there. In
 * Chinese text (in_han), a place or unit written right after belongs to
 * the name ("LINE台湾"), and any other Chinese word right after makes the
 * Latin letters part of a longer phrase ("AIGC赛道", "GPU初创公司"): no
 * name. */
static gboolean
latin_name_at (Reader           *reader,
               gsize             at,
               TfSuggestedPlace *place,
               gboolean          in_han)
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
      gsize e = tf_extract_word_end (reader, end);

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
  /* "joined the AIGC race": a metaphor's name, not an organization. */
  {
    gsize next = end, n;
    const LexiconEntry *entry;

    while (next < reader->length && reader->folded[next] == ' ')
      next++;
    entry = tf_extract_lexicon_match (reader->folded, next, reader->length, &n);
    if (entry != NULL && entry->kind == TOKEN_CUE && entry->sub == CUE_METAPHOR)
      return FALSE;
  }
  if (in_han && end < reader->length && is_han_at (reader, end))
    {
      gboolean part = FALSE;
      gsize n;

      for (guint i = 0; i < G_N_ELEMENTS (han_name_parts) && !part; i++)
        {
          gsize len = strlen (han_name_parts[i]);

          if (end + len <= reader->length
              && memcmp (reader->folded + end, han_name_parts[i], len) == 0)
            {
              end += len;
              part = TRUE;
            }
        }
      /* Otherwise only a word the extractor reads ("转战Gogolook担任…"). */
      if (!part && tf_extract_lexicon_match (reader->folded, end, reader->length, &n) == NULL)
        return FALSE;
    }
  place->name = text_span (reader, (guint) at, (guint) end);
  return TRUE;
}

gboolean
tf_extract_latin_name_at (Reader           *reader,
                          gsize             at,
                          TfSuggestedPlace *place)
{
  return latin_name_at (reader, at, place, FALSE);
}

/* The same after the trigger, or after the "at", "for" or "to" that
 * follows it in its clause. After a Chinese joining verb, only right
 * after it: "转战Gogolook", "加入 Vektorwerk". */
gboolean
tf_extract_latin_name_after (Reader           *reader,
                             Span              sentence,
                             guint             t,
                             TfSuggestedPlace *place)
{
  if (!(tok (reader, t)->flags & LEXICON_LATIN))
    return tok (reader, t)->sub == TRIGGER_JOIN
           && latin_name_at (reader, tok (reader, t)->end, place, TRUE);
  if (tf_extract_latin_name_at (reader, tok (reader, t)->end, place))
    return TRUE;
  for (guint i = t + 1; i < sentence.last && i < t + 6; i++)
    {
      Token *x = tok (reader, i);

      if (x->kind == TOKEN_CLAUSE_END || x->kind == TOKEN_TRIGGER)
        break;
      if (x->kind == TOKEN_WORD && (x->sub == WORD_AT || x->sub == WORD_TO))
        return tf_extract_latin_name_at (reader, x->end, place);
      /* "named chief technology officer of Arm": "of" after a title, when
       * a name follows ("director of engineering at X" goes on). */
      if (x->kind == TOKEN_WORD && x->sub == WORD_OF && tok (reader, i - 1)->kind == TOKEN_ROLE
          && tf_extract_latin_name_at (reader, x->end, place))
        return TRUE;
    }
  return FALSE;
}

/* "国泰金控今（5）日宣布，…": the Han characters that open a sentence
 * before a date and 宣布 (or 宣布 alone) name who announces it. */
gboolean
tf_extract_announcer_name (Reader           *reader,
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
gboolean
tf_extract_han_name_after (Reader           *reader,
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
gboolean
tf_extract_new_name_after (Reader           *reader,
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

/* "to found a robotics startup", "to start her own company", "launched a
 * new venture": an English founding of a company the text does not name,
 * within a few words of the verb and before the clause ends. */
gboolean
tf_extract_latin_unnamed_company_after (Reader      *reader,
                                        const Token *trigger)
{
  static const char *const articles[] = { " a ", " an ", " her own ", " his own ",
                                          " their own ", " its own ", " a new " };
  static const char *const nouns[] = { "startup", "start-up", "company", "firm",
                                       "venture", "business" };
  gsize at = trigger->end;
  gsize end;
  gboolean article = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (articles) && !article; i++)
    if (reader->length - at >= strlen (articles[i])
        && strncmp (reader->folded + at, articles[i], strlen (articles[i])) == 0)
      {
        at += strlen (articles[i]) - 1;
        article = TRUE;
      }
  if (!article)
    return FALSE;
  /* The noun within five words, none of them ending the clause. */
  end = at;
  for (guint words = 0; end < reader->length && words <= 5; end++)
    {
      char c = reader->folded[end];

      if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '\n')
        break;
      words += c == ' ';
    }
  for (gsize p = at; p < end; p++)
    {
      if (reader->folded[p - 1] != ' ')
        continue;
      for (guint n = 0; n < G_N_ELEMENTS (nouns); n++)
        {
          gsize len = strlen (nouns[n]);

          if (p + len <= end && strncmp (reader->folded + p, nouns[n], len) == 0
              && (p + len == reader->length || !g_ascii_isalnum (reader->folded[p + len])))
            return TRUE;
        }
    }
  return FALSE;
}

/* "创办了一家面向餐饮门店的智能排班公司": a company the text does not
 * name is a lane, a startup when founded; "一家名为声澜智能的初创公司":
 * unless it names it after 名为. */
void
tf_extract_unnamed_company (Reader           *reader,
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
    tf_extract_place_set_lane (out, TF_SECTOR_STARTUP, "创业");
  else
    tf_extract_place_set_lane (out, TF_SECTOR_COMPANY, "业界");
}

/* The root of an organization in the gazetteer, for transfers inside a group. */
const char *
tf_extract_root_of (TfGazetteer            *gazetteer,
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

char *
tf_extract_role_after (Reader *reader,
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
