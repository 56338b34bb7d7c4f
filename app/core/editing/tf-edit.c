/* tf-edit.c: one undoable change to a dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-edit"

#include "config.h"

#include "tf-edit.h"

/* One step. before and after are copies the step keeps: the dataset owns
 * its own records, so undo and redo may run any number of times. A title
 * step has kind TF_N_RECORD_KINDS and the titles in before and after. */
typedef struct
{
  TfRecordKind kind;
  guint index;
  gpointer before;  /* nullable: an insert */
  gpointer after;   /* nullable: a removal */
} Step;

struct _TfEdit
{
  GObject parent_instance;

  TfDataset *dataset;
  char *label;
  GArray *steps;  /* of Step */
};

G_DEFINE_FINAL_TYPE (TfEdit, tf_edit, G_TYPE_OBJECT)

#define TITLE_STEP TF_N_RECORD_KINDS

static void
step_clear (Step *step)
{
  if (step->kind == TITLE_STEP)
    {
      g_free (step->before);
      g_free (step->after);
    }
  else
    {
      tf_record_free (step->kind, step->before);
      tf_record_free (step->kind, step->after);
    }
}

static void
tf_edit_finalize (GObject *object)
{
  TfEdit *self = (TfEdit *) object;

  g_array_unref (self->steps);
  g_free (self->label);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tf_edit_parent_class)->finalize (object);
}

static void
tf_edit_class_init (TfEditClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_edit_finalize;
}

static void
tf_edit_init (TfEdit *self)
{
  self->steps = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->steps, (GDestroyNotify) step_clear);
}

TfEdit *
tf_edit_new (TfDataset  *dataset,
             const char *label)
{
  TfEdit *self;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (TF_TYPE_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->label = g_strdup (label);
  return self;
}

const char *
tf_edit_get_label (TfEdit *self)
{
  g_return_val_if_fail (TF_IS_EDIT (self), NULL);
  return self->label;
}

void
tf_edit_set_label (TfEdit     *self,
                   const char *label)
{
  g_return_if_fail (TF_IS_EDIT (self));
  g_return_if_fail (label != NULL);

  g_free (self->label);
  self->label = g_strdup (label);
}

TfDataset *
tf_edit_get_dataset (TfEdit *self)
{
  g_return_val_if_fail (TF_IS_EDIT (self), NULL);
  return self->dataset;
}

gboolean
tf_edit_is_empty (TfEdit *self)
{
  g_return_val_if_fail (TF_IS_EDIT (self), TRUE);
  return self->steps->len == 0;
}

/* Puts state (before or after) in place of the other at the step's
 * position. A failure here means the dataset was changed behind the edit's
 * back, which undo and redo cannot mend. */
static void
run_step (TfEdit     *self,
          const Step *step,
          gboolean    forward)
{
  gconstpointer out = forward ? step->before : step->after;
  gconstpointer in = forward ? step->after : step->before;
  g_autoptr(GError) error = NULL;

  if (step->kind == TITLE_STEP)
    {
      tf_dataset_set_title (self->dataset, in);
      return;
    }
  if (out != NULL)
    tf_record_free (step->kind, tf_dataset_steal_record (self->dataset, step->kind, step->index));
  if (in != NULL
      && !tf_dataset_insert_record (self->dataset, step->kind, step->index,
                                    tf_record_copy (step->kind, in), &error))
    g_critical ("Cannot %s “%s”: %s", forward ? "redo" : "undo", self->label, error->message);
}

/* Records a step and does it. */
static gboolean
add_step (TfEdit        *self,
          TfRecordKind   kind,
          guint          index,
          gpointer       before,
          gpointer       after,
          GError       **error)
{
  Step step = { kind, index, before, after };

  if (before != NULL)
    tf_record_free (kind, tf_dataset_steal_record (self->dataset, kind, index));
  if (after != NULL
      && !tf_dataset_insert_record (self->dataset, kind, index, tf_record_copy (kind, after),
                                    error))
    {
      /* Leave the dataset as it was before this step. */
      if (before != NULL
          && !tf_dataset_insert_record (self->dataset, kind, index,
                                        tf_record_copy (kind, before), NULL))
        g_assert_not_reached ();  /* it was there a moment ago */
      step_clear (&step);
      return FALSE;
    }
  g_array_append_val (self->steps, step);
  return TRUE;
}

gboolean
tf_edit_insert (TfEdit        *self,
                TfRecordKind   kind,
                guint          index,
                gpointer       record,
                GError       **error)
{
  g_return_val_if_fail (TF_IS_EDIT (self), FALSE);
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (index > tf_dataset_get_records (self->dataset, kind)->len)
    {
      g_critical ("%s: position %u past the end", G_STRFUNC, index);
      tf_record_free (kind, record);
      return FALSE;
    }
  return add_step (self, kind, index, NULL, record, error);
}

void
tf_edit_remove (TfEdit       *self,
                TfRecordKind  kind,
                guint         index)
{
  GPtrArray *records;

  g_return_if_fail (TF_IS_EDIT (self));
  g_return_if_fail (kind < TF_N_RECORD_KINDS);
  records = tf_dataset_get_records (self->dataset, kind);
  g_return_if_fail (index < records->len);

  if (!add_step (self, kind, index,
                 tf_record_copy (kind, g_ptr_array_index (records, index)), NULL, NULL))
    g_assert_not_reached ();  /* only an insert can fail */
}

gboolean
tf_edit_replace (TfEdit        *self,
                 TfRecordKind   kind,
                 guint          index,
                 gpointer       record,
                 GError       **error)
{
  GPtrArray *records;

  g_return_val_if_fail (TF_IS_EDIT (self), FALSE);
  g_return_val_if_fail (kind < TF_N_RECORD_KINDS, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);
  records = tf_dataset_get_records (self->dataset, kind);
  if (index >= records->len)
    {
      g_critical ("%s: no record at position %u", G_STRFUNC, index);
      tf_record_free (kind, record);
      return FALSE;
    }

  /* Unchanged: no step, so an edit that changes nothing stays empty. */
  if (tf_record_equal (kind, g_ptr_array_index (records, index), record))
    {
      tf_record_free (kind, record);
      return TRUE;
    }
  return add_step (self, kind, index,
                   tf_record_copy (kind, g_ptr_array_index (records, index)), record, error);
}

void
tf_edit_set_title (TfEdit     *self,
                   const char *title)
{
  Step step = { TITLE_STEP, 0, NULL, NULL };

  g_return_if_fail (TF_IS_EDIT (self));

  if (g_strcmp0 (tf_dataset_get_title (self->dataset), title) == 0)
    return;
  step.before = g_strdup (tf_dataset_get_title (self->dataset));
  step.after = g_strdup (title);
  tf_dataset_set_title (self->dataset, title);
  g_array_append_val (self->steps, step);
}

void
tf_edit_undo (TfEdit *self)
{
  g_return_if_fail (TF_IS_EDIT (self));

  for (guint i = self->steps->len; i > 0; i--)
    run_step (self, &g_array_index (self->steps, Step, i - 1), FALSE);
}

void
tf_edit_redo (TfEdit *self)
{
  g_return_if_fail (TF_IS_EDIT (self));

  for (guint i = 0; i < self->steps->len; i++)
    run_step (self, &g_array_index (self->steps, Step, i), TRUE);
}
