/* test-detail-panel.c: the detail panel, the article reader and the search
 * popover on the bundled sample, and that they leave nothing behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-detail-panel"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "tf-article-view.h"
#include "tf-detail-panel.h"
#include "tf-evidence-view.h"
#include "tf-move-detail.h"
#include "tf-search-popover.h"
#include "tf-test-ui.h"

/* A window showing child, mapped. */
static GtkWindow *
present_in_window (GtkWidget *child,
                   int        width,
                   int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  tf_test_spin_until (tf_test_widget_is_mapped, window);

  return window;
}

/* Every descendant of widget of the given type, in depth-first order. */
static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_descendants (child, type, found);
    }
}

static GPtrArray *
find_all (GtkWidget *widget,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_descendants (widget, type, found);
  return found;
}

/* The visible label under widget whose text contains text. */
static GtkLabel *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_visible (GTK_WIDGET (label))
          && strstr (gtk_label_get_text (label), text) != NULL)
        return label;
    }

  return NULL;
}

/* The [start, end) byte ranges of the label's text with a background. */
static GArray *
get_highlights (GtkLabel *label)
{
  PangoAttrList *attributes = pango_layout_get_attributes (gtk_label_get_layout (label));
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  GSList *list;

  if (attributes == NULL)
    return ranges;

  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_BACKGROUND)
        {
          guint range[2] = { attribute->start_index, attribute->end_index };

          g_array_append_val (ranges, range);
        }
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);

  return ranges;
}

static const char *
get_language (GtkLabel *label)
{
  PangoAttrList *attributes = pango_layout_get_attributes (gtk_label_get_layout (label));
  PangoAttrIterator *iterator;
  PangoAttrLanguage *language;
  const char *result = NULL;

  if (attributes == NULL)
    return NULL;

  iterator = pango_attr_list_get_iterator (attributes);
  language = (PangoAttrLanguage *) pango_attr_iterator_get (iterator, PANGO_ATTR_LANGUAGE);
  if (language != NULL)
    result = pango_language_to_string (language->value);
  pango_attr_iterator_destroy (iterator);

  return result;
}

static const TfEvidence *
find_evidence (const TfMove *move,
               const char   *exact_part)
{
  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (move->evidence, i);

      if (strstr (evidence->exact, exact_part) != NULL)
        return evidence;
    }

  g_assert_not_reached ();
}

/* What the panel's signals carried. */
typedef struct
{
  char *source_id;
  guint paragraph;
  guint start;
  guint end;
  guint n_opened;
  char *person_id;
  char *org_id;
  char *move_id;
} Emitted;

static void
emitted_clear (Emitted *emitted)
{
  g_free (emitted->source_id);
  g_free (emitted->person_id);
  g_free (emitted->org_id);
  g_free (emitted->move_id);
}

static void
open_article_cb (TfDetailPanel *panel,
                 const char    *source_id,
                 guint          paragraph,
                 guint          start,
                 guint          end,
                 Emitted       *emitted)
{
  g_free (emitted->source_id);
  emitted->source_id = g_strdup (source_id);
  emitted->paragraph = paragraph;
  emitted->start = start;
  emitted->end = end;
  emitted->n_opened++;
}

static void
person_activated_cb (TfDetailPanel *panel,
                     const char    *id,
                     Emitted       *emitted)
{
  g_free (emitted->person_id);
  emitted->person_id = g_strdup (id);
}

static void
organization_activated_cb (TfDetailPanel *panel,
                           const char    *id,
                           Emitted       *emitted)
{
  g_free (emitted->org_id);
  emitted->org_id = g_strdup (id);
}

static void
move_activated_cb (TfDetailPanel *panel,
                   const char    *id,
                   Emitted       *emitted)
{
  g_free (emitted->move_id);
  emitted->move_id = g_strdup (id);
}

static void
connect_emitted (TfDetailPanel *panel,
                 Emitted       *emitted)
{
  g_signal_connect (panel, "open-article", G_CALLBACK (open_article_cb), emitted);
  g_signal_connect (panel, "person-activated", G_CALLBACK (person_activated_cb), emitted);
  g_signal_connect (panel, "organization-activated", G_CALLBACK (organization_activated_cb),
                    emitted);
  g_signal_connect (panel, "move-activated", G_CALLBACK (move_activated_cb), emitted);
}

static gboolean
person_was_activated (gpointer data)
{
  return ((Emitted *) data)->person_id != NULL;
}

