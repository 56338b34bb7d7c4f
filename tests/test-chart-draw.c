/* test-chart-draw.c: drawing the flow chart: marks where the layout says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-chart-draw"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "tf-careers.h"
#include "tf-chart-draw.h"
#include "tf-chart-layer-strip.h"
#include "tf-chart-raster.h"
#include "tf-dataset.h"
#include "tf-layout-measure.h"
#include "tf-layout-trace.h"
#include "tf-layout.h"
#include "tf-synthetic.h"
#include "tf-test-data.h"

#define WIDTH  1200
#define HEIGHT 700

/* ---- datasets ---- */

/* What the seed articles tell, by hand: a group move, an unnamed
 * destination, a concurrent affiliation, a derived date, a return. */
static TfDataset *
seeds (void)
{
  TfDataset *dataset = tf_dataset_new ();
  TfMove *move;

  tf_test_add_organization (dataset, "o-cmu", "卡内基梅隆大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-stanford", "斯坦福大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-fudan", "复旦大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-tsinghua", "清华大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-damo", "阿里巴巴达摩院", TF_SECTOR_CORPORATE_LAB, NULL);
  tf_test_add_organization (dataset, "o-msra", "微软亚洲研究院", TF_SECTOR_CORPORATE_LAB, NULL);
  tf_test_add_organization (dataset, "o-uber", "Uber", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-google", "Google", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-ant", "蚂蚁集团", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-baidu", "百度", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-jd", "京东", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-sinovation", "創新工場", TF_SECTOR_STARTUP, NULL);

  tf_test_add_person (dataset, "p-li-feifei", "李飞飞");
  tf_test_add_person (dataset, "p-qi-yuan", "漆远");
  tf_test_add_person (dataset, "p-wang", "王某");
  tf_test_add_person (dataset, "p-zhou", "周某");
  tf_test_add_person (dataset, "p-li-derived", "李某");
  tf_test_add_person (dataset, "p-chen", "Chen Wei");
  tf_test_add_person (dataset, "p-kai", "張開");

  move = tf_test_add_move (dataset, "m-li-google", "p-li-feifei", TF_MOVE_JOIN, "2017-01",
                           "o-stanford", 0, "o-google", 0, NULL);
  move->concurrent = TRUE;
  tf_test_add_move (dataset, "m-li-leave-google", "p-li-feifei", TF_MOVE_LEAVE, "2018-09",
                    "o-google", 0, "o-stanford", 0, NULL);
  tf_test_add_move (dataset, "m-qi-ant", "p-qi-yuan", TF_MOVE_TRANSFER, "2017", "o-damo", 0,
                    "o-ant", 0, NULL);
  tf_test_add_move (dataset, "m-qi-fudan", "p-qi-yuan", TF_MOVE_RETURN_ACADEMIA, "2021-11",
                    "o-ant", 0, "o-fudan", 0, NULL);
  move = tf_test_add_move (dataset, "m-uber-cmu", NULL, TF_MOVE_JOIN, "2015", "o-cmu", 0, "o-uber",
                           0, NULL);
  move->group_size = 40;
  move->group_label = g_strdup ("卡内基梅隆大学机器人实验室的 40 名研究人员");
  tf_test_add_move (dataset, "m-wang-startup", "p-wang", TF_MOVE_FOUND, "2020-06",
                    "o-jd", 0, "", TF_SECTOR_STARTUP, "离职创业");
  tf_test_add_move (dataset, "m-zhou-academia", "p-zhou", TF_MOVE_RETURN_ACADEMIA, "2021-03",
                    "o-msra", 0, "", TF_SECTOR_ACADEMIA, "重返学界");
  move = tf_test_add_move (dataset, "m-li-derived", "p-li-derived", TF_MOVE_JOIN, "2017",
                           "o-tsinghua", 0, "o-baidu", 0, NULL);
  move->date.derived = TRUE;
  tf_test_add_move (dataset, "m-chen-1", "p-chen", TF_MOVE_JOIN, "2014-05", "o-tsinghua", 0,
                    "o-google", 0, NULL);
  tf_test_add_move (dataset, "m-chen-2", "p-chen", TF_MOVE_RETURN_ACADEMIA, "2019-07",
                    "o-google", 0, "o-tsinghua", 0, NULL);
  tf_test_add_move (dataset, "m-kai-1", "p-kai", TF_MOVE_JOIN, "2013-03", "o-msra", 0,
                    "o-sinovation", 0, NULL);

  g_assert_true (tf_dataset_check_references (dataset, NULL));
  return dataset;
}

static TfLayout *
seeds_layout (TfLayoutAggregate       aggregate,
              TfLayoutPangoMeasurer  *fonts)
{
  g_autoptr(TfDataset) dataset = seeds ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  TfLayoutOptions options;

  tf_layout_options_init (&options, WIDTH, HEIGHT);
  options.aggregate = aggregate;
  if (fonts != NULL)
    {
      options.measure = tf_layout_pango_measure;
      options.measure_data = fonts;
    }
  return tf_layout_new (careers, &options);
}

static TfLayout *
synthetic_layout (guint             n_people,
                  TfLayoutAggregate aggregate)
{
  TfSyntheticOptions synthetic;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfCareers) careers = NULL;
  TfLayoutOptions options;

  tf_synthetic_options_init (&synthetic, n_people, 3);
  dataset = tf_synthetic_dataset_new (&synthetic);
  careers = tf_careers_new (dataset);
  tf_layout_options_init (&options, WIDTH, HEIGHT);
  options.aggregate = aggregate;
  return tf_layout_new (careers, &options);
}

/* ---- images ---- */

static cairo_surface_t *
render (TfLayout               *layout,
        const TfChartTheme     *theme,
        TfLayoutPangoMeasurer  *fonts,
        const TfChartHighlight *highlight)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  tf_chart_draw (cr, layout, theme, fonts);
  if (highlight != NULL)
    tf_chart_draw_overlay (cr, layout, theme, fonts, highlight);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The pixel at (x, y), not premultiplied. */
static TfColor
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int column = (int) floor (x);
  int row = (int) floor (y);
  guint32 argb;
  TfColor color = { 0 };

  g_assert_cmpint (column, >=, 0);
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (column, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (row, <, cairo_image_surface_get_height (surface));
  argb = *(const guint32 *) (gconstpointer) (data + row * stride + column * 4);
  color.alpha = (argb >> 24) / 255.0;
  if (color.alpha > 0)
    {
      color.red = ((argb >> 16) & 0xff) / 255.0 / color.alpha;
      color.green = ((argb >> 8) & 0xff) / 255.0 / color.alpha;
      color.blue = (argb & 0xff) / 255.0 / color.alpha;
    }
  return color;
}

static double
color_distance (const TfColor *a,
                const TfColor *b)
{
  return MAX (fabs (a->red - b->red), MAX (fabs (a->green - b->green), fabs (a->blue - b->blue)));
}

static TfColor
over (const TfColor *top,
      const TfColor *bottom)
{
  TfColor color;
  double a = top->alpha;

  color.red = top->red * a + bottom->red * (1 - a);
  color.green = top->green * a + bottom->green * (1 - a);
  color.blue = top->blue * a + bottom->blue * (1 - a);
  color.alpha = a + bottom->alpha * (1 - a);
  return color;
}

