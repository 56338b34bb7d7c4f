/* tf-chart-layer-ribbons.c: an aggregated chart's blocks and ribbons.
 *
 * On a raster target ribbons are filled into one coverage mask per sector
 * colour (tf-chart-masks.h), those too thin to see one by one sampled;
 * vector output gets one cairo fill each, with a gradient between sector
 * colours while they are not too many.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include "tf-cairo-text.h"
#include "tf-chart-layer-ribbons.h"
#include "tf-chart-masks.h"

/* Vector output: ribbons filled with a gradient between sector colours up
 * to this many (raster targets always shade them). */
#define GRADIENT_MAX_RIBBONS     4000
/* Raster drawing: ribbons thinner than this many device pixels are
 * sampled. A sub-lane's ribbons are redrawn on every pointer motion over
 * it: there the sampling is coarser, for speed. */
#define RASTER_MIN_RIBBON_INK_PX 1.0
#define HOVER_MIN_RIBBON_INK_PX  2.0
#define RIBBON_ALPHA             0.45

static TfSector
block_sector (const TfChartContext *ctx,
              int                   block)
{
  return ctx->sublanes[ctx->blocks[block].sublane].sector;
}

static gboolean
ribbon_touches (const TfChartContext *ctx,
                const TfLayoutRibbon *ribbon,
                int                   sublane)
{
  return sublane < 0 || ctx->blocks[ribbon->source].sublane == sublane
         || ctx->blocks[ribbon->target].sublane == sublane;
}

/* Ribbons (those into or out of a sub-lane, or all) filled into the
 * masks, those thinner than min_ink device pixels sampled
 * (tf_chart_masks_sample ()). */
static void
raster_ribbons (const TfChartContext *ctx,
                TfChartMasks         *masks,
                int                   sublane,
                double                min_ink,
                double                alpha)
{
  for (guint i = 0; i < ctx->n_ribbons; i++)
    {
      const TfLayoutRibbon *ribbon = &ctx->ribbons[i];
      double x0 = ribbon->x0;
      double y0 = ribbon->y0;
      double x1 = ribbon->x1;
      double y1 = ribbon->y1;
      double width = ribbon->width * masks->scale;

      if (!ribbon_touches (ctx, ribbon, sublane))
        continue;
      /* The same ribbons from one redraw to the next. */
      if (!tf_chart_masks_sample ((guint32) ribbon->source * 2654435761U + (guint32) ribbon->target,
                                  min_ink, &width))
        continue;
      tf_chart_masks_point (masks, &x0, &y0);
      tf_chart_masks_point (masks, &x1, &y1);
      tf_chart_masks_fill_band (masks, block_sector (ctx, ribbon->source),
                                block_sector (ctx, ribbon->target), x0, y0, x1, y1, width, alpha);
    }
}

static void
fill_ribbon (cairo_t              *cr,
             const TfChartContext *ctx,
             const TfLayoutRibbon *ribbon,
             double                alpha,
             gboolean              gradient)
{
  const TfChartTheme *theme = ctx->theme;
  TfSector from = block_sector (ctx, ribbon->source);
  TfSector to = block_sector (ctx, ribbon->target);

  cairo_new_path (cr);
  tf_chart_append_band (cr, ribbon->x0, ribbon->y0, ribbon->x1, ribbon->y1, ribbon->width);
  if (from != to && gradient)
    {
      cairo_pattern_t *pattern = cairo_pattern_create_linear (ribbon->x0, 0, ribbon->x1, 0);
      const TfColor *a = &theme->sector[from];
      const TfColor *b = &theme->sector[to];

      cairo_pattern_add_color_stop_rgba (pattern, 0.1, a->red, a->green, a->blue, a->alpha * alpha);
      cairo_pattern_add_color_stop_rgba (pattern, 0.9, b->red, b->green, b->blue, b->alpha * alpha);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }
  else
    {
      tf_chart_set_color (cr, &theme->sector[to], alpha);
      cairo_fill (cr);
    }
}

static void
append_block (cairo_t             *cr,
              const TfLayoutBlock *block)
{
  double r = MIN (2.0, MIN (block->width, block->height) / 2);
  double x = block->x;
  double y = block->y;
  double w = block->width;
  double h = block->height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The count, read bottom to top inside the block, when it fits. */
static void
draw_block_count (cairo_t              *cr,
                  const TfChartContext *ctx,
                  const TfLayoutBlock  *block)
{
  PangoLayout *layout;
  PangoRectangle ink;
  char text[16];

  if (block->count == 0 || block->height < 14 || block->width < 8)
    return;
  g_snprintf (text, sizeof text, "%u", block->count);
  layout = tf_chart_context_set_text (ctx, TF_CHART_TEXT_COUNT, text);
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  if (ink.width + 4 > block->height || ink.height > block->width + 1)
    return;
  cairo_save (cr);
  cairo_translate (cr, block->x + (block->width - ink.height) / 2 - ink.y,
                   block->y + (block->height + ink.width) / 2 + ink.x);
  cairo_rotate (cr, -G_PI / 2);
  cairo_move_to (cr, 0, 0);
  /* The background's colour even when the background itself is not drawn. */
  cairo_set_source_rgb (cr, ctx->theme->background.red, ctx->theme->background.green,
                        ctx->theme->background.blue);
  tf_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

void
tf_chart_ribbons_layer_draw (cairo_t              *cr,
                             const TfChartContext *ctx)
{
  gboolean gradient = ctx->n_ribbons <= GRADIENT_MAX_RIBBONS;
  double count_font_height = 0;
  TfChartMasks masks;

  if (!(ctx->layers & TF_CHART_LAYER_FLOWS) || !tf_layout_is_aggregated (ctx->layout))
    return;

  cairo_save (cr);
  tf_chart_clip_to_plot (cr, ctx);
  if (tf_chart_masks_begin (&masks, cr, ctx))
    {
      raster_ribbons (ctx, &masks, -1, RASTER_MIN_RIBBON_INK_PX, RIBBON_ALPHA);
      tf_chart_masks_end (&masks, cr, ctx, 1);
    }
  else
    for (guint i = 0; i < ctx->n_ribbons; i++)
      fill_ribbon (cr, ctx, &ctx->ribbons[i], RIBBON_ALPHA, gradient);

  /* One fill per sector. */
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < ctx->n_blocks; i++)
        if (block_sector (ctx, (int) i) == s)
          {
            append_block (cr, &ctx->blocks[i]);
            any = TRUE;
          }
      if (!any)
        continue;
      tf_chart_set_color (cr, &ctx->theme->sector[s], 1);
      cairo_fill (cr);
    }

  /* Counts only fit in the tallest blocks; checking the height first
   * avoids setting text for the rest. */
  {
    PangoLayout *layout = tf_chart_context_set_text (ctx, TF_CHART_TEXT_COUNT, "0");
    PangoRectangle ink;

    pango_layout_get_pixel_extents (layout, &ink, NULL);
    count_font_height = ink.height;
  }
  for (guint i = 0; i < ctx->n_blocks; i++)
    if (ctx->blocks[i].width + 1 >= count_font_height && ctx->blocks[i].height >= 14)
      draw_block_count (cr, ctx, &ctx->blocks[i]);
  cairo_restore (cr);
}

