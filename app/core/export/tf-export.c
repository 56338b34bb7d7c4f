/* tf-export.c: pages written as PNG, SVG and PDF files, and their credits.
 *
 * A page is drawn (tf-export-page.c) onto a Cairo surface that writes
 * into memory; only once the surface is finished without error are the
 * bytes written, to a temporary file beside the target that is synced
 * and renamed over it. So a failure at any point, or a cancel, leaves no
 * partial file and an old file as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "tf-atomic-file.h"
#include "tf-collation.h"
#include "tf-export-private.h"

G_DEFINE_QUARK (tf-export-error-quark, tf_export_error)

/* A 1920×1080 page sets person labels at this size, so that names and
 * rows read at 14 px or more when projected; bigger and smaller pages
 * scale it, but never below the minimum. */
#define REFERENCE_WIDTH      1920.0
#define REFERENCE_HEIGHT     1080.0
#define REFERENCE_FONT_PX    14.0
#define MIN_FONT_PX          9.0
#define MAX_FONT_PX          200.0

void
tf_export_options_init (TfExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->width = REFERENCE_WIDTH;
  options->height = REFERENCE_HEIGHT;
  options->scale = 1;
  options->font_scale = 1;
  options->theme = TF_EXPORT_THEME_LIGHT;
  options->show_legend = TRUE;
  options->show_time_range = TRUE;
  options->show_credits = TRUE;
  options->aggregate = TF_LAYOUT_AGGREGATE_AUTO;
  options->selection = TF_CHART_SELECTION_NONE;
}

