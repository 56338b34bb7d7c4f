/* tf-layout-measure.c: measuring label text for the layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include "tf-layout-measure.h"

static const double approximate_em[TF_LAYOUT_N_FONTS] = { 14.0, 13.0, 12.0 };

void
tf_layout_measure_approximate (TfLayoutFont  font,
                               const char   *text,
                               double       *width,
                               double       *height,
                               gpointer      user_data)
{
  double em = approximate_em[CLAMP (font, 0, TF_LAYOUT_N_FONTS - 1)];
  double ems = 0;

  g_return_if_fail (text != NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      ems += g_unichar_iswide (c) ? 1.0 : 0.55;
    }
  *width = ems * em;
  *height = 1.25 * em;
}

struct _TfLayoutPangoMeasurer
{
  PangoContext *context;
  PangoLayout *layouts[TF_LAYOUT_N_FONTS];
  PangoFontDescription *fonts[TF_LAYOUT_N_FONTS];
  /* text -> { width, height }, per font */
  GHashTable *widths[TF_LAYOUT_N_FONTS];
  double heights[TF_LAYOUT_N_FONTS];
};

TfLayoutPangoMeasurer *
tf_layout_pango_measurer_new (PangoContext *context)
{
  TfLayoutPangoMeasurer *self;
  g_autoptr(PangoFontDescription) normal = pango_font_description_from_string ("Sans 10");
  g_autoptr(PangoFontDescription) small = pango_font_description_from_string ("Sans 9");

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (TfLayoutPangoMeasurer, 1);
  self->context = g_object_ref (context);
  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    {
      self->layouts[f] = pango_layout_new (context);
      self->widths[f] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      tf_layout_pango_measurer_set_font (self, f, f == TF_LAYOUT_FONT_AXIS ? small : normal);
    }
  return self;
}

void
tf_layout_pango_measurer_free (TfLayoutPangoMeasurer *self)
{
  if (self == NULL)
    return;
  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    {
      g_object_unref (self->layouts[f]);
      pango_font_description_free (self->fonts[f]);
      g_hash_table_unref (self->widths[f]);
    }
  g_object_unref (self->context);
  g_free (self);
}

void
tf_layout_pango_measurer_set_font (TfLayoutPangoMeasurer      *self,
                                   TfLayoutFont                font,
                                   const PangoFontDescription *description)
{
  PangoRectangle ink;

  g_return_if_fail (self != NULL);
  g_return_if_fail (font < TF_LAYOUT_N_FONTS);
  g_return_if_fail (description != NULL);

  if (self->fonts[font] != NULL)
    pango_font_description_free (self->fonts[font]);
  self->fonts[font] = pango_font_description_copy (description);
  pango_layout_set_font_description (self->layouts[font], description);
  g_hash_table_remove_all (self->widths[font]);

  /* One line height for every text in a font, so that Latin and Chinese
   * labels line up: the ink of a probe with both scripts' tallest and
   * deepest strokes, and the halo around it. Not the logical height:
   * with a Chinese font in the fallback that is half as much again, room
   * a crowded chart does not have. */
  pango_layout_set_text (self->layouts[font], TF_LAYOUT_LINE_PROBE, -1);
  pango_layout_get_pixel_extents (self->layouts[font], &ink, NULL);
  self->heights[font] = ink.height + 2 * TF_LAYOUT_HALO_PX;
}

void
tf_layout_pango_measurer_set_fonts (TfLayoutPangoMeasurer *self,
                                    const char            *family,
                                    const double           sizes[TF_LAYOUT_N_FONTS],
                                    gboolean               absolute)
{
  g_return_if_fail (self != NULL);

  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    {
      g_autoptr(PangoFontDescription) description = pango_font_description_new ();
      int size = (int) (sizes[f] * PANGO_SCALE);

      pango_font_description_set_family (description,
                                         family != NULL && family[0] != '\0' ? family : "Sans");
      if (absolute)
        pango_font_description_set_absolute_size (description, size);
      else
        pango_font_description_set_size (description, size);
      if (f == TF_LAYOUT_FONT_ORGANIZATION)
        pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      tf_layout_pango_measurer_set_font (self, f, description);
    }
}

const PangoFontDescription *
tf_layout_pango_measurer_get_font (TfLayoutPangoMeasurer *self,
                                   TfLayoutFont           font)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (font < TF_LAYOUT_N_FONTS, NULL);
  return self->fonts[font];
}

PangoLanguage *
tf_layout_pango_measurer_get_language (TfLayoutPangoMeasurer *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return pango_context_get_language (self->context);
}

void
tf_layout_pango_measure (TfLayoutFont  font,
                         const char   *text,
                         double       *width,
                         double       *height,
                         gpointer      user_data)
{
  TfLayoutPangoMeasurer *self = user_data;
  double *cached;

  g_return_if_fail (self != NULL);
  g_return_if_fail (font < TF_LAYOUT_N_FONTS);
  g_return_if_fail (text != NULL);

  cached = g_hash_table_lookup (self->widths[font], text);
  if (cached == NULL)
    {
      PangoRectangle ink;
      PangoRectangle logical;

      pango_layout_set_text (self->layouts[font], text, -1);
      pango_layout_get_pixel_extents (self->layouts[font], &ink, &logical);
      /* Width, then height: at least the probe's, taller when a fallback
       * font's ink is. */
      cached = g_new (double, 2);
      cached[0] = logical.width;
      cached[1] = MAX (self->heights[font], ink.height + 2 * TF_LAYOUT_HALO_PX);
      g_hash_table_insert (self->widths[font], g_strdup (text), cached);
    }
  *width = cached[0];
  *height = cached[1];
}
