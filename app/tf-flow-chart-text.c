/* tf-flow-chart-text.c: what the flow chart says in words.
 *
 * Tooltips for what the pointer is over, and the accessible label and
 * description that screen readers read for the chart and its selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-flow-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "tf-flow-chart-private.h"
#include "tf-wording.h"

/* A tooltip lists at most this many moves of a person, and this many
 * organizations of an "Others" row. */
#define MAX_TOOLTIP_MOVES  8
#define MAX_TOOLTIP_MERGED 8

static void
append_move_line (GString      *markup,
                  TfDataset    *dataset,
                  const TfMove *move)
{
  g_autofree char *date = tf_wording_date (&move->date);
  g_autofree char *route = tf_wording_route (dataset, move);
  g_autofree char *escaped_date = g_markup_escape_text (date, -1);
  g_autofree char *escaped_route = g_markup_escape_text (route, -1);

  g_string_append_printf (markup, "\n<b>%s</b>  %s", escaped_date, escaped_route);
}

static void
append_person (GString    *markup,
               TfDataset  *dataset,
               const char *person_id)
{
  const TfPerson *person = tf_dataset_lookup_person (dataset, person_id);
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *aliases = NULL;
  g_autofree char *name = NULL;
  guint n_shown = 0;

  if (person == NULL)
    return;

  name = g_markup_escape_text (person->name, -1);
  g_string_append_printf (markup, "<big><b>%s</b></big>", name);
  aliases = tf_wording_aliases (person);
  if (aliases[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (aliases, -1);

      g_string_append_printf (markup, "  <span alpha=\"70%%\">%s</span>", escaped);
    }

  moves = tf_dataset_dup_moves_of_person (dataset, person_id);
  for (guint i = 0; i < moves->len; i++)
    {
      if (n_shown == MAX_TOOLTIP_MOVES)
        {
          guint n_more = moves->len - i;

          g_string_append (markup, "\n");
          g_string_append_printf (
              markup, ngettext ("and %u more move", "and %u more moves", n_more), n_more);
          break;
        }
      append_move_line (markup, dataset, g_ptr_array_index (moves, i));
      n_shown++;
    }
}

static void
append_move (GString      *markup,
             TfDataset    *dataset,
             const TfMove *move)
{
  const TfPerson *person = move->person_id != NULL
                           ? tf_dataset_lookup_person (dataset, move->person_id)
                           : NULL;
  const char *who;
  const char *role = tf_wording_role (move);
  g_autofree char *date = tf_wording_date (&move->date);
  g_autofree char *route = tf_wording_route (dataset, move);
  g_autofree char *escaped = NULL;
  g_autofree char *group = NULL;

  if (person != NULL)
    who = person->name;
  else if (move->group_label != NULL)
    who = move->group_label;
  else
    who = group = g_strdup_printf (ngettext ("A group of %u person", "A group of %u people",
                                             move->group_size),
                                   move->group_size);

  escaped = g_markup_escape_text (who, -1);
  g_string_append_printf (markup, "<big><b>%s</b></big>", escaped);
  if (person == NULL && move->group_size > 1 && move->group_label != NULL)
    {
      g_string_append (markup, "  ");
      g_string_append_printf (markup, ngettext ("%u person", "%u people", move->group_size),
                              move->group_size);
    }

  g_clear_pointer (&escaped, g_free);
  escaped = g_markup_escape_text (date, -1);
  g_string_append_printf (markup, "\n<b>%s</b>  %s", escaped, tf_wording_move_kind (move->kind));

  g_clear_pointer (&escaped, g_free);
  escaped = g_markup_escape_text (route, -1);
  g_string_append_printf (markup, "\n%s", escaped);

  if (role != NULL)
    {
      g_clear_pointer (&escaped, g_free);
      escaped = g_markup_escape_text (role, -1);
      g_string_append_printf (markup, "\n<i>%s</i>", escaped);
    }
}

/* People (groups counted by size) whose path runs in the sub-lane. */
static guint
count_people_in_sublane (TfLayout *layout,
                         int       sublane)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  guint count = 0;

  for (guint p = 0; p < n_paths; p++)
    for (guint i = paths[p].first_segment; i < paths[p].first_segment + paths[p].n_segments; i++)
      if (segments[i].kind == TF_LAYOUT_SEGMENT_STRAIGHT && segments[i].sublane == sublane)
        {
          count += paths[p].weight;
          break;
        }

  return count;
}

/* The most people any one block of the sub-lane holds. */
static guint
most_people_in_sublane_blocks (TfLayout *layout,
                               int       sublane)
{
  guint n_blocks;
  const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
  guint most = 0;

  for (guint i = 0; i < n_blocks; i++)
    if (blocks[i].sublane == sublane)
      most = MAX (most, blocks[i].count);
  return most;
}

static const char *
sublane_name (TfLayout *layout,
              int       sublane_index)
{
  const TfLayoutSublane *sublane = &tf_layout_get_sublanes (layout, NULL)[sublane_index];

  if (sublane->label >= 0)
    return tf_layout_get_labels (layout, NULL)[sublane->label].text;
  return "";
}

