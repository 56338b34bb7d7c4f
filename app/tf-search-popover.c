/* tf-search-popover.c: finding a person or an organization by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-search-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-label.h"
#include "tf-search-popover.h"
#include "tf-search.h"

/* A query of a few letters matches thousands at 100k people; nobody reads
 * past the first screens. */
#define MAX_RESULTS 50

struct _TfSearchPopover
{
  GtkPopover parent_instance;

  TfDataset *dataset;
  TfSearchIndex *index;           /* NULL until built, or when nothing is to be found */
  gboolean ready;
  GCancellable *index_cancellable;  /* of the build under way */
  char *query;                    /* the one listed */

  /* Template children */
  GtkSearchEntry *search_entry;
  GtkStack *stack;
  GtkSpinner *spinner;
  GtkScrolledWindow *scroller;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (TfSearchPopover, tf_search_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_READY,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *id_key = "tf-search-id";
static const char *kind_key = "tf-search-kind";

/* GtkListBox has no remove_all before GTK 4.12. */
static void
remove_results (TfSearchPopover *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
}

static const char *
describe_key (const TfSearchResult *result)
{
  switch (result->key)
    {
    case TF_SEARCH_KEY_ALIAS:
      return _("Also known as");
    case TF_SEARCH_KEY_PINYIN:
    case TF_SEARCH_KEY_INITIALS:
      return _("Pinyin");
    case TF_SEARCH_KEY_NAME:
    default:
      return NULL;
    }
}

static GtkWidget *
create_row (const TfSearchResult *result)
{
  gboolean is_person = result->kind == TF_SEARCH_PERSON;
  const char *kind = is_person ? _("Person") : _("Organization");
  const char *key = describe_key (result);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (is_person ? "avatar-default-symbolic"
                                                            : "system-users-symbolic");
  GtkWidget *name_label = gtk_label_new (NULL);
  GtkWidget *kind_label = gtk_label_new (kind);
  g_autofree char *description = NULL;

  gtk_widget_set_tooltip_text (icon, kind);
  gtk_box_append (GTK_BOX (box), icon);

  tf_label_set_text (GTK_LABEL (name_label), result->name);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (texts), name_label);

  /* What matched, when it is not the name itself: the reader typed
   * "qiyuan" and sees "Pinyin: qi yuan". */
  if (key != NULL)
    {
      GtkWidget *matched_label = gtk_label_new (NULL);
      /* Translators: "Pinyin: qi yuan", "Also known as: Yuan Qi". */
      g_autofree char *matched = g_strdup_printf (_("%s: %s"), key, result->matched);

      tf_label_set_text (GTK_LABEL (matched_label), matched);
      gtk_label_set_xalign (GTK_LABEL (matched_label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (matched_label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (matched_label, "caption");
      gtk_widget_add_css_class (matched_label, "dim-label");
      gtk_box_append (GTK_BOX (texts), matched_label);
    }
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), texts);

  gtk_widget_add_css_class (kind_label, "caption");
  gtk_widget_add_css_class (kind_label, "dim-label");
  gtk_box_append (GTK_BOX (box), kind_label);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  description = key != NULL
    ? g_strdup_printf ("%s, %s, %s %s", result->name, kind, key, result->matched)
    : g_strdup_printf ("%s, %s", result->name, kind);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  g_object_set_data_full (G_OBJECT (row), id_key, g_strdup (result->id), g_free);
  g_object_set_data (G_OBJECT (row), kind_key,
                     GINT_TO_POINTER (is_person ? TF_SEARCH_POPOVER_PERSON
                                                : TF_SEARCH_POPOVER_ORGANIZATION));

  return row;
}

/* Lists the results of the entry's text, unless they are listed already. */
static void
update_results (TfSearchPopover *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *query = g_strstrip (g_strdup (text));
  g_autoptr(GArray) results = NULL;

  gtk_spinner_set_spinning (self->spinner, self->dataset != NULL && !self->ready);

  if (query[0] == '\0')
    {
      remove_results (self);
      g_clear_pointer (&self->query, g_free);
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return;
    }

  if (self->index == NULL)
    {
      remove_results (self);
      g_clear_pointer (&self->query, g_free);
      gtk_stack_set_visible_child_name (
          self->stack, self->dataset != NULL && !self->ready ? "indexing" : "empty");
      return;
    }

  if (g_strcmp0 (query, self->query) == 0)
    return;

  remove_results (self);
  g_free (self->query);
  self->query = g_steal_pointer (&query);

  results = tf_search_index_query (self->index, self->query, TF_SEARCH_ALL, MAX_RESULTS);
  for (guint i = 0; i < results->len; i++)
    gtk_list_box_append (self->list_box,
                         create_row (&g_array_index (results, TfSearchResult, i)));

  if (results->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Enter takes the best result. */
  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, 0));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
activate_row (TfSearchPopover *self,
              GtkListBoxRow   *row)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), id_key));
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), kind_key));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[ACTIVATED], 0, kind, id);
}

