/* tf-layout.h: the flow chart's geometry, a pure function of its inputs.
 *
 * tf_layout_new() turns careers (see tf-careers.h), filters, a size and a
 * way to measure text into immutable geometry in pixels: sector lanes
 * (academia at the top, startups at the bottom), organization sub-lanes, a
 * year grid, and either one path per person (straight while at an
 * organization, a cubic curve at a move) or, past a few hundred people,
 * ribbons between (organization, year) blocks: an alluvial chart, which is
 * also a Sankey diagram of the same moves. Labels never overlap each
 * other, and say truthfully what they name: every row a path runs in has a
 * label nearer its own middle than any other row's (when there is no room
 * for that, the smallest organizations of a sector share one "Others (n)"
 * row); names keep clear of every stroke and are nearer their own path
 * than any other, where the path starts, where it ends in the view (right
 * of the plot, with a leader, when it runs on past it), after its moves,
 * or sitting on it. A path ends where the sources last place the person,
 * fading out, not at the chart's end. Labels that find no room are kept,
 * hidden, for hover. Drawing only strokes what is here, and
 * tf_layout_hit_test() maps a point back to a person, move or organization.
 *
 * Every array is owned by the layout and lives as long as it does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-careers.h"
#include "tf-layout-curve.h"
#include "tf-model.h"

G_BEGIN_DECLS

typedef enum
{
  TF_LAYOUT_FONT_ORGANIZATION,  /* sub-lane labels */
  TF_LAYOUT_FONT_PERSON,        /* path labels */
  TF_LAYOUT_FONT_AXIS,          /* years */
  TF_LAYOUT_N_FONTS
} TfLayoutFont;

/* Sets *width and *height to the logical size in pixels of text set in
 * font. See tf-layout-measure.h for one on Pango and one that needs no
 * fonts (for tests). */
typedef void (*TfLayoutMeasureFunc) (TfLayoutFont  font,
                                     const char   *text,
                                     double       *width,
                                     double       *height,
                                     gpointer      user_data);

typedef enum
{
  TF_LAYOUT_AGGREGATE_AUTO,    /* ribbons past aggregate_threshold people */
  TF_LAYOUT_AGGREGATE_NEVER,   /* always one path per person */
  TF_LAYOUT_AGGREGATE_ALWAYS,  /* always ribbons */
} TfLayoutAggregate;

typedef struct
{
  double              width;            /* the whole chart, px */
  double              height;

  /* The years on the x axis (the zoom); both 0: the careers' extent. */
  double              view_from;
  double              view_to;
  /* Only people with a move in [move_from, move_to]; both 0: everyone. */
  double              move_from;
  double              move_to;
  /* Sectors shown, 1 << TfSector each; 0 shows all. */
  guint               sector_mask;
  /* NULL-terminated organization ids: only people who were at one of them
   * are shown (with their whole careers); NULL shows everyone. */
  const char * const *organization_ids;

  TfLayoutAggregate   aggregate;
  guint               aggregate_threshold;  /* people; default 300 */
  guint               bin_years;        /* aggregated: years per bin; 0 fits the width */

  double              strip_height;     /* the direction strip; 0 for none */

  TfLayoutMeasureFunc measure;          /* NULL: tf_layout_measure_approximate */
  gpointer            measure_data;

  /* Sub-lane labels the data cannot give, already translated: an unnamed
   * place with no label in the data, and the organizations merged into
   * one row to make room, where "%u" (if there is one) stands for how
   * many they are. Default "Unnamed" and "Others (%u)". */
  const char         *unnamed_label;
  const char         *others_label;

  /* Person labels tried, most important first: beyond this many the rest
   * are hidden without measuring them. Default 2000. */
  guint               max_person_labels;
} TfLayoutOptions;

void tf_layout_options_init (TfLayoutOptions *options,
                             double           width,
                             double           height);

typedef struct
{
  TfSector sector;
  double   y;
  double   height;
  guint    first_sublane;
  guint    n_sublanes;
} TfLayoutLane;

typedef enum
{
  TF_LAYOUT_SUBLANE_ORGANIZATION,
  TF_LAYOUT_SUBLANE_UNNAMED,   /* places the data names only by a label: "离职创业" */
  TF_LAYOUT_SUBLANE_OTHERS,    /* organizations merged to make room (the smallest of
                                * a sector, when rows would not leave a line for
                                * each label; in an aggregated chart, by size) */
} TfLayoutSublaneKind;

