/* tf-layout-label-audit.c: how truthfully a layout's labels name what they
 * label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-support"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-layout-label-audit.h"

/* Points along a curve per pixel of its span: dense enough that a stroke
 * sampled as discs has no gap a label could slip through. */
#define SAMPLES_PER_PX 2.0

typedef struct
{
  double x0, y0, x1, y1;
} Box;

/* Distance from (x, y) to the box, 0 inside it. */
static double
point_box_distance (const Box *box,
                    double     x,
                    double     y)
{
  double dx = MAX (0, MAX (box->x0 - x, x - box->x1));
  double dy = MAX (0, MAX (box->y0 - y, y - box->y1));

  return hypot (dx, dy);
}

/* Calls visit on discs covering the segment's stroke inside the plot;
 * stops when it returns FALSE. A straight segment's stroke is a
 * rectangle with butt ends: its discs are a dense row along it, which
 * is what both questions asked of it need. */
typedef gboolean (*DiscFunc) (double x, double y, double radius, gpointer data);

static void
visit_stroke (const TfLayoutSegment *segment,
              double                 radius,
              double                 plot_x0,
              double                 plot_x1,
              DiscFunc               visit,
              gpointer               data)
{
  double span = fabs (segment->x1 - segment->x0) + fabs (segment->y1 - segment->y0);
  guint n = (guint) MAX (8, ceil (span * SAMPLES_PER_PX));

  for (guint i = 0; i <= n; i++)
    {
      double t = i / (double) n;
      double x, y;

      if (segment->kind == TF_LAYOUT_SEGMENT_CURVE)
        tf_layout_curve_point (segment->x0, segment->y0, segment->x1, segment->y1, t, &x, &y);
      else
        {
          x = segment->x0 + (segment->x1 - segment->x0) * t;
          y = segment->y0;
          /* Under a name the path is not drawn. */
          if (x > segment->name_x0 && x < segment->name_x1)
            continue;
        }
      if (x < plot_x0 || x > plot_x1)
        continue;
      if (!visit (x, y, radius, data))
        return;
    }
}

typedef struct
{
  const Box *box;
  double distance;   /* from the box to the stroke's edge */
} Nearest;

static gboolean
nearest_disc (double   x,
              double   y,
              double   radius,
              gpointer data)
{
  Nearest *nearest = data;

  nearest->distance = MIN (nearest->distance, point_box_distance (nearest->box, x, y) - radius);
  return TRUE;
}

/* Distance from the box to the path's stroke inside the plot;
 * negative when they overlap, G_MAXDOUBLE when none is in the plot. */
static double
box_path_distance (TfLayout           *layout,
                   const TfLayoutPath *path,
                   const Box          *box)
{
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  double plot_x, plot_width;
  Nearest nearest = { box, G_MAXDOUBLE };

  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[path->first_segment + i];
      double reach = path->width / 2 + nearest.distance;

      /* Far from the box in both directions: nothing nearer here. */
      if (nearest.distance < G_MAXDOUBLE
          && (MIN (segment->x0, segment->x1) > box->x1 + reach
              || MAX (segment->x0, segment->x1) < box->x0 - reach
              || MIN (segment->y0, segment->y1) > box->y1 + reach
              || MAX (segment->y0, segment->y1) < box->y0 - reach))
        continue;
      visit_stroke (segment, path->width / 2, plot_x, plot_x + plot_width, nearest_disc, &nearest);
    }
  return nearest.distance;
}

/* A leader reads as naming the path it starts on when it starts on the
 * name's own path, crosses no other path's stroke in its first this many
 * px, and runs through no other label. */
#define LEADER_START_CLEAR_PX 4.0

/* Whether the leader from a name's anchor to its box reads as naming its
 * own path (as above); *crossed counts the other paths whose strokes it
 * passes on its way, which a reader follows it across. */
