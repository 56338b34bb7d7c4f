/* tf-csv-columns.c: which column of a table of moves holds what.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-csv-columns.h"
#include "tf-csv-table.h"
#include "tf-text.h"

static const struct
{
  const char *name;
  const char *label;
} fields[TF_CSV_N_FIELDS] = {
  [TF_CSV_FIELD_NONE] = { "", N_("Leave out") },
  [TF_CSV_FIELD_PERSON] = { "person", N_("Person") },
  [TF_CSV_FIELD_GROUP] = { "group", N_("Group") },
  [TF_CSV_FIELD_GROUP_SIZE] = { "group_size", N_("Group size") },
  [TF_CSV_FIELD_FROM] = { "from", N_("From") },
  [TF_CSV_FIELD_FROM_SECTOR] = { "from_sector", N_("Sector left") },
  [TF_CSV_FIELD_FROM_UNNAMED] = { "from_unnamed", N_("From is an unnamed place") },
  [TF_CSV_FIELD_FROM_ROLE] = { "from_role", N_("Role left") },
  [TF_CSV_FIELD_TO] = { "to", N_("To") },
  [TF_CSV_FIELD_TO_SECTOR] = { "to_sector", N_("Sector joined") },
  [TF_CSV_FIELD_TO_UNNAMED] = { "to_unnamed", N_("To is an unnamed place") },
  [TF_CSV_FIELD_ROLE] = { "role", N_("Role") },
  [TF_CSV_FIELD_KIND] = { "kind", N_("Kind of move") },
  [TF_CSV_FIELD_DATE] = { "date", N_("Date") },
  [TF_CSV_FIELD_YEAR] = { "year", N_("Year") },
  [TF_CSV_FIELD_MONTH] = { "month", N_("Month") },
  [TF_CSV_FIELD_DAY] = { "day", N_("Day") },
  [TF_CSV_FIELD_PRECISION] = { "precision", N_("Date precision") },
  [TF_CSV_FIELD_DATE_DERIVED] = { "date_derived", N_("Date is derived") },
  [TF_CSV_FIELD_STATUS] = { "status", N_("Status") },
  [TF_CSV_FIELD_CONCURRENT] = { "concurrent", N_("Concurrent") },
  [TF_CSV_FIELD_REVIEWED] = { "reviewed", N_("Reviewed") },
  [TF_CSV_FIELD_NOTE] = { "note", N_("Note") },
  [TF_CSV_FIELD_SOURCE] = { "source", N_("Source (URL)") },
  [TF_CSV_FIELD_SOURCE_TITLE] = { "source_title", N_("Source title") },
  [TF_CSV_FIELD_QUOTE] = { "quote", N_("Quote") },
};

/* Headers people give each field besides its name; compared squeezed
 * (see squeeze ()), so case, spaces, "_" and "-" do not matter, nor
 * Traditional characters. */
