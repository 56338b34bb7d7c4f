/* tf-extract-jsonl.c: the JSON Lines of --extract and --merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "tf-evidence.h"
#include "tf-extract-jsonl.h"

G_DEFINE_QUARK (tf-extract-jsonl-error-quark, tf_extract_jsonl_error)

static const char *kind_words[] = {
  [TF_MOVE_JOIN] = "join",
  [TF_MOVE_LEAVE] = "leave",
  [TF_MOVE_FOUND] = "found",
  [TF_MOVE_RETURN_ACADEMIA] = "return_to_academia",
  [TF_MOVE_TRANSFER] = "transfer",
  [TF_MOVE_APPOINTED] = "appointed",
  [TF_MOVE_OTHER] = "other",
};

const char *
tf_extract_jsonl_kind_to_string (TfMoveKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_words), NULL);
  return kind_words[kind];
}

gboolean
tf_extract_jsonl_kind_from_string (const char *str,
                                   TfMoveKind *kind)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (kind_words); i++)
    if (strcmp (str, kind_words[i]) == 0)
      {
        *kind = (TfMoveKind) i;
        return TRUE;
      }
  return FALSE;
}

static const char *
optional_string (JsonObject *object,
                 const char *member,
                 gboolean   *wrong_type)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *wrong_type = TRUE;
      return NULL;
    }
  return json_node_get_string (node);
}

/* json-glib checks that the line is UTF-8, but writes a lone surrogate
 * escaped after another escape ("\ud12d\ude00") as the surrogate's bytes,
 * which are not: such a string is read with U+FFFD in their place. The
 * copy is kept in repaired. */
static const char *
valid_utf8 (const char *str,
            GPtrArray  *repaired)
{
  char *copy;

  if (str == NULL || g_utf8_validate (str, -1, NULL))
    return str;
  copy = g_utf8_make_valid (str, -1);
  g_ptr_array_add (repaired, copy);
  return copy;
}

