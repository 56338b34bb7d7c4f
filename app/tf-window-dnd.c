/* tf-window-dnd.c: opening files dropped on a TfWindow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-dnd"

#include "config.h"

#include "tf-window-private.h"

static gboolean
drop_cb (TfWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *files;
  GtkApplication *application;

  g_assert (TF_IS_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  /* Articles dropped on a dataset, or several at once, are imported into
   * it for review, as Import Articles… does; datasets open in windows of
   * their own. A single file on an empty window opens as before (an
   * article then goes to the review too). */
  if (self->dataset != NULL || files->next != NULL)
    {
      g_autoptr(GPtrArray) articles = g_ptr_array_new ();
      g_autoptr(GPtrArray) datasets = g_ptr_array_new ();

      for (const GSList *l = files; l != NULL; l = l->next)
        g_ptr_array_add (_tf_window_opens_as_dataset (l->data) ? datasets : articles, l->data);

      if (articles->len > 0)
        {
          application = gtk_window_get_application (GTK_WINDOW (self));
          _tf_window_import (self, articles);
          if (application != NULL && datasets->len > 0)
            g_application_open (G_APPLICATION (application),
                                (GFile **) datasets->pdata, datasets->len, "");
          return TRUE;
        }
    }

  /* The first file replaces what this window shows; any others get windows
   * of their own, as when they are opened from the command line. */
  _tf_window_load (self, files->data);

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (application != NULL && files->next != NULL)
    {
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();

      for (const GSList *l = files->next; l != NULL; l = l->next)
        g_ptr_array_add (rest, l->data);
      g_application_open (G_APPLICATION (application),
                          (GFile **) rest->pdata, rest->len, "");
    }

  return TRUE;
}

void
_tf_window_dnd_init (TfWindow *self)
{
  GtkDropTarget *target;

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
