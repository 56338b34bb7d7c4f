/* test-export.c: pages, their files and their credits, on the bundled sample.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-export"

#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tf-chart-selection.h"
#include "tf-export.h"
#include "tf-layout-label-audit.h"
#include "tf-sample.h"

static TfDataset *sample;
static TfCareers *sample_careers;

/* ---- helpers ---- */

static cairo_surface_t *
draw_to_image (const TfExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) options->width,
                                        (int) options->height);
  cr = cairo_create (surface);
  ok = tf_export_draw_page (cr, sample, sample_careers, options, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4);
}

/* Pixels in the rectangle that differ from the colour of pixel (0, 0). */
static guint
count_ink (cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              width,
           int              height)
{
  guint32 background = pixel_at (surface, 0, 0);
  guint n = 0;

  for (int y = y0; y < y0 + height; y++)
    for (int x = x0; x < x0 + width; x++)
      if (pixel_at (surface, x, y) != background)
        n++;
  return n;
}

/* Pixels that differ between two images of one size, in a rectangle. */
static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b,
                   int              x0,
                   int              y0,
                   int              width,
                   int              height)
{
  guint n = 0;

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));
  for (int y = y0; y < y0 + height; y++)
    for (int x = x0; x < x0 + width; x++)
      if (pixel_at (a, x, y) != pixel_at (b, x, y))
        n++;
  return n;
}

/* As count_differences(), but ignoring channels off by at most
 * tolerance: antialiasing differs a little between equal drawings. */
static guint
count_differences_beyond (cairo_surface_t *a,
                          cairo_surface_t *b,
                          int              tolerance)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pa = pixel_at (a, x, y);
        guint32 pb = pixel_at (b, x, y);

        for (int shift = 0; shift < 32; shift += 8)
          if (ABS ((int) ((pa >> shift) & 0xff) - (int) ((pb >> shift) & 0xff)) > tolerance)
            {
              n++;
              break;
            }
      }
  return n;
}

static char *
make_scratch_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
remove_scratch_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return memmem (data, length, needle, strlen (needle)) != NULL;
}

/* ---- options ---- */

static void
test_format_for_path (void)
{
  static const struct
  {
    const char    *path;
    gboolean       ok;
    TfExportFormat format;
  } cases[] = {
    { "chart.png", TRUE, TF_EXPORT_FORMAT_PNG },
    { "/tmp/Chart.PNG", TRUE, TF_EXPORT_FORMAT_PNG },
    { "a b/图表.svg", TRUE, TF_EXPORT_FORMAT_SVG },
    { "x.Svg", TRUE, TF_EXPORT_FORMAT_SVG },
    { "report.pdf", TRUE, TF_EXPORT_FORMAT_PDF },
    { "report.tar.PDF", TRUE, TF_EXPORT_FORMAT_PDF },
    { "chart.jpg", FALSE, 0 },
    { "chart", FALSE, 0 },
    { "chart.png.txt", FALSE, 0 },
    { ".png", FALSE, 0 },
    { "dir.png/", FALSE, 0 },
    { "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      TfExportFormat format = 99;
      gboolean ok = tf_export_format_for_path (cases[i].path, &format, &error);

      g_test_message ("%s", cases[i].path);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_cmpint (format, ==, cases[i].format);
          g_assert_cmpstr (tf_export_format_get_extension (format), ==,
                           format == TF_EXPORT_FORMAT_PNG ? ".png"
                           : format == TF_EXPORT_FORMAT_SVG ? ".svg" : ".pdf");
        }
      else
        {
          g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_FORMAT);
          g_assert_nonnull (strstr (error->message, ".png"));
        }
    }
}

