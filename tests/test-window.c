/* test-window.c: the window on the bundled sample, opening files, the
 * narrow layout, and that a closed window leaves nothing behind. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tf-dataset-file.h"
#include "tf-move-row.h"
#include "tf-person-row.h"
#include "tf-sample.h"
#include "tf-window.h"

/* Long enough for a slow ASan build under Xvfb, short enough to fail. */
#define TIMEOUT_SECONDS 30

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until condition holds; fails the test on timeout. */
static void
spin_until (Condition condition,
            gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
window_is_idle (gpointer data)
{
  return !tf_window_get_loading (data);
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
leaflet_is_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static gpointer
get_child (TfWindow   *window,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), TF_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return child;
}

static guint
count_rows (GtkListBox *list_box)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;

  return n;
}

/* Destroys the window and checks that it, and the dataset it showed, are
 * finalized: nothing kept a reference. */
static void
destroy_and_check_finalized (TfWindow  *window,
                             TfDataset *dataset)
{
  gpointer window_pointer = window;
  gpointer dataset_pointer = dataset;

  g_object_add_weak_pointer (G_OBJECT (window), &window_pointer);
  if (dataset != NULL)
    g_object_add_weak_pointer (G_OBJECT (dataset), &dataset_pointer);

  gtk_window_destroy (GTK_WINDOW (window));
  spin_until (pointer_is_null, &window_pointer);
  if (dataset != NULL)
    spin_until (pointer_is_null, &dataset_pointer);
}

static TfDataset *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  TfDataset *dataset;

  dataset = tf_sample_load (&error);
  g_assert_no_error (error);
  g_assert_true (TF_IS_DATASET (dataset));
  return dataset;
}

static void
test_window_sample (void)
{
  TfDataset *dataset = load_sample ();
  TfWindow *window;
  GtkListBox *people_list;
  GtkListBox *moves_list;
  GtkListBoxRow *busiest = NULL;
  guint most_moves = 0;
  guint n_moves_listed = 0;
  g_autoptr(GPtrArray) expected = NULL;
  const TfPerson *person;
  guint i = 0;

  window = tf_window_new (NULL);
  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (tf_window_get_dataset (window) == dataset);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (window, "stack")), ==, "people");

  /* One row per person, each with that person's number of moves. */
  people_list = get_child (window, "people_list");
  g_assert_cmpuint (count_rows (people_list), ==, tf_dataset_get_people (dataset)->len);
  g_assert_cmpuint (count_rows (people_list), >, 0);

  for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (people_list, i)) != NULL; i++)
    {
      g_autoptr(GPtrArray) moves = NULL;
      guint n_moves = tf_person_row_get_n_moves (TF_PERSON_ROW (row));

      person = tf_person_row_get_person (TF_PERSON_ROW (row));
      g_assert_true (tf_dataset_lookup_person (dataset, person->id) == person);
      moves = tf_dataset_dup_moves_of_person (dataset, person->id);
      g_assert_cmpuint (n_moves, ==, moves->len);
      n_moves_listed += n_moves;

      if (n_moves > most_moves)
        {
          most_moves = n_moves;
          busiest = row;
        }
    }
  g_assert_nonnull (busiest);
  g_assert_cmpuint (n_moves_listed, <=, tf_dataset_get_moves (dataset)->len);

  /* Selecting a person lists their moves in date order. */
  gtk_list_box_select_row (people_list, busiest);
  person = tf_person_row_get_person (TF_PERSON_ROW (busiest));
  g_assert_cmpstr (gtk_label_get_text (get_child (window, "person_name_label")), ==, person->name);

  moves_list = get_child (window, "moves_list");
  expected = tf_dataset_dup_moves_of_person (dataset, person->id);
  g_assert_cmpuint (count_rows (moves_list), ==, expected->len);
  for (i = 0; i < expected->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (moves_list, i);

      g_assert_true (tf_move_row_get_move (TF_MOVE_ROW (row)) == g_ptr_array_index (expected, i));
    }

  destroy_and_check_finalized (window, dataset);
}

