/* tf-article-view.c: the reader: one whole article, scrolled to a
 * paragraph, its quote highlighted.
 *
 * A read-only GtkTextView: it lays out long text lazily, scrolls to a mark
 * however far down, and lets the reader select and copy. Each paragraph is
 * one line of the buffer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-article-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-article-view.h"
#include "tf-label.h"
#include "tf-text.h"
#include "tf-wording.h"

/* Where a paragraph is in the buffer. */
typedef struct
{
  int line;
  guint prefix;  /* bytes before the paragraph's text: a list item's bullet */
  guint length;  /* bytes of the paragraph's text */
} ParagraphPlace;

struct _TfArticleView
{
  AdwBin parent_instance;

  char *source_id;
  GArray *places;  /* of ParagraphPlace, one per paragraph */
  GtkTextMark *target;  /* scrolled to; NULL for the top */
  guint scroll_tick;
  guint scroll_frames;   /* since the scroll began */
  guint scroll_settled;  /* frames in a row with the target in view */

  GtkTextTag *title_tag;
  GtkTextTag *credits_tag;
  GtkTextTag *heading_tag;
  GtkTextTag *item_tag;
  GtkTextTag *quote_tag;
  GtkTextTag *highlight_tag;
  GtkTextTag *language_tag;

  /* Template children */
  GtkLabel *heading_label;
  GtkScrolledWindow *scroller;
  GtkTextView *text_view;
};

G_DEFINE_FINAL_TYPE (TfArticleView, tf_article_view, ADW_TYPE_BIN)

enum {
  CLOSED,
  USE_SELECTION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Where the paragraph lands in the view: a little above the middle, with
 * the text before it for context. */
#define TARGET_YALIGN 0.3

/* See scroll_tick_cb (). */
#define SCROLL_SETTLED_FRAMES 5
#define SCROLL_MAX_FRAMES 120

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

/* The credits and the quotes' colour follow the theme's text colour. */
static void
update_colors (TfArticleView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self->text_view));
  GdkRGBA color;

  gtk_style_context_get_color (context, &color);
  color.alpha *= 0.65f;
  g_object_set (self->credits_tag, "foreground-rgba", &color, NULL);
  color.alpha = 0.8f;
  g_object_set (self->quote_tag, "foreground-rgba", &color, NULL);
}

static void
tf_article_view_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  TfArticleView *self = TF_ARTICLE_VIEW (widget);

  GTK_WIDGET_CLASS (tf_article_view_parent_class)->css_changed (widget, change);

  update_colors (self);
}

static void
create_tags (TfArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  int left_margin = gtk_text_view_get_left_margin (self->text_view);
  int right_margin = gtk_text_view_get_right_margin (self->text_view);
  GdkRGBA highlight;

  tf_label_get_highlight_color (&highlight);

  self->title_tag = gtk_text_buffer_create_tag (buffer, "title",
                                                "weight", PANGO_WEIGHT_BOLD,
                                                "scale", 1.6,
                                                "pixels-below-lines", 6,
                                                NULL);
  self->credits_tag = gtk_text_buffer_create_tag (buffer, "credits",
                                                  "scale", PANGO_SCALE_SMALL,
                                                  "pixels-below-lines", 2,
                                                  NULL);
  self->heading_tag = gtk_text_buffer_create_tag (buffer, "heading",
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  "scale", 1.2,
                                                  "pixels-above-lines", 12,
                                                  NULL);
  /* Tag margins replace the view's, so they include it. The bullet hangs
   * in the margin. */
  self->item_tag = gtk_text_buffer_create_tag (buffer, "item",
                                               "left-margin", left_margin + 24,
                                               "indent", -14,
                                               "pixels-below-lines", 6,
                                               NULL);
  self->quote_tag = gtk_text_buffer_create_tag (buffer, "quote",
                                                "left-margin", left_margin + 32,
                                                "right-margin", right_margin + 32,
                                                NULL);
  self->highlight_tag = gtk_text_buffer_create_tag (buffer, "highlight",
                                                    "background-rgba", &highlight,
                                                    NULL);
  self->language_tag = gtk_text_buffer_create_tag (buffer, "language", NULL);
}