static const struct
{
  const char *header;
  TfCsvField field;
} synonyms[] = {
  { "name", TF_CSV_FIELD_PERSON }, { "people", TF_CSV_FIELD_PERSON },
  { "who", TF_CSV_FIELD_PERSON }, { "full name", TF_CSV_FIELD_PERSON },
  { "person name", TF_CSV_FIELD_PERSON }, { "scientist", TF_CSV_FIELD_PERSON },
  { "姓名", TF_CSV_FIELD_PERSON }, { "人物", TF_CSV_FIELD_PERSON },
  { "人名", TF_CSV_FIELD_PERSON }, { "名字", TF_CSV_FIELD_PERSON },
  { "人员", TF_CSV_FIELD_PERSON }, { "人", TF_CSV_FIELD_PERSON },
  { "员工", TF_CSV_FIELD_PERSON }, { "学者", TF_CSV_FIELD_PERSON },
  { "group label", TF_CSV_FIELD_GROUP }, { "群体", TF_CSV_FIELD_GROUP },
  { "团队", TF_CSV_FIELD_GROUP },
  { "size", TF_CSV_FIELD_GROUP_SIZE }, { "count", TF_CSV_FIELD_GROUP_SIZE },
  { "headcount", TF_CSV_FIELD_GROUP_SIZE }, { "人数", TF_CSV_FIELD_GROUP_SIZE },
  { "from org", TF_CSV_FIELD_FROM }, { "from organization", TF_CSV_FIELD_FROM },
  { "from organisation", TF_CSV_FIELD_FROM }, { "origin", TF_CSV_FIELD_FROM },
  { "previous", TF_CSV_FIELD_FROM }, { "previous employer", TF_CSV_FIELD_FROM },
  { "former employer", TF_CSV_FIELD_FROM }, { "former", TF_CSV_FIELD_FROM },
  { "left", TF_CSV_FIELD_FROM },
  { "原单位", TF_CSV_FIELD_FROM }, { "原机构", TF_CSV_FIELD_FROM },
  { "原公司", TF_CSV_FIELD_FROM }, { "原雇主", TF_CSV_FIELD_FROM },
  { "来自", TF_CSV_FIELD_FROM }, { "离开", TF_CSV_FIELD_FROM }, { "从", TF_CSV_FIELD_FROM },
  { "origin sector", TF_CSV_FIELD_FROM_SECTOR }, { "原单位类型", TF_CSV_FIELD_FROM_SECTOR },
  { "原领域", TF_CSV_FIELD_FROM_SECTOR }, { "原行业", TF_CSV_FIELD_FROM_SECTOR },
  { "previous role", TF_CSV_FIELD_FROM_ROLE }, { "previous title", TF_CSV_FIELD_FROM_ROLE },
  { "former role", TF_CSV_FIELD_FROM_ROLE }, { "原职位", TF_CSV_FIELD_FROM_ROLE },
  { "原职务", TF_CSV_FIELD_FROM_ROLE },
  { "to org", TF_CSV_FIELD_TO }, { "to organization", TF_CSV_FIELD_TO },
  { "to organisation", TF_CSV_FIELD_TO }, { "destination", TF_CSV_FIELD_TO },
  { "employer", TF_CSV_FIELD_TO }, { "new employer", TF_CSV_FIELD_TO },
  { "joined", TF_CSV_FIELD_TO },
  { "新单位", TF_CSV_FIELD_TO }, { "新机构", TF_CSV_FIELD_TO }, { "新公司", TF_CSV_FIELD_TO },
  { "现单位", TF_CSV_FIELD_TO }, { "去向", TF_CSV_FIELD_TO }, { "加入", TF_CSV_FIELD_TO },
  { "到", TF_CSV_FIELD_TO }, { "雇主", TF_CSV_FIELD_TO }, { "新雇主", TF_CSV_FIELD_TO },
  { "destination sector", TF_CSV_FIELD_TO_SECTOR }, { "sector", TF_CSV_FIELD_TO_SECTOR },
  { "新单位类型", TF_CSV_FIELD_TO_SECTOR }, { "领域", TF_CSV_FIELD_TO_SECTOR },
  { "行业", TF_CSV_FIELD_TO_SECTOR },
  { "title", TF_CSV_FIELD_ROLE }, { "position", TF_CSV_FIELD_ROLE },
  { "job title", TF_CSV_FIELD_ROLE }, { "to role", TF_CSV_FIELD_ROLE },
  { "new role", TF_CSV_FIELD_ROLE }, { "职位", TF_CSV_FIELD_ROLE },
  { "职务", TF_CSV_FIELD_ROLE }, { "头衔", TF_CSV_FIELD_ROLE }, { "岗位", TF_CSV_FIELD_ROLE },
  { "新职位", TF_CSV_FIELD_ROLE },
  { "type", TF_CSV_FIELD_KIND }, { "move kind", TF_CSV_FIELD_KIND },
  { "move type", TF_CSV_FIELD_KIND }, { "类型", TF_CSV_FIELD_KIND },
  { "类别", TF_CSV_FIELD_KIND }, { "变动", TF_CSV_FIELD_KIND },
  { "变动类型", TF_CSV_FIELD_KIND },
  { "when", TF_CSV_FIELD_DATE }, { "time", TF_CSV_FIELD_DATE },
  { "move date", TF_CSV_FIELD_DATE }, { "日期", TF_CSV_FIELD_DATE },
  { "时间", TF_CSV_FIELD_DATE }, { "年月", TF_CSV_FIELD_DATE },
  { "年", TF_CSV_FIELD_YEAR }, { "年份", TF_CSV_FIELD_YEAR }, { "年度", TF_CSV_FIELD_YEAR },
  { "月", TF_CSV_FIELD_MONTH }, { "月份", TF_CSV_FIELD_MONTH },
  { "日", TF_CSV_FIELD_DAY },
  { "date precision", TF_CSV_FIELD_PRECISION }, { "精度", TF_CSV_FIELD_PRECISION },
  { "日期精度", TF_CSV_FIELD_PRECISION },
  { "derived", TF_CSV_FIELD_DATE_DERIVED },
  { "状态", TF_CSV_FIELD_STATUS },
  { "兼任", TF_CSV_FIELD_CONCURRENT }, { "兼职", TF_CSV_FIELD_CONCURRENT },
  { "已审核", TF_CSV_FIELD_REVIEWED }, { "审核", TF_CSV_FIELD_REVIEWED },
  { "notes", TF_CSV_FIELD_NOTE }, { "comment", TF_CSV_FIELD_NOTE },
  { "comments", TF_CSV_FIELD_NOTE }, { "remark", TF_CSV_FIELD_NOTE },
  { "备注", TF_CSV_FIELD_NOTE }, { "说明", TF_CSV_FIELD_NOTE }, { "注释", TF_CSV_FIELD_NOTE },
  { "url", TF_CSV_FIELD_SOURCE }, { "link", TF_CSV_FIELD_SOURCE },
  { "source url", TF_CSV_FIELD_SOURCE }, { "来源", TF_CSV_FIELD_SOURCE },
  { "链接", TF_CSV_FIELD_SOURCE }, { "网址", TF_CSV_FIELD_SOURCE },
  { "出处", TF_CSV_FIELD_SOURCE }, { "原文链接", TF_CSV_FIELD_SOURCE },
  { "article", TF_CSV_FIELD_SOURCE_TITLE }, { "article title", TF_CSV_FIELD_SOURCE_TITLE },
  { "headline", TF_CSV_FIELD_SOURCE_TITLE }, { "文章", TF_CSV_FIELD_SOURCE_TITLE },
  { "标题", TF_CSV_FIELD_SOURCE_TITLE }, { "文章标题", TF_CSV_FIELD_SOURCE_TITLE },
  { "evidence", TF_CSV_FIELD_QUOTE }, { "excerpt", TF_CSV_FIELD_QUOTE },
  { "citation", TF_CSV_FIELD_QUOTE }, { "引文", TF_CSV_FIELD_QUOTE },
  { "原文", TF_CSV_FIELD_QUOTE }, { "证据", TF_CSV_FIELD_QUOTE },
  { "摘录", TF_CSV_FIELD_QUOTE }, { "引用", TF_CSV_FIELD_QUOTE },
};