#define assert_color_near(a, b, tolerance)                                              \
  G_STMT_START {                                                                        \
    TfColor _a = (a), _b = (b);                                                         \
    if (color_distance (&_a, &_b) > (tolerance))                                        \
      g_error ("%s:%d: colour (%.3f %.3f %.3f) is not (%.3f %.3f %.3f)", __FILE__,    \
               __LINE__, _a.red, _a.green, _a.blue, _b.red, _b.green, _b.blue);         \
  } G_STMT_END

/* Whether (x, y) is within margin of any segment's box but skip's, or of a
 * visible label, block or ribbon. */
static gboolean
near_anything (TfLayout *layout,
               double    x,
               double    y,
               double    margin,
               int       skip)
{
  guint n_paths, n_labels, n_blocks, n_ribbons;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
  const TfLayoutRibbon *ribbons = tf_layout_get_ribbons (layout, &n_ribbons);

  for (guint p = 0; p < n_paths; p++)
    for (guint i = paths[p].first_segment; i < paths[p].first_segment + paths[p].n_segments; i++)
      {
        const TfLayoutSegment *s = &segments[i];
        double reach = paths[p].width / 2 + margin;

        if ((int) i != skip
            && x >= MIN (s->x0, s->x1) - reach && x <= MAX (s->x0, s->x1) + reach
            && y >= MIN (s->y0, s->y1) - reach && y <= MAX (s->y0, s->y1) + reach)
          return TRUE;
      }
  for (guint i = 0; i < n_labels; i++)
    if (labels[i].visible && x >= labels[i].x - margin
        && x <= labels[i].x + labels[i].width + margin && y >= labels[i].y - margin
        && y <= labels[i].y + labels[i].height + margin)
      return TRUE;
  for (guint i = 0; i < n_blocks; i++)
    if (x >= blocks[i].x - margin && x <= blocks[i].x + blocks[i].width + margin
        && y >= blocks[i].y - margin && y <= blocks[i].y + blocks[i].height + margin)
      return TRUE;
  for (guint i = 0; i < n_ribbons; i++)
    if (x >= ribbons[i].x0 - margin && x <= ribbons[i].x1 + margin
        && y >= MIN (ribbons[i].y0, ribbons[i].y1) - margin
        && y <= MAX (ribbons[i].y0, ribbons[i].y1) + ribbons[i].width + margin)
      return TRUE;
  return FALSE;
}

static const TfLayoutPath *
path_of_segment (TfLayout *layout,
                 guint     segment)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);

  for (guint p = 0; p < n_paths; p++)
    if (segment >= paths[p].first_segment && segment < paths[p].first_segment + paths[p].n_segments)
      return &paths[p];
  g_assert_not_reached ();
}

/* The colour of the lane under (x, y) over the background. */
static TfColor
lane_color (TfLayout           *layout,
            const TfChartTheme *theme,
            double              y)
{
  guint n_lanes;
  const TfLayoutLane *lanes = tf_layout_get_lanes (layout, &n_lanes);

  for (guint l = 0; l < n_lanes; l++)
    if (y >= lanes[l].y && y < lanes[l].y + lanes[l].height)
      return over (&theme->lane[lanes[l].sector], &theme->background);
  return theme->background;
}

/* ---- the theme ---- */

static double
linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const TfColor *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green)
         + 0.0722 * linear (color->blue);
}

/* WCAG 2 contrast ratio. */
static double
contrast (const TfColor *a,
          const TfColor *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* CIELAB of a colour as someone with a colour vision deficiency sees it
 * (Machado, Oliveira and Fernandes 2009, severity 1). */
static void
simulated_lab (const TfColor *color,
               guint          deficiency,
               double         lab[3])
{
  static const double matrices[4][3][3] = {
    { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
    { { 0.152286, 1.052583, -0.204868 },
      { 0.114503, 0.786281, 0.099216 },
      { -0.003882, -0.048116, 1.051998 } },
    { { 0.367322, 0.860646, -0.227968 },
      { 0.280085, 0.672501, 0.047413 },
      { -0.011820, 0.042940, 0.968881 } },
    { { 1.255528, -0.076749, -0.178779 },
      { -0.078411, 0.930809, 0.147602 },
      { 0.004733, 0.691367, 0.303900 } },
  };
  double in[3] = { linear (color->red), linear (color->green), linear (color->blue) };
  double rgb[3];
  double xyz[3];
  double f[3];

  for (guint i = 0; i < 3; i++)
    rgb[i] = CLAMP (matrices[deficiency][i][0] * in[0] + matrices[deficiency][i][1] * in[1]
                    + matrices[deficiency][i][2] * in[2], 0, 1);
  xyz[0] = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
  xyz[1] = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  xyz[2] = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
  for (guint i = 0; i < 3; i++)
    f[i] = xyz[i] > 0.008856 ? cbrt (xyz[i]) : 7.787 * xyz[i] + 16.0 / 116;
  lab[0] = 116 * f[1] - 16;
  lab[1] = 500 * (f[0] - f[1]);
  lab[2] = 200 * (f[1] - f[2]);
}

static void
test_theme (void)
{
  for (guint dark = 0; dark < 2; dark++)
    {
      TfChartTheme theme;

      tf_chart_theme_init (&theme, dark);
      g_assert_cmpint (theme.dark, ==, dark);
      g_assert_cmpfloat (theme.background.alpha, ==, 1);
      g_assert_cmpfloat (contrast (&theme.foreground, &theme.background), >=, 7);
      g_assert_cmpfloat (contrast (&theme.dim_foreground, &theme.background), >=, 4.5);
      g_assert_cmpfloat (contrast (&theme.to_academia, &theme.background), >=, 3);
      g_assert_cmpfloat (contrast (&theme.to_industry, &theme.background), >=, 3);
      g_assert_cmpfloat (color_distance (&theme.to_academia, &theme.to_industry), >, 0.2);
      for (guint s = 0; s < TF_N_SECTORS; s++)
        {
          /* Strokes stand out from the background and from their own lane. */
          TfColor lane = over (&theme.lane[s], &theme.background);

          g_assert_cmpfloat (contrast (&theme.sector[s], &theme.background), >=, 3);
          g_assert_cmpfloat (contrast (&theme.sector[s], &lane), >=, 3);
          g_assert_cmpfloat (theme.lane[s].alpha, <, 0.15);
        }

      /* Every pair of sectors apart for normal, protan, deutan and tritan
       * vision: a CIELAB distance of 10 is plainly visible. */
      for (guint deficiency = 0; deficiency < 4; deficiency++)
        for (guint a = 0; a < TF_N_SECTORS; a++)
          for (guint b = a + 1; b < TF_N_SECTORS; b++)
            {
              double la[3], lb[3];

              simulated_lab (&theme.sector[a], deficiency, la);
              simulated_lab (&theme.sector[b], deficiency, lb);
              if (sqrt ((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1])
                        + (la[2] - lb[2]) * (la[2] - lb[2])) < 10)
                g_error ("Sectors %u and %u look alike (theme %u, deficiency %u)", a, b, dark,
                         deficiency);
            }
    }
}

static void
test_theme_dark_differs (void)
{
  TfChartTheme light;
  TfChartTheme dark;

  tf_chart_theme_init (&light, FALSE);
  tf_chart_theme_init (&dark, TRUE);
  g_assert_cmpfloat (luminance (&light.background), >, 0.8);
  g_assert_cmpfloat (luminance (&dark.background), <, 0.05);
  g_assert_cmpfloat (luminance (&light.foreground), <, 0.05);
  g_assert_cmpfloat (luminance (&dark.foreground), >, 0.8);
  for (guint s = 0; s < TF_N_SECTORS; s++)
    g_assert_cmpfloat (luminance (&dark.sector[s]), >, luminance (&light.sector[s]));
}

/* ---- marks where the layout says ---- */

/* Middles of straight segments with nothing else near them, where the
 * stroke covers a whole row of pixels: there the pixel is the sector's
 * colour (fades and dashes of uncertain dates are at the ends). Returns
 * how many were checked. */
static guint
check_straight_middles (TfLayout           *layout,
                        const TfChartTheme *theme,
                        cairo_surface_t    *surface,
                        double              min_width,
                        double              tolerance)
{
  guint n_segments;
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, NULL);
  guint checked = 0;

  for (guint i = 0; i < n_segments; i++)
    {
      const TfLayoutSegment *s = &segments[i];
      const TfLayoutPath *path = path_of_segment (layout, i);
      double x = floor ((s->x0 + s->x1) / 2) + 0.5;
      double y = s->y0;

      if (s->kind != TF_LAYOUT_SEGMENT_STRAIGHT || s->strand != 0
          || path->width < min_width || s->x1 - s->x0 < 20
          || y - path->width / 2 > floor (y) || y + path->width / 2 < floor (y) + 1
          || near_anything (layout, x, y, 4, (int) i))
        continue;
      y = floor (y) + 0.5;
      assert_color_near (pixel (surface, x, y), theme->sector[sublanes[s->sublane].sector],
                         tolerance);
      checked++;
    }
  return checked;
}

