/* tf-presentation-window.c: presentation mode's full-screen window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-presentation-window.h"

struct _TfPresentationWindow
{
  AdwWindow parent_instance;

  TfPresentationView *view;
};

G_DEFINE_FINAL_TYPE (TfPresentationWindow, tf_presentation_window, ADW_TYPE_WINDOW)

/* Remembered for the session: a presentation starts stepping the way the
 * last one ended. */
static TfPresentationMode session_mode = TF_PRESENTATION_BY_YEAR;

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tf_presentation_view_next (TF_PRESENTATION_WINDOW (widget)->view);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  tf_presentation_view_previous (TF_PRESENTATION_WINDOW (widget)->view);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  tf_presentation_view_first (TF_PRESENTATION_WINDOW (widget)->view);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tf_presentation_view_last (TF_PRESENTATION_WINDOW (widget)->view);
}

static void
toggle_mode_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfPresentationView *view = TF_PRESENTATION_WINDOW (widget)->view;

  session_mode = tf_presentation_view_get_mode (view) == TF_PRESENTATION_BY_YEAR
                     ? TF_PRESENTATION_BY_MOVE
                     : TF_PRESENTATION_BY_YEAR;
  tf_presentation_view_set_mode (view, session_mode);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  tf_presentation_window_leave (TF_PRESENTATION_WINDOW (widget));
}

static gboolean
tf_presentation_window_close_request (GtkWindow *window)
{
  GtkWindow *parent = gtk_window_get_transient_for (window);

  /* However it is closed, the window it came from gets the focus back. */
  if (parent != NULL)
    gtk_window_present (parent);
  return GTK_WINDOW_CLASS (tf_presentation_window_parent_class)->close_request (window);
}

static void
tf_presentation_window_class_init (TfPresentationWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  window_class->close_request = tf_presentation_window_close_request;

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "presentation.toggle-mode", NULL,
                                   toggle_mode_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);
}

/* The keys, caught before anything else sees them: GtkWindow binds the
 * arrows to moving the focus, and its bindings come before a subclass's. */
static void
add_shortcuts (TfPresentationWindow *self)
{
  static const struct
  {
    guint keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_Right, "presentation.next" },
    { GDK_KEY_KP_Right, "presentation.next" },
    { GDK_KEY_Page_Down, "presentation.next" },
    { GDK_KEY_KP_Page_Down, "presentation.next" },
    { GDK_KEY_space, "presentation.next" },
    { GDK_KEY_KP_Space, "presentation.next" },
    { GDK_KEY_Left, "presentation.previous" },
    { GDK_KEY_KP_Left, "presentation.previous" },
    { GDK_KEY_Page_Up, "presentation.previous" },
    { GDK_KEY_KP_Page_Up, "presentation.previous" },
    { GDK_KEY_BackSpace, "presentation.previous" },
    { GDK_KEY_Home, "presentation.first" },
    { GDK_KEY_KP_Home, "presentation.first" },
    { GDK_KEY_End, "presentation.last" },
    { GDK_KEY_KP_End, "presentation.last" },
    { GDK_KEY_m, "presentation.toggle-mode" },
    { GDK_KEY_Escape, "presentation.leave" },
    { GDK_KEY_F5, "presentation.leave" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (controller),
        gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                          gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
tf_presentation_window_init (TfPresentationWindow *self)
{
  self->view = TF_PRESENTATION_VIEW (tf_presentation_view_new ());
  tf_presentation_view_set_mode (self->view, session_mode);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->view));
  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  /* Nothing but the chart, even where full screen is not honoured. */
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  add_shortcuts (self);
}

TfPresentationWindow *
tf_presentation_window_new (GtkWindow   *parent,
                            TfFlowChart *chart)
{
  TfPresentationWindow *self;
  GdkSurface *surface;
  GdkMonitor *monitor = NULL;
  double move_from;
  double move_to;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TF_IS_FLOW_CHART (chart), NULL);

  self = g_object_new (TF_TYPE_PRESENTATION_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "application", gtk_window_get_application (parent),
                       NULL);

  tf_flow_chart_get_move_range (chart, &move_from, &move_to);
  tf_presentation_view_set_dataset (self->view, tf_flow_chart_get_dataset (chart),
                                    tf_flow_chart_get_careers (chart));
  tf_presentation_view_set_filters (self->view, move_from, move_to,
                                    tf_flow_chart_get_sector_mask (chart),
                                    tf_flow_chart_get_organization_ids (chart),
                                    tf_flow_chart_get_aggregate (chart));

  /* The monitor's size even where full screen is not honoured (no window
   * manager). */
  surface = gtk_native_get_surface (GTK_NATIVE (parent));
  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)),
                                                  surface);
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));

  return self;
}

TfPresentationView *
tf_presentation_window_get_view (TfPresentationWindow *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_WINDOW (self), NULL);

  return self->view;
}

void
tf_presentation_window_leave (TfPresentationWindow *self)
{
  GtkWindow *parent;

  g_return_if_fail (TF_IS_PRESENTATION_WINDOW (self));

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_window_present (parent);
  gtk_window_destroy (GTK_WINDOW (self));
}
