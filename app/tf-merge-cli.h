/* tf-merge-cli.h: `talentflow --merge=OUT FILE…|-`, without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The --merge and --accept options, for main.c and the application's
 * --help. */
const GOptionEntry *tf_merge_cli_get_option_entries (void);
gboolean            tf_merge_cli_wanted             (int    argc,
                                                     char **argv);
int                 tf_merge_cli_run                (int    argc,
                                                     char **argv);

G_END_DECLS
