/* test-layout.c: the synthetic generator and the flow chart layout (the
 * careers it is laid out from: test-careers.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "tf-careers.h"
#include "tf-dataset.h"
#include "tf-layout-measure.h"
#include "tf-layout.h"
#include "tf-careers-naive.h"
#include "tf-layout-crossings.h"
#include "tf-synthetic.h"
#include "tf-test-data.h"

#define EPSILON 0.01

/* LeakSanitizer asks for this when the test runs under it: fontconfig,
 * which the Pango test loads, keeps its caches until exit by design (see
 * tests/lsan.supp). Leaks in Talent Flow's own code still fail. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

/* ---- datasets ---- */

static TfDataset *
synthetic (guint   n_people,
           guint64 seed)
{
  TfSyntheticOptions options;

  tf_synthetic_options_init (&options, n_people, seed);
  return tf_synthetic_dataset_new (&options);
}

static int
move_index (TfDataset  *dataset,
            const char *id)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  guint index;

  g_assert_true (g_ptr_array_find (moves, tf_dataset_lookup_move (dataset, id), &index));
  return (int) index;
}

static int
person_index (TfDataset  *dataset,
              const char *id)
{
  GPtrArray *people = tf_dataset_get_people (dataset);
  guint index;

  g_assert_true (g_ptr_array_find (people, tf_dataset_lookup_person (dataset, id), &index));
  return (int) index;
}

static TfLayout *
layout_with (TfCareers         *careers,
             TfLayoutAggregate  aggregate,
             double             width,
             double             height)
{
  TfLayoutOptions options;

  tf_layout_options_init (&options, width, height);
  options.aggregate = aggregate;
  return tf_layout_new (careers, &options);
}

/* ---- geometry helpers ---- */

/* The point at t of the cubic Bézier cairo draws for a segment, through
 * its control points: the reference tf_layout_curve_point () must match. */
static void
curve_point (const TfLayoutSegment *segment,
             double                 t,
             double                *x,
             double                *y)
{
  double cx0, cy0, cx1, cy1;
  double mt = 1 - t;

  tf_layout_curve_controls (segment->x0, segment->y0, segment->x1, segment->y1, &cx0, &cy0, &cx1,
                            &cy1);
  *x = mt * mt * mt * segment->x0 + 3 * mt * mt * t * cx0 + 3 * mt * t * t * cx1
       + t * t * t * segment->x1;
  *y = mt * mt * mt * segment->y0 + 3 * mt * mt * t * cy0 + 3 * mt * t * t * cy1
       + t * t * t * segment->y1;
}

static double
brute_segment_distance (const TfLayoutSegment *segment,
                        double                 width,
                        double                 x,
                        double                 y)
{
  double best = G_MAXDOUBLE;
  double reach = width / 2 + 10;

  /* Far from the bounding box: far enough for every caller. */
  if (x < MIN (segment->x0, segment->x1) - reach || x > MAX (segment->x0, segment->x1) + reach
      || y < MIN (segment->y0, segment->y1) - reach || y > MAX (segment->y0, segment->y1) + reach)
    return 10;

  if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
    {
      /* A straight stroke has butt ends: the distance to its rectangle. */
      double dx = MAX (0, MAX (segment->x0 - x, x - segment->x1));
      double dy = MAX (0, fabs (y - segment->y0) - width / 2);

      return hypot (dx, dy);
    }
  else
    for (guint i = 0; i <= 2000; i++)
      {
        double px, py;

        curve_point (segment, i / 2000.0, &px, &py);
        best = MIN (best, hypot (x - px, y - py));
      }
  return MAX (0, best - width / 2);
}

static const TfLayoutPath *
path_of_segment (TfLayout *layout,
                 guint     segment)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);

  for (guint p = 0; p < n_paths; p++)
    if (segment >= paths[p].first_segment && segment < paths[p].first_segment + paths[p].n_segments)
      return &paths[p];
  g_error ("No path has segment %u", segment);
}

static gboolean
point_in_label (TfLayout *layout,
                double    x,
                double    y,
                double    margin)
{
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);

  for (guint i = 0; i < n_labels; i++)
    if (labels[i].visible && x >= labels[i].x - margin
        && x <= labels[i].x + labels[i].width + margin && y >= labels[i].y - margin
        && y <= labels[i].y + labels[i].height + margin)
      return TRUE;
  return FALSE;
}

/* ---- invariants ---- */

static int
compare_labels_by_x (gconstpointer a,
                     gconstpointer b)
{
  const TfLayoutLabel *la = *(const TfLayoutLabel **) a;
  const TfLayoutLabel *lb = *(const TfLayoutLabel **) b;

  return la->x < lb->x ? -1 : la->x > lb->x;
}

static void
check_lanes (TfLayout *layout)
{
  guint n_lanes, n_sublanes;
  const TfLayoutLane *lanes = tf_layout_get_lanes (layout, &n_lanes);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  double width, height, plot_y, plot_height;
  double previous_bottom = -1;

  tf_layout_get_size (layout, &width, &height);
  tf_layout_get_plot (layout, NULL, &plot_y, NULL, &plot_height);

  for (guint l = 0; l < n_lanes; l++)
    {
      /* Academia at the top, startups at the bottom, nothing overlapping. */
      if (l > 0)
        g_assert_cmpint (lanes[l].sector, >, lanes[l - 1].sector);
      g_assert_cmpfloat (lanes[l].y, >=, plot_y - EPSILON);
      g_assert_cmpfloat (lanes[l].y, >=, previous_bottom - EPSILON);
      g_assert_cmpfloat (lanes[l].y + lanes[l].height, <=, plot_y + plot_height + EPSILON);
      previous_bottom = lanes[l].y + lanes[l].height;

      for (guint i = 0; i < lanes[l].n_sublanes; i++)
        {
          const TfLayoutSublane *sublane = &sublanes[lanes[l].first_sublane + i];

          g_assert_cmpint (sublane->sector, ==, lanes[l].sector);
          g_assert_cmpfloat (sublane->height, >, 0);
          g_assert_cmpfloat (sublane->y, >=, lanes[l].y - EPSILON);
          g_assert_cmpfloat (sublane->y + sublane->height, <=,
                             lanes[l].y + lanes[l].height + EPSILON);
          if (i > 0)
            g_assert_cmpfloat (sublane->y, >=, sublane[-1].y + sublane[-1].height - EPSILON);
        }
    }
}

typedef struct
{
  double x0, x1, y, half;
} Bar;

static int
compare_bars (gconstpointer a,
              gconstpointer b)
{
  const Bar *ba = a;
  const Bar *bb = b;

  return ba->x0 < bb->x0 ? -1 : ba->x0 > bb->x0;
}

static void
check_paths (TfLayout *layout)
{
  guint n_paths, n_segments, n_sublanes;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  g_autoptr(GPtrArray) bars = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  double plot_x, plot_width;

  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  for (guint i = 0; i < n_sublanes; i++)
    g_ptr_array_add (bars, g_array_new (FALSE, FALSE, sizeof (Bar)));

  for (guint p = 0; p < n_paths; p++)
    {
      const TfLayoutPath *path = &paths[p];

      g_assert_cmpuint (path->n_segments, >, 0);
      g_assert_cmpfloat (path->width, >, 0);
      if (p > 0)
        g_assert_cmpuint (path->first_segment, ==,
                          paths[p - 1].first_segment + paths[p - 1].n_segments);
      for (guint i = 0; i < path->n_segments; i++)
        {
          const TfLayoutSegment *segment = &segments[path->first_segment + i];

          g_assert_cmpfloat (segment->x0, <=, segment->x1 + EPSILON);
          g_assert_cmpint (segment->sublane, >=, 0);
          g_assert_cmpint (segment->sublane, <, (int) n_sublanes);
          /* Continuous in time: each strand's segments join end to start. */
          if (i > 0 && segment[-1].strand == segment->strand)
            {
              g_assert_cmpfloat (fabs (segment[-1].x1 - segment->x0), <, EPSILON);
              g_assert_cmpfloat (fabs (segment[-1].y1 - segment->y0), <, EPSILON);
            }
          if (i > 0)
            g_assert_cmpuint (segment->strand, >=, segment[-1].strand);

          if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
            {
              const TfLayoutSublane *sublane = &sublanes[segment->sublane];
              Bar bar = { segment->x0, segment->x1, segment->y0, path->width / 2 };

              g_assert_cmpfloat (segment->y0, ==, segment->y1);
              g_assert_cmpfloat (segment->x0, >=, plot_x - EPSILON);
              g_assert_cmpfloat (segment->x1, <=, plot_x + plot_width + EPSILON);
              /* Inside its organization's sub-lane, stroke and all. */
              g_assert_cmpfloat (segment->y0 - path->width / 2, >=, sublane->y - EPSILON);
              g_assert_cmpfloat (segment->y0 + path->width / 2, <=,
                                 sublane->y + sublane->height + EPSILON);
              g_array_append_val (g_ptr_array_index (bars, segment->sublane), bar);
            }
        }
    }

  /* No two people overlap while inside an organization. */
  for (guint i = 0; i < n_sublanes; i++)
    {
      GArray *list = g_ptr_array_index (bars, i);

      g_array_sort (list, compare_bars);
      for (guint a = 0; a < list->len; a++)
        {
          const Bar *ba = &g_array_index (list, Bar, a);

          for (guint b = a + 1; b < list->len; b++)
            {
              const Bar *bb = &g_array_index (list, Bar, b);

              if (bb->x0 >= ba->x1 - EPSILON)
                break;
              g_assert_cmpfloat (fabs (ba->y - bb->y), >=, ba->half + bb->half - EPSILON);
            }
        }
    }
}

static void
check_labels (TfLayout *layout)
{
  guint n_labels, n_paths, n_segments;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  g_autoptr(GPtrArray) visible = g_ptr_array_new ();
  double width, height, plot_x, plot_y, plot_width, plot_height;

  tf_layout_get_size (layout, &width, &height);
  for (guint i = 0; i < n_labels; i++)
    {
      const TfLayoutLabel *label = &labels[i];

      g_assert_nonnull (label->text);
      if (!label->visible)
        continue;
      g_assert_cmpfloat (label->width, >, 0);
      g_assert_cmpfloat (label->height, >, 0);
      g_assert_cmpfloat (label->x, >=, -EPSILON);
      g_assert_cmpfloat (label->y, >=, -EPSILON);
      g_assert_cmpfloat (label->x + label->width, <=, width + EPSILON);
      g_assert_cmpfloat (label->y + label->height, <=, height + EPSILON);
      g_ptr_array_add (visible, (gpointer) label);
    }

  /* Pairwise apart: sweep in x. */
  g_ptr_array_sort (visible, compare_labels_by_x);
  for (guint a = 0; a < visible->len; a++)
    {
      const TfLayoutLabel *la = g_ptr_array_index (visible, a);

      for (guint b = a + 1; b < visible->len; b++)
        {
          const TfLayoutLabel *lb = g_ptr_array_index (visible, b);

          if (lb->x >= la->x + la->width)
            break;
          g_assert_false (lb->y < la->y + la->height && la->y < lb->y + lb->height);
        }
    }

  /* No label covers a path end. Drawing clips to the plot, so ends outside
   * it (curves across the edge of a zoomed view) are not seen. */
  tf_layout_get_plot (layout, &plot_x, &plot_y, &plot_width, &plot_height);
  for (guint p = 0; p < n_paths; p++)
    for (guint i = 0; i < paths[p].n_segments; i++)
      {
        const TfLayoutSegment *segment = &segments[paths[p].first_segment + i];
        gboolean first = i == 0 || segment[-1].strand != segment->strand;
        gboolean last = i + 1 == paths[p].n_segments || segment[1].strand != segment->strand;

        if (first && segment->x0 >= plot_x && segment->x0 <= plot_x + plot_width)
          g_assert_false (point_in_label (layout, segment->x0, segment->y0, -EPSILON));
        if (last && segment->x1 >= plot_x && segment->x1 <= plot_x + plot_width)
          g_assert_false (point_in_label (layout, segment->x1, segment->y1, -EPSILON));
      }
}

