/* tf-move-detail.c: one move in full: date, route, role, kind, and the
 * paragraphs that back it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-move-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-evidence-view.h"
#include "tf-label.h"
#include "tf-move-detail.h"
#include "tf-wording.h"

struct _TfMoveDetail
{
  GtkBox parent_instance;

  TfDataset *dataset;
  const TfMove *move;  /* owned by dataset */

  GtkWidget *rail;
  GtkWidget *line;
  GtkWidget *content_box;
  GtkLabel *date_label;
  GtkWidget *edit_button;
  GtkLabel *route_label;
  GtkLabel *role_label;
  GtkLabel *details_label;
  GtkLabel *note_label;
  GtkBox *evidence_box;
};

G_DEFINE_FINAL_TYPE (TfMoveDetail, tf_move_detail, GTK_TYPE_BOX)

/* The quotes of a move that fall in one paragraph, shown together. */
typedef struct
{
  const TfSource *source;
  GArray *matches;  /* of TfEvidenceMatch */
  GArray *indices;  /* of guint: each match's position in the move's evidence */
} ParagraphQuotes;

static void
paragraph_quotes_clear (gpointer data)
{
  ParagraphQuotes *quotes = data;

  g_clear_pointer (&quotes->matches, g_array_unref);
  g_clear_pointer (&quotes->indices, g_array_unref);
}

static gboolean
route_label_activate_link_cb (TfMoveDetail *self,
                              const char   *uri,
                              GtkLabel     *label)
{
  g_assert (TF_IS_MOVE_DETAIL (self));

  return tf_label_activate_record_link (GTK_WIDGET (self), uri);
}

static void
tf_move_detail_dispose (GObject *object)
{
  TfMoveDetail *self = TF_MOVE_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_MOVE_DETAIL);
  self->move = NULL;
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tf_move_detail_parent_class)->dispose (object);
}

static void
tf_move_detail_class_init (TfMoveDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_move_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-move-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, rail);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, line);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, content_box);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, date_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, edit_button);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, route_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, role_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, details_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, note_label);
  gtk_widget_class_bind_template_child (widget_class, TfMoveDetail, evidence_box);
  gtk_widget_class_bind_template_callback (widget_class, route_label_activate_link_cb);
}

static void
tf_move_detail_init (TfMoveDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_date (TfMoveDetail *self)
{
  g_autofree char *date = tf_wording_date (&self->move->date);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "win.edit-move");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "s", self->move->id);

  gtk_label_set_text (self->date_label, date);
  if (self->move->date.derived)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_label), "derived");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_label),
                                   _("Computed from the text, not stated by it"));
    }
  if (self->move->date.precision == TF_DATE_UNKNOWN)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_label), "dim-label");
  if (self->move->date.derived || self->move->date.precision == TF_DATE_UNKNOWN)
    gtk_widget_add_css_class (self->rail, "uncertain");
}

/* "计算机系和统计学系终身教授 at 普渡大学", a line for each end of the move
 * that states a role: the route alone does not say where a role was
 * held. NULL when neither does. */
static char *
format_roles (TfDataset    *dataset,
              const TfMove *move)
{
  const TfAffiliation *ends[] = { move->from, move->to };
  GString *roles = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      if (ends[i] == NULL || ends[i]->role == NULL || ends[i]->role[0] == '\0')
        continue;
      if (roles->len > 0)
        g_string_append_c (roles, '\n');
      /* Translators: a role held at a place: "教授 at 斯坦福大学". */
      g_string_append_printf (roles, _("%s at %s"), ends[i]->role,
                              tf_wording_place (dataset, ends[i]));
    }

  if (roles->len == 0)
    {
      g_string_free (roles, TRUE);
      return NULL;
    }
  return g_string_free (roles, FALSE);
}

/* One view per paragraph, in the order the evidence first cites each: two
 * quotes from one paragraph are highlighted in one copy of it. */
