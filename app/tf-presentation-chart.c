/* tf-presentation-chart.c: a chart revealed from the left, frame by frame.
 *
 * Four pictures of the chart, each painted once: the skeleton, which is
 * always visible (background, lanes, organization and year labels, the
 * grid); everything but the names of people, shown left of the edge; the
 * names alone, cut out one by one; and in move mode the skeleton with the
 * plot dimmed. An emphasised move is painted once per move, over a copy
 * of the second picture: the rest of the plot dimmed, the move's path
 * outlined, as tf_chart_draw_overlay () does in the window, but only over
 * the plot, so that the lanes' and years' labels stay legible for the
 * room. Every frame shows one picture left of the edge and another right
 * of it, and the names: about one screenful of pixels, whatever the data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-presentation"

#include "config.h"

#include "tf-presentation-chart.h"
#include "tf-presentation-tiles.h"

/* The pictures' columns, in px. */
#define COLUMN_PX 64.0

/* A person's name and where its path starts. */
typedef struct
{
  int label;
  double anchor_x;
  GskRenderNode *node;
} Name;

struct _TfPresentationChart
{
  TfLayout *layout;
  const TfChartTheme *theme;
  TfLayoutPangoMeasurer *fonts;
  int scale;
  double width;
  double height;
  /* The plot, and a little more for strokes along its edges. */
  graphene_rect_t plot;

  TfPresentationTiles *skeleton;
  TfPresentationTiles *full;
  TfPresentationTiles *names_picture;
  GArray *names;                         /* of Name */
  TfPresentationTiles *dimmed_skeleton;
  TfPresentationTiles *emphasis;         /* of path and segment */
  int path;
  int segment;
  gboolean failed;
};

static void
clear_name (gpointer data)
{
  Name *name = data;

  g_clear_pointer (&name->node, gsk_render_node_unref);
}

TfPresentationChart *
tf_presentation_chart_new (TfLayout              *layout,
                           const TfChartTheme    *theme,
                           TfLayoutPangoMeasurer *fonts,
                           int                    scale)
{
  TfPresentationChart *self;
  double x;
  double y;
  double width;
  double height;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (theme != NULL, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  self = g_new0 (TfPresentationChart, 1);
  self->layout = tf_layout_ref (layout);
  self->theme = theme;
  self->fonts = fonts;
  self->scale = scale;
  self->path = -1;
  self->segment = -1;
  tf_layout_get_size (layout, &self->width, &self->height);
  tf_layout_get_plot (layout, &x, &y, &width, &height);
  graphene_rect_intersection (&GRAPHENE_RECT_INIT (x, y - 4, width, height + 8),
                              &GRAPHENE_RECT_INIT (0, 0, self->width, self->height), &self->plot);
  return self;
}

void
tf_presentation_chart_free (TfPresentationChart *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->skeleton, tf_presentation_tiles_free);
  g_clear_pointer (&self->full, tf_presentation_tiles_free);
  g_clear_pointer (&self->names, g_array_unref);
  g_clear_pointer (&self->names_picture, tf_presentation_tiles_free);
  g_clear_pointer (&self->dimmed_skeleton, tf_presentation_tiles_free);
  g_clear_pointer (&self->emphasis, tf_presentation_tiles_free);
  tf_layout_unref (self->layout);
  g_free (self);
}

/* ---- painting the pictures ---- */

typedef struct
{
  TfPresentationChart *chart;
  TfChartLayers layers;
} LayersJob;

static void
paint_layers (cairo_t  *cr,
              gpointer  user_data)
{
  LayersJob *job = user_data;

  tf_chart_draw_layers (cr, job->chart->layout, job->chart->theme, job->chart->fonts, job->layers);
}

static void
paint_dim (cairo_t  *cr,
           gpointer  user_data)
{
  TfPresentationChart *self = user_data;
  const TfColor *background = &self->theme->background;

  cairo_rectangle (cr, self->plot.origin.x, self->plot.origin.y, self->plot.size.width,
                   self->plot.size.height);
  cairo_set_source_rgba (cr, background->red, background->green, background->blue,
                         TF_CHART_DIM_ALPHA);
  cairo_fill (cr);
}

static void
paint_emphasis (cairo_t  *cr,
                gpointer  user_data)
{
  TfPresentationChart *self = user_data;
  TfChartHighlight highlight;

  tf_chart_highlight_init (&highlight);
  highlight.selected_path = self->path;
  highlight.selected_segment = self->segment;
  cairo_rectangle (cr, self->plot.origin.x, self->plot.origin.y, self->plot.size.width,
                   self->plot.size.height);
  cairo_clip (cr);
  tf_chart_draw_overlay (cr, self->layout, self->theme, self->fonts, &highlight);
}

static TfPresentationTiles *
new_picture (TfPresentationChart     *self,
             TfPresentationTiles     *base,
             TfPresentationPaintFunc  paint,
             gpointer                 user_data)
{
  TfPresentationTiles *picture;

  picture = tf_presentation_tiles_new (base, self->width, self->height, self->scale, COLUMN_PX,
                                       paint, user_data);
  if (picture == NULL)
    self->failed = TRUE;
  return picture;
}

