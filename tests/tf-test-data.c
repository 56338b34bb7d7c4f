/* tf-test-data.c: building small datasets by hand in the core tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-test-data"

#include "config.h"

#include "tf-test-data.h"

/* parent_id may be NULL. */
void
tf_test_add_organization (TfDataset  *dataset,
                          const char *id,
                          const char *name,
                          TfSector    sector,
                          const char *parent_id)
{
  TfOrganization *organization = tf_organization_new (id, name, sector);

  organization->parent_id = g_strdup (parent_id);
  g_assert_true (tf_dataset_add_organization (dataset, organization, NULL));
}

void
tf_test_add_person (TfDataset  *dataset,
                    const char *id,
                    const char *name)
{
  g_assert_true (tf_dataset_add_person (dataset, tf_person_new (id, name), NULL));
}

/* from_org/to_org: an organization id, or "" for an unnamed place of the
 * given sector with the given label, or NULL for none. The dataset owns
 * the move returned. */
TfMove *
tf_test_add_move (TfDataset  *dataset,
                  const char *id,
                  const char *person_id,
                  TfMoveKind  kind,
                  const char *date,
                  const char *from_org,
                  TfSector    from_sector,
                  const char *to_org,
                  TfSector    to_sector,
                  const char *to_label)
{
  TfMove *move = tf_move_new (id, kind);

  move->person_id = g_strdup (person_id);
  g_assert_true (tf_date_parse (date, &move->date));
  if (from_org != NULL)
    move->from = tf_affiliation_new (*from_org ? from_org : NULL, from_sector);
  if (to_org != NULL)
    {
      move->to = tf_affiliation_new (*to_org ? to_org : NULL, to_sector);
      move->to->label = g_strdup (to_label);
    }
  g_assert_true (tf_dataset_add_move (dataset, move, NULL));
  return move;
}
