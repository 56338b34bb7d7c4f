/* tf-dataset-reader.c: reads a .talentflow document into a TfDataset.
 *
 * A document is checked in the order that keeps hostile input cheap: its size,
 * its encoding, well-formedness (refusing any DTD before a single
 * declaration in it is read), root and version, the RELAX NG schema, and
 * last what a schema cannot say (real dates, unique ids, references). Files
 * are read and written in tf-dataset-file.c, documents written in
 * tf-dataset-writer.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-dataset-reader"

#include "config.h"

#include <string.h>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "tf-core-resources.h"
#include "tf-dataset-file.h"

#define SCHEMA_RESOURCE "/io/github/talentflow/TalentFlow/core/talentflow.rng"

/* No DTD is loaded, no entity substituted, nothing fetched from the network;
 * text nodes keep line numbers above 65535. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING \
                       | XML_PARSE_BIG_LINES)

/* libxml2 2.12 made the error passed to handlers const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *TfXmlError;
#else
typedef xmlError *TfXmlError;
#endif

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* The first thing libxml2 found wrong in a document. */
typedef struct
{
  gboolean has_doctype;
  long doctype_line;
  int code;
  long line;
  char *message;
} Problem;

typedef struct
{
  const char *name;            /* the file, for messages */
  TfDataset *dataset;
  GArray *organization_lines;  /* of long, one per organization read */
} Loader;

static void set_file_error (GError             **error,
                            TfDatasetFileError   code,
                            const char          *name,
                            long                 line,
                            const char          *format,
                            ...) G_GNUC_PRINTF (5, 6);
static gboolean fail (Loader      *loader,
                      xmlNode     *node,
                      GError     **error,
                      const char  *format,
                      ...) G_GNUC_PRINTF (4, 5);

/* Messages read "name:line: what is wrong", or "name: …" without a line. */
static void
set_file_error (GError             **error,
                TfDatasetFileError   code,
                const char          *name,
                long                 line,
                const char          *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, TF_DATASET_FILE_ERROR, code, "%s:%ld: %s", name, line, message);
  else
    g_set_error (error, TF_DATASET_FILE_ERROR, code, "%s: %s", name, message);
}

/* libxml2 keeps the line of an element in 16 bits, even with
 * XML_PARSE_BIG_LINES; record_line keeps longer ones in _private, which
 * libxml2 leaves to applications. */
static long
node_line (xmlNode *node)
{
  if (node->type == XML_ELEMENT_NODE && node->_private != NULL)
    return (long) GPOINTER_TO_SIZE (node->_private);
  return xmlGetLineNo (node);
}

static void
record_line (void           *user_data,
             const xmlChar  *localname,
             const xmlChar  *prefix,
             const xmlChar  *uri,
             int             n_namespaces,
             const xmlChar **namespaces,
             int             n_attributes,
             int             n_defaulted,
             const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;

  xmlSAX2StartElementNs (ctxt, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);
  if (ctxt->node != NULL && ctxt->input != NULL && ctxt->input->line >= G_MAXUINT16)
    ctxt->node->_private = GSIZE_TO_POINTER ((gsize) ctxt->input->line);
}

static void
remember_first_problem (Problem    *problem,
                        TfXmlError  xml_error)
{
  if (problem->message != NULL || xml_error->level < XML_ERR_ERROR)
    return;
  problem->code = xml_error->code;
  problem->line = xml_error->line;
  if (problem->line <= 0 && xml_error->node != NULL)
    problem->line = node_line (xml_error->node);
  /* libxml2 quotes the document in some messages, cut at a byte count that
   * may split a character; GError messages must be UTF-8. */
  problem->message = g_utf8_make_valid (xml_error->message ? xml_error->message : "unknown error",
                                        -1);
  g_strchomp (problem->message);
}

static void
on_parse_error (void       *user_data,
                TfXmlError  xml_error)
{
  xmlParserCtxt *ctxt = user_data;

  remember_first_problem (ctxt->_private, xml_error);
}

static void
on_validity_error (void       *user_data,
                   TfXmlError  xml_error)
{
  remember_first_problem (user_data, xml_error);
}

/* Called at <!DOCTYPE, before any declaration inside it is read. Stopping
 * here means that no entity is ever declared, let alone expanded (billion
 * laughs), and no external subset or entity is fetched. */