/* The four hex digits of a \u escape at p, or -1. */
static int
escape_value (const char *p,
              const char *end)
{
  int value = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* The column (from 1) of the first \u escape in a string of the line that
 * is not four hex digits or is half a surrogate pair, or 0. json-glib 1.6
 * leaks what it has read of the line on a broken pair, and takes other
 * bad escapes silently. */
static gsize
find_bad_escape (const char *line,
                 gsize       size)
{
  const char *end = line + size;
  gboolean in_string = FALSE;

  for (const char *p = line; p < end; p++)
    {
      int value;

      if (*p == '"')
        in_string = !in_string;
      if (!in_string || *p != '\\')
        continue;
      if (p + 1 < end && p[1] != 'u')
        {
          p++;  /* \" and \\ do not end or start anything */
          continue;
        }
      value = escape_value (p, end);
      if (value >= 0xdc00 && value <= 0xdfff)
        return (gsize) (p - line) + 1;
      if (value >= 0xd800 && value <= 0xdbff)
        {
          int low = escape_value (p + 6, end);

          if (low < 0xdc00 || low > 0xdfff)
            return (gsize) (p - line) + 1;
          p += 6;
        }
      else if (value < 0)
        return (gsize) (p - line) + 1;
      p += 5;
    }
  return 0;
}

/* Where the line stops being one JSON object (a 1-based column), 0 when
 * it does not: something other than "{" first, or anything but spaces
 * after the brace that closes it. Strings are skipped, escapes and all. */
static gsize
find_not_one_object (const char *line,
                     gsize       size)
{
  const char *end = line + size;
  gboolean in_string = FALSE;
  gboolean started = FALSE;
  gboolean closed = FALSE;
  guint depth = 0;

  for (const char *p = line; p < end; p++)
    {
      if (in_string)
        {
          if (*p == '\\')
            p++;
          else if (*p == '"')
            in_string = FALSE;
          continue;
        }
      if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        continue;
      if (closed || (!started && *p != '{'))
        return (gsize) (p - line) + 1;
      started = TRUE;
      if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        depth++;
      else if (*p == '}' || *p == ']')
        closed = --depth == 0;
    }
  return 0;
}

/* The one JSON object of a line, owned by parser; NULL with error set
 * when the line is not one JSON object. json-glib 1.6 takes two values in
 * a row ("{…}[]") as one document and leaks the first: a line that holds
 * more than one object is refused before it is parsed, and the line is
 * parsed as the only element of an array, so that what the scan lets
 * through as a second value is a syntax error, which leaks nothing. */
static JsonObject *
parse_line_object (JsonParser  *parser,
                   const char  *line,
                   gssize       length,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *wrapped = NULL;
  gsize size = length < 0 ? strlen (line) : (gsize) length;
  JsonNode *root;
  JsonArray *array;
  JsonNode *element;
  gsize not_object;
  gsize bad_escape;

  not_object = find_not_one_object (line, size);
  if (not_object > 0)
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "not one JSON object: column %" G_GSIZE_FORMAT, not_object);
      return NULL;
    }
  bad_escape = find_bad_escape (line, size);
  if (bad_escape > 0)
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "not JSON: column %" G_GSIZE_FORMAT ": a \\u escape that is not four hex "
                   "digits, or half a surrogate pair", bad_escape);
      return NULL;
    }

  wrapped = g_malloc (size + 3);
  wrapped[0] = '[';
  memcpy (wrapped + 1, line, size);
  wrapped[size + 1] = ']';
  wrapped[size + 2] = '\0';
  if (!json_parser_load_from_data (parser, wrapped, (gssize) size + 2, &local_error))
    {
      /* json-glib quotes the token it stopped at cut to a number of bytes,
       * which may end in the middle of a character; and its column counts
       * the '[' put in front. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);
      guint line_number, column;
      int consumed = 0;

      if (sscanf (message, "<data>:%u:%u: %n", &line_number, &column, &consumed) == 2
          && consumed > 0)
        g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                     "not JSON: column %u: %s",
                     line_number == 1 && column > 1 ? column - 1 : column, message + consumed);
      else
        g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                     "not JSON: %s", message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  array = root != NULL && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root) : NULL;
  element = array != NULL && json_array_get_length (array) == 1
            ? json_array_get_element (array, 0) : NULL;
  if (element == NULL || !JSON_NODE_HOLDS_OBJECT (element))
    {
      g_set_error_literal (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                           "not a JSON object");
      return NULL;
    }
  return json_node_get_object (element);
}

TfSource *
tf_extract_jsonl_read_article (const char  *line,
                               gssize       length,
                               const char  *default_id,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(TfSource) source = NULL;
  g_autoptr(GPtrArray) repaired = g_ptr_array_new_with_free_func (g_free);
  JsonObject *object;
  const char *text, *id, *date, *title, *url;
  gboolean wrong_type = FALSE;
  const char *p;

  object = parse_line_object (parser, line, length, error);
  if (object == NULL)
    return NULL;
  text = valid_utf8 (optional_string (object, "text", &wrong_type), repaired);
  id = valid_utf8 (optional_string (object, "id", &wrong_type), repaired);
  date = valid_utf8 (optional_string (object, "date", &wrong_type), repaired);
  title = valid_utf8 (optional_string (object, "title", &wrong_type), repaired);
  url = valid_utf8 (optional_string (object, "url", &wrong_type), repaired);
  if (wrong_type)
    {
      g_set_error_literal (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                           "id, text, date, title and url must be strings (or null)");
      return NULL;
    }
  if (text == NULL)
    {
      g_set_error_literal (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                           "no \"text\"");
      return NULL;
    }
  source = tf_source_new (id != NULL && *id != '\0' ? id : default_id);
  source->title = g_strdup (title != NULL ? title : "");
  source->url = g_strdup (url);
  if (date != NULL && (!tf_date_parse (date, &source->date)
                       || source->date.precision == TF_DATE_YEAR))
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "\"date\" is not YYYY-MM-DD or YYYY-MM: %s", date);
      return NULL;
    }
  /* One paragraph per line, empty ones included, so that the joined
   * paragraphs are the text itself. */
  p = text;
  for (;;)
    {
      const char *end = strchr (p, '\n');
      g_autofree char *part = g_strndup (p, end != NULL ? (gsize) (end - p) : strlen (p));

      g_ptr_array_add (source->paragraphs, tf_paragraph_new (part, TF_PARAGRAPH_TEXT));
      if (end == NULL)
        break;
      p = end + 1;
    }
  source->script = tf_text_detect_script (text);
  return g_steal_pointer (&source);
}

