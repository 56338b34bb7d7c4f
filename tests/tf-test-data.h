/* tf-test-data.h: building small datasets by hand in the core tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-dataset.h"

G_BEGIN_DECLS

void    tf_test_add_organization (TfDataset  *dataset,
                                  const char *id,
                                  const char *name,
                                  TfSector    sector,
                                  const char *parent_id);
void    tf_test_add_person       (TfDataset  *dataset,
                                  const char *id,
                                  const char *name);
TfMove *tf_test_add_move         (TfDataset  *dataset,
                                  const char *id,
                                  const char *person_id,
                                  TfMoveKind  kind,
                                  const char *date,
                                  const char *from_org,
                                  TfSector    from_sector,
                                  const char *to_org,
                                  TfSector    to_sector,
                                  const char *to_label);
/* A source titled id, dated date (NULL for none), with no paragraphs. */
void    tf_test_add_source       (TfDataset  *dataset,
                                  const char *id,
                                  const char *date);
/* Adds evidence citing source_id to move (the quote is the move's id). */
void    tf_test_cite             (TfMove     *move,
                                  const char *source_id);

/* What the seed articles describe, by hand: a concurrent affiliation, a
 * transfer inside a group, returns to academia, a group move of 40,
 * unnamed places, a derived date, a return to an earlier organization,
 * a departure to nowhere known and a move with no date. */
TfDataset *tf_test_seeds_new     (void);

/* Reads one input as a dataset, or fails with error. */
typedef TfDataset *(*TfTestReadFunc) (GBytes      *bytes,
                                      const char  *name,
                                      GError     **error);

/* Runs read on each file of tests/fixtures/fuzz-regressions whose name
 * starts with prefix (there must be one): each reads, or fails with a
 * non-empty UTF-8 message; what reads saves and loads again, equal. */
void    tf_test_check_fuzz_regressions (const char     *prefix,
                                        TfTestReadFunc  read);

G_END_DECLS
