/* tf-gexf-export.h: a dataset as a graph for Gephi and NetworkX (GEXF 1.3).
 *
 * Organizations are the nodes, with their sector, parent and country as
 * attributes, and one node per sector for the unnamed places ("创业",
 * "academia"). Each move with both ends stated is a directed edge from
 * where the person came from to where they went, dynamic from its date
 * on, with who moved, the kind of move, the date as stated and its
 * precision, the role and the group's size as attributes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-dataset.h"

G_BEGIN_DECLS

/* The node id of the unnamed places of a sector: "unnamed-academia". */
#define TF_GEXF_UNNAMED_PREFIX "unnamed-"

/* The document; NULL only when libxml2 cannot allocate. */
GBytes   *tf_gexf_export_bytes (TfDataset     *dataset,
                                GError       **error);

/* Writes the document to path atomically (see tf_atomic_file_write ()). */
gboolean  tf_gexf_export_write (TfDataset     *dataset,
                                const char    *path,
                                GCancellable  *cancellable,
                                GError       **error);

G_END_DECLS
