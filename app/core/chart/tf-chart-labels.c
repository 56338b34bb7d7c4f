/* tf-chart-labels.c: Pango text, labels and their halos.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-chart-draw-private.h"
#include "tf-text.h"

/* ---- text ---- */

/* The sizes tf_layout_measure_approximate () assumes, in pixels. */
static const double approximate_size_px[TF_LAYOUT_N_FONTS] = { 14.0, 13.0, 12.0 };

static PangoFontDescription *
font_for (Painter      *painter,
          TfLayoutFont  font)
{
  PangoFontDescription *description;

  if (painter->fonts != NULL)
    return pango_font_description_copy (tf_layout_pango_measurer_get_font (painter->fonts, font));
  description = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (description, approximate_size_px[font] * PANGO_SCALE);
  return description;
}

static PangoLayout *
text_layout (Painter   *painter,
             TextStyle  style)
{
  PangoFontDescription *description = NULL;
  PangoLayout *layout;

  if (painter->text[style] != NULL)
    return painter->text[style];

  switch (style)
    {
    case TEXT_ORGANIZATION:
      description = font_for (painter, TF_LAYOUT_FONT_ORGANIZATION);
      pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      break;
    case TEXT_ORGANIZATION_PLAIN:
      description = font_for (painter, TF_LAYOUT_FONT_ORGANIZATION);
      break;
    case TEXT_UNNAMED:
      description = font_for (painter, TF_LAYOUT_FONT_ORGANIZATION);
      pango_font_description_set_style (description, PANGO_STYLE_ITALIC);
      break;
    case TEXT_PERSON:
      description = font_for (painter, TF_LAYOUT_FONT_PERSON);
      break;
    case TEXT_AXIS:
      description = font_for (painter, TF_LAYOUT_FONT_AXIS);
      break;
    case TEXT_CAPTION:
      description = font_for (painter, TF_LAYOUT_FONT_AXIS);
      pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      break;
    case TEXT_COUNT:
      description = font_for (painter, TF_LAYOUT_FONT_AXIS);
      pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
      break;
    case N_TEXT_STYLES:
    default:
      g_assert_not_reached ();
    }

  layout = pango_cairo_create_layout (painter->cr);
  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  painter->text[style] = layout;
  return layout;
}

/* Han text gets a Chinese language tag, so that Pango picks a Chinese font
 * (not a Japanese one) whatever the locale: traditional forms for text
 * written in traditional characters, simplified otherwise. */
static PangoLanguage *
language_for_text (const char *text)
{
  const char *language = tf_text_language_for_script (tf_text_guess_han_script (text));

  return language != NULL ? pango_language_from_string (language) : NULL;
}

PangoLayout *
_tf_chart_set_text (Painter    *painter,
                    TextStyle   style,
                    const char *text)
{
  PangoLayout *layout = text_layout (painter, style);
  PangoLanguage *language = language_for_text (text);
  PangoAttrList *attributes = NULL;

  if (language != NULL)
    {
      attributes = pango_attr_list_new ();
      pango_attr_list_insert (attributes, pango_attr_language_new (language));
    }
  pango_layout_set_attributes (layout, attributes);
  pango_layout_set_text (layout, text, -1);
  if (attributes != NULL)
    pango_attr_list_unref (attributes);
  return layout;
}

void
_tf_chart_show_text (Painter       *painter,
                     PangoLayout   *layout,
                     double         x,
                     double         y,
                     const TfColor *color,
                     gboolean       halo)
{
  cairo_t *cr = painter->cr;

  if (halo)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      cairo_set_line_width (cr, HALO_PX);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      _tf_chart_set_color (cr, &painter->halo, 1);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, x, y);
  _tf_chart_set_color (cr, color, 1);
  tf_cairo_show_layout (cr, layout);
}

/* Sets a label's text in its style; *y is where to draw it so that it is
 * centred in its box, and *scale how much to narrow it so that it fits
 * the box it was measured for. */
PangoLayout *
_tf_chart_label_layout (Painter             *painter,
                        const TfLayoutLabel *label,
                        const TfColor      **color,
                        gboolean            *halo,
                        double              *y,
                        double              *scale)
{
  const TfChartTheme *theme = painter->theme;
  PangoLayout *layout = NULL;
  PangoRectangle logical;

  *halo = FALSE;
  *scale = 1;
  *color = &theme->foreground;
  switch (label->kind)
    {
    case TF_LAYOUT_LABEL_ORGANIZATION:
      {
        const TfLayoutSublane *sublane = &painter->sublanes[label->owner];

        if (sublane->kind == TF_LAYOUT_SUBLANE_UNNAMED)
          {
            layout = _tf_chart_set_text (painter, TEXT_UNNAMED, label->text);
            *color = &theme->dim_foreground;
          }
        else if (sublane->kind == TF_LAYOUT_SUBLANE_OTHERS)
          {
            layout = _tf_chart_set_text (painter, TEXT_ORGANIZATION_PLAIN, label->text);
            *color = &theme->dim_foreground;
          }
        else
          {
            /* Bold, narrowed a little when the box was measured in a
             * regular weight; the regular weight when that is not enough. */
            layout = _tf_chart_set_text (painter, TEXT_ORGANIZATION, label->text);
            pango_layout_get_pixel_extents (layout, NULL, &logical);
            if (label->width > 0 && logical.width > label->width + 0.5)
              {
                *scale = label->width / logical.width;
                if (*scale < MIN_LABEL_SCALE)
                  {
                    *scale = 1;
                    layout = _tf_chart_set_text (painter, TEXT_ORGANIZATION_PLAIN, label->text);
                  }
              }
          }
      }
      break;
    case TF_LAYOUT_LABEL_PERSON:
      layout = _tf_chart_set_text (painter, TEXT_PERSON, label->text);
      *halo = TRUE;
      break;
    case TF_LAYOUT_LABEL_YEAR:
      layout = _tf_chart_set_text (painter, TEXT_AXIS, label->text);
      *color = &theme->dim_foreground;
      break;
    default:
      g_assert_not_reached ();
    }
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  *y = label->y + (label->height > 0 ? (label->height - logical.height) / 2 : 0);
  return layout;
}

