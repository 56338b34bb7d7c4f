/* tf-label.h: setting a label to text from a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets the text and tells Pango its language when it is Chinese, so that
 * simplified text gets mainland glyphs and traditional text Taiwanese ones,
 * whichever CJK font fontconfig would pick first. */
void tf_label_set_text (GtkLabel   *label,
                        const char *text);

G_END_DECLS
