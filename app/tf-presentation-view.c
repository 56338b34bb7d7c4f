/* tf-presentation-view.c: a flow chart presented step by step.
 *
 * The widget lays the chart out at its size, in type for a room, above a
 * band for the caption; steps through it (tf-presentation-steps.c); and
 * sweeps the reveal edge with an AdwTimedAnimation, which gives way to
 * the system's reduced-motion setting. Frames must stay cheap whatever
 * the size of the data: the chart is painted once per size, theme and
 * emphasised move, and a frame only composites the pictures
 * (tf-presentation-chart.c) and the captions, which the renderer caches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-presentation"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "tf-chart-draw.h"
#include "tf-layout-measure.h"
#include "tf-presentation-band.h"
#include "tf-presentation-chart.h"
#include "tf-presentation-view.h"

/* Sizes in px at 1080 px high; all of them scale with the height, so
 * that the back of a room reads the same on any screen. */
#define REFERENCE_HEIGHT  1080.0
#define ORGANIZATION_PX   24.0
#define PERSON_PX         22.0
#define AXIS_PX           20.0
#define STRIP_PX          110.0
/* The caption band under the chart, as a share of the height. */
#define BAND_SHARE        0.18
/* The sweep of a step forward, and how far behind the edge a name is
 * faded in. */
#define SWEEP_MS          400
#define NAME_FADE_PX      48.0
/* The pointer hides when still for this long. */
#define CURSOR_HIDE_MS    2000

struct _TfPresentationView
{
  GtkWidget parent_instance;

  TfDataset *dataset;
  TfCareers *careers;

  /* Filters, as in TfLayoutOptions. */
  double move_from;
  double move_to;
  guint sector_mask;
  char **organization_ids;
  TfLayoutAggregate aggregate;

  TfPresentationMode mode;

  /* The chart at the current size, and its steps. */
  TfLayout *layout;
  gboolean layout_valid;
  int chart_width;
  int chart_height;
  TfLayoutPangoMeasurer *fonts;
  double fonts_height;          /* the widget height the fonts were sized for */
  TfPresentationSteps *steps;
  guint step;

  /* What the frames composite; dropped on a change of layout, theme or
   * scale. */
  TfChartTheme theme;
  TfPresentationChart *chart;

  /* The sweep: from where, and how far along (0 to 1, eased). */
  AdwAnimation *sweep;
  double sweep_from;
  double sweep_value;

  TfPresentationBand *band;

  guint cursor_timeout;
  guint warm_idle;

  /* TALENTFLOW_DEBUG_FRAMES=1: per-frame times on stderr. */
  gboolean debug_frames;
  GdkFrameClock *frame_clock;
  gulong before_paint_id;
  gulong after_paint_id;
  gint64 paint_start;
  double snapshot_ms;
  GArray *frame_ms;
};

