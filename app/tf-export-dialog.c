/* tf-export-dialog.c: the dialog that exports the chart to a file.
 *
 * The dialog edits a copy of the TfExportJob it was made with: every
 * change of a row goes into the job at once, is checked against the
 * export's limits (the Export button waits for a valid page), and
 * previews the page. The preview is drawn by the same core code as the
 * file, in a worker thread and a moment after the last change, so typing
 * a title never stutters on a big chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-export-dialog"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tf-export-dialog.h"

/* A4 landscape in points, which the export takes as px. */
#define A4_LONG_SIDE  842.0
#define A4_SHORT_SIDE 595.0

/* How long the preview waits for the next change, in ms. */
#define PREVIEW_DELAY 150

/* Space around the page in the preview. */
#define PREVIEW_MARGIN 8.0

struct _TfExportDialog
{
  AdwWindow parent_instance;

  TfExportJob *job;            /* the chart with the dialog's choices */
  GSettings *settings;         /* or NULL */
  char *name;                  /* the file name to suggest, without extension */
  double window_width;         /* the chart's size: the "window size" */
  double window_height;
  TfExportFormat format;
  gboolean valid;              /* the page is within the export's limits */
  guint updating : 1;          /* rows are being set from code */

  GtkNativeDialog *file_chooser;

  /* The preview: the last page drawn, the one being drawn, and why there
   * is none (no move visible, say). */
  cairo_surface_t *preview_surface;
  GCancellable *preview_cancellable;
  guint preview_timeout;
  char *preview_message;

  /* Template children */
  GtkButton *export_button;
  GtkDrawingArea *preview;
  AdwComboRow *format_row;
  AdwComboRow *size_row;
  AdwActionRow *width_row;
  AdwActionRow *height_row;
  AdwActionRow *scale_row;
  AdwComboRow *font_scale_row;
  AdwComboRow *theme_row;
  GtkAdjustment *width_adjustment;
  GtkAdjustment *height_adjustment;
  GtkAdjustment *scale_adjustment;
  AdwEntryRow *title_row;
  AdwEntryRow *subtitle_row;
  GtkSwitch *legend_switch;
  GtkSwitch *time_range_switch;
  GtkSwitch *credits_switch;
};

G_DEFINE_FINAL_TYPE (TfExportDialog, tf_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The settings' names of the formats, sizes and themes, in the order of
 * the enums and the rows' lists. */
static const char * const format_names[] = { "png", "svg", "pdf" };
static const char * const format_extensions[] = { ".png", ".svg", ".pdf" };
static const char * const size_names[] = { "window", "full-hd", "a4-landscape", "custom" };
static const char * const theme_names[] = { "light", "dark", "transparent" };
/* The type size row's choices: normal reads when 1920 × 1080 is projected. */
static const double font_scales[] = { 1, 1.25, 1.5, 2 };

static guint
index_of_name (const char * const *names,
               guint               n_names,
               const char         *name,
               guint               fallback)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;
  return fallback;
}

/* The theme that follows the desktop's style. */
static TfExportTheme
get_style_theme (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? TF_EXPORT_THEME_DARK : TF_EXPORT_THEME_LIGHT;
}

static void
get_preset_size (TfExportDialog *self,
                 TfExportSize    size,
                 double         *width,
                 double         *height)
{
  switch (size)
    {
    case TF_EXPORT_SIZE_WINDOW:
      *width = self->window_width;
      *height = self->window_height;
      break;

    case TF_EXPORT_SIZE_FULL_HD:
      *width = 1920;
      *height = 1080;
      break;

    case TF_EXPORT_SIZE_A4_LANDSCAPE:
      *width = A4_LONG_SIDE;
      *height = A4_SHORT_SIDE;
      break;

    case TF_EXPORT_SIZE_CUSTOM:
    default:
      *width = gtk_adjustment_get_value (self->width_adjustment);
      *height = gtk_adjustment_get_value (self->height_adjustment);
      break;
    }
}

