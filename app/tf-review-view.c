/* tf-review-view.c: reviewing the moves the extractor suggests.
 *
 * A GtkListBox of header rows (one per article) and suggestion rows, with
 * the article beside it in a TfArticleView, the reader the detail panel
 * opens. The rows are built in code: their number and content follow the
 * suggestions. Keys act on the focused row, or else the selected one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-review-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-article-view.h"
#include "tf-review-edit-dialog.h"
#include "tf-review-view.h"
#include "tf-review-wording.h"
#include "tf-wording.h"

typedef struct
{
  GPtrArray *sources;
  GPtrArray *suggestions;
  GObject *owner;
} Batch;

typedef struct
{
  TfSuggestion *suggestion;  /* owned by its batch */
  const TfSource *source;    /* owned by its batch */
  GtkWidget *row;
  GtkWidget *header;         /* the article's header row */
  GtkWidget *route_label;
  GtkWidget *details_label;
  GtkWidget *quote_label;
  GtkWidget *status_label;
  GtkWidget *level_bar;
  GtkWidget *percent_label;
} Item;

struct _TfReviewView
{
  AdwBin parent_instance;

  TfDataset *dataset;  /* borrowed */
  GPtrArray *batches;  /* of Batch */
  GPtrArray *items;    /* of Item, pending, in the order shown */
  GtkWidget *edit_dialog;

  GtkWidget *count_label;
  GtkWidget *threshold_dropdown;
  GtkWidget *accept_all_button;
  GtkWidget *list;
  GtkWidget *paned;
  GtkWidget *article_view;
  int paned_width;     /* the width the paned position was chosen for */
};

G_DEFINE_FINAL_TYPE (TfReviewView, tf_review_view, ADW_TYPE_BIN)

enum {
  ACCEPT,
  REJECT,
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices of the threshold drop-down, in its order. */
static const double thresholds[] = { 0.0, 0.5, 0.8 };

static void
batch_free (Batch *batch)
{
  g_clear_pointer (&batch->sources, g_ptr_array_unref);
  g_clear_pointer (&batch->suggestions, g_ptr_array_unref);
  g_clear_object (&batch->owner);
  g_free (batch);
}

static Item *
find_item (TfReviewView       *self,
           const TfSuggestion *suggestion,
           guint              *index)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (item->suggestion == suggestion)
        {
          if (index != NULL)
            *index = i;
          return item;
        }
    }
  return NULL;
}

static Item *
find_item_of_row (TfReviewView *self,
                  GtkWidget    *row)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (item->row == row)
        return item;
    }
  return NULL;
}

/* The row the keys act on: the one holding the focus, or else the
 * selected one. */
static Item *
current_item (TfReviewView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBoxRow *selected;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_BOX_ROW (w))
      {
        Item *item = find_item_of_row (self, w);

        if (item != NULL)
          return item;
        break;
      }

  selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));
  return selected != NULL ? find_item_of_row (self, GTK_WIDGET (selected)) : NULL;
}

static double
get_threshold (TfReviewView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->threshold_dropdown));

  return selected < G_N_ELEMENTS (thresholds) ? thresholds[selected] : 0.0;
}

static void
update_count (TfReviewView *self)
{
  g_autofree char *text = NULL;
  double threshold = get_threshold (self);
  guint n_over = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      gboolean over = item->suggestion->confidence + 1e-9 >= threshold;

      n_over += over;
      /* Those that Accept All would leave out are shown dimmed. */
      if (over)
        gtk_widget_remove_css_class (item->row, "below-threshold");
      else
        gtk_widget_add_css_class (item->row, "below-threshold");
    }

  text = g_strdup_printf (ngettext ("%u suggested move to review",
                                    "%u suggested moves to review",
                                    self->items->len),
                          self->items->len);
  gtk_label_set_label (GTK_LABEL (self->count_label), text);
  gtk_widget_set_sensitive (self->accept_all_button, n_over > 0);
}

