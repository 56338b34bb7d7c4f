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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tf-chart-draw.h"
#include "tf-chart-raster.h"

/* Paths drawn one by one, with casings, up to this many: past that the
 * casings hardly show, and each costs a dozen cairo calls. */
#define DETAILED_MAX_PATHS     80
/* Vector output: ribbons filled with a gradient between sector colours up
 * to this many (raster targets always shade them). */
#define GRADIENT_MAX_RIBBONS   4000
/* Raster drawing: paths and ribbons thinner than these many device pixels
 * are sampled (paths only when far too thin to follow one by one); fades
 * in this many steps; masks no larger than this. */
#define RASTER_MIN_PATH_INK_PX    0.25
#define RASTER_MIN_RIBBON_INK_PX  1.0
/* A sub-lane's ribbons are redrawn on every pointer motion over it: there
 * the sampling is coarser, for speed. */
#define HOVER_MIN_RIBBON_INK_PX   2.0
#define FADE_STEPS                4
#define RASTER_MAX_PX             16384
/* Paths and ribbons may reach this far above and below the plot. */
#define PLOT_OVERHANG_PX       4.0
#define CASING_PX              1.5
#define HALO_PX                3.0
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
#define RIBBON_ALPHA           0.45
#define LANE_CAPTION_MIN_PX    36.0
#define LABEL_PAD_PX           6.0
#define STRIP_COUNT_AIR_PX     3.0
/* Text is never narrowed more than this to fit its box. */
#define MIN_LABEL_SCALE        0.8
#define MIN_CAPTION_SCALE      0.7

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

/* ---- the painter: what one call shares ---- */

typedef enum
{
  TEXT_ORGANIZATION,        /* bold, narrowed a little if need be */
  TEXT_ORGANIZATION_PLAIN,  /* the measurer's font as is */
  TEXT_UNNAMED,             /* italic */
  TEXT_PERSON,
  TEXT_AXIS,
  TEXT_CAPTION,             /* lane titles and the strip's captions */
  TEXT_COUNT,               /* counts inside blocks */
  N_TEXT_STYLES
} TextStyle;

typedef struct
{
  cairo_t *cr;
  TfLayout *layout;
  const TfChartTheme *theme;
  TfLayoutPangoMeasurer *fonts;
  PangoLayout *text[N_TEXT_STYLES];

  const TfLayoutLane *lanes;
  guint n_lanes;
  const TfLayoutSublane *sublanes;
  guint n_sublanes;
  const TfLayoutPath *paths;
  guint n_paths;
  const TfLayoutSegment *segments;
  guint n_segments;
  const TfLayoutLabel *labels;
  guint n_labels;
  const TfLayoutBlock *blocks;
  guint n_blocks;
  const TfLayoutRibbon *ribbons;
  guint n_ribbons;

  double width;
  double height;
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;
  double px_per_year;
  /* Right edge of the sector captions' gutter, left of the label column. */
  double gutter;

  TfColor halo;
} Painter;