static void
check_aggregated (TfLayout *layout)
{
  guint n_blocks, n_ribbons, n_sublanes;
  const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
  const TfLayoutRibbon *ribbons = tf_layout_get_ribbons (layout, &n_ribbons);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  g_autofree double *out = g_new0 (double, n_blocks + 1);
  g_autofree double *in = g_new0 (double, n_blocks + 1);

  g_assert_true (tf_layout_is_aggregated (layout));
  g_assert_cmpuint (n_blocks, >, 0);
  for (guint i = 0; i < n_blocks; i++)
    {
      const TfLayoutBlock *block = &blocks[i];
      const TfLayoutSublane *sublane = &sublanes[block->sublane];

      g_assert_cmpfloat (block->y, >=, sublane->y - EPSILON);
      g_assert_cmpfloat (block->y + block->height, <=, sublane->y + sublane->height + EPSILON);
      /* Blocks of one bin in different sub-lanes cannot overlap, since
       * sub-lanes do not; blocks of one sub-lane are in different bins. */
      if (i > 0 && blocks[i - 1].sublane == block->sublane)
        g_assert_cmpfloat (blocks[i - 1].x + blocks[i - 1].width, <=, block->x + EPSILON);
    }
  for (guint i = 0; i < n_ribbons; i++)
    {
      const TfLayoutRibbon *ribbon = &ribbons[i];
      const TfLayoutBlock *source = &blocks[ribbon->source];
      const TfLayoutBlock *target = &blocks[ribbon->target];

      g_assert_cmpuint (ribbon->count, >, 0);
      g_assert_cmpint (target->bin, ==, source->bin + 1);
      g_assert_cmpfloat (ribbon->x0, <=, ribbon->x1);
      g_assert_cmpfloat (ribbon->y0, >=, source->y - EPSILON);
      g_assert_cmpfloat (ribbon->y0 + ribbon->width, <=, source->y + source->height + EPSILON);
      g_assert_cmpfloat (ribbon->y1, >=, target->y - EPSILON);
      g_assert_cmpfloat (ribbon->y1 + ribbon->width, <=, target->y + target->height + EPSILON);
      out[ribbon->source] += ribbon->width;
      in[ribbon->target] += ribbon->width;
    }
  /* Ribbons stacked at a block fit in it. */
  for (guint i = 0; i < n_blocks; i++)
    {
      g_assert_cmpfloat (out[i], <=, blocks[i].height + EPSILON);
      g_assert_cmpfloat (in[i], <=, blocks[i].height + EPSILON);
    }
}

static void
check_invariants (TfLayout *layout)
{
  check_lanes (layout);
  check_labels (layout);
  if (tf_layout_is_aggregated (layout))
    check_aggregated (layout);
  else
    check_paths (layout);
}

/* ---- tests: the generator ---- */

static void
test_synthetic_deterministic (void)
{
  g_autoptr(TfDataset) a = synthetic (500, 7);
  g_autoptr(TfDataset) b = synthetic (500, 7);
  g_autoptr(TfDataset) c = synthetic (500, 8);

  g_assert_true (tf_dataset_equal (a, b));
  g_assert_false (tf_dataset_equal (a, c));
  g_assert_true (tf_dataset_check_references (a, NULL));
}

static void
test_synthetic_shape (void)
{
  g_autoptr(TfDataset) dataset = synthetic (2000, 42);
  GPtrArray *organizations = tf_dataset_get_organizations (dataset);
  GPtrArray *people = tf_dataset_get_people (dataset);
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  guint per_sector[TF_N_SECTORS] = { 0 };
  guint n_labs_with_parent = 0;
  guint n_unnamed = 0, n_concurrent = 0, n_derived = 0, n_year_only = 0, n_groups = 0;
  g_autoptr(GHashTable) last_year = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) n_moves = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (people->len, ==, 2000);
  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);

      per_sector[organization->sector]++;
      if (organization->sector == TF_SECTOR_CORPORATE_LAB && organization->parent_id != NULL)
        {
          n_labs_with_parent++;
          g_assert_cmpint (
              tf_dataset_lookup_organization (dataset, organization->parent_id)->sector, ==,
              TF_SECTOR_COMPANY);
        }
    }
  /* Company 40%, corporate lab 15%, university 30%, startup 15%. */
  g_assert_cmpfloat (fabs (per_sector[TF_SECTOR_COMPANY] / (double) organizations->len - 0.40), <,
                     0.03);
  g_assert_cmpfloat (
      fabs (per_sector[TF_SECTOR_CORPORATE_LAB] / (double) organizations->len - 0.15), <, 0.03);
  g_assert_cmpfloat (fabs (per_sector[TF_SECTOR_ACADEMIA] / (double) organizations->len - 0.30), <,
                     0.03);
  g_assert_cmpfloat (fabs (per_sector[TF_SECTOR_STARTUP] / (double) organizations->len - 0.15), <,
                     0.03);
  g_assert_cmpuint (n_labs_with_parent, >, 0);

  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      g_assert_cmpint (move->date.precision, !=, TF_DATE_UNKNOWN);
      g_assert_cmpint (move->date.year, >=, 2000);
      g_assert_cmpint (move->date.year, <=, 2024);
      if (move->person_id == NULL)
        {
          g_assert_cmpuint (move->group_size, >=, 2);
          n_groups++;
          continue;
        }
      /* Strictly increasing years, in the order the moves were made. */
      if (g_hash_table_contains (last_year, move->person_id))
        g_assert_cmpint (move->date.year, >,
                         GPOINTER_TO_INT (g_hash_table_lookup (last_year, move->person_id)));
      g_hash_table_insert (last_year, move->person_id, GINT_TO_POINTER (move->date.year));
      g_hash_table_insert (
          n_moves, move->person_id,
          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n_moves, move->person_id)) + 1));
      if ((move->to != NULL && move->to->org_id == NULL)
          || (move->from != NULL && move->from->org_id == NULL))
        n_unnamed++;
      n_concurrent += move->concurrent;
      n_derived += move->date.derived;
      n_year_only += move->date.precision == TF_DATE_YEAR;
    }
  g_assert_cmpuint (g_hash_table_size (n_moves), ==, people->len);
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, n_moves);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        g_assert_cmpuint (GPOINTER_TO_UINT (value), >=, 1);
        g_assert_cmpuint (GPOINTER_TO_UINT (value), <=, 6);
      }
  }
  g_assert_cmpuint (n_unnamed, >, 0);
  g_assert_cmpuint (n_concurrent, >, 0);
  g_assert_cmpuint (n_derived, >, 0);
  g_assert_cmpuint (n_year_only, >, 0);
  g_assert_cmpuint (n_groups, >, 0);
}

/* ---- tests: invariants ---- */

static void
test_invariants_synthetic (void)
{
  static const guint sizes[] = { 60, 300, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(TfDataset) dataset = synthetic (sizes[i], 100 + i);
      g_autoptr(TfCareers) careers = tf_careers_new (dataset);
      g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 1920, 1080);
      g_autoptr(TfLayout) small = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 500, 300);
      guint n_paths, n_labels, n_visible = 0;
      const TfLayoutLabel *labels;

      g_assert_false (tf_layout_is_aggregated (layout));
      tf_layout_get_paths (layout, &n_paths);
      g_assert_cmpuint (n_paths, ==, tf_careers_get_n_paths (careers));
      check_invariants (layout);
      check_invariants (small);

      labels = tf_layout_get_labels (layout, &n_labels);
      for (guint l = 0; l < n_labels; l++)
        n_visible += labels[l].visible && labels[l].kind == TF_LAYOUT_LABEL_PERSON;
      g_test_message ("%u people: %u of %u person labels placed", sizes[i], n_visible, n_paths);
      g_assert_cmpuint (n_visible, >, 0);
    }
}

static void
test_crossings_count (void)
{
  /* Two people swap organizations: their paths cross exactly once. */
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayout) layout = NULL;

  tf_test_add_organization (dataset, "o-a", "A", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-b", "B", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-1", "One");
  tf_test_add_person (dataset, "p-2", "Two");
  tf_test_add_move (dataset, "m-1", "p-1", TF_MOVE_JOIN, "2010-06", "o-a", 0, "o-b", 0, NULL);
  tf_test_add_move (dataset, "m-2", "p-2", TF_MOVE_JOIN, "2010-06", "o-b", 0, "o-a", 0, NULL);
  careers = tf_careers_new (dataset);
  layout = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 800, 400);
  check_invariants (layout);
  g_assert_cmpuint (tf_layout_count_crossings (layout), ==, 1);
}

/* ---- tests: the seeds ---- */

static const TfLayoutPath *
find_path (TfLayout   *layout,
           const char *id)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);

  for (guint p = 0; p < n_paths; p++)
    if (g_strcmp0 (paths[p].id, id) == 0)
      return &paths[p];
  g_error ("No path “%s”", id);
}

static const TfLayoutSegment *
find_curve (TfLayout *layout,
            int       move)
{
  guint n_segments;
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);

  for (guint i = 0; i < n_segments; i++)
    if (segments[i].kind == TF_LAYOUT_SEGMENT_CURVE && segments[i].move == move)
      return &segments[i];
  g_error ("No curve for move %d", move);
}

static const char *
sublane_label (TfLayout *layout,
               int       sublane)
{
  guint n_sublanes, n_labels;
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);

  return labels[sublanes[sublane].label].text;
}