static void
append_bin_years (GString  *markup,
                  TfLayout *layout,
                  int       bin)
{
  int first_bin_year;
  guint bin_years;

  tf_layout_get_bins (layout, &first_bin_year, &bin_years, NULL);
  if (bin_years <= 1)
    g_string_append_printf (markup, "%d", first_bin_year + bin * (int) bin_years);
  else
    g_string_append_printf (markup, "%d–%d",
                            first_bin_year + bin * (int) bin_years,
                            first_bin_year + (bin + 1) * (int) bin_years - 1);
}

static void
append_sublane (GString           *markup,
                TfFlowChart       *self,
                const TfLayoutHit *hit)
{
  const TfLayoutSublane *sublane = &tf_layout_get_sublanes (self->layout, NULL)[hit->sublane];
  g_autofree char *name = g_markup_escape_text (sublane_name (self->layout, hit->sublane), -1);
  guint count;

  g_string_append_printf (markup, "<big><b>%s</b></big>\n%s", name,
                          tf_wording_sector (sublane->sector));

  if (sublane->kind == TF_LAYOUT_SUBLANE_OTHERS)
    {
      GPtrArray *organizations = tf_dataset_get_organizations (self->careers_dataset);

      g_string_append (markup, "\n");
      g_string_append_printf (markup,
                              ngettext ("%u organization", "%u organizations", sublane->n_merged),
                              sublane->n_merged);
      /* Which: the row holds them for want of room, zooming in opens it. */
      for (guint i = 0; i < MIN (sublane->n_organizations, MAX_TOOLTIP_MERGED); i++)
        {
          const TfOrganization *organization
              = g_ptr_array_index (organizations, sublane->merged[i]);
          g_autofree char *escaped = g_markup_escape_text (
              organization->name != NULL ? organization->name : organization->id, -1);

          g_string_append_printf (markup, "\n  %s", escaped);
        }
      if (sublane->n_organizations > MAX_TOOLTIP_MERGED)
        {
          guint more = sublane->n_organizations - MAX_TOOLTIP_MERGED;

          g_string_append (markup, "\n  ");
          /* Translators: after the first organizations an "Others" row of
           * the chart holds, in its tooltip. */
          g_string_append_printf (markup, ngettext ("and %u more", "and %u more", more), more);
        }
    }

  if (hit->block >= 0)
    {
      const TfLayoutBlock *block = &tf_layout_get_blocks (self->layout, NULL)[hit->block];

      g_string_append (markup, "\n");
      g_string_append_printf (markup, ngettext ("%u person in ", "%u people in ", block->count),
                              block->count);
      append_bin_years (markup, self->layout, block->bin);
      return;
    }

  /* Ribbons count people in each time bin: the row's busiest bin says how
   * many it holds. */
  if (tf_layout_is_aggregated (self->layout))
    {
      count = most_people_in_sublane_blocks (self->layout, hit->sublane);
      if (count > 0)
        {
          g_string_append (markup, "\n");
          g_string_append_printf (markup,
                                  ngettext ("up to %u person at a time",
                                            "up to %u people at a time", count),
                                  count);
        }
      return;
    }

  count = count_people_in_sublane (self->layout, hit->sublane);
  g_string_append (markup, "\n");
  g_string_append_printf (markup, ngettext ("%u person", "%u people", count), count);
}

static void
append_ribbon (GString     *markup,
               TfFlowChart *self,
               int          ribbon_index)
{
  const TfLayoutRibbon *ribbon = &tf_layout_get_ribbons (self->layout, NULL)[ribbon_index];
  const TfLayoutBlock *blocks = tf_layout_get_blocks (self->layout, NULL);
  const TfLayoutBlock *source = &blocks[ribbon->source];
  const TfLayoutBlock *target = &blocks[ribbon->target];
  g_autofree char *from = g_markup_escape_text (sublane_name (self->layout, source->sublane), -1);
  g_autofree char *to = g_markup_escape_text (sublane_name (self->layout, target->sublane), -1);

  g_string_append (markup, "<big><b>");
  g_string_append_printf (markup, ngettext ("%u person", "%u people", ribbon->count),
                          ribbon->count);
  g_string_append_printf (markup, "</b></big>\n%s → %s\n", from, to);
  append_bin_years (markup, self->layout, source->bin);
  g_string_append (markup, " → ");
  append_bin_years (markup, self->layout, target->bin);
}

