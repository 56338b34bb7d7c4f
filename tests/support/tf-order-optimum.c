/* tf-order-optimum.c: the fewest crossings any order allows, on small
 * datasets (see tf-order-optimum.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-support"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "tf-careers-arrays.h"
#include "tf-order-optimum.h"

/* A pairwise order: places a < b of one lane, or stints a < b of one
 * place that are there at the same time; 1 when a is above b. */
typedef struct
{
  gboolean stints;
  guint32  a;
  guint32  b;
} Var;

/* Literals: a variable (2 * index, plus 1 when negated) or a constant. */
#define LIT_TRUE  (-1)
#define LIT_FALSE (-2)
#define LIT_TIE   (-3)

/* One crossing when the two literals differ. */
typedef struct
{
  gint32 before;
  gint32 after;
} Term;

/* Three variables of one linear order: ab + bc - ac is 0 or 1. */
typedef struct
{
  guint32 ab;
  guint32 bc;
  guint32 ac;
} Triangle;

struct _TfOrderProblem
{
  TfCareers *careers;
  GArray *vars;
  GArray *terms;
  GArray *triangles;
  guint64 constant;
  gint32 *place_var;   /* n_places^2: variable of (a, b), a < b; -1 */
  gint32 *stint_var;   /* n_stints^2 */
};

static gint32
var_between (const gint32 *matrix,
             guint         n,
             guint32       a,
             guint32       b)
{
  gint32 v = matrix[(gsize) MIN (a, b) * n + MAX (a, b)];

  g_assert (v >= 0);
  return 2 * v + (a > b);
}

/* "Stint a is above stint b", as a literal. */
static gint32
above (TfOrderProblem *self,
       guint32         a,
       guint32         b)
{
  TfCareers *careers = self->careers;
  guint32 pa = careers->stints[a].place;
  guint32 pb = careers->stints[b].place;

  if (a == b)
    return LIT_TIE;
  if (pa == pb)
    return var_between (self->stint_var, careers->n_stints, a, b);
  if (careers->places[pa].sector != careers->places[pb].sector)
    return careers->places[pa].sector < careers->places[pb].sector ? LIT_TRUE : LIT_FALSE;
  return var_between (self->place_var, careers->n_places, pa, pb);
}

static void
add_term (TfOrderProblem *self,
          gint32          before,
          gint32          after)
{
  Term term = { before, after };

  if (before == LIT_TIE || after == LIT_TIE)
    return;
  if (before < 0 && after < 0)
    self->constant += before != after;
  else if (before >= 0 && after >= 0 && before / 2 == after / 2)
    self->constant += before != after;
  else
    g_array_append_val (self->terms, term);
}

static guint32
add_var (TfOrderProblem *self,
         gint32         *matrix,
         guint           n,
         gboolean        stints,
         guint32         a,
         guint32         b)
{
  Var var = { stints, a, b };

  matrix[(gsize) a * n + b] = (gint32) self->vars->len;
  g_array_append_val (self->vars, var);
  return self->vars->len - 1;
}

/* Every triple of a group whose three pairs are variables. */
static void
add_triangles (TfOrderProblem *self,
               const gint32   *matrix,
               guint           n,
               const guint32  *members,
               guint           n_members)
{
  for (guint i = 0; i < n_members; i++)
    for (guint j = i + 1; j < n_members; j++)
      for (guint k = j + 1; k < n_members; k++)
        {
          guint32 x = members[i], y = members[j], z = members[k];
          gint32 xy, yz, xz;
          Triangle triangle;

          /* Members are in increasing order: x < y < z. */
          xy = matrix[(gsize) x * n + y];
          yz = matrix[(gsize) y * n + z];
          xz = matrix[(gsize) x * n + z];
          if (xy < 0 || yz < 0 || xz < 0)
            continue;
          triangle.ab = (guint32) xy;
          triangle.bc = (guint32) yz;
          triangle.ac = (guint32) xz;
          g_array_append_val (self->triangles, triangle);
        }
}

