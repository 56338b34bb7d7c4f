/* tf-merge-cli.c: `talentflow --merge=OUT.talentflow FILE.jsonl…`.
 *
 * The reduce step after --extract: reads the JSON Lines that one or many
 * --extract processes wrote (lines in any order: the import sorts what it
 * reads, and a move read before its source waits for it), links the people
 * and organizations they name, and saves one dataset. Lines are read one at
 * a time; a line that cannot be read gets one line on stderr naming its
 * file and number, the rest goes on, and the exit status is then 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-merge"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>

#include "tf-dataset-file.h"
#include "tf-extract-jsonl.h"
#include "tf-gazetteer.h"
#include "tf-merge-cli.h"
#include "tf-source-reader.h"
#include "tf-suggestion-import.h"
#include "tf-wording.h"

/* A source record holds a whole article: as long as an article may be. */
#define MAX_LINE_BYTES (2 * TF_SOURCE_READER_MAX_BYTES)

static const GOptionEntry merge_entries[] = {
  { "merge", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Save the moves in the JSON Lines of --extract FILE… (“-”: standard input) as the "
        "dataset OUT, and exit"), N_ ("OUT") },
  { "accept", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("With --merge, save the moves as reviewed rather than as suggestions"), NULL },
  { NULL }
};

const GOptionEntry *
tf_merge_cli_get_option_entries (void)
{
  return merge_entries;
}

gboolean
tf_merge_cli_wanted (int    argc,
                     char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        return FALSE;
      if (strcmp (argv[i], "--merge") == 0 || g_str_has_prefix (argv[i], "--merge="))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  GHashTable *sources;     /* id -> TfSource, owning */
  GPtrArray *order;        /* of TfSource, borrowed, in the order read */
  GPtrArray *suggestions;  /* of TfSuggestion, owning */
  GPtrArray *pending;      /* of Pending: moves read before their source */
} Records;

/* A line kept to be read again once every source is in: Hadoop Streaming
 * sorts the lines it passes on, which puts every "move" before the
 * "source" records. */
typedef struct
{
  char *name;
  guint64 number;
  char *line;
  gsize length;
} Pending;

static void
pending_free (Pending *pending)
{
  g_free (pending->name);
  g_free (pending->line);
  g_free (pending);
}

static void
report_line (const char   *name,
             guint64       number,
             const GError *error)
{
  g_printerr ("%s: %s, line %" G_GUINT64_FORMAT ": %s\n", g_get_prgname (), name, number,
              error->message);
}

static void
read_pending (Records *records,
              gboolean *ok)
{
  for (guint i = 0; i < records->pending->len; i++)
    {
      Pending *pending = g_ptr_array_index (records->pending, i);
      g_autoptr(GError) error = NULL;
      TfSource *source = NULL;
      TfSuggestion *suggestion = NULL;

      if (!tf_extract_jsonl_read_record (pending->line, (gssize) pending->length,
                                         records->sources, &source, &suggestion, &error))
        {
          report_line (pending->name, pending->number, error);
          *ok = FALSE;
          continue;
        }
      g_assert (suggestion != NULL);
      g_ptr_array_add (records->suggestions, suggestion);
    }
  g_ptr_array_set_size (records->pending, 0);
}

static gboolean
read_stream (Records      *records,
             GInputStream *stream,
             const char   *name)
{
  g_autoptr(GDataInputStream) in = g_data_input_stream_new (stream);
  gboolean ok = TRUE;
  guint64 number = 0;

  g_data_input_stream_set_newline_type (in, G_DATA_STREAM_NEWLINE_TYPE_ANY);
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *line = NULL;
      TfSource *source = NULL;
      TfSuggestion *suggestion = NULL;
      gsize length;

      line = g_data_input_stream_read_line (in, &length, NULL, &error);
      number++;
      if (line == NULL)
        {
          if (error == NULL)
            break;
          g_printerr ("%s: %s: %s\n", g_get_prgname (), name, error->message);
          return FALSE;
        }
      if (length == 0)
        continue;
      if (length > MAX_LINE_BYTES)
        {
          g_printerr ("%s: %s, line %" G_GUINT64_FORMAT ": %s\n", g_get_prgname (), name,
                      number, _("the line is too long"));
          ok = FALSE;
          continue;
        }
      if (!tf_extract_jsonl_read_record (line, (gssize) length, records->sources,
                                         &source, &suggestion, &error))
        {
          if (g_error_matches (error, TF_EXTRACT_JSONL_ERROR,
                               TF_EXTRACT_JSONL_ERROR_UNKNOWN_SOURCE))
            {
              Pending *pending = g_new0 (Pending, 1);

              pending->name = g_strdup (name);
              pending->number = number;
              pending->line = g_steal_pointer (&line);
              pending->length = length;
              g_ptr_array_add (records->pending, pending);
              continue;
            }
          report_line (name, number, error);
          ok = FALSE;
          continue;
        }
      if (suggestion != NULL)
        g_ptr_array_add (records->suggestions, suggestion);
      /* An article extracted twice (two runs over one file) is one. */
      else if (g_hash_table_contains (records->sources, source->id))
        tf_source_free (source);
      else
        {
          g_hash_table_insert (records->sources, source->id, source);
          g_ptr_array_add (records->order, source);
        }
    }
  return ok;
}

static gboolean
read_file (Records    *records,
           const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  if (strcmp (path, "-") == 0)
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);

      return read_stream (records, in, "stdin");
    }
  file = g_file_new_for_commandline_arg (path);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      g_autofree char *message = tf_wording_file_error (file, error);

      g_printerr ("%s: %s\n", g_get_prgname (), message);
      return FALSE;
    }
  return read_stream (records, G_INPUT_STREAM (stream), path);
}

int
tf_merge_cli_run (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GFile) output_file = NULL;
  g_autoptr(TfGazetteer) gazetteer = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GHashTable) sources = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  gboolean accept = FALSE, ok = TRUE;
  Records records;
  GOptionEntry entries[] = {
    merge_entries[0],
    merge_entries[1],
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_ ("FILE…") },
    { NULL }
  };

  entries[0].arg_data = &output;
  entries[1].arg_data = &accept;
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  if (output == NULL || *output == '\0' || files == NULL || files[0] == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (),
                  _("--merge needs the dataset to write and the JSON Lines files of "
                    "--extract, or “-” for standard input"));
      return 1;
    }

  sources = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify) tf_source_free);
  order = g_ptr_array_new ();
  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);
  pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  records = (Records) { sources, order, suggestions, pending };
  for (guint i = 0; files[i] != NULL; i++)
    ok = read_file (&records, files[i]) && ok;
  read_pending (&records, &ok);

  gazetteer = tf_gazetteer_new_default ();
  dataset = tf_suggestion_import (NULL, order, suggestions, gazetteer,
                                  accept ? TF_IMPORT_ACCEPT : TF_IMPORT_NONE, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  output_file = g_file_new_for_commandline_arg (output);
  if (!tf_dataset_file_save (dataset, output_file, NULL, &error))
    {
      g_autofree char *message = tf_wording_file_error (output_file, error);

      g_printerr ("%s: %s\n", g_get_prgname (), message);
      return 1;
    }
  return ok ? 0 : 1;
}