char *
_tf_flow_chart_describe_hit (TfFlowChart       *self,
                             const TfLayoutHit *hit)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  TfDataset *dataset = self->careers_dataset;

  if (self->layout == NULL || dataset == NULL)
    return NULL;

  switch (hit->kind)
    {
    case TF_LAYOUT_HIT_PERSON:
      if (hit->person >= 0)
        append_person (markup, dataset,
                       ((const TfPerson *) g_ptr_array_index (tf_dataset_get_people (dataset),
                                                              hit->person))->id);
      else if (hit->move >= 0)
        append_move (markup, dataset,
                     g_ptr_array_index (tf_dataset_get_moves (dataset), hit->move));
      break;

    case TF_LAYOUT_HIT_MOVE:
      append_move (markup, dataset, g_ptr_array_index (tf_dataset_get_moves (dataset), hit->move));
      break;

    case TF_LAYOUT_HIT_ORGANIZATION:
      append_sublane (markup, self, hit);
      break;

    case TF_LAYOUT_HIT_FLOW:
      append_ribbon (markup, self, hit->ribbon);
      break;

    case TF_LAYOUT_HIT_NONE:
    default:
      if (hit->sublane >= 0)
        append_sublane (markup, self, hit);
      break;
    }

  if (markup->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

char *
_tf_flow_chart_describe_chart (TfFlowChart *self)
{
  g_autofree char *people = NULL;
  g_autofree char *organizations = NULL;
  const TfLayoutSublane *sublanes;
  guint n_sublanes;
  guint n_people;
  guint n_organizations = 0;
  const TfLayoutBreak *breaks;
  guint n_breaks;
  char *description;
  double from;
  double to;

  if (self->layout == NULL)
    return g_strdup (_("Flow chart"));

  n_people = tf_layout_get_n_people (self->layout);
  sublanes = tf_layout_get_sublanes (self->layout, &n_sublanes);
  for (guint i = 0; i < n_sublanes; i++)
    {
      if (sublanes[i].kind == TF_LAYOUT_SUBLANE_ORGANIZATION)
        n_organizations++;
      else if (sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
        n_organizations += sublanes[i].n_merged;
    }
  tf_layout_get_view (self->layout, &from, &to);

  people = g_strdup_printf (ngettext ("%u person", "%u people", n_people), n_people);
  organizations = g_strdup_printf (
      ngettext ("%u organization", "%u organizations", n_organizations), n_organizations);
  /* Translators: "Flow chart of 12 people between 20 organizations,
   * 2013–2022". */
  description = g_strdup_printf (_("Flow chart of %s between %s, %d–%d"),
                                 people, organizations,
                                 (int) floor (from), (int) ceil (to) - 1);
  /* Quiet years drawn narrower, behind an axis break, say so. */
  breaks = tf_layout_get_breaks (self->layout, &n_breaks);
  for (guint i = 0; i < n_breaks; i++)
    {
      char *longer = g_strdup_printf (
          /* Translators: appended to the chart's description for years the
           * time axis draws narrower because few moves fall in them:
           * "…, 2004–2022; 2004–2012 compressed (1 move)". */
          ngettext ("%s; %d–%d compressed (%u move)", "%s; %d–%d compressed (%u moves)",
                    breaks[i].n_moves),
          description, (int) breaks[i].from, (int) breaks[i].to - 1, breaks[i].n_moves);

      g_free (description);
      description = longer;
    }
  return description;
}

char *
_tf_flow_chart_describe_selection (TfFlowChart *self)
{
  TfDataset *dataset = self->dataset;

  if (dataset == NULL || self->selection_id == NULL)
    return g_strdup (_("Nothing selected"));

  switch (self->selection)
    {
    case TF_FLOW_CHART_SELECTION_PERSON:
      {
        const TfPerson *person = tf_dataset_lookup_person (dataset, self->selection_id);

        if (person != NULL)
          return g_strdup_printf (_("Selected: %s"), person->name);
      }
      break;

    case TF_FLOW_CHART_SELECTION_ORGANIZATION:
      {
        const TfOrganization *organization = tf_dataset_lookup_organization (dataset,
                                                                             self->selection_id);

        if (organization != NULL)
          return g_strdup_printf (_("Selected organization: %s"), organization->name);
      }
      break;

    case TF_FLOW_CHART_SELECTION_MOVE:
      {
        const TfMove *move = tf_dataset_lookup_move (dataset, self->selection_id);
        const TfPerson *person;
        g_autofree char *date = NULL;
        g_autofree char *route = NULL;

        if (move == NULL)
          break;
        person
            = move->person_id != NULL ? tf_dataset_lookup_person (dataset, move->person_id) : NULL;
        date = tf_wording_date (&move->date);
        route = tf_wording_route (dataset, move);
        /* Translators: "Selected move: 漆远, November 2021, 蚂蚁集团 → 复旦大学". */
        return g_strdup_printf (_("Selected move: %s, %s, %s"),
                                person != NULL ? person->name
                                : move->group_label != NULL ? move->group_label : "",
                                date, route);
      }

    case TF_FLOW_CHART_SELECTION_NONE:
    default:
      break;
    }

  return g_strdup (_("Nothing selected"));
}

void
_tf_flow_chart_update_accessible (TfFlowChart *self)
{
  g_autofree char *label = _tf_flow_chart_describe_chart (self);
  g_autofree char *description = _tf_flow_chart_describe_selection (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}
