/* tf-flow-chart-input.c: pointer and keys on the flow chart.
 *
 * Everything here maps input to the layout (tf_layout_hit_test) and to the
 * model: hover, tooltips, selection by click and by arrow keys, and zoom
 * and pan of the time axis by scrolling, pinching and dragging.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-flow-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-flow-chart-private.h"

/* How far from a stroke the pointer may be, px: thin paths are hard to hit. */
#define HIT_TOLERANCE 4.0
/* How many times a drag corrects the view to keep the time under the
 * pointer: each lays the chart out once more, as the pointer moves. */
#define MAX_DRAG_CORRECTIONS 1
/* A press that moves less than this is a click, not a drag. */
#define DRAG_THRESHOLD 4.0
/* One wheel step zooms by this factor. */
#define ZOOM_STEP 1.25
/* One wheel step pans by this share of the view. */
#define PAN_STEP 0.1
/* Further than any chart reaches, yet close enough that distances from
 * it still tell one y from another: where the arrows start from with
 * nothing to start from. */
#define FAR_PX 1e9

static gboolean
hits_equal (const TfLayoutHit *a,
            const TfLayoutHit *b)
{
  return a->kind == b->kind
         && a->path == b->path
         && a->segment == b->segment
         && a->sublane == b->sublane
         && a->label == b->label
         && a->block == b->block
         && a->ribbon == b->ribbon;
}

static void
hit_test (TfFlowChart *self,
          double       x,
          double       y,
          TfLayoutHit *hit)
{
  if (self->layout == NULL || !tf_layout_hit_test (self->layout, x, y, HIT_TOLERANCE, hit))
    {
      memset (hit, 0, sizeof *hit);
      hit->kind = TF_LAYOUT_HIT_NONE;
      hit->path = hit->segment = hit->sublane = hit->label = -1;
      hit->block = hit->ribbon = hit->person = hit->move = hit->organization = -1;
    }
}

/* A sub-lane under the pointer but away from its label or blocks is just
 * the background: it gets a tooltip but no highlight, and a click there
 * clears the selection. */
static gboolean
hit_is_background (const TfLayoutHit *hit)
{
  return hit->kind == TF_LAYOUT_HIT_NONE
         || (hit->kind == TF_LAYOUT_HIT_ORGANIZATION && hit->label < 0 && hit->block < 0);
}