/* A visible name's box, or its leader's rows, within 3 px of (x, y). */
static gboolean
near_right_name (TfLayout *layout,
                 double    x,
                 double    y)
{
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);

  for (guint i = 0; i < n_labels; i++)
    {
      const TfLayoutLabel *label = &labels[i];
      double top = label->leader ? MIN (label->y, label->anchor_y) : label->y;
      double bottom = label->leader ? MAX (label->y + label->height, label->anchor_y)
                                    : label->y + label->height;
      double left = label->leader ? MIN (label->x, label->anchor_x) : label->x;

      if (label->visible && label->kind == TF_LAYOUT_LABEL_PERSON
          && x >= left - 3 && x <= label->x + label->width + 3
          && y >= top - 3 && y <= bottom + 3)
        return TRUE;
    }
  return FALSE;
}

static void
test_marks_seeds (void)
{
  g_autoptr(TfLayout) layout = seeds_layout (TF_LAYOUT_AGGREGATE_NEVER, NULL);
  TfChartTheme theme;
  cairo_surface_t *surface;
  double plot_x, plot_y, plot_width, plot_height;
  guint n_lanes;
  const TfLayoutLane *lanes = tf_layout_get_lanes (layout, &n_lanes);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, NULL);
  guint checked;
  guint total = 0;
  guint matching = 0;

  tf_chart_theme_init (&theme, FALSE);
  surface = render (layout, &theme, NULL, NULL);
  tf_layout_get_plot (layout, &plot_x, &plot_y, &plot_width, &plot_height);

  checked = check_straight_middles (layout, &theme, surface, 2, 0.03);
  g_assert_cmpuint (checked, >=, 3);

  /* Right of the plot there is only background, but for the names of
   * paths that leave it there and their leaders. */
  for (double y = plot_y; y < plot_y + plot_height; y += 7)
    if (!near_right_name (layout, plot_x + plot_width + 8, y))
      assert_color_near (pixel (surface, plot_x + plot_width + 8, y), theme.background,
                         1.0 / 255);

  /* A sub-lane far from any mark is its lane's tint over the background
   * (but where a grid line crosses it). */
  for (guint l = 0; l < n_lanes; l++)
    for (guint k = 0; k < lanes[l].n_sublanes; k++)
      for (double x = plot_x + 5.5; x < plot_x + plot_width - 5; x += 13)
        {
          const TfLayoutSublane *sublane = &sublanes[lanes[l].first_sublane + k];
          double y = floor (sublane->y + sublane->height / 2) + 0.5;
          TfColor color = pixel (surface, x, y);
          TfColor expected = lane_color (layout, &theme, y);

          if (near_anything (layout, x, y, 3, -1))
            continue;
          total++;
          matching += color_distance (&color, &expected) <= 0.03;
        }
  g_assert_cmpuint (total, >=, 10);
  g_assert_cmpuint (matching, >=, total * 3 / 4);
  checked = matching;
  g_assert_cmpuint (checked, >=, 10);
  cairo_surface_destroy (surface);
}

/* Dark pixels of the text colours, not of any sector: a rendered label. */
static guint
count_text_pixels (cairo_surface_t    *surface,
                   const TfChartTheme *theme,
                   double              x,
                   double              y,
                   double              width,
                   double              height)
{
  guint count = 0;

  for (double py = floor (y) + 0.5; py < y + height; py++)
    for (double px = floor (x) + 0.5; px < x + width; px++)
      {
        TfColor color;

        if (px < 0 || py < 0 || px >= WIDTH || py >= HEIGHT)
          continue;
        color = pixel (surface, px, py);
        if (color_distance (&color, &theme->foreground) < 0.12
            || color_distance (&color, &theme->dim_foreground) < 0.08)
          count++;
      }
  return count;
}

static void
test_labels (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(TfLayoutPangoMeasurer) fonts = tf_layout_pango_measurer_new (context);
  g_autoptr(TfLayout) layout = seeds_layout (TF_LAYOUT_AGGREGATE_NEVER, fonts);
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  guint n_kinds[3] = { 0 };
  double plot_x, plot_y, plot_width, plot_height;
  TfChartTheme theme;
  cairo_surface_t *surface;

  tf_chart_theme_init (&theme, FALSE);
  surface = render (layout, &theme, fonts, NULL);
  tf_layout_get_plot (layout, &plot_x, &plot_y, &plot_width, &plot_height);

  for (guint i = 0; i < n_labels; i++)
    {
      if (!labels[i].visible)
        continue;
      n_kinds[labels[i].kind]++;
      if (count_text_pixels (surface, &theme, labels[i].x, labels[i].y, labels[i].width,
                             labels[i].height)
          < 3)
        g_error ("Label %u (%s) has no text at %.1f,%.1f", i, labels[i].text, labels[i].x,
                 labels[i].y);
    }
  g_assert_cmpuint (n_kinds[TF_LAYOUT_LABEL_ORGANIZATION], >=, 3);
  g_assert_cmpuint (n_kinds[TF_LAYOUT_LABEL_PERSON], >=, 3);
  g_assert_cmpuint (n_kinds[TF_LAYOUT_LABEL_YEAR], >=, 3);

  /* In the label column, text stays inside organization labels' boxes:
   * bold labels fit the boxes they were measured for. */
  for (double y = plot_y + 0.5; y < plot_y + plot_height; y++)
    for (double x = 30.5; x < plot_x - 1; x++)
      {
        gboolean inside = FALSE;

        if (count_text_pixels (surface, &theme, x - 0.5, y - 0.5, 1, 1) == 0)
          continue;
        for (guint i = 0; i < n_labels && !inside; i++)
          inside = labels[i].visible && labels[i].kind == TF_LAYOUT_LABEL_ORGANIZATION
                   && x >= labels[i].x - 1 && x <= labels[i].x + labels[i].width + 1
                   && y >= labels[i].y - 1 && y <= labels[i].y + labels[i].height + 1;
        if (!inside)
          g_error ("Text outside any label at %.1f,%.1f", x, y);
      }

  /* Where there is no label there is no text. */
  g_assert_cmpuint (
      count_text_pixels (surface, &theme, plot_x + plot_width + 2, plot_y, 10, plot_height), ==, 0);

  cairo_surface_destroy (surface);
  g_object_unref (context);
}