typedef struct
{
  TfLayoutSublaneKind kind;
  TfSector            sector;
  int                 organization;  /* dataset index, -1 unless an organization */
  const char         *id;            /* organization id, NULL unless an organization */
  double              y;
  double              height;
  int                 label;         /* index into labels */
  guint               n_merged;      /* OTHERS: how many places */
  /* OTHERS: the dataset indices of the organizations merged, in lane
   * order (n_organizations of them: unnamed places have none). */
  const int          *merged;
  guint               n_organizations;
} TfLayoutSublane;

/* A run of years holding few moves, drawn narrower than the rest behind
 * a break in the axis: years [from, to) span x0 to x1. */
typedef struct
{
  double from;
  double to;
  double x0;
  double x1;
  guint  n_moves;  /* dated moves of visible paths in it; a group's counts once */
} TfLayoutBreak;

/* x of the start of each year shown. */
typedef struct
{
  int    year;
  double x;
  int    label;  /* index into labels, -1 when no label belongs to it */
} TfLayoutYear;

typedef enum
{
  TF_LAYOUT_SEGMENT_STRAIGHT,  /* a line: y0 == y1 */
  /* The curve of a move from (x0,y0) to (x1,y1): see tf-layout-curve.h. */
  TF_LAYOUT_SEGMENT_CURVE,
} TfLayoutSegmentKind;

typedef enum
{
  /* A curve whose move is dated to the year only, or derived from the text
   * ("入职四年"); it then spans the whole year. On a straight segment: its
   * start or end (where no curve shows it) is such a date. Also set with
   * UNDATED. */
  TF_LAYOUT_SEGMENT_UNCERTAIN  = 1 << 0,
  TF_LAYOUT_SEGMENT_OPEN_START = 1 << 1,  /* began before anything says: fade in */
  /* Nothing says it ended: it runs to the date of the latest article that
   * places the person there (at least a little past the move into it) and
   * fades out by then. */
  TF_LAYOUT_SEGMENT_OPEN_END   = 1 << 2,
  TF_LAYOUT_SEGMENT_BRANCH     = 1 << 3,  /* curve to a place held alongside */
  TF_LAYOUT_SEGMENT_MERGE      = 1 << 4,  /* curve back to a place still held */
  TF_LAYOUT_SEGMENT_GAP        = 1 << 5,  /* curve over a time where nothing is known */
  TF_LAYOUT_SEGMENT_INFERRED   = 1 << 6,  /* no move says so; the records imply it */
  /* A move whose date is unknown, drawn where the articles allow it: no
   * later than the earliest dated article that reports it
   * (tf_careers_get_reported_by(): "date unknown, reported by 2022-06"),
   * after the person's last dated move before that (with none, in the year
   * before the article). With no dated article, after the person's last
   * dated move. The curve spans as much of that time as the places on
   * either side can give, never past the article's date, and has
   * UNCERTAIN too. On a straight segment: a move with no date begins or
   * ends it, at the end a curve with this flag joins, or else at an end
   * no curve joins. */
  TF_LAYOUT_SEGMENT_UNDATED    = 1 << 7,
} TfLayoutSegmentFlags;

typedef struct
{
  float   x0, y0, x1, y1;
  /* Straight: the stretch a name sits on, where the path runs into its
   * name and out again, not drawn so that the name covers no stroke;
   * name_x0 == name_x1 (0) when none. */
  float   name_x0, name_x1;
  guint8  kind;      /* TfLayoutSegmentKind */
  guint8  flags;     /* TfLayoutSegmentFlags */
  guint16 strand;    /* strands of one path: 0, 1 for a concurrent affiliation, ... */
  int     sublane;   /* straight: where it runs; curve: where it goes */
  int     move;      /* dataset move index: the move of a curve, the move
                      * that began a straight segment; -1 */
} TfLayoutSegment;

/* A person, or an anonymous group move, drawn as one or more strands of
 * consecutive segments (strand after strand, each in time order; a strand
 * after the first starts with a BRANCH curve off another). A group is
 * thicker than one person but not in proportion: its width is
 * min (sqrt (weight), 8) times a person's (40 people: about 6.3), so that
 * one large group does not squeeze every other organization out of the
 * chart; weight still says how many people it is, for tooltips and
 * labels. (Aggregated ribbons and blocks, which are counts, stay
 * proportional.) A thick path is best drawn as a band: a curve as the area
 * between it shifted up and down by width / 2, as for ribbons. */
