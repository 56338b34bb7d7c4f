/* tf-source-reader-encoding.c: which encoding an article is in, and its
 * text as UTF-8.
 *
 * Chinese and English news come as UTF-8, with or without a byte order
 * mark; as UTF-16 with one, as Windows editors save "Unicode" text; as
 * GB 18030 (or its subsets GBK and GB 2312) from the mainland; and as Big5
 * from older Taiwan and Hong Kong pages. Most Big5 byte pairs are valid GBK
 * too, so a Big5 file read as GB 18030 turns into other characters without
 * any error. Which of the two a file is comes from the charset it declares
 * or else from the text each reading gives: the right one is made of words
 * of ICU's Chinese dictionary, the wrong one of characters that form none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-source-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include "tf-source-reader.h"
#include "tf-source-reader-private.h"

/* A declared charset is looked for this far into the file. */
#define DECLARATION_BYTES 4096
/* How much text the two Chinese readings are compared on. */
#define SCORE_SAMPLE_BYTES (64 * 1024)
/* This many characters of valid UTF-8 before a bad byte make a damaged
 * UTF-8 file, not another encoding: a run of GB 18030 or Big5 characters
 * that is also valid UTF-8 has odds of about one in 7^n. */
#define DAMAGED_UTF8_CHARACTERS 8

#define CHARSET_GB "GB18030"
/* Big5 as browsers read it: HKSCS is a superset of plain Big5 and of the
 * Windows code page 950 that most Big5 pages really are. */
#define CHARSET_BIG5 "BIG5-HKSCS"

/* WHATWG labels of the encodings an article may declare, mapped to the
 * iconv decoder that reads them. */