static void
set_color (cairo_t       *cr,
           const TfColor *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Drawing clips paths to the plot in x (the layout counts on it), with a
 * little room above and below for strokes along the edges. */
static void
clip_to_plot (Painter *painter)
{
  cairo_rectangle (painter->cr, painter->plot_x, painter->plot_y - PLOT_OVERHANG_PX,
                   painter->plot_width, painter->plot_height + 2 * PLOT_OVERHANG_PX);
  cairo_clip (painter->cr);
}

static void
painter_init (Painter                *painter,
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

static void
painter_clear (Painter *painter)
{
  for (guint i = 0; i < N_TEXT_STYLES; i++)
    g_clear_object (&painter->text[i]);
}

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

/* Common characters that only traditional Chinese writes this way; a
 * label with one of them is traditional. A table rather than ICU's
 * transliterator, which costs more than drawing the label. */
static const char traditional_only[] =
  "們個來時說對發現後間開關體見點長讓還進過應麼樣裡頭實電話機華經歷視業無導師學國會與東車門書"
  "員問題從動產設計處將專務區團隊網絡際資訊術萬億隨記報節參變歲據兒環係費價誌蘇聯識議論證讀轉"
  "輕邊邏鐵鋼錄鏡銷陽陰陳雲雙難雞離響頁顏風飛飯館馬驗髮鳥鹽麥黃齊龍龜強權歡語認請調談謝講讚貝"
  "負貨質購軟載輪辦農運達遠適選遺郵鄉醫針錢錯閉閱階雜靈順須頒預領頻顧類養餘黨齡騰創圖畫紅綠藍"
  "臺灣張劉楊趙吳鄭許馮鄧蕭葉呂蔣韓錦濤偉傑榮慶廣廳廠歸豐滬鳴鍾劍寶聖觀聽聲氣漢陸島廈蘋";

static int
compare_unichar (gconstpointer a,
                 gconstpointer b)
{
  gunichar ca = *(const gunichar *) a;
  gunichar cb = *(const gunichar *) b;

  return ca < cb ? -1 : ca > cb;
}

static gboolean
is_traditional_only (gunichar c)
{
  static gunichar *table;
  static glong n_table;

  if (g_once_init_enter (&table))
    {
      gunichar *chars = g_utf8_to_ucs4_fast (traditional_only, -1, &n_table);

      qsort (chars, (gsize) n_table, sizeof (gunichar), compare_unichar);
      g_once_init_leave (&table, chars);
    }
  return bsearch (&c, table, (gsize) n_table, sizeof (gunichar), compare_unichar) != NULL;
}

/* Han text gets a Chinese language tag, so that Pango picks a Chinese font
 * (not a Japanese one) whatever the locale: traditional forms for text
 * written in traditional characters, simplified otherwise. */
static PangoLanguage *
language_for_text (const char *text)
{
  gboolean han = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN)
        continue;
      if (is_traditional_only (c))
        return pango_language_from_string ("zh-tw");
      han = TRUE;
    }
  return han ? pango_language_from_string ("zh-cn") : NULL;
}

static PangoLayout *
set_text (Painter    *painter,
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

static void
show_text (Painter       *painter,
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
      set_color (cr, &painter->halo, 1);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, x, y);
  set_color (cr, color, 1);
  pango_cairo_show_layout (cr, layout);
}

/* Sets a label's text in its style; *y is where to draw it so that it is
 * centred in its box, and *scale how much to narrow it so that it fits
 * the box it was measured for. */
static PangoLayout *
label_layout (Painter             *painter,
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
            layout = set_text (painter, TEXT_UNNAMED, label->text);
            *color = &theme->dim_foreground;
          }
        else if (sublane->kind == TF_LAYOUT_SUBLANE_OTHERS)
          {
            layout = set_text (painter, TEXT_ORGANIZATION_PLAIN, label->text);
            *color = &theme->dim_foreground;
          }
        else
          {
            /* Bold, narrowed a little when the box was measured in a
             * regular weight; the regular weight when that is not enough. */
            layout = set_text (painter, TEXT_ORGANIZATION, label->text);
            pango_layout_get_pixel_extents (layout, NULL, &logical);
            if (label->width > 0 && logical.width > label->width + 0.5)
              {
                *scale = label->width / logical.width;
                if (*scale < MIN_LABEL_SCALE)
                  {
                    *scale = 1;
                    layout = set_text (painter, TEXT_ORGANIZATION_PLAIN, label->text);
                  }
              }
          }
      }
      break;
    case TF_LAYOUT_LABEL_PERSON:
      layout = set_text (painter, TEXT_PERSON, label->text);
      *halo = TRUE;
      break;
    case TF_LAYOUT_LABEL_YEAR:
      layout = set_text (painter, TEXT_AXIS, label->text);
      *color = &theme->dim_foreground;
      break;
    default:
      g_assert_not_reached ();
    }
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  *y = label->y + (label->height > 0 ? (label->height - logical.height) / 2 : 0);
  return layout;
}

static void
draw_label (Painter             *painter,
            const TfLayoutLabel *label)
{
  cairo_t *cr = painter->cr;
  const TfColor *color;
  gboolean halo;
  double y;
  double scale;
  PangoLayout *layout = label_layout (painter, label, &color, &halo, &y, &scale);

  if (scale == 1)
    {
      show_text (painter, layout, label->x, y, color, halo);
      return;
    }
  cairo_save (cr);
  cairo_translate (cr, label->x, y);
  cairo_scale (cr, scale, 1);
  show_text (painter, layout, 0, 0, color, halo);
  cairo_restore (cr);
}

