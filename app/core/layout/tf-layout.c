/* tf-layout.c: the flow chart's geometry: filters, packing, paths.
 *
 * The pipeline, each step a function below:
 *   filter       which paths and stints the options leave visible
 *   pack         stints dropped in rank order onto a skyline per sub-lane
 *                (or counted into blocks, when aggregated)
 *   scale        units to pixels; lanes and sub-lanes stacked
 *   label        sub-lane labels size the left column; years on top
 *   trace        each path's strands as straight and curve segments
 *   label        person labels next to path starts
 *   count        moves per year toward academia and toward industry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-layout-measure.h"
#include "tf-layout-private.h"

G_DEFINE_BOXED_TYPE (TfLayout, tf_layout, tf_layout_ref, tf_layout_unref)

#define LANE_GUTTER_PX        22.0  /* a vertical sector caption fits here */
#define LABEL_PAD_PX           6.0
#define RIGHT_MARGIN_PX       16.0
#define LANE_GAP_PX           10.0
#define SUBLANE_GAP_PX         3.0
#define EMPTY_LANE_PX         12.0
#define STRIP_GAP_PX          10.0
/* Each row needs a label line of height; rather than thin people below
 * this many px per unit to make room, the smallest organizations of a
 * sector share one "Others (n)" row. */
#define MIN_MERGE_UNIT_PX      1.25
#define MAX_LABEL_COLUMN       0.22  /* of the width */
#define MAX_NAME_COLUMN        0.15  /* right of the plot, of the width */
#define MIN_PLOT_WIDTH_PX     40.0
/* A stint this close to the view in time still takes part, so that curves
 * crossing the view's edge keep both their ends. */
#define VIEW_MARGIN_YEARS      1.0
#define SKYLINE_CELLS_PER_YEAR 12
/* Drawn one by one, a group is at most this many people thick. */
#define MAX_GROUP_UNITS        8.0

void
tf_layout_options_init (TfLayoutOptions *options,
                        double           width,
                        double           height)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->width = width;
  options->height = height;
  options->aggregate = TF_LAYOUT_AGGREGATE_AUTO;
  options->aggregate_threshold = 300;
  options->strip_height = 72;
  options->max_person_labels = 2000;
}

int
tf_layout_builder_add_label (TfLayoutBuilder   *builder,
                             TfLayoutLabelKind  kind,
                             int                owner,
                             const char        *text,
                             double             anchor_x,
                             double             anchor_y)
{
  TfLayoutLabel label = { 0 };

  label.kind = kind;
  label.owner = owner;
  label.text = text;
  label.anchor_x = anchor_x;
  label.anchor_y = anchor_y;
  label.x = anchor_x;
  label.y = anchor_y;
  label.visible = FALSE;
  g_array_append_val (builder->labels, label);
  return (int) builder->labels->len - 1;
}

void
tf_layout_builder_measure (TfLayoutBuilder *builder,
                           TfLayoutFont     font,
                           const char      *text,
                           double          *width,
                           double          *height)
{
  *width = 0;
  *height = 0;
  builder->options.measure (font, text, width, height, builder->options.measure_data);
  *width = MAX (*width, 0);
  *height = MAX (*height, 0);
}

/* ---- filter ---- */

static gboolean
path_has_move_in (const TfCareers    *careers,
                  const TfCareerPath *path,
                  double              from,
                  double              to)
{
  for (guint i = 0; i < path->n_events; i++)
    {
      double time = careers->events[path->first_event + i];

      if (time >= from && time <= to)
        return TRUE;
    }
  return FALSE;
}

static void
filter (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  const TfLayoutOptions *options = &builder->options;
  guint sector_mask = options->sector_mask ? options->sector_mask : (1u << TF_N_SECTORS) - 1;
  gboolean by_move_time = options->move_from != 0 || options->move_to != 0;
  gboolean by_organization = options->organization_ids != NULL;
  double from = layout->view_from - VIEW_MARGIN_YEARS;
  double to = layout->view_to + VIEW_MARGIN_YEARS;

  builder->path_visible = g_new0 (guint8, careers->n_paths + 1);
  builder->stint_visible = g_new0 (guint8, careers->n_stints + 1);
  builder->place_selected = g_new0 (guint8, careers->n_places + 1);

  if (by_organization)
    {
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; options->organization_ids[i] != NULL; i++)
        g_hash_table_add (ids, (gpointer) options->organization_ids[i]);
      for (guint p = 0; p < careers->n_places; p++)
        builder->place_selected[p] = careers->places[p].id != NULL
                                     && g_hash_table_contains (ids, careers->places[p].id);
    }

  for (guint i = 0; i < careers->n_paths; i++)
    {
      const TfCareerPath *path = &careers->paths[i];
      gboolean visible = TRUE;
      gboolean any_stint = FALSE;

      if (by_move_time && !path_has_move_in (careers, path, options->move_from, options->move_to))
        visible = FALSE;
      if (visible && by_organization)
        {
          visible = FALSE;
          for (guint k = 0; k < path->n_stints && !visible; k++)
            visible = builder->place_selected[careers->stints[path->first_stint + k].place];
        }
      if (!visible)
        continue;

      for (guint k = 0; k < path->n_stints; k++)
        {
          guint32 s = path->first_stint + k;
          const TfStint *stint = &careers->stints[s];
          TfSector sector = careers->places[stint->place].sector;

          if ((sector_mask & (1u << sector)) == 0 || stint->end < from || stint->start > to)
            continue;
          builder->stint_visible[s] = TRUE;
          any_stint = TRUE;
        }
      builder->path_visible[i] = any_stint;
      if (any_stint)
        layout->n_people += path->weight;
    }
}