static void
test_validate (void)
{
  TfExportOptions options;
  static const struct
  {
    double         width;
    double         height;
    double         scale;
    double         font_size;
    TfExportFormat format;
    gboolean       ok;
  } cases[] = {
    { 1920, 1080, 1, 0, TF_EXPORT_FORMAT_PNG, TRUE },
    { 842, 595, 6, 0, TF_EXPORT_FORMAT_PNG, TRUE },
    { 200, 200, 1, 0, TF_EXPORT_FORMAT_PNG, TRUE },
    { 1920, 1080, 4, 0, TF_EXPORT_FORMAT_PNG, TRUE },
    { 199, 1080, 1, 0, TF_EXPORT_FORMAT_PNG, FALSE },
    { 1920, 0, 1, 0, TF_EXPORT_FORMAT_SVG, FALSE },
    { -1920, 1080, 1, 0, TF_EXPORT_FORMAT_PDF, FALSE },
    { 20001, 1080, 1, 0, TF_EXPORT_FORMAT_PDF, FALSE },
    { 1920, 1080, 0.5, 0, TF_EXPORT_FORMAT_PNG, FALSE },
    { 1920, 1080, 7, 0, TF_EXPORT_FORMAT_PNG, FALSE },
    { 1920, 1080, 1, -3, TF_EXPORT_FORMAT_PNG, FALSE },
    /* Too many pixels for an image, fine as vectors. */
    { 20000, 20000, 1, 0, TF_EXPORT_FORMAT_PNG, FALSE },
    { 20000, 20000, 1, 0, TF_EXPORT_FORMAT_SVG, TRUE },
    { 20000, 20000, 1, 0, TF_EXPORT_FORMAT_PDF, TRUE },
    { 7000, 4000, 6, 0, TF_EXPORT_FORMAT_PNG, FALSE },
  };

  tf_export_options_init (&options);
  g_assert_cmpfloat (options.width, ==, 1920);
  g_assert_cmpfloat (options.height, ==, 1080);
  g_assert_cmpfloat (options.scale, ==, 1);
  g_assert_cmpint (options.theme, ==, TF_EXPORT_THEME_LIGHT);
  g_assert_true (options.show_legend && options.show_time_range && options.show_credits);
  g_assert_null (options.title);
  g_assert_cmpint (options.selection, ==, TF_CHART_SELECTION_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      tf_export_options_init (&options);
      options.width = cases[i].width;
      options.height = cases[i].height;
      options.scale = cases[i].scale;
      options.font_size = cases[i].font_size;
      g_test_message ("%g×%g at %g", cases[i].width, cases[i].height, cases[i].scale);
      g_assert_cmpint (tf_export_options_validate (&options, cases[i].format, &error), ==,
                       cases[i].ok);
      if (cases[i].ok)
        g_assert_no_error (error);
      else
        g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE);
    }

  /* A format that does not exist is an error, not a hang in a worker
   * waiting for one. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path
        = g_build_filename (g_get_tmp_dir (), "tf-test-export-bad-format.png", NULL);

    tf_export_options_init (&options);
    g_assert_false (tf_export_options_validate (&options, (TfExportFormat) 7, &error));
    g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_FORMAT);
    g_clear_error (&error);
    g_assert_false (
        tf_export_write (sample, sample_careers, (TfExportFormat) 7, path, &options, NULL, &error));
    g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_FORMAT);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  /* NaN is refused, not compared. */
  tf_export_options_init (&options);
  options.width = NAN;
  g_assert_false (tf_export_options_validate (&options, TF_EXPORT_FORMAT_SVG, NULL));
}

/* ---- pages ---- */

static void
test_page_ink (void)
{
  TfExportOptions options;
  cairo_surface_t *page;
  guint ink;

  tf_export_options_init (&options);
  page = draw_to_image (&options);
  /* The light background at the corners; a chart's worth of ink. */
  g_assert_cmphex (pixel_at (page, 0, 0), ==, 0xFFFAFAFA);
  g_assert_cmphex (pixel_at (page, 1919, 1079), ==, 0xFFFAFAFA);
  ink = count_ink (page, 0, 0, 1920, 1080);
  g_test_message ("ink: %u of %u pixels", ink, 1920 * 1080);
  g_assert_cmpuint (ink, >, 1920 * 1080 / 4);
  /* Margins stay clear, but for the lanes' background. */
  g_assert_cmpuint (count_ink (page, 0, 0, 1920, 8), ==, 0);
  g_assert_cmpuint (count_ink (page, 0, 1072, 1920, 8), ==, 0);
  /* The footer has the legend and credits: ink in its left half. */
  g_assert_cmpuint (count_ink (page, 0, 1000, 960, 70), >, 500);
  cairo_surface_destroy (page);
}

