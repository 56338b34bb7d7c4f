/* test-save-kill.c: a save killed at any moment leaves the old file or
 * the new one, whole and loadable, and the next save clears what it left
 * behind.
 *
 * Each child process only saves and calls _exit (): after a fork only the
 * forking thread lives on, so the child must not wait on anything another
 * thread may have held (the test framework, the main loop, atexit
 * handlers, LeakSanitizer's check at exit).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-save-kill"

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tf-atomic-file.h"
#include "tf-dataset-file.h"
#include "tf-synthetic.h"

#define N_PEOPLE   10000
#define N_KILLS    100
#define N_EXTRA_KILLS 100
#define N_MEASURES 3
#define POLL_US    200
#define BASENAME   "killed.talentflow"
/* Kills fall up to this much past the measured save, so that some saves
 * finish and the file is new. */
#define DELAY_SPREAD 1.3

typedef struct
{
  char      *dir;
  char      *path;
  GFile     *file;
  TfDataset *new_dataset;
  GBytes    *old_bytes;
  GBytes    *new_bytes;
} Fixture;

static TfDataset *
new_synthetic (guint   n_people,
               guint64 seed)
{
  TfSyntheticOptions options;

  tf_synthetic_options_init (&options, n_people, seed);
  return tf_synthetic_dataset_new (&options);
}

static GBytes *
save_bytes (TfDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = tf_dataset_file_save_bytes (dataset, &error);

  g_assert_no_error (error);
  return bytes;
}

/* Starts a child that saves the new dataset over the file. */
static pid_t
fork_save (Fixture *fixture)
{
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (tf_dataset_file_save (fixture->new_dataset, fixture->file, NULL, NULL) ? 0 : 1);
  return pid;
}

/* Adds the names of the files beside the dataset to seen, if not NULL,
 * and returns how many there are: a killed save's temporaries, as nothing
 * else is written in the directory. */
static guint
find_others (const char *path,
             GHashTable *seen)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strcmp (name, BASENAME) != 0)
      {
        if (seen != NULL)
          g_hash_table_add (seen, g_strdup (name));
        n++;
      }
  return n;
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Loading takes longer than saving, and files that are the same bytes
 * load the same, so each of the two is loaded the first time it is met.
 * In a child too: the memory a load frees would otherwise be copied by
 * every later child that touches it, and with MALLOC_PERTURB_, which
 * meson sets, each of them touches all of it. */
static void
assert_loads (GFile    *file,
              gboolean *loaded_before)
{
  pid_t pid;
  int status;

  if (*loaded_before)
    return;
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      GError *error = NULL;
      TfDataset *loaded = tf_dataset_file_load (file, NULL, &error);

      if (loaded == NULL)
        {
          /* write (), unlike stdio, takes no lock. */
          (void) !write (STDERR_FILENO, error->message, strlen (error->message));
          _exit (1);
        }
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  *loaded_before = TRUE;
}

static void
reset_to_old (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_atomic_file_write (fixture->path, fixture->old_bytes, NULL, &error));
  g_assert_no_error (error);
}

/* What a save changes on disk first: a file beside the dataset (the
 * temporary file), or the dataset itself (a writer that writes in place). */
typedef struct
{
  guint    n_others;
  gboolean exists;
  GStatBuf st;
} DiskState;

static void
disk_state_init (DiskState  *state,
                 const char *dir,
                 const char *path)
{
  state->n_others = find_others (dir, NULL);
  state->exists = g_stat (path, &state->st) == 0;
}

static gboolean
disk_state_equal (const DiskState *a,
                  const DiskState *b)
{
  return a->n_others == b->n_others && a->exists == b->exists
         && (!a->exists
             || (a->st.st_ino == b->st.st_ino && a->st.st_size == b->st.st_size
                 && a->st.st_mtim.tv_sec == b->st.st_mtim.tv_sec
                 && a->st.st_mtim.tv_nsec == b->st.st_mtim.tv_nsec));
}

typedef enum
{
  KILL_NEVER,
  KILL_AFTER_FORK,
  KILL_AFTER_TOUCH,   /* after the save first changed the disk */
} KillFrom;

typedef struct
{
  gint64 touched;  /* µs from the fork to the first change on disk, or -1 */
  gint64 ended;    /* µs from the fork to the end of a save that finished, or -1 */
  gboolean killed;
} SaveRun;