/* ---- pack ---- */

/* How thick a path is, in units, when people are drawn one by one: a
 * group grows with the square root of its size, up to MAX_GROUP_UNITS, so
 * that 40 people leaving one lab do not squeeze every other organization
 * out of the chart. Ribbons, which are counts, stay linear. */
double
tf_layout_path_units (guint weight)
{
  if (weight <= 1)
    return 1.0;
  return MIN (sqrt ((double) weight), MAX_GROUP_UNITS);
}

static guint
add_sublane (TfLayoutBuilder     *builder,
             GArray              *sublanes,
             TfLayoutSublaneKind  kind,
             TfSector             sector,
             const TfPlace       *place)
{
  TfLayoutSublane sublane = { 0 };

  sublane.kind = kind;
  sublane.sector = sector;
  sublane.organization = place != NULL ? place->organization : -1;
  sublane.id = place != NULL ? place->id : NULL;
  sublane.label = -1;
  g_array_append_val (sublanes, sublane);
  return sublanes->len - 1;
}

/* Sub-lanes in lane order, one per place with something visible, but
 * places in builder->place_merged share one "others" sub-lane at the end
 * of their lane; lanes for every sector the mask shows. */
static void
make_lanes (TfLayoutBuilder *builder,
            GArray          *sublanes)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  guint sector_mask = builder->options.sector_mask ? builder->options.sector_mask
                                                   : (1u << TF_N_SECTORS) - 1;
  g_autofree guint8 *place_used = g_new0 (guint8, careers->n_places + 1);

  for (guint s = 0; s < careers->n_stints; s++)
    if (builder->stint_visible[s])
      place_used[careers->stints[s].place] = TRUE;

  g_free (builder->place_sublane);
  builder->place_sublane = g_new (gint32, careers->n_places + 1);
  for (guint p = 0; p < careers->n_places; p++)
    builder->place_sublane[p] = -1;

  layout->n_lanes = 0;
  for (guint sector = 0; sector < TF_N_SECTORS; sector++)
    {
      TfLayoutLane *lane;
      guint n_merged = 0;

      if ((sector_mask & (1u << sector)) == 0)
        continue;
      lane = &layout->lanes[layout->n_lanes++];
      memset (lane, 0, sizeof *lane);
      lane->sector = sector;
      lane->first_sublane = sublanes->len;
      for (guint i = 0; i < careers->n_lane_places[sector]; i++)
        {
          guint32 p = careers->lane_places[sector][i];
          const TfPlace *place = &careers->places[p];

          if (!place_used[p])
            continue;
          if (builder->place_merged != NULL && builder->place_merged[p])
            {
              n_merged++;
              continue;
            }
          builder->place_sublane[p] =
            (gint32) add_sublane (builder, sublanes,
                                  place->organization >= 0 ? TF_LAYOUT_SUBLANE_ORGANIZATION
                                                           : TF_LAYOUT_SUBLANE_UNNAMED,
                                  sector, place);
        }
      if (n_merged > 0)
        {
          guint others = add_sublane (builder, sublanes, TF_LAYOUT_SUBLANE_OTHERS, sector, NULL);

          g_array_index (sublanes, TfLayoutSublane, others).n_merged = n_merged;
          for (guint i = 0; i < careers->n_lane_places[sector]; i++)
            {
              guint32 p = careers->lane_places[sector][i];

              if (place_used[p] && builder->place_merged[p])
                builder->place_sublane[p] = (gint32) others;
            }
        }
      lane->n_sublanes = sublanes->len - lane->first_sublane;
    }
}

/* Drops the visible stints of each sub-lane in rank order onto a skyline:
 * each lands on whatever lower-ranked stint it overlaps in time, so the
 * global order holds for any subset and the sub-lane is as short as that
 * order allows. A stint takes its path's weight plus air units. The
 * skyline is kept per month: stints in one month stack, which never makes
 * two overlap and keeps a drop as cheap as its length. The places merged
 * into an "others" sub-lane drop one after the other, in lane order, onto
 * one skyline. Returns the total height in units. */
