/* tf-chart-layer-labels.c: the labels the layout placed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include "tf-chart-layer-labels.h"
#include "tf-chart-masks.h"

/* Text is never narrowed more than this to fit its box. */
#define MIN_LABEL_SCALE 0.8

/* Sets a label's text in its style; *y is where to draw it so that its
 * line is centred in its box, and *scale how much to narrow it so that
 * it fits the box it was measured for. */
static PangoLayout *
label_layout (const TfChartContext *ctx,
              const TfLayoutLabel  *label,
              const TfColor       **color,
              gboolean             *halo,
              double               *y,
              double               *scale)
{
  const TfChartTheme *theme = ctx->theme;
  TfChartTextStyle style;
  PangoLayout *layout;
  PangoRectangle logical;
  gboolean cut = FALSE;

  *halo = FALSE;
  *scale = 1;
  *color = &theme->foreground;
  switch (label->kind)
    {
    case TF_LAYOUT_LABEL_ORGANIZATION:
      {
        const TfLayoutSublane *sublane = &ctx->sublanes[label->owner];

        if (sublane->kind == TF_LAYOUT_SUBLANE_UNNAMED)
          {
            style = TF_CHART_TEXT_UNNAMED;
            *color = &theme->dim_foreground;
          }
        else if (sublane->kind == TF_LAYOUT_SUBLANE_OTHERS)
          {
            style = TF_CHART_TEXT_ORGANIZATION_PLAIN;
            *color = &theme->dim_foreground;
          }
        else
          {
            /* Bold, narrowed a little when the box was measured in a
             * regular weight; the regular weight when that is not enough. */
            style = TF_CHART_TEXT_ORGANIZATION;
            layout = tf_chart_context_set_text (ctx, style, label->text);
            pango_layout_get_pixel_extents (layout, NULL, &logical);
            if (label->width > 0 && logical.width > label->width + 0.5)
              {
                *scale = label->width / logical.width;
                if (*scale < MIN_LABEL_SCALE)
                  {
                    *scale = 1;
                    style = TF_CHART_TEXT_ORGANIZATION_PLAIN;
                  }
              }
          }
      }
      break;
    case TF_LAYOUT_LABEL_PERSON:
      style = TF_CHART_TEXT_PERSON;
      *halo = TRUE;
      break;
    case TF_LAYOUT_LABEL_YEAR:
      style = TF_CHART_TEXT_AXIS;
      *color = &theme->dim_foreground;
      break;
    default:
      g_assert_not_reached ();
    }

  /* Measuring the line sets other text: first where, then what. */
  *y = label->height > 0 ? tf_chart_context_text_top (ctx, style, label->y, label->height)
                         : label->y;
  layout = tf_chart_context_set_text (ctx, style, label->text);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  /* Longer than the room the layout gave it (more than measuring on
   * another surface can account for): cut, with an ellipsis; hover shows
   * it whole. A person's or group's name keeps its end too ("卡内基梅…
   * 的 40 人"), where a group says how many. */
  cut = *scale == 1 && label->width > 0 && logical.width > 1.05 * label->width + 2;
  if (cut)
    {
      pango_layout_set_width (layout, (int) (label->width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, label->kind == TF_LAYOUT_LABEL_PERSON
                                              ? PANGO_ELLIPSIZE_MIDDLE
                                              : PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* The line from a path to its name set apart from it. */
static void
draw_leader (cairo_t              *cr,
             const TfChartContext *ctx,
             const TfLayoutLabel  *label)
{
  double x0, y0, x1, y1;

  if (!label->leader)
    return;
  tf_layout_label_get_leader (label, &x0, &y0, &x1, &y1);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_set_line_width (cr, 1);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  tf_chart_set_color (cr, &ctx->theme->dim_foreground, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_label (cairo_t              *cr,
            const TfChartContext *ctx,
            const TfLayoutLabel  *label)
{
  const TfColor *color;
  gboolean halo;
  double y;
  double scale;
  PangoLayout *layout = label_layout (ctx, label, &color, &halo, &y, &scale);

  draw_leader (cr, ctx, label);

  if (scale == 1)
    {
      tf_chart_show_text (cr, ctx, layout, label->x, y, color, halo);
      return;
    }
  cairo_save (cr);
  cairo_translate (cr, label->x, y);
  cairo_scale (cr, scale, 1);
  tf_chart_show_text (cr, ctx, layout, 0, 0, color, halo);
  cairo_restore (cr);
}

/* Person labels on a raster target: their text drawn into a mask, and
 * the mask grown by a pixel for the halo (tf-chart-raster.h); two
 * composites instead of stroking the outline of every glyph, which costs
 * far more. */
static gboolean
draw_person_labels_raster (cairo_t              *cr,
                           const TfChartContext *ctx)
{
  TfChartMasks masks;
  cairo_rectangle_int_t all;
  g_autoptr(TfRasterMask) text = NULL;
  g_autoptr(TfRasterMask) halo = NULL;
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_int_t));
  cairo_t *text_cr;
  guint n_people = 0;

  if (!tf_chart_masks_init (&masks, cr)
      || !tf_chart_masks_rect (&masks, 0, 0, ctx->width, ctx->height, &all))
    return FALSE;
  for (guint i = 0; i < ctx->n_labels; i++)
    n_people += ctx->labels[i].visible && ctx->labels[i].kind == TF_LAYOUT_LABEL_PERSON;
  if (n_people == 0)
    return TRUE;
  masks.x = all.x;
  masks.y = all.y;
  text = tf_raster_mask_new (all.x, all.y, all.width, all.height);
  halo = tf_raster_mask_new (all.x, all.y, all.width, all.height);

  text_cr = cairo_create (tf_raster_mask_get_surface (text, NULL));
  cairo_translate (text_cr, -all.x, -all.y);
  cairo_scale (text_cr, masks.device_scale, masks.device_scale);
  cairo_transform (text_cr, &masks.matrix);
  for (guint i = 0; i < ctx->n_labels; i++)
    {
      const TfLayoutLabel *label = &ctx->labels[i];
      const TfColor *color;
      gboolean with_halo;
      double y;
      double scale;
      PangoLayout *layout;
      cairo_rectangle_int_t box;

      if (!label->visible || label->kind != TF_LAYOUT_LABEL_PERSON)
        continue;
      layout = label_layout (ctx, label, &color, &with_halo, &y, &scale);
      cairo_save (text_cr);
      cairo_translate (text_cr, label->x, y);
      cairo_scale (text_cr, scale, 1);
      cairo_move_to (text_cr, 0, 0);
      pango_cairo_show_layout (text_cr, layout);
      cairo_restore (text_cr);
      if (tf_chart_masks_rect (&masks, label->x - 2, MIN (label->y, y) - 2, label->width + 4,
                               MAX (label->height, 0) + ABS (y - label->y) + 4, &box))
        {
          tf_raster_mask_touch (text, &box);
          g_array_append_val (boxes, box);
        }
    }
  cairo_destroy (text_cr);

  for (guint i = 0; i < boxes->len; i++)
    tf_raster_mask_dilate (text, halo, &g_array_index (boxes, cairo_rectangle_int_t, i));
  tf_chart_masks_composite (cr, &masks, halo, &ctx->halo, 1);
  tf_chart_masks_composite (cr, &masks, text, &ctx->theme->foreground, 1);
  return TRUE;
}

void
tf_chart_labels_layer_draw (cairo_t              *cr,
                            const TfChartContext *ctx)
{
  gboolean people = (ctx->layers & TF_CHART_LAYER_PERSON_LABELS) != 0;
  gboolean others = (ctx->layers & TF_CHART_LAYER_LANE_LABELS) != 0;
  gboolean people_drawn;

  if (!people && !others)
    return;
  people_drawn
      = !people
        || (ctx->rasterizer == TF_CHART_RASTERIZER_OWN && draw_person_labels_raster (cr, ctx));
  if (people && people_drawn)
    for (guint i = 0; i < ctx->n_labels; i++)
      if (ctx->labels[i].visible && ctx->labels[i].kind == TF_LAYOUT_LABEL_PERSON)
        draw_leader (cr, ctx, &ctx->labels[i]);
  for (guint i = 0; i < ctx->n_labels; i++)
    {
      const TfLayoutLabel *label = &ctx->labels[i];
      gboolean person = label->kind == TF_LAYOUT_LABEL_PERSON;

      if (label->visible && (person ? !people_drawn : others))
        draw_label (cr, ctx, label);
    }
}

/* A label shown on demand sits on a chip of the background, so that it
 * reads over anything; one never measured is put next to what it names. */
static void
draw_label_chip (cairo_t              *cr,
                 const TfChartContext *ctx,
                 const TfLayoutLabel  *label)
{
  const TfColor *color;
  gboolean halo;
  double y;
  double scale;
  double x = label->x;
  PangoLayout *layout = label_layout (ctx, label, &color, &halo, &y, &scale);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (label->width <= 0)
    {
      x = label->anchor_x - logical.width - 6;
      if (x < ctx->plot_x)
        x = label->anchor_x + 6;
      y = label->anchor_y - logical.height / 2;
    }
  x = CLAMP (x, 2, MAX (2, ctx->width - logical.width - 2));
  y = CLAMP (y, 2, MAX (2, ctx->height - logical.height - 2));

  cairo_new_path (cr);
  cairo_rectangle (cr, x - 3, y - 1, logical.width + 6, logical.height + 2);
  cairo_set_source_rgba (cr, ctx->halo.red, ctx->halo.green, ctx->halo.blue, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  tf_chart_set_color (cr, &ctx->theme->grid, 2);
  cairo_stroke (cr);
  tf_chart_show_text (cr, ctx, layout, x, y, color, FALSE);
}

void
tf_chart_labels_layer_draw_label (cairo_t              *cr,
                                  const TfChartContext *ctx,
                                  int                   label_index)
{
  const TfLayoutLabel *label;

  if (label_index < 0 || (guint) label_index >= ctx->n_labels)
    return;

  label = &ctx->labels[label_index];
  if (label->visible)
    draw_label (cr, ctx, label);
  else
    draw_label_chip (cr, ctx, label);
}
