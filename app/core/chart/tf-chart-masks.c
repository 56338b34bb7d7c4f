/* tf-chart-masks.c: dense marks as coverage masks in a raster target's pixels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-chart-masks.h"

/* Masks no larger than this, px across. */
#define MAX_PX 16384

static gboolean
surface_is_vector (cairo_surface_t *surface)
{
  switch (cairo_surface_get_type (surface))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A group pushed on a vector surface records into a recording surface:
 * the surface underneath decides. */
gboolean
tf_chart_target_is_vector (cairo_t *cr)
{
  return surface_is_vector (cairo_get_target (cr))
         || surface_is_vector (cairo_get_group_target (cr));
}

gboolean
tf_chart_masks_init (TfChartMasks *masks,
                     cairo_t      *cr)
{
  double scale_y;

  memset (masks, 0, sizeof *masks);
  if (tf_chart_target_is_vector (cr))
    return FALSE;
  cairo_get_matrix (cr, &masks->matrix);
  cairo_surface_get_device_scale (cairo_get_group_target (cr), &masks->device_scale, &scale_y);
  if (masks->matrix.xy != 0 || masks->matrix.yx != 0 || !(masks->matrix.xx > 0)
      || fabs (masks->matrix.xx - masks->matrix.yy) > 1e-9 || masks->device_scale != scale_y
      || !(masks->device_scale > 0))
    return FALSE;
  masks->scale = masks->matrix.xx * masks->device_scale;
  return TRUE;
}

gboolean
tf_chart_masks_rect (const TfChartMasks    *masks,
                     double                 x,
                     double                 y,
                     double                 width,
                     double                 height,
                     cairo_rectangle_int_t *rect)
{
  double x0 = x;
  double y0 = y;
  double x1 = x + width;
  double y1 = y + height;

  cairo_matrix_transform_point (&masks->matrix, &x0, &y0);
  cairo_matrix_transform_point (&masks->matrix, &x1, &y1);
  x0 = floor (x0 * masks->device_scale);
  y0 = floor (y0 * masks->device_scale);
  x1 = ceil (x1 * masks->device_scale);
  y1 = ceil (y1 * masks->device_scale);
  if (!(x1 - x0 <= MAX_PX && y1 - y0 <= MAX_PX && fabs (x0) <= MAX_PX && fabs (y0) <= MAX_PX))
    return FALSE;
  rect->x = (int) x0;
  rect->y = (int) y0;
  rect->width = (int) (x1 - x0);
  rect->height = (int) (y1 - y0);
  return TRUE;
}

gboolean
tf_chart_masks_begin_in (TfChartMasks         *masks,
                         cairo_t              *cr,
                         const TfChartContext *ctx,
                         double                x0,
                         double                y0,
                         double                x1,
                         double                y1)
{
  cairo_rectangle_int_t rect;

  x0 = MAX (x0, ctx->plot_x);
  y0 = MAX (y0, ctx->plot_y - TF_CHART_PLOT_OVERHANG_PX);
  x1 = MAX (x0, MIN (x1, ctx->plot_x + ctx->plot_width));
  y1 = MAX (y0, MIN (y1, ctx->plot_y + ctx->plot_height + TF_CHART_PLOT_OVERHANG_PX));
  if (!tf_chart_masks_init (masks, cr)
      || !tf_chart_masks_rect (masks, x0, y0, x1 - x0, y1 - y0, &rect))
    return FALSE;
  masks->x = rect.x;
  masks->y = rect.y;
  masks->width = rect.width;
  masks->height = rect.height;
  masks->rasterizer = ctx->rasterizer;
  for (guint s = 0; s < TF_N_SECTORS; s++)
    masks->sector[s] = tf_raster_mask_new (rect.x, rect.y, rect.width, rect.height);
  return TRUE;
}

gboolean
tf_chart_masks_begin (TfChartMasks         *masks,
                      cairo_t              *cr,
                      const TfChartContext *ctx)
{
  return tf_chart_masks_begin_in (
      masks, cr, ctx, ctx->plot_x, ctx->plot_y - TF_CHART_PLOT_OVERHANG_PX,
      ctx->plot_x + ctx->plot_width, ctx->plot_y + ctx->plot_height + TF_CHART_PLOT_OVERHANG_PX);
}

void
tf_chart_masks_point (const TfChartMasks *masks,
                      double             *x,
                      double             *y)
{
  cairo_matrix_transform_point (&masks->matrix, x, y);
  *x *= masks->device_scale;
  *y *= masks->device_scale;
}

void
tf_chart_masks_composite (cairo_t            *cr,
                          const TfChartMasks *masks,
                          TfRasterMask       *mask,
                          const TfColor      *color,
                          double              alpha)
{
  double scale = masks->device_scale;
  cairo_surface_t *surface;
  cairo_rectangle_int_t rect;

  if (tf_raster_mask_is_empty (mask))
    return;
  surface = tf_raster_mask_get_surface (mask, &rect);
  cairo_surface_set_device_scale (surface, scale, scale);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_rectangle (cr, rect.x / scale, rect.y / scale, rect.width / scale, rect.height / scale);
  cairo_clip (cr);
  tf_chart_set_color (cr, color, alpha);
  cairo_mask_surface (cr, surface, masks->x / scale, masks->y / scale);
  cairo_restore (cr);
}

void
tf_chart_masks_end (TfChartMasks         *masks,
                    cairo_t              *cr,
                    const TfChartContext *ctx,
                    double                alpha)
{
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      if (masks->sector_cr[s] != NULL)
        {
          cairo_destroy (masks->sector_cr[s]);
          masks->sector_cr[s] = NULL;
          cairo_surface_flush (tf_raster_mask_get_surface (masks->sector[s], NULL));
        }
      tf_chart_masks_composite (cr, masks, masks->sector[s], &ctx->theme->sector[s], alpha);
      g_clear_pointer (&masks->sector[s], tf_raster_mask_free);
    }
}

