/* test-edit.c: undoable edits of a dataset and their history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-edit"

#include "config.h"

#include "tf-dataset-file.h"
#include "tf-edit-history.h"
#include "tf-edits.h"
#include "tf-sample.h"
#include "tf-synthetic.h"
#include "tf-test-data.h"

static GBytes *
save (TfDataset *dataset)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = tf_dataset_file_save_bytes (dataset, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
assert_same_bytes (TfDataset *dataset,
                   GBytes    *expected)
{
  g_autoptr(GBytes) bytes = save (dataset);

  g_assert_true (g_bytes_equal (bytes, expected));
}

static void
push (TfEditHistory *history,
      TfEdit        *edit)
{
  g_assert_nonnull (edit);
  tf_edit_history_push (history, edit);
}

static void
test_change_date (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(TfEditHistory) history = tf_edit_history_new (seeds);
  TfDataset *dataset = tf_edit_history_get_dataset (history);
  g_autoptr(GBytes) before = save (dataset);
  g_autoptr(GError) error = NULL;
  TfMove *move = tf_move_copy (g_ptr_array_index (tf_dataset_get_moves (dataset), 0));
  TfEdit *edit;

  g_assert_false (tf_edit_history_is_modified (history));
  g_assert_false (tf_edit_history_can_undo (history));

  g_assert_true (tf_date_parse ("2001-02", &move->date));
  edit = tf_edits_change_move (dataset, move, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_edit_get_label (edit), ==, "Change Date");
  push (history, edit);

  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
  g_assert_cmpint (move->date.year, ==, 2001);
  g_assert_cmpint (move->date.precision, ==, TF_DATE_MONTH);
  g_assert_true (tf_edit_history_is_modified (history));
  g_assert_cmpstr (tf_edit_history_get_undo_label (history), ==, "Change Date");

  g_assert_true (tf_edit_history_undo (history));
  assert_same_bytes (dataset, before);
  g_assert_false (tf_edit_history_is_modified (history));
  g_assert_true (tf_edit_history_can_redo (history));

  g_assert_true (tf_edit_history_redo (history));
  move = g_ptr_array_index (tf_dataset_get_moves (dataset), 0);
  g_assert_cmpint (move->date.year, ==, 2001);

  /* Saved here, an undo is a change again. */
  tf_edit_history_mark_saved (history);
  g_assert_false (tf_edit_history_is_modified (history));
  g_assert_true (tf_edit_history_undo (history));
  g_assert_true (tf_edit_history_is_modified (history));
  /* A new edit after the undo: the saved state can no longer come back. */
  push (history, tf_edits_set_title (dataset, "Another title"));
  g_assert_false (tf_edit_history_can_redo (history));
  g_assert_true (tf_edit_history_undo (history));
  g_assert_true (tf_edit_history_is_modified (history));
}

static void
test_unchanged_is_empty (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(TfEditHistory) history = tf_edit_history_new (seeds);
  TfDataset *dataset = tf_edit_history_get_dataset (history);
  TfPerson *person = tf_person_copy (g_ptr_array_index (tf_dataset_get_people (dataset), 0));
  TfEdit *edit = tf_edits_change_person (dataset, person, NULL);

  g_assert_true (tf_edit_is_empty (edit));
  push (history, edit);
  g_assert_false (tf_edit_history_can_undo (history));
  g_assert_false (tf_edit_history_is_modified (history));
}