static void
test_transparent_and_dark (void)
{
  g_autoptr(TfLayout) layout = seeds_layout (TF_LAYOUT_AGGREGATE_NEVER, NULL);
  TfChartTheme light;
  TfChartTheme dark;
  TfChartTheme transparent;
  cairo_surface_t *light_surface;
  cairo_surface_t *dark_surface;
  cairo_surface_t *transparent_surface;
  double plot_x, plot_y, plot_width, plot_height;

  tf_chart_theme_init (&light, FALSE);
  tf_chart_theme_init (&dark, TRUE);
  transparent = light;
  transparent.background.alpha = 0;
  light_surface = render (layout, &light, NULL, NULL);
  dark_surface = render (layout, &dark, NULL, NULL);
  transparent_surface = render (layout, &transparent, NULL, NULL);
  tf_layout_get_plot (layout, &plot_x, &plot_y, &plot_width, &plot_height);

  for (double y = 0.5; y < HEIGHT; y += 11)
    {
      TfColor pixel_light = pixel (light_surface, WIDTH - 3, y);
      TfColor pixel_dark = pixel (dark_surface, WIDTH - 3, y);
      TfColor pixel_transparent = pixel (transparent_surface, WIDTH - 3, y);

      assert_color_near (pixel_light, light.background, 1.0 / 255);
      assert_color_near (pixel_dark, dark.background, 1.0 / 255);
      g_assert_cmpfloat (pixel_transparent.alpha, ==, 0);
    }
  /* Marks are drawn on the transparent background too, and in the dark
   * theme's colours on the dark one. */
  g_assert_cmpuint (check_straight_middles (layout, &transparent, transparent_surface, 2, 0.03), >=,
                    3);
  g_assert_cmpuint (check_straight_middles (layout, &dark, dark_surface, 2, 0.03), >=, 3);

  cairo_surface_destroy (light_surface);
  cairo_surface_destroy (dark_surface);
  cairo_surface_destroy (transparent_surface);
}

/* ---- the overlay ---- */

/* Outside the region, the overlay only dims: each pixel is the background
 * over the base at the overlay's alpha. Returns how many pixels changed
 * otherwise inside it. */
static guint
check_overlay (cairo_surface_t    *base,
               cairo_surface_t    *overlaid,
               const TfChartTheme *theme,
               gboolean            dimmed,
               double              x0,
               double              y0,
               double              x1,
               double              y1)
{
  guint changed_inside = 0;
  TfColor dim = theme->background;

  dim.alpha = 0.62;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        TfColor before = pixel (base, x, y);
        TfColor after = pixel (overlaid, x, y);
        TfColor expected = dimmed ? over (&dim, &before) : before;
        gboolean inside = x >= x0 && x <= x1 && y >= y0 && y <= y1;

        if (inside)
          changed_inside += color_distance (&after, &expected) > 2.0 / 255;
        else if (color_distance (&after, &expected) > 2.0 / 255)
          g_error ("Pixel %d,%d changed outside %.0f,%.0f-%.0f,%.0f", x, y, x0, y0, x1, y1);
      }
  return changed_inside;
}

static void
path_box (TfLayout *layout,
          int       path_index,
          double    margin,
          double   *x0,
          double   *y0,
          double   *x1,
          double   *y1)
{
  const TfLayoutPath *path = &tf_layout_get_paths (layout, NULL)[path_index];
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);

  *x0 = *y0 = G_MAXDOUBLE;
  *x1 = *y1 = -G_MAXDOUBLE;
  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    {
      *x0 = MIN (*x0, MIN (segments[i].x0, segments[i].x1));
      *x1 = MAX (*x1, MAX (segments[i].x0, segments[i].x1));
      *y0 = MIN (*y0, MIN (segments[i].y0, segments[i].y1));
      *y1 = MAX (*y1, MAX (segments[i].y0, segments[i].y1));
    }
  *x0 -= path->width / 2 + margin;
  *y0 -= path->width / 2 + margin;
  *x1 += path->width / 2 + margin;
  *y1 += path->width / 2 + margin;
  /* Its names, wherever they are shown (a person may be named more than
   * once: where the path starts, ends and moves). */
  for (guint i = 0; i < n_labels; i++)
    if (labels[i].visible && labels[i].kind == TF_LAYOUT_LABEL_PERSON
        && labels[i].owner == path_index)
      {
        *x0 = MIN (*x0, MIN (labels[i].x, labels[i].anchor_x) - margin);
        *x1 = MAX (*x1, labels[i].x + labels[i].width + margin);
        *y0 = MIN (*y0, MIN (labels[i].y, labels[i].anchor_y) - margin);
        *y1 = MAX (*y1, MAX (labels[i].y + labels[i].height, labels[i].anchor_y) + margin);
      }
  /* Its label, shown on a chip when hidden, is next to its start. */
  if (path->label >= 0)
    {
      const TfLayoutLabel *label = &labels[path->label];
      double width = MAX (label->width, 200);

      *x0 = MIN (*x0, MIN (label->x, label->anchor_x - width) - margin);
      *x1 = MAX (*x1, MAX (label->x + width, label->anchor_x + width) + margin);
      *y0 = MIN (*y0, MIN (label->y, label->anchor_y - 20) - margin);
      *y1 = MAX (*y1, MAX (label->y + label->height, label->anchor_y + 20) + margin);
    }
}

static void
test_overlay (void)
{
  g_autoptr(TfLayout) layout = seeds_layout (TF_LAYOUT_AGGREGATE_NEVER, NULL);
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, NULL);
  TfChartTheme theme;
  TfChartHighlight highlight;
  cairo_surface_t *base;
  cairo_surface_t *overlaid;
  double x0, y0, x1, y1;
  int chosen = -1;

  tf_chart_theme_init (&theme, FALSE);
  base = render (layout, &theme, NULL, NULL);

  /* Nothing highlighted: nothing changes. */
  tf_chart_highlight_init (&highlight);
  overlaid = render (layout, &theme, NULL, &highlight);
  g_assert_cmpuint (check_overlay (base, overlaid, &theme, FALSE, 0, 0, -1, -1), ==, 0);
  cairo_surface_destroy (overlaid);

  /* A person selected: everything else dimmed, the path at full colour. */
  for (guint p = 0; p < n_paths && chosen < 0; p++)
    if (paths[p].weight == 1 && paths[p].n_segments >= 3)
      chosen = (int) p;
  g_assert_cmpint (chosen, >=, 0);
  highlight.selected_path = chosen;
  overlaid = render (layout, &theme, NULL, &highlight);
  path_box (layout, chosen, 8, &x0, &y0, &x1, &y1);
  g_assert_cmpuint (check_overlay (base, overlaid, &theme, TRUE, x0, y0, x1, y1), >, 50);
  for (guint i = paths[chosen].first_segment;
       i < paths[chosen].first_segment + paths[chosen].n_segments; i++)
    if (segments[i].kind == TF_LAYOUT_SEGMENT_STRAIGHT && segments[i].flags == 0
        && segments[i].x1 - segments[i].x0 > 8)
      assert_color_near (pixel (overlaid, floor ((segments[i].x0 + segments[i].x1) / 2) + 0.5,
                                floor (segments[i].y0) + 0.5),
                         theme.sector[sublanes[segments[i].sublane].sector], 0.03);
  cairo_surface_destroy (overlaid);

  /* A hovered move: the same path, found from its segment. */
  tf_chart_highlight_init (&highlight);
  for (guint i = paths[chosen].first_segment;
       i < paths[chosen].first_segment + paths[chosen].n_segments; i++)
    if (segments[i].kind == TF_LAYOUT_SEGMENT_CURVE)
      highlight.hover_segment = (int) i;
  g_assert_cmpint (highlight.hover_segment, >=, 0);
  overlaid = render (layout, &theme, NULL, &highlight);
  g_assert_cmpuint (check_overlay (base, overlaid, &theme, TRUE, x0, y0, x1, y1), >, 50);
  cairo_surface_destroy (overlaid);

  /* Stale indices are ignored. */
  tf_chart_highlight_init (&highlight);
  highlight.hover_path = (int) n_paths + 5;
  highlight.hover_ribbon = 3;
  highlight.hover_label = 100000;
  overlaid = render (layout, &theme, NULL, &highlight);
  g_assert_cmpuint (check_overlay (base, overlaid, &theme, FALSE, 0, 0, -1, -1), ==, 0);
  cairo_surface_destroy (overlaid);

  cairo_surface_destroy (base);
}