void
_tf_chart_draw_label (Painter             *painter,
                      const TfLayoutLabel *label)
{
  cairo_t *cr = painter->cr;
  const TfColor *color;
  gboolean halo;
  double y;
  double scale;
  PangoLayout *layout = _tf_chart_label_layout (painter, label, &color, &halo, &y, &scale);

  if (scale == 1)
    {
      _tf_chart_show_text (painter, layout, label->x, y, color, halo);
      return;
    }
  cairo_save (cr);
  cairo_translate (cr, label->x, y);
  cairo_scale (cr, scale, 1);
  _tf_chart_show_text (painter, layout, 0, 0, color, halo);
  cairo_restore (cr);
}

/* ---- lanes, sub-lanes and the grid ---- */

/* Person labels on a raster target: their text drawn into a mask, and
 * the mask grown by a pixel for the halo; two composites instead of
 * stroking the outline of every glyph, which costs far more. */
static gboolean
draw_person_labels_raster (Painter *painter)
{
  Raster raster;
  cairo_rectangle_int_t all;
  g_autoptr(TfRasterMask) text = NULL;
  g_autoptr(TfRasterMask) halo = NULL;
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_int_t));
  cairo_t *text_cr;
  guint n_people = 0;

  if (!_tf_chart_raster_init (painter, &raster)
      || !_tf_chart_raster_rect (&raster, 0, 0, painter->width, painter->height, &all))
    return FALSE;
  for (guint i = 0; i < painter->n_labels; i++)
    n_people += painter->labels[i].visible && painter->labels[i].kind == TF_LAYOUT_LABEL_PERSON;
  if (n_people == 0)
    return TRUE;
  raster.x = all.x;
  raster.y = all.y;
  text = tf_raster_mask_new (all.x, all.y, all.width, all.height);
  halo = tf_raster_mask_new (all.x, all.y, all.width, all.height);

  text_cr = cairo_create (tf_raster_mask_get_surface (text, NULL));
  cairo_translate (text_cr, -all.x, -all.y);
  cairo_scale (text_cr, raster.device_scale, raster.device_scale);
  cairo_transform (text_cr, &raster.matrix);
  for (guint i = 0; i < painter->n_labels; i++)
    {
      const TfLayoutLabel *label = &painter->labels[i];
      const TfColor *color;
      gboolean with_halo;
      double y;
      double scale;
      PangoLayout *layout;
      cairo_rectangle_int_t box;

      if (!label->visible || label->kind != TF_LAYOUT_LABEL_PERSON)
        continue;
      layout = _tf_chart_label_layout (painter, label, &color, &with_halo, &y, &scale);
      cairo_save (text_cr);
      cairo_translate (text_cr, label->x, y);
      cairo_scale (text_cr, scale, 1);
      cairo_move_to (text_cr, 0, 0);
      pango_cairo_show_layout (text_cr, layout);
      cairo_restore (text_cr);
      if (_tf_chart_raster_rect (&raster, label->x - 2, MIN (label->y, y) - 2, label->width + 4,
                                 MAX (label->height, 0) + ABS (y - label->y) + 4, &box))
        {
          tf_raster_mask_touch (text, &box);
          g_array_append_val (boxes, box);
        }
    }
  cairo_destroy (text_cr);

  for (guint i = 0; i < boxes->len; i++)
    tf_raster_mask_dilate (text, halo, &g_array_index (boxes, cairo_rectangle_int_t, i));
  _tf_chart_raster_composite (painter, &raster, halo, &painter->halo, 1);
  _tf_chart_raster_composite (painter, &raster, text, &painter->theme->foreground, 1);
  return TRUE;
}

/* Person labels, or organization and year labels, or both, as the
 * layers to draw ask. */
void
_tf_chart_draw_labels (Painter  *painter,
                       gboolean  people,
                       gboolean  others)
{
  gboolean people_drawn = !people || draw_person_labels_raster (painter);

  for (guint i = 0; i < painter->n_labels; i++)
    {
      const TfLayoutLabel *label = &painter->labels[i];
      gboolean person = label->kind == TF_LAYOUT_LABEL_PERSON;

      if (label->visible && (person ? !people_drawn : others))
        _tf_chart_draw_label (painter, label);
    }
}