static void
test_themes (void)
{
  TfExportOptions options;
  cairo_surface_t *light;
  cairo_surface_t *dark;
  cairo_surface_t *transparent;

  tf_export_options_init (&options);
  options.width = 960;
  options.height = 540;
  light = draw_to_image (&options);
  options.theme = TF_EXPORT_THEME_DARK;
  dark = draw_to_image (&options);
  options.theme = TF_EXPORT_THEME_TRANSPARENT;
  transparent = draw_to_image (&options);

  g_assert_cmphex (pixel_at (dark, 0, 0), ==, 0xFF242424);
  g_assert_cmpuint (count_differences (light, dark, 0, 0, 960, 540), >, 960 * 540 / 2);

  /* Nothing behind the chart: the corners are clear, but the chart's own
   * ink is there. */
  g_assert_cmphex (pixel_at (transparent, 0, 0), ==, 0);
  g_assert_cmphex (pixel_at (transparent, 959, 539), ==, 0);
  g_assert_cmpuint (count_ink (transparent, 0, 0, 960, 540), >, 960 * 540 / 4);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
  cairo_surface_destroy (transparent);
}

static void
test_title (void)
{
  TfExportOptions options;
  cairo_surface_t *plain;
  cairo_surface_t *titled;
  guint changed;

  tf_export_options_init (&options);
  plain = draw_to_image (&options);
  options.title = "漆远 and the revolving door";
  options.subtitle = "A subtitle";
  titled = draw_to_image (&options);

  /* The title is ink in the top left; the page below moved down. */
  changed = count_differences (plain, titled, 0, 0, 800, 60);
  g_test_message ("header pixels changed: %u", changed);
  g_assert_cmpuint (changed, >, 1000);
  g_assert_cmpuint (count_ink (titled, 0, 0, 800, 60), >, 1000);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (titled);
}

static void
test_legend_and_credits_off (void)
{
  TfExportOptions options;
  cairo_surface_t *full;
  cairo_surface_t *bare;

  tf_export_options_init (&options);
  full = draw_to_image (&options);
  options.show_legend = FALSE;
  options.show_time_range = FALSE;
  options.show_credits = FALSE;
  bare = draw_to_image (&options);

  /* Without a footer, the chart reaches further down. */
  g_assert_cmpuint (count_differences (full, bare, 0, 1000, 1920, 80), >, 1000);
  cairo_surface_destroy (full);
  cairo_surface_destroy (bare);
}

static void
test_selection (void)
{
  TfExportOptions options;
  cairo_surface_t *none;
  cairo_surface_t *person;
  cairo_surface_t *organization;
  cairo_surface_t *missing;

  tf_export_options_init (&options);
  none = draw_to_image (&options);
  options.selection = TF_CHART_SELECTION_PERSON;
  options.selection_id = "p-qi-yuan";
  person = draw_to_image (&options);
  options.selection = TF_CHART_SELECTION_ORGANIZATION;
  options.selection_id = "o-fudan";
  organization = draw_to_image (&options);
  options.selection = TF_CHART_SELECTION_PERSON;
  options.selection_id = "p-nobody";
  missing = draw_to_image (&options);

  /* The rest is dimmed: most of the chart changes. */
  g_assert_cmpuint (count_differences (none, person, 0, 0, 1920, 1080), >, 100000);
  g_assert_cmpuint (count_differences (none, organization, 0, 0, 1920, 1080), >, 100000);
  g_assert_cmpuint (count_differences (person, organization, 0, 0, 1920, 1080), >, 1000);
  /* What is not in the chart highlights nothing. */
  g_assert_cmpuint (count_differences (none, missing, 0, 0, 1920, 1080), ==, 0);

  cairo_surface_destroy (none);
  cairo_surface_destroy (person);
  cairo_surface_destroy (organization);
  cairo_surface_destroy (missing);
}

