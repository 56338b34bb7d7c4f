/* tf-suggestion.c: a move the extractor suggests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include "tf-suggestion.h"

TfSuggestion *
tf_suggestion_new (void)
{
  TfSuggestion *suggestion = g_new0 (TfSuggestion, 1);

  suggestion->group_size = 1;
  return suggestion;
}

static void
place_clear (TfSuggestedPlace *place)
{
  g_clear_pointer (&place->name, g_free);
  g_clear_pointer (&place->org_id, g_free);
}

void
tf_suggestion_free (TfSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_free (suggestion->person);
  g_free (suggestion->person_id);
  g_free (suggestion->group_label);
  place_clear (&suggestion->from);
  place_clear (&suggestion->to);
  g_free (suggestion->role);
  g_clear_pointer (&suggestion->evidence, tf_evidence_free);
  g_free (suggestion);
}

guint
tf_suggestion_quote_offset (const TfSuggestion *suggestion,
                            const TfSource     *source)
{
  glong offset = 0;

  g_return_val_if_fail (suggestion->paragraph < source->paragraphs->len, 0);
  for (guint i = 0; i < suggestion->paragraph; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      offset += g_utf8_strlen (paragraph->text, -1) + 1;  /* the "\n" between */
    }
  {
    const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, suggestion->paragraph);

    offset += g_utf8_strlen (paragraph->text, suggestion->quote_start);
  }
  return (guint) offset;
}
