/* tf-layout-crossings.h: counting where paths cross, for tests and benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-layout.h"

G_BEGIN_DECLS

/* Pairs of paths that swap their vertical order, counted between frames at
 * every curve end (0 for an aggregated layout). Computed on each call. */
guint64 tf_layout_count_crossings (TfLayout *self);

/* The crossings of careers laid out at 1920x1080, one path per person. */
guint64 tf_careers_count_crossings (TfCareers *careers);

G_END_DECLS
