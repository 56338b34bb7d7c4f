/* tf-detail-panel.c: the side panel that shows what is selected.
 *
 * The header (name, other names, pinyin, facts) lives in the template; the
 * body below it is built anew for each record shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-detail-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-detail-panel.h"
#include "tf-label.h"
#include "tf-move-detail.h"
#include "tf-pinyin.h"
#include "tf-wording.h"

/* An organization's flows list the newest moves up to this many; a large
 * lab in a generated dataset has thousands, and rows are not free. */
#define MAX_FLOW_ROWS 100

struct _TfDetailPanel
{
  AdwBin parent_instance;

  TfDataset *dataset;
  TfDetailKind kind;
  char *id;

  /* An activation from inside the panel, emitted from an idle: showing
   * what it names rebuilds the body, which holds the widget that asked. */
  guint pending_source;
  guint pending_signal;
  char *pending_id;

  /* Template children */
  GtkStack *stack;
  GtkScrolledWindow *scroller;
  GtkWidget *merge_button;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *pinyin_label;
  GtkLabel *facts_label;
  GtkBox *body_box;
};

G_DEFINE_FINAL_TYPE (TfDetailPanel, tf_detail_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

enum {
  PERSON_ACTIVATED,
  ORGANIZATION_ACTIVATED,
  MOVE_ACTIVATED,
  OPEN_ARTICLE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *move_key = "tf-move";

static void
remove_body (TfDetailPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body_box))) != NULL)
    gtk_box_remove (self->body_box, child);
}

static void
set_shown (TfDetailPanel *self,
           TfDetailKind   kind,
           const char    *id)
{
  /* id may be self->id: free it only after the copy. */
  char *old_id = g_steal_pointer (&self->id);

  self->kind = kind;
  self->id = g_strdup (id);
  g_free (old_id);
  /* Only people and organizations merge. */
  gtk_widget_set_visible (self->merge_button,
                          kind == TF_DETAIL_PERSON || kind == TF_DETAIL_ORGANIZATION);
}

static gboolean
is_shown (TfDetailPanel *self,
          TfDetailKind   kind,
          const char    *id)
{
  return self->kind == kind && g_strcmp0 (self->id, id) == 0;
}

/* Empties the header and body and shows them, scrolled to the top. */
static void
begin_details (TfDetailPanel *self)
{
  GtkAdjustment *vadjustment;

  remove_body (self);
  gtk_label_set_text (self->title_label, "");
  gtk_label_set_text (self->subtitle_label, "");
  gtk_label_set_text (self->pinyin_label, "");
  gtk_label_set_text (self->facts_label, "");

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
  gtk_stack_set_visible_child_name (self->stack, "details");
}

/* Hides the header labels left empty. */
static void
end_details (TfDetailPanel *self)
{
  GtkLabel *labels[] = { self->subtitle_label, self->pinyin_label, self->facts_label };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_widget_set_visible (GTK_WIDGET (labels[i]), gtk_label_get_text (labels[i])[0] != '\0');
}

/* "Career  4", "Inflows  12": a section's name and how many it holds. */
static void
append_section_heading (TfDetailPanel *self,
                        const char    *title,
                        guint          count)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title_label = gtk_label_new (title);
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  GtkWidget *count_label = gtk_label_new (count_text);

  gtk_widget_add_css_class (title_label, "heading");
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_widget_add_css_class (count_label, "move-count");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_widget_set_valign (count_label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_widget_set_margin_top (
      box, gtk_widget_get_first_child (GTK_WIDGET (self->body_box)) != NULL ? 18 : 0);

  gtk_box_append (self->body_box, box);
}

static void
append_dim_label (TfDetailPanel *self,
                  const char    *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->body_box, label);
}