static int
compare_u32 (const void *a,
             const void *b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

static int
compare_times (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const TfCareers *careers = data;
  double x = careers->transitions[*(const guint32 *) a].arrive;
  double y = careers->transitions[*(const guint32 *) b].arrive;

  return (x > y) - (x < y);
}

TfOrderProblem *
tf_order_problem_new (TfCareers *careers)
{
  TfOrderProblem *self = g_new0 (TfOrderProblem, 1);
  g_autofree guint32 *order = g_new (guint32, careers->n_transitions + 1);
  g_autofree guint32 *members = g_new (guint32, careers->n_stints + careers->n_places + 1);
  g_autofree guint32 *before = g_new (guint32, careers->n_stints + careers->n_transitions + 1);
  g_autofree guint32 *after = g_new (guint32, careers->n_stints + careers->n_transitions + 1);

  self->careers = tf_careers_ref (careers);
  self->vars = g_array_new (FALSE, FALSE, sizeof (Var));
  self->terms = g_array_new (FALSE, FALSE, sizeof (Term));
  self->triangles = g_array_new (FALSE, FALSE, sizeof (Triangle));
  self->place_var = g_new (gint32, (gsize) careers->n_places * careers->n_places + 1);
  self->stint_var = g_new (gint32, (gsize) careers->n_stints * careers->n_stints + 1);
  memset (self->place_var, 0xff, sizeof (gint32) * careers->n_places * careers->n_places);
  memset (self->stint_var, 0xff, sizeof (gint32) * careers->n_stints * careers->n_stints);

  /* Every pair of places of a lane, every pair of stints of a place that
   * are there at once. */
  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      guint n = careers->n_lane_places[s];

      for (guint i = 0; i < n; i++)
        members[i] = careers->lane_places[s][i];
      qsort (members, n, sizeof (guint32), compare_u32);
      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          add_var (self, self->place_var, careers->n_places, FALSE, members[i], members[j]);
      add_triangles (self, self->place_var, careers->n_places, members, n);
    }
  for (guint p = 0; p < careers->n_places; p++)
    {
      const TfPlace *place = &careers->places[p];
      guint n = place->n_stints;

      for (guint i = 0; i < n; i++)
        members[i] = careers->place_stints[place->first_stint + i];
      qsort (members, n, sizeof (guint32), compare_u32);
      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          {
            const TfStint *x = &careers->stints[members[i]];
            const TfStint *y = &careers->stints[members[j]];

            if (x->start <= y->end && y->start <= x->end)
              add_var (self, self->stint_var, careers->n_stints, TRUE, members[i], members[j]);
          }
      add_triangles (self, self->stint_var, careers->n_stints, members, n);
    }

  /* The events, and the strands across each. */
  for (guint i = 0; i < careers->n_transitions; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) careers->n_transitions, sizeof (guint32), compare_times,
                     careers);
  for (guint i = 0; i < careers->n_transitions;)
    {
      double time = careers->transitions[order[i]].arrive;
      guint n_movers = 0;
      guint n = 0;

      while (i + n_movers < careers->n_transitions
             && careers->transitions[order[i + n_movers]].arrive == time)
        {
          const TfTransition *transition = &careers->transitions[order[i + n_movers]];

          before[n] = transition->from;
          after[n++] = transition->to;
          n_movers++;
        }
      i += n_movers;
      for (guint k = 0; k < careers->n_stints; k++)
        if (careers->stints[k].start < time && careers->stints[k].end > time)
          {
            before[n] = k;
            after[n++] = k;
          }
      for (guint a = 0; a < n_movers; a++)
        for (guint b = a + 1; b < n; b++)
          add_term (self, above (self, before[a], before[b]), above (self, after[a], after[b]));
    }
  return self;
}

void
tf_order_problem_free (TfOrderProblem *self)
{
  if (self == NULL)
    return;
  tf_careers_unref (self->careers);
  g_array_unref (self->vars);
  g_array_unref (self->terms);
  g_array_unref (self->triangles);
  g_free (self->place_var);
  g_free (self->stint_var);
  g_free (self);
}

static gboolean
literal_value (gint32        literal,
               const guint8 *values)
{
  if (literal == LIT_TRUE)
    return TRUE;
  if (literal == LIT_FALSE)
    return FALSE;
  return values[literal / 2] ^ (literal & 1);
}