static gboolean
organization_was_activated (gpointer data)
{
  return ((Emitted *) data)->org_id != NULL;
}

static gboolean
move_was_activated (gpointer data)
{
  return ((Emitted *) data)->move_id != NULL;
}

static GtkLabel *
get_panel_label (TfDetailPanel *panel,
                 const char    *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (panel), TF_TYPE_DETAIL_PANEL, name);

  g_assert_true (GTK_IS_LABEL (child));
  return GTK_LABEL (child);
}

static void
test_detail_panel_person (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfDetailPanel *panel = TF_DETAIL_PANEL (tf_detail_panel_new ());
  GtkWindow *window;
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autoptr(GArray) highlights = NULL;
  const TfMove *fudan;
  const TfEvidence *evidence;
  const TfSource *source;
  const TfParagraph *paragraph;
  TfEvidenceMatch match;
  GtkLabel *label;
  GtkWidget *view;
  GObject *open_button;
  Emitted emitted = { 0 };

  connect_emitted (panel, &emitted);
  tf_detail_panel_set_dataset (panel, dataset);
  window = present_in_window (GTK_WIDGET (panel), 420, 700);
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_NONE);

  tf_detail_panel_show_person (panel, "p-qi-yuan");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_PERSON);
  g_assert_cmpstr (tf_detail_panel_get_id (panel), ==, "p-qi-yuan");

  /* The header: name, other names, toneless pinyin. */
  g_assert_cmpstr (gtk_label_get_text (get_panel_label (panel, "title_label")), ==, "漆远");
  g_assert_cmpstr (get_language (get_panel_label (panel, "title_label")), ==, "zh-cn");
  g_assert_cmpstr (gtk_label_get_text (get_panel_label (panel, "subtitle_label")), ==,
                   "漆遠 · Yuan Qi");
  g_assert_cmpstr (gtk_label_get_text (get_panel_label (panel, "pinyin_label")), ==, "qi yuan");

  /* His moves, one step each, in date order. */
  moves = tf_dataset_dup_moves_of_person (dataset, "p-qi-yuan");
  g_assert_cmpuint (moves->len, ==, 3);
  details = find_all (GTK_WIDGET (panel), TF_TYPE_MOVE_DETAIL);
  g_assert_cmpuint (details->len, ==, moves->len);
  for (guint i = 0; i < moves->len; i++)
    g_assert_true (tf_move_detail_get_move (g_ptr_array_index (details, i))
                   == g_ptr_array_index (moves, i));
  g_assert_nonnull (find_label_containing (g_ptr_array_index (details, 0), "普渡大学 → 阿里数据技术研究院"));
  g_assert_nonnull (find_label_containing (g_ptr_array_index (details, 2), "蚂蚁集团 → 复旦大学"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (panel), "浩清教授"));

  /* The whole paragraph that reports his move to 复旦, the quote
   * highlighted: exactly the quote's bytes, in mainland glyphs. */
  fudan = tf_dataset_lookup_move (dataset, "m-qi-yuan-2021-fudan");
  evidence = find_evidence (fudan, "漆远正式加入复旦大学");
  source = tf_dataset_lookup_source (dataset, evidence->source_id);
  g_assert_cmpuint (tf_evidence_resolve (evidence, source, &match), ==, 1);
  paragraph = g_ptr_array_index (source->paragraphs, match.paragraph);

  label = find_label_containing (GTK_WIDGET (panel), "漆远正式加入复旦大学");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, paragraph->text);
  g_assert_true (gtk_label_get_use_markup (label));
  g_assert_cmpstr (get_language (label), ==, "zh-cn");
  highlights = get_highlights (label);
  g_assert_cmpuint (highlights->len, >=, 1);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < highlights->len; i++)
      {
        const guint *range = &g_array_index (highlights, guint, 2 * i);

        if (range[0] == match.start && range[1] == match.end)
          found = TRUE;
      }
    g_assert_true (found);
  }
  g_assert_true (strncmp (paragraph->text + match.start, evidence->exact,
                          match.end - match.start) == 0);

  /* The article's title under it, and "Open Article" with the quote's
   * place. */
  view = gtk_widget_get_ancestor (GTK_WIDGET (label), TF_TYPE_EVIDENCE_VIEW);
  g_assert_nonnull (view);
  g_assert_cmpstr (tf_evidence_view_get_source_id (TF_EVIDENCE_VIEW (view)), ==, source->id);
  g_assert_nonnull (find_label_containing (view, source->title));
  open_button = gtk_widget_get_template_child (view, TF_TYPE_EVIDENCE_VIEW, "open_button");
  g_assert_true (GTK_IS_BUTTON (open_button));
  g_signal_emit_by_name (open_button, "clicked");
  g_assert_cmpuint (emitted.n_opened, ==, 1);
  g_assert_cmpstr (emitted.source_id, ==, source->id);
  g_assert_cmpuint (emitted.paragraph, ==, match.paragraph);
  g_assert_cmpuint (emitted.start, ==, match.start);
  g_assert_cmpuint (emitted.end, ==, match.end);

  /* An organization's name is a link: following it announces it, and the
   * panel shows it. */
  label = find_label_containing (g_ptr_array_index (details, 2), "复旦大学");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_label (label), "tf-organization:o-fudan"));
  {
    gboolean handled = FALSE;

    g_signal_emit_by_name (label, "activate-link", "tf-organization:o-fudan", &handled);
    g_assert_true (handled);
  }
  tf_test_spin_until (organization_was_activated, &emitted);
  g_assert_cmpstr (emitted.org_id, ==, "o-fudan");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_ORGANIZATION);
  g_assert_cmpstr (tf_detail_panel_get_id (panel), ==, "o-fudan");

  tf_test_destroy_and_check_finalized (window, GTK_WIDGET (panel), NULL);
  g_assert_finalize_object (dataset);
  emitted_clear (&emitted);
}