static void
show_person (TfDetailPanel  *self,
             const TfPerson *person)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *aliases = NULL;
  GtkWidget *timeline;

  begin_details (self);

  tf_label_set_text (self->title_label, person->name);
  aliases = tf_wording_aliases (person);
  tf_label_set_text (self->subtitle_label, aliases);
  if (tf_pinyin_contains_han (person->name))
    {
      g_autofree char *pinyin = tf_pinyin_for_name (person->name);

      gtk_label_set_text (self->pinyin_label, pinyin);
    }
  if (person->note != NULL)
    tf_label_set_text (self->facts_label, person->note);

  moves = tf_dataset_dup_moves_of_person (self->dataset, person->id);
  append_section_heading (self, _("Career"), moves->len);
  if (moves->len == 0)
    append_dim_label (self, _("No moves recorded"));

  timeline = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_top (timeline, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (timeline),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Career"),
                                  -1);
  for (guint i = 0; i < moves->len; i++)
    {
      GtkWidget *detail = tf_move_detail_new (self->dataset, g_ptr_array_index (moves, i));

      tf_move_detail_set_timeline (TF_MOVE_DETAIL (detail), TRUE, i + 1 == moves->len);
      gtk_box_append (GTK_BOX (timeline), detail);
    }
  gtk_box_append (self->body_box, timeline);

  end_details (self);
}

/* The ids of organization and of every organization under it. */
static GHashTable *
collect_subtree (TfDataset  *dataset,
                 const char *org_id)
{
  GPtrArray *organizations = tf_dataset_get_organizations (dataset);
  GHashTable *subtree = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (subtree, (gpointer) org_id);
  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *organization = g_ptr_array_index (organizations, i);
      const TfOrganization *ancestor = organization;
      guint depth = 0;

      /* The dataset rejects cycles on load; the bound guards the rest. */
      while (ancestor != NULL && ancestor->parent_id != NULL && depth++ < organizations->len)
        {
          if (g_str_equal (ancestor->parent_id, org_id))
            {
              g_hash_table_add (subtree, organization->id);
              break;
            }
          ancestor = tf_dataset_lookup_organization (dataset, ancestor->parent_id);
        }
    }

  return subtree;
}

static int
compare_moves_newest_first (gconstpointer a,
                            gconstpointer b)
{
  const TfMove *move_a = *(const TfMove * const *) a;
  const TfMove *move_b = *(const TfMove * const *) b;
  gboolean a_known = move_a->date.precision != TF_DATE_UNKNOWN;
  gboolean b_known = move_b->date.precision != TF_DATE_UNKNOWN;

  /* Undated moves last, as in a career. */
  if (a_known != b_known)
    return a_known ? -1 : 1;
  return tf_date_compare (&move_b->date, &move_a->date);
}

static GtkWidget *
create_flow_row (TfDetailPanel *self,
                 const TfMove  *move)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *who = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *route = NULL;
  g_autofree char *subtitle_text = NULL;
  g_autofree char *subtitle = NULL;

  if (move->person_id != NULL)
    {
      const TfPerson *person = tf_dataset_lookup_person (self->dataset, move->person_id);

      who = g_strdup (person != NULL ? person->name : move->person_id);
    }
  else
    who = tf_wording_group (move);
  title = tf_label_escape_text (who);

  date = tf_wording_date (&move->date);
  route = tf_wording_route (self->dataset, move);
  subtitle_text = g_strdup_printf ("%s · %s", date, route);
  if (move->concurrent)
    {
      g_autofree char *concurrent
          = g_strdup_printf ("%s · %s", subtitle_text, _ ("held concurrently"));

      g_free (subtitle_text);
      subtitle_text = g_steal_pointer (&concurrent);
    }
  subtitle = tf_label_escape_text (subtitle_text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), move_key, (gpointer) move);

  return row;
}

static void
flow_row_activated_cb (GtkListBox    *list_box,
                       GtkListBoxRow *row,
                       TfDetailPanel *self)
{
  const TfMove *move = g_object_get_data (G_OBJECT (row), move_key);

  g_assert (TF_IS_DETAIL_PANEL (self));

  if (move == NULL)
    return;

  if (move->person_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "detail.activate-person", "s", move->person_id);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "detail.activate-move", "s", move->id);
}