static double
drop_stints (TfLayoutBuilder *builder,
             double           air)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  double origin = layout->view_from - VIEW_MARGIN_YEARS;
  double span = layout->view_to + VIEW_MARGIN_YEARS - origin;
  guint n_cells = (guint) ceil (span * SKYLINE_CELLS_PER_YEAR) + 1;
  g_autofree double *sky = g_new (double, n_cells);
  g_autofree double *others_sky = g_new0 (double, (gsize) n_cells * TF_N_SECTORS);
  double total = 0;

  for (guint i = 0; i < layout->n_sublanes; i++)
    builder->sublane_units[i] = 0;

  for (guint sector = 0; sector < TF_N_SECTORS; sector++)
    for (guint k = 0; k < careers->n_lane_places[sector]; k++)
      {
        guint32 p = careers->lane_places[sector][k];
        const TfPlace *place = &careers->places[p];
        gint32 sublane = builder->place_sublane[p];
        double *skyline = sky;
        double top = 0;

        if (sublane < 0)
          continue;
        if (layout->sublanes[sublane].kind == TF_LAYOUT_SUBLANE_OTHERS)
          skyline = &others_sky[(gsize) sector * n_cells];
        else
          memset (sky, 0, sizeof (double) * n_cells);

        for (guint i = 0; i < place->n_stints; i++)
          {
            guint32 s = careers->place_stints[place->first_stint + i];
            const TfStint *stint = &careers->stints[s];
            double thickness = tf_layout_path_units (careers->paths[stint->path].weight) + air;
            double first = floor ((stint->start - origin) * SKYLINE_CELLS_PER_YEAR);
            double last = ceil ((builder->stint_end[s] + TF_CAREERS_TRACK_GAP_YEARS - origin)
                                * SKYLINE_CELLS_PER_YEAR);
            guint lo, hi;
            double bottom = 0;

            if (!builder->stint_visible[s])
              continue;
            lo = (guint) CLAMP (first, 0, n_cells - 1);
            hi = (guint) CLAMP (last, lo + 1, n_cells);
            for (guint c = lo; c < hi; c++)
              bottom = MAX (bottom, skyline[c]);
            for (guint c = lo; c < hi; c++)
              skyline[c] = bottom + thickness;
            builder->stint_centre[s] = bottom + thickness / 2;
            top = MAX (top, bottom + thickness);
          }
        builder->sublane_units[sublane] = MAX (builder->sublane_units[sublane], top);
      }
  for (guint i = 0; i < layout->n_sublanes; i++)
    total += builder->sublane_units[i];
  return total;
}

static double vertical_budget (TfLayoutBuilder *builder);
static void   vertical_gaps   (TfLayoutBuilder *builder,
                               double          *lane_gap,
                               double          *sublane_gap);
static double sublanes_height (TfLayoutBuilder *builder,
                               double           unit_px,
                               double           min_height);

/* Where each visible stint's stroke ends, in years: an open end at the
 * last date the sources give, plus the room its move and fade need (in
 * the narrowest plot the label column can leave). Stints that end before
 * the view, so drawn, are no longer visible, nor are their people. */
static void
trim_open_ends (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  double narrowest = MAX (layout->plot_width - (MAX_LABEL_COLUMN + MAX_NAME_COLUMN) * layout->width
                              - 3 * LABEL_PAD_PX,
                          MIN_PLOT_WIDTH_PX);
  double tail = TF_LAYOUT_MIN_OPEN_END_PX / (narrowest / (layout->view_to - layout->view_from));
  double from = layout->view_from - VIEW_MARGIN_YEARS;

  builder->stint_end = g_new (double, careers->n_stints + 1);
  for (guint s = 0; s < careers->n_stints; s++)
    {
      const TfStint *stint = &careers->stints[s];

      builder->stint_end[s] = stint->end;
      if (stint->flags & TF_STINT_OPEN_END)
        builder->stint_end[s] = MIN (stint->end, MAX (stint->seen, stint->start) + tail);
      if (builder->stint_visible[s] && builder->stint_end[s] < from)
        builder->stint_visible[s] = FALSE;
    }

  layout->n_people = 0;
  for (guint i = 0; i < careers->n_paths; i++)
    {
      const TfCareerPath *path = &careers->paths[i];
      gboolean any = FALSE;

      for (guint k = 0; k < path->n_stints && !any; k++)
        any = builder->stint_visible[path->first_stint + k];
      builder->path_visible[i] = any;
      if (any)
        layout->n_people += path->weight;
    }
}

/* The least height each sub-lane gets: a label line (with the gap below
 * it and a pixel of air) when people at MIN_MERGE_UNIT_PX per unit leave
 * room for that, else none (fit_sublanes () then gives what it can). */
static double
row_line_height (TfLayoutBuilder *builder)
{
  double lane_gap, sublane_gap;

  vertical_gaps (builder, &lane_gap, &sublane_gap);
  return MAX (builder->font_height[TF_LAYOUT_FONT_ORGANIZATION] + 1 - sublane_gap, 0);
}

typedef struct
{
  guint32 place;
  guint32 people;
  guint32 stints;
  guint32 position;
} MergeCandidate;