static void
refuse_doctype (void          *user_data,
                const xmlChar *name,
                const xmlChar *external_id,
                const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  Problem *problem = ctxt->_private;

  problem->has_doctype = TRUE;
  problem->doctype_line = ctxt->input != NULL ? ctxt->input->line : 0;
  xmlStopParser (ctxt);
}

static gboolean
check_encoding (const char  *data,
                gsize        size,
                const char  *name,
                GError     **error)
{
  const char *end;
  long line = 1;

  if (g_utf8_validate_len (data, size, &end))
    return TRUE;
  for (const char *p = data; p < end; p++)
    if (*p == '\n')
      line++;
  set_file_error (error, TF_DATASET_FILE_ERROR_ENCODING, name, line,
                  "not UTF-8 text (byte %" G_GSIZE_FORMAT " is wrong)",
                  (gsize) (end - data));
  return FALSE;
}

static xmlDoc *
parse_document (const char  *data,
                gsize        size,
                const char  *name,
                GError     **error)
{
  Problem problem = { 0 };
  xmlParserCtxt *ctxt;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) local_error = NULL;

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("libxml2 could not make a parser: out of memory");
  ctxt->_private = &problem;
  ctxt->sax->internalSubset = refuse_doctype;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->startElementNs = record_line;
  /* The encoding is given: a declaration claiming another one is ignored. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, NULL, "UTF-8", PARSE_OPTIONS);
  xmlFreeParserCtxt (ctxt);

  if (problem.has_doctype
      || (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)))
    set_file_error (&local_error, TF_DATASET_FILE_ERROR_FORBIDDEN, name, problem.doctype_line,
                    "a dataset may not have a DTD (<!DOCTYPE …>): entities and "
                    "external references are refused");
  else if (doc == NULL && problem.code == XML_ERR_UNDECLARED_ENTITY)
    set_file_error (&local_error, TF_DATASET_FILE_ERROR_FORBIDDEN, name, problem.line,
                    "a dataset may not use entities: %s", problem.message);
  else if (doc == NULL)
    set_file_error (&local_error, TF_DATASET_FILE_ERROR_MALFORMED, name, problem.line,
                    "not well-formed XML: %s",
                    problem.message ? problem.message : "the parser gave up");
  else if (xmlDocGetRootElement (doc) == NULL)
    set_file_error (&local_error, TF_DATASET_FILE_ERROR_MALFORMED, name, 0,
                    "not well-formed XML: there is no root element");

  g_free (problem.message);
  /* Decided on a local error: the caller's may be NULL. */
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&doc);
}

static gpointer
compile_schema (gpointer data)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxt *ctxt;
  xmlRelaxNG *schema;
  Problem problem = { 0 };

  xmlInitParser ();
  bytes = g_resource_lookup_data (tf_core_get_resource (), SCHEMA_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  ctxt = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL),
                                     (int) g_bytes_get_size (bytes));
  xmlRelaxNGSetParserStructuredErrors (ctxt, on_validity_error, &problem);
  schema = xmlRelaxNGParse (ctxt);
  xmlRelaxNGFreeParserCtxt (ctxt);
  if (schema == NULL)
    g_critical ("The built-in schema %s does not compile: %s", SCHEMA_RESOURCE,
                problem.message ? problem.message : "unknown error");
  g_free (problem.message);
  return schema;
}

static gboolean
validate_document (xmlDoc      *doc,
                   const char  *name,
                   long        *line,
                   GError     **error)
{
  static GOnce schema_once = G_ONCE_INIT;
  /* The compiled schema is shared; libxml2 does not promise that two
   * validations of it may run at once. */
  static GMutex validate_lock;
  xmlRelaxNG *schema = g_once (&schema_once, compile_schema, NULL);
  xmlRelaxNGValidCtxt *ctxt;
  Problem problem = { 0 };
  int result;

  *line = 0;
  if (schema == NULL)
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_INVALID, name, 0,
                      "cannot be checked: the built-in schema is broken");
      return FALSE;
    }

  g_mutex_lock (&validate_lock);
  ctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (ctxt, on_validity_error, &problem);
  result = xmlRelaxNGValidateDoc (ctxt, doc);
  xmlRelaxNGFreeValidCtxt (ctxt);
  g_mutex_unlock (&validate_lock);

  *line = problem.line;
  if (result != 0)
    set_file_error (error, TF_DATASET_FILE_ERROR_INVALID, name, problem.line,
                    "not a valid dataset: %s",
                    problem.message ? problem.message : "the schema does not match");
  g_free (problem.message);
  return result == 0;
}

