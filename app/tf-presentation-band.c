/* tf-presentation-band.c: the caption band under a presented chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-presentation"

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "tf-presentation-band.h"

/* Sizes in px at 1080 px high. */
#define TEXT_PX        36.0
#define HEADLINE_PX    42.0
#define DETAIL_PX      23.0
#define INDICATOR_PX   17.0
#define MARGIN_PX      48.0
#define GAP_PX         10.0
/* A quote longer than this many lines is cut short with an ellipsis. */
#define MAX_TEXT_LINES 3
/* Captions drawn ahead of time, kept for when they come. */
#define MAX_PREPARED   4

typedef struct
{
  char *text;
  char *detail;
  gboolean headline;
  GskRenderNode *node;   /* drawn, where it goes in the band; NULL until then */
} Caption;

struct _TfPresentationBand
{
  PangoContext *caption_context;
  PangoContext *indicator_context;
  double unit;
  double width;
  double height;
  int scale;
  TfChartTheme theme;

  Caption *caption;
  Caption *old;            /* fading out, or NULL */
  GPtrArray *prepared;     /* of Caption */
  char *indicator;
  PangoLayout *indicator_layout;
};

static void
caption_free (Caption *caption)
{
  if (caption == NULL)
    return;

  g_free (caption->text);
  g_free (caption->detail);
  g_clear_pointer (&caption->node, gsk_render_node_unref);
  g_free (caption);
}

static Caption *
caption_new (const char *text,
             const char *detail,
             gboolean    headline)
{
  Caption *caption = g_new0 (Caption, 1);

  caption->text = g_strdup (text != NULL ? text : "");
  caption->detail = g_strdup (detail != NULL ? detail : "");
  caption->headline = headline;
  return caption;
}

/* What was drawn depends on the type, size and colours: drawn again when
 * they change. */
static void
forget_drawings (TfPresentationBand *self)
{
  if (self->caption != NULL)
    g_clear_pointer (&self->caption->node, gsk_render_node_unref);
  if (self->old != NULL)
    g_clear_pointer (&self->old->node, gsk_render_node_unref);
  g_ptr_array_set_size (self->prepared, 0);
  g_clear_object (&self->indicator_layout);
}

TfPresentationBand *
tf_presentation_band_new (void)
{
  TfPresentationBand *self = g_new0 (TfPresentationBand, 1);

  self->unit = 1;
  self->scale = 1;
  self->caption = caption_new ("", "", FALSE);
  self->prepared = g_ptr_array_new_with_free_func ((GDestroyNotify) caption_free);
  self->indicator = g_strdup ("");
  tf_chart_theme_init (&self->theme, FALSE);
  return self;
}

void
tf_presentation_band_free (TfPresentationBand *self)
{
  if (self == NULL)
    return;

  caption_free (self->caption);
  caption_free (self->old);
  g_ptr_array_unref (self->prepared);
  g_clear_object (&self->indicator_layout);
  g_clear_object (&self->caption_context);
  g_clear_object (&self->indicator_context);
  g_free (self->indicator);
  g_free (self);
}

void
tf_presentation_band_set_style (TfPresentationBand *self,
                                PangoContext       *caption_context,
                                PangoContext       *indicator_context,
                                double              unit)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (caption_context));
  g_return_if_fail (PANGO_IS_CONTEXT (indicator_context));

  g_set_object (&self->caption_context, caption_context);
  g_set_object (&self->indicator_context, indicator_context);
  self->unit = unit;
  forget_drawings (self);
}

void
tf_presentation_band_set_size (TfPresentationBand *self,
                               double              width,
                               double              height,
                               int                 scale)
{
  g_return_if_fail (self != NULL);

  if (width == self->width && height == self->height && scale == self->scale)
    return;
  self->width = width;
  self->height = height;
  self->scale = MAX (scale, 1);
  forget_drawings (self);
}

void
tf_presentation_band_set_theme (TfPresentationBand *self,
                                const TfChartTheme *theme)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (theme != NULL);

  self->theme = *theme;
  forget_drawings (self);
}

static PangoLayout *
new_layout (TfPresentationBand *self,
            PangoContext       *context,
            const char         *text,
            double              size_px,
            gboolean            bold,
            int                 max_lines,
            double              width)
{
  PangoLayout *layout = pango_layout_new (context);
  const PangoFontDescription *base = pango_context_get_font_description (context);
  g_autoptr(PangoFontDescription) description = NULL;

  description = base != NULL ? pango_font_description_copy (base) : pango_font_description_new ();
  pango_font_description_set_absolute_size (description,
                                            MAX (round (size_px * self->unit), 8) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -max_lines);
    }
  return layout;
}

static PangoLayout *
ensure_indicator_layout (TfPresentationBand *self)
{
  if (self->indicator_layout == NULL && self->indicator_context != NULL)
    self->indicator_layout
        = new_layout (self, self->indicator_context, self->indicator, INDICATOR_PX, FALSE, 1, -1);
  return self->indicator_layout;
}

/* Captions are centred with room on either side for the widest
 * indicator of this kind, so that they never run under it. */
static double
caption_width (TfPresentationBand *self)
{
  g_autoptr(PangoLayout) widest = NULL;
  int indicator_width;

  widest
      = new_layout (self, self->indicator_context, "0000 · 0000/0000", INDICATOR_PX, FALSE, 1, -1);
  pango_layout_get_pixel_size (widest, &indicator_width, NULL);
  return MAX (self->width - 2 * (MARGIN_PX * self->unit + indicator_width), 1);
}