static int
compare_merge_candidates (gconstpointer a,
                          gconstpointer b)
{
  const MergeCandidate *ca = a;
  const MergeCandidate *cb = b;

  /* The fewest people first, then the fewest stints, then lowest in the
   * lane. */
  if (ca->people != cb->people)
    return ca->people < cb->people ? -1 : 1;
  if (ca->stints != cb->stints)
    return ca->stints < cb->stints ? -1 : 1;
  return ca->position > cb->position ? -1 : ca->position < cb->position;
}

/* When the rows as they are leave no line for each one's label, even
 * with people drawn thin, merges the smallest organizations of a sector
 * into its "others" row: enough of them for the rest to fit, never the
 * ones the filter asks for, and never one alone (that would save no row).
 * TRUE when it merged some and the lanes must be made again. */
static gboolean
merge_small_rows (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  double lane_gap, sublane_gap;
  double min_height = row_line_height (builder);
  double excess;
  guint to_save;
  guint saved = 0;
  gboolean others[TF_N_SECTORS] = { FALSE };
  guint available[TF_N_SECTORS] = { 0 };
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (MergeCandidate));
  gboolean merged = FALSE;

  vertical_gaps (builder, &lane_gap, &sublane_gap);
  excess = sublanes_height (builder, MIN_MERGE_UNIT_PX, min_height) - vertical_budget (builder);
  if (excess <= 0 || layout->n_sublanes == 0)
    return FALSE;
  to_save = (guint) ceil (excess / (min_height + sublane_gap));

  for (guint i = 0; i < layout->n_sublanes; i++)
    if (layout->sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
      others[layout->sublanes[i].sector] = TRUE;
  for (guint sector = 0; sector < TF_N_SECTORS; sector++)
    for (guint k = 0; k < careers->n_lane_places[sector]; k++)
      {
        guint32 p = careers->lane_places[sector][k];
        const TfPlace *place = &careers->places[p];
        gint32 sublane = builder->place_sublane[p];
        MergeCandidate candidate = { p, 0, 0, k };

        if (sublane < 0 || layout->sublanes[sublane].kind != TF_LAYOUT_SUBLANE_ORGANIZATION
            || builder->place_selected[p])
          continue;
        for (guint i = 0; i < place->n_stints; i++)
          {
            guint32 s = careers->place_stints[place->first_stint + i];

            if (!builder->stint_visible[s])
              continue;
            candidate.people += careers->paths[careers->stints[s].path].weight;
            candidate.stints++;
          }
        g_array_append_val (candidates, candidate);
        available[sector]++;
      }
  g_array_sort (candidates, compare_merge_candidates);

  for (guint i = 0; i < candidates->len && saved < to_save; i++)
    {
      const MergeCandidate *candidate = &g_array_index (candidates, MergeCandidate, i);
      TfSector sector = careers->places[candidate->place].sector;

      if (builder->place_merged[candidate->place])
        continue;
      if (!others[sector])
        {
          /* The sector's first merge makes its others row: it takes two
           * rows to save one. */
          if (available[sector] < 2)
            continue;
          for (guint k = i + 1; k < candidates->len; k++)
            {
              const MergeCandidate *second = &g_array_index (candidates, MergeCandidate, k);

              if (careers->places[second->place].sector == sector)
                {
                  builder->place_merged[second->place] = TRUE;
                  break;
                }
            }
          available[sector]--;
          others[sector] = TRUE;
        }
      builder->place_merged[candidate->place] = TRUE;
      available[sector]--;
      saved++;
      merged = TRUE;
    }
  return merged;
}

static void
pack_individual (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  g_autofree double *base = NULL;
  g_autofree double *per_air = NULL;
  double budget;
  double min_height;
  double lo = 0;
  double hi = TF_LAYOUT_MAX_AIR_UNITS - TF_LAYOUT_MIN_AIR_UNITS;

  trim_open_ends (builder);
  builder->place_merged = g_new0 (guint8, careers->n_places + 1);
  builder->stint_centre = g_new0 (double, careers->n_stints + 1);
  builder->max_unit_px = TF_LAYOUT_MAX_UNIT_PX;

  do
    {
      g_autoptr(GArray) sublanes = g_array_new (FALSE, FALSE, sizeof (TfLayoutSublane));

      make_lanes (builder, sublanes);
      g_free (layout->sublanes);
      layout->n_sublanes = sublanes->len;
      layout->sublanes
          = (TfLayoutSublane *) (gpointer) g_array_free (g_steal_pointer (&sublanes), FALSE);
      g_free (builder->sublane_units);
      builder->sublane_units = g_new0 (double, layout->n_sublanes + 1);
      drop_stints (builder, TF_LAYOUT_MIN_AIR_UNITS);
    }
  while (merge_small_rows (builder));

  budget = vertical_budget (builder);
  min_height = row_line_height (builder);
  builder->row_lines = sublanes_height (builder, MIN_MERGE_UNIT_PX, min_height) <= budget;
  if (!builder->row_lines || layout->n_sublanes == 0)
    return;

  /* Room to spare: people get more air between them, not thicker strokes,
   * until the rows (each at least a line) fill the plot. Each row grows
   * about linearly with air; two drops measure how much. */
  base = g_memdup2 (builder->sublane_units, sizeof (double) * layout->n_sublanes);
  drop_stints (builder, TF_LAYOUT_MIN_AIR_UNITS + 1);
  per_air = g_new (double, layout->n_sublanes);
  for (guint i = 0; i < layout->n_sublanes; i++)
    per_air[i] = MAX (builder->sublane_units[i] - base[i], 0);
  for (guint step = 0; step < 40; step++)
    {
      double air = (lo + hi) / 2;
      double total = 0;

      for (guint i = 0; i < layout->n_sublanes; i++)
        total += MAX ((base[i] + air * per_air[i]) * TF_LAYOUT_MAX_UNIT_PX, min_height);
      if (total > budget)
        hi = air;
      else
        lo = air;
    }
  drop_stints (builder, TF_LAYOUT_MIN_AIR_UNITS + lo);
}