static const char *
lang_of (TfScript script)
{
  switch (script)
    {
    case TF_SCRIPT_HANS:
      return "zh-Hans";
    case TF_SCRIPT_HANT:
      return "zh-Hant";
    case TF_SCRIPT_LATIN:
      return "en";
    case TF_SCRIPT_UNKNOWN:
    default:
      return NULL;
    }
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_uint (JsonBuilder *builder,
          const char  *member,
          guint        value,
          gboolean     known)
{
  json_builder_set_member_name (builder, member);
  if (known)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
append_node (JsonBuilder *builder,
             GString     *out)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  {
    g_autofree char *line = json_generator_to_data (generator, NULL);

    g_string_append (out, line);
    g_string_append_c (out, '\n');
  }
}

void
tf_extract_jsonl_write_source (const TfSource *source,
                               const char     *file,
                               GString        *out)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *date = tf_date_to_string (&source->date);

  json_builder_begin_object (builder);
  add_string (builder, "type", "source");
  add_string (builder, "id", source->id);
  if (file != NULL)
    add_string (builder, "file", file);
  add_string (builder, "title", source->title);
  add_string (builder, "date", *date != '\0' ? date : NULL);
  add_string (builder, "url", source->url);
  add_string (builder, "lang", lang_of (source->script));
  json_builder_set_member_name (builder, "paragraphs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < source->paragraphs->len; i++)
    json_builder_add_string_value (builder,
                                   ((TfParagraph *) g_ptr_array_index (source->paragraphs,
                                                                       i))->text);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  append_node (builder, out);
}

static const char *
place_name (const TfSuggestedPlace *place)
{
  return place->name;
}

static const char *
place_sector (const TfSuggestedPlace *place)
{
  return place->name != NULL && place->sector_known ? tf_sector_to_string (place->sector) : NULL;
}

static const char *precision_words[] = { NULL, "year", "month", "day" };

static void
write_move (const TfSuggestion *suggestion,
            const TfSource     *source,
            guint               quote_offset,
            GString            *out)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  const TfDate *date = &suggestion->date;
  gboolean dated = date->precision != TF_DATE_UNKNOWN;

  json_builder_begin_object (builder);
  add_string (builder, "type", "move");
  add_string (builder, "source", source->id);
  add_string (builder, "person", suggestion->person);
  add_string (builder, "from", place_name (&suggestion->from));
  add_string (builder, "to", place_name (&suggestion->to));
  add_string (builder, "from_sector", place_sector (&suggestion->from));
  add_string (builder, "to_sector", place_sector (&suggestion->to));
  /* What --merge needs to link the places as the extractor did: the
   * gazetteer's entry, and whether a place is a lane ("创业") rather than
   * an organization. */
  add_string (builder, "from_id", suggestion->from.org_id);
  add_string (builder, "to_id", suggestion->to.org_id);
  json_builder_set_member_name (builder, "from_unnamed");
  json_builder_add_boolean_value (builder, suggestion->from.unnamed);
  json_builder_set_member_name (builder, "to_unnamed");
  json_builder_add_boolean_value (builder, suggestion->to.unnamed);
  add_uint (builder, "year", (guint) date->year, dated);
  add_uint (builder, "month", date->month, dated && date->precision >= TF_DATE_MONTH);
  add_uint (builder, "day", date->day, dated && date->precision >= TF_DATE_DAY);
  add_string (builder, "precision", precision_words[date->precision]);
  json_builder_set_member_name (builder, "derived");
  json_builder_add_boolean_value (builder, dated && date->derived);
  add_string (builder, "kind", tf_extract_jsonl_kind_to_string (suggestion->kind));
  add_string (builder, "status", tf_move_status_to_string (suggestion->status));
  add_string (builder, "role", suggestion->role);
  add_uint (builder, "group_size", suggestion->group_size, TRUE);
  add_string (builder, "group", suggestion->group_label);
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder,
                                 (double) (int) (suggestion->confidence * 100 + 0.5) / 100);
  add_string (builder, "quote", suggestion->evidence != NULL ? suggestion->evidence->exact : NULL);
  add_uint (builder, "quote_offset", quote_offset, TRUE);
  json_builder_end_object (builder);
  append_node (builder, out);
}

