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

G_END_DECLS