/* The organizations of each "others" sub-lane, in lane order, for
 * tooltips and for the window to list. */
static void
list_merged (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  g_autofree guint *offset = g_new0 (guint, layout->n_sublanes + 1);
  guint total = 0;

  for (guint p = 0; p < careers->n_places; p++)
    {
      gint32 sublane = builder->place_sublane[p];

      if (sublane >= 0 && layout->sublanes[sublane].kind == TF_LAYOUT_SUBLANE_OTHERS
          && careers->places[p].organization >= 0)
        offset[sublane + 1]++;
    }
  for (guint i = 0; i < layout->n_sublanes; i++)
    offset[i + 1] += offset[i];
  total = offset[layout->n_sublanes];
  layout->merged = g_new (int, total + 1);
  for (guint i = 0; i < layout->n_sublanes; i++)
    {
      layout->sublanes[i].merged = &layout->merged[offset[i]];
      layout->sublanes[i].n_organizations = 0;
    }
  for (guint sector = 0; sector < TF_N_SECTORS; sector++)
    for (guint k = 0; k < careers->n_lane_places[sector]; k++)
      {
        guint32 p = careers->lane_places[sector][k];
        gint32 sublane = builder->place_sublane[p];
        TfLayoutSublane *others;

        if (sublane < 0 || layout->sublanes[sublane].kind != TF_LAYOUT_SUBLANE_OTHERS
            || careers->places[p].organization < 0)
          continue;
        others = &layout->sublanes[sublane];
        layout->merged[offset[sublane] + others->n_organizations++]
            = careers->places[p].organization;
      }
}

/* ---- scale ---- */

/* Gaps between lanes and sub-lanes, shrinking before people do when there
 * are very many sub-lanes. */
static void
vertical_gaps (TfLayoutBuilder *builder,
               double          *lane_gap,
               double          *sublane_gap)
{
  TfLayout *layout = builder->layout;

  *sublane_gap = SUBLANE_GAP_PX;
  *lane_gap = LANE_GAP_PX;
  if (layout->n_sublanes > 0)
    *sublane_gap = MIN (*sublane_gap, 0.25 * layout->plot_height / layout->n_sublanes);
  if (layout->n_lanes > 1)
    *lane_gap = MIN (*lane_gap, 0.1 * layout->plot_height / (layout->n_lanes - 1));
}

/* The pixels the plot has for sub-lanes once the gaps are taken. */
static double
vertical_budget (TfLayoutBuilder *builder)
{
  TfLayout *layout = builder->layout;
  double lane_gap, sublane_gap;
  double fixed = 0;

  vertical_gaps (builder, &lane_gap, &sublane_gap);
  for (guint l = 0; l < layout->n_lanes; l++)
    {
      if (l > 0)
        fixed += lane_gap;
      if (layout->lanes[l].n_sublanes == 0)
        fixed += EMPTY_LANE_PX;
      else
        fixed += (layout->lanes[l].n_sublanes - 1) * sublane_gap;
    }
  return MAX (layout->plot_height - fixed, 1.0);
}

/* The pixels sub-lanes take at a scale of unit_px, none less than
 * min_height. */
static double
sublanes_height (TfLayoutBuilder *builder,
                 double           unit_px,
                 double           min_height)
{
  double total = 0;

  for (guint i = 0; i < builder->layout->n_sublanes; i++)
    total += MAX (builder->sublane_units[i] * unit_px, min_height);
  return total;
}

/* People drawn one by one: every sub-lane is at least so high that with
 * the gap below it a label line fits (and a pixel of air), when the plot
 * has room for that with people at least MIN_MERGE_UNIT_PX per unit,
 * which merge_small_rows () sees to (else most of its share of the
 * plot), so that every row keeps its label; the scale is the largest that still
 * fits. Height left over then goes to the sub-lanes evenly, a line each at
 * most, so that a chart of few people fills more of the plot. Returns how
 * high each sub-lane is at least. */
