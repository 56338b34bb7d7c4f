/* tf-careers-private.h: what the careers' files share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-careers-arrays.h"

G_BEGIN_DECLS

/* Orders places and stints; fills place_stints, lane_places,
 * lane_position, rank and peak. Implemented in tf-careers-order.c. */
void tf_careers_compute_order (TfCareers *self);

/* Sorted by primary, then secondary, then tie, then index. In
 * tf-careers-order.c. */
typedef struct
{
  double  primary;
  double  secondary;
  guint32 tie;
  guint32 index;
} TfCareersSortItem;

void tf_careers_sort_items (TfCareersSortItem *items,
                            guint              n);

/* The tracks of each place's stints (tf-careers-tracks.c): made once each
 * place's stints are known (max_stints: the most in one place), which sets
 * each place's peak; assigned once the places are ordered in their lanes,
 * which sets each stint's rank and place_stints' order. */
typedef struct _TfCareersTracks TfCareersTracks;

TfCareersTracks *tf_careers_tracks_new    (TfCareers       *self,
                                           guint            max_stints);
void             tf_careers_tracks_assign (TfCareersTracks *tracks,
                                           TfCareers       *self);
void             tf_careers_tracks_free   (TfCareersTracks *tracks);

/* Swaps neighbouring places of a lane where fewer paths then cross, the
 * stints on the given tracks (per stint), place_stints in start order,
 * and starts and ends each place's sorted, indexed as place_stints;
 * updates lane_places and lane_position. In tf-careers-swap.c. */
void tf_careers_swap_places (TfCareers     *self,
                             const guint32 *track,
                             const double  *starts,
                             const double  *ends);

G_END_DECLS