G_DEFINE_FINAL_TYPE (TfPresentationView, tf_presentation_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STEP,
  PROP_N_STEPS,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_step_texts   (TfPresentationView *self,
                                 gboolean            fade);
static void queue_warm_captions (TfPresentationView *self);

/* ---- sizes and caches ---- */

static double
unit (TfPresentationView *self)
{
  return MAX (gtk_widget_get_height (GTK_WIDGET (self)), 200) / REFERENCE_HEIGHT;
}

static int
band_height (TfPresentationView *self)
{
  return (int) round (gtk_widget_get_height (GTK_WIDGET (self)) * BAND_SHARE);
}

static void
drop_pictures (TfPresentationView *self)
{
  g_clear_pointer (&self->chart, tf_presentation_chart_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drop_fonts (TfPresentationView *self)
{
  g_clear_pointer (&self->fonts, tf_layout_pango_measurer_free);
  self->layout_valid = FALSE;
}

/* The window's font family at sizes for the room: about twice the
 * window's, in proportion to the height. */
static void
ensure_fonts (TfPresentationView *self)
{
  static const double sizes[TF_LAYOUT_N_FONTS] = { ORGANIZATION_PX, PERSON_PX, AXIS_PX };
  double px[TF_LAYOUT_N_FONTS];
  PangoContext *widget_context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *base = pango_context_get_font_description (widget_context);
  const char *family = base != NULL ? pango_font_description_get_family (base) : NULL;
  PangoLanguage *language = pango_language_get_default ();
  PangoContext *context;
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->fonts != NULL && self->fonts_height == height)
    return;
  drop_fonts (self);
  self->fonts_height = height;

  /* Names are mostly Chinese: without a Chinese language fontconfig may
   * pick Japanese glyphs for them. */
  if (!g_str_has_prefix (pango_language_to_string (language), "zh"))
    language = pango_language_from_string ("zh-cn");

  context = gtk_widget_create_pango_context (GTK_WIDGET (self));
  pango_context_set_language (context, language);
  self->fonts = tf_layout_pango_measurer_new (context);
  g_object_unref (context);
  for (guint f = 0; f < TF_LAYOUT_N_FONTS; f++)
    px[f] = MAX (round (sizes[f] * unit (self)), 8);
  tf_layout_pango_measurer_set_fonts (self->fonts, family, px, TRUE);

  /* Captions too: names in quotes are Chinese. */
  context = gtk_widget_create_pango_context (GTK_WIDGET (self));
  pango_context_set_language (context, language);
  tf_presentation_band_set_style (self->band, context,
                                  gtk_widget_get_pango_context (GTK_WIDGET (self)), unit (self));
  g_object_unref (context);
}

static void
install_steps (TfPresentationView *self,
               TfLayout           *layout)
{
  g_autoptr(TfPresentationSteps) old = g_steal_pointer (&self->steps);
  guint old_n = old != NULL ? tf_presentation_steps_get_n_steps (old) : 0;
  guint n;

  /* Ribbons are no one move each: a chart of them steps by year. */
  if (layout != NULL)
    self->steps = tf_presentation_steps_new (
        layout, self->dataset,
        tf_layout_is_aggregated (layout) ? TF_PRESENTATION_BY_YEAR : self->mode);
  n = self->steps != NULL ? tf_presentation_steps_get_n_steps (self->steps) : 0;

  /* The same place in the new steps. */
  if (n == 0)
    self->step = 0;
  else if (old_n > 0 && self->step < old_n)
    self->step = tf_presentation_steps_find (self->steps,
                                             tf_presentation_steps_get_step (old, self->step));
  else
    self->step = MIN (self->step, n - 1);

  if (self->sweep != NULL)
    adw_animation_skip (self->sweep);
  update_step_texts (self, FALSE);
  if (n != old_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

/* Lays the chart out at the current size, above the caption band. */
static void
ensure_layout (TfPresentationView *self)
{
  TfLayoutOptions options;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self)) - band_height (self);
  TfLayout *layout = NULL;

  if (self->layout_valid && self->chart_width == width && self->chart_height == height)
    return;
  self->layout_valid = TRUE;
  self->chart_width = width;
  self->chart_height = height;
  drop_pictures (self);
  tf_presentation_band_set_size (self->band, width,
                                 gtk_widget_get_height (GTK_WIDGET (self)) - height,
                                 gtk_widget_get_scale_factor (GTK_WIDGET (self)));

  if (self->careers == NULL && self->dataset != NULL)
    self->careers = tf_careers_new (self->dataset);
  if (self->careers != NULL && width > 0 && height > 0)
    {
      ensure_fonts (self);
      tf_layout_options_init (&options, width, height);
      options.move_from = self->move_from;
      options.move_to = self->move_to;
      /* The window's From/To filter narrows the axis here too. */
      if (self->move_from != 0 || self->move_to != 0)
        {
          double first;
          double end;

          tf_careers_get_extent (self->careers, &first, &end);
          if (MIN (end, self->move_to) > MAX (first, self->move_from))
            {
              options.view_from = MAX (first, self->move_from);
              options.view_to = MIN (end, self->move_to);
            }
        }
      options.sector_mask = self->sector_mask;
      options.organization_ids = (const char * const *) self->organization_ids;
      options.aggregate = self->aggregate;
      options.strip_height = round (STRIP_PX * unit (self));
      options.unnamed_label = _("Unnamed");
      /* Translators: a row of the chart for the organizations merged to
       * make room, with how many there are. */
      options.others_label = C_("chart row", "Others (%u)");
      options.measure = tf_layout_pango_measure;
      options.measure_data = self->fonts;
      layout = tf_layout_new (self->careers, &options);
    }

  g_clear_pointer (&self->layout, tf_layout_unref);
  self->layout = layout;
  install_steps (self, layout);
}

static void
invalidate_layout (TfPresentationView *self)
{
  self->layout_valid = FALSE;
  drop_pictures (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static const TfPresentationStep *
current_step (TfPresentationView *self)
{
  if (self->steps == NULL || tf_presentation_steps_get_n_steps (self->steps) == 0)
    return NULL;
  return tf_presentation_steps_get_step (self->steps, self->step);
}

/* ---- theme ---- */

static void
update_theme (TfPresentationView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkStyleContext *style_context;
  GdkRGBA accent;
  TfChartTheme theme;

  memset (&theme, 0, sizeof theme);
  tf_chart_theme_init (&theme, dark);
  /* The emphasis looks like a selection in the window. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  style_context = gtk_widget_get_style_context (GTK_WIDGET (self));
  if (gtk_style_context_lookup_color (style_context, "accent_color", &accent))
    theme.highlight = (TfColor) { accent.red, accent.green, accent.blue, 1.0 };
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (memcmp (&theme, &self->theme, sizeof theme) != 0)
    {
      self->theme = theme;
      tf_presentation_band_set_theme (self->band, &theme);
      drop_pictures (self);
    }
}

static void
style_manager_notify_dark_cb (TfPresentationView *self,
                              GParamSpec         *pspec,
                              AdwStyleManager    *style_manager)
{
  update_theme (self);
}

/* ---- steps and captions ---- */

/* The band's caption and the accessible name of the step shown; fade:
 * cross-fade from the last step's caption with the sweep. */
static void
update_step_texts (TfPresentationView *self,
                   gboolean            fade)
{
  const TfPresentationStep *step = current_step (self);
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *indicator = NULL;
  g_autofree char *accessible_label = NULL;
  g_autofree char *accessible_description = NULL;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (step == NULL)
    {
      tf_presentation_band_set_caption (self->band, "", "", FALSE, "", FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Presentation: nothing to show"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "", -1);
      return;
    }

  indicator = tf_presentation_steps_format_indicator (self->steps, self->step);
  tf_presentation_steps_get_caption (self->steps, self->step, &text, &detail);
  tf_presentation_band_set_caption (
      self->band, text, detail,
      tf_presentation_steps_get_mode (self->steps) == TF_PRESENTATION_BY_YEAR, indicator, fade);

  /* Translators: what a screen reader says of a presentation step: the
   * year, the step's number and the number of steps. */
  accessible_label = g_strdup_printf (_("%d, step %u of %u"), step->year, self->step + 1,
                                      tf_presentation_steps_get_n_steps (self->steps));
  accessible_description = g_strdup_printf ("%s\n%s", text, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  g_strstrip (accessible_description), -1);
  queue_warm_captions (self);
}

static void
sweep_value_cb (double   value,
                gpointer user_data)
{
  TfPresentationView *self = user_data;

  self->sweep_value = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sweep_done_cb (TfPresentationView *self)
{
  self->sweep_value = 1;
  tf_presentation_band_end_fade (self->band);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (self->debug_frames && self->frame_ms != NULL && self->frame_ms->len > 0)
    {
      double *ms = (double *) (gpointer) self->frame_ms->data;
      double most = 0;
      double sum = 0;

      for (guint i = 0; i < self->frame_ms->len; i++)
        {
          most = MAX (most, ms[i]);
          sum += ms[i];
        }
      g_printerr ("tf-presentation: sweep of %u frames: paint mean %.2f ms, max %.2f ms\n",
                  self->frame_ms->len, sum / self->frame_ms->len, most);
      g_array_set_size (self->frame_ms, 0);
    }
}

static void
go_to_step (TfPresentationView *self,
            guint               index,
            gboolean            sweep)
{
  const TfPresentationStep *from = current_step (self);
  gboolean animate = sweep && adw_get_enable_animations (GTK_WIDGET (self));
  double from_x;

  if (from == NULL)
    return;
  index = MIN (index, tf_presentation_steps_get_n_steps (self->steps) - 1);
  if (index == self->step)
    return;

  /* A sweep under way ends where it was going. */
  from_x = tf_presentation_view_get_reveal_x (self);
  adw_animation_skip (self->sweep);

  self->step = index;
  update_step_texts (self, animate);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);

  self->sweep_from = from_x;
  self->sweep_value = 0;
  if (animate)
    adw_animation_play (self->sweep);
  else
    sweep_done_cb (self);
}

/* ---- drawing ---- */

/* The next steps' captions set once off screen, so that the fonts and
 * glyphs they need are loaded before the frame that shows them. */
static gboolean
warm_captions_cb (gpointer user_data)
{
  TfPresentationView *self = user_data;
  guint n = tf_presentation_view_get_n_steps (self);

  self->warm_idle = 0;
  for (guint i = self->step + 1; i < MIN (self->step + 3, n); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *detail = NULL;

      tf_presentation_steps_get_caption (self->steps, i, &text, &detail);
      tf_presentation_band_prepare (self->band, text, detail,
                                    tf_presentation_steps_get_mode (self->steps)
                                        == TF_PRESENTATION_BY_YEAR);
    }
  return G_SOURCE_REMOVE;
}

static void
queue_warm_captions (TfPresentationView *self)
{
  if (self->warm_idle == 0)
    self->warm_idle = g_idle_add_full (G_PRIORITY_LOW, warm_captions_cb, self, NULL);
}

static void
tf_presentation_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (widget);
  const TfChartTheme *theme = &self->theme;
  gint64 start = g_get_monotonic_time ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const TfPresentationStep *step;
  double edge;
  int scale;

  /* The chart's pictures cover the chart: the background is for the
   * caption band (or all of it without a chart). */
  ensure_layout (self);
  if (self->layout == NULL)
    {
      gtk_snapshot_append_color (snapshot,
                                 &(GdkRGBA) { theme->background.red, theme->background.green,
                                              theme->background.blue, 1 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }
  gtk_snapshot_append_color (
      snapshot,
      &(GdkRGBA){ theme->background.red, theme->background.green, theme->background.blue, 1 },
      &GRAPHENE_RECT_INIT (0, self->chart_height, width, height - self->chart_height));

  step = current_step (self);
  /* On a device pixel: where the revealed chart meets the skeleton, two
   * clips through one pixel would each cover it partly, and a renderer
   * that antialiases clips (GSK's Cairo renderer) would let the
   * background show through that seam. */
  scale = gtk_widget_get_scale_factor (widget);
  edge = round (tf_presentation_view_get_reveal_x (self) * scale) / scale;
  if (self->chart == NULL)
    self->chart = tf_presentation_chart_new (self->layout, &self->theme, self->fonts,
                                             gtk_widget_get_scale_factor (widget));
  if (self->mode == TF_PRESENTATION_BY_MOVE && step != NULL)
    tf_presentation_chart_set_emphasis (self->chart, step->path, step->segment);
  else
    tf_presentation_chart_set_emphasis (self->chart, -1, -1);
  /* Without pictures (too big for cairo) the captions still say where
   * the presentation is. */
  if (!tf_presentation_chart_append (self->chart, snapshot, edge,
                                     step != NULL ? step->reveal_x : self->chart_width,
                                     NAME_FADE_PX * unit (self)))
    gtk_snapshot_append_color (snapshot,
                               &(GdkRGBA) { theme->background.red, theme->background.green,
                                            theme->background.blue, 1 },
                               &GRAPHENE_RECT_INIT (0, 0, width, self->chart_height));

  tf_presentation_band_set_size (self->band, width, height - self->chart_height,
                                 gtk_widget_get_scale_factor (widget));
  tf_presentation_band_append (self->band, snapshot, 0, self->chart_height, self->sweep_value);

  self->snapshot_ms = (g_get_monotonic_time () - start) / 1000.0;
}

/* ---- frame times ---- */

static void
before_paint_cb (GdkFrameClock      *frame_clock,
                 TfPresentationView *self)
{
  self->paint_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock      *frame_clock,
                TfPresentationView *self)
{
  double paint_ms = (g_get_monotonic_time () - self->paint_start) / 1000.0;

  if (!tf_presentation_view_is_animating (self))
    return;
  g_array_append_val (self->frame_ms, paint_ms);
  g_printerr ("tf-presentation: frame %u at x %.0f: snapshot %.2f ms, paint %.2f ms\n",
              self->frame_ms->len, tf_presentation_view_get_reveal_x (self), self->snapshot_ms,
              paint_ms);
}

static void
tf_presentation_view_realize (GtkWidget *widget)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (widget);

  GTK_WIDGET_CLASS (tf_presentation_view_parent_class)->realize (widget);

  if (!self->debug_frames)
    return;
  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->before_paint_id
      = g_signal_connect (self->frame_clock, "before-paint", G_CALLBACK (before_paint_cb), self);
  self->after_paint_id
      = g_signal_connect (self->frame_clock, "after-paint", G_CALLBACK (after_paint_cb), self);
}

static void
tf_presentation_view_unrealize (GtkWidget *widget)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (widget);

  if (self->frame_clock != NULL)
    {
      g_clear_signal_handler (&self->before_paint_id, self->frame_clock);
      g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
      g_clear_object (&self->frame_clock);
    }
  GTK_WIDGET_CLASS (tf_presentation_view_parent_class)->unrealize (widget);
}

/* ---- input ---- */

static gboolean
hide_cursor_cb (gpointer user_data)
{
  TfPresentationView *self = user_data;

  self->cursor_timeout = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  return G_SOURCE_REMOVE;
}

static void
motion_cb (TfPresentationView       *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  g_clear_handle_id (&self->cursor_timeout, g_source_remove);
  self->cursor_timeout = g_timeout_add (CURSOR_HIDE_MS, hide_cursor_cb, self);
}

static void
pressed_cb (TfPresentationView *self,
            int                 n_press,
            double              x,
            double              y,
            GtkGestureClick    *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    tf_presentation_view_previous (self);
  else
    tf_presentation_view_next (self);
}

/* ---- GObject ---- */

static void
tf_presentation_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (widget);

  /* Fonts follow the height (the band sets captions for its width). */
  if (self->fonts_height != height)
    drop_fonts (self);
  ensure_layout (self);
}

static void
tf_presentation_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 1280 : 720;
}

static void
tf_presentation_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (widget);

  GTK_WIDGET_CLASS (tf_presentation_view_parent_class)->css_changed (widget, change);
  update_theme (self);
}

static void
scale_factor_cb (TfPresentationView *self)
{
  drop_pictures (self);
}

static void
tf_presentation_view_dispose (GObject *object)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (object);

  g_clear_handle_id (&self->cursor_timeout, g_source_remove);
  g_clear_handle_id (&self->warm_idle, g_source_remove);
  g_clear_object (&self->sweep);
  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (),
                                        style_manager_notify_dark_cb, self);

  G_OBJECT_CLASS (tf_presentation_view_parent_class)->dispose (object);
}

