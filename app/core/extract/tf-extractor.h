/* tf-extractor.h: suggests the moves an article reports.
 *
 * A rule-based extractor for simplified and traditional Chinese and
 * English news: trigger phrases (加入, 离职, 创立, joins, steps down …),
 * people and organizations next to them (the gazetteer, then patterns),
 * dates resolved against the article's date, status (reported, planned,
 * rumoured; denials give nothing) and the sentence or clause that says so
 * as evidence. It reads a parsed TfSource; it does not touch the dataset.
 * tf_extractor_extract () may run in several threads at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-gazetteer.h"
#include "tf-suggestion.h"

G_BEGIN_DECLS

#define TF_TYPE_EXTRACTOR (tf_extractor_get_type ())
G_DECLARE_FINAL_TYPE (TfExtractor, tf_extractor, TF, EXTRACTOR, GObject)

/* gazetteer may be NULL for the bundled one. */
TfExtractor *tf_extractor_new     (TfGazetteer    *gazetteer);
TfGazetteer *tf_extractor_get_gazetteer (TfExtractor *self);

/* The suggestions of one article, in text order: a new array of
 * TfSuggestion (free with g_ptr_array_unref). */
GPtrArray   *tf_extractor_extract (TfExtractor    *self,
                                   const TfSource *source);

G_END_DECLS
