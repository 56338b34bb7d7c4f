/* tf-model.h: the records of a Talent Flow dataset.
 *
 * Sources (articles and their paragraphs), organizations, people, moves and
 * the evidence that backs each move. They are plain structs owned by a
 * TfDataset: at 100k people a GObject per record would cost more than the
 * records themselves, and nothing needs to observe one record alone.
 *
 * Every string is UTF-8. Identifiers are the ids written in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-text.h"

G_BEGIN_DECLS

typedef enum
{
  TF_SECTOR_ACADEMIA,      /* universities, academic institutes */
  TF_SECTOR_CORPORATE_LAB, /* a company's research lab */
  TF_SECTOR_COMPANY,       /* business units, the company itself */
  TF_SECTOR_STARTUP,       /* early-stage companies, incubators, VCs */
  TF_N_SECTORS
} TfSector;

typedef enum
{
  TF_PARAGRAPH_TEXT,
  TF_PARAGRAPH_HEADING,
  TF_PARAGRAPH_ITEM,
  TF_PARAGRAPH_QUOTE,
} TfParagraphKind;

typedef enum
{
  TF_MOVE_JOIN,
  TF_MOVE_LEAVE,
  TF_MOVE_FOUND,
  TF_MOVE_RETURN_ACADEMIA,
  TF_MOVE_TRANSFER,        /* inside one group, e.g. 阿里 iDST -> 蚂蚁金服 */
  TF_MOVE_APPOINTED,       /* a new role in the same organization */
  TF_MOVE_OTHER,
} TfMoveKind;

/* How sure the sources are that a move happened. Denied moves are not
 * recorded at all. */
typedef enum
{
  TF_MOVE_STATUS_REPORTED,
  TF_MOVE_STATUS_PLANNED,   /* 将, 即将, will join, is set to */
  TF_MOVE_STATUS_RUMOURED,  /* 据传, 疑似, reportedly */
} TfMoveStatus;

typedef enum
{
  TF_DATE_UNKNOWN,
  TF_DATE_YEAR,
  TF_DATE_MONTH,
  TF_DATE_DAY,
} TfDatePrecision;

/* A calendar date known to the year, month or day, or not at all.
 * derived is set when the date was computed from the text ("入职四年" in a 2021
 * article) rather than stated by it. */
typedef struct
{
  gint16 year;
  guint8 month;  /* 1..12, 0 below month precision */
  guint8 day;    /* 1..31, 0 below day precision */
  TfDatePrecision precision;
  gboolean derived;
} TfDate;

typedef struct
{
  char *text;            /* the original characters, for display */
  char *folded;          /* NFKC, Traditional -> Simplified, case-folded */
  TfParagraphKind kind;
  guint n_sentences;
  guint *sentence_ends;  /* byte offsets into text, one past each sentence */
} TfParagraph;

typedef struct
{
  char *id;
  char *title;
  char *outlet;     /* nullable */
  char *author;     /* nullable */
  char *url;        /* nullable */
  char *file_name;  /* the file it was read from, nullable */
  TfDate date;      /* precision TF_DATE_UNKNOWN when the article has none */
  TfScript script;
  GPtrArray *paragraphs;  /* of TfParagraph */
} TfSource;

typedef struct
{
  char *id;
  char *name;
  GPtrArray *aliases;  /* of char *, never NULL */
  TfSector sector;
  char *parent_id;     /* nullable: 腾讯 AI Lab -> 腾讯 */
  char *country;       /* nullable, ISO 3166 alpha-2 */
} TfOrganization;

typedef struct
{
  char *id;
  char *name;          /* in its original script */
  GPtrArray *aliases;  /* of char *, never NULL */
  char *note;          /* nullable: what the user knows of them */
} TfPerson;

/* One end of a move. org_id is NULL for an unnamed place ("离职创业",
 * "重返学界"); sector then says which lane it belongs to and label how the
 * text names it. */
typedef struct
{
  char *org_id;  /* nullable */
  TfSector sector;
  char *label;   /* nullable */
  char *role;    /* nullable: the role held there */
} TfAffiliation;

/* A W3C Web Annotation TextQuoteSelector on a source's text. */
typedef struct
{
  char *source_id;
  char *exact;
  char *prefix;  /* may be "" */
  char *suffix;  /* may be "" */
} TfEvidence;