static guint64
evaluate (TfOrderProblem *self,
          const guint8   *values)
{
  guint64 count = self->constant;

  for (guint i = 0; i < self->terms->len; i++)
    {
      const Term *term = &g_array_index (self->terms, Term, i);

      count += literal_value (term->before, values) != literal_value (term->after, values);
    }
  return count;
}

/* The variables' values in the careers' order. */
static void
current_values (TfOrderProblem *self,
                guint8         *values)
{
  TfCareers *careers = self->careers;

  for (guint v = 0; v < self->vars->len; v++)
    {
      const Var *var = &g_array_index (self->vars, Var, v);

      values[v] = var->stints ? careers->stints[var->a].rank < careers->stints[var->b].rank
                              : careers->places[var->a].lane_position
                                  < careers->places[var->b].lane_position;
    }
}

guint64
tf_order_problem_count (TfOrderProblem *self)
{
  g_autofree guint8 *values = g_new (guint8, self->vars->len + 1);

  current_values (self, values);
  return evaluate (self, values);
}

/* Orders members (places of a lane or stints of a place, in their present
 * order) by the variables: whatever is above comes first, and members no
 * variable orders keep their present order. */
static void
order_members (TfOrderProblem *self,
               const gint32   *matrix,
               guint           n,
               const guint8   *values,
               guint32        *members,
               guint           n_members)
{
  g_autofree guint32 *result = g_new (guint32, n_members + 1);
  g_autofree guint8 *taken = g_new0 (guint8, n_members + 1);

  for (guint k = 0; k < n_members; k++)
    {
      /* The first member not yet taken that nothing untaken must precede. */
      for (guint i = 0; i < n_members; i++)
        {
          gboolean ready = !taken[i];

          for (guint j = 0; ready && j < n_members; j++)
            {
              gint32 v;

              if (taken[j] || j == i)
                continue;
              v = matrix[(gsize) MIN (members[i], members[j]) * n + MAX (members[i], members[j])];
              if (v >= 0 && values[v] == (members[j] < members[i]))
                ready = FALSE;
            }
          if (ready)
            {
              result[k] = members[i];
              taken[i] = TRUE;
              break;
            }
        }
    }
  memcpy (members, result, n_members * sizeof (guint32));
}

/* The careers take the order the variables say. */
static void
install (TfOrderProblem *self,
         const guint8   *values)
{
  TfCareers *careers = self->careers;

  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      order_members (self, self->place_var, careers->n_places, values, careers->lane_places[s],
                     careers->n_lane_places[s]);
      for (guint i = 0; i < careers->n_lane_places[s]; i++)
        careers->places[careers->lane_places[s][i]].lane_position = i;
    }
  for (guint p = 0; p < careers->n_places; p++)
    {
      const TfPlace *place = &careers->places[p];
      guint32 *stints = &careers->place_stints[place->first_stint];

      order_members (self, self->stint_var, careers->n_stints, values, stints, place->n_stints);
      for (guint i = 0; i < place->n_stints; i++)
        careers->stints[stints[i]].rank = i;
    }
  g_assert (evaluate (self, values) == tf_order_problem_count (self));
}

/* ---- trying every order ---- */

typedef struct
{
  guint32 *members;   /* permuted in place */
  guint    n;
  gboolean stints;
} Group;

typedef struct
{
  TfOrderProblem *problem;
  Group *groups;
  guint n_groups;
  guint32 *position;   /* per place, then per stint: where in its group */
  guint8 *values;
  guint8 *best_values;
  guint64 best;
} Search;

static void
search_leaf (Search *search)
{
  TfOrderProblem *self = search->problem;
  guint n_places = self->careers->n_places;
  guint64 count;

  for (guint v = 0; v < self->vars->len; v++)
    {
      const Var *var = &g_array_index (self->vars, Var, v);
      guint offset = var->stints ? n_places : 0;

      search->values[v] = search->position[offset + var->a] < search->position[offset + var->b];
    }
  count = evaluate (self, search->values);
  if (count < search->best)
    {
      search->best = count;
      memcpy (search->best_values, search->values, self->vars->len);
    }
}

