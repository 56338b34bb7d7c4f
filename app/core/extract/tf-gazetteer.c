/* tf-gazetteer.c: names of organizations and people, matched in folded text.
 *
 * Every name is stored folded (tf_text_fold) and, when it holds Han
 * characters, without the spaces beside them: "腾讯 AI Lab" is written
 * "腾讯AI Lab" as often as not. Matching walks the text the same way,
 * down a trie of the names, so the longest name at a position is found
 * in one walk that mostly ends at the first character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "tf-extract-private.h"
#include "tf-extract-resources.h"
#include "tf-gazetteer.h"
#include "tf-text.h"

#define GAZETTEER_RESOURCE "/io/github/talentflow/TalentFlow/extract/gazetteer.json"

/* Longer names are not names. */
#define MAX_NAME_BYTES 160
/* Matching reads at most this much text. */
#define MAX_MATCH_TEXT 255

struct _TfGazetteer
{
  GObject parent_instance;

  GPtrArray *entries;     /* of TfGazetteerEntry, owned */
  GHashTable *by_name;    /* folded key -> entry */
  GHashTable *by_id;      /* id -> entry */
  TfExtractTrie names;    /* the folded keys; a node's value is its entry */
  /* A bit for each character of the BMP that starts a key: most text is
   * looked up, at every character, and is no name's start. */
  guint8 bmp_starts[0x10000 / 8];
};

G_DEFINE_FINAL_TYPE (TfGazetteer, tf_gazetteer, G_TYPE_OBJECT)

static void
entry_free (TfGazetteerEntry *entry)
{
  g_free (entry->id);
  g_free (entry->name);
  g_free (entry->parent_id);
  g_free (entry->country);
  g_ptr_array_unref (entry->aliases);
  g_free (entry);
}

static void
tf_gazetteer_finalize (GObject *object)
{
  TfGazetteer *self = TF_GAZETTEER (object);

  tf_extract_trie_clear (&self->names);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->by_name);
  g_ptr_array_unref (self->entries);
  G_OBJECT_CLASS (tf_gazetteer_parent_class)->finalize (object);
}

static void
tf_gazetteer_class_init (TfGazetteerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_gazetteer_finalize;
}

static void
tf_gazetteer_init (TfGazetteer *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  tf_extract_trie_init (&self->names);
}

TfGazetteer *
tf_gazetteer_new (void)
{
  return g_object_new (TF_TYPE_GAZETTEER, NULL);
}

TfGazetteer *
tf_gazetteer_new_default (void)
{
  TfGazetteer *self = tf_gazetteer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resource_lookup_data (tf_extract_get_resource (), GAZETTEER_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL || !tf_gazetteer_load_json (self, bytes, &error))
    g_critical ("The bundled gazetteer cannot be read: %s", error->message);
  return self;
}

