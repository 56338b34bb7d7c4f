/* tf-window.c: a Talent Flow window showing one dataset.
 *
 * Until the flow chart exists the window lists people on one side and the
 * selected person's moves on the other; on a narrow screen the leaflet shows
 * one side at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-collation.h"
#include "tf-format.h"
#include "tf-label.h"
#include "tf-move-row.h"
#include "tf-person-row.h"
#include "tf-window-private.h"

G_DEFINE_FINAL_TYPE (TfWindow, tf_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A person with what the list sorts them by. */
typedef struct
{
  const TfPerson *person;
  char *collate_key;
  guint n_moves;
} PersonEntry;

static void
person_entry_clear (gpointer data)
{
  PersonEntry *entry = data;

  g_free (entry->collate_key);
}

static int
compare_person_entries (gconstpointer a,
                        gconstpointer b)
{
  const PersonEntry *entry_a = a;
  const PersonEntry *entry_b = b;
  int cmp;

  cmp = strcmp (entry_a->collate_key, entry_b->collate_key);
  if (cmp != 0)
    return cmp;
  /* Two people may share a name; the id keeps the order stable. */
  return strcmp (entry_a->person->id, entry_b->person->id);
}

/* GtkListBox has no remove_all before GTK 4.12. */
static void
list_box_remove_all (GtkListBox *list_box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}

static void
update_back_button (TfWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  const char *leaflet_child = adw_leaflet_get_visible_child_name (self->leaflet);
  gboolean visible;

  visible = g_strcmp0 (page, "people") == 0
            && adw_leaflet_get_folded (self->leaflet)
            && g_strcmp0 (leaflet_child, "person") == 0;
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), visible);
}

static void
show_person (TfWindow       *self,
             const TfPerson *person)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *aliases = NULL;
  g_autofree char *count = NULL;
  GtkAdjustment *vadjustment;

  g_assert (TF_IS_WINDOW (self));

  list_box_remove_all (self->moves_list);

  if (person == NULL)
    {
      gtk_stack_set_visible_child_name (self->person_stack, "none");
      return;
    }

  tf_label_set_text (self->person_name_label, person->name);

  aliases = tf_format_aliases (person);
  tf_label_set_text (self->person_aliases_label, aliases);
  gtk_widget_set_visible (GTK_WIDGET (self->person_aliases_label), aliases[0] != '\0');

  moves = tf_dataset_dup_moves_of_person (self->dataset, person->id);
  count = g_strdup_printf (ngettext ("%u move", "%u moves", moves->len), moves->len);
  gtk_label_set_text (self->person_moves_label, count);

  for (guint i = 0; i < moves->len; i++)
    gtk_list_box_append (self->moves_list,
                         tf_move_row_new (self->dataset, g_ptr_array_index (moves, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->moves_list), moves->len > 0);

  vadjustment = gtk_scrolled_window_get_vadjustment (self->person_scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  gtk_stack_set_visible_child_name (self->person_stack, "person");
}

static void
people_list_selected_rows_changed_cb (TfWindow   *self,
                                      GtkListBox *list_box)
{
  GtkListBoxRow *row;

  g_assert (TF_IS_WINDOW (self));

  row = gtk_list_box_get_selected_row (list_box);
  show_person (self, row != NULL ? tf_person_row_get_person (TF_PERSON_ROW (row)) : NULL);
}

static void
people_list_row_activated_cb (TfWindow      *self,
                              GtkListBoxRow *row,
                              GtkListBox    *list_box)
{
  g_assert (TF_IS_WINDOW (self));

  /* Folded, the moves are on the other page of the leaflet: go there. */
  adw_leaflet_set_visible_child_name (self->leaflet, "person");
}

static void
leaflet_notify_cb (TfWindow   *self,
                   GParamSpec *pspec,
                   AdwLeaflet *leaflet)
{
  update_back_button (self);
}

static void
show_people_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
  gtk_widget_grab_focus (GTK_WIDGET (self->people_list));
}

