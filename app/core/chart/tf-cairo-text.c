/* tf-cairo-text.c: showing Pango text so that every target draws it right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <pango/pangocairo.h>

#include "tf-cairo-text.h"

/* Invisible, but not so transparent that Cairo leaves the text out. */
#define TEXT_COPY_ALPHA (1.0 / 255)

static gboolean
wants_outlines (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
      return TRUE;
    default:
      return FALSE;
    }
}

void
tf_cairo_show_layout (cairo_t     *cr,
                      PangoLayout *layout)
{
  double x, y;

  if (!wants_outlines (cr))
    {
      pango_cairo_show_layout (cr, layout);
      return;
    }

  cairo_get_current_point (cr, &x, &y);

  cairo_save (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, TEXT_COPY_ALPHA);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);

  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  cairo_fill (cr);
}
