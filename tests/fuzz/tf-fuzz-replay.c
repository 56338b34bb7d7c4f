/* tf-fuzz-replay.c: the main () of a fuzz target in builds without
 * libFuzzer. It runs the target once on each file named on the command
 * line or, without any, on each file of its seed corpus: TF_FUZZ_SEEDS,
 * globs from G_TEST_SRCDIR (see tests/fuzz/meson.build), and on each line
 * of a .jsonl file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-fuzz-replay"

#include "config.h"

#include <glob.h>
#include <string.h>

#include "tf-fuzz.h"

/* A pattern that matches nothing is a mistake in the list of targets. */
static void
add_seeds (GPtrArray *paths)
{
  const char *source_dir = g_getenv ("G_TEST_SRCDIR");
  const char *seeds = g_getenv ("TF_FUZZ_SEEDS");
  g_auto(GStrv) patterns = NULL;

  if (source_dir == NULL || seeds == NULL)
    g_error ("Give files to run, or set G_TEST_SRCDIR and TF_FUZZ_SEEDS");
  patterns = g_strsplit_set (seeds, " \t", -1);
  for (guint i = 0; patterns[i] != NULL; i++)
    {
      g_autofree char *pattern = NULL;
      glob_t matches;

      if (*patterns[i] == '\0')
        continue;
      pattern = g_build_filename (source_dir, patterns[i], NULL);
      if (glob (pattern, 0, NULL, &matches) != 0)
        g_error ("No seed matches %s", pattern);
      for (gsize j = 0; j < matches.gl_pathc; j++)
        g_ptr_array_add (paths, g_strdup (matches.gl_pathv[j]));
      globfree (&matches);
    }
}

static void
run_bytes (const char *contents,
           gsize       len)
{
  static const uint8_t empty[1];
  /* Exactly as long as the input, as libFuzzer passes it, so that
   * AddressSanitizer sees a read past the end. */
  g_autofree uint8_t *data = g_memdup2 (contents, len);

  LLVMFuzzerTestOneInput (data != NULL ? data : empty, len);
}

/* The file, and each line of a JSON Lines file on its own, as
 * build-aux/fuzz seeds them. Returns the number of inputs run. */
static guint
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  guint n = 1;

  if (!g_file_get_contents (path, &contents, &len, &error))
    g_error ("%s", error->message);
  run_bytes (contents, len);
  if (!g_str_has_suffix (path, ".jsonl"))
    return n;
  for (const char *p = contents, *end = contents + len; p < end;)
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));
      const char *next = newline != NULL ? newline + 1 : end;

      run_bytes (p, (gsize) (next - p));
      n++;
      p = next;
    }
  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = g_path_get_basename (argv[0]);
  guint n_inputs = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (paths, g_strdup (argv[i]));
  if (paths->len == 0)
    add_seeds (paths);

  for (guint i = 0; i < paths->len; i++)
    n_inputs += run_file (g_ptr_array_index (paths, i));
  g_print ("%s: %u inputs, no finding\n", name, n_inputs);
  return 0;
}
