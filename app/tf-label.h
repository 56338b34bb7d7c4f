/* tf-label.h: setting a label to text from a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-evidence.h"

G_BEGIN_DECLS

/* Sets the text and tells Pango its language when it is Chinese, so that
 * simplified text gets mainland glyphs and traditional text Taiwanese ones,
 * whichever CJK font fontconfig would pick first. */
void        tf_label_set_text            (GtkLabel              *label,
                                          const char            *text);

/* The same for markup. script is the script of the markup's text, or
 * TF_SCRIPT_UNKNOWN to have it detected. */
void        tf_label_set_markup          (GtkLabel              *label,
                                          const char            *markup,
                                          TfScript               script);

/* text escaped for markup, inside a span giving its language when it is
 * Chinese: for widgets whose text is markup, such as AdwActionRow titles. */
char       *tf_label_escape_text         (const char            *text);

/* text escaped for markup with the byte ranges [start, end) of matches
 * highlighted; the matches' paragraph is ignored, they may come in any
 * order and overlap. */
char       *tf_label_highlight_markup    (const char            *text,
                                          const TfEvidenceMatch *matches,
                                          guint                  n_matches);

/* For a label's activate-link: a link written by tf-wording.h's
 * TF_WORDING_ORGANIZATION_URI or TF_WORDING_PERSON_URI activates the detail
 * panel's action "detail.activate-organization" or "detail.activate-person"
 * from widget. Returns FALSE for other links, which GTK then opens. */
gboolean    tf_label_activate_record_link (GtkWidget            *widget,
                                           const char           *uri);

/* The colour behind a highlighted quote. It is see-through, so that the
 * theme's text colour stays legible on it in light and dark styles. */
void        tf_label_get_highlight_color (GdkRGBA               *color);

G_END_DECLS