static void
tf_presentation_view_finalize (GObject *object)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->careers, tf_careers_unref);
  g_clear_pointer (&self->organization_ids, g_strfreev);
  g_clear_pointer (&self->steps, tf_presentation_steps_free);
  g_clear_pointer (&self->layout, tf_layout_unref);
  drop_fonts (self);
  g_clear_pointer (&self->chart, tf_presentation_chart_free);
  g_clear_pointer (&self->band, tf_presentation_band_free);
  g_clear_pointer (&self->frame_ms, g_array_unref);

  G_OBJECT_CLASS (tf_presentation_view_parent_class)->finalize (object);
}

static void
tf_presentation_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint (value, tf_presentation_view_get_step (self));
      break;
    case PROP_N_STEPS:
      g_value_set_uint (value, tf_presentation_view_get_n_steps (self));
      break;
    case PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_presentation_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TfPresentationView *self = TF_PRESENTATION_VIEW (object);

  switch (prop_id)
    {
    case PROP_STEP:
      tf_presentation_view_set_step (self, g_value_get_uint (value));
      break;
    case PROP_MODE:
      tf_presentation_view_set_mode (self, (TfPresentationMode) g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_presentation_view_class_init (TfPresentationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_presentation_view_dispose;
  object_class->finalize = tf_presentation_view_finalize;
  object_class->get_property = tf_presentation_view_get_property;
  object_class->set_property = tf_presentation_view_set_property;

  widget_class->snapshot = tf_presentation_view_snapshot;
  widget_class->size_allocate = tf_presentation_view_size_allocate;
  widget_class->measure = tf_presentation_view_measure;
  widget_class->css_changed = tf_presentation_view_css_changed;
  widget_class->realize = tf_presentation_view_realize;
  widget_class->unrealize = tf_presentation_view_unrealize;

  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* A TfPresentationMode. */
  properties[PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL,
                       TF_PRESENTATION_BY_YEAR, TF_PRESENTATION_BY_MOVE, TF_PRESENTATION_BY_YEAR,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "presentation-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tf_presentation_view_init (TfPresentationView *self)
{
  GtkEventController *motion;
  GtkGesture *click;
  AdwAnimationTarget *target;

  self->sweep_value = 1;
  self->band = tf_presentation_band_new ();
  self->debug_frames = g_strcmp0 (g_getenv ("TALENTFLOW_DEBUG_FRAMES"), "1") == 0;
  self->frame_ms = g_array_new (FALSE, FALSE, sizeof (double));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  target = adw_callback_animation_target_new (sweep_value_cb, self, NULL);
  self->sweep = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, SWEEP_MS, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->sweep), ADW_EASE_OUT_CUBIC);
  g_signal_connect_swapped (self->sweep, "done", G_CALLBACK (sweep_done_cb), self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_manager_notify_dark_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_cb), NULL);
  update_theme (self);
  update_step_texts (self, FALSE);
}

/* ---- public ---- */

GtkWidget *
tf_presentation_view_new (void)
{
  return g_object_new (TF_TYPE_PRESENTATION_VIEW, NULL);
}

void
tf_presentation_view_set_dataset (TfPresentationView *self,
                                  TfDataset          *dataset,
                                  TfCareers          *careers)
{
  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (dataset == NULL || TF_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  g_clear_pointer (&self->careers, tf_careers_unref);
  if (careers != NULL && dataset != NULL)
    self->careers = tf_careers_ref (careers);
  self->step = 0;
  invalidate_layout (self);
}

TfDataset *
tf_presentation_view_get_dataset (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), NULL);

  return self->dataset;
}