static const struct
{
  const char *label;
  const char *charset;
} charset_labels[] = {
  { "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
  { "gb18030", CHARSET_GB }, { "gbk", CHARSET_GB }, { "gb2312", CHARSET_GB },
  { "gb_2312", CHARSET_GB }, { "gb_2312-80", CHARSET_GB }, { "x-gbk", CHARSET_GB },
  { "csgb2312", CHARSET_GB }, { "chinese", CHARSET_GB }, { "iso-ir-58", CHARSET_GB },
  { "cp936", CHARSET_GB }, { "windows-936", CHARSET_GB }, { "ms936", CHARSET_GB },
  { "euc-cn", CHARSET_GB },
  { "big5", CHARSET_BIG5 }, { "big5-hkscs", CHARSET_BIG5 }, { "cn-big5", CHARSET_BIG5 },
  { "csbig5", CHARSET_BIG5 }, { "x-x-big5", CHARSET_BIG5 }, { "cp950", CHARSET_BIG5 },
  { "windows-950", CHARSET_BIG5 },
  /* English pages: browsers read all three as Windows-1252. */
  { "windows-1252", "WINDOWS-1252" }, { "cp1252", "WINDOWS-1252" },
  { "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
  { "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
};

static const char *
charset_for_label (const char *label)
{
  for (guint i = 0; i < G_N_ELEMENTS (charset_labels); i++)
    if (g_ascii_strcasecmp (label, charset_labels[i].label) == 0)
      return charset_labels[i].charset;
  return NULL;
}

/* The charset a file declares: an "encoding:" or "charset:" key of its
 * front matter, or <meta charset="…"> or <meta http-equiv="Content-Type"
 * content="…; charset=…">. The file is not decoded yet, so this looks at
 * bytes: the ASCII of the declaration reads the same in every encoding
 * here, and a key counts only at the start of a line, where no byte can
 * be the second half of a Chinese character. */
static const char *
find_declared_charset (const char *data,
                       gsize       size)
{
  static GRegex *front_matter_key;
  static GRegex *meta_charset;
  static gsize initialized;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *label = NULL;
  gssize len = (gssize) MIN (size, DECLARATION_BYTES);

  if (g_once_init_enter (&initialized))
    {
      /* RAW: the bytes are not UTF-8. */
      front_matter_key
          = g_regex_new ("\\A(?:[ \\t\\r]*\\n)*---[ \\t\\r]*\\n"
                         "(?:(?!---)[^\\n]*\\n)*?"
                         "(?:encoding|charset)[ \\t]*:[ \\t]*[\"']?([A-Za-z0-9._:-]{1,40})",
                         G_REGEX_RAW | G_REGEX_CASELESS, 0, NULL);
      meta_charset = g_regex_new ("<meta\\b[^>]*?\\bcharset[ \\t\\r\\n]*=[ \\t\\r\\n]*[\"']?"
                                  "([A-Za-z0-9._:-]{1,40})",
                                  G_REGEX_RAW | G_REGEX_CASELESS,
                                  0, NULL);
      g_assert (front_matter_key != NULL && meta_charset != NULL);
      g_once_init_leave (&initialized, 1);
    }

  if (g_regex_match_full (front_matter_key, data, len, 0, 0, &match, NULL))
    label = g_match_info_fetch (match, 1);
  g_clear_pointer (&match, g_match_info_unref);
  if (label == NULL && g_regex_match_full (meta_charset, data, len, 0, 0, &match, NULL))
    label = g_match_info_fetch (match, 1);
  return label != NULL ? charset_for_label (label) : NULL;
}

/* The first byte that is a control character other than white space, or
 * -1. No such byte is ever part of a GB 18030 or Big5 character, and
 * random bytes that decode hold some. */
static gssize
find_control_byte (const char *data,
                   gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if (g_ascii_iscntrl (data[i]) && strchr ("\t\n\r\f", data[i]) == NULL)
      return (gssize) i;
  return -1;
}

/* The text in charset, or NULL with *bad set to where decoding fails. */
static char *
convert_from (const char *data,
              gsize       size,
              const char *charset,
              gsize      *out_len,
              gsize      *bad)
{
  g_autoptr(GError) error = NULL;
  gsize bytes_read = 0;
  char *text;

  text = g_convert (data, (gssize) size, "UTF-8", charset, &bytes_read, out_len, &error);
  /* With bytes_read, a character cut at the end is no error to g_convert. */
  if (text != NULL && bytes_read < size)
    g_clear_pointer (&text, g_free);
  if (text == NULL)
    *bad = bytes_read;
  return text;
}

/* How many Chinese characters of the text are in words of two or more:
 * ICU's word breaker segments Chinese with its dictionary, so the right
 * reading of a file scores most of its characters and a wrong one, being
 * characters in no particular order, close to none. */
static guint
count_word_characters (const char *text,
                       gsize       len)
{
  UErrorCode status = U_ZERO_ERROR;
  UText *utext;
  UBreakIterator *iter;
  int32_t start, end;
  guint count = 0;

  if (len > SCORE_SAMPLE_BYTES)
    len = (gsize) (g_utf8_find_prev_char (text, text + SCORE_SAMPLE_BYTES + 1) - text);

  utext = utext_openUTF8 (NULL, text, (int64_t) len, &status);
  iter = ubrk_open (UBRK_WORD, "zh", NULL, 0, &status);
  ubrk_setUText (iter, utext, &status);
  if (U_FAILURE (status))
    g_error ("ICU cannot break words: %s", u_errorName (status));

  start = ubrk_first (iter);
  for (end = ubrk_next (iter); end != UBRK_DONE; start = end, end = ubrk_next (iter))
    {
      guint n_han = 0;

      for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
        if (u_hasBinaryProperty (g_utf8_get_char (p), UCHAR_UNIFIED_IDEOGRAPH))
          n_han++;
      if (n_han >= 2)
        count += n_han;
    }

  ubrk_close (iter);
  utext_close (utext);
  return count;
}

/* Characters that Chinese news hardly uses, but that a wrong reading
 * makes of the other encoding's common characters: kana, bopomofo, Greek,
 * Cyrillic, box drawing, private use and unassigned code points. They
 * decide when neither reading has words, as in a text of one character. */
static guint
count_unlikely_characters (const char *text,
                           gsize       len)
{
  guint count = 0;

  len = MIN (len, SCORE_SAMPLE_BYTES);
  for (const char *p = text; p < text + len && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      UErrorCode status = U_ZERO_ERROR;
      UScriptCode script = uscript_getScript (c, &status);
      int8_t type = u_charType (c);

      if (type == U_PRIVATE_USE_CHAR || type == U_UNASSIGNED
          || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA
          || script == USCRIPT_BOPOMOFO || script == USCRIPT_GREEK
          || script == USCRIPT_CYRILLIC || (c >= 0x2500 && c <= 0x257F))
        count++;
    }
  return count;
}

/* Of two readings, the one that reads as Chinese; GB 18030, the more
 * common, when nothing tells them apart. */
static gboolean
prefer_big5 (const char *gb,
             gsize       gb_len,
             const char *big5,
             gsize       big5_len)
{
  guint gb_words = count_word_characters (gb, gb_len);
  guint big5_words = count_word_characters (big5, big5_len);
  guint gb_unlikely, big5_unlikely;

  if (gb_words != big5_words)
    return big5_words > gb_words;
  gb_unlikely = count_unlikely_characters (gb, gb_len);
  big5_unlikely = count_unlikely_characters (big5, big5_len);
  return big5_unlikely < gb_unlikely;
}

/* The files most often mistaken for articles, by their first bytes. Not
 * g_content_type_guess (): from its second call on, GLib 2.74's xdgmime
 * holds memory that LeakSanitizer reports as leaked, which would fail the
 * sanitizer tests and the fuzzers. */
static const struct
{
  gsize offset;
  const char *magic;
  gsize magic_len;
  const char *description;
} file_types[] = {
  { 0, "\x89PNG\r\n\x1a\n", 8, N_("PNG image") },
  { 0, "\xFF\xD8\xFF", 3, N_("JPEG image") },
  { 0, "GIF87a", 6, N_("GIF image") },
  { 0, "GIF89a", 6, N_("GIF image") },
  { 8, "WEBP", 4, N_("WebP image") },
  { 0, "II*\0", 4, N_("TIFF image") },
  { 0, "MM\0*", 4, N_("TIFF image") },
  { 0, "%PDF-", 5, N_("PDF document") },
  /* Word, Excel and OpenDocument files, and EPUB books, are ZIP archives. */
  { 0, "PK\x03\x04", 4, N_("ZIP archive or office document") },
  { 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, N_("Microsoft Office 97–2003 document") },
  { 0, "\x1F\x8B", 2, N_("gzip archive") },
  { 0, "7z\xBC\xAF\x27\x1C", 6, N_("7-Zip archive") },
  { 0, "Rar!\x1A\x07", 6, N_("RAR archive") },
  { 0, "\xFD" "7zXZ\0", 6, N_("xz archive") },
  { 4, "ftyp", 4, N_("video or audio file") },
  { 0, "ID3", 3, N_("MP3 audio") },
  { 0, "SQLite format 3", 16, N_("SQLite database") },
  { 0, "\x7F" "ELF", 4, N_("program") },
};

const char *
_tf_source_reader_describe_binary (const char *data,
                                   gsize       size)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_types); i++)
    if (size >= file_types[i].offset + file_types[i].magic_len
        && memcmp (data + file_types[i].offset, file_types[i].magic, file_types[i].magic_len) == 0)
      return _(file_types[i].description);
  return NULL;
}