static gboolean
leader_is_read_right (TfLayout            *layout,
                      const TfLayoutLabel *label,
                      guint               *crossed)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  double x0, y0, x1, y1;
  guint n;
  Box start;

  *crossed = 0;
  tf_layout_label_get_leader (label, &x0, &y0, &x1, &y1);
  n = (guint) MAX (2, ceil (hypot (x1 - x0, y1 - y0) * SAMPLES_PER_PX));
  /* Drawn from a pixel off the anchor: the anchor is on the path. */
  start = (Box) { label->anchor_x - 1, y0 - 1, label->anchor_x + 1, y0 + 1 };

  if (label->owner < 0 || (guint) label->owner >= n_paths
      || box_path_distance (layout, &paths[label->owner], &start) > 0.5)
    return FALSE;
  for (guint p = 0; p < n_paths; p++)
    {
      if ((int) p == label->owner)
        continue;
      for (guint i = 1; i <= n; i++)
        {
          double t = i / (double) n;
          Box point = { x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 0, 0 };

          point.x1 = point.x0;
          point.y1 = point.y0;
          if (box_path_distance (layout, &paths[p], &point) < 0)
            {
              if (t * hypot (x1 - x0, y1 - y0) < LEADER_START_CLEAR_PX)
                return FALSE;
              (*crossed)++;
              break;
            }
        }
    }
  for (guint l = 0; l < n_labels; l++)
    {
      const TfLayoutLabel *other = &labels[l];

      if (other == label || !other->visible)
        continue;
      for (guint i = 0; i <= n; i++)
        {
          double t = i / (double) n;
          double x = x0 + (x1 - x0) * t;
          double y = y0 + (y1 - y0) * t;

          if (x > other->x && x < other->x + other->width && y > other->y
              && y < other->y + other->height)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
path_in_plot (TfLayout           *layout,
              const TfLayoutPath *path)
{
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  double plot_x, plot_width;

  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  for (guint i = 0; i < path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[path->first_segment + i];

      if (MIN (segment->x1, plot_x + plot_width) > MAX (segment->x0, plot_x))
        return TRUE;
    }
  return FALSE;
}

static void
audit_rows (TfLayout           *layout,
            TfLayoutLabelAudit *audit)
{
  guint n_sublanes, n_segments, n_labels;
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  g_autofree guint8 *touched = g_new0 (guint8, n_sublanes + 1);
  double plot_x, plot_width;

  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  for (guint i = 0; i < n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[i];

      if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT
          && MIN (segment->x1, plot_x + plot_width) > MAX (segment->x0, plot_x))
        touched[segment->sublane] = TRUE;
    }

  for (guint i = 0; i < n_sublanes; i++)
    {
      const TfLayoutSublane *sublane = &sublanes[i];
      const TfLayoutLabel *label = sublane->label >= 0 ? &labels[sublane->label] : NULL;
      gboolean labelled = label != NULL && label->visible;

      if (touched[i])
        {
          audit->n_rows_touched++;
          if (!labelled)
            audit->n_rows_unlabelled++;
        }
      if (labelled)
        {
          double middle = label->y + label->height / 2;
          double own = fabs (middle - (sublane->y + sublane->height / 2));

          for (guint k = 0; k < n_sublanes; k++)
            if (k != i && fabs (middle - (sublanes[k].y + sublanes[k].height / 2)) < own)
              {
                audit->n_row_labels_misread++;
                break;
              }
        }
    }
}

static void
audit_paths (TfLayout           *layout,
             TfLayoutLabelAudit *audit)
{
  guint n_paths, n_labels;
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  g_autofree guint8 *in_plot = g_new0 (guint8, n_paths + 1);
  g_autofree guint8 *named = g_new0 (guint8, n_paths + 1);

  for (guint p = 0; p < n_paths; p++)
    in_plot[p] = path_in_plot (layout, &paths[p]);

  for (guint i = 0; i < n_labels; i++)
    {
      const TfLayoutLabel *label = &labels[i];
      Box box = { label->x, label->y, label->x + label->width, label->y + label->height };
      double own = G_MAXDOUBLE;
      double other = G_MAXDOUBLE;

      if (!label->visible)
        continue;
      if (label->kind == TF_LAYOUT_LABEL_PERSON)
        {
          audit->n_person_labels++;
          if (label->owner >= 0 && (guint) label->owner < n_paths)
            named[label->owner] = TRUE;
        }
      for (guint p = 0; p < n_paths; p++)
        {
          double distance;

          if (!in_plot[p])
            continue;
          distance = box_path_distance (layout, &paths[p], &box);
          if (distance < 0)
            audit->n_label_path_crossings++;
          if (label->kind == TF_LAYOUT_LABEL_PERSON && (int) p == label->owner)
            own = distance;
          else
            other = MIN (other, distance);
        }
      /* A name with a leader is read by the leader: it must start on its
       * own path, clear of others there. */
      if (label->kind == TF_LAYOUT_LABEL_PERSON && label->leader)
        {
          guint crossed;

          if (!leader_is_read_right (layout, label, &crossed))
            audit->n_person_labels_misread++;
          audit->n_leader_crossings += crossed;
        }
      else if (label->kind == TF_LAYOUT_LABEL_PERSON && other <= own)
        audit->n_person_labels_misread++;
    }

  for (guint p = 0; p < n_paths; p++)
    if (in_plot[p])
      {
        audit->n_paths++;
        if (!named[p])
          audit->n_paths_unnamed++;
      }
}

void
tf_layout_audit_labels (TfLayout           *layout,
                        TfLayoutLabelAudit *audit)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (audit != NULL);

  memset (audit, 0, sizeof *audit);
  audit_rows (layout, audit);
  if (!tf_layout_is_aggregated (layout))
    audit_paths (layout, audit);
}

