/* tf-window-presentation.c: the window's way into presentation mode.
 *
 * win.present (F5 and the header bar's button) opens a
 * TfPresentationWindow on what the chart shows, or closes the one open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-presentation-window.h"
#include "tf-window-private.h"

/* The window's presentation, while one is open. */
#define PRESENTATION_KEY "tf-presentation-window"

static void
presentation_destroyed_cb (GtkWidget *presentation,
                           TfWindow  *self)
{
  if (g_object_get_data (G_OBJECT (self), PRESENTATION_KEY) == presentation)
    g_object_set_data (G_OBJECT (self), PRESENTATION_KEY, NULL);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  TfPresentationWindow *presentation = g_object_get_data (G_OBJECT (self), PRESENTATION_KEY);

  if (presentation != NULL)
    {
      tf_presentation_window_leave (presentation);
      return;
    }

  /* Only a chart can be presented: not a welcome page, nor a dataset
   * without moves. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "chart") != 0
      || tf_flow_chart_get_dataset (self->chart) == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Open a dataset with moves to present it")));
      return;
    }

  presentation = tf_presentation_window_new (GTK_WINDOW (self), self->chart);
  g_object_set_data (G_OBJECT (self), PRESENTATION_KEY, presentation);
  g_signal_connect_object (presentation, "destroy", G_CALLBACK (presentation_destroyed_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (presentation));
}

void
_tf_window_class_presentation_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
}
