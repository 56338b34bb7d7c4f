/* tf-window-import.c: importing articles into a TfWindow and reviewing the
 * moves they report.
 *
 * Reading and extraction run in a worker thread. The task holds no widget:
 * its callback gets the window from a reference that it drops itself, on
 * the main thread, and the worker only reads the window's dataset. The
 * articles become sources of a new dataset at once; each accepted or
 * rejected suggestion makes another new dataset, handed to the window as a
 * loaded one is, so the chart follows at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-window-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-exchange-open.h"
#include "tf-extractor.h"
#include "tf-suggestion-import.h"
#include "tf-source-reader.h"
#include "tf-window-private.h"
#include "tf-wording.h"

#define DATASET_SUFFIX ".talentflow"

/* The rejection that keeps a suggestion from being offered again. */
static TfRejection *
new_rejection (const TfSuggestion *suggestion,
               const char         *source_id)
{
  return tf_rejection_new (source_id,
                           suggestion->evidence != NULL ? suggestion->evidence->exact : NULL,
                           suggestion->person,
                           suggestion->to.name);
}

static const char *
suggestion_source_id (const TfSuggestion *suggestion)
{
  return suggestion->evidence != NULL ? suggestion->evidence->source_id : NULL;
}

static gboolean
is_rejected (TfDataset          *dataset,
             const TfSuggestion *suggestion)
{
  return tf_dataset_is_rejected (dataset, suggestion_source_id (suggestion),
                                 suggestion->evidence != NULL ? suggestion->evidence->exact : NULL,
                                 suggestion->person, suggestion->to.name);
}

