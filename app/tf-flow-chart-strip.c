/* tf-flow-chart-strip.c: the direction strip under the chart, pointed at.
 *
 * A bar's tooltip says how many people moved toward academia or toward
 * industry that year, and who; a click on it opens a popover listing
 * them, each row selecting its person (or its group's move). The bars
 * and whom they count come from tf-layout-directions.h, kept for the
 * layout shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-flow-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-flow-chart-private.h"
#include "tf-wording.h"

/* A tooltip names at most this many of a bar's moves. */
#define MAX_TOOLTIP_MOVES 8
/* The popover's list scrolls past this height, px. */
#define MAX_LIST_HEIGHT 360

TfLayoutDirections *
_tf_flow_chart_get_directions (TfFlowChart *self)
{
  if (self->layout == NULL)
    return NULL;
  /* The directions hold their layout: a layout at the same address is the
   * same layout. */
  if (self->directions == NULL || self->directions_layout != self->layout)
    {
      g_clear_pointer (&self->directions, tf_layout_directions_free);
      self->directions = tf_layout_directions_new (self->layout);
      self->directions_layout = self->layout;
    }
  return self->directions;
}

int
_tf_flow_chart_bar_at (TfFlowChart *self,
                       double       x,
                       double       y)
{
  TfLayoutDirections *directions = _tf_flow_chart_get_directions (self);

  return directions != NULL ? tf_layout_directions_bar_at (directions, x, y) : -1;
}

/* "In 2015, 40 people moved toward industry". */
static char *
describe_count (const TfLayoutDirectionBar *bar)
{
  if (bar->direction == TF_LAYOUT_TOWARD_ACADEMIA)
    /* Translators: a bar of the direction strip: a year, then a count. */
    return g_strdup_printf (ngettext ("In %d, %u person moved toward academia",
                                      "In %d, %u people moved toward academia", bar->count),
                            bar->year, bar->count);
  /* Translators: a bar of the direction strip: a year, then a count. */
  return g_strdup_printf (ngettext ("In %d, %u person moved toward industry",
                                    "In %d, %u people moved toward industry", bar->count),
                          bar->year, bar->count);
}

/* Who made a move: the person's name or the group's. */
static const char *
mover_name (TfFlowChart                 *self,
            const TfLayoutDirectionMove *move)
{
  return tf_layout_get_paths (self->layout, NULL)[move->path].name;
}

static const TfMove *
dataset_move (TfFlowChart                 *self,
              const TfLayoutDirectionMove *move)
{
  return g_ptr_array_index (tf_dataset_get_moves (self->careers_dataset), move->move);
}