static void
test_seeds (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_AUTO, 1920, 1080);
  guint n_sublanes, n_segments;
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutPath *group, *single, *li, *chen, *zhao;
  const TfLayoutSegment *curve;
  gboolean found_startup = FALSE, found_academia = FALSE;
  double px_per_year = tf_layout_x_for_time (layout, 2001) - tf_layout_x_for_time (layout, 2000);

  g_assert_false (tf_layout_is_aggregated (layout));
  g_assert_cmpuint (tf_careers_get_n_left_out_moves (careers), ==, 0);
  g_assert_cmpuint (tf_careers_get_n_placed_undated_moves (careers), ==, 1);
  check_invariants (layout);

  /* A group move is a path that counts its people, thicker than one
   * person's but growing slower than its size (see tf-layout.h), so that
   * it leaves room to the other organizations. */
  group = find_path (layout, "m-uber-cmu");
  single = find_path (layout, "p-qi-yuan");
  g_assert_nonnull (group);
  g_assert_nonnull (single);
  g_assert_cmpuint (group->weight, ==, 40);
  g_assert_cmpint (group->person, ==, -1);
  g_assert_cmpint (group->group_move, ==, move_index (dataset, "m-uber-cmu"));
  g_assert_cmpfloat (group->width, >, 4 * single->width);
  g_assert_cmpfloat (group->width, <=, 8 * single->width + EPSILON);

  /* Unnamed places have a sub-lane of their sector, labelled by the data. */
  for (guint i = 0; i < n_sublanes; i++)
    if (sublanes[i].kind == TF_LAYOUT_SUBLANE_UNNAMED)
      {
        g_assert_cmpint (sublanes[i].organization, ==, -1);
        if (sublanes[i].sector == TF_SECTOR_STARTUP)
          {
            g_assert_cmpstr (sublane_label (layout, (int) i), ==, "离职创业");
            found_startup = TRUE;
          }
        if (sublanes[i].sector == TF_SECTOR_ACADEMIA)
          {
            g_assert_cmpstr (sublane_label (layout, (int) i), ==, "重返学界");
            found_academia = TRUE;
          }
      }
  g_assert_true (found_startup && found_academia);
  curve = find_curve (layout, move_index (dataset, "m-wang-startup"));
  g_assert_nonnull (curve);
  g_assert_cmpint (sublanes[curve->sublane].kind, ==, TF_LAYOUT_SUBLANE_UNNAMED);

  /* Concurrent: two strands side by side while both are held. */
  li = find_path (layout, "p-li-feifei");
  g_assert_nonnull (li);
  {
    const TfLayoutSegment *stanford = NULL, *google = NULL;

    for (guint i = 0; i < li->n_segments; i++)
      {
        const TfLayoutSegment *s = &segments[li->first_segment + i];

        if (s->kind != TF_LAYOUT_SEGMENT_STRAIGHT)
          continue;
        if (g_strcmp0 (sublanes[s->sublane].id, "o-stanford") == 0 && s->strand == 0)
          stanford = s;
        if (g_strcmp0 (sublanes[s->sublane].id, "o-google") == 0)
          google = s;
      }
    if (stanford == NULL || google == NULL)
      g_error ("李飞飞 is not at Stanford and Google at once");
    g_assert_cmpuint (google->strand, ==, 1);
    g_assert_cmpfloat (stanford->x0, <, google->x0);
    g_assert_cmpfloat (stanford->x1, >, google->x1);
    g_assert_cmpfloat (stanford->y0, !=, google->y0);
    curve = find_curve (layout, move_index (dataset, "m-li-google"));
    g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_BRANCH);
    curve = find_curve (layout, move_index (dataset, "m-li-leave-google"));
    g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_MERGE);
    g_assert_cmpfloat (fabs (curve->y1 - stanford->y0), <, EPSILON);
  }

  /* Uncertain dates look uncertain: year-only and derived ones span their
   * year; a month is not uncertain. */
  curve = find_curve (layout, move_index (dataset, "m-li-derived"));
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_UNCERTAIN);
  g_assert_cmpfloat (fabs ((curve->x1 - curve->x0) - px_per_year), <, 1);
  curve = find_curve (layout, move_index (dataset, "m-uber-cmu"));
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_UNCERTAIN);
  curve = find_curve (layout, move_index (dataset, "m-qi-fudan"));
  g_assert_false (curve->flags & TF_LAYOUT_SEGMENT_UNCERTAIN);
  g_assert_cmpfloat (curve->x1 - curve->x0, <, px_per_year / 2);

  /* A return to an earlier organization: the same sub-lane twice. */
  chen = find_path (layout, "p-chen");
  {
    guint in_tsinghua = 0;

    for (guint i = 0; i < chen->n_segments; i++)
      {
        const TfLayoutSegment *s = &segments[chen->first_segment + i];

        if (s->kind == TF_LAYOUT_SEGMENT_STRAIGHT
            && g_strcmp0 (sublanes[s->sublane].id, "o-tsinghua") == 0)
          in_tsinghua++;
        g_assert_cmpuint (s->strand, ==, 0);
      }
    g_assert_cmpuint (in_tsinghua, ==, 2);
  }

  /* Left with no destination: the stint ends there, not at the chart's
   * end. Then 京东 on no date and with no article: after that, over a gap. */
  zhao = find_path (layout, "p-zhao");
  g_assert_cmpuint (zhao->n_segments, ==, 3);
  curve = &segments[zhao->first_segment];
  g_assert_cmpfloat (fabs (curve->x1 - tf_layout_x_for_time (layout, 2018 + 3.5 / 12)), <, 1);
  g_assert_false (curve->flags & (TF_LAYOUT_SEGMENT_OPEN_END | TF_LAYOUT_SEGMENT_UNDATED));
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_OPEN_START);
  curve = find_curve (layout, move_index (dataset, "m-zhao-undated"));
  g_assert_true (curve == &segments[zhao->first_segment + 1]);
  g_assert_cmpint (
      curve->flags
          & (TF_LAYOUT_SEGMENT_GAP | TF_LAYOUT_SEGMENT_UNDATED | TF_LAYOUT_SEGMENT_UNCERTAIN),
      ==, TF_LAYOUT_SEGMENT_GAP | TF_LAYOUT_SEGMENT_UNDATED | TF_LAYOUT_SEGMENT_UNCERTAIN);
  g_assert_cmpfloat (curve->x0, >=, tf_layout_x_for_time (layout, 2018 + 3.5 / 12) - 1);
  curve = &segments[zhao->first_segment + 2];
  g_assert_cmpstr (sublanes[curve->sublane].id, ==, "o-jd");
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_UNDATED);
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_OPEN_END);
}

static void
test_direction_strip (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_AUTO, 1920, 1080);
  const TfLayoutStrip *strip = tf_layout_get_strip (layout);
  static const struct { int year; guint to_academia; guint to_industry; } expected[] = {
    { 2015, 0, 40 },  /* Uber <- CMU */
    { 2016, 0, 1 },   /* Chen to Google */
    { 2017, 0, 2 },   /* 李飞飞 to Google (alongside), 李某 to 百度 */
    { 2018, 1, 0 },   /* 李飞飞 back to Stanford only */
    { 2019, 2, 1 },   /* 张潼 to HKUST, Chen back; 张潼 to 创新工场 (alongside) */
    { 2020, 0, 0 },   /* 王某: 京东 -> 离职创业, inside industry */
    { 2021, 2, 0 },   /* 漆远 to 复旦, 周某 重返学界 */
    { 2022, 0, 1 },   /* Chen to Google again */
  };

  g_assert_cmpfloat (strip->height, >, 0);
  g_assert_cmpfloat (strip->y, >=, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      int y = expected[i].year - strip->first_year;

      g_assert_cmpint (y, >=, 0);
      g_assert_cmpint (y, <, (int) strip->n_years);
      g_assert_cmpuint (strip->to_academia[y], ==, expected[i].to_academia);
      g_assert_cmpuint (strip->to_industry[y], ==, expected[i].to_industry);
    }
  g_assert_cmpuint (strip->max_count, ==, 40);
}

static void
test_direction_revolving_door (void)
{
  /* The generator's bias shows: away from academia in 2013-2017, back to
   * it in 2019-2022. */
  g_autoptr(TfDataset) dataset = synthetic (3000, 11);
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_AUTO, 1920, 1080);
  const TfLayoutStrip *strip = tf_layout_get_strip (layout);
  guint early_up = 0, early_down = 0, late_up = 0, late_down = 0;

  for (guint y = 0; y < strip->n_years; y++)
    {
      int year = strip->first_year + (int) y;

      if (year >= 2013 && year <= 2017)
        {
          early_up += strip->to_academia[y];
          early_down += strip->to_industry[y];
        }
      if (year >= 2019 && year <= 2022)
        {
          late_up += strip->to_academia[y];
          late_down += strip->to_industry[y];
        }
    }
  g_assert_cmpuint (early_down, >, early_up);
  g_assert_cmpuint (late_up, >, late_down);
}

/* ---- tests: moves with no date ---- */

/* The segments of a path that a move begins or ends, in order. */
static GPtrArray *
segments_of_move (TfLayout   *layout,
                  const char *path_id,
                  int         move)
{
  const TfLayoutPath *path = find_path (layout, path_id);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[path->first_segment + i];

      if (segment->move == move
          || (i + 1 < path->n_segments && segment[1].move == move
              && segment[1].kind == TF_LAYOUT_SEGMENT_CURVE))
        g_ptr_array_add (found, (gpointer) segment);
    }
  return found;
}

static double
date_end (int year,
          int day_of_year)
{
  return year + day_of_year / 365.0;
}

