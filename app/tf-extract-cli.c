/* tf-extract-cli.c: `talentflow --extract FILE…` and `talentflow --extract -`.
 *
 * A streaming filter, the map step of GNU parallel, Hadoop Streaming or
 * Spark's RDD.pipe: one article at a time in (a file through the article
 * reader, or a JSON Lines record on stdin), its source record and its
 * suggested moves out, flushed before the next is read, so memory stays
 * flat however long the input. A file or line that cannot be read gets
 * one line on stderr and the rest goes on; the exit status is then 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>

#include "tf-extract-cli.h"
#include "tf-extract-jsonl.h"
#include "tf-extractor.h"
#include "tf-source-reader.h"
#include "tf-wording.h"

/* Longer input lines are refused, as larger article files are. */
#define MAX_LINE_BYTES TF_SOURCE_READER_MAX_BYTES

static const GOptionEntry extract_entries[] = {
  { "extract", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Print the moves the articles FILE… report as JSON Lines (FILE “-”: JSON Lines "
        "articles on standard input), and exit"), NULL },
  { NULL }
};

const GOptionEntry *
tf_extract_cli_get_option_entries (void)
{
  return extract_entries;
}

gboolean
tf_extract_cli_wanted (int    argc,
                       char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        return FALSE;
      if (strcmp (argv[i], "--extract") == 0)
        return TRUE;
    }
  return FALSE;
}

static void
emit (TfExtractor    *extractor,
      const TfSource *source,
      const char     *file)
{
  g_autoptr(GPtrArray) suggestions = tf_extractor_extract (extractor, source);
  g_autoptr(GString) out = g_string_new (NULL);

  tf_extract_jsonl_write_source (source, file, out);
  tf_extract_jsonl_write_moves (suggestions, source, out);
  fwrite (out->str, 1, out->len, stdout);
  fflush (stdout);
}

static gboolean
extract_stdin (TfExtractor *extractor)
{
  g_autoptr(GInputStream) base = g_unix_input_stream_new (0, FALSE);
  g_autoptr(GDataInputStream) in = g_data_input_stream_new (base);
  gboolean ok = TRUE;
  guint64 number = 0;

  g_data_input_stream_set_newline_type (in, G_DATA_STREAM_NEWLINE_TYPE_ANY);
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = NULL;
      g_autofree char *line = NULL;
      g_autofree char *id = NULL;
      gsize length;

      line = g_data_input_stream_read_line (in, &length, NULL, &error);
      number++;
      if (line == NULL)
        {
          if (error != NULL)
            {
              g_printerr ("%s: stdin: %s\n", g_get_prgname (), error->message);
              return FALSE;
            }
          break;
        }
      if (length == 0)
        continue;
      if (length > MAX_LINE_BYTES)
        {
          g_printerr ("%s: stdin, line %" G_GUINT64_FORMAT ": %s\n", g_get_prgname (), number,
                      _("the line is too long"));
          ok = FALSE;
          continue;
        }
      id = g_strdup_printf ("line-%" G_GUINT64_FORMAT, number);
      source = tf_extract_jsonl_read_article (line, (gssize) length, id, &error);
      if (source == NULL)
        {
          g_printerr ("%s: stdin, line %" G_GUINT64_FORMAT ": %s\n", g_get_prgname (), number,
                      error->message);
          ok = FALSE;
          continue;
        }
      emit (extractor, source, NULL);
    }
  return ok;
}

static gboolean
extract_file (TfExtractor *extractor,
              const char  *path,
              guint        index)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSource) source = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *id = NULL;

  /* The file's name is its id, so that runs over parts of a folder (GNU
   * parallel) name each article the same as one run over all of it. */
  id = g_strdup (basename);
  source = tf_source_reader_read_file (file, id, NULL, &error);
  if (source == NULL)
    {
      g_autofree char *message = tf_wording_file_error (file, error);

      g_printerr ("%s: %s\n", g_get_prgname (), message);
      return FALSE;
    }
  (void) index;
  emit (extractor, source, path);
  return TRUE;
}

int
tf_extract_cli_run (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(TfExtractor) extractor = NULL;
  gboolean requested = FALSE, ok = TRUE;
  GOptionEntry entries[] = {
    extract_entries[0],
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_ ("FILE…") },
    { NULL }
  };

  entries[0].arg_data = &requested;
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (),
                  _("--extract needs article files, or “-” for JSON Lines on standard input"));
      return 1;
    }
  extractor = tf_extractor_new (NULL);
  for (guint i = 0; files[i] != NULL; i++)
    {
      if (strcmp (files[i], "-") == 0)
        ok = extract_stdin (extractor) && ok;
      else
        ok = extract_file (extractor, files[i], i) && ok;
    }
  return ok ? 0 : 1;
}