static void
show_evidence (TfMoveDetail *self)
{
  g_autoptr(GArray) paragraphs = NULL;

  paragraphs = g_array_new (FALSE, TRUE, sizeof (ParagraphQuotes));
  g_array_set_clear_func (paragraphs, paragraph_quotes_clear);

  for (guint i = 0; i < self->move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (self->move->evidence, i);
      const TfSource *source = tf_dataset_lookup_source (self->dataset, evidence->source_id);
      TfEvidenceMatch match;
      ParagraphQuotes *quotes = NULL;

      if (source == NULL || tf_evidence_resolve (evidence, source, &match) == 0)
        {
          GtkWidget *view = tf_evidence_view_new_unresolved (source, evidence);

          tf_evidence_view_set_remove_target (TF_EVIDENCE_VIEW (view), self->move->id, &i, 1);
          gtk_box_append (self->evidence_box, view);
          continue;
        }

      for (guint j = 0; j < paragraphs->len && quotes == NULL; j++)
        {
          ParagraphQuotes *other = &g_array_index (paragraphs, ParagraphQuotes, j);

          if (other->source == source
              && g_array_index (other->matches, TfEvidenceMatch, 0).paragraph == match.paragraph)
            quotes = other;
        }

      if (quotes == NULL)
        {
          ParagraphQuotes new_quotes = { source, g_array_new (FALSE, FALSE, sizeof match),
                                         g_array_new (FALSE, FALSE, sizeof (guint)) };

          g_array_append_val (paragraphs, new_quotes);
          quotes = &g_array_index (paragraphs, ParagraphQuotes, paragraphs->len - 1);
        }
      g_array_append_val (quotes->matches, match);
      g_array_append_val (quotes->indices, i);
    }

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const ParagraphQuotes *quotes = &g_array_index (paragraphs, ParagraphQuotes, i);

      GtkWidget *view = tf_evidence_view_new (quotes->source,
                                              (const TfEvidenceMatch *) quotes->matches->data,
                                              quotes->matches->len);

      tf_evidence_view_set_remove_target (TF_EVIDENCE_VIEW (view), self->move->id,
                                          (const guint *) quotes->indices->data,
                                          quotes->indices->len);
      gtk_box_append (self->evidence_box, view);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->evidence_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->evidence_box)) != NULL);
}

GtkWidget *
tf_move_detail_new (TfDataset    *dataset,
                    const TfMove *move)
{
  TfMoveDetail *self;
  g_autofree char *route = NULL;
  g_autofree char *details = NULL;
  g_autofree char *roles = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  self = g_object_new (TF_TYPE_MOVE_DETAIL, NULL);
  self->dataset = g_object_ref (dataset);
  self->move = move;

  show_date (self);

  route = tf_wording_route_markup (dataset, move);
  tf_label_set_markup (self->route_label, route, TF_SCRIPT_UNKNOWN);

  roles = format_roles (dataset, move);
  tf_label_set_text (self->role_label, roles);
  gtk_widget_set_visible (GTK_WIDGET (self->role_label), roles != NULL);

  details = tf_wording_move_details (move);
  gtk_label_set_text (self->details_label, details);

  tf_label_set_text (self->note_label, move->note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label),
                          move->note != NULL && move->note[0] != '\0');

  show_evidence (self);

  return GTK_WIDGET (self);
}

const TfMove *
tf_move_detail_get_move (TfMoveDetail *self)
{
  g_return_val_if_fail (TF_IS_MOVE_DETAIL (self), NULL);

  return self->move;
}

void
tf_move_detail_set_timeline (TfMoveDetail *self,
                             gboolean      timeline,
                             gboolean      last)
{
  g_return_if_fail (TF_IS_MOVE_DETAIL (self));

  gtk_widget_set_visible (self->rail, timeline);
  gtk_widget_set_visible (self->line, !last);
  /* The gap to the next step is inside this one, so the line crosses it. */
  gtk_widget_set_margin_bottom (self->content_box, timeline && !last ? 24 : 0);
}
