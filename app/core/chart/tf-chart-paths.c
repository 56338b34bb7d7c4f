/* tf-chart-paths.c: the static marks: paths, ribbons and blocks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-chart-draw-private.h"

/* ---- paths ---- */

static gboolean
segment_starts_strand (const TfLayoutPath    *path,
                       const TfLayoutSegment *segments,
                       guint                  i)
{
  return i == path->first_segment || segments[i - 1].strand != segments[i].strand;
}

static gboolean
segment_ends_strand (const TfLayoutPath    *path,
                     const TfLayoutSegment *segments,
                     guint                  i)
{
  return i + 1 == path->first_segment + path->n_segments
         || segments[i + 1].strand != segments[i].strand;
}

/* A strand that begins by branching off is an affiliation held alongside
 * another: drawn thinner, so that both strands read as one person. */
static gboolean
segment_is_concurrent (const TfLayoutPath    *path,
                       const TfLayoutSegment *segments,
                       guint                  i)
{
  guint first = i;

  if (segments[i].flags & (TF_LAYOUT_SEGMENT_BRANCH | TF_LAYOUT_SEGMENT_MERGE))
    return TRUE;
  while (!segment_starts_strand (path, segments, first))
    first--;
  return (segments[first].flags & TF_LAYOUT_SEGMENT_BRANCH) != 0;
}

static void
append_segment (cairo_t               *cr,
                const TfLayoutSegment *segment)
{
  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    {
      double xm = ((double) segment->x0 + segment->x1) / 2;

      cairo_move_to (cr, segment->x0, segment->y0);
      cairo_curve_to (cr, xm, segment->y0, xm, segment->y1, segment->x1, segment->y1);
    }
  else
    {
      cairo_move_to (cr, segment->x0, segment->y0);
      cairo_line_to (cr, segment->x1, segment->y1);
    }
}

/* The sector a curve leaves from: the segment before it in its strand, or
 * for a branch, the straight segment of the path it leaves. */
static TfSector
curve_source_sector (Painter            *painter,
                     const TfLayoutPath *path,
                     guint               i)
{
  const TfLayoutSegment *segments = painter->segments;
  const TfLayoutSegment *curve = &segments[i];

  if (!segment_starts_strand (path, segments, i))
    return painter->sublanes[segments[i - 1].sublane].sector;
  for (guint k = path->first_segment; k < path->first_segment + path->n_segments; k++)
    {
      const TfLayoutSegment *other = &segments[k];

      if (other->kind == TF_LAYOUT_SEGMENT_STRAIGHT
          && fabsf (other->y0 - curve->y0) < 0.01f
          && other->x0 <= curve->x0 + 1 && other->x1 >= curve->x0 - 1)
        return painter->sublanes[other->sublane].sector;
    }
  return painter->sublanes[curve->sublane].sector;
}

static void
set_line (cairo_t  *cr,
          LineKind  kind,
          double    width)
{
  double dashes[2];

  cairo_set_line_width (cr, width);
  switch (kind)
    {
    case LINE_DASHED:
      /* Round caps lengthen each dash by the width: keep the gaps open. */
      dashes[0] = MAX (3.0, 2.0 * width);
      dashes[1] = MAX (3.0, 1.5 * width) + width;
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case LINE_DOTTED:
      dashes[0] = 0;
      dashes[1] = 2.0 * width + 2.0;
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case LINE_SOLID:
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

/* Width and alpha of a stroke, widened to MIN_STROKE_PX when thinner. */
static double
stroke_width (double  width,
              double *alpha)
{
  if (width >= MIN_STROKE_PX)
    return width;
  *alpha *= MAX (width / MIN_STROKE_PX, MIN_STROKE_ALPHA);
  return MIN_STROKE_PX;
}

/* How far an open start or end fades in or out, px. */
static double
fade_length (Painter               *painter,
             const TfLayoutSegment *segment)
{
  return MIN (MAX (0.6 * painter->px_per_year, 24.0), 0.45 * (segment->x1 - segment->x0));
}

/* A straight segment's colour, transparent at an open start or end. */
static cairo_pattern_t *
fade_pattern (const TfLayoutSegment *segment,
              const TfColor         *color,
              double                 alpha,
              double                 fade_px)
{
  double length = segment->x1 - segment->x0;
  double fade = length > 0 ? MIN (fade_px / length, 0.45) : 0.45;
  cairo_pattern_t *pattern = cairo_pattern_create_linear (segment->x0, 0, segment->x1, 0);
  double a = color->alpha * alpha;

  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
    {
      cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue, 0);
      cairo_pattern_add_color_stop_rgba (pattern, fade, color->red, color->green, color->blue, a);
    }
  else
    cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue, a);
  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
    {
      cairo_pattern_add_color_stop_rgba (pattern, 1 - fade, color->red, color->green, color->blue, a);
      cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue, 0);
    }
  else
    cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue, a);
  return pattern;
}

