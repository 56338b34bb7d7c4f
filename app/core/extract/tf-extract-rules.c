/* tf-extract-rules.c: the moves a sentence's tokens report.
 *
 * Each trigger of a sentence in turn: who moves (tf-extract-subjects.c;
 * here the person a move names is remembered for the pronouns of the
 * sentences after), where to and from (tf-extract-places.c), when (the
 * nearest date, resolved against the article's date or the paragraph's
 * last absolute date) and how sure the text is (rumours, plans; denials
 * and static positions give nothing); then the moves of the sentence
 * put together: "从A离职，加入B", "先后加入A和B", "A和B加入X".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-reader-private.h"
#include "tf-text.h"

/* Context kept around a quote, in characters, as tf_evidence_fill_context
 * would. */
#define QUOTE_CONTEXT 32
/* Longer sentences are quoted by the clauses that hold the move. */
#define LONG_SENTENCE 160

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
    /* A month with no year, later in the year than the article: last
     * year's; unless the move is still to come ("is set to join in
     * September"), which is this year's, or next year's if that month has
     * passed. */
    if (d->relative == RELATIVE_MONTH_ONLY && anchor == &reader->source->date
        && anchor->month > 0)
      {
        gboolean planned = has_cue (reader, start, end, CUE_PLAN);

        if (!planned && date->month > anchor->month + 1)
          date->year--;
        else if (planned && date->month + 1 < anchor->month)
          date->year++;
      }
    return date->precision != TF_DATE_UNKNOWN;
  }
}

/* Whether the length bytes at text hold more than n characters: counted
 * only that far, as a sentence may hold many moves and be very long. */