static gboolean
fail (Loader      *loader,
      xmlNode     *node,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  set_file_error (error, TF_DATASET_FILE_ERROR_INVALID, loader->name,
                  node_line (node), "%s", message);
  return FALSE;
}

static gboolean
bad_value (Loader      *loader,
           xmlNode     *node,
           const char  *attribute,
           const char  *value,
           GError     **error)
{
  return fail (loader, node, error, "%s=\"%s\" is not allowed on <%s>",
               attribute, value ? value : "", (const char *) node->name);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return strcmp ((const char *) node->name, name) == 0;
}

/* Element children only: the text between them is indentation. */
static xmlNode *
skip_to_element (xmlNode *node)
{
  while (node != NULL && node->type != XML_ELEMENT_NODE)
    node = node->next;
  return node;
}

static xmlNode *
first_element (xmlNode *parent)
{
  return skip_to_element (parent->children);
}

static xmlNode *
next_element (xmlNode *node)
{
  return skip_to_element (node->next);
}

static char *
dup_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup (content != NULL ? (const char *) content : "");

  xmlFree (content);
  return text;
}

static char *
dup_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Ids, names of values, dates and numbers: the schema's types ignore white
 * space around them, so the loader does too. */
static char *
dup_token (xmlNode    *node,
           const char *name)
{
  char *value = dup_attribute (node, name);

  return value != NULL ? g_strstrip (value) : NULL;
}

static gboolean
read_date (Loader   *loader,
           xmlNode  *node,
           TfDate   *date,
           GError  **error)
{
  g_autofree char *value = dup_token (node, "date");

  if (!tf_date_parse (value, date))
    return fail (loader, node, error, "“%s” is not a date", value);
  return TRUE;
}

static gboolean
read_boolean (Loader      *loader,
              xmlNode     *node,
              const char  *name,
              gboolean    *value,
              GError     **error)
{
  g_autofree char *str = dup_token (node, name);

  if (str == NULL || g_str_equal (str, "false") || g_str_equal (str, "0"))
    *value = FALSE;
  else if (g_str_equal (str, "true") || g_str_equal (str, "1"))
    *value = TRUE;
  else
    return bad_value (loader, node, name, str, error);
  return TRUE;
}

static gboolean
read_source (Loader   *loader,
             xmlNode  *node,
             GError  **error)
{
  g_autofree char *id = dup_token (node, "id");
  g_autofree char *script = dup_token (node, "script");
  g_autoptr(TfSource) source = tf_source_new (id);
  g_autoptr(GError) local_error = NULL;

  if (!tf_script_from_string (script, &source->script))
    return bad_value (loader, node, "script", script, error);
  if (!read_date (loader, node, &source->date, error))
    return FALSE;
  source->file_name = dup_attribute (node, "file");

  for (xmlNode *child = first_element (node); child != NULL; child = next_element (child))
    {
      if (is_element (child, "title"))
        source->title = dup_text (child);
      else if (is_element (child, "outlet"))
        source->outlet = dup_text (child);
      else if (is_element (child, "author"))
        source->author = dup_text (child);
      else if (is_element (child, "url"))
        source->url = dup_text (child);
      else if (is_element (child, "paragraph"))
        {
          g_autofree char *kind_name = dup_token (child, "kind");
          g_autofree char *text = NULL;
          TfParagraphKind kind = TF_PARAGRAPH_TEXT;

          if (kind_name != NULL && !tf_paragraph_kind_from_string (kind_name, &kind))
            return bad_value (loader, child, "kind", kind_name, error);
          text = dup_text (child);
          g_ptr_array_add (source->paragraphs, tf_paragraph_new (text, kind));
        }
    }

  if (!tf_dataset_add_source (loader->dataset, g_steal_pointer (&source), &local_error))
    return fail (loader, node, error, "%s", local_error->message);
  return TRUE;
}

/* The <name> and <alias> children of an organization or a person. */
static void
read_names (xmlNode    *node,
            char      **name,
            GPtrArray  *aliases)
{
  for (xmlNode *child = first_element (node); child != NULL; child = next_element (child))
    {
      if (is_element (child, "name"))
        {
          g_free (*name);
          *name = dup_text (child);
        }
      else if (is_element (child, "alias"))
        g_ptr_array_add (aliases, dup_text (child));
    }
}