/* The rows of the panel's n-th list of flows. */
static GtkListBox *
get_flows (TfDetailPanel *panel,
           guint          n)
{
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX);

  g_assert_cmpuint (n, <, lists->len);
  return g_ptr_array_index (lists, n);
}

static guint
count_rows (GtkListBox *list_box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list_box, (int) n) != NULL)
    n++;
  return n;
}

static const char *
get_row_title (GtkListBox *list_box,
               guint       n)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list_box, (int) n);

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* Whether some row of list_box has a title containing text. */
static gboolean
has_row (GtkListBox *list_box,
         const char *text)
{
  for (guint i = 0; i < count_rows (list_box); i++)
    if (strstr (get_row_title (list_box, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_detail_panel_organization (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfDetailPanel *panel = TF_DETAIL_PANEL (tf_detail_panel_new ());
  GtkWindow *window;
  GtkListBox *inflows;
  GtkListBox *outflows;
  Emitted emitted = { 0 };

  connect_emitted (panel, &emitted);
  tf_detail_panel_set_dataset (panel, dataset);
  window = present_in_window (GTK_WIDGET (panel), 420, 700);

  /* 复旦大学: 漆远 came in, nobody left. */
  tf_detail_panel_show_organization (panel, "o-fudan");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_ORGANIZATION);
  g_assert_cmpstr (gtk_label_get_text (get_panel_label (panel, "title_label")), ==, "复旦大学");
  inflows = get_flows (panel, 0);
  g_assert_cmpuint (count_rows (inflows), ==, 1);
  g_assert_nonnull (strstr (get_row_title (inflows, 0), "漆远"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (panel), "None recorded"));

  /* A row names its person: activating it announces them, and the panel
   * follows. */
  g_signal_emit_by_name (inflows, "row-activated", gtk_list_box_get_row_at_index (inflows, 0));
  tf_test_spin_until (person_was_activated, &emitted);
  g_assert_cmpstr (emitted.person_id, ==, "p-qi-yuan");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_PERSON);

  /* 清华大学 counts the moves into its institutes, and links to them. */
  tf_detail_panel_show_organization (panel, "o-tsinghua");
  inflows = get_flows (panel, 0);
  g_assert_cmpuint (count_rows (inflows), ==, 3);
  g_assert_true (has_row (inflows, "张亚勤"));
  g_assert_true (has_row (inflows, "马维英"));
  g_assert_true (has_row (inflows, "周伯文"));
  g_assert_nonnull (strstr (gtk_label_get_label (get_panel_label (panel, "facts_label")),
                            "tf-organization:o-tsinghua-air"));

  /* 字节跳动 AI Lab: two came, the same two left. */
  tf_detail_panel_show_organization (panel, "o-bytedance-ai-lab");
  inflows = get_flows (panel, 0);
  outflows = get_flows (panel, 1);
  g_assert_cmpuint (count_rows (inflows), ==, 2);
  g_assert_cmpuint (count_rows (outflows), ==, 2);
  g_assert_true (has_row (outflows, "马维英"));
  g_assert_true (has_row (outflows, "李磊"));
  /* Newest first. */
  g_assert_nonnull (strstr (get_row_title (outflows, 0), "李磊"));
  g_assert_nonnull (strstr (gtk_label_get_label (get_panel_label (panel, "facts_label")),
                            "tf-organization:o-bytedance"));

  /* A group has no page: its row announces the move. */
  tf_detail_panel_show_organization (panel, "o-uber");
  inflows = get_flows (panel, 0);
  g_assert_cmpuint (count_rows (inflows), ==, 1);
  g_signal_emit_by_name (inflows, "row-activated", gtk_list_box_get_row_at_index (inflows, 0));
  tf_test_spin_until (move_was_activated, &emitted);
  g_assert_cmpstr (emitted.move_id, ==, "m-uber-cmu-2015");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_GROUP_MOVE);

  tf_test_destroy_and_check_finalized (window, GTK_WIDGET (panel), NULL);
  g_assert_finalize_object (dataset);
  emitted_clear (&emitted);
}

static guint
count_highlights (GtkWidget *widget)
{
  g_autoptr(GPtrArray) views = find_all (widget, TF_TYPE_EVIDENCE_VIEW);
  guint n = 0;

  for (guint i = 0; i < views->len; i++)
    {
      GObject *label = gtk_widget_get_template_child (g_ptr_array_index (views, i),
                                                      TF_TYPE_EVIDENCE_VIEW, "paragraph_label");
      g_autoptr(GArray) highlights = get_highlights (GTK_LABEL (label));

      n += highlights->len;
    }

  return n;
}

static void
test_detail_panel_move (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfDetailPanel *panel = TF_DETAIL_PANEL (tf_detail_panel_new ());
  GtkWindow *window;
  g_autoptr(GPtrArray) details = NULL;
  GObject *stack;
  const TfMove *move;

  tf_detail_panel_set_dataset (panel, dataset);
  window = present_in_window (GTK_WIDGET (panel), 420, 700);

  /* A move of a person: all of its evidence, each quote highlighted. */
  move = tf_dataset_lookup_move (dataset, "m-qi-yuan-2021-fudan");
  tf_detail_panel_show_move (panel, move->id);
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_MOVE);
  g_assert_cmpstr (gtk_label_get_text (get_panel_label (panel, "title_label")), ==, "漆远");
  details = find_all (GTK_WIDGET (panel), TF_TYPE_MOVE_DETAIL);
  g_assert_cmpuint (details->len, ==, 1);
  g_assert_true (tf_move_detail_get_move (g_ptr_array_index (details, 0)) == move);
  g_assert_cmpuint (count_highlights (GTK_WIDGET (panel)), ==, move->evidence->len);
  g_clear_pointer (&details, g_ptr_array_unref);

  /* Uber and the 40 from CMU: who, how many, where from and to. */
  tf_detail_panel_show_group_move (panel, "m-uber-cmu-2015");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_GROUP_MOVE);
  g_assert_cmpstr (gtk_label_get_text (get_panel_label (panel, "title_label")), ==,
                   "卡内基梅隆大学机器人实验室的 40 人");
  g_assert_cmpstr (gtk_label_get_text (get_panel_label (panel, "subtitle_label")), ==,
                   "Group of 40 people");
  g_assert_nonnull (find_label_containing (GTK_WIDGET (panel), "→ Uber"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (panel), "Uber从卡内基梅隆大学"));

  /* Asked to show it as a move, the panel knows it is a group's. */
  tf_detail_panel_clear (panel);
  tf_detail_panel_show_move (panel, "m-uber-cmu-2015");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_GROUP_MOVE);

  /* Nothing selected, or a record that is not there: the empty page. */
  tf_detail_panel_clear (panel);
  stack = gtk_widget_get_template_child (GTK_WIDGET (panel), TF_TYPE_DETAIL_PANEL, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_NONE);
  tf_detail_panel_show_person (panel, "p-nobody");
  g_assert_cmpint (tf_detail_panel_get_kind (panel), ==, TF_DETAIL_NONE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");

  /* A traditional article's paragraph keeps its Taiwanese glyphs. */
  tf_detail_panel_show_move (panel, "m-zhang-tong-2017-tencent-ai-lab");
  g_assert_cmpstr (get_language (find_label_containing (GTK_WIDGET (panel), "張潼2017年出任騰訊")),
                   ==, "zh-tw");

  tf_test_destroy_and_check_finalized (window, GTK_WIDGET (panel), NULL);
  g_assert_finalize_object (dataset);
}

