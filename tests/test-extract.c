/* test-extract.c: the move extractor, on sentences written for each
 * phenomenon (tests/fixtures/extract/phenomena.jsonl, in simplified and
 * traditional Chinese and English) and on the five seed articles against
 * their hand-curated moves.
 *
 * Both print precision and recall (TF_EXTRACT_VERBOSE=1 also each miss
 * and each extra). A suggestion is right when its person, its place (the
 * destination, or the origin of a leave; an organization or one it is
 * part of) and its year (when both are dated) agree with a curated move;
 * date accuracy counts the curated dated moves found with their year and
 * month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-extract"

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "tf-evidence.h"
#include "tf-extract-jsonl.h"
#include "tf-extractor.h"
#include "tf-sample.h"
#include "tf-source-reader.h"
#include "tf-text.h"

/* The seeds' targets (precision 0.90, recall 0.85; reached: 0.93 and 0.86)
 * and, for the development sets (0.91 / 0.85 and 0.90 / 0.82) and the
 * held-out cases (0.73 / 0.54), what the extractor reaches less a little,
 * so that a change that makes it worse fails. */
#define MIN_PHENOMENA_PRECISION 0.88
#define MIN_PHENOMENA_RECALL 0.82
#define MIN_PHENOMENA_2_PRECISION 0.90
#define MIN_PHENOMENA_2_RECALL 0.84
#define MIN_HOLDOUT_PRECISION 0.72
#define MIN_HOLDOUT_RECALL 0.53
#define MIN_SEED_PRECISION 0.90
#define MIN_SEED_RECALL 0.85

static TfExtractor *extractor;

/* Folded, without spaces: "Google DeepMind" = "googledeepmind". */
static char *
key (const char *name)
{
  g_autofree char *folded = NULL;
  GString *out;

  if (name == NULL)
    return NULL;
  folded = tf_text_fold (name, -1);
  out = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p++)
    if (*p != ' ' && *p != '-' && *p != '.' && *p != '\'')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Names equal when folded, or English names in the other order. */
static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *ka = key (a);
  g_autofree char *kb = key (b);
  g_auto(GStrv) words = NULL;

  if (ka == NULL || kb == NULL)
    return ka == kb;
  if (strcmp (ka, kb) == 0)
    return TRUE;
  words = g_strsplit (a, " ", -1);
  if (g_strv_length (words) == 2)
    {
      g_autofree char *reversed = g_strconcat (words[1], " ", words[0], NULL);
      g_autofree char *kr = key (reversed);

      return strcmp (kr, kb) == 0;
    }
  return FALSE;
}

/* An organization named either way: its own name, or one the gazetteer
 * counts as the same entry. */
static gboolean
same_organization (const char *written,
                   const char *expected)
{
  TfGazetteer *gazetteer = tf_extractor_get_gazetteer (extractor);
  g_autofree char *fw = NULL;
  g_autofree char *fe = NULL;
  const TfGazetteerEntry *a, *b;

  if (same_name (written, expected))
    return TRUE;
  if (written == NULL || expected == NULL)
    return FALSE;
  fw = tf_text_fold (written, -1);
  fe = tf_text_fold (expected, -1);
  a = tf_gazetteer_lookup (gazetteer, fw);
  b = tf_gazetteer_lookup (gazetteer, fe);
  return a != NULL && a == b;
}

