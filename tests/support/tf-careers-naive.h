/* tf-careers-naive.h: careers in the naive order, the baseline that tests
 * and benchmarks compare the careers' own order against.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-careers.h"

G_BEGIN_DECLS

/* The careers of dataset with organizations in dataset order (each
 * sector's unnamed place last) and people packed first-fit: each stint, by
 * start time, on the lowest track free at its start. The same stints,
 * transitions and places as tf_careers_new() makes; only the order
 * differs. */
TfCareers *tf_careers_new_naive (TfDataset *dataset);

G_END_DECLS