void
tf_presentation_view_set_filters (TfPresentationView *self,
                                  double              move_from,
                                  double              move_to,
                                  guint               sector_mask,
                                  const char * const *organization_ids,
                                  TfLayoutAggregate   aggregate)
{
  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));

  self->move_from = move_from;
  self->move_to = move_to;
  self->sector_mask = sector_mask;
  g_strfreev (self->organization_ids);
  self->organization_ids = g_strdupv ((char **) organization_ids);
  self->aggregate = aggregate;
  invalidate_layout (self);
}

void
tf_presentation_view_set_mode (TfPresentationView *self,
                               TfPresentationMode  mode)
{
  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));
  g_return_if_fail (mode == TF_PRESENTATION_BY_YEAR || mode == TF_PRESENTATION_BY_MOVE);

  if (mode == self->mode)
    return;
  self->mode = mode;
  if (self->layout != NULL)
    {
      g_autoptr(TfLayout) layout = tf_layout_ref (self->layout);

      install_steps (self, layout);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

TfPresentationMode
tf_presentation_view_get_mode (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), TF_PRESENTATION_BY_YEAR);

  return self->mode;
}

guint
tf_presentation_view_get_n_steps (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), 0);

  return self->steps != NULL ? tf_presentation_steps_get_n_steps (self->steps) : 0;
}