static void
test_refused (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(GBytes) before = save (seeds);
  g_autoptr(GError) error = NULL;
  TfMove *move = tf_move_copy (g_ptr_array_index (tf_dataset_get_moves (seeds), 0));
  TfOrganization *organization;
  TfPerson *person;

  /* A move by someone who is not there. */
  g_free (move->person_id);
  move->person_id = g_strdup ("p-nobody");
  g_assert_null (tf_edits_change_move (seeds, move, &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE);
  g_clear_error (&error);
  assert_same_bytes (seeds, before);

  /* A person under an id that is taken. */
  person = tf_person_new ("p-li-feifei", "Someone Else");
  g_assert_null (tf_edits_add_person (seeds, person, &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  /* A parent loop: 阿里巴巴 under its own lab. */
  organization = tf_organization_copy (tf_dataset_lookup_organization (seeds, "o-alibaba"));
  organization->parent_id = g_strdup ("o-damo");
  g_assert_null (tf_edits_change_organization (seeds, organization, &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (tf_edits_merge (seeds, TF_RECORD_PERSON, "p-qi-yuan", "p-qi-yuan", &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (tf_edits_delete (seeds, TF_RECORD_PERSON, "p-nobody", &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_DANGLING_REFERENCE);
  assert_same_bytes (seeds, before);
}

static guint
count_moves_of (TfDataset  *dataset,
                const char *person_id)
{
  g_autoptr(GPtrArray) moves = tf_dataset_dup_moves_of_person (dataset, person_id);

  return moves->len;
}

static void
test_merge_people (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(TfEditHistory) history = tf_edit_history_new (seeds);
  TfDataset *dataset = tf_edit_history_get_dataset (history);
  g_autoptr(GError) error = NULL;
  TfPerson *spelling = tf_person_new (NULL, "漆遠");
  guint n_moves = count_moves_of (dataset, "p-qi-yuan");
  guint n_evidence = 0;
  g_autoptr(GPtrArray) moves = NULL;
  TfMove *move;
  TfPerson *person;
  const char *id;

  g_assert_cmpuint (n_moves, >, 1);
  g_ptr_array_add (spelling->aliases, g_strdup ("Yuan Qi"));
  push (history, tf_edits_add_person (dataset, spelling, &error));
  g_assert_no_error (error);
  id = ((TfPerson *) g_ptr_array_index (tf_dataset_get_people (dataset),
                                        tf_dataset_get_people (dataset)->len - 1))->id;
  g_assert_cmpstr (id, ==, "p-qi-yuan-2");

  /* A move of the second spelling, with a quote. */
  move = tf_move_new (NULL, TF_MOVE_JOIN);
  move->person_id = g_strdup (id);
  move->to = tf_affiliation_new ("o-jd", TF_SECTOR_COMPANY);
  tf_test_add_source (dataset, "s-extra", "2023");
  tf_test_cite (move, "s-extra");
  push (history, tf_edits_add_move (dataset, move, &error));
  g_assert_no_error (error);

  moves = tf_dataset_dup_moves_of_person (dataset, "p-qi-yuan");
  for (guint i = 0; i < moves->len; i++)
    n_evidence += ((TfMove *) g_ptr_array_index (moves, i))->evidence->len;
  g_clear_pointer (&moves, g_ptr_array_unref);

  push (history, tf_edits_merge (dataset, TF_RECORD_PERSON, "p-qi-yuan", "p-qi-yuan-2", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tf_edit_history_get_undo_label (history), ==, "Merge People");
  g_assert_null (tf_dataset_lookup_person (dataset, "p-qi-yuan-2"));
  person = tf_dataset_lookup_person (dataset, "p-qi-yuan");
  g_assert_cmpuint (person->aliases->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (person->aliases, 0), ==, "漆遠");
  g_assert_cmpstr (g_ptr_array_index (person->aliases, 1), ==, "Yuan Qi");
  g_assert_cmpuint (count_moves_of (dataset, "p-qi-yuan"), ==, n_moves + 1);
  moves = tf_dataset_dup_moves_of_person (dataset, "p-qi-yuan");
  for (guint i = 0; i < moves->len; i++)
    n_evidence -= ((TfMove *) g_ptr_array_index (moves, i))->evidence->len;
  g_assert_cmpint ((int) n_evidence, ==, -1);  /* the quote came along */

  /* Undo splits them again. */
  g_assert_true (tf_edit_history_undo (history));
  g_assert_nonnull (tf_dataset_lookup_person (dataset, "p-qi-yuan-2"));
  g_assert_cmpuint (count_moves_of (dataset, "p-qi-yuan"), ==, n_moves);
  g_assert_cmpuint (count_moves_of (dataset, "p-qi-yuan-2"), ==, 1);
}

static void
test_merge_organizations (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(GBytes) before = save (seeds);
  g_autoptr(GError) error = NULL;
  guint n_alibaba, n_children;
  guint n_ant;
  TfOrganization *alibaba;
  TfEdit *edit;

  tf_edits_count_dependents (seeds, TF_RECORD_ORGANIZATION, "o-alibaba", &n_alibaba, &n_children);
  g_assert_cmpuint (n_children, ==, 2);  /* 达摩院, 蚂蚁集团 */
  tf_edits_count_dependents (seeds, TF_RECORD_ORGANIZATION, "o-ant", &n_ant, NULL);
  g_assert_cmpuint (n_ant, >, 0);

  /* The child merged into its parent: its moves and name go up. */
  edit = tf_edits_merge (seeds, TF_RECORD_ORGANIZATION, "o-alibaba", "o-ant", &error);
  g_assert_no_error (error);
  alibaba = tf_dataset_lookup_organization (seeds, "o-alibaba");
  g_assert_null (alibaba->parent_id);
  g_assert_cmpstr (g_ptr_array_index (alibaba->aliases, alibaba->aliases->len - 1), ==, "蚂蚁集团");
  tf_edits_count_dependents (seeds, TF_RECORD_ORGANIZATION, "o-alibaba", &n_children, NULL);
  g_assert_cmpuint (n_children, ==, n_alibaba + n_ant);
  tf_edit_undo (edit);
  assert_same_bytes (seeds, before);
  g_object_unref (edit);

  /* The parent merged into its child: the other child moves under it. */
  edit = tf_edits_merge (seeds, TF_RECORD_ORGANIZATION, "o-ant", "o-alibaba", &error);
  g_assert_no_error (error);
  g_assert_null (tf_dataset_lookup_organization (seeds, "o-ant")->parent_id);
  g_assert_cmpstr (tf_dataset_lookup_organization (seeds, "o-damo")->parent_id, ==, "o-ant");
  tf_edit_undo (edit);
  assert_same_bytes (seeds, before);
  g_object_unref (edit);
}

static void
test_delete (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(GBytes) before = save (seeds);
  g_autoptr(GError) error = NULL;
  guint n_moves = tf_dataset_get_moves (seeds)->len;
  guint n_of_person, n_of_org, n_children;
  TfEdit *edit;

  tf_edits_count_dependents (seeds, TF_RECORD_PERSON, "p-qi-yuan", &n_of_person, &n_children);
  g_assert_cmpuint (n_children, ==, 0);
  edit = tf_edits_delete (seeds, TF_RECORD_PERSON, "p-qi-yuan", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_edit_get_label (edit), ==, "Delete Person");
  g_assert_cmpuint (tf_dataset_get_moves (seeds)->len, ==, n_moves - n_of_person);
  tf_edit_undo (edit);
  assert_same_bytes (seeds, before);
  tf_edit_redo (edit);
  g_assert_null (tf_dataset_lookup_person (seeds, "p-qi-yuan"));
  tf_edit_undo (edit);
  g_object_unref (edit);

  /* An organization: its moves keep an unnamed place, its children move
   * up. */
  tf_edits_count_dependents (seeds, TF_RECORD_ORGANIZATION, "o-alibaba", &n_of_org, &n_children);
  edit = tf_edits_delete (seeds, TF_RECORD_ORGANIZATION, "o-alibaba", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_moves (seeds)->len, ==, n_moves);
  g_assert_null (tf_dataset_lookup_organization (seeds, "o-damo")->parent_id);
  tf_edits_count_dependents (seeds, TF_RECORD_ORGANIZATION, "o-alibaba", &n_of_org, &n_children);
  g_assert_cmpuint (n_of_org + n_children, ==, 0);
  tf_edit_undo (edit);
  assert_same_bytes (seeds, before);
  g_object_unref (edit);
}

static void
test_become (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(TfDataset) target = tf_dataset_copy (seeds);
  g_autoptr(GBytes) before = save (seeds);
  g_autoptr(GBytes) after = NULL;
  TfEdit *edit;

  tf_test_add_person (target, "p-new", "新人");
  tf_dataset_set_title (target, "Imported");
  g_free (((TfPerson *) g_ptr_array_index (tf_dataset_get_people (target), 1))->name);
  ((TfPerson *) g_ptr_array_index (tf_dataset_get_people (target), 1))->name = g_strdup ("X");
  after = save (target);

  edit = tf_edits_become (seeds, target, "Accept");
  assert_same_bytes (seeds, after);
  tf_edit_undo (edit);
  assert_same_bytes (seeds, before);
  g_object_unref (edit);
}

static void
test_save_move (void)
{
  g_autoptr(TfDataset) seeds = tf_test_seeds_new ();
  g_autoptr(GBytes) before = save (seeds);
  g_autoptr(GError) error = NULL;
  TfMove *move = g_ptr_array_index (tf_dataset_get_moves (seeds), 0);
  g_autofree char *id = g_strdup (move->id);
  g_autofree char *person_id = g_strdup (move->person_id);
  guint n_organizations = tf_dataset_get_organizations (seeds)->len;
  g_autoptr(TfSuggestion) draft = tf_edits_describe_move (seeds, move);
  TfOrganization *created;
  TfEdit *edit;

  g_assert_nonnull (draft->person);
  /* A new organization, and the person under another spelling. */
  g_free (draft->to.name);
  draft->to.name = g_strdup ("深度求索");
  draft->to.sector = TF_SECTOR_STARTUP;
  draft->to.sector_known = TRUE;
  draft->to.unnamed = FALSE;
  g_free (draft->person_id);
  draft->person_id = NULL;
  draft->role = g_strdup ("首席科学家");
  edit = tf_edits_save_move (seeds, id, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tf_dataset_get_organizations (seeds)->len, ==, n_organizations + 1);
  created = g_ptr_array_index (tf_dataset_get_organizations (seeds), n_organizations);
  g_assert_cmpstr (created->name, ==, "深度求索");
  g_assert_cmpint (created->sector, ==, TF_SECTOR_STARTUP);
  move = tf_dataset_lookup_move (seeds, id);
  g_assert_cmpstr (move->to->org_id, ==, created->id);
  g_assert_cmpstr (move->to->role, ==, "首席科学家");
  /* Found again by name. */
  g_assert_cmpstr (move->person_id, ==, person_id);
  tf_edit_undo (edit);
  assert_same_bytes (seeds, before);
  g_object_unref (edit);

  /* Only the date: the edit says so. */
  {
    g_autoptr(TfSuggestion) dated = tf_edits_describe_move (seeds,
                                                            tf_dataset_lookup_move (seeds, id));

    dated->date.year++;
    edit = tf_edits_save_move (seeds, id, dated, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (tf_edit_get_label (edit), ==, "Change Date");
    tf_edit_undo (edit);
    g_object_unref (edit);
  }

  /* Nobody moving is refused. */
  g_free (draft->person);
  draft->person = NULL;
  g_assert_null (tf_edits_save_move (seeds, NULL, draft, &error));
  g_assert_error (error, TF_DATASET_ERROR, TF_DATASET_ERROR_INVALID);
  assert_same_bytes (seeds, before);
}

/* Random edits of every kind. */

typedef struct
{
  GRand *rand;
  TfDataset *dataset;
} Editor;

static gpointer
pick (Editor       *editor,
      TfRecordKind  kind)
{
  GPtrArray *records = tf_dataset_get_records (editor->dataset, kind);

  if (records->len == 0)
    return NULL;
  return g_ptr_array_index (records, g_rand_int_range (editor->rand, 0, (int) records->len));
}

static const char *
pick_organization_id (Editor *editor)
{
  TfOrganization *organization = pick (editor, TF_RECORD_ORGANIZATION);

  return organization != NULL ? organization->id : NULL;
}

static TfEdit *
random_edit (Editor *editor)
{
  TfDataset *dataset = editor->dataset;
  g_autoptr(GError) error = NULL;
  TfEdit *edit = NULL;

  switch (g_rand_int_range (editor->rand, 0, 11))
    {
    case 0:
      {
        TfMove *move = pick (editor, TF_RECORD_MOVE);

        if (move == NULL)
          break;
        move = tf_move_copy (move);
        move->date.year = (gint16) g_rand_int_range (editor->rand, 1990, 2030);
        move->date.precision = TF_DATE_YEAR;
        move->date.month = move->date.day = 0;
        edit = tf_edits_change_move (dataset, move, &error);
        break;
      }
    case 1:
      {
        TfMove *move = pick (editor, TF_RECORD_MOVE);

        if (move == NULL)
          break;
        move = tf_move_copy (move);
        g_clear_pointer (&move->to, tf_affiliation_free);
        move->to = tf_affiliation_new (pick_organization_id (editor), TF_SECTOR_STARTUP);
        move->to->label = g_strdup ("创业");
        move->to->role = g_strdup_printf ("Role %u", g_rand_int (editor->rand));
        edit = tf_edits_change_move (dataset, move, &error);
        break;
      }
    case 2:
      {
        g_autofree char *name = g_strdup_printf ("Person %u", g_rand_int (editor->rand));

        edit = tf_edits_add_person (dataset, tf_person_new (NULL, name), &error);
        break;
      }
    case 3:
      {
        TfPerson *person = pick (editor, TF_RECORD_PERSON);
        TfMove *move;

        if (person == NULL)
          break;
        move = tf_move_new (NULL, TF_MOVE_JOIN);
        move->person_id = g_strdup (person->id);
        move->to = tf_affiliation_new (pick_organization_id (editor), TF_SECTOR_COMPANY);
        move->to->label = g_strdup ("某公司");
        tf_date_parse ("2020-05-04", &move->date);
        edit = tf_edits_add_move (dataset, move, &error);
        break;
      }
    case 4:
      {
        TfPerson *person = pick (editor, TF_RECORD_PERSON);

        if (person != NULL)
          edit = tf_edits_delete (dataset, TF_RECORD_PERSON, person->id, &error);
        break;
      }
    case 5:
      {
        const char *id = pick_organization_id (editor);

        if (id != NULL)
          edit = tf_edits_delete (dataset, TF_RECORD_ORGANIZATION, id, &error);
        break;
      }
    case 6:
      {
        TfPerson *keep = pick (editor, TF_RECORD_PERSON);
        TfPerson *merge = pick (editor, TF_RECORD_PERSON);

        if (keep != NULL && keep != merge)
          edit = tf_edits_merge (dataset, TF_RECORD_PERSON, keep->id, merge->id, &error);
        break;
      }
    case 7:
      {
        const char *keep = pick_organization_id (editor);
        const char *merge = pick_organization_id (editor);

        if (keep != NULL && g_strcmp0 (keep, merge) != 0)
          edit = tf_edits_merge (dataset, TF_RECORD_ORGANIZATION, keep, merge, &error);
        break;
      }
    case 8:
      {
        TfOrganization *organization = pick (editor, TF_RECORD_ORGANIZATION);

        if (organization == NULL)
          break;
        organization = tf_organization_copy (organization);
        g_ptr_array_add (organization->aliases, g_strdup_printf ("alias %u",
                                                                 g_rand_int (editor->rand)));
        g_free (organization->parent_id);
        /* Sometimes a loop, which is refused. */
        organization->parent_id = g_strdup (pick_organization_id (editor));
        edit = tf_edits_change_organization (dataset, organization, &error);
        break;
      }
    case 9:
      {
        TfMove *move = pick (editor, TF_RECORD_MOVE);
        TfSource *source = pick (editor, TF_RECORD_SOURCE);

        if (move != NULL && move->evidence->len > 0)
          edit = tf_edits_remove_evidence (dataset, move->id, (guint[]) { 0 }, 1, &error);
        else if (move != NULL && source != NULL)
          edit = tf_edits_add_evidence (dataset, move->id,
                                        tf_evidence_new (source->id, "quote", "", ""), &error);
        break;
      }
    default:
      {
        g_autofree char *title = g_strdup_printf ("Title %u", g_rand_int (editor->rand));

        edit = tf_edits_set_title (dataset, title);
        break;
      }
    }

  /* A refused edit leaves the dataset as it was; that is checked by the
   * caller, which saves before and after. */
  if (edit == NULL && error != NULL)
    g_assert_true (error->domain == TF_DATASET_ERROR);
  return edit;
}

static void
check_random_edits (TfDataset *original,
                    guint32    seed,
                    guint      n_edits)
{
  g_autoptr(TfEditHistory) history = tf_edit_history_new (original);
  g_autoptr(GBytes) first = save (original);
  g_autoptr(GBytes) last = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  Editor editor = { rand, tf_edit_history_get_dataset (history) };
  guint n_done = 0;
  guint n_undo;

  while (n_done < n_edits)
    {
      g_autoptr(GBytes) before = save (editor.dataset);
      TfEdit *edit = random_edit (&editor);

      if (edit == NULL)
        {
          assert_same_bytes (editor.dataset, before);
          continue;
        }
      g_assert_true (tf_dataset_check_references (editor.dataset, NULL));
      /* Each edit undoes and redoes on its own, too. */
      if (g_rand_int_range (rand, 0, 4) == 0)
        {
          g_autoptr(GBytes) after = save (editor.dataset);

          tf_edit_undo (edit);
          assert_same_bytes (editor.dataset, before);
          tf_edit_redo (edit);
          assert_same_bytes (editor.dataset, after);
        }
      if (!tf_edit_is_empty (edit))
        n_done++;
      tf_edit_history_push (history, edit);
    }
  last = save (editor.dataset);

  n_undo = 0;
  while (tf_edit_history_undo (history))
    n_undo++;
  g_assert_cmpuint (n_undo, ==, n_edits);
  g_assert_true (tf_dataset_equal (editor.dataset, original));
  assert_same_bytes (editor.dataset, first);
  g_assert_false (tf_edit_history_is_modified (history));

  while (tf_edit_history_redo (history))
    ;
  assert_same_bytes (editor.dataset, last);
  g_assert_true (tf_edit_history_is_modified (history));
}

static void
test_random_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfDataset) sample = tf_sample_load (&error);

  g_assert_no_error (error);
  for (guint32 seed = 1; seed <= 8; seed++)
    check_random_edits (sample, seed, 150);
}

static void
test_random_synthetic (void)
{
  TfSyntheticOptions options;
  g_autoptr(TfDataset) dataset = NULL;

  tf_synthetic_options_init (&options, 300, 7);
  dataset = tf_synthetic_dataset_new (&options);
  check_random_edits (dataset, 99, 200);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/edit/change-date", test_change_date);
  g_test_add_func ("/edit/unchanged-is-empty", test_unchanged_is_empty);
  g_test_add_func ("/edit/refused", test_refused);
  g_test_add_func ("/edit/merge-people", test_merge_people);
  g_test_add_func ("/edit/merge-organizations", test_merge_organizations);
  g_test_add_func ("/edit/delete", test_delete);
  g_test_add_func ("/edit/become", test_become);
  g_test_add_func ("/edit/save-move", test_save_move);
  g_test_add_func ("/edit/random/sample", test_random_sample);
  g_test_add_func ("/edit/random/synthetic", test_random_synthetic);

  return g_test_run ();
}
