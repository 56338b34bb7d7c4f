/* tf-edits.h: the edits a user makes to a dataset, as undoable TfEdits.
 *
 * Each function changes dataset at once and returns the edit that did it
 * (for TfEditHistory to keep), or NULL with error set and dataset as it
 * was: an edit that would leave a reference dangling (a move by a person
 * who is not there) is refused as a whole. Records are found by id; the
 * functions that take a record take ownership of it, also on failure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-edit.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

TfEdit  *tf_edits_set_title            (TfDataset       *dataset,
                                        const char      *title);

/* A record with a NULL id gets a new one made from its name (people and
 * organizations) or a number (moves). */
TfEdit  *tf_edits_add_person           (TfDataset       *dataset,
                                        TfPerson        *person,
                                        GError         **error);
TfEdit  *tf_edits_add_organization     (TfDataset       *dataset,
                                        TfOrganization  *organization,
                                        GError         **error);
TfEdit  *tf_edits_add_move             (TfDataset       *dataset,
                                        TfMove          *move,
                                        GError         **error);

/* Puts record in place of the one with the same id. An edit that changes
 * nothing is empty (tf_edit_is_empty()). */
TfEdit  *tf_edits_change_person        (TfDataset       *dataset,
                                        TfPerson        *person,
                                        GError         **error);
TfEdit  *tf_edits_change_organization  (TfDataset       *dataset,
                                        TfOrganization  *organization,
                                        GError         **error);
TfEdit  *tf_edits_change_move          (TfDataset       *dataset,
                                        TfMove          *move,
                                        GError         **error);

/* A move as the move dialog edits it: by the names of its person and
 * places (TfSuggestion's fields; its evidence, confidence and quote are
 * not used). Free with tf_suggestion_free(). */
TfSuggestion *tf_edits_describe_move   (TfDataset          *dataset,
                                        const TfMove       *move);

/* Saves what the move dialog gives: the move with id move_id (NULL: a new
 * move) takes the draft's person, places, date, kind, status, role and
 * group size, and keeps its evidence, note and the rest. Names link to
 * the person or organization of the dataset with that name or alias
 * (compared folded; person_id and org_id win when set); a name it does
 * not have becomes a new record in the same edit. A new move takes the
 * draft's evidence, when it has one, as its quote. */
TfEdit  *tf_edits_save_move            (TfDataset          *dataset,
                                        const char         *move_id,
                                        const TfSuggestion *draft,
                                        GError            **error);

/* The person or organization with this name or alias (compared folded,
 * a two-word Latin name of a person in either order), or NULL. */
gpointer tf_edits_find_named           (TfDataset          *dataset,
                                        TfRecordKind        kind,
                                        const char         *name);

/* What deleting a record takes with it, for the confirmation: a person's
 * moves; the moves to or from an organization (they keep an unnamed place
 * of its sector, labelled with its name) and its child organizations (they
 * move up to its parent). */
void     tf_edits_count_dependents     (TfDataset       *dataset,
                                        TfRecordKind     kind,
                                        const char      *id,
                                        guint           *n_moves,
                                        guint           *n_children);

/* A person goes with their moves; an organization as said above. */
TfEdit  *tf_edits_delete               (TfDataset       *dataset,
                                        TfRecordKind     kind,
                                        const char      *id,
                                        GError         **error);

/* The second person (organization) becomes the first: its name and
 * aliases become aliases of the first, its moves (and, for organizations,
 * children and parent) point to the first, and it is deleted. Evidence
 * stays with its moves, so nothing is lost; undo splits them again. */
TfEdit  *tf_edits_merge                (TfDataset       *dataset,
                                        TfRecordKind     kind,
                                        const char      *keep_id,
                                        const char      *merge_id,
                                        GError         **error);

/* Quotes of a move. */
TfEdit  *tf_edits_add_evidence         (TfDataset       *dataset,
                                        const char      *move_id,
                                        TfEvidence      *evidence,
                                        GError         **error);
/* Takes out the quotes at these positions of the move's evidence. */
TfEdit  *tf_edits_remove_evidence      (TfDataset       *dataset,
                                        const char      *move_id,
                                        const guint     *indices,
                                        guint            n_indices,
                                        GError         **error);

/* Makes dataset equal to target (which is only read), changing only the
 * records that differ: accepting an import's suggestions, or anything
 * else computed on a copy. */
TfEdit  *tf_edits_become               (TfDataset       *dataset,
                                        TfDataset       *target,
                                        const char      *label);

G_END_DECLS