/* ---- lanes, sub-lanes and the grid ---- */

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
draw_lanes (Painter *painter)
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

      set_color (cr, &theme->lane[lane->sector], 1);
      cairo_rectangle (cr, 0, lane->y, right, lane->height);
      cairo_fill (cr);

      /* A strip of the sector's colour keys the lane to its paths. */
      set_color (cr, &theme->sector[lane->sector], 0.8);
      cairo_rectangle (cr, 0, lane->y, 3, lane->height);
      cairo_fill (cr);

      /* The title, read bottom to top in the gutter, smaller or else
       * shortened when the lane is short. */
      if (lane->height < LANE_CAPTION_MIN_PX || painter->gutter < 10)
        continue;
      layout = set_text (painter, TEXT_CAPTION,
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
      set_color (cr, &theme->sector[lane->sector], 1);
      pango_cairo_show_layout (cr, layout);
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
      set_color (cr, &painter->theme->grid, pass == 1 ? 1.6 : 0.8);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

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

typedef enum
{
  LINE_SOLID,
  LINE_DASHED,   /* an uncertain date */
  LINE_DOTTED,   /* a gap or an inferred move: nothing says where */
} LineKind;

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
static void
draw_segment_detailed (Painter            *painter,
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
static void
stroke_path_outline (Painter            *painter,
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
      set_color (cr, &painter->theme->background, 1);
      stroke_path_outline (painter, path, CASING_PX);
    }
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    draw_segment_detailed (painter, path, i, 0, 1);
}

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
  /* Groups under people, as in draw_paths (). */
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
      set_color (cr, &painter->theme->sector[sector], alpha);

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

typedef struct
{
  double scale;             /* mask pixels per user unit */
  int x;                    /* where the masks are, in mask pixels */
  int y;
  int width;                /* of the masks, in mask pixels */
  int height;
  double device_scale;      /* of the target surface */
  cairo_matrix_t matrix;    /* the caller's, user space to the target's */
  TfRasterMask *masks[TF_N_SECTORS];
} Raster;

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
static gboolean
raster_init (Painter *painter,
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
static gboolean
raster_rect (const Raster          *raster,
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
static gboolean
raster_begin_in (Painter *painter,
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
  if (!raster_init (painter, raster) || !raster_rect (raster, x0, y0, x1 - x0, y1 - y0, &rect))
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
static gboolean
raster_begin (Painter *painter,
              Raster  *raster)
{
  return raster_begin_in (painter, raster, painter->plot_x, painter->plot_y - PLOT_OVERHANG_PX,
                          painter->plot_x + painter->plot_width,
                          painter->plot_y + painter->plot_height + PLOT_OVERHANG_PX);
}

/* Composites a mask at the raster's position in one colour. */
static void
raster_composite (Painter       *painter,
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
  set_color (cr, color, alpha);
  cairo_mask_surface (cr, surface, raster->x / scale, raster->y / scale);
  cairo_restore (cr);
}

static void
raster_point (const Raster *raster,
              double       *x,
              double       *y)
{
  cairo_matrix_transform_point (&raster->matrix, x, y);
  *x *= raster->device_scale;
  *y *= raster->device_scale;
}

/* Each sector's mask composited once, in its colour. */
static void
raster_end (Painter *painter,
            Raster  *raster,
            double   alpha)
{
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      raster_composite (painter, raster, raster->masks[s], &painter->theme->sector[s], alpha);
      g_clear_pointer (&raster->masks[s], tf_raster_mask_free);
    }
}

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

  if (!raster_init (painter, &raster)
      || !raster_rect (&raster, 0, 0, painter->width, painter->height, &all))
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
      layout = label_layout (painter, label, &color, &with_halo, &y, &scale);
      cairo_save (text_cr);
      cairo_translate (text_cr, label->x, y);
      cairo_scale (text_cr, scale, 1);
      cairo_move_to (text_cr, 0, 0);
      pango_cairo_show_layout (text_cr, layout);
      cairo_restore (text_cr);
      if (raster_rect (&raster, label->x - 2, MIN (label->y, y) - 2, label->width + 4,
                       MAX (label->height, 0) + ABS (y - label->y) + 4, &box))
        {
          tf_raster_mask_touch (text, &box);
          g_array_append_val (boxes, box);
        }
    }
  cairo_destroy (text_cr);

  for (guint i = 0; i < boxes->len; i++)
    tf_raster_mask_dilate (text, halo, &g_array_index (boxes, cairo_rectangle_int_t, i));
  raster_composite (painter, &raster, halo, &painter->halo, 1);
  raster_composite (painter, &raster, text, &painter->theme->foreground, 1);
  return TRUE;
}

static void
draw_labels (Painter *painter)
{
  gboolean people_drawn = draw_person_labels_raster (painter);

  for (guint i = 0; i < painter->n_labels; i++)
    if (painter->labels[i].visible && !(people_drawn && painter->labels[i].kind == TF_LAYOUT_LABEL_PERSON))
      draw_label (painter, &painter->labels[i]);
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

  raster_point (raster, &x0, &y0);
  raster_point (raster, &x1, &y1);
  if (x1 > x0)
    tf_raster_stroke_line (mask, x0, y0, x1, y1, width, alpha);
}

/* Ordinary paths (groups are drawn on their own, before): their segments
 * (all, or those in one sub-lane) stroked into the masks. A path thinner than RASTER_MIN_PATH_INK_PX would
 * only tint the plot; such paths are sampled, the ones kept drawn as wide
 * as the ink of all of them together, so that the chart keeps its density.
 * Hovering still finds every path: hit testing is the layout's. */
static void
raster_paths (Painter *painter,
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

              raster_point (raster, &x0, &y0);
              raster_point (raster, &x1, &y1);
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

static TfSector
block_sector (Painter *painter,
              int      block)
{
  return painter->sublanes[painter->blocks[block].sublane].sector;
}

static gboolean
ribbon_touches (Painter              *painter,
                const TfLayoutRibbon *ribbon,
                int                   sublane)
{
  return sublane < 0 || painter->blocks[ribbon->source].sublane == sublane
         || painter->blocks[ribbon->target].sublane == sublane;
}

/* Ribbons (those into or out of a sub-lane, or all) filled into the
 * masks, those thinner than min_ink device pixels sampled as paths are
 * (see raster_paths ()). */
static void
raster_ribbons (Painter *painter,
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

      if (!ribbon_touches (painter, ribbon, sublane))
        continue;
      if (width < min_ink)
        {
          if (ribbon_sample (ribbon) >= width / min_ink)
            continue;
          width = min_ink;
        }
      raster_point (raster, &x0, &y0);
      raster_point (raster, &x1, &y1);
      tf_raster_fill_band (raster->masks[block_sector (painter, ribbon->source)],
                           raster->masks[block_sector (painter, ribbon->target)],
                           x0, y0, x1, y1, width, alpha);
    }
}

static void
draw_paths (Painter *painter)
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
  else if (raster_begin (painter, &raster))
    {
      for (guint p = 0; p < painter->n_paths; p++)
        if (painter->paths[p].weight > 1 && path_is_thick (&painter->paths[p]))
          draw_path_detailed (painter, &painter->paths[p], TRUE);
      raster_paths (painter, &raster, -1);
      raster_end (painter, &raster, 1);
    }
  else
    draw_paths_batched (painter, target_is_vector (cr));
  cairo_restore (cr);
}

