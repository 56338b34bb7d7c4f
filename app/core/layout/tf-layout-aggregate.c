/* tf-layout-aggregate.c: ribbons instead of people (an alluvial chart).
 *
 * Time is cut into bins (a year, or more when a year is too narrow). Each
 * path counts once in the block of the place it is at in the middle of a
 * bin; a ribbon joins the blocks a path is in at consecutive bins, as wide
 * as the people it carries, so moves inside a bin show as the ribbon
 * between the places before and after. Small organizations are merged
 * into one "others" sub-lane per sector so that every sub-lane stays
 * readable. Sub-lanes and ribbons keep the careers' global order.
 *
 * A path held at two places at once (a concurrent affiliation) counts in
 * both; its branch is a ribbon of its own, so a block can send or receive
 * more than it holds, and is then drawn as tall as that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-layout-private.h"

#define MIN_BIN_PX          28.0
#define MIN_SUBLANE_PX      16.0
#define MAX_BAR_PX          10.0

typedef struct
{
  guint64 key;     /* source block << 32 | target block, in sub-lane * n_bins + bin */
  guint32 count;
} Flow;

struct _TfLayoutAggregation
{
  guint n_bins;
  guint bin_min;           /* bins whose middle is in the view */
  guint bin_max;
  guint32 *count;          /* per sub-lane * n_bins + bin */
  guint32 *inflow;
  guint32 *outflow;
  Flow *flows;
  guint n_flows;
};

static int
compare_flows (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  guint64 x = ((const Flow *) a)->key;
  guint64 y = ((const Flow *) b)->key;

  return (x > y) - (x < y);
}

static void
sort_flows (Flow  *flows,
            guint  n)
{
  g_qsort_with_data (flows, (gint) n, sizeof (Flow), compare_flows, NULL);
}

/* The bins whose middles fall in [start, end), clamped to the view's. */
static void
stint_bins (const TfLayout              *layout,
            const struct _TfLayoutAggregation *aggregation,
            const TfStint               *stint,
            guint                       *lo,
            guint                       *hi)
{
  double b = layout->bin_years;
  double k_lo = ceil ((stint->start - layout->first_bin_year) / b - 0.5);
  double k_hi = ceil ((stint->end - layout->first_bin_year) / b - 0.5);

  *lo = (guint) CLAMP (k_lo, aggregation->bin_min, aggregation->bin_max);
  *hi = (guint) CLAMP (k_hi, aggregation->bin_min, aggregation->bin_max);
}

static double
bin_middle (const TfLayout *layout,
            guint           bin)
{
  return layout->first_bin_year + (bin + 0.5) * layout->bin_years;
}

typedef struct
{
  double  peak;
  guint32 rank;
  guint32 place;
} PlaceRank;

static int
compare_place_ranks (gconstpointer a,
                     gconstpointer b)
{
  const PlaceRank *pa = a;
  const PlaceRank *pb = b;

  if (pa->peak != pb->peak)
    return pa->peak > pb->peak ? -1 : 1;
  return pa->rank < pb->rank ? -1 : pa->rank > pb->rank;
}

static void
choose_bins (TfLayoutBuilder *builder)
{
  static const guint sizes[] = { 1, 2, 5, 10, 20, 50, 100 };
  TfLayout *layout = builder->layout;
  guint bin_years = builder->options.bin_years;

  if (bin_years == 0)
    {
      bin_years = sizes[G_N_ELEMENTS (sizes) - 1];
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        if (sizes[i] * layout->px_per_year >= MIN_BIN_PX)
          {
            bin_years = sizes[i];
            break;
          }
    }
  layout->bin_years = bin_years;
  layout->first_bin_year = (int) (floor (layout->view_from / bin_years) * bin_years);
  layout->n_bins = (guint) MAX (1, ceil ((layout->view_to - layout->first_bin_year) / bin_years));
}

