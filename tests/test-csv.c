/* test-csv.c: tables of moves (CSV) read and written: RFC 4180, encodings,
 * headers and their synonyms, cell values, bad rows, hostile input, and
 * export -> import giving back the same moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <string.h>

#include "tf-csv-export.h"
#include "tf-csv-import.h"
#include "tf-csv-values.h"
#include "tf-dataset-file.h"
#include "tf-evidence.h"
#include "tf-exchange-open.h"
#include "tf-sample.h"
#include "tf-source-reader.h"
#include "tf-synthetic.h"

static TfGazetteer *default_gazetteer_object;

static TfGazetteer *
default_gazetteer (void)
{
  if (default_gazetteer_object == NULL)
    default_gazetteer_object = tf_gazetteer_new_default ();
  return default_gazetteer_object;
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) tf_csv_problem_free);
}

static TfCsvTable *
parse (const char *text)
{
  g_autoptr(GBytes) bytes = bytes_of (text);
  g_autoptr(GError) error = NULL;
  TfCsvTable *table = tf_csv_table_parse (bytes, "t.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* Imports text, expecting success; problems may be NULL. */
static TfDataset *
import (const char         *text,
        const TfCsvColumns *columns,
        GPtrArray          *problems)
{
  g_autoptr(GBytes) bytes = bytes_of (text);
  g_autoptr(GError) error = NULL;
  TfDataset *dataset = tf_csv_import_bytes (bytes, "moves.csv", NULL, columns,
                                            default_gazetteer (), TF_CSV_IMPORT_NONE,
                                            problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static const char *
person_name (TfDataset    *dataset,
             const TfMove *move)
{
  TfPerson *person = tf_dataset_lookup_person (dataset, move->person_id);

  g_assert_nonnull (person);
  return person->name;
}

static const char *
place_name (TfDataset           *dataset,
            const TfAffiliation *affiliation)
{
  TfOrganization *organization;

  if (affiliation == NULL)
    return NULL;
  if (affiliation->org_id == NULL)
    return affiliation->label;
  organization = tf_dataset_lookup_organization (dataset, affiliation->org_id);
  g_assert_nonnull (organization);
  return organization->name;
}

/* Every quote is found once in its source, and the dataset saves and
 * loads again the same. */
static void
assert_sound (TfDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(TfDataset) loaded = NULL;
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  g_assert_true (tf_dataset_check_references (dataset, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      for (guint j = 0; j < move->evidence->len; j++)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, j);
          const TfSource *source = tf_dataset_lookup_source (dataset, evidence->source_id);

          if (tf_evidence_resolve (evidence, source, NULL) != 1)
            g_error ("Move %s: quote “%s” (prefix “%s”, suffix “%s”) is found %u times",
                     move->id, evidence->exact, evidence->prefix, evidence->suffix,
                     tf_evidence_resolve (evidence, source, NULL));
        }
    }
  saved = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  loaded = tf_dataset_file_load_bytes (saved, "saved.talentflow", &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, loaded));
}

static void
test_rfc4180 (void)
{
  g_autoptr(TfCsvTable) table =
    parse ("a,b,c\r\n"
           "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
           "\r\n"
           "plain,,last\n"
           "\"q\"tail,\"\",\n"
           "only");

  g_assert_cmpint (tf_csv_table_get_delimiter (table), ==, ',');
  g_assert_cmpuint (tf_csv_table_get_n_rows (table), ==, 5);
  g_assert_cmpuint (tf_csv_table_get_n_fields (table, 0), ==, 3);
  g_assert_cmpstr (tf_csv_table_get_field (table, 1, 0), ==, "x, y");
  g_assert_cmpstr (tf_csv_table_get_field (table, 1, 1), ==, "say \"hi\"");
  g_assert_cmpstr (tf_csv_table_get_field (table, 1, 2), ==, "two\nlines");
  g_assert_cmpuint (tf_csv_table_get_line (table, 1), ==, 2);
  /* The blank line 4 is no row; the row after it is on line 5. */
  g_assert_cmpuint (tf_csv_table_get_line (table, 2), ==, 5);
  g_assert_cmpstr (tf_csv_table_get_field (table, 2, 1), ==, "");
  g_assert_cmpstr (tf_csv_table_get_field (table, 2, 2), ==, "last");
  /* Text after a closing quote is kept, as spreadsheets do. */
  g_assert_cmpstr (tf_csv_table_get_field (table, 3, 0), ==, "qtail");
  g_assert_cmpuint (tf_csv_table_get_n_fields (table, 3), ==, 3);
  g_assert_cmpuint (tf_csv_table_get_n_fields (table, 4), ==, 1);
  g_assert_cmpstr (tf_csv_table_get_field (table, 4, 0), ==, "only");
  g_assert_cmpstr (tf_csv_table_get_field (table, 4, 7), ==, "");
}

