/* tf-export.h: a flow chart as a page: PNG, SVG, PDF and print.
 *
 * A page is the chart of tf_layout_new() drawn by tf_chart_draw() with
 * what a report needs around it: a title, a subtitle, a legend, the time
 * range shown and the credits of the articles the visible moves cite. The
 * window's export dialog, printing, the command line (--export) and the
 * tests all compose pages here, so an export looks like the screen.
 *
 * Nothing here needs a display: text is set with a Pango font map of its
 * own, so pages can be drawn in any thread and without GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "tf-careers.h"
#include "tf-chart-selection.h"
#include "tf-dataset.h"
#include "tf-layout.h"

G_BEGIN_DECLS

#define TF_EXPORT_ERROR (tf_export_error_quark ())

typedef enum
{
  TF_EXPORT_ERROR_FORMAT,    /* the file name's extension is not .png, .svg or .pdf */
  TF_EXPORT_ERROR_SIZE,      /* size or scale out of range, or too many pixels */
  TF_EXPORT_ERROR_NOTHING,   /* no move is visible with these filters */
  TF_EXPORT_ERROR_DRAW,      /* cairo failed (out of memory, ...) */
  TF_EXPORT_ERROR_WRITE,     /* the file could not be written */
} TfExportError;

GQuark tf_export_error_quark (void);

typedef enum
{
  TF_EXPORT_FORMAT_PNG,
  TF_EXPORT_FORMAT_SVG,
  TF_EXPORT_FORMAT_PDF,
} TfExportFormat;

typedef enum
{
  TF_EXPORT_THEME_LIGHT,
  TF_EXPORT_THEME_DARK,
  TF_EXPORT_THEME_TRANSPARENT,  /* light colours on no background */
} TfExportTheme;

/* Limits every caller enforces through tf_export_options_validate(). */
#define TF_EXPORT_MIN_SIDE   200.0    /* px */
#define TF_EXPORT_MAX_SIDE   20000.0  /* px */
#define TF_EXPORT_MIN_SCALE  1.0
#define TF_EXPORT_MAX_SCALE  6.0
#define TF_EXPORT_MIN_FONT_SCALE  0.5
#define TF_EXPORT_MAX_FONT_SCALE  4.0
/* PNG only: the image in pixels (width × scale by height × scale). */
#define TF_EXPORT_MAX_PIXELS     100e6
#define TF_EXPORT_MAX_PIXEL_SIDE 32767.0

typedef struct
{
  /* The page in px; SVG is written in px and PDF in pt, one pt per px,
   * so a 1920×1080 export is 1920×1080 in all three formats. */
  double               width;
  double               height;
  double               scale;        /* PNG only: pixels per px, 1–6 */
  TfExportTheme        theme;

  /* What the page shows around the chart. title and subtitle: NULL or ""
   * for none. */
  const char          *title;
  const char          *subtitle;
  gboolean             show_legend;
  gboolean             show_time_range;
  gboolean             show_credits;

  /* The chart: the same filters and zoom as TfLayoutOptions (0 and NULL:
   * everything), so the window exports what it shows. */
  double               view_from;
  double               view_to;
  double               move_from;
  double               move_to;
  guint                sector_mask;
  const char * const  *organization_ids;
  TfLayoutAggregate    aggregate;

  /* Emphasised as in the window (the rest dimmed); NONE for no highlight. */
  TfChartSelectionKind selection;
  const char          *selection_id;

  /* Type: the family ("Sans" when NULL) and the size in px of the chart's
   * person labels; 0 picks one from the page size, legible when projected:
   * 14 px on a 1920×1080 page (row labels 14.8, years 13.2, credits
   * 11.9), in proportion on other pages, at least 9 px. font_scale (0.5–4,
   * 1 as is) multiplies either. Titles, legend and credits scale with it;
   * past 14 px the whole page is the 14 px page enlarged, strokes
   * included. On a page smaller than 1920×1080 left at its own size, type
   * down to 9 px is tried when that names more paths and rows. */
  const char          *font_family;
  double               font_size;
  double               font_scale;
} TfExportOptions;

/* The type of a page, in px of the page: what tf_export_measure_type()
 * reports. 0 for text the page does not show. */
typedef struct
{
  double title;
  double subtitle;
  double person;        /* names on the paths */
  double organization;  /* the rows' labels */
  double axis;          /* years, the strip's counts and captions */
  double legend;
  double credits;
} TfExportTypeSizes;

/* 1920×1080, scale 1, font scale 1, light, legend, time range and
 * credits on, no title, everything shown. */
void            tf_export_options_init            (TfExportOptions        *options);

/* FALSE with TF_EXPORT_ERROR_SIZE and a message naming the limit when the
 * size, scale or pixel count is out of range. */
gboolean        tf_export_options_validate        (const TfExportOptions  *options,
                                                   TfExportFormat          format,
                                                   GError                **error);

/* The format a file name's extension (case-insensitive) asks for; FALSE
 * with TF_EXPORT_ERROR_FORMAT otherwise. */
gboolean        tf_export_format_for_path         (const char             *path,
                                                   TfExportFormat         *format,
                                                   GError                **error);

/* ".png", ".svg" or ".pdf". */
const char     *tf_export_format_get_extension    (TfExportFormat          format);

/* Draws the page into (0, 0, width, height) of cr, in px. careers must be
 * of dataset; NULL builds them. Fails with TF_EXPORT_ERROR_NOTHING when
 * the filters leave no move. Used by printing with a cr scaled to the
 * paper; cr's target decides whether dense charts are rasterized (see
 * tf_chart_draw()). */
gboolean        tf_export_draw_page               (cairo_t                *cr,
                                                   TfDataset              *dataset,
                                                   TfCareers              *careers,
                                                   const TfExportOptions  *options,
                                                   GError                **error);

/* The chart as tf_export_draw_page () lays it out on a page of options,
 * in the page's own units (a page enlarged for big type is laid out at
 * the reference size); NULL with TF_EXPORT_ERROR_NOTHING when the
 * filters leave no move. For tests and for callers that need to know
 * what a page will show. */
TfLayout       *tf_export_lay_out_chart           (TfDataset              *dataset,
                                                   TfCareers              *careers,
                                                   const TfExportOptions  *options,
                                                   GError                **error);

/* The sizes tf_export_draw_page() sets the page's text in, composed as it
 * composes it; FALSE as it fails. For the tests and for callers that need
 * to know whether a page reads. */
gboolean        tf_export_measure_type            (TfDataset              *dataset,
                                                   TfCareers              *careers,
                                                   const TfExportOptions  *options,
                                                   TfExportTypeSizes      *sizes,
                                                   GError                **error);

/* Writes the page to path atomically: into a temporary file beside it,
 * renamed over path only once complete, so a failure (a bad directory, a
 * full disk, a cancel) leaves no partial file and any old file intact.
 * Safe to call from a worker thread. */
gboolean        tf_export_write                   (TfDataset              *dataset,
                                                   TfCareers              *careers,
                                                   TfExportFormat          format,
                                                   const char             *path,
                                                   const TfExportOptions  *options,
                                                   GCancellable           *cancellable,
                                                   GError                **error);

/* The sources the moves visible with options cite, in date order then by
 * title, each once; for the credits. The sources belong to dataset: free
 * only the array. */
GPtrArray      *tf_export_get_cited_sources       (TfDataset              *dataset,
                                                   TfCareers              *careers,
                                                   const TfExportOptions  *options);

G_END_DECLS
