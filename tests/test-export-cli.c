/* test-export-cli.c: `talentflow --export` as a user runs it, without a display.
 *
 * The program is the one built (TALENTFLOW in the environment, set by
 * meson), run with DISPLAY and WAYLAND_DISPLAY unset. Its files are read
 * back by other tools where they are installed: libxml2 and rsvg-convert
 * for SVG, pdftotext for PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-export-cli"

#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <string.h>

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

static const char *talentflow;
static char *scratch;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the program with args (NULL-terminated) and no display. */
static void
run_program (Run                *run,
             const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  int wait_status = 0;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_ptr_array_add (argv, (gpointer) talentflow);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  memset (run, 0, sizeof *run);
  g_spawn_sync (scratch, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_test_message ("%s: exit %d%s%s", args[0], run->status,
                  run->err[0] != '\0' ? ", stderr: " : "", run->err);
}

static char *
scratch_path (const char *name)
{
  return g_build_filename (scratch, name, NULL);
}

/* Pixels that differ from the top-left one. */
static double
ink_fraction (cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 background = *(const guint32 *) data;
  guint64 n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (*(const guint32 *) (data + y * stride + x * 4) != background)
        n++;
  return (double) n / ((double) width * height);
}

static void
assert_png (const char *path,
            int         width,
            int         height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);
  double ink;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  ink = ink_fraction (png);
  g_test_message ("%s: %d×%d, %.0f%% ink", path, width, height, ink * 100);
  g_assert_cmpfloat (ink, >, 0.25);
  cairo_surface_destroy (png);
}

/* ---- each format ---- */

static void
test_png (void)
{
  g_autofree char *path = scratch_path ("sample.png");
  g_autofree char *path_2x = scratch_path ("sample-2x.png");
  g_autofree char *path_a4 = scratch_path ("sample-a4.png");
  g_auto(Run) run = { 0 };
  g_auto(Run) run_2x = { 0 };
  g_auto(Run) run_a4 = { 0 };

  run_program (&run, (const char *[]) { "--export=sample.png", "--size=1920x1080", NULL });
  g_assert_cmpint (run.status, ==, 0);
  /* Quiet on success. */
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  assert_png (path, 1920, 1080);

  run_program (&run_2x,
               (const char *[]){ "--export", "sample-2x.png", "--scale=2", "--theme=dark", NULL });
  g_assert_cmpint (run_2x.status, ==, 0);
  assert_png (path_2x, 3840, 2160);

  run_program (&run_a4, (const char *[]){ "--export=sample-a4.png", "--size=842x595",
                                          "--theme=transparent", NULL });
  g_assert_cmpint (run_a4.status, ==, 0);
  {
    cairo_surface_t *png = cairo_image_surface_create_from_png (path_a4);

    g_assert_cmpint (cairo_image_surface_get_width (png), ==, 842);
    g_assert_cmpint (cairo_image_surface_get_height (png), ==, 595);
    /* Transparent: a clear corner. */
    g_assert_cmphex (*(guint32 *) cairo_image_surface_get_data (png), ==, 0);
    cairo_surface_destroy (png);
  }
}

static double
xml_length (xmlNode    *node,
            const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  double length;

  g_assert_nonnull (value);
  /* "1920px" or "1920". */
  g_assert_true (g_str_has_suffix ((char *) value, "px")
                 || g_ascii_isdigit (value[xmlStrlen (value) - 1]));
  length = g_ascii_strtod ((char *) value, NULL);
  xmlFree (value);
  return length;
}