/* Copies the rows into the job. */
static void
sync_job (TfExportDialog *self)
{
  TfExportOptions *options = tf_export_job_get_options (self->job);

  self->format = MIN (adw_combo_row_get_selected (self->format_row), TF_EXPORT_FORMAT_PDF);
  get_preset_size (self, tf_export_dialog_get_size (self), &options->width, &options->height);
  options->scale = gtk_adjustment_get_value (self->scale_adjustment);
  options->font_scale = font_scales[MIN (adw_combo_row_get_selected (self->font_scale_row),
                                         G_N_ELEMENTS (font_scales) - 1)];
  options->theme = MIN (adw_combo_row_get_selected (self->theme_row), TF_EXPORT_THEME_TRANSPARENT);
  options->show_legend = gtk_switch_get_active (self->legend_switch);
  options->show_time_range = gtk_switch_get_active (self->time_range_switch);
  options->show_credits = gtk_switch_get_active (self->credits_switch);
  tf_export_job_set_text (self->job,
                          gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->subtitle_row)));
}

/* Says what the file will measure, or why it cannot be written. */
static void
update_summary (TfExportDialog *self)
{
  const TfExportOptions *options = tf_export_job_get_options (self->job);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  double width = options->width;
  double height = options->height;

  self->valid = tf_export_options_validate (options, self->format, &error);

  if (!self->valid)
    summary = g_strdup (error->message);
  else if (self->format == TF_EXPORT_FORMAT_PNG)
    /* Translators: the size of an image in pixels, e.g. "3840 × 2160 px". */
    summary = g_strdup_printf (_("%.0f × %.0f px"),
                               ceil (width * options->scale), ceil (height * options->scale));
  else if (self->format == TF_EXPORT_FORMAT_SVG)
    summary = g_strdup_printf (_("%.0f × %.0f px"), width, height);
  else
    /* Translators: the size of a page in points, e.g. "842 × 595 pt". */
    summary = g_strdup_printf (_("%.0f × %.0f pt"), width, height);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->size_row), summary);
  if (self->valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->size_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->size_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export-dialog.choose-file", self->valid);
}

/* Preview */

typedef struct
{
  TfExportJob *job;
  int width;     /* of the image, in device pixels */
  int height;
} PreviewData;

static void
preview_data_free (PreviewData *data)
{
  tf_export_job_free (data->job);
  g_free (data);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewData *data = task_data;
  const TfExportOptions *options = tf_export_job_get_options (data->job);
  cairo_surface_t *surface;
  cairo_t *cr;
  GError *error = NULL;
  gboolean drawn;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, data->width, data->height);
  cr = cairo_create (surface);
  cairo_scale (cr, data->width / options->width, data->height / options->height);
  drawn = tf_export_draw_page (cr, tf_export_job_get_dataset (data->job),
                               tf_export_job_get_careers (data->job), options, &error);
  cairo_destroy (cr);

  if (!drawn)
    {
      cairo_surface_destroy (surface);
      g_task_return_error (task, error);
      return;
    }

  cairo_surface_flush (surface);
  g_task_return_pointer (task, surface, (GDestroyNotify) cairo_surface_destroy);
}

static void
preview_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TfExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  surface = g_task_propagate_pointer (G_TASK (result), &error);
  /* A newer preview is on its way, or the dialog is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return;
    }

  g_clear_pointer (&self->preview_surface, cairo_surface_destroy);
  g_clear_pointer (&self->preview_message, g_free);
  self->preview_surface = surface;
  if (error != NULL)
    self->preview_message = g_strdup (error->message);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

/* The page's place in the preview, fitted and centred. */
static gboolean
get_page_rect (TfExportDialog  *self,
               graphene_rect_t *rect)
{
  const TfExportOptions *options = tf_export_job_get_options (self->job);
  double area_width = gtk_widget_get_width (GTK_WIDGET (self->preview)) - 2 * PREVIEW_MARGIN;
  double area_height = gtk_widget_get_height (GTK_WIDGET (self->preview)) - 2 * PREVIEW_MARGIN;
  double scale;

  if (area_width < 1 || area_height < 1 || options->width <= 0 || options->height <= 0)
    return FALSE;

  scale = MIN (area_width / options->width, area_height / options->height);
  rect->size.width = floor (options->width * scale);
  rect->size.height = floor (options->height * scale);
  rect->origin.x
      = floor ((gtk_widget_get_width (GTK_WIDGET (self->preview)) - rect->size.width) / 2);
  rect->origin.y
      = floor ((gtk_widget_get_height (GTK_WIDGET (self->preview)) - rect->size.height) / 2);
  return rect->size.width >= 1 && rect->size.height >= 1;
}