static void
fill_item (TfReviewView *self,
           Item         *item)
{
  const TfSuggestion *suggestion = item->suggestion;
  g_autofree char *route = tf_review_wording_route (self->dataset, suggestion);
  g_autofree char *details = tf_review_wording_details (suggestion);
  g_autofree char *quote = tf_review_wording_dup_quote (suggestion, item->source);
  g_autofree char *quote_marked = tf_review_wording_quote_markup (suggestion, quote);
  g_autofree char *percent = NULL;
  g_autofree char *accessible = NULL;
  const char *status = tf_review_wording_status (suggestion->status);

  gtk_label_set_markup (GTK_LABEL (item->route_label), route);
  gtk_label_set_label (GTK_LABEL (item->details_label), details);
  gtk_label_set_markup (GTK_LABEL (item->quote_label), quote_marked);

  gtk_widget_set_visible (item->status_label, status != NULL);
  gtk_label_set_label (GTK_LABEL (item->status_label), status != NULL ? status : "");
  gtk_widget_remove_css_class (item->status_label, "planned");
  gtk_widget_remove_css_class (item->status_label, "rumoured");
  if (suggestion->status == TF_MOVE_STATUS_PLANNED)
    gtk_widget_add_css_class (item->status_label, "planned");
  else if (suggestion->status == TF_MOVE_STATUS_RUMOURED)
    gtk_widget_add_css_class (item->status_label, "rumoured");

  gtk_level_bar_set_value (GTK_LEVEL_BAR (item->level_bar), CLAMP (suggestion->confidence, 0, 1));
  /* Translators: a confidence; %d is 0 to 100. */
  percent = g_strdup_printf (_("%d%%"), (int) (suggestion->confidence * 100 + 0.5));
  gtk_label_set_label (GTK_LABEL (item->percent_label), percent);
  gtk_widget_set_tooltip_text (item->level_bar, _("How sure the extractor is"));

  /* Translators: how a screen reader names a suggestion's row: the move,
   * its date and kind, then the confidence. */
  accessible = g_strdup_printf (_("%s, %s, confidence %s"),
                                gtk_label_get_text (GTK_LABEL (item->route_label)),
                                details, percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
row_button_clicked_cb (GtkButton    *button,
                       TfReviewView *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "tf-review-action");
  Item *item = NULL;

  for (GtkWidget *w = GTK_WIDGET (button); w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_BOX_ROW (w))
      {
        item = find_item_of_row (self, w);
        break;
      }
  if (item == NULL)
    return;

  if (g_str_equal (what, "accept"))
    tf_review_view_accept (self, item->suggestion);
  else if (g_str_equal (what, "reject"))
    tf_review_view_reject (self, item->suggestion);
  else
    tf_review_view_edit (self, item->suggestion);
}

static GtkWidget *
new_row_button (TfReviewView *self,
                const char   *label,
                const char   *tooltip,
                const char   *what)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "tf-review-action", (gpointer) what);
  g_signal_connect (button, "clicked", G_CALLBACK (row_button_clicked_cb), self);
  return button;
}

static GtkWidget *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
build_item_row (TfReviewView *self,
                Item         *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *reject;
  GtkWidget *edit;
  GtkWidget *accept;

  item->row = gtk_list_box_row_new ();
  gtk_widget_add_css_class (item->row, "review-row");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  item->route_label = new_label ("review-route");
  gtk_widget_set_hexpand (item->route_label, TRUE);
  gtk_box_append (GTK_BOX (top), item->route_label);

  item->status_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (item->status_label, "review-status");
  gtk_widget_set_valign (item->status_label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), item->status_label);

  item->level_bar = gtk_level_bar_new_for_interval (0, 1);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (item->level_bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (item->level_bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (item->level_bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (item->level_bar), GTK_LEVEL_BAR_OFFSET_LOW, 0.5);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (item->level_bar), GTK_LEVEL_BAR_OFFSET_HIGH, 0.8);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (item->level_bar), GTK_LEVEL_BAR_OFFSET_FULL, 1.0);
  gtk_widget_set_size_request (item->level_bar, 56, -1);
  gtk_widget_set_valign (item->level_bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), item->level_bar);

  item->percent_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (item->percent_label, "numeric");
  gtk_widget_add_css_class (item->percent_label, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (item->percent_label), 4);
  gtk_label_set_xalign (GTK_LABEL (item->percent_label), 1);
  gtk_box_append (GTK_BOX (top), item->percent_label);

  gtk_box_append (GTK_BOX (box), top);

  item->details_label = new_label ("dim-label");
  gtk_box_append (GTK_BOX (box), item->details_label);

  item->quote_label = new_label ("move-quote");
  gtk_box_append (GTK_BOX (box), item->quote_label);

  reject = new_row_button (self, _("Reject"), _("Reject (R)"), "reject");
  gtk_widget_add_css_class (reject, "flat");
  edit = new_row_button (self, _("Edit…"), _("Edit (E)"), "edit");
  accept = new_row_button (self, _("Accept"), _("Accept (A)"), "accept");
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), reject);
  gtk_box_append (GTK_BOX (buttons), edit);
  gtk_box_append (GTK_BOX (buttons), accept);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (item->row), box);
  fill_item (self, item);
}