static void
test_svg (void)
{
  g_autofree char *path = scratch_path ("sample.svg");
  g_autofree char *rendered = scratch_path ("sample-svg.png");
  g_autofree char *rsvg = g_find_program_in_path ("rsvg-convert");
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  xmlDoc *doc;
  xmlNode *root;
  xmlChar *view_box;

  run_program (&run, (const char *[]) { "--export=sample.svg", NULL });
  g_assert_cmpint (run.status, ==, 0);

  doc = xmlReadFile (path, "UTF-8", XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((char *) root->name, ==, "svg");
  g_assert_cmpfloat (xml_length (root, "width"), ==, 1920);
  g_assert_cmpfloat (xml_length (root, "height"), ==, 1080);
  view_box = xmlGetProp (root, (const xmlChar *) "viewBox");
  g_assert_cmpstr ((char *) view_box, ==, "0 0 1920 1080");
  xmlFree (view_box);
  xmlFreeDoc (doc);

  /* Glyphs are outlines: a browser without the fonts draws the same. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "<text"));
  g_assert_null (strstr (contents, "font-family"));

  if (rsvg == NULL)
    {
      g_test_skip ("rsvg-convert not found: the SVG is not rasterized");
      return;
    }
  {
    g_autoptr(GError) error = NULL;
    const char *argv[] = { rsvg, "--format=png", "--output", rendered, path, NULL };
    int wait_status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                  &wait_status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
    assert_png (rendered, 1920, 1080);
  }
}

static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  if (pdftotext == NULL)
    return NULL;
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                  &wait_status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return out;
}

static void
test_pdf (void)
{
  g_autofree char *path = scratch_path ("sample.pdf");
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *media_box = "/MediaBox [ 0 0 1920 1080 ]";
  g_auto(Run) run = { 0 };

  run_program (&run,
               (const char *[]){ "--export=sample.pdf", "--title=Revolving door 旋转门", NULL });
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (memmem (contents, length, media_box, strlen (media_box)));

  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext not found: the PDF's text is not checked");
      return;
    }
  /* Chinese survives: the fonts are embedded with their text. */
  g_assert_nonnull (strstr (text, "漆远"));
  g_assert_nonnull (strstr (text, "清华大学电子工程系"));
  g_assert_nonnull (strstr (text, "字节跳动 AI Lab"));
  g_assert_nonnull (strstr (text, "Revolving door 旋转门"));
  g_assert_nonnull (strstr (text, "Sources:"));
}

static void
test_years (void)
{
  g_autofree char *path = scratch_path ("years.pdf");
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  run_program (&run, (const char *[]) { "--export=years.pdf", "--from=2013", "--to=2015",
                                        "--subtitle=", "--no-legend", NULL });
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (path);
  if (text == NULL)
    return;
  /* The axis is the years asked for, and the credits only what they cite. */
  g_assert_nonnull (strstr (text, "2013"));
  g_assert_nonnull (strstr (text, "2015"));
  g_assert_null (strstr (text, "2019"));
  g_assert_null (strstr (text, "知乎"));
  g_assert_nonnull (strstr (text, "虎嗅"));
}

/* A file given on the command line rather than the sample. */
static void
test_input_file (void)
{
  g_autofree char *input = g_test_build_filename (G_TEST_DIST, "data", "sample-curation.talentflow",
                                                  NULL);
  g_autofree char *path = scratch_path ("curation.svg");
  g_auto(Run) run = { 0 };

  run_program (&run, (const char *[]) { "--export=curation.svg", "--size=1200x800", input, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* ---- failures: a message, exit 1, and no file ---- */

static void
test_failures (void)
{
  static const struct
  {
    const char *args[5];
    const char *output;     /* must not exist afterwards */
    const char *message;    /* part of stderr */
  } cases[] = {
    { { "--export=/nonexistent-dir/x.png", NULL }, NULL, "/nonexistent-dir/x.png" },
    { { "--export=bad.png", "--size=abcxdef", NULL }, "bad.png", "abcxdef" },
    { { "--export=bad.png", "--size=0x0", NULL }, "bad.png", "200" },
    { { "--export=bad.png", "--size=100000x100000", NULL }, "bad.png", "20000" },
    { { "--export=bad.png", "--size=1920x", NULL }, "bad.png", "1920x" },
    { { "--export=bad.png", "--scale=7", NULL }, "bad.png", "7" },
    { { "--export=bad.png", "--scale=two", NULL }, "bad.png", "two" },
    { { "--export=bad.png", "--font-scale=9", NULL }, "bad.png", "9" },
    { { "--export=bad.png", "--font-scale=big", NULL }, "bad.png", "big" },
    { { "--export=bad.png", "--theme=sepia", NULL }, "bad.png", "sepia" },
    { { "--export=bad.png", "--from=2020", "--to=2010", NULL }, "bad.png", "2020" },
    { { "--export=bad.png", "--from=20x", NULL }, "bad.png", "20x" },
    { { "--export=bad.png", "--from=1900", "--to=1901", NULL }, "bad.png", "No move" },
    { { "--export=bad.jpg", NULL }, "bad.jpg", "bad.jpg" },
    { { "--export=", NULL }, NULL, "--export" },
    { { "--export=bad.png", "missing.talentflow", NULL }, "bad.png", "missing.talentflow" },
    { { "--export=bad.png", "garbage.talentflow", NULL }, "bad.png", "garbage.talentflow" },
    { { "--export=bad.png", "a.talentflow", "b.talentflow", NULL }, "bad.png", "one" },
    { { "--size=800x600", NULL }, NULL, "--export" },
    { { "--export=bad.png", "--nonsense", NULL }, "bad.png", "--nonsense" },
  };
  g_autofree char *garbage = scratch_path ("garbage.talentflow");

  g_assert_true (g_file_set_contents (garbage, "<?xml version=\"1.0\"?><talentflow", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_program (&run, cases[i].args);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, cases[i].message));
      if (cases[i].output != NULL)
        {
          g_autofree char *path = scratch_path (cases[i].output);

          g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
        }
    }
}

/* A failure leaves an existing file as it was. */
static void
test_failure_keeps_old_file (void)
{
  g_autofree char *path = scratch_path ("old.pdf");
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) run_input = { 0 };

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  run_program (&run, (const char *[]) { "--export=old.pdf", "--from=1900", "--to=1901", NULL });
  g_assert_cmpint (run.status, ==, 1);
  /* Nor is the input ever the output. */
  run_program (&run_input, (const char *[]) { "--export=old.pdf", "old.pdf", NULL });
  g_assert_cmpint (run_input.status, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
}

static void
remove_scratch (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = scratch_path (name);

      g_remove (path);
    }
  g_rmdir (scratch);
}

/* Dark pixels in the top band of a light page, where the titles are. */
static guint
title_ink (const char *png_path)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (png_path);
  int stride;
  const guint8 *data;
  guint ink = 0;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  stride = cairo_image_surface_get_stride (png);
  data = cairo_image_surface_get_data (png);
  for (int y = 0; y < 80 && y < cairo_image_surface_get_height (png); y++)
    for (int x = 0; x < cairo_image_surface_get_width (png); x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        if (((pixel >> 8) & 0xff) < 128)
          ink++;
      }
  cairo_surface_destroy (png);
  return ink;
}

/* The height of the first line of dark text from the top of a light page:
 * the title's. */
static int
first_text_height (const char *png_path)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (png_path);
  int stride;
  const guint8 *data;
  int top = -1;
  int height = 0;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  stride = cairo_image_surface_get_stride (png);
  data = cairo_image_surface_get_data (png);
  for (int y = 0; y < cairo_image_surface_get_height (png); y++)
    {
      gboolean ink = FALSE;

      for (int x = 0; x < cairo_image_surface_get_width (png) && !ink; x++)
        ink = ((*(const guint32 *) (data + y * stride + x * 4) >> 8) & 0xff) < 128;
      if (ink && top < 0)
        top = y;
      if (!ink && top >= 0)
        {
          height = y - top;
          break;
        }
    }
  cairo_surface_destroy (png);
  return height;
}