static void
stop_scrolling (TfArticleView *self)
{
  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }
}

static void
tf_article_view_dispose (GObject *object)
{
  TfArticleView *self = TF_ARTICLE_VIEW (object);

  stop_scrolling (self);
  /* AdwBin would unparent its child after the template dropped it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_ARTICLE_VIEW);

  G_OBJECT_CLASS (tf_article_view_parent_class)->dispose (object);
}

static void
tf_article_view_finalize (GObject *object)
{
  TfArticleView *self = TF_ARTICLE_VIEW (object);

  g_free (self->source_id);
  g_array_unref (self->places);

  G_OBJECT_CLASS (tf_article_view_parent_class)->finalize (object);
}

static void
use_selection_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_signal_emit (widget, signals[USE_SELECTION], 0,
                 g_str_equal (action_name, "article.attach-selection"));
}

static void
selection_changed_cb (TfArticleView *self)
{
  gboolean usable = tf_article_view_get_selection (self, NULL, NULL, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.attach-selection", usable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.move-from-selection", usable);
}

static void
tf_article_view_class_init (TfArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_article_view_dispose;
  object_class->finalize = tf_article_view_finalize;

  widget_class->css_changed = tf_article_view_css_changed;

  /**
   * TfArticleView::closed:
   *
   * The reader asked to go back, with the button or Escape.
   */
  signals[CLOSED] =
    g_signal_new ("closed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * TfArticleView::use-selection:
   * @attach: TRUE to attach the selection to the selected move as its
   *   quote, FALSE to add a move quoting it
   */
  signals[USE_SELECTION] =
    g_signal_new ("use-selection",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_install_action (widget_class, "article.attach-selection", NULL,
                                   use_selection_action);
  gtk_widget_class_install_action (widget_class, "article.move-from-selection", NULL,
                                   use_selection_action);

  gtk_widget_class_install_action (widget_class, "article.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "article.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TfArticleView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TfArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, TfArticleView, text_view);
}

static void
tf_article_view_init (TfArticleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->places = g_array_new (FALSE, FALSE, sizeof (ParagraphPlace));
  create_tags (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "notify::has-selection",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  selection_changed_cb (self);
}

gboolean
tf_article_view_get_selection (TfArticleView *self,
                               guint         *paragraph,
                               guint         *start,
                               guint         *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from, to;
  int line;

  g_return_val_if_fail (TF_IS_ARTICLE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &from, &to))
    return FALSE;
  line = gtk_text_iter_get_line (&from);
  if (gtk_text_iter_get_line (&to) != line
      && !(gtk_text_iter_get_line (&to) == line + 1 && gtk_text_iter_starts_line (&to)))
    return FALSE;

  for (guint i = 0; i < self->places->len; i++)
    {
      const ParagraphPlace *place = &g_array_index (self->places, ParagraphPlace, i);
      guint from_index, to_index;

      if (place->line != line)
        continue;
      from_index = (guint) gtk_text_iter_get_line_index (&from);
      to_index = gtk_text_iter_get_line (&to) == line ? (guint) gtk_text_iter_get_line_index (&to)
                                                      : place->prefix + place->length;
      /* A list item's bullet is not the article's text. */
      from_index = MAX (from_index, place->prefix) - place->prefix;
      to_index = MIN (MAX (to_index, place->prefix) - place->prefix, place->length);
      if (from_index >= to_index)
        return FALSE;
      if (paragraph != NULL)
        *paragraph = i;
      if (start != NULL)
        *start = from_index;
      if (end != NULL)
        *end = to_index;
      return TRUE;
    }
  return FALSE;
}

GtkWidget *
tf_article_view_new (void)
{
  return g_object_new (TF_TYPE_ARTICLE_VIEW, NULL);
}

static void
insert_line (GtkTextBuffer *buffer,
             const char    *text,
             GtkTextTag    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (gtk_text_iter_get_offset (&end) > 0)
    gtk_text_buffer_insert (buffer, &end, "\n", 1);
  gtk_text_buffer_insert_with_tags (buffer, &end, text, -1, tag, NULL);
}

static void
insert_header (TfArticleView  *self,
               const TfSource *source)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *credits = tf_wording_source_credits (source);

  insert_line (buffer,
               source->title != NULL && source->title[0] != '\0'
                 ? source->title : _("Untitled Article"),
               self->title_tag);
  if (credits[0] != '\0')
    insert_line (buffer, credits, self->credits_tag);
  if (source->url != NULL && source->url[0] != '\0')
    insert_line (buffer, source->url, self->credits_tag);

  /* A gap between the header and the text. */
  insert_line (buffer, "", NULL);
}

static void
insert_paragraphs (TfArticleView  *self,
                   const TfSource *source)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);
      ParagraphPlace place = { 0 };
      GtkTextTag *tag = NULL;
      const char *prefix = "";
      g_autofree char *line = NULL;

      switch (paragraph->kind)
        {
        case TF_PARAGRAPH_HEADING:
          tag = self->heading_tag;
          break;
        case TF_PARAGRAPH_ITEM:
          tag = self->item_tag;
          prefix = "•\t";
          break;
        case TF_PARAGRAPH_QUOTE:
          tag = self->quote_tag;
          break;
        case TF_PARAGRAPH_TEXT:
        default:
          break;
        }

      /* One paragraph, one line: the reader already split the text at
       * its line ends. */
      line = g_strconcat (prefix, paragraph->text, NULL);
      g_strdelimit (line, "\n", ' ');
      insert_line (buffer, line, tag);

      place.line = gtk_text_buffer_get_line_count (buffer) - 1;
      place.prefix = strlen (prefix);
      place.length = strlen (paragraph->text);
      g_array_append_val (self->places, place);
    }
}

