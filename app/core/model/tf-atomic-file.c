/* tf-atomic-file.c: writing a file through a temporary file beside it,
 * synced and renamed over it, so that the file is always whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tf-atomic-file.h"

#define TEMPORARY_INFIX ".tf-tmp-"
/* The "XXXXXX" that g_mkstemp_full () fills with letters and digits. */
#define RANDOM_LENGTH   6
/* The longest file name most file systems take (NAME_MAX). */
#define MAX_NAME        255
/* Large files are written in pieces, so that a cancel is heard early. */
#define WRITE_CHUNK     (1024 * 1024)
/* Creating a temporary file only fails again if a cleaner keeps winning. */
#define MAX_ATTEMPTS    16

static void
set_error (GError     **error,
           const char  *path,
           int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: a file name, then why it could not be written. */
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
}

/* What every temporary file of the file called basename starts with. A
 * name too long to take the suffix is cut, and a hash of the whole name
 * added, so that two long names still have temporaries of their own. */
static char *
dup_temporary_prefix (const char *basename)
{
  gsize max = MAX_NAME - strlen (".") - strlen (TEMPORARY_INFIX) - RANDOM_LENGTH;

  if (strlen (basename) <= max)
    return g_strconcat (".", basename, TEMPORARY_INFIX, NULL);
  return g_strdup_printf (".%.*s~%08x" TEMPORARY_INFIX,
                          (int) (max - 9), basename, g_str_hash (basename));
}

static gboolean
is_temporary (const char *prefix,
              const char *name)
{
  gsize prefix_length = strlen (prefix);

  if (strncmp (name, prefix, prefix_length) != 0 || strlen (name) != prefix_length + RANDOM_LENGTH)
    return FALSE;
  for (const char *p = name + prefix_length; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/* Creates a temporary file and locks it until it is renamed or removed:
 * the lock tells remove_stale_temporaries () that its writer is alive.
 * flock (), as fcntl () locks belong to the process and a save in another
 * thread must see them too. Returns -1 and sets errno on failure. */
static int
open_temporary (const char  *directory,
                const char  *prefix,
                int          mode,
                char       **out_path)
{
  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      g_autofree char *path = g_strconcat (directory, G_DIR_SEPARATOR_S, prefix, "XXXXXX", NULL);
      struct stat st;
      int fd;

      fd = g_mkstemp_full (path, O_WRONLY | O_CLOEXEC, mode);
      if (fd < 0)
        return -1;

      /* Where there are no locks the write is still atomic; only a save
       * of the same file at the same time could then remove this one. */
      while (flock (fd, LOCK_EX) != 0 && errno == EINTR)
        continue;

      /* Another save took it for stale before it was locked. */
      if (fstat (fd, &st) == 0 && st.st_nlink == 0)
        {
          close (fd);
          continue;
        }

      *out_path = g_steal_pointer (&path);
      return fd;
    }

  errno = EEXIST;
  return -1;
}

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          length,
           GCancellable  *cancellable)
{
  while (length > 0)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          errno = ECANCELED;
          return FALSE;
        }
      n = write (fd, data, MIN (length, WRITE_CHUNK));
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* The rename is durable only once the directory is: until then a crash
 * could bring the old file back, or leave none. Returns 0 or an errno. */
static int
sync_directory (const char *directory)
{
  int fd = g_open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int result = 0;

  /* A directory that may be written but not read cannot be opened; the
   * file system then writes the rename in its own time. */
  if (fd < 0)
    return 0;
  /* Some file systems cannot sync a directory, and say so. */
  if (fsync (fd) != 0 && errno != EINVAL && errno != ENOTSUP)
    result = errno;
  close (fd);
  return result;
}

/* Removes the temporary files of the same target that writers killed
 * halfway left behind. A file is taken only if its lock can be had, so a
 * save still being written, in this process or another, keeps its own;
 * and only if the name still leads to the file that was locked. */
static void
remove_stale_temporaries (const char *directory,
                          const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat locked;
      GStatBuf named;
      int fd;

      if (!is_temporary (prefix, name))
        continue;
      path = g_build_filename (directory, name, NULL);
      /* Not through a link, and not waiting on a FIFO. */
      fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);
      if (fd < 0)
        continue;
      if (fstat (fd, &locked) == 0 && S_ISREG (locked.st_mode)
          && flock (fd, LOCK_EX | LOCK_NB) == 0
          && g_lstat (path, &named) == 0
          && named.st_dev == locked.st_dev && named.st_ino == locked.st_ino)
        g_unlink (path);
      close (fd);
    }
}

/* Removes the temporary file of a write that failed. */
static void
discard (int         fd,
         const char *temporary)
{
  /* Unlinked before the lock goes, so no cleaner sees it unlocked. */
  g_unlink (temporary);
  close (fd);
}

gboolean
tf_atomic_file_write (const char    *path,
                      GBytes        *bytes,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *temporary = NULL;
  gsize length;
  const guint8 *data;
  gboolean existed = FALSE;
  GStatBuf st;
  int mode = 0666;
  int fd;
  int saved_errno;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Through a symbolic link, not over it. */
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);
  if (g_stat (target, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          set_error (error, path, EISDIR);
          return FALSE;
        }
      /* A rename would replace a read-only file regardless. */
      if (g_access (target, W_OK) != 0)
        {
          set_error (error, path, EACCES);
          return FALSE;
        }
      mode = st.st_mode & 0777;
      existed = TRUE;
    }

  directory = g_path_get_dirname (target);
  basename = g_path_get_basename (target);
  prefix = dup_temporary_prefix (basename);
  fd = open_temporary (directory, prefix, mode, &temporary);
  if (fd < 0)
    {
      set_error (error, path, errno);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  /* The umask applied when creating it; the old file's mode is kept. */
  if (!write_all (fd, data, length, cancellable)
      || (existed && fchmod (fd, (mode_t) mode) != 0)
      || fsync (fd) != 0)
    {
      saved_errno = errno;
      discard (fd, temporary);
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        set_error (error, path, saved_errno);
      return FALSE;
    }

  /* The last moment a cancel can still leave everything as it was. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      discard (fd, temporary);
      return FALSE;
    }

  /* Renamed while still open, so still locked: see open_temporary (). */
  if (g_rename (temporary, target) != 0)
    {
      saved_errno = errno;
      discard (fd, temporary);
      set_error (error, path, saved_errno);
      return FALSE;
    }
  /* Synced already: closing cannot lose what was written. */
  close (fd);

  saved_errno = sync_directory (directory);
  if (saved_errno != 0)
    {
      set_error (error, path, saved_errno);
      return FALSE;
    }

  remove_stale_temporaries (directory, prefix);
  return TRUE;
}
