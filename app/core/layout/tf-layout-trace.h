/* tf-layout-trace.h: one person drawn over an aggregated chart.
 *
 * An aggregated chart shows ribbons, which count people and name nobody:
 * a person found by search or selected would not be seen in it. Their
 * trace is their path laid over the ribbons: along the middle of each
 * row they were in (their organization's, or the "Others" row it was
 * merged into), with a curve at each move, as the individual chart would
 * draw it. Rows of sectors not shown leave gaps, as they do for paths.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-layout.h"

G_BEGIN_DECLS

typedef struct _TfLayoutTrace TfLayoutTrace;

/* The trace of the dataset person person (an index into the careers'
 * dataset's people) over layout; NULL when they have nothing in view. */
TfLayoutTrace         *tf_layout_trace_new          (TfLayout      *layout,
                                                     int            person);
void                   tf_layout_trace_free         (TfLayoutTrace *self);

/* Straight stretches along rows and curves at moves (see
 * TfLayoutSegment), in time order, strand by strand. */
const TfLayoutSegment *tf_layout_trace_get_segments (TfLayoutTrace *self,
                                                     guint         *n_segments);
const char            *tf_layout_trace_get_name     (TfLayoutTrace *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfLayoutTrace, tf_layout_trace_free)

G_END_DECLS