static gboolean
read_organization (Loader   *loader,
                   xmlNode  *node,
                   GError  **error)
{
  g_autofree char *id = dup_token (node, "id");
  g_autofree char *sector_name = dup_token (node, "sector");
  g_autoptr(TfOrganization) organization = NULL;
  g_autoptr(GError) local_error = NULL;
  TfSector sector;
  long line = node_line (node);

  if (!tf_sector_from_string (sector_name, &sector))
    return bad_value (loader, node, "sector", sector_name, error);
  organization = tf_organization_new (id, NULL, sector);
  organization->parent_id = dup_token (node, "parent");
  organization->country = dup_token (node, "country");
  read_names (node, &organization->name, organization->aliases);

  if (!tf_dataset_add_organization (loader->dataset, g_steal_pointer (&organization), &local_error))
    return fail (loader, node, error, "%s", local_error->message);
  g_array_append_val (loader->organization_lines, line);
  return TRUE;
}

/* A parent may come after its children, so parents are checked once all
 * organizations are read. */
static gboolean
check_parents (Loader  *loader,
               GError **error)
{
  GPtrArray *organizations = tf_dataset_get_organizations (loader->dataset);

  g_assert (organizations->len == loader->organization_lines->len);

  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);

      if (organization->parent_id != NULL
          && tf_dataset_lookup_organization (loader->dataset, organization->parent_id) == NULL)
        {
          set_file_error (error, TF_DATASET_FILE_ERROR_INVALID, loader->name,
                          g_array_index (loader->organization_lines, long, i),
                          "organization “%s” has parent “%s”, which does not exist",
                          organization->id, organization->parent_id);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_person (Loader   *loader,
             xmlNode  *node,
             GError  **error)
{
  g_autofree char *id = dup_token (node, "id");
  g_autoptr(TfPerson) person = tf_person_new (id, NULL);
  g_autoptr(GError) local_error = NULL;

  read_names (node, &person->name, person->aliases);
  for (xmlNode *child = first_element (node); child != NULL; child = next_element (child))
    if (is_element (child, "note"))
      person->note = dup_text (child);
  if (!tf_dataset_add_person (loader->dataset, g_steal_pointer (&person), &local_error))
    return fail (loader, node, error, "%s", local_error->message);
  return TRUE;
}

static gboolean
read_affiliation (Loader         *loader,
                  xmlNode        *node,
                  TfAffiliation **out,
                  GError        **error)
{
  g_autofree char *org_id = dup_token (node, "org");
  g_autofree char *sector = dup_token (node, "sector");
  g_autoptr(TfAffiliation) affiliation = tf_affiliation_new (org_id, TF_SECTOR_ACADEMIA);

  if (org_id == NULL && sector == NULL)
    return fail (loader, node, error, "<%s> names neither an organization nor a sector",
                 (const char *) node->name);
  /* Organizations come before moves, so this one is known already. */
  if (org_id != NULL)
    {
      const TfOrganization *organization =
        tf_dataset_lookup_organization (loader->dataset, org_id);

      if (organization == NULL)
        return fail (loader, node, error, "organization “%s” does not exist", org_id);
      affiliation->sector = organization->sector;
    }
  if (sector != NULL && !tf_sector_from_string (sector, &affiliation->sector))
    return bad_value (loader, node, "sector", sector, error);
  affiliation->label = dup_attribute (node, "label");
  affiliation->role = dup_attribute (node, "role");

  *out = g_steal_pointer (&affiliation);
  return TRUE;
}

static gboolean
read_evidence (Loader   *loader,
               xmlNode  *node,
               TfMove   *move,
               GError  **error)
{
  g_autofree char *source_id = dup_token (node, "source");
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  if (tf_dataset_lookup_source (loader->dataset, source_id) == NULL)
    return fail (loader, node, error, "source “%s” does not exist",
                 source_id ? source_id : "");

  for (xmlNode *child = first_element (node); child != NULL; child = next_element (child))
    {
      char **text = NULL;

      if (is_element (child, "exact"))
        text = &exact;
      else if (is_element (child, "prefix"))
        text = &prefix;
      else if (is_element (child, "suffix"))
        text = &suffix;
      if (text != NULL)
        {
          g_free (*text);
          *text = dup_text (child);
        }
    }

  g_ptr_array_add (move->evidence,
                   tf_evidence_new (source_id, exact ? exact : "", prefix, suffix));
  return TRUE;
}

static gboolean
read_move (Loader   *loader,
           xmlNode  *node,
           GError  **error)
{
  g_autofree char *id = dup_token (node, "id");
  g_autofree char *person_id = dup_token (node, "person");
  g_autofree char *kind_name = dup_token (node, "kind");
  g_autofree char *group_size = dup_token (node, "group-size");
  g_autofree char *status = dup_token (node, "status");
  g_autoptr(TfMove) move = NULL;
  g_autoptr(GError) local_error = NULL;
  TfMoveKind kind;
  guint64 size = 1;
  gboolean reviewed = TRUE;

  if (!tf_move_kind_from_string (kind_name, &kind))
    return bad_value (loader, node, "kind", kind_name, error);
  move = tf_move_new (id, kind);

  /* People come before moves, so this one is known already. */
  if (person_id != NULL && tf_dataset_lookup_person (loader->dataset, person_id) == NULL)
    return fail (loader, node, error, "person “%s” does not exist", person_id);
  move->person_id = g_steal_pointer (&person_id);
  if (group_size != NULL)
    {
      /* The schema's positiveInteger may have a sign: "+2". */
      const char *digits = group_size[0] == '+' ? group_size + 1 : group_size;

      if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT, &size, NULL))
        return bad_value (loader, node, "group-size", group_size, error);
    }
  move->group_size = (guint) size;
  if (move->person_id == NULL && move->group_size < 2)
    return fail (loader, node, error, "a move needs a person or a group-size of 2 or more");

  if (!read_date (loader, node, &move->date, error)
      || !read_boolean (loader, node, "date-derived", &move->date.derived, error)
      || !read_boolean (loader, node, "concurrent", &move->concurrent, error)
      || !read_boolean (loader, node, "reviewed", &reviewed, error))
    return FALSE;
  /* read_boolean reads an absent attribute as false; absent is reviewed. */
  move->unreviewed = xmlHasProp (node, BAD_CAST "reviewed") != NULL && !reviewed;
  if (status != NULL && !tf_move_status_from_string (status, &move->status))
    return bad_value (loader, node, "status", status, error);

  for (xmlNode *child = first_element (node); child != NULL; child = next_element (child))
    {
      if (is_element (child, "group"))
        move->group_label = dup_text (child);
      else if (is_element (child, "from") || is_element (child, "to"))
        {
          TfAffiliation **end = is_element (child, "from") ? &move->from : &move->to;

          /* The schema allows one of each; a second would replace the
           * first unseen. */
          if (*end != NULL)
            return fail (loader, child, error, "a move has more than one <%s>",
                         (const char *) child->name);
          if (!read_affiliation (loader, child, end, error))
            return FALSE;
        }
      else if (is_element (child, "note"))
        move->note = dup_text (child);
      else if (is_element (child, "evidence"))
        {
          if (!read_evidence (loader, child, move, error))
            return FALSE;
        }
    }

  if (!tf_dataset_add_move (loader->dataset, g_steal_pointer (&move), &local_error))
    return fail (loader, node, error, "%s", local_error->message);
  return TRUE;
}