static double
fit_sublanes (TfLayoutBuilder *builder,
              double           budget,
              double           sublane_gap,
              double          *extra)
{
  TfLayout *layout = builder->layout;
  double line = builder->font_height[TF_LAYOUT_FONT_ORGANIZATION];
  double min_height;
  double lo = 0;
  double hi = builder->max_unit_px;

  *extra = 0;
  if (layout->n_sublanes == 0)
    {
      layout->unit_px = builder->max_unit_px;
      return 0;
    }
  min_height = row_line_height (builder);
  /* When even thin people leave no line for each label (the rows could
   * not be merged enough), most of a share of the plot. */
  if (!builder->row_lines)
    min_height = MIN (min_height, 0.8 * budget / layout->n_sublanes);
  if (sublanes_height (builder, hi, min_height) > budget)
    {
      /* Bisection: the height grows with the scale. */
      for (guint i = 0; i < 60; i++)
        {
          double mid = (lo + hi) / 2;

          if (sublanes_height (builder, mid, min_height) > budget)
            hi = mid;
          else
            lo = mid;
        }
      hi = lo;
    }
  layout->unit_px = hi;
  *extra = MAX (0, budget - sublanes_height (builder, hi, min_height)) / layout->n_sublanes;
  *extra = MIN (*extra, line);
  return min_height;
}

static void
place_vertically (TfLayoutBuilder *builder)
{
  TfLayout *layout = builder->layout;
  double units = 0;
  double lane_gap, sublane_gap;
  double min_height = 0;
  double extra = 0;
  double y;

  for (guint i = 0; i < layout->n_sublanes; i++)
    units += builder->sublane_units[i];
  vertical_gaps (builder, &lane_gap, &sublane_gap);
  if (layout->aggregated)
    layout->unit_px = units > 0 ? MIN (builder->max_unit_px, vertical_budget (builder) / units)
                                : builder->max_unit_px;
  else
    min_height = fit_sublanes (builder, vertical_budget (builder), sublane_gap, &extra);

  y = layout->plot_y;
  for (guint l = 0; l < layout->n_lanes; l++)
    {
      TfLayoutLane *lane = &layout->lanes[l];

      if (l > 0)
        y += lane_gap;
      lane->y = y;
      if (lane->n_sublanes == 0)
        y += EMPTY_LANE_PX;
      for (guint i = 0; i < lane->n_sublanes; i++)
        {
          TfLayoutSublane *sublane = &layout->sublanes[lane->first_sublane + i];

          if (i > 0)
            y += sublane_gap;
          sublane->y = y;
          sublane->height = MAX (builder->sublane_units[lane->first_sublane + i] * layout->unit_px,
                                 min_height) + extra;
          y += sublane->height;
        }
      lane->height = y - lane->y;
    }
}

/* ---- count ---- */

static void
count_directions (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  TfLayoutStrip *strip = &layout->strip;
  int first = (int) floor (layout->view_from);
  int last = (int) ceil (layout->view_to) - 1;

  strip->first_year = first;
  strip->n_years = last >= first ? (guint) (last - first + 1) : 0;
  layout->to_academia = g_new0 (guint, strip->n_years + 1);
  layout->to_industry = g_new0 (guint, strip->n_years + 1);
  strip->to_academia = layout->to_academia;
  strip->to_industry = layout->to_industry;

  for (guint i = 0; i < careers->n_transitions; i++)
    {
      const TfTransition *transition = &careers->transitions[i];
      TfSector from;
      TfSector to;
      int year;

      /* Both ends shown, as the chart draws the move: with a sector
       * filtered out, its moves are not counted either. */
      if (transition->move < 0 || transition->undated || !builder->path_visible[transition->path]
          || !builder->stint_visible[transition->from] || !builder->stint_visible[transition->to])
        continue;
      year = (int) floor (transition->arrive);
      if (year < first || year > last)
        continue;
      from = careers->places[careers->stints[transition->from].place].sector;
      to = careers->places[careers->stints[transition->to].place].sector;
      if (to == TF_SECTOR_ACADEMIA && from != TF_SECTOR_ACADEMIA)
        layout->to_academia[year - first] += careers->paths[transition->path].weight;
      else if (from == TF_SECTOR_ACADEMIA && to != TF_SECTOR_ACADEMIA)
        layout->to_industry[year - first] += careers->paths[transition->path].weight;
    }
  for (guint y = 0; y < strip->n_years; y++)
    strip->max_count = MAX (strip->max_count, MAX (layout->to_academia[y], layout->to_industry[y]));
}

/* ---- the whole ---- */

static void
make_years (TfLayoutBuilder *builder)
{
  TfLayout *layout = builder->layout;
  int first = (int) floor (layout->view_from);
  int last = (int) ceil (layout->view_to) - 1;

  layout->n_years = last >= first ? (guint) (last - first + 1) : 0;
  layout->years = g_new0 (TfLayoutYear, layout->n_years + 1);
  for (guint i = 0; i < layout->n_years; i++)
    {
      layout->years[i].year = first + (int) i;
      layout->years[i].x = tf_layout_map_time (layout, first + (int) i);
      layout->years[i].label = -1;
    }
}

