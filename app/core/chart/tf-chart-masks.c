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
  return surface_is_vector (cairo_get_target (cr)) || surface_is_vector (cairo_get_group_target (cr));
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
  if (!tf_chart_masks_init (masks, cr) || !tf_chart_masks_rect (masks, x0, y0, x1 - x0, y1 - y0, &rect))
    return FALSE;
  masks->x = rect.x;
  masks->y = rect.y;
  masks->width = rect.width;
  masks->height = rect.height;
  for (guint s = 0; s < TF_N_SECTORS; s++)
    masks->sector[s] = tf_raster_mask_new (rect.x, rect.y, rect.width, rect.height);
  return TRUE;
}

gboolean
tf_chart_masks_begin (TfChartMasks         *masks,
                      cairo_t              *cr,
                      const TfChartContext *ctx)
{
  return tf_chart_masks_begin_in (masks, cr, ctx, ctx->plot_x, ctx->plot_y - TF_CHART_PLOT_OVERHANG_PX,
                                  ctx->plot_x + ctx->plot_width,
                                  ctx->plot_y + ctx->plot_height + TF_CHART_PLOT_OVERHANG_PX);
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
      tf_chart_masks_composite (cr, masks, masks->sector[s], &ctx->theme->sector[s], alpha);
      g_clear_pointer (&masks->sector[s], tf_raster_mask_free);
    }
}

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
