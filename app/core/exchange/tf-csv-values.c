/* tf-csv-values.c: the values of a table's cells as people write them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-exchange"

#include "config.h"

#include <string.h>

#include "tf-csv-values.h"
#include "tf-text.h"

#define MAX_COUNT 1000000

/* Words and the value each stands for; looked up folded, without spaces,
 * "_" and "-", so that "Corporate Lab", "corporate_lab" and
 * "corporate-lab" are one. */
typedef struct
{
  const char *word;
  int value;
} Word;

static const Word sector_words[] = {
  { "academia", TF_SECTOR_ACADEMIA }, { "academic", TF_SECTOR_ACADEMIA },
  { "university", TF_SECTOR_ACADEMIA }, { "school", TF_SECTOR_ACADEMIA },
  { "学界", TF_SECTOR_ACADEMIA }, { "学术界", TF_SECTOR_ACADEMIA },
  { "学术", TF_SECTOR_ACADEMIA }, { "高校", TF_SECTOR_ACADEMIA },
  { "大学", TF_SECTOR_ACADEMIA }, { "科研院所", TF_SECTOR_ACADEMIA },
  { "corporate-lab", TF_SECTOR_CORPORATE_LAB }, { "lab", TF_SECTOR_CORPORATE_LAB },
  { "industry lab", TF_SECTOR_CORPORATE_LAB }, { "research lab", TF_SECTOR_CORPORATE_LAB },
  { "企业研究院", TF_SECTOR_CORPORATE_LAB }, { "企业实验室", TF_SECTOR_CORPORATE_LAB },
  { "研究院", TF_SECTOR_CORPORATE_LAB }, { "实验室", TF_SECTOR_CORPORATE_LAB },
  { "company", TF_SECTOR_COMPANY }, { "industry", TF_SECTOR_COMPANY },
  { "business", TF_SECTOR_COMPANY }, { "corporate", TF_SECTOR_COMPANY },
  { "公司", TF_SECTOR_COMPANY }, { "企业", TF_SECTOR_COMPANY },
  { "工业界", TF_SECTOR_COMPANY }, { "产业界", TF_SECTOR_COMPANY },
  { "业界", TF_SECTOR_COMPANY },
  { "startup", TF_SECTOR_STARTUP }, { "venture", TF_SECTOR_STARTUP },
  { "创业", TF_SECTOR_STARTUP }, { "初创", TF_SECTOR_STARTUP },
  { "创业公司", TF_SECTOR_STARTUP }, { "初创公司", TF_SECTOR_STARTUP },
  { NULL, 0 }
};

static const Word kind_words[] = {
  { "join", TF_MOVE_JOIN }, { "joined", TF_MOVE_JOIN }, { "hire", TF_MOVE_JOIN },
  { "加入", TF_MOVE_JOIN }, { "入职", TF_MOVE_JOIN }, { "加盟", TF_MOVE_JOIN },
  { "leave", TF_MOVE_LEAVE }, { "left", TF_MOVE_LEAVE }, { "departure", TF_MOVE_LEAVE },
  { "离开", TF_MOVE_LEAVE }, { "离职", TF_MOVE_LEAVE },
  { "found", TF_MOVE_FOUND }, { "founded", TF_MOVE_FOUND }, { "cofound", TF_MOVE_FOUND },
  { "co-founded", TF_MOVE_FOUND }, { "创立", TF_MOVE_FOUND }, { "创办", TF_MOVE_FOUND },
  { "创业", TF_MOVE_FOUND }, { "联合创立", TF_MOVE_FOUND },
  { "return-academia", TF_MOVE_RETURN_ACADEMIA }, { "return", TF_MOVE_RETURN_ACADEMIA },
  { "回归学界", TF_MOVE_RETURN_ACADEMIA }, { "重返学界", TF_MOVE_RETURN_ACADEMIA },
  { "回归学术界", TF_MOVE_RETURN_ACADEMIA }, { "重返高校", TF_MOVE_RETURN_ACADEMIA },
  { "transfer", TF_MOVE_TRANSFER }, { "调任", TF_MOVE_TRANSFER },
  { "转岗", TF_MOVE_TRANSFER }, { "调动", TF_MOVE_TRANSFER },
  { "appointed", TF_MOVE_APPOINTED }, { "appointment", TF_MOVE_APPOINTED },
  { "promoted", TF_MOVE_APPOINTED }, { "任命", TF_MOVE_APPOINTED },
  { "出任", TF_MOVE_APPOINTED }, { "升任", TF_MOVE_APPOINTED },
  { "other", TF_MOVE_OTHER }, { "其他", TF_MOVE_OTHER },
  { NULL, 0 }
};

