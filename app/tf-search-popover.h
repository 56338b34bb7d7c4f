/* tf-search-popover.h: finding a person or an organization by name.
 *
 * A search entry over the dataset's people and organizations: simplified
 * or traditional characters, toneless pinyin with or without spaces
 * ("qiyuan", "qi yuan" -> 漆远), initials, English names and aliases. The
 * index is built in a worker thread when the dataset is set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* The kind in "activated". */
typedef enum
{
  TF_SEARCH_POPOVER_PERSON = 0,
  TF_SEARCH_POPOVER_ORGANIZATION = 1,
} TfSearchPopoverKind;

#define TF_TYPE_SEARCH_POPOVER (tf_search_popover_get_type ())

G_DECLARE_FINAL_TYPE (TfSearchPopover, tf_search_popover, TF, SEARCH_POPOVER, GtkPopover)

/* Enter, or a click on a result, emits "activated" (int kind, a
 * TfSearchPopoverKind; const char *id) and pops the popover down. Up and
 * Down in the entry move through the results. */
GtkWidget  *tf_search_popover_new           (void);

/* Starts indexing dataset; NULL empties the popover. */
void        tf_search_popover_set_dataset   (TfSearchPopover *self,
                                             TfDataset       *dataset);
TfDataset  *tf_search_popover_get_dataset   (TfSearchPopover *self);

/* Whether the index of the dataset is built (the "ready" property). */
gboolean    tf_search_popover_get_ready     (TfSearchPopover *self);

/* Puts text in the entry and searches at once, without the entry's
 * typing delay. */
void        tf_search_popover_set_text      (TfSearchPopover *self,
                                             const char      *text);

/* The results listed, best first. */
guint       tf_search_popover_get_n_results (TfSearchPopover *self);
const char *tf_search_popover_get_result    (TfSearchPopover *self,
                                             guint            position,
                                             TfSearchPopoverKind *kind);
/* The result Enter would activate, or -1. */
int         tf_search_popover_get_selected  (TfSearchPopover *self);

G_END_DECLS