/* A rejection may name a source the dataset no longer has: it still keeps
 * that article's suggestion away when the article is imported again. */
static gboolean
read_rejection (Loader   *loader,
                xmlNode  *node,
                GError  **error)
{
  g_autofree char *source_id = dup_token (node, "source");
  g_autofree char *exact = NULL;
  g_autofree char *person = dup_attribute (node, "person");
  g_autofree char *to = dup_attribute (node, "to");

  if (source_id == NULL)
    return fail (loader, node, error, "a <rejection> needs a source");
  for (xmlNode *child = first_element (node); child != NULL; child = next_element (child))
    if (is_element (child, "exact"))
      {
        g_free (exact);
        exact = dup_text (child);
      }
  tf_dataset_add_rejection (loader->dataset,
                            tf_rejection_new (source_id, exact ? exact : "", person, to));
  return TRUE;
}

typedef gboolean (*ReadRecordFunc) (Loader   *loader,
                                    xmlNode  *node,
                                    GError  **error);

static gboolean
read_section (Loader          *loader,
              xmlNode         *section,
              ReadRecordFunc   read_record,
              GError         **error)
{
  for (xmlNode *child = first_element (section); child != NULL; child = next_element (child))
    if (!read_record (loader, child, error))
      return FALSE;
  return TRUE;
}

