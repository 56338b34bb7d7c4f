/* tf-export-cli.h: `talentflow --export=OUT [options] [FILE]`, without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when argv asks for an export: --export, or any of the options
 * only an export takes (so that `--size=…` alone is refused rather than
 * ignored by the window). */
gboolean tf_export_cli_wanted (int    argc,
                               char **argv);

/* Parses the export options, loads FILE (the bundled sample when there
 * is none) and writes the page; quiet on success. Returns the exit
 * status: 0, or 1 with a message on stderr, and then no output file
 * was created or changed. */
int      tf_export_cli_run    (int    argc,
                               char **argv);

/* The export options, without their variables, so that the application
 * lists them in --help as tf_export_cli_run() reads them. Ends with an
 * entry whose long_name is NULL. */
const GOptionEntry *tf_export_cli_get_option_entries (void);

G_END_DECLS
