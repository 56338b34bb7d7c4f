/* tf-csv-columns-dialog.c: which column of a table of moves holds what,
 * asked when the headers do not say.
 *
 * A table from someone else's spreadsheet has headers of their own
 * ("Wer", "Arbeitgeber", "Col3"). Each header gets a drop-down of what
 * Talent Flow can read from a column, set to what the headers already
 * say, with the first row's value beside it so that the user sees what
 * the column holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-csv-columns-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tf-csv-columns-dialog.h"

/* Room for ten columns before the list scrolls; wide enough for a
 * header, an example and a field side by side. */
#define LIST_HEIGHT 400
#define ROW_HEIGHT 40
#define LIST_WIDTH 560

struct _TfCsvColumnsDialog
{
  AdwMessageDialog parent_instance;

  GStrv headers;
  GArray *choices;     /* of TfCsvColumn: what each drop-down item stands for */
  GPtrArray *dropdowns;/* of GtkDropDown, one per header */
};

G_DEFINE_FINAL_TYPE (TfCsvColumnsDialog, tf_csv_columns_dialog, ADW_TYPE_MESSAGE_DIALOG)

static guint
choice_index (TfCsvColumnsDialog *self,
              TfCsvColumn         column)
{
  for (guint i = 0; i < self->choices->len; i++)
    {
      TfCsvColumn choice = g_array_index (self->choices, TfCsvColumn, i);

      if (choice.field == column.field
          && (column.field == TF_CSV_FIELD_NONE || choice.index == column.index))
        return i;
    }
  return 0;
}

TfCsvColumn
tf_csv_columns_dialog_get_field (TfCsvColumnsDialog *self,
                                 guint               header)
{
  guint selected;

  g_return_val_if_fail (TF_IS_CSV_COLUMNS_DIALOG (self), ((TfCsvColumn) { 0, 0 }));
  g_return_val_if_fail (header < self->dropdowns->len, ((TfCsvColumn) { 0, 0 }));

  selected = gtk_drop_down_get_selected (g_ptr_array_index (self->dropdowns, header));
  if (selected >= self->choices->len)
    selected = 0;
  return g_array_index (self->choices, TfCsvColumn, selected);
}

/* Open only when the table will say who moved and where. */
static void
update_response (TfCsvColumnsDialog *self)
{
  gboolean who = FALSE, where = FALSE;

  for (guint i = 0; i < self->dropdowns->len; i++)
    {
      TfCsvField field = tf_csv_columns_dialog_get_field (self, i).field;

      who = who || field == TF_CSV_FIELD_PERSON || field == TF_CSV_FIELD_GROUP_SIZE;
      where = where || field == TF_CSV_FIELD_FROM || field == TF_CSV_FIELD_TO
              || field == TF_CSV_FIELD_FROM_SECTOR || field == TF_CSV_FIELD_TO_SECTOR;
    }
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "open", who && where);
}

void
tf_csv_columns_dialog_set_field (TfCsvColumnsDialog *self,
                                 guint               header,
                                 TfCsvColumn         column)
{
  g_return_if_fail (TF_IS_CSV_COLUMNS_DIALOG (self));
  g_return_if_fail (header < self->dropdowns->len);

  gtk_drop_down_set_selected (g_ptr_array_index (self->dropdowns, header),
                              choice_index (self, column));
}

guint
tf_csv_columns_dialog_get_n_headers (TfCsvColumnsDialog *self)
{
  g_return_val_if_fail (TF_IS_CSV_COLUMNS_DIALOG (self), 0);
  return self->dropdowns->len;
}

TfCsvColumns *
tf_csv_columns_dialog_dup_columns (TfCsvColumnsDialog *self)
{
  TfCsvColumns *columns;

  g_return_val_if_fail (TF_IS_CSV_COLUMNS_DIALOG (self), NULL);

  columns = tf_csv_columns_new ();
  for (guint i = 0; i < self->dropdowns->len; i++)
    tf_csv_columns_set (columns, self->headers[i], tf_csv_columns_dialog_get_field (self, i));
  return columns;
}

