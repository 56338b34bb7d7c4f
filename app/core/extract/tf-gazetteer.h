/* tf-gazetteer.h: the organizations and people the extractor knows by name.
 *
 * The bundled gazetteer (data/gazetteer.json: AI companies, corporate labs,
 * universities and institutes with simplified, traditional and English
 * names) plus, when one is open, a dataset's organizations and people.
 * Names are matched in folded form (tf_text_fold), so one entry serves
 * every script and case. Immutable once built, so safe to share between
 * threads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  TF_GAZETTEER_ORGANIZATION,
  TF_GAZETTEER_PERSON,
} TfGazetteerKind;

/* What a name refers to. Owned by the gazetteer. */
typedef struct
{
  TfGazetteerKind kind;
  char *id;        /* the gazetteer's id, or the dataset's ("o-…", "p-…") */
  char *name;      /* the entry's main name */
  TfSector sector; /* organizations only */
  char *parent_id; /* organizations only, nullable */
  char *country;   /* organizations only, nullable */
  gboolean from_dataset;
  GPtrArray *aliases; /* of char *, never NULL: the other names of a JSON entry */
} TfGazetteerEntry;

#define TF_TYPE_GAZETTEER (tf_gazetteer_get_type ())
G_DECLARE_FINAL_TYPE (TfGazetteer, tf_gazetteer, TF, GAZETTEER, GObject)

TfGazetteer            *tf_gazetteer_new          (void);
/* The organizations bundled with the application. */
TfGazetteer            *tf_gazetteer_new_default  (void);

/* Adds the entries of a JSON array such as data/gazetteer.json. */
gboolean                tf_gazetteer_load_json    (TfGazetteer *self,
                                                   GBytes      *json,
                                                   GError     **error);
/* Adds the dataset's organizations and people under their names and
 * aliases; a dataset's name wins over the bundled one. */
void                    tf_gazetteer_add_dataset  (TfGazetteer *self,
                                                   TfDataset   *dataset);

guint                   tf_gazetteer_get_n_entries (TfGazetteer *self);

/* The longest name that starts at folded[0] (folded text, as
 * tf_text_fold gives it), or NULL. len receives its length in bytes.
 * Latin names must end at a word boundary. */
const TfGazetteerEntry *tf_gazetteer_match        (TfGazetteer *self,
                                                   const char  *folded,
                                                   gsize        available,
                                                   gsize       *len);
/* The entry of one folded name, exactly, or NULL. */
const TfGazetteerEntry *tf_gazetteer_lookup       (TfGazetteer *self,
                                                   const char  *folded_name);
const TfGazetteerEntry *tf_gazetteer_lookup_id    (TfGazetteer *self,
                                                   const char  *id);

G_END_DECLS
