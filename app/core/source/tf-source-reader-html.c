/* tf-source-reader-html.c: the paragraphs of an HTML fragment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-source-reader"

#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "tf-source-reader-private.h"

typedef enum
{
  ROLE_INLINE,
  ROLE_BLOCK,
  ROLE_BREAK,
  ROLE_SKIP,
  ROLE_HEADING,
  ROLE_ITEM,
  ROLE_QUOTE,
  ROLE_BOLD,
} ElementRole;

static const struct
{
  const char *name;
  ElementRole role;
} element_roles[] = {
  { "address", ROLE_BLOCK }, { "article", ROLE_BLOCK }, { "aside", ROLE_BLOCK },
  { "b", ROLE_BOLD }, { "blockquote", ROLE_QUOTE }, { "body", ROLE_BLOCK },
  { "br", ROLE_BREAK }, { "button", ROLE_SKIP }, { "center", ROLE_BLOCK },
  { "dd", ROLE_BLOCK }, { "details", ROLE_BLOCK }, { "div", ROLE_BLOCK },
  { "dl", ROLE_BLOCK }, { "dt", ROLE_BLOCK }, { "figcaption", ROLE_BLOCK },
  { "figure", ROLE_BLOCK }, { "footer", ROLE_BLOCK }, { "form", ROLE_BLOCK },
  { "h1", ROLE_HEADING }, { "h2", ROLE_HEADING }, { "h3", ROLE_HEADING },
  { "h4", ROLE_HEADING }, { "h5", ROLE_HEADING }, { "h6", ROLE_HEADING },
  { "head", ROLE_BLOCK }, { "header", ROLE_BLOCK }, { "hr", ROLE_BREAK },
  { "html", ROLE_BLOCK }, { "iframe", ROLE_SKIP }, { "li", ROLE_ITEM },
  { "main", ROLE_BLOCK }, { "math", ROLE_SKIP }, { "nav", ROLE_BLOCK },
  { "noscript", ROLE_SKIP }, { "object", ROLE_SKIP }, { "ol", ROLE_BLOCK },
  { "p", ROLE_BLOCK }, { "pre", ROLE_BLOCK }, { "script", ROLE_SKIP },
  { "section", ROLE_BLOCK }, { "select", ROLE_SKIP }, { "strong", ROLE_BOLD },
  { "style", ROLE_SKIP }, { "summary", ROLE_BLOCK }, { "svg", ROLE_SKIP },
  { "table", ROLE_BLOCK }, { "td", ROLE_BLOCK }, { "template", ROLE_SKIP },
  { "textarea", ROLE_SKIP }, { "th", ROLE_BLOCK }, { "title", ROLE_SKIP },
  { "tr", ROLE_BLOCK }, { "ul", ROLE_BLOCK },
};

static ElementRole
element_role (const xmlNode *node)
{
  const char *name = (const char *) node->name;

  for (guint i = 0; i < G_N_ELEMENTS (element_roles); i++)
    if (g_ascii_strcasecmp (name, element_roles[i].name) == 0)
      return element_roles[i].role;
  return ROLE_INLINE;
}

typedef struct
{
  TfParagraphBuilder *builder;
  char *title;  /* of <title> */
  guint heading_depth;
  guint item_depth;
  guint quote_depth;
  guint bold_depth;
} HtmlWalker;

static TfParagraphKind
walker_kind (const HtmlWalker *w)
{
  if (w->heading_depth > 0)
    return TF_PARAGRAPH_HEADING;
  if (w->item_depth > 0)
    return TF_PARAGRAPH_ITEM;
  if (w->quote_depth > 0)
    return TF_PARAGRAPH_QUOTE;
  return TF_PARAGRAPH_TEXT;
}

/* Text inside HTML can still hold a Markdown "---" line (seed 004); it
 * separates paragraphs like <hr>. */