/* "Source (URL) 2" for the second evidence, the label alone for others. */
static char *
choice_label (TfCsvColumn column)
{
  if (tf_csv_field_is_evidence (column.field) && column.index > 1)
    /* Translators: a column of a table holding a move's second (third…)
     * piece of evidence: "Quote 2". */
    return g_strdup_printf (C_("csv column", "%s %u"), tf_csv_field_get_label (column.field),
                            column.index);
  return g_strdup (tf_csv_field_get_label (column.field));
}

static void
add_choice (TfCsvColumnsDialog *self,
            GtkStringList      *labels,
            TfCsvColumn         column)
{
  g_autofree char *label = choice_label (column);

  g_array_append_val (self->choices, column);
  gtk_string_list_append (labels, label);
}

static GtkWidget *
new_label (const char *text,
           gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

GtkWidget *
tf_csv_columns_dialog_new (GtkWindow          *parent,
                           const char         *file_name,
                           const char * const *headers,
                           const TfCsvColumn  *fields,
                           guint               n_headers,
                           const char * const *samples,
                           const char         *body)
{
  TfCsvColumnsDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget *grid;
  GtkWidget *scrolled;
  guint max_index = 1;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (headers != NULL || n_headers == 0, NULL);
  g_return_val_if_fail (fields != NULL || n_headers == 0, NULL);

  /* Translators: %s is a file name. */
  heading = g_strdup_printf (_("What Do the Columns of “%s” Hold?"), file_name);
  self = g_object_new (TF_TYPE_CSV_COLUMNS_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       "resizable", TRUE,
                       NULL);
  self->headers = g_new0 (char *, n_headers + 1);
  for (guint i = 0; i < n_headers; i++)
    {
      self->headers[i] = g_strdup (headers[i]);
      if (tf_csv_field_is_evidence (fields[i].field))
        max_index = MAX (max_index, fields[i].index);
    }

  /* Every field; the evidence again for each numbered evidence the
   * table has. */
  for (guint field = TF_CSV_FIELD_NONE; field < TF_CSV_N_FIELDS; field++)
    add_choice (self, labels, (TfCsvColumn) { field, field == TF_CSV_FIELD_NONE ? 0 : 1 });
  for (guint index = 2; index <= max_index; index++)
    for (guint field = TF_CSV_FIELD_SOURCE; field <= TF_CSV_FIELD_QUOTE; field++)
      add_choice (self, labels, (TfCsvColumn) { field, index });

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_end (grid, 12);
  for (guint i = 0; i < n_headers; i++)
    {
      g_autofree char *example = NULL;
      GtkWidget *header = new_label (headers[i][0] != '\0' ? headers[i] : "—", FALSE);
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);

      gtk_widget_add_css_class (header, "heading");
      if (samples != NULL && samples[i] != NULL && samples[i][0] != '\0')
        /* Translators: the first value of a column, as an example. */
        example = g_strdup_printf (_("e.g. %s"), samples[i]);
      gtk_grid_attach (GTK_GRID (grid), header, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_label (example != NULL ? example : "", TRUE),
                       1, (int) i, 1, 1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), choice_index (self, fields[i]));
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, headers[i], -1);
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (update_response), self,
                               G_CONNECT_SWAPPED);
      gtk_grid_attach (GTK_GRID (grid), dropdown, 2, (int) i, 1, 1);
      g_ptr_array_add (self->dropdowns, dropdown);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  /* A message dialog gives its extra child little room of its own. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              (int) MIN (n_headers * ROW_HEIGHT, LIST_HEIGHT));
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), LIST_HEIGHT);
  gtk_widget_set_size_request (scrolled, LIST_WIDTH, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  update_response (self);
  return GTK_WIDGET (self);
}

static void
tf_csv_columns_dialog_finalize (GObject *object)
{
  TfCsvColumnsDialog *self = TF_CSV_COLUMNS_DIALOG (object);

  g_strfreev (self->headers);
  g_array_unref (self->choices);
  g_ptr_array_unref (self->dropdowns);

  G_OBJECT_CLASS (tf_csv_columns_dialog_parent_class)->finalize (object);
}

static void
tf_csv_columns_dialog_class_init (TfCsvColumnsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tf_csv_columns_dialog_finalize;
}

static void
tf_csv_columns_dialog_init (TfCsvColumnsDialog *self)
{
  self->choices = g_array_new (FALSE, FALSE, sizeof (TfCsvColumn));
  self->dropdowns = g_ptr_array_new ();
}
