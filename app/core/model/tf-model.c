/* tf-model.c: constructors, destructors and string forms of the records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-model"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tf-model.h"
#include "tf-text.h"

static const char *sector_names[TF_N_SECTORS] = {
  "academia", "corporate-lab", "company", "startup",
};

static const char *script_names[] = {
  "unknown", "hans", "hant", "latin",
};

static const char *paragraph_kind_names[] = {
  "text", "heading", "item", "quote",
};

static const char *move_kind_names[] = {
  "join", "leave", "found", "return-academia", "transfer", "appointed", "other",
};

static const char *move_status_names[] = {
  "reported", "planned", "rumoured",
};

static gboolean
lookup_name (const char  *str,
             const char **names,
             guint        n_names,
             guint       *index)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (strcmp (str, names[i]) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

const char *
tf_sector_to_string (TfSector sector)
{
  g_return_val_if_fail (sector < TF_N_SECTORS, NULL);
  return sector_names[sector];
}

gboolean
tf_sector_from_string (const char *str,
                       TfSector   *sector)
{
  guint i;

  if (!lookup_name (str, sector_names, G_N_ELEMENTS (sector_names), &i))
    return FALSE;
  *sector = (TfSector) i;
  return TRUE;
}

const char *
tf_script_to_string (TfScript script)
{
  g_return_val_if_fail (script < G_N_ELEMENTS (script_names), NULL);
  return script_names[script];
}

gboolean
tf_script_from_string (const char *str,
                       TfScript   *script)
{
  guint i;

  if (!lookup_name (str, script_names, G_N_ELEMENTS (script_names), &i))
    return FALSE;
  *script = (TfScript) i;
  return TRUE;
}

const char *
tf_paragraph_kind_to_string (TfParagraphKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (paragraph_kind_names), NULL);
  return paragraph_kind_names[kind];
}

gboolean
tf_paragraph_kind_from_string (const char      *str,
                               TfParagraphKind *kind)
{
  guint i;

  if (!lookup_name (str, paragraph_kind_names, G_N_ELEMENTS (paragraph_kind_names), &i))
    return FALSE;
  *kind = (TfParagraphKind) i;
  return TRUE;
}

const char *
tf_move_status_to_string (TfMoveStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (move_status_names), NULL);
  return move_status_names[status];
}

gboolean
tf_move_status_from_string (const char   *str,
                            TfMoveStatus *status)
{
  guint i;

  if (!lookup_name (str, move_status_names, G_N_ELEMENTS (move_status_names), &i))
    return FALSE;
  *status = (TfMoveStatus) i;
  return TRUE;
}

const char *
tf_move_kind_to_string (TfMoveKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (move_kind_names), NULL);
  return move_kind_names[kind];
}

gboolean
tf_move_kind_from_string (const char *str,
                          TfMoveKind *kind)
{
  guint i;

  if (!lookup_name (str, move_kind_names, G_N_ELEMENTS (move_kind_names), &i))
    return FALSE;
  *kind = (TfMoveKind) i;
  return TRUE;
}

/* Reads exactly n ASCII digits. */
static gboolean
parse_digits (const char *p,
              guint       n,
              guint      *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (guint) (p[i] - '0');
    }
  *value = v;
  return TRUE;
}

gboolean
tf_date_parse (const char *str,
               TfDate     *date)
{
  TfDate d = { 0, 0, 0, TF_DATE_UNKNOWN, FALSE };
  gsize len;
  guint year, month = 0, day = 0;

  g_return_val_if_fail (date != NULL, FALSE);

  if (str == NULL || *str == '\0')
    {
      *date = d;
      return TRUE;
    }

  len = strlen (str);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!parse_digits (str, 4, &year) || year < 1000)
    return FALSE;
  d.year = (gint16) year;
  d.precision = TF_DATE_YEAR;

  if (len >= 7)
    {
      if (str[4] != '-' || !parse_digits (str + 5, 2, &month) || month < 1 || month > 12)
        return FALSE;
      d.month = (guint8) month;
      d.precision = TF_DATE_MONTH;
    }
  if (len == 10)
    {
      if (str[7] != '-' || !parse_digits (str + 8, 2, &day) || day < 1
          || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
        return FALSE;
      d.day = (guint8) day;
      d.precision = TF_DATE_DAY;
    }

  *date = d;
  return TRUE;
}

char *
tf_date_to_string (const TfDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case TF_DATE_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case TF_DATE_MONTH:
      return g_strdup_printf ("%04d-%02u", date->year, date->month);
    case TF_DATE_DAY:
      return g_strdup_printf ("%04d-%02u-%02u", date->year, date->month, date->day);
    case TF_DATE_UNKNOWN:
    default:
      return g_strdup ("");
    }
}