static void
append_flows (TfDetailPanel *self,
              const char    *title,
              const char    *accessible_label,
              GPtrArray     *moves)
{
  GtkWidget *list_box;
  guint n_rows = MIN (moves->len, MAX_FLOW_ROWS);

  append_section_heading (self, title, moves->len);
  if (moves->len == 0)
    {
      append_dim_label (self, _("None recorded"));
      return;
    }

  g_ptr_array_sort (moves, compare_moves_newest_first);

  list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  gtk_widget_set_margin_top (list_box, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  g_signal_connect_object (list_box, "row-activated",
                           G_CALLBACK (flow_row_activated_cb), self, 0);

  for (guint i = 0; i < n_rows; i++)
    gtk_list_box_append (GTK_LIST_BOX (list_box),
                         create_flow_row (self, g_ptr_array_index (moves, i)));

  if (moves->len > n_rows)
    {
      GtkWidget *more = adw_action_row_new ();
      g_autofree char *text = NULL;

      text = g_strdup_printf (ngettext ("And %u older move", "And %u older moves",
                                        moves->len - n_rows),
                              moves->len - n_rows);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), text);
      gtk_widget_add_css_class (more, "dim-label");
      gtk_list_box_append (GTK_LIST_BOX (list_box), more);
    }

  gtk_box_append (self->body_box, list_box);
}

/* "Academia · CN", "Part of 腾讯", "Includes 腾讯 AI Lab": the parent and
 * children are links. */
static char *
format_organization_facts (TfDetailPanel        *self,
                           const TfOrganization *organization)
{
  GPtrArray *organizations = tf_dataset_get_organizations (self->dataset);
  GString *facts = g_string_new (NULL);
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_free);
  const TfOrganization *parent = NULL;

  g_string_append (facts, tf_wording_sector (organization->sector));
  if (organization->country != NULL)
    {
      g_autofree char *country = g_markup_escape_text (organization->country, -1);

      g_string_append_printf (facts, " · %s", country);
    }

  if (organization->parent_id != NULL)
    parent = tf_dataset_lookup_organization (self->dataset, organization->parent_id);
  if (parent != NULL)
    {
      TfAffiliation place = { .org_id = parent->id, .sector = parent->sector };
      g_autofree char *link = tf_wording_place_markup (self->dataset, &place);

      g_string_append_c (facts, '\n');
      /* Translators: %s is the organization a lab or unit belongs to. */
      g_string_append_printf (facts, _("Part of %s"), link);
    }

  for (guint i = 0; i < organizations->len; i++)
    {
      const TfOrganization *child = g_ptr_array_index (organizations, i);

      if (g_strcmp0 (child->parent_id, organization->id) == 0)
        {
          TfAffiliation place = { .org_id = child->id, .sector = child->sector };

          g_ptr_array_add (children, tf_wording_place_markup (self->dataset, &place));
        }
    }
  if (children->len > 0)
    {
      g_autofree char *links = NULL;

      g_ptr_array_add (children, NULL);
      /* Translators: the separator between organizations in a list. */
      links = g_strjoinv (C_("list separator", ", "), (char **) children->pdata);
      g_string_append_c (facts, '\n');
      /* Translators: %s lists the labs or units of an organization. */
      g_string_append_printf (facts, _("Includes %s"), links);
    }

  return g_string_free (facts, FALSE);
}

/* An organization's other names, as tf_wording_aliases () joins a
 * person's. */
static char *
join_aliases (GPtrArray *aliases)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < aliases->len; i++)
    {
      if (i > 0)
        g_string_append (joined, " · ");
      g_string_append (joined, g_ptr_array_index (aliases, i));
    }

  return g_string_free (joined, FALSE);
}