/* Already a move of the dataset: the same quote of the same source. */
static gboolean
is_accepted (TfDataset          *dataset,
             const TfSuggestion *suggestion)
{
  GPtrArray *moves = tf_dataset_get_moves (dataset);

  if (suggestion->evidence == NULL)
    return FALSE;

  for (guint i = 0; i < moves->len; i++)
    {
      const TfMove *move = g_ptr_array_index (moves, i);

      for (guint j = 0; j < move->evidence->len; j++)
        {
          const TfEvidence *evidence = g_ptr_array_index (move->evidence, j);

          if (g_strcmp0 (evidence->source_id, suggestion->evidence->source_id) == 0
              && g_strcmp0 (evidence->exact, suggestion->evidence->exact) == 0)
            {
              const TfPerson *person = move->person_id != NULL
                                       ? tf_dataset_lookup_person (dataset, move->person_id)
                                       : NULL;

              if (person == NULL || g_strcmp0 (person->name, suggestion->person) == 0)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* The suggestions of source that are neither rejected nor accepted in
 * dataset, appended to suggestions. Only reads dataset. */
static void
extract_source (TfExtractor    *extractor,
                TfDataset      *dataset,
                const TfSource *source,
                GPtrArray      *suggestions)
{
  g_autoptr(GPtrArray) found = tf_extractor_extract (extractor, source);

  for (guint i = 0; i < found->len; i++)
    {
      TfSuggestion *suggestion = g_ptr_array_index (found, i);

      if (dataset != NULL
          && (is_rejected (dataset, suggestion) || is_accepted (dataset, suggestion)))
        continue;
      g_ptr_array_add (suggestions, g_ptr_array_steal_index (found, i--));
    }
}

static TfExtractor *
new_extractor (TfDataset *dataset)
{
  g_autoptr(TfGazetteer) gazetteer = tf_gazetteer_new_default ();

  if (dataset != NULL)
    tf_gazetteer_add_dataset (gazetteer, dataset);
  return tf_extractor_new (gazetteer);
}

GPtrArray *
_tf_window_extract_dataset (TfDataset *dataset)
{
  g_autoptr(TfExtractor) extractor = new_extractor (dataset);
  GPtrArray *suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);
  GPtrArray *sources = tf_dataset_get_sources (dataset);

  for (guint i = 0; i < sources->len; i++)
    extract_source (extractor, dataset, g_ptr_array_index (sources, i), suggestions);
  return suggestions;
}

TfGazetteer *
_tf_window_get_gazetteer (TfWindow *self)
{
  g_assert (TF_IS_WINDOW (self));

  if (self->gazetteer == NULL)
    self->gazetteer = tf_gazetteer_new_default ();
  return self->gazetteer;
}

void
_tf_window_show_review (TfWindow  *self,
                        GPtrArray *sources,
                        GPtrArray *suggestions,
                        GObject   *owner)
{
  g_assert (TF_IS_WINDOW (self));

  if (suggestions->len == 0)
    return;

  tf_review_view_add (self->review_view, sources, suggestions, owner);
  self->reviewing = TRUE;
  _tf_window_update_content (self);
}

/* Reading articles ------------------------------------------------------ */

/* Who shows the progress, shared by the task and its progress reports:
 * the worker never holds the window itself. */
typedef struct
{
  GWeakRef window;
} Reporter;

static void
reporter_clear (gpointer data)
{
  g_weak_ref_clear (&((Reporter *) data)->window);
}

static void
reporter_release (Reporter *reporter)
{
  g_atomic_rc_box_release_full (reporter, reporter_clear);
}

typedef struct
{
  GPtrArray *files;     /* of GFile */
  char **ids;           /* the source id of each file */
  TfDataset *dataset;   /* read only, nullable */
  Reporter *reporter;
} ImportData;

typedef struct
{
  GPtrArray *sources;      /* of TfSource */
  GPtrArray *suggestions;  /* of TfSuggestion */
  GPtrArray *failures;     /* of char *, messages */
} ImportResult;

typedef struct
{
  Reporter *reporter;
  GCancellable *cancellable;
  guint done;
  guint total;
} Progress;

static void
import_data_free (ImportData *data)
{
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_clear_pointer (&data->ids, g_strfreev);
  g_clear_object (&data->dataset);
  g_clear_pointer (&data->reporter, reporter_release);
  g_free (data);
}

static void
import_result_free (ImportResult *result)
{
  g_clear_pointer (&result->sources, g_ptr_array_unref);
  g_clear_pointer (&result->suggestions, g_ptr_array_unref);
  g_clear_pointer (&result->failures, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportResult, import_result_free)

/* On the main thread. */
static gboolean
progress_cb (gpointer user_data)
{
  Progress *progress = user_data;
  g_autoptr(TfWindow) self = g_weak_ref_get (&progress->reporter->window);
  g_autofree char *text = NULL;

  /* Only the import under way shows its progress. */
  if (self == NULL || self->load_cancellable != progress->cancellable
      || g_cancellable_is_cancelled (progress->cancellable))
    return G_SOURCE_REMOVE;

  /* Translators: while importing articles: "Reading 3 of 12…" */
  text = g_strdup_printf (_("Reading %u of %u…"), progress->done, progress->total);
  _tf_window_set_progress (self, text);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer user_data)
{
  Progress *progress = user_data;

  reporter_release (progress->reporter);
  g_clear_object (&progress->cancellable);
  g_free (progress);
}

/* The dataset's source with the same title and text, if any: an article
 * imported again is the same source, and what was decided about its
 * moves holds. */
static const TfSource *
find_same_source (TfDataset      *dataset,
                  const TfSource *source)
{
  GPtrArray *sources;

  if (dataset == NULL)
    return NULL;

  sources = tf_dataset_get_sources (dataset);
  for (guint i = 0; i < sources->len; i++)
    {
      const TfSource *other = g_ptr_array_index (sources, i);
      gboolean same;

      if (g_strcmp0 (other->title, source->title) != 0
          || other->paragraphs->len != source->paragraphs->len)
        continue;

      same = TRUE;
      for (guint j = 0; j < source->paragraphs->len && same; j++)
        same = g_strcmp0 (((TfParagraph *) g_ptr_array_index (other->paragraphs, j))->text,
                          ((TfParagraph *) g_ptr_array_index (source->paragraphs, j))->text) == 0;
      if (same)
        return other;
    }
  return NULL;
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(ImportResult) result = g_new0 (ImportResult, 1);
  g_autoptr(TfExtractor) extractor = new_extractor (data->dataset);

  result->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_source_free);
  result->suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_suggestion_free);
  result->failures = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < data->files->len; i++)
    {
      GFile *file = g_ptr_array_index (data->files, i);
      g_autoptr(GError) error = NULL;
      const TfSource *same;
      TfSource *source;

      if (g_task_return_error_if_cancelled (task))
        return;

      if (data->files->len > 1)
        {
          Progress *progress = g_new0 (Progress, 1);

          progress->reporter = g_atomic_rc_box_acquire (data->reporter);
          progress->cancellable = g_object_ref (cancellable);
          progress->done = i + 1;
          progress->total = data->files->len;
          g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_cb, progress,
                                      progress_free);
        }

      source = tf_source_reader_read_file (file, data->ids[i], cancellable, &error);
      if (source == NULL)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_task_return_error (task, g_steal_pointer (&error));
              return;
            }
          g_ptr_array_add (result->failures, tf_wording_file_error (file, error));
          continue;
        }

      same = find_same_source (data->dataset, source);
      if (same != NULL)
        {
          g_free (source->id);
          source->id = g_strdup (same->id);
        }

      g_ptr_array_add (result->sources, source);
      extract_source (extractor, data->dataset, source, result->suggestions);
    }

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) import_result_free);
}

