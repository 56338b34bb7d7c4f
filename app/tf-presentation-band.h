/* tf-presentation-band.h: the caption band under a presented chart.
 *
 * The step's caption, centred in large type (a quote and its article, or
 * a year and who moved in it), cross-fading from the last step's, and in
 * the bottom right corner, small and dim, the step indicator
 * ("2019 · 12/34"). Each caption is drawn once into a picture at the
 * device's scale, ahead of time when it is known which comes next
 * (tf_presentation_band_prepare ()), so that the frames that fade it in
 * only composite it: the first drawing of new glyphs in large type costs
 * more than a frame has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-chart-draw.h"

G_BEGIN_DECLS

typedef struct _TfPresentationBand TfPresentationBand;

TfPresentationBand *tf_presentation_band_new         (void);
void                tf_presentation_band_free        (TfPresentationBand *self);

/* The type: captions set in caption_context (its language picks the
 * fonts for names), the indicator in indicator_context, at sizes for a
 * screen unit times 1080 px high. Nothing is shown without. */
void                tf_presentation_band_set_style   (TfPresentationBand *self,
                                                      PangoContext       *caption_context,
                                                      PangoContext       *indicator_context,
                                                      double              unit);
/* The band's size in px, and device pixels per px. */
void                tf_presentation_band_set_size    (TfPresentationBand *self,
                                                      double              width,
                                                      double              height,
                                                      int                 scale);
/* The colours, from theme (copied); light until set. */
void                tf_presentation_band_set_theme   (TfPresentationBand *self,
                                                      const TfChartTheme *theme);

/* The step's texts; headline sets text large and bold (a year). With
 * fade, the caption shown until now fades out as the new one fades in
 * (see tf_presentation_band_append ()); without, it is gone. */
void                tf_presentation_band_set_caption (TfPresentationBand *self,
                                                      const char         *text,
                                                      const char         *detail,
                                                      gboolean            headline,
                                                      const char         *indicator,
                                                      gboolean            fade);
const char         *tf_presentation_band_get_text    (TfPresentationBand *self);
const char         *tf_presentation_band_get_detail  (TfPresentationBand *self);
const char         *tf_presentation_band_get_indicator (TfPresentationBand *self);
/* The cross-fade is over: the old caption is dropped. */
void                tf_presentation_band_end_fade    (TfPresentationBand *self);

/* Draws a caption that is to come, off screen, so that showing it costs
 * no more than any other frame. A few are kept. */
void                tf_presentation_band_prepare     (TfPresentationBand *self,
                                                      const char         *text,
                                                      const char         *detail,
                                                      gboolean            headline);

/* The band with its top left corner at (x, y); fade is how far the new
 * caption has come in, 0 to 1. */
void                tf_presentation_band_append      (TfPresentationBand *self,
                                                      GtkSnapshot        *snapshot,
                                                      double              x,
                                                      double              y,
                                                      double              fade);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPresentationBand, tf_presentation_band_free)

G_END_DECLS