typedef struct
{
  int         person;        /* dataset person index, -1 for a group */
  int         group_move;    /* dataset move index of a group, -1 */
  const char *id;            /* person id or group move id */
  const char *name;
  guint       weight;        /* people: 1, or the group's size */
  double      width;         /* stroke width, px: grows with weight, see above */
  guint       first_segment;
  guint       n_segments;
  int         label;         /* index into labels: its name, shown or not; further
                              * PERSON labels whose owner is the path name it
                              * again elsewhere */
} TfLayoutPath;

typedef enum
{
  TF_LAYOUT_LABEL_ORGANIZATION,  /* owner: sub-lane */
  TF_LAYOUT_LABEL_PERSON,        /* owner: path */
  TF_LAYOUT_LABEL_YEAR,          /* owner: index into years */
} TfLayoutLabelKind;

typedef struct
{
  TfLayoutLabelKind kind;
  int               owner;
  const char       *text;
  double            x, y;          /* top left of the box */
  double            width, height; /* 0 when it was never measured */
  double            anchor_x;      /* what it names: a point on a path, a sub-lane's middle */
  double            anchor_y;
  gboolean          visible;       /* FALSE: no room; show it on hover */
  /* A name set apart from its path: right of the plot for a path that
   * leaves it there (the anchor is where it leaves), or in free room
   * near a path that has none beside it. A line joins the anchor to the
   * label (see tf_layout_label_get_leader); it crosses no other path,
   * label or leader. */
  gboolean          leader;
} TfLayoutLabel;

/* The leader as drawn: from a pixel off the anchor toward the label, to
 * two pixels short of the middle of the label's side facing the anchor. */
static inline void
tf_layout_label_get_leader (const TfLayoutLabel *label,
                            double              *x0,
                            double              *y0,
                            double              *x1,
                            double              *y1)
{
  gboolean rightward = label->anchor_x <= label->x;

  *x0 = label->anchor_x + (rightward ? 1 : -1);
  *y0 = label->anchor_y;
  *x1 = rightward ? label->x - 2 : label->x + label->width + 2;
  *y1 = label->y + label->height / 2;
}

/* Aggregated charts: people at a place in a time bin, counted at the
 * bin's middle. */
typedef struct
{
  int    sublane;
  int    bin;             /* the bin starts at first_bin_year + bin * bin_years */
  double x, y, width, height;
  guint  count;
} TfLayoutBlock;

/* People who were in block source in one bin and in block target in the
 * next. The top edge is the curve from (x0,y0) to (x1,y1), drawn like a
 * curve segment; the bottom edge is width below it. */
typedef struct
{
  int    source;
  int    target;
  guint  count;
  double width;
  double x0, y0, x1, y1;
} TfLayoutRibbon;

/* Moves per year toward academia (from any other sector) and toward
 * industry (from academia), counted in people, under the chart. Moves
 * whose date is unknown are not counted: they have no year. */
typedef struct
{
  double       x, y, width, height;
  int          first_year;
  guint        n_years;
  const guint *to_academia;
  const guint *to_industry;
  guint        max_count;
} TfLayoutStrip;

typedef enum
{
  TF_LAYOUT_HIT_NONE,
  TF_LAYOUT_HIT_PERSON,        /* a path where it is straight, or its label */
  TF_LAYOUT_HIT_MOVE,          /* a curve: path and move are set (an INFERRED
                                * curve has no move: it is PERSON) */
  TF_LAYOUT_HIT_ORGANIZATION,  /* a sub-lane, its label, or a block */
  TF_LAYOUT_HIT_FLOW,          /* a ribbon */
} TfLayoutHitKind;

typedef struct
{
  TfLayoutHitKind kind;
  int    path;           /* index into paths, or -1 */
  int    segment;        /* index into segments, or -1 */
  int    sublane;        /* index into sublanes, or -1 */
  int    label;          /* index into labels, or -1 */
  int    block;          /* index into blocks, or -1 */
  int    ribbon;         /* index into ribbons, or -1 */
  int    person;         /* dataset person index, or -1 */
  int    move;           /* dataset move index, or -1 */
  int    organization;   /* dataset organization index, or -1 */
  double distance;       /* from the point to what was hit, px */
} TfLayoutHit;

/* How far an open start or end fades in or out, px, on a straight
 * segment length px long at px_per_year: drawing and names agree on it. */
static inline double
tf_layout_fade_length (double px_per_year,
                       double length)
{
  return MIN (MAX (0.6 * px_per_year, 24.0), 0.45 * length);
}

/* How far in from each end a straight segment's uncertain date is drawn
 * as such, px (see TF_LAYOUT_SEGMENT_UNCERTAIN). */
static inline double
tf_layout_uncertain_length (double px_per_year,
                            double length)
{
  return MIN (MAX (0.5 * px_per_year, 8.0), 0.4 * length);
}