static void
test_nothing_shown (void)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  TfExportOptions options;

  tf_export_options_init (&options);
  options.width = 400;
  options.height = 300;
  options.move_from = 1900;
  options.move_to = 1901;
  g_assert_false (tf_export_draw_page (cr, sample, sample_careers, &options, &error));
  g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_NOTHING);
  /* Nothing was drawn. */
  cairo_surface_flush (surface);
  g_assert_cmphex (pixel_at (surface, 200, 150), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A page drawn through a cr scaled and moved, as printing does, is the
 * same page. */
static void
test_scaled_cr (void)
{
  g_autoptr(GError) error = NULL;
  TfExportOptions options;
  cairo_surface_t *direct;
  cairo_surface_t *scaled;
  cairo_t *cr;

  tf_export_options_init (&options);
  options.width = 800;
  options.height = 600;
  direct = draw_to_image (&options);

  scaled = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1700, 1300);
  cr = cairo_create (scaled);
  cairo_translate (cr, 50, 50);
  cairo_scale (cr, 2, 2);
  g_assert_true (tf_export_draw_page (cr, sample, sample_careers, &options, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (scaled);

  /* Background where the page is, nothing outside it. */
  g_assert_cmphex (pixel_at (scaled, 10, 10), ==, 0);
  g_assert_cmphex (pixel_at (scaled, 60, 60), ==, pixel_at (direct, 5, 5));
  g_assert_cmphex (pixel_at (scaled, 1660, 1260), ==, 0);
  g_assert_cmpuint (count_ink (scaled, 50, 50, 1600, 1200), >,
                    4 * count_ink (direct, 0, 0, 800, 600) / 2);

  cairo_surface_destroy (direct);
  cairo_surface_destroy (scaled);
}

/* A 3840×2160 page is the 1920×1080 page enlarged, strokes included. */
static void
test_big_page (void)
{
  g_autoptr(GError) error = NULL;
  TfExportOptions options;
  cairo_surface_t *big;
  cairo_surface_t *enlarged;
  cairo_t *cr;
  guint differences;

  tf_export_options_init (&options);
  options.width = 3840;
  options.height = 2160;
  big = draw_to_image (&options);

  options.width = 1920;
  options.height = 1080;
  enlarged = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 3840, 2160);
  cairo_surface_set_device_scale (enlarged, 2, 2);
  cr = cairo_create (enlarged);
  g_assert_true (tf_export_draw_page (cr, sample, sample_careers, &options, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (enlarged);

  differences = count_differences_beyond (big, enlarged, 24);
  g_test_message ("%u pixels differ", differences);
  g_assert_cmpuint (differences, <, 3840 * 2160 / 200);
  cairo_surface_destroy (big);
  cairo_surface_destroy (enlarged);
}

/* Type that reads when a 1920×1080 page is projected: names and row
 * labels 14 px or more, years 12, credits 11; a font scale enlarges all
 * of it; smaller pages scale down, never under 9 px for the chart. */
static void
test_type_sizes (void)
{
  g_autoptr(GError) error = NULL;
  TfExportOptions options;
  TfExportTypeSizes sizes;
  TfExportTypeSizes large;
  TfExportTypeSizes a4;

  tf_export_options_init (&options);
  options.title = "Legible";
  options.subtitle = "From the back of the room";
  g_assert_true (tf_export_measure_type (sample, sample_careers, &options, &sizes, &error));
  g_assert_no_error (error);
  g_test_message ("1920×1080: title %.1f, subtitle %.1f, names %.1f, rows %.1f, years %.1f, "
                  "legend %.1f, credits %.1f px", sizes.title, sizes.subtitle, sizes.person,
                  sizes.organization, sizes.axis, sizes.legend, sizes.credits);
  g_assert_cmpfloat (sizes.person, >=, 14);
  g_assert_cmpfloat (sizes.organization, >=, 14);
  g_assert_cmpfloat (sizes.axis, >=, 12);
  g_assert_cmpfloat (sizes.credits, >=, 11);
  g_assert_cmpfloat (sizes.legend, >=, 12);
  g_assert_cmpfloat (sizes.title, >, sizes.subtitle);
  g_assert_cmpfloat (sizes.subtitle, >=, sizes.person);

  /* Larger type, for a big room: everything in proportion. */
  options.font_scale = 1.5;
  g_assert_true (tf_export_options_validate (&options, TF_EXPORT_FORMAT_PNG, &error));
  g_assert_true (tf_export_measure_type (sample, sample_careers, &options, &large, &error));
  g_assert_no_error (error);
  g_test_message ("1920×1080 at 1.5: names %.1f, rows %.1f, years %.1f, credits %.1f px",
                  large.person, large.organization, large.axis, large.credits);
  g_assert_cmpfloat_with_epsilon (large.person, sizes.person * 1.5, 0.01);
  g_assert_cmpfloat_with_epsilon (large.axis, sizes.axis * 1.5, 0.01);
  g_assert_cmpfloat_with_epsilon (large.title, sizes.title * 1.5, 0.01);
  g_assert_cmpfloat (large.credits, >, sizes.credits * 1.3);

  /* A4: the page's own, smaller type, still readable on paper. */
  options.font_scale = 1;
  options.width = 842;
  options.height = 595;
  g_assert_true (tf_export_measure_type (sample, sample_careers, &options, &a4, &error));
  g_assert_no_error (error);
  g_test_message ("842×595: names %.1f, rows %.1f, years %.1f, credits %.1f px",
                  a4.person, a4.organization, a4.axis, a4.credits);
  g_assert_cmpfloat (a4.person, <, sizes.person);
  g_assert_cmpfloat (a4.person, >=, 9);
  g_assert_cmpfloat (a4.axis, >=, 8);

  /* Out of range, and nothing to measure. */
  options.font_scale = 5;
  g_assert_false (tf_export_options_validate (&options, TF_EXPORT_FORMAT_PNG, &error));
  g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE);
  g_clear_error (&error);
  options.font_scale = 1;
  options.move_from = options.view_from = 1900;
  options.move_to = options.view_to = 1901;
  g_assert_false (tf_export_measure_type (sample, sample_careers, &options, &sizes, &error));
  g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_NOTHING);
}

/* ---- credits ---- */

/* The sources cited by the evidence of moves, each once, as a set. */
static GHashTable *
sources_cited_by (GPtrArray *moves)
{
  GHashTable *sources = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      for (guint e = 0; e < move->evidence->len; e++)
        g_hash_table_add (sources,
                          ((TfEvidence *) g_ptr_array_index (move->evidence, e))->source_id);
    }
  return sources;
}