typedef struct
{
  char *id;
  char *person_id;     /* nullable for an anonymous group */
  char *group_label;   /* nullable: who the group is, when there is no person */
  guint group_size;    /* 1 for one person; 40 for Uber <- CMU */
  TfMoveKind kind;
  TfDate date;
  gboolean concurrent; /* the new affiliation is held alongside the old ones */
  TfAffiliation *from; /* nullable: not stated */
  TfAffiliation *to;   /* nullable: not stated */
  char *note;          /* nullable */
  GPtrArray *evidence; /* of TfEvidence, never NULL */
  TfMoveStatus status;
  gboolean unreviewed; /* suggested by the extractor, not yet accepted by the user */
} TfMove;

/* A suggestion the user turned down, remembered so that importing the same
 * article again does not suggest it again. person and to are as the text
 * writes them; a rejection matches them folded (tf_text_fold). */
typedef struct
{
  char *source_id;
  char *exact;   /* the suggestion's quote */
  char *person;  /* nullable */
  char *to;      /* nullable */
} TfRejection;

const char     *tf_sector_to_string        (TfSector         sector);
gboolean        tf_sector_from_string      (const char      *str,
                                            TfSector        *sector);
const char     *tf_script_to_string        (TfScript         script);
gboolean        tf_script_from_string      (const char      *str,
                                            TfScript        *script);
const char     *tf_paragraph_kind_to_string   (TfParagraphKind kind);
gboolean        tf_paragraph_kind_from_string (const char     *str,
                                               TfParagraphKind *kind);
const char     *tf_move_status_to_string   (TfMoveStatus     status);
gboolean        tf_move_status_from_string (const char      *str,
                                            TfMoveStatus    *status);
const char     *tf_move_kind_to_string     (TfMoveKind       kind);
gboolean        tf_move_kind_from_string   (const char      *str,
                                            TfMoveKind      *kind);

/* ISO 8601 with the precision in the length: "2021", "2021-11", "2021-11-15";
 * NULL or "" is an unknown date. */
gboolean        tf_date_parse              (const char      *str,
                                            TfDate          *date);
char           *tf_date_to_string          (const TfDate    *date);
int             tf_date_compare            (const TfDate    *a,
                                            const TfDate    *b);
gboolean        tf_date_equal              (const TfDate    *a,
                                            const TfDate    *b);

/* Takes a copy of text; computes the folded form and sentence ends. */
TfParagraph    *tf_paragraph_new           (const char      *text,
                                            TfParagraphKind  kind);
void            tf_paragraph_free          (TfParagraph     *paragraph);

TfSource       *tf_source_new              (const char      *id);
/* Deep copies, for a new dataset made from an old one. */
TfSource       *tf_source_copy             (const TfSource  *source);
void            tf_source_free             (TfSource        *source);
/* The source's text as the evidence selectors see it: paragraphs joined by
 * "\n". Free with g_free. */
char           *tf_source_dup_text         (const TfSource  *source);

TfOrganization *tf_organization_new        (const char      *id,
                                            const char      *name,
                                            TfSector         sector);
TfOrganization *tf_organization_copy       (const TfOrganization *organization);
void            tf_organization_free       (TfOrganization  *organization);

TfPerson       *tf_person_new              (const char      *id,
                                            const char      *name);
TfPerson       *tf_person_copy             (const TfPerson  *person);
void            tf_person_free             (TfPerson        *person);

TfAffiliation  *tf_affiliation_new         (const char      *org_id,
                                            TfSector         sector);
TfAffiliation  *tf_affiliation_copy        (const TfAffiliation *affiliation);
void            tf_affiliation_free        (TfAffiliation   *affiliation);

TfEvidence     *tf_evidence_new            (const char      *source_id,
                                            const char      *exact,
                                            const char      *prefix,
                                            const char      *suffix);
TfEvidence     *tf_evidence_copy           (const TfEvidence *evidence);
void            tf_evidence_free           (TfEvidence      *evidence);

TfMove         *tf_move_new                (const char      *id,
                                            TfMoveKind       kind);
TfMove         *tf_move_copy               (const TfMove    *move);
void            tf_move_free               (TfMove          *move);

TfRejection    *tf_rejection_new           (const char      *source_id,
                                            const char      *exact,
                                            const char      *person,
                                            const char      *to);
TfRejection    *tf_rejection_copy          (const TfRejection *rejection);
void            tf_rejection_free          (TfRejection     *rejection);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfParagraph, tf_paragraph_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfSource, tf_source_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfOrganization, tf_organization_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPerson, tf_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfAffiliation, tf_affiliation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfEvidence, tf_evidence_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfMove, tf_move_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfRejection, tf_rejection_free)

G_END_DECLS
