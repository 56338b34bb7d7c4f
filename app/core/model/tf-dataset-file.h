/* tf-dataset-file.h: the .talentflow file format (XML, RELAX NG validated).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

#define TF_DATASET_FILE_ERROR (tf_dataset_file_error_quark ())

typedef enum
{
  TF_DATASET_FILE_ERROR_MALFORMED,     /* not well-formed XML, truncated */
  TF_DATASET_FILE_ERROR_NOT_DATASET,   /* wrong root element or namespace */
  TF_DATASET_FILE_ERROR_VERSION,       /* a version this build cannot read */
  TF_DATASET_FILE_ERROR_INVALID,       /* schema violation, bad value, dangling reference */
  TF_DATASET_FILE_ERROR_FORBIDDEN,     /* DTD, entities, external references */
  TF_DATASET_FILE_ERROR_TOO_LARGE,
  TF_DATASET_FILE_ERROR_ENCODING,      /* not UTF-8 */
} TfDatasetFileError;

/* The version this build writes; it reads every version up to it. */
#define TF_DATASET_FILE_VERSION 1
#define TF_DATASET_FILE_NAMESPACE "https://talentflow.github.io/ns/1"
/* Files larger than this are refused before parsing. */
#define TF_DATASET_FILE_MAX_BYTES (64 * 1024 * 1024)

GQuark      tf_dataset_file_error_quark (void);

/* display_name names the file in error messages, which also give the line
 * where there is one: "sample.talentflow:12: …". */
TfDataset  *tf_dataset_file_load_bytes  (GBytes        *bytes,
                                         const char    *display_name,
                                         GError       **error);
TfDataset  *tf_dataset_file_load        (GFile         *file,
                                         GCancellable  *cancellable,
                                         GError       **error);

GBytes     *tf_dataset_file_save_bytes  (TfDataset     *dataset,
                                         GError       **error);
/* Atomic: writes a temporary file beside the target and renames it over,
 * so an interrupted save leaves the old file intact. */
gboolean    tf_dataset_file_save        (TfDataset     *dataset,
                                         GFile         *file,
                                         GCancellable  *cancellable,
                                         GError       **error);

/* The bytes of file as tf_dataset_file_load() reads them: a file larger
 * than TF_DATASET_FILE_MAX_BYTES is refused with
 * TF_DATASET_FILE_ERROR_TOO_LARGE without being read. *display_name is
 * set to the name that messages give the file. */
GBytes     *tf_dataset_file_read_bytes  (GFile         *file,
                                         char         **display_name,
                                         GCancellable  *cancellable,
                                         GError       **error);

G_END_DECLS
