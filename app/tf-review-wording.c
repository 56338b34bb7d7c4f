/* tf-review-wording.c: how a suggested move reads in the review: who
 * went where, its date and kind, and its quote with the names and the
 * date marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-review-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-review-wording.h"
#include "tf-wording.h"

/* Byte ranges [start, end) of the quote to highlight, with a class. */
typedef struct
{
  gsize start;
  gsize end;
  const char *open;
} Mark;

static void
mark_name (GArray     *marks,
           const char *quote,
           const char *name,
           const char *open)
{
  const char *found;

  if (name == NULL || name[0] == '\0')
    return;

  for (const char *p = quote; (found = strstr (p, name)) != NULL; p = found + strlen (name))
    {
      Mark mark = { found - quote, found - quote + strlen (name), open };

      g_array_append_val (marks, mark);
    }
}

/* The date as the text writes it: the year and what follows it of
 * digits, 年月日号 and separators ("2021年11月15日", "2021-11"). Or a
 * month alone ("11月"). */
static void
mark_date (GArray       *marks,
           const char   *quote,
           const TfDate *date,
           const char   *open)
{
  g_autofree char *needle = NULL;
  const char *found = NULL;
  const char *end;

  if (date->precision == TF_DATE_UNKNOWN)
    return;

  needle = g_strdup_printf ("%d", date->year);
  found = strstr (quote, needle);
  if (found == NULL && date->precision >= TF_DATE_MONTH)
    {
      g_free (needle);
      needle = g_strdup_printf ("%u月", date->month);
      found = strstr (quote, needle);
    }
  if (found == NULL)
    return;

  end = found;
  while (*end != '\0')
    {
      gunichar c = g_utf8_get_char (end);

      if (!(g_unichar_isdigit (c) || c == 0x5E74 /* 年 */ || c == 0x6708 /* 月 */
            || c == 0x65E5 /* 日 */ || c == 0x53F7 /* 号 */ || c == '-' || c == '/'
            || c == '.'))
        break;
      end = g_utf8_next_char (end);
    }
  /* Not a trailing separator. */
  while (end > found && (end[-1] == '-' || end[-1] == '/' || end[-1] == '.'))
    end--;

  {
    Mark mark = { found - quote, end - quote, open };

    g_array_append_val (marks, mark);
  }
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *ma = a;
  const Mark *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  /* The longer first, so that it wins the overlap. */
  return ma->end > mb->end ? -1 : ma->end < mb->end;
}

char *
tf_review_wording_quote_markup (const TfSuggestion *suggestion,
                                const char         *quote)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  GString *markup = g_string_new (NULL);
  gsize at = 0;

  /* Translucent backgrounds read on light and dark alike. */
  mark_name (marks, quote, suggestion->person,
             "<span weight=\"bold\" bgcolor=\"#e5a50a\" bgalpha=\"30%\">");
  mark_name (marks, quote, suggestion->from.name,
             "<span bgcolor=\"#3584e4\" bgalpha=\"25%\">");
  mark_name (marks, quote, suggestion->to.name,
             "<span bgcolor=\"#3584e4\" bgalpha=\"25%\">");
  mark_date (marks, quote, &suggestion->date,
             "<span bgcolor=\"#2ec27e\" bgalpha=\"25%\">");
  g_array_sort (marks, compare_marks);

  for (guint i = 0; i < marks->len; i++)
    {
      const Mark *mark = &g_array_index (marks, Mark, i);
      g_autofree char *before = NULL;
      g_autofree char *inside = NULL;

      if (mark->start < at)
        continue;  /* overlaps one already marked */
      before = g_markup_escape_text (quote + at, mark->start - at);
      inside = g_markup_escape_text (quote + mark->start, mark->end - mark->start);
      g_string_append (markup, before);
      g_string_append (markup, mark->open);
      g_string_append (markup, inside);
      g_string_append (markup, "</span>");
      at = mark->end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (quote + at, -1);

    g_string_append (markup, rest);
  }

  return g_string_free (markup, FALSE);
}

char *
tf_review_wording_dup_quote (const TfSuggestion *suggestion,
                             const TfSource     *source)
{
  const TfParagraph *paragraph;
  gsize len;

  if (source != NULL && suggestion->paragraph < source->paragraphs->len)
    {
      paragraph = g_ptr_array_index (source->paragraphs, suggestion->paragraph);
      len = strlen (paragraph->text);
      if (suggestion->quote_start < suggestion->quote_end && suggestion->quote_end <= len)
        return g_strndup (paragraph->text + suggestion->quote_start,
                          suggestion->quote_end - suggestion->quote_start);
    }
  if (suggestion->evidence != NULL)
    return g_strdup (suggestion->evidence->exact);
  return g_strdup ("");
}

static TfAffiliation *
place_affiliation (const TfSuggestedPlace *place)
{
  TfAffiliation *affiliation;

  if (place->name == NULL && !place->sector_known)
    return NULL;

  /* Named as the text names it: the wording shows the label. */
  affiliation = tf_affiliation_new (NULL, place->sector_known ? place->sector : TF_SECTOR_COMPANY);
  affiliation->label = g_strdup (place->name);
  return affiliation;
}

char *
tf_review_wording_route (TfDataset          *dataset,
                         const TfSuggestion *suggestion)
{
  g_autoptr(TfMove) move = tf_move_new ("review", suggestion->kind);
  g_autofree char *route = NULL;
  g_autofree char *who = NULL;
  g_autofree char *who_escaped = NULL;
  g_autofree char *route_escaped = NULL;

  move->from = place_affiliation (&suggestion->from);
  move->to = place_affiliation (&suggestion->to);
  move->group_size = MAX (suggestion->group_size, 1);
  move->group_label = g_strdup (suggestion->group_label);

  if (move->from == NULL && move->to == NULL)
    route = g_strdup (_("Places not stated"));
  else
    route = tf_wording_route (dataset, move);

  if (suggestion->person != NULL)
    who = g_strdup (suggestion->person);
  else
    who = tf_wording_group (move);

  who_escaped = g_markup_escape_text (who, -1);
  route_escaped = g_markup_escape_text (route, -1);
  /* Translators: a suggested move: who, then where from and to. */
  return g_strdup_printf (_("<b>%s</b>: %s"), who_escaped, route_escaped);
}

char *
tf_review_wording_details (const TfSuggestion *suggestion)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, tf_wording_date (&suggestion->date));
  g_ptr_array_add (parts, g_strdup (tf_wording_move_kind (suggestion->kind)));
  if (suggestion->role != NULL && suggestion->role[0] != '\0')
    g_ptr_array_add (parts, g_strdup (suggestion->role));
  if (suggestion->group_size > 1)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u person", "%u people",
                                                       suggestion->group_size),
                                             suggestion->group_size));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

const char *
tf_review_wording_status (TfMoveStatus status)
{
  switch (status)
    {
    case TF_MOVE_STATUS_PLANNED:
      return C_("move status", "Planned");
    case TF_MOVE_STATUS_RUMOURED:
      return C_("move status", "Rumoured");
    case TF_MOVE_STATUS_REPORTED:
    default:
      return NULL;
    }
}
