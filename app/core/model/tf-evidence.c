/* tf-evidence.c: finding an evidence quote (TextQuoteSelector) in its source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-evidence"

/* memmem () */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "tf-evidence.h"

/* Maps a byte offset in tf_source_dup_text () to the paragraph holding it.
 * Walks the paragraph lengths rather than counting "\n", so a paragraph
 * that itself holds a newline cannot shift the count. */
static void
locate_offset (const TfSource *source,
               gsize           offset,
               guint          *paragraph,
               gsize          *paragraph_start)
{
  gsize start = 0;

  g_assert (source->paragraphs->len > 0);

  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *p = g_ptr_array_index (source->paragraphs, i);
      gsize end = start + strlen (p->text);

      /* offset == end is the joining "\n" or the end of the text; an
       * exact never starts there unless it starts with "\n", and then it
       * belongs to the paragraph before rather than to no paragraph. */
      if (offset <= end || i + 1 == source->paragraphs->len)
        {
          *paragraph = i;
          *paragraph_start = start;
          return;
        }
      start = end + 1;
    }
  g_assert_not_reached ();
}

/* The first place selector occurs between from and end. Not strstr:
 * glibc's can take quadratic time (its AVX-512 variant, on a selector
 * longer than the rest of the text); memmem, given both lengths, is linear. */
static const char *
find_selector (const char *from,
               const char *end,
               const char *selector)
{
  g_assert (from <= end);

  return memmem (from, (gsize) (end - from), selector, strlen (selector));
}

guint
tf_evidence_resolve (const TfEvidence *evidence,
                     const TfSource   *source,
                     TfEvidenceMatch  *match)
{
  g_autofree char *text = NULL;
  g_autofree char *selector = NULL;
  gsize prefix_len, exact_len;
  const char *text_end, *first;
  guint count = 0;

  g_return_val_if_fail (evidence != NULL, 0);
  g_return_val_if_fail (source != NULL, 0);

  /* An empty quote would match everywhere and so points nowhere. */
  if (evidence->exact == NULL || *evidence->exact == '\0')
    return 0;

  text = tf_source_dup_text (source);
  prefix_len = evidence->prefix != NULL ? strlen (evidence->prefix) : 0;
  exact_len = strlen (evidence->exact);
  selector = g_strconcat (evidence->prefix != NULL ? evidence->prefix : "",
                          evidence->exact,
                          evidence->suffix != NULL ? evidence->suffix : "",
                          NULL);

  /* Overlapping places count too: two overlapping places are still two
   * places the reader could be sent to. The second search starts one whole
   * character on, since the selector is valid UTF-8 and can only start on a
   * character. Counting stops at two, all that callers need to know, so a
   * quote repeated all over a hostile text costs two linear searches. */
  text_end = text + strlen (text);
  first = find_selector (text, text_end, selector);
  if (first != NULL)
    count = find_selector (g_utf8_next_char (first), text_end, selector) != NULL ? 2 : 1;

  if (match != NULL && first != NULL)
    {
      gsize start = (gsize) (first - text) + prefix_len;
      gsize paragraph_start;
      guint paragraph;

      locate_offset (source, start, &paragraph, &paragraph_start);
      match->paragraph = paragraph;
      match->start = (guint) (start - paragraph_start);
      match->end = (guint) (start - paragraph_start + exact_len);
    }

  return count;
}

/* Up to n characters before position in text, not crossing a "\n" nor
 * going before text itself. */
static char *
context_before (const char *text,
                const char *position,
                guint       n)
{
  const char *begin = position;

  for (guint i = 0; i < n && begin > text; i++)
    {
      const char *prev = g_utf8_prev_char (begin);

      if (*prev == '\n')
        break;
      begin = prev;
    }
  return g_strndup (begin, (gsize) (position - begin));
}

/* Up to n characters from position on, not crossing a "\n". */
static char *
context_after (const char *position,
               guint       n)
{
  const char *end = position;

  for (guint i = 0; i < n && *end != '\0' && *end != '\n'; i++)
    end = g_utf8_next_char (end);
  return g_strndup (position, (gsize) (end - position));
}

void
tf_evidence_fill_context (TfEvidence     *evidence,
                          const TfSource *source,
                          guint           context)
{
  g_autofree char *text = NULL;
  g_autofree char *selector = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  const char *found, *exact_start, *exact_end;
  gsize old_prefix_len, old_suffix_len;

  g_return_if_fail (evidence != NULL);
  g_return_if_fail (source != NULL);

  if (evidence->exact == NULL || *evidence->exact == '\0')
    return;

  /* A prefix or suffix the curator already gave picks the place; with
   * neither, that is the first place exact occurs. */
  old_prefix_len = evidence->prefix != NULL ? strlen (evidence->prefix) : 0;
  old_suffix_len = evidence->suffix != NULL ? strlen (evidence->suffix) : 0;
  text = tf_source_dup_text (source);
  selector = g_strconcat (evidence->prefix != NULL ? evidence->prefix : "",
                          evidence->exact,
                          evidence->suffix != NULL ? evidence->suffix : "",
                          NULL);
  found = find_selector (text, text + strlen (text), selector);
  if (found == NULL)
    return;

  exact_start = found + old_prefix_len;
  exact_end = exact_start + strlen (evidence->exact);

  prefix = context_before (text, exact_start, context);
  suffix = context_after (exact_end, context);

  /* Never shorten what the curator chose: it may be needed to tell two
   * places apart. */
  if (strlen (prefix) > old_prefix_len)
    {
      g_free (evidence->prefix);
      evidence->prefix = g_steal_pointer (&prefix);
    }
  else if (evidence->prefix == NULL)
    evidence->prefix = g_strdup ("");

  if (strlen (suffix) > old_suffix_len)
    {
      g_free (evidence->suffix);
      evidence->suffix = g_steal_pointer (&suffix);
    }
  else if (evidence->suffix == NULL)
    evidence->suffix = g_strdup ("");
}