static void
test_undated_reported_by (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(GPtrArray) around = NULL;
  const TfLayoutSegment *curve;
  const TfLayoutStrip *strip;
  TfMove *move;
  TfDate reported_by;
  /* The end of 2022-06-04, the earliest article that reports the moves. */
  double article = date_end (2022, 151 + 4);

  tf_test_add_source (dataset, "s-2023", "2023");
  tf_test_add_source (dataset, "s-june", "2022-06-04");
  tf_test_add_source (dataset, "s-undated", NULL);
  tf_test_add_organization (dataset, "o-lab", "Lab", TF_SECTOR_CORPORATE_LAB, NULL);
  tf_test_add_organization (dataset, "o-uni", "University", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-co", "Company", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-dated", "Dated");
  tf_test_add_person (dataset, "p-alone", "Alone");
  tf_test_add_person (dataset, "p-other", "Other");

  /* At the lab since March 2018; at the university by the article of June
   * 2022, which one of 2023 repeats. */
  tf_test_add_move (dataset, "m-dated-lab", "p-dated", TF_MOVE_JOIN, "2018-03", NULL, 0, "o-lab", 0,
                    NULL);
  move = tf_test_add_move (dataset, "m-dated-uni", "p-dated", TF_MOVE_RETURN_ACADEMIA, NULL,
                           "o-lab", 0, "o-uni", 0, NULL);
  tf_test_cite (move, "s-2023");
  tf_test_cite (move, "s-undated");
  tf_test_cite (move, "s-june");
  /* Nothing else is known of this one. */
  move = tf_test_add_move (dataset, "m-alone-uni", "p-alone", TF_MOVE_RETURN_ACADEMIA, NULL,
                           "o-lab", 0, "o-uni", 0, NULL);
  tf_test_cite (move, "s-june");
  /* Someone on the chart before and after. */
  tf_test_add_move (dataset, "m-other-co", "p-other", TF_MOVE_JOIN, "2016-01", NULL, 0, "o-co", 0,
                    NULL);
  tf_test_add_move (dataset, "m-other-lab", "p-other", TF_MOVE_JOIN, "2024-01", "o-co", 0, "o-lab",
                    0, NULL);
  g_assert_true (tf_dataset_check_references (dataset, NULL));
  /* Names nobody (which the file format rejects): on no path. */
  move
      = tf_test_add_move (dataset, "m-nobody", NULL, TF_MOVE_JOIN, NULL, NULL, 0, "o-uni", 0, NULL);
  tf_test_cite (move, "s-june");

  g_assert_true (tf_careers_get_reported_by (
      dataset, tf_dataset_lookup_move (dataset, "m-dated-uni"), &reported_by));
  g_assert_cmpint (reported_by.precision, ==, TF_DATE_DAY);
  g_assert_cmpint (reported_by.year, ==, 2022);
  g_assert_cmpint (reported_by.month, ==, 6);
  g_assert_cmpint (reported_by.day, ==, 4);
  g_assert_false (tf_careers_get_reported_by (
      dataset, tf_dataset_lookup_move (dataset, "m-other-co"), &reported_by));
  g_assert_cmpint (reported_by.precision, ==, TF_DATE_UNKNOWN);

  careers = tf_careers_new (dataset);
  g_assert_cmpuint (tf_careers_get_n_left_out_moves (careers), ==, 1);
  g_assert_cmpuint (tf_careers_get_n_undated_moves (careers), ==, 1);
  g_assert_cmpuint (tf_careers_get_n_placed_undated_moves (careers), ==, 2);
  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 3);
  layout = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 1200, 600);
  check_invariants (layout);

  /* Between the last dated move and the article, never after it, and
   * spanning much of that time. */
  curve = find_curve (layout, move_index (dataset, "m-dated-uni"));
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_UNDATED);
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_UNCERTAIN);
  g_assert_false (curve->flags & (TF_LAYOUT_SEGMENT_INFERRED | TF_LAYOUT_SEGMENT_GAP));
  g_assert_cmpfloat (curve->x1, <=, tf_layout_x_for_time (layout, 2022.5));
  g_assert_cmpfloat (curve->x1, <=, tf_layout_x_for_time (layout, article) + EPSILON);
  g_assert_cmpfloat (curve->x1, >=, tf_layout_x_for_time (layout, 2022) - EPSILON);
  g_assert_cmpfloat (curve->x0, >, tf_layout_x_for_time (layout, 2018 + 2.5 / 12));
  g_assert_cmpfloat (
      curve->x1 - curve->x0, >,
      (tf_layout_x_for_time (layout, article) - tf_layout_x_for_time (layout, 2018.2)) / 3);
  /* The lab before it still shows, and both stints say where a move with no
   * date joins them. */
  around = segments_of_move (layout, "p-dated", move_index (dataset, "m-dated-uni"));
  g_assert_cmpuint (around->len, ==, 3);
  for (guint i = 0; i < around->len; i++)
    {
      const TfLayoutSegment *segment = g_ptr_array_index (around, i);

      g_assert_true (segment->flags & TF_LAYOUT_SEGMENT_UNDATED);
      g_assert_cmpfloat (segment->x1 - segment->x0, >, 10);
    }

  /* With nothing earlier known: the year before the article. */
  curve = find_curve (layout, move_index (dataset, "m-alone-uni"));
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_UNDATED);
  g_assert_cmpfloat (curve->x1, <=, tf_layout_x_for_time (layout, article) + EPSILON);
  g_assert_cmpfloat (curve->x0, >=, tf_layout_x_for_time (layout, article - 1) - EPSILON);

  /* A move with no date has no year to be counted in. */
  strip = tf_layout_get_strip (layout);
  for (guint y = 0; y < strip->n_years; y++)
    g_assert_cmpuint (strip->to_academia[y], ==, 0);

  /* Filtering by organization keeps what the undated move joins. */
  {
    const char *ids[] = { "o-uni", NULL };
    TfLayoutOptions options;
    g_autoptr(TfLayout) filtered = NULL;

    tf_layout_options_init (&options, 1200, 600);
    options.organization_ids = ids;
    filtered = tf_layout_new (careers, &options);
    check_invariants (filtered);
    find_curve (filtered, move_index (dataset, "m-dated-uni"));
    find_curve (filtered, move_index (dataset, "m-alone-uni"));
  }
}

static void
test_undated_unreported (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayout) layout = NULL;
  const TfLayoutSegment *curve, *first, *second;
  const TfLayoutPath *path;
  const TfLayoutSegment *segments;
  TfMove *move;
  double end_year;

  tf_test_add_source (dataset, "s-undated", NULL);
  tf_test_add_organization (dataset, "o-a", "A", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-b", "B", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-c", "C", TF_SECTOR_STARTUP, NULL);
  tf_test_add_person (dataset, "p-a", "A person");
  tf_test_add_person (dataset, "p-b", "B person");
  tf_test_add_person (dataset, "p-c", "C person");
  tf_test_add_person (dataset, "p-d", "D person");

  /* The article has no date: after the last dated move. */
  tf_test_add_move (dataset, "m-a-1", "p-a", TF_MOVE_JOIN, "2012-05", NULL, 0, "o-a", 0, NULL);
  tf_test_add_move (dataset, "m-a-2", "p-a", TF_MOVE_JOIN, "2016-07", "o-a", 0, "o-b", 0, NULL);
  move = tf_test_add_move (dataset, "m-a-3", "p-a", TF_MOVE_FOUND, NULL, "o-b", 0, "o-c", 0, NULL);
  tf_test_cite (move, "s-undated");
  /* Two moves with no article share that time, in dataset order. */
  tf_test_add_move (dataset, "m-b-1", "p-b", TF_MOVE_JOIN, "2013-01", NULL, 0, "o-a", 0, NULL);
  tf_test_add_move (dataset, "m-b-2", "p-b", TF_MOVE_JOIN, NULL, "o-a", 0, "o-b", 0, NULL);
  tf_test_add_move (dataset, "m-b-3", "p-b", TF_MOVE_FOUND, NULL, "o-b", 0, "o-c", 0, NULL);
  /* Nothing dated at all: at the data's end. */
  tf_test_add_move (dataset, "m-c-1", "p-c", TF_MOVE_JOIN, NULL, NULL, 0, "o-c", 0, NULL);
  /* Dated, to set the data's end. */
  tf_test_add_move (dataset, "m-d-1", "p-d", TF_MOVE_JOIN, "2019-03", NULL, 0, "o-a", 0, NULL);

  careers = tf_careers_new (dataset);
  g_assert_cmpuint (tf_careers_get_n_left_out_moves (careers), ==, 0);
  g_assert_cmpuint (tf_careers_get_n_placed_undated_moves (careers), ==, 4);
  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 4);
  tf_careers_get_extent (careers, NULL, &end_year);
  g_assert_cmpfloat (end_year, ==, 2020);
  layout = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 1200, 600);
  check_invariants (layout);
  segments = tf_layout_get_segments (layout, NULL);

  curve = find_curve (layout, move_index (dataset, "m-a-3"));
  g_assert_true (curve->flags & TF_LAYOUT_SEGMENT_UNDATED);
  g_assert_cmpfloat (curve->x0, >, tf_layout_x_for_time (layout, 2016 + 6.5 / 12));
  g_assert_cmpfloat (curve->x1, <=, tf_layout_x_for_time (layout, end_year) + EPSILON);

  /* Each move has its own part of the time, and B shows between them. */
  first = find_curve (layout, move_index (dataset, "m-b-2"));
  second = find_curve (layout, move_index (dataset, "m-b-3"));
  g_assert_true (first->flags & TF_LAYOUT_SEGMENT_UNDATED);
  g_assert_true (second->flags & TF_LAYOUT_SEGMENT_UNDATED);
  g_assert_cmpfloat (first->x0, >, tf_layout_x_for_time (layout, 2013));
  g_assert_true (first + 2 == second);
  g_assert_cmpint (first[1].kind, ==, TF_LAYOUT_SEGMENT_STRAIGHT);
  g_assert_true (first[1].flags & TF_LAYOUT_SEGMENT_UNDATED);
  g_assert_cmpfloat (first[1].x1 - first[1].x0, >, 10);
  g_assert_cmpfloat (second->x1, <=, tf_layout_x_for_time (layout, end_year) + EPSILON);

  /* Only a place and no date: a straight path that says so. */
  path = find_path (layout, "p-c");
  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[path->first_segment + i];

      if (segment->move == move_index (dataset, "m-c-1"))
        {
          g_assert_cmpint (segment->kind, ==, TF_LAYOUT_SEGMENT_STRAIGHT);
          g_assert_cmpint (segment->flags
                               & (TF_LAYOUT_SEGMENT_UNDATED | TF_LAYOUT_SEGMENT_UNCERTAIN),
                           ==, TF_LAYOUT_SEGMENT_UNDATED | TF_LAYOUT_SEGMENT_UNCERTAIN);
          g_assert_cmpfloat (segment->x0, >=,
                             tf_layout_x_for_time (layout, end_year - 1) - EPSILON);
          curve = segment;
        }
    }
  g_assert_true (curve->move == move_index (dataset, "m-c-1"));
}

/* The bundled sample's people around its four undated moves, by hand,
 * with its articles' dates (data/sample-curation.talentflow; the dates are
 * those the seed articles give). */
