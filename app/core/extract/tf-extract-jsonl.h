/* tf-extract-jsonl.h: the JSON Lines of `talentflow --extract` and --merge.
 *
 * In: one article per line, {"id","text","date","title","url","lang"}, all
 * but text optional. Out: per article a "source" record, then one "move"
 * record per suggestion, which --merge reads back. Written and read with
 * json-glib.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-suggestion.h"

G_BEGIN_DECLS

#define TF_EXTRACT_JSONL_ERROR (tf_extract_jsonl_error_quark ())

typedef enum
{
  TF_EXTRACT_JSONL_ERROR_INVALID,
  TF_EXTRACT_JSONL_ERROR_UNKNOWN_SOURCE,  /* a move before its source */
} TfExtractJsonlError;

GQuark      tf_extract_jsonl_error_quark   (void);

/* An article of the input. Its paragraphs are the lines of text, so that
 * offsets in the joined paragraphs are offsets in text. default_id names
 * the source when the record has no id. */
TfSource   *tf_extract_jsonl_read_article  (const char     *line,
                                            gssize          length,
                                            const char     *default_id,
                                            GError        **error);

/* "join", "return_to_academia", …: the words of the JSON records. */
const char *tf_extract_jsonl_kind_to_string (TfMoveKind     kind);
gboolean    tf_extract_jsonl_kind_from_string (const char   *str,
                                               TfMoveKind   *kind);

/* Appends one line (with its "\n") to out. file may be NULL. */
void        tf_extract_jsonl_write_source  (const TfSource     *source,
                                            const char         *file,
                                            GString            *out);
void        tf_extract_jsonl_write_move    (const TfSuggestion *suggestion,
                                            const TfSource     *source,
                                            GString            *out);
/* A line for each of the source's suggestions, as write_move gives, in
 * time linear in the text and their number. */
void        tf_extract_jsonl_write_moves   (GPtrArray          *suggestions,
                                            const TfSource     *source,
                                            GString            *out);

/* Reads one line of the output back, for --merge. A "source" record gives
 * *source (with its paragraphs); a "move" record gives *suggestion, whose
 * source must be in sources (id -> TfSource), else the error is
 * TF_EXTRACT_JSONL_ERROR_UNKNOWN_SOURCE (sorted output, as Hadoop's, puts
 * moves first: read the line again once the sources are in):
 * its evidence's exact is the "quote", found at "quote_offset" in the
 * source, with the context around it as prefix and suffix. The other out
 * argument is set to NULL. */
gboolean    tf_extract_jsonl_read_record   (const char     *line,
                                            gssize          length,
                                            GHashTable     *sources,
                                            TfSource      **source,
                                            TfSuggestion  **suggestion,
                                            GError        **error);

G_END_DECLS