static gboolean
preview_timeout_cb (gpointer user_data)
{
  TfExportDialog *self = user_data;
  g_autoptr(GTask) task = NULL;
  PreviewData *data;
  graphene_rect_t rect;
  int scale_factor;

  self->preview_timeout = 0;

  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);

  if (!self->valid || !get_page_rect (self, &rect))
    {
      g_clear_pointer (&self->preview_surface, cairo_surface_destroy);
      gtk_widget_queue_draw (GTK_WIDGET (self->preview));
      return G_SOURCE_REMOVE;
    }

  scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self->preview));
  data = g_new0 (PreviewData, 1);
  data->job = tf_export_job_copy (self->job);
  data->width = (int) rect.size.width * scale_factor;
  data->height = (int) rect.size.height * scale_factor;

  self->preview_cancellable = g_cancellable_new ();
  /* No source object: a GTask may be dropped last in its worker thread,
   * and a widget must be finalized in the main one. */
  task = g_task_new (NULL, self->preview_cancellable, preview_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, preview_timeout_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) preview_data_free);
  g_task_run_in_thread (task, preview_thread);
  return G_SOURCE_REMOVE;
}

static void
schedule_preview (TfExportDialog *self)
{
  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  self->preview_timeout = g_timeout_add (PREVIEW_DELAY, preview_timeout_cb, self);
}

static void
preview_resize_cb (TfExportDialog *self,
                   int             width,
                   int             height,
                   GtkDrawingArea *area)
{
  schedule_preview (self);
}

static void
draw_checkerboard (cairo_t               *cr,
                   const graphene_rect_t *rect)
{
  const double square = 8;

  cairo_save (cr);
  cairo_rectangle (cr, rect->origin.x, rect->origin.y, rect->size.width, rect->size.height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.78, 0.78, 0.78);
  for (double y = 0; y < rect->size.height; y += square)
    for (double x = fmod (y / square, 2) * square; x < rect->size.width; x += 2 * square)
      cairo_rectangle (cr, rect->origin.x + x, rect->origin.y + y, square, square);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
preview_draw_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  TfExportDialog *self = user_data;
  const TfExportOptions *options = tf_export_job_get_options (self->job);
  graphene_rect_t rect;
  GdkRGBA color;

  if (!get_page_rect (self, &rect))
    return;

  /* The page's edge, as a sheet on the dialog's background, light or
   * dark. */
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  cairo_rectangle (cr, rect.origin.x - 0.5, rect.origin.y - 0.5,
                   rect.size.width + 1, rect.size.height + 1);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  if (options->theme == TF_EXPORT_THEME_TRANSPARENT)
    draw_checkerboard (cr, &rect);

  if (self->preview_surface != NULL)
    {
      int surface_width = cairo_image_surface_get_width (self->preview_surface);
      int surface_height = cairo_image_surface_get_height (self->preview_surface);

      /* The image is in device pixels, and may be of the page before the
       * last change: draw it into the page's place. */
      cairo_save (cr);
      cairo_translate (cr, rect.origin.x, rect.origin.y);
      cairo_scale (cr, rect.size.width / surface_width, rect.size.height / surface_height);
      cairo_set_source_surface (cr, self->preview_surface, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
    }
  else if (self->preview_message != NULL)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area),
                                                                      self->preview_message);
      int text_width;
      int text_height;

      pango_layout_set_width (layout, (int) (rect.size.width - 24) * PANGO_SCALE);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_move_to (cr, rect.origin.x + 12, rect.origin.y + (rect.size.height - text_height) / 2);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Rows */

