/* tf-export-dialog.h: the dialog that exports the chart to a file.
 *
 * TfExportDialog asks for a format (PNG, SVG, PDF), a page size (1920 ×
 * 1080 at first, the window's, A4 landscape or custom), a PNG scale, a
 * type size, a theme and what to put around the chart, previews the
 * page, then asks for a file and emits "export". What is exported is the TfExportJob it was made
 * with: the chart's dataset, filters, zoom and selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-export-job.h"

G_BEGIN_DECLS

/* The rows of the size list, in order. */
typedef enum
{
  TF_EXPORT_SIZE_WINDOW,
  TF_EXPORT_SIZE_FULL_HD,
  TF_EXPORT_SIZE_A4_LANDSCAPE,
  TF_EXPORT_SIZE_CUSTOM,
} TfExportSize;

#define TF_TYPE_EXPORT_DIALOG (tf_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TfExportDialog, tf_export_dialog, TF, EXPORT_DIALOG, AdwWindow)

/* job: the chart to export; its page size is the "window size" and its
 * title and subtitle prefill the entries. settings: where the last
 * choices are kept, or NULL. name: the file name to suggest, without
 * extension. */
TfExportDialog  *tf_export_dialog_new            (GtkWindow          *parent,
                                                  const TfExportJob  *job,
                                                  GSettings          *settings,
                                                  const char         *name);

TfExportFormat   tf_export_dialog_get_format     (TfExportDialog     *self);
void             tf_export_dialog_set_format     (TfExportDialog     *self,
                                                  TfExportFormat      format);
TfExportSize     tf_export_dialog_get_size       (TfExportDialog     *self);
/* width and height count for TF_EXPORT_SIZE_CUSTOM only. */
void             tf_export_dialog_set_size       (TfExportDialog     *self,
                                                  TfExportSize        size,
                                                  double              width,
                                                  double              height);
void             tf_export_dialog_set_scale      (TfExportDialog     *self,
                                                  double              scale);
/* The type size row nearest font_scale (see TfExportOptions). */
void             tf_export_dialog_set_font_scale (TfExportDialog     *self,
                                                  double              font_scale);
void             tf_export_dialog_set_theme      (TfExportDialog     *self,
                                                  TfExportTheme       theme);
void             tf_export_dialog_set_text       (TfExportDialog     *self,
                                                  const char         *title,
                                                  const char         *subtitle);
void             tf_export_dialog_set_include    (TfExportDialog     *self,
                                                  gboolean            legend,
                                                  gboolean            time_range,
                                                  gboolean            credits);

/* What would be exported now: the job with the dialog's choices. */
const TfExportJob *
                 tf_export_dialog_get_job        (TfExportDialog     *self);

/* What "Export…" does once a file is chosen: keeps the choices, emits
 * "export" with a copy of the job, the file and its format (from the
 * file's extension when it names one, else the dialog's), and closes. */
void             tf_export_dialog_export_to_file (TfExportDialog     *self,
                                                  GFile              *file);

G_END_DECLS