/* Unknown dates sort last; a coarser date sorts before a finer one in the
 * same period, as "2021" starts before "2021-03". */
int
tf_date_compare (const TfDate *a,
                 const TfDate *b)
{
  gboolean a_known = a->precision != TF_DATE_UNKNOWN;
  gboolean b_known = b->precision != TF_DATE_UNKNOWN;

  if (a_known != b_known)
    return a_known ? -1 : 1;
  if (!a_known)
    return 0;
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

gboolean
tf_date_equal (const TfDate *a,
               const TfDate *b)
{
  return a->precision == b->precision
         && a->derived == b->derived
         && (a->precision == TF_DATE_UNKNOWN || tf_date_compare (a, b) == 0);
}

TfParagraph *
tf_paragraph_new (const char      *text,
                  TfParagraphKind  kind)
{
  TfParagraph *paragraph;

  g_return_val_if_fail (text != NULL, NULL);

  paragraph = g_new0 (TfParagraph, 1);
  paragraph->text = g_strdup (text);
  paragraph->kind = kind;
  paragraph->folded = tf_text_fold (text, -1);
  paragraph->sentence_ends = tf_text_sentence_ends (text, &paragraph->n_sentences);
  return paragraph;
}

void
tf_paragraph_free (TfParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_free (paragraph->text);
  g_free (paragraph->folded);
  g_free (paragraph->sentence_ends);
  g_free (paragraph);
}

TfSource *
tf_source_new (const char *id)
{
  TfSource *source = g_new0 (TfSource, 1);

  source->id = g_strdup (id);
  source->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_paragraph_free);
  return source;
}

TfSource *
tf_source_copy (const TfSource *source)
{
  TfSource *copy;

  if (source == NULL)
    return NULL;
  copy = tf_source_new (source->id);
  copy->title = g_strdup (source->title);
  copy->outlet = g_strdup (source->outlet);
  copy->author = g_strdup (source->author);
  copy->url = g_strdup (source->url);
  copy->file_name = g_strdup (source->file_name);
  copy->date = source->date;
  copy->script = source->script;
  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);
      TfParagraph *p = g_new0 (TfParagraph, 1);

      /* Copied rather than recomputed: folding and sentence breaks cost
       * ICU calls per paragraph. */
      p->text = g_strdup (paragraph->text);
      p->folded = g_strdup (paragraph->folded);
      p->kind = paragraph->kind;
      p->n_sentences = paragraph->n_sentences;
      p->sentence_ends = g_memdup2 (paragraph->sentence_ends,
                                    paragraph->n_sentences * sizeof (guint));
      g_ptr_array_add (copy->paragraphs, p);
    }
  return copy;
}

void
tf_source_free (TfSource *source)
{
  if (source == NULL)
    return;
  g_free (source->id);
  g_free (source->title);
  g_free (source->outlet);
  g_free (source->author);
  g_free (source->url);
  g_free (source->file_name);
  g_ptr_array_unref (source->paragraphs);
  g_free (source);
}

char *
tf_source_dup_text (const TfSource *source)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < source->paragraphs->len; i++)
    {
      const TfParagraph *paragraph = g_ptr_array_index (source->paragraphs, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, paragraph->text);
    }
  return g_string_free (text, FALSE);
}

TfOrganization *
tf_organization_new (const char *id,
                     const char *name,
                     TfSector    sector)
{
  TfOrganization *organization = g_new0 (TfOrganization, 1);

  organization->id = g_strdup (id);
  organization->name = g_strdup (name);
  organization->sector = sector;
  organization->aliases = g_ptr_array_new_with_free_func (g_free);
  return organization;
}

static void
copy_strings (GPtrArray       *to,
              const GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_strdup (g_ptr_array_index (from, i)));
}

TfOrganization *
tf_organization_copy (const TfOrganization *organization)
{
  TfOrganization *copy;

  if (organization == NULL)
    return NULL;
  copy = tf_organization_new (organization->id, organization->name, organization->sector);
  copy_strings (copy->aliases, organization->aliases);
  copy->parent_id = g_strdup (organization->parent_id);
  copy->country = g_strdup (organization->country);
  return copy;
}

void
tf_organization_free (TfOrganization *organization)
{
  if (organization == NULL)
    return;
  g_free (organization->id);
  g_free (organization->name);
  g_ptr_array_unref (organization->aliases);
  g_free (organization->parent_id);
  g_free (organization->country);
  g_free (organization);
}

TfPerson *
tf_person_new (const char *id,
               const char *name)
{
  TfPerson *person = g_new0 (TfPerson, 1);

  person->id = g_strdup (id);
  person->name = g_strdup (name);
  person->aliases = g_ptr_array_new_with_free_func (g_free);
  return person;
}

