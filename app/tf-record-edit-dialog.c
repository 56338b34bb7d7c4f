/* tf-record-edit-dialog.c: editing or adding a person or an organization.
 *
 * A person has a name, aliases and a note; an organization a name,
 * aliases, a sector, the organization it is part of (completed from the
 * dataset) and a country.
 * Aliases are written in one field, separated by semicolons, since names
 * themselves may hold commas ("University of California, Berkeley").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-record-edit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-edits.h"
#include "tf-name-completion.h"
#include "tf-record-edit-dialog.h"
#include "tf-wording.h"

struct _TfRecordEditDialog
{
  AdwWindow parent_instance;

  TfDataset *dataset;
  TfRecordKind kind;
  gpointer record;  /* owned copy */

  GtkWidget *name_row;
  GtkWidget *aliases_row;
  GtkWidget *note_row;
  GtkWidget *sector_row;
  GtkWidget *parent_entry;
  GtkWidget *country_row;
};

G_DEFINE_FINAL_TYPE (TfRecordEditDialog, tf_record_edit_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ALIAS_SEPARATOR ";"

static char *
dup_trimmed (GtkWidget *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
join_aliases (GPtrArray *aliases)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < aliases->len; i++)
    {
      if (i > 0)
        g_string_append (joined, ALIAS_SEPARATOR " ");
      g_string_append (joined, g_ptr_array_index (aliases, i));
    }
  return g_string_free (joined, FALSE);
}

static void
split_aliases (const char *text,
               const char *name,
               GPtrArray  *aliases)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ";；", -1);

  g_ptr_array_set_size (aliases, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *alias = g_strstrip (parts[i]);

      if (alias[0] != '\0' && g_strcmp0 (alias, name) != 0
          && !g_ptr_array_find_with_equal_func (aliases, alias, g_str_equal, NULL))
        g_ptr_array_add (aliases, g_strdup (alias));
    }
}

static void
mark_error (GtkWidget *widget,
            gboolean   error)
{
  if (error)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_grab_focus (widget);
    }
  else
    gtk_widget_remove_css_class (widget, "error");
}

gboolean
tf_record_edit_dialog_save (TfRecordEditDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *aliases = NULL;
  gpointer record;

  g_return_val_if_fail (TF_IS_RECORD_EDIT_DIALOG (self), FALSE);

  name = dup_trimmed (self->name_row);
  mark_error (self->name_row, name == NULL);
  if (name == NULL)
    return FALSE;
  aliases = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->aliases_row)));

  if (self->kind == TF_RECORD_PERSON)
    {
      TfPerson *person = self->record;

      g_free (person->name);
      person->name = g_steal_pointer (&name);
      split_aliases (aliases, person->name, person->aliases);
      g_free (person->note);
      person->note = dup_trimmed (self->note_row);
    }
  else
    {
      TfOrganization *organization = self->record;
      g_autofree char *parent_name = dup_trimmed (self->parent_entry);
      g_autofree char *country = dup_trimmed (self->country_row);
      const TfOrganization *parent = NULL;

      if (parent_name != NULL)
        parent = tf_edits_find_named (self->dataset, TF_RECORD_ORGANIZATION, parent_name);
      /* Part of something the dataset does not have, or of itself. */
      mark_error (self->parent_entry, parent_name != NULL
                                      && (parent == NULL
                                          || g_strcmp0 (parent->id, organization->id) == 0));
      if (gtk_widget_has_css_class (self->parent_entry, "error"))
        return FALSE;

      g_free (organization->name);
      organization->name = g_steal_pointer (&name);
      split_aliases (aliases, organization->name, organization->aliases);
      organization->sector = adw_combo_row_get_selected (ADW_COMBO_ROW (self->sector_row));
      g_free (organization->parent_id);
      organization->parent_id = parent != NULL ? g_strdup (parent->id) : NULL;
      g_free (organization->country);
      organization->country = country != NULL ? g_ascii_strup (country, -1) : NULL;
    }

  record = g_steal_pointer (&self->record);
  g_signal_emit (self, signals[SAVED], 0, record);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static GtkWidget *
new_entry_row (const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return row;
}