void
_tf_flow_chart_update_hover (TfFlowChart *self)
{
  TfLayoutHit hit;
  int bar = -1;

  g_assert (TF_IS_FLOW_CHART (self));

  if (self->has_pointer && !self->dragging)
    {
      hit_test (self, self->pointer_x, self->pointer_y, &hit);
      bar = _tf_flow_chart_bar_at (self, self->pointer_x, self->pointer_y);
    }
  else
    hit_test (self, -G_MAXDOUBLE, -G_MAXDOUBLE, &hit);

  if (hit_is_background (&hit))
    {
      int sublane = hit.sublane;
      int organization = hit.organization;

      hit_test (self, -G_MAXDOUBLE, -G_MAXDOUBLE, &hit);
      /* Kept for the tooltip only. */
      hit.sublane = sublane;
      hit.organization = organization;
    }

  if (hits_equal (&hit, &self->hover) && bar == self->hover_bar)
    return;

  self->hover = hit;
  self->hover_bar = bar;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit.kind != TF_LAYOUT_HIT_NONE || bar >= 0 ? "pointer"
                                                                              : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (TfFlowChart              *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  self->has_pointer = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  _tf_flow_chart_update_hover (self);
}

static void
leave_cb (TfFlowChart              *self,
          GtkEventControllerMotion *motion)
{
  self->has_pointer = FALSE;
  _tf_flow_chart_update_hover (self);
  /* What was clicked need not stay under a pointer that has gone (to
   * the panel, say): the chart takes its own width again. */
  _tf_flow_chart_unpin (self);
}

void
_tf_flow_chart_select_at (TfFlowChart *self,
                          double       x,
                          double       y)
{
  TfLayoutHit hit;
  GPtrArray *moves;
  double time = _tf_flow_chart_time_at (self, x);

  g_assert (TF_IS_FLOW_CHART (self));

  hit_test (self, x, y, &hit);
  if (hit_is_background (&hit) || self->careers_dataset == NULL)
    {
      tf_flow_chart_clear_selection (self);
      return;
    }

  moves = tf_dataset_get_moves (self->careers_dataset);
  switch (hit.kind)
    {
    case TF_LAYOUT_HIT_PERSON:
      if (hit.person >= 0)
        {
          const TfPerson *person = g_ptr_array_index (tf_dataset_get_people (self->careers_dataset),
                                                      hit.person);

          _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_PERSON, person->id, time);
        }
      else if (hit.move >= 0)
        {
          /* An anonymous group is only its move. */
          const TfMove *move = g_ptr_array_index (moves, hit.move);

          _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_MOVE, move->id, time);
        }
      break;

    case TF_LAYOUT_HIT_MOVE:
      {
        const TfMove *move = g_ptr_array_index (moves, hit.move);
        double move_time = _tf_flow_chart_move_time (move);

        _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_MOVE, move->id,
                                      isnan (move_time) ? time : move_time);
      }
      break;

    case TF_LAYOUT_HIT_ORGANIZATION:
      if (hit.organization >= 0)
        {
          const TfOrganization *organization = g_ptr_array_index (
              tf_dataset_get_organizations (self->careers_dataset), hit.organization);

          _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_ORGANIZATION,
                                        organization->id, time);
        }
      else
        tf_flow_chart_clear_selection (self);
      break;

    case TF_LAYOUT_HIT_FLOW:
      {
        /* A ribbon is many people: select where they go. */
        const TfLayoutRibbon *ribbon = &tf_layout_get_ribbons (self->layout, NULL)[hit.ribbon];
        const TfLayoutBlock *target = &tf_layout_get_blocks (self->layout, NULL)[ribbon->target];
        const TfLayoutSublane *sublane
            = &tf_layout_get_sublanes (self->layout, NULL)[target->sublane];

        if (sublane->id != NULL)
          _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_ORGANIZATION, sublane->id,
                                        time);
        else
          tf_flow_chart_clear_selection (self);
      }
      break;

    case TF_LAYOUT_HIT_NONE:
    default:
      tf_flow_chart_clear_selection (self);
      break;
    }
}

