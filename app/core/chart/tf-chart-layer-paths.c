/* tf-chart-layer-paths.c: one path per person, as the layout traced them.
 *
 * A few dozen paths are drawn one by one, each over a casing of the
 * background colour so that crossings read, with gradients for moves
 * between sectors and fades at open ends. Past that, on a raster target,
 * they are stroked into one coverage mask per sector colour
 * (tf-chart-masks.h), paths too thin to see one by one sampled so that
 * the ink stays the same. Vector output (SVG, PDF) gets real curves, one
 * cairo path per colour and style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>

#include "tf-chart-layer-paths.h"
#include "tf-chart-masks.h"

/* Paths drawn one by one, with casings, up to this many: past that the
 * casings hardly show, and each costs a dozen cairo calls. */
#define DETAILED_MAX_PATHS     80
/* Raster drawing: paths thinner than this many device pixels are sampled
 * (only when far too thin to follow one by one); fades in this many
 * steps. */
#define RASTER_MIN_PATH_INK_PX 0.25
#define FADE_STEPS             4
#define CASING_PX              1.5
/* A strand held alongside another is drawn this much thinner. */
#define CONCURRENT_SCALE       0.55
/* Paths wider than this are filled bands; their uncertain parts are this
 * faint, inside an outline this wide. */
#define THICK_PX               5.0
#define THICK_FAINT            0.4
#define THICK_EDGE_PX          1.25
/* Thinner strokes are drawn this wide, fainter in proportion, so that a
 * dense chart keeps its texture instead of vanishing. */
#define MIN_STROKE_PX          0.6
#define MIN_STROKE_ALPHA       0.12

typedef enum
{
  LINE_SOLID,
  LINE_DASHED,   /* an uncertain date */
  LINE_DOTTED,   /* a gap or an inferred move: nothing says where */
} LineKind;

/* Batched drawing: one fill or stroke per (sector, style). */
typedef enum
{
  BATCH_SOLID,
  BATCH_CONCURRENT,
  BATCH_FADED,      /* open ends: no gradients at this scale, only fainter */
  BATCH_DASHED,
  BATCH_DOTTED,
  N_BATCH_STYLES
} BatchStyle;

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
  double parts[4];
  guint n;

  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    {
      cairo_move_to (cr, segment->x0, segment->y0);
      tf_chart_curve_to (cr, segment->x0, segment->y0, segment->x1, segment->y1);
      return;
    }
  n = tf_layout_segment_drawn (segment, segment->x0, segment->x1, parts);
  for (guint k = 0; k < n; k++)
    if (parts[2 * k + 1] > parts[2 * k])
      {
        cairo_move_to (cr, parts[2 * k], segment->y0);
        cairo_line_to (cr, parts[2 * k + 1], segment->y1);
      }
}

/* The sector a curve leaves from: the segment before it in its strand, or
 * for a branch, the straight segment of the path it leaves. */
