/* tf-source-reader.c: reads one article file into a TfSource.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-source-reader"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-source-reader.h"
#include "tf-source-reader-private.h"
#include "tf-text.h"

/* A plain-text first line longer than this is a paragraph, not a title. */
#define MAX_TITLE_CHARS 100
/* Enough text to tell Simplified from Traditional Chinese. */
#define SCRIPT_SAMPLE_BYTES (64 * 1024)
/* Bylines ("新智元报道", "来源：知乎") are looked for this far into the text. */
#define BYLINE_PARAGRAPHS 8
#define MAX_BYLINE_CHARS 30

G_DEFINE_QUARK (tf-source-reader-error-quark, tf_source_reader_error)

typedef struct
{
  char *title;
  char *author;
  char *date;
  char *url;
} FrontMatter;

static void
front_matter_clear (FrontMatter *fm)
{
  g_clear_pointer (&fm->title, g_free);
  g_clear_pointer (&fm->author, g_free);
  g_clear_pointer (&fm->date, g_free);
  g_clear_pointer (&fm->url, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FrontMatter, front_matter_clear)

/* "---" alone on a line: where front matter starts and ends. */
static gboolean
is_dash_line (const char *line,
              gsize       len)
{
  return len >= 3 && line[0] == '-' && strspn (line, "-") >= 3 && _tf_is_thematic_break (line, len);
}

/* YAML-ish scalars: 'single' ('' is a quote), "double" or bare. */
static char *
unquote_scalar (const char *value,
                gsize       len)
{
  g_autofree char *trimmed = g_strstrip (g_strndup (value, len));
  gsize n = strlen (trimmed);

  if (n >= 2 && trimmed[0] == '\'' && trimmed[n - 1] == '\'')
    {
      GString *out = g_string_new (NULL);

      for (gsize i = 1; i < n - 1; i++)
        if (!(trimmed[i] == '\'' && trimmed[i + 1] == '\''))
          g_string_append_c (out, trimmed[i]);
      return g_string_free (out, FALSE);
    }
  if (n >= 2 && trimmed[0] == '"' && trimmed[n - 1] == '"')
    {
      g_autofree char *unescaped = NULL;
      g_autofree char *doubled = NULL;
      gsize backslashes = 0;

      trimmed[n - 1] = '\0';
      /* A last backslash escapes nothing: it is kept as written, doubled
       * for g_strcompress (), which warns of a trailing one. */
      while (backslashes < n - 2 && trimmed[n - 2 - backslashes] == '\\')
        backslashes++;
      if (backslashes % 2 == 1)
        doubled = g_strconcat (trimmed + 1, "\\", NULL);
      unescaped = g_strcompress (doubled != NULL ? doubled : trimmed + 1);
      /* An escape such as "\360" can make bytes that are not UTF-8. */
      return g_utf8_make_valid (unescaped, -1);
    }
  return g_steal_pointer (&trimmed);
}

/* Returns FALSE for a line that cannot be YAML, so that a text opening
 * with a "---" rule is not taken for front matter. */
static gboolean
parse_front_matter_line (FrontMatter *fm,
                         const char  *line,
                         gsize        len)
{
  const char *colon = memchr (line, ':', len);
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  char **slot = NULL;

  /* Indented lines are list items ("categories:") and are not needed. */
  if (len == 0 || g_ascii_isspace (line[0]) || line[0] == '-' || line[0] == '#')
    return TRUE;
  if (colon == NULL)
    return FALSE;
  key = g_ascii_strdown (line, colon - line);
  g_strstrip (key);
  if (strcmp (key, "title") == 0)
    slot = &fm->title;
  else if (strcmp (key, "author") == 0)
    slot = &fm->author;
  else if (strcmp (key, "date") == 0)
    slot = &fm->date;
  else if (strcmp (key, "url") == 0 || strcmp (key, "link") == 0)
    slot = &fm->url;
  if (slot == NULL || *slot != NULL)
    return TRUE;
  /* Whitespace collapsed and control characters gone, as in the text:
   * "\"…\"" may have escaped them in. */
  value = unquote_scalar (colon + 1, len - (gsize) (colon + 1 - line));
  *slot = _tf_normalize_line (value, strlen (value));
  if (**slot == '\0')
    g_clear_pointer (slot, g_free);
  return TRUE;
}

/* Front matter is a block of "key: value" lines between two "---" lines
 * at the start of the file, possibly after blank lines. Returns where the
 * body starts. A block that never closes is not front matter. */
static const char *
parse_front_matter (const char  *text,
                    const char  *end,
                    FrontMatter *fm)
{
  const char *p = text;
  const char *next = NULL;
  gsize len = 0;

  for (; p != NULL && p < end; p = next)
    {
      len = _tf_next_line (p, end, &next);
      if (strspn (p, " \t\r") < len)
        break;
    }
  if (p == NULL || p >= end || !is_dash_line (p, len))
    return text;

  for (const char *line = next; line != NULL && line < end; line = next)
    {
      len = _tf_next_line (line, end, &next);
      if (is_dash_line (line, len))
        return next != NULL ? next : end;
      if (!parse_front_matter_line (fm, line, len))
        break;
    }

  front_matter_clear (fm);
  return text;
}

static guint
parse_month_name (const char *name)
{
  static const char *months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_ascii_strncasecmp (name, months[i], 3) == 0)
      return i + 1;
  return 0;
}

