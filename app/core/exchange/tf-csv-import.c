/* tf-csv-import.c: a table of moves (CSV) made a dataset.
 *
 * Each row is read whole before any record is made, so that a bad row
 * leaves no person or organization behind. The sources the rows cite are
 * built as the rows come and added at the end, when their text (a
 * heading and the quotes) is known and each quote's selector can be made
 * to match it once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-csv-import.h"
#include "tf-csv-values.h"
#include "tf-evidence.h"
#include "tf-record-resolver.h"

/* Characters of context around a quote found in an article of the base
 * dataset, as --merge gives its quotes. */
#define QUOTE_CONTEXT 32
/* How much of a source's text its script is guessed from. */
#define SCRIPT_SAMPLE_BYTES 4096

/* An evidence whose selector is made when its source's text is whole. */
typedef struct
{
  TfEvidence *evidence;  /* owned by its move */
  guint paragraph;       /* the first paragraph of its quote */
  guint n_paragraphs;    /* how many the quote spans */
} PendingEvidence;

/* A source the table cites, as it is built. */
typedef struct
{
  TfSource *source;      /* owned until it is added */
  GHashTable *paragraphs;/* a paragraph's text -> its index + 1 */
  GArray *pending;       /* of PendingEvidence */
  gboolean has_several_lines; /* a quote of several paragraphs, not looked up */
} SourceBuilder;

/* The columns of one evidence: indexes into the row, or -1. */
typedef struct
{
  int source;
  int title;
  int quote;
} EvidenceColumns;

typedef struct
{
  TfCsvTable *table;
  TfDataset *dataset;
  TfRecordResolver *resolver;
  TfCsvImportFlags flags;
  GPtrArray *problems;           /* nullable */
  guint n_bad_rows;
  char *base_name;               /* the file's name without its folder */
  char **headers;
  guint n_headers;
  int column_of[TF_CSV_N_FIELDS];/* the column of each field but the evidence, or -1 */
  GArray *evidence_columns;      /* of EvidenceColumns, by index - 1 */
  GHashTable *sources;           /* a source cell -> SourceBuilder */
  GPtrArray *builders;           /* of SourceBuilder, in the order first cited */
  GHashTable *base_sources;      /* a URL -> TfSource of the dataset, built when needed */
  guint next_source;
} Importer;

/* What a row says, before any record is made. */
typedef struct
{
  guint row;
  gboolean bad;
  const char *person;
  TfSuggestedPlace from;
  TfSuggestedPlace to;
  const char *from_role;
  const char *role;
} RowReading;

void
tf_csv_problem_free (TfCsvProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->file_name);
  g_free (problem->header);
  g_free (problem->message);
  g_free (problem);
}

char *
tf_csv_problem_to_string (const TfCsvProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->column == 0)
    return g_strdup_printf ("%s:%u: %s", problem->file_name, problem->line, problem->message);
  if (problem->header != NULL && problem->header[0] != '\0')
    /* Translators: a bad cell of a table: "moves.csv:12: column 3 (date): …". */
    return g_strdup_printf (_("%s:%u: column %u (%s): %s"), problem->file_name, problem->line,
                            problem->column, problem->header, problem->message);
  /* Translators: a bad cell of a table: "moves.csv:12: column 3: …". */
  return g_strdup_printf (_("%s:%u: column %u: %s"), problem->file_name, problem->line,
                          problem->column, problem->message);
}

static void
source_builder_free (SourceBuilder *builder)
{
  tf_source_free (builder->source);
  g_hash_table_unref (builder->paragraphs);
  g_array_unref (builder->pending);
  g_free (builder);
}

/* column is an index into the row, or -1 for the row as a whole. */
G_GNUC_PRINTF (4, 5)
static void
add_problem (Importer   *self,
             RowReading *reading,
             int         column,
             const char *format,
             ...)
{
  TfCsvProblem *problem;
  va_list args;

  reading->bad = TRUE;
  if (self->problems == NULL)
    return;
  problem = g_new0 (TfCsvProblem, 1);
  problem->file_name = g_strdup (tf_csv_table_get_file_name (self->table));
  problem->line = tf_csv_table_get_line (self->table, reading->row);
  problem->column = column >= 0 ? (guint) column + 1 : 0;
  if (column >= 0 && (guint) column < self->n_headers)
    problem->header = g_strdup (self->headers[column]);
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->problems, problem);
}

/* The cell of field in the row, without white space around it; "" when
 * the table has no such column. Points into the table or the row's
 * scratch copies. */