/* Hands a changed dataset to the window, keeping the review. */
static void
replace_dataset (TfWindow  *self,
                 TfDataset *dataset)
{
  if (self->dataset == NULL)
    _tf_window_set_dataset_full (self, dataset, NULL, FALSE);
  else
    _tf_window_update_dataset (self, dataset);
}

static void
import_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(TfWindow) self = user_data;  /* dropped here, on the main thread */
  GTask *task = G_TASK (result);
  g_autoptr(ImportResult) imported = NULL;
  g_autoptr(TfDataset) base = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  imported = g_task_propagate_pointer (task, &error);

  /* Cancelled by the user, a newer load or closing the window: whoever
   * cancelled owns the window's state. */
  if (imported == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (gtk_widget_in_destruction (GTK_WIDGET (self))
      || g_task_get_cancellable (task) != self->load_cancellable)
    return;

  g_clear_object (&self->load_cancellable);
  _tf_window_set_progress (self, NULL);
  _tf_window_set_loading (self, FALSE);

  if (imported == NULL)
    {
      _tf_window_show_error (self, _("Could Not Import Articles"), error->message);
      return;
    }

  if (imported->failures->len > 0)
    {
      g_autofree char *message = NULL;

      g_ptr_array_add (imported->failures, NULL);
      message = g_strjoinv ("\n", (char **) imported->failures->pdata);

      _tf_window_show_error (self,
                             ngettext ("Could Not Read an Article",
                                       "Could Not Read Some Articles",
                                       imported->failures->len - 1),
                             message);
    }

  if (imported->sources->len == 0)
    return;

  /* The articles join the dataset at once: a rejection refers to them. */
  base = self->dataset != NULL ? g_object_ref (self->dataset) : tf_dataset_new ();
  dataset = tf_suggestion_import (base, imported->sources, NULL, _tf_window_get_gazetteer (self),
                                  TF_IMPORT_NONE, &error);
  if (dataset == NULL)
    {
      _tf_window_show_error (self, _("Could Not Import Articles"), error->message);
      return;
    }
  replace_dataset (self, dataset);

  if (imported->suggestions->len == 0)
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf (ngettext ("No moves found in %u article",
                                        "No moves found in %u articles",
                                        imported->sources->len),
                              imported->sources->len);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
      return;
    }

  _tf_window_show_review (self, imported->sources, imported->suggestions, NULL);
}

static gboolean
dataset_has_source_id (TfDataset  *dataset,
                       const char *id)
{
  return dataset != NULL && tf_dataset_lookup_source (dataset, id) != NULL;
}

void
_tf_window_import (TfWindow  *self,
                   GPtrArray *files)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;
  guint n = 1;

  g_assert (TF_IS_WINDOW (self));
  g_assert (files != NULL);

  if (files->len == 0)
    return;

  /* The last thing asked for wins, as for loading. */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  data = g_new0 (ImportData, 1);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  data->ids = g_new0 (char *, files->len + 1);
  for (guint i = 0; i < files->len; i++)
    {
      g_ptr_array_add (data->files, g_object_ref (g_ptr_array_index (files, i)));
      /* Ids the dataset does not use yet. */
      do
        {
          g_free (data->ids[i]);
          data->ids[i] = g_strdup_printf ("s%u", n++);
        }
      while (dataset_has_source_id (self->dataset, data->ids[i]));
    }
  data->dataset = self->dataset != NULL ? g_object_ref (self->dataset) : NULL;
  data->reporter = g_atomic_rc_box_new0 (Reporter);
  g_weak_ref_init (&data->reporter->window, self);

  /* The task holds no widget: the window's reference is the callback's. */
  task = g_task_new (NULL, self->load_cancellable, import_cb, g_object_ref (self));
  g_task_set_source_tag (task, _tf_window_import);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);

  _tf_window_set_loading (self, TRUE);
  if (files->len > 1)
    {
      g_autofree char *text = g_strdup_printf (_("Reading %u of %u…"), 1, files->len);

      _tf_window_set_progress (self, text);
    }
  else
    _tf_window_set_progress (self, _("Reading the article…"));
  g_task_run_in_thread (task, import_thread);
}

void
_tf_window_cancel_import (TfWindow *self)
{
  g_assert (TF_IS_WINDOW (self));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  _tf_window_set_progress (self, NULL);
  _tf_window_set_loading (self, FALSE);
}

