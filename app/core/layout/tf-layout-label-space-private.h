/* tf-layout-label-space-private.h: the room person labels take, for
 * tf-layout-person-labels.c and tf-layout-person-callouts.c: label
 * boxes, and the paths' strokes as straight pieces (curves flattened),
 * each bucketed in a grid so that a place can be checked against what is
 * near it only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-layout-private.h"

G_BEGIN_DECLS

/* Air between a label and another label, or its own path; how far anyone
 * else's stroke must keep from a label, more than its own path's, so that
 * the nearest path is always the one it names. */
#define LABEL_AIR_PX       1.0
#define CLEARANCE_PX       5.0

typedef struct
{
  double x0, y0, x1, y1;
} TfLabelBox;

typedef struct
{
  double x0;
  double y0;
  guint n_columns;
  guint n_rows;
  gint32 *heads;     /* per cell: last entry, -1 */
  GArray *entries;   /* of TfBoxEntry */
  GArray *boxes;     /* of TfLabelBox */
} TfBoxGrid;

typedef struct
{
  gint32 box;
  gint32 next;
} TfBoxEntry;

typedef struct
{
  float x0, y0, x1, y1;
  float radius;        /* half the stroke */
  gint32 path;
  gint32 segment;
} TfPiece;

typedef struct
{
  guint n_columns;
  guint n_rows;
  guint32 *first;      /* per cell + 1, into items */
  guint32 *items;      /* piece indices */
  GArray *pieces;      /* of TfPiece */
} TfPieceGrid;

/* Geometry: distances in px, 0 when the things touch. */
gboolean tf_label_boxes_overlap    (const TfLabelBox *a,
                                    const TfLabelBox *b);
double   tf_point_box_distance     (const TfLabelBox *box,
                                    double            x,
                                    double            y);
double   tf_point_segment_distance (double px, double py,
                                    double ax, double ay,
                                    double bx, double by);
gboolean tf_segment_crosses_box    (double            ax,
                                    double            ay,
                                    double            bx,
                                    double            by,
                                    const TfLabelBox *box);
double   tf_segment_box_distance   (double            ax,
                                    double            ay,
                                    double            bx,
                                    double            by,
                                    const TfLabelBox *box);
double   tf_segments_distance      (double ax, double ay, double bx, double by,
                                    double cx, double cy, double dx, double dy);

/* The labels placed: a box is found by the cells it covers. */
void     tf_box_grid_init          (TfBoxGrid        *grid,
                                    const TfLayout   *layout);
void     tf_box_grid_clear         (TfBoxGrid        *grid);
void     tf_box_grid_cells         (const TfBoxGrid  *grid,
                                    const TfLabelBox *box,
                                    guint *c0, guint *c1, guint *r0, guint *r1);
gboolean tf_box_grid_is_free       (const TfBoxGrid  *grid,
                                    const TfLabelBox *box);
gint32   tf_box_grid_only_blocker  (const TfBoxGrid  *grid,
                                    const TfLabelBox *box);
void     tf_box_grid_remove        (TfBoxGrid        *grid,
                                    gint32            index);
gint32   tf_box_grid_add           (TfBoxGrid        *grid,
                                    const TfLabelBox *box);

/* The strokes: a piece is found in every cell its stroke and the
 * clearance reach. */
void     tf_piece_grid_cells       (const TfPieceGrid *grid,
                                    double x0, double y0, double x1, double y1,
                                    guint *c0, guint *c1, guint *r0, guint *r1);
void     tf_piece_grid_build       (TfPieceGrid       *grid,
                                    const TfLayout    *layout);
void     tf_piece_grid_clear       (TfPieceGrid       *grid);
gboolean tf_piece_grid_is_clear_of (const TfPieceGrid *grid,
                                    const TfLabelBox  *box,
                                    guint              own,
                                    gint32             on,
                                    double             own_air,
                                    double             other_air);
gboolean tf_piece_grid_is_clear    (const TfPieceGrid *grid,
                                    const TfLabelBox  *box,
                                    guint              own,
                                    gint32             on);

G_END_DECLS