static const char *
cell (Importer   *self,
      guint       row,
      int         column,
      GPtrArray  *scratch)
{
  const char *text;
  gsize len;

  if (column < 0)
    return "";
  text = tf_csv_table_get_field (self->table, row, (guint) column);
  len = strlen (text);
  if (len == 0 || (!g_ascii_isspace (text[0]) && !g_ascii_isspace (text[len - 1])
                   && (guchar) text[len - 1] < 0x80 && (guchar) text[0] < 0x80))
    return text;
  {
    char *copy = g_strdup (text);
    char *start = copy;
    gsize n = len;

    /* Ideographic spaces, which spreadsheets keep, are spaces too, in
     * any mix with ASCII ones (else a cell would lose some of them on
     * each import and export). */
    for (;;)
      {
        if (n > 0 && g_ascii_isspace (start[n - 1]))
          n--;
        else if (n >= 3 && memcmp (start + n - 3, "\xE3\x80\x80", 3) == 0)
          n -= 3;
        else
          break;
      }
    start[n] = '\0';
    for (;;)
      {
        if (g_ascii_isspace (start[0]))
          start++;
        else if (strncmp (start, "\xE3\x80\x80", 3) == 0)
          start += 3;
        else
          break;
      }
    g_ptr_array_add (scratch, copy);
    return start;
  }
}

static const char *
field_cell (Importer   *self,
            guint       row,
            TfCsvField  field,
            GPtrArray  *scratch)
{
  return cell (self, row, self->column_of[field], scratch);
}

/* The first character that XML, and so a dataset, cannot hold, or 0. */
static gunichar
find_control_character (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return (guchar) *p;
      if ((guchar) *p == 0xEF && (guchar) p[1] == 0xBF && ((guchar) p[2] & 0xFE) == 0xBE)
        return g_utf8_get_char (p);
    }
  return 0;
}

static gboolean
looks_like_url (const char *text)
{
  const char *colon = strstr (text, "://");

  if (g_str_has_prefix (text, "www."))
    return TRUE;
  if (colon == NULL || colon == text)
    return FALSE;
  for (const char *p = text; p < colon; p++)
    if (!g_ascii_isalpha (*p) && *p != '+' && *p != '-' && *p != '.')
      return FALSE;
  return TRUE;
}

/* Where the move starts or ends, as the row gives it. */
static void
read_place (Importer         *self,
            RowReading       *reading,
            GPtrArray        *scratch,
            TfCsvField        name_field,
            TfCsvField        sector_field,
            TfCsvField        unnamed_field,
            TfSuggestedPlace *place)
{
  guint row = reading->row;
  const char *name = field_cell (self, row, name_field, scratch);
  const char *sector = field_cell (self, row, sector_field, scratch);
  const char *unnamed = field_cell (self, row, unnamed_field, scratch);
  gboolean is_unnamed = FALSE;

  memset (place, 0, sizeof *place);
  if (*sector != '\0')
    {
      if (tf_csv_parse_sector (sector, &place->sector))
        place->sector_known = TRUE;
      else
        add_problem (self, reading, self->column_of[sector_field],
                     _("“%s” is not a sector (academia, corporate-lab, company or startup)"),
                     sector);
    }
  if (!tf_csv_parse_boolean (unnamed, &is_unnamed))
    add_problem (self, reading, self->column_of[unnamed_field], _("“%s” is not yes or no"),
                 unnamed);

  /* An unnamed place ("创业", "academia") is a lane of the chart: its
   * sector is what it is. A sector alone is such a place, without words. */
  if (is_unnamed || (*name == '\0' && place->sector_known))
    {
      if (!place->sector_known && *sector == '\0')
        add_problem (self, reading, self->column_of[name_field],
                     _("“%s” is an unnamed place, which needs a sector"), name);
      place->unnamed = TRUE;
    }
  place->name = (char *) name;
}