static void
search_entry_search_changed_cb (TfSearchPopover *self,
                                GtkSearchEntry  *entry)
{
  g_assert (TF_IS_SEARCH_POPOVER (self));

  update_results (self);
}

static void
search_entry_activate_cb (TfSearchPopover *self,
                          GtkSearchEntry  *entry)
{
  GtkListBoxRow *row;

  g_assert (TF_IS_SEARCH_POPOVER (self));

  /* Enter may come before the typing delay is over. */
  update_results (self);
  row = gtk_list_box_get_selected_row (self->list_box);
  if (row != NULL)
    activate_row (self, row);
}

static void
search_entry_stop_search_cb (TfSearchPopover *self,
                             GtkSearchEntry  *entry)
{
  g_assert (TF_IS_SEARCH_POPOVER (self));

  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
list_box_row_activated_cb (TfSearchPopover *self,
                           GtkListBoxRow   *row,
                           GtkListBox      *list_box)
{
  g_assert (TF_IS_SEARCH_POPOVER (self));

  activate_row (self, row);
}

/* Moves the selection by delta rows, keeping it in view; the focus stays
 * in the entry, so typing goes on. */
static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TfSearchPopover *self = TF_SEARCH_POPOVER (widget);
  int delta = g_str_equal (action_name, "search.select-next") ? 1 : -1;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  GtkAdjustment *vadjustment;
  graphene_rect_t bounds;
  int position;

  position = row != NULL ? gtk_list_box_row_get_index (row) + delta : 0;
  row = gtk_list_box_get_row_at_index (self->list_box, MAX (position, 0));
  if (row == NULL)
    return;

  gtk_list_box_select_row (self->list_box, row);

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  if (gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list_box), &bounds))
    gtk_adjustment_clamp_page (vadjustment, bounds.origin.y,
                               bounds.origin.y + bounds.size.height);
}

static gboolean
search_entry_key_pressed_cb (TfSearchPopover       *self,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             GtkEventControllerKey *controller)
{
  g_assert (TF_IS_SEARCH_POPOVER (self));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return gtk_widget_activate_action (GTK_WIDGET (self), "search.select-next", NULL);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return gtk_widget_activate_action (GTK_WIDGET (self), "search.select-previous", NULL);
    default:
      return FALSE;
    }
}

static void
index_built_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TfSearchPopover) self = user_data;
  g_autoptr(TfDataset) dataset = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  TfSearchIndex *index;

  index = g_task_propagate_pointer (G_TASK (result), &error);
  if (index == NULL)
    return;

  /* A build for a dataset since replaced. */
  if (dataset != self->dataset)
    {
      tf_search_index_unref (index);
      return;
    }

  g_clear_object (&self->index_cancellable);
  self->index = index;
  self->ready = TRUE;
  update_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
build_index_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  TfDataset *dataset = task_data;

  g_task_return_pointer (task,
                         tf_search_index_new (dataset, NULL),
                         (GDestroyNotify) tf_search_index_unref);
}