static void
test_delimiters (void)
{
  g_autoptr(TfCsvTable) tabs = parse ("person\tto\nA, B\tC\n");
  g_autoptr(TfCsvTable) semicolons = parse ("person;to;date\n\"A;B\";C;2021,5\n");

  g_assert_cmpint (tf_csv_table_get_delimiter (tabs), ==, '\t');
  g_assert_cmpstr (tf_csv_table_get_field (tabs, 1, 0), ==, "A, B");
  g_assert_cmpint (tf_csv_table_get_delimiter (semicolons), ==, ';');
  g_assert_cmpstr (tf_csv_table_get_field (semicolons, 1, 0), ==, "A;B");
  g_assert_cmpstr (tf_csv_table_get_field (semicolons, 1, 2), ==, "2021,5");
}

/* The same table in every encoding a spreadsheet saves in reads the same. */
static void
test_encodings (void)
{
  const char *text = "姓名,原单位,新单位,日期\r\n漆远,蚂蚁集团,复旦大学,2021年5月\r\n";
  struct
  {
    const char *charset;
    const char *bom;
    gsize bom_len;
  } encodings[] = {
    { "UTF-8", "", 0 },
    { "UTF-8", "\xEF\xBB\xBF", 3 },
    { "UTF-16LE", "\xFF\xFE", 2 },
    { "UTF-16BE", "\xFE\xFF", 2 },
    { "GB18030", "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *converted = NULL;
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(TfDataset) dataset = NULL;
      gsize len = 0;
      TfMove *move;

      converted = g_convert (text, -1, encodings[i].charset, "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
      g_byte_array_append (data, (const guint8 *) encodings[i].bom, (guint) encodings[i].bom_len);
      g_byte_array_append (data, (const guint8 *) converted, (guint) len);
      bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
      dataset = tf_csv_import_bytes (bytes, "moves.csv", NULL, NULL, NULL, TF_CSV_IMPORT_STRICT,
                                     NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 1);
      move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
      g_assert_cmpstr (person_name (dataset, move), ==, "漆远");
      g_assert_cmpstr (place_name (dataset, move->from), ==, "蚂蚁集团");
      g_assert_cmpstr (place_name (dataset, move->to), ==, "复旦大学");
      g_assert_cmpuint (move->date.precision, ==, TF_DATE_MONTH);
    }
}

static void
assert_date (const char      *text,
             const char      *expected,
             TfDatePrecision  precision)
{
  TfDate date = { 1, 1, 1, TF_DATE_DAY, TRUE };
  g_autofree char *written = NULL;

  if (!tf_csv_parse_date (text, &date))
    g_error ("“%s” is not read as a date", text);
  written = tf_date_to_string (&date);
  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpuint (date.precision, ==, precision);
  g_assert_false (date.derived);
}

static void
test_dates (void)
{
  const char *bad[] = {
    "21", "2021-13", "2021-02-30", "2021/5/", "2021年13月", "5月", "May", "yesterday",
    "2021-05-03x", "20210", "0999", "2021--05", "12/31/2021",
  };
  TfDate date;

  assert_date ("2021", "2021", TF_DATE_YEAR);
  assert_date (" 2021 ", "2021", TF_DATE_YEAR);
  assert_date ("2021.0", "2021", TF_DATE_YEAR);
  assert_date ("２０２１", "2021", TF_DATE_YEAR);
  assert_date ("2021-05", "2021-05", TF_DATE_MONTH);
  assert_date ("2021-5", "2021-05", TF_DATE_MONTH);
  assert_date ("2021/5", "2021-05", TF_DATE_MONTH);
  assert_date ("2021.05", "2021-05", TF_DATE_MONTH);
  assert_date ("2021-05-03", "2021-05-03", TF_DATE_DAY);
  assert_date ("2021/5/3", "2021-05-03", TF_DATE_DAY);
  assert_date ("2021-05-03 00:00:00", "2021-05-03", TF_DATE_DAY);
  assert_date ("2021-05-03T08:30:00Z", "2021-05-03", TF_DATE_DAY);
  assert_date ("2021年", "2021", TF_DATE_YEAR);
  assert_date ("2021年5月", "2021-05", TF_DATE_MONTH);
  assert_date ("2021 年 05 月", "2021-05", TF_DATE_MONTH);
  assert_date ("2021年5月3日", "2021-05-03", TF_DATE_DAY);
  assert_date ("May 2021", "2021-05", TF_DATE_MONTH);
  assert_date ("Sept 3, 2021", "2021-09-03", TF_DATE_DAY);
  assert_date ("3 December 2021", "2021-12-03", TF_DATE_DAY);
  assert_date ("", "", TF_DATE_UNKNOWN);
  assert_date ("unknown", "", TF_DATE_UNKNOWN);
  assert_date ("不详", "", TF_DATE_UNKNOWN);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (tf_csv_parse_date (bad[i], &date))
      g_error ("“%s” is read as a date", bad[i]);
}

static void
test_values (void)
{
  TfSector sector;
  TfMoveKind kind;
  TfMoveStatus status;
  TfDatePrecision precision;
  gboolean yes;
  guint count;

  g_assert_true (tf_csv_parse_sector ("Corporate Lab", &sector));
  g_assert_cmpuint (sector, ==, TF_SECTOR_CORPORATE_LAB);
  g_assert_true (tf_csv_parse_sector ("corporate-lab", &sector));
  g_assert_cmpuint (sector, ==, TF_SECTOR_CORPORATE_LAB);
  g_assert_true (tf_csv_parse_sector ("學術界", &sector));
  g_assert_cmpuint (sector, ==, TF_SECTOR_ACADEMIA);
  g_assert_true (tf_csv_parse_sector ("STARTUP", &sector));
  g_assert_cmpuint (sector, ==, TF_SECTOR_STARTUP);
  g_assert_false (tf_csv_parse_sector ("government", &sector));
  g_assert_true (tf_csv_parse_kind ("Return Academia", &kind));
  g_assert_cmpuint (kind, ==, TF_MOVE_RETURN_ACADEMIA);
  g_assert_true (tf_csv_parse_kind ("加入", &kind));
  g_assert_cmpuint (kind, ==, TF_MOVE_JOIN);
  g_assert_false (tf_csv_parse_kind ("fired", &kind));
  g_assert_true (tf_csv_parse_status ("rumored", &status));
  g_assert_cmpuint (status, ==, TF_MOVE_STATUS_RUMOURED);
  g_assert_true (tf_csv_parse_precision ("Month", &precision));
  g_assert_cmpuint (precision, ==, TF_DATE_MONTH);
  g_assert_true (tf_csv_parse_boolean ("是", &yes));
  g_assert_true (yes);
  g_assert_true (tf_csv_parse_boolean ("", &yes));
  g_assert_false (yes);
  g_assert_false (tf_csv_parse_boolean ("maybe", &yes));
  g_assert_true (tf_csv_parse_count ("40", &count));
  g_assert_cmpuint (count, ==, 40);
  g_assert_true (tf_csv_parse_count ("40.0", &count));
  g_assert_false (tf_csv_parse_count ("0", &count));
  g_assert_false (tf_csv_parse_count ("-3", &count));
  g_assert_false (tf_csv_parse_count ("forty", &count));
}

static void
assert_header (const char *header,
               TfCsvField  field,
               guint       index)
{
  TfCsvColumn column = tf_csv_field_for_header (header);

  if (column.field != field || (field != TF_CSV_FIELD_NONE && column.index != index))
    g_error ("Header “%s” read as %s #%u, not %s #%u", header,
             tf_csv_field_to_string (column.field), column.index,
             tf_csv_field_to_string (field), index);
}

static void
test_headers (void)
{
  assert_header ("person", TF_CSV_FIELD_PERSON, 1);
  assert_header (" Name ", TF_CSV_FIELD_PERSON, 1);
  assert_header ("姓名", TF_CSV_FIELD_PERSON, 1);
  assert_header ("人物", TF_CSV_FIELD_PERSON, 1);
  assert_header ("員工", TF_CSV_FIELD_PERSON, 1);
  assert_header ("雇主", TF_CSV_FIELD_TO, 1);
  assert_header ("年度", TF_CSV_FIELD_YEAR, 1);
  assert_header ("From Org", TF_CSV_FIELD_FROM, 1);
  assert_header ("from_org", TF_CSV_FIELD_FROM, 1);
  assert_header ("ORIGIN", TF_CSV_FIELD_FROM, 1);
  assert_header ("原單位", TF_CSV_FIELD_FROM, 1);
  assert_header ("to-org", TF_CSV_FIELD_TO, 1);
  assert_header ("Destination", TF_CSV_FIELD_TO, 1);
  assert_header ("新单位", TF_CSV_FIELD_TO, 1);
  assert_header ("Year", TF_CSV_FIELD_YEAR, 1);
  assert_header ("日期", TF_CSV_FIELD_DATE, 1);
  assert_header ("Title", TF_CSV_FIELD_ROLE, 1);
  assert_header ("职位", TF_CSV_FIELD_ROLE, 1);
  assert_header ("type", TF_CSV_FIELD_KIND, 1);
  assert_header ("From Sector", TF_CSV_FIELD_FROM_SECTOR, 1);
  assert_header ("to_sector", TF_CSV_FIELD_TO_SECTOR, 1);
  assert_header ("URL", TF_CSV_FIELD_SOURCE, 1);
  assert_header ("来源", TF_CSV_FIELD_SOURCE, 1);
  assert_header ("Evidence", TF_CSV_FIELD_QUOTE, 1);
  assert_header ("source_2", TF_CSV_FIELD_SOURCE, 2);
  assert_header ("Quote 3", TF_CSV_FIELD_QUOTE, 3);
  assert_header ("来源2", TF_CSV_FIELD_SOURCE, 2);
  assert_header ("name2", TF_CSV_FIELD_NONE, 0);
  assert_header ("Employer ID", TF_CSV_FIELD_NONE, 0);
}

static void
test_mapping (void)
{
  g_autoptr(TfCsvColumns) columns = tf_csv_columns_new ();
  g_autoptr(TfCsvColumns) wrong = tf_csv_columns_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TfMove *move;
  /* "Name" would be the person by itself; the mapping makes it the group
   * and "Who" the person. */
  const char *text = "Who,Name,Employer,When,Link 2\n"
                     "Ada,the lab,ACME Robotics,2019,https://a.example/1\n";

  g_assert_true (tf_csv_columns_parse (columns, "person=Who, group = Name,to=employer,"
                                                "date=When,source_2=Link 2", &error));
  g_assert_no_error (error);
  dataset = import (text, columns, NULL);
  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
  g_assert_cmpstr (person_name (dataset, move), ==, "Ada");
  g_assert_cmpstr (move->group_label, ==, "the lab");
  g_assert_cmpstr (place_name (dataset, move->to), ==, "ACME Robotics");
  g_assert_cmpuint (move->to->sector, ==, TF_SECTOR_COMPANY);
  g_assert_cmpuint (move->evidence->len, ==, 1);
  g_assert_cmpstr (tf_dataset_lookup_source (dataset, ((TfEvidence *) g_ptr_array_index (
                     move->evidence, 0))->source_id)->url, ==, "https://a.example/1");

  g_assert_false (tf_csv_columns_parse (wrong, "employer", &error));
  g_assert_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING);
  g_clear_error (&error);
  g_assert_false (tf_csv_columns_parse (wrong, "boss=Name", &error));
  g_assert_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING);
  g_assert_nonnull (strstr (error->message, "boss"));
  g_clear_error (&error);

  /* A header the table does not have. */
  g_assert_true (tf_csv_columns_parse (wrong, "person=Nobody", &error));
  bytes = bytes_of (text);
  g_assert_null (tf_csv_import_bytes (bytes, "moves.csv", NULL, wrong, NULL, TF_CSV_IMPORT_NONE,
                                      NULL, &error));
  g_assert_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING);
  g_assert_nonnull (strstr (error->message, "Nobody"));
  g_clear_error (&error);

  /* No column for the person, none for where: the headers are listed. */
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = bytes_of ("Wer,Wohin\nAda,ACME\n");
  g_assert_null (tf_csv_import_bytes (bytes, "moves.csv", NULL, NULL, NULL, TF_CSV_IMPORT_NONE,
                                      NULL, &error));
  g_assert_error (error, TF_CSV_ERROR, TF_CSV_ERROR_COLUMNS);
  g_assert_nonnull (strstr (error->message, "“Wohin”"));
  g_clear_error (&error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = bytes_of ("person,Wohin\nAda,ACME\n");
  g_assert_null (tf_csv_import_bytes (bytes, "moves.csv", NULL, NULL, NULL, TF_CSV_IMPORT_NONE,
                                      NULL, &error));
  g_assert_error (error, TF_CSV_ERROR, TF_CSV_ERROR_COLUMNS);
}