/* ---- marks drawn by cairo ---- */

/* Drawing into a sector's mask with cairo, in mask pixels; the box x0 <
 * x1, y0 < y1 is marked as touched, as tf-chart-raster.c marks what it
 * draws. */
static cairo_t *
sector_cr (TfChartMasks *masks,
           TfSector      sector,
           double        x0,
           double        y0,
           double        x1,
           double        y1)
{
  cairo_rectangle_int_t rect;

  if (masks->sector_cr[sector] == NULL)
    {
      cairo_t *cr = cairo_create (tf_raster_mask_get_surface (masks->sector[sector], NULL));

      cairo_translate (cr, -masks->x, -masks->y);
      cairo_set_operator (cr, CAIRO_OPERATOR_ADD);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      masks->sector_cr[sector] = cr;
    }
  rect.x = (int) floor (x0);
  rect.y = (int) floor (y0);
  rect.width = (int) ceil (x1) - rect.x;
  rect.height = (int) ceil (y1) - rect.y;
  tf_raster_mask_touch (masks->sector[sector], &rect);
  return masks->sector_cr[sector];
}

static void
paint (cairo_t  *cr,
       gboolean  stroke)
{
  if (stroke)
    cairo_stroke (cr);
  else
    cairo_fill (cr);
}

/* The current path filled or stroked into from's mask and, when to is
 * another sector, shaded across into to's between x = start and x = end. */
static void
draw_shaded (TfChartMasks *masks,
             TfSector      from,
             TfSector      to,
             gboolean      stroke,
             double        start,
             double        end,
             double        alpha)
{
  cairo_t *cr = masks->sector_cr[from];
  cairo_path_t *path;
  cairo_pattern_t *fade;

  if (from == to)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, alpha);
      paint (cr, stroke);
      return;
    }
  path = cairo_copy_path (cr);
  for (guint k = 0; k < 2; k++)
    {
      cairo_t *target = masks->sector_cr[k == 0 ? from : to];

      fade = cairo_pattern_create_linear (start, 0, end, 0);
      cairo_pattern_add_color_stop_rgba (fade, 0, 0, 0, 0, k == 0 ? alpha : 0);
      cairo_pattern_add_color_stop_rgba (fade, 1, 0, 0, 0, k == 0 ? 0 : alpha);
      if (target != cr)
        {
          cairo_new_path (target);
          cairo_append_path (target, path);
          cairo_set_line_width (target, cairo_get_line_width (cr));
          cairo_set_dash (target, NULL, 0, 0);
          if (cairo_get_dash_count (cr) == 2)
            {
              double dashes[2];

              cairo_get_dash (cr, dashes, NULL);
              cairo_set_dash (target, dashes, 2, 0);
            }
        }
      cairo_set_source (target, fade);
      cairo_pattern_destroy (fade);
      paint (target, stroke);
    }
  cairo_path_destroy (path);
}

