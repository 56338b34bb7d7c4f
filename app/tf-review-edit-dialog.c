/* tf-review-edit-dialog.c: editing a suggested move before accepting it.
 *
 * Every field of the suggestion, in a grid. The names complete from the
 * dataset's people and organizations; a name it does not have is kept as
 * typed, and the import creates its record on accepting. The window's
 * Edit Move… uses it too, on a move described as a suggestion.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-review-edit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-name-completion.h"
#include "tf-review-edit-dialog.h"
#include "tf-wording.h"

struct _TfReviewEditDialog
{
  AdwWindow parent_instance;

  TfDataset *dataset;         /* nullable */
  TfSuggestion *suggestion;   /* borrowed */

  GtkWidget *person_entry;
  GtkWidget *from_entry;
  GtkWidget *to_entry;
  GtkWidget *year_spin;
  GtkWidget *month_spin;
  GtkWidget *day_spin;
  GtkWidget *precision_dropdown;
  GtkWidget *kind_dropdown;
  GtkWidget *status_dropdown;
  GtkWidget *role_entry;
  GtkWidget *group_spin;
  GtkWidget *concurrent_check;
};

G_DEFINE_FINAL_TYPE (TfReviewEditDialog, tf_review_edit_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const TfMoveKind kinds[] = {
  TF_MOVE_JOIN, TF_MOVE_LEAVE, TF_MOVE_FOUND, TF_MOVE_RETURN_ACADEMIA,
  TF_MOVE_TRANSFER, TF_MOVE_APPOINTED, TF_MOVE_OTHER,
};

static const TfMoveStatus statuses[] = {
  TF_MOVE_STATUS_REPORTED, TF_MOVE_STATUS_PLANNED, TF_MOVE_STATUS_RUMOURED,
};

static const char *
find_person_id (TfDataset  *dataset,
                const char *name)
{
  GPtrArray *people;

  if (dataset == NULL || name == NULL)
    return NULL;
  people = tf_dataset_get_people (dataset);
  for (guint i = 0; i < people->len; i++)
    {
      const TfPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (person->name, name) == 0)
        return person->id;
      for (guint j = 0; j < person->aliases->len; j++)
        if (g_strcmp0 (g_ptr_array_index (person->aliases, j), name) == 0)
          return person->id;
    }
  return NULL;
}

static const TfOrganization *
find_organization (TfDataset  *dataset,
                   const char *name)
{
  GPtrArray *organizations;

  if (dataset == NULL || name == NULL)
    return NULL;
  organizations = tf_dataset_get_organizations (dataset);
  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);

      if (g_strcmp0 (organization->name, name) == 0)
        return organization;
      for (guint j = 0; j < organization->aliases->len; j++)
        if (g_strcmp0 (g_ptr_array_index (organization->aliases, j), name) == 0)
          return organization;
    }
  return NULL;
}

