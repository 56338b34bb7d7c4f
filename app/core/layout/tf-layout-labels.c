/* tf-layout-labels.c: organization and year labels.
 *
 * Organization labels stack in the column left of the plot, each nearer
 * its own row than any other; years sit above the plot, every nth year
 * so that they fit. Person labels: tf-layout-person-labels.c. What finds
 * no room stays in the geometry, hidden, for the widget to show on hover.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-layout"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-layout-private.h"

/* Air kept between a label and anything else. */
#define LABEL_AIR_PX     1.0
#define LABEL_OFFSET_PX  3.0

/* ---- organization labels ---- */

static const char *
sublane_text (TfLayoutBuilder       *builder,
              const TfLayoutSublane *sublane)
{
  TfCareers *careers = builder->careers;

  switch (sublane->kind)
    {
    case TF_LAYOUT_SUBLANE_ORGANIZATION:
      return careers->places[sublane->organization].label;
    case TF_LAYOUT_SUBLANE_UNNAMED:
      {
        const char *label
            = careers->places[careers->n_places - TF_N_SECTORS + sublane->sector].label;

        return label != NULL ? label : builder->options.unnamed_label;
      }
    case TF_LAYOUT_SUBLANE_OTHERS:
    default:
      {
        const char *format = builder->options.others_label;
        const char *count = strstr (format, "%u");
        g_autofree char *number = NULL;
        g_autofree char *text = NULL;

        /* Not printf: the format comes from a translation. */
        if (count == NULL)
          return format;
        number = g_strdup_printf ("%u", sublane->n_merged);
        text = g_strdup_printf ("%.*s%s%s", (int) (count - format), format, number, count + 2);
        return g_string_chunk_insert_const (builder->layout->strings, text);
      }
    }
}

double
tf_layout_place_sublane_labels (TfLayoutBuilder *builder,
                                double           column_x,
                                double           max_column_width)
{
  TfLayout *layout = builder->layout;
  double height = builder->font_height[TF_LAYOUT_FONT_ORGANIZATION];
  double top = layout->plot_y;
  double bottom = layout->plot_y + layout->plot_height;
  double column = 0;

  for (guint i = 0; i < layout->n_sublanes; i++)
    {
      const TfLayoutSublane *sublane = &layout->sublanes[i];

      layout->sublanes[i].label =
        tf_layout_builder_add_label (builder, TF_LAYOUT_LABEL_ORGANIZATION, (int) i,
                                     sublane_text (builder, sublane), column_x,
                                     sublane->y + sublane->height / 2);
    }
  if (height > bottom - top)
    return 0;

  /* Top to bottom, each label as near its row's middle as the one above
   * it lets it be, but always nearer that middle than any other row's (or
   * it would name the wrong row) and inside its sector's lane (up to half
   * the gap to the next, or it would seem to name a row of that one). A
   * label that cannot be placed so stays hidden; the rows are made high
   * enough that none is (see merge_small_rows ()). */
  for (guint l = 0; l < layout->n_lanes; l++)
    {
      const TfLayoutLane *lane = &layout->lanes[l];
      double lane_top = l > 0 ? (lane[-1].y + lane[-1].height + lane->y) / 2 : top;
      double lane_bottom
          = l + 1 < layout->n_lanes ? (lane->y + lane->height + lane[1].y) / 2 : bottom;
      double free_from = lane_top;

      for (guint k = 0; k < lane->n_sublanes; k++)
        {
          guint i = lane->first_sublane + k;
          const TfLayoutSublane *sublane = &layout->sublanes[i];
          TfLayoutLabel *label = &g_array_index (builder->labels, TfLayoutLabel, sublane->label);
          double centre = sublane->y + sublane->height / 2;
          double above = i > 0 ? (layout->sublanes[i - 1].y + layout->sublanes[i - 1].height / 2
                                  + centre) / 2
                               : -G_MAXDOUBLE;
          double below = i + 1 < layout->n_sublanes
                             ? (centre + layout->sublanes[i + 1].y
                                + layout->sublanes[i + 1].height / 2) / 2
                             : G_MAXDOUBLE;
          /* The label's top, so that its middle stays strictly between
           * the midpoints to the rows around. */
          double lo = MAX (lane_top, above - height / 2 + LABEL_AIR_PX / 2);
          double hi = MIN (lane_bottom - height, below - height / 2 - LABEL_AIR_PX / 2);
          double y = MAX (CLAMP (centre - height / 2, lo, MAX (lo, hi)), free_from);
          double width;
          double measured_height;

          if (lane_bottom - lane_top < height)
            {
              /* A lane too low for a line: centred on it, if that still
               * names this row. */
              y = (lane_top + lane_bottom - height) / 2;
              lo = MIN (lo, y);
              hi = MAX (hi, y);
            }
          if (y > hi + 1e-6 || y < lo - 1e-6)
            continue;

          tf_layout_builder_measure (builder, TF_LAYOUT_FONT_ORGANIZATION, label->text,
                                     &width, &measured_height);
          if (measured_height > height + 0.5)
            continue;
          /* Too long for the column: cut to it, the drawing ends it with
           * an ellipsis and hover shows it whole. */
          label->x = column_x;
          label->y = y;
          label->width = MIN (width, max_column_width);
          label->height = measured_height;
          if (label->width <= 0)
            continue;
          label->visible = TRUE;
          column = MAX (column, label->width);
          free_from = y + height;
        }
    }
  return column;
}

