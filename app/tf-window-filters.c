/* tf-window-filters.c: the filter popover of a TfWindow.
 *
 * Years, sectors and organizations narrow the people the chart shows. The
 * popover only edits the chart's filters; the chart keeps its order, so
 * what stays visible does not move.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-filters"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tf-collation.h"
#include "tf-text.h"
#include "tf-window-private.h"
#include "tf-wording.h"

#define ORGANIZATION_ID_KEY "tf-organization-id"
#define SEARCH_KEY "tf-search-key"

/* The years of the dataset's dated moves, first and last. */
static gboolean
get_move_years (TfDataset *dataset,
                int       *first,
                int       *last)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  *first = G_MAXINT;
  *last = G_MININT;
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      if (move->date.precision == TF_DATE_UNKNOWN)
        continue;
      *first = MIN (*first, move->date.year);
      *last = MAX (*last, move->date.year);
    }

  return *first <= *last;
}

static guint
get_sector_mask (TfWindow *self)
{
  GtkCheckButton *checks[TF_N_SECTORS] = {
    [TF_SECTOR_ACADEMIA] = self->academia_check,
    [TF_SECTOR_CORPORATE_LAB] = self->corporate_lab_check,
    [TF_SECTOR_COMPANY] = self->company_check,
    [TF_SECTOR_STARTUP] = self->startup_check,
  };
  guint mask = 0;

  for (guint i = 0; i < TF_N_SECTORS; i++)
    if (gtk_check_button_get_active (checks[i]))
      mask |= 1u << i;

  /* Every sector is the same as no filter. */
  if (mask == (1u << TF_N_SECTORS) - 1)
    mask = 0;
  return mask;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Hands the popover's state to the chart and marks the button when
 * something is filtered out. */
static void
apply_filters (TfWindow *self)
{
  g_autoptr(GPtrArray) ids = NULL;
  GHashTableIter iter;
  gpointer id;
  double from;
  double to;
  double lower;
  double upper;
  guint mask;
  gboolean active;

  if (self->updating_filters)
    return;

  from = gtk_adjustment_get_value (self->from_adjustment);
  to = gtk_adjustment_get_value (self->to_adjustment);
  lower = gtk_adjustment_get_lower (self->from_adjustment);
  upper = gtk_adjustment_get_upper (self->to_adjustment);
  /* The last year counts whole: a move in its November is in range. */
  if (from <= lower && to >= upper)
    tf_flow_chart_set_move_range (self->chart, 0, 0);
  else
    tf_flow_chart_set_move_range (self->chart, MIN (from, to), MAX (from, to) + 1);

  mask = get_sector_mask (self);
  tf_flow_chart_set_sector_mask (self->chart, mask);

  /* Sorted, so that the same choice is the same filter. */
  ids = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->organization_filter);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_ptr_array_add (ids, id);
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  tf_flow_chart_set_organization_ids (self->chart,
                                      ids->len > 1 ? (const char * const *) ids->pdata : NULL);

  active = !(from <= lower && to >= upper) || mask != 0 || ids->len > 1;
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filters-active");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button),
                               active ? _("Filters (some people are hidden)") : _("Filters"));
}

static void
year_range_changed_cb (TfWindow      *self,
                       GtkSpinButton *spin_button)
{
  apply_filters (self);
}

static void
sector_toggled_cb (TfWindow       *self,
                   GtkCheckButton *check_button)
{
  apply_filters (self);
}

static void
organization_toggled_cb (TfWindow       *self,
                         GtkCheckButton *check_button)
{
  const char *id = g_object_get_data (G_OBJECT (check_button), ORGANIZATION_ID_KEY);

  if (gtk_check_button_get_active (check_button))
    g_hash_table_add (self->organization_filter, g_strdup (id));
  else
    g_hash_table_remove (self->organization_filter, id);
  apply_filters (self);
}

typedef struct
{
  const TfOrganization *organization;
  char *sort_key;
} OrganizationEntry;

static int
compare_organization_entries (gconstpointer a,
                              gconstpointer b)
{
  const OrganizationEntry *entry_a = a;
  const OrganizationEntry *entry_b = b;
  int cmp;

  /* By lane, as in the chart, then by name. */
  if (entry_a->organization->sector != entry_b->organization->sector)
    return (int) entry_a->organization->sector - (int) entry_b->organization->sector;
  cmp = strcmp (entry_a->sort_key, entry_b->sort_key);
  if (cmp != 0)
    return cmp;
  return strcmp (entry_a->organization->id, entry_b->organization->id);
}

static char *
organization_search_key (const TfOrganization *organization)
{
  g_autoptr(GString) text = g_string_new (organization->name);

  for (guint i = 0; i < organization->aliases->len; i++)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (organization->aliases, i));
    }
  return tf_text_fold (text->str, (gssize) text->len);
}

