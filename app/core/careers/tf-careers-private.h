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

G_END_DECLS