static TfDataset *
sample_undated (void)
{
  TfDataset *dataset = tf_dataset_new ();
  TfMove *move;

  tf_test_add_source (dataset, "s000", "2021-12-15");
  tf_test_add_source (dataset, "s001", NULL);
  tf_test_add_source (dataset, "s003", "2022-06-04");
  tf_test_add_organization (dataset, "o-jd", "京东", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-tsinghua", "清华大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-tsinghua-ee", "清华大学电子工程系", TF_SECTOR_ACADEMIA,
                            "o-tsinghua");
  tf_test_add_organization (dataset, "o-megvii", "旷视", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-megvii-nanjing", "旷视南京研究院", TF_SECTOR_CORPORATE_LAB,
                            "o-megvii");
  tf_test_add_organization (dataset, "o-njust", "南京理工大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-ant", "蚂蚁集团", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-fudan", "复旦大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-cmu-robotics", "卡内基梅隆大学机器人实验室", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-uber", "Uber", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-zhou-bowen", "周伯文");
  tf_test_add_person (dataset, "p-wang-changhu", "王长虎");
  tf_test_add_person (dataset, "p-wei-xiushen", "魏秀参");
  tf_test_add_person (dataset, "p-wang-huamin", "王华民");
  tf_test_add_person (dataset, "p-qi-yuan", "漆远");
  tf_test_add_person (dataset, "p-ming-de", "明德");
  tf_test_add_person (dataset, "p-andrew-ng", "吴恩达");

  move = tf_test_add_move (dataset, "m-uber-cmu-2015", NULL, TF_MOVE_JOIN, "2015",
                           "o-cmu-robotics", 0, "o-uber", 0, NULL);
  move->group_size = 40;
  tf_test_cite (move, "s000");
  move = tf_test_add_move (dataset, "m-qi-yuan-2021-fudan", "p-qi-yuan", TF_MOVE_RETURN_ACADEMIA,
                           "2021-11", "o-ant", 0, "o-fudan", 0, NULL);
  tf_test_cite (move, "s000");
  move = tf_test_add_move (dataset, "m-zhou-bowen-2021-startup", "p-zhou-bowen", TF_MOVE_FOUND,
                           "2021-11", "o-jd", 0, "", TF_SECTOR_STARTUP, "离职创业");
  move->date.derived = TRUE;
  tf_test_cite (move, "s000");
  move = tf_test_add_move (dataset, "m-ming-de-2021-leave", "p-ming-de", TF_MOVE_LEAVE, "2021",
                           "", TF_SECTOR_CORPORATE_LAB, NULL, 0, NULL);
  move->date.derived = TRUE;
  move->from->label = g_strdup ("某大厂AI研究院");
  tf_test_cite (move, "s000");

  move = tf_test_add_move (dataset, "m-zhou-bowen-tsinghua-ee", "p-zhou-bowen",
                           TF_MOVE_RETURN_ACADEMIA, NULL, NULL, 0, "o-tsinghua-ee", 0, NULL);
  tf_test_cite (move, "s003");
  tf_test_cite (move, "s003");
  move = tf_test_add_move (dataset, "m-wang-changhu-return-academia", "p-wang-changhu",
                           TF_MOVE_RETURN_ACADEMIA, NULL, "", TF_SECTOR_COMPANY, "",
                           TF_SECTOR_ACADEMIA, "重返学界");
  move->from->label = g_strdup ("国内大厂");
  tf_test_cite (move, "s003");
  move = tf_test_add_move (dataset, "m-wei-xiushen-njust", "p-wei-xiushen", TF_MOVE_RETURN_ACADEMIA,
                           NULL, "o-megvii-nanjing", 0, "o-njust", 0, NULL);
  tf_test_cite (move, "s003");
  move = tf_test_add_move (dataset, "m-wang-huamin-industry", "p-wang-huamin", TF_MOVE_JOIN, NULL,
                           NULL, 0, "", TF_SECTOR_COMPANY, "企业");
  tf_test_cite (move, "s003");

  g_assert_true (tf_dataset_check_references (dataset, NULL));
  return dataset;
}

static void
test_undated_sample (void)
{
  static const char * const undated[] = {
    "m-zhou-bowen-tsinghua-ee", "m-wang-changhu-return-academia",
    "m-wei-xiushen-njust", "m-wang-huamin-industry",
  };
  g_autoptr(TfDataset) dataset = sample_undated ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 1920, 1080);
  g_autoptr(TfLayout) narrow = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 600, 500);
  g_autoptr(GHashTable) with_moves = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *moves = tf_dataset_get_moves (dataset);
  guint n_groups = 0, n_paths, n_segments;
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  double article = date_end (2022, 151 + 4);

  /* Everyone with a move has a path, and so has every group move. */
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      if (move->person_id != NULL)
        g_hash_table_add (with_moves, move->person_id);
      else
        n_groups++;
    }
  g_assert_cmpuint (g_hash_table_size (with_moves), ==, 6);
  g_assert_cmpuint (tf_careers_get_n_left_out_moves (careers), ==, 0);
  g_assert_cmpuint (tf_careers_get_n_placed_undated_moves (careers), ==, G_N_ELEMENTS (undated));
  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==,
                    g_hash_table_size (with_moves) + n_groups);
  tf_layout_get_paths (layout, &n_paths);
  g_assert_cmpuint (n_paths, ==, g_hash_table_size (with_moves) + n_groups);
  tf_layout_get_paths (narrow, &n_paths);
  g_assert_cmpuint (n_paths, ==, g_hash_table_size (with_moves) + n_groups);
  check_invariants (layout);
  check_invariants (narrow);

  /* Each undated move is drawn, flagged, and ends by the June 2022 article. */
  for (guint k = 0; k < G_N_ELEMENTS (undated); k++)
    {
      int move = move_index (dataset, undated[k]);
      gboolean drawn = FALSE;

      for (guint i = 0; i < n_segments; i++)
        if (segments[i].move == move)
          {
            g_assert_true (segments[i].flags & TF_LAYOUT_SEGMENT_UNDATED);
            if (segments[i].kind == TF_LAYOUT_SEGMENT_CURVE)
              g_assert_cmpfloat (segments[i].x1, <=,
                                 tf_layout_x_for_time (layout, article) + EPSILON);
            else
              g_assert_cmpfloat (segments[i].x0, <=,
                                 tf_layout_x_for_time (layout, article) + EPSILON);
            drawn = TRUE;
          }
      g_assert_true (drawn);
    }

  /* 周伯文's startup still shows between 2021-11 and the undated move. */
  {
    g_autoptr (GPtrArray) around = segments_of_move (
        layout, "p-zhou-bowen", move_index (dataset, "m-zhou-bowen-tsinghua-ee"));
    const TfLayoutSegment *startup = g_ptr_array_index (around, 0);

    g_assert_cmpint (startup->kind, ==, TF_LAYOUT_SEGMENT_STRAIGHT);
    g_assert_cmpfloat (startup->x1 - startup->x0, >, 1);
  }
}

/* ---- tests: stability ---- */

typedef struct
{
  int    person;
  double y;
} Occupant;

/* Who is in which organization in the middle of each year, and where. */
static GHashTable *
occupants_by_year (TfLayout *layout)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  guint n_paths, n_segments, n_sublanes, n_years;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  const TfLayoutYear *years = tf_layout_get_years (layout, &n_years);

  for (guint y = 0; y < n_years; y++)
    {
      double x = tf_layout_x_for_time (layout, years[y].year + 0.5);

      for (guint p = 0; p < n_paths; p++)
        for (guint i = 0; i < paths[p].n_segments; i++)
          {
            const TfLayoutSegment *s = &segments[paths[p].first_segment + i];
            g_autofree char *key = NULL;
            Occupant occupant = { paths[p].person, s->y0 };
            GArray *list;

            /* An "others" row stacks what it holds by organization: the
             * order there depends on which it holds. */
            if (s->kind != TF_LAYOUT_SEGMENT_STRAIGHT || s->x0 > x || s->x1 < x
                || paths[p].person < 0 || sublanes[s->sublane].kind == TF_LAYOUT_SUBLANE_OTHERS)
              continue;
            key = g_strdup_printf ("%s/%d/%d/%d",
                                   sublanes[s->sublane].id ? sublanes[s->sublane].id : "-",
                                   sublanes[s->sublane].sector, sublanes[s->sublane].kind,
                                   years[y].year);
            list = g_hash_table_lookup (table, key);
            if (list == NULL)
              {
                list = g_array_new (FALSE, FALSE, sizeof (Occupant));
                g_hash_table_insert (table, g_steal_pointer (&key), list);
              }
            g_array_append_val (list, occupant);
          }
    }
  return table;
}

/* Everyone both layouts show in one organization at one time keeps their
 * order; returns the pairs compared. */
static guint
check_same_order (TfLayout *full,
                  TfLayout *filtered)
{
  g_autoptr(GHashTable) before = occupants_by_year (full);
  g_autoptr(GHashTable) after = occupants_by_year (filtered);
  GHashTableIter iter;
  gpointer key, value;
  guint compared = 0;

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *now = value;
      GArray *then = g_hash_table_lookup (before, key);

      if (then == NULL)
        continue;
      for (guint a = 0; a < now->len; a++)
        for (guint b = a + 1; b < now->len; b++)
          {
            const Occupant *na = &g_array_index (now, Occupant, a);
            const Occupant *nb = &g_array_index (now, Occupant, b);
            const Occupant *ta = NULL, *tb = NULL;

            for (guint k = 0; k < then->len; k++)
              {
                if (g_array_index (then, Occupant, k).person == na->person)
                  ta = &g_array_index (then, Occupant, k);
                if (g_array_index (then, Occupant, k).person == nb->person)
                  tb = &g_array_index (then, Occupant, k);
              }
            /* Where a filter hides a neighbour, a curve can become straight:
             * compare only those straight in both. */
            if (ta == NULL || tb == NULL)
              continue;
            g_assert_cmpint (na->y < nb->y, ==, ta->y < tb->y);
            compared++;
          }
    }
  return compared;
}

static void
check_same_organization_order (TfLayout *full,
                               TfLayout *filtered)
{
  guint n_full, n_filtered;
  const TfLayoutSublane *a = tf_layout_get_sublanes (full, &n_full);
  const TfLayoutSublane *b = tf_layout_get_sublanes (filtered, &n_filtered);
  int last = -1;

  /* The filtered rows that both show as rows of their own keep their
   * order. (Where there is no room, small organizations share an
   * "others" row, and which do depends on what else is shown.) */
  for (guint i = 0; i < n_filtered; i++)
    {
      int found = -1;

      if (b[i].kind == TF_LAYOUT_SUBLANE_OTHERS)
        continue;
      for (guint j = 0; j < n_full && found < 0; j++)
        if (a[j].sector == b[i].sector && g_strcmp0 (a[j].id, b[i].id) == 0
            && a[j].kind == b[i].kind)
          found = (int) j;
      if (found < 0)
        continue;
      g_assert_cmpint (found, >, last);
      last = found;
    }
  g_assert_cmpint (last, >=, 0);
}

static void
test_stable_order (void)
{
  g_autoptr(TfDataset) dataset = synthetic (400, 3);
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) full = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 1920, 1080);
  GPtrArray *organizations = tf_dataset_get_organizations (dataset);
  const char *some_ids[6];
  TfLayoutOptions options;
  guint compared = 0;

  for (guint i = 0; i < 5; i++)
    some_ids[i] = ((TfOrganization *) g_ptr_array_index (organizations, i * 3))->id;
  some_ids[5] = NULL;

  /* Without startups. */
  {
    g_autoptr(TfLayout) filtered = NULL;

    tf_layout_options_init (&options, 1920, 1080);
    options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
    options.sector_mask
        = (1 << TF_SECTOR_ACADEMIA) | (1 << TF_SECTOR_CORPORATE_LAB) | (1 << TF_SECTOR_COMPANY);
    filtered = tf_layout_new (careers, &options);
    check_invariants (filtered);
    check_same_organization_order (full, filtered);
    compared += check_same_order (full, filtered);
  }
  /* Only people who were at a few organizations. */
  {
    g_autoptr(TfLayout) filtered = NULL;

    tf_layout_options_init (&options, 1920, 1080);
    options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
    options.organization_ids = some_ids;
    filtered = tf_layout_new (careers, &options);
    check_invariants (filtered);
    check_same_organization_order (full, filtered);
    compared += check_same_order (full, filtered);
    g_assert_cmpuint (tf_layout_get_n_people (filtered), <, tf_layout_get_n_people (full));
  }
  /* Zoomed into 2008-2016, and people who moved in 2010-2012. */
  {
    g_autoptr(TfLayout) filtered = NULL;

    tf_layout_options_init (&options, 1920, 1080);
    options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
    options.view_from = 2008;
    options.view_to = 2016;
    options.move_from = 2010;
    options.move_to = 2012.99;
    filtered = tf_layout_new (careers, &options);
    check_invariants (filtered);
    check_same_organization_order (full, filtered);
    compared += check_same_order (full, filtered);
  }
  g_test_message ("%u pairs kept their order", compared);
  g_assert_cmpuint (compared, >, 100);
}

