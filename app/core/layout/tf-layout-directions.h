/* tf-layout-directions.h: the direction strip's bars and who they count.
 *
 * Under the chart, a bar per year counts the moves toward academia (up)
 * and toward industry (down). The bars count the moves the chart above
 * them draws, so they follow every filter: with companies hidden, a move
 * from a lab to a company is not drawn and not counted. Heights go with
 * the square root of the count, so that one group move (40 people to Uber)
 * does not flatten every other year to a hairline; each bar's count is
 * written beside it, so the figure is never left to the eye.
 *
 * Each bar lists its moves (the path and the move), for tooltips and for
 * the list a click opens. An aggregated chart draws ribbons, not moves:
 * its bars keep the layout's own counts (see TfLayoutStrip) and list
 * nobody.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TF_LAYOUT_TOWARD_ACADEMIA,  /* from any other sector into academia: up */
  TF_LAYOUT_TOWARD_INDUSTRY,  /* from academia into any other sector: down */
} TfLayoutDirection;

/* One move a bar counts. */
typedef struct
{
  int   path;    /* index into the layout's paths */
  int   move;    /* dataset move index */
  guint weight;  /* people: 1, or a group's size */
} TfLayoutDirectionMove;

typedef struct
{
  int               year;
  TfLayoutDirection direction;
  guint             count;           /* people */
  double            x, y, width, height;
  /* Where the count goes: a box above an up bar, below a down one. */
  double            text_y;
  double            text_height;
  guint             first_move;      /* into the moves; none when aggregated */
  guint             n_moves;
} TfLayoutDirectionBar;

typedef struct _TfLayoutDirections TfLayoutDirections;

/* The bars of layout's strip (none without one), at its size. */
TfLayoutDirections          *tf_layout_directions_new       (TfLayout           *layout);
void                         tf_layout_directions_free      (TfLayoutDirections *self);

/* Bars in year order, up before down in a year; only years with moves. */
const TfLayoutDirectionBar  *tf_layout_directions_get_bars  (TfLayoutDirections *self,
                                                             guint              *n_bars);
const TfLayoutDirectionMove *tf_layout_directions_get_moves (TfLayoutDirections *self,
                                                             guint              *n_moves);
/* The largest count, which the tallest bars show. */
guint                        tf_layout_directions_get_max   (TfLayoutDirections *self);
/* The people counted in year toward direction; 0 when none. */
guint                        tf_layout_directions_count     (TfLayoutDirections *self,
                                                             int                 year,
                                                             TfLayoutDirection   direction);

/* The bar at (x, y), with its year's column and its half of the strip as
 * the target (a short bar is hard to hit): its index, or -1. */
int                          tf_layout_directions_bar_at    (TfLayoutDirections *self,
                                                             double              x,
                                                             double              y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfLayoutDirections, tf_layout_directions_free)

G_END_DECLS