static LineKind
segment_line (const TfLayoutSegment *segment)
{
  if (segment->flags & (TF_LAYOUT_SEGMENT_GAP | TF_LAYOUT_SEGMENT_INFERRED))
    return LINE_DOTTED;
  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE && (segment->flags & TF_LAYOUT_SEGMENT_UNCERTAIN))
    return LINE_DASHED;
  return LINE_SOLID;
}

/* Paths this wide (groups) are filled as bands that keep their height
 * through a move, like an alluvial ribbon, instead of being stroked: a
 * stroke narrows where a curve is steep. */
static gboolean
path_is_thick (const TfLayoutPath *path)
{
  return path->width > THICK_PX;
}

static double
segment_width (const TfLayoutPath    *path,
               const TfLayoutSegment *segments,
               guint                  i)
{
  return segment_is_concurrent (path, segments, i) ? path->width * CONCURRENT_SCALE : path->width;
}

static void
append_band (cairo_t *cr,
             double   x0,
             double   x1,
             double   y,
             double   width)
{
  cairo_rectangle (cr, x0, y - width / 2, x1 - x0, width);
}

static void
append_curve_band (cairo_t               *cr,
                   const TfLayoutSegment *segment,
                   double                 width)
{
  double xm = ((double) segment->x0 + segment->x1) / 2;
  double top0 = segment->y0 - width / 2;
  double top1 = segment->y1 - width / 2;

  cairo_move_to (cr, segment->x0, top0);
  cairo_curve_to (cr, xm, top0, xm, top1, segment->x1, top1);
  cairo_line_to (cr, segment->x1, top1 + width);
  cairo_curve_to (cr, xm, top1 + width, xm, top0 + width, segment->x0, top0 + width);
  cairo_close_path (cr);
}

/* The colour of a segment: a gradient from one sector's colour to the
 * next on a move between sectors, a fade at an open start or end. */
static cairo_pattern_t *
segment_source (Painter            *painter,
                const TfLayoutPath *path,
                guint               i,
                double              alpha)
{
  const TfChartTheme *theme = painter->theme;
  const TfLayoutSegment *segment = &painter->segments[i];
  TfSector sector = painter->sublanes[segment->sublane].sector;
  const TfColor *color = &theme->sector[sector];

  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    {
      TfSector from = curve_source_sector (painter, path, i);

      if (from != sector)
        {
          const TfColor *a = &theme->sector[from];
          cairo_pattern_t *pattern = cairo_pattern_create_linear (segment->x0, 0, segment->x1, 0);

          cairo_pattern_add_color_stop_rgba (pattern, 0.15, a->red, a->green, a->blue, a->alpha * alpha);
          cairo_pattern_add_color_stop_rgba (pattern, 0.85, color->red, color->green, color->blue,
                                             color->alpha * alpha);
          return pattern;
        }
    }
  else if (segment->flags & (TF_LAYOUT_SEGMENT_OPEN_START | TF_LAYOUT_SEGMENT_OPEN_END))
    return fade_pattern (segment, color, alpha, fade_length (painter, segment));
  return cairo_pattern_create_rgba (color->red, color->green, color->blue, color->alpha * alpha);
}

/* How far in from each end a straight segment's date is uncertain. The
 * uncertain end is the one no curve shows: a strand's first or last
 * segment; a lone segment may be either. */
static void
uncertain_ends (Painter            *painter,
                const TfLayoutPath *path,
                guint               i,
                double             *start,
                double             *end)
{
  const TfLayoutSegment *segment = &painter->segments[i];
  double piece = MIN (MAX (0.5 * painter->px_per_year, 8.0), 0.4 * (segment->x1 - segment->x0));
  gboolean first;
  gboolean last;

  *start = 0;
  *end = 0;
  if (segment->kind != TF_LAYOUT_SEGMENT_STRAIGHT || !(segment->flags & TF_LAYOUT_SEGMENT_UNCERTAIN))
    return;
  first = segment_starts_strand (path, painter->segments, i);
  last = segment_ends_strand (path, painter->segments, i);
  if (first || !last)
    *start = piece;
  if (last || !first)
    *end = piece;
}

/* A thick segment: uncertain or unknown parts are filled faintly inside a
 * dashed or dotted outline. */