static gboolean
read_sections (Loader   *loader,
               xmlNode  *root,
               GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  for (xmlNode *child = first_element (root); child != NULL; child = next_element (child))
    {
      gboolean ok = TRUE;

      if (is_element (child, "title"))
        {
          g_autofree char *title = dup_text (child);

          tf_dataset_set_title (loader->dataset, title);
        }
      else if (is_element (child, "sources"))
        ok = read_section (loader, child, read_source, error);
      else if (is_element (child, "organizations"))
        ok = read_section (loader, child, read_organization, error)
             && check_parents (loader, error);
      else if (is_element (child, "people"))
        ok = read_section (loader, child, read_person, error);
      else if (is_element (child, "moves"))
        ok = read_section (loader, child, read_move, error);
      else if (is_element (child, "rejections"))
        ok = read_section (loader, child, read_rejection, error);
      if (!ok)
        return FALSE;
    }

  /* Every reference has been checked with its line; what is left to find
   * here is an organization that is its own ancestor. */
  if (!tf_dataset_check_references (loader->dataset, &local_error))
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_INVALID, loader->name, 0,
                      "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

static TfDataset *
read_dataset (xmlNode     *root,
              const char  *name,
              GError     **error)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(GArray) organization_lines = g_array_new (FALSE, FALSE, sizeof (long));
  Loader loader = { name, dataset, organization_lines };

  if (!read_sections (&loader, root, error))
    return NULL;
  return g_steal_pointer (&dataset);
}

/* The version is read before the schema is applied: a newer file fails the
 * older schema, and "newer version" is the useful thing to say. */
static gboolean
check_root (xmlNode     *root,
            const char  *name,
            GError     **error)
{
  g_autofree char *version = NULL;
  long line = node_line (root);
  guint64 number = 0;

  if (!is_element (root, "talentflow"))
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_NOT_DATASET, name, line,
                      "not a Talent Flow dataset: the document is a <%s>",
                      (const char *) root->name);
      return FALSE;
    }
  if (root->ns == NULL || g_strcmp0 ((const char *) root->ns->href, TF_DATASET_FILE_NAMESPACE) != 0)
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_NOT_DATASET, name, line,
                      "not a Talent Flow dataset: <talentflow> is not in the namespace %s",
                      TF_DATASET_FILE_NAMESPACE);
      return FALSE;
    }

  version = dup_token (root, "version");
  if (version == NULL)
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_VERSION, name, line,
                      "the dataset does not say which format version it has");
      return FALSE;
    }
  if (version[0] == '\0' || strspn (version, "0123456789") != strlen (version))
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_VERSION, name, line,
                      "the format version “%s” is not a number", version);
      return FALSE;
    }
  /* Saturates: a number too large to hold is from far in the future. */
  number = g_ascii_strtoull (version, NULL, 10);
  if (number == 0 || number > TF_DATASET_FILE_VERSION)
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_VERSION, name, line,
                      number == 0 ? "the format version “%s” does not exist"
                                  : "the dataset has format version %s, written by a newer "
                                    "Talent Flow; this one reads versions up to "
                                    G_STRINGIFY (TF_DATASET_FILE_VERSION),
                      version);
      return FALSE;
    }
  return TRUE;
}

TfDataset *
tf_dataset_file_load_bytes (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error)
{
  const char *name = display_name != NULL ? display_name : "dataset";
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) schema_error = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  const char *data;
  long schema_line;
  gsize size;
  xmlNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > TF_DATASET_FILE_MAX_BYTES)
    {
      g_autofree char *size_text = g_format_size (size);
      g_autofree char *max_text = g_format_size (TF_DATASET_FILE_MAX_BYTES);

      set_file_error (error, TF_DATASET_FILE_ERROR_TOO_LARGE, name, 0,
                      "the file is %s; a dataset may have at most %s", size_text, max_text);
      return NULL;
    }
  if (size == 0)
    {
      set_file_error (error, TF_DATASET_FILE_ERROR_MALFORMED, name, 0, "the file is empty");
      return NULL;
    }
  if (!check_encoding (data, size, name, error))
    return NULL;

  doc = parse_document (data, size, name, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (!check_root (root, name, error))
    return NULL;
  if (!validate_document (doc, name, &schema_line, &schema_error))
    {
      /* libxml2 loses the line of some schema errors (a failed choice of
       * attributes). The loader's own checks, safe on any tree, often find
       * the same fault with its line. */
      if (schema_line <= 0)
        dataset = read_dataset (root, name, &local_error);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_propagate_error (error, g_steal_pointer (&schema_error));
      return NULL;
    }
  return read_dataset (root, name, error);
}
