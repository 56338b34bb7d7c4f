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

/* Swaps neighbouring places of a lane where fewer paths then cross, the
 * stints on the given tracks (per stint), place_stints in start order,
 * and starts and ends each place's sorted, indexed as place_stints;
 * updates lane_places and lane_position. In tf-careers-swap.c. */
void tf_careers_swap_places (TfCareers     *self,
                             const guint32 *track,
                             const double  *starts,
                             const double  *ends);

G_END_DECLS
