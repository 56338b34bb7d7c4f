/* tf-chart-draw.c: drawing a flow-chart layout to any cairo_t, layer by layer.
 *
 * The chart is its layers (tf-chart-layer-*.h), back to front: lanes
 * (background, lane bands and titles, sub-lane lines), the year grid,
 * paths or, in an aggregated chart, ribbons and blocks, labels, and the
 * direction strip. Each draws what it owns of the TfChartLayers asked for,
 * from one context (tf-chart-context.h); nothing decides where anything
 * goes: every coordinate comes from the layout. The overlay asks each
 * layer for its part of what is highlighted, thing by thing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <string.h>

#include "tf-chart-context.h"
#include "tf-chart-layer-grid.h"
#include "tf-chart-layer-labels.h"
#include "tf-chart-layer-lanes.h"
#include "tf-chart-layer-paths.h"
#include "tf-chart-layer-ribbons.h"
#include "tf-chart-layer-strip.h"
#include "tf-chart-layer-trace.h"

/* ---- theme ---- */

static TfColor
color_from_hex (guint32 hex,
                double  alpha)
{
  TfColor color;

  color.red = ((hex >> 16) & 0xff) / 255.0;
  color.green = ((hex >> 8) & 0xff) / 255.0;
  color.blue = (hex & 0xff) / 255.0;
  color.alpha = alpha;
  return color;
}

void
tf_chart_theme_init (TfChartTheme *theme,
                     gboolean      dark)
{
  /* Okabe and Ito's palette, darkened for light backgrounds and lightened
   * for dark ones so that every stroke keeps 3:1 against its background;
   * tests/test-chart-draw.c checks the ratios and the distances under
   * simulated colour blindness. */
  static const guint32 light_sectors[TF_N_SECTORS] = { 0x0072B2, 0xA8508F, 0xC85700, 0x00936B };
  static const guint32 dark_sectors[TF_N_SECTORS] = { 0x5DB8EC, 0xD58CC0, 0xF28A47, 0x22B088 };

  g_return_if_fail (theme != NULL);

  memset (theme, 0, sizeof *theme);
  theme->dark = dark;
  if (dark)
    {
      /* libadwaita's dark window background and foreground. */
      theme->background = color_from_hex (0x242424, 1);
      theme->foreground = color_from_hex (0xFFFFFF, 1);
      theme->dim_foreground = color_from_hex (0xA6A6A6, 1);
      theme->grid = color_from_hex (0xFFFFFF, 0.09);
      theme->highlight = color_from_hex (0xFFFFFF, 1);
    }
  else
    {
      theme->background = color_from_hex (0xFAFAFA, 1);
      theme->foreground = color_from_hex (0x2E2E2E, 1);
      theme->dim_foreground = color_from_hex (0x6B6B6B, 1);
      theme->grid = color_from_hex (0x000000, 0.08);
      theme->highlight = color_from_hex (0x1A1A1A, 1);
    }
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      theme->sector[s] = color_from_hex (dark ? dark_sectors[s] : light_sectors[s], 1);
      theme->lane[s] = theme->sector[s];
      theme->lane[s].alpha = dark ? 0.06 : 0.055;
    }
  theme->to_academia = theme->sector[TF_SECTOR_ACADEMIA];
  theme->to_industry = theme->sector[TF_SECTOR_COMPANY];
}

void
tf_chart_highlight_init (TfChartHighlight *highlight)
{
  g_return_if_fail (highlight != NULL);

  highlight->hover_path = -1;
  highlight->hover_segment = -1;
  highlight->hover_sublane = -1;
  highlight->hover_ribbon = -1;
  highlight->hover_label = -1;
  highlight->selected_path = -1;
  highlight->selected_segment = -1;
  highlight->selected_sublane = -1;
  highlight->selected_person = -1;
}

/* ---- the chart ---- */

typedef void (*LayerDrawFunc) (cairo_t              *cr,
                               const TfChartContext *ctx);

/* Back to front. A layer draws nothing that the context's layers do not
 * ask for, and the paths and ribbons layers nothing unless the chart is,
 * or is not, aggregated. */
static const LayerDrawFunc chart_layers[] = {
  tf_chart_lanes_layer_draw,
  tf_chart_grid_layer_draw,
  tf_chart_paths_layer_draw,
  tf_chart_ribbons_layer_draw,
  tf_chart_labels_layer_draw,
  tf_chart_strip_layer_draw,
};

void
tf_chart_draw_with (cairo_t               *cr,
                    TfLayout              *layout,
                    const TfChartTheme    *theme,
                    TfLayoutPangoMeasurer *fonts,
                    TfChartLayers          layers,
                    TfChartRasterizer      rasterizer)
{
  TfChartContext ctx;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (theme != NULL);

  tf_chart_context_init (&ctx, cr, layout, theme, fonts, layers, rasterizer);
  cairo_save (cr);
  for (guint i = 0; i < G_N_ELEMENTS (chart_layers); i++)
    chart_layers[i] (cr, &ctx);
  cairo_restore (cr);
  tf_chart_context_clear (&ctx);
}

void
tf_chart_draw_layers (cairo_t               *cr,
                      TfLayout              *layout,
                      const TfChartTheme    *theme,
                      TfLayoutPangoMeasurer *fonts,
                      TfChartLayers          layers)
{
  tf_chart_draw_with (cr, layout, theme, fonts, layers, TF_CHART_RASTERIZER_OWN);
}

