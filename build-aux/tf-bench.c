/* tf-bench.c: the figures build-aux/bench prints, one "name value unit" line each.
 *
 *   tf-bench synthetic RUNS DIR SIZE...  load, careers, layout, redraw, hover
 *                                        and peak RSS on generated datasets;
 *                                        then the same charts drawn by the
 *                                        chart's rasterizer and by cairo
 *   tf-bench sankey RUNS GRAPH.json...   the aggregated layout of the graphs
 *                                        d3-sankey is timed on
 *   tf-bench rss-child FILE              load, careers, layout and redraw,
 *                                        then print this process's peak RSS
 *   tf-bench extract RUNS DIR ARTICLE... the move extractor on the articles
 *                                        repeated to 20 MB of text: alone,
 *                                        and after the article reader; writes
 *                                        the corpus as text and JSON Lines
 *                                        into DIR for jieba and talentflow
 *   tf-bench edit RUNS SIZE...           an edit of a generated dataset until
 *                                        the chart shows it, as the window
 *                                        does: the edit and its snapshot,
 *                                        the careers, the layout, a redraw
 *   tf-bench stdin-rss RUNS NAME FILE PROGRAM ARG...
 *                                        the peak RSS of PROGRAM reading FILE
 *                                        on its standard input
 *   tf-bench csv RUNS SIZE FILE.csv      a table of moves opened as the
 *                                        program opens it (read, parsed,
 *                                        linked to records), then written
 *                                        back: csv_import_SIZE, csv_export_SIZE
 *
 * Every figure is the median of RUNS runs, each run timed alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-bench"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "tf-careers.h"
#include "tf-chart-draw.h"
#include "tf-csv-export.h"
#include "tf-dataset-file.h"
#include "tf-exchange-open.h"
#include "tf-edit-history.h"
#include "tf-edits.h"
#include "tf-extractor.h"
#include "tf-layout-measure.h"
#include "tf-layout.h"
#include "tf-source-reader.h"
#include "tf-synthetic.h"

#define WIDTH        1920
#define HEIGHT       1080
#define HOVER_POINTS 50
#define HIT_TOLERANCE 4.0
#define SEED         42

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (GArray *samples)
{
  double *v = (double *) (gpointer) samples->data;
  guint n = samples->len;

  g_assert (n > 0);
  qsort (v, n, sizeof (double), compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* A measurer as the widget has one: fonts from the default font map, so
 * labels are really set and measured. */
static TfLayoutPangoMeasurer *
new_measurer (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  TfLayoutPangoMeasurer *measurer = tf_layout_pango_measurer_new (context);

  g_object_unref (context);
  return measurer;
}

static TfLayout *
new_layout (TfCareers             *careers,
            TfLayoutAggregate      aggregate,
            TfLayoutPangoMeasurer *fonts)
{
  TfLayoutOptions options;

  tf_layout_options_init (&options, WIDTH, HEIGHT);
  options.aggregate = aggregate;
  options.measure = tf_layout_pango_measure;
  options.measure_data = fonts;
  return tf_layout_new (careers, &options);
}

/* What the widget (app/tf-flow-chart*.c) emphasises for a hit: nothing for
 * the bare background of a sub-lane. */
static gboolean
highlight_hit (TfLayout         *layout,
               const double     *point,
               TfChartHighlight *highlight)
{
  TfLayoutHit hit;

  tf_chart_highlight_init (highlight);
  if (!tf_layout_hit_test (layout, point[0], point[1], HIT_TOLERANCE, &hit))
    return FALSE;
  if (hit.kind == TF_LAYOUT_HIT_PERSON || hit.kind == TF_LAYOUT_HIT_MOVE)
    {
      highlight->hover_path = hit.path;
      highlight->hover_segment = hit.kind == TF_LAYOUT_HIT_MOVE ? hit.segment : -1;
    }
  else if (hit.kind == TF_LAYOUT_HIT_ORGANIZATION && (hit.label >= 0 || hit.block >= 0))
    highlight->hover_sublane = hit.sublane;
  else if (hit.kind == TF_LAYOUT_HIT_FLOW)
    highlight->hover_ribbon = hit.ribbon;
  if (hit.label >= 0 && !tf_layout_get_labels (layout, NULL)[hit.label].visible)
    highlight->hover_label = hit.label;
  return highlight->hover_path >= 0 || highlight->hover_sublane >= 0
         || highlight->hover_ribbon >= 0 || highlight->hover_label >= 0;
}

/* Into a new surface of the chart's size, as the widget's render node
 * gets one: the full chart (point NULL: a cache miss), or one pointer
 * motion: a hit test, then the overlay when something is hovered. */
static void
paint (TfLayout              *layout,
       const TfChartTheme    *theme,
       TfLayoutPangoMeasurer *fonts,
       const double          *point)
{
  TfChartHighlight highlight;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (point != NULL && !highlight_hit (layout, point, &highlight))
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  if (point == NULL)
    tf_chart_draw (cr, layout, theme, fonts);
  else
    tf_chart_draw_overlay (cr, layout, theme, fonts, &highlight);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_destroy (surface);
}