/* The date of the row, from a date column or year, month and day ones. */
static void
read_date (Importer   *self,
           RowReading *reading,
           GPtrArray  *scratch,
           TfDate     *date)
{
  guint row = reading->row;
  const char *text = field_cell (self, row, TF_CSV_FIELD_DATE, scratch);
  const char *year = field_cell (self, row, TF_CSV_FIELD_YEAR, scratch);
  const char *month = field_cell (self, row, TF_CSV_FIELD_MONTH, scratch);
  const char *day = field_cell (self, row, TF_CSV_FIELD_DAY, scratch);
  const char *precision_text = field_cell (self, row, TF_CSV_FIELD_PRECISION, scratch);
  const char *derived = field_cell (self, row, TF_CSV_FIELD_DATE_DERIVED, scratch);
  TfDatePrecision precision;
  int date_column = self->column_of[TF_CSV_FIELD_DATE];

  *date = (TfDate) { 0, 0, 0, TF_DATE_UNKNOWN, FALSE };
  if (*text == '\0' && *year != '\0')
    {
      text = year;
      date_column = self->column_of[TF_CSV_FIELD_YEAR];
    }
  /* A "month" column may hold "2021-05" by itself. */
  else if (*text == '\0' && *month != '\0' && tf_csv_parse_date (month, date))
    {
      text = month;
      month = "";
    }
  if (*text != '\0' && !tf_csv_parse_date (text, date))
    {
      add_problem (self, reading, date_column,
                   _("“%s” is not a date (such as 2021, 2021-05, 2021-05-03 or 2021年5月)"), text);
      return;
    }

  if (*month != '\0' && date->precision <= TF_DATE_YEAR)
    {
      guint m;

      if (!tf_csv_parse_month (month, &m))
        add_problem (self, reading, self->column_of[TF_CSV_FIELD_MONTH],
                     _("“%s” is not a month"), month);
      else if (date->precision != TF_DATE_YEAR)
        add_problem (self, reading, self->column_of[TF_CSV_FIELD_MONTH],
                     _("A month without a year"));
      else
        {
          date->month = (guint8) m;
          date->precision = TF_DATE_MONTH;
        }
    }
  if (*day != '\0' && date->precision <= TF_DATE_MONTH && !reading->bad)
    {
      guint64 d;

      if (!g_ascii_string_to_unsigned (day, 10, 1, 31, &d, NULL))
        add_problem (self, reading, self->column_of[TF_CSV_FIELD_DAY],
                     _("“%s” is not a day of the month"), day);
      else if (date->precision != TF_DATE_MONTH)
        add_problem (self, reading, self->column_of[TF_CSV_FIELD_DAY],
                     _("A day without a month"));
      else if (d > g_date_get_days_in_month ((GDateMonth) date->month, (GDateYear) date->year))
        add_problem (self, reading, self->column_of[TF_CSV_FIELD_DAY],
                     _("“%s” is not a day of the month"), day);
      else
        {
          date->day = (guint8) d;
          date->precision = TF_DATE_DAY;
        }
    }

  if (*precision_text != '\0')
    {
      if (!tf_csv_parse_precision (precision_text, &precision))
        add_problem (self, reading, self->column_of[TF_CSV_FIELD_PRECISION],
                     _("“%s” is not a date precision (day, month, year or unknown)"),
                     precision_text);
      else if (precision > date->precision)
        add_problem (self, reading, self->column_of[TF_CSV_FIELD_PRECISION],
                     _("The precision is “%s”, but the date says less"), precision_text);
      else
        {
          /* Spreadsheets make "2021-05" a first of May: the precision
           * column says what was known. */
          date->precision = precision;
          if (precision < TF_DATE_DAY)
            date->day = 0;
          if (precision < TF_DATE_MONTH)
            date->month = 0;
          if (precision < TF_DATE_YEAR)
            date->year = 0;
        }
    }
  if (!tf_csv_parse_boolean (derived, &date->derived))
    add_problem (self, reading, self->column_of[TF_CSV_FIELD_DATE_DERIVED],
                 _("“%s” is not yes or no"), derived);
  if (date->precision == TF_DATE_UNKNOWN)
    date->derived = FALSE;
}

static TfSource *
lookup_base_source (Importer   *self,
                    const char *url)
{
  if (self->base_sources == NULL)
    {
      GPtrArray *sources = tf_dataset_get_sources (self->dataset);

      self->base_sources = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < sources->len; i++)
        {
          TfSource *source = g_ptr_array_index (sources, i);

          if (source->url != NULL && !g_hash_table_contains (self->base_sources, source->url))
            g_hash_table_insert (self->base_sources, source->url, source);
        }
    }
  return g_hash_table_lookup (self->base_sources, url);
}

/* The source a row's source cell (a URL, a name, or "" for the table
 * itself) and title cell stand for, made on first use. */