static void
draw_thick_segment (Painter            *painter,
                    const TfLayoutPath *path,
                    guint               i,
                    double              width,
                    double              alpha)
{
  cairo_t *cr = painter->cr;
  const TfLayoutSegment *segment = &painter->segments[i];
  LineKind line = segment_line (segment);
  cairo_pattern_t *body = segment_source (painter, path, i, line == LINE_SOLID ? alpha : THICK_FAINT * alpha);
  cairo_pattern_t *edge = NULL;
  double start = 0;
  double end = 0;

  cairo_new_path (cr);
  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    append_curve_band (cr, segment, width);
  else
    {
      uncertain_ends (painter, path, i, &start, &end);
      if (segment->x1 - end > segment->x0 + start)
        append_band (cr, segment->x0 + start, segment->x1 - end, segment->y0, width);
    }
  cairo_set_source (cr, body);
  if (line == LINE_SOLID)
    cairo_fill (cr);
  else
    {
      edge = segment_source (painter, path, i, alpha);
      cairo_fill_preserve (cr);
      cairo_set_source (cr, edge);
      set_line (cr, line, THICK_EDGE_PX);
      cairo_stroke (cr);
    }

  if (start > 0 || end > 0)
    {
      cairo_pattern_destroy (body);
      body = segment_source (painter, path, i, THICK_FAINT * alpha);
      if (edge == NULL)
        edge = segment_source (painter, path, i, alpha);
      if (start > 0)
        append_band (cr, segment->x0, segment->x0 + start, segment->y0, width);
      if (end > 0)
        append_band (cr, segment->x1 - end, segment->x1, segment->y0, width);
      cairo_set_source (cr, body);
      cairo_fill_preserve (cr);
      cairo_set_source (cr, edge);
      set_line (cr, LINE_DASHED, THICK_EDGE_PX);
      cairo_stroke (cr);
    }
  cairo_pattern_destroy (body);
  if (edge != NULL)
    cairo_pattern_destroy (edge);
}

/* One segment of a path drawn on its own; extra_width widens it (for an
 * emphasised move). */
void
_tf_chart_draw_segment_detailed (Painter            *painter,
                                 const TfLayoutPath *path,
                                 guint               i,
                                 double              extra_width,
                                 double              alpha)
{
  cairo_t *cr = painter->cr;
  const TfLayoutSegment *segment = &painter->segments[i];
  LineKind line = segment_line (segment);
  double width = stroke_width (segment_width (path, painter->segments, i), &alpha) + extra_width;
  cairo_pattern_t *pattern;

  if (line == LINE_DOTTED)
    alpha *= 0.8;
  if (path_is_thick (path))
    {
      draw_thick_segment (painter, path, i, width, alpha);
      return;
    }

  pattern = segment_source (painter, path, i, alpha);
  cairo_set_source (cr, pattern);
  cairo_new_path (cr);
  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    {
      append_segment (cr, segment);
      set_line (cr, line, width);
      cairo_stroke (cr);
    }
  else
    {
      double y = segment->y0;
      double start;
      double end;

      uncertain_ends (painter, path, i, &start, &end);
      if (start > 0 || end > 0)
        {
          if (start > 0)
            {
              cairo_move_to (cr, segment->x0, y);
              cairo_line_to (cr, segment->x0 + start, y);
            }
          if (end > 0)
            {
              cairo_move_to (cr, segment->x1, y);
              cairo_line_to (cr, segment->x1 - end, y);
            }
          set_line (cr, LINE_DASHED, width);
          cairo_stroke (cr);
        }
      if (segment->x1 - end > segment->x0 + start)
        {
          cairo_move_to (cr, segment->x0 + start, y);
          cairo_line_to (cr, segment->x1 - end, y);
          set_line (cr, line, width);
          cairo_stroke (cr);
        }
    }
  cairo_pattern_destroy (pattern);
  cairo_new_path (cr);
}

/* The outline of a whole path, extra px wider than it: a casing under it
 * or an emphasis around it. Faded ends are left out, so that the casing
 * does not show where the path is transparent. */
void
_tf_chart_stroke_path_outline (Painter            *painter,
                               const TfLayoutPath *path,
                               double              extra)
{
  cairo_t *cr = painter->cr;
  gboolean thick = path_is_thick (path);

  cairo_new_path (cr);
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &painter->segments[i];
      double width = segment_width (path, painter->segments, i);

      if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
        {
          if (thick)
            append_curve_band (cr, segment, width);
          else
            append_segment (cr, segment);
        }
      else
        {
          double x0 = segment->x0;
          double x1 = segment->x1;

          if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
            x0 += fade_length (painter, segment);
          if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
            x1 -= fade_length (painter, segment);
          if (x1 <= x0)
            continue;
          if (thick)
            append_band (cr, x0, x1, segment->y0, width);
          else
            {
              cairo_move_to (cr, x0, segment->y0);
              cairo_line_to (cr, x1, segment->y0);
            }
        }
    }
  cairo_set_dash (cr, NULL, 0, 0);
  /* A band's outline is centred on its edge: half of it shows. */
  cairo_set_line_width (cr, thick ? extra : MAX (path->width, MIN_STROKE_PX) + extra);
  cairo_stroke (cr);
}