static int
rss_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = tf_dataset_file_load (file, NULL, &error);
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfLayoutPangoMeasurer) fonts = new_measurer ();
  TfChartTheme theme;
  struct rusage usage;

  if (dataset == NULL)
    g_error ("%s", error->message);
  careers = tf_careers_new (dataset);
  layout = new_layout (careers, TF_LAYOUT_AGGREGATE_AUTO, fonts);
  tf_chart_theme_init (&theme, FALSE);
  paint (layout, &theme, fonts, NULL);
  getrusage (RUSAGE_SELF, &usage);
  printf ("%ld\n", usage.ru_maxrss);
  return 0;
}

/* Peak RSS of a fresh process that does what opening the file in the app
 * does, so the generator and earlier runs do not count. */
static double
measure_rss_mb (const char *path)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "rss-child", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (self == NULL
      || !g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                        &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("rss-child %s: %s", path, error ? error->message : "no /proc/self/exe");
  return g_ascii_strtod (out, NULL) / 1024.0;
}

enum { LOAD, CAREERS, LAYOUT, REDRAW, HOVER, RSS, N_FIGURES };

/* ---- the chart's rasterizer against cairo's ---- */

static double
paint_with (TfLayout              *layout,
            const TfChartTheme    *theme,
            TfLayoutPangoMeasurer *fonts,
            TfChartLayers          layers,
            TfChartRasterizer      rasterizer)
{
  double started = now_ms ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  tf_chart_draw_with (cr, layout, theme, fonts, layers, rasterizer);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_destroy (surface);
  return now_ms () - started;
}

/* A chart drawn by tf-chart-raster.c and by cairo into the same masks
 * (tf_chart_draw_with ()), run after run, the two alternating so that
 * other work on the machine slows each alike: NAME_raster_Nk and
 * NAME_cairo_Nk, and how many times longer cairo takes. */
static void
bench_rasterizers (guint                  runs,
                   guint                  people,
                   const char            *name,
                   TfLayout              *layout,
                   TfLayoutPangoMeasurer *fonts,
                   TfChartLayers          layers)
{
  g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cairo = g_array_new (FALSE, FALSE, sizeof (double));
  TfChartTheme theme;
  double own_ms;
  double cairo_ms;

  tf_chart_theme_init (&theme, FALSE);
  /* Run 0 is a warm-up and is not counted. */
  for (guint r = 0; r <= runs; r++)
    for (guint k = 0; k < 2; k++)
      {
        gboolean by_cairo = (r + k) % 2 == 1;
        double ms = paint_with (layout, &theme, fonts, layers,
                                by_cairo ? TF_CHART_RASTERIZER_CAIRO : TF_CHART_RASTERIZER_OWN);

        if (r > 0)
          g_array_append_val (by_cairo ? cairo : own, ms);
      }
  own_ms = median (own);
  cairo_ms = median (cairo);
  printf ("%s_raster_%uk %.*f ms\n", name, people / 1000, own_ms < 10 ? 2 : 1, own_ms);
  printf ("%s_cairo_%uk %.*f ms\n", name, people / 1000, cairo_ms < 10 ? 2 : 1, cairo_ms);
  printf ("ratio_%s_vs_cairo_%uk %.1f x\n", name, people / 1000, cairo_ms / own_ms);
}

/* The one-path-per-person chart is timed up to this many people: drawn
 * by cairo, 100k take a minute. */
#define MAX_PATHS_PEOPLE 10000

/* The redraw figure's chart (AUTO: aggregated from 300 people), and the
 * chart with one path per person and its person labels alone. */
static void
bench_rasterizer_charts (guint  runs,
                         guint  people,
                         GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) dataset = tf_dataset_file_load (file, NULL, &error);
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayoutPangoMeasurer) fonts = new_measurer ();
  g_autoptr(TfLayout) layout = NULL;

  if (dataset == NULL)
    g_error ("%s", error->message);
  careers = tf_careers_new (dataset);
  layout = new_layout (careers, TF_LAYOUT_AGGREGATE_AUTO, fonts);
  printf ("# %uk: tf-chart-raster.c against cairo's strokes and fills into the same masks, same "
          "chart:\n",
          people / 1000);
  bench_rasterizers (runs, people, "redraw", layout, fonts, TF_CHART_LAYER_ALL);
  if (people <= MAX_PATHS_PEOPLE)
    {
      g_autoptr(TfLayout) paths = new_layout (careers, TF_LAYOUT_AGGREGATE_NEVER, fonts);

      bench_rasterizers (runs, people, "redraw_paths", paths, fonts, TF_CHART_LAYER_ALL);
      bench_rasterizers (runs, people, "labels", paths, fonts, TF_CHART_LAYER_PERSON_LABELS);
    }
}

