/* tf-edit-history.c: a dataset being edited, with undo and redo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-edit-history"

#include "config.h"

#include "tf-edit-history.h"

/* The position in the undo list that matches the saved file, or this when
 * no position does (the saved state was undone and then edited away). */
#define NOT_SAVED G_MAXUINT

struct _TfEditHistory
{
  GObject parent_instance;

  TfDataset *dataset;
  TfDataset *snapshot;  /* nullable: made when asked for */
  GPtrArray *undo;      /* of TfEdit, the last done last */
  GPtrArray *redo;      /* of TfEdit, the next to redo last */
  guint saved_at;       /* undo->len when saved, or NOT_SAVED */
};

G_DEFINE_FINAL_TYPE (TfEditHistory, tf_edit_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
tf_edit_history_finalize (GObject *object)
{
  TfEditHistory *self = (TfEditHistory *) object;

  g_ptr_array_unref (self->redo);
  g_ptr_array_unref (self->undo);
  g_clear_object (&self->snapshot);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tf_edit_history_parent_class)->finalize (object);
}

static void
tf_edit_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TfEditHistory *self = TF_EDIT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, tf_edit_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, tf_edit_history_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, tf_edit_history_is_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_edit_history_class_init (TfEditHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tf_edit_history_finalize;
  object_class->get_property = tf_edit_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The dataset changed: an edit, an undo or a redo. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tf_edit_history_init (TfEditHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo = g_ptr_array_new_with_free_func (g_object_unref);
}

TfEditHistory *
tf_edit_history_new (TfDataset *dataset)
{
  TfEditHistory *self;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);

  self = g_object_new (TF_TYPE_EDIT_HISTORY, NULL);
  /* The dataset given is the snapshot until the first edit; the copy to
   * edit is made when first asked for, so that a large dataset only
   * looked at is not held twice. */
  self->snapshot = g_object_ref (dataset);
  self->saved_at = 0;
  return self;
}

TfDataset *
tf_edit_history_get_dataset (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), NULL);

  if (self->dataset == NULL)
    self->dataset = tf_dataset_copy (self->snapshot);
  return self->dataset;
}

TfDataset *
tf_edit_history_dup_snapshot (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), NULL);

  if (self->snapshot == NULL)
    self->snapshot = tf_dataset_copy (self->dataset);
  return g_object_ref (self->snapshot);
}

/* After any change of the dataset or the lists. */
static void
changed (TfEditHistory *self,
         gboolean       was_modified,
         gboolean       could_undo,
         gboolean       could_redo)
{
  g_clear_object (&self->snapshot);

  g_object_freeze_notify (G_OBJECT (self));
  if (could_undo != tf_edit_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != tf_edit_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_modified != tf_edit_history_is_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
tf_edit_history_push (TfEditHistory *self,
                      TfEdit        *edit)
{
  gboolean was_modified, could_undo, could_redo;

  g_return_if_fail (TF_IS_EDIT_HISTORY (self));
  g_return_if_fail (TF_IS_EDIT (edit));
  g_return_if_fail (tf_edit_get_dataset (edit) == tf_edit_history_get_dataset (self));

  if (tf_edit_is_empty (edit))
    {
      g_object_unref (edit);
      return;
    }

  was_modified = tf_edit_history_is_modified (self);
  could_undo = tf_edit_history_can_undo (self);
  could_redo = tf_edit_history_can_redo (self);

  /* What could be redone is gone, and with it the saved state when it was
   * among it. */
  if (self->saved_at != NOT_SAVED && self->saved_at > self->undo->len)
    self->saved_at = NOT_SAVED;
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, edit);

  changed (self, was_modified, could_undo, could_redo);
}

gboolean
tf_edit_history_can_undo (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
tf_edit_history_can_redo (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

static const char *
last_label (GPtrArray *edits)
{
  return edits->len > 0 ? tf_edit_get_label (g_ptr_array_index (edits, edits->len - 1)) : NULL;
}

const char *
tf_edit_history_get_undo_label (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), NULL);
  return last_label (self->undo);
}

const char *
tf_edit_history_get_redo_label (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), NULL);
  return last_label (self->redo);
}

/* Moves the last edit of from to the end of to, undoing or redoing it. */
static gboolean
move_edit (TfEditHistory *self,
           GPtrArray     *from,
           GPtrArray     *to,
           gboolean       undo)
{
  gboolean was_modified, could_undo, could_redo;
  TfEdit *edit;

  if (from->len == 0)
    return FALSE;

  was_modified = tf_edit_history_is_modified (self);
  could_undo = tf_edit_history_can_undo (self);
  could_redo = tf_edit_history_can_redo (self);

  edit = g_ptr_array_steal_index (from, from->len - 1);
  if (undo)
    tf_edit_undo (edit);
  else
    tf_edit_redo (edit);
  g_ptr_array_add (to, edit);

  changed (self, was_modified, could_undo, could_redo);
  return TRUE;
}

gboolean
tf_edit_history_undo (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), FALSE);
  return move_edit (self, self->undo, self->redo, TRUE);
}

gboolean
tf_edit_history_redo (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), FALSE);
  return move_edit (self, self->redo, self->undo, FALSE);
}

gboolean
tf_edit_history_is_modified (TfEditHistory *self)
{
  g_return_val_if_fail (TF_IS_EDIT_HISTORY (self), FALSE);
  return self->saved_at != self->undo->len;
}

static void
set_saved_at (TfEditHistory *self,
              guint          saved_at)
{
  gboolean was_modified = tf_edit_history_is_modified (self);

  self->saved_at = saved_at;
  if (was_modified != tf_edit_history_is_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
tf_edit_history_mark_saved (TfEditHistory *self)
{
  g_return_if_fail (TF_IS_EDIT_HISTORY (self));
  set_saved_at (self, self->undo->len);
}

void
tf_edit_history_mark_unsaved (TfEditHistory *self)
{
  g_return_if_fail (TF_IS_EDIT_HISTORY (self));
  set_saved_at (self, NOT_SAVED);
}
