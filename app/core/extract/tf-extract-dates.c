/* tf-extract-dates.c: dates and head counts as news writes them.
 *
 * Absolute dates ("2019年3月5日", "2019-03", "March 5, 2019", "in 2019")
 * and relative ones ("去年7月", "上周五", "近日", "次年", "last year",
 * "the following year"), which are resolved later against the article's
 * date or against the last absolute date of the paragraph.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-extract"

#include "config.h"

#include <string.h>

#include "tf-extract-private.h"

/* Token.flags of a relative date: resolve against the paragraph's last
 * absolute date ("次年", "the following year") rather than the article's. */
#define DATE_FROM_CONTEXT (1u << 0)
/* "on Friday": the last such day before the anchor, not one of a given week. */
#define DATE_LAST_WEEKDAY (1u << 1)

static gboolean
has_prefix (const char *p,
            const char *end,
            const char *prefix,
            gsize      *n)
{
  gsize len;

  /* It is called at every character with dozens of words: most differ in
   * the first two bytes, and need no strlen () or memcmp (). */
  if (prefix[0] != '\0'
      && (p >= end || p[0] != prefix[0]
          || (prefix[1] != '\0' && (p + 1 >= end || p[1] != prefix[1]))))
    return FALSE;
  len = strlen (prefix);
  if ((gsize) (end - p) < len || memcmp (p, prefix, len) != 0)
    return FALSE;
  *n = len;
  return TRUE;
}

/* Reads 1 to max ASCII digits. */
static guint
read_digits (const char *p,
             const char *end,
             guint       max,
             guint      *value)
{
  guint n = 0;

  *value = 0;
  while (p + n < end && n < max && g_ascii_isdigit (p[n]))
    *value = *value * 10 + (guint) (p[n++] - '0');
  if (p + n < end && g_ascii_isdigit (p[n]))
    return 0;  /* more digits than asked: another number */
  return n;
}

static const char *
skip_spaces (const char *p,
             const char *end)
{
  while (p < end && *p == ' ')
    p++;
  return p;
}

/* 一 … 十二, 十一 …: small Chinese numerals. */
static guint
read_chinese_number (const char *p,
                     const char *end,
                     guint      *value)
{
  static const char *digits[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  const char *start = p;
  guint total = 0, current = 0;
  gboolean any = FALSE;

  while (p < end)
    {
      gsize n;
      gboolean matched = FALSE;

      for (guint d = 0; d < G_N_ELEMENTS (digits); d++)
        if (has_prefix (p, end, digits[d], &n))
          {
            current = d;
            p += n;
            matched = any = TRUE;
            break;
          }
      if (!matched && has_prefix (p, end, "两", &n))
        {
          current = 2;
          p += n;
          matched = any = TRUE;
        }
      if (!matched && has_prefix (p, end, "十", &n))
        {
          total += (current == 0 ? 1 : current) * 10;
          current = 0;
          p += n;
          matched = any = TRUE;
        }
      if (!matched && has_prefix (p, end, "百", &n))
        {
          total += (current == 0 ? 1 : current) * 100;
          current = 0;
          p += n;
          matched = any = TRUE;
        }
      if (!matched)
        break;
    }
  *value = total + current;
  return any ? (guint) (p - start) : 0;
}

static const char *month_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december",
};

static guint
read_month_name (const char *p,
                 const char *end,
                 guint      *month)
{
  for (guint m = 0; m < 12; m++)
    {
      gsize full;

      /* Both forms below start with the name's first letter. */
      if (p < end && *p != month_names[m][0])
        continue;
      full = strlen (month_names[m]);
      if ((gsize) (end - p) >= full && memcmp (p, month_names[m], full) == 0
          && (p + full == end || !g_ascii_isalpha (p[full])))
        {
          *month = m + 1;
          return (guint) full;
        }
      /* "Sept." and "Jan." but not "mar" in "market" or "may" the verb. */
      if (m != 4 && (gsize) (end - p) >= 4 && memcmp (p, month_names[m], 3) == 0 && p[3] == '.')
        {
          *month = m + 1;
          return 4;
        }
    }
  return 0;
}