/* Every permutation of group g and of those after it, by swaps. */
static void
search_group (Search *search,
              guint   g,
              guint   k)
{
  Group *group;
  guint offset;

  if (g == search->n_groups)
    {
      search_leaf (search);
      return;
    }
  group = &search->groups[g];
  offset = group->stints ? search->problem->careers->n_places : 0;
  if (k + 1 >= group->n)
    {
      for (guint i = 0; i < group->n; i++)
        search->position[offset + group->members[i]] = i;
      search_group (search, g + 1, 0);
      return;
    }
  for (guint i = k; i < group->n; i++)
    {
      guint32 tmp = group->members[k];

      group->members[k] = group->members[i];
      group->members[i] = tmp;
      search_group (search, g, k + 1);
      group->members[i] = group->members[k];
      group->members[k] = tmp;
    }
}

gboolean
tf_order_problem_exhaustive (TfOrderProblem *self,
                             guint64         max_orders,
                             gboolean        install_best,
                             guint64        *minimum)
{
  TfCareers *careers = self->careers;
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (Group));
  g_autofree guint8 *in_var = g_new0 (guint8, careers->n_stints + 1);
  Search search = { 0 };
  double n_orders = 1;

  /* Stints in no variable can go anywhere: only the others are tried. */
  for (guint v = 0; v < self->vars->len; v++)
    {
      const Var *var = &g_array_index (self->vars, Var, v);

      if (var->stints)
        in_var[var->a] = in_var[var->b] = TRUE;
    }
  for (guint s = 0; s < TF_N_SECTORS; s++)
    if (careers->n_lane_places[s] > 1)
      {
        Group group = { g_memdup2 (careers->lane_places[s],
                                   sizeof (guint32) * careers->n_lane_places[s]),
                        careers->n_lane_places[s], FALSE };

        g_array_append_val (groups, group);
      }
  for (guint p = 0; p < careers->n_places; p++)
    {
      const TfPlace *place = &careers->places[p];
      Group group = { g_new (guint32, place->n_stints + 1), 0, TRUE };

      for (guint i = 0; i < place->n_stints; i++)
        if (in_var[careers->place_stints[place->first_stint + i]])
          group.members[group.n++] = careers->place_stints[place->first_stint + i];
      if (group.n > 1)
        g_array_append_val (groups, group);
      else
        g_free (group.members);
    }
  for (guint g = 0; g < groups->len; g++)
    for (guint i = 2; i <= g_array_index (groups, Group, g).n; i++)
      n_orders *= i;

  if (n_orders <= (double) max_orders)
    {
      search.problem = self;
      search.groups = (Group *) (gpointer) groups->data;
      search.n_groups = groups->len;
      search.position = g_new0 (guint32, careers->n_places + careers->n_stints + 1);
      search.values = g_new (guint8, self->vars->len + 1);
      search.best_values = g_new (guint8, self->vars->len + 1);
      search.best = G_MAXUINT64;
      current_values (self, search.values);
      memcpy (search.best_values, search.values, self->vars->len);
      search_group (&search, 0, 0);
      *minimum = search.best;
      if (install_best)
        install (self, search.best_values);
      g_free (search.position);
      g_free (search.values);
      g_free (search.best_values);
    }
  for (guint g = 0; g < groups->len; g++)
    g_free (g_array_index (groups, Group, g).members);
  return n_orders <= (double) max_orders;
}

/* ---- glpsol ---- */

/* " + x3" or " - x3", and the constant the literal adds, times sign. */
static void
write_literal (GString *out,
               gint32   literal,
               int      sign,
               int     *constant)
{
  if (literal < 0)
    {
      *constant += sign * (literal == LIT_TRUE);
      return;
    }
  if (literal & 1)
    {
      /* 1 - x */
      *constant += sign;
      sign = -sign;
    }
  g_string_append_printf (out, " %c x%d", sign > 0 ? '+' : '-', literal / 2);
}