static const Word status_words[] = {
  { "reported", TF_MOVE_STATUS_REPORTED }, { "confirmed", TF_MOVE_STATUS_REPORTED },
  { "报道", TF_MOVE_STATUS_REPORTED }, { "确认", TF_MOVE_STATUS_REPORTED },
  { "已确认", TF_MOVE_STATUS_REPORTED },
  { "planned", TF_MOVE_STATUS_PLANNED }, { "announced", TF_MOVE_STATUS_PLANNED },
  { "计划", TF_MOVE_STATUS_PLANNED }, { "即将", TF_MOVE_STATUS_PLANNED },
  { "rumoured", TF_MOVE_STATUS_RUMOURED }, { "rumored", TF_MOVE_STATUS_RUMOURED },
  { "rumour", TF_MOVE_STATUS_RUMOURED }, { "rumor", TF_MOVE_STATUS_RUMOURED },
  { "传闻", TF_MOVE_STATUS_RUMOURED }, { "据传", TF_MOVE_STATUS_RUMOURED },
  { NULL, 0 }
};

static const Word boolean_words[] = {
  { "yes", TRUE }, { "y", TRUE }, { "true", TRUE }, { "t", TRUE }, { "1", TRUE },
  { "x", TRUE }, { "✓", TRUE }, { "是", TRUE }, { "对", TRUE },
  { "no", FALSE }, { "n", FALSE }, { "false", FALSE }, { "f", FALSE }, { "0", FALSE },
  { "否", FALSE }, { "不", FALSE },
  { NULL, 0 }
};

static const Word precision_words[] = {
  { "day", TF_DATE_DAY }, { "日", TF_DATE_DAY }, { "天", TF_DATE_DAY },
  { "month", TF_DATE_MONTH }, { "月", TF_DATE_MONTH },
  { "year", TF_DATE_YEAR }, { "年", TF_DATE_YEAR },
  { "unknown", TF_DATE_UNKNOWN }, { "未知", TF_DATE_UNKNOWN }, { "不详", TF_DATE_UNKNOWN },
  { NULL, 0 }
};

static const Word month_words[] = {
  { "january", 1 }, { "jan", 1 }, { "february", 2 }, { "feb", 2 }, { "march", 3 },
  { "mar", 3 }, { "april", 4 }, { "apr", 4 }, { "may", 5 }, { "june", 6 }, { "jun", 6 },
  { "july", 7 }, { "jul", 7 }, { "august", 8 }, { "aug", 8 }, { "september", 9 },
  { "sep", 9 }, { "sept", 9 }, { "october", 10 }, { "oct", 10 }, { "november", 11 },
  { "nov", 11 }, { "december", 12 }, { "dec", 12 },
  { NULL, 0 }
};

/* Words a date cell holds when the date is not known. */
static const Word unknown_date_words[] = {
  { "unknown", 0 }, { "?", 0 }, { "n/a", 0 }, { "na", 0 }, { "-", 0 },
  { "未知", 0 }, { "不详", 0 }, { "不明", 0 },
  { NULL, 0 }
};

/* Folded: NFKC, Simplified, case-folded. Most cells are ASCII, for which
 * that is lowering the case, and a table has a hundred thousand of them. */
static char *
fold_cell (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return tf_text_fold (text, -1);
  return g_ascii_strdown (text, -1);
}

/* Folded, without white space, "_" and "-": the form words are compared
 * in. */
static char *
squeeze (const char *text)
{
  g_autofree char *folded = fold_cell (text);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '_' && c != '-')
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A table of words, squeezed once, as a hash table to its values + 1. */
static GHashTable *
word_table (const Word *words)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (const Word *w = words; w->word != NULL; w++)
    {
      char *key = squeeze (w->word);

      /* "-" squeezes to nothing; it is looked up unsqueezed. */
      if (*key == '\0')
        {
          g_free (key);
          key = g_strdup (w->word);
        }
      if (!g_hash_table_contains (table, key))
        g_hash_table_insert (table, key, GINT_TO_POINTER (w->value + 1));
      else
        g_free (key);
    }
  return table;
}

enum
{
  TABLE_SECTOR,
  TABLE_KIND,
  TABLE_STATUS,
  TABLE_BOOLEAN,
  TABLE_PRECISION,
  TABLE_MONTH,
  TABLE_UNKNOWN_DATE,
  N_TABLES
};

