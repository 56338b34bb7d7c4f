/* tf-wording.h: the words the interface uses for dates, places and moves.
 *
 * Translated and formatted for the locale; shared by every view that shows
 * a move, so a date reads the same in the list, the chart and the tooltips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* "2021", "November 2021", "November 15, 2021" or "Date unknown", to the
 * date's precision. A derived date is prefixed with "≈ ". */
char       *tf_wording_date        (const TfDate        *date);

/* The organization's name, or for an unnamed place its label, or else a
 * description of its sector ("Unnamed startup"). */
const char *tf_wording_place       (TfDataset           *dataset,
                                    const TfAffiliation *affiliation);

/* "蚂蚁集团 → 复旦大学"; a side that is not stated is left out. */
char       *tf_wording_route       (TfDataset           *dataset,
                                    const TfMove        *move);

/* Links in markup that name a record: "tf-organization:o-fudan". */
#define TF_WORDING_ORGANIZATION_URI "tf-organization:"
#define TF_WORDING_PERSON_URI       "tf-person:"

/* The place as Pango markup: an organization's name as a link to it, an
 * unnamed place's label (or its sector's description) in italics. */
char       *tf_wording_place_markup (TfDataset           *dataset,
                                     const TfAffiliation *affiliation);

/* tf_wording_route () as markup, each place as tf_wording_place_markup ()
 * writes it. */
char       *tf_wording_route_markup (TfDataset           *dataset,
                                     const TfMove        *move);

/* The role held at the destination, or for a departure at the origin;
 * NULL when none is stated. */
const char *tf_wording_role        (const TfMove        *move);

/* The person's other names joined with " · "; "" when there are none. */
char       *tf_wording_aliases     (const TfPerson      *person);

const char *tf_wording_move_kind   (TfMoveKind           kind);

/* "Joined · held concurrently · cited by 2 sources": what kind of move it
 * is, whether it is held alongside, how many it moved, how it is backed. */
char       *tf_wording_move_details (const TfMove       *move);

/* Who moved in a move without a person: its group label, or "Group of 40
 * people". */
char       *tf_wording_group       (const TfMove        *move);

/* "虎嗅 · December 15, 2021": the outlet, author and date that are known
 * of an article; "" when none is. */
char       *tf_wording_source_credits (const TfSource   *source);

const char *tf_wording_sector      (TfSector             sector);

/* The message of an error about file, which names the file: the loaders'
 * messages do ("x.talentflow:12: …"), but a GIO error may not. */
char       *tf_wording_file_error  (GFile               *file,
                                    const GError        *error);

/* How many different sources cite the move. */
guint       tf_wording_count_citing_sources (const TfMove *move);

G_END_DECLS