static gboolean
is_han (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

/* The next character of the key of text[*in, available), past the spaces
 * next to a Han character (previous is the key's last), or 0 at its end:
 * a NUL, or a character cut short or not valid. *in is left on it. */
static gunichar
next_key_char (const char *text,
               gsize       available,
               gsize      *in,
               gunichar    previous)
{
  while (*in < available)
    {
      const char *p = text + *in;
      gunichar c = tf_extract_utf8_get_validated (p, available - *in);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return 0;
      if (c == ' ')
        {
          gunichar after = *in + 1 < available
            ? tf_extract_utf8_get_validated (p + 1, available - *in - 1) : 0;

          if (is_han (previous) || (after != (gunichar) -1 && after != (gunichar) -2
                                    && is_han (after)))
            {
              *in += 1;
              continue;
            }
        }
      return c;
    }
  return 0;
}

/* Copies up to max bytes of folded text into key, dropping the spaces
 * next to a Han character. Returns the key's length. */
static gsize
make_key (const char *text,
          gsize       available,
          char       *key,
          gsize       max)
{
  gsize in = 0, out = 0;
  gunichar c, previous = 0;

  while (out < max && (c = next_key_char (text, available, &in, previous)) != 0)
    {
      gsize n = g_utf8_next_char (text + in) - (text + in);

      if (out + n > max)
        break;
      memcpy (key + out, text + in, n);
      out += n;
      in += n;
      previous = c;
    }
  key[out] = '\0';
  return out;
}

static void
add_name (TfGazetteer      *self,
          TfGazetteerEntry *entry,
          const char       *name)
{
  g_autofree char *folded = NULL;
  char key[MAX_NAME_BYTES + 1];
  gsize length;

  if (name == NULL || *name == '\0')
    return;
  folded = tf_text_fold (name, -1);
  g_strstrip (folded);
  length = make_key (folded, strlen (folded), key, MAX_NAME_BYTES);
  if (length == 0 || length == MAX_NAME_BYTES)
    return;
  /* A dataset's entry replaces a bundled one of the same name; the first
   * of two bundled entries keeps it. */
  if (!entry->from_dataset && g_hash_table_contains (self->by_name, key))
    return;
  g_hash_table_insert (self->by_name, g_strdup (key), entry);
  tf_extract_trie_set (&self->names, tf_extract_trie_add (&self->names, key), entry);
  {
    gunichar first = g_utf8_get_char (key);

    if (first < 0x10000)
      self->bmp_starts[first >> 3] |= (guint8) (1u << (first & 7));
  }
}

static TfGazetteerEntry *
add_entry (TfGazetteer     *self,
           TfGazetteerKind  kind,
           const char      *id,
           const char      *name,
           gboolean         from_dataset)
{
  TfGazetteerEntry *entry = g_new0 (TfGazetteerEntry, 1);

  entry->kind = kind;
  entry->id = g_strdup (id);
  entry->name = g_strdup (name);
  entry->from_dataset = from_dataset;
  entry->aliases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->entries, entry);
  g_hash_table_insert (self->by_id, entry->id, entry);
  add_name (self, entry, name);
  return entry;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gboolean
tf_gazetteer_load_json (TfGazetteer *self,
                        GBytes      *json,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonArray *array;
  gsize size;
  const char *data = g_bytes_get_data (json, &size);

  g_return_val_if_fail (TF_IS_GAZETTEER (self), FALSE);

  if (!json_parser_load_from_data (parser, data, (gssize) size, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   "A gazetteer is an array of organizations");
      return FALSE;
    }
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *id, *name, *sector;
      TfGazetteerEntry *entry;
      JsonNode *aliases;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      id = member_string (object, "id");
      name = member_string (object, "name");
      sector = member_string (object, "sector");
      if (id == NULL || name == NULL || g_hash_table_contains (self->by_id, id))
        {
          g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                       "Gazetteer entry %u has no id or name, or a duplicate id", i);
          return FALSE;
        }
      entry = add_entry (self, TF_GAZETTEER_ORGANIZATION, id, name, FALSE);
      if (sector == NULL || !tf_sector_from_string (sector, &entry->sector))
        entry->sector = TF_SECTOR_COMPANY;
      entry->parent_id = g_strdup (member_string (object, "parent"));
      entry->country = g_strdup (member_string (object, "country"));
      aliases = json_object_get_member (object, "aliases");
      if (aliases != NULL && JSON_NODE_HOLDS_ARRAY (aliases))
        {
          JsonArray *list = json_node_get_array (aliases);

          for (guint k = 0; k < json_array_get_length (list); k++)
            {
              JsonNode *alias = json_array_get_element (list, k);

              if (JSON_NODE_HOLDS_VALUE (alias)
                  && json_node_get_value_type (alias) == G_TYPE_STRING)
                {
                  add_name (self, entry, json_node_get_string (alias));
                  /* Kept for the organizations an import makes of it. */
                  g_ptr_array_add (entry->aliases, g_strdup (json_node_get_string (alias)));
                }
            }
        }
    }
  return TRUE;
}

/* "Yuan Qi" is also written "Qi Yuan". */
static void
add_person_name (TfGazetteer      *self,
                 TfGazetteerEntry *entry,
                 const char       *name)
{
  g_auto(GStrv) words = NULL;

  add_name (self, entry, name);
  if (name == NULL || tf_text_guess_han_script (name) != TF_SCRIPT_UNKNOWN)
    return;
  words = g_strsplit (name, " ", -1);
  if (g_strv_length (words) == 2 && *words[0] != '\0' && *words[1] != '\0')
    {
      g_autofree char *reversed = g_strconcat (words[1], " ", words[0], NULL);

      add_name (self, entry, reversed);
    }
}