void
tf_chart_draw (cairo_t               *cr,
               TfLayout              *layout,
               const TfChartTheme    *theme,
               TfLayoutPangoMeasurer *fonts)
{
  tf_chart_draw_layers (cr, layout, theme, fonts, TF_CHART_LAYER_ALL);
}

/* ---- the overlay ---- */

/* A sub-lane: its band tinted, the flows in it, its label. */
static void
draw_highlighted_sublane (cairo_t              *cr,
                          const TfChartContext *ctx,
                          int                   sublane,
                          gboolean              selected)
{
  tf_chart_lanes_layer_draw_sublane (cr, ctx, sublane, selected);
  if (tf_layout_is_aggregated (ctx->layout))
    tf_chart_ribbons_layer_draw_sublane (cr, ctx, sublane);
  else
    tf_chart_paths_layer_draw_sublane (cr, ctx, sublane);
  tf_chart_labels_layer_draw_label (cr, ctx, ctx->sublanes[sublane].label);
}

/* A person: their path, then their name: wherever it is shown, or where
 * it would go when it is shown nowhere. */
static void
draw_highlighted_path (cairo_t              *cr,
                       const TfChartContext *ctx,
                       int                   path,
                       int                   segment,
                       gboolean              selected)
{
  gboolean shown = FALSE;

  tf_chart_paths_layer_draw_path (cr, ctx, path, segment, selected);
  for (guint i = 0; i < ctx->n_labels; i++)
    if (ctx->labels[i].kind == TF_LAYOUT_LABEL_PERSON && ctx->labels[i].owner == path
        && ctx->labels[i].visible)
      {
        tf_chart_labels_layer_draw_label (cr, ctx, (int) i);
        shown = TRUE;
      }
  if (!shown)
    tf_chart_labels_layer_draw_label (cr, ctx, ctx->paths[path].label);
}

void
tf_chart_draw_overlay (cairo_t                *cr,
                       TfLayout               *layout,
                       const TfChartTheme     *theme,
                       TfLayoutPangoMeasurer  *fonts,
                       const TfChartHighlight *highlight)
{
  TfChartContext ctx;
  g_autoptr(TfLayoutTrace) trace = NULL;
  int hover_path;
  int selected_path;
  gboolean aggregated;
  gboolean dim;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (theme != NULL);
  g_return_if_fail (highlight != NULL);

  tf_chart_context_init (&ctx, cr, layout, theme, fonts, TF_CHART_LAYER_ALL,
                         TF_CHART_RASTERIZER_OWN);
  aggregated = tf_layout_is_aggregated (layout);

  /* Indices out of range (a stale highlight after a relayout) are ignored. */
  hover_path = highlight->hover_path;
  if (hover_path < 0)
    hover_path = tf_layout_get_path_of_segment (layout, highlight->hover_segment);
  selected_path = highlight->selected_path;
  if (selected_path < 0)
    selected_path = tf_layout_get_path_of_segment (layout, highlight->selected_segment);
  if (aggregated || hover_path >= (int) ctx.n_paths)
    hover_path = -1;
  if (aggregated || selected_path >= (int) ctx.n_paths)
    selected_path = -1;

  if (aggregated && highlight->selected_person >= 0)
    trace = tf_layout_trace_new (layout, highlight->selected_person);

  dim = hover_path >= 0 || selected_path >= 0 || trace != NULL
        || (highlight->hover_sublane >= 0 && (guint) highlight->hover_sublane < ctx.n_sublanes)
        || (highlight->selected_sublane >= 0
            && (guint) highlight->selected_sublane < ctx.n_sublanes)
        || (aggregated && highlight->hover_ribbon >= 0
            && (guint) highlight->hover_ribbon < ctx.n_ribbons);

  /* Thing by thing, the selection under what is hovered. */
  cairo_save (cr);
  if (dim)
    {
      cairo_rectangle (cr, 0, 0, ctx.width, ctx.height);
      cairo_set_source_rgba (cr, theme->background.red, theme->background.green,
                             theme->background.blue, TF_CHART_DIM_ALPHA);
      cairo_fill (cr);
    }

  if (highlight->selected_sublane >= 0 && (guint) highlight->selected_sublane < ctx.n_sublanes)
    draw_highlighted_sublane (cr, &ctx, highlight->selected_sublane, TRUE);
  if (highlight->hover_sublane >= 0 && (guint) highlight->hover_sublane < ctx.n_sublanes
      && highlight->hover_sublane != highlight->selected_sublane)
    draw_highlighted_sublane (cr, &ctx, highlight->hover_sublane, FALSE);
  if (aggregated && highlight->hover_ribbon >= 0 && (guint) highlight->hover_ribbon < ctx.n_ribbons)
    tf_chart_ribbons_layer_draw_ribbon (cr, &ctx, highlight->hover_ribbon);
  if (selected_path >= 0)
    draw_highlighted_path (cr, &ctx, selected_path, highlight->selected_segment, TRUE);
  if (hover_path >= 0 && hover_path != selected_path)
    draw_highlighted_path (cr, &ctx, hover_path, highlight->hover_segment, FALSE);
  else if (hover_path >= 0 && highlight->hover_segment >= 0)
    draw_highlighted_path (cr, &ctx, hover_path, highlight->hover_segment, TRUE);

  /* Over everything: one person found among the ribbons. */
  if (trace != NULL)
    tf_chart_trace_layer_draw (cr, &ctx, trace);

  tf_chart_labels_layer_draw_label (cr, &ctx, highlight->hover_label);
  cairo_restore (cr);
  tf_chart_context_clear (&ctx);
}