static void
set_absolute (Token *token,
              guint  year,
              guint  month,
              guint  day)
{
  token->relative = RELATIVE_NONE;
  token->date.year = (gint16) year;
  token->date.month = (guint8) month;
  token->date.day = (guint8) day;
  token->date.precision = day > 0 ? TF_DATE_DAY : month > 0 ? TF_DATE_MONTH : TF_DATE_YEAR;
}

static void
set_relative (Token *token,
              gint   relative,
              gint   offset,
              guint  month,
              guint  flags)
{
  token->relative = relative;
  token->offset = offset;
  token->date.month = (guint8) month;
  token->flags = flags;
}

/* "3月", "3月5日", "三月": a month (and day) with no year. */
static gsize
match_month_day (const char *p,
                 const char *end,
                 guint      *month,
                 guint      *day)
{
  const char *q = p;
  guint n, value;
  gsize k;

  n = read_digits (q, end, 2, &value);
  if (n == 0)
    n = read_chinese_number (q, end, &value);
  if (n == 0 || value < 1 || value > 12)
    return 0;
  q = skip_spaces (q + n, end);
  if (!has_prefix (q, end, "月", &k))
    return 0;
  *month = value;
  *day = 0;
  q += k;
  {
    const char *r = skip_spaces (q, end);

    n = read_digits (r, end, 2, &value);
    if (n == 0)
      n = read_chinese_number (r, end, &value);
    if (n > 0 && value >= 1 && value <= 31)
      {
        r = skip_spaces (r + n, end);
        if (has_prefix (r, end, "日", &k) || has_prefix (r, end, "号", &k))
          {
            *day = value;
            q = r + k;
          }
      }
  }
  if (has_prefix (q, end, "份", &k))
    q += k;
  return (gsize) (q - p);
}

/* What may follow "去年" and the like as a part of that year. */
static const char *const parts_of_year[] = { "年底", "年初", "年末", "年中", "底", "初", "末" };