static void
bench_synthetic (guint       runs,
                 const char *dir,
                 guint       people)
{
  static const char *const names[N_FIGURES]
      = { "load", "careers", "layout", "redraw", "hover", "rss" };
  g_autofree char *basename = g_strdup_printf ("synthetic-%u.talentflow", people);
  g_autofree char *path = g_build_filename (dir, basename, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) points = g_rand_new_with_seed (SEED);
  GArray *samples[N_FIGURES];
  TfSyntheticOptions options;
  TfChartTheme theme;
  TfDataset *dataset;
  GStatBuf st;

  /* Written once; every load run parses the same file. */
  tf_synthetic_options_init (&options, people, SEED);
  dataset = tf_synthetic_dataset_new (&options);
  if (!tf_dataset_file_save (dataset, file, NULL, &error))
    g_error ("%s", error->message);
  g_object_unref (dataset);
  if (g_stat (path, &st) == 0)
    printf ("# %uk: %s, %.1f MB\n", people / 1000, basename, st.st_size / 1e6);

  tf_chart_theme_init (&theme, FALSE);
  for (guint f = 0; f < N_FIGURES; f++)
    samples[f] = g_array_new (FALSE, FALSE, sizeof (double));
  /* Run 0 is a warm-up (fonts, page cache) and is not counted. Each
   * layout measures its labels with a new measurer, as the first one after
   * opening a file does. */
  for (guint r = 0; r <= runs; r++)
    {
      g_autoptr(TfDataset) loaded = NULL;
      g_autoptr(TfCareers) careers = NULL;
      g_autoptr(TfLayout) layout = NULL;
      g_autoptr(TfLayoutPangoMeasurer) fonts = new_measurer ();
      double plot_x, plot_y, plot_width, plot_height;
      double t[REDRAW + 2];

      t[LOAD] = now_ms ();
      loaded = tf_dataset_file_load (file, NULL, &error);
      if (loaded == NULL)
        g_error ("%s", error->message);
      t[CAREERS] = now_ms ();
      careers = tf_careers_new (loaded);
      t[LAYOUT] = now_ms ();
      layout = new_layout (careers, TF_LAYOUT_AGGREGATE_AUTO, fonts);
      t[REDRAW] = now_ms ();
      paint (layout, &theme, fonts, NULL);
      t[REDRAW + 1] = now_ms ();
      if (r == 0)
        {
          guint n_paths, n_segments, n_blocks, n_ribbons;

          tf_layout_get_paths (layout, &n_paths);
          tf_layout_get_segments (layout, &n_segments);
          tf_layout_get_blocks (layout, &n_blocks);
          tf_layout_get_ribbons (layout, &n_ribbons);
          printf ("# %uk: %u people shown; %s: %u paths, %u segments, %u blocks, %u ribbons\n",
                  people / 1000, tf_layout_get_n_people (layout),
                  tf_layout_is_aggregated (layout) ? "aggregated" : "one path per person",
                  n_paths, n_segments, n_blocks, n_ribbons);
          continue;
        }
      for (guint f = LOAD; f <= REDRAW; f++)
        g_array_append_vals (samples[f], &(double) { t[f + 1] - t[f] }, 1);

      /* The first hit test builds the index, untimed, as the first
       * motion event after a layout would. */
      tf_layout_get_plot (layout, &plot_x, &plot_y, &plot_width, &plot_height);
      paint (layout, &theme, fonts, (double[2]) { plot_x, plot_y });
      for (guint i = 0; i < HOVER_POINTS; i++)
        {
          double point[2] = { plot_x + g_rand_double (points) * plot_width,
                              plot_y + g_rand_double (points) * plot_height };
          double started = now_ms ();

          paint (layout, &theme, fonts, point);
          g_array_append_vals (samples[HOVER], &(double) { now_ms () - started }, 1);
        }
    }
  for (guint r = 0; r < runs; r++)
    g_array_append_vals (samples[RSS], &(double) { measure_rss_mb (path) }, 1);

  for (guint f = 0; f < N_FIGURES; f++)
    {
      double value = median (samples[f]);

      printf (f == RSS ? "%s_%uk %.0f MB\n" : f == HOVER ? "%s_%uk %.2f ms\n" : "%s_%uk %.1f ms\n",
              names[f], people / 1000, value);
    }
  /* median () sorted them. A slow tenth of motion events is lag too. */
  printf ("hover_p90_%uk %.2f ms\n", people / 1000,
          g_array_index (samples[HOVER], double, samples[HOVER]->len * 9 / 10));
  printf ("# hover_%uk: slowest %.2f ms\n", people / 1000,
          g_array_index (samples[HOVER], double, samples[HOVER]->len - 1));
  for (guint f = 0; f < N_FIGURES; f++)
    g_array_unref (samples[f]);

  bench_rasterizer_charts (runs, people, file);
}

