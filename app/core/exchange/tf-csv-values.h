/* tf-csv-values.h: the values of a table's cells as people write them.
 *
 * Dates as "2021", "2021-05", "2021/5/3", "2021年5月", "May 2021" or a
 * spreadsheet's "2021-05-03 00:00:00"; sectors, kinds and statuses by
 * their names in the file format, in English words or in Chinese; yes and
 * no. Case, width (full-width digits) and Traditional characters do not
 * matter. Each returns FALSE for a value it cannot read, leaving its
 * output alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-model.h"

G_BEGIN_DECLS

/* "" and words for "not known" ("unknown", "?", "不详") are an unknown
 * date; the precision is what the text gives. */
gboolean tf_csv_parse_date       (const char       *text,
                                  TfDate           *date);
/* "day", "month", "year", "unknown", or 日, 月, 年, 未知. */
gboolean tf_csv_parse_precision  (const char       *text,
                                  TfDatePrecision  *precision);
/* A month by number (1–12) or English name ("May", "Sep"). */
gboolean tf_csv_parse_month      (const char       *text,
                                  guint            *month);
gboolean tf_csv_parse_sector     (const char       *text,
                                  TfSector         *sector);
gboolean tf_csv_parse_kind       (const char       *text,
                                  TfMoveKind       *kind);
gboolean tf_csv_parse_status     (const char       *text,
                                  TfMoveStatus     *status);
/* yes, no, true, false, y, n, 1, 0, x, 是, 否; "" is no. */
gboolean tf_csv_parse_boolean    (const char       *text,
                                  gboolean         *value);
/* A whole number from 1 to 1,000,000, as a group's size. */
gboolean tf_csv_parse_count      (const char       *text,
                                  guint            *count);

/* The names the writer uses, which the parsers read back. */
const char *tf_csv_precision_to_string (TfDatePrecision precision);

G_END_DECLS