/* The scale reads "2×", as a zoom does. */
static gboolean
scale_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = NULL;

  /* Translators: a PNG export's scale, "2×": twice the pixels per side. */
  text = g_strdup_printf (_ ("%.0f×"),
                          gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)));
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
scale_input_cb (GtkSpinButton *spin,
                double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;

  /* Whatever follows the number: "2×", "2x", "2". */
  *value = g_ascii_strtod (text, &end);
  return end != text ? TRUE : GTK_INPUT_ERROR;
}

static void
update_rows (TfExportDialog *self)
{
  gboolean custom = tf_export_dialog_get_size (self) == TF_EXPORT_SIZE_CUSTOM;

  gtk_widget_set_sensitive (GTK_WIDGET (self->width_row), custom);
  gtk_widget_set_sensitive (GTK_WIDGET (self->height_row), custom);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), self->format == TF_EXPORT_FORMAT_PNG);
}

static void
choice_changed_cb (TfExportDialog *self)
{
  g_assert (TF_IS_EXPORT_DIALOG (self));

  if (self->updating || self->job == NULL)
    return;

  sync_job (self);
  update_rows (self);
  update_summary (self);
  schedule_preview (self);
}

/* A preset shows its size in the spin buttons, where Custom starts. */
static void
size_changed_cb (TfExportDialog *self)
{
  TfExportSize size = tf_export_dialog_get_size (self);
  double width;
  double height;

  if (self->job == NULL)
    return;

  if (size != TF_EXPORT_SIZE_CUSTOM)
    {
      gboolean updating = self->updating;

      get_preset_size (self, size, &width, &height);
      self->updating = TRUE;
      gtk_adjustment_set_value (self->width_adjustment, width);
      gtk_adjustment_set_value (self->height_adjustment, height);
      self->updating = updating;
    }

  choice_changed_cb (self);
}

/* Settings */

static void
load_settings (TfExportDialog *self)
{
  g_autofree char *format = NULL;
  g_autofree char *size = NULL;
  g_autofree char *theme = NULL;
  TfExportTheme theme_value;

  if (self->settings == NULL)
    {
      tf_export_dialog_set_theme (self, get_style_theme ());
      return;
    }

  format = g_settings_get_string (self->settings, "export-format");
  size = g_settings_get_string (self->settings, "export-size");
  theme = g_settings_get_string (self->settings, "export-theme");

  tf_export_dialog_set_format (self, index_of_name (format_names, G_N_ELEMENTS (format_names),
                                                    format, TF_EXPORT_FORMAT_PNG));
  tf_export_dialog_set_size (self,
                             index_of_name (size_names, G_N_ELEMENTS (size_names),
                                            size, TF_EXPORT_SIZE_FULL_HD),
                             g_settings_get_int (self->settings, "export-width"),
                             g_settings_get_int (self->settings, "export-height"));
  tf_export_dialog_set_scale (self, g_settings_get_int (self->settings, "export-scale"));
  tf_export_dialog_set_font_scale (self,
                                   g_settings_get_double (self->settings, "export-font-scale"));
  /* "auto" follows the desktop's style. */
  theme_value = index_of_name (theme_names, G_N_ELEMENTS (theme_names), theme, get_style_theme ());
  tf_export_dialog_set_theme (self, theme_value);
  tf_export_dialog_set_include (self,
                                g_settings_get_boolean (self->settings, "export-legend"),
                                g_settings_get_boolean (self->settings, "export-time-range"),
                                g_settings_get_boolean (self->settings, "export-credits"));
}

