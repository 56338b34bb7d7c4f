/* tf-chart-selection.c: what is selected, mapped onto a layout.
 *
 * A linear scan per call: selections change at the pace of clicks and
 * exports, and even 10k paths are scanned in well under a millisecond,
 * so no index is kept alongside the layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include "tf-chart-selection.h"

static int
find_path (TfLayout   *layout,
           const char *id)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);

  for (guint i = 0; i < n_paths; i++)
    if (g_strcmp0 (paths[i].id, id) == 0)
      return (int) i;
  return -1;
}

static int
find_move_index (TfDataset    *dataset,
                 const TfMove *move)
{
  guint index;

  if (g_ptr_array_find (tf_dataset_get_moves (dataset), move, &index))
    return (int) index;
  return -1;
}

/* The move's curve, or where there is none (a first job with no known
 * start) the straight stretch it began. */
static int
find_move_segment (TfLayout *layout,
                   int       path_index,
                   int       move_index)
{
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  const TfLayoutPath *path = &tf_layout_get_paths (layout, NULL)[path_index];
  int found = -1;

  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    {
      if (segments[i].move != move_index)
        continue;
      if (segments[i].kind == TF_LAYOUT_SEGMENT_CURVE)
        return (int) i;
      if (found < 0)
        found = (int) i;
    }
  return found;
}

static int
find_person_index (TfDataset  *dataset,
                   const char *id)
{
  const TfPerson *person = tf_dataset_lookup_person (dataset, id);
  guint index;

  if (person != NULL && g_ptr_array_find (tf_dataset_get_people (dataset), person, &index))
    return (int) index;
  return -1;
}

/* The organization's row, or the "Others" row it was merged into. */
static int
find_sublane (TfLayout   *layout,
              TfDataset  *dataset,
              const char *organization_id)
{
  guint n_sublanes;
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  const TfOrganization *organization;
  guint index;

  for (guint i = 0; i < n_sublanes; i++)
    if (g_strcmp0 (sublanes[i].id, organization_id) == 0)
      return (int) i;

  organization = tf_dataset_lookup_organization (dataset, organization_id);
  if (organization == NULL
      || !g_ptr_array_find (tf_dataset_get_organizations (dataset), organization, &index))
    return -1;
  for (guint i = 0; i < n_sublanes; i++)
    if (sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
      for (guint k = 0; k < sublanes[i].n_organizations; k++)
        if (sublanes[i].merged[k] == (int) index)
          return (int) i;
  return -1;
}

void
tf_chart_selection_apply (TfChartHighlight     *highlight,
                          TfLayout             *layout,
                          TfDataset            *dataset,
                          TfChartSelectionKind  kind,
                          const char           *id)
{
  g_return_if_fail (highlight != NULL);

  highlight->selected_path = -1;
  highlight->selected_segment = -1;
  highlight->selected_sublane = -1;
  highlight->selected_person = -1;

  if (layout == NULL || dataset == NULL || id == NULL)
    return;
  g_return_if_fail (TF_IS_DATASET (dataset));

  switch (kind)
    {
    case TF_CHART_SELECTION_PERSON:
      highlight->selected_path = find_path (layout, id);
      highlight->selected_person = find_person_index (dataset, id);
      break;

    case TF_CHART_SELECTION_MOVE:
      {
        TfMove *move = tf_dataset_lookup_move (dataset, id);
        int move_index;

        if (move == NULL)
          break;
        /* A person's move is on the person's path; an anonymous group's
         * is a path of its own, named by the move. */
        highlight->selected_path
            = find_path (layout, move->person_id != NULL ? move->person_id : move->id);
        if (move->person_id != NULL)
          highlight->selected_person = find_person_index (dataset, move->person_id);
        move_index = find_move_index (dataset, move);
        if (highlight->selected_path >= 0 && move_index >= 0)
          highlight->selected_segment
              = find_move_segment (layout, highlight->selected_path, move_index);
      }
      break;

    case TF_CHART_SELECTION_ORGANIZATION:
      highlight->selected_sublane = find_sublane (layout, dataset, id);
      break;

    case TF_CHART_SELECTION_NONE:
    default:
      break;
    }
}