/* --font-scale sets all the type larger: the title too. */
static void
test_font_scale (void)
{
  g_autofree char *normal = scratch_path ("type-1.png");
  g_autofree char *large = scratch_path ("type-1.5.png");
  g_auto(Run) run_normal = { 0 };
  g_auto(Run) run_large = { 0 };
  int normal_height, large_height;

  run_program (&run_normal, (const char *[]) { "--export=type-1.png", "--title=国国国国", NULL });
  g_assert_cmpint (run_normal.status, ==, 0);
  run_program (&run_large, (const char *[]) { "--export=type-1.5.png", "--title=国国国国",
                                              "--font-scale=1.5", NULL });
  g_assert_cmpint (run_large.status, ==, 0);
  assert_png (large, 1920, 1080);
  normal_height = first_text_height (normal);
  large_height = first_text_height (large);
  g_test_message ("title ink: %d px high, %d px at 1.5", normal_height, large_height);
  g_assert_cmpint (normal_height, >=, 24);
  g_assert_cmpint (large_height * 10, >=, normal_height * 14);
  g_assert_cmpint (large_height * 10, <=, normal_height * 16);
}

/* Cairo 1.16 embeds the glyph of 如 in Noto Sans CJK SC Regular so that
 * viewers draw nothing for it: PDF text must still show (as outlines), as
 * much of it as in the PNG of the same page. */