static void
save_settings (TfExportDialog *self,
               GFile          *file)
{
  const TfExportOptions *options = tf_export_job_get_options (self->job);
  TfExportSize size = tf_export_dialog_get_size (self);
  g_autoptr(GFile) folder = NULL;

  if (self->settings == NULL)
    return;

  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "export-format", format_names[self->format]);
  g_settings_set_string (self->settings, "export-size", size_names[size]);
  if (size == TF_EXPORT_SIZE_CUSTOM)
    {
      g_settings_set_int (self->settings, "export-width", (int) round (options->width));
      g_settings_set_int (self->settings, "export-height", (int) round (options->height));
    }
  g_settings_set_int (self->settings, "export-scale", (int) round (options->scale));
  g_settings_set_double (self->settings, "export-font-scale", options->font_scale);
  /* The style's own theme is kept as "follow the style". */
  g_settings_set_string (self->settings, "export-theme",
                         options->theme == get_style_theme () ? "auto"
                                                              : theme_names[options->theme]);
  g_settings_set_boolean (self->settings, "export-legend", options->show_legend);
  g_settings_set_boolean (self->settings, "export-time-range", options->show_time_range);
  g_settings_set_boolean (self->settings, "export-credits", options->show_credits);

  folder = g_file_get_parent (file);
  if (folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      g_settings_set_string (self->settings, "export-folder", uri);
    }
  g_settings_apply (self->settings);
}

/* Exporting */

/* The chosen name keeps an extension that names a format; any other name
 * gets the dialog's format's. */
static GFile *
complete_file_name (TfExportDialog *self,
                    GFile          *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *completed = NULL;
  g_autoptr(GFile) parent = NULL;
  TfExportFormat format;

  if (basename == NULL || tf_export_format_for_path (basename, &format, NULL))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  completed = g_strconcat (basename, format_extensions[self->format], NULL);
  return parent != NULL ? g_file_get_child (parent, completed) : g_object_ref (file);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TfExportDialog   *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "tf-export-file");

  if (g_strcmp0 (response, "replace") == 0 && file != NULL)
    tf_export_dialog_export_to_file (self, file);
}

/* The file chooser asked about replacing the name as typed; a name the
 * extension was added to has not been asked about. */
