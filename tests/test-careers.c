/* test-careers.c: a dataset's moves as stints and transitions, and their
 * global order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-careers"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-careers-arrays.h"
#include "tf-careers-naive.h"
#include "tf-careers.h"
#include "tf-layout-crossings.h"
#include "tf-layout.h"
#include "tf-synthetic.h"
#include "tf-test-data.h"

#define EPSILON 1e-9

static TfDataset *
synthetic (guint   n_people,
           guint64 seed)
{
  TfSyntheticOptions options;

  tf_synthetic_options_init (&options, n_people, seed);
  return tf_synthetic_dataset_new (&options);
}

static TfLayout *
unaggregated_layout (TfCareers *careers)
{
  TfLayoutOptions options;

  tf_layout_options_init (&options, 1920, 1080);
  options.aggregate = TF_LAYOUT_AGGREGATE_NEVER;
  return tf_layout_new (careers, &options);
}

static int
move_index (TfDataset  *dataset,
            const char *id)
{
  guint index;

  g_assert_true (g_ptr_array_find (tf_dataset_get_moves (dataset),
                                   tf_dataset_lookup_move (dataset, id), &index));
  return (int) index;
}

static const TfCareerPath *
find_path (TfCareers  *careers,
           const char *id)
{
  for (guint p = 0; p < careers->n_paths; p++)
    if (g_strcmp0 (careers->paths[p].id, id) == 0)
      return &careers->paths[p];
  g_error ("No path “%s”", id);
}

static const char *
place_id (TfCareers     *careers,
          const TfStint *stint)
{
  return careers->places[stint->place].id;
}

/* What every careers must hold, whatever the data and the order. */
static void
check_invariants (TfCareers *careers)
{
  g_autofree guint8 *seen = g_new0 (guint8, careers->n_places + 1);
  guint n_stints = 0;
  guint n_transitions = 0;

  /* The stints and transitions of a path are contiguous, and its own. */
  for (guint p = 0; p < careers->n_paths; p++)
    {
      const TfCareerPath *path = &careers->paths[p];

      g_assert_cmpuint (path->first_stint, ==, n_stints);
      g_assert_cmpuint (path->first_transition, ==, n_transitions);
      g_assert_cmpuint (path->n_stints, >, 0);
      g_assert_cmpuint (path->weight, >=, 1);
      g_assert_true ((path->person >= 0) != (path->group_move >= 0));
      for (guint i = path->first_stint; i < path->first_stint + path->n_stints; i++)
        {
          const TfStint *stint = &careers->stints[i];

          g_assert_cmpuint (stint->path, ==, p);
          g_assert_cmpuint (stint->place, <, careers->n_places);
          g_assert_cmpfloat (stint->start, <=, stint->end);
          g_assert_cmpfloat (stint->start, >=, careers->first_year - EPSILON);
          g_assert_cmpfloat (stint->end, <=, careers->end_year + EPSILON);
        }
      for (guint i = path->first_transition; i < path->first_transition + path->n_transitions; i++)
        {
          const TfTransition *transition = &careers->transitions[i];

          g_assert_cmpuint (transition->path, ==, p);
          g_assert_cmpuint (careers->stints[transition->from].path, ==, p);
          g_assert_cmpuint (careers->stints[transition->to].path, ==, p);
          g_assert_cmpfloat (transition->depart, <=, transition->arrive);
        }
      n_stints += path->n_stints;
      n_transitions += path->n_transitions;
    }
  g_assert_cmpuint (n_stints, ==, careers->n_stints);
  g_assert_cmpuint (n_transitions, ==, careers->n_transitions);

  /* Every place is in the lane of its sector once, at its lane position. */
  for (guint s = 0; s < TF_N_SECTORS; s++)
    for (guint i = 0; i < careers->n_lane_places[s]; i++)
      {
        guint32 p = careers->lane_places[s][i];

        g_assert_cmpuint (p, <, careers->n_places);
        g_assert_cmpint (careers->places[p].sector, ==, s);
        g_assert_cmpuint (careers->places[p].lane_position, ==, i);
        g_assert_false (seen[p]);
        seen[p] = TRUE;
      }
  for (guint p = 0; p < careers->n_places; p++)
    g_assert_true (seen[p]);

  /* A place's stints, in rank order, are a permutation of its stints, and
   * no more of them overlap than its peak. */
  for (guint p = 0; p < careers->n_places; p++)
    {
      const TfPlace *place = &careers->places[p];

      g_assert_cmpuint (place->peak, <=, place->n_stints);
      g_assert_true (place->n_stints == 0 || place->peak >= 1);
      for (guint rank = 0; rank < place->n_stints; rank++)
        {
          guint32 k = careers->place_stints[place->first_stint + rank];

          g_assert_cmpuint (careers->stints[k].place, ==, p);
          g_assert_cmpuint (careers->stints[k].rank, ==, rank);
        }
    }
}