/* Spaces around a cell go, ideographic ones (which spreadsheets keep) as
 * well as ASCII ones, in any mix: an export then reads back the same. */
static void
test_spaces (void)
{
  const char *text = "person,to\n"
                     "\xE3\x80\x80 林一 \xE3\x80\x80,\" Example Labs\xE3\x80\x80 \xE3\x80\x80  \"\n";
  g_autoptr(TfCsvColumns) columns = tf_csv_columns_new ();
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(TfDataset) dataset = import (text, columns, problems);
  g_autoptr(TfDataset) again = NULL;
  g_autoptr(GBytes) table = NULL;
  g_autoptr(GBytes) table_again = NULL;
  g_autoptr(GError) error = NULL;
  TfMove *move;

  g_assert_cmpuint (problems->len, ==, 0);
  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
  g_assert_cmpstr (person_name (dataset, move), ==, "林一");
  g_assert_cmpstr (place_name (dataset, move->to), ==, "Example Labs");

  table = tf_csv_export_bytes (dataset);
  again = tf_csv_import_bytes (table, "export.csv", NULL, NULL, NULL, TF_CSV_IMPORT_STRICT,
                               NULL, &error);
  g_assert_no_error (error);
  table_again = tf_csv_export_bytes (again);
  g_assert_true (g_bytes_equal (table, table_again));
}