/* The caption's picture: the text over the detail, centred in the band. */
static void
draw_caption (TfPresentationBand *self,
              Caption            *caption)
{
  const TfColor *colors[2] = { &self->theme.foreground, &self->theme.dim_foreground };
  PangoLayout *layouts[2];
  double width;
  double gap = GAP_PX * self->unit;
  int heights[2];
  double height;
  int width_px;
  int height_px;
  cairo_surface_t *surface;
  cairo_t *cr;
  double top;
  double left;

  if (caption->node != NULL || self->caption_context == NULL || self->width <= 0)
    return;

  width = caption_width (self);
  layouts[0] = new_layout (self, self->caption_context, caption->text,
                           caption->headline ? HEADLINE_PX : TEXT_PX, caption->headline,
                           MAX_TEXT_LINES, width);
  layouts[1]
      = new_layout (self, self->caption_context, caption->detail, DETAIL_PX, FALSE, 1, width);
  pango_layout_get_pixel_size (layouts[0], NULL, &heights[0]);
  pango_layout_get_pixel_size (layouts[1], NULL, &heights[1]);
  height = heights[0] + gap + heights[1];
  left = round ((self->width - width) / 2);
  top = round ((self->height - height) / 2);

  width_px = (int) ceil (width * self->scale);
  height_px = (int) ceil (height * self->scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width_px, height_px);
  cairo_surface_set_device_scale (surface, self->scale, self->scale);
  cr = cairo_create (surface);
  for (guint i = 0; i < 2; i++)
    {
      cairo_move_to (cr, 0, i == 0 ? 0 : heights[0] + gap);
      cairo_set_source_rgba (cr, colors[i]->red, colors[i]->green, colors[i]->blue,
                             colors[i]->alpha);
      pango_cairo_show_layout (cr, layouts[i]);
      g_object_unref (layouts[i]);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* A node that paints the picture: kept, so that every frame of a fade
   * reuses what the renderer made of it. */
  caption->node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (left, top, width, height));
  cr = gsk_cairo_node_get_draw_context (caption->node);
  cairo_set_source_surface (cr, surface, left, top);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

void
tf_presentation_band_set_caption (TfPresentationBand *self,
                                  const char         *text,
                                  const char         *detail,
                                  gboolean            headline,
                                  const char         *indicator,
                                  gboolean            fade)
{
  Caption *caption = NULL;

  g_return_if_fail (self != NULL);

  /* Drawn ahead of time, if it was expected. */
  for (guint i = 0; i < self->prepared->len && caption == NULL; i++)
    {
      Caption *prepared = g_ptr_array_index (self->prepared, i);

      if (g_strcmp0 (prepared->text, text) == 0 && g_strcmp0 (prepared->detail, detail) == 0
          && prepared->headline == headline)
        caption = g_ptr_array_steal_index (self->prepared, i);
    }
  if (caption == NULL)
    caption = caption_new (text, detail, headline);

  g_clear_pointer (&self->old, caption_free);
  if (fade)
    self->old = self->caption;
  else
    caption_free (self->caption);
  self->caption = caption;

  g_free (self->indicator);
  self->indicator = g_strdup (indicator != NULL ? indicator : "");
  g_clear_object (&self->indicator_layout);
}

const char *
tf_presentation_band_get_text (TfPresentationBand *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->caption->text;
}

const char *
tf_presentation_band_get_detail (TfPresentationBand *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->caption->detail;
}

const char *
tf_presentation_band_get_indicator (TfPresentationBand *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->indicator;
}

void
tf_presentation_band_end_fade (TfPresentationBand *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->old, caption_free);
}

void
tf_presentation_band_prepare (TfPresentationBand *self,
                              const char         *text,
                              const char         *detail,
                              gboolean            headline)
{
  Caption *caption;

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->prepared->len; i++)
    {
      Caption *prepared = g_ptr_array_index (self->prepared, i);

      if (g_strcmp0 (prepared->text, text) == 0 && g_strcmp0 (prepared->detail, detail) == 0
          && prepared->headline == headline)
        return;
    }
  caption = caption_new (text, detail, headline);
  draw_caption (self, caption);
  if (self->prepared->len >= MAX_PREPARED)
    g_ptr_array_remove_index (self->prepared, 0);
  g_ptr_array_add (self->prepared, caption);
}

static void
append_caption (GtkSnapshot *snapshot,
                Caption     *caption,
                double       alpha)
{
  if (caption == NULL || caption->node == NULL || alpha <= 0)
    return;
  if (alpha < 1)
    gtk_snapshot_push_opacity (snapshot, alpha);
  gtk_snapshot_append_node (snapshot, caption->node);
  if (alpha < 1)
    gtk_snapshot_pop (snapshot);
}

void
tf_presentation_band_append (TfPresentationBand *self,
                             GtkSnapshot        *snapshot,
                             double              x,
                             double              y,
                             double              fade)
{
  const TfColor *dim = &self->theme.dim_foreground;
  PangoLayout *indicator;
  double margin = MARGIN_PX * self->unit;
  int width;
  int height;

  g_return_if_fail (self != NULL);

  if (self->caption_context == NULL)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  draw_caption (self, self->caption);
  if (self->old != NULL)
    {
      draw_caption (self, self->old);
      append_caption (snapshot, self->old, 1 - fade);
      append_caption (snapshot, self->caption, fade);
    }
  else
    append_caption (snapshot, self->caption, 1);

  /* Discreet: small, in the corner, the dim colour made fainter. */
  indicator = ensure_indicator_layout (self);
  if (indicator != NULL && self->indicator[0] != '\0')
    {
      pango_layout_get_pixel_size (indicator, &width, &height);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->width - margin - width,
                                                              self->height - margin / 2 - height));
      gtk_snapshot_append_layout (snapshot, indicator,
                                  &(GdkRGBA){ dim->red, dim->green, dim->blue, 0.7 });
    }
  gtk_snapshot_restore (snapshot);
}
