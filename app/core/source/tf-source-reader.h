/* tf-source-reader.h: reads one article file into a TfSource.
 *
 * Handles the shapes the seed articles show: a "---" front-matter block
 * (title, date, author), possibly after blank lines; HTML fragments
 * (<p>, <h3>, <li>, <br> runs, <blockquote>); plain text with the title on
 * the first line; pinyin left after characters by a converter. Reads
 * UTF-8, UTF-16 with a byte order mark, GB 18030 and Big5.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-model.h"

G_BEGIN_DECLS

#define TF_SOURCE_READER_ERROR (tf_source_reader_error_quark ())

typedef enum
{
  TF_SOURCE_READER_ERROR_ENCODING,  /* not UTF-8, UTF-16, GB 18030 or Big5 */
  TF_SOURCE_READER_ERROR_TOO_LARGE,
  TF_SOURCE_READER_ERROR_EMPTY,     /* no paragraph of text at all */
  TF_SOURCE_READER_ERROR_BINARY,    /* no text: an image, a PDF, an archive… */
} TfSourceReaderError;

/* Articles larger than this are refused rather than read. */
#define TF_SOURCE_READER_MAX_BYTES (16 * 1024 * 1024)

GQuark    tf_source_reader_error_quark (void);

/* Parses the bytes of an article. file_name (may be NULL) is recorded in the
 * source and named in errors; id becomes the source's id. */
TfSource *tf_source_reader_read_bytes  (GBytes        *bytes,
                                        const char    *file_name,
                                        const char    *id,
                                        GError       **error);

TfSource *tf_source_reader_read_file   (GFile         *file,
                                        const char    *id,
                                        GCancellable  *cancellable,
                                        GError       **error);

/* Any text as UTF-8, from the encodings an article may be in (UTF-8 with
 * or without a byte order mark, UTF-16 with one, GB 18030, Big5), for
 * the readers of other text files, such as tables of moves. Unlike
 * tf_source_reader_read_bytes () it sets no size limit: the caller
 * bounds the bytes. Fails, naming file_name, on bytes that are no text
 * (a NUL byte, a file type known by its first bytes) or in no encoding
 * it knows. Free with g_free. */
char     *tf_source_reader_decode_text (GBytes        *bytes,
                                        const char    *file_name,
                                        gsize         *out_len,
                                        GError       **error);

G_END_DECLS
