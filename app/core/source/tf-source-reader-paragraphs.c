/* tf-source-reader-paragraphs.c: clean paragraphs from pieces of text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-source-reader"

#include "config.h"

#include <string.h>

#include "tf-source-reader-private.h"
#include "tf-text.h"

void
_tf_paragraph_builder_init (TfParagraphBuilder *b)
{
  memset (b, 0, sizeof *b);
  b->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_paragraph_free);
  b->text = g_string_new (NULL);
}

void
_tf_paragraph_builder_clear (TfParagraphBuilder *b)
{
  g_clear_pointer (&b->paragraphs, g_ptr_array_unref);
  if (b->text != NULL)
    g_string_free (b->text, TRUE);
  b->text = NULL;
}

/* Unicode's noncharacters are for a program's internal use, never for
 * interchange, and are dropped; XML cannot hold U+FFFE and U+FFFF, so an
 * article keeping them could not be saved. */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* A newline between two CJK characters is a line wrap, not a word space. */
void
_tf_paragraph_builder_append (TfParagraphBuilder *b,
                              const char         *text,
                              gsize               len,
                              TfParagraphKind     kind,
                              gboolean            bold)
{
  const char *end = text + len;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_noncharacter (c))
        continue;
      if (c == '\n' || c == '\r')
        b->pending_space = b->pending_newline = TRUE;
      else if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || c == 0xFEFF)
        b->pending_space = TRUE;
      else
        {
          if (b->text->len == 0)
            b->kind = kind;
          else if (b->pending_space
                   && !(b->pending_newline && g_unichar_iswide (b->last) && g_unichar_iswide (c)))
            g_string_append_c (b->text, ' ');
          b->pending_space = b->pending_newline = FALSE;
          g_string_append_len (b->text, p, g_utf8_next_char (p) - p);
          b->last = c;
          if (bold)
            b->n_bold++;
          else
            b->n_plain++;
        }
    }
}

/* Hands back the collected text, unprocessed, and starts over. */
char *
_tf_paragraph_builder_take_text (TfParagraphBuilder *b)
{
  char *text = g_strndup (b->text->str, b->text->len);

  g_string_truncate (b->text, 0);
  b->n_bold = b->n_plain = 0;
  b->last = 0;
  b->pending_space = b->pending_newline = FALSE;
  return text;
}

static GRegex *
inline_markup_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      /* Markdown a converter left in the text: [label](url) and **bold**.
       * Bounded repeats keep matching linear on hostile input. */
      GRegex *r = g_regex_new ("\\[([^\\[\\]\\n]{1,200})\\]\\((?:https?:)?//[^()\\s]{1,2000}\\)"
                               "|\\*\\*([^*\\n]{1,200})\\*\\*",
                               G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (r != NULL);
      g_once_init_leave (&regex, r);
    }
  return regex;
}

/* A short paragraph set wholly in bold that does not end like a sentence is
 * a section heading ("<p><strong>人才流向和技术发展周期有关</strong></p>"). */
static gboolean
looks_like_bold_heading (const TfParagraphBuilder *b,
                         const char               *text)
{
  static const char *sentence_ends[] = { "。", "，", "；", "、", ".", ",", ";" };

  if (b->n_plain > 0 || b->n_bold == 0 || g_utf8_strlen (text, -1) > 40)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (sentence_ends); i++)
    if (g_str_has_suffix (text, sentence_ends[i]))
      return FALSE;
  return TRUE;
}

void
_tf_paragraph_builder_break (TfParagraphBuilder *b)
{
  g_autofree char *raw = NULL;
  g_autofree char *unmarked = NULL;
  g_autofree char *text = NULL;
  TfParagraphKind kind = b->kind;
  gboolean bold_heading;

  if (b->text->len == 0)
    {
      b->pending_space = b->pending_newline = FALSE;
      return;
    }

  bold_heading = looks_like_bold_heading (b, b->text->str);
  raw = _tf_paragraph_builder_take_text (b);
  unmarked = g_regex_replace (inline_markup_regex (), raw, -1, 0, "\\1\\2", 0, NULL);
  text = tf_text_strip_pinyin_annotations (unmarked != NULL ? unmarked : raw);
  g_strstrip (text);
  if (*text == '\0')
    return;

  /* Converters sometimes repeat a line ("新智元报道" twice). */
  if (b->paragraphs->len > 0)
    {
      const TfParagraph *previous = g_ptr_array_index (b->paragraphs, b->paragraphs->len - 1);

      if (strcmp (previous->text, text) == 0)
        return;
    }

  if (bold_heading && (kind == TF_PARAGRAPH_TEXT || kind == TF_PARAGRAPH_QUOTE))
    kind = TF_PARAGRAPH_HEADING;
  g_ptr_array_add (b->paragraphs, tf_paragraph_new (text, kind));
}

/* "---", "***" or "___" alone on a line: a Markdown thematic break. */
gboolean
_tf_is_thematic_break (const char *line,
                       gsize       len)
{
  char mark = 0;
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')
        continue;
      if (line[i] != '-' && line[i] != '*' && line[i] != '_')
        return FALSE;
      if (mark != 0 && line[i] != mark)
        return FALSE;
      mark = line[i];
      n++;
    }
  return n >= 3;
}

/* Splits text into lines. Returns the length of the line at text and sets
 * *next past its newline, or to NULL at the end. */
gsize
_tf_next_line (const char  *text,
               const char  *end,
               const char **next)
{
  const char *newline = memchr (text, '\n', (gsize) (end - text));

  *next = newline != NULL ? newline + 1 : NULL;
  return (gsize) ((newline != NULL ? newline : end) - text);
}

char *
_tf_normalize_line (const char *text,
                    gsize       len)
{
  TfParagraphBuilder b;
  char *result;

  _tf_paragraph_builder_init (&b);
  _tf_paragraph_builder_append (&b, text, len, TF_PARAGRAPH_TEXT, FALSE);
  result = _tf_paragraph_builder_take_text (&b);
  _tf_paragraph_builder_clear (&b);
  return result;
}