static const struct
{
  const char *text;
  gint relative;
  gint offset;
  guint flags;
} relative_words[] = {
  { "今年", RELATIVE_YEAR, 0, 0 }, { "去年", RELATIVE_YEAR, -1, 0 },
  { "前年", RELATIVE_YEAR, -2, 0 }, { "明年", RELATIVE_YEAR, 1, 0 },
  { "年初", RELATIVE_YEAR, 0, 0 }, { "年底", RELATIVE_YEAR, 0, 0 }, { "年末", RELATIVE_YEAR, 0, 0 },
  { "年中", RELATIVE_YEAR, 0, 0 },
  { "次年", RELATIVE_YEAR, 1, DATE_FROM_CONTEXT }, { "翌年", RELATIVE_YEAR, 1, DATE_FROM_CONTEXT },
  { "第二年", RELATIVE_YEAR, 1, DATE_FROM_CONTEXT }, { "隔年", RELATIVE_YEAR, 1, DATE_FROM_CONTEXT },
  { "同年", RELATIVE_YEAR, 0, DATE_FROM_CONTEXT }, { "当年", RELATIVE_YEAR, 0, DATE_FROM_CONTEXT },
  { "上个月", RELATIVE_MONTH, -1, 0 }, { "上月", RELATIVE_MONTH, -1, 0 },
  { "本月", RELATIVE_MONTH, 0, 0 }, { "这个月", RELATIVE_MONTH, 0, 0 },
  { "下个月", RELATIVE_MONTH, 1, 0 }, { "下月", RELATIVE_MONTH, 1, 0 },
  { "同月", RELATIVE_MONTH, 0, DATE_FROM_CONTEXT },
  { "近日", RELATIVE_RECENT, 0, 0 }, { "日前", RELATIVE_RECENT, 0, 0 },
  { "近期", RELATIVE_RECENT, 0, 0 }, { "最近", RELATIVE_RECENT, 0, 0 },
  { "前不久", RELATIVE_RECENT, 0, 0 }, { "不久前", RELATIVE_RECENT, 0, 0 },
  { "昨天", RELATIVE_DAY, -1, 0 }, { "昨日", RELATIVE_DAY, -1, 0 },
  { "今天", RELATIVE_DAY, 0, 0 }, { "今日", RELATIVE_DAY, 0, 0 }, { "前天", RELATIVE_DAY, -2, 0 },
  { "last year", RELATIVE_YEAR, -1, 0 }, { "this year", RELATIVE_YEAR, 0, 0 },
  { "next year", RELATIVE_YEAR, 1, 0 }, { "earlier this year", RELATIVE_YEAR, 0, 0 },
  { "late last year", RELATIVE_YEAR, -1, 0 }, { "early last year", RELATIVE_YEAR, -1, 0 },
  { "the following year", RELATIVE_YEAR, 1, DATE_FROM_CONTEXT },
  { "the next year", RELATIVE_YEAR, 1, DATE_FROM_CONTEXT },
  { "a year later", RELATIVE_YEAR, 1, DATE_FROM_CONTEXT },
  { "that year", RELATIVE_YEAR, 0, DATE_FROM_CONTEXT },
  { "the same year", RELATIVE_YEAR, 0, DATE_FROM_CONTEXT },
  { "in the spring", RELATIVE_YEAR, 0, 0 }, { "in the summer", RELATIVE_YEAR, 0, 0 },
  { "in the fall", RELATIVE_YEAR, 0, 0 }, { "in the autumn", RELATIVE_YEAR, 0, 0 },
  { "in the winter", RELATIVE_YEAR, 0, 0 },
  { "this spring", RELATIVE_YEAR, 0, 0 }, { "this summer", RELATIVE_YEAR, 0, 0 },
  { "this fall", RELATIVE_YEAR, 0, 0 }, { "this autumn", RELATIVE_YEAR, 0, 0 },
  { "this winter", RELATIVE_YEAR, 0, 0 }, { "last spring", RELATIVE_YEAR, -1, 0 },
  { "last summer", RELATIVE_YEAR, -1, 0 }, { "last fall", RELATIVE_YEAR, -1, 0 },
  { "last autumn", RELATIVE_YEAR, -1, 0 }, { "last winter", RELATIVE_YEAR, -1, 0 },
  /* Longer before shorter: the first that matches is taken. */
  { "at the end of the year before last", RELATIVE_YEAR, -2, 0 },
  { "the end of the year before last", RELATIVE_YEAR, -2, 0 },
  { "end of the year before last", RELATIVE_YEAR, -2, 0 },
  { "the year before last", RELATIVE_YEAR, -2, 0 },
  { "at the end of last year", RELATIVE_YEAR, -1, 0 },
  { "the end of last year", RELATIVE_YEAR, -1, 0 }, { "end of last year", RELATIVE_YEAR, -1, 0 },
  { "at the start of last year", RELATIVE_YEAR, -1, 0 },
  { "at the beginning of last year", RELATIVE_YEAR, -1, 0 },
  { "early this year", RELATIVE_YEAR, 0, 0 }, { "late this year", RELATIVE_YEAR, 0, 0 },
  { "at the end of the month", RELATIVE_MONTH, 0, 0 },
  { "the end of the month", RELATIVE_MONTH, 0, 0 },
  { "end of the month", RELATIVE_MONTH, 0, 0 }, { "at the end of the year", RELATIVE_YEAR, 0, 0 },
  { "the end of the year", RELATIVE_YEAR, 0, 0 }, { "end of the year", RELATIVE_YEAR, 0, 0 },
  { "last month", RELATIVE_MONTH, -1, 0 }, { "this month", RELATIVE_MONTH, 0, 0 },
  { "next month", RELATIVE_MONTH, 1, 0 }, { "earlier this month", RELATIVE_MONTH, 0, 0 },
  { "later this month", RELATIVE_MONTH, 0, 0 },
  { "last week", RELATIVE_DAY, -7, 0 }, { "this week", RELATIVE_DAY, 0, 0 },
  { "next week", RELATIVE_DAY, 7, 0 }, { "earlier this week", RELATIVE_DAY, 0, 0 },
  { "yesterday", RELATIVE_DAY, -1, 0 }, { "today", RELATIVE_DAY, 0, 0 },
  { "tomorrow", RELATIVE_DAY, 1, 0 },
  { "recently", RELATIVE_RECENT, 0, 0 }, { "this week", RELATIVE_DAY, 0, 0 },
};

