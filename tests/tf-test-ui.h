/* tf-test-ui.h: helpers shared by the UI tests: running the main loop
 * until something holds, the bundled sample, template children and
 * checking that closed windows leave nothing behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-dataset.h"
#include "tf-window.h"

G_BEGIN_DECLS

typedef gboolean (*TfTestCondition) (gpointer data);

gboolean   tf_test_ui_init                     (int              *argc,
                                                char           ***argv);
void       tf_test_spin_until                  (TfTestCondition   condition,
                                                gpointer          data);
gboolean   tf_test_pointer_is_null             (gpointer          data);
gboolean   tf_test_widget_is_mapped            (gpointer          data);
gboolean   tf_test_chart_has_layout            (gpointer          data);
gboolean   tf_test_search_is_ready             (gpointer          data);
TfDataset *tf_test_load_sample                 (void);
gpointer   tf_test_get_child                   (TfWindow         *window,
                                                const char       *name);
gpointer   tf_test_find_controller             (GtkWidget        *widget,
                                                GType             type);
void       tf_test_destroy_and_check_finalized (GtkWindow        *window,
                                                ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
