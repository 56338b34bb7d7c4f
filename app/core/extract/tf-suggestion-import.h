/* tf-suggestion-import.h: suggested moves made records of a dataset.
 *
 * The reduce step of extraction at scale (talentflow --merge) and, later,
 * the window's import of articles: the sources and suggestions become a
 * new dataset, with each person and organization the suggestions name
 * linked to one record, existing or new.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-dataset.h"
#include "tf-gazetteer.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

typedef enum
{
  TF_IMPORT_NONE   = 0,
  TF_IMPORT_ACCEPT = 1 << 0,  /* the moves are reviewed, not suggestions */
} TfImportFlags;

/* Returns a new dataset: a copy of base (NULL: an empty dataset) with the
 * sources added (copied; a source whose id is there already is not added
 * again) and each suggestion made a move with its evidence, its people and
 * organizations resolved:
 *
 * - a person is an existing one when their folded names (tf_text_fold,
 *   spaces normalised) or aliases match; a two-word name in Latin letters
 *   matches in either order ("Yuan Qi" = "Qi Yuan"); suggestion->person_id,
 *   when it names a person of the dataset, wins;
 * - an organization likewise by folded name or alias, or by its gazetteer
 *   entry: those become organizations "o-<gazetteer id>" with the entry's
 *   names, sector, country and parent (created too); other names become
 *   new organizations of the sector the suggestion gives, else companies;
 * - unnamed places ("创业") become affiliations with no organization.
 *
 * New ids ("p-qi-yuan", "o-tencent", "m-12") do not depend on the order of
 * the inputs: sources are taken in id order and suggestions in order of
 * source and quote, so that a parallel extraction and a single one give
 * equal datasets. Source ids that are not XML names get an "s-" in front
 * ("000_x.txt" -> "s-000_x.txt"). Suggestions the dataset rejected
 * (tf_dataset_is_rejected) are left out. Suggestions of the same move (same
 * person, kind and destination) become one move with all their evidence;
 * when their years differ the move keeps the first and says so in its
 * note. Moves are unreviewed unless flags has TF_IMPORT_ACCEPT.
 *
 * sources and suggestions are borrowed; each suggestion's
 * evidence->source_id names one of sources or of base's. gazetteer may be
 * NULL. Fails with TF_DATASET_ERROR_DANGLING_REFERENCE when a suggestion
 * has no evidence or cites a source that is nowhere. */
TfDataset *tf_suggestion_import           (TfDataset     *base,
                                           GPtrArray     *sources,
                                           GPtrArray     *suggestions,
                                           TfGazetteer   *gazetteer,
                                           TfImportFlags  flags,
                                           GError       **error);

/* The key under which two names of a person are the same: folded, spaces
 * normalised (none next to Han characters), and a two-word Latin name with
 * its words sorted. Free with g_free. */
char      *tf_suggestion_import_person_key (const char   *name);

/* The same for an organization, without reordering words. */
char      *tf_suggestion_import_name_key   (const char   *name);

G_END_DECLS
