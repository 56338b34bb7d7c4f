/* tf-presentation-tiles.h: a picture of a chart, cut into columns.
 *
 * Presentation mode draws the chart once and then only composites
 * pictures of it, revealed left of a moving edge. A picture is painted
 * once into an image at the device's scale and cut into columns, each a
 * render node kept from one frame to the next: GTK then sees that the
 * columns the edge did not cross are unchanged and redraws only the
 * damaged ones, the GL renderer keeps each column's texture, and Cairo
 * keeps each column's pixels where it draws (a texture node would be
 * copied out again for every frame it is drawn in).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _TfPresentationTiles TfPresentationTiles;

/* Paints a picture, in px, onto cr. */
typedef void (*TfPresentationPaintFunc) (cairo_t  *cr,
                                         gpointer  user_data);

/* A picture width by height px at scale device pixels per px, painted
 * by paint over base's pixels (a picture of the same size and scale), or
 * over nothing; cut into columns column_width px wide. NULL when cairo
 * cannot make so big a picture. */
TfPresentationTiles *tf_presentation_tiles_new    (TfPresentationTiles    *base,
                                                   double                  width,
                                                   double                  height,
                                                   int                     scale,
                                                   double                  column_width,
                                                   TfPresentationPaintFunc paint,
                                                   gpointer                user_data);
void                 tf_presentation_tiles_free   (TfPresentationTiles    *self);

/* The picture's columns between left and right, each whole or clipped. */
void                 tf_presentation_tiles_append (TfPresentationTiles    *self,
                                                   GtkSnapshot            *snapshot,
                                                   double                  left,
                                                   double                  right);

/* A node of rect of the picture (a label's box), rounded out to device
 * pixels and kept inside the picture; NULL when rect is outside it. */
GskRenderNode       *tf_presentation_tiles_cut    (TfPresentationTiles    *self,
                                                   const graphene_rect_t  *rect);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPresentationTiles, tf_presentation_tiles_free)

G_END_DECLS