void
tf_extract_jsonl_write_move (const TfSuggestion *suggestion,
                             const TfSource     *source,
                             GString            *out)
{
  write_move (suggestion, source, tf_suggestion_quote_offset (suggestion, source), out);
}

void
tf_extract_jsonl_write_moves (GPtrArray      *suggestions,
                              const TfSource *source,
                              GString        *out)
{
  /* Where the last quote was: the next one is counted on from there when
   * it comes later in the text, as the extractor's mostly do, rather than
   * from the start of the text for each. */
  guint paragraph = 0;
  guint byte = 0;
  glong offset = 0;

  for (guint i = 0; i < suggestions->len; i++)
    {
      const TfSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      const TfParagraph *text;

      if (suggestion->paragraph >= source->paragraphs->len)
        {
          write_move (suggestion, source, tf_suggestion_quote_offset (suggestion, source), out);
          continue;
        }
      if (suggestion->paragraph < paragraph
          || (suggestion->paragraph == paragraph && suggestion->quote_start < byte))
        {
          paragraph = 0;
          byte = 0;
          offset = 0;
        }
      for (; paragraph < suggestion->paragraph; paragraph++, byte = 0)
        {
          text = g_ptr_array_index (source->paragraphs, paragraph);
          offset += g_utf8_strlen (text->text + byte, -1) + 1;  /* the "\n" between */
        }
      text = g_ptr_array_index (source->paragraphs, paragraph);
      offset += g_utf8_strlen (text->text + byte, suggestion->quote_start - byte);
      byte = suggestion->quote_start;
      write_move (suggestion, source, (guint) offset, out);
    }
}

/* Context kept around a quote, in characters, as the extractor keeps it. */
#define QUOTE_CONTEXT 32

static void
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID, message);
}

/* A member that is an integer, or null or absent (*known is then FALSE). */
static gint64
optional_int (JsonObject *object,
              const char *member,
              gboolean   *known,
              gboolean   *wrong_type)
{
  JsonNode *node = json_object_get_member (object, member);

  *known = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return 0;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      *wrong_type = TRUE;
      return 0;
    }
  *known = TRUE;
  return json_node_get_int (node);
}

static gboolean
optional_boolean (JsonObject *object,
                  const char *member,
                  gboolean   *wrong_type)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      *wrong_type = TRUE;
      return FALSE;
    }
  return json_node_get_boolean (node);
}

static TfScript
script_of (const char *lang)
{
  if (g_strcmp0 (lang, "zh-Hans") == 0)
    return TF_SCRIPT_HANS;
  if (g_strcmp0 (lang, "zh-Hant") == 0)
    return TF_SCRIPT_HANT;
  if (g_strcmp0 (lang, "en") == 0)
    return TF_SCRIPT_LATIN;
  return TF_SCRIPT_UNKNOWN;
}

