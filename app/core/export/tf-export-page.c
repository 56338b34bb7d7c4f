/* tf-export-page.c: composing a page: header, chart, legend, credits.
 *
 * The page is laid out from its edges inwards: the title and subtitle at
 * the top, the credits and then the legend at the bottom, and the chart
 * gets the rectangle left between them, laid out at that size, so that
 * nothing is scaled after the fact and labels keep their size. When the
 * page is too small for all of it, the credits shrink first, then go,
 * then the legend, then the subtitle: the chart is what the page is for.
 *
 * Every size derives from one font size (the chart's person labels), so
 * a bigger page scales as a whole. Text is set in a Pango font map of the
 * page's own with unhinted metrics, so a PNG at 4× is the 1× page with
 * four times the pixels, and PDF and SVG measure as PNG does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tf-cairo-text.h"
#include "tf-export-private.h"
#include "tf-wording.h"

/* Type at most this size is set as is; bigger type enlarges the page. */
#define REFERENCE_EM_PX      14.0

/* Sizes, in units of the person labels' font size. */
#define TITLE_EM             2.1
#define SUBTITLE_EM          1.25
#define CHART_FONT_EM_ORG    (0.9 / 0.85)   /* as the window: 0.9, 0.85, 0.8 */
#define CHART_FONT_EM_AXIS   (0.8 / 0.85)
#define LEGEND_EM            1.0
#define CREDITS_EM           0.85
#define MARGIN_EM            2.4
#define GAP_EM               1.0
#define SMALL_GAP_EM         0.4
#define SWATCH_EM            2.0
#define SWATCH_GAP_EM        0.5
#define ITEM_GAP_EM          1.6
#define LEGEND_ROW_GAP_EM    0.35
#define MIN_CREDITS_PX       8.0
/* Smaller chart type is tried this many times, by this factor, down to
 * the page's own size, to show every organization label. */
#define MAX_FIT_ATTEMPTS     8
#define FIT_STEP             0.92
#define STRIP_EM             (72.0 / 13.0)  /* the window's strip at 13 px labels */

#define MIDDLE_DOT           "\u00B7"

/* Credits take at most this many lines and this much of the page. */
#define MAX_CREDIT_LINES     4
#define MAX_CREDITS_SHARE    0.1
/* Below this share of the page, the chart takes room from the rest. */
#define MIN_CHART_SHARE      0.45

typedef struct
{
  TfChartLegendItem item;
  PangoLayout *layout;
  double       x;
  double       width;   /* swatch and text */
  guint        row;
} LegendItem;

typedef struct
{
  cairo_t               *cr;
  TfDataset             *dataset;
  const TfExportOptions *options;
  TfChartTheme           theme;
  PangoContext          *context;
  TfLayoutPangoMeasurer *fonts;
  double                 width;
  double                 height;
  double                 zoom;      /* page px per px drawn, see tf_export_draw_page() */
  double                 first_em;  /* the person labels' size asked for, px drawn */
  double                 em;        /* the person labels' size, px drawn */
  double                 margin;
  double                 content_width;

  PangoLayout           *title;
  PangoLayout           *subtitle;
  GArray                *legend;    /* of LegendItem */
  PangoLayout           *time_range;
  double                 time_range_x;
  guint                  time_range_row;
  guint                  n_legend_rows;
  double                 legend_row_height;
  PangoLayout           *credits;

  /* Where things go, once composed. */
  gboolean               aggregated;
  gboolean               has_strip;
  double                 chart_top;
  double                 chart_height;
  double                 legend_top;
  double                 credits_top;
} Page;

static PangoFontDescription *
page_font (Page        *page,
           double       size_px,
           PangoWeight  weight)
{
  PangoFontDescription *description = pango_font_description_new ();
  const char *family = page->options->font_family;

  pango_font_description_set_family (description,
                                     family != NULL && family[0] != '\0' ? family : "Sans");
  pango_font_description_set_absolute_size (description, size_px * PANGO_SCALE);
  pango_font_description_set_weight (description, weight);
  return description;
}

/* Text of the page's own, wrapped to width px when width > 0 and cut to
 * max_lines lines when max_lines > 0. */