/* ---- stints and transitions ---- */

/* Joined A in March 2010, moved to B in June 2015, still there. */
static void
test_stints (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  const TfCareerPath *path;
  const TfStint *a, *b;
  const TfTransition *move;
  double first_year, end_year;

  tf_test_add_organization (dataset, "o-a", "A", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-b", "B", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-1", "One");
  tf_test_add_move (dataset, "m-1", "p-1", TF_MOVE_JOIN, "2010-03", NULL, 0, "o-a", 0, NULL);
  tf_test_add_move (dataset, "m-2", "p-1", TF_MOVE_JOIN, "2015-06", "o-a", 0, "o-b", 0, NULL);
  careers = tf_careers_new (dataset);
  check_invariants (careers);

  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 1);
  g_assert_cmpuint (tf_careers_get_n_stints (careers), ==, 2);
  g_assert_cmpuint (tf_careers_get_n_left_out_moves (careers), ==, 0);
  g_assert_cmpuint (tf_careers_get_n_placed_undated_moves (careers), ==, 0);

  path = find_path (careers, "p-1");
  g_assert_cmpstr (path->name, ==, "One");
  g_assert_cmpuint (path->weight, ==, 1);
  g_assert_cmpint (path->group_move, ==, -1);
  g_assert_cmpuint (path->n_transitions, ==, 1);
  g_assert_cmpuint (path->n_events, ==, 2);

  a = &careers->stints[path->first_stint];
  b = &careers->stints[path->first_stint + 1];
  g_assert_cmpstr (place_id (careers, a), ==, "o-a");
  g_assert_cmpstr (place_id (careers, b), ==, "o-b");
  /* A began with the first move, B with the second, which ended A. */
  g_assert_cmpint (a->start_move, ==, move_index (dataset, "m-1"));
  g_assert_cmpint (a->end_move, ==, move_index (dataset, "m-2"));
  g_assert_cmpint (b->start_move, ==, move_index (dataset, "m-2"));
  g_assert_cmpint (b->end_move, ==, -1);
  g_assert_cmpfloat (a->start, >, 2010);
  g_assert_cmpfloat (a->start, <, 2010.25);
  g_assert_cmpfloat (a->end, ==, b->start);
  g_assert_cmpfloat (b->start, >, 2015.3);
  g_assert_cmpfloat (b->start, <, 2015.5);
  /* Nothing says B ended: it runs to the end of the data. */
  g_assert_true (b->flags & TF_STINT_OPEN_END);
  g_assert_false (a->flags & (TF_STINT_OPEN_START | TF_STINT_OPEN_END));

  move = &careers->transitions[path->first_transition];
  g_assert_cmpint (move->kind, ==, TF_TRANSITION_MOVE);
  g_assert_cmpint (move->move, ==, move_index (dataset, "m-2"));
  g_assert_cmpuint (move->from, ==, path->first_stint);
  g_assert_cmpuint (move->to, ==, path->first_stint + 1);
  g_assert_cmpfloat (move->depart, ==, move->arrive);
  g_assert_false (move->uncertain);
  g_assert_false (move->undated);
  g_assert_cmpint (a->next, ==, (int) path->first_transition);
  g_assert_cmpint (b->prev, ==, (int) path->first_transition);

  /* From the year of the first stint to the end of the year after the
   * last move. */
  tf_careers_get_extent (careers, &first_year, &end_year);
  g_assert_cmpfloat (first_year, ==, 2010);
  g_assert_cmpfloat (end_year, ==, 2016);
  g_assert_cmpfloat (b->end, ==, end_year);
}

