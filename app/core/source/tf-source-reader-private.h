/* tf-source-reader-private.h: what the parts of the source reader share.
 *
 * tf-source-reader-paragraphs.c turns pieces of text into clean
 * paragraphs, tf-source-reader-html.c walks HTML,
 * tf-source-reader-encoding.c decodes the bytes, tf-source-reader.c does
 * the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-model.h"

G_BEGIN_DECLS

/* Collects paragraphs from text handed over in pieces, collapsing
 * whitespace as HTML does. */
typedef struct
{
  GPtrArray *paragraphs;     /* of TfParagraph */
  GString *text;
  TfParagraphKind kind;
  guint n_bold;              /* non-space characters inside <strong>/<b> */
  guint n_plain;             /* non-space characters outside them */
  gunichar last;
  gboolean pending_space;
  gboolean pending_newline;
} TfParagraphBuilder;

void      _tf_paragraph_builder_init      (TfParagraphBuilder *b);
void      _tf_paragraph_builder_clear     (TfParagraphBuilder *b);
/* Adds text, collapsing whitespace; kind applies if a paragraph starts. */
void      _tf_paragraph_builder_append    (TfParagraphBuilder *b,
                                           const char         *text,
                                           gsize               len,
                                           TfParagraphKind     kind,
                                           gboolean            bold);
/* Ends the current paragraph, if it has text. */
void      _tf_paragraph_builder_break     (TfParagraphBuilder *b);
char     *_tf_paragraph_builder_take_text (TfParagraphBuilder *b);

/* Whitespace collapsed and trimmed, as in a paragraph. */
char     *_tf_normalize_line              (const char         *text,
                                           gsize               len);
gboolean  _tf_is_thematic_break           (const char         *line,
                                           gsize               len);
gsize     _tf_next_line                   (const char         *text,
                                           const char         *end,
                                           const char        **next);

/* The article's text as UTF-8, from whichever encoding it is in;
 * file_name names the file in errors. */
char     *_tf_source_reader_decode        (GBytes             *bytes,
                                           const char         *file_name,
                                           gsize              *out_len,
                                           GError            **error);

/* Words for what a binary file is by its first bytes ("PNG image"), or
 * NULL when they do not tell. */
const char *_tf_source_reader_describe_binary (const char *data,
                                               gsize       size);

/* Adds the paragraphs of an HTML fragment; returns its <title>, if any. */
char     *_tf_source_reader_read_html     (TfParagraphBuilder *builder,
                                           const char         *body,
                                           gsize               len);

G_END_DECLS