static void
build (TfRecordEditDialog *self,
       gboolean            is_new)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (is_new ? _("_Add") : _("_Save"));
  GtkWidget *group = adw_preferences_group_new ();
  const char *name;
  GPtrArray *aliases;
  g_autofree char *joined = NULL;

  if (self->kind == TF_RECORD_PERSON)
    {
      gtk_window_set_title (GTK_WINDOW (self), is_new ? _("Add Person") : _("Edit Person"));
      name = ((TfPerson *) self->record)->name;
      aliases = ((TfPerson *) self->record)->aliases;
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self),
                            is_new ? _("Add Organization") : _("Edit Organization"));
      name = ((TfOrganization *) self->record)->name;
      aliases = ((TfOrganization *) self->record)->aliases;
    }
  gtk_window_set_default_size (GTK_WINDOW (self), 460, -1);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (tf_record_edit_dialog_save), self);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_start (group, 18);
  gtk_widget_set_margin_end (group, 18);
  gtk_widget_set_margin_top (group, 18);
  gtk_widget_set_margin_bottom (group, 18);

  self->name_row = new_entry_row (_("_Name"), name);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->name_row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->name_row);

  joined = join_aliases (aliases);
  self->aliases_row = new_entry_row (_("_Other Names, Separated by Semicolons"), joined);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->aliases_row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->aliases_row);

  if (self->kind == TF_RECORD_PERSON)
    {
      self->note_row = new_entry_row (_("No_te"), ((TfPerson *) self->record)->note);
      adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->note_row), TRUE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->note_row);
    }
  else
    {
      TfOrganization *organization = self->record;
      const TfOrganization *parent = tf_dataset_lookup_organization (self->dataset,
                                                                     organization->parent_id);
      const char *sectors[TF_N_SECTORS + 1];
      GtkWidget *parent_row = adw_action_row_new ();

      for (TfSector sector = 0; sector < TF_N_SECTORS; sector++)
        sectors[sector] = tf_wording_sector (sector);
      sectors[TF_N_SECTORS] = NULL;
      self->sector_row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sector_row), _("_Sector"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->sector_row), TRUE);
      adw_combo_row_set_model (ADW_COMBO_ROW (self->sector_row),
                               G_LIST_MODEL (gtk_string_list_new (sectors)));
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->sector_row), organization->sector);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->sector_row);

      self->parent_entry = gtk_entry_new ();
      gtk_widget_set_valign (self->parent_entry, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (self->parent_entry, TRUE);
      gtk_editable_set_text (GTK_EDITABLE (self->parent_entry),
                             parent != NULL ? parent->name : "");
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->parent_entry), _("None"));
      gtk_entry_set_activates_default (GTK_ENTRY (self->parent_entry), TRUE);
      tf_name_completion_attach (self->parent_entry, self->dataset, TF_RECORD_ORGANIZATION);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (parent_row), _("_Part Of"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (parent_row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (parent_row), self->parent_entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (parent_row), self->parent_entry);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), parent_row);

      self->country_row = new_entry_row (_("_Country Code (ISO 3166)"), organization->country);
      adw_entry_row_set_activates_default (ADW_ENTRY_ROW (self->country_row), TRUE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->country_row);
    }

  gtk_box_append (GTK_BOX (box), group);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
tf_record_edit_dialog_dispose (GObject *object)
{
  TfRecordEditDialog *self = TF_RECORD_EDIT_DIALOG (object);

  if (self->record != NULL)
    tf_record_free (self->kind, g_steal_pointer (&self->record));
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tf_record_edit_dialog_parent_class)->dispose (object);
}

static void
tf_record_edit_dialog_class_init (TfRecordEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_record_edit_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tf_record_edit_dialog_init (TfRecordEditDialog *self)
{
}

GtkWidget *
tf_record_edit_dialog_new (GtkWindow     *parent,
                           TfDataset     *dataset,
                           TfRecordKind   kind,
                           gconstpointer  record)
{
  TfRecordEditDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (kind == TF_RECORD_PERSON || kind == TF_RECORD_ORGANIZATION, NULL);

  self = g_object_new (TF_TYPE_RECORD_EDIT_DIALOG,
                       "modal", TRUE,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->dataset = g_object_ref (dataset);
  self->kind = kind;
  if (record != NULL)
    self->record = tf_record_copy (kind, record);
  else if (kind == TF_RECORD_PERSON)
    self->record = tf_person_new (NULL, "");
  else
    self->record = tf_organization_new (NULL, "", TF_SECTOR_COMPANY);
  build (self, record == NULL);

  return GTK_WIDGET (self);
}

GtkEditable *
tf_record_edit_dialog_get_name_field (TfRecordEditDialog *self)
{
  g_return_val_if_fail (TF_IS_RECORD_EDIT_DIALOG (self), NULL);
  return GTK_EDITABLE (self->name_row);
}

GtkEditable *
tf_record_edit_dialog_get_aliases_field (TfRecordEditDialog *self)
{
  g_return_val_if_fail (TF_IS_RECORD_EDIT_DIALOG (self), NULL);
  return GTK_EDITABLE (self->aliases_row);
}
