/* tf-extractor.c: suggests the moves an article reports.
 *
 * Each paragraph that holds a trigger is read into tokens over its folded
 * text (tf-extract-tokenizer.c), so that simplified, traditional and
 * English text meet the same rules. The rules (tf-extract-rules.c) then
 * take each trigger of a sentence in turn: who moves (the subject before
 * it, a pronoun or no subject at all meaning the last person named, the
 * object of "hired"; tf-extract-subjects.c), from where (从A, "former
 * A", the organization in the person's title, a "left A" before), to
 * where (the organization after it; tf-extract-places.c), when (the
 * nearest date, resolved against the article's date or the paragraph's
 * last absolute date) and how sure the text is (rumours, plans; denials
 * and static positions give nothing). Here the paragraphs are read in
 * turn and an article's moves merged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-reader-private.h"
#include "tf-extractor.h"
#include "tf-text.h"

struct _TfExtractor
{
  GObject parent_instance;

  TfGazetteer *gazetteer;
};

G_DEFINE_FINAL_TYPE (TfExtractor, tf_extractor, G_TYPE_OBJECT)

static void
tf_extractor_finalize (GObject *object)
{
  TfExtractor *self = TF_EXTRACTOR (object);

  g_clear_object (&self->gazetteer);
  G_OBJECT_CLASS (tf_extractor_parent_class)->finalize (object);
}

static void
tf_extractor_class_init (TfExtractorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_extractor_finalize;
  tf_extract_chars_init ();
}

static void
tf_extractor_init (TfExtractor *self)
{
}

TfExtractor *
tf_extractor_new (TfGazetteer *gazetteer)
{
  TfExtractor *self = g_object_new (TF_TYPE_EXTRACTOR, NULL);

  self->gazetteer = gazetteer != NULL ? g_object_ref (gazetteer) : tf_gazetteer_new_default ();
  return self;
}

TfGazetteer *
tf_extractor_get_gazetteer (TfExtractor *self)
{
  g_return_val_if_fail (TF_IS_EXTRACTOR (self), NULL);
  return self->gazetteer;
}

static const char *token_names[] = {
  "trigger", "cue", "word", "person", "pronoun", "org", "place", "role", "date", "group",
  "clause", "sentence",
};

/* TF_EXTRACT_DEBUG=1 prints the tokens of each paragraph read. */
static void
dump_tokens (Reader *reader)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < reader->tokens->len; i++)
    {
      Token *x = tok (reader, i);

      g_string_append_printf (line, "[%s:%.*s] ", token_names[x->kind], (int) (x->end - x->start),
                              reader->folded + x->start);
    }
  g_printerr ("%s\n", line->str);
  g_string_free (line, TRUE);
}

static void
read_paragraph (Reader *reader)
{
  guint first = 0;
  static int debug = -1;

  tf_extract_tokenize (reader);
  if (debug < 0)
    debug = g_getenv ("TF_EXTRACT_DEBUG") != NULL;
  if (debug)
    dump_tokens (reader);
  for (guint i = 0; i < reader->tokens->len; i++)
    if (tok (reader, i)->kind == TOKEN_SENTENCE_END)
      {
        Span sentence = { first, i };

        if (i > first)
          tf_extract_read_sentence (reader, sentence);
        first = i + 1;
      }
}

/* "离开滴滴。…此后，加入贝壳找房": a leave and the join after it, in one
 * paragraph, are one move; a lane ("学界") and a named place of the same
 * lane for one person are one move. */
static void
merge_paragraph_moves (GPtrArray *suggestions)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      TfSuggestion *a = g_ptr_array_index (suggestions, i);

      for (guint k = 0; k < suggestions->len; k++)
        {
          TfSuggestion *b = g_ptr_array_index (suggestions, k);

          if (k == i || a->person == NULL || g_strcmp0 (a->person, b->person) != 0)
            continue;
          if (a->kind == TF_MOVE_LEAVE && k > i && b->paragraph == a->paragraph
              && b->kind != TF_MOVE_LEAVE && b->from.name == NULL && a->from.name != NULL)
            {
              b->from = a->from;
              memset (&a->from, 0, sizeof a->from);
              if (b->date.precision == TF_DATE_UNKNOWN)
                b->date = a->date;
              g_ptr_array_remove_index (suggestions, i--);
              break;
            }
          if (a->to.unnamed && !b->to.unnamed && b->to.sector_known && a->to.sector_known
              && a->to.sector == b->to.sector
              && (a->date.precision == TF_DATE_UNKNOWN || b->date.precision == TF_DATE_UNKNOWN
                  || a->date.year == b->date.year))
            {
              g_ptr_array_remove_index (suggestions, i--);
              break;
            }
        }
    }
}