static const char *weekdays_zh[] = { "一", "二", "三", "四", "五", "六", "日" };
static const char *weekdays_en[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const struct
{
  const char *word;
  guint value;
} small_numbers[] = {
  { "one", 1 }, { "a", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 },
  { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 },
};

#define N_RELATIVE G_N_ELEMENTS (relative_words)

/* The relative words by their first character, each character's in
 * order: first[] sorted, word[] the index in relative_words of each. */
typedef struct
{
  gunichar first[N_RELATIVE];
  guint8 word[N_RELATIVE];
} DateIndex;

G_STATIC_ASSERT (N_RELATIVE <= G_MAXUINT8);

/* Where the relative words that start with c are in index->first. */
static guint
relative_words_of (const DateIndex *index,
                   gunichar         c)
{
  guint low = 0, high = N_RELATIVE;

  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (index->first[mid] < c)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static const DateIndex *
date_index (void)
{
  static DateIndex *index;
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      DateIndex *built = g_new0 (DateIndex, 1);

      for (guint i = 0; i < N_RELATIVE; i++)
        {
          gunichar first = g_utf8_get_char (relative_words[i].text);
          guint k = i;

          /* an insertion sort that keeps the order of equal ones */
          while (k > 0 && built->first[k - 1] > first)
            {
              built->first[k] = built->first[k - 1];
              built->word[k] = built->word[k - 1];
              k--;
            }
          built->first[k] = first;
          built->word[k] = (guint8) i;
        }
      index = built;
      g_once_init_leave (&ready, 1);
    }
  return index;
}

void
tf_extract_dates_mark_starts (guint16 *classes,
                              guint16  class)
{
  static const char extra[] = "〇一二三四五六七八九十两百上本下数几近约今昨";

  for (gunichar c = 0; c < 0x80; c++)
    if (g_ascii_isalnum ((char) c))
      classes[c] |= class;
  for (gsize i = 0; i < N_RELATIVE; i++)
    {
      gunichar first = g_utf8_get_char (relative_words[i].text);

      if (first >= 0x80 && first < 0x10000)
        classes[first] |= class;
    }
  for (const char *e = extra; *e != '\0'; e = g_utf8_next_char (e))
    classes[g_utf8_get_char (e)] |= class;
}

/* Whether a date or a head count can start with the character at p. */
static gboolean
may_start_date_or_count (const char *p)
{
  return (tf_extract_char_class (tf_extract_utf8_get (p)) & TF_CHAR_DATE_START) != 0;
}

gboolean
tf_extract_match_date (const char *folded,
                       gsize       at,
                       gsize       length,
                       gsize      *match_length,
                       Token      *token)
{
  const char *p = folded + at, *end = folded + length, *q;
  guint year, month = 0, day = 0, n;
  gsize k, mlen;
  gunichar first;
  const DateIndex *index = date_index ();

  if (!may_start_date_or_count (p))
    return FALSE;

  memset (&token->date, 0, sizeof token->date);
  token->relative = RELATIVE_NONE;
  token->offset = 0;
  token->weekday = 0;
  token->flags = 0;

  /* A year in digits, not inside a longer number or word. */
  if (g_ascii_isdigit (*p) && (at == 0 || !g_ascii_isalnum (p[-1]))
      && read_digits (p, end, 4, &year) == 4 && year >= 1950 && year <= 2100)
    {
      q = p + 4;
      /* "2017-2018 年": the range starts the move. */
      if (q + 5 <= end && (*q == '-' || *q == '~') && g_ascii_isdigit (q[1])
          && read_digits (q + 1, end, 4, &n) == 4)
        q += 5;
      q = skip_spaces (q, end);
      if (has_prefix (q, end, "年", &k))
        {
          q += k;
          mlen = match_month_day (skip_spaces (q, end), end, &month, &day);
          if (mlen > 0)
            q = skip_spaces (q, end) + mlen;
          set_absolute (token, year, month, day);
          *match_length = (gsize) (q - p);
          return TRUE;
        }
      if ((*q == '-' || *q == '/' || *q == '.') && read_digits (q + 1, end, 2, &month) > 0
          && month >= 1 && month <= 12)
        {
          const char *r = q + 1 + (month >= 10 || q[1] == '0' ? 2 : 1);

          if (r < end && *r == *q && read_digits (r + 1, end, 2, &day) > 0 && day >= 1
              && day <= 31)
            r += 1 + (day >= 10 || r[1] == '0' ? 2 : 1);
          else
            day = 0;
          set_absolute (token, year, month, day);
          *match_length = (gsize) (r - p);
          return TRUE;
        }
      if (p + 4 == end || !g_ascii_isalnum (p[4]))
        {
          set_absolute (token, year, 0, 0);
          *match_length = 4;
          return TRUE;
        }
      return FALSE;
    }

  /* English: "March 5, 2019", "March 2019", "in March". */
  if ((n = read_month_name (p, end, &month)) > 0 && (at == 0 || !g_ascii_isalpha (p[-1])))
    {
      q = skip_spaces (p + n, end);
      if (read_digits (q, end, 2, &day) > 0 && day >= 1 && day <= 31)
        {
          const char *r = q + (day >= 10 ? 2 : 1);

          if (r + 1 < end && (memcmp (r, "st", 2) == 0 || memcmp (r, "nd", 2) == 0
                              || memcmp (r, "rd", 2) == 0 || memcmp (r, "th", 2) == 0))
            r += 2;
          if (r < end && *r == ',')
            r++;
          r = skip_spaces (r, end);
          q = r;
        }
      else
        day = 0;
      if (read_digits (q, end, 4, &year) == 4 && year >= 1950 && year <= 2100)
        {
          set_absolute (token, year, month, day);
          *match_length = (gsize) (q + 4 - p);
          return TRUE;
        }
      if (month == 5 && day == 0)
        return FALSE;  /* "may" is a verb */
      set_relative (token, RELATIVE_MONTH_ONLY, 0, month, 0);
      token->date.day = (guint8) day;
      *match_length = (gsize) ((day > 0 ? q : p + n) - p);
      return TRUE;
    }
  /* "5 March 2019" */
  if (g_ascii_isdigit (*p) && (at == 0 || !g_ascii_isalnum (p[-1]))
      && (n = read_digits (p, end, 2, &day)) > 0 && day >= 1 && day <= 31)
    {
      q = skip_spaces (p + n, end);
      if (q > p + n && (k = read_month_name (q, end, &month)) > 0)
        {
          q = skip_spaces (q + k, end);
          if (read_digits (q, end, 4, &year) == 4 && year >= 1950 && year <= 2100)
            {
              set_absolute (token, year, month, day);
              *match_length = (gsize) (q + 4 - p);
              return TRUE;
            }
        }
    }

  /* "three years later", "两年后" (after the paragraph's last date), "two
   * years ago", "三年前" (before the article's). */
  {
    guint value = 0;
    gsize k2;

    n = read_digits (p, end, 2, &value);
    if (n == 0)
      n = read_chinese_number (p, end, &value);
    for (gsize i = 0; n == 0 && i < G_N_ELEMENTS (small_numbers); i++)
      if (has_prefix (p, end, small_numbers[i].word, &k2) && p + k2 < end && p[k2] == ' ')
        {
          n = (guint) k2;
          value = small_numbers[i].value;
        }
    if (n > 0 && value > 0 && value < 50 && (at == 0 || !g_ascii_isalnum (p[-1])))
      {
        q = skip_spaces (p + n, end);
        if (has_prefix (q, end, "years later", &k) || has_prefix (q, end, "年后", &k)
            || has_prefix (q, end, "年之后", &k) || has_prefix (q, end, "year later", &k))
          {
            set_relative (token, RELATIVE_YEAR, (gint) value, 0, DATE_FROM_CONTEXT);
            *match_length = (gsize) (q + k - p);
            return TRUE;
          }
        /* "入职四年", "待了17年": a stay, from which a start is derived. */
        if (has_prefix (q, end, "年", &k) && !has_prefix (q + k, end, "后", &mlen)
            && !has_prefix (q + k, end, "前", &mlen) && !has_prefix (q + k, end, "之后", &mlen)
            && !has_prefix (q + k, end, "级", &mlen) && !has_prefix (q + k, end, "代", &mlen)
            && !has_prefix (q + k, end, "初", &mlen) && !has_prefix (q + k, end, "底", &mlen))
          {
            set_relative (token, RELATIVE_DURATION, (gint) value, 0, 0);
            *match_length = (gsize) (q + k - p);
            if (has_prefix (q + k, end, "多", &mlen) || has_prefix (q + k, end, "半", &mlen))
              *match_length += mlen;
            return TRUE;
          }
        if (has_prefix (q, end, "years ago", &k) || has_prefix (q, end, "year ago", &k))
          {
            set_relative (token, RELATIVE_YEAR, -(gint) value, 0, 0);
            *match_length = (gsize) (q + k - p);
            return TRUE;
          }
      }
  }
  /* "今（5）日", "昨（4）日": that day of the article's month, as Taiwan
   * news writes it. */
  if ((has_prefix (p, end, "今(", &k) || has_prefix (p, end, "昨(", &k))
      && (n = read_digits (p + k, end, 2, &day)) > 0 && day >= 1 && day <= 31
      && has_prefix (p + k + n, end, ")日", &mlen))
    {
      set_relative (token, RELATIVE_MONTH_ONLY, 0, 0, 0);
      token->date.day = (guint8) day;
      *match_length = k + n + mlen;
      return TRUE;
    }
  /* "on Friday": the last one before the article. */
  if (has_prefix (p, end, "on ", &k) && (at == 0 || !g_ascii_isalpha (p[-1])))
    for (guint d = 0; d < G_N_ELEMENTS (weekdays_en); d++)
      if (has_prefix (p + k, end, weekdays_en[d], &mlen)
          && (p + k + mlen == end || !g_ascii_isalpha (p[k + mlen])))
        {
          set_relative (token, RELATIVE_DAY, -7, 0, 0);
          token->weekday = d + 1;
          token->flags |= DATE_LAST_WEEKDAY;
          *match_length = k + mlen;
          return TRUE;
        }

  /* Words relative to the article's date, those of its first character
   * in turn. */
  first = tf_extract_utf8_get (p);
  for (guint r = relative_words_of (index, first);
       r < N_RELATIVE && index->first[r] == first; r++)
    {
      guint i = index->word[r];

      if (has_prefix (p, end, relative_words[i].text, &k)
          && (!g_ascii_isalpha (*p) || ((at == 0 || !g_ascii_isalpha (p[-1]))
                                        && (p + k == end || !g_ascii_isalpha (p[k])))))
        {
          set_relative (token, relative_words[i].relative, relative_words[i].offset, 0,
                        relative_words[i].flags);
          q = p + k;
          if (relative_words[i].relative == RELATIVE_YEAR)
            {
              /* "去年7月", "今年 1 月", "去年底" */
              mlen = match_month_day (skip_spaces (q, end), end, &month, &day);
              if (mlen > 0)
                {
                  q = skip_spaces (q, end) + mlen;
                  token->date.month = (guint8) month;
                  token->date.day = (guint8) day;
                }
              /* "前年年底", "去年年初", "去年底": a part of that year, not
               * of this one (as "年底" alone would read). */
              else
                for (guint w = 0; w < G_N_ELEMENTS (parts_of_year); w++)
                  if (has_prefix (q, end, parts_of_year[w], &mlen))
                    {
                      q += mlen;
                      break;
                    }
            }
          *match_length = (gsize) (q - p);
          return TRUE;
        }
    }
  /* 上周五, 本周一, 下周 */
  if (has_prefix (p, end, "上周", &k) || has_prefix (p, end, "本周", &k)
      || has_prefix (p, end, "下周", &k) || has_prefix (p, end, "上星期", &k))
    {
      gint week = g_str_has_prefix (p, "上") ? -1 : g_str_has_prefix (p, "下") ? 1 : 0;

      q = p + k;
      for (guint d = 0; d < G_N_ELEMENTS (weekdays_zh); d++)
        if (has_prefix (q, end, weekdays_zh[d], &mlen))
          {
            /* offset: the week, day: the weekday (1 = Monday). */
            set_relative (token, RELATIVE_DAY, week * 7, 0, 0);
            token->weekday = d + 1;
            *match_length = (gsize) (q + mlen - p);
            return TRUE;
          }
      set_relative (token, RELATIVE_DAY, week * 7, 0, 0);
      *match_length = k;
      return TRUE;
    }
  /* A month alone: "3月", "11月份". */
  if ((mlen = match_month_day (p, end, &month, &day)) > 0
      && (at == 0 || !g_ascii_isdigit (p[-1])))
    {
      set_relative (token, RELATIVE_MONTH_ONLY, 0, month, 0);
      token->date.day = (guint8) day;
      *match_length = mlen;
      return TRUE;
    }
  return FALSE;
}

static gboolean
date_is_from_context (const Token *token)
{
  return (token->flags & DATE_FROM_CONTEXT) != 0;
}

TfDate
tf_extract_resolve_date (const Token  *token,
                         const TfDate *anchor)
{
  TfDate date = { 0 };

  if (token->relative == RELATIVE_NONE)
    return token->date;
  if (anchor == NULL || anchor->precision == TF_DATE_UNKNOWN)
    return date;
  date.derived = TRUE;
  switch (token->relative)
    {
    case RELATIVE_YEAR:
      date.year = (gint16) (anchor->year + token->offset);
      date.month = token->date.month;
      date.day = token->date.day;
      date.precision = date.day > 0 ? TF_DATE_DAY : date.month > 0 ? TF_DATE_MONTH : TF_DATE_YEAR;
      break;
    case RELATIVE_MONTH_ONLY:
      date.year = anchor->year;
      /* no month ("今（5）日"): the anchor's */
      date.month = token->date.month != 0 ? token->date.month : anchor->month;
      if (date.month == 0)
        break;
      date.day = token->date.day;
      date.precision = date.day > 0 ? TF_DATE_DAY : TF_DATE_MONTH;
      break;
    case RELATIVE_DURATION:
      /* joined N years before the article */
      date.year = (gint16) (anchor->year - token->offset);
      date.precision = TF_DATE_YEAR;
      break;
    case RELATIVE_RECENT:
      date.year = anchor->year;
      date.month = anchor->month;
      date.precision = anchor->month > 0 ? TF_DATE_MONTH : TF_DATE_YEAR;
      break;
    case RELATIVE_MONTH:
      if (anchor->month == 0)
        {
          date.year = anchor->year;
          date.precision = TF_DATE_YEAR;
          break;
        }
      {
        gint months = anchor->year * 12 + (anchor->month - 1) + token->offset;

        date.year = (gint16) (months / 12);
        date.month = (guint8) (months % 12 + 1);
        date.precision = TF_DATE_MONTH;
      }
      break;
    case RELATIVE_DAY:
      if (anchor->precision < TF_DATE_DAY)
        {
          date.year = anchor->year;
          date.month = anchor->month;
          date.precision = anchor->month > 0 ? TF_DATE_MONTH : TF_DATE_YEAR;
          break;
        }
      {
        GDate *d = g_date_new_dmy (anchor->day, anchor->month, anchor->year);

        if (token->weekday >= 1)
          {
            /* 上周五: that weekday of the week before (or this, or next). */
            gint today = (gint) g_date_get_weekday (d);  /* 1 = Monday */
            gint delta = (gint) token->weekday - today + token->offset;

            if (token->flags & DATE_LAST_WEEKDAY)
              delta = (gint) token->weekday - today - ((gint) token->weekday >= today ? 7 : 0);
            if (delta >= 0)
              g_date_add_days (d, (guint) delta);
            else
              g_date_subtract_days (d, (guint) -delta);
            date.precision = TF_DATE_DAY;
          }
        else
          {
            if (token->offset >= 0)
              g_date_add_days (d, (guint) token->offset);
            else
              g_date_subtract_days (d, (guint) -token->offset);
            /* "last week" is a week, not a day. */
            date.precision = token->offset % 7 == 0 && token->offset != 0 ? TF_DATE_MONTH
                                                                          : TF_DATE_DAY;
          }
        date.year = (gint16) g_date_get_year (d);
        date.month = (guint8) g_date_get_month (d);
        date.day = date.precision == TF_DATE_DAY ? (guint8) g_date_get_day (d) : 0;
        g_date_free (d);
      }
      break;
    default:
      break;
    }
  return date;
}

gboolean
tf_extract_date_from_context (const Token *token)
{
  return date_is_from_context (token);
}

static const char *people_nouns_zh[] = {
  "人", "名员工", "名工程师", "名研究人员", "名研究员", "名科学家", "名学者", "名教授",
  "位科学家", "位研究员", "位教授", "位学者", "名", "位",
};

static const char *people_nouns_en[] = {
  "people", "researchers", "engineers", "employees", "scientists", "staff", "members",
  "professors", "staffers", "workers", "experts",
};

static const struct
{
  const char *word;
  guint value;
} english_numbers[] = {
  { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 }, { "six", 6 }, { "seven", 7 },
  { "eight", 8 }, { "nine", 9 }, { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 },
  { "a dozen", 12 }, { "dozens of", 24 }, { "fifteen", 15 }, { "twenty", 20 }, { "thirty", 30 },
  { "forty", 40 }, { "fifty", 50 }, { "sixty", 60 }, { "hundreds of", 100 }, { "a hundred", 100 },
};

gboolean
tf_extract_match_count (const char *folded,
                        gsize       at,
                        gsize       length,
                        gsize      *match_length,
                        guint      *count)
{
  const char *p = folded + at, *end = folded + length, *q;
  guint value = 0, n;
  gsize k, mlen_unused;

  if (!may_start_date_or_count (p))
    return FALSE;
  if (at > 0 && g_ascii_isalnum (p[-1]))
    return FALSE;
  n = read_digits (p, end, 5, &value);
  if (n == 0)
    {
      if (has_prefix (p, end, "数十", &k) || has_prefix (p, end, "几十", &k))
        {
          value = 10;
          n = (guint) k;
        }
      else if (has_prefix (p, end, "上百", &k) || has_prefix (p, end, "近百", &k))
        {
          value = 100;
          n = (guint) k;
        }
      else
        n = read_chinese_number (p, end, &value);
    }
  if (n > 0 && value >= 2)
    {
      q = p + n;
      if (has_prefix (q, end, "多", &k) || has_prefix (q, end, "余", &k)
          || has_prefix (q, end, "来", &k))
        q += k;
      q = skip_spaces (q, end);
      for (gsize i = 0; i < G_N_ELEMENTS (people_nouns_zh); i++)
        if (has_prefix (q, end, people_nouns_zh[i], &k))
          {
            /* "名" alone counts people when a word for them follows
             * within a few characters: "十余名华为自动驾驶工程师". The
             * words between are left to be read. */
            if ((strcmp (people_nouns_zh[i], "名") == 0 || strcmp (people_nouns_zh[i], "位") == 0))
              {
                static const char *nouns[] = {
                  "工程师", "研究员", "员工", "科学家", "学者", "教授", "研究人员", "人才", "高管",
                  "专家", "成员",
                };
                const char *r = q + k;

                for (guint chars = 0; chars < 12 && r < end; chars++)
                  {
                    for (gsize j = 0; j < G_N_ELEMENTS (nouns); j++)
                      if (has_prefix (r, end, nouns[j], &mlen_unused))
                        {
                          *count = value;
                          *match_length = (gsize) (q + k - p);
                          return TRUE;
                        }
                    r = g_utf8_next_char (r);
                  }
                continue;
              }
            *count = value;
            *match_length = (gsize) (q + k - p);
            return TRUE;
          }
      /* "40 people", "40 robotics researchers" */
      for (guint words = 0; words < 3 && q < end; words++)
        {
          for (gsize i = 0; i < G_N_ELEMENTS (people_nouns_en); i++)
            if (has_prefix (q, end, people_nouns_en[i], &k)
                && (q + k == end || !g_ascii_isalpha (q[k])))
              {
                *count = value;
                *match_length = (gsize) (q + k - p);
                return TRUE;
              }
          while (q < end && g_ascii_isalpha (*q))
            q++;
          q = skip_spaces (q, end);
        }
      return FALSE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (english_numbers); i++)
    if (has_prefix (p, end, english_numbers[i].word, &k) && p + k < end && p[k] == ' ')
      {
        q = skip_spaces (p + k, end);
        for (guint words = 0; words < 3 && q < end; words++)
          {
            for (gsize j = 0; j < G_N_ELEMENTS (people_nouns_en); j++)
              if (has_prefix (q, end, people_nouns_en[j], &k)
                  && (q + k == end || !g_ascii_isalpha (q[k])))
                {
                  *count = english_numbers[i].value;
                  *match_length = (gsize) (q + k - p);
                  return TRUE;
                }
            while (q < end && g_ascii_isalpha (*q))
              q++;
            q = skip_spaces (q, end);
          }
      }
  return FALSE;
}