static const char *
member (JsonObject *object,
        const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static gint64
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

static const char *
lane_word (const TfSuggestedPlace *place)
{
  return place->name;
}

/* A suggestion matches an expected move when the person, where to (or
 * where from, for a leave) and the year agree. */
static gboolean
matches (const TfSuggestion *suggestion,
         JsonObject         *expected)
{
  const char *person = member (expected, "person");
  const char *to = member (expected, "to");
  const char *from = member (expected, "from");
  gint64 year = member_int (expected, "year");

  if (person == NULL)
    {
      if (suggestion->person != NULL || suggestion->group_size < 2)
        return FALSE;
    }
  else if (!same_name (suggestion->person, person))
    return FALSE;
  if (to != NULL)
    {
      if (!same_organization (lane_word (&suggestion->to), to))
        return FALSE;
    }
  else if (!same_organization (lane_word (&suggestion->from), from))
    return FALSE;
  if (year != 0 && suggestion->date.year != year)
    return FALSE;
  if (year == 0 && suggestion->date.precision != TF_DATE_UNKNOWN)
    return FALSE;
  return TRUE;
}

typedef struct
{
  guint expected;
  guint suggested;
  guint matched;
  guint status_right;
  guint kind_right;
  guint from_right;   /* where from agrees too (both unsaid, or the same place) */
  guint month_right;
} Score;

static void
print_score (const char  *what,
             const Score *score)
{
  double precision = score->suggested ? (double) score->matched / score->suggested : 1.0;
  double recall = score->expected ? (double) score->matched / score->expected : 1.0;

  g_test_message ("%-16s expected %3u suggested %3u matched %3u  precision %.2f recall %.2f"
                  "  kind %.2f from %.2f status %.2f month %.2f",
                  what, score->expected, score->suggested, score->matched, precision, recall,
                  score->matched ? (double) score->kind_right / score->matched : 1.0,
                  score->matched ? (double) score->from_right / score->matched : 1.0,
                  score->matched ? (double) score->status_right / score->matched : 1.0,
                  score->matched ? (double) score->month_right / score->matched : 1.0);
}

/* Every quote is where its offsets say, in the paragraph and in the text
 * the JSON Lines gave, and its selector finds it in the source. */
static void
check_quotes (GPtrArray      *suggestions,
              const TfSource *source,
              const char     *text)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      const TfSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, suggestion->paragraph);
      const char *exact = suggestion->evidence->exact;
      TfEvidenceMatch match;

      g_assert_cmpuint (suggestion->quote_start, <, suggestion->quote_end);
      g_assert_true (strncmp (paragraph->text + suggestion->quote_start, exact,
                              suggestion->quote_end - suggestion->quote_start) == 0);
      g_assert_cmpuint (tf_evidence_resolve (suggestion->evidence, source, &match), >=, 1);
      g_assert_cmpuint (match.paragraph, ==, suggestion->paragraph);
      g_assert_cmpfloat (suggestion->confidence, >, 0.0);
      g_assert_cmpfloat (suggestion->confidence, <=, 1.0);
      if (text != NULL)
        {
          guint offset = tf_suggestion_quote_offset (suggestion, source);
          const char *at = g_utf8_offset_to_pointer (text, offset);

          g_assert_true (strncmp (at, exact, strlen (exact)) == 0);
        }
    }
}

/* The cases of a JSON Lines file of tests/fixtures/extract/, scored by
 * script and phenomenon; returns the precision and recall of all. */
static void
score_cases (const char *name,
             double     *precision,
             double     *recall)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "tests", "fixtures", "extract",
                                                 name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Score total = { 0 };
  gboolean verbose = g_getenv ("TF_EXTRACT_VERBOSE") != NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = NULL;
      g_autoptr(GPtrArray) suggestions = NULL;
      g_autofree char *tag = NULL;
      JsonObject *object;
      JsonArray *moves;
      Score *score;
      gboolean *used;

      if (lines[i][0] == '\0')
        continue;
      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, &error));
      object = json_node_get_object (json_parser_get_root (parser));
      source = tf_extract_jsonl_read_article (lines[i], -1, "case", &error);
      g_assert_no_error (error);
      suggestions = tf_extractor_extract (extractor, source);
      check_quotes (suggestions, source, member (object, "text"));
      moves = json_object_get_array_member (object, "moves");
      tag = g_strdup_printf ("%s/%s", member (object, "script"), member (object, "phenomenon"));
      score = g_hash_table_lookup (scores, tag);
      if (score == NULL)
        {
          score = g_new0 (Score, 1);
          g_hash_table_insert (scores, g_strdup (tag), score);
        }
      score->expected += json_array_get_length (moves);
      score->suggested += suggestions->len;
      total.expected += json_array_get_length (moves);
      total.suggested += suggestions->len;
      used = g_new0 (gboolean, suggestions->len + 1);
      for (guint m = 0; m < json_array_get_length (moves); m++)
        {
          JsonObject *expected = json_array_get_object_element (moves, m);
          gboolean found = FALSE;

          for (guint s = 0; s < suggestions->len && !found; s++)
            {
              TfSuggestion *suggestion = g_ptr_array_index (suggestions, s);
              TfMoveKind kind;
              TfMoveStatus status;

              if (used[s] || !matches (suggestion, expected))
                continue;
              used[s] = found = TRUE;
              score->matched++;
              total.matched++;
              if (tf_extract_jsonl_kind_from_string (member (expected, "kind"), &kind)
                  && kind == suggestion->kind)
                {
                  score->kind_right++;
                  total.kind_right++;
                }
              if (same_organization (lane_word (&suggestion->from), member (expected, "from")))
                {
                  score->from_right++;
                  total.from_right++;
                }
              if (tf_move_status_from_string (member (expected, "status"), &status)
                  && status == suggestion->status)
                {
                  score->status_right++;
                  total.status_right++;
                }
              if (member_int (expected, "month") == suggestion->date.month)
                {
                  score->month_right++;
                  total.month_right++;
                }
            }
          if (!found && verbose)
            g_test_message ("MISSED %s: %s -> %s (%" G_GINT64_FORMAT ")",
                            member (object, "id"), member (expected, "person"),
                            member (expected, "to"), member_int (expected, "year"));
        }
      for (guint s = 0; s < suggestions->len && verbose; s++)
        if (!used[s])
          {
            TfSuggestion *suggestion = g_ptr_array_index (suggestions, s);

            g_test_message ("EXTRA  %s: %s: %s -> %s (%d)", member (object, "id"),
                            suggestion->person, suggestion->from.name, suggestion->to.name,
                            suggestion->date.year);
          }
      g_free (used);
    }
  {
    g_autoptr(GList) tags = g_list_sort (g_hash_table_get_keys (scores), (GCompareFunc) strcmp);

    for (GList *l = tags; l != NULL; l = l->next)
      print_score (l->data, g_hash_table_lookup (scores, l->data));
  }
  print_score ("all", &total);
  *precision = (double) total.matched / total.suggested;
  *recall = (double) total.matched / total.expected;
}

