/* tf-person-row.c: a person in the people list: name, aliases, move count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-person-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-format.h"
#include "tf-label.h"
#include "tf-person-row.h"

struct _TfPersonRow
{
  GtkListBoxRow parent_instance;

  TfDataset *dataset;
  const TfPerson *person;  /* owned by dataset */
  guint n_moves;

  GtkLabel *name_label;
  GtkLabel *aliases_label;
  GtkLabel *moves_label;
};

G_DEFINE_FINAL_TYPE (TfPersonRow, tf_person_row, GTK_TYPE_LIST_BOX_ROW)

static void
tf_person_row_dispose (GObject *object)
{
  TfPersonRow *self = TF_PERSON_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_PERSON_ROW);
  self->person = NULL;
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tf_person_row_parent_class)->dispose (object);
}

static void
tf_person_row_class_init (TfPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_person_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, TfPersonRow, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, TfPersonRow, moves_label);
}

static void
tf_person_row_init (TfPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_person_row_new (TfDataset      *dataset,
                   const TfPerson *person,
                   guint           n_moves)
{
  TfPersonRow *self;
  g_autofree char *aliases = NULL;
  g_autofree char *count = NULL;
  g_autofree char *moves = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (person != NULL, NULL);

  self = g_object_new (TF_TYPE_PERSON_ROW, NULL);
  self->dataset = g_object_ref (dataset);
  self->person = person;
  self->n_moves = n_moves;

  tf_label_set_text (self->name_label, person->name);

  aliases = tf_format_aliases (person);
  tf_label_set_text (self->aliases_label, aliases);
  gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), aliases[0] != '\0');

  count = g_strdup_printf ("%u", n_moves);
  gtk_label_set_text (self->moves_label, count);
  moves = g_strdup_printf (ngettext ("%u move", "%u moves", n_moves), n_moves);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->moves_label), moves);

  /* Screen readers would otherwise read a bare number. */
  description = g_strdup_printf ("%s, %s", person->name, moves);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return GTK_WIDGET (self);
}

const TfPerson *
tf_person_row_get_person (TfPersonRow *self)
{
  g_return_val_if_fail (TF_IS_PERSON_ROW (self), NULL);

  return self->person;
}

guint
tf_person_row_get_n_moves (TfPersonRow *self)
{
  g_return_val_if_fail (TF_IS_PERSON_ROW (self), 0);

  return self->n_moves;
}