static void
test_pdf_glyphs_render (void)
{
  g_autofree char *pdf = scratch_path ("glyphs.pdf");
  g_autofree char *png = scratch_path ("glyphs.png");
  g_autofree char *rendered_base = scratch_path ("glyphs-pdf");
  g_autofree char *rendered = scratch_path ("glyphs-pdf.png");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  /* The subtitle: regular weight, which is where the bug is. */
  const char *subtitle = "--subtitle=如如如如如如如如如如";
  g_auto(Run) run_pdf = { 0 };
  g_auto(Run) run_png = { 0 };
  guint png_ink, pdf_ink;

  run_program (&run_pdf, (const char *[]) { "--export=glyphs.pdf", "--title=", subtitle, NULL });
  g_assert_cmpint (run_pdf.status, ==, 0);
  run_program (&run_png, (const char *[]) { "--export=glyphs.png", "--title=", subtitle, NULL });
  g_assert_cmpint (run_png.status, ==, 0);
  if (pdftoppm == NULL)
    {
      g_test_skip ("pdftoppm not found");
      return;
    }
  {
    g_autoptr(GError) error = NULL;
    const char *argv[] = { pdftoppm, "-png", "-r", "72", "-singlefile", pdf, rendered_base, NULL };
    int wait_status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                  &wait_status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  }
  png_ink = title_ink (png);
  pdf_ink = title_ink (rendered);
  g_test_message ("subtitle ink: PNG %u px, PDF %u px", png_ink, pdf_ink);
  g_assert_cmpuint (png_ink, >, 200);
  g_assert_cmpuint (pdf_ink, >, png_ink * 7 / 10);
  g_assert_cmpuint (pdf_ink, <, png_ink * 3 / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  talentflow = g_getenv ("TALENTFLOW");
  if (talentflow == NULL || !g_file_test (talentflow, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Set TALENTFLOW to the talentflow program\n");
      return 1;
    }
  scratch = g_dir_make_tmp ("test-export-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/export-cli/png", test_png);
  g_test_add_func ("/export-cli/svg", test_svg);
  g_test_add_func ("/export-cli/pdf", test_pdf);
  g_test_add_func ("/export-cli/pdf-glyphs-render", test_pdf_glyphs_render);
  g_test_add_func ("/export-cli/years", test_years);
  g_test_add_func ("/export-cli/font-scale", test_font_scale);
  g_test_add_func ("/export-cli/input-file", test_input_file);
  g_test_add_func ("/export-cli/failures", test_failures);
  g_test_add_func ("/export-cli/failure-keeps-old-file", test_failure_keeps_old_file);

  status = g_test_run ();
  remove_scratch ();
  g_free (scratch);
  return status;
}
