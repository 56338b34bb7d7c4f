/* tf-label.c: setting a label to text from a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-label"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tf-label.h"
#include "tf-text.h"
#include "tf-wording.h"

/* Adwaita's yellow 2. At this opacity dark text on it (light style) and
 * light text on it (dark style) both keep a contrast above 4.5:1. */
#define HIGHLIGHT_RED   0xf6
#define HIGHLIGHT_GREEN 0xd3
#define HIGHLIGHT_BLUE  0x2d
#define HIGHLIGHT_ALPHA_PERCENT 45

static void
set_language (GtkLabel *label,
              TfScript  script)
{
  PangoAttrList *attributes = NULL;
  const char *language = tf_text_language_for_script (script);

  if (language != NULL)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes,
                              pango_attr_language_new (pango_language_from_string (language)));
    }

  /* GtkLabel keeps these apart from the attributes of its markup and
   * applies both. */
  gtk_label_set_attributes (label, attributes);
  g_clear_pointer (&attributes, pango_attr_list_unref);
}

void
tf_label_set_text (GtkLabel   *label,
                   const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (text == NULL)
    text = "";

  gtk_label_set_text (label, text);
  set_language (label, tf_text_detect_script (text));
}

void
tf_label_set_markup (GtkLabel   *label,
                     const char *markup,
                     TfScript    script)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  if (markup == NULL)
    markup = "";

  gtk_label_set_markup (label, markup);
  if (script == TF_SCRIPT_UNKNOWN)
    script = tf_text_detect_script (gtk_label_get_text (label));
  set_language (label, script);
}

char *
tf_label_escape_text (const char *text)
{
  g_autofree char *escaped = NULL;
  const char *language;

  g_return_val_if_fail (text != NULL, NULL);

  escaped = g_markup_escape_text (text, -1);
  language = tf_text_language_for_script (tf_text_detect_script (text));
  if (language == NULL)
    return g_steal_pointer (&escaped);

  return g_strdup_printf ("<span lang=\"%s\">%s</span>", language, escaped);
}

static int
compare_matches_by_start (gconstpointer a,
                          gconstpointer b)
{
  const TfEvidenceMatch *match_a = a;
  const TfEvidenceMatch *match_b = b;

  if (match_a->start != match_b->start)
    return match_a->start < match_b->start ? -1 : 1;
  return 0;
}

char *
tf_label_highlight_markup (const char            *text,
                           const TfEvidenceMatch *matches,
                           guint                  n_matches)
{
  g_autofree TfEvidenceMatch *sorted = NULL;
  GString *markup;
  gsize length;
  gsize done = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (matches != NULL || n_matches == 0, NULL);

  length = strlen (text);
  sorted = g_memdup2 (matches, sizeof *matches * n_matches);
  /* qsort () takes no NULL array, even an empty one. */
  if (n_matches > 1)
    qsort (sorted, n_matches, sizeof *sorted, compare_matches_by_start);

  markup = g_string_new (NULL);
  for (guint i = 0; i < n_matches; i++)
    {
      gsize start = MAX (sorted[i].start, done);
      gsize end = MIN (sorted[i].end, length);
      g_autofree char *before = NULL;
      g_autofree char *quote = NULL;

      /* Overlapping quotes merge; a range off the text (a stale match) is
       * dropped rather than cut through a character. */
      while (i + 1 < n_matches && sorted[i + 1].start <= end)
        {
          i++;
          end = MIN (MAX (end, sorted[i].end), length);
        }
      if (start >= end
          || !g_utf8_validate (text + start, end - start, NULL)
          || (start < length && (text[start] & 0xc0) == 0x80)
          || (end < length && (text[end] & 0xc0) == 0x80))
        continue;

      before = g_markup_escape_text (text + done, start - done);
      quote = g_markup_escape_text (text + start, end - start);
      g_string_append (markup, before);
      g_string_append_printf (markup,
                              "<span background=\"#%02x%02x%02x\" bgalpha=\"%d%%\">%s</span>",
                              HIGHLIGHT_RED, HIGHLIGHT_GREEN, HIGHLIGHT_BLUE,
                              HIGHLIGHT_ALPHA_PERCENT, quote);
      done = end;
    }

  if (done < length)
    {
      g_autofree char *after = g_markup_escape_text (text + done, length - done);

      g_string_append (markup, after);
    }

  return g_string_free (markup, FALSE);
}

void
tf_label_get_highlight_color (GdkRGBA *color)
{
  g_return_if_fail (color != NULL);

  color->red = HIGHLIGHT_RED / 255.f;
  color->green = HIGHLIGHT_GREEN / 255.f;
  color->blue = HIGHLIGHT_BLUE / 255.f;
  color->alpha = HIGHLIGHT_ALPHA_PERCENT / 100.f;
}

gboolean
tf_label_activate_record_link (GtkWidget  *widget,
                               const char *uri)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  if (g_str_has_prefix (uri, TF_WORDING_ORGANIZATION_URI))
    {
      gtk_widget_activate_action (widget, "detail.activate-organization", "s",
                                  uri + strlen (TF_WORDING_ORGANIZATION_URI));
      return TRUE;
    }

  if (g_str_has_prefix (uri, TF_WORDING_PERSON_URI))
    {
      gtk_widget_activate_action (widget, "detail.activate-person", "s",
                                  uri + strlen (TF_WORDING_PERSON_URI));
      return TRUE;
    }

  return FALSE;
}