static void
test_overlay_hidden_label (void)
{
  g_autoptr(TfLayout) layout = synthetic_layout (200, TF_LAYOUT_AGGREGATE_NEVER);
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  TfChartTheme theme;
  TfChartHighlight highlight;
  cairo_surface_t *base;
  cairo_surface_t *overlaid;
  int hidden = -1;

  for (guint i = 0; i < n_labels && hidden < 0; i++)
    if (!labels[i].visible && labels[i].kind == TF_LAYOUT_LABEL_PERSON)
      hidden = (int) i;
  g_assert_cmpint (hidden, >=, 0);

  tf_chart_theme_init (&theme, TRUE);
  base = render (layout, &theme, NULL, NULL);
  tf_chart_highlight_init (&highlight);
  highlight.hover_label = hidden;
  overlaid = render (layout, &theme, NULL, &highlight);
  /* Shown next to what it names, nothing dimmed. */
  g_assert_cmpuint (check_overlay (base, overlaid, &theme, FALSE, labels[hidden].anchor_x - 250,
                                   labels[hidden].anchor_y - 20, labels[hidden].anchor_x + 250,
                                   labels[hidden].anchor_y + 20),
                    >, 20);
  cairo_surface_destroy (overlaid);
  cairo_surface_destroy (base);
}

static void
test_overlay_aggregated (void)
{
  g_autoptr(TfLayout) layout = synthetic_layout (1000, TF_LAYOUT_AGGREGATE_AUTO);
  guint n_ribbons, n_blocks, n_sublanes;
  const TfLayoutRibbon *ribbons = tf_layout_get_ribbons (layout, &n_ribbons);
  const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
  TfChartTheme theme;
  TfChartHighlight highlight;
  cairo_surface_t *base;
  cairo_surface_t *overlaid;
  const TfLayoutRibbon *ribbon = NULL;
  int index = -1;
  double x0, y0, x1, y1;

  g_assert_true (tf_layout_is_aggregated (layout));
  tf_layout_get_sublanes (layout, &n_sublanes);
  for (guint i = 0; i < n_ribbons; i++)
    if (ribbon == NULL || ribbons[i].width > ribbon->width)
      {
        ribbon = &ribbons[i];
        index = (int) i;
      }
  g_assert_nonnull (ribbon);

  tf_chart_theme_init (&theme, FALSE);
  base = render (layout, &theme, NULL, NULL);
  tf_chart_highlight_init (&highlight);
  highlight.hover_ribbon = index;
  overlaid = render (layout, &theme, NULL, &highlight);
  x0 = MIN (ribbon->x0, blocks[ribbon->source].x) - 2;
  x1 = MAX (ribbon->x1, blocks[ribbon->target].x + blocks[ribbon->target].width) + 2;
  y0 = MIN (MIN (ribbon->y0, ribbon->y1), MIN (blocks[ribbon->source].y, blocks[ribbon->target].y))
       - 2;
  y1 = MAX (MAX (ribbon->y0, ribbon->y1) + ribbon->width,
            MAX (blocks[ribbon->source].y + blocks[ribbon->source].height,
                 blocks[ribbon->target].y + blocks[ribbon->target].height)) + 2;
  g_assert_cmpuint (check_overlay (base, overlaid, &theme, TRUE, x0, y0, x1, y1), >, 20);
  cairo_surface_destroy (overlaid);
  cairo_surface_destroy (base);
  g_assert_cmpuint (n_sublanes, >, 0);
}

/* A person selected in an aggregated chart, which has no paths, is
 * traced over the ribbons: along the middle of the rows they were in, in
 * the highlight colour, the rest dimmed. */
static void
test_overlay_aggregated_person (void)
{
  TfSyntheticOptions synthetic;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfLayoutTrace) trace = NULL;
  const TfLayoutSublane *sublanes;
  const TfLayoutSegment *segments;
  const TfLayoutSegment *longest = NULL;
  TfLayoutOptions options;
  TfChartTheme theme;
  TfChartHighlight highlight;
  cairo_surface_t *base;
  cairo_surface_t *overlaid;
  guint n_sublanes, n_segments, n_people;
  int person = -1;
  double y;

  tf_synthetic_options_init (&synthetic, 1000, 3);
  dataset = tf_synthetic_dataset_new (&synthetic);
  careers = tf_careers_new (dataset);
  tf_layout_options_init (&options, WIDTH, HEIGHT);
  options.aggregate = TF_LAYOUT_AGGREGATE_ALWAYS;
  layout = tf_layout_new (careers, &options);
  g_assert_true (tf_layout_is_aggregated (layout));
  sublanes = tf_layout_get_sublanes (layout, &n_sublanes);

  /* Someone who moved, in view. */
  n_people = tf_dataset_get_people (dataset)->len;
  for (guint p = 0; p < n_people && trace == NULL; p++)
    {
      g_autoptr(GPtrArray) moves = tf_dataset_dup_moves_of_person (
          dataset, ((TfPerson *) g_ptr_array_index (tf_dataset_get_people (dataset), p))->id);

      if (moves->len < 2)
        continue;
      trace = tf_layout_trace_new (layout, (int) p);
      person = (int) p;
    }
  g_assert_nonnull (trace);
  g_assert_cmpstr (
      tf_layout_trace_get_name (trace), ==,
      ((TfPerson *) g_ptr_array_index (tf_dataset_get_people (dataset), person))->name);
  /* Nobody without a path: a group, a person out of range. */
  g_assert_null (tf_layout_trace_new (layout, -1));
  g_assert_null (tf_layout_trace_new (layout, (int) n_people + 5));

  segments = tf_layout_trace_get_segments (trace, &n_segments);
  g_assert_cmpuint (n_segments, >=, 2);
  for (guint i = 0; i < n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[i];
      const TfLayoutSublane *row;

      g_assert_cmpint (segment->sublane, >=, 0);
      g_assert_cmpint (segment->sublane, <, (int) n_sublanes);
      g_assert_cmpfloat (segment->x0, <, segment->x1);
      row = &sublanes[segment->sublane];
      /* A straight stretch runs along the middle of its row; a curve
       * ends there. */
      g_assert_cmpfloat_with_epsilon (segment->y1, row->y + row->height / 2, 0.01);
      if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT
          && (longest == NULL || segment->x1 - segment->x0 > longest->x1 - longest->x0))
        longest = segment;
    }
  g_assert_nonnull (longest);

  tf_chart_theme_init (&theme, FALSE);
  base = render (layout, &theme, NULL, NULL);
  tf_chart_highlight_init (&highlight);
  highlight.selected_person = person;
  overlaid = render (layout, &theme, NULL, &highlight);
  y = longest->y0;
  {
    TfColor drawn = pixel (overlaid, (longest->x0 + longest->x1) / 2, y);
    TfColor under = pixel (base, (longest->x0 + longest->x1) / 2, y);

    g_test_message ("trace of %s: %u segments; at its longest stretch %.2f %.2f %.2f",
                    tf_layout_trace_get_name (trace), n_segments, drawn.red, drawn.green,
                    drawn.blue);
    g_assert_cmpfloat (color_distance (&drawn, &theme.highlight), <, 0.08);
    g_assert_cmpfloat (color_distance (&under, &theme.highlight), >, 0.08);
  }
  cairo_surface_destroy (overlaid);
  cairo_surface_destroy (base);
}