/* A graph as gen.mjs writes it: the meta line, then one organization,
 * node or link per line, e.g. {"source":12,"target":40,"value":3}. Only
 * that fixed shape is read, and checked against the meta line's counts. */
typedef struct
{
  guint     people;       /* meta.P */
  guint     moves;        /* the sum of the link values */
  guint     n_orgs, n_nodes, n_links;
  TfSector *org_sector;
  guint    *node_org;
  int      *node_year;
  guint    *links;        /* source, target, value */
} Graph;

static guint
field (const char *line,
       const char *key)
{
  const char *at = strstr (line, key);

  if (at == NULL)
    g_error ("graph: no %s in %s", key, line);
  return (guint) strtoul (at + strlen (key), NULL, 10);
}

static void
read_graph (const char *path,
            Graph      *graph)
{
  static const char * const types[TF_N_SECTORS] = {
    "\"university\"", "\"corporate-lab\"", "\"company\"", "\"startup\"",
  };
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n[4] = { 0 };   /* read so far, per section: 1 orgs, 2 nodes, 3 links */
  guint section = 0;
  guint64 sum = 0;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  graph->people = field (lines[0], "\"P\":");
  graph->moves = field (lines[0], "\"moves\":");
  graph->n_orgs = field (lines[0], "\"O\":");
  graph->n_nodes = field (lines[0], "\"nodes\":");
  graph->n_links = field (lines[0], "\"links\":");
  graph->org_sector = g_new (TfSector, graph->n_orgs);
  graph->node_org = g_new (guint, graph->n_nodes);
  graph->node_year = g_new (int, graph->n_nodes);
  graph->links = g_new (guint, 3 * (gsize) graph->n_links);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      guint k = n[section];

      if (line[0] == '"' && section < 3)
        section++;
      else if (line[0] != '{')
        continue;
      else if (section == 1 && k < graph->n_orgs)
        {
          TfSector sector = 0;

          while (sector < TF_N_SECTORS && strstr (line, types[sector]) == NULL)
            sector++;
          if (sector == TF_N_SECTORS)
            g_error ("%s:%u: no organization type", path, i + 1);
          graph->org_sector[k] = sector;
        }
      else if (section == 2 && k < graph->n_nodes)
        {
          graph->node_org[k] = field (line, "\"org\":");
          graph->node_year[k] = (int) field (line, "\"year\":");
          if (graph->node_org[k] >= graph->n_orgs)
            g_error ("%s:%u: no such organization", path, i + 1);
        }
      else if (section == 3 && k < graph->n_links)
        {
          guint *link = &graph->links[3 * k];

          link[0] = field (line, "\"source\":");
          link[1] = field (line, "\"target\":");
          link[2] = field (line, "\"value\":");
          if (link[0] >= n[2] || link[1] >= n[2]
              || graph->node_year[link[0]] >= graph->node_year[link[1]])
            g_error ("%s:%u: not a link forward in time", path, i + 1);
          sum += link[2];
        }
      else
        g_error ("%s:%u: more records than the meta line says", path, i + 1);
      if (line[0] == '{')
        n[section]++;
    }
  if (n[1] != graph->n_orgs || n[2] != graph->n_nodes || n[3] != graph->n_links
      || sum != graph->moves)
    g_error ("%s: the records do not add up to the meta line", path);
}

static TfAffiliation *
graph_affiliation (Graph *graph,
                   guint  node)
{
  guint org = graph->node_org[node];
  g_autofree char *id = g_strdup_printf ("o-%05u", org);

  return tf_affiliation_new (id, graph->org_sector[org]);
}

/* A move dated to the year of the node it arrives at. */
static void
add_graph_move (TfDataset *dataset,
                Graph     *graph,
                guint      index,
                guint      person,
                int        from_node,
                guint      to_node)
{
  g_autofree char *id = g_strdup_printf ("m-%07u", index);
  TfMove *move = tf_move_new (id, TF_MOVE_JOIN);

  move->person_id = g_strdup_printf ("p-%06u", person);
  move->date.year = (gint16) graph->node_year[to_node];
  move->date.precision = TF_DATE_YEAR;
  move->from = from_node >= 0 ? graph_affiliation (graph, (guint) from_node) : NULL;
  move->to = graph_affiliation (graph, to_node);
  if (!tf_dataset_add_move (dataset, move, NULL))
    g_assert_not_reached ();
}

/* People whose moves aggregate back to exactly this graph: links are taken
 * in source order (so in time order), and each unit of a link's value is
 * someone who arrived at its source node and has not left yet, or, when
 * there is none, someone who started there (a join move). */