/* The parts of a straight segment that are drawn, from x0 to x1: two
 * when a name sits on it, else one. Returns how many. */
static inline guint
tf_layout_segment_drawn (const TfLayoutSegment *segment,
                         double                 x0,
                         double                 x1,
                         double                 parts[4])
{
  if (segment->name_x1 > segment->name_x0 && segment->name_x0 < x1 && segment->name_x1 > x0)
    {
      parts[0] = x0;
      parts[1] = MAX (x0, segment->name_x0);
      parts[2] = MIN (x1, segment->name_x1);
      parts[3] = x1;
      return 2;
    }
  parts[0] = x0;
  parts[1] = x1;
  return 1;
}

typedef struct _TfLayout TfLayout;

#define TF_TYPE_LAYOUT (tf_layout_get_type ())

GType                   tf_layout_get_type         (void) G_GNUC_CONST;

TfLayout               *tf_layout_new              (TfCareers             *careers,
                                                    const TfLayoutOptions *options);
TfLayout               *tf_layout_ref              (TfLayout              *self);
void                    tf_layout_unref            (TfLayout              *self);

TfCareers              *tf_layout_get_careers      (TfLayout              *self);
void                    tf_layout_get_size         (TfLayout              *self,
                                                    double                *width,
                                                    double                *height);
/* Where paths, ribbons and the grid are drawn (the lanes span it in y). */
void                    tf_layout_get_plot         (TfLayout              *self,
                                                    double                *x,
                                                    double                *y,
                                                    double                *width,
                                                    double                *height);
/* The years the x axis shows, and x for any time in years. */
void                    tf_layout_get_view         (TfLayout              *self,
                                                    double                *from,
                                                    double                *to);
double                  tf_layout_x_for_time       (TfLayout              *self,
                                                    double                 year);
/* The inverse of tf_layout_x_for_time(): the time at x, breaks included. */
double                  tf_layout_time_for_x       (TfLayout              *self,
                                                    double                 x);
const TfLayoutBreak    *tf_layout_get_breaks       (TfLayout              *self,
                                                    guint                 *n_breaks);
gboolean                tf_layout_is_aggregated    (TfLayout              *self);
/* People (group members counted) with something visible. */
guint                   tf_layout_get_n_people     (TfLayout              *self);

const TfLayoutLane     *tf_layout_get_lanes        (TfLayout              *self,
                                                    guint                 *n_lanes);
const TfLayoutSublane  *tf_layout_get_sublanes     (TfLayout              *self,
                                                    guint                 *n_sublanes);
const TfLayoutYear     *tf_layout_get_years        (TfLayout              *self,
                                                    guint                 *n_years);
const TfLayoutPath     *tf_layout_get_paths        (TfLayout              *self,
                                                    guint                 *n_paths);
const TfLayoutSegment  *tf_layout_get_segments     (TfLayout              *self,
                                                    guint                 *n_segments);
/* The path segment is part of, -1 when there is no such segment. */
int                     tf_layout_get_path_of_segment (TfLayout           *self,
                                                       int                 segment);
const TfLayoutLabel    *tf_layout_get_labels       (TfLayout              *self,
                                                    guint                 *n_labels);
const TfLayoutBlock    *tf_layout_get_blocks       (TfLayout              *self,
                                                    guint                 *n_blocks);
const TfLayoutRibbon   *tf_layout_get_ribbons      (TfLayout              *self,
                                                    guint                 *n_ribbons);
void                    tf_layout_get_bins         (TfLayout              *self,
                                                    int                   *first_bin_year,
                                                    guint                 *bin_years,
                                                    guint                 *n_bins);
const TfLayoutStrip    *tf_layout_get_strip        (TfLayout              *self);

/* The path whose stroke, curve, label, ribbon or block is within tolerance
 * px of (x, y) — labels first, then the nearest stroke — or else the
 * sub-lane under the point. TRUE when something was hit. Safe to call from
 * several threads; the first call builds a grid index. */
gboolean                tf_layout_hit_test         (TfLayout              *self,
                                                    double                 x,
                                                    double                 y,
                                                    double                 tolerance,
                                                    TfLayoutHit           *hit);

/* A person's name as a label shows it where the whole one finds no room:
 * in Latin letters, its words but the last cut to initials ("G. Hinton");
 * NULL when there is nothing shorter (see tf-layout-person-callouts.c). */
char                   *tf_layout_short_name       (const char            *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfLayout, tf_layout_unref)

G_END_DECLS
