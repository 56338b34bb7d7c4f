/* tf-chart-overlay.c: the highlighted drawing over a chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-chart-draw-private.h"

/* ---- the overlay ---- */

/* A label shown on demand sits on a chip of the background, so that it
 * reads over anything; one never measured is put next to what it names. */
static void
draw_label_chip (Painter             *painter,
                 const TfLayoutLabel *label)
{
  cairo_t *cr = painter->cr;
  const TfColor *color;
  gboolean halo;
  double y;
  double scale;
  double x = label->x;
  PangoLayout *layout = _tf_chart_label_layout (painter, label, &color, &halo, &y, &scale);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (label->width <= 0)
    {
      x = label->anchor_x - logical.width - 6;
      if (x < painter->plot_x)
        x = label->anchor_x + 6;
      y = label->anchor_y - logical.height / 2;
    }
  x = CLAMP (x, 2, MAX (2, painter->width - logical.width - 2));
  y = CLAMP (y, 2, MAX (2, painter->height - logical.height - 2));

  cairo_new_path (cr);
  cairo_rectangle (cr, x - 3, y - 1, logical.width + 6, logical.height + 2);
  cairo_set_source_rgba (cr, painter->halo.red, painter->halo.green, painter->halo.blue, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  _tf_chart_set_color (cr, &painter->theme->grid, 2);
  cairo_stroke (cr);
  _tf_chart_show_text (painter, layout, x, y, color, FALSE);
}

/* The label of a highlighted path or sub-lane, if it has one: where the
 * layout put it, or on a chip where there was no room. */
static void
draw_highlighted_label (Painter *painter,
                        int      label_index)
{
  const TfLayoutLabel *label;

  if (label_index < 0)
    return;

  label = &painter->labels[label_index];
  if (label->visible)
    _tf_chart_draw_label (painter, label);
  else
    draw_label_chip (painter, label);
}

static void
draw_highlighted_path (Painter *painter,
                       int      path_index,
                       int      segment,
                       gboolean selected)
{
  cairo_t *cr = painter->cr;
  const TfLayoutPath *path = &painter->paths[path_index];
  double width = MAX (path->width, 2.5);
  TfLayoutPath emphasised = *path;

  emphasised.width = width;
  cairo_save (cr);
  _tf_chart_clip_to_plot (painter);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* A soft glow for hover, a firm outline for the selection, a casing
   * inside it, then the path. */
  if (selected)
    {
      _tf_chart_set_color (cr, &painter->theme->highlight, 0.85);
      _tf_chart_stroke_path_outline (painter, &emphasised, 3.5);
    }
  else
    {
      _tf_chart_set_color (cr, &painter->theme->highlight, 0.22);
      _tf_chart_stroke_path_outline (painter, &emphasised, 7.0);
    }
  if (painter->theme->background.alpha > 0)
    {
      _tf_chart_set_color (cr, &painter->theme->background, 1);
      _tf_chart_stroke_path_outline (painter, &emphasised, CASING_PX);
    }
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    _tf_chart_draw_segment_detailed (painter, &emphasised, i, 0, 1);

  if (segment >= (int) path->first_segment && segment < (int) (path->first_segment + path->n_segments))
    _tf_chart_draw_segment_detailed (painter, &emphasised, (guint) segment, 2.0, 1);
  cairo_restore (cr);

  draw_highlighted_label (painter, path->label);
}

static void
draw_highlighted_sublane (Painter *painter,
                          int      sublane_index,
                          gboolean selected)
{
  cairo_t *cr = painter->cr;
  const TfChartTheme *theme = painter->theme;
  const TfLayoutSublane *sublane = &painter->sublanes[sublane_index];
  double right = painter->plot_x + painter->plot_width;
  Raster raster;

  _tf_chart_set_color (cr, &theme->sector[sublane->sector], selected ? 0.16 : 0.1);
  cairo_rectangle (cr, painter->gutter, sublane->y - 1, right - painter->gutter, sublane->height + 2);
  cairo_fill (cr);

  cairo_save (cr);
  _tf_chart_clip_to_plot (painter);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (tf_layout_is_aggregated (painter->layout))
    {
      if (_tf_chart_raster_begin (painter, &raster))
        {
          _tf_chart_raster_ribbons (painter, &raster, sublane_index, HOVER_MIN_RIBBON_INK_PX, 0.7);
          _tf_chart_raster_end (painter, &raster, 1);
        }
      else
        for (guint i = 0; i < painter->n_ribbons; i++)
          if (_tf_chart_ribbon_touches (painter, &painter->ribbons[i], sublane_index))
            _tf_chart_fill_ribbon (painter, &painter->ribbons[i], 0.7, TRUE);
      cairo_new_path (cr);
      for (guint i = 0; i < painter->n_blocks; i++)
        if (painter->blocks[i].sublane == sublane_index)
          _tf_chart_append_block (cr, &painter->blocks[i]);
      _tf_chart_set_color (cr, &theme->sector[sublane->sector], 1);
      cairo_fill (cr);
    }
  else
    {
      /* The people there: their segments in this sub-lane and the moves
       * into it, as the chart draws them. */
      if (painter->n_paths > DETAILED_MAX_PATHS && _tf_chart_raster_begin (painter, &raster))
        {
          _tf_chart_raster_paths (painter, &raster, sublane_index);
          _tf_chart_raster_end (painter, &raster, 1);
        }
      else
        for (guint p = 0; p < painter->n_paths; p++)
          {
            const TfLayoutPath *path = &painter->paths[p];

            for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
              if (painter->segments[i].sublane == sublane_index)
                _tf_chart_draw_segment_detailed (painter, path, i, 0, 1);
          }
    }
  cairo_restore (cr);

  draw_highlighted_label (painter, sublane->label);
}

/* A hovered ribbon and its outline on a raster target, in masks over its
 * box only: a cairo fill with a gradient and a stroke of a ribbon across
 * the plot cost milliseconds each. */
static gboolean
raster_highlighted_ribbon (Painter              *painter,
                           const TfLayoutRibbon *ribbon)
{
  Raster raster;
  g_autoptr(TfRasterMask) outline = NULL;
  double x0 = ribbon->x0;
  double y0 = ribbon->y0;
  double x1 = ribbon->x1;
  double y1 = ribbon->y1;
  double width;
  double line;

  if (!_tf_chart_raster_begin_in (painter, &raster, x0 - 2, MIN (y0, y1) - 2, x1 + 2,
                                  MAX (y0, y1) + ribbon->width + 2))
    return FALSE;
  width = ribbon->width * raster.scale;
  line = raster.scale;
  _tf_chart_raster_point (&raster, &x0, &y0);
  _tf_chart_raster_point (&raster, &x1, &y1);
  tf_raster_fill_band (raster.masks[_tf_chart_block_sector (painter, ribbon->source)],
                       raster.masks[_tf_chart_block_sector (painter, ribbon->target)],
                       x0, y0, x1, y1, width, 0.85);
  _tf_chart_raster_end (painter, &raster, 1);

  outline = tf_raster_mask_new (raster.x, raster.y, raster.width, raster.height);
  tf_raster_stroke_curve (outline, NULL, x0, y0, x1, y1, line, 1, NULL);
  tf_raster_stroke_curve (outline, NULL, x0, y0 + width, x1, y1 + width, line, 1, NULL);
  tf_raster_stroke_line (outline, x0, y0, x0, y0 + width, line, 1);
  tf_raster_stroke_line (outline, x1, y1, x1, y1 + width, line, 1);
  _tf_chart_raster_composite (painter, &raster, outline, &painter->theme->highlight, 0.7);
  return TRUE;
}

static void
draw_highlighted_ribbon (Painter *painter,
                         int      ribbon_index)
{
  cairo_t *cr = painter->cr;
  const TfLayoutRibbon *ribbon = &painter->ribbons[ribbon_index];

  cairo_save (cr);
  _tf_chart_clip_to_plot (painter);
  if (!raster_highlighted_ribbon (painter, ribbon))
    {
      _tf_chart_fill_ribbon (painter, ribbon, 0.85, TRUE);
      cairo_new_path (cr);
      _tf_chart_append_ribbon (cr, ribbon);
      cairo_set_line_width (cr, 1);
      _tf_chart_set_color (cr, &painter->theme->highlight, 0.7);
      cairo_stroke (cr);
    }
  for (guint end = 0; end < 2; end++)
    {
      int block = end == 0 ? ribbon->source : ribbon->target;

      cairo_new_path (cr);
      _tf_chart_append_block (cr, &painter->blocks[block]);
      _tf_chart_set_color (cr, &painter->theme->sector[_tf_chart_block_sector (painter, block)], 1);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

void
tf_chart_draw_overlay (cairo_t                *cr,
                       TfLayout               *layout,
                       const TfChartTheme     *theme,
                       TfLayoutPangoMeasurer  *fonts,
                       const TfChartHighlight *highlight)
{
  Painter painter;
  int hover_path;
  int selected_path;
  gboolean aggregated;
  gboolean dim;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (theme != NULL);
  g_return_if_fail (highlight != NULL);

  _tf_chart_painter_init (&painter, cr, layout, theme, fonts);
  aggregated = tf_layout_is_aggregated (layout);

  /* Indices out of range (a stale highlight after a relayout) are ignored. */
  hover_path = highlight->hover_path;
  if (hover_path < 0)
    hover_path = tf_layout_get_path_of_segment (layout, highlight->hover_segment);
  selected_path = highlight->selected_path;
  if (selected_path < 0)
    selected_path = tf_layout_get_path_of_segment (layout, highlight->selected_segment);
  if (aggregated || hover_path >= (int) painter.n_paths)
    hover_path = -1;
  if (aggregated || selected_path >= (int) painter.n_paths)
    selected_path = -1;

  dim = hover_path >= 0 || selected_path >= 0
        || (highlight->hover_sublane >= 0 && (guint) highlight->hover_sublane < painter.n_sublanes)
        || (highlight->selected_sublane >= 0 && (guint) highlight->selected_sublane < painter.n_sublanes)
        || (aggregated && highlight->hover_ribbon >= 0 && (guint) highlight->hover_ribbon < painter.n_ribbons);

  cairo_save (cr);
  if (dim)
    {
      cairo_rectangle (cr, 0, 0, painter.width, painter.height);
      cairo_set_source_rgba (cr, theme->background.red, theme->background.green,
                             theme->background.blue, TF_CHART_DIM_ALPHA);
      cairo_fill (cr);
    }

  if (highlight->selected_sublane >= 0 && (guint) highlight->selected_sublane < painter.n_sublanes)
    draw_highlighted_sublane (&painter, highlight->selected_sublane, TRUE);
  if (highlight->hover_sublane >= 0 && (guint) highlight->hover_sublane < painter.n_sublanes
      && highlight->hover_sublane != highlight->selected_sublane)
    draw_highlighted_sublane (&painter, highlight->hover_sublane, FALSE);
  if (aggregated && highlight->hover_ribbon >= 0 && (guint) highlight->hover_ribbon < painter.n_ribbons)
    draw_highlighted_ribbon (&painter, highlight->hover_ribbon);
  if (selected_path >= 0)
    draw_highlighted_path (&painter, selected_path, highlight->selected_segment, TRUE);
  if (hover_path >= 0 && hover_path != selected_path)
    draw_highlighted_path (&painter, hover_path, highlight->hover_segment, FALSE);
  else if (hover_path >= 0 && highlight->hover_segment >= 0)
    draw_highlighted_path (&painter, hover_path, highlight->hover_segment, TRUE);

  if (highlight->hover_label >= 0 && (guint) highlight->hover_label < painter.n_labels)
    {
      const TfLayoutLabel *label = &painter.labels[highlight->hover_label];

      if (label->visible)
        _tf_chart_draw_label (&painter, label);
      else
        draw_label_chip (&painter, label);
    }
  cairo_restore (cr);
  _tf_chart_painter_clear (&painter);
}