static void remove_item (TfReviewView *self,
                         guint         index);

static void
header_accept_all_clicked_cb (GtkButton    *button,
                              TfReviewView *self)
{
  GtkWidget *header = g_object_get_data (G_OBJECT (button), "tf-review-header");
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  double threshold = get_threshold (self);
  gboolean accepted = FALSE;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (item->header != header || item->suggestion->confidence + 1e-9 < threshold)
        continue;
      g_ptr_array_add (chosen, item->suggestion);
      if (item->source != NULL && !g_ptr_array_find (sources, item->source, NULL))
        g_ptr_array_add (sources, (gpointer) item->source);
    }
  if (chosen->len == 0)
    return;

  g_signal_emit (self, signals[ACCEPT], 0, chosen, sources, &accepted);
  if (!accepted)
    return;

  for (guint i = 0; i < chosen->len; i++)
    {
      guint index;

      if (find_item (self, g_ptr_array_index (chosen, i), &index) != NULL)
        remove_item (self, index);
    }
}

static GtkWidget *
build_header_row (TfReviewView   *self,
                  const TfSource *source)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = new_label ("heading");
  GtkWidget *credits = new_label ("dim-label");
  GtkWidget *button = gtk_button_new_with_label (_("Accept All"));
  g_autofree char *credits_text = tf_wording_source_credits (source);
  g_autofree char *tooltip = NULL;
  const char *title_text = source->title != NULL && source->title[0] != '\0'
                           ? source->title
                           : (source->file_name != NULL ? source->file_name : source->id);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "review-article");

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 8);

  gtk_label_set_label (GTK_LABEL (title), title_text);
  gtk_label_set_label (GTK_LABEL (credits), credits_text);
  gtk_widget_set_visible (credits, credits_text[0] != '\0');
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), credits);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);

  /* Translators: a tooltip; %s is an article's title. */
  tooltip = g_strdup_printf (_("Accept the suggestions of “%s” at or above the chosen confidence"),
                             title_text);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "tf-review-header", row);
  g_signal_connect (button, "clicked", G_CALLBACK (header_accept_all_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static const TfSource *
lookup_source (GPtrArray          *sources,
               const TfSuggestion *suggestion)
{
  const char *id = suggestion->evidence != NULL ? suggestion->evidence->source_id : NULL;

  for (guint i = 0; i < sources->len; i++)
    {
      const TfSource *source = g_ptr_array_index (sources, i);

      if (id == NULL || g_strcmp0 (source->id, id) == 0)
        return source;
    }
  return NULL;
}

static gboolean
same_suggestion (const TfSuggestion *a,
                 const TfSuggestion *b)
{
  return a->evidence != NULL && b->evidence != NULL
         && g_strcmp0 (a->evidence->source_id, b->evidence->source_id) == 0
         && g_strcmp0 (a->evidence->exact, b->evidence->exact) == 0
         && g_strcmp0 (a->person, b->person) == 0
         && g_strcmp0 (a->to.name, b->to.name) == 0
         && a->kind == b->kind;
}

/* An article imported again offers what is already waiting once. */
static gboolean
is_pending (TfReviewView       *self,
            const TfSuggestion *suggestion)
{
  for (guint i = 0; i < self->items->len; i++)
    if (same_suggestion (((Item *) g_ptr_array_index (self->items, i))->suggestion, suggestion))
      return TRUE;
  return FALSE;
}

void
tf_review_view_add (TfReviewView *self,
                    GPtrArray    *sources,
                    GPtrArray    *suggestions,
                    GObject      *owner)
{
  Batch *batch;
  gboolean was_empty;

  g_return_if_fail (TF_IS_REVIEW_VIEW (self));
  g_return_if_fail (sources != NULL);
  g_return_if_fail (suggestions != NULL);

  was_empty = self->items->len == 0;

  batch = g_new0 (Batch, 1);
  batch->sources = g_ptr_array_ref (sources);
  batch->suggestions = g_ptr_array_ref (suggestions);
  batch->owner = owner != NULL ? g_object_ref (owner) : NULL;
  g_ptr_array_add (self->batches, batch);

  /* Grouped by article, in the order of the articles. */
  for (guint s = 0; s < sources->len; s++)
    {
      const TfSource *source = g_ptr_array_index (sources, s);
      GtkWidget *header = NULL;

      for (guint i = 0; i < suggestions->len; i++)
        {
          TfSuggestion *suggestion = g_ptr_array_index (suggestions, i);
          Item *item;

          if (lookup_source (sources, suggestion) != source || is_pending (self, suggestion))
            continue;

          if (header == NULL)
            {
              header = build_header_row (self, source);
              gtk_list_box_append (GTK_LIST_BOX (self->list), header);
            }

          item = g_new0 (Item, 1);
          item->suggestion = suggestion;
          item->source = source;
          item->header = header;
          build_item_row (self, item);
          gtk_list_box_append (GTK_LIST_BOX (self->list), item->row);
          g_ptr_array_add (self->items, item);
        }
    }

  update_count (self);

  if (was_empty && self->items->len > 0)
    {
      Item *first = g_ptr_array_index (self->items, 0);

      gtk_list_box_select_row (GTK_LIST_BOX (self->list), GTK_LIST_BOX_ROW (first->row));
    }
}

void
tf_review_view_clear (TfReviewView *self)
{
  GtkWidget *child;

  g_return_if_fail (TF_IS_REVIEW_VIEW (self));

  if (self->edit_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->edit_dialog));

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->batches, 0);
  tf_article_view_clear (TF_ARTICLE_VIEW (self->article_view));
  update_count (self);
}