/* The entry's text, trimmed; NULL when empty. */
static char *
dup_entry_text (GtkWidget *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
save_place (TfReviewEditDialog *self,
            TfSuggestedPlace   *place,
            GtkWidget          *entry)
{
  g_autofree char *name = dup_entry_text (entry);
  const TfOrganization *organization;

  if (g_strcmp0 (name, place->name) == 0)
    return;

  g_free (place->name);
  place->name = g_steal_pointer (&name);
  g_clear_pointer (&place->org_id, g_free);
  place->unnamed = FALSE;

  /* A name the dataset knows links to its record; a new one keeps the
   * sector it had and becomes a new organization on accepting. */
  organization = find_organization (self->dataset, place->name);
  if (organization != NULL)
    {
      place->org_id = g_strdup (organization->id);
      place->sector = organization->sector;
      place->sector_known = TRUE;
    }
  else if (place->name == NULL)
    place->sector_known = FALSE;
}

void
tf_review_edit_dialog_save (TfReviewEditDialog *self)
{
  TfSuggestion *suggestion;
  g_autofree char *person = NULL;
  TfDate date = { 0, };
  guint kind;
  guint status;

  g_return_if_fail (TF_IS_REVIEW_EDIT_DIALOG (self));

  suggestion = self->suggestion;

  person = dup_entry_text (self->person_entry);
  if (g_strcmp0 (person, suggestion->person) != 0)
    {
      const char *id = find_person_id (self->dataset, person);

      g_free (suggestion->person);
      suggestion->person = g_steal_pointer (&person);
      g_free (suggestion->person_id);
      suggestion->person_id = g_strdup (id);
    }

  save_place (self, &suggestion->from, self->from_entry);
  save_place (self, &suggestion->to, self->to_entry);

  date.precision = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->precision_dropdown));
  if (date.precision > TF_DATE_DAY)
    date.precision = TF_DATE_UNKNOWN;
  if (date.precision >= TF_DATE_YEAR)
    date.year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->year_spin));
  if (date.precision >= TF_DATE_MONTH)
    date.month = CLAMP (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->month_spin)),
                        1, 12);
  if (date.precision >= TF_DATE_DAY)
    date.day = CLAMP (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->day_spin)), 1, 31);
  /* What the user confirms is stated, not derived. */
  if (!tf_date_equal (&date, &suggestion->date))
    suggestion->date = date;

  kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->kind_dropdown));
  if (kind < G_N_ELEMENTS (kinds))
    suggestion->kind = kinds[kind];
  status = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->status_dropdown));
  if (status < G_N_ELEMENTS (statuses))
    suggestion->status = statuses[status];

  g_free (suggestion->role);
  suggestion->role = dup_entry_text (self->role_entry);
  suggestion->group_size = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->group_spin));
  suggestion->concurrent = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->concurrent_check));

  g_signal_emit (self, signals[SAVED], 0, suggestion);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
precision_changed_cb (TfReviewEditDialog *self)
{
  guint precision = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->precision_dropdown));

  gtk_widget_set_sensitive (self->year_spin, precision >= TF_DATE_YEAR);
  gtk_widget_set_sensitive (self->month_spin, precision >= TF_DATE_MONTH);
  gtk_widget_set_sensitive (self->day_spin, precision >= TF_DATE_DAY);
}

static void
attach_row (GtkGrid    *grid,
            int         row,
            const char *mnemonic,
            GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
}

static GtkWidget *
new_spin (double lower,
          double upper,
          double value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  return spin;
}

