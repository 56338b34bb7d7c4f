/* tf-chart-draw.c: drawing a flow-chart layout to any cairo_t.
 *
 * Back to front: the background, the sector lanes and their sub-lanes, the
 * year grid, then either the paths (one per person) or the blocks and
 * ribbons of an aggregated chart, clipped to the plot, then the labels and
 * the direction strip. Nothing here decides where anything goes: every
 * coordinate comes from the layout.
 *
 * Stroking is what costs: tens of microseconds per cairo stroke. A few
 * hundred paths are drawn one by one, each over a casing of the background
 * colour so that crossings read, with gradients for moves between sectors
 * and fades at open ends. Past that, on a raster target, paths and ribbons
 * are rasterized into one coverage mask per sector colour
 * (tf-chart-raster.c) and each mask is composited once; paths too thin to
 * see one by one are sampled so that the ink stays the same. Vector output
 * (SVG, PDF) always gets real curves, one path per colour and style.
 *
 * tf_chart_draw_layers() draws a subset of those steps, in the same order,
 * so that presentation mode can cache what is always shown apart from
 * what it reveals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tf-chart-draw-private.h"

/* ---- theme ---- */

static TfColor
color_from_hex (guint32 hex,
                double  alpha)
{
  TfColor color;

  color.red = ((hex >> 16) & 0xff) / 255.0;
  color.green = ((hex >> 8) & 0xff) / 255.0;
  color.blue = (hex & 0xff) / 255.0;
  color.alpha = alpha;
  return color;
}

void
tf_chart_theme_init (TfChartTheme *theme,
                     gboolean      dark)
{
  /* Okabe and Ito's palette, darkened for light backgrounds and lightened
   * for dark ones so that every stroke keeps 3:1 against its background;
   * tests/test-chart-draw.c checks the ratios and the distances under
   * simulated colour blindness. */
  static const guint32 light_sectors[TF_N_SECTORS] = { 0x0072B2, 0xA8508F, 0xC85700, 0x00936B };
  static const guint32 dark_sectors[TF_N_SECTORS] = { 0x5DB8EC, 0xD58CC0, 0xF28A47, 0x22B088 };

  g_return_if_fail (theme != NULL);

  memset (theme, 0, sizeof *theme);
  theme->dark = dark;
  if (dark)
    {
      /* libadwaita's dark window background and foreground. */
      theme->background = color_from_hex (0x242424, 1);
      theme->foreground = color_from_hex (0xFFFFFF, 1);
      theme->dim_foreground = color_from_hex (0xA6A6A6, 1);
      theme->grid = color_from_hex (0xFFFFFF, 0.09);
      theme->highlight = color_from_hex (0xFFFFFF, 1);
    }
  else
    {
      theme->background = color_from_hex (0xFAFAFA, 1);
      theme->foreground = color_from_hex (0x2E2E2E, 1);
      theme->dim_foreground = color_from_hex (0x6B6B6B, 1);
      theme->grid = color_from_hex (0x000000, 0.08);
      theme->highlight = color_from_hex (0x1A1A1A, 1);
    }
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      theme->sector[s] = color_from_hex (dark ? dark_sectors[s] : light_sectors[s], 1);
      theme->lane[s] = theme->sector[s];
      theme->lane[s].alpha = dark ? 0.06 : 0.055;
    }
  theme->to_academia = theme->sector[TF_SECTOR_ACADEMIA];
  theme->to_industry = theme->sector[TF_SECTOR_COMPANY];
}

void
tf_chart_highlight_init (TfChartHighlight *highlight)
{
  g_return_if_fail (highlight != NULL);

  highlight->hover_path = -1;
  highlight->hover_segment = -1;
  highlight->hover_sublane = -1;
  highlight->hover_ribbon = -1;
  highlight->hover_label = -1;
  highlight->selected_path = -1;
  highlight->selected_segment = -1;
  highlight->selected_sublane = -1;
}

