/* tf-evidence.h: finding an evidence quote (TextQuoteSelector) in its source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-model.h"

G_BEGIN_DECLS

typedef struct
{
  guint paragraph;  /* index into source->paragraphs */
  guint start;      /* byte offset of exact in that paragraph's text */
  guint end;        /* byte offset one past it */
} TfEvidenceMatch;

/* Counts the places in the source's text (tf_source_dup_text) where
 * prefix + exact + suffix occur, overlapping ones included, and fills match
 * with the first. Counting stops at 2: the result is 0, 1, or 2 meaning
 * "two or more". A selector is good when the count is exactly 1. */
guint  tf_evidence_resolve        (const TfEvidence *evidence,
                                   const TfSource   *source,
                                   TfEvidenceMatch  *match);

/* Fills in a prefix and suffix of up to context characters around the
 * first place exact occurs, as a curator who only chose the quote wants.
 * The context stops at paragraph boundaries. A prefix or suffix already
 * given picks the place and is kept when it is the longer. */
void   tf_evidence_fill_context   (TfEvidence       *evidence,
                                   const TfSource   *source,
                                   guint             context);

G_END_DECLS