static TfSource *
read_source_record (JsonObject  *object,
                    GError     **error)
{
  g_autoptr(TfSource) source = NULL;
  gboolean wrong_type = FALSE;
  const char *id = optional_string (object, "id", &wrong_type);
  const char *file = optional_string (object, "file", &wrong_type);
  const char *title = optional_string (object, "title", &wrong_type);
  const char *date = optional_string (object, "date", &wrong_type);
  const char *url = optional_string (object, "url", &wrong_type);
  const char *lang = optional_string (object, "lang", &wrong_type);
  JsonNode *paragraphs = json_object_get_member (object, "paragraphs");
  JsonArray *array;

  if (wrong_type)
    {
      set_invalid (error, "id, file, title, date, url and lang must be strings (or null)");
      return NULL;
    }
  if (id == NULL || *id == '\0')
    {
      set_invalid (error, "the source has no \"id\"");
      return NULL;
    }
  if (paragraphs == NULL || !JSON_NODE_HOLDS_ARRAY (paragraphs))
    {
      set_invalid (error, "the source has no \"paragraphs\" array");
      return NULL;
    }
  source = tf_source_new (id);
  source->title = g_strdup (title != NULL ? title : "");
  source->url = g_strdup (url);
  source->file_name = g_strdup (file);
  source->script = script_of (lang);
  if (date != NULL && !tf_date_parse (date, &source->date))
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "\"date\" is not a date: %s", date);
      return NULL;
    }
  array = json_node_get_array (paragraphs);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          set_invalid (error, "\"paragraphs\" must hold strings");
          return NULL;
        }
      g_ptr_array_add (source->paragraphs,
                       tf_paragraph_new (json_node_get_string (node), TF_PARAGRAPH_TEXT));
    }
  return g_steal_pointer (&source);
}

static gboolean
read_place (JsonObject       *object,
            const char       *end,
            TfSuggestedPlace *place,
            GError          **error)
{
  g_autofree char *name_member = g_strdup (end);
  g_autofree char *sector_member = g_strconcat (end, "_sector", NULL);
  g_autofree char *id_member = g_strconcat (end, "_id", NULL);
  g_autofree char *unnamed_member = g_strconcat (end, "_unnamed", NULL);
  gboolean wrong_type = FALSE;
  const char *name = optional_string (object, name_member, &wrong_type);
  const char *sector = optional_string (object, sector_member, &wrong_type);
  const char *id = optional_string (object, id_member, &wrong_type);

  place->unnamed = optional_boolean (object, unnamed_member, &wrong_type);
  if (wrong_type)
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "%s, %s, %s and %s have the wrong type", name_member, sector_member,
                   id_member, unnamed_member);
      return FALSE;
    }
  if (sector != NULL)
    {
      if (!tf_sector_from_string (sector, &place->sector))
        {
          g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                       "\"%s\" is not a sector: %s", sector_member, sector);
          return FALSE;
        }
      place->sector_known = TRUE;
    }
  place->name = g_strdup (name);
  place->org_id = g_strdup (id);
  return TRUE;
}

