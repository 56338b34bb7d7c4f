/* tf-review-view.h: reviewing the moves the extractor suggests.
 *
 * One header row per article, one row per suggestion below it: the
 * sentence with the names and the date highlighted, the move in words,
 * its confidence and status, and Accept, Edit and Reject. The article
 * itself is shown beside the list, at the sentence of the selected row.
 * The view decides nothing about the dataset: it asks its owner through
 * the "accept" and "reject" signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-dataset.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

#define TF_TYPE_REVIEW_VIEW (tf_review_view_get_type ())

G_DECLARE_FINAL_TYPE (TfReviewView, tf_review_view, TF, REVIEW_VIEW, AdwBin)

GtkWidget    *tf_review_view_new             (void);

/* The dataset the moves are added to: its people and organizations are
 * offered when editing. Borrowed for as long as it is set. */
void          tf_review_view_set_dataset     (TfReviewView *self,
                                              TfDataset    *dataset);

/* Adds suggestions (of TfSuggestion, referenced) on the sources (of
 * TfSource, referenced); a suggestion's evidence names its source.
 * owner (nullable, referenced) keeps the sources alive when the array
 * does not own them. */
void          tf_review_view_add             (TfReviewView *self,
                                              GPtrArray    *sources,
                                              GPtrArray    *suggestions,
                                              GObject      *owner);
void          tf_review_view_clear           (TfReviewView *self);

/* The suggestions waiting for a decision, in the order shown. */
guint         tf_review_view_get_n_pending   (TfReviewView *self);
TfSuggestion *tf_review_view_get_pending     (TfReviewView *self,
                                              guint         index);
const TfSource *tf_review_view_get_source    (TfReviewView       *self,
                                              const TfSuggestion *suggestion);

/* What the buttons and keys do, for the owner and the tests. */
gboolean      tf_review_view_accept          (TfReviewView *self,
                                              TfSuggestion *suggestion);
gboolean      tf_review_view_reject          (TfReviewView *self,
                                              TfSuggestion *suggestion);
/* Accepts every pending suggestion at or above min_confidence. */
gboolean      tf_review_view_accept_all      (TfReviewView *self,
                                              double        min_confidence);
/* Opens the edit dialog on suggestion; returns it. */
GtkWidget    *tf_review_view_edit            (TfReviewView *self,
                                              TfSuggestion *suggestion);
/* Shows the suggestion's row again after its fields changed. */
void          tf_review_view_update          (TfReviewView *self,
                                              TfSuggestion *suggestion);

G_END_DECLS