typedef struct
{
  char *header;     /* squeezed */
  char *written;    /* as the user gave it, for messages */
  TfCsvColumn column;
} Assignment;

struct _TfCsvColumns
{
  GArray *assignments;  /* of Assignment */
};

const char *
tf_csv_field_to_string (TfCsvField field)
{
  g_return_val_if_fail (field < TF_CSV_N_FIELDS, "");
  return fields[field].name;
}

const char *
tf_csv_field_get_label (TfCsvField field)
{
  g_return_val_if_fail (field < TF_CSV_N_FIELDS, "");
  return _(fields[field].label);
}

gboolean
tf_csv_field_is_evidence (TfCsvField field)
{
  return field == TF_CSV_FIELD_SOURCE || field == TF_CSV_FIELD_SOURCE_TITLE
         || field == TF_CSV_FIELD_QUOTE;
}

/* Folded, without white space and "_", "-", ".", ":", "#": headers are
 * compared in this form. */
static char *
squeeze (const char *text)
{
  g_autofree char *folded = tf_text_fold (text, -1);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && (c >= 0x80 || strchr ("_-.:#", (int) c) == NULL))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Squeezed header -> field + 1. */
static GHashTable *
header_table (void)
{
  static GHashTable *table;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 1; i < TF_CSV_N_FIELDS; i++)
        g_hash_table_insert (t, squeeze (fields[i].name), GUINT_TO_POINTER (i + 1));
      for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
        {
          char *key = squeeze (synonyms[i].header);

          if (g_hash_table_contains (t, key))
            g_error ("CSV header “%s” is given twice", synonyms[i].header);
          g_hash_table_insert (t, key, GUINT_TO_POINTER (synonyms[i].field + 1));
        }
      table = t;
      g_once_init_leave (&initialized, 1);
    }
  return table;
}

