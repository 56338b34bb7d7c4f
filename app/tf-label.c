/* tf-label.c: setting a label to text from a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-label"

#include "config.h"

#include "tf-label.h"
#include "tf-text.h"

void
tf_label_set_text (GtkLabel   *label,
                   const char *text)
{
  PangoAttrList *attributes = NULL;
  const char *language = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  if (text == NULL)
    text = "";

  switch (tf_text_detect_script (text))
    {
    case TF_SCRIPT_HANS:
      language = "zh-cn";
      break;
    case TF_SCRIPT_HANT:
      language = "zh-tw";
      break;
    case TF_SCRIPT_LATIN:
    case TF_SCRIPT_UNKNOWN:
    default:
      break;
    }

  if (language != NULL)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes,
                              pango_attr_language_new (pango_language_from_string (language)));
    }

  gtk_label_set_text (label, text);
  gtk_label_set_attributes (label, attributes);
  g_clear_pointer (&attributes, pango_attr_list_unref);
}