guint
tf_presentation_view_get_step (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), 0);

  return self->step;
}

void
tf_presentation_view_set_step (TfPresentationView *self,
                               guint               step)
{
  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));

  go_to_step (self, step, step == self->step + 1);
}

void
tf_presentation_view_next (TfPresentationView *self)
{
  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));

  if (self->step + 1 < tf_presentation_view_get_n_steps (self))
    go_to_step (self, self->step + 1, TRUE);
}

void
tf_presentation_view_previous (TfPresentationView *self)
{
  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));

  if (self->step > 0)
    go_to_step (self, self->step - 1, FALSE);
}

void
tf_presentation_view_first (TfPresentationView *self)
{
  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));

  go_to_step (self, 0, FALSE);
}

void
tf_presentation_view_last (TfPresentationView *self)
{
  guint n;

  g_return_if_fail (TF_IS_PRESENTATION_VIEW (self));

  n = tf_presentation_view_get_n_steps (self);
  if (n > 0)
    go_to_step (self, n - 1, FALSE);
}

const char *
tf_presentation_view_get_indicator (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), NULL);

  return tf_presentation_band_get_indicator (self->band);
}

const char *
tf_presentation_view_get_caption (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), NULL);

  return tf_presentation_band_get_text (self->band);
}

const char *
tf_presentation_view_get_caption_detail (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), NULL);

  return tf_presentation_band_get_detail (self->band);
}

double
tf_presentation_view_get_reveal_x (TfPresentationView *self)
{
  const TfPresentationStep *step;

  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), 0);

  step = current_step (self);
  if (step == NULL)
    return self->chart_width;
  if (!tf_presentation_view_is_animating (self))
    return step->reveal_x;
  return self->sweep_from + (step->reveal_x - self->sweep_from) * self->sweep_value;
}

gboolean
tf_presentation_view_is_animating (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), FALSE);

  return self->sweep != NULL && adw_animation_get_state (self->sweep) == ADW_ANIMATION_PLAYING;
}

TfLayout *
tf_presentation_view_get_layout (TfPresentationView *self)
{
  g_return_val_if_fail (TF_IS_PRESENTATION_VIEW (self), NULL);

  return self->layout;
}
