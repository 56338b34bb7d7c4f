/* tf-review-wording.h: how a suggested move reads in the review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-dataset.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

/* "<b>漆远</b>: 蚂蚁集团 → 复旦大学", in Pango markup, through the words
 * the chart's panels use. */
char       *tf_review_wording_route        (TfDataset          *dataset,
                                            const TfSuggestion *suggestion);
/* "November 2021 · Returned to academia · 院长 · 3 people" */
char       *tf_review_wording_details      (const TfSuggestion *suggestion);
/* "Planned", "Rumoured", or NULL for a reported move. */
const char *tf_review_wording_status       (TfMoveStatus        status);
/* The quote as the source has it (else as the evidence does). */
char       *tf_review_wording_dup_quote    (const TfSuggestion *suggestion,
                                            const TfSource     *source);
/* The quote in Pango markup, the person, the places and the date marked. */
char       *tf_review_wording_quote_markup (const TfSuggestion *suggestion,
                                            const char         *quote);

G_END_DECLS