/* Messages say where a file is damaged as a line, which a text editor
 * finds; a byte offset means nothing to most users. Line numbers are %lu:
 * xgettext cuts a msgid at G_GSIZE_FORMAT. */

/* The line (from 1) that offset is on, in text whose line feeds are
 * single 0x0A bytes: ASCII-compatible text, GB 18030 and Big5 alike. */
static gulong
line_at (const char *data,
         gsize       offset)
{
  gulong line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/* The same for UTF-16 after its byte order mark. */
static gulong
utf16_line_at (const char *data,
               gsize       offset,
               gboolean    big_endian)
{
  gulong line = 1;

  for (gsize i = 2; i + 1 < offset; i += 2)
    if (data[i + (big_endian ? 1 : 0)] == '\n' && data[i + (big_endian ? 0 : 1)] == '\0')
      line++;
  return line;
}

/* A file that is no text: what kind, when its first bytes tell
 * (description, from _tf_source_reader_describe_binary ()), or else that
 * it is binary data. */
static void
set_binary_error (GError     **error,
                  const char  *file_name,
                  const char  *description)
{
  if (description != NULL)
    g_set_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_BINARY,
                 _("%s is not an article or a dataset (file type: %s)"),
                 file_name, description);
  else
    g_set_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_BINARY,
                 _("%s is not an article or a dataset: it holds binary data, not text, "
                   "like an image, an archive or a program"),
                 file_name);
}

/* UTF-16 after its byte order mark. */
static char *
decode_utf16 (const char  *data,
              gsize        size,
              const char  *charset,
              const char  *file_name,
              gsize       *out_len,
              GError     **error)
{
  gsize bad = 0;
  char *text = convert_from (data + 2, size - 2, charset, out_len, &bad);

  if (text == NULL)
    {
      g_set_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING,
                   _("%s: the UTF-16 text is damaged: line %lu holds a broken or cut character"),
                   file_name, utf16_line_at (data, bad + 2, strcmp (charset, "UTF-16BE") == 0));
      return NULL;
    }
  /* U+0000 is no more text in UTF-16 than a NUL byte is in UTF-8. */
  if (strlen (text) < *out_len)
    {
      g_free (text);
      set_binary_error (error, file_name, _tf_source_reader_describe_binary (data, size));
      return NULL;
    }
  return text;
}

/* A reading of a whole file, without the byte order mark that GB 18030
 * has too. */