/* ---- tests: hit testing ---- */

static void
test_hit_seeds (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 1920, 1080);
  const TfLayoutSegment *curve = find_curve (layout, move_index (dataset, "m-qi-fudan"));
  const TfLayoutPath *qi = find_path (layout, "p-qi-yuan");
  guint n_segments, n_labels, n_sublanes;
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  TfLayoutHit hit;
  gboolean tried = FALSE;

  /* On the curve of a move, where nothing else is near. */
  for (guint k = 1; k < 10; k++)
    {
      double x, y, nearest_other = G_MAXDOUBLE;

      curve_point (curve, k / 10.0, &x, &y);
      for (guint i = 0; i < n_segments; i++)
        if (&segments[i] != curve)
          nearest_other = MIN (
              nearest_other,
              brute_segment_distance (&segments[i], path_of_segment (layout, i)->width, x, y));
      if (nearest_other < 3 || point_in_label (layout, x, y, 3))
        continue;
      g_assert_true (tf_layout_hit_test (layout, x, y, 2, &hit));
      g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_MOVE);
      g_assert_cmpint (hit.move, ==, move_index (dataset, "m-qi-fudan"));
      g_assert_cmpint (hit.person, ==, person_index (dataset, "p-qi-yuan"));
      g_assert_cmpint (hit.segment, ==, (int) (curve - segments));
      g_assert_cmpstr (sublanes[hit.sublane].id, ==, "o-fudan");
      tried = TRUE;
      break;
    }
  g_assert_true (tried);

  /* On the straight part, a little off the stroke: the person. */
  for (guint i = 0; i < qi->n_segments; i++)
    {
      const TfLayoutSegment *s = &segments[qi->first_segment + i];
      double x = (s->x0 + s->x1) / 2;

      if (s->kind != TF_LAYOUT_SEGMENT_STRAIGHT || s->x1 - s->x0 < 20
          || point_in_label (layout, x, s->y0, 3))
        continue;
      g_assert_true (tf_layout_hit_test (layout, x, s->y0 + qi->width / 2 + 1, 2, &hit));
      g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_PERSON);
      g_assert_cmpint (hit.path, ==, (int) (qi - tf_layout_get_paths (layout, NULL)));
      g_assert_cmpint (hit.person, ==, person_index (dataset, "p-qi-yuan"));
      break;
    }

  /* A label: its owner. */
  for (guint i = 0; i < n_labels; i++)
    if (labels[i].visible && labels[i].kind == TF_LAYOUT_LABEL_ORGANIZATION)
      {
        g_assert_true (tf_layout_hit_test (layout, labels[i].x + labels[i].width / 2,
                                           labels[i].y + labels[i].height / 2, 0, &hit));
        g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_ORGANIZATION);
        g_assert_cmpint (hit.label, ==, (int) i);
        g_assert_cmpint (hit.sublane, ==, labels[i].owner);
        g_assert_cmpint (hit.organization, ==, sublanes[labels[i].owner].organization);
      }
  for (guint i = 0; i < n_labels; i++)
    if (labels[i].visible && labels[i].kind == TF_LAYOUT_LABEL_PERSON)
      {
        g_assert_true (tf_layout_hit_test (layout, labels[i].x + 1, labels[i].y + 1, 0, &hit));
        g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_PERSON);
        g_assert_cmpint (hit.path, ==, labels[i].owner);
      }

  /* The group: its thick stroke, anywhere across its width. */
  {
    const TfLayoutPath *group = find_path (layout, "m-uber-cmu");

    for (guint i = 0; i < group->n_segments; i++)
      {
        const TfLayoutSegment *s = &segments[group->first_segment + i];
        double x = (s->x0 + s->x1) / 2;
        double y = s->y0 + group->width / 2 - 1;

        gboolean crowded = FALSE;

        if (s->kind != TF_LAYOUT_SEGMENT_STRAIGHT || point_in_label (layout, x, y, 1))
          continue;
        /* Someone else's curve may cross the group's stroke there. */
        for (guint k = 0; k < n_segments && !crowded; k++)
          crowded
              = &segments[k] != s
                && brute_segment_distance (&segments[k], path_of_segment (layout, k)->width, x, y)
                       < 1;
        if (crowded)
          continue;
        g_assert_true (tf_layout_hit_test (layout, x, y, 0, &hit));
        g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_PERSON);
        g_assert_cmpint (hit.person, ==, -1);
        g_assert_cmpint (hit.move, ==, move_index (dataset, "m-uber-cmu"));
      }
  }

  /* Above the lanes, nothing. */
  g_assert_false (tf_layout_hit_test (layout, 1900, 1, 2, &hit));
  g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_NONE);
}

static void
test_hit_brute_force (void)
{
  g_autoptr(TfDataset) dataset = synthetic (200, 9);
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_NEVER, 1200, 800);
  guint n_segments;
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  GRand *rand = g_rand_new_with_seed (1);
  guint n_strokes = 0;
  const double tolerance = 3;
  double plot_x, plot_width;

  /* Strokes are drawn clipped to the plot, and only hit there. */
  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  for (guint k = 0; k < 1500; k++)
    {
      double x = g_rand_double_range (rand, plot_x, plot_x + plot_width);
      double y = g_rand_double_range (rand, 0, 800);
      double best = G_MAXDOUBLE;
      TfLayoutHit hit;

      if (point_in_label (layout, x, y, tolerance + 0.5))
        continue;
      for (guint i = 0; i < n_segments; i++)
        best = MIN (
            best, brute_segment_distance (&segments[i], path_of_segment (layout, i)->width, x, y));
      tf_layout_hit_test (layout, x, y, tolerance, &hit);
      if (best <= tolerance - 0.2)
        {
          /* A stroke is near: the hit is the nearest one. */
          g_assert_true (hit.kind == TF_LAYOUT_HIT_PERSON || hit.kind == TF_LAYOUT_HIT_MOVE);
          g_assert_cmpint (hit.segment, >=, 0);
          g_assert_cmpfloat (fabs (hit.distance - best), <, 0.2);
          n_strokes++;
        }
      else if (best > tolerance + 0.2)
        g_assert_true (hit.kind == TF_LAYOUT_HIT_NONE || hit.kind == TF_LAYOUT_HIT_ORGANIZATION);
    }
  g_rand_free (rand);
  g_test_message ("%u random points near a stroke", n_strokes);
  g_assert_cmpuint (n_strokes, >, 50);
}

/* ---- tests: aggregation ---- */

static void
test_aggregate (void)
{
  g_autoptr(TfDataset) dataset = synthetic (3000, 21);
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_AUTO, 1920, 1080);
  guint n_blocks, n_ribbons, n_sublanes, n_paths, n_bins;
  const TfLayoutBlock *blocks = tf_layout_get_blocks (layout, &n_blocks);
  const TfLayoutRibbon *ribbons = tf_layout_get_ribbons (layout, &n_ribbons);
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  g_autofree guint *per_bin = NULL;
  guint bin_years;
  int first_bin;
  TfLayoutHit hit;
  gboolean others = FALSE;

  g_assert_true (tf_layout_is_aggregated (layout));
  tf_layout_get_paths (layout, &n_paths);
  g_assert_cmpuint (n_paths, ==, 0);
  g_assert_cmpuint (n_ribbons, >, 0);
  check_invariants (layout);
  for (guint i = 0; i < n_sublanes; i++)
    others |= sublanes[i].kind == TF_LAYOUT_SUBLANE_OTHERS && sublanes[i].n_merged > 0;
  g_assert_true (others);

  /* Each bin counts everyone there at its middle, once per place held. */
  tf_layout_get_bins (layout, &first_bin, &bin_years, &n_bins);
  per_bin = g_new0 (guint, n_bins);
  for (guint i = 0; i < n_blocks; i++)
    per_bin[blocks[i].bin] += blocks[i].count;
  {
    GPtrArray *people = tf_dataset_get_people (dataset);
    guint middle = (2012 - first_bin) / bin_years;

    g_assert_cmpuint (per_bin[middle], >, people->len / 3);
    g_assert_cmpuint (per_bin[middle], <, people->len * 2);
  }

  /* Hit: a ribbon's middle. */
  for (guint i = 0; i < n_ribbons; i++)
    if (ribbons[i].width > 4
        && blocks[ribbons[i].source].sublane != blocks[ribbons[i].target].sublane)
      {
        double x = (ribbons[i].x0 + ribbons[i].x1) / 2;
        double y = (ribbons[i].y0 + ribbons[i].y1) / 2 + ribbons[i].width / 2;

        g_assert_true (tf_layout_hit_test (layout, x, y, 0, &hit));
        g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_FLOW);
        break;
      }
  {
    double x = blocks[0].x + blocks[0].width / 2;
    double y = blocks[0].y + blocks[0].height / 2;

    g_assert_true (tf_layout_hit_test (layout, x, y, 0, &hit));
    g_assert_cmpint (hit.kind, ==, TF_LAYOUT_HIT_ORGANIZATION);
    g_assert_cmpint (hit.sublane, ==, blocks[0].sublane);
  }

  /* Zoomed into a few organizations, people come back. */
  {
    GPtrArray *organizations = tf_dataset_get_organizations (dataset);
    const char *ids[]
        = { ((TfOrganization *) g_ptr_array_index (organizations, organizations->len - 1))->id,
            NULL };
    TfLayoutOptions options;
    g_autoptr(TfLayout) zoomed = NULL;

    tf_layout_options_init (&options, 1920, 1080);
    options.organization_ids = ids;
    zoomed = tf_layout_new (careers, &options);
    g_assert_cmpuint (tf_layout_get_n_people (zoomed), <=, 300);
    g_assert_cmpuint (tf_layout_get_n_people (zoomed), >, 0);
    g_assert_false (tf_layout_is_aggregated (zoomed));
    check_invariants (zoomed);
  }
}