static void
assert_sorted (GPtrArray *sources)
{
  for (guint i = 1; i < sources->len; i++)
    {
      const TfSource *a = g_ptr_array_index (sources, i - 1);
      const TfSource *b = g_ptr_array_index (sources, i);

      g_assert_cmpint (tf_date_compare (&a->date, &b->date), <=, 0);
      g_assert_true (a != b);
    }
}

static void
test_credits_all (void)
{
  g_autoptr(GPtrArray) cited = NULL;
  g_autoptr(GHashTable) expected = NULL;
  TfExportOptions options;

  tf_export_options_init (&options);
  cited = tf_export_get_cited_sources (sample, sample_careers, &options);

  /* Everything is shown, so every source that backs a move is credited,
   * and the one article that backs none (004) is not. */
  expected = sources_cited_by (tf_dataset_get_moves (sample));
  g_assert_cmpuint (cited->len, ==, g_hash_table_size (expected));
  g_assert_cmpuint (cited->len, ==, 4);
  for (guint i = 0; i < cited->len; i++)
    g_assert_true (
        g_hash_table_contains (expected, ((TfSource *) g_ptr_array_index (cited, i))->id));
  assert_sorted (cited);

  /* careers NULL builds them: the same answer. */
  {
    g_autoptr(GPtrArray) again = tf_export_get_cited_sources (sample, NULL, &options);

    g_assert_cmpuint (again->len, ==, cited->len);
    for (guint i = 0; i < cited->len; i++)
      g_assert_true (g_ptr_array_index (again, i) == g_ptr_array_index (cited, i));
  }
}

static void
test_credits_filtered (void)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) cited = NULL;
  g_autoptr(GPtrArray) in_range = g_ptr_array_new ();
  g_autoptr(GPtrArray) of_people = g_ptr_array_new ();
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lower = NULL;
  g_autoptr(GHashTable) upper = NULL;
  GPtrArray *moves = tf_dataset_get_moves (sample);
  TfExportOptions options;

  tf_export_options_init (&options);
  all = tf_export_get_cited_sources (sample, sample_careers, &options);
  options.move_from = options.view_from = 2013;
  options.move_to = options.view_to = 2016;
  cited = tf_export_get_cited_sources (sample, sample_careers, &options);

  /* At least what the moves in the range cite; at most what the moves of
   * the people who moved in the range cite. */
  for (guint i = 0; i < moves->len; i++)
    {
      TfMove *move = g_ptr_array_index (moves, i);

      if (move->date.precision != TF_DATE_UNKNOWN && !move->date.derived
          && move->date.year >= 2013 && move->date.year < 2016)
        {
          g_ptr_array_add (in_range, move);
          g_hash_table_add (people, move->person_id != NULL ? move->person_id : move->id);
        }
    }
  for (guint i = 0; i < moves->len; i++)
    {
      TfMove *move = g_ptr_array_index (moves, i);

      if (g_hash_table_contains (people, move->person_id != NULL ? move->person_id : move->id))
        g_ptr_array_add (of_people, move);
    }
  lower = sources_cited_by (in_range);
  upper = sources_cited_by (of_people);
  g_test_message ("%u sources, %u to %u expected of %u", cited->len,
                  g_hash_table_size (lower), g_hash_table_size (upper), all->len);
  g_assert_cmpuint (g_hash_table_size (lower), >, 0);
  for (guint i = 0; i < cited->len; i++)
    g_assert_true (g_hash_table_contains (upper, ((TfSource *) g_ptr_array_index (cited, i))->id));
  {
    GHashTableIter iter;
    gpointer id;
    guint found;

    g_hash_table_iter_init (&iter, lower);
    while (g_hash_table_iter_next (&iter, &id, NULL))
      {
        found = 0;
        for (guint i = 0; i < cited->len; i++)
          found += g_strcmp0 (((TfSource *) g_ptr_array_index (cited, i))->id, id) == 0;
        g_assert_cmpuint (found, ==, 1);
      }
  }
  /* Fewer than all: 知乎's article only backs later moves. */
  g_assert_cmpuint (cited->len, <, all->len);
  assert_sorted (cited);

  /* No move shown: nothing cited. */
  options.move_from = options.view_from = 1900;
  options.move_to = options.view_to = 1901;
  g_clear_pointer (&cited, g_ptr_array_unref);
  cited = tf_export_get_cited_sources (sample, sample_careers, &options);
  g_assert_cmpuint (cited->len, ==, 0);
}