void
tf_chart_masks_stroke_line (TfChartMasks *masks,
                            TfSector      sector,
                            double        x0,
                            double        y0,
                            double        x1,
                            double        y1,
                            double        width,
                            double        alpha)
{
  cairo_t *cr;

  if (masks->rasterizer == TF_CHART_RASTERIZER_OWN)
    {
      tf_raster_stroke_line (masks->sector[sector], x0, y0, x1, y1, width, alpha);
      return;
    }
  cr = sector_cr (masks, sector, MIN (x0, x1) - width, MIN (y0, y1) - width, MAX (x0, x1) + width,
                  MAX (y0, y1) + width);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_set_line_width (cr, width);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_source_rgba (cr, 0, 0, 0, alpha);
  cairo_stroke (cr);
}

void
tf_chart_masks_stroke_curve (TfChartMasks       *masks,
                             TfSector            from,
                             TfSector            to,
                             double              x0,
                             double              y0,
                             double              x1,
                             double              y1,
                             double              width,
                             double              alpha,
                             const TfRasterDash *dash)
{
  cairo_t *cr;

  if (masks->rasterizer == TF_CHART_RASTERIZER_OWN)
    {
      tf_raster_stroke_curve (masks->sector[from], masks->sector[to], x0, y0, x1, y1, width, alpha,
                              dash);
      return;
    }
  cr = sector_cr (masks, from, x0 - width, MIN (y0, y1) - width, x1 + width, MAX (y0, y1) + width);
  if (to != from)
    sector_cr (masks, to, x0 - width, MIN (y0, y1) - width, x1 + width, MAX (y0, y1) + width);
  cairo_move_to (cr, x0, y0);
  tf_chart_curve_to (cr, x0, y0, x1, y1);
  cairo_set_line_width (cr, width);
  if (dash != NULL && dash->on + dash->off > 0)
    cairo_set_dash (cr, (double[2]) { dash->on, dash->off }, 2, 0);
  else
    cairo_set_dash (cr, NULL, 0, 0);
  draw_shaded (masks, from, to, TRUE, x0 + 0.15 * (x1 - x0), x0 + 0.85 * (x1 - x0), alpha);
}

void
tf_chart_masks_fill_band (TfChartMasks *masks,
                          TfSector      from,
                          TfSector      to,
                          double        x0,
                          double        y0,
                          double        x1,
                          double        y1,
                          double        height,
                          double        alpha)
{
  cairo_t *cr;

  if (masks->rasterizer == TF_CHART_RASTERIZER_OWN)
    {
      tf_raster_fill_band (masks->sector[from], masks->sector[to], x0, y0, x1, y1, height, alpha);
      return;
    }
  if (!(x1 > x0) || !(height > 0))
    return;
  cr = sector_cr (masks, from, x0 - 1, MIN (y0, y1) - 1, x1 + 1, MAX (y0, y1) + height + 1);
  if (to != from)
    sector_cr (masks, to, x0 - 1, MIN (y0, y1) - 1, x1 + 1, MAX (y0, y1) + height + 1);
  tf_chart_append_band (cr, x0, y0, x1, y1, height);
  draw_shaded (masks, from, to, FALSE, x0 + 0.1 * (x1 - x0), x0 + 0.9 * (x1 - x0), alpha);
}

/* ---- sampling ---- */

/* A stable pseudo-random number in [0, 1). */
static double
hash_to_unit (guint32 h)
{
  h ^= h >> 16;
  h *= 0x7feb352dU;
  h ^= h >> 15;
  h *= 0x846ca68bU;
  h ^= h >> 16;
  return h / 4294967296.0;
}

gboolean
tf_chart_masks_sample (guint32  key,
                       double   min_ink,
                       double  *width)
{
  if (*width >= min_ink)
    return TRUE;
  if (hash_to_unit (key) >= *width / min_ink)
    return FALSE;
  *width = min_ink;
  return TRUE;
}