static TfDataset *
graph_to_dataset (Graph *graph,
                  guint *n_people)
{
  TfDataset *dataset = tf_dataset_new ();
  g_autofree int *waiting = g_new (int, graph->n_nodes);   /* node -> person */
  g_autofree int *below = g_new (int, graph->moves + 1);   /* person -> person */
  guint n_moves = 0;

  for (guint i = 0; i < graph->n_orgs; i++)
    {
      g_autofree char *id = g_strdup_printf ("o-%05u", i);
      g_autofree char *name
          = g_strdup_printf ("%s-%04u", tf_sector_to_string (graph->org_sector[i]), i);

      tf_dataset_add_organization (dataset, tf_organization_new (id, name, graph->org_sector[i]),
                                   NULL);
    }
  for (guint i = 0; i < graph->n_nodes; i++)
    waiting[i] = -1;
  *n_people = 0;
  for (guint l = 0; l < graph->n_links; l++)
    {
      const guint *link = &graph->links[3 * l];

      for (guint k = 0; k < link[2]; k++)
        {
          int person = waiting[link[0]];

          if (person >= 0)
            waiting[link[0]] = below[person];
          else
            {
              g_autofree char *id = g_strdup_printf ("p-%06u", *n_people);
              g_autofree char *name = g_strdup_printf ("P%u", *n_people);

              person = (int) (*n_people)++;
              tf_dataset_add_person (dataset, tf_person_new (id, name), NULL);
              add_graph_move (dataset, graph, n_moves++, (guint) person, -1, link[0]);
            }
          add_graph_move (dataset, graph, n_moves++, (guint) person, (int) link[0], link[1]);
          below[person] = waiting[link[1]];
          waiting[link[1]] = person;
        }
    }
  return dataset;
}

static void
bench_sankey (guint       runs,
              const char *path)
{
  Graph graph = { 0 };
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GArray) careers_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_people = 0;
  guint n_blocks = 0, n_ribbons = 0, n_sublanes = 0;

  read_graph (path, &graph);
  dataset = graph_to_dataset (&graph, &n_people);

  /* Careers (the order, which d3-sankey's relaxation stands for) and the
   * layout: from the moves to pixels, as layout.mjs times d3-sankey's
   * layout(). Run 0 is a warm-up, as layout.mjs has. */
  for (guint r = 0; r <= runs; r++)
    {
      g_autoptr(TfLayoutPangoMeasurer) fonts = new_measurer ();
      g_autoptr(TfCareers) careers = NULL;
      g_autoptr(TfLayout) layout = NULL;
      double t0 = now_ms ();
      double t1, t2;

      careers = tf_careers_new (dataset);
      t1 = now_ms ();
      layout = new_layout (careers, TF_LAYOUT_AGGREGATE_ALWAYS, fonts);
      t2 = now_ms ();
      tf_layout_get_blocks (layout, &n_blocks);
      tf_layout_get_ribbons (layout, &n_ribbons);
      tf_layout_get_sublanes (layout, &n_sublanes);
      if (r == 0)
        continue;
      g_array_append_vals (careers_ms, &(double) { t1 - t0 }, 1);
      g_array_append_vals (layout_ms, &(double) { t2 - t1 }, 1);
      g_array_append_vals (total_ms, &(double) { t2 - t0 }, 1);
    }
  printf (
      "# sankey_%uk: %u nodes, %u links, %u moves -> %u people; careers %.1f ms + layout %.1f ms;"
      " %u sub-lanes, %u blocks, %u ribbons\n",
      graph.people / 1000, graph.n_nodes, graph.n_links, graph.moves, n_people, median (careers_ms),
      median (layout_ms), n_sublanes, n_blocks, n_ribbons);
  printf ("sankey_%uk %.1f ms\n", graph.people / 1000, median (total_ms));

  g_free (graph.org_sector);
  g_free (graph.node_org);
  g_free (graph.node_year);
  g_free (graph.links);
}

/* ---- the move extractor ---- */

/* The corpus: the articles, in turn, until this much paragraph text. */
#define EXTRACT_CORPUS_BYTES (20 * 1000 * 1000)
/* A smaller file for talentflow --extract -, to see that memory is flat. */
#define EXTRACT_SMALL_BYTES  (5 * 1000 * 1000)

typedef struct
{
  GBytes *bytes;       /* the file, as read */
  guint64 text_bytes;  /* UTF-8 bytes of its paragraphs' text, once read */
  char *text;          /* its paragraphs joined by "\n" */
} Article;

static TfSource *
read_article_bytes (GBytes     *bytes,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  TfSource *source = tf_source_reader_read_bytes (bytes, name, name, &error);

  if (source == NULL)
    g_error ("%s: %s", name, error->message);
  return source;
}

static guint64
source_text_bytes (const TfSource *source)
{
  guint64 n = 0;

  for (guint i = 0; i < source->paragraphs->len; i++)
    n += strlen (((const TfParagraph *) g_ptr_array_index (source->paragraphs, i))->text);
  return n;
}

/* text as a JSON string, quotes included. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
write_file (const char *dir,
            const char *name,
            GString    *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, contents->str, (gssize) contents->len, &error))
    g_error ("%s", error->message);
}

/* Writes the corpus for the others to read: extract-text.txt, one
 * paragraph a line, for jieba; extract-5mb.jsonl and extract-20mb.jsonl,
 * one {"id","text"} article a line, for talentflow --extract -. */