static TfScript
guess_script (const TfSource *source)
{
  GString *sample;
  TfScript script;

  if (source->script != TF_SCRIPT_UNKNOWN)
    return source->script;

  sample = g_string_new (source->title);
  for (guint i = 0; i < MIN (source->paragraphs->len, 5); i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      g_string_append (sample, paragraph->text);
    }
  script = tf_text_detect_script (sample->str);
  g_string_free (sample, TRUE);

  return script;
}

static gboolean
is_char_boundary (const char *text,
                  guint       offset,
                  guint       length)
{
  return offset == length || (offset < length && (text[offset] & 0xc0) != 0x80);
}

static gboolean
target_is_visible (TfArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  GdkRectangle location;
  GdkRectangle visible;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->target);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  gtk_text_view_get_visible_rect (self->text_view, &visible);

  return visible.height > 0
         && location.y >= visible.y
         && location.y + location.height <= visible.y + visible.height;
}

/* GtkTextView measures lines in idles after the first frame, and
 * gtk_text_view_scroll_to_mark () waits for a measure that a read-only
 * buffer never asks for again. So scroll on each frame by the heights
 * known so far until the paragraph has stayed in view for a few frames;
 * the view then keeps it there as the lines above are measured. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  TfArticleView *self = TF_ARTICLE_VIEW (widget);
  GtkTextIter iter;

  /* Until the first allocation the view has no lines to scroll by. */
  if (self->target == NULL || gtk_widget_get_width (GTK_WIDGET (self->text_view)) <= 0)
    return G_SOURCE_CONTINUE;

  if (target_is_visible (self))
    {
      if (++self->scroll_settled >= SCROLL_SETTLED_FRAMES)
        {
          self->scroll_tick = 0;
          return G_SOURCE_REMOVE;
        }
    }
  else
    {
      self->scroll_settled = 0;
      gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (self->text_view),
                                        &iter, self->target);
      gtk_text_view_scroll_to_iter (self->text_view, &iter, 0.0, TRUE, 0.0, TARGET_YALIGN);
    }

  /* Never fight the reader's own scrolling for long. */
  if (++self->scroll_frames >= SCROLL_MAX_FRAMES)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

