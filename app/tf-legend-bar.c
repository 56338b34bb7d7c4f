/* tf-legend-bar.c: what the chart's colours and lines mean, under it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-legend-bar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tf-chart-legend.h"
#include "tf-legend-bar.h"

/* A swatch, px: as long as two lines of text are high, a line high. */
#define SWATCH_WIDTH  28
#define SWATCH_HEIGHT 14
#define SWATCH_LINE   2.0

/* Between items in a line, between lines, and around the button. */
#define COLUMN_SPACING 18
#define ROW_SPACING    2

struct _TfLegendBar
{
  GtkWidget parent_instance;

  /* Children: the items, then the button that hides the bar. */
  GtkWidget *hide_button;

  /* What the items were made from: made again only when it changes. */
  gboolean has_layout;
  guint sectors;
  TfChartLegendStyles styles;
  gboolean aggregated;
  gboolean strip;
  gboolean dark;

  TfChartLegendItem items[TF_CHART_LEGEND_MAX_ITEMS];
  guint n_items;

  /* A layout may come while the chart draws: the items are made anew
   * once that is over, not in the middle of the frame. */
  guint rebuild_idle;
};

G_DEFINE_FINAL_TYPE (TfLegendBar, tf_legend_bar, GTK_TYPE_WIDGET)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  const TfChartLegendItem *item = data;

  tf_chart_legend_draw_swatch (cr, item, 1, 0, width - 2, height, SWATCH_LINE);
}

static GtkWidget *
item_widget (const TfChartLegendItem *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (item->text);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), SWATCH_WIDTH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), SWATCH_HEIGHT);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  /* The item lives as long as the swatch: both go when the items are
   * made again. */
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  g_memdup2 (item, sizeof *item), g_free);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* A narrow window wraps the longer texts rather than growing. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (row), swatch);
  gtk_box_append (GTK_BOX (row), label);
  return row;
}

static void
rebuild (TfLegendBar *self)
{
  TfChartTheme theme;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != self->hide_button)
    gtk_widget_unparent (child);
  self->n_items = 0;
  if (!self->has_layout)
    return;

  tf_chart_theme_init (&theme, self->dark);
  self->n_items = tf_chart_legend_items (&theme, self->sectors, self->styles, self->aggregated,
                                         self->strip, self->items);
  for (guint i = 0; i < self->n_items; i++)
    gtk_widget_insert_before (item_widget (&self->items[i]), GTK_WIDGET (self),
                              self->hide_button);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  TfLegendBar *self = data;

  self->rebuild_idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* ---- a line of items, wrapped as the width needs ---- */

/* Lays the items out in lines of width px, left of the button; returns
 * the height. With allocate, places them too. */
static int
flow (TfLegendBar *self,
      int          width,
      gboolean     allocate)
{
  int button_width, button_height;
  int line_width;
  int x = 0;
  int y = 0;
  int line_height = 0;
  int height;

  gtk_widget_measure (self->hide_button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_width,
                      NULL, NULL);
  gtk_widget_measure (self->hide_button, GTK_ORIENTATION_VERTICAL, -1, NULL, &button_height,
                      NULL, NULL);
  line_width = MAX (width - button_width - COLUMN_SPACING, 1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != self->hide_button; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_width, child_height;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, &child_width,
                          NULL, NULL);
      child_width = MAX (MIN (child_width, line_width), child_minimum);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height,
                          NULL, NULL);
      if (x > 0 && x + child_width > line_width)
        {
          y += line_height + ROW_SPACING;
          x = 0;
          line_height = 0;
        }
      line_height = MAX (line_height, child_height);
      if (allocate)
        gtk_widget_size_allocate (child,
                                  &(GtkAllocation) { x, y, child_width, child_height }, -1);
      x += child_width + COLUMN_SPACING;
    }
  height = MAX (y + line_height, button_height);
  if (allocate)
    gtk_widget_size_allocate (self->hide_button,
                              &(GtkAllocation) { width - button_width, 0, button_width,
                                                 button_height },
                              -1);
  return height;
}