static void
fill_people_list (TfWindow *self)
{
  g_autoptr(GHashTable) n_moves = NULL;
  g_autoptr(GArray) entries = NULL;
  GPtrArray *people;
  GPtrArray *moves;

  g_assert (TF_IS_WINDOW (self));

  list_box_remove_all (self->people_list);
  if (self->dataset == NULL)
    return;

  people = tf_dataset_get_people (self->dataset);
  moves = tf_dataset_get_moves (self->dataset);

  n_moves = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);
      guint n;

      if (move->person_id == NULL)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (n_moves, move->person_id));
      g_hash_table_insert (n_moves, move->person_id, GUINT_TO_POINTER (n + 1));
    }

  /* ICU collation of the user's language: pinyin order in Chinese. The
   * keys are computed once, not at every comparison. */
  entries = g_array_sized_new (FALSE, TRUE, sizeof (PersonEntry), people->len);
  g_array_set_clear_func (entries, person_entry_clear);
  for (guint i = 0; i < people->len; i++)
    {
      const TfPerson *person = g_ptr_array_index (people, i);
      PersonEntry entry;

      entry.person = person;
      entry.collate_key = tf_collation_sort_key (person->name, NULL);
      entry.n_moves = GPOINTER_TO_UINT (g_hash_table_lookup (n_moves, person->id));
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_person_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      const PersonEntry *entry = &g_array_index (entries, PersonEntry, i);

      gtk_list_box_append (self->people_list,
                           tf_person_row_new (self->dataset, entry->person, entry->n_moves));
    }
}

static char *
describe_empty_dataset (TfDataset *dataset)
{
  guint n_sources = tf_dataset_get_sources (dataset)->len;
  guint n_paragraphs = tf_dataset_count_paragraphs (dataset);
  g_autofree char *sources = NULL;
  g_autofree char *paragraphs = NULL;

  sources = g_strdup_printf (ngettext ("%u article", "%u articles", n_sources), n_sources);
  paragraphs = g_strdup_printf (ngettext ("%u paragraph", "%u paragraphs", n_paragraphs),
                                n_paragraphs);
  /* Translators: the first %s is "N articles", the second "N paragraphs". */
  return g_strdup_printf (_("%s, %s, no moves yet"), sources, paragraphs);
}

static const char *
dataset_display_title (TfDataset *dataset)
{
  const char *title = tf_dataset_get_title (dataset);
  GPtrArray *sources;

  if (title != NULL && title[0] != '\0')
    return title;

  /* An article opened on its own is best named by its headline. */
  sources = tf_dataset_get_sources (dataset);
  if (sources->len == 1)
    {
      const TfSource *source = g_ptr_array_index (sources, 0);

      if (source->title != NULL && source->title[0] != '\0')
        return source->title;
    }

  return _("Untitled Dataset");
}

static void
update_title (TfWindow *self)
{
  g_autofree char *subtitle = NULL;

  g_assert (TF_IS_WINDOW (self));

  if (self->dataset == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Talent Flow"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Talent Flow"));
      return;
    }

  if (self->file != NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (self->file);

      subtitle = g_path_get_basename (parse_name);
    }
  else if (self->is_sample)
    subtitle = g_strdup (_("Bundled Sample"));

  adw_window_title_set_title (self->window_title, dataset_display_title (self->dataset));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), dataset_display_title (self->dataset));
}

/* Picks the page for what the window holds: nothing, a spinner, an empty
 * dataset, or the people. */
