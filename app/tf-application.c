/* tf-application.c: the Talent Flow application: windows, app actions, options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-application"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-csv-cli.h"
#include "tf-csv-columns.h"
#include "tf-export-cli.h"
#include "tf-extract-cli.h"
#include "tf-merge-cli.h"
#include "tf-summary.h"
#include "tf-window.h"

struct _TfApplication
{
  AdwApplication parent_instance;

  gboolean draft_offered;  /* the first window offered the last session's draft */
  char *csv_columns;       /* --csv-columns, for the tables it opens */
};

G_DEFINE_FINAL_TYPE (TfApplication, tf_application, ADW_TYPE_APPLICATION)

/* --summary and --export are handled in main.c before this object exists,
 * because they must run without a display; their entries are added here
 * too (from tf-summary.c and tf-export-cli.c, which read them) so that
 * --help lists them. */
static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

static TfWindow *
get_current_window (TfApplication *self)
{
  GtkWindow *window;

  g_assert (TF_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (TF_IS_WINDOW (window))
    return TF_WINDOW (window);
  return NULL;
}

static int
tf_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  TfApplication *self = TF_APPLICATION (application);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "talentflow", PACKAGE_VERSION);
      return 0;
    }

  /* Checked here, where it can still be said on the terminal. */
  g_clear_pointer (&self->csv_columns, g_free);
  if (g_variant_dict_lookup (options, "csv-columns", "s", &self->csv_columns))
    {
      g_autoptr(TfCsvColumns) columns = tf_csv_columns_new ();
      g_autoptr(GError) error = NULL;

      if (!tf_csv_columns_parse (columns, self->csv_columns, &error))
        {
          g_printerr ("%s: --csv-columns: %s\n", g_get_prgname (), error->message);
          return 1;
        }
    }

  /* Carry on: register, then activate or open. */
  return -1;
}

/* Once per process: a second instance's windows belong to this one. */
static void
offer_draft (TfApplication *self,
             TfWindow      *window)
{
  if (self->draft_offered)
    return;
  self->draft_offered = TRUE;
  tf_window_offer_draft (window);
}

static void
tf_application_activate (GApplication *application)
{
  TfApplication *self = TF_APPLICATION (application);
  TfWindow *window;

  window = get_current_window (self);
  if (window == NULL)
    {
      window = tf_window_new (GTK_APPLICATION (self));
      tf_window_open_sample (window);
      offer_draft (self, window);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
tf_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  TfApplication *self = TF_APPLICATION (application);

  /* One dataset per window, as each file is its own study. */
  for (int i = 0; i < n_files; i++)
    {
      TfWindow *window = tf_window_new (GTK_APPLICATION (self));

      tf_window_open_table (window, files[i], self->csv_columns);
      offer_draft (self, window);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  TfApplication *self = user_data;
  static const char *developers[] = {
    "Talent Flow contributors",
    NULL
  };

  adw_show_about_window (GTK_WINDOW (get_current_window (self)),
                         "application-name", _("Talent Flow"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Talent Flow developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("See how people move between companies, research labs, "
                                       "universities and startups, each move backed by the "
                                       "article that reports it."),
                         "developers", developers,
                         "copyright", "© 2024 Talent Flow contributors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TfApplication *self = user_data;
  GList *windows;

  /* Closing each window lets it save its size, which quitting would skip. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
tf_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Primary>q", NULL };
  TfApplication *self = TF_APPLICATION (application);

  G_APPLICATION_CLASS (tf_application_parent_class)->startup (application);

  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}

static void
tf_application_finalize (GObject *object)
{
  TfApplication *self = TF_APPLICATION (object);

  g_free (self->csv_columns);

  G_OBJECT_CLASS (tf_application_parent_class)->finalize (object);
}

static void
tf_application_class_init (TfApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = tf_application_finalize;
  app_class->handle_local_options = tf_application_handle_local_options;
  app_class->startup = tf_application_startup;
  app_class->activate = tf_application_activate;
  app_class->open = tf_application_open;
}

static void
tf_application_init (TfApplication *self)
{
  GApplication *application = G_APPLICATION (self);

  g_application_add_main_option_entries (application, tf_summary_get_option_entries ());
  g_application_add_main_option_entries (application, tf_export_cli_get_option_entries ());
  g_application_add_main_option_entries (application, tf_extract_cli_get_option_entries ());
  g_application_add_main_option_entries (application, tf_merge_cli_get_option_entries ());
  g_application_add_main_option_entries (application, tf_csv_cli_get_option_entries ());
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

TfApplication *
tf_application_new (void)
{
  return g_object_new (TF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