static GtkWidget *
create_organization_row (TfWindow             *self,
                         const TfOrganization *organization)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *check;
  GtkWidget *sector;

  check = gtk_check_button_new_with_label (organization->name);
  gtk_widget_set_hexpand (check, TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->organization_filter, organization->id));
  g_object_set_data_full (G_OBJECT (check), ORGANIZATION_ID_KEY, g_strdup (organization->id),
                          g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (organization_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  sector = gtk_label_new (tf_wording_sector (organization->sector));
  gtk_widget_add_css_class (sector, "dim-label");
  gtk_widget_add_css_class (sector, "caption");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), sector);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), SEARCH_KEY, organization_search_key (organization),
                          g_free);
  return row;
}

/* GtkListBox has no remove_all before GTK 4.12. */
static void
list_box_remove_all (GtkListBox *list_box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}

/* The list is filled when the popover first opens: a big dataset has
 * thousands of organizations nobody may ever look for. */
static void
fill_organization_list (TfWindow *self)
{
  g_autoptr(GArray) entries = NULL;
  GPtrArray *organizations;

  if (self->organization_list_filled || self->dataset == NULL)
    return;
  self->organization_list_filled = TRUE;

  organizations = tf_dataset_get_organizations (self->dataset);
  entries = g_array_sized_new (FALSE, FALSE, sizeof (OrganizationEntry), organizations->len);
  for (guint i = 0; i < organizations->len; i++)
    {
      OrganizationEntry entry;

      entry.organization = g_ptr_array_index (organizations, i);
      entry.sort_key = tf_collation_sort_key (entry.organization->name, NULL);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_organization_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      OrganizationEntry *entry = &g_array_index (entries, OrganizationEntry, i);

      gtk_list_box_append (self->organization_list,
                           create_organization_row (self, entry->organization));
      g_free (entry->sort_key);
    }
}

static void
filter_popover_show_cb (TfWindow   *self,
                        GtkPopover *popover)
{
  fill_organization_list (self);
  /* Finding an organization is what needs the keyboard. */
  gtk_widget_grab_focus (GTK_WIDGET (self->organization_search_entry));
}

static gboolean
organization_row_visible (GtkListBoxRow *row,
                          gpointer       user_data)
{
  TfWindow *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->organization_search_entry));
  g_autofree char *folded = NULL;
  const char *key;

  if (text[0] == '\0')
    return TRUE;

  key = g_object_get_data (G_OBJECT (row), SEARCH_KEY);
  folded = tf_text_fold (text, -1);
  return key != NULL && strstr (key, folded) != NULL;
}

static void
organization_search_changed_cb (TfWindow       *self,
                                GtkSearchEntry *entry)
{
  gtk_list_box_invalidate_filter (self->organization_list);
}

void
_tf_window_reset_filters (TfWindow *self)
{
  int first = 0;
  int last = 0;
  gboolean has_years;

  g_assert (TF_IS_WINDOW (self));

  self->updating_filters = TRUE;

  has_years = self->dataset != NULL && get_move_years (self->dataset, &first, &last);
  if (!has_years)
    {
      GDateTime *now = g_date_time_new_now_local ();

      first = last = g_date_time_get_year (now);
      g_date_time_unref (now);
    }
  gtk_adjustment_configure (self->from_adjustment, first, first, last, 1, 5, 0);
  gtk_adjustment_configure (self->to_adjustment, last, first, last, 1, 5, 0);

  gtk_check_button_set_active (self->academia_check, TRUE);
  gtk_check_button_set_active (self->corporate_lab_check, TRUE);
  gtk_check_button_set_active (self->company_check, TRUE);
  gtk_check_button_set_active (self->startup_check, TRUE);

  g_hash_table_remove_all (self->organization_filter);
  gtk_editable_set_text (GTK_EDITABLE (self->organization_search_entry), "");
  list_box_remove_all (self->organization_list);
  self->organization_list_filled = FALSE;

  self->updating_filters = FALSE;
  apply_filters (self);
}

void
_tf_window_refresh_filters (TfWindow *self)
{
  /* The list points into the dataset that was shown: it is filled again
   * from the new one when the popover next opens. */
  list_box_remove_all (self->organization_list);
  self->organization_list_filled = FALSE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->filter_popover)))
    fill_organization_list (self);
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  _tf_window_reset_filters (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->filter_popover)))
    fill_organization_list (self);
}

void
_tf_window_class_filters_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TfWindow, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, from_adjustment);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, to_adjustment);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, academia_check);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, corporate_lab_check);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, company_check);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, startup_check);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, organization_search_entry);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, organization_list);
  gtk_widget_class_bind_template_callback (widget_class, year_range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, organization_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "win.reset-filters", NULL, reset_filters_action);
}

void
_tf_window_filters_init (TfWindow *self)
{
  self->organization_filter = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_list_box_set_filter_func (self->organization_list, organization_row_visible, self, NULL);
}