static void
build (TfReviewEditDialog *self)
{
  TfSuggestion *suggestion = self->suggestion;
  const char *precisions[] = {
    C_("date precision", "Unknown"), C_("date precision", "Year"),
    C_("date precision", "Month"), C_("date precision", "Day"), NULL
  };
  const char *kind_names[G_N_ELEMENTS (kinds) + 1];
  const char *status_names[] = {
    C_("move status", "Reported"), C_("move status", "Planned"),
    C_("move status", "Rumoured"), NULL
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *date_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  TfDate *date = &suggestion->date;
  int row = 0;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Suggested Move"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (tf_review_edit_dialog_save), self);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  gtk_box_append (GTK_BOX (box), header);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);

  self->person_entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->person_entry),
                         suggestion->person != NULL ? suggestion->person : "");
  gtk_entry_set_activates_default (GTK_ENTRY (self->person_entry), TRUE);
  tf_name_completion_attach (self->person_entry, self->dataset, TF_RECORD_PERSON);
  attach_row (GTK_GRID (grid), row++, _("_Person"), self->person_entry);

  self->from_entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry),
                         suggestion->from.name != NULL ? suggestion->from.name : "");
  gtk_entry_set_activates_default (GTK_ENTRY (self->from_entry), TRUE);
  tf_name_completion_attach (self->from_entry, self->dataset, TF_RECORD_ORGANIZATION);
  attach_row (GTK_GRID (grid), row++, C_("move", "_From"), self->from_entry);

  self->to_entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry),
                         suggestion->to.name != NULL ? suggestion->to.name : "");
  gtk_entry_set_activates_default (GTK_ENTRY (self->to_entry), TRUE);
  tf_name_completion_attach (self->to_entry, self->dataset, TF_RECORD_ORGANIZATION);
  attach_row (GTK_GRID (grid), row++, C_("move", "_To"), self->to_entry);

  self->precision_dropdown = gtk_drop_down_new_from_strings (precisions);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->precision_dropdown), date->precision);
  g_signal_connect_swapped (self->precision_dropdown, "notify::selected",
                            G_CALLBACK (precision_changed_cb), self);
  self->year_spin = new_spin (1900, 2100, date->precision >= TF_DATE_YEAR ? date->year : 2024);
  self->month_spin = new_spin (1, 12, date->month > 0 ? date->month : 1);
  self->day_spin = new_spin (1, 31, date->day > 0 ? date->day : 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->month_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Month"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day"), -1);
  gtk_box_append (GTK_BOX (date_box), self->year_spin);
  gtk_box_append (GTK_BOX (date_box), self->month_spin);
  gtk_box_append (GTK_BOX (date_box), self->day_spin);
  attach_row (GTK_GRID (grid), row++, _("_Date"), date_box);
  attach_row (GTK_GRID (grid), row++, _("Pr_ecision"), self->precision_dropdown);
  precision_changed_cb (self);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kind_names[i] = tf_wording_move_kind (kinds[i]);
  kind_names[G_N_ELEMENTS (kinds)] = NULL;
  self->kind_dropdown = gtk_drop_down_new_from_strings (kind_names);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == suggestion->kind)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind_dropdown), i);
  attach_row (GTK_GRID (grid), row++, _("_Kind"), self->kind_dropdown);

  self->status_dropdown = gtk_drop_down_new_from_strings (status_names);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (statuses[i] == suggestion->status)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_dropdown), i);
  attach_row (GTK_GRID (grid), row++, _("_Status"), self->status_dropdown);

  self->role_entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->role_entry),
                         suggestion->role != NULL ? suggestion->role : "");
  gtk_entry_set_activates_default (GTK_ENTRY (self->role_entry), TRUE);
  attach_row (GTK_GRID (grid), row++, _("_Role"), self->role_entry);

  self->group_spin = new_spin (1, 100000, MAX (suggestion->group_size, 1));
  attach_row (GTK_GRID (grid), row++, _("_Group size"), self->group_spin);

  self->concurrent_check = gtk_check_button_new_with_mnemonic (
    _("_Held alongside the earlier affiliations"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->concurrent_check), suggestion->concurrent);
  gtk_grid_attach (GTK_GRID (grid), self->concurrent_check, 1, row++, 1, 1);

  gtk_box_append (GTK_BOX (box), grid);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
tf_review_edit_dialog_dispose (GObject *object)
{
  TfReviewEditDialog *self = TF_REVIEW_EDIT_DIALOG (object);

  g_clear_object (&self->dataset);
  self->suggestion = NULL;

  G_OBJECT_CLASS (tf_review_edit_dialog_parent_class)->dispose (object);
}

static void
tf_review_edit_dialog_class_init (TfReviewEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_review_edit_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tf_review_edit_dialog_init (TfReviewEditDialog *self)
{
}

GtkWidget *
tf_review_edit_dialog_new (GtkWindow    *parent,
                           TfDataset    *dataset,
                           TfSuggestion *suggestion)
{
  TfReviewEditDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (dataset == NULL || TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (suggestion != NULL, NULL);

  self = g_object_new (TF_TYPE_REVIEW_EDIT_DIALOG,
                       "modal", TRUE,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;
  self->suggestion = suggestion;
  build (self);

  return GTK_WIDGET (self);
}