void
tf_layout_aggregate_count (TfLayoutBuilder *builder)
{
  TfCareers *careers = builder->careers;
  TfLayout *layout = builder->layout;
  struct _TfLayoutAggregation *aggregation = g_new0 (struct _TfLayoutAggregation, 1);
  guint sector_mask = builder->options.sector_mask ? builder->options.sector_mask
                                                   : (1u << TF_N_SECTORS) - 1;
  g_autofree guint32 *place_peak = NULL;
  g_autofree guint32 *place_count = NULL;
  g_autofree guint8 *kept = NULL;
  g_autofree PlaceRank *ranks = NULL;
  g_autoptr(GArray) sublanes = g_array_new (FALSE, FALSE, sizeof (TfLayoutSublane));
  GArray *flows;
  g_autofree guint32 *stays = NULL;
  guint n_ranked = 0;
  guint max_kept;
  guint n_bins;
  guint merged_in[TF_N_SECTORS] = { 0 };
  gint32 others[TF_N_SECTORS];

  builder->aggregation = aggregation;
  builder->max_unit_px = TF_LAYOUT_MAX_BLOCK_UNIT_PX;
  choose_bins (builder);
  n_bins = aggregation->n_bins = layout->n_bins;
  aggregation->bin_min = (guint) CLAMP (
      ceil ((layout->view_from - layout->first_bin_year) / layout->bin_years - 0.5), 0, n_bins);
  aggregation->bin_max
      = (guint) CLAMP (ceil ((layout->view_to - layout->first_bin_year) / layout->bin_years - 0.5),
                       aggregation->bin_min, n_bins);

  /* How many people each place holds at most, to choose which stay. */
  place_count = g_new0 (guint32, (gsize) careers->n_places * n_bins + 1);
  place_peak = g_new0 (guint32, careers->n_places + 1);
  for (guint s = 0; s < careers->n_stints; s++)
    {
      const TfStint *stint = &careers->stints[s];
      guint lo, hi;

      if (!builder->stint_visible[s])
        continue;
      stint_bins (layout, aggregation, stint, &lo, &hi);
      for (guint k = lo; k < hi; k++)
        {
          guint32 *count = &place_count[(gsize) stint->place * n_bins + k];

          *count += careers->paths[stint->path].weight;
          place_peak[stint->place] = MAX (place_peak[stint->place], *count);
        }
    }

  ranks = g_new (PlaceRank, careers->n_places + 1);
  for (guint p = 0; p < careers->n_places; p++)
    if (place_peak[p] > 0)
      {
        /* Organizations the filter asks for always get their own sub-lane. */
        ranks[n_ranked].peak = builder->place_selected[p] ? G_MAXDOUBLE : place_peak[p];
        ranks[n_ranked].rank = p;
        ranks[n_ranked].place = p;
        n_ranked++;
      }
  if (n_ranked > 1)
    qsort (ranks, n_ranked, sizeof (PlaceRank), compare_place_ranks);
  max_kept = MAX (TF_N_SECTORS, (guint) (layout->plot_height / MIN_SUBLANE_PX));
  if (n_ranked > max_kept)
    max_kept -= TF_N_SECTORS;  /* room for the others */
  kept = g_new0 (guint8, careers->n_places + 1);
  for (guint i = 0; i < n_ranked; i++)
    {
      TfSector sector = careers->places[ranks[i].place].sector;

      if (i < max_kept)
        kept[ranks[i].place] = TRUE;
      else
        merged_in[sector]++;
    }

  /* Lanes and sub-lanes in the global order, others last in a lane. */
  builder->place_sublane = g_new (gint32, careers->n_places + 1);
  for (guint p = 0; p < careers->n_places; p++)
    builder->place_sublane[p] = -1;
  layout->n_lanes = 0;
  for (guint sector = 0; sector < TF_N_SECTORS; sector++)
    {
      TfLayoutLane *lane;

      others[sector] = -1;
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
          TfLayoutSublane sublane = { 0 };

          if (!kept[p])
            continue;
          sublane.kind = place->organization >= 0 ? TF_LAYOUT_SUBLANE_ORGANIZATION
                                                  : TF_LAYOUT_SUBLANE_UNNAMED;
          sublane.sector = sector;
          sublane.organization = place->organization;
          sublane.id = place->id;
          sublane.label = -1;
          builder->place_sublane[p] = (gint32) sublanes->len;
          g_array_append_val (sublanes, sublane);
        }
      if (merged_in[sector] > 0)
        {
          TfLayoutSublane sublane = { 0 };

          sublane.kind = TF_LAYOUT_SUBLANE_OTHERS;
          sublane.sector = sector;
          sublane.organization = -1;
          sublane.label = -1;
          sublane.n_merged = merged_in[sector];
          others[sector] = (gint32) sublanes->len;
          g_array_append_val (sublanes, sublane);
        }
      lane->n_sublanes = sublanes->len - lane->first_sublane;
    }
  for (guint p = 0; p < careers->n_places; p++)
    if (place_peak[p] > 0 && !kept[p])
      builder->place_sublane[p] = others[careers->places[p].sector];

  layout->n_sublanes = sublanes->len;
  layout->sublanes
      = (TfLayoutSublane *) (gpointer) g_array_free (g_steal_pointer (&sublanes), FALSE);
  builder->sublane_units = g_new0 (double, layout->n_sublanes + 1);

  /* Blocks and flows. */
  aggregation->count = g_new0 (guint32, (gsize) layout->n_sublanes * n_bins + 1);
  aggregation->inflow = g_new0 (guint32, (gsize) layout->n_sublanes * n_bins + 1);
  aggregation->outflow = g_new0 (guint32, (gsize) layout->n_sublanes * n_bins + 1);
  /* Staying put is counted per block; only moves are listed and sorted. */
  stays = g_new0 (guint32, (gsize) layout->n_sublanes * n_bins + 1);
  flows = g_array_new (FALSE, FALSE, sizeof (Flow));
  for (guint s = 0; s < careers->n_stints; s++)
    {
      const TfStint *stint = &careers->stints[s];
      guint32 weight = careers->paths[stint->path].weight;
      gint32 sublane = builder->place_sublane[stint->place];
      guint lo, hi;

      if (!builder->stint_visible[s] || sublane < 0)
        continue;
      stint_bins (layout, aggregation, stint, &lo, &hi);
      if (lo >= hi)
        continue;
      for (guint k = lo; k < hi; k++)
        aggregation->count[(gsize) sublane * n_bins + k] += weight;
      for (guint k = lo; k + 1 < hi; k++)
        stays[(gsize) sublane * n_bins + k] += weight;

      /* Where the path was at the previous bin's middle: back along the
       * transitions that lead here, past stints too short to hold one. */
      if (lo > aggregation->bin_min)
        {
          double middle = bin_middle (layout, lo - 1);
          guint32 at = s;

          for (;;)
            {
              const TfStint *here = &careers->stints[at];
              const TfStint *before;

              if (here->prev < 0)
                break;
              at = careers->transitions[here->prev].from;
              before = &careers->stints[at];
              if (!builder->stint_visible[at] || builder->place_sublane[before->place] < 0)
                break;
              if (before->start <= middle)
                {
                  if (before->end > middle)
                    {
                      gint32 source = builder->place_sublane[before->place];
                      Flow flow = { ((guint64) (source * n_bins + lo - 1) << 32)
                                        | (sublane * n_bins + lo),
                                    weight };

                      if (source == sublane)
                        stays[(gsize) source * n_bins + lo - 1] += weight;
                      else
                        g_array_append_val (flows, flow);
                    }
                  break;
                }
            }
        }
    }

  /* Equal (source, target) pairs merge into one ribbon. */
  sort_flows ((Flow *) (gpointer) flows->data, flows->len);
  aggregation->n_flows = 0;
  for (guint i = 0; i < flows->len; i++)
    {
      Flow *flow = &g_array_index (flows, Flow, i);
      Flow *merged
          = &g_array_index (flows, Flow, aggregation->n_flows > 0 ? aggregation->n_flows - 1 : 0);

      if (aggregation->n_flows > 0 && merged->key == flow->key)
        merged->count += flow->count;
      else
        g_array_index (flows, Flow, aggregation->n_flows++) = *flow;
    }
  g_array_set_size (flows, aggregation->n_flows);
  for (gsize b = 0; b < (gsize) layout->n_sublanes * n_bins; b++)
    if (stays[b] > 0)
      {
        Flow stay = { ((guint64) b << 32) | (b + 1), stays[b] };

        g_array_append_val (flows, stay);
      }
  sort_flows ((Flow *) (gpointer) flows->data, flows->len);
  aggregation->n_flows = flows->len;
  for (guint i = 0; i < aggregation->n_flows; i++)
    {
      const Flow *flow = &g_array_index (flows, Flow, i);

      aggregation->outflow[flow->key >> 32] += flow->count;
      aggregation->inflow[flow->key & 0xffffffff] += flow->count;
    }
  aggregation->flows = (Flow *) (gpointer) g_array_free (flows, FALSE);

  for (guint i = 0; i < layout->n_sublanes; i++)
    for (guint k = 0; k < n_bins; k++)
      {
        gsize b = (gsize) i * n_bins + k;
        double units
            = MAX (aggregation->count[b], MAX (aggregation->inflow[b], aggregation->outflow[b]));

        builder->sublane_units[i] = MAX (builder->sublane_units[i], units);
      }
}

