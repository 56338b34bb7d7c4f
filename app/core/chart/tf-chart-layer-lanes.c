/* tf-chart-layer-lanes.c: the chart's back layer: background and lanes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-cairo-text.h"
#include "tf-chart-layer-lanes.h"

/* Lanes shorter than this have no title. */
#define LANE_CAPTION_MIN_PX 36.0
/* Titles are never narrowed more than this to fit their lane. */
#define MIN_CAPTION_SCALE   0.7

static const char *const sector_titles[TF_N_SECTORS] = {
  NC_("chart lane", "Academia"),
  NC_("chart lane", "Corporate labs"),
  NC_("chart lane", "Companies"),
  NC_("chart lane", "Startups"),
};

/* Bands and titles lane by lane, as the layers asked for. */
static void
draw_lanes (cairo_t              *cr,
            const TfChartContext *ctx,
            gboolean              bands,
            gboolean              titles)
{
  const TfChartTheme *theme = ctx->theme;
  double right = ctx->plot_x + ctx->plot_width;

  for (guint l = 0; l < ctx->n_lanes; l++)
    {
      const TfLayoutLane *lane = &ctx->lanes[l];
      PangoLayout *layout;
      PangoRectangle logical;
      double available;
      double scale;

      if (bands)
        {
          tf_chart_set_color (cr, &theme->lane[lane->sector], 1);
          cairo_rectangle (cr, 0, lane->y, right, lane->height);
          cairo_fill (cr);

          /* A strip of the sector's colour keys the lane to its paths. */
          tf_chart_set_color (cr, &theme->sector[lane->sector], 0.8);
          cairo_rectangle (cr, 0, lane->y, 3, lane->height);
          cairo_fill (cr);
        }

      /* The title, read bottom to top in the gutter, smaller or else
       * shortened when the lane is short. */
      if (!titles || lane->height < LANE_CAPTION_MIN_PX || ctx->gutter < 10)
        continue;
      layout = tf_chart_context_set_text (ctx, TF_CHART_TEXT_CAPTION,
                                          g_dpgettext2 (GETTEXT_PACKAGE, "chart lane",
                                                        sector_titles[lane->sector]));
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
      cairo_translate (cr, 3 + (ctx->gutter - 3 - logical.height * scale) / 2,
                       lane->y + (lane->height + logical.width * scale) / 2);
      cairo_rotate (cr, -G_PI / 2);
      cairo_scale (cr, scale, scale);
      cairo_move_to (cr, -logical.x, 0);
      tf_chart_set_color (cr, &theme->sector[lane->sector], 1);
      tf_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
}

static void
draw_sublanes (cairo_t              *cr,
               const TfChartContext *ctx)
{
  const TfChartTheme *theme = ctx->theme;
  double right = ctx->plot_x + ctx->plot_width;
  static const double dash[] = { 4, 3 };

  cairo_save (cr);
  cairo_set_line_width (cr, 1);

  /* Between sub-lanes of one lane: solid lines in one stroke, dashed
   * around the unnamed places in another. */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean dashed = pass == 1;
      gboolean any = FALSE;

      for (guint l = 0; l < ctx->n_lanes; l++)
        {
          const TfLayoutLane *lane = &ctx->lanes[l];

          for (guint i = 0; i < lane->n_sublanes; i++)
            {
              const TfLayoutSublane *sublane = &ctx->sublanes[lane->first_sublane + i];
              gboolean unnamed = sublane->kind == TF_LAYOUT_SUBLANE_UNNAMED;
              double top = sublane->y;
              double bottom = sublane->y + sublane->height;

              /* A line between each sub-lane and the one above. */
              if (i > 0)
                {
                  const TfLayoutSublane *above = &ctx->sublanes[lane->first_sublane + i - 1];
                  gboolean line_dashed = unnamed || above->kind == TF_LAYOUT_SUBLANE_UNNAMED;
                  double y = (above->y + above->height + top) / 2;

                  if (line_dashed == dashed && sublane->height >= 2 && above->height >= 2)
                    {
                      y = tf_chart_snap (cr, y);
                      cairo_move_to (cr, ctx->gutter, y);
                      cairo_line_to (cr, right, y);
                      any = TRUE;
                    }
                }
              /* The unnamed place is a box of its own even at a lane's edge. */
              if (dashed && unnamed)
                {
                  if (i == 0)
                    {
                      double y = tf_chart_snap (cr, top - 0.5);

                      cairo_move_to (cr, ctx->gutter, y);
                      cairo_line_to (cr, right, y);
                      any = TRUE;
                    }
                  if (i + 1 == lane->n_sublanes)
                    {
                      double y = tf_chart_snap (cr, bottom + 0.5);

                      cairo_move_to (cr, ctx->gutter, y);
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
        cairo_pattern_t *pattern = cairo_pattern_create_linear (ctx->gutter, 0, right, 0);

        if (right > ctx->gutter)
          split = CLAMP ((ctx->plot_x - ctx->gutter) / (right - ctx->gutter), 0, 1);
        cairo_pattern_add_color_stop_rgba (pattern, split, color->red, color->green, color->blue,
                                           alpha);
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

void
tf_chart_lanes_layer_draw (cairo_t              *cr,
                           const TfChartContext *ctx)
{
  const TfChartTheme *theme = ctx->theme;
  gboolean background = (ctx->layers & TF_CHART_LAYER_BACKGROUND) != 0;
  gboolean titles = (ctx->layers & TF_CHART_LAYER_LANE_LABELS) != 0;

  if (background && theme->background.alpha > 0)
    {
      tf_chart_set_color (cr, &theme->background, 1);
      cairo_rectangle (cr, 0, 0, ctx->width, ctx->height);
      cairo_fill (cr);
    }
  if (background || titles)
    draw_lanes (cr, ctx, background, titles);
  if (background)
    draw_sublanes (cr, ctx);
}

void
tf_chart_lanes_layer_draw_sublane (cairo_t              *cr,
                                   const TfChartContext *ctx,
                                   int                   sublane_index,
                                   gboolean              selected)
{
  const TfLayoutSublane *sublane = &ctx->sublanes[sublane_index];
  double right = ctx->plot_x + ctx->plot_width;

  tf_chart_set_color (cr, &ctx->theme->sector[sublane->sector], selected ? 0.16 : 0.1);
  cairo_rectangle (cr, ctx->gutter, sublane->y - 1, right - ctx->gutter, sublane->height + 2);
  cairo_fill (cr);
}