/* A year-only date is uncertain; leaving a place nobody put them in
 * starts an open stint a year before. */
static void
test_implied_stint (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  const TfCareerPath *path;
  const TfStint *lab, *university;

  tf_test_add_organization (dataset, "o-lab", "Lab", TF_SECTOR_CORPORATE_LAB, NULL);
  tf_test_add_organization (dataset, "o-uni", "University", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_person (dataset, "p-1", "One");
  tf_test_add_move (dataset, "m-1", "p-1", TF_MOVE_RETURN_ACADEMIA, "2019", "o-lab", 0, "o-uni", 0,
                    NULL);
  careers = tf_careers_new (dataset);
  check_invariants (careers);

  path = find_path (careers, "p-1");
  g_assert_cmpuint (path->n_stints, ==, 2);
  lab = &careers->stints[path->first_stint];
  university = &careers->stints[path->first_stint + 1];
  g_assert_cmpstr (place_id (careers, lab), ==, "o-lab");
  g_assert_true (lab->flags & TF_STINT_OPEN_START);
  g_assert_true (lab->flags & TF_STINT_END_UNCERTAIN);
  g_assert_cmpint (lab->start_move, ==, -1);
  g_assert_cmpfloat (fabs (lab->end - lab->start - TF_CAREERS_LEAD_IN_YEARS), <, 1e-6);
  g_assert_true (university->flags & TF_STINT_START_UNCERTAIN);
  g_assert_true (careers->transitions[path->first_transition].uncertain);
}

/* 李飞飞 at Stanford took up Google alongside, then left it: a branch and
 * a merge, and Stanford throughout. */
static void
test_concurrent (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  const TfCareerPath *path;
  TfMove *move;
  guint n_branches = 0;
  guint n_merges = 0;

  tf_test_add_organization (dataset, "o-stanford", "斯坦福大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-google", "Google", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-li", "李飞飞");
  tf_test_add_move (dataset, "m-stanford", "p-li", TF_MOVE_JOIN, "2009", NULL, 0, "o-stanford", 0,
                    NULL);
  move = tf_test_add_move (dataset, "m-google", "p-li", TF_MOVE_JOIN, "2017-01",
                           "o-stanford", 0, "o-google", 0, NULL);
  move->concurrent = TRUE;
  tf_test_add_move (dataset, "m-leave", "p-li", TF_MOVE_LEAVE, "2018-09",
                    "o-google", 0, "o-stanford", 0, NULL);
  careers = tf_careers_new (dataset);
  check_invariants (careers);

  path = find_path (careers, "p-li");
  g_assert_cmpuint (path->n_stints, ==, 2);
  for (guint i = path->first_transition; i < path->first_transition + path->n_transitions; i++)
    {
      const TfTransition *transition = &careers->transitions[i];

      if (transition->kind == TF_TRANSITION_BRANCH)
        {
          n_branches++;
          g_assert_cmpstr (place_id (careers, &careers->stints[transition->from]), ==,
                           "o-stanford");
          g_assert_cmpstr (place_id (careers, &careers->stints[transition->to]), ==, "o-google");
        }
      else if (transition->kind == TF_TRANSITION_MERGE)
        {
          n_merges++;
          g_assert_cmpstr (place_id (careers, &careers->stints[transition->from]), ==, "o-google");
          g_assert_cmpstr (place_id (careers, &careers->stints[transition->to]), ==, "o-stanford");
        }
    }
  g_assert_cmpuint (n_branches, ==, 1);
  g_assert_cmpuint (n_merges, ==, 1);
  /* Stanford is held from 2009 to the end. */
  g_assert_true (careers->stints[path->first_stint].flags & TF_STINT_OPEN_END);
}

/* Uber took 40 people from CMU: one path of weight 40, named by the move. */
static void
test_group (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  const TfCareerPath *path;
  TfMove *move;

  tf_test_add_organization (dataset, "o-cmu", "卡内基梅隆大学", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-uber", "Uber", TF_SECTOR_COMPANY, NULL);
  move = tf_test_add_move (dataset, "m-uber-cmu", NULL, TF_MOVE_JOIN, "2015", "o-cmu", 0, "o-uber",
                           0, NULL);
  move->group_size = 40;
  move->group_label = g_strdup ("卡内基梅隆大学机器人实验室的 40 名研究人员");
  careers = tf_careers_new (dataset);
  check_invariants (careers);

  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 1);
  path = find_path (careers, "m-uber-cmu");
  g_assert_cmpint (path->person, ==, -1);
  g_assert_cmpint (path->group_move, ==, move_index (dataset, "m-uber-cmu"));
  g_assert_cmpuint (path->weight, ==, 40);
  g_assert_cmpstr (path->name, ==, "卡内基梅隆大学机器人实验室的 40 名研究人员");
}

/* Unnamed places: one per sector, labelled by what the moves call them. */
static void
test_unnamed_places (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  const TfCareerPath *path;
  const TfPlace *startup;

  tf_test_add_organization (dataset, "o-jd", "京东", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-wang", "王某");
  tf_test_add_move (dataset, "m-wang", "p-wang", TF_MOVE_FOUND, "2020-06",
                    "o-jd", 0, "", TF_SECTOR_STARTUP, "离职创业");
  careers = tf_careers_new (dataset);
  check_invariants (careers);

  /* The organization, then one unnamed place per sector. */
  g_assert_cmpuint (careers->n_places, ==, 1 + TF_N_SECTORS);
  path = find_path (careers, "p-wang");
  startup = &careers->places[careers->stints[path->first_stint + 1].place];
  g_assert_null (startup->id);
  g_assert_cmpint (startup->organization, ==, -1);
  g_assert_cmpint (startup->sector, ==, TF_SECTOR_STARTUP);
  g_assert_cmpstr (startup->label, ==, "离职创业");
}

/* A lab inside its company: the place knows its parent's place. */
static void
test_parents (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  const TfPlace *lab = NULL;
  const TfPlace *company = NULL;

  tf_test_add_organization (dataset, "o-tencent", "腾讯", TF_SECTOR_COMPANY, NULL);
  tf_test_add_organization (dataset, "o-ai-lab", "腾讯 AI Lab", TF_SECTOR_CORPORATE_LAB, "o-tencent");
  tf_test_add_person (dataset, "p-1", "One");
  tf_test_add_move (dataset, "m-1", "p-1", TF_MOVE_TRANSFER, "2018", "o-tencent", 0, "o-ai-lab", 0,
                    NULL);
  careers = tf_careers_new (dataset);

  for (guint p = 0; p < careers->n_places; p++)
    {
      if (g_strcmp0 (careers->places[p].id, "o-ai-lab") == 0)
        lab = &careers->places[p];
      else if (g_strcmp0 (careers->places[p].id, "o-tencent") == 0)
        company = &careers->places[p];
    }
  g_assert_nonnull (lab);
  g_assert_nonnull (company);
  g_assert_cmpint (lab->parent, ==, company - careers->places);
  g_assert_cmpint (company->parent, ==, -1);
}

/* ---- moves left out, undated moves ---- */

static void
test_left_out (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;

  tf_test_add_organization (dataset, "o-a", "A", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_person (dataset, "p-1", "One");
  tf_test_add_person (dataset, "p-2", "Two");
  tf_test_add_move (dataset, "m-ok", "p-1", TF_MOVE_JOIN, "2012", NULL, 0, "o-a", 0, NULL);
  /* Nobody: no person and no group. */
  tf_test_add_move (dataset, "m-nobody", NULL, TF_MOVE_JOIN, "2013", NULL, 0, "o-a", 0, NULL);
  /* No place on either side. */
  tf_test_add_move (dataset, "m-nowhere", "p-2", TF_MOVE_LEAVE, "2014", NULL, 0, NULL, 0, NULL);
  careers = tf_careers_new (dataset);
  check_invariants (careers);

  g_assert_cmpuint (tf_careers_get_n_left_out_moves (careers), ==, 2);
  g_assert_cmpuint (tf_careers_get_n_undated_moves (careers), ==, 2);
  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 1);
  find_path (careers, "p-1");
}

/* No date anywhere: nothing to place them by. */
static void
test_undated_unplaceable (void)
{
  g_autoptr(TfDataset) undated = tf_dataset_new ();
  g_autoptr(TfCareers) none = NULL;

  tf_test_add_organization (undated, "o-a", "A", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_person (undated, "p-a", "A person");
  tf_test_add_move (undated, "m-a", "p-a", TF_MOVE_JOIN, NULL, NULL, 0, "o-a", 0, NULL);
  none = tf_careers_new (undated);
  g_assert_cmpuint (tf_careers_get_n_left_out_moves (none), ==, 1);
  g_assert_cmpuint (tf_careers_get_n_placed_undated_moves (none), ==, 0);
  g_assert_cmpuint (tf_careers_get_n_paths (none), ==, 0);
}

/* An undated move is placed no later than the article that reports it. */
static void
test_undated_placed (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = NULL;
  const TfCareerPath *path;
  const TfTransition *transition;
  TfMove *move;

  tf_test_add_source (dataset, "s-2020", "2020-05-01");
  tf_test_add_organization (dataset, "o-a", "A", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_organization (dataset, "o-b", "B", TF_SECTOR_COMPANY, NULL);
  tf_test_add_person (dataset, "p-1", "One");
  tf_test_add_move (dataset, "m-1", "p-1", TF_MOVE_JOIN, "2012-01", NULL, 0, "o-a", 0, NULL);
  move = tf_test_add_move (dataset, "m-2", "p-1", TF_MOVE_JOIN, NULL, "o-a", 0, "o-b", 0, NULL);
  tf_test_cite (move, "s-2020");
  careers = tf_careers_new (dataset);
  check_invariants (careers);

  g_assert_cmpuint (tf_careers_get_n_left_out_moves (careers), ==, 0);
  g_assert_cmpuint (tf_careers_get_n_placed_undated_moves (careers), ==, 1);
  path = find_path (careers, "p-1");
  g_assert_cmpuint (path->n_transitions, ==, 1);
  transition = &careers->transitions[path->first_transition];
  g_assert_true (transition->undated);
  g_assert_true (transition->uncertain);
  g_assert_cmpint (transition->move, ==, move_index (dataset, "m-2"));
  /* Somewhere between the dated move and the article, drawn as a span. */
  g_assert_cmpfloat (transition->arrive - transition->half_width, >=, 2012 - EPSILON);
  g_assert_cmpfloat (transition->arrive + transition->half_width, <=, 2020.5);
  g_assert_cmpfloat (transition->half_width, >, 0);
  g_assert_true (careers->stints[transition->to].flags & TF_STINT_START_UNDATED);
}

/* The earliest dated article a move cites, by the last day its date
 * allows: 2022-06-04 before 2022, which may mean December. */
static void
test_reported_by (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  TfMove *cited, *year_only, *uncited;
  TfDate date;

  tf_test_add_source (dataset, "s-2023", "2023");
  tf_test_add_source (dataset, "s-2022", "2022");
  tf_test_add_source (dataset, "s-june", "2022-06-04");
  tf_test_add_source (dataset, "s-undated", NULL);
  tf_test_add_organization (dataset, "o-a", "A", TF_SECTOR_ACADEMIA, NULL);
  tf_test_add_person (dataset, "p-1", "One");
  cited = tf_test_add_move (dataset, "m-cited", "p-1", TF_MOVE_JOIN, NULL, NULL, 0, "o-a", 0, NULL);
  tf_test_cite (cited, "s-2023");
  tf_test_cite (cited, "s-2022");
  tf_test_cite (cited, "s-undated");
  tf_test_cite (cited, "s-june");
  year_only
      = tf_test_add_move (dataset, "m-year", "p-1", TF_MOVE_JOIN, NULL, NULL, 0, "o-a", 0, NULL);
  tf_test_cite (year_only, "s-2023");
  tf_test_cite (year_only, "s-undated");
  uncited
      = tf_test_add_move (dataset, "m-uncited", "p-1", TF_MOVE_JOIN, NULL, NULL, 0, "o-a", 0, NULL);
  tf_test_cite (uncited, "s-undated");

  g_assert_true (tf_careers_get_reported_by (dataset, cited, &date));
  g_assert_cmpint (date.precision, ==, TF_DATE_DAY);
  g_assert_cmpint (date.year, ==, 2022);
  g_assert_cmpint (date.month, ==, 6);
  g_assert_cmpint (date.day, ==, 4);

  g_assert_true (tf_careers_get_reported_by (dataset, year_only, &date));
  g_assert_cmpint (date.precision, ==, TF_DATE_YEAR);
  g_assert_cmpint (date.year, ==, 2023);

  g_assert_false (tf_careers_get_reported_by (dataset, uncited, &date));
  g_assert_cmpint (date.precision, ==, TF_DATE_UNKNOWN);
}

/* ---- the global order ---- */

/* The same data gives the same order, array for array. */
static void
test_order_deterministic (void)
{
  g_autoptr(TfDataset) dataset = synthetic (1500, 11);
  g_autoptr(TfCareers) a = tf_careers_new (dataset);
  g_autoptr(TfCareers) b = tf_careers_new (dataset);

  check_invariants (a);
  g_assert_cmpuint (a->n_stints, ==, b->n_stints);
  g_assert_cmpmem (a->place_stints, a->n_stints * sizeof (guint32),
                   b->place_stints, b->n_stints * sizeof (guint32));
  for (guint s = 0; s < TF_N_SECTORS; s++)
    g_assert_cmpmem (a->lane_places[s], a->n_lane_places[s] * sizeof (guint32),
                     b->lane_places[s], b->n_lane_places[s] * sizeof (guint32));
}

/* The naive baseline differs from the order only in the order. */
static void
test_order_naive_same_careers (void)
{
  g_autoptr(TfDataset) dataset = synthetic (800, 2);
  g_autoptr(TfCareers) optimized = tf_careers_new (dataset);
  g_autoptr(TfCareers) naive = tf_careers_new_naive (dataset);
  gboolean differs = FALSE;

  check_invariants (optimized);
  check_invariants (naive);
  g_assert_cmpuint (optimized->n_paths, ==, naive->n_paths);
  g_assert_cmpuint (optimized->n_stints, ==, naive->n_stints);
  g_assert_cmpuint (optimized->n_transitions, ==, naive->n_transitions);
  g_assert_cmpuint (optimized->n_places, ==, naive->n_places);
  for (guint k = 0; k < optimized->n_stints; k++)
    {
      const TfStint *a = &optimized->stints[k];
      const TfStint *b = &naive->stints[k];

      g_assert_cmpfloat (a->start, ==, b->start);
      g_assert_cmpfloat (a->end, ==, b->end);
      g_assert_cmpuint (a->path, ==, b->path);
      g_assert_cmpuint (a->place, ==, b->place);
      differs |= a->rank != b->rank;
    }
  for (guint p = 0; p < optimized->n_places; p++)
    {
      g_assert_cmpuint (optimized->places[p].peak, ==, naive->places[p].peak);
      differs |= optimized->places[p].lane_position != naive->places[p].lane_position;
    }
  g_assert_true (differs);

  /* Naive: each lane in dataset order. */
  for (guint s = 0; s < TF_N_SECTORS; s++)
    for (guint i = 1; i < naive->n_lane_places[s]; i++)
      g_assert_cmpuint (naive->lane_places[s][i - 1], <, naive->lane_places[s][i]);
}

/* The order makes the paths cross less than the naive baseline. */
static void
test_order_below_naive (void)
{
  static const guint sizes[] = { 100, 300 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(TfDataset) dataset = synthetic (sizes[i], 5);
      g_autoptr(TfCareers) optimized = tf_careers_new (dataset);
      g_autoptr(TfCareers) naive = tf_careers_new_naive (dataset);
      g_autoptr(TfLayout) good = unaggregated_layout (optimized);
      g_autoptr(TfLayout) bad = unaggregated_layout (naive);
      guint64 good_crossings = tf_layout_count_crossings (good);
      guint64 bad_crossings = tf_layout_count_crossings (bad);

      g_test_message ("%u people: %" G_GUINT64_FORMAT " crossings, naive order %" G_GUINT64_FORMAT,
                      sizes[i], good_crossings, bad_crossings);
      g_assert_cmpuint (bad_crossings, >, 0);
      g_assert_cmpuint (good_crossings, <, bad_crossings);
    }
}

static void
test_order_below_naive_seeds (void)
{
  g_autoptr(TfDataset) dataset = tf_test_seeds_new ();
  g_autoptr(TfCareers) optimized = tf_careers_new (dataset);
  g_autoptr(TfCareers) naive = tf_careers_new_naive (dataset);
  g_autoptr(TfLayout) good = unaggregated_layout (optimized);
  g_autoptr(TfLayout) bad = unaggregated_layout (naive);
  guint64 good_crossings = tf_layout_count_crossings (good);
  guint64 bad_crossings = tf_layout_count_crossings (bad);

  check_invariants (optimized);
  g_test_message ("seeds: %" G_GUINT64_FORMAT " crossings, naive order %" G_GUINT64_FORMAT,
                  good_crossings, bad_crossings);
  g_assert_cmpuint (good_crossings, <, bad_crossings);
}

static void
test_empty (void)
{
  g_autoptr(TfDataset) dataset = tf_dataset_new ();
  g_autoptr(TfCareers) careers = tf_careers_new (dataset);
  double first_year = -1, end_year = -1;

  check_invariants (careers);
  g_assert_cmpuint (tf_careers_get_n_paths (careers), ==, 0);
  g_assert_cmpuint (tf_careers_get_n_stints (careers), ==, 0);
  tf_careers_get_extent (careers, &first_year, &end_year);
  g_assert_cmpfloat (first_year, ==, 0);
  g_assert_cmpfloat (end_year, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/careers/stints", test_stints);
  g_test_add_func ("/careers/implied-stint", test_implied_stint);
  g_test_add_func ("/careers/concurrent", test_concurrent);
  g_test_add_func ("/careers/group", test_group);
  g_test_add_func ("/careers/unnamed-places", test_unnamed_places);
  g_test_add_func ("/careers/parents", test_parents);
  g_test_add_func ("/careers/left-out", test_left_out);
  g_test_add_func ("/careers/undated/unplaceable", test_undated_unplaceable);
  g_test_add_func ("/careers/undated/placed", test_undated_placed);
  g_test_add_func ("/careers/reported-by", test_reported_by);
  g_test_add_func ("/careers/order/deterministic", test_order_deterministic);
  g_test_add_func ("/careers/order/naive-same-careers", test_order_naive_same_careers);
  g_test_add_func ("/careers/order/below-naive", test_order_below_naive);
  g_test_add_func ("/careers/order/below-naive/seeds", test_order_below_naive_seeds);
  g_test_add_func ("/careers/empty", test_empty);

  return g_test_run ();
}