static gboolean
is_longer_than (const char *text,
                gsize       length,
                guint       n)
{
  const char *end = text + length;
  guint count = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    if (++count > n)
      return TRUE;
  return FALSE;
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
  if (is_longer_than (reader->folded + start, end - start, LONG_SENTENCE))
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

  /* "iDST就此创立": the organization was founded; nobody moved. Not when
   * what is founded follows: "left Alibaba to found a startup". */
  if (trigger->sub == TRIGGER_FOUND && !(trigger->flags & LEXICON_TO_STARTUP)
      && tf_extract_place_after (reader, sentence, t, TRUE) == G_MAXUINT && t > start
      && tok (reader, t - 1)->kind == TOKEN_ORG
      && !((trigger->flags & LEXICON_LATIN)
           && tf_extract_latin_unnamed_company_after (reader, trigger)))
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

  subject = tf_extract_find_subject (reader, sentence, t);
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
          origin = tf_extract_place_after (reader, sentence, t, TRUE);

        if (origin != G_MAXUINT && tf_extract_is_bare_descriptor (reader, tok (reader, origin)))
          origin = G_MAXUINT;
        if (origin == G_MAXUINT)
          {
            guint w = tf_extract_place_from_word (reader, sentence, G_MAXUINT);

            origin = w != G_MAXUINT && w < t ? w : G_MAXUINT;
          }
        if (origin == G_MAXUINT && subject.token != G_MAXUINT)
          origin = tf_extract_place_of_person (reader, sentence, subject.token);
        /* "After 31 years at IBM Research, X retired" */
        if (origin == G_MAXUINT)
          origin = tf_extract_place_before_after_word (reader, sentence, start, G_MAXUINT);
        /* "left for Anthropic", "left Amazon for ByteDance": a join. */
        if (origin != G_MAXUINT && origin == t + 2 && is_kind (reader, t + 1, TOKEN_WORD, WORD_TO))
          {
            tf_extract_place_set (reader, &suggestion->to, tok (reader, origin));
            reader->destination = origin;
            origin = subject.token != G_MAXUINT
              ? tf_extract_place_of_person (reader, sentence, subject.token) : G_MAXUINT;
            suggestion->kind = TF_MOVE_JOIN;
          }
        else if (origin != G_MAXUINT && origin + 2 < sentence.last
                 && is_kind (reader, origin + 1, TOKEN_WORD, WORD_TO)
                 && is_place (tok (reader, origin + 2)))
          {
            tf_extract_place_set (reader, &suggestion->to, tok (reader, origin + 2));
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
                    && (tf_extract_latin_name_at (reader, tok (reader, k)->end, &suggestion->to)
                        || tf_extract_latin_name_after (reader, sentence, k, &suggestion->to)))
                  {
                    suggestion->kind = TF_MOVE_JOIN;
                    break;
                  }
              }
          }
        if (origin != G_MAXUINT)
          {
            tf_extract_place_set (reader, &suggestion->from, tok (reader, origin));
            last = MAX (last, origin);
          }
        if (trigger->flags & LEXICON_TO_STARTUP)
          {
            tf_extract_place_set_lane (&suggestion->to, TF_SECTOR_STARTUP,
                                       tf_text_detect_script (reader->text) == TF_SCRIPT_LATIN
                                       ? "startup" : "创业");
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
            && tf_extract_latin_name_at (reader, start > 0 ? tok (reader, start - 1)->end : 0,
                                         &suggestion->to))
          ;
        else if (destination == G_MAXUINT && trigger->sub != TRIGGER_HIRE)
          destination = tf_extract_place_after (reader, sentence, t, TRUE);
        if (destination != G_MAXUINT && (trigger->flags & LEXICON_TO_STARTUP)
            && destination != t + 1)
          destination = G_MAXUINT;
        if (destination != G_MAXUINT
            && tf_extract_is_bare_descriptor (reader, tok (reader, destination)))
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
          tf_extract_announcer_name (reader, sentence, &suggestion->to);
        /* "商汤科技宣布，…X出任公司首席科学家": the organization that
         * announces it, when the appointment names none. */
        if (destination == G_MAXUINT && trigger->sub == TRIGGER_APPOINT
            && subject.token != G_MAXUINT)
          {
            guint own = tf_extract_place_of_person (reader, sentence, subject.token);

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
          destination = tf_extract_place_of_person (reader, sentence, subject.token);
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
            /* A name taken above (who announces it) gives way. */
            g_clear_pointer (&suggestion->to.name, g_free);
            tf_extract_place_set (reader, &suggestion->to, d);
            reader->destination = destination;
            tf_extract_unnamed_company (reader, trigger, d, &suggestion->to);
            if (trigger->sub != TRIGGER_HIRE)
              suggestion->role = tf_extract_role_after (reader, sentence, destination);
            last = MAX (last, destination);
          }
        else if (suggestion->to.name != NULL)
          ;  /* named above: capitalised words or who announces it */
        else if (trigger->sub == TRIGGER_FOUND && !(trigger->flags & LEXICON_TO_STARTUP)
                 && tf_extract_new_name_after (reader, trigger, &suggestion->to))
          ;
        else if (trigger->sub != TRIGGER_HIRE && !(trigger->flags & LEXICON_TO_STARTUP)
                 && tf_extract_latin_name_after (reader, sentence, t, &suggestion->to))
          confidence -= 0.1;
        else if (trigger->sub == TRIGGER_JOIN && !weak
                 && tf_extract_han_name_after (reader, sentence, t, &suggestion->to))
          confidence -= 0.15;
        else if ((trigger->flags & LEXICON_TO_STARTUP)
                 || (trigger->sub == TRIGGER_FOUND && (trigger->flags & LEXICON_LATIN)
                     && tf_extract_latin_unnamed_company_after (reader, trigger)))
          tf_extract_place_set_lane (&suggestion->to, TF_SECTOR_STARTUP,
                                     (trigger->flags & LEXICON_LATIN) ? "startup" : "创业");
        else if (trigger->flags & LEXICON_TO_ACADEMIA)
          tf_extract_place_set_lane (&suggestion->to, TF_SECTOR_ACADEMIA,
                                     (trigger->flags & LEXICON_LATIN) ? "academia" : "学界");
        else
          return NULL;
        suggestion->kind = trigger->move_kind;

        /* Where from. */
        if (from_index == G_MAXUINT)
          {
            guint w = tf_extract_place_from_word (reader, sentence, destination);

            if (w != G_MAXUINT && w != destination)
              from_index = w;
            else if (subject.token != G_MAXUINT)
              from_index = tf_extract_place_of_person (reader, sentence, subject.token);
            if (from_index == G_MAXUINT)
              from_index = tf_extract_place_before_after_word (reader, sentence, start,
                                                               destination);
          }
        if (from_index != G_MAXUINT && from_index != destination)
          {
            tf_extract_place_set (reader, &suggestion->from, tok (reader, from_index));
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
      TfGazetteer *gazetteer = reader->gazetteer;
      const TfGazetteerEntry *from = suggestion->from.org_id != NULL
        ? tf_gazetteer_lookup_id (gazetteer, suggestion->from.org_id) : NULL;
      const TfGazetteerEntry *to = suggestion->to.org_id != NULL
        ? tf_gazetteer_lookup_id (gazetteer, suggestion->to.org_id) : NULL;

      if (from != NULL && to != NULL && from == to)
        suggestion->kind = TF_MOVE_APPOINTED;
      else if (from != NULL && to != NULL
               && g_strcmp0 (tf_extract_root_of (gazetteer, from),
                             tf_extract_root_of (gazetteer, to)) == 0)
        suggestion->kind = TF_MOVE_TRANSFER;
      else if (suggestion->to.sector_known && suggestion->to.sector == TF_SECTOR_ACADEMIA
               && (trigger->sub == TRIGGER_RETURN
                   || (suggestion->from.sector_known
                       && suggestion->from.sector != TF_SECTOR_ACADEMIA)))
        suggestion->kind = TF_MOVE_RETURN_ACADEMIA;
      /* "前英特尔副总裁X被任命为华为首席技术官": a new role at another
       * organization is a move there. */
      else if (suggestion->kind == TF_MOVE_APPOINTED
               && !(suggestion->from.name != NULL && suggestion->to.name != NULL
                    && !suggestion->to.unnamed && (from == NULL || to == NULL || from != to)
                    && g_strcmp0 (suggestion->from.name, suggestion->to.name) != 0))
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

/* The last move suggested in an earlier sentence of the paragraph. */
static TfSuggestion *
last_in_paragraph (Reader *reader)
{
  TfSuggestion *last;

  if (reader->out->len == 0)
    return NULL;
  last = g_ptr_array_index (reader->out, reader->out->len - 1);
  return last->paragraph == reader->index ? last : NULL;
}

/* Whether the list goes on after the place at k: "A, B and C", "A, B,
 * and C", "A, B, C". */
static gboolean
list_goes_on (Reader *reader,
              Span    sentence,
              guint   k)
{
  if (k + 1 < sentence.last && is_kind (reader, k + 1, TOKEN_WORD, WORD_AND))
    return TRUE;
  return k + 2 < sentence.last && tok (reader, k + 1)->kind == TOKEN_CLAUSE_END
         && (is_kind (reader, k + 2, TOKEN_WORD, WORD_AND) || is_place (tok (reader, k + 2)));
}

/* Whether the suggestion's origin is a place its person has moved on
 * from since: one that an earlier move of theirs left or went to, when
 * the last move went elsewhere. */
static gboolean
moved_on_from (GPtrArray          *made,
               const TfSuggestion *suggestion)
{
  const TfSuggestion *last = g_ptr_array_index (made, made->len - 1);

  if (suggestion->from.name == NULL || g_strcmp0 (last->to.name, suggestion->from.name) == 0)
    return FALSE;
  for (guint i = 0; i < made->len; i++)
    {
      const TfSuggestion *before = g_ptr_array_index (made, i);

      if (same_person (before, suggestion)
          && (g_strcmp0 (before->to.name, suggestion->from.name) == 0
              || g_strcmp0 (before->from.name, suggestion->from.name) == 0))
        return TRUE;
    }
  return FALSE;
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
    if (tok (reader, p)->kind == TOKEN_PERSON && tf_extract_is_subject (reader, sentence, p))
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
  tf_extract_place_set (reader, &suggestion->to, tok (reader, org));
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

void
tf_extract_read_sentence (Reader *reader,
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
            pending_from = tf_extract_place_after (reader, sentence, t, TRUE);
          continue;
        }
      /* "joined Google in 2014 and moved to OpenAI": from the move before
       * in the sentence, or else in the paragraph's sentences before ("X
       * joined Huawei in 2019. Two years later, he moved to Xiaomi."). Also
       * when the origin found is a place the person has moved on from
       * since, in a move before that one ("先后加入A和B，去年转投C": from
       * B, not A). */
      {
        TfSuggestion *before = made->len > 0 ? g_ptr_array_index (made, made->len - 1)
                                             : last_in_paragraph (reader);

        if (before != NULL && suggestion->kind != TF_MOVE_FOUND
            && (suggestion->from.name == NULL
                || (made->len > 0 && moved_on_from (made, suggestion)))
            && same_person (before, suggestion) && before->to.name != NULL
            && !before->to.unnamed && trigger->sub != TRIGGER_APPOINT)
          {
            g_free (suggestion->from.name);
            g_free (suggestion->from.org_id);
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

              if (next->kind == TOKEN_PERSON && tf_extract_is_subject (reader, sentence, k))
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
      /* "先后加入A、B和C", "successively joined A, B and C", "joined A,
       * then B": one move per place, each from the one before. A cue
       * before the trigger makes the whole list successive; one inside
       * it, the place after it. A place after a comma is another item
       * only when the list goes on after it: in "先后加入A和B，C也邀请过
       * 他" C begins a clause of its own. */
      if (suggestion->to.name != NULL && !suggestion->to.unnamed
          && reader->destination != G_MAXUINT)
        {
          gboolean whole_list = t > sentence.first
            && has_cue (reader, clause_start (reader, sentence, t), t, CUE_SUCCESSIVE);
          gboolean successive = whole_list;
          gboolean after_comma = FALSE;
          guint place = reader->destination;
          guint subject_token = reader->subject;
          guint k = place + 1;

          g_ptr_array_add (made, suggestion);
          while (k < sentence.last)
            {
              Token *x = tok (reader, k);
              TfSuggestion *next;

              if (x->kind == TOKEN_CUE && x->sub == CUE_SUCCESSIVE)
                {
                  successive = TRUE;
                  after_comma = FALSE;
                }
              else if (x->kind == TOKEN_CLAUSE_END)
                after_comma = TRUE;
              else if (x->kind == TOKEN_WORD && x->sub == WORD_AND)
                after_comma = FALSE;
              else
                {
                  if (!successive || !is_place (x) || x->kind == TOKEN_PLACE)
                    break;
                  if (after_comma && !list_goes_on (reader, sentence, k))
                    break;
                  reader->forced_subject = subject_token;
                  next = suggest (reader, sentence, t, k, place, NULL);
                  reader->forced_subject = G_MAXUINT;
                  if (next == NULL)
                    break;
                  g_ptr_array_add (made, next);
                  place = k;
                  successive = whole_list;
                  after_comma = FALSE;
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
          /* "从百度挖走了X及其团队十余人", "hired X and her team of 12":
           * whom a hire takes, after it. */
          else if (who > t && (tok (reader, t)->flags & LEXICON_ACTIVE_HIRE)
                   && who + 2 < sentence.last && is_kind (reader, who + 1, TOKEN_WORD, WORD_AND))
            {
              guint k = who + 2;

              if (tok (reader, k)->kind == TOKEN_PRONOUN && k + 1 < sentence.last)
                k++;
              if (tok (reader, k)->kind == TOKEN_GROUP)
                other_token = k;
            }
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

      if (x->kind == TOKEN_PERSON && tf_extract_is_subject (reader, sentence, i))
        {
          g_autofree char *name = x->entry != NULL ? g_strdup (x->entry->name)
                                                   : text_span (reader, x->start, x->end);

          /* The last sentence's subject, unless a move named someone. */
          if (made->len == 0)
            remember_subject (reader, name);
          return;
        }
    }
  /* No subject, but the only person the paragraph has named yet: "谈到X，
   * 同事们都说他很低调。去年，他加盟了B" — he is X. */
  if (reader->last_subject_name == NULL)
    {
      guint only = G_MAXUINT;

      for (guint i = sentence.first; i < sentence.last; i++)
        if (tok (reader, i)->kind == TOKEN_PERSON)
          {
            if (only != G_MAXUINT)
              return;
            only = i;
          }
      if (only != G_MAXUINT)
        {
          Token *x = tok (reader, only);
          g_autofree char *name = x->entry != NULL ? g_strdup (x->entry->name)
                                                   : text_span (reader, x->start, x->end);

          remember_subject (reader, name);
        }
    }
}
