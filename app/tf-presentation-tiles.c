/* tf-presentation-tiles.c: a picture of a chart, cut into columns.
 *
 * Each column (and each cut-out) is an image of its own, painted by a
 * Cairo node: a node whose source were the whole picture would make the
 * X server take the whole picture the first time any part of it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-presentation"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-presentation-tiles.h"

typedef struct
{
  cairo_surface_t *surface;  /* device pixels, device scale set */
  int x;                     /* where it is, in device pixels */
  GskRenderNode *node;
} Column;

struct _TfPresentationTiles
{
  int scale;
  int width_px;
  int height_px;
  GArray *columns;           /* of Column, left to right */
};

static void
clear_column (gpointer data)
{
  Column *column = data;

  g_clear_pointer (&column->node, gsk_render_node_unref);
  g_clear_pointer (&column->surface, cairo_surface_destroy);
}

/* A copy of the device pixels (x, y, width, height) of picture. */
static cairo_surface_t *
copy_rect (cairo_surface_t *picture,
           int              x,
           int              y,
           int              width,
           int              height,
           int              scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  const guint8 *source = cairo_image_surface_get_data (picture);
  guint8 *target = cairo_image_surface_get_data (surface);
  int source_stride = cairo_image_surface_get_stride (picture);
  int target_stride = cairo_image_surface_get_stride (surface);

  /* Out of memory: an error surface, which paints nothing. */
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS || target == NULL || source == NULL)
    return surface;

  for (int row = 0; row < height; row++)
    memcpy (target + (gsize) row * target_stride,
            source + (gsize) (y + row) * source_stride + (gsize) x * 4, (gsize) width * 4);
  cairo_surface_mark_dirty (surface);
  cairo_surface_set_device_scale (surface, scale, scale);
  return surface;
}

/* A node that paints surface, of device pixels at (x, y). */
static GskRenderNode *
node_of (cairo_surface_t *surface,
         int              x,
         int              y,
         int              scale)
{
  double left = x / (double) scale;
  double top = y / (double) scale;
  GskRenderNode *node;
  cairo_t *cr;

  node = gsk_cairo_node_new (
      &GRAPHENE_RECT_INIT (left, top, cairo_image_surface_get_width (surface) / (double) scale,
                           cairo_image_surface_get_height (surface) / (double) scale));
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_set_source_surface (cr, surface, left, top);
  cairo_paint (cr);
  cairo_destroy (cr);
  return node;
}

TfPresentationTiles *
tf_presentation_tiles_new (TfPresentationTiles     *base,
                           double                   width,
                           double                   height,
                           int                      scale,
                           double                   column_width,
                           TfPresentationPaintFunc  paint,
                           gpointer                 user_data)
{
  TfPresentationTiles *self;
  cairo_surface_t *surface;
  cairo_t *cr;
  int column_px = MAX ((int) round (column_width * scale), 1);

  g_return_val_if_fail (scale > 0, NULL);
  g_return_val_if_fail (paint != NULL, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS
      || cairo_image_surface_get_width (surface) == 0
      || cairo_image_surface_get_height (surface) == 0)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  self = g_new0 (TfPresentationTiles, 1);
  self->scale = scale;
  self->width_px = cairo_image_surface_get_width (surface);
  self->height_px = cairo_image_surface_get_height (surface);

  /* Over base's columns: an emphasis costs a copy and the overlay, not
   * the whole chart again. */
  if (base != NULL && base->width_px == self->width_px && base->height_px == self->height_px
      && base->scale == scale)
    {
      /* Onto nothing, each column in its place: over is a copy. */
      cr = cairo_create (surface);
      cairo_scale (cr, scale, scale);
      for (guint i = 0; i < base->columns->len; i++)
        {
          const Column *column = &g_array_index (base->columns, Column, i);

          cairo_set_source_surface (cr, column->surface, column->x / (double) scale, 0);
          cairo_paint (cr);
        }
      cairo_destroy (cr);
    }

  /* At the device's scale, as an image: dense charts are rasterized in
   * its pixels (see tf_chart_draw ()). */
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  paint (cr, user_data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  self->columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_array_set_clear_func (self->columns, clear_column);
  for (int x = 0; x < self->width_px; x += column_px)
    {
      Column column;

      column.x = x;
      column.surface
          = copy_rect (surface, x, 0, MIN (column_px, self->width_px - x), self->height_px, scale);
      column.node = node_of (column.surface, x, 0, scale);
      g_array_append_val (self->columns, column);
    }
  cairo_surface_destroy (surface);
  return self;
}

void
tf_presentation_tiles_free (TfPresentationTiles *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->columns);
  g_free (self);
}

void
tf_presentation_tiles_append (TfPresentationTiles *self,
                              GtkSnapshot         *snapshot,
                              double               left,
                              double               right)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      GskRenderNode *node = g_array_index (self->columns, Column, i).node;
      graphene_rect_t bounds;
      double x0;
      double x1;

      gsk_render_node_get_bounds (node, &bounds);
      x0 = bounds.origin.x;
      x1 = x0 + bounds.size.width;
      if (x1 <= left || x0 >= right)
        continue;
      if (left <= x0 && x1 <= right)
        {
          gtk_snapshot_append_node (snapshot, node);
          continue;
        }
      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (MAX (left, x0), bounds.origin.y,
                                                             MIN (right, x1) - MAX (left, x0),
                                                             bounds.size.height));
      gtk_snapshot_append_node (snapshot, node);
      gtk_snapshot_pop (snapshot);
    }
}

GskRenderNode *
tf_presentation_tiles_cut (TfPresentationTiles   *self,
                           const graphene_rect_t *rect)
{
  int x0;
  int y0;
  int x1;
  int y1;
  GskRenderNode *node;
  cairo_surface_t *surface;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rect != NULL, NULL);

  x0 = MAX ((int) floor (rect->origin.x * self->scale), 0);
  y0 = MAX ((int) floor (rect->origin.y * self->scale), 0);
  x1 = MIN ((int) ceil ((rect->origin.x + rect->size.width) * self->scale), self->width_px);
  y1 = MIN ((int) ceil ((rect->origin.y + rect->size.height) * self->scale), self->height_px);
  if (x1 <= x0 || y1 <= y0)
    return NULL;

  /* From the columns it spans. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, x1 - x0, y1 - y0);
  {
    cairo_t *cr = cairo_create (surface);

    cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
    /* In device pixels, the columns' device scale undone. */
    cairo_scale (cr, self->scale, self->scale);
    for (guint i = 0; i < self->columns->len; i++)
      {
        const Column *column = &g_array_index (self->columns, Column, i);
        int width = cairo_image_surface_get_width (column->surface);
        double scale = self->scale;

        if (column->x + width <= x0 || column->x >= x1)
          continue;
        cairo_set_source_surface (cr, column->surface, (column->x - x0) / scale, -y0 / scale);
        cairo_rectangle (cr, (MAX (column->x, x0) - x0) / scale, 0,
                         (MIN (column->x + width, x1) - MAX (column->x, x0)) / scale,
                         (y1 - y0) / scale);
        cairo_fill (cr);
      }
    cairo_destroy (cr);
  }
  cairo_surface_flush (surface);
  cairo_surface_set_device_scale (surface, self->scale, self->scale);
  node = node_of (surface, x0, y0, self->scale);
  cairo_surface_destroy (surface);
  return node;
}
