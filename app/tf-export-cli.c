/* tf-export-cli.c: `talentflow --export=OUT [options] [FILE]`, without a display.
 *
 * Runs before the GtkApplication exists, like --summary, so that charts
 * can be exported on a server or in a script: everything it uses is in
 * the GTK-free core. Every option is checked before anything is drawn,
 * and the file is only written whole (see tf_export_write()), so a
 * mistake never leaves a partial or clobbered file behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-export"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tf-csv-cli.h"
#include "tf-csv-export.h"
#include "tf-export-cli.h"
#include "tf-export.h"
#include "tf-gexf-export.h"
#include "tf-sample.h"

#define MIN_YEAR 1
#define MAX_YEAR 9999

/* The options only an export takes; their presence alone starts one. One
 * table for tf_export_cli_run(), which points each at its variable, and
 * for the application's --help. */
static const GOptionEntry export_entries[] = {
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write the chart to OUT (.png, .svg or .pdf), or the moves (.csv) or the graph (.gexf), "
        "without opening a window, and exit"),
    N_ ("OUT") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("Page size in pixels (default 1920x1080)"),
    N_ ("WIDTHxHEIGHT") },
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Pixels per page pixel in a PNG, 1 to 6 (default 1)"), N_ ("N") },
  { "font-scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Type size: 1 is legible when projected, 1.5 is larger, 0.5 to 4 (default 1)"),
    N_ ("N") },
  { "theme", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Colours: light, dark or transparent (default light)"), N_ ("THEME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("Show the moves from this year on"), N_ ("YEAR") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("Show the moves up to this year"), N_ ("YEAR") },
  { "title", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("Title above the chart (default: the dataset's)"),
    N_ ("TEXT") },
  { "subtitle", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Subtitle under the title (default: how many people and moves)"), N_ ("TEXT") },
  { "no-legend", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Leave out the legend"), NULL },
  { "no-credits", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Leave out the articles the chart cites"),
    NULL },
  { NULL }
};

const GOptionEntry *
tf_export_cli_get_option_entries (void)
{
  return export_entries;
}

gboolean
tf_export_cli_wanted (int    argc,
                      char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (strcmp (arg, "--") == 0)
        return FALSE;
      if (!g_str_has_prefix (arg, "--"))
        continue;
      arg += 2;
      for (const GOptionEntry *entry = export_entries; entry->long_name != NULL; entry++)
        {
          gsize length = strlen (entry->long_name);

          if (strncmp (arg, entry->long_name, length) == 0
              && (arg[length] == '\0' || arg[length] == '='))
            return TRUE;
        }
    }
  return FALSE;
}

/* What --export writes, by the file name's extension. */
typedef enum
{
  OUTPUT_CHART,
  OUTPUT_CSV,
  OUTPUT_GEXF,
} OutputKind;

static gboolean
has_extension (const char *path,
               const char *extension)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && g_ascii_strcasecmp (dot, extension) == 0;
}

typedef struct
{
  char     *output;
  char     *size;
  char     *scale;
  char     *font_scale;
  char     *theme;
  char     *from;
  char     *to;
  char     *title;
  char     *subtitle;
  gboolean  no_legend;
  gboolean  no_credits;
  char     *csv_columns;
  char    **files;
} Arguments;

static void
arguments_clear (Arguments *arguments)
{
  g_free (arguments->output);
  g_free (arguments->size);
  g_free (arguments->scale);
  g_free (arguments->font_scale);
  g_free (arguments->theme);
  g_free (arguments->from);
  g_free (arguments->to);
  g_free (arguments->title);
  g_free (arguments->subtitle);
  g_free (arguments->csv_columns);
  g_strfreev (arguments->files);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Arguments, arguments_clear)

/* Points the entry named long_name at arg_data. */
static void
bind_entry (GOptionEntry *entries,
            const char   *long_name,
            gpointer      arg_data)
{
  for (GOptionEntry *entry = entries; entry->long_name != NULL; entry++)
    if (strcmp (entry->long_name, long_name) == 0)
      {
        entry->arg_data = arg_data;
        return;
      }
  g_assert_not_reached ();
}

static int
fail (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  return 1;
}

/* "1920x1080": two whole numbers of px. */
static gboolean
parse_size (const char *text,
            double     *width,
            double     *height)
{
  guint64 w;
  guint64 h;
  char *end;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  errno = 0;
  w = g_ascii_strtoull (text, &end, 10);
  if (errno != 0 || (*end != 'x' && *end != 'X') || !g_ascii_isdigit (end[1]))
    return FALSE;
  h = g_ascii_strtoull (end + 1, &end, 10);
  if (errno != 0 || *end != '\0')
    return FALSE;
  /* Out of range is the core's to say, with its limits; only keep the
   * numbers representable. */
  *width = (double) MIN (w, (guint64) G_MAXINT32);
  *height = (double) MIN (h, (guint64) G_MAXINT32);
  return TRUE;
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end;

  if (text[0] == '\0' || g_ascii_isspace (text[0]))
    return FALSE;
  errno = 0;
  *value = g_ascii_strtod (text, &end);
  return errno == 0 && *end == '\0';
}