static SourceBuilder *
get_source (Importer   *self,
            const char *name,
            const char *title)
{
  SourceBuilder *builder = g_hash_table_lookup (self->sources, name);
  TfSource *source;
  const char *heading;
  char *id = NULL;

  if (builder != NULL)
    return builder;

  do
    {
      g_free (id);
      id = g_strdup_printf ("s-csv-%u", ++self->next_source);
    }
  while (tf_dataset_lookup_source (self->dataset, id) != NULL);
  source = tf_source_new (id);
  g_free (id);
  if (looks_like_url (name))
    source->url = g_strdup (name);
  source->title = g_strdup (*title != '\0' ? title : *name != '\0' ? name : self->base_name);
  source->file_name = g_strdup (self->base_name);
  /* The heading makes a source without quotes something to cite. */
  heading = source->title;
  g_ptr_array_add (source->paragraphs, tf_paragraph_new (heading, TF_PARAGRAPH_HEADING));

  builder = g_new0 (SourceBuilder, 1);
  builder->source = source;
  builder->paragraphs = g_hash_table_new (g_str_hash, g_str_equal);
  builder->pending = g_array_new (FALSE, FALSE, sizeof (PendingEvidence));
  g_hash_table_insert (builder->paragraphs,
                       ((TfParagraph *) g_ptr_array_index (source->paragraphs, 0))->text,
                       GUINT_TO_POINTER (1));
  g_hash_table_insert (self->sources, g_strdup (name), builder);
  g_ptr_array_add (self->builders, builder);
  return builder;
}

/* The paragraphs of a quote, added unless the source has them in that
 * order already; returns the first one's index. A quote of several lines
 * is several paragraphs, as the text of a source has no line breaks but
 * between them. */
static guint
add_quote (SourceBuilder *builder,
           const char    *quote,
           guint         *n_paragraphs)
{
  GPtrArray *paragraphs = builder->source->paragraphs;
  g_auto(GStrv) lines = NULL;
  TfParagraph *paragraph;
  gpointer found;
  guint first;
  guint n;

  if (strchr (quote, '\n') == NULL)
    {
      *n_paragraphs = 1;
      found = g_hash_table_lookup (builder->paragraphs, quote);
      if (found != NULL)
        return GPOINTER_TO_UINT (found) - 1;
      paragraph = tf_paragraph_new (quote, TF_PARAGRAPH_QUOTE);
      g_ptr_array_add (paragraphs, paragraph);
      g_hash_table_insert (builder->paragraphs, paragraph->text,
                           GUINT_TO_POINTER (paragraphs->len));
      return paragraphs->len - 1;
    }

  builder->has_several_lines = TRUE;
  lines = g_strsplit (quote, "\n", -1);
  n = g_strv_length (lines);
  first = paragraphs->len;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (paragraphs, tf_paragraph_new (lines[i], TF_PARAGRAPH_QUOTE));
  *n_paragraphs = n;
  return first;
}

/* A quote of several lines as paragraphs hold it: each line without
 * white space around it, no empty ones. */