/* ---- aggregated: blocks and ribbons ---- */

static void
append_ribbon (cairo_t              *cr,
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

static void
fill_ribbon (Painter              *painter,
             const TfLayoutRibbon *ribbon,
             double                alpha,
             gboolean              gradient)
{
  cairo_t *cr = painter->cr;
  const TfChartTheme *theme = painter->theme;
  TfSector from = block_sector (painter, ribbon->source);
  TfSector to = block_sector (painter, ribbon->target);

  cairo_new_path (cr);
  append_ribbon (cr, ribbon);
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
      set_color (cr, &theme->sector[to], alpha);
      cairo_fill (cr);
    }
}

static void
append_block (cairo_t             *cr,
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
  layout = set_text (painter, TEXT_COUNT, text);
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
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_aggregated (Painter *painter)
{
  cairo_t *cr = painter->cr;
  gboolean gradient = painter->n_ribbons <= GRADIENT_MAX_RIBBONS;
  double count_font_height = 0;
  Raster raster;

  if (raster_begin (painter, &raster))
    {
      raster_ribbons (painter, &raster, -1, RASTER_MIN_RIBBON_INK_PX, RIBBON_ALPHA);
      raster_end (painter, &raster, 1);
    }
  else
    for (guint i = 0; i < painter->n_ribbons; i++)
      fill_ribbon (painter, &painter->ribbons[i], RIBBON_ALPHA, gradient);

  /* One fill per sector. */
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < painter->n_blocks; i++)
        if (block_sector (painter, (int) i) == s)
          {
            append_block (cr, &painter->blocks[i]);
            any = TRUE;
          }
      if (!any)
        continue;
      set_color (cr, &painter->theme->sector[s], 1);
      cairo_fill (cr);
    }

  /* Counts only fit in the tallest blocks; checking the height first
   * avoids setting text for the rest. */
  {
    PangoLayout *layout = set_text (painter, TEXT_COUNT, "0");
    PangoRectangle ink;

    pango_layout_get_pixel_extents (layout, &ink, NULL);
    count_font_height = ink.height;
  }
  for (guint i = 0; i < painter->n_blocks; i++)
    if (painter->blocks[i].width + 1 >= count_font_height && painter->blocks[i].height >= 14)
      draw_block_count (painter, &painter->blocks[i]);
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
  layout = set_text (painter, TEXT_AXIS, text);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > bar + 2 * STRIP_COUNT_AIR_PX)
    return;
  x += (bar - logical.width) / 2;
  y = up ? end - logical.height : end;
  if (y >= strip->y && y + logical.height <= strip->y + strip->height)
    {
      show_text (painter, layout, x, y, color, TRUE);
      return;
    }
  /* Inside the bar, in the background's colour. */
  if (bar_height < logical.height + 2 || logical.width > bar)
    return;
  y = up ? end : end - logical.height;
  cairo_move_to (painter->cr, x, y);
  cairo_set_source_rgb (painter->cr, painter->theme->background.red, painter->theme->background.green,
                        painter->theme->background.blue);
  pango_cairo_show_layout (painter->cr, layout);
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
      set_color (cr, color, 0.9);
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
  set_color (cr, &theme->dim_foreground, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Captions right-aligned in the column left of the strip. */
  captions[0] = _("To academia");
  captions[1] = _("To industry");
  for (guint direction = 0; direction < 2; direction++)
    {
      PangoLayout *layout = set_text (painter, TEXT_CAPTION, captions[direction]);
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
          set_color (cr, direction == 0 ? &theme->to_academia : &theme->to_industry, 1);
          pango_cairo_show_layout (cr, layout);
        }
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
}

