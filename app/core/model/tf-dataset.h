/* tf-dataset.h: a whole Talent Flow dataset, owner of every record.
 *
 * A TfDataset has no lock. Reading it from several threads at once is
 * safe; modifying it, or a record it owns, while another thread reads it
 * is not. Saving, the careers, the layout and the search index read a
 * dataset in worker threads, so the app treats a dataset as immutable once
 * it is loaded (or built) and handed over: a change means a new dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-model.h"

G_BEGIN_DECLS

#define TF_DATASET_ERROR (tf_dataset_error_quark ())

typedef enum
{
  TF_DATASET_ERROR_DUPLICATE_ID,
  TF_DATASET_ERROR_DANGLING_REFERENCE,
  TF_DATASET_ERROR_INVALID,
} TfDatasetError;

#define TF_TYPE_DATASET (tf_dataset_get_type ())

G_DECLARE_FINAL_TYPE (TfDataset, tf_dataset, TF, DATASET, GObject)

GQuark           tf_dataset_error_quark        (void);

TfDataset       *tf_dataset_new                (void);
/* A deep copy: the way to change a dataset that has been handed over. */
TfDataset       *tf_dataset_copy               (TfDataset      *self);

const char      *tf_dataset_get_title          (TfDataset      *self);
void             tf_dataset_set_title          (TfDataset      *self,
                                                const char     *title);

/* The add functions take ownership of the record, also on failure, and fail
 * with TF_DATASET_ERROR_DUPLICATE_ID when the id is already taken by a
 * record of the same kind. */
gboolean         tf_dataset_add_source         (TfDataset      *self,
                                                TfSource       *source,
                                                GError        **error);
gboolean         tf_dataset_add_organization   (TfDataset      *self,
                                                TfOrganization *organization,
                                                GError        **error);
gboolean         tf_dataset_add_person         (TfDataset      *self,
                                                TfPerson       *person,
                                                GError        **error);
gboolean         tf_dataset_add_move           (TfDataset      *self,
                                                TfMove         *move,
                                                GError        **error);

/* Arrays in insertion order; owned by the dataset. */
GPtrArray       *tf_dataset_get_sources        (TfDataset      *self);
GPtrArray       *tf_dataset_get_organizations  (TfDataset      *self);
GPtrArray       *tf_dataset_get_people         (TfDataset      *self);
GPtrArray       *tf_dataset_get_moves          (TfDataset      *self);

TfSource        *tf_dataset_lookup_source       (TfDataset     *self,
                                                 const char    *id);
TfOrganization  *tf_dataset_lookup_organization (TfDataset     *self,
                                                 const char    *id);
TfPerson        *tf_dataset_lookup_person       (TfDataset     *self,
                                                 const char    *id);
TfMove          *tf_dataset_lookup_move         (TfDataset     *self,
                                                 const char    *id);

/* Checks that every id a record refers to exists (parents, people,
 * organizations, evidence sources) and that no organization is its own
 * ancestor. The error names the first offending record. */
gboolean         tf_dataset_check_references   (TfDataset      *self,
                                                GError        **error);

guint            tf_dataset_count_paragraphs   (TfDataset      *self);
guint            tf_dataset_count_moves_without_evidence (TfDataset *self);

/* Moves of one person, sorted by date (unknown dates last, stable). */
GPtrArray       *tf_dataset_dup_moves_of_person (TfDataset     *self,
                                                 const char    *person_id);

/* The suggestions the user rejected, in the order they were added. Takes
 * ownership of rejection; source_id and exact must be set. */
void             tf_dataset_add_rejection      (TfDataset      *self,
                                                TfRejection    *rejection);
GPtrArray       *tf_dataset_get_rejections     (TfDataset      *self);
/* TRUE when a rejection has this source_id and exact, and the same person
 * and destination (compared folded; NULL only matches NULL). */
gboolean         tf_dataset_is_rejected        (TfDataset      *self,
                                                const char     *source_id,
                                                const char     *exact,
                                                const char     *person,
                                                const char     *to);

/* The kinds of record a dataset owns, for code that treats them alike: the
 * edits of the editing stage insert, take out and put back records of any
 * kind at a position, so that undoing an edit restores the order too. */
typedef enum
{
  TF_RECORD_SOURCE,
  TF_RECORD_ORGANIZATION,
  TF_RECORD_PERSON,
  TF_RECORD_MOVE,
  TF_RECORD_REJECTION,
  TF_N_RECORD_KINDS
} TfRecordKind;

/* The array of one kind, in order; owned by the dataset. */
GPtrArray       *tf_dataset_get_records        (TfDataset      *self,
                                                TfRecordKind    kind);
/* Takes ownership of record, also on failure; index may be the length.
 * Fails as the add functions do when the id is missing or taken. */
gboolean         tf_dataset_insert_record      (TfDataset      *self,
                                                TfRecordKind    kind,
                                                guint           index,
                                                gpointer        record,
                                                GError        **error);
/* Takes the record at index out of the dataset; the caller owns it. */
gpointer         tf_dataset_steal_record       (TfDataset      *self,
                                                TfRecordKind    kind,
                                                guint           index);
/* The position of the record with this id, or -1 (never for rejections,
 * which have no id). */
int              tf_dataset_find_record        (TfDataset      *self,
                                                TfRecordKind    kind,
                                                const char     *id);

/* A new id for a record of this kind: prefix and a slug of romanized
 * (pinyin, or the name itself in Latin letters: "Qi Yuan" -> "qi-yuan"),
 * with "-2", "-3"… when that is taken; prefix alone and a number when the
 * slug is empty. Free with g_free. */
char            *tf_dataset_make_id            (TfDataset      *self,
                                                TfRecordKind    kind,
                                                const char     *prefix,
                                                const char     *romanized);

gpointer         tf_record_copy                (TfRecordKind    kind,
                                                gconstpointer   record);
void             tf_record_free                (TfRecordKind    kind,
                                                gpointer        record);
gboolean         tf_record_equal               (TfRecordKind    kind,
                                                gconstpointer   a,
                                                gconstpointer   b);

/* TRUE when both datasets hold the same records with the same content, in
 * the same order. Used to prove that load -> save -> load loses nothing. */
gboolean         tf_dataset_equal              (TfDataset      *a,
                                                TfDataset      *b);

G_END_DECLS