/* ---- files ---- */

static void
test_write_formats (void)
{
  g_autofree char *dir = make_scratch_dir ();
  TfExportOptions options;

  tf_export_options_init (&options);
  options.title = "Talent Flow 测试";

  /* PNG: exactly the size, at 1× and 2×. */
  for (guint scale = 1; scale <= 2; scale++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s/chart-%u.png", dir, scale);
      cairo_surface_t *png;

      options.scale = scale;
      g_assert_true (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PNG, path, &options,
                                      NULL, &error));
      g_assert_no_error (error);
      png = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920 * scale);
      g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1080 * scale);
      g_assert_cmpuint (count_ink (png, 0, 0, 1920 * scale, 1080 * scale), >,
                        1920 * 1080 * scale * scale / 4);
      cairo_surface_destroy (png);
    }
  options.scale = 1;

  /* SVG: in px, with glyphs as outlines. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
    g_autoptr(GBytes) bytes = NULL;

    g_assert_true (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_SVG, path, &options,
                                    NULL, &error));
    g_assert_no_error (error);
    bytes = read_file (path);
    g_assert_true (bytes_contain (bytes, "<svg"));
    g_assert_true (bytes_contain (bytes, "width=\"1920px\""));
    g_assert_true (bytes_contain (bytes, "height=\"1080px\""));
    g_assert_true (bytes_contain (bytes, "viewBox=\"0 0 1920 1080\""));
    g_assert_true (bytes_contain (bytes, "<symbol"));
    g_assert_false (bytes_contain (bytes, "<text"));
    g_assert_false (bytes_contain (bytes, "font-family"));
  }

  /* PDF: one pt per px, fonts embedded, the title in the metadata. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
    g_autoptr(GBytes) bytes = NULL;

    g_assert_true (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PDF, path, &options,
                                    NULL, &error));
    g_assert_no_error (error);
    bytes = read_file (path);
    g_assert_true (bytes_contain (bytes, "%PDF-"));
    g_assert_true (bytes_contain (bytes, "/MediaBox [ 0 0 1920 1080 ]"));
    g_assert_true (bytes_contain (bytes, "/FontFile"));
    g_assert_true (bytes_contain (bytes, "/ToUnicode"));
    g_assert_true (bytes_contain (bytes, "/Creator (Talent Flow"));
  }

  /* Nothing else was left in the directory. */
  g_assert_cmpuint (count_files (dir), ==, 4);
  remove_scratch_dir (dir);
}

