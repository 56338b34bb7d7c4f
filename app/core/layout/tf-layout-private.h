/* tf-layout-private.h: what the layout's files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-careers-arrays.h"
#include "tf-layout.h"

G_BEGIN_DECLS

/* Vertical units: a person's stroke is 1 unit thick with at least 1 unit
 * of air around it (half above, half below). The scale from units to
 * pixels fills the plot, but strokes never get thicker than
 * TF_LAYOUT_MAX_UNIT_PX per person: beyond that the air grows instead, up
 * to TF_LAYOUT_MAX_AIR_UNITS. Aggregated blocks may grow to
 * TF_LAYOUT_MAX_BLOCK_UNIT_PX per person. */
#define TF_LAYOUT_MIN_AIR_UNITS       1.0
#define TF_LAYOUT_MAX_AIR_UNITS      10.0
#define TF_LAYOUT_MAX_UNIT_PX         3.0
#define TF_LAYOUT_MAX_BLOCK_UNIT_PX   8.0

typedef struct _TfLayoutHitIndex TfLayoutHitIndex;

struct _TfLayout
{
  TfCareers *careers;
  GStringChunk *strings;

  double width;
  double height;
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;
  double view_from;
  double view_to;
  double px_per_year;      /* of a normal year, outside the breaks */
  TfLayoutBreak *breaks;   /* in time order, see tf-layout-axis.c */
  guint n_breaks;
  double unit_px;          /* pixels per vertical unit */
  gboolean aggregated;
  guint n_people;

  TfLayoutLane lanes[TF_N_SECTORS];
  guint n_lanes;
  TfLayoutSublane *sublanes;
  guint n_sublanes;
  int *merged;             /* what "others" sub-lanes hold */
  TfLayoutYear *years;
  guint n_years;
  TfLayoutPath *paths;
  guint n_paths;
  TfLayoutSegment *segments;
  guint n_segments;
  TfLayoutLabel *labels;
  guint n_labels;
  TfLayoutBlock *blocks;
  guint n_blocks;
  TfLayoutRibbon *ribbons;
  guint n_ribbons;
  int first_bin_year;
  guint bin_years;
  guint n_bins;

  TfLayoutStrip strip;
  guint *to_academia;
  guint *to_industry;

  /* Built on the first hit test. */
  gsize hit_index_ready;
  TfLayoutHitIndex *hit_index;
};

/* The state of one tf_layout_new() call. */
typedef struct
{
  TfLayout *layout;
  TfCareers *careers;
  TfLayoutOptions options;

  guint8 *path_visible;     /* per careers path */
  guint8 *stint_visible;    /* per careers stint */
  guint8 *place_selected;   /* per place: in options.organization_ids */
  gint32 *place_sublane;    /* per place: its sub-lane, -1 when hidden */
  guint8 *place_merged;     /* per place: in its sector's "others" sub-lane */
  double *stint_end;        /* per stint: where its stroke ends, in years */
  double *sublane_units;    /* per sub-lane: height in units */
  double *stint_centre;     /* per stint: units from its sub-lane's top */
  double max_unit_px;
  gboolean row_lines;       /* every sub-lane gets a label line, see fit_sublanes () */
  double edge_name_width;   /* names right of the plot: the widest, px */
  GArray *labels;           /* of TfLayoutLabel, moved into the layout */
  struct _TfLayoutAggregation *aggregation;  /* tf-layout-aggregate.c's */

  double font_height[TF_LAYOUT_N_FONTS];
} TfLayoutBuilder;

/* Adds a label (not yet placed) and returns its index. */
int      tf_layout_builder_add_label          (TfLayoutBuilder   *builder,
                                               TfLayoutLabelKind  kind,
                                               int                owner,
                                               const char        *text,
                                               double             anchor_x,
                                               double             anchor_y);
void     tf_layout_builder_measure            (TfLayoutBuilder   *builder,
                                               TfLayoutFont       font,
                                               const char        *text,
                                               double            *width,
                                               double            *height);

/* tf-layout-aggregate.c */
void     tf_layout_aggregate_count            (TfLayoutBuilder   *builder);
void     tf_layout_aggregate_place            (TfLayoutBuilder   *builder);

/* tf-layout-labels.c: sub-lane labels go in the left column, which this
 * sizes; years above the plot. tf-layout-person-labels.c: names on the
 * paths, clear of every stroke. */
double   tf_layout_place_sublane_labels       (TfLayoutBuilder   *builder,
                                               double             column_x,
                                               double             max_column_width);
void     tf_layout_place_year_labels          (TfLayoutBuilder   *builder,
                                               double             axis_height);
void     tf_layout_place_person_labels        (TfLayoutBuilder   *builder);

/* tf-layout-paths.c: the paths' segments, once the rows are placed. */
void     tf_layout_trace_paths                (TfLayoutBuilder   *builder);
/* An open end is drawn to the last date the sources place the person
 * there, and at least this long after the move into it, so that the
 * move and the fade both show. */
#define TF_LAYOUT_MIN_OPEN_END_PX 32.0
/* How thick a path of weight people is, in units (tf-layout.c). */
double   tf_layout_path_units                 (guint              weight);
/* How wide a column right of the plot the names of the paths that leave
 * it there need, at most max_width; 0 for none. Before the paths are
 * traced: it decides how wide the plot is (tf-layout-person-callouts.c). */
double   tf_layout_measure_edge_names         (TfLayoutBuilder   *builder,
                                               double             max_width);

/* tf-layout-axis.c: find_breaks once the visible paths are known,
 * set_scale whenever plot_x or plot_width change; map_time and map_x are
 * the one mapping between time and x. */
void     tf_layout_find_breaks                (TfLayoutBuilder   *builder);
void     tf_layout_set_scale                  (TfLayout          *layout);
double   tf_layout_map_time                   (const TfLayout    *layout,
                                               double             time);
double   tf_layout_map_x                      (const TfLayout    *layout,
                                               double             x);

/* tf-layout-hit.c */
void     tf_layout_hit_index_free             (TfLayoutHitIndex  *index);

G_END_DECLS
