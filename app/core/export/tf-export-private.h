/* tf-export-private.h: what the export's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-chart-legend.h"
#include "tf-export.h"

G_BEGIN_DECLS

/* The moves of the chart options show, as a set of dataset move indices:
 * those of the paths' segments that reach into the years shown (a stint
 * begun before them shows the move that began it), and what the legend
 * needs to know of how they are drawn. Computed on a layout without
 * labels: which moves show does not depend on text. */
typedef struct
{
  guint8   *visible;        /* per dataset move index: TRUE when shown */
  guint     n_moves;
  guint     n_people;       /* as tf_layout_get_n_people() */
  TfChartLegendStyles styles;  /* the line styles drawn */
  guint     sectors;        /* 1 << TfSector of each sector a path runs in */
  double    view_from;      /* as tf_layout_get_view() */
  double    view_to;
} TfExportVisibleMoves;

void       _tf_export_visible_moves_init   (TfExportVisibleMoves  *visible,
                                            TfDataset             *dataset,
                                            TfCareers             *careers,
                                            const TfExportOptions *options);
void       _tf_export_visible_moves_clear  (TfExportVisibleMoves  *visible);

/* The sources the visible moves cite, as tf_export_get_cited_sources(). */
GPtrArray *_tf_export_cited_sources        (TfDataset                  *dataset,
                                            const TfExportVisibleMoves *visible);

/* The layout options options ask for, at width × height (strip_height
 * and fonts left to the caller). */
void       _tf_export_fill_layout_options  (TfLayoutOptions       *layout_options,
                                            const TfExportOptions *options,
                                            double                 width,
                                            double                 height);

/* The size in px of the chart's person labels on this page. */
double     _tf_export_get_font_size        (const TfExportOptions *options);
/* The same at font scale 1: the page's own type. */
double     _tf_export_get_page_font_size   (const TfExportOptions *options);
/* The smallest type the page may fall back to for its labels to fit: the
 * page's own on pages as big as the reference or bigger, so that they
 * read when projected; the smallest page type on smaller ones; the size
 * asked for when the caller gave one or a font scale. */
double     _tf_export_get_min_font_size    (const TfExportOptions *options);

G_END_DECLS