static gboolean
lookup_word (guint       which,
             const char *text,
             int        *value)
{
  static GHashTable *tables[N_TABLES];
  static gsize initialized;
  g_autofree char *key = NULL;
  gpointer found;

  if (g_once_init_enter (&initialized))
    {
      tables[TABLE_SECTOR] = word_table (sector_words);
      tables[TABLE_KIND] = word_table (kind_words);
      tables[TABLE_STATUS] = word_table (status_words);
      tables[TABLE_BOOLEAN] = word_table (boolean_words);
      tables[TABLE_PRECISION] = word_table (precision_words);
      tables[TABLE_MONTH] = word_table (month_words);
      tables[TABLE_UNKNOWN_DATE] = word_table (unknown_date_words);
      g_once_init_leave (&initialized, 1);
    }

  key = squeeze (text);
  found = g_hash_table_lookup (tables[which], *key != '\0' ? key : text);
  if (found == NULL)
    return FALSE;
  *value = GPOINTER_TO_INT (found) - 1;
  return TRUE;
}

gboolean
tf_csv_parse_sector (const char *text,
                     TfSector   *sector)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (sector != NULL, FALSE);

  if (!lookup_word (TABLE_SECTOR, text, &value))
    return FALSE;
  *sector = (TfSector) value;
  return TRUE;
}

gboolean
tf_csv_parse_kind (const char *text,
                   TfMoveKind *kind)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  if (!lookup_word (TABLE_KIND, text, &value))
    return FALSE;
  *kind = (TfMoveKind) value;
  return TRUE;
}

gboolean
tf_csv_parse_status (const char   *text,
                     TfMoveStatus *status)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  if (!lookup_word (TABLE_STATUS, text, &value))
    return FALSE;
  *status = (TfMoveStatus) value;
  return TRUE;
}

gboolean
tf_csv_parse_boolean (const char *text,
                      gboolean   *value)
{
  int found;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (*text == '\0')
    {
      *value = FALSE;
      return TRUE;
    }
  if (!lookup_word (TABLE_BOOLEAN, text, &found))
    return FALSE;
  *value = found;
  return TRUE;
}

gboolean
tf_csv_parse_precision (const char      *text,
                        TfDatePrecision *precision)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (precision != NULL, FALSE);

  if (!lookup_word (TABLE_PRECISION, text, &value))
    return FALSE;
  *precision = (TfDatePrecision) value;
  return TRUE;
}

const char *
tf_csv_precision_to_string (TfDatePrecision precision)
{
  switch (precision)
    {
    case TF_DATE_DAY:
      return "day";
    case TF_DATE_MONTH:
      return "month";
    case TF_DATE_YEAR:
      return "year";
    case TF_DATE_UNKNOWN:
    default:
      return "unknown";
    }
}

/* Up to max_digits ASCII digits at *p; moves *p past them. */
static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value,
             guint       *n_digits)
{
  guint v = 0, n = 0;

  while (g_ascii_isdigit (**p) && n < max_digits)
    {
      v = v * 10 + (guint) (**p - '0');
      (*p)++;
      n++;
    }
  if (n == 0 || g_ascii_isdigit (**p))
    return FALSE;
  *value = v;
  if (n_digits != NULL)
    *n_digits = n;
  return TRUE;
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ')
    (*p)++;
}