static TfPresentationTiles *
new_layers_picture (TfPresentationChart *self,
                    TfChartLayers        layers)
{
  LayersJob job = { self, layers };

  return new_picture (self, NULL, paint_layers, &job);
}

/* The names, each cut out of one picture of them with its halo. */
static void
cut_names (TfPresentationChart *self)
{
  guint n_labels;
  const TfLayoutLabel *labels = tf_layout_get_labels (self->layout, &n_labels);

  self->names = g_array_new (FALSE, FALSE, sizeof (Name));
  g_array_set_clear_func (self->names, clear_name);
  self->names_picture = new_layers_picture (self, TF_CHART_LAYER_PERSON_LABELS);
  if (self->names_picture == NULL)
    return;
  for (guint i = 0; i < n_labels; i++)
    {
      const TfLayoutLabel *label = &labels[i];
      Name name = { (int) i, label->anchor_x, NULL };

      if (!label->visible || label->kind != TF_LAYOUT_LABEL_PERSON)
        continue;
      if (label->leader)
        {
          /* With the leader from its path. */
          double x0 = MIN (label->x, label->anchor_x) - 2;
          double y0 = MIN (label->y, label->anchor_y) - 2;
          double x1 = MAX (label->x + label->width, label->anchor_x) + 2;
          double y1 = MAX (label->y + label->height, label->anchor_y) + 2;

          name.node = tf_presentation_tiles_cut (self->names_picture,
                                                 &GRAPHENE_RECT_INIT (x0, y0, x1 - x0, y1 - y0));
        }
      else
        name.node = tf_presentation_tiles_cut (
            self->names_picture,
            &GRAPHENE_RECT_INIT (label->x - 2, label->y - 2, label->width + 4, label->height + 4));
      if (name.node != NULL)
        g_array_append_val (self->names, name);
    }
}

static gboolean
ensure_pictures (TfPresentationChart *self)
{
  if (self->failed)
    return FALSE;
  if (self->skeleton == NULL)
    self->skeleton = new_layers_picture (self, TF_CHART_LAYER_SKELETON);
  if (self->full == NULL && !self->failed)
    self->full = new_layers_picture (self, TF_CHART_LAYER_ALL & ~TF_CHART_LAYER_PERSON_LABELS);
  if (self->names == NULL && !self->failed)
    cut_names (self);
  if (self->path >= 0 && !self->failed)
    {
      if (self->dimmed_skeleton == NULL)
        self->dimmed_skeleton = new_picture (self, self->skeleton, paint_dim, self);
      if (self->emphasis == NULL && !self->failed)
        self->emphasis = new_picture (self, self->full, paint_emphasis, self);
    }
  return !self->failed;
}

/* ---- public ---- */

void
tf_presentation_chart_set_emphasis (TfPresentationChart *self,
                                    int                  path,
                                    int                  segment)
{
  guint n_paths;

  g_return_if_fail (self != NULL);

  tf_layout_get_paths (self->layout, &n_paths);
  if (path < 0 || (guint) path >= n_paths)
    path = segment = -1;
  if (path == self->path && segment == self->segment)
    return;
  self->path = path;
  self->segment = segment;
  g_clear_pointer (&self->emphasis, tf_presentation_tiles_free);
}

gboolean
tf_presentation_chart_append (TfPresentationChart *self,
                              GtkSnapshot         *snapshot,
                              double               edge,
                              double               target,
                              double               fade)
{
  gboolean emphasis;
  int emphasised_path = -1;
  const TfLayoutLabel *labels = tf_layout_get_labels (self->layout, NULL);
  double dim = 1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GTK_IS_SNAPSHOT (snapshot), FALSE);

  if (!ensure_pictures (self))
    return FALSE;

  emphasis = self->path >= 0;
  tf_presentation_tiles_append (emphasis ? self->emphasis : self->full, snapshot, 0, edge);
  tf_presentation_tiles_append (emphasis ? self->dimmed_skeleton : self->skeleton, snapshot, edge,
                                self->width);

  /* Names over the chart, as tf_chart_draw () draws them; dimmed with
   * the rest but for the emphasised person's. */
  if (emphasis)
    {
      emphasised_path = self->path;
      dim = 1 - TF_CHART_DIM_ALPHA;
    }
  for (guint i = 0; i < self->names->len; i++)
    {
      const Name *name = &g_array_index (self->names, Name, i);
      double stretch = MIN (fade, target - name->anchor_x);
      double alpha;

      if (name->anchor_x > edge)
        continue;
      alpha = stretch > 0 ? CLAMP ((edge - name->anchor_x) / stretch, 0, 1) : 1;
      if (labels[name->label].owner != emphasised_path)
        alpha *= dim;
      if (alpha <= 0)
        continue;
      if (alpha < 1)
        gtk_snapshot_push_opacity (snapshot, alpha);
      gtk_snapshot_append_node (snapshot, name->node);
      if (alpha < 1)
        gtk_snapshot_pop (snapshot);
    }
  return TRUE;
}