static void
walker_add_text (HtmlWalker *w,
                 const char *text)
{
  const char *end = text + strlen (text);
  const char *next;

  for (const char *line = text; line != NULL && line < end; line = next)
    {
      gsize len = _tf_next_line (line, end, &next);

      if (_tf_is_thematic_break (line, len))
        _tf_paragraph_builder_break (w->builder);
      else
        _tf_paragraph_builder_append (w->builder, line, len, walker_kind (w), w->bold_depth > 0);
      if (next != NULL)
        _tf_paragraph_builder_append (w->builder, "\n", 1, walker_kind (w), w->bold_depth > 0);
    }
}

/* Returns whether to descend into the node, and then to leave it. */
static gboolean
walker_enter (HtmlWalker *w,
              xmlNode    *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        walker_add_text (w, (const char *) node->content);
      return FALSE;
    }
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  switch (element_role (node))
    {
    case ROLE_SKIP:
      if (w->title == NULL && g_ascii_strcasecmp ((const char *) node->name, "title") == 0)
        {
          xmlChar *content = xmlNodeGetContent (node);

          if (content != NULL)
            w->title = _tf_normalize_line ((const char *) content, strlen ((const char *) content));
          xmlFree (content);
        }
      return FALSE;
    case ROLE_BREAK:
      _tf_paragraph_builder_break (w->builder);
      return FALSE;
    case ROLE_HEADING:
      w->heading_depth++;
      break;
    case ROLE_ITEM:
      w->item_depth++;
      break;
    case ROLE_QUOTE:
      w->quote_depth++;
      break;
    case ROLE_BOLD:
      w->bold_depth++;
      return TRUE;
    case ROLE_INLINE:
      return TRUE;
    case ROLE_BLOCK:
    default:
      break;
    }
  _tf_paragraph_builder_break (w->builder);
  return TRUE;
}

static void
walker_leave (HtmlWalker *w,
              xmlNode    *node)
{
  switch (element_role (node))
    {
    case ROLE_HEADING:
      w->heading_depth--;
      break;
    case ROLE_ITEM:
      w->item_depth--;
      break;
    case ROLE_QUOTE:
      w->quote_depth--;
      break;
    case ROLE_BOLD:
      w->bold_depth--;
      return;
    case ROLE_INLINE:
      return;
    case ROLE_BLOCK:
    case ROLE_BREAK:
    case ROLE_SKIP:
    default:
      break;
    }
  _tf_paragraph_builder_break (w->builder);
}

/* Iterative, so 100 000 nested <div> cannot overflow the stack. */
static void
walk_html (HtmlWalker *w,
           xmlNode    *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = walker_enter (w, node);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      if (descend)
        walker_leave (w, node);
      while (node != root && node->next == NULL)
        {
          node = node->parent;
          walker_leave (w, node);
        }
      if (node == root)
        break;
      node = node->next;
    }
  _tf_paragraph_builder_break (w->builder);
}

static void
ignore_generic_error (void       *data,
                      const char *msg,
                      ...)
{
}

#define PARSE_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_RECOVER \
                       | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING)
/* The smallest piece read after the parser stopped at its depth limit. */
#define MIN_PIECE_BYTES (4 * 1024)

/* libxml2 stops parsing where elements nest deeper than xmlParserMaxDepth
 * (256) and drops the rest of the text; a page with an unclosed <font> or
 * <span> in each paragraph gets that deep. XML_PARSE_HUGE would lift the
 * limit, but each end tag then searches a stack as deep as the page, which
 * takes minutes on hostile input. So where the parser stops, a new parse
 * goes on from depth 0. */
typedef struct
{
  gboolean too_deep;
  gsize stop;  /* bytes into the piece */
} DepthStop;