static void
test_import (void)
{
  const char *text =
    "姓名,原单位,新单位,日期,职位,类型,原单位类型,新单位类型,来源,引文\n"
    "漆远,蚂蚁集团,复旦大学,2021年5月,教授,回归学界,company,academia,"
    "https://news.example/a,漆远加入复旦大学\n"
    "Yuan Qi,复旦大学,,2023,,leave,,,https://news.example/a,\n"
    "Qi Yuan,,创业,2024-02-29,CEO,found,,startup,,\n"
    ",某大厂AI研究院,学界,2018,,,corporate-lab,academia,https://news.example/b,\"一批研究员\n  回到学界\"\n";
  g_autoptr(TfCsvColumns) columns = tf_csv_columns_new ();
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  GPtrArray *moves;
  TfMove *move;
  TfSource *source;
  const TfEvidence *evidence;

  /* The last row is a group. */
  dataset = import (text, columns, problems);
  moves = tf_dataset_get_moves (dataset);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpuint (((TfCsvProblem *) g_ptr_array_index (problems, 0))->line, ==, 5);
  g_assert_cmpuint (moves->len, ==, 3);
  g_assert_cmpstr (tf_dataset_get_title (dataset), ==, "moves");

  move = g_ptr_array_index (moves, 0);
  g_assert_cmpstr (person_name (dataset, move), ==, "漆远");
  g_assert_cmpuint (move->kind, ==, TF_MOVE_RETURN_ACADEMIA);
  g_assert_cmpstr (move->to->role, ==, "教授");
  g_assert_false (move->unreviewed);
  /* Names the gazetteer knows keep the table's spelling. */
  g_assert_cmpstr (place_name (dataset, move->to), ==, "复旦大学");
  g_assert_cmpuint (move->to->sector, ==, TF_SECTOR_ACADEMIA);
  evidence = g_ptr_array_index (move->evidence, 0);
  g_assert_cmpstr (evidence->exact, ==, "漆远加入复旦大学");
  source = tf_dataset_lookup_source (dataset, evidence->source_id);
  g_assert_cmpstr (source->url, ==, "https://news.example/a");

  /* "Yuan Qi" and "Qi Yuan" are one person, not "漆远" (no alias says so). */
  move = g_ptr_array_index (moves, 1);
  g_assert_cmpuint (move->kind, ==, TF_MOVE_LEAVE);
  g_assert_null (move->to);
  g_assert_cmpstr (person_name (dataset, move), ==, "Yuan Qi");
  g_assert_cmpstr (((TfMove *) g_ptr_array_index (moves, 2))->person_id, ==, move->person_id);
  g_assert_cmpstr (place_name (dataset, move->from), ==, "复旦大学");
  g_assert_cmpstr (move->from->org_id, ==,
                   ((TfMove *) g_ptr_array_index (moves, 0))->to->org_id);
  /* Cited without a quote: the same source, its heading quoted. */
  evidence = g_ptr_array_index (move->evidence, 0);
  g_assert_cmpstr (evidence->source_id, ==, source->id);
  g_assert_cmpstr (evidence->exact, ==, "https://news.example/a");

  /* Without a to_unnamed column, "创业" is a name like any other. */
  move = g_ptr_array_index (moves, 2);
  g_assert_cmpuint (move->date.precision, ==, TF_DATE_DAY);
  g_assert_cmpuint (move->kind, ==, TF_MOVE_FOUND);
  g_assert_cmpstr (place_name (dataset, move->to), ==, "创业");
  g_assert_cmpuint (move->to->sector, ==, TF_SECTOR_STARTUP);
  assert_sound (dataset);

  g_clear_object (&dataset);
  g_ptr_array_set_size (problems, 0);
  dataset = import ("person,from,to,group_size,from_unnamed,to_unnamed,from_sector,to_sector,"
                    "quote,source\n"
                    ",某大厂AI研究院,学界,40,yes,yes,corporate-lab,academia,"
                    "\"一批研究员\n  回到学界\",https://news.example/b\n"
                    "Ada,,,,,,company,startup,回到学界,https://news.example/b\n",
                    NULL, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  moves = tf_dataset_get_moves (dataset);
  move = g_ptr_array_index (moves, 0);
  g_assert_null (move->person_id);
  g_assert_cmpuint (move->group_size, ==, 40);
  g_assert_null (move->from->org_id);
  g_assert_cmpstr (move->from->label, ==, "某大厂AI研究院");
  g_assert_cmpuint (move->from->sector, ==, TF_SECTOR_CORPORATE_LAB);
  evidence = g_ptr_array_index (move->evidence, 0);
  g_assert_cmpstr (evidence->exact, ==, "一批研究员\n回到学界");
  /* A sector alone is an unnamed place of that sector. */
  move = g_ptr_array_index (moves, 1);
  g_assert_null (move->from->org_id);
  g_assert_cmpstr (move->from->label, ==, "");
  g_assert_cmpuint (move->to->sector, ==, TF_SECTOR_STARTUP);
  assert_sound (dataset);
}

/* Quotes inside other quotes, repeated, of several lines, and sources
 * cited without one: each is found exactly once. */
static void
test_selectors (void)
{
  GString *text = g_string_new ("person,to,source,quote,source_2,quote_2\n");
  g_autoptr(TfDataset) dataset = NULL;
  const char *quotes[] = {
    "加入", "A加入B", "加入B", "B", "\"加入\nB\"", "A加入", "https://s.example/1", "", "\"x\ny\"",
    "y", "x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    g_string_append_printf (text, "P%u,B,https://s.example/1,%s,s2,%s\n", i, quotes[i],
                            quotes[G_N_ELEMENTS (quotes) - 1 - i]);
  dataset = import (text->str, NULL, NULL);
  g_string_free (text, TRUE);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, G_N_ELEMENTS (quotes));
  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 2);
  assert_sound (dataset);
}