/* The review's decisions ------------------------------------------------- */

/* The sources of sources that the dataset does not have yet. */
static GPtrArray *
new_sources (TfDataset *dataset,
             GPtrArray *sources)
{
  GPtrArray *missing = g_ptr_array_new ();

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      TfSource *source = g_ptr_array_index (sources, i);

      if (!dataset_has_source_id (dataset, source->id))
        g_ptr_array_add (missing, source);
    }
  return missing;
}

static gboolean
review_accept_cb (TfWindow     *self,
                  GPtrArray    *suggestions,
                  GPtrArray    *sources,
                  TfReviewView *view)
{
  g_autoptr(TfDataset) base = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_before;
  guint n_added;

  g_assert (TF_IS_WINDOW (self));

  base = self->dataset != NULL ? g_object_ref (self->dataset) : tf_dataset_new ();
  n_before = tf_dataset_get_moves (base)->len;
  missing = new_sources (base, sources);
  dataset = tf_suggestion_import (base, missing, suggestions, _tf_window_get_gazetteer (self),
                                  TF_IMPORT_ACCEPT, &error);
  if (dataset == NULL)
    {
      _tf_window_show_error (self, _("Could Not Add the Move"), error->message);
      return FALSE;
    }

  replace_dataset (self, dataset);

  /* A suggestion of a move the dataset has adds its evidence to it. */
  n_added = tf_dataset_get_moves (dataset)->len;
  n_added -= MIN (n_before, n_added);
  if (n_added > 0)
    text = g_strdup_printf (ngettext ("Added %u move", "Added %u moves", n_added), n_added);
  else
    text = g_strdup (_("Added the evidence to a move already there"));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
  return TRUE;
}

static gboolean
review_reject_cb (TfWindow       *self,
                  TfSuggestion   *suggestion,
                  const TfSource *source,
                  TfReviewView   *view)
{
  g_autoptr(TfDataset) base = NULL;
  g_autoptr(TfDataset) dataset = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  const char *source_id;

  g_assert (TF_IS_WINDOW (self));

  source_id = source != NULL ? source->id : suggestion_source_id (suggestion);
  if (source != NULL)
    g_ptr_array_add (sources, (gpointer) source);

  /* A dataset is not changed once the window has it: the rejection goes
   * into a new one. */
  base = self->dataset != NULL ? g_object_ref (self->dataset) : tf_dataset_new ();
  missing = new_sources (base, sources);
  dataset = tf_suggestion_import (base, missing, NULL, _tf_window_get_gazetteer (self),
                                  TF_IMPORT_NONE, &error);
  if (dataset == NULL)
    {
      _tf_window_show_error (self, _("Could Not Reject the Move"), error->message);
      return FALSE;
    }
  tf_dataset_add_rejection (dataset, new_rejection (suggestion, source_id));

  replace_dataset (self, dataset);
  return TRUE;
}

static void
review_done_cb (TfWindow     *self,
                TfReviewView *view)
{
  g_assert (TF_IS_WINDOW (self));

  self->reviewing = FALSE;
  tf_review_view_clear (self->review_view);
  _tf_window_update_content (self);
}

/* Import Articles… ------------------------------------------------------ */

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    TfWindow        *self)
{
  g_assert (TF_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (files, g_list_model_get_item (model, i));
      _tf_window_import (self, files);
    }

  if (self->file_chooser == chooser)
    g_clear_object (&self->file_chooser);
}

static void
import_articles_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Articles"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  gtk_file_filter_set_name (articles, _("Articles (text or HTML)"));
  gtk_file_filter_add_suffix (articles, "txt");
  gtk_file_filter_add_suffix (articles, "html");
  gtk_file_filter_add_suffix (articles, "htm");
  gtk_file_filter_add_mime_type (articles, "text/plain");
  gtk_file_filter_add_mime_type (articles, "text/html");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), articles);

  _tf_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));

  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), self);
  _tf_window_replace_file_chooser (self, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel_import_clicked_cb (TfWindow *self)
{
  _tf_window_cancel_import (self);
}

gboolean
_tf_window_is_dataset_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, DATASET_SUFFIX);
}

gboolean
_tf_window_opens_as_dataset (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  /* A table of moves opens as a dataset does, but is not one to save to. */
  return _tf_window_is_dataset_file (file) || tf_exchange_is_table_name (name);
}

void
_tf_window_class_import_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-articles", NULL,
                                   import_articles_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import-articles", NULL);
  gtk_widget_class_bind_template_callback (widget_class, review_accept_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_reject_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_done_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_import_clicked_cb);
}