void
tf_review_view_set_dataset (TfReviewView *self,
                            TfDataset    *dataset)
{
  g_return_if_fail (TF_IS_REVIEW_VIEW (self));
  g_return_if_fail (dataset == NULL || TF_IS_DATASET (dataset));

  self->dataset = dataset;
}

guint
tf_review_view_get_n_pending (TfReviewView *self)
{
  g_return_val_if_fail (TF_IS_REVIEW_VIEW (self), 0);

  return self->items->len;
}

TfSuggestion *
tf_review_view_get_pending (TfReviewView *self,
                            guint         index)
{
  g_return_val_if_fail (TF_IS_REVIEW_VIEW (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return ((Item *) g_ptr_array_index (self->items, index))->suggestion;
}

const TfSource *
tf_review_view_get_source (TfReviewView       *self,
                           const TfSuggestion *suggestion)
{
  Item *item;

  g_return_val_if_fail (TF_IS_REVIEW_VIEW (self), NULL);

  item = find_item (self, suggestion, NULL);
  return item != NULL ? item->source : NULL;
}

/* Takes the item out, moving the selection and the focus to the row
 * that takes its place. */
static void
remove_item (TfReviewView *self,
             guint         index)
{
  Item *item = g_ptr_array_index (self->items, index);
  GtkWidget *header = item->header;
  gboolean had_focus = gtk_widget_has_focus (item->row)
                       || gtk_widget_get_focus_child (item->row) != NULL;
  gboolean header_left = FALSE;
  Item *next = NULL;

  if (self->edit_dialog != NULL
      && g_object_get_data (G_OBJECT (self->edit_dialog), "tf-review-suggestion")
         == item->suggestion)
    gtk_window_destroy (GTK_WINDOW (self->edit_dialog));

  gtk_list_box_remove (GTK_LIST_BOX (self->list), item->row);
  g_ptr_array_remove_index (self->items, index);

  for (guint i = 0; i < self->items->len && !header_left; i++)
    header_left = ((Item *) g_ptr_array_index (self->items, i))->header == header;
  if (!header_left && header != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), header);

  if (index < self->items->len)
    next = g_ptr_array_index (self->items, index);
  else if (self->items->len > 0)
    next = g_ptr_array_index (self->items, self->items->len - 1);

  if (next != NULL)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (self->list), GTK_LIST_BOX_ROW (next->row));
      if (had_focus)
        gtk_widget_grab_focus (next->row);
    }
  else
    tf_article_view_clear (TF_ARTICLE_VIEW (self->article_view));

  update_count (self);
}