static void
write_extract_corpus (const char *dir,
                      Article    *articles,
                      guint       n_articles,
                      guint       n_copies)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) jsonl = g_string_new (NULL);
  guint64 text_bytes = 0;
  gboolean small_written = FALSE;

  for (guint c = 0; c < n_copies; c++)
    {
      const Article *article = &articles[c % n_articles];

      g_string_append (text, article->text);
      g_string_append_c (text, '\n');
      g_string_append_printf (jsonl, "{\"id\":\"a-%06u\",\"text\":", c);
      append_json_string (jsonl, article->text);
      g_string_append (jsonl, "}\n");
      text_bytes += article->text_bytes;
      if (!small_written && text_bytes >= EXTRACT_SMALL_BYTES)
        {
          write_file (dir, "extract-5mb.jsonl", jsonl);
          small_written = TRUE;
        }
    }
  write_file (dir, "extract-text.txt", text);
  write_file (dir, "extract-20mb.jsonl", jsonl);
}

/* The extractor alone on sources read beforehand (paragraphs parsed,
 * folded and cut into sentences), and the whole pipeline from the bytes
 * of the files: the reader, then the extractor. Run after run, the two
 * alternating, so that other work on the machine slows each alike. */
static void
bench_extract (guint        runs,
               const char  *dir,
               const char **paths,
               guint        n_paths)
{
  g_autoptr(TfExtractor) extractor = tf_extractor_new (NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_source_free);
  g_autoptr(GArray) stage = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pipeline = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree Article *articles = g_new0 (Article, n_paths);
  guint64 text_bytes = 0, input_bytes = 0;
  guint n_copies = 0;
  guint n_suggestions[2] = { 0 };
  double stage_ms, pipeline_ms;

  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfSource) source = NULL;
      char *contents;
      gsize len;

      if (!g_file_get_contents (paths[i], &contents, &len, &error))
        g_error ("%s", error->message);
      articles[i].bytes = g_bytes_new_take (contents, len);
      source = read_article_bytes (articles[i].bytes, paths[i]);
      articles[i].text_bytes = source_text_bytes (source);
      articles[i].text = tf_source_dup_text (source);
    }
  /* Each copy read on its own, so that no two share memory. */
  while (text_bytes < EXTRACT_CORPUS_BYTES)
    {
      const Article *article = &articles[n_copies % n_paths];

      g_ptr_array_add (sources, read_article_bytes (article->bytes, paths[n_copies % n_paths]));
      text_bytes += article->text_bytes;
      input_bytes += g_bytes_get_size (article->bytes);
      n_copies++;
    }
  write_extract_corpus (dir, articles, n_paths, n_copies);

  /* Run 0 is a warm-up (the gazetteer, the lexicon) and is not counted. */
  for (guint r = 0; r <= runs; r++)
    for (guint k = 0; k < 2; k++)
      {
        gboolean whole = (r + k) % 2 == 1;
        guint n = 0;
        double started = now_ms (), ms;

        for (guint c = 0; c < n_copies; c++)
          {
            g_autoptr(TfSource) read = NULL;
            g_autoptr(GPtrArray) suggestions = NULL;

            if (whole)
              read = read_article_bytes (articles[c % n_paths].bytes, paths[c % n_paths]);
            suggestions = tf_extractor_extract (extractor,
                                                whole ? read : g_ptr_array_index (sources, c));
            n += suggestions->len;
          }
        ms = now_ms () - started;
        n_suggestions[whole] = n;
        if (r > 0)
          g_array_append_val (whole ? pipeline : stage, ms);
      }
  g_assert (n_suggestions[0] == n_suggestions[1]);
  stage_ms = median (stage);
  pipeline_ms = median (pipeline);
  printf ("# extract: %u articles (the %u given, in turn): %.1f MB of paragraph text, "
          "%.1f MB of input; %u suggestions\n",
          n_copies, n_paths, text_bytes / 1e6, input_bytes / 1e6, n_suggestions[0]);
  printf ("# extract_stage: tf_extractor_extract on the sources read beforehand, %.0f ms a pass, "
          "per MB of paragraph text\n", stage_ms);
  printf ("extract_stage_mb_s %.1f MB/s\n", text_bytes / 1e6 / (stage_ms / 1000));
  printf ("# extract_pipeline: tf_source_reader_read_bytes (decode, paragraphs, folding, "
          "sentences) + tf_extractor_extract, %.0f ms a pass, per MB of input\n", pipeline_ms);
  printf ("extract_pipeline_mb_s %.1f MB/s\n", input_bytes / 1e6 / (pipeline_ms / 1000));

  /* Folding, which the reader does to every paragraph: tf_text_fold ()
   * maps traditional characters by a table read off ICU's transliterator
   * once; tf_text_fold_reference () runs the transliterator on the text.
   * Both on the same paragraphs, turn about. */
  {
    g_autoptr(GArray) table = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) icu = g_array_new (FALSE, FALSE, sizeof (double));
    guint64 fold_bytes = 0;

    for (guint r = 0; r <= runs; r++)
      for (guint k = 0; k < 2; k++)
        {
          gboolean reference = (r + k) % 2 == 1;
          double started = now_ms (), ms;

          fold_bytes = 0;
          for (guint c = 0; c < n_paths * 20; c++)
            {
              const TfSource *source = g_ptr_array_index (sources, c % sources->len);

              for (guint p = 0; p < source->paragraphs->len; p++)
                {
                  const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, p);
                  char *folded = reference
                    ? tf_text_fold_reference (paragraph->text, -1)
                    : tf_text_fold (paragraph->text, -1);

                  g_free (folded);
                  fold_bytes += strlen (paragraph->text);
                }
            }
          ms = now_ms () - started;
          if (r > 0)
            g_array_append_val (reference ? icu : table, ms);
        }
    printf ("# fold: the paragraphs of %u articles, %.1f MB, tf_text_fold () against ICU's "
            "transliterator on the text\n", n_paths * 20, fold_bytes / 1e6);
    printf ("fold_table_mb_s %.1f MB/s\n", fold_bytes / 1e6 / (median (table) / 1000));
    printf ("fold_transliterator_mb_s %.1f MB/s\n", fold_bytes / 1e6 / (median (icu) / 1000));
    printf ("ratio_fold_table_vs_transliterator %.1f x\n", median (icu) / median (table));
  }

  for (guint i = 0; i < n_paths; i++)
    {
      g_bytes_unref (articles[i].bytes);
      g_free (articles[i].text);
    }
}

