/* tf-order-optimum.h: the fewest crossings any order allows, on small
 * datasets, to measure the careers' order against.
 *
 * An order is the order of the places in each sector lane and the order
 * (rank) of the stints in each place; the layout draws two stints of one
 * place that are there at once in rank order. Crossings are counted per
 * event, a time at which transitions happen: between the strands there
 * just before and just after it (those of the stints that span it, and
 * one per transition, from its stint to the next), every pair whose
 * vertical order differs before and after crosses once. That is what
 * tf_layout_count_crossings() counts when the curves of different events
 * do not overlap, as on tf_synthetic_small_dataset_new()'s datasets.
 *
 * The count is a sum of terms, each comparing two pairwise orders ("a
 * above b" before and after an event); the minimum over every order is
 * an integer program over those pairwise orders (a linear ordering
 * problem per lane and per place), solved by glpsol (Debian's
 * glpk-utils) or, for tiny datasets, by trying every order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-careers.h"

G_BEGIN_DECLS

typedef struct _TfOrderProblem TfOrderProblem;

TfOrderProblem *tf_order_problem_new        (TfCareers       *careers);
void            tf_order_problem_free       (TfOrderProblem  *problem);

/* The crossings of the careers' own order. */
guint64         tf_order_problem_count      (TfOrderProblem  *problem);

/* The fewest crossings, trying every order of every lane and place: FALSE
 * when there are more than max_orders of them. With install, the careers
 * take a best order (the layout then draws it). */
gboolean        tf_order_problem_exhaustive (TfOrderProblem  *problem,
                                             guint64          max_orders,
                                             gboolean         install,
                                             guint64         *minimum);

/* The fewest crossings, by glpsol on an LP file written in dir, giving up
 * after time_limit seconds (then *proven is FALSE and *minimum the best
 * order found). With install, the careers take that order. */
gboolean        tf_order_problem_solve      (TfOrderProblem  *problem,
                                             const char      *dir,
                                             guint            time_limit,
                                             gboolean         install,
                                             guint64         *minimum,
                                             gboolean        *proven,
                                             GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfOrderProblem, tf_order_problem_free)

G_END_DECLS
