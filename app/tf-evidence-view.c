/* tf-evidence-view.c: a paragraph that backs a move, its quote highlighted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-evidence-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-evidence-view.h"
#include "tf-label.h"
#include "tf-wording.h"

struct _TfEvidenceView
{
  GtkBox parent_instance;

  char *source_id;
  guint paragraph;
  guint resolved : 1;

  GtkLabel *paragraph_label;
  GtkLabel *missing_label;
  GtkLabel *title_label;
  GtkLabel *credits_label;
  GtkButton *open_button;
  GtkButton *remove_button;
};

G_DEFINE_FINAL_TYPE (TfEvidenceView, tf_evidence_view, GTK_TYPE_BOX)

static void
tf_evidence_view_dispose (GObject *object)
{
  TfEvidenceView *self = TF_EVIDENCE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_EVIDENCE_VIEW);

  G_OBJECT_CLASS (tf_evidence_view_parent_class)->dispose (object);
}

static void
tf_evidence_view_finalize (GObject *object)
{
  TfEvidenceView *self = TF_EVIDENCE_VIEW (object);

  g_free (self->source_id);

  G_OBJECT_CLASS (tf_evidence_view_parent_class)->finalize (object);
}

static void
tf_evidence_view_class_init (TfEvidenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_evidence_view_dispose;
  object_class->finalize = tf_evidence_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-evidence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TfEvidenceView, paragraph_label);
  gtk_widget_class_bind_template_child (widget_class, TfEvidenceView, missing_label);
  gtk_widget_class_bind_template_child (widget_class, TfEvidenceView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TfEvidenceView, credits_label);
  gtk_widget_class_bind_template_child (widget_class, TfEvidenceView, open_button);
  gtk_widget_class_bind_template_child (widget_class, TfEvidenceView, remove_button);
}

static void
tf_evidence_view_init (TfEvidenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The article's title and credits under the paragraph, and what the button
 * opens. */
static void
show_source (TfEvidenceView *self,
             const TfSource *source,
             guint           paragraph,
             guint           start,
             guint           end)
{
  g_autofree char *credits = NULL;
  g_autofree char *description = NULL;

  if (source == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->title_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->credits_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->open_button), FALSE);
      return;
    }

  tf_label_set_text (self->title_label,
                     source->title != NULL && source->title[0] != '\0'
                       ? source->title : _("Untitled Article"));

  credits = tf_wording_source_credits (source);
  tf_label_set_text (self->credits_label, credits);
  gtk_widget_set_visible (GTK_WIDGET (self->credits_label), credits[0] != '\0');

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "(suuu)",
                                    source->id, paragraph, start, end);

  /* "Open Article" alone does not say which. */
  /* Translators: the accessible name of a button; %s is an article's title. */
  description = g_strdup_printf (_("Open “%s”"), gtk_label_get_text (self->title_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

GtkWidget *
tf_evidence_view_new (const TfSource        *source,
                      const TfEvidenceMatch *matches,
                      guint                  n_matches)
{
  TfEvidenceView *self;
  const TfParagraph *paragraph;
  g_autofree char *markup = NULL;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (matches != NULL && n_matches > 0, NULL);
  g_return_val_if_fail (matches[0].paragraph < source->paragraphs->len, NULL);

  self = g_object_new (TF_TYPE_EVIDENCE_VIEW, NULL);
  self->source_id = g_strdup (source->id);
  self->paragraph = matches[0].paragraph;
  self->resolved = TRUE;

  paragraph = g_ptr_array_index (source->paragraphs, self->paragraph);
  markup = tf_label_highlight_markup (paragraph->text, matches, n_matches);
  /* The article's script, not a guess from one paragraph: a traditional
   * article keeps Taiwanese glyphs even where a paragraph could be either. */
  tf_label_set_markup (self->paragraph_label, markup, source->script);

  show_source (self, source, self->paragraph, matches[0].start, matches[0].end);

  return GTK_WIDGET (self);
}

GtkWidget *
tf_evidence_view_new_unresolved (const TfSource   *source,
                                 const TfEvidence *evidence)
{
  TfEvidenceView *self;
  g_autofree char *quote = NULL;

  g_return_val_if_fail (evidence != NULL, NULL);

  self = g_object_new (TF_TYPE_EVIDENCE_VIEW, NULL);
  self->source_id = g_strdup (evidence->source_id);

  /* Translators: a quotation from an article; use your language's quotes. */
  quote = g_strdup_printf (_("“%s”"), evidence->exact);
  tf_label_set_text (self->paragraph_label, quote);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), TRUE);

  /* An empty range at the first paragraph: the top, nothing highlighted. */
  show_source (self, source, 0, 0, 0);

  return GTK_WIDGET (self);
}

const char *
tf_evidence_view_get_source_id (TfEvidenceView *self)
{
  g_return_val_if_fail (TF_IS_EVIDENCE_VIEW (self), NULL);

  return self->source_id;
}

gboolean
tf_evidence_view_get_resolved (TfEvidenceView *self)
{
  g_return_val_if_fail (TF_IS_EVIDENCE_VIEW (self), FALSE);

  return self->resolved;
}

guint
tf_evidence_view_get_paragraph (TfEvidenceView *self)
{
  g_return_val_if_fail (TF_IS_EVIDENCE_VIEW (self), 0);

  return self->paragraph;
}

void
tf_evidence_view_set_remove_target (TfEvidenceView *self,
                                    const char     *move_id,
                                    const guint    *indices,
                                    guint           n_indices)
{
  GVariantBuilder builder;

  g_return_if_fail (TF_IS_EVIDENCE_VIEW (self));
  g_return_if_fail (move_id != NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("au"));
  for (guint i = 0; i < n_indices; i++)
    g_variant_builder_add (&builder, "u", indices[i]);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "win.remove-quotes");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button),
                                          g_variant_new ("(sau)", move_id, &builder));
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), n_indices > 0);
}