static void
confirm_replace (TfExportDialog *self,
                 GFile          *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a file name. */
  heading = g_strdup_printf (_("Replace “%s”?"), basename);
  dialog = adw_message_dialog_new (
      GTK_WINDOW (self), heading,
      _ ("A file with this name already exists. Replacing it overwrites its contents."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "tf-export-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          TfExportDialog  *self)
{
  g_autoptr(GFile) chosen = NULL;

  g_assert (TF_IS_EXPORT_DIALOG (self));

  if (self->file_chooser == chooser)
    g_clear_object (&self->file_chooser);

  if (response == GTK_RESPONSE_ACCEPT
      && (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autoptr(GFile) file = complete_file_name (self, chosen);

      if (!g_file_equal (file, chosen) && g_file_query_exists (file, NULL))
        confirm_replace (self, file);
      else
        tf_export_dialog_export_to_file (self, file);
    }
  /* The reference choose_file_action() left for the response. */
  g_object_unref (chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfExportDialog *self = TF_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (!self->valid)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  name = g_strconcat (self->name, format_extensions[self->format], NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  if (self->settings != NULL)
    {
      g_autofree char *uri = g_settings_get_string (self->settings, "export-folder");
      g_autoptr(GFile) folder = uri[0] != '\0' ? g_file_new_for_uri (uri) : NULL;

      if (folder != NULL && g_file_query_exists (folder, NULL))
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  if (self->file_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (self->file_chooser);
      /* The response's reference, which will not come now, then ours. */
      g_object_unref (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }
  /* One reference is the dialog's, one the response's. */
  self->file_chooser = g_object_ref (GTK_NATIVE_DIALOG (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (file_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
tf_export_dialog_export_to_file (TfExportDialog *self,
                                 GFile          *file)
{
  g_autofree char *basename = NULL;
  TfExportFormat format;

  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  basename = g_file_get_basename (file);
  if (basename == NULL || !tf_export_format_for_path (basename, &format, NULL))
    format = self->format;

  save_settings (self, file);

  /* Keep the dialog alive through the handlers. */
  g_object_ref (self);
  g_signal_emit (self, signals[EXPORT], 0, self->job, file, (guint) format);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/* GObject */

static void
tf_export_dialog_dispose (GObject *object)
{
  TfExportDialog *self = TF_EXPORT_DIALOG (object);

  if (self->file_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_chooser, self);
      gtk_native_dialog_destroy (self->file_chooser);
      /* The response's reference goes with the handler. */
      g_object_unref (self->file_chooser);
      g_clear_object (&self->file_chooser);
    }

  g_clear_handle_id (&self->preview_timeout, g_source_remove);
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (tf_export_dialog_parent_class)->dispose (object);
}

static void
tf_export_dialog_finalize (GObject *object)
{
  TfExportDialog *self = TF_EXPORT_DIALOG (object);

  g_clear_pointer (&self->job, tf_export_job_free);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->preview_surface, cairo_surface_destroy);
  g_clear_pointer (&self->preview_message, g_free);

  G_OBJECT_CLASS (tf_export_dialog_parent_class)->finalize (object);
}

static void
tf_export_dialog_class_init (TfExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_export_dialog_dispose;
  object_class->finalize = tf_export_dialog_finalize;

  /**
   * TfExportDialog::export:
   * @job: the chart with the dialog's choices, valid during the emission
   * @file: where to write it
   * @format: a TfExportFormat, from @file's extension or the dialog
   *
   * The user chose a file to export to; the dialog closes after this.
   */
  signals[EXPORT] =
    g_signal_new ("export",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  TF_TYPE_EXPORT_JOB | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_FILE,
                  G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, font_scale_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, width_adjustment);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, height_adjustment);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, scale_adjustment);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, subtitle_row);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, time_range_switch);
  gtk_widget_class_bind_template_child (widget_class, TfExportDialog, credits_switch);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, size_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scale_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, scale_input_cb);

  gtk_widget_class_install_action (widget_class, "export-dialog.choose-file", NULL,
                                   choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tf_export_dialog_init (TfExportDialog *self)
{
  g_autoptr(GtkStringList) sizes = NULL;

  /* Rows report changes only once the job is there. */
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_adjustment_configure (self->width_adjustment, 1920,
                            TF_EXPORT_MIN_SIDE, TF_EXPORT_MAX_SIDE, 10, 100, 0);
  gtk_adjustment_configure (self->height_adjustment, 1080,
                            TF_EXPORT_MIN_SIDE, TF_EXPORT_MAX_SIDE, 10, 100, 0);
  gtk_adjustment_configure (self->scale_adjustment, 1,
                            TF_EXPORT_MIN_SCALE, TF_EXPORT_MAX_SCALE, 1, 1, 0);

  sizes = gtk_string_list_new (NULL);
  gtk_string_list_append (sizes, _("Window Size"));
  gtk_string_list_append (sizes, _("Full HD, 1920 × 1080"));
  gtk_string_list_append (sizes, _("A4 Landscape"));
  gtk_string_list_append (sizes, C_("size", "Custom"));
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (sizes));

  gtk_drawing_area_set_draw_func (self->preview, preview_draw_cb, self, NULL);
  g_signal_connect_object (self->preview, "resize", G_CALLBACK (preview_resize_cb), self,
                           G_CONNECT_SWAPPED);
}

TfExportDialog *
tf_export_dialog_new (GtkWindow         *parent,
                      const TfExportJob *job,
                      GSettings         *settings,
                      const char        *name)
{
  TfExportDialog *self;
  TfExportJob *copy;
  const TfExportOptions *options;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (TF_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);

  copy = tf_export_job_copy (job);
  options = tf_export_job_get_options (copy);
  self->window_width = options->width;
  self->window_height = options->height;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->name = g_strdup (name);

  /* Rows first, then the job, so that setting them reports nothing. */
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         options->title != NULL ? options->title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->subtitle_row),
                         options->subtitle != NULL ? options->subtitle : "");
  self->job = copy;
  /* 1920 × 1080, not the window's size: a page made to be projected or
   * printed, with type that reads there. */
  tf_export_dialog_set_size (self, TF_EXPORT_SIZE_FULL_HD, options->width, options->height);
  tf_export_dialog_set_include (self, TRUE, TRUE, TRUE);
  load_settings (self);
  self->updating = FALSE;

  choice_changed_cb (self);
  return self;
}

TfExportFormat
tf_export_dialog_get_format (TfExportDialog *self)
{
  g_return_val_if_fail (TF_IS_EXPORT_DIALOG (self), TF_EXPORT_FORMAT_PNG);

  return self->format;
}

void
tf_export_dialog_set_format (TfExportDialog *self,
                             TfExportFormat  format)
{
  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= TF_EXPORT_FORMAT_PDF);

  adw_combo_row_set_selected (self->format_row, format);
}

TfExportSize
tf_export_dialog_get_size (TfExportDialog *self)
{
  g_return_val_if_fail (TF_IS_EXPORT_DIALOG (self), TF_EXPORT_SIZE_WINDOW);

  return MIN (adw_combo_row_get_selected (self->size_row), TF_EXPORT_SIZE_CUSTOM);
}

void
tf_export_dialog_set_size (TfExportDialog *self,
                           TfExportSize    size,
                           double          width,
                           double          height)
{
  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));
  g_return_if_fail (size <= TF_EXPORT_SIZE_CUSTOM);

  if (size == TF_EXPORT_SIZE_CUSTOM)
    {
      gboolean updating = self->updating;

      /* One change, not three. */
      self->updating = TRUE;
      gtk_adjustment_set_value (self->width_adjustment, width);
      gtk_adjustment_set_value (self->height_adjustment, height);
      self->updating = updating;
    }

  if (adw_combo_row_get_selected (self->size_row) != size)
    adw_combo_row_set_selected (self->size_row, size);
  else
    size_changed_cb (self);
}

void
tf_export_dialog_set_scale (TfExportDialog *self,
                            double          scale)
{
  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));

  gtk_adjustment_set_value (self->scale_adjustment, scale);
}