gboolean
tf_export_options_validate (const TfExportOptions  *options,
                            TfExportFormat          format,
                            GError                **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) format > TF_EXPORT_FORMAT_PDF)
    {
      g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_FORMAT,
                   _("Unknown export format %d"), (int) format);
      return FALSE;
    }

  if (!isfinite (options->width) || !isfinite (options->height)
      || options->width < TF_EXPORT_MIN_SIDE || options->width > TF_EXPORT_MAX_SIDE
      || options->height < TF_EXPORT_MIN_SIDE || options->height > TF_EXPORT_MAX_SIDE)
    {
      g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE,
                   /* Translators: a page size, then the smallest and largest side. */
                   _("A page of %g × %g px cannot be exported: each side must be from %g to %g px"),
                   options->width, options->height, TF_EXPORT_MIN_SIDE, TF_EXPORT_MAX_SIDE);
      return FALSE;
    }

  if (!isfinite (options->scale) || options->scale < TF_EXPORT_MIN_SCALE
      || options->scale > TF_EXPORT_MAX_SCALE)
    {
      g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE,
                   _("The scale %g is out of range: it must be from %g to %g"),
                   options->scale, TF_EXPORT_MIN_SCALE, TF_EXPORT_MAX_SCALE);
      return FALSE;
    }

  if (!isfinite (options->font_size) || options->font_size < 0 || options->font_size > MAX_FONT_PX)
    {
      g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE,
                   _("The font size %g px is out of range: it must be at most %g px"),
                   options->font_size, MAX_FONT_PX);
      return FALSE;
    }

  if (!isfinite (options->font_scale) || options->font_scale < TF_EXPORT_MIN_FONT_SCALE
      || options->font_scale > TF_EXPORT_MAX_FONT_SCALE
      || _tf_export_get_font_size (options) > MAX_FONT_PX)
    {
      g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE,
                   _("The type size %g is out of range: it must be from %g to %g"),
                   options->font_scale, TF_EXPORT_MIN_FONT_SCALE, TF_EXPORT_MAX_FONT_SCALE);
      return FALSE;
    }

  if (format == TF_EXPORT_FORMAT_PNG)
    {
      double pixel_width = ceil (options->width * options->scale);
      double pixel_height = ceil (options->height * options->scale);

      /* Cairo's image surfaces stop at 32767 pixels a side; memory stops
       * well before that. */
      if (pixel_width * pixel_height > TF_EXPORT_MAX_PIXELS
          || pixel_width > TF_EXPORT_MAX_PIXEL_SIDE || pixel_height > TF_EXPORT_MAX_PIXEL_SIDE)
        {
          g_set_error (
              error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE,
              /* Translators: an image size in pixels, then a limit in millions of pixels. */
              _ ("An image of %.0f × %.0f pixels is too large to export: it may have at most %.0f "
                 "million pixels"),
              pixel_width, pixel_height, TF_EXPORT_MAX_PIXELS / 1e6);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
tf_export_format_for_path (const char      *path,
                           TfExportFormat  *format,
                           GError         **error)
{
  static const struct
  {
    const char     *extension;
    TfExportFormat  format;
  } formats[] = {
    { ".png", TF_EXPORT_FORMAT_PNG },
    { ".svg", TF_EXPORT_FORMAT_SVG },
    { ".pdf", TF_EXPORT_FORMAT_PDF },
  };
  g_autofree char *basename = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  basename = g_path_get_basename (path);
  lower = g_ascii_strdown (basename, -1);
  /* "x.png/" names a directory. */
  for (guint i = 0; i < G_N_ELEMENTS (formats) && !g_str_has_suffix (path, G_DIR_SEPARATOR_S); i++)
    /* ".png" alone is a hidden file with no name, not a PNG. */
    if (g_str_has_suffix (lower, formats[i].extension)
        && strlen (lower) > strlen (formats[i].extension))
      {
        if (format != NULL)
          *format = formats[i].format;
        return TRUE;
      }

  display = g_filename_display_name (path);
  g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_FORMAT,
               _("Cannot tell the format of “%s”: the name must end in .png, .svg or .pdf"),
               display);
  return FALSE;
}

const char *
tf_export_format_get_extension (TfExportFormat format)
{
  switch (format)
    {
    case TF_EXPORT_FORMAT_PNG:
      return ".png";
    case TF_EXPORT_FORMAT_SVG:
      return ".svg";
    case TF_EXPORT_FORMAT_PDF:
      return ".pdf";
    default:
      g_return_val_if_reached (NULL);
    }
}

double
_tf_export_get_font_size (const TfExportOptions *options)
{
  return _tf_export_get_page_font_size (options) * options->font_scale;
}

double
_tf_export_get_min_font_size (const TfExportOptions *options)
{
  double scale = MIN (options->width / REFERENCE_WIDTH, options->height / REFERENCE_HEIGHT);

  /* Type asked for, by size or scale, is kept as asked. */
  if (options->font_size > 0 || options->font_scale != 1)
    return _tf_export_get_font_size (options);
  if (scale >= 1)
    return _tf_export_get_page_font_size (options);
  return MIN (_tf_export_get_page_font_size (options), MIN_FONT_PX);
}

double
_tf_export_get_page_font_size (const TfExportOptions *options)
{
  double scale = MIN (options->width / REFERENCE_WIDTH, options->height / REFERENCE_HEIGHT);

  if (options->font_size > 0)
    return options->font_size;
  return MAX (REFERENCE_FONT_PX * scale, MIN_FONT_PX);
}

void
_tf_export_fill_layout_options (TfLayoutOptions       *layout_options,
                                const TfExportOptions *options,
                                double                 width,
                                double                 height)
{
  tf_layout_options_init (layout_options, width, height);
  layout_options->view_from = options->view_from;
  layout_options->view_to = options->view_to;
  layout_options->move_from = options->move_from;
  layout_options->move_to = options->move_to;
  layout_options->sector_mask = options->sector_mask;
  layout_options->organization_ids = options->organization_ids;
  layout_options->aggregate = options->aggregate;
  layout_options->unnamed_label = _("Unnamed");
  /* Translators: a row of the chart for the organizations merged to
   * make room, with how many there are. */
  layout_options->others_label = C_("chart row", "Others (%u)");
}

/* ---- what the chart shows, and its credits ---- */

void
_tf_export_visible_moves_init (TfExportVisibleMoves  *visible,
                               TfDataset             *dataset,
                               TfCareers             *careers,
                               const TfExportOptions *options)
{
  g_autoptr(TfLayout) layout = NULL;
  TfLayoutOptions layout_options;
  const TfLayoutPath *paths;
  const TfLayoutSegment *segments;
  guint n_paths;
  double plot_x;
  double plot_width;

  memset (visible, 0, sizeof *visible);
  visible->n_moves = tf_dataset_get_moves (dataset)->len;
  visible->visible = g_new0 (guint8, visible->n_moves + 1);

  /* One path per person, even where the page shows ribbons: the moves
   * behind a ribbon are the moves of its people. No labels: they do not
   * change what is shown. */
  _tf_export_fill_layout_options (&layout_options, options, options->width, options->height);
  layout_options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
  layout_options.strip_height = 0;
  layout_options.max_person_labels = 0;
  layout = tf_layout_new (careers, &layout_options);

  visible->n_people = tf_layout_get_n_people (layout);
  tf_layout_get_view (layout, &visible->view_from, &visible->view_to);
  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  paths = tf_layout_get_paths (layout, &n_paths);
  segments = tf_layout_get_segments (layout, NULL);
  tf_chart_legend_scan (layout, &visible->sectors, &visible->styles);
  for (guint p = 0; p < n_paths; p++)
    {
      gboolean path_shown = FALSE;

      for (guint i = paths[p].first_segment; i < paths[p].first_segment + paths[p].n_segments; i++)
        {
          const TfLayoutSegment *segment = &segments[i];

          /* The layout keeps a year beyond either side of the view, for
           * the curves that reach into it; what stays out is clipped. */
          if (MAX (segment->x0, segment->x1) <= plot_x
              || MIN (segment->x0, segment->x1) >= plot_x + plot_width)
            continue;
          path_shown = TRUE;
          if (segment->move >= 0 && (guint) segment->move < visible->n_moves)
            visible->visible[segment->move] = TRUE;
        }
      if (path_shown && paths[p].group_move >= 0 && (guint) paths[p].group_move < visible->n_moves)
        visible->visible[paths[p].group_move] = TRUE;
    }
}

void
_tf_export_visible_moves_clear (TfExportVisibleMoves *visible)
{
  g_clear_pointer (&visible->visible, g_free);
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const TfSource *source_a = *(const TfSource * const *) a;
  const TfSource *source_b = *(const TfSource * const *) b;
  int result;

  result = tf_date_compare (&source_a->date, &source_b->date);
  if (result == 0)
    result = tf_collation_compare (source_a->title != NULL ? source_a->title : "",
                                   source_b->title != NULL ? source_b->title : "",
                                   tf_collation_get_default_locale ());
  if (result == 0)
    result = strcmp (source_a->id, source_b->id);
  return result;
}

GPtrArray *
_tf_export_cited_sources (TfDataset                  *dataset,
                          const TfExportVisibleMoves *visible)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  GPtrArray *sources = g_ptr_array_new ();

  for (guint i = 0; i < visible->n_moves && i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      if (!visible->visible[i])
        continue;
      for (guint e = 0; e < move->evidence->len; e++)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, e);
          TfSource *source = tf_dataset_lookup_source (dataset, evidence->source_id);

          if (source != NULL && g_hash_table_add (seen, source))
            g_ptr_array_add (sources, source);
        }
    }
  g_ptr_array_sort (sources, compare_sources);
  return sources;
}