static char *
take_text (char  **text,
           gsize   len,
           gsize  *out_len)
{
  char *taken = g_steal_pointer (text);

  if (len >= 3 && memcmp (taken, "\xEF\xBB\xBF", 3) == 0)
    {
      len -= 3;
      memmove (taken, taken + 3, len + 1);
    }
  *out_len = len;
  return taken;
}

static gsize
count_utf8_characters_beyond_ascii (const char *text,
                                    gsize       len)
{
  gsize count = 0;

  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0xC0)
      count++;
  return count;
}

char *
_tf_source_reader_decode (GBytes      *bytes,
                          const char  *file_name,
                          gsize       *out_len,
                          GError     **error)
{
  if (g_bytes_get_size (bytes) > TF_SOURCE_READER_MAX_BYTES)
    {
      g_autofree char *max = g_format_size (TF_SOURCE_READER_MAX_BYTES);

      g_set_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_TOO_LARGE,
                   _("%s: the file is larger than the %s that Talent Flow reads as an article"),
                   file_name, max);
      return NULL;
    }
  return tf_source_reader_decode_text (bytes, file_name, out_len, error);
}

char *
tf_source_reader_decode_text (GBytes      *bytes,
                              const char  *file_name,
                              gsize       *out_len,
                              GError     **error)
{
  gsize size;
  const char *data;
  const char *nul, *utf8_end = NULL;
  const char *declared;
  gssize control;
  gsize bom = 0;
  gsize gb_len = 0, big5_len = 0, gb_bad = 0, big5_bad = 0, furthest;
  g_autofree char *gb = NULL;
  g_autofree char *big5 = NULL;
  const char *description;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (out_len != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size == 0)
    {
      *out_len = 0;
      return g_strdup ("");
    }

  if (size >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    return decode_utf16 (data, size, "UTF-16LE", file_name, out_len, error);
  if (size >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    return decode_utf16 (data, size, "UTF-16BE", file_name, out_len, error);

  /* Text has no NUL bytes: a file with one is an image, an archive, a
   * document of a word processor… */
  nul = memchr (data, '\0', size);
  if (nul != NULL)
    {
      set_binary_error (error, file_name, _tf_source_reader_describe_binary (data, size));
      return NULL;
    }

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    bom = 3;
  if (g_utf8_validate_len (data + bom, size - bom, &utf8_end))
    {
      *out_len = size - bom;
      return g_strndup (data + bom, size - bom);
    }
  if (bom > 0
      || count_utf8_characters_beyond_ascii (data, (gsize) (utf8_end - data))
             >= DAMAGED_UTF8_CHARACTERS)
    {
      g_set_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING,
                   _("%s: the UTF-8 text is damaged: line %lu holds a byte that is no character"),
                   file_name, line_at (data, (gsize) (utf8_end - data)));
      return NULL;
    }

  control = find_control_byte (data, size);
  declared = control < 0 ? find_declared_charset (data, size) : NULL;
  if (declared != NULL && strcmp (declared, "UTF-8") != 0)
    {
      gsize bad = 0, len = 0;
      char *text = convert_from (data, size, declared, &len, &bad);

      /* A declaration that does not fit the bytes is wrong; the bytes
       * still tell. */
      if (text != NULL)
        return take_text (&text, len, out_len);
    }

  if (control < 0)
    {
      gb = convert_from (data, size, CHARSET_GB, &gb_len, &gb_bad);
      big5 = convert_from (data, size, CHARSET_BIG5, &big5_len, &big5_bad);
    }
  else
    gb_bad = big5_bad = (gsize) control;

  if (gb != NULL && (big5 == NULL || !prefer_big5 (gb, gb_len, big5, big5_len)))
    return take_text (&gb, gb_len, out_len);
  if (big5 != NULL)
    return take_text (&big5, big5_len, out_len);

  /* A PDF has no NUL byte in its first lines, but is no text either; nor
   * is a file with control characters that no encoding read. */
  description = _tf_source_reader_describe_binary (data, size);
  if (description != NULL || control >= 0)
    {
      set_binary_error (error, file_name, description);
      return NULL;
    }
  /* The encoding that read furthest is the likeliest one, and where it
   * stopped is where the file is damaged. */
  furthest = MAX ((gsize) (utf8_end - data), MAX (gb_bad, big5_bad));
  g_set_error (error, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING,
               _("%s: not text in an encoding that Talent Flow reads (UTF-8, UTF-16, "
                 "GB 18030 or Big5): line %lu holds a byte that none of them reads"),
               file_name, line_at (data, furthest));
  return NULL;
}