/* A hovered ribbon and its outline on a raster target, in masks over its
 * box only: a cairo fill with a gradient and a stroke of a ribbon across
 * the plot cost milliseconds each. */
static gboolean
raster_ribbon (cairo_t              *cr,
               const TfChartContext *ctx,
               const TfLayoutRibbon *ribbon)
{
  TfChartMasks masks;
  g_autoptr(TfRasterMask) outline = NULL;
  double x0 = ribbon->x0;
  double y0 = ribbon->y0;
  double x1 = ribbon->x1;
  double y1 = ribbon->y1;
  double width;
  double line;

  if (!tf_chart_masks_begin_in (&masks, cr, ctx, x0 - 2, MIN (y0, y1) - 2, x1 + 2,
                                MAX (y0, y1) + ribbon->width + 2))
    return FALSE;
  width = ribbon->width * masks.scale;
  line = masks.scale;
  tf_chart_masks_point (&masks, &x0, &y0);
  tf_chart_masks_point (&masks, &x1, &y1);
  tf_chart_masks_fill_band (&masks, block_sector (ctx, ribbon->source),
                            block_sector (ctx, ribbon->target), x0, y0, x1, y1, width, 0.85);
  tf_chart_masks_end (&masks, cr, ctx, 1);

  outline = tf_raster_mask_new (masks.x, masks.y, masks.width, masks.height);
  tf_raster_stroke_curve (outline, NULL, x0, y0, x1, y1, line, 1, NULL);
  tf_raster_stroke_curve (outline, NULL, x0, y0 + width, x1, y1 + width, line, 1, NULL);
  tf_raster_stroke_line (outline, x0, y0, x0, y0 + width, line, 1);
  tf_raster_stroke_line (outline, x1, y1, x1, y1 + width, line, 1);
  tf_chart_masks_composite (cr, &masks, outline, &ctx->theme->highlight, 0.7);
  return TRUE;
}

void
tf_chart_ribbons_layer_draw_ribbon (cairo_t              *cr,
                                    const TfChartContext *ctx,
                                    int                   ribbon_index)
{
  const TfLayoutRibbon *ribbon = &ctx->ribbons[ribbon_index];

  cairo_save (cr);
  tf_chart_clip_to_plot (cr, ctx);
  if (!raster_ribbon (cr, ctx, ribbon))
    {
      fill_ribbon (cr, ctx, ribbon, 0.85, TRUE);
      cairo_new_path (cr);
      tf_chart_append_band (cr, ribbon->x0, ribbon->y0, ribbon->x1, ribbon->y1, ribbon->width);
      cairo_set_line_width (cr, 1);
      tf_chart_set_color (cr, &ctx->theme->highlight, 0.7);
      cairo_stroke (cr);
    }
  for (guint end = 0; end < 2; end++)
    {
      int block = end == 0 ? ribbon->source : ribbon->target;

      cairo_new_path (cr);
      append_block (cr, &ctx->blocks[block]);
      tf_chart_set_color (cr, &ctx->theme->sector[block_sector (ctx, block)], 1);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

void
tf_chart_ribbons_layer_draw_sublane (cairo_t              *cr,
                                     const TfChartContext *ctx,
                                     int                   sublane)
{
  TfChartMasks masks;

  cairo_save (cr);
  tf_chart_clip_to_plot (cr, ctx);
  if (tf_chart_masks_begin (&masks, cr, ctx))
    {
      raster_ribbons (ctx, &masks, sublane, HOVER_MIN_RIBBON_INK_PX, 0.7);
      tf_chart_masks_end (&masks, cr, ctx, 1);
    }
  else
    for (guint i = 0; i < ctx->n_ribbons; i++)
      if (ribbon_touches (ctx, &ctx->ribbons[i], sublane))
        fill_ribbon (cr, ctx, &ctx->ribbons[i], 0.7, TRUE);
  cairo_new_path (cr);
  for (guint i = 0; i < ctx->n_blocks; i++)
    if (ctx->blocks[i].sublane == sublane)
      append_block (cr, &ctx->blocks[i]);
  tf_chart_set_color (cr, &ctx->theme->sector[ctx->sublanes[sublane].sector], 1);
  cairo_fill (cr);
  cairo_restore (cr);
}
