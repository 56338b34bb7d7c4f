/* tf-format.h: the words the interface uses for dates, places and moves.
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
char       *tf_format_date        (const TfDate        *date);

/* The organization's name, or for an unnamed place its label, or else a
 * description of its sector ("Unnamed startup"). */
const char *tf_format_place       (TfDataset           *dataset,
                                   const TfAffiliation *affiliation);

/* "蚂蚁集团 → 复旦大学"; a side that is not stated is left out. */
char       *tf_format_route       (TfDataset           *dataset,
                                   const TfMove        *move);

/* The role held at the destination, or for a departure at the origin;
 * NULL when none is stated. */
const char *tf_format_role        (const TfMove        *move);

/* The person's other names joined with " · "; "" when there are none. */
char       *tf_format_aliases     (const TfPerson      *person);

const char *tf_format_move_kind   (TfMoveKind           kind);
const char *tf_format_sector      (TfSector             sector);

/* The message of an error about file, which names the file: the loaders'
 * messages do ("x.talentflow:12: …"), but a GIO error may not. */
char       *tf_format_file_error  (GFile               *file,
                                   const GError        *error);

/* How many different sources cite the move. */
guint       tf_format_count_citing_sources (const TfMove *move);

G_END_DECLS