gboolean
tf_review_view_accept (TfReviewView *self,
                       TfSuggestion *suggestion)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  gboolean accepted = FALSE;
  guint index;
  Item *item;

  g_return_val_if_fail (TF_IS_REVIEW_VIEW (self), FALSE);

  item = find_item (self, suggestion, &index);
  g_return_val_if_fail (item != NULL, FALSE);

  suggestions = g_ptr_array_new ();
  g_ptr_array_add (suggestions, suggestion);
  sources = g_ptr_array_new ();
  if (item->source != NULL)
    g_ptr_array_add (sources, (gpointer) item->source);

  g_signal_emit (self, signals[ACCEPT], 0, suggestions, sources, &accepted);
  if (accepted)
    remove_item (self, index);
  return accepted;
}

gboolean
tf_review_view_reject (TfReviewView *self,
                       TfSuggestion *suggestion)
{
  gboolean rejected = FALSE;
  guint index;
  Item *item;

  g_return_val_if_fail (TF_IS_REVIEW_VIEW (self), FALSE);

  item = find_item (self, suggestion, &index);
  g_return_val_if_fail (item != NULL, FALSE);

  g_signal_emit (self, signals[REJECT], 0, suggestion, item->source, &rejected);
  if (rejected)
    remove_item (self, index);
  return rejected;
}

gboolean
tf_review_view_accept_all (TfReviewView *self,
                           double        min_confidence)
{
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  gboolean accepted = FALSE;

  g_return_val_if_fail (TF_IS_REVIEW_VIEW (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (item->suggestion->confidence + 1e-9 < min_confidence)
        continue;
      g_ptr_array_add (suggestions, item->suggestion);
      if (item->source != NULL && !g_ptr_array_find (sources, item->source, NULL))
        g_ptr_array_add (sources, (gpointer) item->source);
    }
  if (suggestions->len == 0)
    return FALSE;

  g_signal_emit (self, signals[ACCEPT], 0, suggestions, sources, &accepted);
  if (!accepted)
    return FALSE;

  for (guint i = 0; i < suggestions->len; i++)
    {
      guint index;

      if (find_item (self, g_ptr_array_index (suggestions, i), &index) != NULL)
        remove_item (self, index);
    }
  return TRUE;
}

static void
edit_saved_cb (TfReviewView *self,
               TfSuggestion *suggestion)
{
  tf_review_view_update (self, suggestion);
}

GtkWidget *
tf_review_view_edit (TfReviewView *self,
                     TfSuggestion *suggestion)
{
  GtkRoot *root;
  Item *item;

  g_return_val_if_fail (TF_IS_REVIEW_VIEW (self), NULL);

  item = find_item (self, suggestion, NULL);
  g_return_val_if_fail (item != NULL, NULL);

  if (self->edit_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->edit_dialog));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->edit_dialog = tf_review_edit_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 self->dataset, suggestion);
  g_object_set_data (G_OBJECT (self->edit_dialog), "tf-review-suggestion", suggestion);
  g_object_add_weak_pointer (G_OBJECT (self->edit_dialog), (gpointer *) &self->edit_dialog);
  g_signal_connect_object (self->edit_dialog, "saved", G_CALLBACK (edit_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->edit_dialog));
  return self->edit_dialog;
}

