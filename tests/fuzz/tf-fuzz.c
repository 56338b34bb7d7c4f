/* tf-fuzz.c: what the fuzz targets share: quiet logging, and the checks of
 * a read's outcome.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-fuzz"

#include "config.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "tf-dataset-file.h"
#include "tf-fuzz.h"

/* Warnings and criticals are bugs, and abort (libFuzzer keeps the input);
 * anything less is dropped, as printing for each input slows fuzzing. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  if (!(log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)))
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static void
ignore_structured_error (void        *data,
                         xmlErrorPtr  error)
{
}

static void
ignore_generic_error (void       *data,
                      const char *msg,
                      ...)
{
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* No GVfs or other GIO modules: only local files are opened. */
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (write_log, NULL, NULL);

  /* The readers report libxml2's errors in GErrors; what libxml2 would
   * print besides is noise. */
  xmlInitParser ();
  xmlSetStructuredErrorFunc (NULL, ignore_structured_error);
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  return 0;
}

void
tf_fuzz_check_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

void
tf_fuzz_check_round_trip (TfDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(TfDataset) reloaded = NULL;

  saved = tf_dataset_file_save_bytes (dataset, &error);
  g_assert_no_error (error);
  reloaded = tf_dataset_file_load_bytes (saved, "round-trip.talentflow", &error);
  g_assert_no_error (error);
  g_assert_true (tf_dataset_equal (dataset, reloaded));
  saved_again = tf_dataset_file_save_bytes (reloaded, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (saved, saved_again));
}