static void
on_structured_error (void        *data,
                     xmlErrorPtr  error)
{
  DepthStop *stop = data;
  xmlParserCtxtPtr ctxt = error->ctxt;
  xmlParserInputPtr input;

  /* The limit is an internal error raised while the element stack is
   * deeper than it, before the parser throws its input away. */
  if (stop->too_deep || error->domain != XML_FROM_PARSER || error->code != XML_ERR_INTERNAL_ERROR
      || ctxt == NULL || (unsigned int) ctxt->nodeNr <= xmlParserMaxDepth || ctxt->input == NULL)
    return;
  /* Not xmlByteConsumed (), which in libxml2 2.9 is wrong by all but 32 kB
   * of what is left to read. From UTF-8 to UTF-8, offsets in the parser's
   * buffer are offsets in the piece. */
  input = ctxt->input;
  stop->too_deep = TRUE;
  stop->stop = (gsize) input->consumed + (gsize) (input->cur - input->base);
}

/* Adds the paragraphs of piece; returns how much of it was read: all of
 * it, or up to the end of the start tag where the depth limit stopped the
 * parser. */
static gsize
read_piece (htmlParserCtxtPtr  ctxt,
            HtmlWalker        *walker,
            const char        *piece,
            gsize              len)
{
  DepthStop stop = { FALSE, 0 };
  htmlDocPtr doc;
  const char *tag_end;

  xmlSetStructuredErrorFunc (&stop, on_structured_error);
  doc = htmlCtxtReadMemory (ctxt, piece, (int) len, NULL, "UTF-8", PARSE_OPTIONS);
  if (doc != NULL && xmlDocGetRootElement (doc) != NULL)
    walk_html (walker, xmlDocGetRootElement (doc));
  if (doc != NULL)
    xmlFreeDoc (doc);

  if (!stop.too_deep || stop.stop >= len)
    return len;
  /* The parser stopped on the '>' of that tag. */
  tag_end = memchr (piece + stop.stop, '>', len - stop.stop);
  return tag_end != NULL ? (gsize) (tag_end + 1 - piece) : len;
}

/* Where to end a piece of at most size bytes of p: before a tag in its
 * second half, so that neither a tag nor a word is cut, or else between
 * two characters. */
static gsize
piece_end (const char *p,
           gsize       size)
{
  gsize end;

  for (end = size; end > size / 2; end--)
    if (p[end] == '<')
      return end;
  end = size;
  while (end > 0 && ((guchar) p[end] & 0xC0) == 0x80)
    end--;
  return end > 0 ? end : size;
}

/* Returns the document's <title>, if it has one. */
char *
_tf_source_reader_read_html (TfParagraphBuilder *builder,
                             const char         *body,
                             gsize               len)
{
  static gsize initialized;
  HtmlWalker walker = { builder, NULL, 0, 0, 0, 0 };
  xmlStructuredErrorFunc saved_structured = xmlStructuredError;
  void *saved_structured_data = xmlStructuredErrorContext;
  xmlGenericErrorFunc saved_generic = xmlGenericError;
  void *saved_generic_data = xmlGenericErrorContext;
  htmlParserCtxtPtr ctxt;
  gsize done = 0;
  gsize piece_max = len;

  g_assert (len <= G_MAXINT);

  /* libxml2 wants its first initialization done once, from one thread. */
  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }

  /* The error handlers are per thread in libxml2, so this silences only
   * this parse. */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);

  /* The whole body in one piece, unless the parser stops at its depth
   * limit; then the rest in pieces twice as long as the last one read,
   * so that pathological nesting costs linear time. */
  ctxt = htmlNewParserCtxt ();
  while (ctxt != NULL && done < len)
    {
      gsize size = len - done;
      gsize read;

      if (size > piece_max)
        size = piece_end (body + done, piece_max);
      read = read_piece (ctxt, &walker, body + done, size);
      piece_max = MAX (MIN_PIECE_BYTES, 2 * read);
      done += read;
    }
  if (ctxt != NULL)
    htmlFreeParserCtxt (ctxt);

  xmlSetStructuredErrorFunc (saved_structured_data, saved_structured);
  xmlSetGenericErrorFunc (saved_generic_data, saved_generic);

  if (walker.title != NULL && *walker.title == '\0')
    g_clear_pointer (&walker.title, g_free);
  return walker.title;
}
