/* tf-print-operation.h: printing the chart.
 *
 * TfPrintOperation prints a TfExportJob as one page fitted to the paper's
 * printable area: the chart with its title, legend, time range and source
 * credits in light colours on the paper, as the window shows it (filters,
 * zoom, selection).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-export-job.h"

G_BEGIN_DECLS

#define TF_TYPE_PRINT_OPERATION (tf_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (TfPrintOperation, tf_print_operation, TF, PRINT_OPERATION, GtkPrintOperation)

/* Prints a copy of job with its title; the rest of what a page shows
 * around the chart is always on, in light colours without a background. */
TfPrintOperation *tf_print_operation_new            (const TfExportJob *job);

/* Why the page could not be drawn (the operation was then cancelled), or
 * NULL. */
const GError     *tf_print_operation_get_draw_error (TfPrintOperation  *self);

/* The window showing the preview when the operation shows it itself (no
 * external previewer is installed), while it is open; else NULL. */
GtkWindow        *tf_print_operation_get_preview_window (TfPrintOperation *self);

G_END_DECLS
