/* tf-extract-cli.h: `talentflow --extract FILE…|-`, without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The --extract option, for main.c and the application's --help. */
const GOptionEntry *tf_extract_cli_get_option_entries (void);
gboolean            tf_extract_cli_wanted             (int    argc,
                                                       char **argv);
int                 tf_extract_cli_run                (int    argc,
                                                       char **argv);

G_END_DECLS
