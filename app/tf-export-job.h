/* tf-export-job.h: what the chart shows, as a page to export or print.
 *
 * A TfExportJob is a snapshot of a TfFlowChart taken when the user asks
 * for an export or a print: its dataset and careers, and TfExportOptions
 * with the chart's filters, zoom, selection and font. The export dialog
 * edits one, printing draws one, and writing one runs in a worker thread;
 * the job owns every string its options point to, so it outlives the
 * chart and the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-export.h"
#include "tf-flow-chart.h"

G_BEGIN_DECLS

typedef struct _TfExportJob TfExportJob;

#define TF_TYPE_EXPORT_JOB (tf_export_job_get_type ())
GType            tf_export_job_get_type      (void) G_GNUC_CONST;

/* NULL when the chart has no dataset. The page is the chart's size. */
TfExportJob     *tf_export_job_new_for_chart (TfFlowChart          *chart);
TfExportJob     *tf_export_job_copy          (const TfExportJob    *job);
void             tf_export_job_free          (TfExportJob          *job);

TfDataset       *tf_export_job_get_dataset   (const TfExportJob    *job);
/* The careers the chart shows, or NULL to let the export build them. */
TfCareers       *tf_export_job_get_careers   (const TfExportJob    *job);
/* Change the numbers and flags in place; strings only through
 * tf_export_job_set_text(), which keeps them alive. */
TfExportOptions *tf_export_job_get_options   (TfExportJob          *job);
void             tf_export_job_set_text      (TfExportJob          *job,
                                              const char           *title,
                                              const char           *subtitle);

/* Writes the page to file with tf_export_write() in a worker thread. */
void             tf_export_job_write_async   (const TfExportJob    *job,
                                              TfExportFormat        format,
                                              GFile                *file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean         tf_export_job_write_finish  (GAsyncResult         *result,
                                              GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfExportJob, tf_export_job_free)

G_END_DECLS