static void
test_sankey_seeds (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  TfLayoutOptions options;
  g_autoptr(TfLayout) layout = NULL;
  guint n_blocks, n_ribbons, n_sublanes;
  const TfLayoutBlock *blocks;
  const TfLayoutRibbon *ribbons;
  const TfLayoutSublane *sublanes;
  gboolean found = FALSE;

  tf_layout_options_init (&options, 1200, 700);
  options.aggregate = TF_LAYOUT_AGGREGATE_ALWAYS;
  options.bin_years = 2;
  layout = tf_layout_new (careers, &options);
  check_invariants (layout);
  blocks = tf_layout_get_blocks (layout, &n_blocks);
  ribbons = tf_layout_get_ribbons (layout, &n_ribbons);
  sublanes = tf_layout_get_sublanes (layout, &n_sublanes);

  /* The 40 from CMU reach Uber as one ribbon 40 people wide. */
  for (guint i = 0; i < n_ribbons; i++)
    if (g_strcmp0 (sublanes[blocks[ribbons[i].source].sublane].id, "o-cmu") == 0
        && g_strcmp0 (sublanes[blocks[ribbons[i].target].sublane].id, "o-uber") == 0)
      {
        g_assert_cmpuint (ribbons[i].count, ==, 40);
        found = TRUE;
      }
  g_assert_true (found);
}

/* ---- tests: measuring with Pango ---- */

static void
test_pango (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(TfLayoutPangoMeasurer) measurer = tf_layout_pango_measurer_new (context);
  g_autoptr(TfLayout) layout = NULL;
  TfLayoutOptions options;
  guint n_labels, n_visible = 0;
  const TfLayoutLabel *labels;
  double latin_width, latin_height, han_width, han_height;

  tf_layout_pango_measure (TF_LAYOUT_FONT_PERSON, "Li", &latin_width, &latin_height, measurer);
  tf_layout_pango_measure (TF_LAYOUT_FONT_PERSON, "李飞飞", &han_width, &han_height, measurer);
  g_assert_cmpfloat (latin_width, >, 0);
  g_assert_cmpfloat (han_width, >, latin_width);
  g_assert_cmpfloat (han_height, >, 0);

  tf_layout_options_init (&options, 1920, 1080);
  options.measure = tf_layout_pango_measure;
  options.measure_data = measurer;
  layout = tf_layout_new (careers, &options);
  check_invariants (layout);
  labels = tf_layout_get_labels (layout, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    n_visible += labels[i].visible;
  g_assert_cmpuint (n_visible, >, 10);
  g_object_unref (context);
}

/* Text as the app sets it: organization lines 20 px high (Sans 10). */
static void
measure_app_like (TfLayoutFont  font,
                  const char   *text,
                  double       *width,
                  double       *height,
                  gpointer      user_data)
{
  tf_layout_measure_approximate (font, text, width, height, NULL);
  if (font == TF_LAYOUT_FONT_ORGANIZATION)
    *height = 20;
}

/* The lane a sub-lane is drawn in. */
static const TfLayoutLane *
lane_of_sublane (TfLayout *layout,
                 guint     sublane)
{
  guint n_lanes;
  const TfLayoutLane *lanes = tf_layout_get_lanes (layout, &n_lanes);

  for (guint l = 0; l < n_lanes; l++)
    if (sublane >= lanes[l].first_sublane && sublane < lanes[l].first_sublane + lanes[l].n_sublanes)
      return &lanes[l];
  g_assert_not_reached ();
}

/* 周伯文 left 京东 (a company) to found an unnamed startup; no earlier move
 * puts him at 京东. The stint that move implies is at 京东, so its sub-lane,
 * its stroke and its label are all in the company lane, not in the lane
 * of where he went. */
static void
test_open_start_sector (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  g_autoptr(TfLayout) layout = NULL;
  guint n_sublanes, n_segments, n_labels;
  const TfLayoutSublane *sublanes;
  const TfLayoutSegment *segments;
  const TfLayoutLabel *labels;
  const TfLayoutLane *company_lane = NULL;
  gint jd = -1;
  guint n_at_jd = 0;

  tf_test_add_organization (dataset, "o-fudan", "复旦大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-jd", "京东", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-zhou", "周伯文");
  tf_test_add_person (dataset, "p-qi", "漆远");
  tf_test_add_move (dataset, "m-zhou", "p-zhou", TF_MOVE_FOUND, "2021-11",
                    "o-jd", TF_SECTOR_COMPANY, "", TF_SECTOR_STARTUP, "离职创业");
  tf_test_add_move (dataset, "m-qi", "p-qi", TF_MOVE_JOIN, "2021-11",
                    NULL, TF_SECTOR_COMPANY, "o-fudan", TF_SECTOR_ACADEMIA, NULL);
  /* Startups crowd the lane below, so a label pushed down would land there. */
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *org = g_strdup_printf ("o-startup-%u", i);
      g_autofree char *person = g_strdup_printf ("p-founder-%u", i);
      g_autofree char *move = g_strdup_printf ("m-founder-%u", i);

      tf_test_add_organization (dataset, org, "创业公司", TF_SECTOR_STARTUP, NULL);
      tf_test_add_person (dataset, person, "创始人");
      tf_test_add_move (dataset, move, person, TF_MOVE_FOUND, "2020-03",
                        "", TF_SECTOR_ACADEMIA, org, TF_SECTOR_STARTUP, NULL);
    }
  careers = tf_careers_new (dataset);

  for (guint w = 0; w < 3; w++)
    {
      TfLayoutOptions options;

      tf_layout_options_init (&options, w == 0 ? 1400 : 800, w == 0 ? 860 : w == 1 ? 400 : 300);
      options.measure = measure_app_like;
      layout = tf_layout_new (careers, &options);
      check_invariants (layout);
      sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
      segments = tf_layout_get_segments (layout, &n_segments);
      labels = tf_layout_get_labels (layout, &n_labels);

      jd = -1;
      for (guint i = 0; i < n_sublanes; i++)
        if (g_strcmp0 (sublanes[i].id, "o-jd") == 0)
          jd = (gint) i;
      g_assert_cmpint (jd, >=, 0);
      g_assert_cmpint (sublanes[jd].sector, ==, TF_SECTOR_COMPANY);
      company_lane = lane_of_sublane (layout, (guint) jd);
      g_assert_cmpint (company_lane->sector, ==, TF_SECTOR_COMPANY);
      g_assert_cmpfloat (sublanes[jd].y, >=, company_lane->y - EPSILON);
      g_assert_cmpfloat (sublanes[jd].y + sublanes[jd].height, <=,
                         company_lane->y + company_lane->height + EPSILON);

      n_at_jd = 0;
      for (guint i = 0; i < n_segments; i++)
        if (segments[i].kind == TF_LAYOUT_SEGMENT_STRAIGHT && segments[i].sublane == jd)
          {
            g_assert_cmpfloat (segments[i].y0, >=, company_lane->y);
            g_assert_cmpfloat (segments[i].y0, <=, company_lane->y + company_lane->height);
            g_assert_true (segments[i].flags & TF_LAYOUT_SEGMENT_OPEN_START);
            n_at_jd++;
          }
      g_assert_cmpuint (n_at_jd, ==, 1);

      /* The label, when shown, names its own lane: its middle is in it,
       * and it reaches no further than half way to the next lane. */
      g_assert_cmpint (sublanes[jd].label, >=, 0);
      if (w == 0)
        g_assert_true (labels[sublanes[jd].label].visible);
      if (labels[sublanes[jd].label].visible)
        {
          const TfLayoutLabel *label = &labels[sublanes[jd].label];
          const TfLayoutLane *lanes = tf_layout_get_lanes (layout, NULL);
          double middle = label->y + label->height / 2;

          g_assert_cmpfloat (middle, >=, company_lane->y);
          g_assert_cmpfloat (middle, <=, company_lane->y + company_lane->height);
          /* Academia, corporate labs, companies, startups: all shown. */
          g_assert_true (company_lane == &lanes[2]);
          g_assert_cmpfloat (label->y, >=,
                             (lanes[1].y + lanes[1].height + lanes[2].y) / 2 - EPSILON);
          g_assert_cmpfloat (label->y + label->height, <=,
                             (lanes[2].y + lanes[2].height + lanes[3].y) / 2 + EPSILON);
        }
      g_clear_pointer (&layout, tf_layout_unref);
    }
}

/* Some thirty-odd organizations in all four sectors, a dozen people and a
 * group of 40: at 1920x1080 there is room for every organization's label,
 * and each is shown, in its own lane. */
static void
test_organization_labels_fit (void)
{
  static const TfSector sectors[] = {
    TF_SECTOR_ACADEMIA, TF_SECTOR_CORPORATE_LAB, TF_SECTOR_COMPANY, TF_SECTOR_STARTUP,
  };
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  guint n_organizations = 36;
  guint n_people = 12;

  for (guint i = 0; i < n_organizations; i++)
    {
      g_autofree char *id = g_strdup_printf ("o-%02u", i);
      g_autofree char *name = g_strdup_printf ("组织机构名称%02u", i);

      tf_test_add_organization (dataset, id, name, sectors[i % G_N_ELEMENTS (sectors)], NULL);
    }
  /* A group of 40, as in the sample, must not squeeze the others out. */
  {
    TfMove *group = tf_test_add_move (dataset, "m-group", NULL, TF_MOVE_JOIN, "2015-02",
                                      "o-00", TF_SECTOR_ACADEMIA, "o-02", TF_SECTOR_COMPANY, NULL);

    group->group_size = 40;
  }
  /* Each person moves three times, along the organizations in turn: every
   * one of them is visited. */
  for (guint p = 0; p < n_people; p++)
    {
      g_autofree char *person = g_strdup_printf ("p-%02u", p);
      g_autofree char *name = g_strdup_printf ("人%02u", p);

      tf_test_add_person (dataset, person, name);
      for (guint k = 0; k < 3; k++)
        {
          guint from = (p * 3 + k) % n_organizations;
          g_autofree char *move = g_strdup_printf ("m-%02u-%u", p, k);
          g_autofree char *from_id = g_strdup_printf ("o-%02u", from);
          g_autofree char *to_id = g_strdup_printf ("o-%02u", (from + 1) % n_organizations);
          g_autofree char *date = g_strdup_printf ("%u-%02u", 2010 + p % 5 + 3 * k, 1 + p % 12);

          tf_test_add_move (dataset, move, person, TF_MOVE_JOIN, date, from_id,
                            sectors[from % G_N_ELEMENTS (sectors)], to_id,
                            sectors[((from + 1) % n_organizations) % G_N_ELEMENTS (sectors)], NULL);
        }
    }
  careers = tf_careers_new (dataset);

  for (guint order = 0; order < 2; order++)
    {
      g_autoptr(TfCareers) ordered = order == 0 ? tf_careers_ref (careers)
                                                : tf_careers_new_naive (dataset);
      g_autoptr(TfLayout) layout = NULL;
      guint n_sublanes, n_labels, n_organization_sublanes = 0;
      const TfLayoutSublane *sublanes;
      const TfLayoutLabel *labels;
      TfLayoutOptions options;

      tf_layout_options_init (&options, 1920, 1080);
      options.measure = measure_app_like;
      layout = tf_layout_new (ordered, &options);
      sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
      labels = tf_layout_get_labels (layout, &n_labels);

      g_assert_false (tf_layout_is_aggregated (layout));
      check_invariants (layout);
      for (guint i = 0; i < n_sublanes; i++)
        {
          const TfLayoutLane *lane = lane_of_sublane (layout, i);
          const TfLayoutLabel *label;
          double middle;

          if (sublanes[i].kind != TF_LAYOUT_SUBLANE_ORGANIZATION)
            continue;
          n_organization_sublanes++;
          g_assert_cmpint (sublanes[i].label, >=, 0);
          label = &labels[sublanes[i].label];
          g_assert_true (label->visible);
          middle = label->y + label->height / 2;
          g_assert_cmpfloat (middle, >=, lane->y);
          g_assert_cmpfloat (middle, <=, lane->y + lane->height);
        }
      g_assert_cmpuint (n_organization_sublanes, ==, n_organizations);
    }
}

/* A dataset of people moving between two organizations: person p's
 * moves in the years first_year(p) + k * step for k < n_moves. */
static TfCareers *
axis_careers (guint n_people,
              int   first_year,
              int   spread,
              guint n_moves,
              int   step,
              int   early_year)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();

  tf_test_add_organization (dataset, "o-a", "Alpha", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-b", "Beta", TF_SECTOR_COMPANY, NULL);
  for (guint p = 0; p < n_people; p++)
    {
      g_autofree char *person = g_strdup_printf ("p-%02u", p);

      tf_test_add_person (dataset, person, person);
      for (guint k = 0; k < n_moves; k++)
        {
          g_autofree char *move = g_strdup_printf ("m-%02u-%u", p, k);
          g_autofree char *date
              = g_strdup_printf ("%d-06", first_year + (int) (p % (guint) spread)
                                              + (int) k * step);

          tf_test_add_move (dataset, move, person, TF_MOVE_JOIN, date, k % 2 ? "o-b" : "o-a",
                            k % 2 ? TF_SECTOR_COMPANY : TF_SECTOR_ACADEMIA,
                            k % 2 ? "o-a" : "o-b",
                            k % 2 ? TF_SECTOR_ACADEMIA : TF_SECTOR_COMPANY, NULL);
        }
    }
  if (early_year != 0)
    {
      g_autofree char *date = g_strdup_printf ("%d-03", early_year);

      tf_test_add_person (dataset, "p-early", "Early");
      tf_test_add_move (dataset, "m-early", "p-early", TF_MOVE_JOIN, date, "o-a",
                        TF_SECTOR_ACADEMIA, "o-b", TF_SECTOR_COMPANY, NULL);
    }
  return tf_careers_new (dataset);
}

/* Years with few moves between busy ones are drawn narrower behind a
 * break; evenly spread moves keep a linear axis, and so do ribbons. */
static void
test_axis_breaks (void)
{
  g_autoptr(TfCareers) gap = axis_careers (12, 2015, 4, 3, 1, 2000);
  g_autoptr(TfCareers) even = axis_careers (21, 2000, 21, 1, 1, 0);
  g_autoptr(TfLayout) layout = NULL;
  g_autoptr(TfLayout) linear = NULL;
  g_autoptr(TfLayout) ribbons = NULL;
  const TfLayoutBreak *breaks;
  const TfLayoutYear *years;
  const TfLayoutLabel *labels;
  TfLayoutOptions options;
  guint n_breaks;
  guint n_years;
  guint n_labels;
  double plot_x;
  double plot_width;
  double from;
  double to;

  tf_layout_options_init (&options, 1280, 800);
  layout = tf_layout_new (gap, &options);
  check_invariants (layout);
  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  tf_layout_get_view (layout, &from, &to);
  breaks = tf_layout_get_breaks (layout, &n_breaks);
  g_assert_cmpuint (n_breaks, ==, 1);
  g_assert_cmpfloat (breaks[0].from, <=, 2002);
  g_assert_cmpfloat (breaks[0].to, >=, 2014);
  g_assert_cmpfloat (breaks[0].to, <=, 2015);
  g_assert_cmpfloat ((breaks[0].x1 - breaks[0].x0) / plot_width, <,
                     0.5 * (breaks[0].to - breaks[0].from) / (to - from));
  g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout, breaks[0].from), breaks[0].x0,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout, breaks[0].to), breaks[0].x1,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout, to), plot_x + plot_width, 1e-6);
  for (double x = plot_x - 20; x < plot_x + plot_width + 20; x += 3.25)
    g_assert_cmpfloat_with_epsilon (tf_layout_x_for_time (layout,
                                                          tf_layout_time_for_x (layout, x)),
                                    x, 1e-6);

  /* Inside the break no year has a label of its own: one names the break. */
  years = tf_layout_get_years (layout, &n_years);
  labels = tf_layout_get_labels (layout, &n_labels);
  for (guint i = 0; i < n_years; i++)
    if (years[i].year > breaks[0].from && years[i].year < breaks[0].to)
      g_assert_cmpint (years[i].label, <, 0);
    else if (years[i].year == breaks[0].from)
      {
        g_autofree char *text = g_strdup_printf ("%d\u2013%d", (int) breaks[0].from,
                                                 (int) breaks[0].to - 1);

        g_assert_cmpint (years[i].label, >=, 0);
        g_assert_cmpstr (labels[years[i].label].text, ==, text);
      }

  linear = tf_layout_new (even, &options);
  tf_layout_get_breaks (linear, &n_breaks);
  g_assert_cmpuint (n_breaks, ==, 0);
  tf_layout_get_plot (linear, &plot_x, NULL, &plot_width, NULL);
  tf_layout_get_view (linear, &from, &to);
  g_assert_cmpfloat_with_epsilon (tf_layout_time_for_x (linear, plot_x + plot_width / 2),
                                  (from + to) / 2, 1e-9);

  options.aggregate = TF_LAYOUT_AGGREGATE_ALWAYS;
  ribbons = tf_layout_new (gap, &options);
  tf_layout_get_breaks (ribbons, &n_breaks);
  g_assert_cmpuint (n_breaks, ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  g_autoptr(TfLayout) layout = layout_with (careers, TF_LAYOUT_AGGREGATE_AUTO, 800, 600);
  g_autoptr(TfLayout) aggregated = layout_with (careers, TF_LAYOUT_AGGREGATE_ALWAYS, 800, 600);
  TfLayoutHit hit;

  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 0);
  check_invariants (layout);
  g_assert_cmpuint (tf_layout_count_crossings (layout), ==, 0);
  g_assert_false (tf_layout_hit_test (layout, 400, 300, 5, &hit));
  g_assert_false (tf_layout_hit_test (aggregated, 400, 300, 5, &hit));
}