void
tf_gazetteer_add_dataset (TfGazetteer *self,
                          TfDataset   *dataset)
{
  GPtrArray *organizations = tf_dataset_get_organizations (dataset);
  GPtrArray *people = tf_dataset_get_people (dataset);

  g_return_if_fail (TF_IS_GAZETTEER (self));

  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);
      TfGazetteerEntry *entry;

      entry = add_entry (self, TF_GAZETTEER_ORGANIZATION, organization->id, organization->name,
                         TRUE);
      entry->sector = organization->sector;
      entry->parent_id = g_strdup (organization->parent_id);
      entry->country = g_strdup (organization->country);
      for (guint k = 0; k < organization->aliases->len; k++)
        add_name (self, entry, g_ptr_array_index (organization->aliases, k));
    }
  for (guint i = 0; i < people->len; i++)
    {
      const TfPerson *person = g_ptr_array_index (people, i);
      TfGazetteerEntry *entry;

      entry = add_entry (self, TF_GAZETTEER_PERSON, person->id, person->name, TRUE);
      add_person_name (self, entry, person->name);
      for (guint k = 0; k < person->aliases->len; k++)
        add_person_name (self, entry, g_ptr_array_index (person->aliases, k));
    }
}

guint
tf_gazetteer_get_n_entries (TfGazetteer *self)
{
  g_return_val_if_fail (TF_IS_GAZETTEER (self), 0);
  return self->entries->len;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) && !is_han (c);
}

const guint8 *
tf_extract_gazetteer_starts (TfGazetteer *self)
{
  return self->bmp_starts;
}

/* A name found along the walk. */
typedef struct
{
  const TfGazetteerEntry *entry;
  gsize used;           /* bytes of text its key took */
  gboolean word_end;    /* its key ends in an ASCII letter or digit */
} Found;

const TfGazetteerEntry *
tf_gazetteer_match (TfGazetteer *self,
                    const char  *folded,
                    gsize        available,
                    gsize       *len)
{
  Found found[MAX_NAME_BYTES];
  guint n_found = 0, node = 0;
  gsize in = 0, out = 0, text = MIN (available, MAX_MATCH_TEXT);
  gunichar c, first, previous = 0;

  g_return_val_if_fail (TF_IS_GAZETTEER (self), NULL);

  if (available == 0)
    return NULL;
  first = tf_extract_utf8_get_validated (folded, available);
  if (first == (gunichar) -1 || first == (gunichar) -2)
    return NULL;
  if (first < 0x10000 && !(self->bmp_starts[first >> 3] & (1u << (first & 7))))
    return NULL;
  /* The key of the text, as make_key () writes it, a character at a time,
   * down the trie while a name goes on. */
  while (out < MAX_NAME_BYTES && (c = next_key_char (folded, text, &in, previous)) != 0)
    {
      gsize n = g_utf8_next_char (folded + in) - (folded + in);

      if (out + n > MAX_NAME_BYTES)
        break;
      node = tf_extract_trie_step (&self->names, node, c);
      if (node == 0)
        break;
      out += n;
      in += n;
      previous = c;
      if (tf_extract_trie_get (&self->names, node) != NULL)
        {
          found[n_found].entry = tf_extract_trie_get (&self->names, node);
          found[n_found].used = in;
          found[n_found++].word_end = c < 0x80 && is_word_char (c);
        }
    }
  while (n_found > 0)
    {
      const Found *name = &found[--n_found];

      /* A Latin name ends at a word's end: "Meta" is not in "Metaverse". */
      if (name->used < available && name->word_end)
        {
          gunichar next = tf_extract_utf8_get_validated (folded + name->used,
                                                     available - name->used);

          if (next != (gunichar) -1 && next != (gunichar) -2 && is_word_char (next))
            continue;
        }
      *len = name->used;
      return name->entry;
    }
  return NULL;
}

const TfGazetteerEntry *
tf_gazetteer_lookup (TfGazetteer *self,
                     const char  *folded_name)
{
  char key[MAX_NAME_BYTES + 1];

  g_return_val_if_fail (TF_IS_GAZETTEER (self), NULL);
  make_key (folded_name, strlen (folded_name), key, MAX_NAME_BYTES);
  return g_hash_table_lookup (self->by_name, key);
}

const TfGazetteerEntry *
tf_gazetteer_lookup_id (TfGazetteer *self,
                        const char  *id)
{
  g_return_val_if_fail (TF_IS_GAZETTEER (self), NULL);
  return g_hash_table_lookup (self->by_id, id);
}