static TfSector
curve_source_sector (const TfChartContext *ctx,
                     const TfLayoutPath   *path,
                     guint                 i)
{
  const TfLayoutSegment *segments = ctx->segments;
  const TfLayoutSegment *curve = &segments[i];

  if (!segment_starts_strand (path, segments, i))
    return ctx->sublanes[segments[i - 1].sublane].sector;
  for (guint k = path->first_segment; k < path->first_segment + path->n_segments; k++)
    {
      const TfLayoutSegment *other = &segments[k];

      if (other->kind == TF_LAYOUT_SEGMENT_STRAIGHT
          && fabsf (other->y0 - curve->y0) < 0.01f
          && other->x0 <= curve->x0 + 1 && other->x1 >= curve->x0 - 1)
        return ctx->sublanes[other->sublane].sector;
    }
  return ctx->sublanes[curve->sublane].sector;
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
fade_length (const TfChartContext  *ctx,
             const TfLayoutSegment *segment)
{
  return tf_layout_fade_length (ctx->px_per_year, segment->x1 - segment->x0);
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
      cairo_pattern_add_color_stop_rgba (pattern, 1 - fade, color->red, color->green, color->blue,
                                         a);
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
append_straight_band (cairo_t *cr,
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
  tf_chart_append_band (cr, segment->x0, segment->y0 - width / 2, segment->x1,
                        segment->y1 - width / 2, width);
}

/* The colour of a segment: a gradient from one sector's colour to the
 * next on a move between sectors, a fade at an open start or end. */
static cairo_pattern_t *
segment_source (const TfChartContext *ctx,
                const TfLayoutPath   *path,
                guint                 i,
                double                alpha)
{
  const TfChartTheme *theme = ctx->theme;
  const TfLayoutSegment *segment = &ctx->segments[i];
  TfSector sector = ctx->sublanes[segment->sublane].sector;
  const TfColor *color = &theme->sector[sector];

  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    {
      TfSector from = curve_source_sector (ctx, path, i);

      if (from != sector)
        {
          const TfColor *a = &theme->sector[from];
          cairo_pattern_t *pattern = cairo_pattern_create_linear (segment->x0, 0, segment->x1, 0);

          cairo_pattern_add_color_stop_rgba (pattern, 0.15, a->red, a->green, a->blue,
                                             a->alpha * alpha);
          cairo_pattern_add_color_stop_rgba (pattern, 0.85, color->red, color->green, color->blue,
                                             color->alpha * alpha);
          return pattern;
        }
    }
  else if (segment->flags & (TF_LAYOUT_SEGMENT_OPEN_START | TF_LAYOUT_SEGMENT_OPEN_END))
    return fade_pattern (segment, color, alpha, fade_length (ctx, segment));
  return cairo_pattern_create_rgba (color->red, color->green, color->blue, color->alpha * alpha);
}

/* How far in from each end a straight segment's date is uncertain. The
 * uncertain end is the one no curve shows: a strand's first or last
 * segment; a lone segment may be either. */
static void
uncertain_ends (const TfChartContext *ctx,
                const TfLayoutPath   *path,
                guint                 i,
                double               *start,
                double               *end)
{
  const TfLayoutSegment *segment = &ctx->segments[i];
  double piece = tf_layout_uncertain_length (ctx->px_per_year, segment->x1 - segment->x0);
  gboolean first;
  gboolean last;

  *start = 0;
  *end = 0;
  if (segment->kind != TF_LAYOUT_SEGMENT_STRAIGHT
      || !(segment->flags & TF_LAYOUT_SEGMENT_UNCERTAIN))
    return;
  first = segment_starts_strand (path, ctx->segments, i);
  last = segment_ends_strand (path, ctx->segments, i);
  if (first || !last)
    *start = piece;
  if (last || !first)
    *end = piece;
}

/* A thick segment: uncertain or unknown parts are filled faintly inside a
 * dashed or dotted outline. */
static void
draw_thick_segment (cairo_t              *cr,
                    const TfChartContext *ctx,
                    const TfLayoutPath   *path,
                    guint                 i,
                    double                width,
                    double                alpha)
{
  const TfLayoutSegment *segment = &ctx->segments[i];
  LineKind line = segment_line (segment);
  cairo_pattern_t *body
      = segment_source (ctx, path, i, line == LINE_SOLID ? alpha : THICK_FAINT * alpha);
  cairo_pattern_t *edge = NULL;
  double start = 0;
  double end = 0;

  cairo_new_path (cr);
  if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
    append_curve_band (cr, segment, width);
  else
    {
      double parts[4];
      guint n;

      uncertain_ends (ctx, path, i, &start, &end);
      n = tf_layout_segment_drawn (segment, segment->x0 + start, segment->x1 - end, parts);
      for (guint k = 0; k < n; k++)
        if (parts[2 * k + 1] > parts[2 * k])
          append_straight_band (cr, parts[2 * k], parts[2 * k + 1], segment->y0, width);
    }
  cairo_set_source (cr, body);
  if (line == LINE_SOLID)
    cairo_fill (cr);
  else
    {
      edge = segment_source (ctx, path, i, alpha);
      cairo_fill_preserve (cr);
      cairo_set_source (cr, edge);
      set_line (cr, line, THICK_EDGE_PX);
      cairo_stroke (cr);
    }

  if (start > 0 || end > 0)
    {
      cairo_pattern_destroy (body);
      body = segment_source (ctx, path, i, THICK_FAINT * alpha);
      if (edge == NULL)
        edge = segment_source (ctx, path, i, alpha);
      if (start > 0)
        append_straight_band (cr, segment->x0, segment->x0 + start, segment->y0, width);
      if (end > 0)
        append_straight_band (cr, segment->x1 - end, segment->x1, segment->y0, width);
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
static void
draw_segment (cairo_t              *cr,
              const TfChartContext *ctx,
              const TfLayoutPath   *path,
              guint                 i,
              double                extra_width,
              double                alpha)
{
  const TfLayoutSegment *segment = &ctx->segments[i];
  LineKind line = segment_line (segment);
  double width = stroke_width (segment_width (path, ctx->segments, i), &alpha) + extra_width;
  cairo_pattern_t *pattern;

  if (line == LINE_DOTTED)
    alpha *= 0.8;
  if (path_is_thick (path))
    {
      draw_thick_segment (cr, ctx, path, i, width, alpha);
      return;
    }

  pattern = segment_source (ctx, path, i, alpha);
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

      uncertain_ends (ctx, path, i, &start, &end);
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
          double parts[4];
          guint n = tf_layout_segment_drawn (segment, segment->x0 + start, segment->x1 - end,
                                             parts);

          for (guint k = 0; k < n; k++)
            if (parts[2 * k + 1] > parts[2 * k])
              {
                cairo_move_to (cr, parts[2 * k], y);
                cairo_line_to (cr, parts[2 * k + 1], y);
              }
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
static void
stroke_path_outline (cairo_t              *cr,
                     const TfChartContext *ctx,
                     const TfLayoutPath   *path,
                     double                extra)
{
  gboolean thick = path_is_thick (path);

  cairo_new_path (cr);
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &ctx->segments[i];
      double width = segment_width (path, ctx->segments, i);

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
          double parts[4];
          guint n;

          if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
            x0 += fade_length (ctx, segment);
          if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
            x1 -= fade_length (ctx, segment);

          if (x1 <= x0)
            continue;
          n = tf_layout_segment_drawn (segment, x0, x1, parts);
          for (guint k = 0; k < n; k++)
            {
              if (parts[2 * k + 1] <= parts[2 * k])
                continue;
              if (thick)
                append_straight_band (cr, parts[2 * k], parts[2 * k + 1], segment->y0, width);
              else
                {
                  cairo_move_to (cr, parts[2 * k], segment->y0);
                  cairo_line_to (cr, parts[2 * k + 1], segment->y0);
                }
            }
        }
    }
  cairo_set_dash (cr, NULL, 0, 0);
  /* A band's outline is centred on its edge: half of it shows. */
  cairo_set_line_width (cr, thick ? extra : MAX (path->width, MIN_STROKE_PX) + extra);
  cairo_stroke (cr);
}

static void
draw_path_detailed (cairo_t              *cr,
                    const TfChartContext *ctx,
                    const TfLayoutPath   *path,
                    gboolean              casing)
{
  if (casing && ctx->theme->background.alpha > 0)
    {
      tf_chart_set_color (cr, &ctx->theme->background, 1);
      stroke_path_outline (cr, ctx, path, CASING_PX);
    }
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    draw_segment (cr, ctx, path, i, 0, 1);
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
draw_paths_batched (cairo_t              *cr,
                    const TfChartContext *ctx,
                    gboolean              one_path)
{
  const TfLayoutSegment *segments = ctx->segments;
  guint n_batches = TF_N_SECTORS * N_BATCH_STYLES;
  g_autofree guint32 *batch_start = g_new0 (guint32, n_batches + 1);
  g_autofree guint32 *order = g_new (guint32, ctx->n_segments + 1);
  g_autofree guint8 *batch_of = g_new (guint8, ctx->n_segments + 1);
  g_autofree double *batch_width = g_new0 (double, n_batches);
  guint n_group_paths = 0;

  /* Counting sort of the segments of ordinary paths by batch; groups are
   * few and thick, and drawn on their own, under the rest. */
  for (guint p = 0; p < ctx->n_paths; p++)
    {
      const TfLayoutPath *path = &ctx->paths[p];

      if (path->weight > 1)
        {
          n_group_paths++;
          for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
            batch_of[i] = G_MAXUINT8;
          continue;
        }
      for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
        {
          guint batch = ctx->sublanes[segments[i].sublane].sector * N_BATCH_STYLES
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

    for (guint i = 0; i < ctx->n_segments; i++)
      if (batch_of[i] != G_MAXUINT8)
        order[fill[batch_of[i]]++] = i;
  }

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* Groups under people, as in tf_chart_paths_layer_draw (). */
  if (n_group_paths > 0)
    for (guint p = 0; p < ctx->n_paths; p++)
      if (ctx->paths[p].weight > 1)
        draw_path_detailed (cr, ctx, &ctx->paths[p], TRUE);
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
      tf_chart_set_color (cr, &ctx->theme->sector[sector], alpha);

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
          double parts[4];
          guint n;

          if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
            {
              any_curve = TRUE;
              continue;
            }
          n = tf_layout_segment_drawn (segment, segment->x0, segment->x1, parts);

          for (guint q = 0; q < n; q++)
            if (parts[2 * q + 1] > parts[2 * q])
              cairo_rectangle (cr, parts[2 * q], segment->y0 - width / 2,
                               parts[2 * q + 1] - parts[2 * q], width);
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

/* Which paths sampling keeps: the same from one redraw to the next. */
static guint32
path_sample_key (const TfLayoutPath *path)
{
  return (guint32) (path->person >= 0 ? path->person : 0x40000000 + path->group_move);
}

static void
raster_straight (TfChartMasks          *masks,
                 TfSector               sector,
                 const TfLayoutSegment *segment,
                 double                 x0,
                 double                 x1,
                 double                 width,
                 double                 alpha)
{
  double y0 = segment->y0;
  double y1 = segment->y0;

  tf_chart_masks_point (masks, &x0, &y0);
  tf_chart_masks_point (masks, &x1, &y1);
  if (x1 > x0)
    tf_chart_masks_stroke_line (masks, sector, x0, y0, x1, y1, width, alpha);
}

/* Ordinary paths (groups are drawn on their own, before): their segments
 * (all, or those in one sub-lane) stroked into the masks. Paths thinner
 * than RASTER_MIN_PATH_INK_PX are sampled (tf_chart_masks_sample ()).
 * Hovering still finds every path: hit testing is the layout's. */
static void
raster_paths (const TfChartContext *ctx,
              TfChartMasks         *masks,
              int                   sublane)
{
  const TfLayoutSegment *segments = ctx->segments;

  for (guint p = 0; p < ctx->n_paths; p++)
    {
      const TfLayoutPath *path = &ctx->paths[p];
      double width = path->width * masks->scale;

      if (path->weight > 1 && path_is_thick (path))
        continue;
      if (!tf_chart_masks_sample (path_sample_key (path), RASTER_MIN_PATH_INK_PX, &width))
        continue;

      for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
        {
          const TfLayoutSegment *segment = &segments[i];
          TfSector sector = ctx->sublanes[segment->sublane].sector;
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

              tf_chart_masks_point (masks, &x0, &y0);
              tf_chart_masks_point (masks, &x1, &y1);
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
              tf_chart_masks_stroke_curve (masks, curve_source_sector (ctx, path, i), sector, x0,
                                           y0, x1, y1, w, alpha, line == LINE_SOLID ? NULL : &dash);
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
                  double fade = fade_length (ctx, segment);

                  for (guint k = 0; k < FADE_STEPS; k++)
                    {
                      double a = (k + 0.5) / FADE_STEPS;

                      if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
                        raster_straight (masks, sector, segment,
                                         segment->x0 + fade * k / FADE_STEPS,
                                         segment->x0 + fade * (k + 1) / FADE_STEPS, w, alpha * a);
                      if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
                        raster_straight (masks, sector, segment,
                                         segment->x1 - fade * (k + 1) / FADE_STEPS,
                                         segment->x1 - fade * k / FADE_STEPS, w, alpha * a);
                    }
                  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_START)
                    x0 += fade;
                  if (segment->flags & TF_LAYOUT_SEGMENT_OPEN_END)
                    x1 -= fade;
                }
              uncertain_ends (ctx, path, i, &start, &end);
              if (start > 0)
                raster_straight (masks, sector, segment, x0, x0 + start, w, 0.5 * alpha);
              if (end > 0)
                raster_straight (masks, sector, segment, x1 - end, x1, w, 0.5 * alpha);
              {
                double parts[4];
                guint n = tf_layout_segment_drawn (segment, x0 + start, x1 - end, parts);

                for (guint q = 0; q < n; q++)
                  raster_straight (masks, sector, segment, parts[2 * q], parts[2 * q + 1], w,
                                   alpha);
              }
            }
        }
    }
}

void
tf_chart_paths_layer_draw (cairo_t              *cr,
                           const TfChartContext *ctx)
{
  TfChartMasks masks;

  if (!(ctx->layers & TF_CHART_LAYER_FLOWS) || tf_layout_is_aggregated (ctx->layout))
    return;

  cairo_save (cr);
  tf_chart_clip_to_plot (cr, ctx);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (ctx->n_paths <= DETAILED_MAX_PATHS)
    {
      /* Groups under people, so that people crossing a group stay visible. */
      for (guint pass = 0; pass < 2; pass++)
        for (guint p = 0; p < ctx->n_paths; p++)
          if (path_is_thick (&ctx->paths[p]) == (pass == 0))
            draw_path_detailed (cr, ctx, &ctx->paths[p], TRUE);
    }
  else if (tf_chart_masks_begin (&masks, cr, ctx))
    {
      for (guint p = 0; p < ctx->n_paths; p++)
        if (ctx->paths[p].weight > 1 && path_is_thick (&ctx->paths[p]))
          draw_path_detailed (cr, ctx, &ctx->paths[p], TRUE);
      raster_paths (ctx, &masks, -1);
      tf_chart_masks_end (&masks, cr, ctx, 1);
    }
  else
    draw_paths_batched (cr, ctx, tf_chart_target_is_vector (cr));
  cairo_restore (cr);
}

void
tf_chart_paths_layer_draw_path (cairo_t              *cr,
                                const TfChartContext *ctx,
                                int                   path_index,
                                int                   segment,
                                gboolean              selected)
{
  const TfLayoutPath *path = &ctx->paths[path_index];
  double width = MAX (path->width, 2.5);
  TfLayoutPath emphasised = *path;

  emphasised.width = width;
  cairo_save (cr);
  tf_chart_clip_to_plot (cr, ctx);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* A soft glow for hover, a firm outline for the selection, a casing
   * inside it, then the path. */
  if (selected)
    {
      tf_chart_set_color (cr, &ctx->theme->highlight, 0.85);
      stroke_path_outline (cr, ctx, &emphasised, 3.5);
    }
  else
    {
      tf_chart_set_color (cr, &ctx->theme->highlight, 0.22);
      stroke_path_outline (cr, ctx, &emphasised, 7.0);
    }
  if (ctx->theme->background.alpha > 0)
    {
      tf_chart_set_color (cr, &ctx->theme->background, 1);
      stroke_path_outline (cr, ctx, &emphasised, CASING_PX);
    }
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    draw_segment (cr, ctx, &emphasised, i, 0, 1);

  if (segment >= (int) path->first_segment
      && segment < (int) (path->first_segment + path->n_segments))
    draw_segment (cr, ctx, &emphasised, (guint) segment, 2.0, 1);
  cairo_restore (cr);
}

void
tf_chart_paths_layer_draw_sublane (cairo_t              *cr,
                                   const TfChartContext *ctx,
                                   int                   sublane)
{
  TfChartMasks masks;

  cairo_save (cr);
  tf_chart_clip_to_plot (cr, ctx);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* The people there: their segments in this sub-lane and the moves into
   * it, as the chart draws them. */
  if (ctx->n_paths > DETAILED_MAX_PATHS && tf_chart_masks_begin (&masks, cr, ctx))
    {
      raster_paths (ctx, &masks, sublane);
      tf_chart_masks_end (&masks, cr, ctx, 1);
    }
  else
    for (guint p = 0; p < ctx->n_paths; p++)
      {
        const TfLayoutPath *path = &ctx->paths[p];

        for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
          if (ctx->segments[i].sublane == sublane)
            draw_segment (cr, ctx, path, i, 0, 1);
      }
  cairo_restore (cr);
}