static char *
lp_text (TfOrderProblem *self)
{
  GString *out = g_string_new ("\\ Crossings of an order: see tf-order-optimum.h\nMinimize\n obj:");

  for (guint k = 0; k < self->terms->len; k++)
    g_string_append_printf (out, "%s c%u", k > 0 ? " +" : "", k);
  g_string_append (out, "\nSubject To\n");
  /* c >= |before - after|, as two rows; literals in 0/1 form. */
  for (guint k = 0; k < self->terms->len; k++)
    {
      const Term *term = &g_array_index (self->terms, Term, k);

      for (int side = 0; side < 2; side++)
        {
          int constant = 0;
          int sign = side == 0 ? 1 : -1;

          g_string_append_printf (out, " t%u_%d: c%u", k, side, k);
          write_literal (out, term->before, -sign, &constant);
          write_literal (out, term->after, sign, &constant);
          g_string_append_printf (out, " >= %d\n", -constant);
        }
    }
  for (guint k = 0; k < self->triangles->len; k++)
    {
      const Triangle *t = &g_array_index (self->triangles, Triangle, k);

      g_string_append_printf (out, " u%u: x%u + x%u - x%u <= 1\n", k, t->ab, t->bc, t->ac);
      g_string_append_printf (out, " l%u: x%u + x%u - x%u >= 0\n", k, t->ab, t->bc, t->ac);
    }
  g_string_append (out, "Binaries\n");
  for (guint v = 0; v < self->vars->len; v++)
    g_string_append_printf (out, " x%u\n", v);
  g_string_append (out, "End\n");
  return g_string_free (out, FALSE);
}

/* Reads glpsol's -o report: status, objective and the variables. */
static gboolean
read_report (TfOrderProblem *self,
             const char     *text,
             guint64        *objective,
             gboolean       *proven,
             guint8         *values,
             GError        **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean have_objective = FALSE;
  gboolean feasible = FALSE;
  gboolean columns = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *at;

      if (g_str_has_prefix (line, "Status:"))
        {
          *proven = strstr (line, "INTEGER OPTIMAL") != NULL;
          feasible = *proven || strstr (line, "INTEGER NON-OPTIMAL") != NULL;
        }
      else if (g_str_has_prefix (line, "Objective:") && (at = strchr (line, '=')) != NULL)
        {
          *objective = (guint64) (g_ascii_strtod (at + 1, NULL) + 0.5);
          have_objective = TRUE;
        }
      else if (strstr (line, "Column name") != NULL)
        columns = TRUE;
      else if (columns)
        {
          g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
          guint n = 0;
          const char *field[4];

          for (guint f = 0; fields[f] != NULL && n < 4; f++)
            if (fields[f][0] != '\0' && strcmp (fields[f], "*") != 0)
              field[n++] = fields[f];
          if (n >= 3 && field[1][0] == 'x')
            {
              guint v = (guint) strtoul (field[1] + 1, NULL, 10);

              if (v < self->vars->len)
                values[v] = g_ascii_strtod (field[2], NULL) > 0.5;
            }
        }
    }
  if (!feasible || !have_objective)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "glpsol found no order");
      return FALSE;
    }
  return TRUE;
}

gboolean
tf_order_problem_solve (TfOrderProblem *self,
                        const char     *dir,
                        guint           time_limit,
                        gboolean        install_best,
                        guint64        *minimum,
                        gboolean       *proven,
                        GError        **error)
{
  g_autofree char *lp_path = g_build_filename (dir, "order.lp", NULL);
  g_autofree char *report_path = g_build_filename (dir, "order.out", NULL);
  g_autofree char *lp = NULL;
  g_autofree char *report = NULL;
  g_autofree char *limit = g_strdup_printf ("%u", time_limit);
  g_autofree guint8 *values = g_new0 (guint8, self->vars->len + 1);
  const char *argv[] = { "glpsol", "--lp", lp_path, "-o", report_path, "--tmlim", limit, NULL };
  guint64 objective = 0;
  int status = 0;

  *proven = TRUE;
  if (self->terms->len == 0)
    {
      *minimum = self->constant;
      return TRUE;
    }
  lp = lp_text (self);
  if (!g_file_set_contents (lp_path, lp, -1, error))
    return FALSE;
  g_unlink (report_path);
  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (status, error))
    return FALSE;
  if (!g_file_get_contents (report_path, &report, NULL, error))
    return FALSE;
  if (!read_report (self, report, &objective, proven, values, error))
    return FALSE;
  *minimum = objective + self->constant;
  g_assert (evaluate (self, values) == *minimum);
  if (install_best)
    install (self, values);
  return TRUE;
}