/* ---- many paths: raster drawing ---- */

static void
test_synthetic (void)
{
  for (guint aggregated = 0; aggregated < 2; aggregated++)
    {
      g_autoptr(TfLayout) layout = synthetic_layout (1000, aggregated ? TF_LAYOUT_AGGREGATE_ALWAYS
                                                                       : TF_LAYOUT_AGGREGATE_NEVER);
      guint n_blocks;
      const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
      const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, NULL);
      TfChartTheme theme;
      cairo_surface_t *surface;
      double plot_x, plot_y, plot_width, plot_height;
      guint checked = 0;
      guint inked = 0;

      tf_chart_theme_init (&theme, FALSE);
      surface = render (layout, &theme, NULL, NULL);
      tf_layout_get_plot (layout, &plot_x, &plot_y, &plot_width, &plot_height);

      /* Blocks are opaque in their sector's colour (counts are in their
       * middle, so look near the top). */
      for (guint i = 0; i < n_blocks; i++)
        if (blocks[i].width >= 4 && blocks[i].height >= 8)
          {
            assert_color_near (pixel (surface, blocks[i].x + blocks[i].width / 2, blocks[i].y + 3),
                               theme.sector[sublanes[blocks[i].sublane].sector], 0.02);
            checked++;
          }
      g_assert_cmpuint (checked, >=, aggregated ? 20 : 0);

      /* The plot is inked, and only the plot. */
      for (double y = plot_y + 2.5; y < plot_y + plot_height - 2; y += 5)
        for (double x = plot_x + 2.5; x < plot_x + plot_width - 2; x += 5)
          {
            TfColor color = pixel (surface, x, y);
            TfColor lane = lane_color (layout, &theme, y);

            inked += color_distance (&color, &lane) > 0.05;
          }
      g_assert_cmpuint (inked, >, (guint) (plot_width * plot_height / 25 * 0.3));
      for (double y = 0.5; y < HEIGHT; y += 3)
        assert_color_near (pixel (surface, WIDTH - 3, y), theme.background, 1.0 / 255);
      cairo_surface_destroy (surface);
    }
}

/* Scaled drawing (HiDPI, export at 2x) puts marks where the layout says
 * in scaled pixels. */
static void
test_scaled (void)
{
  g_autoptr(TfLayout) layout = synthetic_layout (1000, TF_LAYOUT_AGGREGATE_ALWAYS);
  guint n_blocks;
  const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, NULL);
  cairo_surface_t *surface
      = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * WIDTH, 2 * HEIGHT);
  cairo_t *cr = cairo_create (surface);
  TfChartTheme theme;
  guint checked = 0;

  tf_chart_theme_init (&theme, TRUE);
  cairo_scale (cr, 2, 2);
  tf_chart_draw (cr, layout, &theme, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (guint i = 0; i < n_blocks; i++)
    if (blocks[i].width >= 4 && blocks[i].height >= 8)
      {
        assert_color_near (
            pixel (surface, 2 * (blocks[i].x + blocks[i].width / 2), 2 * (blocks[i].y + 2.5)),
            theme.sector[sublanes[blocks[i].sublane].sector], 0.02);
        checked++;
      }
  g_assert_cmpuint (checked, >=, 20);
  cairo_surface_destroy (surface);
}

/* How far the plot's pixels are from their lanes' colour, summed: the ink
 * of the paths or ribbons, in pixels. */
static double
plot_ink (cairo_surface_t    *surface,
          TfLayout           *layout,
          const TfChartTheme *theme,
          double              scale)
{
  double plot_x, plot_y, plot_width, plot_height;
  double ink = 0;

  tf_layout_get_plot (layout, &plot_x, &plot_y, &plot_width, &plot_height);
  for (double y = plot_y + 2; y < plot_y + plot_height - 2; y += 1 / scale)
    {
      TfColor lane = lane_color (layout, theme, y);

      for (double x = plot_x + 2; x < plot_x + plot_width - 2; x += 1 / scale)
        {
          TfColor color = pixel (surface, x * scale, y * scale);

          ink += fabs (color.red - lane.red) + fabs (color.green - lane.green)
                 + fabs (color.blue - lane.blue);
        }
    }
  return ink;
}

/* Paths drawn at twice the scale, by the device scale (a HiDPI screen) or
 * by the matrix (export at 2x), cover four times the pixels. */
static void
test_scaled_ink (void)
{
  g_autoptr(TfLayout) layout = synthetic_layout (1000, TF_LAYOUT_AGGREGATE_NEVER);
  TfChartTheme theme;
  double ink[3];

  tf_chart_theme_init (&theme, FALSE);
  for (guint k = 0; k < 3; k++)
    {
      double scale = k == 0 ? 1 : 2;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, scale * WIDTH,
                                                             scale * HEIGHT);
      cairo_t *cr;

      if (k == 1)
        cairo_surface_set_device_scale (surface, 2, 2);
      cr = cairo_create (surface);
      if (k == 2)
        cairo_scale (cr, 2, 2);
      tf_chart_draw (cr, layout, &theme, NULL);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      cairo_surface_set_device_scale (surface, 1, 1);
      ink[k] = plot_ink (surface, layout, &theme, scale);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpfloat (ink[0], >, 1000);
  for (guint k = 1; k < 3; k++)
    {
      g_assert_cmpfloat (ink[k] / ink[0], >, 3.4);
      g_assert_cmpfloat (ink[k] / ink[0], <, 4.6);
    }
}

/* ---- the rasterizer ---- */

static double
mask_ink (TfRasterMask *mask)
{
  cairo_rectangle_int_t rect;
  cairo_surface_t *surface = tf_raster_mask_get_surface (mask, &rect);
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  double ink = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      ink += data[y * stride + x] / 255.0;
  return ink;
}

static int
mask_pixel (TfRasterMask *mask,
            int           x,
            int           y)
{
  cairo_surface_t *surface = tf_raster_mask_get_surface (mask, NULL);

  cairo_surface_flush (surface);
  return cairo_image_surface_get_data (surface)[y * cairo_image_surface_get_stride (surface) + x];
}