static void
test_write_failures (void)
{
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "chart.png", NULL);
  g_autofree char *existing = g_build_filename (dir, "old.pdf", NULL);
  TfExportOptions options;

  tf_export_options_init (&options);

  /* A missing directory: an error naming the file, and no file. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PNG, missing,
                                     &options, NULL, &error));
    g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_WRITE);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, missing));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  /* A directory where the file should be. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PNG, dir, &options,
                                     NULL, &error));
    g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_WRITE);
  }

  /* An old file survives a cancel, a bad size and an empty chart, and no
   * temporary file is left beside it. */
  g_assert_true (g_file_set_contents (existing, "old contents", -1, NULL));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autofree char *contents = NULL;

    g_cancellable_cancel (cancellable);
    g_assert_false (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PDF, existing,
                                     &options, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);

    options.width = 10;
    g_assert_false (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PDF, existing,
                                     &options, NULL, &error));
    g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_SIZE);
    g_clear_error (&error);
    options.width = 1920;

    options.move_from = 1900;
    options.move_to = 1901;
    g_assert_false (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PDF, existing,
                                     &options, NULL, &error));
    g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_NOTHING);
    options.move_from = options.move_to = 0;

    g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "old contents");
    g_assert_cmpuint (count_files (dir), ==, 1);
  }

  /* A successful write replaces it, keeping its permissions. */
  {
    g_autoptr(GError) error = NULL;
    GStatBuf st;

    g_assert_cmpint (g_chmod (existing, 0640), ==, 0);
    g_assert_true (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PDF, existing,
                                    &options, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (existing, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0640);
    g_assert_cmpuint (count_files (dir), ==, 1);
  }

  /* A read-only file is refused rather than replaced (root may write
   * anything, so this only holds for others). */
  if (geteuid () != 0)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (g_chmod (existing, 0444), ==, 0);
      g_assert_false (tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_PDF, existing,
                                       &options, NULL, &error));
      g_assert_error (error, TF_EXPORT_ERROR, TF_EXPORT_ERROR_WRITE);
      g_chmod (existing, 0644);
    }

  remove_scratch_dir (dir);
}

/* Export runs in a worker thread in the window. */
static gpointer
write_in_thread (gpointer data)
{
  const char *path = data;
  TfExportOptions options;
  GError *error = NULL;

  tf_export_options_init (&options);
  options.width = 800;
  options.height = 600;
  if (!tf_export_write (sample, sample_careers, TF_EXPORT_FORMAT_SVG, path, &options, NULL, &error))
    return error;
  return NULL;
}