static void
click_pressed_cb (TfFlowChart     *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *click)
{
  self->dragged = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
click_released_cb (TfFlowChart     *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *click)
{
  if (self->dragged)
    return;

  /* A bar of the direction strip lists the people it counts. */
  if (_tf_flow_chart_show_bar_people (self, _tf_flow_chart_bar_at (self, x, y)))
    return;
  _tf_flow_chart_select_at (self, x, y);
}

static void
drag_begin_cb (TfFlowChart    *self,
               double          x,
               double          y,
               GtkGestureDrag *drag)
{
  self->dragging = FALSE;
  self->dragged = FALSE;
  tf_flow_chart_get_view (self, &self->gesture_from, &self->gesture_to);
  g_clear_pointer (&self->drag_layout, tf_layout_unref);
  if (self->layout != NULL)
    self->drag_layout = tf_layout_ref (self->layout);
  self->drag_x = x;
}

static void
drag_update_cb (TfFlowChart    *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *drag)
{
  double target;
  double pointed;
  double shift;

  if (!self->dragging && fabs (offset_x) < DRAG_THRESHOLD && fabs (offset_y) < DRAG_THRESHOLD)
    return;

  if (!self->dragging)
    {
      self->dragging = TRUE;
      self->dragged = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      _tf_flow_chart_update_hover (self);
    }

  if (self->drag_layout == NULL)
    return;

  /* The time under the pointer follows it: measured on the chart as the
   * drag began, as years behind an axis break are narrower than others. */
  target = self->drag_x + offset_x;
  pointed = tf_layout_time_for_x (self->drag_layout, self->drag_x);
  shift = tf_layout_time_for_x (self->drag_layout, target) - pointed;
  if (!isfinite (shift))
    return;
  tf_flow_chart_set_view (self, self->gesture_from - shift, self->gesture_to - shift);

  /* The new view may break its axis elsewhere (a break starts at a whole
   * year): corrected on the new chart, when it is laid out at once. */
  for (guint i = 0; i < MAX_DRAG_CORRECTIONS; i++)
    {
      double error;

      guint n_breaks = 0;
      guint n_breaks_before = 0;

      _tf_flow_chart_ensure_layout (self);
      if (self->layout == NULL || self->layout_done != self->layout_serial)
        break;
      /* Without a break, before or now, the years keep their width:
       * nothing to correct. */
      tf_layout_get_breaks (self->layout, &n_breaks);
      tf_layout_get_breaks (self->drag_layout, &n_breaks_before);
      if (n_breaks == 0 && n_breaks_before == 0)
        break;
      error = tf_layout_time_for_x (self->layout, target) - pointed;
      if (!isfinite (error) || fabs (tf_layout_x_for_time (self->layout, pointed) - target) < 0.5)
        break;
      shift += error;
      tf_flow_chart_set_view (self, self->gesture_from - shift, self->gesture_to - shift);
    }
}

static void
drag_end_cb (TfFlowChart    *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *drag)
{
  g_clear_pointer (&self->drag_layout, tf_layout_unref);
  if (!self->dragging)
    return;

  /* dragged stays set until the next press, for the click's release. */
  self->dragging = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  _tf_flow_chart_update_hover (self);
}

static void
drag_cancel_cb (TfFlowChart      *self,
                GdkEventSequence *sequence,
                GtkGesture       *gesture)
{
  self->dragging = FALSE;
  g_clear_pointer (&self->drag_layout, tf_layout_unref);
  _tf_flow_chart_update_hover (self);
}

static void
zoom_begin_cb (TfFlowChart      *self,
               GdkEventSequence *sequence,
               GtkGesture       *gesture)
{
  double x;
  double y;

  tf_flow_chart_get_view (self, &self->gesture_from, &self->gesture_to);
  if (gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    self->gesture_anchor = _tf_flow_chart_time_at (self, x);
  else
    self->gesture_anchor = (self->gesture_from + self->gesture_to) / 2;
}

static void
zoom_scale_changed_cb (TfFlowChart    *self,
                       double          scale,
                       GtkGestureZoom *zoom)
{
  double anchor = self->gesture_anchor;

  if (scale <= 0 || isnan (anchor))
    return;

  tf_flow_chart_set_view (self,
                          anchor - (anchor - self->gesture_from) / scale,
                          anchor + (self->gesture_to - anchor) / scale);
}

static gboolean
scroll_cb (TfFlowChart              *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *scroll)
{
  GdkModifierType state
      = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  gboolean wheel = gtk_event_controller_scroll_get_unit (scroll) == GDK_SCROLL_UNIT_WHEEL;
  double plot_width = 0;
  double from;
  double to;
  double delta;

  if (self->layout == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      double steps = wheel ? dy : dy / 20.0;
      double anchor = self->has_pointer ? _tf_flow_chart_time_at (self, self->pointer_x) : NAN;

      if (isnan (anchor))
        {
          tf_flow_chart_get_view (self, &from, &to);
          anchor = (from + to) / 2;
        }
      _tf_flow_chart_zoom_around (self, pow (ZOOM_STEP, -steps), anchor);
      return TRUE;
    }

  /* Vertical wheels pan too: the chart always fits its height. */
  delta = dx != 0 ? dx : dy;
  if (delta == 0)
    return FALSE;

  tf_flow_chart_get_view (self, &from, &to);
  tf_layout_get_plot (self->layout, NULL, NULL, &plot_width, NULL);
  if (wheel)
    delta *= PAN_STEP * (to - from);
  else if (plot_width > 0)
    delta *= (to - from) / plot_width;
  else
    return FALSE;

  tf_flow_chart_set_view (self, from + delta, to + delta);
  return TRUE;
}

/* Keyboard navigation. */

/* y of segment at x, for x within its span. */
static double
segment_y_at (const TfLayoutSegment *segment,
              double                 x)
{
  if (segment->kind == TF_LAYOUT_SEGMENT_STRAIGHT)
    return segment->y0;
  return tf_layout_curve_y_at (segment->x0, segment->y0, segment->x1, segment->y1, x);
}

/* y of the path at x, on its first strand there; FALSE when the path has
 * nothing at x. */
static gboolean
path_y_at (TfLayout           *layout,
           const TfLayoutPath *path,
           double              x,
           double             *y)
{
  const TfLayoutSegment *segments = tf_layout_get_segments (layout, NULL);
  int best_strand = G_MAXINT;

  for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
    {
      const TfLayoutSegment *segment = &segments[i];

      if (x < MIN (segment->x0, segment->x1) || x > MAX (segment->x0, segment->x1))
        continue;
      if (segment->strand < best_strand)
        {
          best_strand = segment->strand;
          *y = segment_y_at (segment, x);
        }
    }

  return best_strand != G_MAXINT;
}

/* Where the keyboard is along the time axis, in px: the cursor if it is
 * in view, else the middle of the path (or the view). */
static double
cursor_x (TfFlowChart *self,
          int          path_index)
{
  double plot_x;
  double plot_width;
  double x;

  tf_layout_get_plot (self->layout, &plot_x, NULL, &plot_width, NULL);

  if (!isnan (self->cursor_time))
    {
      x = tf_layout_x_for_time (self->layout, self->cursor_time);
      if (x >= plot_x && x <= plot_x + plot_width)
        return x;
    }

  if (path_index >= 0)
    {
      const TfLayoutPath *path = &tf_layout_get_paths (self->layout, NULL)[path_index];
      const TfLayoutSegment *segments = tf_layout_get_segments (self->layout, NULL);
      double first = G_MAXDOUBLE;
      double last = -G_MAXDOUBLE;

      for (guint i = path->first_segment; i < path->first_segment + path->n_segments; i++)
        {
          first = MIN (first, MIN (segments[i].x0, segments[i].x1));
          last = MAX (last, MAX (segments[i].x0, segments[i].x1));
        }
      first = MAX (first, plot_x);
      last = MIN (last, plot_x + plot_width);
      if (first <= last)
        return (first + last) / 2;
    }

  return plot_x + plot_width / 2;
}

static void
select_path (TfFlowChart *self,
             int          path_index,
             double       x)
{
  const TfLayoutPath *path = &tf_layout_get_paths (self->layout, NULL)[path_index];
  double time = _tf_flow_chart_time_at (self, x);

  if (path->person >= 0)
    _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_PERSON, path->id, time);
  else
    _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_MOVE, path->id, time);
}