static void
test_bad_rows (void)
{
  const char *text =
    "person,from,to,date,from_sector,kind,group_size,precision\n"   /* line 1 */
    "Ada,A,B,2021-13,,,,\n"                                          /* 2: date */
    "Bo,A,B,2021,lane,,,\n"                                          /* 3: sector */
    "Cy,A,B,2021,,fired,,\n"                                         /* 4: kind */
    ",A,B,2021,,,1,\n"                                               /* 5: nobody */
    "Di,,,2021,,,,\n"                                                /* 6: nowhere */
    "\"Ed\nEdwards\",A,B,2021,,,,month\n"                            /* 7-8: precision */
    "Fay,A,B,2021,,,,,extra\n"                                       /* 9: extra field */
    "Gus,A\x01,B,2021,,,,\n"                                         /* 10: control */
    "Hal,A,B,2021-05,,,,year\n";                                     /* 11: good */
  struct
  {
    guint line;
    guint column;
    const char *header;
  } expected[] = {
    { 2, 4, "date" }, { 3, 5, "from_sector" }, { 4, 6, "kind" }, { 5, 1, "person" },
    { 6, 3, "to" }, { 7, 8, "precision" }, { 9, 9, NULL }, { 10, 2, "from" },
  };
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = bytes_of (text);
  g_autoptr(GError) error = NULL;
  TfMove *move;

  dataset = import (text, NULL, problems);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 1);
  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
  g_assert_cmpstr (person_name (dataset, move), ==, "Hal");
  g_assert_cmpuint (move->date.precision, ==, TF_DATE_YEAR);
  /* Bad rows made no people. */
  g_assert_cmpuint (tf_dataset_get_people (dataset)->len, ==, 1);

  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      const TfCsvProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *message = tf_csv_problem_to_string (problem);
      g_autofree char *prefix = g_strdup_printf ("moves.csv:%u: column %u", expected[i].line,
                                                 expected[i].column);

      g_test_message ("%s", message);
      g_assert_cmpstr (problem->file_name, ==, "moves.csv");
      g_assert_cmpuint (problem->line, ==, expected[i].line);
      g_assert_cmpuint (problem->column, ==, expected[i].column);
      g_assert_cmpstr (problem->header, ==, expected[i].header);
      g_assert_true (g_str_has_prefix (message, prefix));
    }

  /* Strict: nothing, and still every bad row listed. */
  g_ptr_array_set_size (problems, 0);
  g_assert_null (tf_csv_import_bytes (bytes, "moves.csv", NULL, NULL, NULL,
                                      TF_CSV_IMPORT_STRICT, problems, &error));
  g_assert_error (error, TF_CSV_ERROR, TF_CSV_ERROR_BAD_ROWS);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
}