static double
curve_length (double x0,
              double y0,
              double x1,
              double y1)
{
  double length = 0;
  double px = x0;
  double py = y0;

  for (guint i = 1; i <= 10000; i++)
    {
      double x;
      double y;

      tf_layout_curve_point (x0, y0, x1, y1, i / 10000.0, &x, &y);
      length += hypot (x - px, y - py);
      px = x;
      py = y;
    }
  return length;
}

static void
test_raster (void)
{
  /* Exact-area antialiasing: the ink of a shape is its area, wherever it
   * falls on the pixel grid. */
  static const double widths[] = { 0.3, 1.0, 2.5 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      double width = widths[w];
      g_autoptr(TfRasterMask) line = tf_raster_mask_new (-10, 5, 300, 200);
      g_autoptr(TfRasterMask) steep = tf_raster_mask_new (-10, 5, 300, 200);
      g_autoptr(TfRasterMask) curve = tf_raster_mask_new (-10, 5, 300, 200);
      g_autoptr(TfRasterMask) dashed = tf_raster_mask_new (-10, 5, 300, 200);
      double length = curve_length (10.3, 20.7, 70.9, 180.2);
      TfRasterDash dash = { 4, 4 };
      cairo_rectangle_int_t rect;

      g_assert_true (tf_raster_mask_is_empty (line));
      tf_raster_stroke_line (line, 10.25, 50.4, 210.75, 50.4, width, 1);
      g_assert_cmpfloat_with_epsilon (mask_ink (line), 200.5 * width, 0.01 * 200.5 * width + 0.5);
      g_assert_false (tf_raster_mask_is_empty (line));
      tf_raster_mask_get_surface (line, &rect);
      g_assert_cmpint (rect.x, <=, 10);
      g_assert_cmpint (rect.x + rect.width, >=, 211);
      g_assert_cmpint (rect.y, <=, 50);
      g_assert_cmpint (rect.y + rect.height, >=, 51);

      tf_raster_stroke_line (steep, 30.6, 10.2, 45.1, 190.9, width, 0.5);
      g_assert_cmpfloat_with_epsilon (mask_ink (steep), 0.5 * hypot (14.5, 180.7) * width,
                                      0.02 * hypot (14.5, 180.7) * width + 0.5);

      tf_raster_stroke_curve (curve, NULL, 10.3, 20.7, 70.9, 180.2, width, 1, NULL);
      g_assert_cmpfloat_with_epsilon (mask_ink (curve), length * width,
                                      0.04 * length * width + 0.5);

      tf_raster_stroke_curve (dashed, dashed, 10.3, 20.7, 70.9, 180.2, width, 1, &dash);
      g_assert_cmpfloat_with_epsilon (mask_ink (dashed), length * width / 2,
                                      0.06 * length * width + 0.5);
    }

  {
    /* A curve between two sectors shades from one colour to the other:
     * its ink is split between their masks, mostly at its own ends. */
    g_autoptr(TfRasterMask) from = tf_raster_mask_new (0, 0, 300, 300);
    g_autoptr(TfRasterMask) to = tf_raster_mask_new (0, 0, 300, 300);
    g_autoptr(TfRasterMask) left = tf_raster_mask_new (0, 0, 300, 300);
    double length = curve_length (20, 30, 100, 260);

    tf_raster_stroke_curve (from, to, 20, 30, 100, 260, 2, 1, NULL);
    g_assert_cmpfloat_with_epsilon (mask_ink (from) + mask_ink (to), 2 * length, 0.04 * 2 * length);
    g_assert_cmpfloat_with_epsilon (mask_ink (from), mask_ink (to), 0.05 * 2 * length);
    tf_raster_stroke_line (left, 20, 30, 60, 30, 2, 1);
    tf_raster_mask_dilate (from, left, &(cairo_rectangle_int_t) { 0, 0, 300, 300 });
    /* Growing by a pixel adds a pixel's width on each side, and more. */
    g_assert_cmpfloat (mask_ink (left), >, mask_ink (from) * 2);
  }

  {
    /* A band's area is its length times its height; a gradient splits it
     * between two masks, half and half. */
    g_autoptr(TfRasterMask) from = tf_raster_mask_new (0, 0, 300, 300);
    g_autoptr(TfRasterMask) to = tf_raster_mask_new (0, 0, 300, 300);
    g_autoptr(TfRasterMask) one = tf_raster_mask_new (0, 0, 300, 300);

    tf_raster_fill_band (one, one, 20.5, 30.25, 120.5, 250.75, 12.5, 0.8);
    g_assert_cmpfloat_with_epsilon (mask_ink (one), 100 * 12.5 * 0.8, 0.01 * 100 * 12.5);
    tf_raster_fill_band (from, to, 20.5, 30.25, 120.5, 250.75, 12.5, 0.8);
    g_assert_cmpfloat_with_epsilon (mask_ink (from), 50 * 12.5 * 0.8, 0.03 * 100 * 12.5);
    g_assert_cmpfloat_with_epsilon (mask_ink (to), 50 * 12.5 * 0.8, 0.03 * 100 * 12.5);
    /* Halfway along, the band's top edge crosses rows 138 to 143 and its
     * bottom edge rows 150 to 156: the rows between are wholly covered,
     * the rows outside not at all. */
    for (int y = 144; y < 150; y++)
      {
        g_assert_cmpint (mask_pixel (one, 70, y), ==, 204);
        g_assert_cmpint (mask_pixel (from, 70, y) + mask_pixel (to, 70, y), >=, 203);
        g_assert_cmpint (mask_pixel (from, 70, y) + mask_pixel (to, 70, y), <=, 205);
      }
    for (int y = 130; y < 137; y++)
      g_assert_cmpint (mask_pixel (one, 70, y), ==, 0);
    for (int y = 157; y < 165; y++)
      g_assert_cmpint (mask_pixel (one, 70, y), ==, 0);
  }

  {
    /* Coverage saturates, and what falls outside the mask is dropped. */
    g_autoptr(TfRasterMask) mask = tf_raster_mask_new (0, 0, 50, 50);

    for (guint i = 0; i < 5; i++)
      tf_raster_stroke_line (mask, 0, 25, 50, 25, 4, 0.5);
    tf_raster_stroke_line (mask, -100, 10, -20, 10, 4, 1);
    tf_raster_stroke_line (mask, 10, -100, 20, -30, 4, 1);
    g_assert_cmpfloat_with_epsilon (mask_ink (mask), 50 * 4, 1);
  }
}

/* ---- vector output ---- */

static void
draw_to (cairo_surface_t *surface,
         TfLayout        *layout,
         gboolean         dark)
{
  cairo_t *cr = cairo_create (surface);
  TfChartTheme theme;
  TfChartHighlight highlight;

  tf_chart_theme_init (&theme, dark);
  tf_chart_highlight_init (&highlight);
  highlight.selected_path = 0;
  highlight.hover_sublane = 1;
  tf_chart_draw (cr, layout, &theme, NULL);
  tf_chart_draw_overlay (cr, layout, &theme, NULL, &highlight);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
}

