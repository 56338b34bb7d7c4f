/* tf-wording.c: the words the interface uses for dates, places and moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-wording"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tf-wording.h"

char *
tf_wording_date (const TfDate *date)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *text = NULL;
  const char *format;

  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case TF_DATE_YEAR:
      /* Translators: a date known to the year only; a strftime format. */
      format = C_("year precision date", "%Y");
      break;
    case TF_DATE_MONTH:
      /* Translators: a date known to the month; a strftime format. */
      format = C_("month precision date", "%B %Y");
      break;
    case TF_DATE_DAY:
      /* Translators: a date known to the day; a strftime format. */
      format = C_("day precision date", "%B %-d, %Y");
      break;
    case TF_DATE_UNKNOWN:
    default:
      return g_strdup (_("Date unknown"));
    }

  date_time = g_date_time_new_utc (date->year,
                                   date->month != 0 ? date->month : 1,
                                   date->day != 0 ? date->day : 1,
                                   0, 0, 0);
  if (date_time == NULL)
    return g_strdup (_("Date unknown"));

  text = g_date_time_format (date_time, format);
  if (text == NULL)
    return tf_date_to_string (date);

  if (date->derived)
    /* Translators: a date computed from the text ("four years after joining")
     * rather than stated by it. */
    return g_strdup_printf (_("≈ %s"), text);

  return g_steal_pointer (&text);
}

const char *
tf_wording_sector (TfSector sector)
{
  switch (sector)
    {
    case TF_SECTOR_ACADEMIA:
      return C_("sector", "Academia");
    case TF_SECTOR_CORPORATE_LAB:
      return C_("sector", "Corporate lab");
    case TF_SECTOR_COMPANY:
      return C_("sector", "Company");
    case TF_SECTOR_STARTUP:
      return C_("sector", "Startup");
    case TF_N_SECTORS:
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
format_unnamed_place (TfSector sector)
{
  switch (sector)
    {
    case TF_SECTOR_ACADEMIA:
      return _("Unnamed academic institution");
    case TF_SECTOR_CORPORATE_LAB:
      return _("Unnamed corporate lab");
    case TF_SECTOR_COMPANY:
      return _("Unnamed company");
    case TF_SECTOR_STARTUP:
      return _("Unnamed startup");
    case TF_N_SECTORS:
    default:
      g_return_val_if_reached ("");
    }
}

const char *
tf_wording_place (TfDataset           *dataset,
                  const TfAffiliation *affiliation)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (affiliation != NULL, NULL);

  if (affiliation->org_id != NULL)
    {
      TfOrganization *organization;

      organization = tf_dataset_lookup_organization (dataset, affiliation->org_id);
      if (organization != NULL)
        return organization->name;
      /* A loaded dataset has no dangling references; show the id rather
       * than nothing if one slips through. */
      return affiliation->org_id;
    }

  if (affiliation->label != NULL && affiliation->label[0] != '\0')
    return affiliation->label;

  return format_unnamed_place (affiliation->sector);
}

char *
tf_wording_route (TfDataset    *dataset,
                  const TfMove *move)
{
  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  if (move->from != NULL && move->to != NULL)
    return g_strdup_printf ("%s → %s",
                            tf_wording_place (dataset, move->from),
                            tf_wording_place (dataset, move->to));
  if (move->to != NULL)
    return g_strdup_printf ("→ %s", tf_wording_place (dataset, move->to));
  if (move->from != NULL)
    return g_strdup_printf ("%s →", tf_wording_place (dataset, move->from));

  return g_strdup (_("Places not stated"));
}

char *
tf_wording_place_markup (TfDataset           *dataset,
                         const TfAffiliation *affiliation)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (affiliation != NULL, NULL);

  name = g_markup_escape_text (tf_wording_place (dataset, affiliation), -1);
  if (affiliation->org_id != NULL
      && tf_dataset_lookup_organization (dataset, affiliation->org_id) != NULL)
    {
      g_autofree char *id = g_markup_escape_text (affiliation->org_id, -1);

      return g_strdup_printf ("<a href=\"" TF_WORDING_ORGANIZATION_URI "%s\">%s</a>", id, name);
    }

  return g_strdup_printf ("<i>%s</i>", name);
}