static gboolean
read_date (JsonObject  *object,
           TfDate      *date,
           GError     **error)
{
  gboolean wrong_type = FALSE, has_year, has_month, has_day;
  const char *precision = optional_string (object, "precision", &wrong_type);
  gint64 year = optional_int (object, "year", &has_year, &wrong_type);
  gint64 month = optional_int (object, "month", &has_month, &wrong_type);
  gint64 day = optional_int (object, "day", &has_day, &wrong_type);
  g_autofree char *text = NULL;
  TfDate checked;

  date->precision = TF_DATE_UNKNOWN;
  date->derived = optional_boolean (object, "derived", &wrong_type);
  if (wrong_type)
    {
      set_invalid (error, "year, month, day, precision or derived has the wrong type");
      return FALSE;
    }
  if (precision == NULL)
    return TRUE;
  for (guint i = 1; i < G_N_ELEMENTS (precision_words); i++)
    if (strcmp (precision, precision_words[i]) == 0)
      date->precision = (TfDatePrecision) i;
  if (date->precision == TF_DATE_UNKNOWN
      || !has_year || year < 1000 || year > 9999
      || (date->precision >= TF_DATE_MONTH && (!has_month || month < 1 || month > 12))
      || (date->precision >= TF_DATE_DAY && (!has_day || day < 1 || day > 31)))
    {
      set_invalid (error, "the date (year, month, day, precision) is not a date");
      return FALSE;
    }
  date->year = (gint16) year;
  date->month = date->precision >= TF_DATE_MONTH ? (guint8) month : 0;
  date->day = date->precision >= TF_DATE_DAY ? (guint8) day : 0;
  /* No 2021-02-30. */
  text = tf_date_to_string (date);
  if (!tf_date_parse (text, &checked))
    {
      set_invalid (error, "the date (year, month, day, precision) is not a date");
      return FALSE;
    }
  return TRUE;
}

/* Where the quote is: at quote_offset characters into the joined
 * paragraphs, when it is there. */
static gboolean
locate_quote (const TfSource *source,
              gint64          offset,
              const char     *quote,
              TfSuggestion   *suggestion)
{
  gint64 remaining = offset;

  for (guint i = 0; i < source->paragraphs->len && remaining >= 0; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);
      glong length = g_utf8_strlen (paragraph->text, -1);

      if (remaining <= length)
        {
          const char *start = g_utf8_offset_to_pointer (paragraph->text, (glong) remaining);

          if (strncmp (start, quote, strlen (quote)) != 0)
            return FALSE;
          suggestion->paragraph = i;
          suggestion->quote_start = (guint) (start - paragraph->text);
          suggestion->quote_end = suggestion->quote_start + (guint) strlen (quote);
          return TRUE;
        }
      remaining -= length + 1;  /* the "\n" between paragraphs */
    }
  return FALSE;
}

/* The same prefix and suffix as the extractor gives: up to QUOTE_CONTEXT
 * characters of the quote's paragraph on either side. */
static TfEvidence *
evidence_at (const TfSource     *source,
             const TfSuggestion *suggestion,
             const char         *quote)
{
  const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, suggestion->paragraph);
  const char *text = paragraph->text;
  const char *prefix_start = text + suggestion->quote_start;
  const char *suffix_end = text + suggestion->quote_end;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  for (guint k = 0; k < QUOTE_CONTEXT && prefix_start > text; k++)
    prefix_start = g_utf8_prev_char (prefix_start);
  for (guint k = 0; k < QUOTE_CONTEXT && *suffix_end != '\0'; k++)
    suffix_end = g_utf8_next_char (suffix_end);
  prefix = g_strndup (prefix_start, (gsize) (text + suggestion->quote_start - prefix_start));
  suffix = g_strndup (text + suggestion->quote_end,
                      (gsize) (suffix_end - (text + suggestion->quote_end)));
  return tf_evidence_new (source->id, quote, prefix, suffix);
}

