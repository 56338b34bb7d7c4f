/* tf-export-job.c: what the chart shows, as a page to export or print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-export-job"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-export-job.h"

struct _TfExportJob
{
  TfDataset *dataset;
  TfCareers *careers;
  TfExportOptions options;

  /* What the options' strings point to. */
  char *title;
  char *subtitle;
  char *selection_id;
  char *font_family;
  char **organization_ids;
};

G_DEFINE_BOXED_TYPE (TfExportJob, tf_export_job, tf_export_job_copy, tf_export_job_free)

/* Points the options at the job's own strings. */
static void
attach_strings (TfExportJob *job)
{
  job->options.title = job->title;
  job->options.subtitle = job->subtitle;
  job->options.selection_id = job->selection_id;
  job->options.font_family = job->font_family;
  job->options.organization_ids = (const char * const *) job->organization_ids;
}

/* The family the chart sets its labels in, so that the page looks like
 * the screen; NULL lets the export pick. */
static char *
dup_chart_font_family (TfFlowChart *chart)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (chart));
  const PangoFontDescription *description = pango_context_get_font_description (context);
  const char *family = description != NULL ? pango_font_description_get_family (description) : NULL;

  return family != NULL && family[0] != '\0' ? g_strdup (family) : NULL;
}

TfExportJob *
tf_export_job_new_for_chart (TfFlowChart *chart)
{
  TfExportJob *job;
  TfDataset *dataset;
  TfCareers *careers;
  TfFlowChartSelection selection;
  const char *selection_id = NULL;
  int width;
  int height;

  g_return_val_if_fail (TF_IS_FLOW_CHART (chart), NULL);

  dataset = tf_flow_chart_get_dataset (chart);
  if (dataset == NULL)
    return NULL;

  job = g_new0 (TfExportJob, 1);
  job->dataset = g_object_ref (dataset);
  careers = tf_flow_chart_get_careers (chart);
  job->careers = careers != NULL ? tf_careers_ref (careers) : NULL;

  tf_export_options_init (&job->options);

  /* The window's size is the first preset: where the chart has none yet,
   * the default page stays. */
  width = gtk_widget_get_width (GTK_WIDGET (chart));
  height = gtk_widget_get_height (GTK_WIDGET (chart));
  if (width > 0 && height > 0)
    {
      job->options.width = CLAMP (width, TF_EXPORT_MIN_SIDE, TF_EXPORT_MAX_SIDE);
      job->options.height = CLAMP (height, TF_EXPORT_MIN_SIDE, TF_EXPORT_MAX_SIDE);
    }

  tf_flow_chart_get_view (chart, &job->options.view_from, &job->options.view_to);
  tf_flow_chart_get_move_range (chart, &job->options.move_from, &job->options.move_to);
  job->options.sector_mask = tf_flow_chart_get_sector_mask (chart);
  job->options.aggregate = tf_flow_chart_get_aggregate (chart);
  job->organization_ids = g_strdupv ((char **) tf_flow_chart_get_organization_ids (chart));

  /* TfChartSelectionKind has TfFlowChartSelection's values. */
  selection = tf_flow_chart_get_selection (chart, &selection_id);
  job->options.selection = (TfChartSelectionKind) selection;
  job->selection_id = selection != TF_FLOW_CHART_SELECTION_NONE ? g_strdup (selection_id) : NULL;

  job->font_family = dup_chart_font_family (chart);

  attach_strings (job);
  return job;
}

TfExportJob *
tf_export_job_copy (const TfExportJob *job)
{
  TfExportJob *copy;

  g_return_val_if_fail (job != NULL, NULL);

  copy = g_new0 (TfExportJob, 1);
  copy->dataset = g_object_ref (job->dataset);
  copy->careers = job->careers != NULL ? tf_careers_ref (job->careers) : NULL;
  copy->options = job->options;
  copy->title = g_strdup (job->title);
  copy->subtitle = g_strdup (job->subtitle);
  copy->selection_id = g_strdup (job->selection_id);
  copy->font_family = g_strdup (job->font_family);
  copy->organization_ids = g_strdupv (job->organization_ids);
  attach_strings (copy);
  return copy;
}

void
tf_export_job_free (TfExportJob *job)
{
  if (job == NULL)
    return;

  g_clear_object (&job->dataset);
  g_clear_pointer (&job->careers, tf_careers_unref);
  g_free (job->title);
  g_free (job->subtitle);
  g_free (job->selection_id);
  g_free (job->font_family);
  g_strfreev (job->organization_ids);
  g_free (job);
}

TfDataset *
tf_export_job_get_dataset (const TfExportJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->dataset;
}

TfCareers *
tf_export_job_get_careers (const TfExportJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->careers;
}

TfExportOptions *
tf_export_job_get_options (TfExportJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return &job->options;
}

void
tf_export_job_set_text (TfExportJob *job,
                        const char  *title,
                        const char  *subtitle)
{
  g_return_if_fail (job != NULL);

  /* Either may be the job's own string. */
  if (title != job->title)
    {
      g_free (job->title);
      job->title = g_strdup (title);
    }
  if (subtitle != job->subtitle)
    {
      g_free (job->subtitle);
      job->subtitle = g_strdup (subtitle);
    }
  attach_strings (job);
}

typedef struct
{
  TfExportJob *job;
  TfExportFormat format;
  char *path;
} WriteData;

static void
write_data_free (WriteData *data)
{
  tf_export_job_free (data->job);
  g_free (data->path);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  /* The dataset and careers are immutable, and the job is this thread's
   * own copy. */
  if (tf_export_write (data->job->dataset, data->job->careers, data->format, data->path,
                       &data->job->options, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
tf_export_job_write_async (const TfExportJob   *job,
                           TfExportFormat       format,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  WriteData *data;

  g_return_if_fail (job != NULL);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tf_export_job_write_async);

  /* The core writes beside the file and renames, which needs a path; a
   * remote location reached through the file chooser has a FUSE one. */
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Cannot write to “%s”: only local files are supported"),
                               name);
      return;
    }

  data = g_new0 (WriteData, 1);
  data->job = tf_export_job_copy (job);
  data->format = format;
  data->path = g_steal_pointer (&path);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
tf_export_job_write_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tf_export_job_write_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
