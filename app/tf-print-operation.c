/* tf-print-operation.c: printing the chart.
 *
 * The page is composed by tf_export_draw_page(), like an export, on the
 * print context's cairo_t in points: the printable area is the page, so
 * the chart fills the paper in whatever size and orientation the user
 * picks in the print dialog, and the preview (a PDF of the same drawing,
 * or a window of ours drawing it when no previewer is installed) shows
 * exactly that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-print-operation"

#include "config.h"

#include <glib/gi18n.h>

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

  /* Our own preview, when no external previewer is installed. */
  GtkPageSetup *preview_setup;
  GtkWidget *preview_window;
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

/* Draws the page into a printable area of width × height points. */
static gboolean
draw_printable (TfPrintOperation  *self,
                cairo_t           *cr,
                double             width,
                double             height,
                GError           **error)
{
  TfExportOptions *options = tf_export_job_get_options (self->job);
  double zoom = 1;
  gboolean drawn;

  if (width <= 0 || height <= 0)
    return TRUE;

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
  drawn = tf_export_draw_page (cr, tf_export_job_get_dataset (self->job),
                               tf_export_job_get_careers (self->job), options, error);
  cairo_restore (cr);
  return drawn;
}

static void
tf_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  TfPrintOperation *self = TF_PRINT_OPERATION (operation);

  g_clear_error (&self->draw_error);
  if (!draw_printable (self, gtk_print_context_get_cairo_context (context),
                       gtk_print_context_get_width (context),
                       gtk_print_context_get_height (context),
                       &self->draw_error))
    {
      /* An empty page is no use: stop, and let the caller say why. */
      g_debug ("Cannot print: %s", self->draw_error->message);
      gtk_print_operation_cancel (operation);
    }
}

/* GTK previews by running an external program (gtk-print-preview-command,
 * "evince --preview" by default) on a PDF of the page, and says nothing
 * when that program is missing. Then the page is shown in a window of our
 * own instead, drawn by the same code. */
static gboolean
has_external_previewer (GtkWidget *parent)
{
  g_autofree char *command = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *program = NULL;
  GtkSettings *settings = parent != NULL ? gtk_widget_get_settings (parent)
                                         : gtk_settings_get_default ();

  if (settings == NULL)
    return FALSE;
  g_object_get (settings, "gtk-print-preview-command", &command, NULL);
  if (command == NULL || !g_shell_parse_argv (command, NULL, &argv, NULL) || argv[0] == NULL)
    return FALSE;
  program = g_find_program_in_path (argv[0]);
  return program != NULL;
}

static void
preview_draw_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  TfPrintOperation *self = TF_PRINT_OPERATION (user_data);
  GtkPageSetup *setup = self->preview_setup;
  double paper_width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  double paper_height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
  double margin = 12;
  double scale;
  g_autoptr(GError) error = NULL;

  if (paper_width <= 0 || paper_height <= 0)
    return;
  scale = MIN ((width - 2 * margin) / paper_width, (height - 2 * margin) / paper_height);
  if (scale <= 0)
    return;

  /* The sheet, white as paper, centred. */
  cairo_translate (cr, (width - paper_width * scale) / 2, (height - paper_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, paper_width, paper_height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1 / scale);
  cairo_stroke (cr);

  cairo_translate (cr, gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS),
                   gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  if (!draw_printable (self, cr,
                       gtk_page_setup_get_page_width (setup, GTK_UNIT_POINTS),
                       gtk_page_setup_get_page_height (setup, GTK_UNIT_POINTS),
                       &error))
    g_debug ("Cannot preview: %s", error->message);
}

static void
preview_window_destroy_cb (GtkWidget *window,
                           gpointer   user_data)
{
  GtkPrintOperationPreview *preview = user_data;

  gtk_print_operation_preview_end_preview (preview);
  g_object_unref (preview);
}

static gboolean
tf_print_operation_preview (GtkPrintOperation        *operation,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  TfPrintOperation *self = TF_PRINT_OPERATION (operation);
  GtkWidget *window;
  GtkWidget *area;

  if (has_external_previewer (GTK_WIDGET (parent)))
    return FALSE;

  g_set_object (&self->preview_setup, gtk_print_context_get_page_setup (context));
  if (self->preview_setup == NULL)
    return FALSE;

  /* GTK wants a cairo context on the print context of a preview, even one
   * whose pages it never renders. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
    cairo_t *cr = cairo_create (surface);

    gtk_print_context_set_cairo_context (context, cr, 72, 72);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), preview_draw_cb,
                                  g_object_ref (self), g_object_unref);

  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 680);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_child (GTK_WINDOW (window), area);
  g_signal_connect (window, "destroy", G_CALLBACK (preview_window_destroy_cb),
                    g_object_ref (preview));
  self->preview_window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->preview_window);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

GtkWindow *
tf_print_operation_get_preview_window (TfPrintOperation *self)
{
  g_return_val_if_fail (TF_IS_PRINT_OPERATION (self), NULL);

  return GTK_WINDOW (self->preview_window);
}

static void
tf_print_operation_finalize (GObject *object)
{
  TfPrintOperation *self = TF_PRINT_OPERATION (object);

  if (self->preview_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->preview_window),
                                  (gpointer *) &self->preview_window);
  g_clear_pointer (&self->job, tf_export_job_free);
  g_clear_error (&self->draw_error);
  g_clear_object (&self->preview_setup);

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
  operation_class->preview = tf_print_operation_preview;
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