GPtrArray *
tf_export_get_cited_sources (TfDataset             *dataset,
                             TfCareers             *careers,
                             const TfExportOptions *options)
{
  g_autoptr(TfCareers) own_careers = NULL;
  TfExportVisibleMoves visible;
  GPtrArray *sources;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (careers == NULL)
    careers = own_careers = tf_careers_new (dataset);
  _tf_export_visible_moves_init (&visible, dataset, careers, options);
  sources = _tf_export_cited_sources (dataset, &visible);
  _tf_export_visible_moves_clear (&visible);
  return sources;
}

/* ---- rendering into memory ---- */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_surface (cairo_surface_t  *surface,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_DRAW,
               _("Could not draw the page: %s"), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
draw_on_surface (cairo_surface_t        *surface,
                 TfDataset              *dataset,
                 TfCareers              *careers,
                 const TfExportOptions  *options,
                 GError                **error)
{
  cairo_t *cr;
  cairo_status_t status;
  gboolean ok;

  if (!check_surface (surface, error))
    return FALSE;
  cr = cairo_create (surface);
  ok = tf_export_draw_page (cr, dataset, careers, options, error);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_DRAW,
                   _("Could not draw the page: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return ok;
}

static GBytes *
render (TfDataset              *dataset,
        TfCareers              *careers,
        TfExportFormat          format,
        const TfExportOptions  *options,
        GError                **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = NULL;
  gboolean ok;

  switch (format)
    {
    case TF_EXPORT_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (options->width * options->scale),
                                            (int) ceil (options->height * options->scale));
      /* Drawn in px, rasterized in the image's pixels: see tf_chart_draw(). */
      cairo_surface_set_device_scale (surface, options->scale, options->scale);
      ok = draw_on_surface (surface, dataset, careers, options, error);
      if (ok)
        {
          cairo_status_t status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);

          if (status != CAIRO_STATUS_SUCCESS)
            {
              g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_DRAW,
                           _("Could not encode the image: %s"), cairo_status_to_string (status));
              ok = FALSE;
            }
        }
      break;

    case TF_EXPORT_FORMAT_SVG:
      /* One px per user unit, and width="…px", so that the document is
       * as many px as the page, not points. */
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, options->width,
                                                     options->height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      ok = draw_on_surface (surface, dataset, careers, options, error);
      break;

    case TF_EXPORT_FORMAT_PDF:
      /* One pt per px. */
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, options->width,
                                                     options->height);
      if (options->title != NULL && options->title[0] != '\0')
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, options->title);
      if (options->subtitle != NULL && options->subtitle[0] != '\0')
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, options->subtitle);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                      "Talent Flow " PACKAGE_VERSION);
      ok = draw_on_surface (surface, dataset, careers, options, error);
      break;

    default:
      /* tf_export_options_validate () refuses it; a caller that skipped it
       * still gets an error. */
      g_set_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_FORMAT,
                   _("Unknown export format %d"), (int) format);
      return NULL;
    }

  /* Vector surfaces write the rest of the document on finish. */
  cairo_surface_finish (surface);
  if (ok)
    ok = check_surface (surface, error);
  cairo_surface_destroy (surface);
  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* ---- writing atomically ---- */

/* Callers tell a cancel from a failure to write, which is always
 * TF_EXPORT_ERROR_WRITE; the message names the user's file either way. */
static gboolean
write_file (const char    *path,
            GBytes        *bytes,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (tf_atomic_file_write (path, bytes, cancellable, &local_error))
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error_literal (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_WRITE, local_error->message);
  return FALSE;
}

gboolean
tf_export_write (TfDataset              *dataset,
                 TfCareers              *careers,
                 TfExportFormat          format,
                 const char             *path,
                 const TfExportOptions  *options,
                 GCancellable           *cancellable,
                 GError                **error)
{
  g_autoptr(TfCareers) own_careers = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!tf_export_options_validate (options, format, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (careers == NULL)
    careers = own_careers = tf_careers_new (dataset);
  bytes = render (dataset, careers, format, options, error);
  if (bytes == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return write_file (path, bytes, cancellable, error);
}