static TfCsvColumn
field_for_squeezed (const char *squeezed)
{
  GHashTable *table = header_table ();
  TfCsvColumn column = { TF_CSV_FIELD_NONE, 0 };
  gpointer found = g_hash_table_lookup (table, squeezed);
  gsize len;
  gsize digits;

  if (found != NULL)
    {
      column.field = GPOINTER_TO_UINT (found) - 1;
      column.index = 1;
      return column;
    }

  /* "source2", "quote 3", "来源2": the evidence by number. */
  len = strlen (squeezed);
  for (digits = 0; digits < len && digits < 3 && g_ascii_isdigit (squeezed[len - 1 - digits]);
       digits++)
    ;
  if (digits > 0 && digits < len)
    {
      g_autofree char *base = g_strndup (squeezed, len - digits);
      guint index = (guint) g_ascii_strtoull (squeezed + len - digits, NULL, 10);

      found = g_hash_table_lookup (table, base);
      if (found != NULL && tf_csv_field_is_evidence (GPOINTER_TO_UINT (found) - 1) && index > 0)
        {
          column.field = GPOINTER_TO_UINT (found) - 1;
          column.index = index;
        }
    }
  return column;
}

TfCsvColumn
tf_csv_field_for_header (const char *header)
{
  g_autofree char *squeezed = NULL;

  g_return_val_if_fail (header != NULL, ((TfCsvColumn) { TF_CSV_FIELD_NONE, 0 }));

  squeezed = squeeze (header);
  return field_for_squeezed (squeezed);
}

static void
assignment_clear (gpointer data)
{
  Assignment *assignment = data;

  g_free (assignment->header);
  g_free (assignment->written);
}

TfCsvColumns *
tf_csv_columns_new (void)
{
  TfCsvColumns *self = g_new0 (TfCsvColumns, 1);

  self->assignments = g_array_new (FALSE, FALSE, sizeof (Assignment));
  g_array_set_clear_func (self->assignments, assignment_clear);
  return self;
}

TfCsvColumns *
tf_csv_columns_copy (const TfCsvColumns *self)
{
  TfCsvColumns *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = tf_csv_columns_new ();
  for (guint i = 0; i < self->assignments->len; i++)
    {
      const Assignment *a = &g_array_index (self->assignments, Assignment, i);
      Assignment b = { g_strdup (a->header), g_strdup (a->written), a->column };

      g_array_append_val (copy->assignments, b);
    }
  return copy;
}

void
tf_csv_columns_free (TfCsvColumns *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->assignments);
  g_free (self);
}

gboolean
tf_csv_columns_is_empty (const TfCsvColumns *self)
{
  return self == NULL || self->assignments->len == 0;
}

static void
set_header (TfCsvColumns *self,
            const char   *header,
            TfCsvColumn   column)
{
  char *squeezed = squeeze (header);
  Assignment assignment = { squeezed, g_strdup (header), column };

  if (column.field == TF_CSV_FIELD_NONE)
    column.index = 0;
  else if (!tf_csv_field_is_evidence (column.field) || column.index == 0)
    column.index = 1;
  assignment.column = column;
  for (guint i = 0; i < self->assignments->len; i++)
    {
      Assignment *a = &g_array_index (self->assignments, Assignment, i);

      if (strcmp (a->header, squeezed) == 0)
        {
          a->column = column;
          g_free (assignment.header);
          g_free (assignment.written);
          return;
        }
    }
  g_array_append_val (self->assignments, assignment);
}

void
tf_csv_columns_set (TfCsvColumns *self,
                    const char   *header,
                    TfCsvColumn   column)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (header != NULL);
  g_return_if_fail (column.field < TF_CSV_N_FIELDS);

  set_header (self, header, column);
}