void
_tf_chart_set_color (cairo_t       *cr,
                     const TfColor *color,
                     double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Drawing clips paths to the plot in x (the layout counts on it), with a
 * little room above and below for strokes along the edges. */
void
_tf_chart_clip_to_plot (Painter *painter)
{
  cairo_rectangle (painter->cr, painter->plot_x, painter->plot_y - PLOT_OVERHANG_PX,
                   painter->plot_width, painter->plot_height + 2 * PLOT_OVERHANG_PX);
  cairo_clip (painter->cr);
}

void
_tf_chart_painter_init (Painter                *painter,
                        cairo_t                *cr,
                        TfLayout               *layout,
                        const TfChartTheme     *theme,
                        TfLayoutPangoMeasurer  *fonts)
{
  memset (painter, 0, sizeof *painter);
  painter->cr = cr;
  painter->layout = layout;
  painter->theme = theme;
  painter->fonts = fonts;

  painter->lanes = tf_layout_get_lanes (layout, &painter->n_lanes);
  painter->sublanes = tf_layout_get_sublanes (layout, &painter->n_sublanes);
  painter->paths = tf_layout_get_paths (layout, &painter->n_paths);
  painter->segments = tf_layout_get_segments (layout, &painter->n_segments);
  painter->labels = tf_layout_get_labels (layout, &painter->n_labels);
  painter->blocks = tf_layout_get_blocks (layout, &painter->n_blocks);
  painter->ribbons = tf_layout_get_ribbons (layout, &painter->n_ribbons);
  tf_layout_get_size (layout, &painter->width, &painter->height);
  tf_layout_get_plot (layout, &painter->plot_x, &painter->plot_y,
                      &painter->plot_width, &painter->plot_height);
  painter->px_per_year = tf_layout_x_for_time (layout, 1) - tf_layout_x_for_time (layout, 0);

  painter->gutter = painter->plot_x;
  for (guint i = 0; i < painter->n_labels; i++)
    if (painter->labels[i].kind == TF_LAYOUT_LABEL_ORGANIZATION && painter->labels[i].visible)
      painter->gutter = MIN (painter->gutter, painter->labels[i].x - LABEL_PAD_PX);
  painter->gutter = MAX (painter->gutter, 0);

  /* Halos keep text legible over paths even on a transparent export. */
  painter->halo = theme->background;
  painter->halo.alpha = 0.85;
}

void
_tf_chart_painter_clear (Painter *painter)
{
  for (guint i = 0; i < N_TEXT_STYLES; i++)
    g_clear_object (&painter->text[i]);
}

static const char *const sector_titles[TF_N_SECTORS] = {
  NC_("chart lane", "Academia"),
  NC_("chart lane", "Corporate labs"),
  NC_("chart lane", "Companies"),
  NC_("chart lane", "Startups"),
};

/* x snapped to the middle of a device pixel, so that hairlines are crisp. */
static double
snap (cairo_t *cr,
      double   x)
{
  double y = 0;

  cairo_user_to_device (cr, &x, &y);
  x = floor (x) + 0.5;
  cairo_device_to_user (cr, &x, &y);
  return x;
}

static void
draw_lanes (Painter  *painter,
            gboolean  bands,
            gboolean  titles)
{
  cairo_t *cr = painter->cr;
  const TfChartTheme *theme = painter->theme;
  double right = painter->plot_x + painter->plot_width;

  for (guint l = 0; l < painter->n_lanes; l++)
    {
      const TfLayoutLane *lane = &painter->lanes[l];
      PangoLayout *layout;
      PangoRectangle logical;
      double available;
      double scale;

      if (bands)
        {
          _tf_chart_set_color (cr, &theme->lane[lane->sector], 1);
          cairo_rectangle (cr, 0, lane->y, right, lane->height);
          cairo_fill (cr);

          /* A strip of the sector's colour keys the lane to its paths. */
          _tf_chart_set_color (cr, &theme->sector[lane->sector], 0.8);
          cairo_rectangle (cr, 0, lane->y, 3, lane->height);
          cairo_fill (cr);
        }

      /* The title, read bottom to top in the gutter, smaller or else
       * shortened when the lane is short. */
      if (!titles || lane->height < LANE_CAPTION_MIN_PX || painter->gutter < 10)
        continue;
      layout = _tf_chart_set_text (painter, TEXT_CAPTION,
                                   g_dpgettext2 (GETTEXT_PACKAGE, "chart lane", sector_titles[lane->sector]));
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      available = lane->height - 8;
      scale = logical.width > available ? MAX (available / logical.width, MIN_CAPTION_SCALE) : 1;
      if (logical.width * scale > available)
        {
          pango_layout_set_width (layout, (int) (available / scale * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_get_pixel_extents (layout, NULL, &logical);
        }
      cairo_save (cr);
      cairo_translate (cr, 3 + (painter->gutter - 3 - logical.height * scale) / 2,
                       lane->y + (lane->height + logical.width * scale) / 2);
      cairo_rotate (cr, -G_PI / 2);
      cairo_scale (cr, scale, scale);
      cairo_move_to (cr, -logical.x, 0);
      _tf_chart_set_color (cr, &theme->sector[lane->sector], 1);
      tf_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
}

static void
draw_sublanes (Painter *painter)
{
  cairo_t *cr = painter->cr;
  const TfChartTheme *theme = painter->theme;
  double right = painter->plot_x + painter->plot_width;
  static const double dash[] = { 4, 3 };

  cairo_save (cr);
  cairo_set_line_width (cr, 1);

  /* Between sub-lanes of one lane: solid lines in one stroke, dashed
   * around the unnamed places in another. */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean dashed = pass == 1;
      gboolean any = FALSE;

      for (guint l = 0; l < painter->n_lanes; l++)
        {
          const TfLayoutLane *lane = &painter->lanes[l];

          for (guint i = 0; i < lane->n_sublanes; i++)
            {
              const TfLayoutSublane *sublane = &painter->sublanes[lane->first_sublane + i];
              gboolean unnamed = sublane->kind == TF_LAYOUT_SUBLANE_UNNAMED;
              double top = sublane->y;
              double bottom = sublane->y + sublane->height;

              /* A line between each sub-lane and the one above. */
              if (i > 0)
                {
                  const TfLayoutSublane *above = &painter->sublanes[lane->first_sublane + i - 1];
                  gboolean line_dashed = unnamed || above->kind == TF_LAYOUT_SUBLANE_UNNAMED;
                  double y = (above->y + above->height + top) / 2;

                  if (line_dashed == dashed && sublane->height >= 2 && above->height >= 2)
                    {
                      y = snap (cr, y);
                      cairo_move_to (cr, painter->gutter, y);
                      cairo_line_to (cr, right, y);
                      any = TRUE;
                    }
                }
              /* The unnamed place is a box of its own even at a lane's edge. */
              if (dashed && unnamed)
                {
                  if (i == 0)
                    {
                      double y = snap (cr, top - 0.5);

                      cairo_move_to (cr, painter->gutter, y);
                      cairo_line_to (cr, right, y);
                      any = TRUE;
                    }
                  if (i + 1 == lane->n_sublanes)
                    {
                      double y = snap (cr, bottom + 0.5);

                      cairo_move_to (cr, painter->gutter, y);
                      cairo_line_to (cr, right, y);
                      any = TRUE;
                    }
                }
            }
        }
      if (!any)
        continue;
      /* Full strength beside the labels, fainter across the plot where
       * a line could be taken for a path. */
      {
        const TfColor *color = dashed ? &theme->dim_foreground : &theme->grid;
        double alpha = color->alpha * (dashed ? 0.5 : 1.0);
        double split = 0;
        cairo_pattern_t *pattern = cairo_pattern_create_linear (painter->gutter, 0, right, 0);

        if (right > painter->gutter)
          split = CLAMP ((painter->plot_x - painter->gutter) / (right - painter->gutter), 0, 1);
        cairo_pattern_add_color_stop_rgba (pattern, split, color->red, color->green, color->blue, alpha);
        cairo_pattern_add_color_stop_rgba (pattern, MIN (split + 0.02, 1), color->red, color->green,
                                           color->blue, alpha * 0.5);
        cairo_set_source (cr, pattern);
        cairo_pattern_destroy (pattern);
      }
      cairo_set_dash (cr, dashed ? dash : NULL, dashed ? G_N_ELEMENTS (dash) : 0, 0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_grid (Painter *painter)
{
  cairo_t *cr = painter->cr;
  const TfLayoutStrip *strip = tf_layout_get_strip (painter->layout);
  const TfLayoutYear *years;
  guint n_years;
  double right = painter->plot_x + painter->plot_width;

  years = tf_layout_get_years (painter->layout, &n_years);
  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  /* Labelled years a little stronger than the others. */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < n_years; i++)
        {
          double x;

          if ((years[i].label >= 0) != (pass == 1))
            continue;
          if (years[i].x < painter->plot_x - 0.5 || years[i].x > right + 0.5)
            continue;
          x = snap (cr, years[i].x);
          cairo_move_to (cr, x, painter->plot_y);
          cairo_line_to (cr, x, painter->plot_y + painter->plot_height);
          if (strip->height > 0)
            {
              cairo_move_to (cr, x, strip->y);
              cairo_line_to (cr, x, strip->y + strip->height);
            }
          any = TRUE;
        }
      if (!any)
        continue;
      _tf_chart_set_color (cr, &painter->theme->grid, pass == 1 ? 1.6 : 0.8);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* ---- the direction strip ---- */

/* A bar's count beyond its end, or inside it when there is no room. */
static void
draw_bar_count (Painter       *painter,
                guint          count,
                double         x,
                double         bar,
                double         end,
                gboolean       up,
                double         bar_height,
                const TfColor *color)
{
  const TfLayoutStrip *strip = tf_layout_get_strip (painter->layout);
  PangoLayout *layout;
  PangoRectangle logical;
  char text[16];
  double y;

  g_snprintf (text, sizeof text, "%u", count);
  layout = _tf_chart_set_text (painter, TEXT_AXIS, text);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > bar + 2 * STRIP_COUNT_AIR_PX)
    return;
  x += (bar - logical.width) / 2;
  y = up ? end - logical.height : end;
  if (y >= strip->y && y + logical.height <= strip->y + strip->height)
    {
      _tf_chart_show_text (painter, layout, x, y, color, TRUE);
      return;
    }
  /* Inside the bar, in the background's colour. */
  if (bar_height < logical.height + 2 || logical.width > bar)
    return;
  y = up ? end : end - logical.height;
  cairo_move_to (painter->cr, x, y);
  cairo_set_source_rgb (painter->cr, painter->theme->background.red, painter->theme->background.green,
                        painter->theme->background.blue);
  tf_cairo_show_layout (painter->cr, layout);
}

static void
draw_strip (Painter *painter)
{
  cairo_t *cr = painter->cr;
  const TfChartTheme *theme = painter->theme;
  const TfLayoutStrip *strip = tf_layout_get_strip (painter->layout);
  double zero = strip->y + strip->height / 2;
  double half = strip->height / 2 - 1;
  double bar = MIN (MAX (0.6 * painter->px_per_year, 1.0), 24.0);
  double caption_right = strip->x - LABEL_PAD_PX;
  const char *captions[2];

  if (strip->height <= 0 || strip->width <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, strip->x, strip->y, strip->width, strip->height);
  cairo_clip (cr);
  for (guint direction = 0; direction < 2 && strip->max_count > 0; direction++)
    {
      const guint *counts = direction == 0 ? strip->to_academia : strip->to_industry;
      const TfColor *color = direction == 0 ? &theme->to_academia : &theme->to_industry;

      cairo_new_path (cr);
      for (guint i = 0; i < strip->n_years; i++)
        {
          double x = tf_layout_x_for_time (painter->layout, strip->first_year + i + 0.5) - bar / 2;
          double h = MAX (half * counts[i] / strip->max_count, 1.0);

          if (counts[i] == 0)
            continue;
          if (direction == 0)
            cairo_rectangle (cr, x, zero - h, bar, h);
          else
            cairo_rectangle (cr, x, zero, bar, h);
        }
      _tf_chart_set_color (cr, color, 0.9);
      cairo_fill (cr);

      for (guint i = 0; i < strip->n_years; i++)
        {
          double x = tf_layout_x_for_time (painter->layout, strip->first_year + i + 0.5) - bar / 2;
          double h = MAX (half * counts[i] / strip->max_count, 1.0);

          if (counts[i] > 0)
            draw_bar_count (painter, counts[i], x, bar, direction == 0 ? zero - h : zero + h,
                            direction == 0, h, color);
        }
    }
  cairo_move_to (cr, strip->x, snap (cr, zero));
  cairo_line_to (cr, strip->x + strip->width, snap (cr, zero));
  cairo_set_line_width (cr, 1);
  _tf_chart_set_color (cr, &theme->dim_foreground, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Captions right-aligned in the column left of the strip. */
  captions[0] = _("To academia");
  captions[1] = _("To industry");
  for (guint direction = 0; direction < 2; direction++)
    {
      PangoLayout *layout = _tf_chart_set_text (painter, TEXT_CAPTION, captions[direction]);
      PangoRectangle logical;
      double available = caption_right - painter->gutter;
      double y;

      if (available < 24)
        break;
      pango_layout_set_width (layout, (int) (available * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      if (logical.height <= half + 1)
        {
          y = direction == 0 ? zero - logical.height - 1 : zero + 1;
          cairo_move_to (cr, caption_right - logical.width - logical.x, y);
          _tf_chart_set_color (cr, direction == 0 ? &theme->to_academia : &theme->to_industry, 1);
          tf_cairo_show_layout (cr, layout);
        }
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
}

/* ---- entry points ---- */

void
tf_chart_draw_layers (cairo_t               *cr,
                      TfLayout              *layout,
                      const TfChartTheme    *theme,
                      TfLayoutPangoMeasurer *fonts,
                      TfChartLayers          layers)
{
  Painter painter;
  gboolean background = (layers & TF_CHART_LAYER_BACKGROUND) != 0;
  gboolean lane_labels = (layers & TF_CHART_LAYER_LANE_LABELS) != 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (theme != NULL);

  _tf_chart_painter_init (&painter, cr, layout, theme, fonts);
  cairo_save (cr);

  if (background && theme->background.alpha > 0)
    {
      _tf_chart_set_color (cr, &theme->background, 1);
      cairo_rectangle (cr, 0, 0, painter.width, painter.height);
      cairo_fill (cr);
    }
  if (background || lane_labels)
    draw_lanes (&painter, background, lane_labels);
  if (background)
    draw_sublanes (&painter);
  if (layers & TF_CHART_LAYER_GRID)
    draw_grid (&painter);

  if (layers & TF_CHART_LAYER_FLOWS)
    {
      cairo_save (cr);
      _tf_chart_clip_to_plot (&painter);
      if (tf_layout_is_aggregated (layout))
        _tf_chart_draw_aggregated (&painter);
      else
        _tf_chart_draw_paths (&painter);
      cairo_restore (cr);
    }

  _tf_chart_draw_labels (&painter, (layers & TF_CHART_LAYER_PERSON_LABELS) != 0, lane_labels);
  if (layers & TF_CHART_LAYER_STRIP)
    draw_strip (&painter);

  cairo_restore (cr);
  _tf_chart_painter_clear (&painter);
}

void
tf_chart_draw (cairo_t               *cr,
               TfLayout              *layout,
               const TfChartTheme    *theme,
               TfLayoutPangoMeasurer *fonts)
{
  tf_chart_draw_layers (cr, layout, theme, fonts, TF_CHART_LAYER_ALL);
}
