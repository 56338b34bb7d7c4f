/* tf-test-ui.c: helpers shared by the UI tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-test-ui"

#include "config.h"

#include "tf-flow-chart.h"
#include "tf-sample.h"
#include "tf-search-popover.h"
#include "tf-test-ui.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* Long enough for a 10k-person chart under the sanitizers on a busy
 * two-core machine (30 s was not, once); meson's own timeout still
 * bounds the whole test. */
#define TIMEOUT_SECONDS 100

/* The tests move a pointer of their own with synthetic events. The real
 * one (Xvfb puts it in the middle of the screen) would be inside their
 * windows, which open at the top left, and GTK would mix its crossings and
 * motions with the test's: a panel sliding under it, say, sends the chart
 * a leave the test did not ask for. It goes to the screen's far corner,
 * outside every test window. */
static void
move_real_pointer_away (void)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gdk_display_get_default ();

  if (GDK_IS_X11_DISPLAY (display))
    {
      Display *xdisplay = gdk_x11_display_get_xdisplay (display);
      Screen *screen = DefaultScreenOfDisplay (xdisplay);

      XWarpPointer (xdisplay, None, RootWindowOfScreen (screen), 0, 0, 0, 0,
                    WidthOfScreen (screen) - 1, HeightOfScreen (screen) - 1);
      XSync (xdisplay, False);
    }
#endif
}

/* Initializes GTK, the test framework and libadwaita. Without a display
 * there is nothing to test: says so in TAP and returns FALSE. */
gboolean
tf_test_ui_init (int    *argc,
                 char ***argv)
{
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  move_real_pointer_away ();

  g_test_init (argc, argv, NULL);
  adw_init ();
  return TRUE;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until condition holds; fails the test on timeout. */
void
tf_test_spin_until (TfTestCondition condition,
                    gpointer        data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

/* data points to a weak pointer. */
gboolean
tf_test_pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

gboolean
tf_test_widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* data is a TfFlowChart; its layout is there and no newer one is on the
 * way. */
gboolean
tf_test_chart_has_layout (gpointer data)
{
  return tf_flow_chart_get_layout (data) != NULL && !tf_flow_chart_get_busy (data);
}

gboolean
tf_test_search_is_ready (gpointer data)
{
  return tf_search_popover_get_ready (data);
}

TfDataset *
tf_test_load_sample (void)
{
  g_autoptr(GError) error = NULL;
  TfDataset *dataset;

  dataset = tf_sample_load (&error);
  g_assert_no_error (error);
  g_assert_true (TF_IS_DATASET (dataset));
  return dataset;
}

/* The template child of the window called name; fails if there is none. */
gpointer
tf_test_get_child (TfWindow   *window,
                   const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), TF_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return child;
}

/* The first controller of widget of the given type; fails if there is
 * none. */
gpointer
tf_test_find_controller (GtkWidget *widget,
                         GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_assert_not_reached ();
}

/* Destroys window and checks that it, and each object after it up to
 * NULL, are finalized: nothing kept a reference. */
void
tf_test_destroy_and_check_finalized (GtkWindow *window,
                                     ...)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  g_autofree gpointer *pointers = NULL;
  gpointer object;
  va_list args;

  g_ptr_array_add (objects, window);
  va_start (args, window);
  while ((object = va_arg (args, gpointer)) != NULL)
    g_ptr_array_add (objects, object);
  va_end (args);

  /* Each weak pointer needs a place that outlives its object. */
  pointers = g_new (gpointer, objects->len);
  for (guint i = 0; i < objects->len; i++)
    {
      pointers[i] = g_ptr_array_index (objects, i);
      g_object_add_weak_pointer (G_OBJECT (pointers[i]), &pointers[i]);
    }

  gtk_window_destroy (window);
  for (guint i = 0; i < objects->len; i++)
    tf_test_spin_until (tf_test_pointer_is_null, &pointers[i]);
}