/* ---- years ---- */

/* The break that year is in, if any: its years share one label. */
static const TfLayoutBreak *
break_at (const TfLayout *layout,
          int             year)
{
  for (guint i = 0; i < layout->n_breaks; i++)
    if (year >= layout->breaks[i].from && year < layout->breaks[i].to)
      return &layout->breaks[i];
  return NULL;
}

void
tf_layout_place_year_labels (TfLayoutBuilder *builder,
                             double           axis_height)
{
  static const guint steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000 };
  TfLayout *layout = builder->layout;
  double widest = 0;
  double right = -G_MAXDOUBLE;
  guint step = steps[G_N_ELEMENTS (steps) - 1];

  for (guint i = 0; i < layout->n_years; i++)
    {
      char text[16];
      double width;
      double height;

      g_snprintf (text, sizeof text, "%d", layout->years[i].year);
      tf_layout_builder_measure (builder, TF_LAYOUT_FONT_AXIS, text, &width, &height);
      widest = MAX (widest, width);
    }
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * layout->px_per_year >= widest + 4 * LABEL_OFFSET_PX)
      {
        step = steps[i];
        break;
      }

  for (guint i = 0; i < layout->n_years; i++)
    {
      TfLayoutYear *year = &layout->years[i];
      g_autofree char *text = NULL;
      TfLayoutLabel *label;
      double centre;
      double width;
      double height;

      const TfLayoutBreak *brk = break_at (layout, year->year);

      if (brk != NULL)
        {
          /* A break names the years it holds, in its middle. */
          if (year->year != (int) brk->from)
            continue;
          text = g_strdup_printf ("%d\u2013%d", year->year, (int) brk->to - 1);
          centre = (brk->x0 + brk->x1) / 2;
        }
      else if (year->year % (int) step != 0)
        continue;
      else
        {
          text = g_strdup_printf ("%d", year->year);
          /* Every year: the label names the span; sparser: the grid line. */
          centre = step == 1 ? (year->x + tf_layout_map_time (layout, year->year + 1)) / 2
                             : year->x;
        }
      year->label = tf_layout_builder_add_label (builder, TF_LAYOUT_LABEL_YEAR, (int) i,
                                                 g_string_chunk_insert (layout->strings, text),
                                                 centre, axis_height / 2);
      label = &g_array_index (builder->labels, TfLayoutLabel, year->label);
      tf_layout_builder_measure (builder, TF_LAYOUT_FONT_AXIS, label->text, &width, &height);
      label->width = width;
      label->height = height;
      label->x = centre - width / 2;
      label->y = MAX (0, (axis_height - height) / 2);
      label->visible = centre >= layout->plot_x && centre <= layout->plot_x + layout->plot_width
                       && label->x >= 0 && label->x + width <= layout->width
                       && label->y + height <= layout->plot_y
                       && label->x >= right + 2 * LABEL_OFFSET_PX
                       && (brk == NULL || (label->x >= brk->x0 && label->x + width <= brk->x1));
      /* Years either side of a break may come close. */
      if (label->visible)
        right = label->x + width;
    }
}