static void
show_organization (TfDetailPanel        *self,
                   const TfOrganization *organization)
{
  g_autoptr(GHashTable) subtree = NULL;
  g_autoptr(GPtrArray) inflows = g_ptr_array_new ();
  g_autoptr(GPtrArray) outflows = g_ptr_array_new ();
  g_autofree char *aliases = NULL;
  g_autofree char *facts = NULL;
  GPtrArray *moves;

  begin_details (self);

  tf_label_set_text (self->title_label, organization->name);
  aliases = join_aliases (organization->aliases);
  tf_label_set_text (self->subtitle_label, aliases);

  facts = format_organization_facts (self, organization);
  tf_label_set_markup (self->facts_label, facts, TF_SCRIPT_UNKNOWN);

  /* A move into one of its labs is a move into the organization too. */
  subtree = collect_subtree (self->dataset, organization->id);
  moves = tf_dataset_get_moves (self->dataset);
  for (guint i = 0; i < moves->len; i++)
    {
      TfMove *move = g_ptr_array_index (moves, i);

      if (move->to != NULL && move->to->org_id != NULL
          && g_hash_table_contains (subtree, move->to->org_id))
        g_ptr_array_add (inflows, move);
      if (move->from != NULL && move->from->org_id != NULL
          && g_hash_table_contains (subtree, move->from->org_id))
        g_ptr_array_add (outflows, move);
    }

  append_flows (self, _("Inflows"), _("Moves into the organization"), inflows);
  append_flows (self, _("Outflows"), _("Moves out of the organization"), outflows);

  end_details (self);
}

static void
show_move (TfDetailPanel  *self,
           const TfMove   *move,
           const TfPerson *person)
{
  GtkWidget *detail;

  begin_details (self);

  if (person != NULL)
    {
      g_autofree char *id = g_markup_escape_text (person->id, -1);
      g_autofree char *name = g_markup_escape_text (person->name, -1);
      g_autofree char *markup = g_strdup_printf ("<a href=\"" TF_WORDING_PERSON_URI "%s\">%s</a>",
                                                 id, name);
      g_autofree char *aliases = tf_wording_aliases (person);

      tf_label_set_markup (self->title_label, markup, TF_SCRIPT_UNKNOWN);
      tf_label_set_text (self->subtitle_label, aliases);
    }
  else
    {
      g_autofree char *group = tf_wording_group (move);

      tf_label_set_text (self->title_label, group);
      if (move->group_label != NULL && move->group_label[0] != '\0')
        {
          g_autofree char *size = g_strdup_printf (ngettext ("Group of %u person",
                                                             "Group of %u people",
                                                             move->group_size),
                                                   move->group_size);

          gtk_label_set_text (self->subtitle_label, size);
        }
    }

  detail = tf_move_detail_new (self->dataset, move);
  gtk_box_append (self->body_box, detail);

  end_details (self);
}

static void
open_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfDetailPanel *self = TF_DETAIL_PANEL (widget);
  const char *source_id;
  guint paragraph;
  guint start;
  guint end;

  g_variant_get (parameter, "(&suuu)", &source_id, &paragraph, &start, &end);
  g_signal_emit (self, signals[OPEN_ARTICLE], 0, source_id, paragraph, start, end);
}

static gboolean
emit_pending_cb (gpointer data)
{
  TfDetailPanel *self = data;
  g_autofree char *id = g_steal_pointer (&self->pending_id);

  self->pending_source = 0;
  g_signal_emit (self, signals[self->pending_signal], 0, id);

  return G_SOURCE_REMOVE;
}