static void
assert_refused (GBytes     *bytes,
                GQuark      domain,
                int         code,
                const char *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = tf_csv_import_bytes (bytes, "bad.csv", NULL, NULL, NULL,
                                                      TF_CSV_IMPORT_NONE, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, part);
}

static void
test_hostile (void)
{
  g_autoptr(GBytes) nul = g_bytes_new ("person,to\nA,B\nC,\0D\n", 18);
  g_autoptr(GBytes) open_quote = bytes_of ("person,to\nA,B\nC,\"D\nE,F\n");
  g_autoptr(GBytes) empty = bytes_of ("");
  g_autoptr(GBytes) blank = bytes_of ("\r\n\n");
  g_autoptr(GBytes) png = g_bytes_new ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  /* Eight good characters (漆远 four times), then a bad byte. */
  g_autoptr(GBytes) bad_utf8 = bytes_of ("person,to\n"
                                         "\xE6\xBC\x86\xE8\xBF\x9C\xE6\xBC\x86\xE8\xBF\x9C"
                                         "\xE6\xBC\x86\xE8\xBF\x9C\xE6\xBC\x86\xE8\xBF\x9C"
                                         "\xFF,B\n");
  g_autoptr(GString) huge = g_string_new ("person,to\nA,\"");
  g_autoptr(GString) wide = g_string_new ("person");
  g_autoptr(GBytes) huge_bytes = NULL;
  g_autoptr(GBytes) wide_bytes = NULL;
  g_autoptr(GBytes) too_large = NULL;
  char *big;

  assert_refused (nul, TF_CSV_ERROR, TF_CSV_ERROR_MALFORMED, "bad.csv:3:");
  assert_refused (open_quote, TF_CSV_ERROR, TF_CSV_ERROR_MALFORMED, "bad.csv:3: column 2");
  assert_refused (empty, TF_CSV_ERROR, TF_CSV_ERROR_EMPTY, "bad.csv");
  assert_refused (blank, TF_CSV_ERROR, TF_CSV_ERROR_EMPTY, "bad.csv");
  assert_refused (png, TF_CSV_ERROR, TF_CSV_ERROR_MALFORMED, "bad.csv:3:");
  assert_refused (bad_utf8, TF_SOURCE_READER_ERROR, TF_SOURCE_READER_ERROR_ENCODING, "bad.csv");

  /* Each piece is 6 bytes of the field. */
  for (guint i = 0; i < TF_CSV_MAX_FIELD_BYTES / 6 + 1; i++)
    g_string_append (huge, "\"\"x\r\nyz,");
  g_string_append (huge, "\"\n");
  huge_bytes = g_bytes_new (huge->str, huge->len);
  assert_refused (huge_bytes, TF_CSV_ERROR, TF_CSV_ERROR_TOO_LARGE, "bad.csv:2: column 2");

  for (guint i = 0; i < TF_CSV_MAX_COLUMNS; i++)
    g_string_append (wide, ",x");
  wide_bytes = g_bytes_new (wide->str, wide->len);
  assert_refused (wide_bytes, TF_CSV_ERROR, TF_CSV_ERROR_TOO_LARGE, "bad.csv:1:");

  big = g_malloc (TF_CSV_MAX_BYTES + 1);
  memset (big, 'a', TF_CSV_MAX_BYTES + 1);
  too_large = g_bytes_new_take (big, TF_CSV_MAX_BYTES + 1);
  assert_refused (too_large, TF_CSV_ERROR, TF_CSV_ERROR_TOO_LARGE, "bad.csv");
}