void
tf_review_view_update (TfReviewView *self,
                       TfSuggestion *suggestion)
{
  Item *item;

  g_return_if_fail (TF_IS_REVIEW_VIEW (self));

  item = find_item (self, suggestion, NULL);
  if (item == NULL)
    return;

  fill_item (self, item);
  update_count (self);
  if (gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list)) == GTK_LIST_BOX_ROW (item->row))
    gtk_list_box_select_row (GTK_LIST_BOX (self->list), GTK_LIST_BOX_ROW (item->row));
}

static void
row_selected_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 TfReviewView  *self)
{
  Item *item = row != NULL ? find_item_of_row (self, GTK_WIDGET (row)) : NULL;

  if (item == NULL || item->source == NULL)
    return;

  gtk_widget_set_visible (self->article_view, TRUE);
  tf_article_view_show (TF_ARTICLE_VIEW (self->article_view), item->source,
                        (int) item->suggestion->paragraph,
                        item->suggestion->quote_start, item->suggestion->quote_end);
}

/* Its back button folds the article away until another row is chosen. */
static void
article_closed_cb (TfReviewView *self)
{
  gtk_widget_set_visible (self->article_view, FALSE);
}

static void
threshold_changed_cb (TfReviewView *self)
{
  update_count (self);
}

static void
accept_all_clicked_cb (TfReviewView *self)
{
  tf_review_view_accept_all (self, get_threshold (self));
}

static void
done_clicked_cb (TfReviewView *self)
{
  g_signal_emit (self, signals[DONE], 0);
}

static void
key_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TfReviewView *self = TF_REVIEW_VIEW (widget);
  Item *item = current_item (self);

  if (item == NULL)
    return;

  if (g_str_equal (action_name, "review.accept"))
    tf_review_view_accept (self, item->suggestion);
  else if (g_str_equal (action_name, "review.reject"))
    tf_review_view_reject (self, item->suggestion);
  else
    tf_review_view_edit (self, item->suggestion);
}

/* The article takes about a third of the width, between 320 and 520
 * pixels, chosen anew when the width changes (a drag of the handle holds
 * until then); a narrow window shows the list alone. */
static void
tf_review_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
tf_review_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  TfReviewView *self = TF_REVIEW_VIEW (widget);

  if (width != self->paned_width)
    {
      int article = width < 720 ? 0 : CLAMP (width * 3 / 8, 320, 520);

      self->paned_width = width;
      gtk_paned_set_position (GTK_PANED (self->paned), width - article);
    }

  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (self)), width, height, baseline, NULL);
}

/* The keys act on a row: the focus goes to the selected one. */
static gboolean
tf_review_view_grab_focus (GtkWidget *widget)
{
  TfReviewView *self = TF_REVIEW_VIEW (widget);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));

  if (selected != NULL && gtk_widget_grab_focus (GTK_WIDGET (selected)))
    return TRUE;
  return GTK_WIDGET_CLASS (tf_review_view_parent_class)->grab_focus (widget);
}

static void
tf_review_view_dispose (GObject *object)
{
  TfReviewView *self = TF_REVIEW_VIEW (object);

  if (self->edit_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->edit_dialog));

  /* The rows go before the suggestions they show. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->batches, g_ptr_array_unref);
  self->dataset = NULL;

  G_OBJECT_CLASS (tf_review_view_parent_class)->dispose (object);
}

static void
tf_review_view_class_init (TfReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_review_view_dispose;
  /* Allocated by hand rather than by AdwBin's layout manager, to place
   * the paned's handle. */
  widget_class->measure = tf_review_view_measure;
  widget_class->size_allocate = tf_review_view_size_allocate;
  widget_class->grab_focus = tf_review_view_grab_focus;

  /* ::accept (GPtrArray *suggestions, GPtrArray *sources): TRUE when
   * they became moves. */
  signals[ACCEPT] =
    g_signal_new ("accept",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_first_wins, NULL, NULL,
                  G_TYPE_BOOLEAN, 2, G_TYPE_POINTER, G_TYPE_POINTER);
  /* ::reject (TfSuggestion *, const TfSource *): TRUE when recorded. */
  signals[REJECT] =
    g_signal_new ("reject",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_first_wins, NULL, NULL,
                  G_TYPE_BOOLEAN, 2, G_TYPE_POINTER, G_TYPE_POINTER);
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "review.accept", NULL, key_action);
  gtk_widget_class_install_action (widget_class, "review.reject", NULL, key_action);
  gtk_widget_class_install_action (widget_class, "review.edit", NULL, key_action);
  gtk_widget_class_set_css_name (widget_class, "reviewview");
}