void
tf_article_view_clear (TfArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;

  g_return_if_fail (TF_IS_ARTICLE_VIEW (self));

  stop_scrolling (self);
  buffer = gtk_text_view_get_buffer (self->text_view);
  if (self->target != NULL)
    {
      gtk_text_buffer_delete_mark (buffer, self->target);
      self->target = NULL;
    }
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  g_array_set_size (self->places, 0);
  g_clear_pointer (&self->source_id, g_free);
  gtk_label_set_text (self->heading_label, _("Article"));
}

void
tf_article_view_show (TfArticleView  *self,
                      const TfSource *source,
                      int             paragraph,
                      guint           start,
                      guint           end)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  GtkTextIter bounds_start;
  GtkTextIter bounds_end;
  const char *language;
  GtkAdjustment *vadjustment;

  g_return_if_fail (TF_IS_ARTICLE_VIEW (self));
  g_return_if_fail (source != NULL);
  g_return_if_fail (start <= end);

  tf_article_view_clear (self);
  buffer = gtk_text_view_get_buffer (self->text_view);
  self->source_id = g_strdup (source->id);

  if (source->outlet != NULL && source->outlet[0] != '\0')
    tf_label_set_text (self->heading_label, source->outlet);

  insert_header (self, source);
  insert_paragraphs (self, source);

  language = tf_text_language_for_script (guess_script (source));
  g_object_set (self->language_tag, "language", language, NULL);
  gtk_text_buffer_get_bounds (buffer, &bounds_start, &bounds_end);
  gtk_text_buffer_apply_tag (buffer, self->language_tag, &bounds_start, &bounds_end);

  if (paragraph >= 0 && (guint) paragraph < self->places->len)
    {
      const ParagraphPlace *place = &g_array_index (self->places, ParagraphPlace, paragraph);
      const TfParagraph *shown = g_ptr_array_index (source->paragraphs, paragraph);

      gtk_text_buffer_get_iter_at_line (buffer, &iter, place->line);
      self->target = gtk_text_buffer_create_mark (buffer, NULL, &iter, TRUE);

      /* The range comes from a match on the same text; one that does not
       * fit it any more is not highlighted rather than cut through a
       * character. */
      if (start < end && end <= place->length
          && is_char_boundary (shown->text, start, place->length)
          && is_char_boundary (shown->text, end, place->length))
        {
          GtkTextIter quote_end;

          gtk_text_buffer_get_iter_at_line_index (buffer, &iter, place->line,
                                                  place->prefix + start);
          gtk_text_buffer_get_iter_at_line_index (buffer, &quote_end, place->line,
                                                  place->prefix + end);
          gtk_text_buffer_apply_tag (buffer, self->highlight_tag, &iter, &quote_end);
          gtk_text_buffer_move_mark (buffer, self->target, &iter);
        }
    }

  /* The cursor goes to the quote: the view scrolls to the cursor when it
   * takes the focus, and keyboard selection starts from there. */
  if (self->target != NULL)
    gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->target);
  else
    gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  /* Scrolling needs the view's width, which sets where lines wrap and so
   * where the paragraph is: wait for the first frame that has it. */
  self->scroll_frames = 0;
  self->scroll_settled = 0;
  if (self->target != NULL && self->scroll_tick == 0)
    self->scroll_tick
        = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

const char *
tf_article_view_get_source_id (TfArticleView *self)
{
  g_return_val_if_fail (TF_IS_ARTICLE_VIEW (self), NULL);

  return self->source_id;
}

GtkTextBuffer *
tf_article_view_get_buffer (TfArticleView *self)
{
  g_return_val_if_fail (TF_IS_ARTICLE_VIEW (self), NULL);

  return gtk_text_view_get_buffer (self->text_view);
}

gboolean
tf_article_view_get_highlight (TfArticleView *self,
                               GtkTextIter   *start,
                               GtkTextIter   *end)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (TF_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, start);
  if (!gtk_text_iter_starts_tag (start, self->highlight_tag)
      && !gtk_text_iter_forward_to_tag_toggle (start, self->highlight_tag))
    return FALSE;

  *end = *start;
  gtk_text_iter_forward_to_tag_toggle (end, self->highlight_tag);
  return TRUE;
}