TfLayout *
tf_layout_new (TfCareers             *careers,
               const TfLayoutOptions *options)
{
  TfLayoutBuilder builder = { 0 };
  TfLayout *layout;
  double axis_height;
  double strip_space;
  double column;
  double probe_width;

  g_return_val_if_fail (careers != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  layout = g_atomic_rc_box_new0 (TfLayout);
  layout->careers = tf_careers_ref (careers);
  layout->strings = g_string_chunk_new (4096);
  layout->width = MAX (options->width, 1);
  layout->height = MAX (options->height, 1);

  builder.layout = layout;
  builder.careers = careers;
  builder.options = *options;
  if (builder.options.measure == NULL)
    {
      builder.options.measure = tf_layout_measure_approximate;
      builder.options.measure_data = NULL;
    }
  if (builder.options.aggregate_threshold == 0)
    builder.options.aggregate_threshold = 300;
  builder.options.unnamed_label = g_string_chunk_insert_const (
      layout->strings, options->unnamed_label ? options->unnamed_label : "Unnamed");
  builder.options.others_label = g_string_chunk_insert_const (
      layout->strings, options->others_label ? options->others_label : "Others (%u)");
  builder.labels = g_array_new (FALSE, FALSE, sizeof (TfLayoutLabel));
  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    tf_layout_builder_measure (&builder, f, TF_LAYOUT_LINE_PROBE, &probe_width,
                               &builder.font_height[f]);

  /* The years shown: the zoom, else everything the careers span. */
  layout->view_from = options->view_from;
  layout->view_to = options->view_to;
  if (layout->view_from == 0 && layout->view_to == 0)
    tf_careers_get_extent (careers, &layout->view_from, &layout->view_to);
  if (!(layout->view_to > layout->view_from))
    layout->view_to = layout->view_from + 1;

  filter (&builder);

  switch (options->aggregate)
    {
    case TF_LAYOUT_AGGREGATE_ALWAYS:
      layout->aggregated = TRUE;
      break;
    case TF_LAYOUT_AGGREGATE_NEVER:
      layout->aggregated = FALSE;
      break;
    case TF_LAYOUT_AGGREGATE_AUTO:
    default:
      layout->aggregated = layout->n_people > builder.options.aggregate_threshold;
      break;
    }

  /* Rows: the axis, the lanes, the strip. */
  axis_height = builder.font_height[TF_LAYOUT_FONT_AXIS] + 2 * LABEL_PAD_PX;
  strip_space = options->strip_height > 0 ? options->strip_height + STRIP_GAP_PX : 0;
  layout->plot_y = axis_height;
  layout->plot_height = MAX (layout->height - axis_height - strip_space - LABEL_PAD_PX, 1);

  /* The plot's x is only known once the label column is; the width in
   * years is needed for bins first, so estimate it with the widest column. */
  layout->plot_x = LANE_GUTTER_PX;
  layout->plot_width = MAX (layout->width - LANE_GUTTER_PX - RIGHT_MARGIN_PX, MIN_PLOT_WIDTH_PX);
  tf_layout_find_breaks (&builder);
  tf_layout_set_scale (layout);

  if (layout->aggregated)
    tf_layout_aggregate_count (&builder);
  else
    pack_individual (&builder);
  list_merged (&builder);
  place_vertically (&builder);

  column = tf_layout_place_sublane_labels (
      &builder, LANE_GUTTER_PX + LABEL_PAD_PX,
      MAX (0,
           MIN (MAX_LABEL_COLUMN * layout->width, layout->width - LANE_GUTTER_PX - RIGHT_MARGIN_PX
                                                      - MIN_PLOT_WIDTH_PX - 3 * LABEL_PAD_PX)));
  layout->plot_x = LANE_GUTTER_PX + (column > 0 ? column + 2 * LABEL_PAD_PX : 0);
  layout->plot_width = MAX (layout->width - layout->plot_x - RIGHT_MARGIN_PX, MIN_PLOT_WIDTH_PX);
  if (!layout->aggregated)
    layout->plot_width
        -= tf_layout_measure_edge_names (&builder,
                                         MIN (MAX_NAME_COLUMN * layout->width,
                                              layout->plot_width - MIN_PLOT_WIDTH_PX));
  tf_layout_set_scale (layout);

  make_years (&builder);
  tf_layout_place_year_labels (&builder, axis_height);

  if (layout->aggregated)
    tf_layout_aggregate_place (&builder);
  else
    {
      tf_layout_trace_paths (&builder);
      tf_layout_place_person_labels (&builder);
    }

  count_directions (&builder);
  layout->strip.x = layout->plot_x;
  layout->strip.width = layout->plot_width;
  layout->strip.height = MAX (options->strip_height, 0);
  layout->strip.y = layout->height - LABEL_PAD_PX - layout->strip.height;

  layout->n_labels = builder.labels->len;
  layout->labels = (TfLayoutLabel *) (gpointer) g_array_free (builder.labels, FALSE);

  g_free (builder.path_visible);
  g_free (builder.stint_visible);
  g_free (builder.place_selected);
  g_free (builder.place_sublane);
  g_free (builder.place_merged);
  g_free (builder.stint_end);
  g_free (builder.sublane_units);
  g_free (builder.stint_centre);
  return layout;
}

TfLayout *
tf_layout_ref (TfLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
tf_layout_clear (TfLayout *self)
{
  if (self->hit_index != NULL)
    tf_layout_hit_index_free (self->hit_index);
  g_free (self->to_academia);
  g_free (self->to_industry);
  g_free (self->ribbons);
  g_free (self->blocks);
  g_free (self->labels);
  g_free (self->segments);
  g_free (self->paths);
  g_free (self->years);
  g_free (self->breaks);
  g_free (self->sublanes);
  g_free (self->merged);
  g_string_chunk_free (self->strings);
  tf_careers_unref (self->careers);
}

void
tf_layout_unref (TfLayout *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) tf_layout_clear);
}

