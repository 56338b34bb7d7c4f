/* tf-careers-arrays.h: the flat arrays behind TfCareers, for the layout.
 *
 * The layout reads these arrays directly, for speed: at 100k people an
 * accessor call per stint would cost more than the layout itself. They are
 * read-only after tf_careers_new(), like the rest of TfCareers, and public
 * so that the stages after careers need none of its private header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-careers.h"

G_BEGIN_DECLS

/* How far before a move a stint starts when nothing says when it began
 * ("left 蚂蚁集团" with no earlier move): one year, drawn as an open start. */
#define TF_CAREERS_LEAD_IN_YEARS 1.0
/* Two stints share a track in an organization only this long apart, so
 * that one path never seems to continue as another. */
#define TF_CAREERS_TRACK_GAP_YEARS 0.1
/* How long an undated move may have taken, drawn, when nothing earlier is
 * known of the person: the year before the article that reports it. */
#define TF_CAREERS_UNDATED_LEAD_YEARS 1.0

typedef enum
{
  TF_STINT_OPEN_START      = 1 << 0,  /* began before anything says */
  TF_STINT_OPEN_END        = 1 << 1,  /* nothing says it ended */
  TF_STINT_START_UNCERTAIN = 1 << 2,  /* began on a year-only or derived date */
  TF_STINT_END_UNCERTAIN   = 1 << 3,
  TF_STINT_START_UNDATED   = 1 << 4,  /* began on a move with no date */
  TF_STINT_END_UNDATED     = 1 << 5,
} TfStintFlags;

typedef enum
{
  TF_TRANSITION_MOVE,    /* leaves one place for another */
  TF_TRANSITION_BRANCH,  /* takes up a place alongside the one it comes from */
  TF_TRANSITION_MERGE,   /* gives up a place, staying at one still held */
  TF_TRANSITION_GAP,     /* left, then later turned up elsewhere: where in
                          * between is unknown */
} TfTransitionKind;

/* A span of time one path spends at one place. */
typedef struct
{
  double  start;
  double  end;
  /* The last time the sources place the path here: for an open end (a
   * stint nothing says ended, which end keeps running to the careers'
   * end year), the date of the latest dated article that cites a move to
   * or from this place, or else the latest that move can have happened;
   * otherwise end. The chart draws an open end up to here, not on. */
  double  seen;
  guint32 path;
  guint32 place;
  gint32  prev;        /* transition arriving here (move, gap or branch), -1 */
  gint32  next;        /* transition leaving (move, gap or merge), -1 */
  gint32  start_move;  /* dataset move index that began it, -1 */
  gint32  end_move;    /* dataset move index that ended it, -1 */
  guint32 rank;        /* order inside its place, global for the dataset */
  guint16 flags;       /* TfStintFlags */
} TfStint;

typedef struct
{
  guint32 from;        /* stint */
  guint32 to;          /* stint */
  guint32 path;
  gint32  move;        /* dataset move index, -1 when inferred */
  double  depart;      /* leaves from at this time... */
  double  arrive;      /* ...and arrives at to at this one; equal but for gaps */
  float   half_width;  /* how uncertain the date is, in years either side */
  guint8  kind;        /* TfTransitionKind */
  guint8  uncertain;   /* year-only, derived or unknown date */
  guint8  undated;     /* no date: it happened between arrive - half_width
                        * and arrive + half_width, at the latest on the
                        * date of the article that reports it */
} TfTransition;

/* A person, or an anonymous group move (Uber <- CMU, 40 people). */
typedef struct
{
  gint32      person;       /* dataset person index, -1 for a group */
  gint32      group_move;   /* dataset move index of a group, -1 */
  const char *id;           /* person id or group move id */
  const char *name;         /* person name or group label */
  guint32     weight;       /* 1, or the group's size */
  guint32     first_stint;  /* stints of one path are contiguous */
  guint32     n_stints;
  guint32     first_transition;
  guint32     n_transitions;
  guint32     first_event;  /* times of its dated moves, in events */
  guint32     n_events;
} TfCareerPath;

/* A sub-lane: an organization, or the unnamed places of a sector. */
typedef struct
{
  TfSector    sector;
  gint32      organization;  /* dataset index, -1 when unnamed */
  const char *id;            /* organization id, NULL when unnamed */
  const char *label;         /* name, or the commonest label of the unnamed places */
  gint32      parent;        /* place of the parent organization, -1 */
  guint32     first_stint;   /* into place_stints, in rank order */
  guint32     n_stints;
  guint32     peak;          /* most stints at once (with the track gap) */
  guint32     lane_position; /* order inside its sector lane */
} TfPlace;

struct _TfCareers
{
  GStringChunk *strings;

  TfCareerPath *paths;
  guint n_paths;
  TfStint *stints;
  guint n_stints;
  TfTransition *transitions;
  guint n_transitions;
  double *events;
  guint n_events;

  TfPlace *places;
  guint n_places;            /* organizations, then one unnamed place per sector */
  guint32 *place_stints;     /* stint indices grouped by place, in rank order */
  /* Places of each sector lane, top to bottom. */
  guint32 *lane_places[TF_N_SECTORS];
  guint n_lane_places[TF_N_SECTORS];

  double first_year;
  double end_year;
  guint n_left_out_moves;
  guint n_placed_undated_moves;
};

G_END_DECLS