/* Runs a save in a child and kills it delay µs after from, unless it
 * finished first. The parent polls, so that it sees when the disk first
 * changes, and a save that finishes early keeps nobody waiting. */
static void
run_save (Fixture  *fixture,
          KillFrom  from,
          gint64    delay,
          SaveRun  *run)
{
  DiskState before;
  DiskState now;
  gint64 start;
  pid_t pid;
  pid_t done;
  int status;

  disk_state_init (&before, fixture->dir, fixture->path);
  run->touched = run->ended = -1;
  run->killed = FALSE;
  start = g_get_monotonic_time ();
  pid = fork_save (fixture);

  for (;;)
    {
      gint64 elapsed;
      gint64 origin = from == KILL_AFTER_FORK ? 0 : run->touched;

      done = waitpid (pid, &status, WNOHANG);
      elapsed = g_get_monotonic_time () - start;
      g_assert_cmpint (done, !=, -1);
      if (done == pid)
        {
          run->ended = elapsed;
          break;
        }
      if (run->touched < 0)
        {
          disk_state_init (&now, fixture->dir, fixture->path);
          if (!disk_state_equal (&before, &now))
            run->touched = elapsed;
        }
      if (from != KILL_NEVER && origin >= 0 && elapsed >= origin + delay)
        {
          kill (pid, SIGKILL);
          g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
          run->killed = TRUE;
          break;
        }
      g_usleep (POLL_US);
    }

  /* A save the kill came too late for has finished, and succeeded. */
  if (WIFSIGNALED (status))
    {
      g_assert_true (run->killed);
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
    }
  else
    {
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      run->killed = FALSE;
    }
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 time_a = *(const gint64 *) a;
  gint64 time_b = *(const gint64 *) b;

  return (time_a > time_b) - (time_a < time_b);
}

static gint64
median (gint64 times[N_MEASURES])
{
  qsort (times, N_MEASURES, sizeof times[0], compare_times);
  return times[N_MEASURES / 2];
}

typedef struct
{
  guint n_old;
  guint n_new;
  guint n_finished;
  guint n_while_writing;
  guint most_temporaries;
  gboolean old_loaded;
  gboolean new_loaded;
  GHashTable *temporaries;
} KillCounts;

/* One save killed delay µs after from: the file is whole, old or new,
 * never anything in between, and it loads. Then back to old, so that the
 * next kill tells which it left, if reset. */
static void
kill_and_check (Fixture    *fixture,
                KillCounts *counts,
                guint       i,
                KillFrom    from,
                gint64      delay,
                gboolean    reset)
{
  g_autoptr(GBytes) contents = NULL;
  SaveRun run;

  run_save (fixture, from, delay, &run);
  counts->n_finished += !run.killed;
  counts->n_while_writing += run.killed && run.touched >= 0;

  contents = read_file (fixture->path);
  if (g_bytes_equal (contents, fixture->old_bytes))
    {
      g_assert_true (run.killed);
      assert_loads (fixture->file, &counts->old_loaded);
      counts->n_old++;
    }
  else if (g_bytes_equal (contents, fixture->new_bytes))
    {
      assert_loads (fixture->file, &counts->new_loaded);
      counts->n_new++;
    }
  else
    g_error ("kill %u, %.1f ms after the %s, left %zu bytes, neither the old %zu nor the new %zu",
             i, (double) delay / 1000, from == KILL_AFTER_TOUCH ? "first change on disk" : "fork",
             g_bytes_get_size (contents),
             g_bytes_get_size (fixture->old_bytes), g_bytes_get_size (fixture->new_bytes));

  /* Left for the next save to clear. */
  counts->most_temporaries = MAX (counts->most_temporaries,
                                  find_others (fixture->dir, counts->temporaries));

  if (reset && g_bytes_equal (contents, fixture->new_bytes))
    reset_to_old (fixture);
}