/* The peak RSS of PROGRAM ARGS... with FILE on its standard input, its
 * output dropped: the median of RUNS runs, in kB, as the kernel counts it
 * for a child that has ended. */
static void
bench_stdin_rss (guint        runs,
                 const char  *name,
                 const char  *path,
                 char       **argv)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < runs; r++)
    {
      struct rusage usage;
      int status;
      pid_t pid;

      fflush (stdout);
      pid = fork ();
      if (pid < 0)
        g_error ("fork: %s", g_strerror (errno));
      if (pid == 0)
        {
          int in = open (path, O_RDONLY);
          int out = open ("/dev/null", O_WRONLY);

          if (in < 0 || out < 0 || dup2 (in, 0) < 0 || dup2 (out, 1) < 0)
            _exit (127);
          execv (argv[0], argv);
          _exit (127);
        }
      if (wait4 (pid, &status, 0, &usage) != pid)
        g_error ("wait4: %s", g_strerror (errno));
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        g_error ("%s < %s: failed (status %d)", argv[0], path, status);
      g_array_append_vals (samples, &(double) { usage.ru_maxrss }, 1);
    }
  printf ("%s %.0f kB\n", name, median (samples));
}

/* From an edit (a move's date changed) to the chart redrawn, as the
 * window goes: the edit on the history's dataset and the snapshot the views
 * are given, then the chart's careers, layout and redraw of it. */
static void
bench_edit (guint runs,
            guint people)
{
  enum { STEP_EDIT, STEP_CAREERS, STEP_LAYOUT, STEP_REDRAW, STEP_TOTAL, N_STEPS };
  static const char *const names[N_STEPS]
      = { "edit_snapshot", "edit_careers", "edit_layout", "edit_redraw", "edit_reflected" };
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(TfEditHistory) history = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GArray *samples[N_STEPS];
  TfSyntheticOptions options;
  TfChartTheme theme;

  tf_synthetic_options_init (&options, people, SEED);
  dataset = tf_synthetic_dataset_new (&options);
  history = tf_edit_history_new (dataset);
  tf_chart_theme_init (&theme, FALSE);
  for (guint s = 0; s < N_STEPS; s++)
    samples[s] = g_array_new (FALSE, FALSE, sizeof (double));

  /* Run 0 warms up, and makes the history's copy to edit. */
  for (guint r = 0; r <= runs; r++)
    {
      TfDataset *edited = tf_edit_history_get_dataset (history);
      GPtrArray *moves = tf_dataset_get_moves (edited);
      TfMove *move = tf_move_copy (g_ptr_array_index (moves, g_rand_int_range (
                                                        rand, 0, (int) moves->len)));
      g_autoptr(TfLayoutPangoMeasurer) fonts = new_measurer ();
      g_autoptr(TfDataset) snapshot = NULL;
      g_autoptr(TfCareers) careers = NULL;
      g_autoptr(TfLayout) layout = NULL;
      g_autoptr(GError) error = NULL;
      double t[N_STEPS + 1];
      TfEdit *edit;

      t[STEP_EDIT] = now_ms ();
      move->date.year = (gint16) (options.first_year + g_rand_int_range (rand, 0,
                                                                          (int) options.n_years));
      edit = tf_edits_change_move (edited, move, &error);
      if (edit == NULL)
        g_error ("%s", error->message);
      tf_edit_history_push (history, edit);
      snapshot = tf_edit_history_dup_snapshot (history);
      t[STEP_CAREERS] = now_ms ();
      careers = tf_careers_new (snapshot);
      t[STEP_LAYOUT] = now_ms ();
      layout = new_layout (careers, TF_LAYOUT_AGGREGATE_AUTO, fonts);
      t[STEP_REDRAW] = now_ms ();
      paint (layout, &theme, fonts, NULL);
      t[STEP_TOTAL] = now_ms ();
      if (r == 0)
        continue;
      for (guint s = STEP_EDIT; s <= STEP_REDRAW; s++)
        g_array_append_vals (samples[s], &(double) { t[s + 1] - t[s] }, 1);
      g_array_append_vals (samples[STEP_TOTAL], &(double) { t[STEP_TOTAL] - t[STEP_EDIT] }, 1);
    }

  for (guint s = 0; s < N_STEPS; s++)
    {
      printf ("%s_%uk %.1f ms\n", names[s], people / 1000, median (samples[s]));
      g_array_unref (samples[s]);
    }
}