static TfSuggestion *
read_move_record (JsonObject  *object,
                  GHashTable  *sources,
                  GError     **error)
{
  g_autoptr(TfSuggestion) suggestion = tf_suggestion_new ();
  gboolean wrong_type = FALSE, has_group_size, has_offset;
  const char *source_id = optional_string (object, "source", &wrong_type);
  const char *person = optional_string (object, "person", &wrong_type);
  const char *kind = optional_string (object, "kind", &wrong_type);
  const char *status = optional_string (object, "status", &wrong_type);
  const char *role = optional_string (object, "role", &wrong_type);
  const char *group = optional_string (object, "group", &wrong_type);
  const char *quote = optional_string (object, "quote", &wrong_type);
  gint64 group_size = optional_int (object, "group_size", &has_group_size, &wrong_type);
  gint64 offset = optional_int (object, "quote_offset", &has_offset, &wrong_type);
  JsonNode *confidence = json_object_get_member (object, "confidence");
  const TfSource *source;

  if (wrong_type)
    {
      set_invalid (error, "a member of the move has the wrong type");
      return NULL;
    }
  if (source_id == NULL || quote == NULL || *quote == '\0' || kind == NULL)
    {
      set_invalid (error, "a move needs \"source\", \"kind\" and \"quote\"");
      return NULL;
    }
  source = g_hash_table_lookup (sources, source_id);
  if (source == NULL)
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_UNKNOWN_SOURCE,
                   "the move's source “%s” has no record", source_id);
      return NULL;
    }
  if (!tf_extract_jsonl_kind_from_string (kind, &suggestion->kind))
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "\"kind\" is not a kind of move: %s", kind);
      return NULL;
    }
  if (status != NULL && !tf_move_status_from_string (status, &suggestion->status))
    {
      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "\"status\" is not a status: %s", status);
      return NULL;
    }
  if (has_group_size && (group_size < 1 || group_size > G_MAXUINT))
    {
      set_invalid (error, "\"group_size\" must be 1 or more");
      return NULL;
    }
  if (!read_place (object, "from", &suggestion->from, error)
      || !read_place (object, "to", &suggestion->to, error)
      || !read_date (object, &suggestion->date, error))
    return NULL;

  suggestion->person = g_strdup (person);
  suggestion->role = g_strdup (role);
  suggestion->group_label = g_strdup (group);
  suggestion->group_size = has_group_size ? (guint) group_size : 1;
  if (confidence != NULL && JSON_NODE_HOLDS_VALUE (confidence)
      && (json_node_get_value_type (confidence) == G_TYPE_DOUBLE
          || json_node_get_value_type (confidence) == G_TYPE_INT64))
    suggestion->confidence = CLAMP (json_node_get_double (confidence), 0.0, 1.0);

  if (has_offset && locate_quote (source, offset, quote, suggestion))
    suggestion->evidence = evidence_at (source, suggestion, quote);
  else
    {
      /* Hand-made records may have no offset: the first place the quote
       * occurs. */
      TfEvidenceMatch match;

      suggestion->evidence = tf_evidence_new (source->id, quote, NULL, NULL);
      tf_evidence_fill_context (suggestion->evidence, source, QUOTE_CONTEXT);
      if (tf_evidence_resolve (suggestion->evidence, source, &match) == 0)
        {
          g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                       "the quote is not in source “%s”", source->id);
          return NULL;
        }
      suggestion->paragraph = match.paragraph;
      suggestion->quote_start = match.start;
      suggestion->quote_end = match.end;
    }
  return g_steal_pointer (&suggestion);
}

gboolean
tf_extract_jsonl_read_record (const char    *line,
                              gssize         length,
                              GHashTable    *sources,
                              TfSource     **source,
                              TfSuggestion **suggestion,
                              GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gboolean wrong_type = FALSE;
  JsonObject *object;
  const char *type;

  g_return_val_if_fail (line != NULL, FALSE);
  g_return_val_if_fail (sources != NULL, FALSE);
  g_return_val_if_fail (source != NULL && suggestion != NULL, FALSE);

  *source = NULL;
  *suggestion = NULL;
  object = parse_line_object (parser, line, length, error);
  if (object == NULL)
    return FALSE;
  type = optional_string (object, "type", &wrong_type);
  if (g_strcmp0 (type, "source") == 0)
    *source = read_source_record (object, error);
  else if (g_strcmp0 (type, "move") == 0)
    *suggestion = read_move_record (object, sources, error);
  else
    set_invalid (error, "not a record of talentflow --extract: \"type\" is not "
                 "\"source\" or \"move\"");
  return *source != NULL || *suggestion != NULL;
}
