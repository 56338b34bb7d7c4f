/* tf-chart-legend.c: what the chart's colours and line styles mean.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-chart-context.h"
#include "tf-chart-legend.h"
#include "tf-layout-curve.h"
#include "tf-wording.h"

void
tf_chart_legend_scan (TfLayout            *layout,
                      guint               *sectors,
                      TfChartLegendStyles *styles)
{
  guint n_segments, n_sublanes, n_blocks;
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
  double plot_x, plot_width;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (sectors != NULL && styles != NULL);

  *sectors = 0;
  *styles = 0;
  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  for (guint i = 0; i < n_blocks; i++)
    *sectors |= 1u << sublanes[blocks[i].sublane].sector;
  for (guint i = 0; i < n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[i];

      /* Drawing clips to the plot: what is out of it is not seen. */
      if (MAX (segment->x0, segment->x1) <= plot_x
          || MIN (segment->x0, segment->x1) >= plot_x + plot_width)
        continue;
      if (segment->sublane >= 0 && (guint) segment->sublane < n_sublanes)
        *sectors |= 1u << sublanes[segment->sublane].sector;
      if (segment->flags & (TF_LAYOUT_SEGMENT_GAP | TF_LAYOUT_SEGMENT_INFERRED))
        *styles |= TF_CHART_LEGEND_DOTTED;
      else if (segment->kind == TF_LAYOUT_SEGMENT_CURVE
               && (segment->flags & TF_LAYOUT_SEGMENT_UNCERTAIN))
        *styles |= TF_CHART_LEGEND_DASHED;
      if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT
          && (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
          && segment->x1 < plot_x + plot_width)
        *styles |= TF_CHART_LEGEND_FADE;
    }
}

static void
add (TfChartLegendItem *items,
     guint             *n,
     TfChartSwatch      swatch,
     const TfColor     *color,
     const char        *text)
{
  g_assert (*n < TF_CHART_LEGEND_MAX_ITEMS);
  items[*n].swatch = swatch;
  items[*n].color = *color;
  items[*n].text = text;
  (*n)++;
}

guint
tf_chart_legend_items (const TfChartTheme  *theme,
                       guint                sectors,
                       TfChartLegendStyles  styles,
                       gboolean             aggregated,
                       gboolean             strip,
                       TfChartLegendItem    items[TF_CHART_LEGEND_MAX_ITEMS])
{
  guint n = 0;

  g_return_val_if_fail (theme != NULL, 0);

  for (guint s = 0; s < TF_N_SECTORS; s++)
    if (sectors & (1u << s))
      add (items, &n, aggregated ? TF_CHART_SWATCH_RIBBON : TF_CHART_SWATCH_LINE,
           &theme->sector[s], tf_wording_sector (s));
  if (aggregated)
    add (items, &n, TF_CHART_SWATCH_RIBBON, &theme->dim_foreground,
         _("Ribbons: people who moved, as wide as their number"));
  else
    {
      if (styles & TF_CHART_LEGEND_DASHED)
        add (items, &n, TF_CHART_SWATCH_DASHED, &theme->dim_foreground,
             _("Dated to the year only, derived from the text, or undated"));
      if (styles & TF_CHART_LEGEND_DOTTED)
        add (items, &n, TF_CHART_SWATCH_DOTTED, &theme->dim_foreground,
             _("Not stated, only implied"));
      if (styles & TF_CHART_LEGEND_FADE)
        add (items, &n, TF_CHART_SWATCH_FADE, &theme->dim_foreground,
             _("Fades out where the latest article leaves them"));
    }
  if (strip)
    {
      add (items, &n, TF_CHART_SWATCH_BAR, &theme->to_academia, _("Moves toward academia"));
      add (items, &n, TF_CHART_SWATCH_BAR, &theme->to_industry, _("Moves toward industry"));
    }
  return n;
}

void
tf_chart_legend_draw_swatch (cairo_t                 *cr,
                             const TfChartLegendItem *item,
                             double                   x,
                             double                   y,
                             double                   width,
                             double                   height,
                             double                   line)
{
  double middle = y + height / 2;
  double dashes[2];

  g_return_if_fail (cr != NULL && item != NULL);

  cairo_save (cr);
  tf_chart_set_color (cr, &item->color, 1);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, line);
  switch (item->swatch)
    {
    case TF_CHART_SWATCH_LINE:
    case TF_CHART_SWATCH_DASHED:
    case TF_CHART_SWATCH_DOTTED:
      /* As the chart dashes an uncertain move, and dots an implied one. */
      if (item->swatch == TF_CHART_SWATCH_DASHED)
        {
          dashes[0] = MAX (3.0, 2.0 * line);
          dashes[1] = MAX (3.0, 1.5 * line) + line;
          cairo_set_dash (cr, dashes, 2, 0);
        }
      else if (item->swatch == TF_CHART_SWATCH_DOTTED)
        {
          dashes[0] = 0;
          dashes[1] = 2.0 * line + 2.0;
          cairo_set_dash (cr, dashes, 2, 0);
        }
      cairo_move_to (cr, x + line / 2, middle);
      cairo_line_to (cr, x + width - line / 2, middle);
      cairo_stroke (cr);
      break;
    case TF_CHART_SWATCH_FADE:
      {
        /* Solid, then fading out, as an open end does. */
        cairo_pattern_t *fade = cairo_pattern_create_linear (x, 0, x + width, 0);

        cairo_pattern_add_color_stop_rgba (fade, 0.35, item->color.red, item->color.green,
                                           item->color.blue, item->color.alpha);
        cairo_pattern_add_color_stop_rgba (fade, 1, item->color.red, item->color.green,
                                           item->color.blue, 0);
        cairo_set_source (cr, fade);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
        cairo_move_to (cr, x, middle);
        cairo_line_to (cr, x + width, middle);
        cairo_stroke (cr);
        cairo_pattern_destroy (fade);
      }
      break;
    case TF_CHART_SWATCH_RIBBON:
      {
        /* A ribbon rising from left to right, as wide as a few people. */
        double band = height * 0.35;
        double top = y + height * 0.1;
        double bottom = y + height * 0.9 - band;
        double cx0, cy0, cx1, cy1;

        /* The chart's curve, as its ribbons have it. */
        tf_layout_curve_controls (x, bottom, x + width, top, &cx0, &cy0, &cx1, &cy1);
        cairo_move_to (cr, x, bottom);
        cairo_curve_to (cr, cx0, cy0, cx1, cy1, x + width, top);
        cairo_line_to (cr, x + width, top + band);
        cairo_curve_to (cr, cx1, cy1 + band, cx0, cy0 + band, x, bottom + band);
        cairo_close_path (cr);
        tf_chart_set_color (cr, &item->color, 0.55);
        cairo_fill (cr);
      }
      break;
    case TF_CHART_SWATCH_BAR:
      {
        double bar = MAX (3.0, 0.3 * width);

        /* Two bars like the strip's, one taller than the other. */
        cairo_rectangle (cr, x + width / 2 - bar - 1, y + height * 0.45, bar, height * 0.45);
        cairo_rectangle (cr, x + width / 2 + 1, y + height * 0.15, bar, height * 0.75);
        tf_chart_set_color (cr, &item->color, 0.9);
        cairo_fill (cr);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}