/* The curve's closed form is the Bézier drawn through its control points,
 * and y at x inverts it. */
static void
test_curve (void)
{
  static const TfLayoutSegment curves[] = {
    { .x0 = 10.5f, .y0 = 20, .x1 = 90.25f, .y1 = 300, .kind = TF_LAYOUT_SEGMENT_CURVE },
    { .x0 = -40, .y0 = 500, .x1 = 12, .y1 = 3.5f, .kind = TF_LAYOUT_SEGMENT_CURVE },
    { .x0 = 7, .y0 = 7, .x1 = 8, .y1 = 7, .kind = TF_LAYOUT_SEGMENT_CURVE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (curves); c++)
    {
      const TfLayoutSegment *curve = &curves[c];

      for (guint k = 0; k <= 100; k++)
        {
          double t = k / 100.0;
          double bx, by, x, y;

          curve_point (curve, t, &bx, &by);
          tf_layout_curve_point (curve->x0, curve->y0, curve->x1, curve->y1, t, &x, &y);
          g_assert_cmpfloat_with_epsilon (x, bx, 1e-9);
          g_assert_cmpfloat_with_epsilon (y, by, 1e-9);
          g_assert_cmpfloat_with_epsilon (
              tf_layout_curve_y_at (curve->x0, curve->y0, curve->x1, curve->y1, x), y, 1e-6);
        }
      /* Outside its span, the curve's ends. */
      g_assert_cmpfloat (
          tf_layout_curve_y_at (curve->x0, curve->y0, curve->x1, curve->y1, curve->x0 - 5), ==,
          curve->y0);
      g_assert_cmpfloat (
          tf_layout_curve_y_at (curve->x0, curve->y0, curve->x1, curve->y1, curve->x1 + 5), ==,
          curve->y1);
    }
}

/* Names in Latin letters shorten to initials but the last word; others
 * (one word, Chinese names, mixed scripts) do not. */
static void
test_short_name (void)
{
  static const struct
  {
    const char *name;
    const char *shortened;
  } cases[] = {
    { "Ada Lovelace", "A. Lovelace" },
    { "Grace Brewster Hopper", "G. B. Hopper" },
    { "Jean-Luc Picard", "J.-L. Picard" },
    { "Ludwig van Beethoven", "L. van Beethoven" },
    { "Émile Zola", "É. Zola" },
    { "Åsa Larsson", "Å. Larsson" },
    { "Xiaoming Wu", "X. Wu" },
    { "Wu Xiaoming", NULL },  /* no shorter */
    { "Plato", NULL },
    { "王小明", NULL },
    { "王 小明", NULL },
    { "Ada 王", NULL },
    { "Ada ", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shortened = tf_layout_short_name (cases[i].name);

      g_assert_cmpstr (shortened, ==, cases[i].shortened);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/short-name", test_short_name);
  g_test_add_func ("/synthetic/deterministic", test_synthetic_deterministic);
  g_test_add_func ("/synthetic/shape", test_synthetic_shape);
  g_test_add_func ("/layout/invariants", test_invariants_synthetic);
  g_test_add_func ("/layout/crossings/count", test_crossings_count);
  g_test_add_func ("/layout/seeds", test_seeds);
  g_test_add_func ("/layout/direction/seeds", test_direction_strip);
  g_test_add_func ("/layout/direction/revolving-door", test_direction_revolving_door);
  g_test_add_func ("/layout/undated/reported-by", test_undated_reported_by);
  g_test_add_func ("/layout/undated/unreported", test_undated_unreported);
  g_test_add_func ("/layout/undated/sample", test_undated_sample);
  g_test_add_func ("/layout/stable-order", test_stable_order);
  g_test_add_func ("/layout/curve", test_curve);
  g_test_add_func ("/layout/hit/seeds", test_hit_seeds);
  g_test_add_func ("/layout/hit/brute-force", test_hit_brute_force);
  g_test_add_func ("/layout/aggregate", test_aggregate);
  g_test_add_func ("/layout/aggregate/sankey", test_sankey_seeds);
  g_test_add_func ("/layout/pango", test_pango);
  g_test_add_func ("/layout/empty", test_empty);
  g_test_add_func ("/layout/axis-breaks", test_axis_breaks);
  g_test_add_func ("/layout/open-start-sector", test_open_start_sector);
  g_test_add_func ("/layout/organization-labels-fit", test_organization_labels_fit);

  return g_test_run ();
}
