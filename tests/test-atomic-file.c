/* test-atomic-file.c: replacing files through temporary files: links,
 * permissions, refusals, cancels, long names, and which temporary files
 * a save clears up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tf-atomic-file.h"

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-atomic-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The names in a directory, sorted and joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_file_is (const char *path,
                const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
write_string (const char *path,
              const char *contents)
{
  g_autoptr(GBytes) bytes = g_bytes_new (contents, strlen (contents));
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_atomic_file_write (path, bytes, NULL, &error));
  g_assert_no_error (error);
}

static void
test_replace (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.talentflow", NULL);
  g_autofree char *link = g_build_filename (dir, "link.talentflow", NULL);
  g_autofree char *listing = NULL;
  GStatBuf st;

  write_string (path, "one");
  assert_file_is (path, "one");

  /* Permissions are kept. */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  write_string (path, "two");
  assert_file_is (path, "two");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  /* Through a symbolic link, which stays a link. */
  g_assert_cmpint (symlink ("a.talentflow", link), ==, 0);
  write_string (link, "three");
  assert_file_is (path, "three");
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "a.talentflow link.talentflow");
  remove_dir (dir);
}

static void
test_refuse (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.talentflow", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "b.talentflow", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new", 3);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  write_string (path, "old");

  /* A directory. */
  g_assert_false (tf_atomic_file_write (dir, bytes, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  /* A missing folder: the message names the file asked for. */
  g_assert_false (tf_atomic_file_write (missing, bytes, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* Cancelled. */
  g_cancellable_cancel (cancellable);
  g_assert_false (tf_atomic_file_write (path, bytes, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Read-only (root may write anything). */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      g_assert_false (tf_atomic_file_write (path, bytes, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
    }

  assert_file_is (path, "old");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "a.talentflow");
  remove_dir (dir);
}

/* A name as long as a file system takes still has room for temporary
 * files, each its own. */
static void
test_long_name (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *name_a = g_strnfill (255, 'a');
  g_autofree char *name_b = g_strnfill (255, 'a');
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *expected = NULL;

  name_b[254] = 'b';
  path_a = g_build_filename (dir, name_a, NULL);
  path_b = g_build_filename (dir, name_b, NULL);
  write_string (path_a, "a");
  write_string (path_b, "b");
  assert_file_is (path_a, "a");
  assert_file_is (path_b, "b");

  listing = list_dir (dir);
  expected = g_strconcat (name_a, " ", name_b, NULL);
  g_assert_cmpstr (listing, ==, expected);
  remove_dir (dir);
}

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "left", -1, NULL));
}

/* What killed saves of the same file left is removed; what looks alike
 * but is not, or is still being written, is kept. */
static void
test_stale_temporaries (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.talentflow", NULL);
  g_autofree char *busy = g_build_filename (dir, ".a.talentflow.tf-tmp-Busy42", NULL);
  g_autofree char *listing = NULL;
  int fd;

  touch (dir, ".a.talentflow.tf-tmp-abC123");
  touch (dir, ".a.talentflow.tf-tmp-XYZ789");
  touch (dir, ".a.talentflow.tf-tmp-abc12");
  touch (dir, ".a.talentflow.tf-tmp-abc1234");
  touch (dir, ".a.talentflow.tf-tmp-ab_123");
  touch (dir, "a.talentflow.tf-tmp-abc123");
  touch (dir, ".b.talentflow.tf-tmp-abc123");
  touch (dir, ".a.talentflow.abc123");
  touch (dir, ".a.talentflow.tf-tmp-Busy42");

  /* A save in progress holds the lock on its temporary file. */
  fd = g_open (busy, O_RDONLY | O_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);

  write_string (path, "new");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==,
                   ".a.talentflow.abc123"
                   " .a.talentflow.tf-tmp-Busy42"
                   " .a.talentflow.tf-tmp-ab_123"
                   " .a.talentflow.tf-tmp-abc12"
                   " .a.talentflow.tf-tmp-abc1234"
                   " .b.talentflow.tf-tmp-abc123"
                   " a.talentflow"
                   " a.talentflow.tf-tmp-abc123");

  /* Once its writer is gone, it is stale too. */
  close (fd);
  write_string (path, "newer");
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==,
                   ".a.talentflow.abc123"
                   " .a.talentflow.tf-tmp-ab_123"
                   " .a.talentflow.tf-tmp-abc12"
                   " .a.talentflow.tf-tmp-abc1234"
                   " .b.talentflow.tf-tmp-abc123"
                   " a.talentflow"
                   " a.talentflow.tf-tmp-abc123");
  assert_file_is (path, "newer");
  remove_dir (dir);
}

/* Saves of one file from several threads: each either lands or fails
 * cleanly, none removes another's temporary file, and none is left. */
static gpointer
write_many (gpointer data)
{
  const char *path = data;
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_strnfill (256 * 1024, 'x'), 256 * 1024);

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!tf_atomic_file_write (path, bytes, NULL, &error))
        return g_steal_pointer (&error);
    }
  return NULL;
}

static void
test_concurrent (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.talentflow", NULL);
  g_autofree char *listing = NULL;
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("write", write_many, path);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(GError) error = g_thread_join (threads[i]);

      g_assert_no_error (error);
    }

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "a.talentflow");
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atomic-file/replace", test_replace);
  g_test_add_func ("/atomic-file/refuse", test_refuse);
  g_test_add_func ("/atomic-file/long-name", test_long_name);
  g_test_add_func ("/atomic-file/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/atomic-file/concurrent", test_concurrent);

  return g_test_run ();
}
