/* tf-extract-jsonl.c: the JSON Lines of --extract and --merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

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

TfSource *
tf_extract_jsonl_read_article (const char  *line,
                               gssize       length,
                               const char  *default_id,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(TfSource) source = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) repaired = g_ptr_array_new_with_free_func (g_free);
  JsonNode *root;
  JsonObject *object;
  const char *text, *id, *date, *title, *url;
  gboolean wrong_type = FALSE;
  const char *p;

  if (!json_parser_load_from_data (parser, line, length, &local_error))
    {
      /* json-glib quotes the token it stopped at cut to a number of bytes,
       * which may end in the middle of a character. */
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      g_set_error (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                   "not JSON: %s", message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, TF_EXTRACT_JSONL_ERROR, TF_EXTRACT_JSONL_ERROR_INVALID,
                           "not a JSON object");
      return NULL;
    }
  object = json_node_get_object (root);
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
                                   ((TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text);
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

void
tf_extract_jsonl_write_move (const TfSuggestion *suggestion,
                             const TfSource     *source,
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
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, (double) (int) (suggestion->confidence * 100 + 0.5) / 100);
  add_string (builder, "quote", suggestion->evidence != NULL ? suggestion->evidence->exact : NULL);
  add_uint (builder, "quote_offset", tf_suggestion_quote_offset (suggestion, source), TRUE);
  json_builder_end_object (builder);
  append_node (builder, out);
}