typedef struct
{
  TfArticleView *view;
  GtkTextView *text_view;
} ArticleViewParts;

/* Whether the highlighted quote is scrolled into view. */
static gboolean
highlight_is_visible (gpointer data)
{
  ArticleViewParts *parts = data;
  GtkTextIter start;
  GtkTextIter end;
  GdkRectangle location;
  GdkRectangle visible;

  if (!tf_article_view_get_highlight (parts->view, &start, &end))
    return FALSE;

  gtk_text_view_get_iter_location (parts->text_view, &start, &location);
  gtk_text_view_get_visible_rect (parts->text_view, &visible);
  return visible.height > 0
         && location.y >= visible.y
         && location.y + location.height <= visible.y + visible.height;
}

/* The evidence of the sample whose quote is furthest down its article. */
static void
find_deepest_quote (TfDataset         *dataset,
                    const TfEvidence **deepest,
                    const TfSource   **deepest_source,
                    TfEvidenceMatch   *deepest_match)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  *deepest = NULL;
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      for (guint j = 0; j < move->evidence->len; j++)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, j);
          const TfSource *source = tf_dataset_lookup_source (dataset, evidence->source_id);
          TfEvidenceMatch match;

          g_assert_cmpuint (tf_evidence_resolve (evidence, source, &match), ==, 1);
          if (*deepest == NULL || match.paragraph > deepest_match->paragraph)
            {
              *deepest = evidence;
              *deepest_source = source;
              *deepest_match = match;
            }
        }
    }
  g_assert_nonnull (*deepest);
}

