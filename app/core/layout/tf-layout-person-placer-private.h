/* tf-layout-person-placer-private.h: the state of placing person labels,
 * shared by tf-layout-person-labels.c (names on and beside their paths,
 * and the order they are placed in) and tf-layout-person-callouts.c
 * (names set apart with a leader, shortened, or right of the plot).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-layout-label-space-private.h"
#include "tf-layout-private.h"

G_BEGIN_DECLS

/* How far a label sits from the point it names (the air around labels
 * and the clearance from strokes are in tf-layout-label-space-private.h). */
#define LABEL_OFFSET_PX    3.0
/* A name shut in among other paths' strokes (no free room near it that
 * a leader reaches without crossing one) may have its leader cross this
 * many, fewest first: a thin line across a stroke to its own path reads
 * better than no name. The name itself still touches none. */
#define MAX_LEADER_CROSSINGS 2

/* ---- where a name may go ---- */

typedef enum
{
  SPOT_START,
  SPOT_END,
  SPOT_MOVE,
  SPOT_ALONG,
} SpotKind;

typedef struct
{
  TfLabelBox      box;
  double   score;     /* lower is better */
  double   anchor_x;  /* the point it names */
  double   anchor_y;
  SpotKind kind;
  gint32   on;        /* the straight segment it sits on, or -1 beside its path */
  /* A name set off from its path's end: the stretch between them, at the
   * path's height, which no other stroke may cross (x0 == x1: none). */
  double   corridor_x0;
  double   corridor_x1;
} Spot;

typedef struct
{
  TfLayoutBuilder *builder;
  TfLayout *layout;
  TfPieceGrid pieces;
  TfBoxGrid boxes;
  TfLabelBox plot;
  guint8 *cut;       /* per segment: a name sits on it */
  GArray *cuts;      /* of Cut */
  GArray *placed;    /* of Placed, per box in boxes */
  GArray **named;    /* per path: the labels that name it, shown or not */
  guint checks;      /* places checked against the strokes so far */
} Placer;

/* What each placed box is: a name (its path and label), or another
 * label (path -1) that names do not move. */
typedef struct
{
  gint32 path;
  gint32 label;
  gint32 cut;        /* into cuts, -1 */
  Spot   spot;
} Placed;

typedef struct
{
  guint   path;
  guint   n_clear;   /* places clear of strokes, before any name is placed */
  double  key;       /* groups first, then those with the most to show */
  double  width;
  double  height;
  GArray *spots;     /* of Spot, best first */
} Candidate;
/* Where names may go (tf-layout-person-labels.c). */
double        tf_placer_segment_y_at  (const TfLayoutSegment *segment,
                                       double                 x);
void          tf_placer_path_spots    (Placer             *placer,
                                       const TfLayoutPath *path,
                                       double              width,
                                       double              height,
                                       gboolean            along,
                                       GArray             *spots);
int           tf_placer_compare_spots (gconstpointer a,
                                       gconstpointer b);
gboolean      tf_placer_spot_is_clear (Placer     *placer,
                                       const Spot *spot,
                                       guint       path);
const Spot   *tf_placer_free_spot     (Placer *placer,
                                       guint   path,
                                       GArray *spots);
void          tf_placer_note_placed   (Placer     *placer,
                                       gint32      box,
                                       gint32      path,
                                       gint32      label,
                                       gint32      cut,
                                       const Spot *spot);
int           tf_placer_place         (Placer     *placer,
                                       guint       p,
                                       const Spot *spot);

/* Names elsewhere (tf-layout-person-callouts.c). */
gboolean      tf_placer_place_callout    (Placer          *placer,
                                          const Candidate *candidate,
                                          double           width,
                                          guint            crossings,
                                          guint            budget);
gboolean      tf_placer_place_short_name (Placer          *placer,
                                          const Candidate *candidate);
void          tf_placer_place_edge_names (Placer *placer,
                                          GArray *candidates);

G_END_DECLS