static PangoLayout *
page_text (Page        *page,
           const char  *text,
           gboolean     markup,
           double       size_px,
           PangoWeight  weight,
           double       width,
           int          max_lines)
{
  PangoLayout *layout = pango_layout_new (page->context);
  g_autoptr(PangoFontDescription) description = page_font (page, size_px, weight);

  pango_layout_set_font_description (layout, description);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  if (layout == NULL)
    return 0;
  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

static double
text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

/* Text in a colour of the theme; see tf_cairo_show_layout () for why PDF
 * gets outlines. */
static void
show_text (Page          *page,
           PangoLayout   *layout,
           double         x,
           double         y,
           const TfColor *color)
{
  cairo_t *cr = page->cr;

  cairo_move_to (cr, x, y);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  tf_cairo_show_layout (cr, layout);
}

/* ---- fonts ---- */

static void
set_chart_fonts (Page   *page,
                 double  em)
{
  static const double ems[TF_LAYOUT_N_FONTS] = { CHART_FONT_EM_ORG, 1.0, CHART_FONT_EM_AXIS };
  double sizes[TF_LAYOUT_N_FONTS];

  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    sizes[f] = em * ems[f];
  tf_layout_pango_measurer_set_fonts (page->fonts, page->options->font_family, sizes, TRUE);
}

static void
create_fonts (Page *page)
{
  PangoFontMap *font_map = pango_cairo_font_map_new ();
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* A font map of the page's own: pages may be drawn in any thread, and
   * the default one belongs to the thread that made it. */
  page->context = pango_font_map_create_context (font_map);
  g_object_unref (font_map);
  /* Names are mostly Chinese: without a Chinese language fontconfig may
   * pick Japanese glyphs for them. */
  pango_context_set_language (page->context, pango_language_from_string ("zh-cn"));
  /* Unhinted metrics: text measures the same at any scale and on any
   * surface, so 1× and 4× PNG, SVG and PDF are one page. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (page->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_cairo_update_context (page->cr, page->context);

  page->fonts = tf_layout_pango_measurer_new (page->context);
}

/* ---- the header ---- */

static void
create_header (Page *page)
{
  const TfExportOptions *options = page->options;

  if (options->title != NULL && options->title[0] != '\0')
    page->title = page_text (page, options->title, FALSE, page->em * TITLE_EM, PANGO_WEIGHT_BOLD,
                             page->content_width, 2);
  if (options->subtitle != NULL && options->subtitle[0] != '\0')
    page->subtitle = page_text (page, options->subtitle, FALSE, page->em * SUBTITLE_EM,
                                PANGO_WEIGHT_NORMAL, page->content_width, 2);
}

static double
header_height (Page *page)
{
  double height = text_height (page->title);

  if (page->subtitle != NULL)
    height += (page->title != NULL ? SMALL_GAP_EM * page->em : 0) + text_height (page->subtitle);
  return height;
}

/* ---- the legend ---- */

static void
add_legend_item (Page                    *page,
                 const TfChartLegendItem *chart_item)
{
  LegendItem item = { 0 };

  item.item = *chart_item;
  item.layout = page_text (page, chart_item->text, FALSE, page->em * LEGEND_EM,
                           PANGO_WEIGHT_NORMAL, 0, 0);
  item.width = SWATCH_EM * page->em + SWATCH_GAP_EM * page->em + text_width (item.layout);
  g_array_append_val (page->legend, item);
}

static void
clear_legend_item (gpointer data)
{
  LegendItem *item = data;

  g_clear_object (&item->layout);
}

/* "2012–2025": the years more than half shown. */
static char *
format_time_range (double from,
                   double to)
{
  int first;
  int last;

  first = (int) floor (from + 0.5);
  last = (int) floor (to - 0.5);
  if (last <= first)
    return g_strdup_printf ("%d", last < first ? (int) floor ((from + to) / 2) : first);
  /* Translators: the years a chart shows, first and last; "2012–2025". */
  return g_strdup_printf (C_("time range", "%d–%d"), first, last);
}

static void
create_legend (Page                       *page,
               const TfExportVisibleMoves *visible,
               gboolean                    aggregated,
               gboolean                    strip)
{
  const TfExportOptions *options = page->options;
  TfChartLegendItem items[TF_CHART_LEGEND_MAX_ITEMS];
  guint n_items;

  page->legend = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_array_set_clear_func (page->legend, clear_legend_item);
  if (!options->show_legend)
    return;

  /* Only what the chart shows: sectors with a path in them, and the
   * line styles that are drawn. */
  n_items = tf_chart_legend_items (&page->theme, visible->sectors, visible->styles, aggregated,
                                   strip, items);
  for (guint i = 0; i < n_items; i++)
    add_legend_item (page, &items[i]);
}

/* Flows the items into rows, with the time range right-aligned at the
 * end of the last row, or on a row of its own. */
static double
place_legend (Page *page)
{
  double item_gap = ITEM_GAP_EM * page->em;
  double x = 0;
  guint row = 0;
  gboolean any = page->legend->len > 0 || page->time_range != NULL;

  page->legend_row_height = 0;
  for (guint i = 0; i < page->legend->len; i++)
    {
      LegendItem *item = &g_array_index (page->legend, LegendItem, i);

      if (x > 0 && x + item->width > page->content_width)
        {
          row++;
          x = 0;
        }
      item->x = x;
      item->row = row;
      x += item->width + item_gap;
      page->legend_row_height = MAX (page->legend_row_height, text_height (item->layout));
    }
  if (page->time_range != NULL)
    {
      double width = text_width (page->time_range);

      if (x > 0 && x + width > page->content_width)
        row++;
      page->time_range_x = page->content_width - width;
      page->time_range_row = row;
      page->legend_row_height = MAX (page->legend_row_height, text_height (page->time_range));
    }
  page->n_legend_rows = any ? row + 1 : 0;
  if (!any)
    return 0;
  return page->n_legend_rows * page->legend_row_height
         + (page->n_legend_rows - 1) * LEGEND_ROW_GAP_EM * page->em;
}

static void
draw_swatch (Page             *page,
             const LegendItem *item,
             double            x,
             double            y,
             double            height)
{
  tf_chart_legend_draw_swatch (page->cr, &item->item, x, y, SWATCH_EM * page->em, height,
                               MAX (2.0, 0.2 * page->em));
}

static void
draw_legend (Page   *page,
             double  top)
{
  double row_step = page->legend_row_height + LEGEND_ROW_GAP_EM * page->em;

  for (guint i = 0; i < page->legend->len; i++)
    {
      const LegendItem *item = &g_array_index (page->legend, LegendItem, i);
      double x = page->margin + item->x;
      double y = top + item->row * row_step;
      double height = text_height (item->layout);

      y += (page->legend_row_height - height) / 2;
      draw_swatch (page, item, x, y, height);
      show_text (page, item->layout, x + (SWATCH_EM + SWATCH_GAP_EM) * page->em, y,
                 &page->theme.foreground);
    }
  if (page->time_range != NULL)
    show_text (page, page->time_range, page->margin + page->time_range_x,
               top + page->time_range_row * row_step
               + (page->legend_row_height - text_height (page->time_range)) / 2,
               &page->theme.dim_foreground);
}

/* ---- the credits ---- */

static char *
format_source (const TfSource *source)
{
  g_autofree char *details = tf_wording_source_credits (source);
  const char *title
      = source->title != NULL && source->title[0] != '\0' ? source->title : source->id;

  if (details[0] == '\0')
    /* Translators: an article's title in the credits. */
    return g_strdup_printf (_("“%s”"), title);
  /* Translators: an article's title, then its outlet, author and date,
   * in the credits under an exported chart. */
  return g_strdup_printf (_("“%s” (%s)"), title, details);
}

/* "Sources: “A” (…); “B” (…); and 3 more", as Pango markup, with the
 * first n_shown of the sources named. */
static char *
credits_markup (GPtrArray *sources,
                guint      n_shown)
{
  /* Translators: before the list of articles an exported chart cites. */
  g_autofree char *heading = g_markup_escape_text (_("Sources:"), -1);
  /* Translators: between the articles in the credits of an exported chart. */
  const char *separator = C_("credits", "; ");
  GString *markup = g_string_new (NULL);
  guint n_more = sources->len - n_shown;

  g_string_append_printf (markup, "<b>%s</b> ", heading);
  if (n_shown == 0)
    {
      g_autofree char *count
          = g_strdup_printf (ngettext ("%u article", "%u articles", sources->len), sources->len);
      g_autofree char *escaped = g_markup_escape_text (count, -1);

      g_string_append (markup, escaped);
      return g_string_free (markup, FALSE);
    }
  for (guint i = 0; i < n_shown; i++)
    {
      g_autofree char *text = format_source (g_ptr_array_index (sources, i));
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_auto(GStrv) parts = g_strsplit (escaped, MIDDLE_DOT, -1);

      if (i > 0)
        g_string_append (markup, separator);
      /* After Chinese, Pango takes "·" from the Chinese font, where it is
       * as wide as a character: "知乎 ・ August 20". */
      for (guint k = 0; parts[k] != NULL; k++)
        {
          if (k > 0)
            g_string_append (markup, "<span lang=\"en\">" MIDDLE_DOT "</span>");
          g_string_append (markup, parts[k]);
        }
    }
  if (n_more > 0)
    {
      g_autofree char *more
          = g_strdup_printf (ngettext ("and %u more", "and %u more", n_more), n_more);
      g_autofree char *escaped = g_markup_escape_text (more, -1);

      g_string_append (markup, separator);
      g_string_append (markup, escaped);
    }
  return g_string_free (markup, FALSE);
}

static gboolean
credits_fit (Page      *page,
             GPtrArray *sources,
             guint      n_shown,
             double     size_px,
             int        max_lines)
{
  g_autofree char *markup = credits_markup (sources, n_shown);
  g_autoptr(PangoLayout) layout = page_text (page, markup, TRUE, size_px, PANGO_WEIGHT_NORMAL,
                                             page->content_width, 0);

  return pango_layout_get_line_count (layout) <= max_lines;
}

/* As many sources as fit in max_lines lines, the rest counted. */
static void
create_credits (Page      *page,
                GPtrArray *sources,
                int        max_lines)
{
  double size_px = MAX (page->em * CREDITS_EM, MIN_CREDITS_PX);
  g_autofree char *markup = NULL;
  guint lo = 0;
  guint hi = sources->len;

  g_clear_object (&page->credits);
  if (sources->len == 0 || max_lines <= 0)
    return;

  /* The most that fit, by bisection: more sources never take fewer lines. */
  if (!credits_fit (page, sources, hi, size_px, max_lines))
    {
      while (lo + 1 < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (credits_fit (page, sources, mid, size_px, max_lines))
            lo = mid;
          else
            hi = mid;
        }
      hi = lo;
    }
  markup = credits_markup (sources, hi);
  /* Even the count alone may not fit a very narrow page: cut it. */
  page->credits = page_text (page, markup, TRUE, size_px, PANGO_WEIGHT_NORMAL,
                             page->content_width, max_lines);
}

static int
credit_lines_for (Page *page)
{
  double line = MAX (page->em * CREDITS_EM, MIN_CREDITS_PX) * 1.3;

  return CLAMP ((int) floor (MAX_CREDITS_SHARE * page->height / line), 1, MAX_CREDIT_LINES);
}

/* ---- the page ---- */

static void
clear_text (Page *page)
{
  g_clear_object (&page->title);
  g_clear_object (&page->subtitle);
  g_clear_pointer (&page->legend, g_array_unref);
  g_clear_object (&page->time_range);
  g_clear_object (&page->credits);
}

static void
page_clear (Page *page)
{
  clear_text (page);
  g_clear_pointer (&page->fonts, tf_layout_pango_measurer_free);
  g_clear_object (&page->context);
}

static void
init_theme (TfChartTheme  *theme,
            TfExportTheme  export_theme)
{
  tf_chart_theme_init (theme, export_theme == TF_EXPORT_THEME_DARK);
  if (export_theme == TF_EXPORT_THEME_TRANSPARENT)
    theme->background.alpha = 0;
}

/* Sets every text at type size em and finds where it all goes: from the
 * bottom up the credits, then the legend; the chart takes what is left,
 * and takes it back from the rest when that is too little. Returns the
 * chart laid out in its rectangle. */
static TfLayout *
compose (Page                       *page,
         TfCareers                  *careers,
         const TfExportVisibleMoves *visible,
         GPtrArray                  *sources,
         double                      em)
{
  const TfExportOptions *options = page->options;
  TfLayoutOptions layout_options;
  double gap = GAP_EM * em;
  double strip_height = round (STRIP_EM * em);
  double chart_bottom;
  int credit_lines;

  clear_text (page);
  page->em = em;
  page->margin = round (MARGIN_EM * em);
  page->content_width = MAX (page->width - 2 * page->margin, 1);
  set_chart_fonts (page, em);
  create_header (page);

  /* The strip if the chart has room for it, as in the window; decided
   * before the legend, which keys its colours. */
  page->has_strip
      = (page->height - 2 * page->margin - header_height (page) - gap) * 0.7 >= 5 * strip_height;
  create_legend (page, visible, page->aggregated, page->has_strip);
  if (options->show_time_range)
    {
      g_autofree char *range = format_time_range (visible->view_from, visible->view_to);

      page->time_range = page_text (page, range, FALSE, em * LEGEND_EM, PANGO_WEIGHT_BOLD, 0, 0);
    }

  credit_lines = sources != NULL ? credit_lines_for (page) : 0;
  for (;;)
    {
      double bottom = page->height - page->margin;

      if (sources != NULL)
        create_credits (page, sources, credit_lines);
      page->credits_top = bottom - text_height (page->credits);
      if (page->credits != NULL)
        bottom = page->credits_top - SMALL_GAP_EM * em * 1.5;

      page->legend_top = bottom;
      if (page->legend->len > 0 || page->time_range != NULL)
        {
          page->legend_top = bottom - place_legend (page);
          bottom = page->legend_top - gap;
        }

      page->chart_top = page->margin + header_height (page);
      if (page->title != NULL || page->subtitle != NULL)
        page->chart_top += gap;
      chart_bottom = bottom;
      if (chart_bottom - page->chart_top >= MIN_CHART_SHARE * page->height)
        break;

      if (credit_lines > 1)
        credit_lines = 1;
      else if (credit_lines == 1)
        credit_lines = 0;
      else if (page->legend->len > 0)
        g_array_set_size (page->legend, 0);
      else if (page->subtitle != NULL)
        g_clear_object (&page->subtitle);
      else
        break;
    }

  page->chart_height = MAX (chart_bottom - page->chart_top, 1);
  _tf_export_fill_layout_options (&layout_options, options, page->content_width,
                                  page->chart_height);
  layout_options.strip_height = page->has_strip ? strip_height : 0;
  layout_options.measure = tf_layout_pango_measure;
  layout_options.measure_data = page->fonts;
  return tf_layout_new (careers, &layout_options);
}

/* What a layout fails to name: paths no visible label names, and rows
 * whose label is hidden (a primary miss, worst); organizations merged into
 * an explicit "Others (n)" row to make room (secondary: still truthful). */
static void
count_unnamed (TfLayout *layout,
               guint    *primary,
               guint    *secondary)
{
  guint n_labels, n_paths, n_sublanes;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  g_autofree guint8 *named = NULL;

  *primary = *secondary = 0;
  tf_layout_get_paths (layout, &n_paths);
  named = g_new0 (guint8, n_paths + 1);
  for (guint i = 0; i < n_labels; i++)
    {
      if (labels[i].kind == TF_LAYOUT_LABEL_ORGANIZATION && !labels[i].visible)
        (*primary)++;
      if (labels[i].kind == TF_LAYOUT_LABEL_PERSON && labels[i].visible && labels[i].owner >= 0
          && (guint) labels[i].owner < n_paths)
        named[labels[i].owner] = TRUE;
    }
  for (guint i = 0; i < n_paths; i++)
    *primary += !named[i];
  for (guint i = 0; i < n_sublanes; i++)
    if (sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
      *secondary += sublanes[i].n_merged;
}

/* The page at its type size, or, when that leaves a path or a row
 * unnamed, smaller all over: on paper nothing can be hovered to show
 * them. A page as big as the reference (1920 × 1080) or bigger keeps at
 * least its own size, which is what reads when projected; a smaller one
 * may go down to the smallest page type. Of the sizes tried, the one that
 * names the most wins, the larger on a tie. */
static TfLayout *
fit (Page                       *page,
     TfCareers                  *careers,
     const TfExportVisibleMoves *visible,
     GPtrArray                  *sources)
{
  double first_em = page->first_em;
  double min_em = MIN (_tf_export_get_min_font_size (page->options) / page->zoom, first_em);
  double em = first_em;
  double best_em = first_em;
  guint best_primary = G_MAXUINT;
  guint best_secondary = G_MAXUINT;

  for (guint attempt = 0;; attempt++)
    {
      g_autoptr(TfLayout) layout = compose (page, careers, visible, sources, em);
      guint primary;
      guint secondary;

      count_unnamed (layout, &primary, &secondary);
      g_debug ("type %.1f px: %u paths or rows unnamed, %u organizations merged", em, primary,
               secondary);
      if (primary < best_primary || (primary == best_primary && secondary < best_secondary))
        {
          best_em = em;
          best_primary = primary;
          best_secondary = secondary;
        }
      /* Ribbons merge small organizations and leave others unlabelled
       * at any size: no point in smaller type there. */
      if ((primary == 0 && secondary == 0) || page->aggregated || first_em <= min_em)
        return g_steal_pointer (&layout);
      if (em <= min_em || attempt + 1 >= MAX_FIT_ATTEMPTS)
        {
          if (best_em == em)
            return g_steal_pointer (&layout);
          break;
        }
      em = MAX (em * FIT_STEP, min_em);
    }
  return compose (page, careers, visible, sources, best_em);
}

/* Everything but drawing: the texts set, where they go, and the chart
 * laid out in its rectangle; NULL, with error set, when the filters leave
 * no move. */
static TfLayout *
prepare_page (Page       *page,
              TfCareers  *careers,
              GError    **error)
{
  const TfExportOptions *options = page->options;
  TfExportVisibleMoves visible;
  g_autoptr(GPtrArray) sources = NULL;
  TfLayout *layout;

  _tf_export_visible_moves_init (&visible, page->dataset, careers, options);
  if (visible.n_people == 0)
    {
      _tf_export_visible_moves_clear (&visible);
      g_set_error_literal (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_NOTHING,
                           _("No move is shown with these filters"));
      return NULL;
    }
  if (options->show_credits)
    sources = _tf_export_cited_sources (page->dataset, &visible);
  {
    TfLayoutOptions defaults;

    tf_layout_options_init (&defaults, 1, 1);
    page->aggregated = options->aggregate == TF_LAYOUT_AGGREGATE_ALWAYS
                       || (options->aggregate == TF_LAYOUT_AGGREGATE_AUTO
                           && visible.n_people > defaults.aggregate_threshold);
  }

  create_fonts (page);
  layout = fit (page, careers, &visible, sources);
  _tf_export_visible_moves_clear (&visible);
  return layout;
}

static gboolean
draw_page (Page       *page,
           TfCareers  *careers,
           GError    **error)
{
  const TfExportOptions *options = page->options;
  cairo_t *cr = page->cr;
  g_autoptr(TfLayout) layout = prepare_page (page, careers, error);
  TfChartHighlight highlight;

  if (layout == NULL)
    return FALSE;

  /* The background, the chart in its rectangle, and around it the header
   * and footer. */
  if (page->theme.background.alpha > 0)
    {
      cairo_set_source_rgba (cr, page->theme.background.red, page->theme.background.green,
                             page->theme.background.blue, page->theme.background.alpha);
      cairo_rectangle (cr, 0, 0, page->width, page->height);
      cairo_fill (cr);
    }

  cairo_save (cr);
  cairo_translate (cr, page->margin, page->chart_top);
  cairo_rectangle (cr, 0, 0, page->content_width, page->chart_height);
  cairo_clip (cr);
  tf_chart_draw (cr, layout, &page->theme, page->fonts);
  tf_chart_highlight_init (&highlight);
  tf_chart_selection_apply (&highlight, layout, page->dataset, options->selection,
                            options->selection_id);
  if (highlight.selected_path >= 0 || highlight.selected_sublane >= 0)
    tf_chart_draw_overlay (cr, layout, &page->theme, page->fonts, &highlight);
  cairo_restore (cr);

  if (page->title != NULL)
    show_text (page, page->title, page->margin, page->margin, &page->theme.foreground);
  if (page->subtitle != NULL)
    show_text (
        page, page->subtitle, page->margin,
        page->margin
            + (page->title != NULL ? text_height (page->title) + SMALL_GAP_EM * page->em : 0),
        &page->theme.dim_foreground);
  if (page->legend->len > 0 || page->time_range != NULL)
    draw_legend (page, page->legend_top);
  if (page->credits != NULL)
    show_text (page, page->credits, page->margin, page->credits_top, &page->theme.dim_foreground);

  return TRUE;
}

/* Sets up a page of options on cr, as big as the page asks: larger type
 * than the reference enlarges the whole page. */
static void
page_init (Page                  *page,
           cairo_t               *cr,
           TfDataset             *dataset,
           const TfExportOptions *options)
{
  cairo_font_options_t *font_options;

  page->cr = cr;
  page->dataset = dataset;
  page->options = options;
  /* Pages bigger than the reference are the reference page enlarged:
   * the chart's strokes and gaps are in px and would otherwise stay thin
   * under big type. */
  page->first_em = _tf_export_get_font_size (options);
  page->zoom = MAX (page->first_em / REFERENCE_EM_PX, 1.0);
  page->first_em /= page->zoom;
  page->width = options->width / page->zoom;
  page->height = options->height / page->zoom;
  init_theme (&page->theme, options->theme);

  /* The chart sets its text on cr's own Pango context: unhinted metrics
   * there too, so that its labels fit the boxes measured here. */
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, font_options);
  cairo_font_options_destroy (font_options);
  cairo_scale (cr, page->zoom, page->zoom);
}

gboolean
tf_export_draw_page (cairo_t                *cr,
                     TfDataset              *dataset,
                     TfCareers              *careers,
                     const TfExportOptions  *options,
                     GError                **error)
{
  g_autoptr(TfCareers) own_careers = NULL;
  Page page = { 0 };
  gboolean ok;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (careers == NULL)
    careers = own_careers = tf_careers_new (dataset);

  cairo_save (cr);
  page_init (&page, cr, dataset, options);
  ok = draw_page (&page, careers, error);
  cairo_restore (cr);
  page_clear (&page);
  return ok;
}

TfLayout *
tf_export_lay_out_chart (TfDataset              *dataset,
                         TfCareers              *careers,
                         const TfExportOptions  *options,
                         GError                **error)
{
  g_autoptr(TfCareers) own_careers = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  Page page = { 0 };
  TfLayout *layout;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (careers == NULL)
    careers = own_careers = tf_careers_new (dataset);

  /* Text is measured as on any target: the metrics are unhinted. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  page_init (&page, cr, dataset, options);
  layout = prepare_page (&page, careers, error);
  page_clear (&page);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

/* The size a text is set in, in px of the page. */
static double
text_size (Page        *page,
           PangoLayout *layout)
{
  const PangoFontDescription *description;

  if (layout == NULL)
    return 0;
  description = pango_layout_get_font_description (layout);
  return pango_font_description_get_size (description) / (double) PANGO_SCALE * page->zoom;
}

static double
chart_font_size (Page         *page,
                 TfLayoutFont  font)
{
  const PangoFontDescription *description = tf_layout_pango_measurer_get_font (page->fonts, font);

  return pango_font_description_get_size (description) / (double) PANGO_SCALE * page->zoom;
}

gboolean
tf_export_measure_type (TfDataset              *dataset,
                        TfCareers              *careers,
                        const TfExportOptions  *options,
                        TfExportTypeSizes      *sizes,
                        GError                **error)
{
  g_autoptr(TfCareers) own_careers = NULL;
  g_autoptr(TfLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  Page page = { 0 };

  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (sizes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (sizes, 0, sizeof *sizes);
  if (careers == NULL)
    careers = own_careers = tf_careers_new (dataset);

  /* Text measures as on any target: the metrics are unhinted. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  page_init (&page, cr, dataset, options);
  layout = prepare_page (&page, careers, error);
  if (layout != NULL)
    {
      sizes->title = text_size (&page, page.title);
      sizes->subtitle = text_size (&page, page.subtitle);
      sizes->person = chart_font_size (&page, TF_LAYOUT_FONT_PERSON);
      sizes->organization = chart_font_size (&page, TF_LAYOUT_FONT_ORGANIZATION);
      sizes->axis = chart_font_size (&page, TF_LAYOUT_FONT_AXIS);
      sizes->legend = page.legend->len > 0
                      ? text_size (&page, g_array_index (page.legend, LegendItem, 0).layout)
                      : text_size (&page, page.time_range);
      sizes->credits = text_size (&page, page.credits);
    }
  page_clear (&page);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout != NULL;
}