static void
test_window_open_article (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  TfWindow *window;
  TfDataset *dataset;
  const char *description;

  path = g_build_filename (g_getenv ("TF_SOURCE_DIR"), "data", "000_b1c6aaa2a0844c7d.txt", NULL);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  tf_window_open_file (window, file);
  g_assert_true (tf_window_get_loading (window));
  spin_until (window_is_idle, window);

  dataset = tf_window_get_dataset (window);
  g_assert_nonnull (dataset);
  g_assert_true (g_file_equal (tf_window_get_file (window), file));
  g_assert_cmpuint (tf_dataset_get_sources (dataset)->len, ==, 1);
  g_assert_cmpuint (tf_dataset_get_moves (dataset)->len, ==, 0);

  /* An article alone has no moves: the window says so, with its size. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (window, "stack")), ==, "no-moves");
  description = adw_status_page_get_description (get_child (window, "no_moves_page"));
  g_assert_true (g_str_has_prefix (description, "1 article, "));
  g_assert_true (g_str_has_suffix (description, " paragraphs, no moves yet"));

  destroy_and_check_finalized (window, dataset);
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_window_open_bad_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  TfWindow *window;
  AdwMessageDialog *dialog;
  gpointer dialog_pointer;

  dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "broken.talentflow", NULL);
  g_file_set_contents (path,
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<talentflow xmlns=\"" "https://talentflow.github.io/ns/1" "\" version=\"1\">\n"
                       "  <sources>\n",
                       -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  tf_window_open_file (window, file);
  spin_until (window_is_idle, window);

  /* Nothing was loaded, and the window says why, naming the file. */
  g_assert_null (tf_window_get_dataset (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (window, "stack")), ==, "empty");
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken.talentflow"));

  dialog_pointer = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &dialog_pointer);
  gtk_window_close (GTK_WINDOW (dialog));
  spin_until (pointer_is_null, &dialog_pointer);

  destroy_and_check_finalized (window, NULL);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_narrow (void)
{
  TfDataset *dataset = load_sample ();
  TfWindow *window;
  AdwLeaflet *leaflet;
  GtkListBoxRow *row;
  int minimum;

  window = tf_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);

  /* The content fits a phone-sized window. */
  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                      GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_present (GTK_WINDOW (window));
  spin_until (widget_is_mapped, window);
  leaflet = get_child (window, "leaflet");
  spin_until (leaflet_is_folded, leaflet);

  /* Folded, the list comes first, a person's moves replace it, and the
   * back button returns. */
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  row = gtk_list_box_get_row_at_index (get_child (window, "people_list"), 0);
  g_assert_nonnull (row);
  gtk_list_box_select_row (get_child (window, "people_list"), row);
  g_signal_emit_by_name (get_child (window, "people_list"), "row-activated", row);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "person");
  g_assert_true (gtk_widget_get_visible (get_child (window, "back_button")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-people", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  g_assert_false (gtk_widget_get_visible (get_child (window, "back_button")));

  destroy_and_check_finalized (window, dataset);
}

typedef struct
{
  TfWindow *window;
  GFile *file;
} WindowFile;

static gboolean
window_shows_file (gpointer data)
{
  WindowFile *window_file = data;
  GFile *file = tf_window_get_file (window_file->window);

  return file != NULL && g_file_equal (file, window_file->file);
}

static gboolean
window_has_message_dialog (gpointer data)
{
  return find_message_dialog (data) != NULL;
}

static void
test_window_save_as (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *bad_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) bad_file = NULL;
  g_autoptr(TfDataset) reloaded = NULL;
  TfDataset *dataset = load_sample ();
  TfWindow *window;
  WindowFile window_file;
  AdwMessageDialog *dialog;

  dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "sample.talentflow", NULL);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  tf_window_set_dataset (window, dataset, NULL);
  g_object_unref (dataset);
  gtk_window_present (GTK_WINDOW (window));

  /* The saved file reads back as the same dataset, and becomes the
   * window's file. */
  tf_window_save_as (window, file);
  window_file.window = window;
  window_file.file = file;
  spin_until (window_shows_file, &window_file);
  reloaded = tf_dataset_file_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, reloaded));
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));

  /* A folder that does not exist: the window says so, naming the file. */
  bad_path = g_build_filename (dir, "missing", "out.talentflow", NULL);
  bad_file = g_file_new_for_path (bad_path);
  tf_window_save_as (window, bad_file);
  spin_until (window_has_message_dialog, window);
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "out.talentflow"));
  g_assert_true (g_file_equal (tf_window_get_file (window), file));
  gtk_window_destroy (GTK_WINDOW (dialog));

  destroy_and_check_finalized (window, dataset);

  g_unlink (path);
  g_rmdir (dir);
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static void
test_window_drop_file (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *last_file = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *files;
  TfWindow *window;
  GtkDropTarget *target;
  gboolean accepted = FALSE;

  path = g_build_filename (g_getenv ("TF_SOURCE_DIR"), "data", "004_4c1bf5412017dcdf.txt", NULL);
  file = g_file_new_for_path (path);

  window = tf_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* Deliver a drop as GTK does once the user lets go of the file. */
  target = find_drop_target (GTK_WIDGET (window));
  g_assert_nonnull (target);
  files = g_slist_prepend (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_slist_free (files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  spin_until (window_is_idle, window);
  g_assert_nonnull (tf_window_get_dataset (window));
  g_assert_true (g_file_equal (tf_window_get_file (window), file));
  g_assert_cmpuint (tf_dataset_get_sources (tf_window_get_dataset (window))->len, ==, 1);

  /* The file choosers start where this file is. */
  uri = g_file_get_uri (file);
  last_file = g_settings_get_string (settings, "last-file");
  g_assert_cmpstr (last_file, ==, uri);

  destroy_and_check_finalized (window, tf_window_get_dataset (window));
}

static void
test_window_size_kept (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  TfWindow *window;
  gpointer window_pointer;
  int width;
  int height;

  g_settings_set_int (settings, "window-width", 640);
  g_settings_set_int (settings, "window-height", 480);

  /* A new window takes the size kept in the settings... */
  window = tf_window_new (NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 480);

  /* ...and keeps its own when it closes. */
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 520);
  gtk_window_present (GTK_WINDOW (window));
  spin_until (widget_is_mapped, window);

  window_pointer = window;
  g_object_add_weak_pointer (G_OBJECT (window), &window_pointer);
  gtk_window_close (GTK_WINDOW (window));
  spin_until (pointer_is_null, &window_pointer);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 520);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (int   argc,
      char *argv[])
{
  /* Without a display there is nothing to test: say so in TAP. */
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/sample", test_window_sample);
  g_test_add_func ("/window/open-article", test_window_open_article);
  g_test_add_func ("/window/open-bad-file", test_window_open_bad_file);
  g_test_add_func ("/window/narrow", test_window_narrow);
  g_test_add_func ("/window/save-as", test_window_save_as);
  g_test_add_func ("/window/drop-file", test_window_drop_file);
  g_test_add_func ("/window/size-kept", test_window_size_kept);

  return g_test_run ();
}