static void
update_content (TfWindow *self)
{
  g_assert (TF_IS_WINDOW (self));

  gtk_spinner_set_spinning (self->spinner, self->loading);

  if (self->loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else if (self->dataset == NULL)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (tf_dataset_get_moves (self->dataset)->len == 0)
    {
      g_autofree char *description = describe_empty_dataset (self->dataset);

      adw_status_page_set_description (self->no_moves_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-moves");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "people");

  update_back_button (self);
}

void
_tf_window_set_loading (TfWindow *self,
                        gboolean  loading)
{
  g_assert (TF_IS_WINDOW (self));

  loading = !!loading;
  if (self->loading == loading)
    return;

  self->loading = loading;
  update_content (self);
  _tf_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_tf_window_set_file (TfWindow *self,
                     GFile    *file)
{
  g_assert (TF_IS_WINDOW (self));
  g_assert (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    {
      if (file != NULL)
        self->is_sample = FALSE;
      update_title (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
}

void
_tf_window_set_dataset_full (TfWindow  *self,
                             TfDataset *dataset,
                             GFile     *file,
                             gboolean   is_sample)
{
  GtkListBoxRow *first;

  g_assert (TF_IS_WINDOW (self));
  g_assert (dataset == NULL || TF_IS_DATASET (dataset));
  g_assert (file == NULL || G_IS_FILE (file));

  /* Rows borrow records from the dataset: drop them before it goes. */
  list_box_remove_all (self->moves_list);
  list_box_remove_all (self->people_list);

  g_set_object (&self->dataset, dataset);
  self->is_sample = is_sample;
  _tf_window_set_file (self, file);

  fill_people_list (self);
  gtk_stack_set_visible_child_name (self->person_stack, "none");

  /* Side by side, start with someone's moves rather than an empty pane;
   * folded, start from the list. */
  first = gtk_list_box_get_row_at_index (self->people_list, 0);
  if (first != NULL && !adw_leaflet_get_folded (self->leaflet))
    gtk_list_box_select_row (self->people_list, first);
  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");

  update_title (self);
  update_content (self);
  _tf_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

static void
restore_window_state (TfWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  g_settings_get (self->settings, "window-width", "i", &width);
  g_settings_get (self->settings, "window-height", "i", &height);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (TfWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  /* GTK 4 keeps the default size in step with the unmaximized size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

void
_tf_window_remember_file (TfWindow *self,
                          GFile    *file)
{
  g_autofree char *uri = NULL;

  g_assert (TF_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  if (self->settings == NULL)
    return;

  uri = g_file_get_uri (file);
  g_settings_set_string (self->settings, "last-file", uri);
}

void
_tf_window_show_error (TfWindow   *self,
                       const char *heading,
                       const char *message)
{
  GtkWidget *dialog;

  g_assert (TF_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
tf_window_close_request (GtkWindow *window)
{
  save_window_state (TF_WINDOW (window));

  return GTK_WINDOW_CLASS (tf_window_parent_class)->close_request (window);
}

static void
tf_window_dispose (GObject *object)
{
  TfWindow *self = TF_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_cancellable_cancel (self->save_cancellable);
  g_clear_object (&self->save_cancellable);

  if (self->file_chooser != NULL)
    {
      /* Its response must not reach a window that is going away. */
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }

  /* The list reports its rows going away as a change of selection, which
   * must not reach a half-disposed window. */
  if (self->people_list != NULL)
    g_signal_handlers_disconnect_by_data (self->people_list, self);

  /* The rows borrow from the dataset, so they go first. */
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_WINDOW);

  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tf_window_parent_class)->dispose (object);
}

static void
tf_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TfWindow *self = TF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_window_class_init (TfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tf_window_dispose;
  object_class->get_property = tf_window_get_property;

  window_class->close_request = tf_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         TF_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, no_moves_page);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, people_list);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, person_stack);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, person_scroller);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, person_name_label);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, person_aliases_label);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, person_moves_label);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, moves_list);
  gtk_widget_class_bind_template_callback (widget_class, people_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, people_list_selected_rows_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-people", NULL, show_people_action);

  _tf_window_class_actions_init (widget_class);

  g_type_ensure (TF_TYPE_PERSON_ROW);
  g_type_ensure (TF_TYPE_MOVE_ROW);
}

static void
tf_window_init (TfWindow *self)
{
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (leaflet_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child-name",
                           G_CALLBACK (leaflet_notify_cb), self, G_CONNECT_SWAPPED);

  /* Running from the build tree without GSETTINGS_SCHEMA_DIR must not
   * abort: the window then simply forgets its size. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_message ("GSettings schema %s is not installed; window size will not be kept", APP_ID);

  restore_window_state (self);
  _tf_window_dnd_init (self);
  update_title (self);
  update_content (self);
  _tf_window_update_actions (self);
}

TfWindow *
tf_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TF_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

TfDataset *
tf_window_get_dataset (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), NULL);

  return self->dataset;
}

GFile *
tf_window_get_file (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
tf_window_get_loading (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), FALSE);

  return self->loading;
}

void
tf_window_set_dataset (TfWindow  *self,
                       TfDataset *dataset,
                       GFile     *file)
{
  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || TF_IS_DATASET (dataset));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  _tf_window_set_dataset_full (self, dataset, file, FALSE);
}

void
tf_window_open_file (TfWindow *self,
                     GFile    *file)
{
  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _tf_window_load (self, file);
}

void
tf_window_open_sample (TfWindow *self)
{
  g_return_if_fail (TF_IS_WINDOW (self));

  _tf_window_load (self, NULL);
}

void
tf_window_save_as (TfWindow *self,
                   GFile    *file)
{
  g_return_if_fail (TF_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->dataset != NULL);

  _tf_window_save (self, file);
}