/* This process's processor time in ms: on a machine others use too, the
 * wall time of one thread says as much of the load as of the code. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* Opening a table as --summary or the window does, the bundled gazetteer
 * built each time as they build it; and writing it back. */
static void
bench_csv (guint       runs,
           const char *name,
           const char *path)
{
  g_autoptr(GArray) open_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) write_samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n_moves = 0;

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfDataset) dataset = NULL;
      g_autoptr(GBytes) table = NULL;
      double started = now_ms ();
      double cpu_started = cpu_ms ();

      dataset = tf_exchange_open_file (file, NULL, TF_CSV_IMPORT_STRICT, NULL, NULL, &error);
      if (dataset == NULL)
        g_error ("%s: %s", path, error->message);
      g_array_append_vals (open_samples, &(double) { now_ms () - started }, 1);
      g_array_append_vals (cpu_samples, &(double) { cpu_ms () - cpu_started }, 1);
      n_moves = tf_dataset_get_moves (dataset)->len;

      started = now_ms ();
      table = tf_csv_export_bytes (dataset);
      g_array_append_vals (write_samples, &(double) { now_ms () - started }, 1);
    }
  printf ("# csv_import_%s: %u moves\n", name, n_moves);
  printf ("csv_import_%s %.0f ms\n", name, median (open_samples));
  printf ("csv_import_cpu_%s %.0f ms\n", name, median (cpu_samples));
  printf ("csv_export_%s %.0f ms\n", name, median (write_samples));
}

int
main (int   argc,
      char *argv[])
{
  guint runs;

  /* Figures show up as they are measured, also through a pipe. */
  setvbuf (stdout, NULL, _IOLBF, 0);
  if (argc == 3 && strcmp (argv[1], "rss-child") == 0)
    return rss_child (argv[2]);
  if (argc < 4 || (runs = (guint) atoi (argv[2])) == 0)
    {
      fprintf (stderr, "usage: %s synthetic RUNS DIR SIZE...\n"
                       "       %s sankey RUNS GRAPH.json...\n"
                       "       %s rss-child FILE\n"
                       "       %s extract RUNS DIR ARTICLE...\n"
                       "       %s edit RUNS SIZE...\n"
                       "       %s stdin-rss RUNS NAME FILE PROGRAM ARG...\n"
                       "       %s csv RUNS SIZE FILE.csv\n",
               argv[0], argv[0], argv[0], argv[0], argv[0], argv[0], argv[0]);
      return 2;
    }
  if (strcmp (argv[1], "synthetic") == 0 && argc >= 5)
    {
      for (int i = 4; i < argc; i++)
        bench_synthetic (runs, argv[3], (guint) atoi (argv[i]));
      return 0;
    }
  if (strcmp (argv[1], "sankey") == 0)
    {
      for (int i = 3; i < argc; i++)
        bench_sankey (runs, argv[i]);
      return 0;
    }
  if (strcmp (argv[1], "extract") == 0 && argc >= 5)
    {
      bench_extract (runs, argv[3], (const char **) argv + 4, (guint) argc - 4);
      return 0;
    }
  if (strcmp (argv[1], "edit") == 0)
    {
      for (int i = 3; i < argc; i++)
        bench_edit (runs, (guint) atoi (argv[i]));
      return 0;
    }
  if (strcmp (argv[1], "csv") == 0 && argc == 5)
    {
      bench_csv (runs, argv[3], argv[4]);
      return 0;
    }
  if (strcmp (argv[1], "stdin-rss") == 0 && argc >= 6)
    {
      bench_stdin_rss (runs, argv[3], argv[4], argv + 5);
      return 0;
    }
  fprintf (stderr, "%s: unknown command %s\n", argv[0], argv[1]);
  return 2;
}