static GtkSizeRequestMode
tf_legend_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tf_legend_bar_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  TfLegendBar *self = TF_LEGEND_BAR (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At least the button beside the widest item (whose text wraps);
       * at best one line. */
      int widest = 0;
      int total = 0;
      int button;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != self->hide_button;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum, child_natural;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum,
                              &child_natural, NULL, NULL);
          widest = MAX (widest, child_minimum);
          total += child_natural + COLUMN_SPACING;
        }
      gtk_widget_measure (self->hide_button, GTK_ORIENTATION_HORIZONTAL, -1, &button, NULL, NULL,
                          NULL);
      *minimum = widest + COLUMN_SPACING + button;
      *natural = MAX (total + button, *minimum);
    }
  else
    *minimum = *natural = flow (self, for_size >= 0 ? for_size : G_MAXINT / 2, FALSE);
  *minimum_baseline = *natural_baseline = -1;
}

static void
tf_legend_bar_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  flow (TF_LEGEND_BAR (widget), width, TRUE);
}

void
tf_legend_bar_set_layout (TfLegendBar *self,
                          TfLayout    *layout)
{
  guint sectors = 0;
  TfChartLegendStyles styles = 0;
  gboolean aggregated = FALSE;
  gboolean strip = FALSE;

  g_return_if_fail (TF_IS_LEGEND_BAR (self));

  if (layout != NULL)
    {
      tf_chart_legend_scan (layout, &sectors, &styles);
      aggregated = tf_layout_is_aggregated (layout);
      strip = tf_layout_get_strip (layout)->height > 0;
    }
  if (self->has_layout == (layout != NULL) && self->sectors == sectors && self->styles == styles
      && self->aggregated == aggregated && self->strip == strip)
    return;
  self->has_layout = layout != NULL;
  self->sectors = sectors;
  self->styles = styles;
  self->aggregated = aggregated;
  self->strip = strip;
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add (rebuild_idle_cb, self);
}

gboolean
tf_legend_bar_get_pending (TfLegendBar *self)
{
  g_return_val_if_fail (TF_IS_LEGEND_BAR (self), FALSE);
  return self->rebuild_idle != 0;
}

guint
tf_legend_bar_get_n_items (TfLegendBar *self)
{
  g_return_val_if_fail (TF_IS_LEGEND_BAR (self), 0);
  return self->n_items;
}

const char *
tf_legend_bar_get_item_text (TfLegendBar *self,
                             guint        index)
{
  g_return_val_if_fail (TF_IS_LEGEND_BAR (self), NULL);
  g_return_val_if_fail (index < self->n_items, NULL);
  return self->items[index].text;
}

static void
style_manager_notify_dark_cb (TfLegendBar *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (dark == self->dark)
    return;
  self->dark = dark;
  rebuild (self);
}

static void
tf_legend_bar_dispose (GObject *object)
{
  TfLegendBar *self = TF_LEGEND_BAR (object);

  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->hide_button = NULL;
  G_OBJECT_CLASS (tf_legend_bar_parent_class)->dispose (object);
}

static void
tf_legend_bar_class_init (TfLegendBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_legend_bar_dispose;
  widget_class->get_request_mode = tf_legend_bar_get_request_mode;
  widget_class->measure = tf_legend_bar_measure;
  widget_class->size_allocate = tf_legend_bar_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "legendbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tf_legend_bar_init (TfLegendBar *self)
{
  /* Folding it away: the window's action, which the main menu also
   * offers to bring it back. */
  self->hide_button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_tooltip_text (self->hide_button, _("Hide the Legend"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->hide_button), "win.show-legend");
  gtk_widget_set_valign (self->hide_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->hide_button, "flat");
  gtk_widget_add_css_class (self->hide_button, "circular");
  gtk_widget_set_parent (self->hide_button, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Legend"), -1);

  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (style_manager_notify_dark_cb), self);
}

GtkWidget *
tf_legend_bar_new (void)
{
  return g_object_new (TF_TYPE_LEGEND_BAR, NULL);
}
