/* tf-make-sample.c: builds the bundled sample dataset from its curation.
 *
 * Usage: tf-make-sample CURATION.talentflow SEED_DIR OUT.talentflow
 *
 * The curation holds the hand-made organizations, people, moves and
 * evidence quotes, and names each source's article file; it may also give
 * what the reader cannot find in an article, such as its date. This tool
 * reads the articles with the same reader the app uses, so the quotes are
 * checked against exactly the text the app will show, completes each quote
 * with its context and refuses to write a sample in which any quote does
 * not point at exactly one place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-make-sample"

#include "config.h"

#include <locale.h>

#include "tf-dataset-file.h"
#include "tf-evidence.h"
#include "tf-source-reader.h"

/* Characters of context either side of a quote: enough to tell apart the
 * repeats the seed articles have, short enough to survive small edits. */
#define CONTEXT_CHARS 12

#define SAMPLE_TITLE "AI talent flow — seed articles"

/* Moves the article's paragraphs into the source the dataset owns, and
 * each field that the curation leaves out: what the curator gave (a date
 * the reader cannot find, say) wins. An empty title and script "unknown"
 * are the placeholders the schema makes the curation write. The id stays,
 * since the dataset's index points at it. */
static void
complete_source (TfSource *source,
                 TfSource *read)
{
  g_assert (source != NULL);
  g_assert (read != NULL);

#define SWAP(a, b) G_STMT_START { __typeof__ (a) tmp_ = (a); (a) = (b); (b) = tmp_; } G_STMT_END
  if (source->title == NULL || *source->title == '\0')
    SWAP (source->title, read->title);
  if (source->outlet == NULL)
    SWAP (source->outlet, read->outlet);
  if (source->author == NULL)
    SWAP (source->author, read->author);
  if (source->url == NULL)
    SWAP (source->url, read->url);
  if (source->date.precision == TF_DATE_UNKNOWN)
    SWAP (source->date, read->date);
  if (source->script == TF_SCRIPT_UNKNOWN)
    SWAP (source->script, read->script);
  SWAP (source->paragraphs, read->paragraphs);
#undef SWAP
}

static gboolean
read_articles (TfDataset   *dataset,
               GFile       *seed_dir,
               GError     **error)
{
  GPtrArray *sources = tf_dataset_get_sources (dataset);

  for (guint i = 0; i < sources->len; i++)
    {
      TfSource *source = g_ptr_array_index (sources, i);
      g_autoptr(GFile) file = NULL;
      g_autoptr(TfSource) read = NULL;

      if (source->file_name == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Source “%s” names no article file", source->id);
          return FALSE;
        }

      file = g_file_get_child (seed_dir, source->file_name);
      read = tf_source_reader_read_file (file, source->id, NULL, error);
      if (read == NULL)
        return FALSE;
      complete_source (source, read);
    }
  return TRUE;
}

/* Checks one quote as the curator wrote it, completes it, and checks it
 * again: the curator's selector must already be unambiguous, or the added
 * context would silently pick the first of several places. */
static gboolean
complete_evidence (TfMove      *move,
                   TfEvidence  *evidence,
                   TfSource    *source,
                   GError     **error)
{
  guint count;

  if (source == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Move “%s”: evidence names the unknown source “%s”",
                   move->id, evidence->source_id);
      return FALSE;
    }

  count = tf_evidence_resolve (evidence, source, NULL);
  if (count != 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Move “%s”: the quote “%s” (prefix “%s”, suffix “%s”) %s "
                   "in source “%s” (%s); it must occur exactly once",
                   move->id, evidence->exact, evidence->prefix, evidence->suffix,
                   count == 0 ? "does not occur" : "occurs more than once",
                   source->id, source->file_name);
      return FALSE;
    }

  tf_evidence_fill_context (evidence, source, CONTEXT_CHARS);

  count = tf_evidence_resolve (evidence, source, NULL);
  if (count != 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Move “%s”: the quote “%s” %s in source “%s” "
                   "once its context is added",
                   move->id, evidence->exact,
                   count == 0 ? "does not occur" : "occurs more than once", source->id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
complete_moves (TfDataset  *dataset,
                GError    **error)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  for (guint i = 0; i < moves->len; i++)
    {
      TfMove *move = g_ptr_array_index (moves, i);

      /* Every move of the sample must show the user where it comes from. */
      if (move->evidence->len == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Move “%s” has no evidence", move->id);
          return FALSE;
        }

      for (guint j = 0; j < move->evidence->len; j++)
        {
          TfEvidence *evidence = g_ptr_array_index (move->evidence, j);
          TfSource *source = tf_dataset_lookup_source (dataset, evidence->source_id);

          if (!complete_evidence (move, evidence, source, error))
            return FALSE;
        }
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) curation = NULL;
  g_autoptr(GFile) seed_dir = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(TfDataset) dataset = NULL;

  setlocale (LC_ALL, "");

  if (argc != 4)
    {
      g_printerr ("Usage: %s CURATION.talentflow SEED_DIR OUT.talentflow\n", argv[0]);
      return 2;
    }

  curation = g_file_new_for_commandline_arg (argv[1]);
  seed_dir = g_file_new_for_commandline_arg (argv[2]);
  output = g_file_new_for_commandline_arg (argv[3]);

  dataset = tf_dataset_file_load (curation, NULL, &error);
  if (dataset == NULL
      || !read_articles (dataset, seed_dir, &error)
      || !complete_moves (dataset, &error)
      || !tf_dataset_check_references (dataset, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  tf_dataset_set_title (dataset, SAMPLE_TITLE);

  if (!tf_dataset_file_save (dataset, output, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[3], error->message);
      return 1;
    }

  return 0;
}