static void
test_vector (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-chart-draw-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *svg = NULL;
  g_autofree char *pdf = NULL;
  gsize pdf_length;
  cairo_surface_t *surface;

  g_assert_nonnull (dir);
  for (guint which = 0; which < 3; which++)
    {
      g_autoptr(TfLayout) layout = which == 0 ? seeds_layout (TF_LAYOUT_AGGREGATE_NEVER, NULL)
                                 : synthetic_layout (800, which == 1 ? TF_LAYOUT_AGGREGATE_NEVER
                                                                     : TF_LAYOUT_AGGREGATE_ALWAYS);

      surface = cairo_svg_surface_create (svg_path, WIDTH, HEIGHT);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      draw_to (surface, layout, which == 1);
      cairo_surface_destroy (surface);
      g_clear_pointer (&svg, g_free);
      g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
      g_assert_nonnull (strstr (svg, "<svg"));
      g_assert_nonnull (strstr (svg, "width=\"1200px\""));
      /* Vector output keeps curves as curves, not a bitmap. */
      g_assert_null (strstr (svg, "<image"));
      g_assert_nonnull (strstr (svg, " C "));

      surface = cairo_pdf_surface_create (pdf_path, WIDTH, HEIGHT);
      draw_to (surface, layout, which == 2);
      cairo_surface_destroy (surface);
      g_clear_pointer (&pdf, g_free);
      g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_length, NULL));
      g_assert_cmpuint (pdf_length, >, 1000);
      g_assert_true (g_str_has_prefix (pdf, "%PDF"));
    }

  g_unlink (svg_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

/* The direction strip's captions are written whole at any width, in the
 * column left of the strip or, where that is too narrow, inside it: a
 * narrow window (or a chart beside the open panel) must not cut them to
 * "To acade…". */
static void
test_strip_captions (void)
{
  g_autoptr(TfDataset) dataset = seeds ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  static const double widths[] = { 1200, 700, 435, 340, 260 };
  static const char * const texts[] = { "To academia", "To industry" };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  gboolean any_inside = FALSE;
  TfChartTheme theme;

  tf_chart_theme_init (&theme, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autoptr(TfLayout) layout = NULL;
      const TfLayoutStrip *strip;
      TfLayoutOptions options;
      TfChartContext ctx;

      tf_layout_options_init (&options, widths[i], HEIGHT);
      layout = tf_layout_new (careers, &options);
      strip = tf_layout_get_strip (layout);
      tf_chart_context_init (&ctx, cr, layout, &theme, NULL, TF_CHART_LAYER_ALL,
                             TF_CHART_RASTERIZER_OWN);
      for (TfLayoutDirection direction = TF_LAYOUT_TOWARD_ACADEMIA;
           direction <= TF_LAYOUT_TOWARD_INDUSTRY; direction++)
        {
          TfChartStripCaption caption;
          PangoRectangle whole;

          pango_layout_get_pixel_extents (
              tf_chart_context_set_text (&ctx, TF_CHART_TEXT_CAPTION, texts[direction]), NULL,
              &whole);
          g_assert_true (tf_chart_strip_layer_place_caption (&ctx, direction, &caption));
          g_test_message ("%g px: \"%s\" %.0f px wide at %.0f, %s (strip from %.0f)", widths[i],
                          texts[direction], caption.width, caption.x,
                          caption.inside ? "inside" : "left of it", strip->x);
          g_assert_cmpfloat (caption.width, ==, whole.width);
          g_assert_cmpfloat (caption.x, >=, 0);
          if (caption.inside)
            {
              g_assert_cmpfloat (caption.x, >=, strip->x);
              g_assert_cmpfloat (caption.x + caption.width, <=, strip->x + strip->width);
              any_inside = TRUE;
            }
          else
            g_assert_cmpfloat (caption.x + caption.width, <=, strip->x);
          g_assert_cmpfloat (caption.y, >=, strip->y);
          g_assert_cmpfloat (caption.y + caption.height, <=, strip->y + strip->height);
        }
      tf_chart_context_clear (&ctx);
    }
  /* The narrowest chart has no room left of the strip. */
  g_assert_true (any_inside);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Nothing to draw is drawn without complaint, as the background alone,
 * even with a highlight naming things that are not there. */
static void
test_empty (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  TfLayoutOptions options;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfLayout) tiny = NULL;
  TfChartTheme theme;
  TfChartHighlight highlight;
  cairo_surface_t *surface;
  guint n_paths;
  guint n_segments;
  guint n_sublanes;

  tf_layout_options_init (&options, WIDTH, HEIGHT);
  layout = tf_layout_new (careers, &options);
  /* Nothing to draw: no path, no move, no organization. */
  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 0);
  tf_layout_get_paths (layout, &n_paths);
  tf_layout_get_segments (layout, &n_segments);
  tf_layout_get_sublanes (layout, &n_sublanes);
  g_assert_cmpuint (n_paths, ==, 0);
  g_assert_cmpuint (n_segments, ==, 0);
  g_assert_cmpuint (n_sublanes, ==, 0);
  options.width = 3;
  options.height = 2;
  tiny = tf_layout_new (careers, &options);
  tf_chart_theme_init (&theme, FALSE);
  tf_chart_highlight_init (&highlight);
  highlight.selected_sublane = 0;
  highlight.hover_path = 0;
  surface = render (layout, &theme, NULL, &highlight);
  assert_color_near (pixel (surface, WIDTH / 2, HEIGHT / 2), theme.background, 0.1);
  cairo_surface_destroy (surface);
  surface = render (tiny, &theme, NULL, &highlight);
  /* The tiny chart is its background, and nothing is drawn past its size. */
  assert_color_near (pixel (surface, 1, 1), theme.background, 0.1);
  g_assert_cmpfloat (pixel (surface, WIDTH / 2, HEIGHT / 2).alpha, ==, 0);
  cairo_surface_destroy (surface);
}

/* Under LeakSanitizer: fontconfig keeps its cache until exit by design
 * (as tests/lsan.supp says for the UI tests), and cairo 1.16 leaks a few
 * bytes when it finishes a PDF surface with text. Whole stacks are needed
 * to tell that leak by the function it comes from; other leaks, in our
 * code or in cairo objects we forget, still fail. */
const char *__lsan_default_suppressions (void);
const char *__asan_default_options (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\nleak:cairo_surface_finish\n";
}

const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-draw/theme/contrast", test_theme);
  g_test_add_func ("/chart-draw/theme/dark", test_theme_dark_differs);
  g_test_add_func ("/chart-draw/marks/seeds", test_marks_seeds);
  g_test_add_func ("/chart-draw/marks/labels", test_labels);
  g_test_add_func ("/chart-draw/marks/transparent-and-dark", test_transparent_and_dark);
  g_test_add_func ("/chart-draw/marks/synthetic", test_synthetic);
  g_test_add_func ("/chart-draw/marks/scaled", test_scaled);
  g_test_add_func ("/chart-draw/overlay/aggregated-person", test_overlay_aggregated_person);
  g_test_add_func ("/chart-draw/strip/captions", test_strip_captions);
  g_test_add_func ("/chart-draw/marks/scaled-ink", test_scaled_ink);
  g_test_add_func ("/chart-draw/overlay/path", test_overlay);
  g_test_add_func ("/chart-draw/overlay/hidden-label", test_overlay_hidden_label);
  g_test_add_func ("/chart-draw/overlay/ribbon", test_overlay_aggregated);
  g_test_add_func ("/chart-draw/raster", test_raster);
  g_test_add_func ("/chart-draw/vector", test_vector);
  g_test_add_func ("/chart-draw/empty", test_empty);

  result = g_test_run ();

  /* Fonts are cached until exit by design; let them go, so that the
   * sanitizer's leak check sees only leaks of the code under test. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  return result;
}