/* A key for comparing the moves of two datasets whose ids differ: what a
 * move says, by names. */
static char *
describe_move (TfDataset    *dataset,
               const TfMove *move)
{
  GString *out = g_string_new (NULL);
  g_autofree char *date = tf_date_to_string (&move->date);
  const TfAffiliation *ends[2] = { move->from, move->to };

  g_string_append_printf (out, "%s|%s|%u|%s|%s|%d|%d|%d|%d|%d|%s",
                          move->person_id != NULL ? person_name (dataset, move) : "-",
                          move->group_label != NULL ? move->group_label : "-",
                          move->group_size, tf_move_kind_to_string (move->kind), date,
                          move->date.precision, move->date.derived, move->concurrent,
                          move->status, move->unreviewed, move->note != NULL ? move->note : "-");
  for (guint i = 0; i < 2; i++)
    {
      const TfAffiliation *end = ends[i];

      if (end == NULL)
        g_string_append (out, "|none");
      else
        g_string_append_printf (out, "|%s:%s:%s:%s", end->org_id != NULL ? "org" : "place",
                                place_name (dataset, end), tf_sector_to_string (end->sector),
                                end->role != NULL ? end->role : "-");
    }
  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (move->evidence, i);
      const TfSource *source = tf_dataset_lookup_source (dataset, evidence->source_id);

      g_string_append_printf (out, "|%s:%s", source->url != NULL ? source->url : "-",
                              evidence->exact);
    }
  return g_string_free (out, FALSE);
}

/* Export -> import -> export: the same moves, and the same table. */
static void
assert_round_trip (TfDataset *dataset,
                   gboolean   quotes_resolve)
{
  g_autoptr(GBytes) first = tf_csv_export_bytes (dataset);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) imported = NULL;
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  GPtrArray *imported_moves;

  imported = tf_csv_import_bytes (first, "export.csv", NULL, NULL, default_gazetteer (),
                                  TF_CSV_IMPORT_STRICT, problems, &error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", tf_csv_problem_to_string (g_ptr_array_index (problems, i)));
  g_assert_no_error (error);
  imported_moves = tf_dataset_get_moves (imported);
  g_assert_cmpuint (imported_moves->len, ==, moves->len);
  for (guint i = 0; i < moves->len; i++)
    {
      g_autofree char *a = describe_move (dataset, g_ptr_array_index (moves, i));
      g_autofree char *b = describe_move (imported, g_ptr_array_index (imported_moves, i));

      g_assert_cmpstr (b, ==, a);
    }
  second = tf_csv_export_bytes (imported);
  g_assert_true (g_bytes_equal (first, second));
  if (quotes_resolve)
    assert_sound (imported);
  g_test_message ("%u moves, %lu bytes of CSV: the same after export, import, export",
                  moves->len, (gulong) g_bytes_get_size (first));
}