void
tf_export_dialog_set_font_scale (TfExportDialog *self,
                                 double          font_scale)
{
  guint nearest = 0;

  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));

  for (guint i = 1; i < G_N_ELEMENTS (font_scales); i++)
    if (fabs (font_scales[i] - font_scale) < fabs (font_scales[nearest] - font_scale))
      nearest = i;
  adw_combo_row_set_selected (self->font_scale_row, nearest);
}

void
tf_export_dialog_set_theme (TfExportDialog *self,
                            TfExportTheme   theme)
{
  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));
  g_return_if_fail (theme <= TF_EXPORT_THEME_TRANSPARENT);

  adw_combo_row_set_selected (self->theme_row, theme);
}

void
tf_export_dialog_set_text (TfExportDialog *self,
                           const char     *title,
                           const char     *subtitle)
{
  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->subtitle_row), subtitle != NULL ? subtitle : "");
}

void
tf_export_dialog_set_include (TfExportDialog *self,
                              gboolean        legend,
                              gboolean        time_range,
                              gboolean        credits)
{
  g_return_if_fail (TF_IS_EXPORT_DIALOG (self));

  gtk_switch_set_active (self->legend_switch, legend);
  gtk_switch_set_active (self->time_range_switch, time_range);
  gtk_switch_set_active (self->credits_switch, credits);
}

const TfExportJob *
tf_export_dialog_get_job (TfExportDialog *self)
{
  g_return_val_if_fail (TF_IS_EXPORT_DIALOG (self), NULL);

  return self->job;
}