/* The folded name, folded the first time it is asked: folds[i] is NULL
 * until then, or when there is no name. */
static const char *
folded (GPtrArray  *folds,
        guint       i,
        const char *name)
{
  if (g_ptr_array_index (folds, i) == NULL && name != NULL)
    g_ptr_array_index (folds, i) = tf_text_fold (name, -1);
  return g_ptr_array_index (folds, i);
}

/* An article often reports one move twice: keep the first, with the more
 * precise date of the two. Each suggestion's person and destination are
 * folded once (tf_text_fold () is ICU's transliteration, not cheap), and
 * only when a pair of the same kind needs them, into who and to, which
 * lose their entries as suggestions do. */
static void
merge_duplicates (GPtrArray *suggestions)
{
  g_autoptr(GPtrArray) who = g_ptr_array_new_full (suggestions->len, g_free);
  g_autoptr(GPtrArray) to = g_ptr_array_new_full (suggestions->len, g_free);

  g_ptr_array_set_size (who, (gint) suggestions->len);
  g_ptr_array_set_size (to, (gint) suggestions->len);
  for (guint i = 0; i < suggestions->len; i++)
    {
      TfSuggestion *a = g_ptr_array_index (suggestions, i);

      for (guint k = i + 1; k < suggestions->len; k++)
        {
          TfSuggestion *b = g_ptr_array_index (suggestions, k);

          if (a->kind != b->kind || a->person == NULL
              || g_strcmp0 (folded (who, i, a->person), folded (who, k, b->person)) != 0
              || g_strcmp0 (folded (to, i, a->to.name), folded (to, k, b->to.name)) != 0)
            continue;
          if (a->date.precision != TF_DATE_UNKNOWN && b->date.precision != TF_DATE_UNKNOWN
              && a->date.year != b->date.year)
            continue;
          if (b->date.precision > a->date.precision)
            a->date = b->date;
          if (a->from.name == NULL && b->from.name != NULL)
            {
              a->from = b->from;
              memset (&b->from, 0, sizeof b->from);
            }
          a->confidence = MAX (a->confidence, b->confidence);
          g_ptr_array_remove_index (suggestions, k);
          g_ptr_array_remove_index (who, k);
          g_ptr_array_remove_index (to, k--);
        }
    }
}

GPtrArray *
tf_extractor_extract (TfExtractor    *self,
                      const TfSource *source)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);

  g_return_val_if_fail (TF_IS_EXTRACTOR (self), out);
  g_return_val_if_fail (source != NULL, out);

  {
    Reader reader = { 0 };

    reader.gazetteer = self->gazetteer;
    reader.name_starts = tf_extract_gazetteer_starts (self->gazetteer);
    reader.source = source;
    reader.out = out;
    reader.tokens = g_array_new (FALSE, FALSE, sizeof (Token));
    reader.forced_subject = G_MAXUINT;
    for (guint i = 0; i < source->paragraphs->len; i++)
      {
        const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);
        gsize length = strlen (paragraph->folded);

        if (!tf_extract_lexicon_has_trigger (paragraph->folded, length))
          continue;
        reader.index = i;
        reader.text = paragraph->text;
        tf_extract_reader_fold (&reader, paragraph, length);
        g_array_set_size (reader.tokens, 0);
        /* A paragraph may go on about the person of the one before it. */
        if (i != reader.last_subject_paragraph + 1)
          g_clear_pointer (&reader.last_subject_name, g_free);
        read_paragraph (&reader);
        g_clear_pointer (&reader.refolded, g_free);
      }
    g_clear_pointer (&reader.last_subject_name, g_free);
    g_free (reader.to_text);
    g_array_unref (reader.tokens);
  }
  merge_paragraph_moves (out);
  merge_duplicates (out);
  return out;
}