static void
tf_review_view_init (TfReviewView *self)
{
  static const char * const threshold_names[] = {
    /* Translators: minimum confidences for Accept All; keep them short. */
    NC_("confidence", "All"), N_("≥ 50%"), N_("≥ 80%"), NULL
  };
  const char *translated[G_N_ELEMENTS (threshold_names)];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *done;
  GtkWidget *paned;
  GtkWidget *scroller;
  GtkWidget *clamp;
  GtkWidget *placeholder;
  GtkEventController *shortcuts;
  struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_a, "review.accept" },
    { GDK_KEY_r, "review.reject" },
    { GDK_KEY_e, "review.edit" },
  };

  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->items = g_ptr_array_new_with_free_func (g_free);
  self->batches = g_ptr_array_new_with_free_func ((GDestroyNotify) batch_free);

  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);

  done = gtk_button_new_with_mnemonic (_("_Done"));
  gtk_widget_set_tooltip_text (done, _("Back to the chart"));
  g_signal_connect_swapped (done, "clicked", G_CALLBACK (done_clicked_cb), self);
  gtk_box_append (GTK_BOX (bar), done);

  self->count_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count_label, "heading");
  gtk_label_set_xalign (GTK_LABEL (self->count_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->count_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->count_label, TRUE);
  gtk_widget_set_margin_start (self->count_label, 6);
  gtk_box_append (GTK_BOX (bar), self->count_label);

  for (guint i = 0; i < G_N_ELEMENTS (threshold_names); i++)
    translated[i] = threshold_names[i] == NULL ? NULL
                    : i == 0 ? g_dpgettext2 (NULL, "confidence", threshold_names[i])
                    : _(threshold_names[i]);
  self->threshold_dropdown = gtk_drop_down_new_from_strings (translated);
  gtk_widget_set_tooltip_text (self->threshold_dropdown,
                               _("Which suggestions Accept All takes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->threshold_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Minimum confidence"), -1);
  g_signal_connect_swapped (self->threshold_dropdown, "notify::selected",
                            G_CALLBACK (threshold_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), self->threshold_dropdown);

  self->accept_all_button = gtk_button_new_with_mnemonic (_("Accept _All"));
  gtk_widget_add_css_class (self->accept_all_button, "suggested-action");
  gtk_widget_set_tooltip_text (self->accept_all_button,
                               _("Accept every suggestion at or above the chosen confidence"));
  g_signal_connect_swapped (self->accept_all_button, "clicked",
                            G_CALLBACK (accept_all_clicked_cb), self);
  gtk_box_append (GTK_BOX (bar), self->accept_all_button);

  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_SINGLE);
  gtk_list_box_set_show_separators (GTK_LIST_BOX (self->list), TRUE);
  gtk_widget_add_css_class (self->list, "review-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Suggested moves"), -1);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);

  placeholder = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "object-select-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _("Nothing Left to Review"));
  adw_status_page_set_description (ADW_STATUS_PAGE (placeholder),
                                   _("Every suggested move has been accepted or rejected."));
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list), placeholder);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->list);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  self->article_view = tf_article_view_new ();
  g_signal_connect_swapped (self->article_view, "closed", G_CALLBACK (article_closed_cb), self);

  self->paned = paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (paned), scroller);
  gtk_paned_set_end_child (GTK_PANED (paned), self->article_view);
  gtk_paned_set_resize_start_child (GTK_PANED (paned), TRUE);
  gtk_paned_set_resize_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  /* In a narrow window the article gives way to the list. */
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), TRUE);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (box), paned);

  adw_bin_set_child (ADW_BIN (self), box);

  /* Single keys, on the view only: there is nothing to type into here. */
  shortcuts = gtk_shortcut_controller_new ();
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_count (self);
}

GtkWidget *
tf_review_view_new (void)
{
  return g_object_new (TF_TYPE_REVIEW_VIEW, NULL);
}