static void
draw_path_detailed (Painter            *painter,
                    const TfLayoutPath *path,
                    gboolean            casing)
{
  cairo_t *cr = painter->cr;

  if (casing && painter->theme->background.alpha > 0)
    {
      _tf_chart_set_color (cr, &painter->theme->background, 1);
      _tf_chart_stroke_path_outline (painter, path, CASING_PX);
    }
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    _tf_chart_draw_segment_detailed (painter, path, i, 0, 1);
}

static BatchStyle
segment_batch_style (const TfLayoutPath    *path,
                     const TfLayoutSegment *segments,
                     guint                  i)
{
  const TfLayoutSegment *segment = &segments[i];

  switch (segment_line (segment))
    {
    case LINE_DOTTED:
      return BATCH_DOTTED;
    case LINE_DASHED:
      return BATCH_DASHED;
    case LINE_SOLID:
    default:
      break;
    }
  if (segment_is_concurrent (path, segments, i))
    return BATCH_CONCURRENT;
  if (segment->flags & (TF_LAYOUT_SEGMENT_OPEN_START | TF_LAYOUT_SEGMENT_OPEN_END))
    return BATCH_FADED;
  return BATCH_SOLID;
}

/* Vector output: one path per (sector, style), which also keeps files
 * small. Elsewhere each curve is stroked on its own: cairo's rasterizer
 * slows down more than linearly with the edges of one path. */
