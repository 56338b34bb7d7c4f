/* tf-article-view.h: the reader: one whole article, scrolled to a
 * paragraph, its quote highlighted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-model.h"

G_BEGIN_DECLS

#define TF_TYPE_ARTICLE_VIEW (tf_article_view_get_type ())

G_DECLARE_FINAL_TYPE (TfArticleView, tf_article_view, TF, ARTICLE_VIEW, AdwBin)

GtkWidget     *tf_article_view_new           (void);

/* Shows source: title, outlet, author, date and URL, then its paragraphs
 * in reading order. Scrolls to paragraph (-1: the top) once the view has
 * its size, and highlights the bytes [start, end) of that paragraph's
 * text (nothing when start == end). Nothing of source is kept. */
void           tf_article_view_show          (TfArticleView  *self,
                                              const TfSource *source,
                                              int             paragraph,
                                              guint           start,
                                              guint           end);
void           tf_article_view_clear         (TfArticleView  *self);

/* The text selected in one paragraph: its index and the byte range of
 * its text; FALSE when nothing is selected, or the selection spans
 * paragraphs or lies in the header. The buttons for it emit
 * ::use-selection (gboolean attach: TRUE to attach the quote to the move
 * the window has selected, FALSE to add a move from it). */
gboolean       tf_article_view_get_selection (TfArticleView  *self,
                                              guint          *paragraph,
                                              guint          *start,
                                              guint          *end);

/* The id of the article shown, NULL when none is. */
const char    *tf_article_view_get_source_id (TfArticleView  *self);

/* The text shown and its highlighted range, for tests and accessibility. */
GtkTextBuffer *tf_article_view_get_buffer    (TfArticleView  *self);
/* Sets *start and *end around the highlighted text; FALSE when there is
 * none. */
gboolean       tf_article_view_get_highlight (TfArticleView  *self,
                                              GtkTextIter    *start,
                                              GtkTextIter    *end);

G_END_DECLS