static void
test_save_kill (void)
{
  g_autoptr(TfDataset) old_dataset = new_synthetic (N_PEOPLE, 1);
  g_autoptr(TfDataset) new_dataset = new_synthetic (N_PEOPLE + N_PEOPLE / 10, 2);
  g_autoptr(GHashTable) temporaries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KillCounts counts = { 0 };
  g_autoptr(GBytes) final_contents = NULL;
  g_autoptr(GError) error = NULL;
  Fixture fixture = { 0 };
  gint64 durations[N_MEASURES];
  gint64 writings[N_MEASURES];
  gint64 duration;
  gint64 writing;

  counts.temporaries = temporaries;
  fixture.dir = g_dir_make_tmp ("test-save-kill-XXXXXX", &error);
  g_assert_no_error (error);
  fixture.path = g_build_filename (fixture.dir, BASENAME, NULL);
  fixture.file = g_file_new_for_path (fixture.path);
  fixture.new_dataset = new_dataset;
  fixture.old_bytes = save_bytes (old_dataset);
  fixture.new_bytes = save_bytes (new_dataset);
  g_assert_false (g_bytes_equal (fixture.old_bytes, fixture.new_bytes));

  g_assert_true (tf_dataset_file_save (old_dataset, fixture.file, NULL, &error));
  g_assert_no_error (error);

  /* A save as the kills see it, from the fork to the child's end, and
   * from its first change on disk to the end: the median of a few, as a
   * busy machine or disk now and then takes much longer. */
  for (guint i = 0; i < N_MEASURES; i++)
    {
      SaveRun run;

      run_save (&fixture, KILL_NEVER, 0, &run);
      g_assert_cmpint (run.touched, >=, 0);
      g_test_message ("a save takes %.1f ms, the last %.1f ms on disk",
                      (double) run.ended / 1000, (double) (run.ended - run.touched) / 1000);
      durations[i] = run.ended;
      writings[i] = run.ended - run.touched;
    }
  duration = median (durations);
  writing = median (writings);
  g_test_message ("%zu bytes old, %zu new", g_bytes_get_size (fixture.old_bytes),
                  g_bytes_get_size (fixture.new_bytes));
  reset_to_old (&fixture);

  for (guint i = 0; i < N_KILLS; i++)
    {
      gboolean on_disk = i % 2 == 1;
      gint64 delay;

      /* Half the kills anywhere in a save or a little after it; half
       * once it has changed the disk, as the file is written, synced and
       * renamed, a few milliseconds of a save that is mostly making XML. */
      delay = (gint64) g_test_rand_double_range (0, (on_disk ? writing : duration) * DELAY_SPREAD);
      kill_and_check (&fixture, &counts, i, on_disk ? KILL_AFTER_TOUCH : KILL_AFTER_FORK, delay,
                      /* Every fourth time the save goes over a file that
                       * is new already. */
                      i % 4 != 3);
    }
  /* On a machine busy enough that this process never saw a save's file
   * before the save ended, kill at the first sight of it, a few more times. */
  for (guint i = 0; counts.n_while_writing == 0 && i < N_EXTRA_KILLS; i++)
    kill_and_check (&fixture, &counts, N_KILLS + i, KILL_AFTER_TOUCH, 0, TRUE);

  g_test_message ("%u kills: %u left the old file, %u the new; %u saves finished first, "
                  "%u were killed while writing; %u temporary files found before cleanup, "
                  "at most %u at once",
                  counts.n_old + counts.n_new, counts.n_old, counts.n_new, counts.n_finished,
                  counts.n_while_writing, g_hash_table_size (temporaries),
                  counts.most_temporaries);
  /* Otherwise no kill fell inside a save, and nothing was tested. */
  g_assert_cmpuint (counts.n_old, >, 0);
  g_assert_cmpuint (counts.n_while_writing, >, 0);

  /* A save that finishes leaves nothing else behind. */
  g_assert_true (tf_dataset_file_save (new_dataset, fixture.file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find_others (fixture.dir, NULL), ==, 0);
  final_contents = read_file (fixture.path);
  g_assert_true (g_bytes_equal (final_contents, fixture.new_bytes));
  counts.new_loaded = FALSE;
  assert_loads (fixture.file, &counts.new_loaded);

  g_assert_cmpint (g_unlink (fixture.path), ==, 0);
  g_assert_cmpint (g_rmdir (fixture.dir), ==, 0);
  g_bytes_unref (fixture.old_bytes);
  g_bytes_unref (fixture.new_bytes);
  g_object_unref (fixture.file);
  g_free (fixture.path);
  g_free (fixture.dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save-kill/old-or-new", test_save_kill);

  return g_test_run ();
}
