/* tf-suggestion.h: a move the extractor suggests, with its evidence.
 *
 * A suggestion names people and organizations as the text writes them;
 * linking them to a dataset's records (and creating new ones) is for the
 * import that accepts it. Plain structs, like the model's records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-model.h"

G_BEGIN_DECLS

/* One end of a suggested move. name is NULL when the text does not say;
 * unnamed is TRUE for a lane rather than an organization ("创业", "学界",
 * "industry"), and then sector says which lane. */
typedef struct
{
  char *name;      /* nullable: as the text writes it */
  char *org_id;    /* nullable: the gazetteer's or the dataset's id */
  TfSector sector;
  gboolean sector_known;
  gboolean unnamed;
} TfSuggestedPlace;

typedef struct
{
  char *person;        /* nullable (an anonymous group): the name as written */
  char *person_id;     /* nullable: the dataset's person it links to */
  char *group_label;   /* nullable: who a group is ("40 people") */
  guint group_size;    /* 1 for one person */
  TfSuggestedPlace from;
  TfSuggestedPlace to;
  TfDate date;
  TfMoveKind kind;
  TfMoveStatus status;
  char *role;          /* nullable */
  gboolean concurrent; /* held alongside the earlier affiliations; set by the user */
  double confidence;   /* 0..1 */
  guint paragraph;     /* index into the source's paragraphs */
  guint quote_start;   /* byte offsets of the quoted sentence or clause */
  guint quote_end;     /*   in that paragraph's text */
  TfEvidence *evidence;  /* exact = the quote, with prefix and suffix */
} TfSuggestion;

TfSuggestion *tf_suggestion_new          (void);
void          tf_suggestion_free         (TfSuggestion       *suggestion);

/* The quote's offset in characters of the source's text as
 * tf_source_dup_text () gives it (paragraphs joined by "\n"). */
guint         tf_suggestion_quote_offset (const TfSuggestion *suggestion,
                                          const TfSource     *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfSuggestion, tf_suggestion_free)

G_END_DECLS
