/* tf-extract-subjects.c: who moves with a trigger.
 *
 * The person or group before the trigger in its clause, then in the
 * sentence's earlier clauses; the object of "hired" or "B named X"; a
 * pronoun or no subject at all meaning the last person named (which
 * tf-extract-rules.c remembers). People in general ("大牛们离职后") and
 * an organization acting ("阿里巴巴成立X") are nobody's move.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-reader-private.h"

/* A person token that is not the subject: "张亚勤的脚步", "跟随X", "with X". */
gboolean
tf_extract_is_subject (Reader *reader,
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
Subject
tf_extract_find_subject (Reader *reader,
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
              && tf_extract_is_subject (reader, sentence, i - 1))
            {
              /* In earlier clauses the sentence's subject comes first. */
              if (pass == 1)
                {
                  for (guint k = sentence.first; k < i - 1; k++)
                    if ((tok (reader, k)->kind == TOKEN_PERSON
                         || tok (reader, k)->kind == TOKEN_GROUP)
                        && tf_extract_is_subject (reader, sentence, k))
                      {
                        subject.token = k;
                        return subject;
                      }
                }
              subject.token = i - 1;
              return subject;
            }
          if (x->kind == TOKEN_PRONOUN && tf_extract_is_subject (reader, sentence, i - 1))
            {
              /* "离开A之后，X并未…；直到今年9月，她才加入B": the person of
               * the sentence before any earlier one. */
              for (guint k = sentence.first; k < i - 1; k++)
                if (tok (reader, k)->kind == TOKEN_PERSON
                    && tf_extract_is_subject (reader, sentence, k))
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
