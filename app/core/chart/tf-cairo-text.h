/* tf-cairo-text.h: showing Pango text so that every target draws it right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* Like pango_cairo_show_layout (): layout at the current point in the
 * current source. On PDF and PostScript targets the text is filled as its
 * outlines over a nearly transparent copy of itself. The copy keeps the
 * text searchable and extractable (pdftotext); the outlines are what
 * shows, because Cairo 1.16 subsets some CFF glyphs wrongly (in Noto Sans
 * CJK SC Regular, 如: its charstring parser miscounts the hints of a glyph
 * whose first hintmask follows drawing operators and drops a subroutine
 * the glyph needs), and viewers then draw nothing for them. SVG already
 * gets outlines from Cairo, and raster targets pixels. The current path
 * is cleared, as pango_cairo_show_layout () leaves it. */
void tf_cairo_show_layout (cairo_t     *cr,
                           PangoLayout *layout);

G_END_DECLS