TfPerson *
tf_person_copy (const TfPerson *person)
{
  TfPerson *copy;

  if (person == NULL)
    return NULL;
  copy = tf_person_new (person->id, person->name);
  copy_strings (copy->aliases, person->aliases);
  copy->note = g_strdup (person->note);
  return copy;
}

void
tf_person_free (TfPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->id);
  g_free (person->name);
  g_ptr_array_unref (person->aliases);
  g_free (person->note);
  g_free (person);
}

TfAffiliation *
tf_affiliation_new (const char *org_id,
                    TfSector    sector)
{
  TfAffiliation *affiliation = g_new0 (TfAffiliation, 1);

  affiliation->org_id = g_strdup (org_id);
  affiliation->sector = sector;
  return affiliation;
}

TfAffiliation *
tf_affiliation_copy (const TfAffiliation *affiliation)
{
  TfAffiliation *copy;

  if (affiliation == NULL)
    return NULL;
  copy = tf_affiliation_new (affiliation->org_id, affiliation->sector);
  copy->label = g_strdup (affiliation->label);
  copy->role = g_strdup (affiliation->role);
  return copy;
}

void
tf_affiliation_free (TfAffiliation *affiliation)
{
  if (affiliation == NULL)
    return;
  g_free (affiliation->org_id);
  g_free (affiliation->label);
  g_free (affiliation->role);
  g_free (affiliation);
}

TfEvidence *
tf_evidence_new (const char *source_id,
                 const char *exact,
                 const char *prefix,
                 const char *suffix)
{
  TfEvidence *evidence = g_new0 (TfEvidence, 1);

  evidence->source_id = g_strdup (source_id);
  evidence->exact = g_strdup (exact);
  evidence->prefix = g_strdup (prefix ? prefix : "");
  evidence->suffix = g_strdup (suffix ? suffix : "");
  return evidence;
}

TfEvidence *
tf_evidence_copy (const TfEvidence *evidence)
{
  if (evidence == NULL)
    return NULL;
  return tf_evidence_new (evidence->source_id, evidence->exact, evidence->prefix,
                          evidence->suffix);
}

void
tf_evidence_free (TfEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->source_id);
  g_free (evidence->exact);
  g_free (evidence->prefix);
  g_free (evidence->suffix);
  g_free (evidence);
}

TfMove *
tf_move_new (const char *id,
             TfMoveKind  kind)
{
  TfMove *move = g_new0 (TfMove, 1);

  move->id = g_strdup (id);
  move->kind = kind;
  move->group_size = 1;
  move->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_evidence_free);
  return move;
}

TfMove *
tf_move_copy (const TfMove *move)
{
  TfMove *copy;

  if (move == NULL)
    return NULL;
  copy = tf_move_new (move->id, move->kind);
  copy->person_id = g_strdup (move->person_id);
  copy->group_label = g_strdup (move->group_label);
  copy->group_size = move->group_size;
  copy->date = move->date;
  copy->concurrent = move->concurrent;
  copy->from = tf_affiliation_copy (move->from);
  copy->to = tf_affiliation_copy (move->to);
  copy->note = g_strdup (move->note);
  for (guint i = 0; i < move->evidence->len; i++)
    g_ptr_array_add (copy->evidence, tf_evidence_copy (g_ptr_array_index (move->evidence, i)));
  copy->status = move->status;
  copy->unreviewed = move->unreviewed;
  return copy;
}

void
tf_move_free (TfMove *move)
{
  if (move == NULL)
    return;
  g_free (move->id);
  g_free (move->person_id);
  g_free (move->group_label);
  tf_affiliation_free (move->from);
  tf_affiliation_free (move->to);
  g_free (move->note);
  g_ptr_array_unref (move->evidence);
  g_free (move);
}

TfRejection *
tf_rejection_new (const char *source_id,
                  const char *exact,
                  const char *person,
                  const char *to)
{
  TfRejection *rejection = g_new0 (TfRejection, 1);

  rejection->source_id = g_strdup (source_id);
  rejection->exact = g_strdup (exact);
  rejection->person = g_strdup (person);
  rejection->to = g_strdup (to);
  return rejection;
}

TfRejection *
tf_rejection_copy (const TfRejection *rejection)
{
  if (rejection == NULL)
    return NULL;
  return tf_rejection_new (rejection->source_id, rejection->exact, rejection->person,
                           rejection->to);
}

void
tf_rejection_free (TfRejection *rejection)
{
  if (rejection == NULL)
    return;
  g_free (rejection->source_id);
  g_free (rejection->exact);
  g_free (rejection->person);
  g_free (rejection->to);
  g_free (rejection);
}