/* Up and Down: the person just above or below at the cursor. */
static gboolean
select_neighbour_path (TfFlowChart *self,
                       int          direction)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (self->layout, &n_paths);
  int current = self->selected_path;
  double x = cursor_x (self, current);
  double current_y;
  double best_distance = G_MAXDOUBLE;
  int best = -1;

  if (n_paths == 0)
    return FALSE;

  if (current < 0 || !path_y_at (self->layout, &paths[current], x, &current_y))
    {
      if (current >= 0)
        {
          /* The selected path is not there at the cursor: move the cursor
           * to where it is. */
          self->cursor_time = NAN;
          x = cursor_x (self, current);
          if (!path_y_at (self->layout, &paths[current], x, &current_y))
            current_y = direction > 0 ? -FAR_PX : FAR_PX;
        }
      else
        current_y = direction > 0 ? -FAR_PX : FAR_PX;
    }

  for (guint i = 0; i < n_paths; i++)
    {
      double y;
      double distance;

      if ((int) i == current || !path_y_at (self->layout, &paths[i], x, &y))
        continue;

      distance = (y - current_y) * direction;
      /* Paths of equal y (a tie after rounding) go by index. */
      if (distance < 0 || (distance == 0 && ((int) i - current) * direction < 0))
        continue;
      if (distance < best_distance)
        {
          best_distance = distance;
          best = (int) i;
        }
    }

  if (best < 0)
    return FALSE;

  select_path (self, best, x);
  return TRUE;
}