static void
test_write_in_threads (void)
{
  g_autofree char *dir = make_scratch_dir ();
  GThread *threads[3];
  char *paths[3];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      paths[i] = g_strdup_printf ("%s/thread-%u.svg", dir, i);
      threads[i] = g_thread_new ("export", write_in_thread, paths[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(GError) error = g_thread_join (threads[i]);

      g_assert_no_error (error);
      g_assert_true (g_file_test (paths[i], G_FILE_TEST_IS_REGULAR));
      g_free (paths[i]);
    }
  remove_scratch_dir (dir);
}

/* The chart on a page: every row a path runs in is named, by a label
 * nearer its own row than any other; every path is named at least once;
 * no label touches a path. */
static void
test_labels (void)
{
  static const double sizes[][2] = { { 1920, 1080 }, { 1280, 800 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfLayout) layout = NULL;
      g_autofree char *figures = NULL;
      TfExportOptions options;
      TfLayoutLabelAudit audit;

      tf_export_options_init (&options);
      options.width = sizes[i][0];
      options.height = sizes[i][1];
      layout = tf_export_lay_out_chart (sample, sample_careers, &options, &error);
      g_assert_no_error (error);
      g_assert_nonnull (layout);
      tf_layout_audit_labels (layout, &audit);
      if (g_getenv ("TF_TEST_EXPLAIN_LABELS") != NULL)
        {
          g_autofree char *explained = tf_layout_label_audit_explain (layout);

          g_test_message ("%s", explained);
        }
      figures = tf_layout_label_audit_format (&audit);
      g_test_message ("export %gx%g: %s", options.width, options.height, figures);
      g_assert_cmpuint (audit.n_rows_touched, >, 0);
      g_assert_cmpuint (audit.n_rows_unlabelled, ==, 0);
      g_assert_cmpuint (audit.n_row_labels_misread, ==, 0);
      g_assert_cmpuint (audit.n_paths, >, 0);
      /* Every path, at both sizes: the axis break leaves room. */
      g_assert_cmpuint (audit.n_paths_unnamed, ==, 0);
      g_assert_cmpuint (audit.n_person_labels_misread, ==, 0);
      g_assert_cmpuint (audit.n_label_path_crossings, ==, 0);
      g_assert_cmpuint (audit.n_leader_crossings, ==, 0);
    }
}

/* The axis gives the room to the years people move in: on the sample,
 * 2004-2012 hold one path's moves and sit behind a break that the layout
 * reports; x and time convert both ways through that one mapping; --from
 * and --to narrow the axis to their years. */
static void
test_axis_break (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfLayout) filtered = NULL;
  const TfLayoutBreak *breaks;
  const TfLayoutBreak *sparse = NULL;
  TfExportOptions options;
  guint n_breaks;
  double plot_x;
  double plot_width;
  double from;
  double to;
  double share;
  double last_x = -G_MAXDOUBLE;

  tf_export_options_init (&options);
  options.width = 1920;
  options.height = 1080;
  layout = tf_export_lay_out_chart (sample, sample_careers, &options, &error);
  g_assert_no_error (error);
  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  tf_layout_get_view (layout, &from, &to);
  g_assert_cmpfloat (from, <=, 2004);
  g_assert_cmpfloat (to, >=, 2013);

  breaks = tf_layout_get_breaks (layout, &n_breaks);
  g_assert_cmpuint (n_breaks, >=, 1);
  for (guint i = 0; i < n_breaks; i++)
    {
      g_assert_cmpfloat (breaks[i].from, <, breaks[i].to);
      g_assert_cmpfloat (breaks[i].x0, <, breaks[i].x1);
      g_assert_cmpfloat (breaks[i].x0, >=, plot_x);
      g_assert_cmpfloat (breaks[i].x1, <=, plot_x + plot_width + 1e-6);
      if (breaks[i].from <= 2005 && breaks[i].to >= 2011)
        sparse = &breaks[i];
    }
  g_assert_nonnull (sparse);
  /* Compressed: far narrower than its years' share of the view. */
  g_assert_cmpfloat ((sparse->x1 - sparse->x0) / plot_width, <,
                     0.5 * (sparse->to - sparse->from) / (to - from));

  share = (tf_layout_x_for_time (layout, 2012) - tf_layout_x_for_time (layout, 2004)) / plot_width;
  g_test_message ("2004-2012: %.1f %% of the plot's width (%.1f %% of the view %g-%g); "
                  "break %g-%g, %u moves", 100 * share, 100 * 8 / (to - from), from, to,
                  sparse->from, sparse->to, sparse->n_moves);
  g_assert_cmpfloat (share, <, 0.25);

  /* Round trips, and x grows with time, inside and outside the breaks. */
  for (double t = from - 1; t <= to + 1; t += 1.0 / 16)
    {
      double x = tf_layout_x_for_time (layout, t);

      g_assert_cmpfloat (x, >, last_x);
      last_x = x;
      g_assert_cmpfloat_with_epsilon (tf_layout_time_for_x (layout, x), t, 1e-9);
    }
  for (double x = plot_x; x <= plot_x + plot_width; x += 7.5)
    g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout,
                                                          tf_layout_time_for_x (layout, x)),
                                    x, 1e-6);
  g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout, from), plot_x, 1e-6);
  g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout, to), plot_x + plot_width, 1e-6);

  /* --from 2015 --to 2019: the axis shows those years, without a break. */
  options.move_from = options.view_from = 2015;
  options.move_to = options.view_to = 2020;
  filtered = tf_export_lay_out_chart (sample, sample_careers, &options, &error);
  g_assert_no_error (error);
  tf_layout_get_view (filtered, &from, &to);
  g_assert_cmpfloat (from, ==, 2015);
  g_assert_cmpfloat (to, ==, 2020);
  tf_layout_get_breaks (filtered, &n_breaks);
  g_assert_cmpuint (n_breaks, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  sample = tf_sample_load (&error);
  g_assert_no_error (error);
  sample_careers = tf_careers_new (sample);

  g_test_add_func ("/export/options/format-for-path", test_format_for_path);
  g_test_add_func ("/export/options/validate", test_validate);
  g_test_add_func ("/export/page/ink", test_page_ink);
  g_test_add_func ("/export/page/themes", test_themes);
  g_test_add_func ("/export/page/title", test_title);
  g_test_add_func ("/export/page/legend-and-credits-off", test_legend_and_credits_off);
  g_test_add_func ("/export/page/selection", test_selection);
  g_test_add_func ("/export/page/nothing-shown", test_nothing_shown);
  g_test_add_func ("/export/page/scaled-cr", test_scaled_cr);
  g_test_add_func ("/export/page/big", test_big_page);
  g_test_add_func ("/export/page/type-sizes", test_type_sizes);
  g_test_add_func ("/export/page/labels", test_labels);
  g_test_add_func ("/export/page/axis-break", test_axis_break);
  g_test_add_func ("/export/credits/all", test_credits_all);
  g_test_add_func ("/export/credits/filtered", test_credits_filtered);
  g_test_add_func ("/export/write/formats", test_write_formats);
  g_test_add_func ("/export/write/failures", test_write_failures);
  g_test_add_func ("/export/write/threads", test_write_in_threads);

  status = g_test_run ();

  g_clear_pointer (&sample_careers, tf_careers_unref);
  g_clear_object (&sample);
  return status;
}