static void
closed_cb (TfArticleView *view,
           gboolean      *closed)
{
  *closed = TRUE;
}

static void
test_article_view (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfArticleView *view = TF_ARTICLE_VIEW (tf_article_view_new ());
  GtkWindow *window;
  const TfEvidence *evidence = NULL;
  const TfSource *source = NULL;
  TfEvidenceMatch match = { 0 };
  ArticleViewParts parts;
  GtkTextIter start;
  GtkTextIter end;
  GtkTextTag *language;
  g_autofree char *highlighted = NULL;
  g_autofree char *text = NULL;
  g_autofree char *language_name = NULL;
  gboolean closed = FALSE;

  g_signal_connect (view, "closed", G_CALLBACK (closed_cb), &closed);

  /* Shown before the view has a size: it scrolls once it has one. The
   * quote chosen is the one furthest down its article, so the view must
   * move. */
  find_deepest_quote (dataset, &evidence, &source, &match);
  g_assert_cmpuint (match.paragraph, >, 10);

  tf_article_view_show (view, source, (int) match.paragraph, match.start, match.end);
  g_assert_cmpstr (tf_article_view_get_source_id (view), ==, source->id);

  /* The highlight is the quote, exactly. */
  g_assert_true (tf_article_view_get_highlight (view, &start, &end));
  highlighted = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (highlighted, ==, evidence->exact);

  /* The whole article: title first, every paragraph. */
  gtk_text_buffer_get_bounds (tf_article_view_get_buffer (view), &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  g_assert_true (g_str_has_prefix (text, source->title));
  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      g_assert_nonnull (strstr (text, paragraph->text));
    }

  /* Simplified Chinese: mainland glyphs. */
  language = gtk_text_tag_table_lookup (
      gtk_text_buffer_get_tag_table (tf_article_view_get_buffer (view)), "language");
  g_object_get (language, "language", &language_name, NULL);
  g_assert_cmpstr (language_name, ==, "zh-cn");

  window = present_in_window (GTK_WIDGET (view), 480, 360);
  parts.view = view;
  parts.text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                  TF_TYPE_ARTICLE_VIEW,
                                                                  "text_view"));
  tf_test_spin_until (highlight_is_visible, &parts);

  /* Back, by the button's action or Escape. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.close", NULL));
  g_assert_true (closed);

  /* A quote no longer found opens the article at its top, unmarked. */
  tf_article_view_show (view, source, 0, 0, 0);
  g_assert_false (tf_article_view_get_highlight (view, &start, &end));

  tf_test_destroy_and_check_finalized (window, GTK_WIDGET (view), NULL);
  g_assert_finalize_object (dataset);
}

typedef struct
{
  int kind;
  char *id;
} Activated;

static void
search_activated_cb (TfSearchPopover *popover,
                     int              kind,
                     const char      *id,
                     Activated       *activated)
{
  activated->kind = kind;
  g_free (activated->id);
  activated->id = g_strdup (id);
}