static gboolean
parse_year (const char *text,
            int        *year)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, MIN_YEAR, MAX_YEAR, &value, NULL))
    return FALSE;
  *year = (int) value;
  return TRUE;
}

/* "23 people · 37 moves", of the moves in [from, to] when filtered. */
static char *
format_counts (TfDataset *dataset,
               gboolean   filtered,
               int        from,
               int        to)
{
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  g_autofree char *people_text = NULL;
  g_autofree char *moves_text = NULL;
  guint n_moves = 0;

  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      if (filtered && (move->date.precision == TF_DATE_UNKNOWN
                       || move->date.year < from || move->date.year > to))
        continue;
      n_moves++;
      if (move->person_id != NULL)
        g_hash_table_add (people, move->person_id);
    }
  if (!filtered)
    {
      GPtrArray *all = tf_dataset_get_people (dataset);

      for (guint i = 0; i < all->len; i++)
        g_hash_table_add (people, ((TfPerson *) g_ptr_array_index (all, i))->id);
    }

  people_text = g_strdup_printf (ngettext ("%u person", "%u people", g_hash_table_size (people)),
                                 g_hash_table_size (people));
  moves_text = g_strdup_printf (ngettext ("%u move", "%u moves", n_moves), n_moves);
  /* Translators: counts under an exported chart's title: "23 people · 37 moves". */
  return g_strdup_printf (C_("export subtitle", "%s · %s"), people_text, moves_text);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) file_a = g_file_new_for_commandline_arg (a);
  g_autoptr(GFile) file_b = g_file_new_for_commandline_arg (b);
  g_autofree char *real_a = NULL;
  g_autofree char *real_b = NULL;

  if (g_file_equal (file_a, file_b))
    return TRUE;
  if (g_file_peek_path (file_a) != NULL)
    real_a = realpath (g_file_peek_path (file_a), NULL);
  if (g_file_peek_path (file_b) != NULL)
    real_b = realpath (g_file_peek_path (file_b), NULL);
  return real_a != NULL && real_b != NULL && strcmp (real_a, real_b) == 0;
}