/* "2024-04-23", "2024/4/23", "2021-12" or RFC 2822 "Wed, 15 Dec 2021 13:20:00
 * GMT". The date is taken as written, without moving it across time zones. */
static TfDate
parse_date_value (const char *value)
{
  TfDate date = { 0, 0, 0, TF_DATE_UNKNOWN, FALSE };
  g_autofree char *iso = NULL;
  guint year = 0, month = 0, day = 0;
  char month_name[4] = "";

  if (value == NULL)
    return date;
  if (sscanf (value, "%4u%*[-/]%2u%*[-/]%2u", &year, &month, &day) >= 1 && year >= 1000)
    {
      if (day > 0)
        iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
      else if (month > 0)
        iso = g_strdup_printf ("%04u-%02u", year, month);
      else
        iso = g_strdup_printf ("%04u", year);
    }
  else
    {
      const char *comma = strchr (value, ',');
      const char *p = comma != NULL ? comma + 1 : value;

      if (sscanf (p, "%2u %3s %4u", &day, month_name, &year) == 3
          && (month = parse_month_name (month_name)) > 0)
        iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
    }

  if (iso == NULL || !tf_date_parse (iso, &date))
    date.precision = TF_DATE_UNKNOWN;
  return date;
}

/* "知 <https://www.zhihu.com/…>": an optional short label and a URL in
 * angle brackets, alone on a line. Returns the URL or NULL. */
static char *
parse_url_line (const char *line)
{
  const char *open = strstr (line, "<http");
  const char *close;

  if (open == NULL || g_utf8_strlen (line, open - line) > 10)
    return NULL;
  close = strchr (open, '>');
  if (close == NULL || close[1] != '\0' || memchr (open, ' ', close - open) != NULL)
    return NULL;
  return g_strndup (open + 1, close - open - 1);
}

/* Markdown block markers a plain-text article may use. Returns the kind
 * and moves *line past the marker. */