static char *
list_field_names (void)
{
  GString *names = g_string_new (NULL);

  for (guint i = 1; i < TF_CSV_N_FIELDS; i++)
    {
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, fields[i].name);
    }
  return g_string_free (names, FALSE);
}

gboolean
tf_csv_columns_parse (TfCsvColumns  *self,
                      const char    *mapping,
                      GError       **error)
{
  g_auto(GStrv) pairs = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pairs = g_strsplit (mapping, ",", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      char *pair = g_strstrip (pairs[i]);
      char *equals = strchr (pair, '=');
      g_autofree char *field = NULL;
      g_autofree char *squeezed = NULL;
      TfCsvColumn column;

      if (*pair == '\0')
        continue;
      if (equals == NULL)
        {
          g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING,
                       _("Column mapping “%s”: expected FIELD=HEADER, such as person=Name"),
                       pair);
          return FALSE;
        }
      field = g_strstrip (g_strndup (pair, (gsize) (equals - pair)));
      squeezed = squeeze (field);
      column = field_for_squeezed (squeezed);
      if (column.field == TF_CSV_FIELD_NONE)
        {
          g_autofree char *names = list_field_names ();

          g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING,
                       _("Column mapping “%s”: no field is called “%s”; the fields are %s"),
                       pair, field, names);
          return FALSE;
        }
      {
        g_autofree char *header = g_strstrip (g_strdup (equals + 1));

        if (*header == '\0')
          {
            g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING,
                         _("Column mapping “%s”: no header after “=”"), pair);
            return FALSE;
          }
        set_header (self, header, column);
      }
    }
  return TRUE;
}

static gboolean
same_column (TfCsvColumn a,
             TfCsvColumn b)
{
  return a.field == b.field && a.index == b.index;
}

TfCsvColumn *
tf_csv_columns_resolve (const TfCsvColumns  *self,
                        const char * const  *headers,
                        guint                n_headers,
                        const char          *file_name,
                        GError             **error)
{
  g_autofree TfCsvColumn *columns = g_new0 (TfCsvColumn, MAX (n_headers, 1));
  g_autofree gboolean *mapped = g_new0 (gboolean, MAX (n_headers, 1));
  g_autoptr(GPtrArray) squeezed = g_ptr_array_new_with_free_func (g_free);
  guint n_assignments = self != NULL ? self->assignments->len : 0;

  g_return_val_if_fail (headers != NULL || n_headers == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < n_headers; i++)
    g_ptr_array_add (squeezed, squeeze (headers[i]));

  /* The user's mapping first: it takes its fields from the headers'
   * own names. */
  for (guint a = 0; a < n_assignments; a++)
    {
      const Assignment *assignment = &g_array_index (self->assignments, Assignment, a);
      gboolean found = FALSE;

      for (guint i = 0; i < n_headers; i++)
        if (!mapped[i] && strcmp (g_ptr_array_index (squeezed, i), assignment->header) == 0)
          {
            columns[i] = assignment->column;
            mapped[i] = TRUE;
            found = TRUE;
            break;
          }
      if (!found)
        {
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint i = 0; i < n_headers; i++)
            g_string_append_printf (list, "%s“%s”", i > 0 ? ", " : "", headers[i]);
          g_set_error (error, TF_CSV_ERROR, TF_CSV_ERROR_MAPPING,
                       _("%s has no column headed like “%s” of the column mapping; "
                         "its headers are %s"),
                       file_name != NULL ? file_name : "(table)", assignment->written, list->str);
          return NULL;
        }
    }

  for (guint i = 0; i < n_headers; i++)
    {
      TfCsvColumn column;
      gboolean taken = FALSE;

      if (mapped[i])
        continue;
      column = field_for_squeezed (g_ptr_array_index (squeezed, i));
      if (column.field == TF_CSV_FIELD_NONE)
        continue;
      for (guint j = 0; j < n_headers && !taken; j++)
        taken = (mapped[j] || j < i) && same_column (columns[j], column);
      if (!taken)
        columns[i] = column;
    }
  return g_steal_pointer (&columns);
}
