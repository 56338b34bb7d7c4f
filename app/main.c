/* main.c: the talentflow program: the window, or a summary or an export
 * without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "talentflow"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-csv-cli.h"
#include "tf-export-cli.h"
#include "tf-extract-cli.h"
#include "tf-merge-cli.h"
#include "tf-summary.h"

/* --summary runs without a display, so it is recognised here, before the
 * AdwApplication exists: GtkApplication initialises GTK on startup, which
 * fails without one. The application still declares the option so that
 * --help lists it. */
static gboolean
wants_summary (int    argc,
               char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        return FALSE;
      if (strcmp (argv[i], "--summary") == 0)
        return TRUE;
    }
  return FALSE;
}

static int
run_summary (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *csv_columns = NULL;
  gboolean summary_requested = FALSE;
  GOptionEntry entries[] = {
    tf_summary_get_option_entries ()[0],
    tf_csv_cli_get_option_entries ()[0],
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE]") },
    { NULL }
  };

  entries[0].arg_data = &summary_requested;
  entries[1].arg_data = &csv_columns;
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  if (files != NULL && g_strv_length (files) > 1)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), _("--summary takes at most one file"));
      return 1;
    }

  if (files != NULL && files[0] != NULL)
    file = g_file_new_for_commandline_arg (files[0]);

  summary = tf_summary_for_file (file, csv_columns, &error);
  if (summary == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  g_print ("%s", summary);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TfApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");

  /* An uninstalled build has its catalogs in <build>/po, which build-aux/run
   * passes here; the installed program uses the configured directory. */
  localedir = g_getenv ("TALENTFLOW_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("talentflow");

  /* Like --summary, export needs no display (see tf-export-cli.c). */
  if (tf_extract_cli_wanted (argc, argv))
    return tf_extract_cli_run (argc, argv);
  if (tf_merge_cli_wanted (argc, argv))
    return tf_merge_cli_run (argc, argv);
  if (tf_export_cli_wanted (argc, argv))
    return tf_export_cli_run (argc, argv);
  if (wants_summary (argc, argv))
    return run_summary (argc, argv);

  app = tf_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