static void
test_phenomena (void)
{
  double precision, recall;

  score_cases ("phenomena.jsonl", &precision, &recall);
  g_assert_cmpfloat (precision, >=, MIN_PHENOMENA_PRECISION);
  g_assert_cmpfloat (recall, >=, MIN_PHENOMENA_RECALL);
  score_cases ("phenomena-2.jsonl", &precision, &recall);
  g_assert_cmpfloat (precision, >=, MIN_PHENOMENA_2_PRECISION);
  g_assert_cmpfloat (recall, >=, MIN_PHENOMENA_2_RECALL);
}

/* Cases written apart from the extractor, by someone who saw neither its
 * rules nor the phenomena: measured, and not tuned to. */
static void
test_holdout (void)
{
  double precision, recall;

  score_cases ("holdout.jsonl", &precision, &recall);
  g_assert_cmpfloat (precision, >=, MIN_HOLDOUT_PRECISION);
  g_assert_cmpfloat (recall, >=, MIN_HOLDOUT_RECALL);
}

/* ---- the seeds against the curated sample ---- */

static gboolean
person_is (TfDataset          *sample,
           const char         *person_id,
           const TfSuggestion *suggestion)
{
  TfPerson *person;

  if (person_id == NULL)
    return suggestion->person == NULL && suggestion->group_size > 1;
  person = tf_dataset_lookup_person (sample, person_id);
  if (suggestion->person == NULL)
    return FALSE;
  if (same_name (suggestion->person, person->name))
    return TRUE;
  for (guint i = 0; i < person->aliases->len; i++)
    if (same_name (suggestion->person, g_ptr_array_index (person->aliases, i)))
      return TRUE;
  return FALSE;
}

static gboolean
place_is (TfDataset              *sample,
          const TfAffiliation    *affiliation,
          const TfSuggestedPlace *place)
{
  TfOrganization *organization;

  if (affiliation == NULL || place->name == NULL)
    return FALSE;
  if (affiliation->org_id == NULL)
    return place->unnamed && place->sector == affiliation->sector;
  /* The organization, or one it is part of ("清华大学" for its institute)
   * or that is part of it. */
  for (organization = tf_dataset_lookup_organization (sample, affiliation->org_id);
       organization != NULL;
       organization = organization->parent_id != NULL
         ? tf_dataset_lookup_organization (sample, organization->parent_id) : NULL)
    {
      if (same_organization (place->name, organization->name))
        return TRUE;
      for (guint i = 0; i < organization->aliases->len; i++)
        if (same_organization (place->name, g_ptr_array_index (organization->aliases, i)))
          return TRUE;
    }
  return FALSE;
}