char *
tf_wording_route_markup (TfDataset    *dataset,
                         const TfMove *move)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (TF_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (move != NULL, NULL);

  if (move->from != NULL)
    from = tf_wording_place_markup (dataset, move->from);
  if (move->to != NULL)
    to = tf_wording_place_markup (dataset, move->to);

  if (from != NULL && to != NULL)
    return g_strdup_printf ("%s → %s", from, to);
  if (to != NULL)
    return g_strdup_printf ("→ %s", to);
  if (from != NULL)
    return g_strdup_printf ("%s →", from);

  return g_markup_escape_text (_("Places not stated"), -1);
}

const char *
tf_wording_role (const TfMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);

  if (move->kind != TF_MOVE_LEAVE && move->to != NULL && move->to->role != NULL)
    return move->to->role;
  if (move->from != NULL && move->from->role != NULL)
    return move->from->role;
  if (move->to != NULL && move->to->role != NULL)
    return move->to->role;

  return NULL;
}

char *
tf_wording_aliases (const TfPerson *person)
{
  GString *joined;

  g_return_val_if_fail (person != NULL, NULL);

  joined = g_string_new (NULL);
  for (guint i = 0; i < person->aliases->len; i++)
    {
      if (i > 0)
        g_string_append (joined, " · ");
      g_string_append (joined, g_ptr_array_index (person->aliases, i));
    }

  return g_string_free (joined, FALSE);
}

const char *
tf_wording_move_kind (TfMoveKind kind)
{
  switch (kind)
    {
    case TF_MOVE_JOIN:
      return C_("move kind", "Joined");
    case TF_MOVE_LEAVE:
      return C_("move kind", "Left");
    case TF_MOVE_FOUND:
      return C_("move kind", "Founded");
    case TF_MOVE_RETURN_ACADEMIA:
      return C_("move kind", "Returned to academia");
    case TF_MOVE_TRANSFER:
      return C_("move kind", "Transferred within the group");
    case TF_MOVE_APPOINTED:
      return C_("move kind", "Appointed");
    case TF_MOVE_OTHER:
      return C_("move kind", "Moved");
    default:
      g_return_val_if_reached ("");
    }
}

char *
tf_wording_move_details (const TfMove *move)
{
  GString *details;
  guint n_sources;

  g_return_val_if_fail (move != NULL, NULL);

  details = g_string_new (tf_wording_move_kind (move->kind));
  n_sources = tf_wording_count_citing_sources (move);

  if (move->concurrent)
    g_string_append_printf (details, " · %s", _("held concurrently"));

  if (move->group_size > 1)
    {
      g_string_append (details, " · ");
      g_string_append_printf (details,
                              ngettext ("group of %u person", "group of %u people",
                                        move->group_size),
                              move->group_size);
    }

  g_string_append (details, " · ");
  if (n_sources == 0)
    g_string_append (details, _("no source cites it"));
  else
    g_string_append_printf (details,
                            ngettext ("cited by %u source", "cited by %u sources", n_sources),
                            n_sources);

  return g_string_free (details, FALSE);
}

char *
tf_wording_group (const TfMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);

  if (move->group_label != NULL && move->group_label[0] != '\0')
    return g_strdup (move->group_label);

  return g_strdup_printf (ngettext ("Group of %u person", "Group of %u people",
                                    move->group_size),
                          move->group_size);
}

char *
tf_wording_source_credits (const TfSource *source)
{
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  parts = g_ptr_array_new_with_free_func (g_free);
  if (source->outlet != NULL && source->outlet[0] != '\0')
    g_ptr_array_add (parts, g_strdup (source->outlet));
  if (source->author != NULL && source->author[0] != '\0')
    g_ptr_array_add (parts, g_strdup (source->author));
  if (source->date.precision != TF_DATE_UNKNOWN)
    g_ptr_array_add (parts, tf_wording_date (&source->date));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

guint
tf_wording_count_citing_sources (const TfMove *move)
{
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (move != NULL, 0);

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < move->evidence->len; i++)
    {
      const TfEvidence *evidence = g_ptr_array_index (move->evidence, i);

      g_hash_table_add (seen, evidence->source_id);
    }

  return g_hash_table_size (seen);
}

char *
tf_wording_file_error (GFile        *file,
                       const GError *error)
{
  g_autofree char *parse_name = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  parse_name = g_file_get_parse_name (file);
  name = g_path_get_basename (parse_name);
  if (strstr (error->message, name) != NULL)
    return g_strdup (error->message);

  return g_strdup_printf ("%s: %s", parse_name, error->message);
}