static void
emit_later (TfDetailPanel *self,
            guint          signal,
            const char    *id)
{
  g_free (self->pending_id);
  self->pending_id = g_strdup (id);
  self->pending_signal = signal;
  if (self->pending_source == 0)
    self->pending_source = g_idle_add (emit_pending_cb, self);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfDetailPanel *self = TF_DETAIL_PANEL (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (g_str_equal (action_name, "detail.activate-person"))
    emit_later (self, PERSON_ACTIVATED, id);
  else if (g_str_equal (action_name, "detail.activate-organization"))
    emit_later (self, ORGANIZATION_ACTIVATED, id);
  else if (g_str_equal (action_name, "detail.activate-move"))
    emit_later (self, MOVE_ACTIVATED, id);
  else
    g_assert_not_reached ();
}

static gboolean
label_activate_link_cb (TfDetailPanel *self,
                        const char    *uri,
                        GtkLabel      *label)
{
  g_assert (TF_IS_DETAIL_PANEL (self));

  return tf_label_activate_record_link (GTK_WIDGET (self), uri);
}

/* What the panel does with an activation no handler stopped. */
static void
tf_detail_panel_real_person_activated (TfDetailPanel *self,
                                       const char    *person_id)
{
  tf_detail_panel_show_person (self, person_id);
}

static void
tf_detail_panel_real_organization_activated (TfDetailPanel *self,
                                             const char    *org_id)
{
  tf_detail_panel_show_organization (self, org_id);
}

static void
tf_detail_panel_real_move_activated (TfDetailPanel *self,
                                     const char    *move_id)
{
  tf_detail_panel_show_move (self, move_id);
}

static void
tf_detail_panel_dispose (GObject *object)
{
  TfDetailPanel *self = TF_DETAIL_PANEL (object);

  g_clear_handle_id (&self->pending_source, g_source_remove);
  g_clear_pointer (&self->pending_id, g_free);

  /* The body borrows records from the dataset: drop it first. */
  if (self->body_box != NULL)
    remove_body (self);
  /* AdwBin would unparent its child after the template dropped it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_DETAIL_PANEL);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (tf_detail_panel_parent_class)->dispose (object);
}

static void
tf_detail_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TfDetailPanel *self = TF_DETAIL_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_detail_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TfDetailPanel *self = TF_DETAIL_PANEL (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      tf_detail_panel_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_detail_panel_class_init (TfDetailPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_detail_panel_dispose;
  object_class->get_property = tf_detail_panel_get_property;
  object_class->set_property = tf_detail_panel_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         TF_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfDetailPanel::person-activated:
   * @person_id: the person's id
   *
   * A person's name was followed. The default handler shows the person.
   */
  signals[PERSON_ACTIVATED] =
    g_signal_new_class_handler ("person-activated",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (tf_detail_panel_real_person_activated),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  signals[ORGANIZATION_ACTIVATED] =
    g_signal_new_class_handler ("organization-activated",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (tf_detail_panel_real_organization_activated),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  /* A group move in an organization's flows: groups have no page of their
   * own. */
  signals[MOVE_ACTIVATED] =
    g_signal_new_class_handler ("move-activated",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (tf_detail_panel_real_move_activated),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * TfDetailPanel::open-article:
   * @source_id: the article's id
   * @paragraph: the index of the paragraph to show
   * @start: the byte offset of the quote in the paragraph's text
   * @end: one past its end; equal to @start when there is no quote
   */
  signals[OPEN_ARTICLE] =
    g_signal_new ("open-article",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "detail.open-article", "(suuu)",
                                   open_article_action);
  gtk_widget_class_install_action (widget_class, "detail.activate-person", "s",
                                   activate_action);
  gtk_widget_class_install_action (widget_class, "detail.activate-organization", "s",
                                   activate_action);
  gtk_widget_class_install_action (widget_class, "detail.activate-move", "s",
                                   activate_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tf-detail-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, merge_button);
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, pinyin_label);
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, facts_label);
  gtk_widget_class_bind_template_child (widget_class, TfDetailPanel, body_box);
  gtk_widget_class_bind_template_callback (widget_class, label_activate_link_cb);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tf_detail_panel_init (TfDetailPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Details"),
                                  -1);
}

GtkWidget *
tf_detail_panel_new (void)
{
  return g_object_new (TF_TYPE_DETAIL_PANEL, NULL);
}

void
tf_detail_panel_set_dataset (TfDetailPanel *self,
                             TfDataset     *dataset)
{
  g_return_if_fail (TF_IS_DETAIL_PANEL (self));
  g_return_if_fail (dataset == NULL || TF_IS_DATASET (dataset));

  if (dataset == self->dataset)
    return;

  /* The body borrows records from the old dataset. */
  tf_detail_panel_clear (self);
  g_set_object (&self->dataset, dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

TfDataset *
tf_detail_panel_get_dataset (TfDetailPanel *self)
{
  g_return_val_if_fail (TF_IS_DETAIL_PANEL (self), NULL);

  return self->dataset;
}

void
tf_detail_panel_show_person (TfDetailPanel *self,
                             const char    *person_id)
{
  const TfPerson *person = NULL;

  g_return_if_fail (TF_IS_DETAIL_PANEL (self));
  g_return_if_fail (person_id != NULL);

  if (is_shown (self, TF_DETAIL_PERSON, person_id))
    return;

  if (self->dataset != NULL)
    person = tf_dataset_lookup_person (self->dataset, person_id);
  if (person == NULL)
    {
      tf_detail_panel_clear (self);
      return;
    }

  show_person (self, person);
  set_shown (self, TF_DETAIL_PERSON, person_id);
}

void
tf_detail_panel_show_organization (TfDetailPanel *self,
                                   const char    *org_id)
{
  const TfOrganization *organization = NULL;

  g_return_if_fail (TF_IS_DETAIL_PANEL (self));
  g_return_if_fail (org_id != NULL);

  if (is_shown (self, TF_DETAIL_ORGANIZATION, org_id))
    return;

  if (self->dataset != NULL)
    organization = tf_dataset_lookup_organization (self->dataset, org_id);
  if (organization == NULL)
    {
      tf_detail_panel_clear (self);
      return;
    }

  show_organization (self, organization);
  set_shown (self, TF_DETAIL_ORGANIZATION, org_id);
}

void
tf_detail_panel_show_move (TfDetailPanel *self,
                           const char    *move_id)
{
  const TfMove *move = NULL;
  const TfPerson *person = NULL;

  g_return_if_fail (TF_IS_DETAIL_PANEL (self));
  g_return_if_fail (move_id != NULL);

  if (self->dataset != NULL)
    move = tf_dataset_lookup_move (self->dataset, move_id);
  if (move != NULL && move->person_id != NULL)
    person = tf_dataset_lookup_person (self->dataset, move->person_id);
  if (move != NULL && person == NULL)
    {
      tf_detail_panel_show_group_move (self, move_id);
      return;
    }

  if (is_shown (self, TF_DETAIL_MOVE, move_id))
    return;

  if (move == NULL)
    {
      tf_detail_panel_clear (self);
      return;
    }

  show_move (self, move, person);
  set_shown (self, TF_DETAIL_MOVE, move_id);
}

void
tf_detail_panel_show_group_move (TfDetailPanel *self,
                                 const char    *move_id)
{
  const TfMove *move = NULL;

  g_return_if_fail (TF_IS_DETAIL_PANEL (self));
  g_return_if_fail (move_id != NULL);

  if (is_shown (self, TF_DETAIL_GROUP_MOVE, move_id))
    return;

  if (self->dataset != NULL)
    move = tf_dataset_lookup_move (self->dataset, move_id);
  if (move == NULL)
    {
      tf_detail_panel_clear (self);
      return;
    }

  show_move (self, move, NULL);
  set_shown (self, TF_DETAIL_GROUP_MOVE, move_id);
}

void
tf_detail_panel_clear (TfDetailPanel *self)
{
  g_return_if_fail (TF_IS_DETAIL_PANEL (self));

  remove_body (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  set_shown (self, TF_DETAIL_NONE, NULL);
}

TfDetailKind
tf_detail_panel_get_kind (TfDetailPanel *self)
{
  g_return_val_if_fail (TF_IS_DETAIL_PANEL (self), TF_DETAIL_NONE);

  return self->kind;
}

const char *
tf_detail_panel_get_id (TfDetailPanel *self)
{
  g_return_val_if_fail (TF_IS_DETAIL_PANEL (self), NULL);

  return self->id;
}
