/* tf-review-import.h: what the review needs from the suggestion import.
 *
 * The import (app/core/extract/tf-suggestion-import.h) and the dataset's
 * rejections are written on another branch. Until they are merged this
 * header declares the same API and tf-import-interim.c stands in for it,
 * so that the review is written once, against the real signatures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "config.h"

#include "tf-dataset.h"
#include "tf-gazetteer.h"
#include "tf-suggestion.h"

#ifdef HAVE_SUGGESTION_IMPORT
# include "tf-suggestion-import.h"
#else

G_BEGIN_DECLS

typedef enum
{
  TF_IMPORT_NONE = 0,
  TF_IMPORT_ACCEPT = 1 << 0,
} TfImportFlags;

/* A new dataset: base, plus the sources (copied) and, with
 * TF_IMPORT_ACCEPT, the suggestions as moves with their evidence, their
 * people and organizations created where base does not have them. */
TfDataset *tf_suggestion_import (TfDataset     *base,
                                 GPtrArray     *sources,
                                 GPtrArray     *suggestions,
                                 TfGazetteer   *gazetteer,
                                 TfImportFlags  flags,
                                 GError       **error);

/* A suggestion the user turned down, so that it is not offered again. */
typedef struct
{
  char *source_id;
  char *exact;
  char *person;  /* nullable */
  char *to;      /* nullable */
} TfRejection;

TfRejection *tf_rejection_new  (const char  *source_id,
                                const char  *exact,
                                const char  *person,
                                const char  *to);
void         tf_rejection_free (TfRejection *rejection);

/* Takes ownership of rejection. */
void         tf_dataset_add_rejection (TfDataset   *dataset,
                                       TfRejection *rejection);
gboolean     tf_dataset_is_rejected   (TfDataset   *dataset,
                                       const char  *source_id,
                                       const char  *exact,
                                       const char  *person,
                                       const char  *to);

G_END_DECLS

#endif
