/* tf-layout-measure.h: measuring label text for the layout.
 *
 * Two TfLayoutMeasureFunc implementations: one that sets text with Pango in
 * the fonts the chart is drawn with, and one that needs no fonts at all,
 * so that tests get the same geometry on every machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "tf-layout.h"

G_BEGIN_DECLS

/* East Asian wide characters are 1 em wide, others 0.55 em; a line is
 * 1.25 em. The em is 14 px for organizations, 13 px for people and 12 px
 * for the axis. user_data is ignored. */
void tf_layout_measure_approximate (TfLayoutFont  font,
                                    const char   *text,
                                    double       *width,
                                    double       *height,
                                    gpointer      user_data);

/* The text whose ink sets a font's line height: Latin ascenders and
 * descenders and the tallest Chinese strokes. Drawing centres this ink in
 * a label's box. */
#define TF_LAYOUT_LINE_PROBE "Ag国漆"
/* The halo around a label's text, px on each side: inside its box. */
#define TF_LAYOUT_HALO_PX 1.5

/* Measures with Pango in one font per TfLayoutFont, caching widths by
 * text: the logical width, and as the height the ink of
 * TF_LAYOUT_LINE_PROBE (or of the text, when taller) with its halo. Like
 * the PangoContext it wraps, use it from one thread at a time. */
typedef struct _TfLayoutPangoMeasurer TfLayoutPangoMeasurer;

/* context: a widget's, or one from pango_cairo_font_map_create_context().
 * The fonts start as "Sans 10" (organizations and people) and "Sans 9"
 * (axis). */
TfLayoutPangoMeasurer *tf_layout_pango_measurer_new (PangoContext *context);
void                        tf_layout_pango_measurer_free     (TfLayoutPangoMeasurer        *self);
void tf_layout_pango_measurer_set_font (TfLayoutPangoMeasurer *self,
                                        TfLayoutFont font,
                                        const PangoFontDescription *description);
/* The chart's type as the window, export and presentation set it: family
 * ("Sans" when NULL or empty) at one size per TfLayoutFont, in px when
 * absolute and in points otherwise, organizations in bold. */
void tf_layout_pango_measurer_set_fonts (TfLayoutPangoMeasurer *self,
                                         const char *family,
                                         const double sizes[TF_LAYOUT_N_FONTS],
                                         gboolean absolute);
const PangoFontDescription *tf_layout_pango_measurer_get_font (TfLayoutPangoMeasurer        *self,
                                                               TfLayoutFont                  font);
/* The language of the context text is measured in: draw in it too. */
PangoLanguage *tf_layout_pango_measurer_get_language (TfLayoutPangoMeasurer *self);

/* The TfLayoutMeasureFunc; user_data is the TfLayoutPangoMeasurer. */
void tf_layout_pango_measure (
    TfLayoutFont font, const char *text, double *width, double *height, gpointer user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfLayoutPangoMeasurer, tf_layout_pango_measurer_free)

G_END_DECLS