static TfParagraphKind
plain_line_kind (const char **line)
{
  const char *p = *line;
  guint hashes = strspn (p, "#");

  if (hashes >= 1 && hashes <= 6 && p[hashes] == ' ')
    {
      *line = p + hashes + 1;
      return TF_PARAGRAPH_HEADING;
    }
  if ((p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ')
    {
      *line = p + 2;
      return TF_PARAGRAPH_ITEM;
    }
  if (p[0] == '>' && p[1] == ' ')
    {
      *line = p + 2;
      return TF_PARAGRAPH_QUOTE;
    }
  return TF_PARAGRAPH_TEXT;
}

/* Every non-blank line is a paragraph. Without front matter the first
 * one is the title, and a line holding only a URL names the article's
 * address rather than being text. */
static void
read_plain_text (TfParagraphBuilder  *builder,
                 const char          *body,
                 const char          *end,
                 gboolean             wants_title,
                 char               **title,
                 char               **url)
{
  const char *next;

  for (const char *p = body; p != NULL && p < end; p = next)
    {
      gsize len = _tf_next_line (p, end, &next);
      g_autofree char *line = _tf_normalize_line (p, len);
      g_autofree char *line_url = NULL;
      const char *content = line;
      TfParagraphKind kind;

      if (*line == '\0' || _tf_is_thematic_break (line, strlen (line)))
        continue;
      if (*url == NULL && (line_url = parse_url_line (line)) != NULL)
        {
          *url = g_steal_pointer (&line_url);
          continue;
        }
      kind = plain_line_kind (&content);
      if (wants_title && *title == NULL && g_utf8_strlen (content, -1) <= MAX_TITLE_CHARS)
        {
          *title = g_strdup (content);
          continue;
        }
      wants_title = FALSE;
      _tf_paragraph_builder_append (builder, content, strlen (content), kind, FALSE);
      _tf_paragraph_builder_break (builder);
    }
}

/* Whether the body is an HTML fragment: it has a tag that articles use. */
static gboolean
looks_like_html (const char *body,
                 const char *end)
{
  static const char *tags[] = {
    "a", "b", "blockquote", "body", "br", "div", "em", "h1", "h2", "h3", "h4", "html",
    "img", "li", "ol", "p", "span", "strong", "table", "ul", "!doctype",
  };

  for (const char *p = memchr (body, '<', end - body); p != NULL && p + 1 < end;
       p = memchr (p + 1, '<', end - p - 1))
    {
      const char *name = p[1] == '/' ? p + 2 : p + 1;
      gsize n = 0;

      while (name + n < end && (g_ascii_isalnum (name[n]) || name[n] == '!') && n < 16)
        n++;
      if (n == 0 || name + n >= end || !strchr (" \t\r\n/>", name[n]))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
        if (strlen (tags[i]) == n && g_ascii_strncasecmp (name, tags[i], n) == 0)
          return TRUE;
    }
  return FALSE;
}

/* The length of p up to the first of stops. */
static gsize
span_until_any (const char *p,
                const char *stops[])
{
  gsize n = strlen (p);

  for (guint i = 0; stops[i] != NULL; i++)
    {
      const char *stop = strstr (p, stops[i]);

      if (stop != NULL)
        n = MIN (n, (gsize) (stop - p));
    }
  return n;
}

/* The text after a byline label such as "作者：" up to the next comma,
 * or NULL. */
static char *
byline_value (const char  *text,
              const char **labels)
{
  static const char *stops[] = {
    ",", ";", "|", "(", ")", "，", "；", "。", "、", "（", "）", NULL,
  };

  for (guint i = 0; labels[i] != NULL; i++)
    {
      const char *p = strstr (text, labels[i]);
      gsize n;

      if (p == NULL)
        continue;
      p += strlen (labels[i]);
      if (g_str_has_prefix (p, "："))
        p += strlen ("：");
      else if (*p == ':')
        p++;
      else
        continue;
      while (*p == ' ')
        p++;
      n = span_until_any (p, stops);
      if (n > 0 && g_utf8_strlen (p, n) <= MAX_BYLINE_CHARS)
        return g_strstrip (g_strndup (p, n));
    }
  return NULL;
}

static char *
outlet_from_url (const char *url)
{
  static const struct { const char *host; const char *outlet; } known[] = {
    { "zhihu.com", "知乎" }, { "huxiu.com", "虎嗅" }, { "cnbeta.com", "cnBeta" },
    { "36kr.com", "36氪" }, { "qbitai.com", "量子位" }, { "jiqizhixin.com", "机器之心" },
  };
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;
  char *outlet;

  if (host == NULL || *host == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (host, known[i].host)
        || (g_str_has_suffix (host, known[i].host)
            && host[strlen (host) - strlen (known[i].host) - 1] == '.'))
      return g_strdup (known[i].outlet);
  if (g_str_has_prefix (host, "www."))
    host += 4;
  /* GUri percent-decodes the host: "a%01b" would put a control character,
   * which a dataset cannot save, into the outlet. */
  outlet = _tf_normalize_line (host, strlen (host));
  if (*outlet == '\0')
    g_clear_pointer (&outlet, g_free);
  return outlet;
}

/* The outlet comes from the front matter's author, which in feed exports
 * names the site ("虎嗅", "cnBeta"); else from a byline ("新智元报道",
 * "来源：知乎"); else from the URL's host. */
static void
derive_outlet_and_author (TfSource          *source,
                          const FrontMatter *fm)
{
  static const char *author_labels[] = { "作者", NULL };
  static const char *source_labels[] = { "来源", "來源", NULL };
  const char *texts[BYLINE_PARAGRAPHS];
  guint n = MIN (source->paragraphs->len, BYLINE_PARAGRAPHS);

  for (guint i = 0; i < n; i++)
    texts[i] = ((const TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text;

  source->outlet = g_strdup (fm->author);
  for (guint i = 0; i < n && source->outlet == NULL; i++)
    {
      gsize len = strlen (texts[i]);

      if ((g_str_has_suffix (texts[i], "报道") || g_str_has_suffix (texts[i], "報道"))
          && len > strlen ("报道") && g_utf8_strlen (texts[i], -1) <= MAX_BYLINE_CHARS)
        source->outlet = g_strndup (texts[i], len - strlen ("报道"));
    }
  for (guint i = 0; i < n && source->outlet == NULL; i++)
    source->outlet = byline_value (texts[i], source_labels);
  if (source->outlet == NULL)
    source->outlet = outlet_from_url (source->url);

  for (guint i = 0; i < n && source->author == NULL; i++)
    source->author = byline_value (texts[i], author_labels);
}

static TfScript
detect_script (const GPtrArray *paragraphs)
{
  GString *sample = g_string_new (NULL);
  TfScript script;

  for (guint i = 0; i < paragraphs->len && sample->len < SCRIPT_SAMPLE_BYTES; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      const char *end = paragraph->text + strlen (paragraph->text);

      /* Cut at a character boundary. */
      if ((gsize) (end - paragraph->text) > SCRIPT_SAMPLE_BYTES)
        end = g_utf8_find_prev_char (paragraph->text, paragraph->text + SCRIPT_SAMPLE_BYTES + 1);
      g_string_append_len (sample, paragraph->text, end - paragraph->text);
      g_string_append_c (sample, '\n');
    }
  script = tf_text_detect_script (sample->str);
  g_string_free (sample, TRUE);
  return script;
}

static TfSource *
read_source (GBytes      *bytes,
             const char  *file_name,
             const char  *error_name,
             const char  *id,
             GError     **error)
{
  g_autoptr(TfSource) source = NULL;
  g_auto(FrontMatter) fm = { NULL, NULL, NULL, NULL };
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  TfParagraphBuilder builder;
  const char *body, *end;
  gsize len = 0;

  text = _tf_source_reader_decode (bytes, error_name, &len, error);
  if (text == NULL)
    return NULL;
  end = text + len;

  source = tf_source_new (id);
  source->file_name = g_strdup (file_name);
  body = parse_front_matter (text, end, &fm);
  source->url = g_strdup (fm.url);
  source->date = parse_date_value (fm.date);

  _tf_paragraph_builder_init (&builder);
  if (looks_like_html (body, end))
    title = _tf_source_reader_read_html (&builder, body, (gsize) (end - body));
  else
    read_plain_text (&builder, body, end, fm.title == NULL, &title, &source->url);
  g_ptr_array_extend_and_steal (source->paragraphs, g_steal_pointer (&builder.paragraphs));
  _tf_paragraph_builder_clear (&builder);

  if (source->paragraphs->len == 0)
    {
      g_set_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_EMPTY,
                   _("%s: the article has no text"), error_name);
      return NULL;
    }

  if (fm.title != NULL)
    {
      g_free (title);
      title = g_steal_pointer (&fm.title);
    }
  /* Converters leave pinyin in titles too, wherever the title comes from. */
  if (title != NULL)
    source->title = g_strstrip (tf_text_strip_pinyin_annotations (title));
  else
    {
      /* No title anywhere: the first paragraph, shortened, stands in. */
      const TfParagraph *first = g_ptr_array_index (source->paragraphs, 0);
      const char *cut = first->text;

      for (guint i = 0; i < MAX_TITLE_CHARS / 2 && *cut != '\0'; i++)
        cut = g_utf8_next_char (cut);
      source->title = g_strndup (first->text, cut - first->text);
      if (*cut != '\0')
        {
          g_autofree char *shortened = g_steal_pointer (&source->title);

          source->title = g_strconcat (shortened, "…", NULL);
        }
    }

  derive_outlet_and_author (source, &fm);
  source->script = detect_script (source->paragraphs);
  return g_steal_pointer (&source);
}

TfSource *
tf_source_reader_read_bytes (GBytes      *bytes,
                             const char  *file_name,
                             const char  *id,
                             GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_source (bytes, file_name, file_name != NULL ? file_name : "(article)", id, error);
}

TfSource *
tf_source_reader_read_file (GFile         *file,
                            const char    *id,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *base_name = NULL;
  g_autofree char *parse_name = NULL;
  gsize chunk = 64 * 1024;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  /* Stop reading once past the limit, so a huge (or endless) file is
   * refused without being loaded. */
  while (buffer->len <= TF_SOURCE_READER_MAX_BYTES)
    {
      guint old_len = buffer->len;
      gsize n_read = 0;

      g_byte_array_set_size (buffer, old_len + chunk);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer->data + old_len, chunk,
                                    &n_read, cancellable, error))
        return NULL;
      g_byte_array_set_size (buffer, old_len + (guint) n_read);
      if (n_read < chunk)
        break;
    }

  base_name = g_file_get_basename (file);
  parse_name = g_file_get_parse_name (file);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  return read_source (bytes, base_name, parse_name, id, error);
}