/* With nothing selected, any arrow starts at the first person: the top
 * one where the keyboard is (the middle of the view), or else the first
 * path drawn. */
static gboolean
select_first_path (TfFlowChart *self)
{
  guint n_paths;
  const TfLayoutPath *paths = tf_layout_get_paths (self->layout, &n_paths);

  if (select_neighbour_path (self, 1))
    return TRUE;
  for (guint i = 0; i < n_paths; i++)
    if (paths[i].n_segments > 0)
      {
        self->cursor_time = NAN;
        select_path (self, (int) i, cursor_x (self, (int) i));
        return TRUE;
      }
  return FALSE;
}

/* Up and Down in an aggregated chart, or from an organization: the
 * neighbouring organization. */
static gboolean
select_neighbour_sublane (TfFlowChart *self,
                          int          direction)
{
  guint n_sublanes;
  const TfLayoutSublane *sublanes = tf_layout_get_sublanes (self->layout, &n_sublanes);
  int i = self->selected_sublane;

  if (i < 0)
    i = direction > 0 ? -1 : (int) n_sublanes;

  for (i += direction; i >= 0 && i < (int) n_sublanes; i += direction)
    if (sublanes[i].id != NULL)
      {
        _tf_flow_chart_set_selection (self, TF_FLOW_CHART_SELECTION_ORGANIZATION,
                                      sublanes[i].id, NAN);
        return TRUE;
      }

  return FALSE;
}

/* Left and Right: the previous or next move of the selected person. */
static gboolean
select_neighbour_move (TfFlowChart *self,
                       int          direction)
{
  g_autoptr(GPtrArray) moves = NULL;
  const char *person_id = NULL;
  const TfMove *selected_move = NULL;
  int current = -1;
  int target = -1;
  guint n_dated = 0;

  if (self->careers_dataset == NULL || self->selection_id == NULL)
    return FALSE;

  if (self->selection == TF_FLOW_CHART_SELECTION_PERSON)
    person_id = self->selection_id;
  else if (self->selection == TF_FLOW_CHART_SELECTION_MOVE)
    {
      selected_move = tf_dataset_lookup_move (self->careers_dataset, self->selection_id);
      if (selected_move != NULL)
        person_id = selected_move->person_id;
    }
  if (person_id == NULL)
    return FALSE;

  /* Sorted by date, unknown dates last: those are not on the chart. */
  moves = tf_dataset_dup_moves_of_person (self->careers_dataset, person_id);
  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      if (move->date.precision == TF_DATE_UNKNOWN)
        break;
      n_dated++;
      if (move == selected_move)
        current = (int) i;
    }
  if (n_dated == 0)
    return FALSE;

  if (current >= 0)
    target = current + direction;
  else if (!isnan (self->cursor_time))
    {
      /* From the person: the first move on that side of the cursor. */
      if (direction > 0)
        {
          for (target = 0; target < (int) n_dated; target++)
            if (_tf_flow_chart_move_time (g_ptr_array_index (moves, target)) >= self->cursor_time)
              break;
        }
      else
        {
          for (target = (int) n_dated - 1; target >= 0; target--)
            if (_tf_flow_chart_move_time (g_ptr_array_index (moves, target)) <= self->cursor_time)
              break;
        }
    }
  else
    target = direction > 0 ? 0 : (int) n_dated - 1;

  if (target < 0 || target >= (int) n_dated)
    return FALSE;

  tf_flow_chart_select_move (self, ((const TfMove *) g_ptr_array_index (moves, target))->id);
  return TRUE;
}