static void
assert_first_result (TfSearchPopover     *popover,
                     const char          *query,
                     TfSearchPopoverKind  expected_kind,
                     const char          *expected_id)
{
  TfSearchPopoverKind kind = -1;

  tf_search_popover_set_text (popover, query);
  g_assert_cmpuint (tf_search_popover_get_n_results (popover), >, 0);
  g_assert_cmpstr (tf_search_popover_get_result (popover, 0, &kind), ==, expected_id);
  g_assert_cmpint (kind, ==, expected_kind);
  g_assert_cmpint (tf_search_popover_get_selected (popover), ==, 0);
}

static void
test_search_popover (void)
{
  TfDataset *dataset = tf_test_load_sample ();
  TfSearchPopover *popover = TF_SEARCH_POPOVER (tf_search_popover_new ());
  GtkWidget *button = gtk_menu_button_new ();
  GtkWindow *window;
  GObject *entry;
  Activated activated = { -1, NULL };
  g_autoptr(TfDataset) empty = NULL;
  guint n_results;

  g_signal_connect (popover, "activated", G_CALLBACK (search_activated_cb), &activated);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), GTK_WIDGET (popover));
  window = present_in_window (button, 400, 600);

  /* A query typed while the index is built is answered once it is. */
  tf_search_popover_set_dataset (popover, dataset);
  g_assert_false (tf_search_popover_get_ready (popover));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  tf_search_popover_set_text (popover, "qiyuan");
  tf_test_spin_until (tf_test_search_is_ready, popover);
  g_assert_cmpuint (tf_search_popover_get_n_results (popover), >, 0);
  g_assert_cmpstr (tf_search_popover_get_result (popover, 0, NULL), ==, "p-qi-yuan");

  /* Pinyin with or without spaces, traditional characters, English. */
  assert_first_result (popover, "qi yuan", TF_SEARCH_POPOVER_PERSON, "p-qi-yuan");
  assert_first_result (popover, "漆遠", TF_SEARCH_POPOVER_PERSON, "p-qi-yuan");
  assert_first_result (popover, "Yuan Qi", TF_SEARCH_POPOVER_PERSON, "p-qi-yuan");
  assert_first_result (popover, "fudan", TF_SEARCH_POPOVER_ORGANIZATION, "o-fudan");
  assert_first_result (popover, "騰訊", TF_SEARCH_POPOVER_ORGANIZATION, "o-tencent");

  /* Down and Up move through the results from the entry. */
  tf_search_popover_set_text (popover, "li");
  n_results = tf_search_popover_get_n_results (popover);
  g_assert_cmpuint (n_results, >=, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popover), "search.select-next", NULL));
  g_assert_cmpint (tf_search_popover_get_selected (popover), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popover), "search.select-previous", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popover), "search.select-previous", NULL));
  g_assert_cmpint (tf_search_popover_get_selected (popover), ==, 0);

  /* Enter activates the selected result. */
  tf_search_popover_set_text (popover, "qiyuan");
  entry = gtk_widget_get_template_child (GTK_WIDGET (popover), TF_TYPE_SEARCH_POPOVER,
                                         "search_entry");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (activated.kind, ==, TF_SEARCH_POPOVER_PERSON);
  g_assert_cmpstr (activated.id, ==, "p-qi-yuan");

  /* Nothing matches: no results, nothing to activate. */
  tf_search_popover_set_text (popover, "zzzzqqq");
  g_assert_cmpuint (tf_search_popover_get_n_results (popover), ==, 0);

  /* An article alone has nobody to find, at once. */
  empty = tf_dataset_new ();
  tf_search_popover_set_dataset (popover, empty);
  g_assert_true (tf_search_popover_get_ready (popover));
  tf_search_popover_set_text (popover, "qiyuan");
  g_assert_cmpuint (tf_search_popover_get_n_results (popover), ==, 0);
  tf_search_popover_set_dataset (popover, dataset);

  tf_test_destroy_and_check_finalized (window, GTK_WIDGET (popover), NULL);
  g_assert_finalize_object (dataset);
  g_free (activated.id);
}

int
main (int   argc,
      char *argv[])
{
  if (!tf_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/detail-panel/person", test_detail_panel_person);
  g_test_add_func ("/detail-panel/organization", test_detail_panel_organization);
  g_test_add_func ("/detail-panel/move", test_detail_panel_move);
  g_test_add_func ("/article-view/show", test_article_view);
  g_test_add_func ("/search-popover/find", test_search_popover);

  return g_test_run ();
}