char *
_tf_flow_chart_describe_bar (TfFlowChart *self,
                             int          bar_index)
{
  TfLayoutDirections *directions = _tf_flow_chart_get_directions (self);
  const TfLayoutDirectionBar *bar;
  const TfLayoutDirectionMove *moves;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *count = NULL;
  g_autofree char *escaped = NULL;

  if (directions == NULL || self->careers_dataset == NULL || bar_index < 0)
    return NULL;
  bar = &tf_layout_directions_get_bars (directions, NULL)[bar_index];
  moves = tf_layout_directions_get_moves (directions, NULL);

  count = describe_count (bar);
  escaped = g_markup_escape_text (count, -1);
  g_string_append_printf (markup, "<b>%s</b>", escaped);
  for (guint i = 0; i < bar->n_moves; i++)
    {
      const TfLayoutDirectionMove *move = &moves[bar->first_move + i];
      g_autofree char *name = g_markup_escape_text (mover_name (self, move), -1);
      g_autofree char *route = tf_wording_route (self->careers_dataset,
                                                 dataset_move (self, move));
      g_autofree char *escaped_route = g_markup_escape_text (route, -1);

      if (i == MAX_TOOLTIP_MOVES)
        {
          guint n_more = bar->n_moves - i;

          g_string_append (markup, "\n");
          g_string_append_printf (markup,
                                  ngettext ("and %u more person", "and %u more people", n_more),
                                  n_more);
          break;
        }
      g_string_append_printf (markup, "\n%s  <span alpha=\"70%%\">%s</span>", name,
                              escaped_route);
    }
  if (bar->n_moves > 0)
    g_string_append_printf (markup, "\n<i>%s</i>", _("Click the bar to list them"));
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* ---- the list a click opens ---- */

static void
row_activated_cb (TfFlowChart   *self,
                  GtkListBoxRow *row,
                  GtkListBox    *list)
{
  const char *person_id = g_object_get_data (G_OBJECT (row), "person-id");
  const char *move_id = g_object_get_data (G_OBJECT (row), "move-id");

  gtk_popover_popdown (GTK_POPOVER (self->strip_popover));
  if (person_id != NULL)
    tf_flow_chart_select_person (self, person_id);
  else if (move_id != NULL)
    tf_flow_chart_select_move (self, move_id);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static GtkWidget *
create_row (TfFlowChart                 *self,
            const TfLayoutDirectionMove *move)
{
  const TfLayoutPath *path = &tf_layout_get_paths (self->layout, NULL)[move->path];
  const TfMove *record = dataset_move (self, move);
  g_autofree char *route = tf_wording_route (self->careers_dataset, record);
  g_autofree char *date = tf_wording_date (&record->date);
  g_autofree char *detail = g_strdup_printf ("%s · %s", date, route);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (path->name);
  GtkWidget *route_label = gtk_label_new (detail);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (route_label), 0);
  gtk_label_set_wrap (GTK_LABEL (route_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (route_label), 40);
  gtk_widget_add_css_class (route_label, "dim-label");
  gtk_widget_add_css_class (route_label, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), route_label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* A person is selected as a person; a group is only its move. */
  if (record->person_id != NULL)
    g_object_set_data_full (G_OBJECT (row), "person-id", g_strdup (record->person_id), g_free);
  else
    g_object_set_data_full (G_OBJECT (row), "move-id", g_strdup (record->id), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  path->name, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail, -1);
  return row;
}

gboolean
_tf_flow_chart_show_bar_people (TfFlowChart *self,
                                int          bar_index)
{
  TfLayoutDirections *directions = _tf_flow_chart_get_directions (self);
  const TfLayoutDirectionBar *bar;
  const TfLayoutDirectionMove *moves;
  g_autofree char *heading = NULL;
  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *scrolled;
  GtkWidget *list;

  if (directions == NULL || self->careers_dataset == NULL || bar_index < 0)
    return FALSE;
  bar = &tf_layout_directions_get_bars (directions, NULL)[bar_index];
  moves = tf_layout_directions_get_moves (directions, NULL);
  /* An aggregated chart's bars are counts of ribbons: nobody to list. */
  if (bar->n_moves == 0)
    return FALSE;

  if (self->strip_popover == NULL)
    {
      self->strip_popover = gtk_popover_new ();
      gtk_widget_set_parent (self->strip_popover, GTK_WIDGET (self));
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading = describe_count (bar);
  title = gtk_label_new (heading);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  for (guint i = 0; i < bar->n_moves; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), create_row (self, &moves[bar->first_move + i]));
  g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), MAX_LIST_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_popover_set_child (GTK_POPOVER (self->strip_popover), box);
  gtk_popover_set_position (GTK_POPOVER (self->strip_popover),
                            bar->direction == TF_LAYOUT_TOWARD_ACADEMIA ? GTK_POS_TOP
                                                                        : GTK_POS_BOTTOM);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->strip_popover),
                               &(GdkRectangle) { (int) bar->x, (int) bar->y,
                                                 MAX ((int) bar->width, 1),
                                                 MAX ((int) bar->height, 1) });
  gtk_popover_popup (GTK_POPOVER (self->strip_popover));
  return TRUE;
}
