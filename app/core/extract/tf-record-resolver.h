/* tf-record-resolver.h: the person or organization a name refers to, in a
 * dataset being built.
 *
 * The import of suggested moves and the reader of tables of moves (CSV)
 * both meet people and organizations as names. This links each name to
 * one record of the dataset, existing or new, by the same rules for both:
 * see tf_suggestion_import () for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-dataset.h"
#include "tf-gazetteer.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

typedef enum
{
  TF_RECORD_RESOLVER_NONE          = 0,
  /* An organization made from a gazetteer entry keeps the name it is
   * written with and the sector it is given, the entry's names becoming
   * aliases: for a table the user keeps, whose spelling is theirs. */
  TF_RECORD_RESOLVER_WRITTEN_NAMES = 1 << 0,
} TfRecordResolverFlags;

typedef struct _TfRecordResolver TfRecordResolver;

/* dataset is borrowed and receives the records made; it must outlive the
 * resolver. gazetteer may be NULL. */
TfRecordResolver *tf_record_resolver_new         (TfDataset             *dataset,
                                                  TfGazetteer           *gazetteer,
                                                  TfRecordResolverFlags  flags);
void              tf_record_resolver_free        (TfRecordResolver      *self);

/* The person of person_id when the dataset has one, else the person name
 * refers to, made when there is none; NULL when name is NULL or "".
 * Owned by the dataset. */
TfPerson         *tf_record_resolver_person      (TfRecordResolver      *self,
                                                  const char            *name,
                                                  const char            *person_id);
/* An affiliation for the place: an unnamed one (sector and label), or one
 * of the organization its name refers to, made when there is none; NULL
 * when the place has no name. */
TfAffiliation    *tf_record_resolver_place       (TfRecordResolver      *self,
                                                  const TfSuggestedPlace *place);
/* "m-1", "m-2"…: the next move id the dataset does not use. */
char             *tf_record_resolver_new_move_id (TfRecordResolver      *self);

/* TRUE when id is an XML name of ASCII letters, digits, "-", "_" and ".",
 * as the file wants ids. */
gboolean          tf_record_resolver_id_is_plain (const char            *id);
/* id when it is plain, else prefix followed by id with every other
 * character made "-". */
char             *tf_record_resolver_plain_id    (const char            *prefix,
                                                  const char            *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfRecordResolver, tf_record_resolver_free)

G_END_DECLS