typedef struct
{
  guint64 key;
  guint32 ribbon;
} RibbonOrder;

static int
compare_ribbon_order (gconstpointer a,
                      gconstpointer b)
{
  const RibbonOrder *ra = a;
  const RibbonOrder *rb = b;

  if (ra->key != rb->key)
    return ra->key < rb->key ? -1 : 1;
  return ra->ribbon < rb->ribbon ? -1 : ra->ribbon > rb->ribbon;
}

void
tf_layout_aggregate_place (TfLayoutBuilder *builder)
{
  TfLayout *layout = builder->layout;
  struct _TfLayoutAggregation *aggregation = builder->aggregation;
  guint n_bins = aggregation->n_bins;
  gsize n_cells = (gsize) layout->n_sublanes * n_bins;
  double bin_px = layout->bin_years * layout->px_per_year;
  double bar = CLAMP (0.2 * bin_px, 2.0, MAX_BAR_PX);
  g_autofree gint32 *block_of = g_new (gint32, n_cells + 1);
  g_autofree double *out_offset = NULL;
  g_autofree double *in_offset = NULL;
  g_autofree RibbonOrder *order = NULL;
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (TfLayoutBlock));

  for (gsize b = 0; b < n_cells; b++)
    {
      guint sublane = (guint) (b / n_bins);
      guint bin = (guint) (b % n_bins);
      double units
          = MAX (aggregation->count[b], MAX (aggregation->inflow[b], aggregation->outflow[b]));
      const TfLayoutSublane *lane = &layout->sublanes[sublane];
      TfLayoutBlock block = { 0 };

      block_of[b] = -1;
      if (units == 0)
        continue;
      block.sublane = (int) sublane;
      block.bin = (int) bin;
      block.count = aggregation->count[b];
      block.width = bar;
      block.height = units * layout->unit_px;
      block.x = tf_layout_x_for_time (layout, bin_middle (layout, bin)) - bar / 2;
      block.y = lane->y + (lane->height - block.height) / 2;
      block_of[b] = (gint32) blocks->len;
      g_array_append_val (blocks, block);
    }
  layout->n_blocks = blocks->len;
  layout->blocks = (TfLayoutBlock *) (gpointer) g_array_free (blocks, FALSE);

  /* Ribbons stack at both ends in the order of the block at the other
   * end, top to bottom, so that ribbons leaving one block never cross. */
  layout->n_ribbons = aggregation->n_flows;
  layout->ribbons = g_new0 (TfLayoutRibbon, layout->n_ribbons + 1);
  out_offset = g_new0 (double, layout->n_blocks + 1);
  in_offset = g_new0 (double, layout->n_blocks + 1);
  order = g_new (RibbonOrder, layout->n_ribbons + 1);
  for (guint i = 0; i < aggregation->n_flows; i++)
    {
      const Flow *flow = &aggregation->flows[i];
      TfLayoutRibbon *ribbon = &layout->ribbons[i];

      ribbon->source = block_of[flow->key >> 32];
      ribbon->target = block_of[flow->key & 0xffffffff];
      ribbon->count = flow->count;
      ribbon->width = flow->count * layout->unit_px;
      g_assert (ribbon->source >= 0 && ribbon->target >= 0);
    }

  /* Flows are sorted by (source, target): the order out of each block. */
  for (guint i = 0; i < layout->n_ribbons; i++)
    {
      TfLayoutRibbon *ribbon = &layout->ribbons[i];
      const TfLayoutBlock *source = &layout->blocks[ribbon->source];

      ribbon->x0 = source->x + source->width;
      ribbon->y0 = source->y + out_offset[ribbon->source];
      out_offset[ribbon->source] += ribbon->width;
    }
  for (guint i = 0; i < layout->n_ribbons; i++)
    {
      order[i].key
          = ((guint64) layout->ribbons[i].target << 32) | (guint32) layout->ribbons[i].source;
      order[i].ribbon = i;
    }
  qsort (order, layout->n_ribbons, sizeof (RibbonOrder), compare_ribbon_order);
  for (guint i = 0; i < layout->n_ribbons; i++)
    {
      TfLayoutRibbon *ribbon = &layout->ribbons[order[i].ribbon];
      const TfLayoutBlock *target = &layout->blocks[ribbon->target];

      ribbon->x1 = target->x;
      ribbon->y1 = target->y + in_offset[ribbon->target];
      in_offset[ribbon->target] += ribbon->width;
    }

  g_free (aggregation->count);
  g_free (aggregation->inflow);
  g_free (aggregation->outflow);
  g_free (aggregation->flows);
  g_free (aggregation);
  builder->aggregation = NULL;
}