static gboolean
make_date (guint   year,
           guint   month,
           guint   day,
           TfDate *date)
{
  TfDate d = { 0, 0, 0, TF_DATE_UNKNOWN, FALSE };

  if (year < 1000 || year > 9999)
    return FALSE;
  d.year = (gint16) year;
  d.precision = TF_DATE_YEAR;
  if (month > 0)
    {
      if (month > 12)
        return FALSE;
      d.month = (guint8) month;
      d.precision = TF_DATE_MONTH;
    }
  if (day > 0)
    {
      if (month == 0 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
        return FALSE;
      d.day = (guint8) day;
      d.precision = TF_DATE_DAY;
    }
  *date = d;
  return TRUE;
}

/* "2021", "2021-5", "2021/05/03", "2021.5", "2021年5月3日", the same with a
 * time after ("2021-05-03 00:00:00", "2021-05-03T08:00Z"), and "2021.0"
 * as pandas writes a year it took for a number. */
static gboolean
parse_numeric_date (const char *p,
                    TfDate     *date)
{
  guint year, month = 0, day = 0, n;
  char separator;

  if (!read_number (&p, 4, &year, &n) || n != 4)
    return FALSE;
  skip_spaces (&p);
  if (strncmp (p, "年", strlen ("年")) == 0)
    {
      p += strlen ("年");
      skip_spaces (&p);
      if (*p != '\0')
        {
          if (!read_number (&p, 2, &month, NULL))
            return FALSE;
          skip_spaces (&p);
          if (strncmp (p, "月", strlen ("月")) != 0)
            return FALSE;
          p += strlen ("月");
          skip_spaces (&p);
          if (*p != '\0')
            {
              if (!read_number (&p, 2, &day, NULL) || day == 0)
                return FALSE;
              skip_spaces (&p);
              if (strncmp (p, "日", strlen ("日")) == 0)
                p += strlen ("日");
              else if (strncmp (p, "号", strlen ("号")) == 0)
                p += strlen ("号");
              else
                return FALSE;
            }
          else if (month == 0)
            return FALSE;
        }
      skip_spaces (&p);
      return *p == '\0' && make_date (year, month, day, date);
    }
  if (*p == '\0')
    return make_date (year, 0, 0, date);
  if (strcmp (p, ".0") == 0)
    return make_date (year, 0, 0, date);

  separator = *p;
  if (separator != '-' && separator != '/' && separator != '.')
    return FALSE;
  p++;
  if (!read_number (&p, 2, &month, NULL) || month == 0)
    return FALSE;
  if (*p == separator)
    {
      p++;
      if (!read_number (&p, 2, &day, NULL) || day == 0)
        return FALSE;
      /* A time of day after a full date says nothing more of the date. */
      if (*p == ' ' || *p == 't')
        {
          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          while (*p != '\0' && strchr ("0123456789:.+-z ", *p) != NULL)
            p++;
        }
    }
  return *p == '\0' && make_date (year, month, day, date);
}

/* "may 2021", "may 3, 2021", "3 may 2021", "2021 may" (folded). */
static gboolean
parse_english_date (const char *text,
                    TfDate     *date)
{
  g_auto(GStrv) words = NULL;
  guint year = 0, month = 0, day = 0;
  guint n_words;

  {
    g_autofree char *spaced = g_strdup (text);

    g_strdelimit (spaced, ",", ' ');
    words = g_strsplit (spaced, " ", -1);
  }
  n_words = 0;
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      words[n_words++] = words[i];
    else
      g_free (words[i]);
  words[n_words] = NULL;
  if (n_words < 2 || n_words > 3)
    return FALSE;

  for (guint i = 0; i < n_words; i++)
    {
      const char *p = words[i];
      guint value, digits;
      int found;

      if (g_ascii_isdigit (*p))
        {
          if (!read_number (&p, 4, &value, &digits) || *p != '\0')
            return FALSE;
          if (digits == 4 && year == 0)
            year = value;
          else if (digits <= 2 && day == 0 && value > 0)
            day = value;
          else
            return FALSE;
        }
      else if (month == 0 && lookup_word (TABLE_MONTH, p, &found))
        month = (guint) found;
      else
        return FALSE;
    }
  if (year == 0 || month == 0)
    return FALSE;
  return make_date (year, month, day, date);
}

gboolean
tf_csv_parse_date (const char *text,
                   TfDate     *date)
{
  g_autofree char *folded = NULL;
  int ignored;
  char *p;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  folded = fold_cell (text);
  g_strstrip (folded);
  /* Folding made ideographic and no-break spaces plain ones; tabs too. */
  for (p = folded; *p != '\0'; p++)
    if (*p == '\t')
      *p = ' ';
  if (*folded == '\0' || lookup_word (TABLE_UNKNOWN_DATE, folded, &ignored))
    {
      *date = (TfDate) { 0, 0, 0, TF_DATE_UNKNOWN, FALSE };
      return TRUE;
    }
  if (g_ascii_isdigit (folded[0]) && parse_numeric_date (folded, date))
    return TRUE;
  return parse_english_date (folded, date);
}

gboolean
tf_csv_parse_month (const char *text,
                    guint      *month)
{
  g_autofree char *folded = NULL;
  const char *p;
  guint value;
  int found;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (month != NULL, FALSE);

  folded = g_strstrip (fold_cell (text));
  p = folded;
  if (g_ascii_isdigit (*p))
    {
      if (!read_number (&p, 2, &value, NULL) || value < 1 || value > 12)
        return FALSE;
      skip_spaces (&p);
      if (strncmp (p, "月", strlen ("月")) == 0)
        p += strlen ("月");
      if (*p != '\0')
        return FALSE;
      *month = value;
      return TRUE;
    }
  if (!lookup_word (TABLE_MONTH, folded, &found))
    return FALSE;
  *month = (guint) found;
  return TRUE;
}

gboolean
tf_csv_parse_count (const char *text,
                    guint      *count)
{
  g_autofree char *folded = NULL;
  guint64 value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  folded = g_strstrip (fold_cell (text));
  /* pandas writes a count in a column with blanks as "40.0". */
  if (g_str_has_suffix (folded, ".0"))
    folded[strlen (folded) - 2] = '\0';
  if (!g_ascii_string_to_unsigned (folded, 10, 1, MAX_COUNT, &value, NULL))
    return FALSE;
  *count = (guint) value;
  return TRUE;
}
