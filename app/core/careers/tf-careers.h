/* tf-careers.h: a dataset's moves as careers, flattened and ordered once.
 *
 * The flow chart is laid out many times per dataset (every resize, zoom and
 * filter), but what it is made of only changes with the data: which stints
 * (a person at a place for a while) and transitions (the moves between them)
 * there are, the order of organizations inside each sector lane, and the
 * order of people inside each organization. TfCareers computes those once;
 * tf_layout_new() then only filters, packs and measures. Because the order
 * is global, filtering or zooming never reshuffles what stays visible.
 *
 * A TfCareers copies what it needs from the dataset (ids, names) and does
 * not keep the dataset alive: edit the dataset, then build new careers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

typedef struct _TfCareers TfCareers;

#define TF_TYPE_CAREERS (tf_careers_get_type ())

GType            tf_careers_get_type            (void) G_GNUC_CONST;

/* Organizations are ordered by barycentre sweeps and local swaps, people
 * inside an organization by where they come from and go to (see
 * tf-careers-order.c). */
TfCareers       *tf_careers_new                 (TfDataset      *dataset);
TfCareers       *tf_careers_ref                 (TfCareers      *self);
void             tf_careers_unref               (TfCareers      *self);

/* The years the careers span: from the earliest stint to the end of the year
 * after the last move, where open-ended stints stop (an undated move counts
 * by the date of the article that reports it). Both 0 when empty. */
void             tf_careers_get_extent          (TfCareers      *self,
                                                 double         *first_year,
                                                 double         *end_year);

/* People (and anonymous groups) with at least one move on the chart. */
guint            tf_careers_get_n_paths         (TfCareers      *self);
guint            tf_careers_get_n_stints        (TfCareers      *self);
/* Moves that are not on the chart at all: they name nobody, or no place,
 * or have no date and nothing to place them by (no dated article and no
 * dated move anywhere in the dataset). */
guint            tf_careers_get_n_left_out_moves (TfCareers     *self);
/* Moves with no date that are on the chart all the same: after the
 * person's last dated move before the article that reports them, and no
 * later than that article (see tf_careers_get_reported_by()); with no
 * dated article, after the person's last dated move. The layout flags
 * them TF_LAYOUT_SEGMENT_UNDATED. */
guint            tf_careers_get_n_placed_undated_moves (TfCareers *self);
/* The same as tf_careers_get_n_left_out_moves(): kept for callers written
 * when every undated move was left out. */
guint            tf_careers_get_n_undated_moves (TfCareers      *self);

/* The date of the earliest article the move's evidence cites, of those
 * that have a date (earliest by the last day the date allows: "2022-06-04"
 * comes before "2022"): a move with no date happened no later than this.
 * FALSE, and *reported_by unknown, when no cited article has a date. */
gboolean         tf_careers_get_reported_by     (TfDataset      *dataset,
                                                 const TfMove   *move,
                                                 TfDate         *reported_by);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfCareers, tf_careers_unref)

G_END_DECLS