static void
draw_paths_batched (Painter  *painter,
                    gboolean  one_path)
{
  cairo_t *cr = painter->cr;
  const TfLayoutSegment *segments = painter->segments;
  guint n_batches = TF_N_SECTORS * N_BATCH_STYLES;
  g_autofree guint32 *batch_start = g_new0 (guint32, n_batches + 1);
  g_autofree guint32 *order = g_new (guint32, painter->n_segments + 1);
  g_autofree guint8 *batch_of = g_new (guint8, painter->n_segments + 1);
  g_autofree double *batch_width = g_new0 (double, n_batches);
  guint n_group_paths = 0;

  /* Counting sort of the segments of ordinary paths by batch; groups are
   * few and thick, and drawn on their own, under the rest. */
  for (guint p = 0; p < painter->n_paths; p++)
    {
      const TfLayoutPath *path = &painter->paths[p];

      if (path->weight > 1)
        {
          n_group_paths++;
          for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
            batch_of[i] = G_MAXUINT8;
          continue;
        }
      for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
        {
          guint batch = painter->sublanes[segments[i].sublane].sector * N_BATCH_STYLES
                        + segment_batch_style (path, segments, i);

          batch_of[i] = (guint8) batch;
          batch_start[batch + 1]++;
          batch_width[batch] = MAX (batch_width[batch], path->width);
        }
    }
  for (guint b = 0; b < n_batches; b++)
    batch_start[b + 1] += batch_start[b];
  {
    g_autofree guint32 *fill = g_memdup2 (batch_start, sizeof (guint32) * (n_batches + 1));

    for (guint i = 0; i < painter->n_segments; i++)
      if (batch_of[i] != G_MAXUINT8)
        order[fill[batch_of[i]]++] = i;
  }

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* Groups under people, as in _tf_chart_draw_paths (). */
  if (n_group_paths > 0)
    for (guint p = 0; p < painter->n_paths; p++)
      if (painter->paths[p].weight > 1)
        draw_path_detailed (painter, &painter->paths[p], TRUE);
  for (guint b = 0; b < n_batches; b++)
    {
      TfSector sector = b / N_BATCH_STYLES;
      BatchStyle style = b % N_BATCH_STYLES;
      double alpha = 1;
      double width = batch_width[b];
      gboolean any_curve = FALSE;

      if (batch_start[b] == batch_start[b + 1])
        continue;
      if (style == BATCH_CONCURRENT)
        width *= CONCURRENT_SCALE;
      if (style == BATCH_FADED)
        alpha = 0.55;
      if (style == BATCH_DOTTED)
        alpha = 0.8;
      width = stroke_width (width, &alpha);
      _tf_chart_set_color (cr, &painter->theme->sector[sector], alpha);

      if (style == BATCH_DASHED || style == BATCH_DOTTED)
        {
          /* Dashes need strokes; these styles are rare. */
          cairo_new_path (cr);
          set_line (cr, style == BATCH_DASHED ? LINE_DASHED : LINE_DOTTED, width);
          for (guint k = batch_start[b]; k < batch_start[b + 1]; k++)
            {
              append_segment (cr, &segments[order[k]]);
              if (!one_path)
                cairo_stroke (cr);
            }
          cairo_stroke (cr);
          continue;
        }

      /* Straight segments are rectangles, all filled at once, which is
       * much cheaper than stroking them. */
      cairo_new_path (cr);
      for (guint k = batch_start[b]; k < batch_start[b + 1]; k++)
        {
          const TfLayoutSegment *segment = &segments[order[k]];

          if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
            {
              any_curve = TRUE;
              continue;
            }
          cairo_rectangle (cr, segment->x0, segment->y0 - width / 2,
                           segment->x1 - segment->x0, width);
        }
      cairo_fill (cr);
      if (!any_curve)
        continue;
      set_line (cr, LINE_SOLID, width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      for (guint k = batch_start[b]; k < batch_start[b + 1]; k++)
        if (segments[order[k]].kind == TF_LAYOUT_SEGMENT_CURVE)
          {
            append_segment (cr, &segments[order[k]]);
            if (!one_path)
              cairo_stroke (cr);
          }
      cairo_stroke (cr);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    }

  cairo_restore (cr);
}

/* ---- raster targets: many paths or ribbons at once ---- */

static gboolean
surface_is_vector (cairo_surface_t *surface)
{
  switch (cairo_surface_get_type (surface))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A group pushed on a vector surface records into a recording surface:
 * the surface underneath decides. */
static gboolean
target_is_vector (cairo_t *cr)
{
  return surface_is_vector (cairo_get_target (cr)) || surface_is_vector (cairo_get_group_target (cr));
}

/* Whether the target is raster and user space only scaled and moved, so
 * that masks in the target's pixels can stand in for strokes; vector
 * output keeps real strokes. */
gboolean
_tf_chart_raster_init (Painter *painter,
                       Raster  *raster)
{
  cairo_t *cr = painter->cr;
  double scale_y;

  memset (raster, 0, sizeof *raster);
  if (target_is_vector (cr))
    return FALSE;
  cairo_get_matrix (cr, &raster->matrix);
  cairo_surface_get_device_scale (cairo_get_group_target (cr), &raster->device_scale, &scale_y);
  if (raster->matrix.xy != 0 || raster->matrix.yx != 0 || !(raster->matrix.xx > 0)
      || fabs (raster->matrix.xx - raster->matrix.yy) > 1e-9 || raster->device_scale != scale_y
      || !(raster->device_scale > 0))
    return FALSE;
  raster->scale = raster->matrix.xx * raster->device_scale;
  return TRUE;
}

/* A rectangle of user space in the target's pixels, rounded outwards. */
gboolean
_tf_chart_raster_rect (const Raster          *raster,
                       double                 x,
                       double                 y,
                       double                 width,
                       double                 height,
                       cairo_rectangle_int_t *rect)
{
  double x0 = x;
  double y0 = y;
  double x1 = x + width;
  double y1 = y + height;

  cairo_matrix_transform_point (&raster->matrix, &x0, &y0);
  cairo_matrix_transform_point (&raster->matrix, &x1, &y1);
  x0 = floor (x0 * raster->device_scale);
  y0 = floor (y0 * raster->device_scale);
  x1 = ceil (x1 * raster->device_scale);
  y1 = ceil (y1 * raster->device_scale);
  if (!(x1 - x0 <= RASTER_MAX_PX && y1 - y0 <= RASTER_MAX_PX && fabs (x0) <= RASTER_MAX_PX
        && fabs (y0) <= RASTER_MAX_PX))
    return FALSE;
  rect->x = (int) x0;
  rect->y = (int) y0;
  rect->width = (int) (x1 - x0);
  rect->height = (int) (y1 - y0);
  return TRUE;
}

/* A mask per sector over a rectangle of user space, x0 < x1, y0 < y1,
 * within the plot: masks cost what they cover when composited. */
gboolean
_tf_chart_raster_begin_in (Painter *painter,
                           Raster  *raster,
                           double   x0,
                           double   y0,
                           double   x1,
                           double   y1)
{
  cairo_rectangle_int_t rect;

  x0 = MAX (x0, painter->plot_x);
  y0 = MAX (y0, painter->plot_y - PLOT_OVERHANG_PX);
  x1 = MAX (x0, MIN (x1, painter->plot_x + painter->plot_width));
  y1 = MAX (y0, MIN (y1, painter->plot_y + painter->plot_height + PLOT_OVERHANG_PX));
  if (!_tf_chart_raster_init (painter, raster) || !_tf_chart_raster_rect (raster, x0, y0, x1 - x0, y1 - y0, &rect))
    return FALSE;
  raster->x = rect.x;
  raster->y = rect.y;
  raster->width = rect.width;
  raster->height = rect.height;
  for (guint s = 0; s < TF_N_SECTORS; s++)
    raster->masks[s] = tf_raster_mask_new (rect.x, rect.y, rect.width, rect.height);
  return TRUE;
}

/* A mask per sector over the plot. */
gboolean
_tf_chart_raster_begin (Painter *painter,
                        Raster  *raster)
{
  return _tf_chart_raster_begin_in (painter, raster, painter->plot_x, painter->plot_y - PLOT_OVERHANG_PX,
                                    painter->plot_x + painter->plot_width,
                                    painter->plot_y + painter->plot_height + PLOT_OVERHANG_PX);
}

/* Composites a mask at the raster's position in one colour. */
void
_tf_chart_raster_composite (Painter       *painter,
                            const Raster  *raster,
                            TfRasterMask  *mask,
                            const TfColor *color,
                            double         alpha)
{
  cairo_t *cr = painter->cr;
  double scale = raster->device_scale;
  cairo_surface_t *surface;
  cairo_rectangle_int_t rect;

  if (tf_raster_mask_is_empty (mask))
    return;
  surface = tf_raster_mask_get_surface (mask, &rect);
  cairo_surface_set_device_scale (surface, scale, scale);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_rectangle (cr, rect.x / scale, rect.y / scale, rect.width / scale, rect.height / scale);
  cairo_clip (cr);
  _tf_chart_set_color (cr, color, alpha);
  cairo_mask_surface (cr, surface, raster->x / scale, raster->y / scale);
  cairo_restore (cr);
}

void
_tf_chart_raster_point (const Raster *raster,
                        double       *x,
                        double       *y)
{
  cairo_matrix_transform_point (&raster->matrix, x, y);
  *x *= raster->device_scale;
  *y *= raster->device_scale;
}

/* Each sector's mask composited once, in its colour. */
void
_tf_chart_raster_end (Painter *painter,
                      Raster  *raster,
                      double   alpha)
{
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      _tf_chart_raster_composite (painter, raster, raster->masks[s], &painter->theme->sector[s], alpha);
      g_clear_pointer (&raster->masks[s], tf_raster_mask_free);
    }
}

/* A stable pseudo-random number in [0, 1) for a path or ribbon, so that
 * sampling keeps the same ones from one redraw to the next. */
static double
hash_to_unit (guint32 h)
{
  h ^= h >> 16;
  h *= 0x7feb352dU;
  h ^= h >> 15;
  h *= 0x846ca68bU;
  h ^= h >> 16;
  return h / 4294967296.0;
}

static double
path_sample (const TfLayoutPath *path)
{
  return hash_to_unit ((guint32) (path->person >= 0 ? path->person : 0x40000000 + path->group_move));
}

static double
ribbon_sample (const TfLayoutRibbon *ribbon)
{
  return hash_to_unit ((guint32) ribbon->source * 2654435761U + (guint32) ribbon->target);
}

static void
raster_straight (Raster                *raster,
                 TfRasterMask          *mask,
                 const TfLayoutSegment *segment,
                 double                 x0,
                 double                 x1,
                 double                 width,
                 double                 alpha)
{
  double y0 = segment->y0;
  double y1 = segment->y0;

  _tf_chart_raster_point (raster, &x0, &y0);
  _tf_chart_raster_point (raster, &x1, &y1);
  if (x1 > x0)
    tf_raster_stroke_line (mask, x0, y0, x1, y1, width, alpha);
}

/* Ordinary paths (groups are drawn on their own, before): their segments
 * (all, or those in one sub-lane) stroked into the masks. A path thinner than RASTER_MIN_PATH_INK_PX would
 * only tint the plot; such paths are sampled, the ones kept drawn as wide
 * as the ink of all of them together, so that the chart keeps its density.
 * Hovering still finds every path: hit testing is the layout's. */
void
_tf_chart_raster_paths (Painter *painter,
                        Raster  *raster,
                        int      sublane)
{
  const TfLayoutSegment *segments = painter->segments;
  double min_ink = RASTER_MIN_PATH_INK_PX;

  for (guint p = 0; p < painter->n_paths; p++)
    {
      const TfLayoutPath *path = &painter->paths[p];
      double width = path->width * raster->scale;

      if (path->weight > 1 && path_is_thick (path))
        continue;
      if (width < min_ink)
        {
          if (path_sample (path) >= width / min_ink)
            continue;
          width = min_ink;
        }

      for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
        {
          const TfLayoutSegment *segment = &segments[i];
          TfRasterMask *mask = raster->masks[painter->sublanes[segment->sublane].sector];
          LineKind line = segment_line (segment);
          double w;
          double alpha = line == LINE_DOTTED ? 0.8 : 1.0;

          if (sublane >= 0 && segment->sublane != sublane)
            continue;
          w = segment_is_concurrent (path, segments, i) ? width * CONCURRENT_SCALE : width;

          if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
            {
              double x0 = segment->x0;
              double y0 = segment->y0;
              double x1 = segment->x1;
              double y1 = segment->y1;
              TfRasterDash dash;

              _tf_chart_raster_point (raster, &x0, &y0);
              _tf_chart_raster_point (raster, &x1, &y1);
              if (line == LINE_DASHED)
                {
                  dash.on = MAX (3.0, 2.0 * w);
                  dash.off = MAX (3.0, 1.5 * w);
                }
              else
                {
                  dash.on = MAX (1.0, w);
                  dash.off = 2.0 * w + 2.0;
                }
              tf_raster_stroke_curve (raster->masks[curve_source_sector (painter, path, i)], mask,
                                      x0, y0, x1, y1, w, alpha, line == LINE_SOLID ? NULL : &dash);
            }
          else
            {
              double x0 = segment->x0;
              double x1 = segment->x1;
              double start;
              double end;

              /* Fades in steps; uncertain ends fainter. */
              if (segment->flags & (TF_LAYOUT_SEGMENT_OPEN_START | TF_LAYOUT_SEGMENT_OPEN_END))
                {
                  double fade = fade_length (painter, segment);

                  for (guint k = 0; k < FADE_STEPS; k++)
                    {
                      double a = (k + 0.5) / FADE_STEPS;

                      if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
                        raster_straight (raster, mask, segment, segment->x0 + fade * k / FADE_STEPS,
                                         segment->x0 + fade * (k + 1) / FADE_STEPS, w, alpha * a);
                      if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
                        raster_straight (raster, mask, segment, segment->x1 - fade * (k + 1) / FADE_STEPS,
                                         segment->x1 - fade * k / FADE_STEPS, w, alpha * a);
                    }
                  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
                    x0 += fade;
                  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
                    x1 -= fade;
                }
              uncertain_ends (painter, path, i, &start, &end);
              if (start > 0)
                raster_straight (raster, mask, segment, x0, x0 + start, w, 0.5 * alpha);
              if (end > 0)
                raster_straight (raster, mask, segment, x1 - end, x1, w, 0.5 * alpha);
              raster_straight (raster, mask, segment, x0 + start, x1 - end, w, alpha);
            }
        }
    }
}

TfSector
_tf_chart_block_sector (Painter *painter,
                        int      block)
{
  return painter->sublanes[painter->blocks[block].sublane].sector;
}

gboolean
_tf_chart_ribbon_touches (Painter              *painter,
                          const TfLayoutRibbon *ribbon,
                          int                   sublane)
{
  return sublane < 0 || painter->blocks[ribbon->source].sublane == sublane
         || painter->blocks[ribbon->target].sublane == sublane;
}

/* Ribbons (those into or out of a sub-lane, or all) filled into the
 * masks, those thinner than min_ink device pixels sampled as paths are
 * (see _tf_chart_raster_paths ()). */
void
_tf_chart_raster_ribbons (Painter *painter,
                          Raster  *raster,
                          int      sublane,
                          double   min_ink,
                          double   alpha)
{
  for (guint i = 0; i < painter->n_ribbons; i++)
    {
      const TfLayoutRibbon *ribbon = &painter->ribbons[i];
      double x0 = ribbon->x0;
      double y0 = ribbon->y0;
      double x1 = ribbon->x1;
      double y1 = ribbon->y1;
      double width = ribbon->width * raster->scale;

      if (!_tf_chart_ribbon_touches (painter, ribbon, sublane))
        continue;
      if (width < min_ink)
        {
          if (ribbon_sample (ribbon) >= width / min_ink)
            continue;
          width = min_ink;
        }
      _tf_chart_raster_point (raster, &x0, &y0);
      _tf_chart_raster_point (raster, &x1, &y1);
      tf_raster_fill_band (raster->masks[_tf_chart_block_sector (painter, ribbon->source)],
                           raster->masks[_tf_chart_block_sector (painter, ribbon->target)],
                           x0, y0, x1, y1, width, alpha);
    }
}

void
_tf_chart_draw_paths (Painter *painter)
{
  cairo_t *cr = painter->cr;
  Raster raster;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (painter->n_paths <= DETAILED_MAX_PATHS)
    {
      /* Groups under people, so that people crossing a group stay visible. */
      for (guint pass = 0; pass < 2; pass++)
        for (guint p = 0; p < painter->n_paths; p++)
          if (path_is_thick (&painter->paths[p]) == (pass == 0))
            draw_path_detailed (painter, &painter->paths[p], TRUE);
    }
  else if (_tf_chart_raster_begin (painter, &raster))
    {
      for (guint p = 0; p < painter->n_paths; p++)
        if (painter->paths[p].weight > 1 && path_is_thick (&painter->paths[p]))
          draw_path_detailed (painter, &painter->paths[p], TRUE);
      _tf_chart_raster_paths (painter, &raster, -1);
      _tf_chart_raster_end (painter, &raster, 1);
    }
  else
    draw_paths_batched (painter, target_is_vector (cr));
  cairo_restore (cr);
}

/* ---- aggregated: blocks and ribbons ---- */

void
_tf_chart_append_ribbon (cairo_t              *cr,
                         const TfLayoutRibbon *ribbon)
{
  double xm = (ribbon->x0 + ribbon->x1) / 2;
  double w = ribbon->width;

  cairo_move_to (cr, ribbon->x0, ribbon->y0);
  cairo_curve_to (cr, xm, ribbon->y0, xm, ribbon->y1, ribbon->x1, ribbon->y1);
  cairo_line_to (cr, ribbon->x1, ribbon->y1 + w);
  cairo_curve_to (cr, xm, ribbon->y1 + w, xm, ribbon->y0 + w, ribbon->x0, ribbon->y0 + w);
  cairo_close_path (cr);
}

void
_tf_chart_fill_ribbon (Painter              *painter,
                       const TfLayoutRibbon *ribbon,
                       double                alpha,
                       gboolean              gradient)
{
  cairo_t *cr = painter->cr;
  const TfChartTheme *theme = painter->theme;
  TfSector from = _tf_chart_block_sector (painter, ribbon->source);
  TfSector to = _tf_chart_block_sector (painter, ribbon->target);

  cairo_new_path (cr);
  _tf_chart_append_ribbon (cr, ribbon);
  if (from != to && gradient)
    {
      cairo_pattern_t *pattern = cairo_pattern_create_linear (ribbon->x0, 0, ribbon->x1, 0);
      const TfColor *a = &theme->sector[from];
      const TfColor *b = &theme->sector[to];

      cairo_pattern_add_color_stop_rgba (pattern, 0.1, a->red, a->green, a->blue, a->alpha * alpha);
      cairo_pattern_add_color_stop_rgba (pattern, 0.9, b->red, b->green, b->blue, b->alpha * alpha);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }
  else
    {
      _tf_chart_set_color (cr, &theme->sector[to], alpha);
      cairo_fill (cr);
    }
}

void
_tf_chart_append_block (cairo_t             *cr,
                        const TfLayoutBlock *block)
{
  double r = MIN (2.0, MIN (block->width, block->height) / 2);
  double x = block->x;
  double y = block->y;
  double w = block->width;
  double h = block->height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The count, read bottom to top inside the block, when it fits. */
static void
draw_block_count (Painter             *painter,
                  const TfLayoutBlock *block)
{
  cairo_t *cr = painter->cr;
  PangoLayout *layout;
  PangoRectangle ink;
  char text[16];

  if (block->count == 0 || block->height < 14 || block->width < 8)
    return;
  g_snprintf (text, sizeof text, "%u", block->count);
  layout = _tf_chart_set_text (painter, TEXT_COUNT, text);
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  if (ink.width + 4 > block->height || ink.height > block->width + 1)
    return;
  cairo_save (cr);
  cairo_translate (cr, block->x + (block->width - ink.height) / 2 - ink.y,
                   block->y + (block->height + ink.width) / 2 + ink.x);
  cairo_rotate (cr, -G_PI / 2);
  cairo_move_to (cr, 0, 0);
  /* The background's colour even when the background itself is not drawn. */
  cairo_set_source_rgb (cr, painter->theme->background.red, painter->theme->background.green,
                        painter->theme->background.blue);
  tf_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

void
_tf_chart_draw_aggregated (Painter *painter)
{
  cairo_t *cr = painter->cr;
  gboolean gradient = painter->n_ribbons <= GRADIENT_MAX_RIBBONS;
  double count_font_height = 0;
  Raster raster;

  if (_tf_chart_raster_begin (painter, &raster))
    {
      _tf_chart_raster_ribbons (painter, &raster, -1, RASTER_MIN_RIBBON_INK_PX, RIBBON_ALPHA);
      _tf_chart_raster_end (painter, &raster, 1);
    }
  else
    for (guint i = 0; i < painter->n_ribbons; i++)
      _tf_chart_fill_ribbon (painter, &painter->ribbons[i], RIBBON_ALPHA, gradient);

  /* One fill per sector. */
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < painter->n_blocks; i++)
        if (_tf_chart_block_sector (painter, (int) i) == s)
          {
            _tf_chart_append_block (cr, &painter->blocks[i]);
            any = TRUE;
          }
      if (!any)
        continue;
      _tf_chart_set_color (cr, &painter->theme->sector[s], 1);
      cairo_fill (cr);
    }

  /* Counts only fit in the tallest blocks; checking the height first
   * avoids setting text for the rest. */
  {
    PangoLayout *layout = _tf_chart_set_text (painter, TEXT_COUNT, "0");
    PangoRectangle ink;

    pango_layout_get_pixel_extents (layout, &ink, NULL);
    count_font_height = ink.height;
  }
  for (guint i = 0; i < painter->n_blocks; i++)
    if (painter->blocks[i].width + 1 >= count_font_height && painter->blocks[i].height >= 14)
      draw_block_count (painter, &painter->blocks[i]);
}