char *
tf_layout_label_audit_format (const TfLayoutLabelAudit *audit)
{
  g_return_val_if_fail (audit != NULL, NULL);

  return g_strdup_printf ("rows %u/%u labelled, %u labels nearer another row; "
                          "paths %u/%u named, %u person labels (%u nearer another path); "
                          "%u label-path crossings, %u leader-path crossings",
                          audit->n_rows_touched - audit->n_rows_unlabelled, audit->n_rows_touched,
                          audit->n_row_labels_misread, audit->n_paths - audit->n_paths_unnamed,
                          audit->n_paths, audit->n_person_labels, audit->n_person_labels_misread,
                          audit->n_label_path_crossings, audit->n_leader_crossings);
}

char *
tf_layout_label_audit_explain (TfLayout *layout)
{
  GString *out = g_string_new (NULL);
  guint n_sublanes, n_segments, n_labels, n_paths;
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (layout, &n_sublanes);
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, &n_segments);
  const TfLayoutLabel *labels = tf_layout_get_labels (layout, &n_labels);
  const TfLayoutPath *paths = tf_layout_get_paths (layout, &n_paths);
  double plot_x, plot_width;

  g_return_val_if_fail (layout != NULL, NULL);

  tf_layout_get_plot (layout, &plot_x, NULL, &plot_width, NULL);
  for (guint i = 0; i < n_sublanes; i++)
    {
      const TfLayoutLabel *label = sublanes[i].label >= 0 ? &labels[sublanes[i].label] : NULL;

      g_string_append_printf (out, "row %u y %.1f h %.1f: %s%s", i, sublanes[i].y,
                              sublanes[i].height, label != NULL ? label->text : "(none)",
                              label != NULL && !label->visible ? " (hidden)" : "");
      if (label != NULL && label->visible)
        g_string_append_printf (out, " at y %.1f h %.1f", label->y, label->height);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < n_labels; i++)
    {
      const TfLayoutLabel *label = &labels[i];
      Box box = { label->x, label->y, label->x + label->width, label->y + label->height };

      double own = G_MAXDOUBLE;
      double other = G_MAXDOUBLE;
      const char *nearest = NULL;

      if (!label->visible)
        continue;
      for (guint p = 0; p < n_paths; p++)
        {
          double distance;

          if (!path_in_plot (layout, &paths[p]))
            continue;
          distance = box_path_distance (layout, &paths[p], &box);
          if (distance < 0)
            g_string_append_printf (out, "label %s at %.0f,%.0f %.0fx%.0f crosses %s\n",
                                    label->text, label->x, label->y, label->width,
                                    label->height, paths[p].name);
          if ((int) p == label->owner)
            own = distance;
          else if (distance < other)
            {
              other = distance;
              nearest = paths[p].name;
            }
        }
      if (label->kind == TF_LAYOUT_LABEL_PERSON && label->leader)
        {
          guint crossed;

          if (!leader_is_read_right (layout, label, &crossed))
            g_string_append_printf (out, "the leader of %s does not read as its own\n",
                                    label->text);
          else if (crossed > 0)
            g_string_append_printf (out, "the leader of %s crosses %u other paths\n",
                                    label->text, crossed);
        }
      else if (label->kind == TF_LAYOUT_LABEL_PERSON && !label->leader && other <= own)
        g_string_append_printf (out, "label %s at %.0f,%.0f is %.1f px from %s, %.1f from own\n",
                                label->text, label->x, label->y, other, nearest, own);
    }
  for (guint p = 0; p < n_paths; p++)
    {
      gboolean named = FALSE;

      for (guint i = 0; i < n_labels && !named; i++)
        named = labels[i].visible && labels[i].kind == TF_LAYOUT_LABEL_PERSON
                && labels[i].owner == (int) p;
      if (!named && path_in_plot (layout, &paths[p]))
        {
          const TfLayoutSegment *first = &segments[paths[p].first_segment];
          const TfLayoutSegment *last = &first[paths[p].n_segments - 1];

          g_string_append_printf (out, "path %s is not named: from %.0f,%.0f to %.0f,%.0f\n",
                                  paths[p].name, first->x0, first->y0, last->x1, last->y1);
        }
    }
  (void) segments;
  (void) n_segments;
  (void) plot_x;
  (void) plot_width;
  return g_string_free (out, FALSE);
}