int
tf_export_cli_run (int    argc,
                   char **argv)
{
  g_auto(Arguments) arguments = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfCareers) careers = NULL;
  g_autofree char *default_subtitle = NULL;
  TfExportOptions options;
  TfExportFormat format;
  gboolean filtered = FALSE;
  int from = 0;
  int to = 0;
  GOptionEntry entries[G_N_ELEMENTS (export_entries) + 2];
  const GOptionEntry files_entry =
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &arguments.files, NULL, N_("[FILE]") };
  GOptionEntry csv_entry = tf_csv_cli_get_option_entries ()[0];
  OutputKind output_kind = OUTPUT_CHART;

  memcpy (entries, export_entries, sizeof export_entries);
  bind_entry (entries, "export", &arguments.output);
  bind_entry (entries, "size", &arguments.size);
  bind_entry (entries, "scale", &arguments.scale);
  bind_entry (entries, "font-scale", &arguments.font_scale);
  bind_entry (entries, "theme", &arguments.theme);
  bind_entry (entries, "from", &arguments.from);
  bind_entry (entries, "to", &arguments.to);
  bind_entry (entries, "title", &arguments.title);
  bind_entry (entries, "subtitle", &arguments.subtitle);
  bind_entry (entries, "no-legend", &arguments.no_legend);
  bind_entry (entries, "no-credits", &arguments.no_credits);
  /* The input file and its columns instead of the terminator, then the
   * terminator. */
  csv_entry.arg_data = &arguments.csv_columns;
  entries[G_N_ELEMENTS (export_entries) - 1] = files_entry;
  entries[G_N_ELEMENTS (export_entries)] = csv_entry;
  entries[G_N_ELEMENTS (export_entries) + 1] = export_entries[G_N_ELEMENTS (export_entries) - 1];

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail (error->message);

  if (arguments.output == NULL)
    return fail (_("The export options need --export=OUT"));
  if (arguments.output[0] == '\0')
    return fail (_("--export needs a file name"));
  if (arguments.files != NULL && g_strv_length (arguments.files) > 1)
    return fail (_("--export takes at most one input file"));

  tf_export_options_init (&options);
  if (has_extension (arguments.output, ".csv"))
    output_kind = OUTPUT_CSV;
  else if (has_extension (arguments.output, ".gexf"))
    output_kind = OUTPUT_GEXF;
  else if (!tf_export_format_for_path (arguments.output, &format, &error))
    return fail (error->message);

  if (arguments.size != NULL && !parse_size (arguments.size, &options.width, &options.height))
    {
      g_autofree char *message =
        g_strdup_printf (_("Invalid size “%s”: expected WIDTHxHEIGHT in pixels, such as 1920x1080"),
                         arguments.size);
      return fail (message);
    }
  if (arguments.scale != NULL && !parse_number (arguments.scale, &options.scale))
    {
      g_autofree char *message =
        g_strdup_printf (_("Invalid scale “%s”: expected a number from 1 to 6"), arguments.scale);
      return fail (message);
    }
  if (arguments.font_scale != NULL && !parse_number (arguments.font_scale, &options.font_scale))
    {
      g_autofree char *message =
        g_strdup_printf (_("Invalid type size “%s”: expected a number from 0.5 to 4"),
                         arguments.font_scale);
      return fail (message);
    }
  if (arguments.theme != NULL)
    {
      if (g_ascii_strcasecmp (arguments.theme, "light") == 0)
        options.theme = TF_EXPORT_THEME_LIGHT;
      else if (g_ascii_strcasecmp (arguments.theme, "dark") == 0)
        options.theme = TF_EXPORT_THEME_DARK;
      else if (g_ascii_strcasecmp (arguments.theme, "transparent") == 0)
        options.theme = TF_EXPORT_THEME_TRANSPARENT;
      else
        {
          g_autofree char *message = g_strdup_printf (
              _ ("Unknown theme “%s”: expected light, dark or transparent"), arguments.theme);
          return fail (message);
        }
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *text = i == 0 ? arguments.from : arguments.to;

      if (text != NULL && !parse_year (text, i == 0 ? &from : &to))
        {
          g_autofree char *message =
            g_strdup_printf (_("Invalid year “%s”: expected a year such as 2015"), text);
          return fail (message);
        }
    }
  if (arguments.from != NULL && arguments.to != NULL && from > to)
    {
      g_autofree char *message = g_strdup_printf (_("--from %d is after --to %d"), from, to);
      return fail (message);
    }
  if (output_kind == OUTPUT_CHART && !tf_export_options_validate (&options, format, &error))
    return fail (error->message);

  /* The file: a dataset or an article, or the bundled sample. */
  if (arguments.files != NULL && arguments.files[0] != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (arguments.files[0]);

      if (same_file (arguments.files[0], arguments.output))
        return fail (_("The output file is the input file"));
      /* Its messages name the file. */
      dataset = tf_csv_cli_open (file, arguments.csv_columns, &error);
      if (dataset == NULL)
        return fail (error->message);
    }
  else
    {
      dataset = tf_sample_load (&error);
      if (dataset == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Bundled sample: %s"), error->message);
          return fail (message);
        }
    }
  /* The moves or the graph: what the options of a chart say does not
   * apply. */
  if (output_kind == OUTPUT_CSV
      && !tf_csv_export_write (dataset, arguments.output, NULL, &error))
    return fail (error->message);
  if (output_kind == OUTPUT_GEXF
      && !tf_gexf_export_write (dataset, arguments.output, NULL, &error))
    return fail (error->message);
  if (output_kind != OUTPUT_CHART)
    return 0;

  careers = tf_careers_new (dataset);

  /* --from and --to: the moves in those years, and the axis on them. */
  if (arguments.from != NULL || arguments.to != NULL)
    {
      double first_year;
      double end_year;

      tf_careers_get_extent (careers, &first_year, &end_year);
      if (arguments.from == NULL)
        from = MIN ((int) floor (first_year), to);
      if (arguments.to == NULL)
        to = MAX ((int) ceil (end_year) - 1, from);
      filtered = TRUE;
      options.move_from = options.view_from = from;
      options.move_to = options.view_to = to + 1;
    }

  if (arguments.title != NULL)
    options.title = arguments.title;
  else if (tf_dataset_get_title (dataset) != NULL && tf_dataset_get_title (dataset)[0] != '\0')
    options.title = tf_dataset_get_title (dataset);
  else if (arguments.files == NULL || arguments.files[0] == NULL)
    options.title = _("How AI scientists moved between academia and industry");
  if (arguments.subtitle != NULL)
    options.subtitle = arguments.subtitle;
  else
    options.subtitle = default_subtitle = format_counts (dataset, filtered, from, to);
  options.show_legend = !arguments.no_legend;
  options.show_credits = !arguments.no_credits;

  if (!tf_export_write (dataset, careers, format, arguments.output, &options, NULL, &error))
    return fail (error->message);

  return 0;
}