static char *
normalize_lines (const char *quote)
{
  g_auto(GStrv) lines = g_strsplit (quote, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_evidence (const TfMove *move,
              const char   *source_id,
              const char   *exact)
{
  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *e = g_ptr_array_index (move->evidence, i);

      if (strcmp (e->source_id, source_id) == 0 && strcmp (e->exact, exact) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The move's evidence from a source and quote cell; the selector is made
 * when the source is whole. */
static void
add_evidence (Importer   *self,
              TfMove     *move,
              const char *name,
              const char *title,
              const char *quote)
{
  g_autofree char *normalized = NULL;
  SourceBuilder *builder;
  PendingEvidence pending;
  TfEvidence *evidence;
  const char *exact;

  /* A URL of an article of the dataset, which has the quote: the quote
   * there. */
  if (*quote != '\0' && looks_like_url (name))
    {
      TfSource *source = lookup_base_source (self, name);

      if (source != NULL)
        {
          g_autoptr(TfEvidence) found = tf_evidence_new (source->id, quote, "", "");

          if (tf_evidence_resolve (found, source, NULL) > 0)
            {
              tf_evidence_fill_context (found, source, QUOTE_CONTEXT);
              if (!has_evidence (move, source->id, quote))
                g_ptr_array_add (move->evidence, g_steal_pointer (&found));
              return;
            }
        }
    }

  builder = get_source (self, name, title);
  if (strchr (quote, '\n') != NULL)
    quote = normalized = normalize_lines (quote);
  if (*quote != '\0')
    {
      exact = quote;
      pending.paragraph = add_quote (builder, quote, &pending.n_paragraphs);
    }
  else
    {
      /* Cited without a quote: the heading stands for the whole. */
      exact = ((TfParagraph *) g_ptr_array_index (builder->source->paragraphs, 0))->text;
      pending.paragraph = 0;
      pending.n_paragraphs = 1;
    }
  if (has_evidence (move, builder->source->id, exact))
    return;
  evidence = tf_evidence_new (builder->source->id, exact, "", "");
  g_ptr_array_add (move->evidence, evidence);
  pending.evidence = evidence;
  g_array_append_val (builder->pending, pending);
}

/* The paragraphs from first to last, joined as the source's text joins
 * them. */
static char *
join_paragraphs (const TfSource *source,
                 guint           first,
                 guint           end)
{
  GString *text = g_string_new (NULL);

  for (guint i = first; i < end; i++)
    {
      if (i > first)
        g_string_append_c (text, '\n');
      g_string_append (text, ((TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text);
    }
  return g_string_free (text, FALSE);
}

/* A selector that matches once: the quote is whole paragraphs, so line
 * breaks around it fix it in a source whose one-line paragraphs all
 * differ, and more of the paragraphs before or after it settle the rest
 * (a quote that begins or ends a longer one, a quote of several lines). */
static void
make_selector (const SourceBuilder   *builder,
               const PendingEvidence *pending)
{
  const TfSource *source = builder->source;
  TfEvidence *evidence = pending->evidence;
  guint start = pending->paragraph;
  guint end = start + pending->n_paragraphs;
  guint n = source->paragraphs->len;
  guint before = 0, after = 0;

  for (;;)
    {
      g_free (evidence->prefix);
      g_free (evidence->suffix);
      if (start == 0)
        evidence->prefix = g_strdup ("");
      else if (before == 0)
        evidence->prefix = g_strdup ("\n");
      else
        {
          g_autofree char *text = join_paragraphs (source, start - before, start);

          evidence->prefix = g_strconcat (start - before > 0 ? "\n" : "", text, "\n", NULL);
        }
      if (end == n)
        evidence->suffix = g_strdup ("");
      else if (after == 0)
        evidence->suffix = g_strdup ("\n");
      else
        {
          g_autofree char *text = join_paragraphs (source, end, end + after);

          evidence->suffix = g_strconcat ("\n", text, end + after < n ? "\n" : "", NULL);
        }

      /* Between two line breaks, a paragraph that no other one equals. */
      if (start > 0 && end < n && pending->n_paragraphs == 1 && !builder->has_several_lines)
        return;
      if (tf_evidence_resolve (evidence, source, NULL) == 1)
        return;
      if (before < start)
        before++;
      else if (end + after < n)
        after++;
      else
        return;  /* the whole text, which has the quote once */
    }
}

static void
add_sources (Importer *self)
{
  for (guint i = 0; i < self->builders->len; i++)
    {
      SourceBuilder *builder = g_ptr_array_index (self->builders, i);
      TfSource *source = builder->source;
      g_autofree char *sample = join_paragraphs (source, 0, MIN (source->paragraphs->len, 16));

      if (strlen (sample) > SCRIPT_SAMPLE_BYTES)
        *g_utf8_find_prev_char (sample, sample + SCRIPT_SAMPLE_BYTES) = '\0';
      source->script = tf_text_guess_han_script (sample);
      if (source->script == TF_SCRIPT_UNKNOWN)
        for (const char *p = sample; *p != '\0' && source->script == TF_SCRIPT_UNKNOWN; p++)
          if (g_ascii_isalpha (*p))
            source->script = TF_SCRIPT_LATIN;

      for (guint j = 0; j < builder->pending->len; j++)
        make_selector (builder, &g_array_index (builder->pending, PendingEvidence, j));
      builder->source = NULL;
      if (!tf_dataset_add_source (self->dataset, source, NULL))
        g_assert_not_reached ();  /* the id is unused */
    }
}

static void
resolve_place (Importer               *self,
               const TfSuggestedPlace *place,
               const char             *role,
               TfAffiliation         **affiliation)
{
  if (place->unnamed)
    {
      *affiliation = tf_affiliation_new (NULL, place->sector);
      (*affiliation)->label = g_strdup (place->name);
    }
  else
    {
      *affiliation = tf_record_resolver_place (self->resolver, place);
      if (*affiliation == NULL)
        return;
      /* A row may see an organization in another lane than the first row
       * that named it did: the move keeps what its row says. */
      if (place->sector_known)
        (*affiliation)->sector = place->sector;
    }
  if (*role != '\0')
    (*affiliation)->role = g_strdup (role);
}

static void
import_row (Importer *self,
            guint     row)
{
  g_autoptr(GPtrArray) scratch = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TfMove) move = NULL;
  RowReading reading = { row, FALSE };
  guint n_fields = tf_csv_table_get_n_fields (self->table, row);
  const char *group_size, *kind, *status, *concurrent, *reviewed;
  gboolean all_blank = TRUE;
  gboolean value;
  TfPerson *person = NULL;

  for (guint i = 0; i < n_fields; i++)
    {
      const char *text = cell (self, row, (int) i, scratch);
      gunichar c = find_control_character (text);

      all_blank = all_blank && *text == '\0';
      if (c != 0)
        add_problem (self, &reading, (int) i,
                     _("A control character (U+%04X), which a dataset cannot hold"), c);
    }
  /* Spreadsheets export rows of nothing but commas. */
  if (all_blank)
    return;
  for (guint i = self->n_headers; i < n_fields; i++)
    if (*cell (self, row, (int) i, scratch) != '\0')
      {
        add_problem (self, &reading, (int) i,
                     _("The row has %u fields, but the header has %u"), n_fields,
                     self->n_headers);
        break;
      }

  move = tf_move_new (NULL, TF_MOVE_JOIN);
  reading.person = field_cell (self, row, TF_CSV_FIELD_PERSON, scratch);
  group_size = field_cell (self, row, TF_CSV_FIELD_GROUP_SIZE, scratch);
  if (*group_size != '\0' && !tf_csv_parse_count (group_size, &move->group_size))
    add_problem (self, &reading, self->column_of[TF_CSV_FIELD_GROUP_SIZE],
                 _("“%s” is not a group size (a whole number from 1)"), group_size);
  if (*reading.person == '\0' && move->group_size < 2 && !reading.bad)
    add_problem (self, &reading, self->column_of[TF_CSV_FIELD_PERSON],
                 _("No one moves: give a person, or a group size of 2 or more"));
  {
    const char *group = field_cell (self, row, TF_CSV_FIELD_GROUP, scratch);

    if (*group != '\0')
      move->group_label = g_strdup (group);
  }

  read_place (self, &reading, scratch, TF_CSV_FIELD_FROM, TF_CSV_FIELD_FROM_SECTOR,
              TF_CSV_FIELD_FROM_UNNAMED, &reading.from);
  read_place (self, &reading, scratch, TF_CSV_FIELD_TO, TF_CSV_FIELD_TO_SECTOR,
              TF_CSV_FIELD_TO_UNNAMED, &reading.to);
  if (*reading.from.name == '\0' && !reading.from.unnamed
      && *reading.to.name == '\0' && !reading.to.unnamed)
    add_problem (self, &reading, self->column_of[TF_CSV_FIELD_TO] >= 0
                                 ? self->column_of[TF_CSV_FIELD_TO]
                                 : self->column_of[TF_CSV_FIELD_FROM],
                 _("The row says neither where from nor where to"));
  reading.from_role = field_cell (self, row, TF_CSV_FIELD_FROM_ROLE, scratch);
  reading.role = field_cell (self, row, TF_CSV_FIELD_ROLE, scratch);

  kind = field_cell (self, row, TF_CSV_FIELD_KIND, scratch);
  if (*kind == '\0')
    move->kind = *reading.to.name != '\0' || reading.to.unnamed ? TF_MOVE_JOIN : TF_MOVE_LEAVE;
  else if (!tf_csv_parse_kind (kind, &move->kind))
    add_problem (self, &reading, self->column_of[TF_CSV_FIELD_KIND],
                 _("“%s” is not a kind of move (join, leave, found, return-academia, transfer, "
                   "appointed or other)"), kind);

  read_date (self, &reading, scratch, &move->date);

  status = field_cell (self, row, TF_CSV_FIELD_STATUS, scratch);
  if (*status != '\0' && !tf_csv_parse_status (status, &move->status))
    add_problem (self, &reading, self->column_of[TF_CSV_FIELD_STATUS],
                 _("“%s” is not a status (reported, planned or rumoured)"), status);
  concurrent = field_cell (self, row, TF_CSV_FIELD_CONCURRENT, scratch);
  if (!tf_csv_parse_boolean (concurrent, &move->concurrent))
    add_problem (self, &reading, self->column_of[TF_CSV_FIELD_CONCURRENT],
                 _("“%s” is not yes or no"), concurrent);
  /* The user's own table is reviewed unless it says otherwise. */
  reviewed = field_cell (self, row, TF_CSV_FIELD_REVIEWED, scratch);
  value = TRUE;
  if (*reviewed != '\0' && !tf_csv_parse_boolean (reviewed, &value))
    add_problem (self, &reading, self->column_of[TF_CSV_FIELD_REVIEWED],
                 _("“%s” is not yes or no"), reviewed);
  move->unreviewed = !value;
  {
    const char *note = field_cell (self, row, TF_CSV_FIELD_NOTE, scratch);

    if (*note != '\0')
      move->note = g_strdup (note);
  }

  if (reading.bad)
    {
      self->n_bad_rows++;
      return;
    }

  /* The row is good: its records. */
  if (*reading.person != '\0')
    {
      person = tf_record_resolver_person (self->resolver, reading.person, NULL);
      move->person_id = g_strdup (person->id);
    }
  resolve_place (self, &reading.from, reading.from_role, &move->from);
  resolve_place (self, &reading.to, reading.role, &move->to);

  for (guint i = 0; i < self->evidence_columns->len; i++)
    {
      const EvidenceColumns *columns = &g_array_index (self->evidence_columns,
                                                       EvidenceColumns, i);
      const char *name = cell (self, row, columns->source, scratch);
      const char *title = cell (self, row, columns->title, scratch);
      const char *quote = cell (self, row, columns->quote, scratch);

      if (*name == '\0' && *title == '\0' && *quote == '\0')
        continue;
      add_evidence (self, move, *name != '\0' ? name : title, title, quote);
    }

  move->id = tf_record_resolver_new_move_id (self->resolver);
  if (!tf_dataset_add_move (self->dataset, g_steal_pointer (&move), NULL))
    g_assert_not_reached ();  /* the id is unused */
}

static char *
list_headers (Importer *self)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < self->n_headers; i++)
    g_string_append_printf (list, "%s“%s”", i > 0 ? ", " : "", self->headers[i]);
  return g_string_free (list, FALSE);
}

static char **
dup_header_row (TfCsvTable *table,
                guint      *n_headers)
{
  guint n = tf_csv_table_get_n_fields (table, 0);
  char **headers = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    headers[i] = g_strstrip (g_strdup (tf_csv_table_get_field (table, 0, i)));
  *n_headers = n;
  return headers;
}

static gboolean
find_columns (Importer            *self,
              const TfCsvColumns  *mapping,
              GError             **error)
{
  g_autofree TfCsvColumn *columns = NULL;
  const char *file_name = tf_csv_table_get_file_name (self->table);

  self->headers = dup_header_row (self->table, &self->n_headers);
  columns = tf_csv_columns_resolve (mapping, (const char * const *) self->headers,
                                    self->n_headers, file_name, error);
  if (columns == NULL)
    return FALSE;

  for (guint i = 0; i < TF_CSV_N_FIELDS; i++)
    self->column_of[i] = -1;
  self->evidence_columns = g_array_new (FALSE, FALSE, sizeof (EvidenceColumns));
  for (guint i = 0; i < self->n_headers; i++)
    {
      TfCsvColumn column = columns[i];
      EvidenceColumns *evidence;

      if (column.field == TF_CSV_FIELD_NONE)
        continue;
      if (!tf_csv_field_is_evidence (column.field))
        {
          self->column_of[column.field] = (int) i;
          continue;
        }
      /* Evidence 1, 2…; a table with only "quote 3" has three. */
      while (self->evidence_columns->len < column.index)
        {
          EvidenceColumns none = { -1, -1, -1 };

          g_array_append_val (self->evidence_columns, none);
        }
      evidence = &g_array_index (self->evidence_columns, EvidenceColumns, column.index - 1);
      if (column.field == TF_CSV_FIELD_SOURCE)
        evidence->source = (int) i;
      else if (column.field == TF_CSV_FIELD_SOURCE_TITLE)
        evidence->title = (int) i;
      else
        evidence->quote = (int) i;
    }

  if (self->column_of[TF_CSV_FIELD_PERSON] < 0 && self->column_of[TF_CSV_FIELD_GROUP_SIZE] < 0)
    {
      g_autofree char *list = list_headers (self);

      g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_COLUMNS,
                   _("%s: no column says who moved (headed “person”, “name” or “姓名”); "
                     "the headers are %s"), file_name, list);
      return FALSE;
    }
  if (self->column_of[TF_CSV_FIELD_FROM] < 0 && self->column_of[TF_CSV_FIELD_TO] < 0
      && self->column_of[TF_CSV_FIELD_FROM_SECTOR] < 0
      && self->column_of[TF_CSV_FIELD_TO_SECTOR] < 0)
    {
      g_autofree char *list = list_headers (self);

      g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_COLUMNS,
                   _("%s: no column says where from or where to (headed “from”, “to”, "
                     "“原单位” or “新单位”); the headers are %s"), file_name, list);
      return FALSE;
    }
  return TRUE;
}

char **
tf_csv_import_dup_headers (TfCsvTable          *table,
                           const TfCsvColumns  *columns,
                           TfCsvColumn        **fields,
                           guint               *n_headers,
                           GError             **error)
{
  g_auto(GStrv) headers = NULL;
  guint n = 0;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (n_headers != NULL, NULL);

  headers = dup_header_row (table, &n);
  *fields = tf_csv_columns_resolve (columns, (const char * const *) headers, n,
                                    tf_csv_table_get_file_name (table), error);
  if (*fields == NULL)
    return NULL;
  *n_headers = n;
  return g_steal_pointer (&headers);
}

static void
importer_clear (Importer *self)
{
  g_clear_pointer (&self->resolver, tf_record_resolver_free);
  g_clear_pointer (&self->base_sources, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->builders, g_ptr_array_unref);
  g_clear_pointer (&self->evidence_columns, g_array_unref);
  g_clear_pointer (&self->headers, g_strfreev);
  g_clear_pointer (&self->base_name, g_free);
}

/* The file's name without folder and extension, as a dataset's title. */
static char *
title_of (const char *base_name)
{
  const char *dot = strrchr (base_name, '.');

  if (dot == NULL || dot == base_name)
    return g_strdup (base_name);
  return g_strndup (base_name, (gsize) (dot - base_name));
}

TfDataset *
tf_csv_import_table (TfCsvTable          *table,
                     TfDataset           *base,
                     const TfCsvColumns  *columns,
                     TfGazetteer         *gazetteer,
                     TfCsvImportFlags     flags,
                     GPtrArray           *problems,
                     GError             **error)
{
  g_autoptr(TfDataset) dataset = NULL;
  Importer importer = { 0 };
  guint n_rows;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (base == NULL || TF_IS_DATASET (base), NULL);
  g_return_val_if_fail (gazetteer == NULL || TF_IS_GAZETTEER (gazetteer), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dataset = base != NULL ? tf_dataset_copy (base) : tf_dataset_new ();
  importer.table = table;
  importer.dataset = dataset;
  importer.flags = flags;
  importer.problems = problems;
  importer.base_name = g_path_get_basename (tf_csv_table_get_file_name (table));
  if (!find_columns (&importer, columns, error))
    {
      importer_clear (&importer);
      return NULL;
    }
  if (base == NULL)
    {
      g_autofree char *title = title_of (importer.base_name);

      tf_dataset_set_title (dataset, title);
    }

  /* The table is the user's: its spelling of names is kept. */
  importer.resolver = tf_record_resolver_new (dataset, gazetteer,
                                              TF_RECORD_RESOLVER_WRITTEN_NAMES);
  importer.sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  importer.builders = g_ptr_array_new_with_free_func ((GDestroyNotify) source_builder_free);

  n_rows = tf_csv_table_get_n_rows (table);
  for (guint row = 1; row < n_rows; row++)
    import_row (&importer, row);
  add_sources (&importer);

  if (importer.n_bad_rows > 0 && (flags & TF_CSV_IMPORT_STRICT))
    {
      g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_BAD_ROWS,
                   g_dngettext (GETTEXT_PACKAGE, "%s: %u row cannot be read",
                                "%s: %u rows cannot be read", importer.n_bad_rows),
                   tf_csv_table_get_file_name (table), importer.n_bad_rows);
      importer_clear (&importer);
      return NULL;
    }
  importer_clear (&importer);
  return g_steal_pointer (&dataset);
}

TfDataset *
tf_csv_import_bytes (GBytes              *bytes,
                     const char          *file_name,
                     TfDataset           *base,
                     const TfCsvColumns  *columns,
                     TfGazetteer         *gazetteer,
                     TfCsvImportFlags     flags,
                     GPtrArray           *problems,
                     GError             **error)
{
  g_autoptr(TfCsvTable) table = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  table = tf_csv_table_parse (bytes, file_name, error);
  if (table == NULL)
    return NULL;
  return tf_csv_import_table (table, base, columns, gazetteer, flags, problems, error);
}
