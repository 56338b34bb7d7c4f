/* tf-print-operation.c: printing the chart.
 *
 * The page is composed by tf_export_draw_page(), like an export, on the
 * print context's cairo_t in points: the printable area is the page, so
 * the chart fills the paper in whatever size and orientation the user
 * picks in the print dialog, and the preview (a PDF of the same drawing)
 * shows exactly that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-print-operation"

#include "config.h"

#include "tf-print-operation.h"

/* The person labels' size on paper, in points, from the page's shorter
 * side: 7.5 pt on A4 or Letter, bigger on posters, never unreadable. */
#define FONT_SIZE_PER_SIDE 75.0
#define MIN_FONT_SIZE      6.5
#define MAX_FONT_SIZE      14.0

struct _TfPrintOperation
{
  GtkPrintOperation parent_instance;

  TfExportJob *job;
  GError *draw_error;
};

G_DEFINE_FINAL_TYPE (TfPrintOperation, tf_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
tf_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  TfPrintOperation *self = TF_PRINT_OPERATION (operation);

  g_clear_error (&self->draw_error);
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
tf_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  TfPrintOperation *self = TF_PRINT_OPERATION (operation);
  TfExportOptions *options = tf_export_job_get_options (self->job);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double zoom = 1;

  if (width <= 0 || height <= 0)
    return;

  /* Below the export's smallest page (a postcard, say) the page is
   * composed bigger and shrunk to the paper. */
  if (MIN (width, height) < TF_EXPORT_MIN_SIDE)
    zoom = TF_EXPORT_MIN_SIDE / MIN (width, height);
  if (MAX (width, height) * zoom > TF_EXPORT_MAX_SIDE)
    zoom = TF_EXPORT_MAX_SIDE / MAX (width, height);

  options->width = width * zoom;
  options->height = height * zoom;
  options->font_size = CLAMP (MIN (width, height) / FONT_SIZE_PER_SIDE,
                              MIN_FONT_SIZE, MAX_FONT_SIZE) * zoom;

  cairo_save (cr);
  cairo_scale (cr, 1 / zoom, 1 / zoom);
  if (!tf_export_draw_page (cr, tf_export_job_get_dataset (self->job),
                            tf_export_job_get_careers (self->job), options,
                            &self->draw_error))
    {
      /* An empty page is no use: stop, and let the caller say why. */
      g_debug ("Cannot print: %s", self->draw_error->message);
      gtk_print_operation_cancel (operation);
    }
  cairo_restore (cr);
}

static void
tf_print_operation_finalize (GObject *object)
{
  TfPrintOperation *self = TF_PRINT_OPERATION (object);

  g_clear_pointer (&self->job, tf_export_job_free);
  g_clear_error (&self->draw_error);

  G_OBJECT_CLASS (tf_print_operation_parent_class)->finalize (object);
}

static void
tf_print_operation_class_init (TfPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = tf_print_operation_finalize;

  operation_class->begin_print = tf_print_operation_begin_print;
  operation_class->draw_page = tf_print_operation_draw_page;
}

static void
tf_print_operation_init (TfPrintOperation *self)
{
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();

  /* The time axis wants the long side. */
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);

  gtk_print_operation_set_n_pages (GTK_PRINT_OPERATION (self), 1);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

TfPrintOperation *
tf_print_operation_new (const TfExportJob *job)
{
  TfPrintOperation *self;
  TfExportOptions *options;

  g_return_val_if_fail (job != NULL, NULL);

  self = g_object_new (TF_TYPE_PRINT_OPERATION, NULL);
  self->job = tf_export_job_copy (job);

  /* Paper is white: light colours, and no page background, which would
   * print as a grey box inside the paper's margins. A printout has to
   * stand on its own. */
  options = tf_export_job_get_options (self->job);
  options->theme = TF_EXPORT_THEME_TRANSPARENT;
  options->scale = 1;
  options->show_legend = TRUE;
  options->show_time_range = TRUE;
  options->show_credits = TRUE;

  if (options->title != NULL && options->title[0] != '\0')
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), options->title);

  return self;
}

const GError *
tf_print_operation_get_draw_error (TfPrintOperation *self)
{
  g_return_val_if_fail (TF_IS_PRINT_OPERATION (self), NULL);

  return self->draw_error;
}
