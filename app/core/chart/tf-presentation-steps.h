/* tf-presentation-steps.h: the steps of a presentation of a chart.
 *
 * Presentation mode reveals a laid-out chart from left to right, either a
 * year at a time or one move at a time in the order the chart draws them
 * (by the x of each move's curve, so a move with no date comes where the
 * chart puts it). A step says how far the chart is revealed, which move,
 * if any, to emphasise, and what the caption under the chart says. The
 * last step always reveals everything.
 *
 * Steps are a pure function of a layout: the widget, the benchmark and
 * the tests compute them the same way. GTK-free.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-dataset.h"
#include "tf-layout.h"

G_BEGIN_DECLS

typedef enum
{
  TF_PRESENTATION_BY_YEAR,
  TF_PRESENTATION_BY_MOVE,
} TfPresentationMode;

typedef struct
{
  /* BY_YEAR: the year revealed last. BY_MOVE: the move's year (its date's,
   * or for a move with no date the year its curve is drawn in). */
  int    year;
  /* The chart is shown left of this x; the last step's is the chart's
   * width. Never less than the step before's. */
  double reveal_x;
  /* BY_MOVE: the move's curve (an index into the layout's segments), its
   * path and its dataset move index; -1 for BY_YEAR. */
  int    segment;
  int    path;
  int    move;
  /* The moves this step adds: BY_MOVE one, BY_YEAR those of the year (0
   * for a year without any); see tf_presentation_steps_get_curves(). */
  guint  first_curve;
  guint  n_curves;
} TfPresentationStep;

typedef struct _TfPresentationSteps TfPresentationSteps;

/* dataset is the one layout's careers were built from: captions quote
 * its evidence. An aggregated layout has ribbons and no curves: it has
 * year steps (by the ribbons that change place) and no move steps. */
TfPresentationSteps      *tf_presentation_steps_new         (TfLayout                 *layout,
                                                             TfDataset                *dataset,
                                                             TfPresentationMode        mode);
void                      tf_presentation_steps_free        (TfPresentationSteps      *self);

TfPresentationMode        tf_presentation_steps_get_mode    (TfPresentationSteps      *self);
TfLayout                 *tf_presentation_steps_get_layout  (TfPresentationSteps      *self);
guint                     tf_presentation_steps_get_n_steps (TfPresentationSteps      *self);
const TfPresentationStep *tf_presentation_steps_get_step    (TfPresentationSteps      *self,
                                                             guint                     index);

/* The curves (indices into the layout's segments, or for an aggregated
 * layout into its ribbons) of every step, in step order; a step's are
 * n_curves from first_curve. */
const int                *tf_presentation_steps_get_curves  (TfPresentationSteps      *self,
                                                             guint                    *n_curves);

/* The step of self closest to step, a step of other steps (another mode,
 * or the same data laid out anew): the same move, else the last step
 * that reveals no later year. 0 when there is none. */
guint                     tf_presentation_steps_find        (TfPresentationSteps      *self,
                                                             const TfPresentationStep *step);

/* The caption of step index. A move: *text is its first evidence quote
 * in quotation marks (「…」 for Chinese), *detail the article: its title,
 * outlet, author and date; a move with no evidence: its route and who
 * moved when. A year: *text the year, *detail who moved in it. Free both
 * with g_free(). */
void                      tf_presentation_steps_get_caption (TfPresentationSteps      *self,
                                                             guint                     index,
                                                             char                    **text,
                                                             char                    **detail);

/* "2019 · 12/34": the year, the step's number and the number of steps. */
char                     *tf_presentation_steps_format_indicator (TfPresentationSteps *self,
                                                                  guint                index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPresentationSteps, tf_presentation_steps_free)

G_END_DECLS