/* ---- entry points ---- */

void
tf_chart_draw (cairo_t               *cr,
               TfLayout              *layout,
               const TfChartTheme    *theme,
               TfLayoutPangoMeasurer *fonts)
{
  Painter painter;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (theme != NULL);

  painter_init (&painter, cr, layout, theme, fonts);
  cairo_save (cr);

  if (theme->background.alpha > 0)
    {
      set_color (cr, &theme->background, 1);
      cairo_rectangle (cr, 0, 0, painter.width, painter.height);
      cairo_fill (cr);
    }
  draw_lanes (&painter);
  draw_sublanes (&painter);
  draw_grid (&painter);

  cairo_save (cr);
  clip_to_plot (&painter);
  if (tf_layout_is_aggregated (layout))
    draw_aggregated (&painter);
  else
    draw_paths (&painter);
  cairo_restore (cr);

  draw_labels (&painter);
  draw_strip (&painter);

  cairo_restore (cr);
  painter_clear (&painter);
}

/* ---- the overlay ---- */

static int
path_of_segment (Painter *painter,
                 int      segment)
{
  guint lo = 0;
  guint hi = painter->n_paths;

  if (segment < 0 || (guint) segment >= painter->n_segments)
    return -1;
  /* Paths hold consecutive runs of segments, in order. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (painter->paths[mid].first_segment <= (guint) segment)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? (int) lo - 1 : -1;
}

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
  PangoLayout *layout = label_layout (painter, label, &color, &halo, &y, &scale);
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
  set_color (cr, &painter->theme->grid, 2);
  cairo_stroke (cr);
  show_text (painter, layout, x, y, color, FALSE);
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
    draw_label (painter, label);
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
  clip_to_plot (painter);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* A soft glow for hover, a firm outline for the selection, a casing
   * inside it, then the path. */
  if (selected)
    {
      set_color (cr, &painter->theme->highlight, 0.85);
      stroke_path_outline (painter, &emphasised, 3.5);
    }
  else
    {
      set_color (cr, &painter->theme->highlight, 0.22);
      stroke_path_outline (painter, &emphasised, 7.0);
    }
  if (painter->theme->background.alpha > 0)
    {
      set_color (cr, &painter->theme->background, 1);
      stroke_path_outline (painter, &emphasised, CASING_PX);
    }
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    draw_segment_detailed (painter, &emphasised, i, 0, 1);

  if (segment >= (int) path->first_segment && segment < (int) (path->first_segment + path->n_segments))
    draw_segment_detailed (painter, &emphasised, (guint) segment, 2.0, 1);
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

  set_color (cr, &theme->sector[sublane->sector], selected ? 0.16 : 0.1);
  cairo_rectangle (cr, painter->gutter, sublane->y - 1, right - painter->gutter, sublane->height + 2);
  cairo_fill (cr);

  cairo_save (cr);
  clip_to_plot (painter);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (tf_layout_is_aggregated (painter->layout))
    {
      if (raster_begin (painter, &raster))
        {
          raster_ribbons (painter, &raster, sublane_index, HOVER_MIN_RIBBON_INK_PX, 0.7);
          raster_end (painter, &raster, 1);
        }
      else
        for (guint i = 0; i < painter->n_ribbons; i++)
          if (ribbon_touches (painter, &painter->ribbons[i], sublane_index))
            fill_ribbon (painter, &painter->ribbons[i], 0.7, TRUE);
      cairo_new_path (cr);
      for (guint i = 0; i < painter->n_blocks; i++)
        if (painter->blocks[i].sublane == sublane_index)
          append_block (cr, &painter->blocks[i]);
      set_color (cr, &theme->sector[sublane->sector], 1);
      cairo_fill (cr);
    }
  else
    {
      /* The people there: their segments in this sub-lane and the moves
       * into it, as the chart draws them. */
      if (painter->n_paths > DETAILED_MAX_PATHS && raster_begin (painter, &raster))
        {
          raster_paths (painter, &raster, sublane_index);
          raster_end (painter, &raster, 1);
        }
      else
        for (guint p = 0; p < painter->n_paths; p++)
          {
            const TfLayoutPath *path = &painter->paths[p];

            for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
              if (painter->segments[i].sublane == sublane_index)
                draw_segment_detailed (painter, path, i, 0, 1);
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

  if (!raster_begin_in (painter, &raster, x0 - 2, MIN (y0, y1) - 2, x1 + 2,
                        MAX (y0, y1) + ribbon->width + 2))
    return FALSE;
  width = ribbon->width * raster.scale;
  line = raster.scale;
  raster_point (&raster, &x0, &y0);
  raster_point (&raster, &x1, &y1);
  tf_raster_fill_band (raster.masks[block_sector (painter, ribbon->source)],
                       raster.masks[block_sector (painter, ribbon->target)],
                       x0, y0, x1, y1, width, 0.85);
  raster_end (painter, &raster, 1);

  outline = tf_raster_mask_new (raster.x, raster.y, raster.width, raster.height);
  tf_raster_stroke_curve (outline, NULL, x0, y0, x1, y1, line, 1, NULL);
  tf_raster_stroke_curve (outline, NULL, x0, y0 + width, x1, y1 + width, line, 1, NULL);
  tf_raster_stroke_line (outline, x0, y0, x0, y0 + width, line, 1);
  tf_raster_stroke_line (outline, x1, y1, x1, y1 + width, line, 1);
  raster_composite (painter, &raster, outline, &painter->theme->highlight, 0.7);
  return TRUE;
}

static void
draw_highlighted_ribbon (Painter *painter,
                         int      ribbon_index)
{
  cairo_t *cr = painter->cr;
  const TfLayoutRibbon *ribbon = &painter->ribbons[ribbon_index];

  cairo_save (cr);
  clip_to_plot (painter);
  if (!raster_highlighted_ribbon (painter, ribbon))
    {
      fill_ribbon (painter, ribbon, 0.85, TRUE);
      cairo_new_path (cr);
      append_ribbon (cr, ribbon);
      cairo_set_line_width (cr, 1);
      set_color (cr, &painter->theme->highlight, 0.7);
      cairo_stroke (cr);
    }
  for (guint end = 0; end < 2; end++)
    {
      int block = end == 0 ? ribbon->source : ribbon->target;

      cairo_new_path (cr);
      append_block (cr, &painter->blocks[block]);
      set_color (cr, &painter->theme->sector[block_sector (painter, block)], 1);
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

  painter_init (&painter, cr, layout, theme, fonts);
  aggregated = tf_layout_is_aggregated (layout);

  /* Indices out of range (a stale highlight after a relayout) are ignored. */
  hover_path = highlight->hover_path;
  if (hover_path < 0)
    hover_path = path_of_segment (&painter, highlight->hover_segment);
  selected_path = highlight->selected_path;
  if (selected_path < 0)
    selected_path = path_of_segment (&painter, highlight->selected_segment);
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
                             theme->background.blue, 0.62);
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
        draw_label (&painter, label);
      else
        draw_label_chip (&painter, label);
    }
  cairo_restore (cr);
  painter_clear (&painter);
}