static void
tf_search_popover_map (GtkWidget *widget)
{
  TfSearchPopover *self = TF_SEARCH_POPOVER (widget);

  GTK_WIDGET_CLASS (tf_search_popover_parent_class)->map (widget);

  /* Each search starts afresh, as in the Open popover of Text Editor. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_results (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
tf_search_popover_dispose (GObject *object)
{
  TfSearchPopover *self = TF_SEARCH_POPOVER (object);

  g_cancellable_cancel (self->index_cancellable);
  g_clear_object (&self->index_cancellable);

  if (self->list_box != NULL)
    remove_results (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_SEARCH_POPOVER);
  g_clear_pointer (&self->index, tf_search_index_unref);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (tf_search_popover_parent_class)->dispose (object);
}

static void
tf_search_popover_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TfSearchPopover *self = TF_SEARCH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_READY:
      g_value_set_boolean (value, tf_search_popover_get_ready (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_search_popover_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TfSearchPopover *self = TF_SEARCH_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      tf_search_popover_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_search_popover_class_init (TfSearchPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_search_popover_dispose;
  object_class->get_property = tf_search_popover_get_property;
  object_class->set_property = tf_search_popover_set_property;

  widget_class->map = tf_search_popover_map;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         TF_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfSearchPopover::activated:
   * @kind: a #TfSearchPopoverKind
   * @id: the person's or organization's id
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "search.select-next", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "search.select-previous", NULL, select_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-search-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, TfSearchPopover, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TfSearchPopover, stack);
  gtk_widget_class_bind_template_child (widget_class, TfSearchPopover, spinner);
  gtk_widget_class_bind_template_child (widget_class, TfSearchPopover, scroller);
  gtk_widget_class_bind_template_child (widget_class, TfSearchPopover, list_box);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_box_row_activated_cb);
}

static void
tf_search_popover_init (TfSearchPopover *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the entry's own keys, as Text Editor's Open popover does. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (search_entry_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);
}

GtkWidget *
tf_search_popover_new (void)
{
  return g_object_new (TF_TYPE_SEARCH_POPOVER, NULL);
}

void
tf_search_popover_set_dataset (TfSearchPopover *self,
                               TfDataset       *dataset)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TF_IS_SEARCH_POPOVER (self));
  g_return_if_fail (dataset == NULL || TF_IS_DATASET (dataset));

  if (dataset == self->dataset)
    return;

  g_cancellable_cancel (self->index_cancellable);
  g_clear_object (&self->index_cancellable);
  g_clear_pointer (&self->index, tf_search_index_unref);
  g_clear_pointer (&self->query, g_free);
  remove_results (self);
  g_set_object (&self->dataset, dataset);
  self->ready = FALSE;

  /* An article opened alone has no one to find: no thread for that. */
  if (dataset != NULL
      && tf_dataset_get_people (dataset)->len == 0
      && tf_dataset_get_organizations (dataset)->len == 0)
    self->ready = TRUE;
  else if (dataset != NULL)
    {
      self->index_cancellable = g_cancellable_new ();
      /* No source object: a GTask may be dropped last in its worker
       * thread, and a widget must be finalized in the main one. The
       * callback holds the popover and the dataset instead. */
      task = g_task_new (NULL, self->index_cancellable, index_built_cb, g_object_ref (self));
      g_task_set_source_tag (task, tf_search_popover_set_dataset);
      g_task_set_task_data (task, g_object_ref (dataset), NULL);
      g_task_run_in_thread (task, build_index_thread);
    }

  update_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

TfDataset *
tf_search_popover_get_dataset (TfSearchPopover *self)
{
  g_return_val_if_fail (TF_IS_SEARCH_POPOVER (self), NULL);

  return self->dataset;
}

gboolean
tf_search_popover_get_ready (TfSearchPopover *self)
{
  g_return_val_if_fail (TF_IS_SEARCH_POPOVER (self), FALSE);

  return self->ready;
}

void
tf_search_popover_set_text (TfSearchPopover *self,
                            const char      *text)
{
  g_return_if_fail (TF_IS_SEARCH_POPOVER (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  update_results (self);
}

guint
tf_search_popover_get_n_results (TfSearchPopover *self)
{
  guint n = 0;

  g_return_val_if_fail (TF_IS_SEARCH_POPOVER (self), 0);

  while (gtk_list_box_get_row_at_index (self->list_box, (int) n) != NULL)
    n++;

  return n;
}

const char *
tf_search_popover_get_result (TfSearchPopover     *self,
                              guint                position,
                              TfSearchPopoverKind *kind)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TF_IS_SEARCH_POPOVER (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, (int) position);
  if (row == NULL)
    return NULL;

  if (kind != NULL)
    *kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), kind_key));
  return g_object_get_data (G_OBJECT (row), id_key);
}

int
tf_search_popover_get_selected (TfSearchPopover *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TF_IS_SEARCH_POPOVER (self), -1);

  row = gtk_list_box_get_selected_row (self->list_box);
  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}