TfCareers *
tf_layout_get_careers (TfLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->careers;
}

void
tf_layout_get_size (TfLayout *self,
                    double   *width,
                    double   *height)
{
  g_return_if_fail (self != NULL);
  if (width)
    *width = self->width;
  if (height)
    *height = self->height;
}

void
tf_layout_get_plot (TfLayout *self,
                    double   *x,
                    double   *y,
                    double   *width,
                    double   *height)
{
  g_return_if_fail (self != NULL);
  if (x)
    *x = self->plot_x;
  if (y)
    *y = self->plot_y;
  if (width)
    *width = self->plot_width;
  if (height)
    *height = self->plot_height;
}

void
tf_layout_get_view (TfLayout *self,
                    double   *from,
                    double   *to)
{
  g_return_if_fail (self != NULL);
  if (from)
    *from = self->view_from;
  if (to)
    *to = self->view_to;
}

double
tf_layout_x_for_time (TfLayout *self,
                      double    year)
{
  g_return_val_if_fail (self != NULL, 0);
  return tf_layout_map_time (self, year);
}

double
tf_layout_time_for_x (TfLayout *self,
                      double    x)
{
  g_return_val_if_fail (self != NULL, NAN);
  return tf_layout_map_x (self, x);
}

gboolean
tf_layout_is_aggregated (TfLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->aggregated;
}

guint
tf_layout_get_n_people (TfLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_people;
}

#define DEFINE_ARRAY_GETTER(Type, name, field, count)                         \
  const Type *                                                                \
  tf_layout_get_##name (TfLayout *self,                                       \
                        guint    *n)                                          \
  {                                                                           \
    g_return_val_if_fail (self != NULL, NULL);                                \
    if (n != NULL)                                                            \
      *n = self->count;                                                       \
    return self->field;                                                       \
  }

DEFINE_ARRAY_GETTER (TfLayoutSublane, sublanes, sublanes, n_sublanes)
DEFINE_ARRAY_GETTER (TfLayoutYear, years, years, n_years)
DEFINE_ARRAY_GETTER (TfLayoutBreak, breaks, breaks, n_breaks)
DEFINE_ARRAY_GETTER (TfLayoutPath, paths, paths, n_paths)
DEFINE_ARRAY_GETTER (TfLayoutSegment, segments, segments, n_segments)
DEFINE_ARRAY_GETTER (TfLayoutLabel, labels, labels, n_labels)
DEFINE_ARRAY_GETTER (TfLayoutBlock, blocks, blocks, n_blocks)
DEFINE_ARRAY_GETTER (TfLayoutRibbon, ribbons, ribbons, n_ribbons)

#undef DEFINE_ARRAY_GETTER

int
tf_layout_get_path_of_segment (TfLayout *self,
                               int       segment)
{
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (self != NULL, -1);

  if (segment < 0 || (guint) segment >= self->n_segments)
    return -1;
  /* Paths hold consecutive runs of segments, in order: the last path
   * that starts at or before it. */
  hi = self->n_paths;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (self->paths[mid].first_segment <= (guint) segment)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? (int) lo - 1 : -1;
}

const TfLayoutLane *
tf_layout_get_lanes (TfLayout *self,
                     guint    *n_lanes)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (n_lanes != NULL)
    *n_lanes = self->n_lanes;
  return self->lanes;
}

void
tf_layout_get_bins (TfLayout *self,
                    int      *first_bin_year,
                    guint    *bin_years,
                    guint    *n_bins)
{
  g_return_if_fail (self != NULL);
  if (first_bin_year)
    *first_bin_year = self->first_bin_year;
  if (bin_years)
    *bin_years = self->bin_years;
  if (n_bins)
    *n_bins = self->n_bins;
}

const TfLayoutStrip *
tf_layout_get_strip (TfLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->strip;
}