static gboolean
seed_matches (TfDataset          *sample,
              const TfMove       *move,
              const TfSuggestion *suggestion)
{
  const TfAffiliation *where = move->kind == TF_MOVE_LEAVE ? move->from : move->to;
  const TfSuggestedPlace *place = suggestion->kind == TF_MOVE_LEAVE ? &suggestion->from
                                                                    : &suggestion->to;

  if (!person_is (sample, move->person_id, suggestion))
    return FALSE;
  if (!place_is (sample, where, place))
    return FALSE;
  if (move->date.precision != TF_DATE_UNKNOWN && suggestion->date.precision != TF_DATE_UNKNOWN
      && suggestion->date.year != move->date.year)
    return FALSE;
  return TRUE;
}

static void
test_seeds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) sample = tf_sample_load (&error);
  GPtrArray *sources, *moves;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);
  g_autoptr(GPtrArray) origin = g_ptr_array_new ();
  gboolean verbose = g_getenv ("TF_EXTRACT_VERBOSE") != NULL;
  guint matched = 0, dated = 0, date_right = 0;
  gboolean *used;

  g_assert_no_error (error);
  sources = tf_dataset_get_sources (sample);
  moves = tf_dataset_get_moves (sample);
  for (guint i = 0; i < sources->len; i++)
    {
      TfSource *curated = g_ptr_array_index (sources, i);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                     curated->file_name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(TfSource) source = tf_source_reader_read_file (file, curated->id, NULL, &error);
      g_autoptr(GPtrArray) suggestions = NULL;

      g_assert_no_error (error);
      /* The curated date where the article gives none the reader takes. */
      if (source->date.precision == TF_DATE_UNKNOWN)
        source->date = curated->date;
      suggestions = tf_extractor_extract (extractor, source);
      check_quotes (suggestions, source, NULL);
      for (guint s = 0; s < suggestions->len; s++)
        {
          g_ptr_array_add (all, g_ptr_array_steal_index (suggestions, s--));
          g_ptr_array_add (origin, curated->id);
        }
    }
  /* A move reported by two articles is found twice: each suggestion is
   * right when it matches a curated move, and a curated move is found
   * when a suggestion matches it, its date judged by the best one. */
  used = g_new0 (gboolean, all->len + 1);
  for (guint m = 0; m < moves->len; m++)
    {
      TfMove *move = g_ptr_array_index (moves, m);
      gboolean found = FALSE, date_ok = FALSE;

      for (guint s = 0; s < all->len; s++)
        {
          TfSuggestion *suggestion = g_ptr_array_index (all, s);

          if (!seed_matches (sample, move, suggestion))
            continue;
          used[s] = found = TRUE;
          if (suggestion->date.precision != TF_DATE_UNKNOWN
              && suggestion->date.year == move->date.year
              && (move->date.precision < TF_DATE_MONTH
                  || suggestion->date.month == move->date.month))
            date_ok = TRUE;
        }
      if (found)
        {
          matched++;
          if (move->date.precision != TF_DATE_UNKNOWN)
            {
              dated++;
              date_right += date_ok;
            }
        }
      else if (verbose)
        g_test_message ("MISSED %s", move->id);
    }
  for (guint s = 0; s < all->len && verbose; s++)
    if (!used[s])
      {
        TfSuggestion *suggestion = g_ptr_array_index (all, s);

        g_test_message ("EXTRA  %s: %s: %s -> %s (%d) | %s", (char *) g_ptr_array_index (origin, s),
                        suggestion->person, suggestion->from.name, suggestion->to.name,
                        suggestion->date.year, suggestion->evidence->exact);
      }
  {
    guint right = 0;
    double precision, recall = (double) matched / moves->len;

    for (guint s = 0; s < all->len; s++)
      right += used[s];
    precision = all->len ? (double) right / all->len : 1.0;

    g_free (used);
    g_test_message ("seeds: curated %u found %u; suggested %u right %u;  precision %.2f"
                    " recall %.2f  date accuracy %.2f (%u of %u dated)",
                    moves->len, matched, all->len, right, precision, recall,
                    dated ? (double) date_right / dated : 1.0, date_right, dated);
    g_assert_cmpfloat (precision, >=, MIN_SEED_PRECISION);
    g_assert_cmpfloat (recall, >=, MIN_SEED_RECALL);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  extractor = tf_extractor_new (NULL);
  g_test_add_func ("/extract/phenomena", test_phenomena);
  g_test_add_func ("/extract/holdout", test_holdout);
  g_test_add_func ("/extract/seeds", test_seeds);
  status = g_test_run ();
  g_object_unref (extractor);
  return status;
}
