/* tf-move-row.c: one move of a person: date, route, role, kind, sources.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-move-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-format.h"
#include "tf-label.h"
#include "tf-move-row.h"

struct _TfMoveRow
{
  GtkListBoxRow parent_instance;

  TfDataset *dataset;
  const TfMove *move;  /* owned by dataset */

  GtkLabel *date_label;
  GtkLabel *route_label;
  GtkLabel *role_label;
  GtkLabel *details_label;
  GtkLabel *quote_label;
};

G_DEFINE_FINAL_TYPE (TfMoveRow, tf_move_row, GTK_TYPE_LIST_BOX_ROW)

static void
tf_move_row_dispose (GObject *object)
{
  TfMoveRow *self = TF_MOVE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_MOVE_ROW);
  self->move = NULL;
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tf_move_row_parent_class)->dispose (object);
}

static void
tf_move_row_class_init (TfMoveRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_move_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-move-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfMoveRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveRow, route_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveRow, role_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveRow, quote_label);
}

static void
tf_move_row_init (TfMoveRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "Joined · held concurrently · 2 sources": what kind of move it is and how
 * well it is backed. */
static char *
format_details (const TfMove *move)
{
  GString *details = g_string_new (tf_format_move_kind (move->kind));
  guint n_sources = tf_format_count_citing_sources (move);

  if (move->concurrent)
    g_string_append_printf (details, " · %s", _("held concurrently"));

  if (move->group_size > 1)
    {
      g_string_append (details, " · ");
      g_string_append_printf (details,
                              ngettext ("group of %u person", "group of %u people",
                                        move->group_size),
                              move->group_size);
    }

  g_string_append (details, " · ");
  if (n_sources == 0)
    g_string_append (details, _("no source cites it"));
  else
    g_string_append_printf (details,
                            ngettext ("cited by %u source", "cited by %u sources", n_sources),
                            n_sources);

  return g_string_free (details, FALSE);
}

/* The first quote, with the source it comes from as a tooltip: the reader
 * sees at once why the move is believed. */
static void
show_first_quote (TfMoveRow *self)
{
  const TfEvidence *evidence;
  const TfSource *source;
  g_autofree char *quote = NULL;

  if (self->move->evidence->len == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->quote_label), FALSE);
      return;
    }

  evidence = g_ptr_array_index (self->move->evidence, 0);
  /* Translators: a quotation from an article; use your language's quotes. */
  quote = g_strdup_printf (_("“%s”"), evidence->exact);
  tf_label_set_text (self->quote_label, quote);

  source = tf_dataset_lookup_source (self->dataset, evidence->source_id);
  if (source != NULL && source->title != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->quote_label), source->title);
}

GtkWidget *
tf_move_row_new (TfDataset    *dataset,
                 const TfMove *move)
{
  TfMoveRow *self;
  g_autofree char *date = NULL;
  g_autofree char *route = NULL;
  g_autofree char *details = NULL;
  const char *role;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  self = g_object_new (TF_TYPE_MOVE_ROW, NULL);
  self->dataset = g_object_ref (dataset);
  self->move = move;

  date = tf_format_date (&move->date);
  gtk_label_set_text (self->date_label, date);
  if (move->date.derived)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_label), "derived");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_label),
                                   _("Computed from the text, not stated by it"));
    }
  if (move->date.precision == TF_DATE_UNKNOWN)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_label), "dim-label");

  route = tf_format_route (dataset, move);
  tf_label_set_text (self->route_label, route);

  role = tf_format_role (move);
  tf_label_set_text (self->role_label, role);
  gtk_widget_set_visible (GTK_WIDGET (self->role_label), role != NULL);

  details = format_details (move);
  gtk_label_set_text (self->details_label, details);

  show_first_quote (self);

  return GTK_WIDGET (self);
}

const TfMove *
tf_move_row_get_move (TfMoveRow *self)
{
  g_return_val_if_fail (TF_IS_MOVE_ROW (self), NULL);

  return self->move;
}