static gboolean
key_pressed_cb (TfFlowChart           *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *key)
{
  int direction;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      if (self->selection == TF_FLOW_CHART_SELECTION_NONE)
        return FALSE;
      tf_flow_chart_clear_selection (self);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      direction = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ? -1 : 1;
      if (self->layout == NULL)
        return FALSE;
      if (self->selection == TF_FLOW_CHART_SELECTION_NONE && tf_layout_is_aggregated (self->layout))
        select_neighbour_sublane (self, 1);
      else if (self->selection == TF_FLOW_CHART_SELECTION_NONE)
        select_first_path (self);
      else
        select_neighbour_move (self, direction);
      /* Arrows stay in the chart even at its ends. */
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      direction = keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? -1 : 1;
      if (self->layout == NULL)
        return FALSE;
      if (self->selection == TF_FLOW_CHART_SELECTION_ORGANIZATION
          || tf_layout_is_aggregated (self->layout))
        select_neighbour_sublane (self, direction);
      else if (self->selection == TF_FLOW_CHART_SELECTION_NONE)
        select_first_path (self);
      else
        select_neighbour_path (self, direction);
      return TRUE;

    default:
      return FALSE;
    }
}

/* What the tooltip says at (x, y), or for the keyboard's selection. */
static char *
tooltip_markup (TfFlowChart *self,
                double       x,
                double       y,
                gboolean     keyboard_mode)
{
  TfLayoutHit hit;
  int bar;

  /* The list a bar opened says it all. */
  if (self->layout == NULL
      || (self->strip_popover != NULL && gtk_widget_get_visible (self->strip_popover)))
    return NULL;

  bar = keyboard_mode ? -1 : _tf_flow_chart_bar_at (self, x, y);
  if (bar >= 0)
    return _tf_flow_chart_describe_bar (self, bar);

  if (keyboard_mode)
    {
      /* What the keyboard selected. */
      hit_test (self, -G_MAXDOUBLE, -G_MAXDOUBLE, &hit);
      if (self->selected_segment >= 0)
        {
          const TfLayoutSegment *segment
              = &tf_layout_get_segments (self->layout, NULL)[self->selected_segment];

          hit.kind = segment->kind == TF_LAYOUT_SEGMENT_CURVE ? TF_LAYOUT_HIT_MOVE
                                                              : TF_LAYOUT_HIT_PERSON;
          hit.path = self->selected_path;
          hit.segment = self->selected_segment;
          hit.move = segment->move;
          hit.person = tf_layout_get_paths (self->layout, NULL)[self->selected_path].person;
        }
      else if (self->selected_path >= 0)
        {
          const TfLayoutPath *path = &tf_layout_get_paths (self->layout, NULL)[self->selected_path];

          hit.kind = TF_LAYOUT_HIT_PERSON;
          hit.path = self->selected_path;
          hit.person = path->person;
          hit.move = path->group_move;
        }
      else if (self->selected_sublane >= 0)
        {
          hit.kind = TF_LAYOUT_HIT_ORGANIZATION;
          hit.sublane = self->selected_sublane;
          hit.organization
              = tf_layout_get_sublanes (self->layout, NULL)[self->selected_sublane].organization;
        }
    }
  else
    hit_test (self, x, y, &hit);

  return _tf_flow_chart_describe_hit (self, &hit);
}

char *
tf_flow_chart_dup_tooltip (TfFlowChart *self,
                           double       x,
                           double       y)
{
  g_return_val_if_fail (TF_IS_FLOW_CHART (self), NULL);

  return tooltip_markup (self, x, y, FALSE);
}

static gboolean
query_tooltip_cb (TfFlowChart *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  g_autofree char *markup = tooltip_markup (self, x, y, keyboard_mode);

  if (markup == NULL)
    return FALSE;

  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

void
_tf_flow_chart_init_input (TfFlowChart *self)
{
  GtkEventController *motion;
  GtkEventController *scroll;
  GtkEventController *key;
  GtkGesture *click;
  GtkGesture *drag;
  GtkGesture *zoom;

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "enter", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (click_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (drag_update_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (drag_end_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "cancel", G_CALLBACK (drag_cancel_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect_object (zoom, "begin", G_CALLBACK (zoom_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  key = gtk_event_controller_key_new ();
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}