static void
test_round_trip_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) sample = tf_sample_load (&error);

  g_assert_no_error (error);
  assert_round_trip (sample, TRUE);
}

static void
test_round_trip_curation (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data",
                                                 "sample-curation.talentflow", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) curation = tf_dataset_file_load (file, NULL, &error);

  g_assert_no_error (error);
  /* Its sources have no text, so neither its quotes nor the table's
   * resolve; the moves still come back. */
  assert_round_trip (curation, FALSE);
}

static void
test_round_trip_synthetic (void)
{
  TfSyntheticOptions options;
  g_autoptr(TfDataset) dataset = NULL;

  tf_synthetic_options_init (&options, 2000, 7);
  dataset = tf_synthetic_dataset_new (&options);
  assert_round_trip (dataset, TRUE);
}

/* Odd values come back too: commas, quotes, line breaks, spaces. */
static void
test_export_quoting (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  TfMove *move = tf_move_new ("m1", TF_MOVE_APPOINTED);
  TfSource *source = tf_source_new ("s1");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  source->title = g_strdup ("A \"title\", with a comma");
  source->url = g_strdup ("https://x.example/?a=1,2");
  g_ptr_array_add (source->paragraphs, tf_paragraph_new ("He said \"yes\", then left.",
                                                         TF_PARAGRAPH_TEXT));
  g_assert_true (tf_dataset_add_source (dataset, source, NULL));
  g_assert_true (tf_dataset_add_person (dataset, tf_person_new ("p1", "O'Neil, \"Jr\""), NULL));
  g_assert_true (tf_dataset_add_organization (
    dataset, tf_organization_new ("o1", "Lab, Inc.", TF_SECTOR_CORPORATE_LAB), NULL));
  move->person_id = g_strdup ("p1");
  move->to = tf_affiliation_new ("o1", TF_SECTOR_CORPORATE_LAB);
  move->to->role = g_strdup ("Head of\nResearch");
  move->note = g_strdup ("checked twice");
  move->date = (TfDate) { 2020, 2, 29, TF_DATE_DAY, FALSE };
  g_ptr_array_add (move->evidence, tf_evidence_new ("s1", "\"yes\", then", "", ""));
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));

  bytes = tf_csv_export_bytes (dataset);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_prefix (text, "person,from,to,from_sector,to_sector,date,precision,"
                                         "role,kind,group_size,"));
  g_assert_nonnull (strstr (text, "\r\n\"O'Neil, \"\"Jr\"\"\",,\"Lab, Inc.\",,corporate-lab,"
                                  "2020-02-29,day,\"Head of\nResearch\",appointed,1,"));
  g_assert_nonnull (strstr (text, ",\"https://x.example/?a=1,2\",\"A \"\"title\"\", with a comma\","
                                  "\"\"\"yes\"\", then\"\r\n"));
  assert_round_trip (dataset, TRUE);
}

/* A table opens by its name, and other files as before. */
static void
test_open (void)
{
  g_autoptr(GBytes) table = bytes_of ("name,to\nAda,ACME\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfDataset) article = NULL;

  g_assert_true (tf_exchange_is_table_name ("A.CSV"));
  g_assert_true (tf_exchange_is_table_name ("x/moves.tsv"));
  g_assert_false (tf_exchange_is_table_name ("moves.csv.txt"));
  dataset = tf_exchange_open_bytes (table, "moves.csv", NULL, TF_CSV_IMPORT_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 1);
  article = tf_exchange_open_bytes (table, "moves.txt", NULL, TF_CSV_IMPORT_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_moves (article)->len, ==, 0);
  g_assert_cmpuint (tf_dataset_get_sources (article)->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/rfc4180", test_rfc4180);
  g_test_add_func ("/csv/delimiters", test_delimiters);
  g_test_add_func ("/csv/encodings", test_encodings);
  g_test_add_func ("/csv/dates", test_dates);
  g_test_add_func ("/csv/values", test_values);
  g_test_add_func ("/csv/headers", test_headers);
  g_test_add_func ("/csv/mapping", test_mapping);
  g_test_add_func ("/csv/import", test_import);
  g_test_add_func ("/csv/spaces", test_spaces);
  g_test_add_func ("/csv/selectors", test_selectors);
  g_test_add_func ("/csv/bad-rows", test_bad_rows);
  g_test_add_func ("/csv/hostile", test_hostile);
  g_test_add_func ("/csv/export-quoting", test_export_quoting);
  g_test_add_func ("/csv/round-trip-sample", test_round_trip_sample);
  g_test_add_func ("/csv/round-trip-curation", test_round_trip_curation);
  g_test_add_func ("/csv/round-trip-synthetic", test_round_trip_synthetic);
  g_test_add_func ("/csv/open", test_open);

  status = g_test_run ();
  g_clear_object (&default_gazetteer_object);
  return status;
}
