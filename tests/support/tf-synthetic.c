/* tf-synthetic.c: deterministic synthetic datasets for tests and benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tf-synthetic"

#include "config.h"

#include <math.h>

#include "tf-synthetic.h"

/* PCG32 (O'Neill, pcg-random.org): small, fast, and the same sequence on
 * every platform, which g_random does not promise across GLib versions. */
typedef struct
{
  guint64 state;
  guint64 inc;
} Pcg32;

static guint32
pcg32_next (Pcg32 *rng)
{
  guint64 old = rng->state;
  guint32 xorshifted;
  guint32 rot;

  rng->state = old * G_GUINT64_CONSTANT (6364136223846793005) + rng->inc;
  xorshifted = (guint32) (((old >> 18) ^ old) >> 27);
  rot = (guint32) (old >> 59);
  return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

static void
pcg32_seed (Pcg32   *rng,
            guint64  seed)
{
  rng->state = 0;
  rng->inc = (G_GUINT64_CONSTANT (0xda3e39cb94b95bdb) << 1) | 1;
  pcg32_next (rng);
  rng->state += seed;
  pcg32_next (rng);
}

/* Uniform in [0, 1). */
static double
pcg32_double (Pcg32 *rng)
{
  return pcg32_next (rng) * (1.0 / 4294967296.0);
}

/* Uniform in [0, n), without modulo bias worth caring about for small n. */
static guint
pcg32_below (Pcg32 *rng,
             guint  n)
{
  g_assert (n > 0);
  return (guint) (((guint64) pcg32_next (rng) * n) >> 32);
}

static gboolean
pcg32_chance (Pcg32  *rng,
              double  p)
{
  return pcg32_double (rng) < p;
}

static const char * const city_names[] = {
  "北京", "上海", "南京", "浙江", "武汉", "西安", "成都", "广州", "深圳", "杭州",
  "天津", "重庆", "厦门", "青岛", "大连", "长沙", "合肥", "苏州", "香港", "台北",
};
static const char * const university_suffixes[] = {
  "大学", "理工大学", "科技大学", "师范大学", "交通大学", "工业大学",
};
static const char * const latin_places[] = {
  "Avalon", "Brixton", "Calder", "Dunmore", "Easton", "Fairhaven", "Glenrock",
  "Halden", "Ivywood", "Jasper", "Kingsley", "Lakemont", "Marlow", "Northam",
};
static const char * const brand_chars[] = {
  "星", "云", "智", "联", "数", "海", "天", "华", "新", "通",
  "达", "明", "讯", "科", "创", "源", "极", "光", "思", "维",
};
static const char * const brand_syllables[] = {
  "Zen", "Qua", "Lor", "Vex", "Tri", "No", "Kin", "Sol", "Ar", "Mi",
  "Ta", "Ro", "Vi", "Xa", "Lu", "Pe",
};
static const char * const company_suffixes[] = { "科技", "集团", "网络", "智能" };
static const char * const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
  "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
  "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜",
  "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
  "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊",
  "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾",
  "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "莫", "孔", "向", "汤", "漆",
};
static const char * const given_chars[] = {
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
  "明", "超", "秀", "霞", "平", "刚", "飞", "远", "潼", "文", "华", "亚", "勤", "博",
  "宇", "晨", "欣", "婷", "浩", "然", "思", "嘉", "子", "轩", "一", "鸣", "晓", "琳",
};
static const char * const latin_first_names[] = {
  "Alice", "Brian", "Carla", "David", "Elena", "Felix", "Grace", "Hugo", "Irene",
  "Jonas", "Karin", "Leo", "Maya", "Nils", "Olga", "Paul", "Rosa", "Sam",
};
static const char * const latin_last_names[] = {
  "Archer", "Baker", "Chen", "Dalton", "Evans", "Fischer", "Garcia", "Hughes",
  "Ito", "Jensen", "Klein", "Lopez", "Moreau", "Novak", "Olsen", "Park",
};

#define PICK(rng, array) ((array)[pcg32_below ((rng), G_N_ELEMENTS (array))])

/* Shares of organizations per sector, in TfSector order. */
static const double sector_shares[TF_N_SECTORS] = { 0.30, 0.15, 0.40, 0.15 };

typedef struct
{
  /* Organization indices of one sector, most popular first, and the
   * cumulative Zipf weights used to draw from them. */
  guint  *organizations;
  double *cumulative;
  guint   n;
} SectorPool;

/* Two regions, as in the seed articles (Chinese and American
 * organizations): people mostly move inside their own, which gives the
 * chart the structure real flows have and an ordering can use. */
#define N_REGIONS 2
static const char * const region_codes[N_REGIONS] = { "CN", "US" };
static const double region_shares[N_REGIONS] = { 0.7, 0.3 };
#define STAY_IN_REGION 0.85

typedef struct
{
  const TfSyntheticOptions *options;
  Pcg32 rng;
  TfDataset *dataset;
  GPtrArray *organizations;  /* borrowed from dataset */
  SectorPool pools[N_REGIONS][TF_N_SECTORS];
  guint8 *organization_region;
  guint region;              /* of the person being made */
  guint n_moves;
} Generator;

static char *
make_brand (Generator *gen,
            gboolean   latin)
{
  if (latin)
    {
      const char *first = PICK (&gen->rng, brand_syllables);
      g_autofree char *second = g_ascii_strdown (PICK (&gen->rng, brand_syllables), -1);

      return g_strconcat (first, second, NULL);
    }
  return g_strconcat (PICK (&gen->rng, brand_chars), PICK (&gen->rng, brand_chars), NULL);
}

static char *
make_organization_name (Generator      *gen,
                        TfSector        sector,
                        const char     *parent_name,
                        guint           index)
{
  gboolean latin = pcg32_chance (&gen->rng, gen->region == 0 ? 0.1 : 0.85);
  g_autofree char *brand = NULL;

  switch (sector)
    {
    case TF_SECTOR_ACADEMIA:
      if (latin)
        return g_strdup_printf ("University of %s %u", PICK (&gen->rng, latin_places), index);
      return g_strdup_printf ("%s%s%u", PICK (&gen->rng, city_names),
                              PICK (&gen->rng, university_suffixes), index);
    case TF_SECTOR_CORPORATE_LAB:
      if (parent_name != NULL)
        return g_strdup_printf ("%s %s %u", parent_name, latin ? "AI Lab" : "研究院", index);
      brand = make_brand (gen, latin);
      return g_strdup_printf ("%s%u %s", brand, index, latin ? "Research" : "研究院");
    case TF_SECTOR_COMPANY:
      brand = make_brand (gen, latin);
      if (latin)
        return g_strdup_printf ("%s%u Inc.", brand, index);
      return g_strdup_printf ("%s%u%s", brand, index, PICK (&gen->rng, company_suffixes));
    case TF_SECTOR_STARTUP:
      brand = make_brand (gen, latin);
      return g_strdup_printf ("%s%u%s", brand, index, latin ? " AI" : "智能");
    case TF_N_SECTORS:
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

static char *
make_person_name (Generator *gen)
{
  if (pcg32_chance (&gen->rng, gen->region == 0 ? 0.05 : 0.8))
    return g_strdup_printf ("%s %s", PICK (&gen->rng, latin_first_names),
                            PICK (&gen->rng, latin_last_names));
  if (pcg32_chance (&gen->rng, 0.5))
    return g_strconcat (PICK (&gen->rng, surnames), PICK (&gen->rng, given_chars), NULL);
  return g_strconcat (PICK (&gen->rng, surnames), PICK (&gen->rng, given_chars),
                      PICK (&gen->rng, given_chars), NULL);
}

static guint
draw_region (Generator *gen)
{
  return pcg32_chance (&gen->rng, region_shares[0]) ? 0 : 1;
}

/* The organizations of a sector in a region, or in the other region when
 * this one has none. */
static const SectorPool *
pool_for (Generator *gen,
          guint      region,
          TfSector   sector)
{
  if (gen->pools[region][sector].n == 0)
    region = 1 - region;
  g_assert (gen->pools[region][sector].n > 0);
  return &gen->pools[region][sector];
}

/* Draws an organization of a sector in a region by Zipf popularity
 * (weight 1/rank). */
static guint
draw_organization_in (Generator *gen,
                      guint      region,
                      TfSector   sector)
{
  const SectorPool *pool = pool_for (gen, region, sector);
  double target = pcg32_double (&gen->rng) * pool->cumulative[pool->n - 1];
  guint lo = 0;
  guint hi = pool->n - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (pool->cumulative[mid] > target)
        hi = mid;
      else
        lo = mid + 1;
    }
  return pool->organizations[lo];
}

/* Mostly in the current person's region. */
static guint
draw_organization (Generator *gen,
                   TfSector   sector)
{
  guint region = pcg32_chance (&gen->rng, STAY_IN_REGION) ? gen->region : 1 - gen->region;

  return draw_organization_in (gen, region, sector);
}

static TfSector
draw_sector (Generator    *gen,
             const double  weights[TF_N_SECTORS])
{
  double total = 0;
  double target;

  for (guint i = 0; i < TF_N_SECTORS; i++)
    total += weights[i];
  target = pcg32_double (&gen->rng) * total;
  for (guint i = 0; i < TF_N_SECTORS; i++)
    {
      if (target < weights[i])
        return i;
      target -= weights[i];
    }
  return TF_N_SECTORS - 1;
}

static void
add_organizations (Generator *gen,
                   guint      n_organizations)
{
  guint counts[TF_N_SECTORS];
  guint assigned = 0;
  guint next_id = 0;
  /* Companies first, so that labs and subsidiaries can name a parent that
   * already exists, which also rules out cycles. */
  static const TfSector creation_order[] = {
    TF_SECTOR_COMPANY, TF_SECTOR_CORPORATE_LAB, TF_SECTOR_ACADEMIA, TF_SECTOR_STARTUP,
  };

  for (guint s = 0; s < TF_N_SECTORS; s++)
    {
      counts[s] = MAX (1, (guint) round (n_organizations * sector_shares[s]));
      assigned += counts[s];
    }
  /* Rounding leaves the total a little off: companies take up the slack. */
  if (assigned > n_organizations)
    counts[TF_SECTOR_COMPANY] -= MIN (assigned - n_organizations, counts[TF_SECTOR_COMPANY] - 1);
  else
    counts[TF_SECTOR_COMPANY] += n_organizations - assigned;

  gen->organization_region = g_new0 (guint8, n_organizations + 1);
  for (guint r = 0; r < N_REGIONS; r++)
    for (guint s = 0; s < TF_N_SECTORS; s++)
      {
        gen->pools[r][s].organizations = g_new (guint, counts[s]);
        gen->pools[r][s].cumulative = g_new (double, counts[s]);
        gen->pools[r][s].n = 0;
      }

  for (guint c = 0; c < G_N_ELEMENTS (creation_order); c++)
    {
      TfSector sector = creation_order[c];

      for (guint i = 0; i < counts[sector]; i++)
        {
          g_autofree char *id = g_strdup_printf ("o-%05u", next_id++);
          g_autofree char *name = NULL;
          const TfOrganization *parent = NULL;
          TfOrganization *organization;
          SectorPool *pool;
          guint region = draw_region (gen);
          guint parent_index = 0;
          double weight;

          /* A lab belongs to a company, a subsidiary to an earlier company,
           * of the same region. */
          if (sector == TF_SECTOR_CORPORATE_LAB && pcg32_chance (&gen->rng, 0.8))
            parent_index = draw_organization_in (gen, region, TF_SECTOR_COMPANY);
          else if (sector == TF_SECTOR_COMPANY && gen->pools[region][sector].n > 0
                   && pcg32_chance (&gen->rng, 0.1))
            parent_index
                = gen->pools[region][sector]
                      .organizations[pcg32_below (&gen->rng, gen->pools[region][sector].n)];
          else
            parent_index = G_MAXUINT;
          if (parent_index != G_MAXUINT)
            {
              parent = g_ptr_array_index (gen->organizations, parent_index);
              region = gen->organization_region[parent_index];
            }

          gen->region = region;
          name = make_organization_name (gen, sector, parent ? parent->name : NULL, i + 1);
          organization = tf_organization_new (id, name, sector);
          organization->parent_id = parent ? g_strdup (parent->id) : NULL;
          organization->country = g_strdup (region_codes[region]);
          gen->organization_region[gen->organizations->len] = (guint8) region;
          pool = &gen->pools[region][sector];

          pool->organizations[pool->n] = gen->organizations->len;
          /* Zipf with exponent 1: the k-th organization is chosen 1/k as
           * often as the most popular one. */
          weight = 1.0 / (pool->n + 1);
          pool->cumulative[pool->n] = (pool->n > 0 ? pool->cumulative[pool->n - 1] : 0) + weight;
          pool->n++;

          if (!tf_dataset_add_organization (gen->dataset, organization, NULL))
            g_assert_not_reached ();
        }
    }
}

static void
set_random_date (Generator *gen,
                 TfDate    *date,
                 int        year)
{
  double p = pcg32_double (&gen->rng);

  date->year = year;
  date->month = 0;
  date->day = 0;
  date->derived = FALSE;
  if (p < 0.04)
    {
      /* "入职四年" in an article: only the year, computed from the text. */
      date->precision = TF_DATE_YEAR;
      date->derived = TRUE;
    }
  else if (p < 0.34)
    date->precision = TF_DATE_YEAR;
  else if (p < 0.85)
    {
      date->precision = TF_DATE_MONTH;
      date->month = 1 + pcg32_below (&gen->rng, 12);
    }
  else
    {
      date->precision = TF_DATE_DAY;
      date->month = 1 + pcg32_below (&gen->rng, 12);
      date->day = 1 + pcg32_below (&gen->rng, 28);
    }
}

/* A place in a career: an organization, or an unnamed place of a sector. */
typedef struct
{
  int organization;  /* -1 for an unnamed place */
  TfSector sector;
} Place;

static TfAffiliation *
affiliation_for (Generator   *gen,
                 const Place *place)
{
  TfAffiliation *affiliation;

  if (place->organization >= 0)
    {
      const TfOrganization *organization
          = g_ptr_array_index (gen->organizations, place->organization);

      return tf_affiliation_new (organization->id, organization->sector);
    }
  affiliation = tf_affiliation_new (NULL, place->sector);
  affiliation->label = g_strdup (place->sector == TF_SECTOR_ACADEMIA ? "重返学界" : "离职创业");
  return affiliation;
}

static const char *
parent_of (Generator *gen,
           int        organization)
{
  if (organization < 0)
    return NULL;
  return ((const TfOrganization *) g_ptr_array_index (gen->organizations, organization))->parent_id;
}

static TfMoveKind
kind_for (Generator   *gen,
          const Place *from,
          const Place *to)
{
  const char *from_parent = parent_of (gen, from->organization);
  const char *to_parent = parent_of (gen, to->organization);

  if (to->organization < 0)
    return to->sector == TF_SECTOR_ACADEMIA ? TF_MOVE_RETURN_ACADEMIA : TF_MOVE_FOUND;
  if (from_parent != NULL && g_strcmp0 (from_parent, to_parent) == 0)
    return TF_MOVE_TRANSFER;
  if (to->sector == TF_SECTOR_ACADEMIA && from->sector != TF_SECTOR_ACADEMIA
      && pcg32_chance (&gen->rng, 0.5))
    return TF_MOVE_RETURN_ACADEMIA;
  if (to->sector == TF_SECTOR_STARTUP && pcg32_chance (&gen->rng, 0.5))
    return TF_MOVE_FOUND;
  return TF_MOVE_JOIN;
}

static TfMove *
new_move (Generator  *gen,
          const char *person_id,
          TfMoveKind  kind,
          int         year)
{
  g_autofree char *id = g_strdup_printf ("m-%07u", gen->n_moves++);
  TfMove *move = tf_move_new (id, kind);

  move->person_id = g_strdup (person_id);
  set_random_date (gen, &move->date, year);
  return move;
}

static void
add_move (Generator *gen,
          TfMove    *move)
{
  if (!tf_dataset_add_move (gen->dataset, move, NULL))
    g_assert_not_reached ();
}

/* The sector a move goes to: the revolving door of the seed articles, away
 * from academia in 2013-2017 and back to it in 2019-2022. */
static TfSector
draw_destination_sector (Generator *gen,
                         TfSector   current,
                         int        year)
{
  double weights[TF_N_SECTORS];

  for (guint s = 0; s < TF_N_SECTORS; s++)
    weights[s] = sector_shares[s];
  if (year >= 2013 && year <= 2017)
    weights[TF_SECTOR_ACADEMIA] *= current == TF_SECTOR_ACADEMIA ? 0.3 : 0.5;
  else if (year >= 2019 && year <= 2022)
    weights[TF_SECTOR_ACADEMIA] *= 2.5;
  return draw_sector (gen, weights);
}

static void
add_person (Generator *gen,
            guint      index)
{
  const TfSyntheticOptions *options = gen->options;
  g_autofree char *id = g_strdup_printf ("p-%06u", index);
  g_autofree char *name = NULL;
  /* 1 to 6 moves, fewer more often. */
  static const double n_moves_cumulative[] = { 0.20, 0.45, 0.67, 0.82, 0.92, 1.0 };
  double p = pcg32_double (&gen->rng);
  guint n_moves = 1;
  int years[6];
  int pool[64];
  guint n_pool = MIN (options->n_years, G_N_ELEMENTS (pool));
  Place current;
  Place visited[8];
  guint n_visited = 0;
  gboolean concurrent_open = FALSE;
  Place concurrent_place = { -1, TF_SECTOR_ACADEMIA };

  gen->region = draw_region (gen);
  name = make_person_name (gen);
  while (n_moves < 6 && p >= n_moves_cumulative[n_moves - 1])
    n_moves++;
  n_moves = MIN (n_moves, n_pool);

  /* Distinct years by a partial Fisher-Yates shuffle, then sorted, so that
   * the years of one person strictly increase. */
  for (guint i = 0; i < n_pool; i++)
    pool[i] = options->first_year + (int) i;
  for (guint i = 0; i < n_moves; i++)
    {
      guint j = i + pcg32_below (&gen->rng, n_pool - i);
      int tmp = pool[i];

      pool[i] = pool[j];
      pool[j] = tmp;
      years[i] = pool[i];
    }
  for (guint i = 1; i < n_moves; i++)
    for (guint j = i; j > 0 && years[j - 1] > years[j]; j--)
      {
        int tmp = years[j];

        years[j] = years[j - 1];
        years[j - 1] = tmp;
      }

  if (!tf_dataset_add_person (gen->dataset, tf_person_new (id, name), NULL))
    g_assert_not_reached ();

  current.sector = draw_sector (gen, sector_shares);
  current.organization = (int) draw_organization (gen, current.sector);
  visited[n_visited++] = current;

  for (guint i = 0; i < n_moves; i++)
    {
      gboolean last = i + 1 == n_moves;
      Place next;
      TfMove *move;

      if (concurrent_open)
        {
          /* Give up the affiliation held alongside: its strand merges back. */
          move = new_move (gen, id, TF_MOVE_LEAVE, years[i]);
          move->from = affiliation_for (gen, &concurrent_place);
          add_move (gen, move);
          concurrent_open = FALSE;
          continue;
        }

      if (last && pcg32_chance (&gen->rng, 0.03))
        {
          /* Left, destination unknown: the path ends. */
          move = new_move (gen, id, TF_MOVE_LEAVE, years[i]);
          move->from = affiliation_for (gen, &current);
          add_move (gen, move);
          break;
        }

      if (!last && current.organization >= 0 && pcg32_chance (&gen->rng, 0.04))
        {
          /* Held alongside the current affiliation (李飞飞 at Stanford and
           * Google). */
          concurrent_place.sector = current.sector == TF_SECTOR_ACADEMIA
                                    ? TF_SECTOR_COMPANY : TF_SECTOR_ACADEMIA;
          concurrent_place.organization = (int) draw_organization (gen, concurrent_place.sector);
          move = new_move (gen, id, TF_MOVE_JOIN, years[i]);
          move->concurrent = TRUE;
          move->from = affiliation_for (gen, &current);
          move->to = affiliation_for (gen, &concurrent_place);
          add_move (gen, move);
          concurrent_open = TRUE;
          continue;
        }

      if (n_visited > 1 && pcg32_chance (&gen->rng, 0.1))
        {
          /* Back to an earlier organization. */
          next = visited[pcg32_below (&gen->rng, n_visited)];
          if (next.organization == current.organization && next.sector == current.sector)
            next = visited[0];
        }
      else if (pcg32_chance (&gen->rng, 0.04))
        {
          next.sector = pcg32_chance (&gen->rng, 0.5) ? TF_SECTOR_STARTUP : TF_SECTOR_ACADEMIA;
          next.organization = -1;
        }
      else
        {
          next.sector = draw_destination_sector (gen, current.sector, years[i]);
          next.organization = (int) draw_organization (gen, next.sector);
        }
      if (next.organization == current.organization && next.sector == current.sector)
        {
          /* Never a move to where one already is: take the next most
           * popular organization of the sector, or any sector's first. */
          const SectorPool *sector_pool = pool_for (gen, gen->region, next.sector);

          next.organization
              = (int) sector_pool->organizations[pcg32_below (&gen->rng, sector_pool->n)];
          if (next.organization == current.organization)
            {
              next.sector = (next.sector + 1) % TF_N_SECTORS;
              next.organization = (int) pool_for (gen, gen->region, next.sector)->organizations[0];
            }
        }

      move = new_move (gen, id, kind_for (gen, &current, &next), years[i]);
      move->from = affiliation_for (gen, &current);
      move->to = affiliation_for (gen, &next);
      add_move (gen, move);
      current = next;
      if (n_visited < G_N_ELEMENTS (visited))
        visited[n_visited++] = current;
    }
}

/* Uber took 40 people from CMU's robotics lab: anonymous groups moving from
 * a university to a company. */
static void
add_group_move (Generator *gen)
{
  const TfSyntheticOptions *options = gen->options;
  Place from = { (int) draw_organization (gen, TF_SECTOR_ACADEMIA), TF_SECTOR_ACADEMIA };
  Place to = { (int) draw_organization (gen, TF_SECTOR_COMPANY), TF_SECTOR_COMPANY };
  int year = options->first_year + (int) pcg32_below (&gen->rng, options->n_years);
  const TfOrganization *from_organization
      = g_ptr_array_index (gen->organizations, from.organization);
  TfMove *move = new_move (gen, NULL, TF_MOVE_JOIN, year);

  move->group_size = 5 + pcg32_below (&gen->rng, 46);
  move->group_label = g_strdup_printf ("%s的 %u 名研究人员", from_organization->name, move->group_size);
  move->from = affiliation_for (gen, &from);
  move->to = affiliation_for (gen, &to);
  add_move (gen, move);
}

void
tf_synthetic_options_init (TfSyntheticOptions *options,
                           guint               n_people,
                           guint64             seed)
{
  g_return_if_fail (options != NULL);

  options->n_people = n_people;
  options->n_organizations = 0;
  options->seed = seed;
  options->first_year = 2000;
  options->n_years = 25;
}

TfDataset *
tf_synthetic_dataset_new (const TfSyntheticOptions *options)
{
  Generator gen = { 0 };
  guint n_organizations;
  guint n_groups;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->n_years > 0, NULL);

  n_organizations = options->n_organizations;
  if (n_organizations == 0)
    n_organizations = CLAMP (options->n_people / 30, 20, 3000);
  n_organizations = MAX (n_organizations, TF_N_SECTORS * 2);

  gen.options = options;
  pcg32_seed (&gen.rng, options->seed);
  gen.dataset = tf_dataset_new ();
  gen.organizations = tf_dataset_get_organizations (gen.dataset);
  {
    g_autofree char *title = g_strdup_printf ("Synthetic: %u people, seed %" G_GUINT64_FORMAT,
                                              options->n_people, options->seed);
    tf_dataset_set_title (gen.dataset, title);
  }

  add_organizations (&gen, n_organizations);
  for (guint i = 0; i < options->n_people; i++)
    add_person (&gen, i);
  n_groups = options->n_people > 0 ? 1 + options->n_people / 2000 : 0;
  for (guint i = 0; i < n_groups; i++)
    {
      gen.region = draw_region (&gen);
      add_group_move (&gen);
    }

  for (guint r = 0; r < N_REGIONS; r++)
    for (guint s = 0; s < TF_N_SECTORS; s++)
      {
        g_free (gen.pools[r][s].organizations);
        g_free (gen.pools[r][s].cumulative);
      }
  g_free (gen.organization_region);
  return gen.dataset;
}

/* Sectors of the small datasets' places: a third academia, a fifth
 * startups, the rest companies, so that two lanes have several places to
 * order and one has few. */
static TfSector
small_sector (guint index,
              guint n_places)
{
  guint n_academia = (n_places + 1) / 3;
  guint n_startup = n_places / 5;

  if (index < n_academia)
    return TF_SECTOR_ACADEMIA;
  if (index >= n_places - n_startup)
    return TF_SECTOR_STARTUP;
  return TF_SECTOR_COMPANY;
}

/* Place index by Zipf popularity, in the person's region (the place's
 * index parity) with probability STAY_IN_REGION, never current. */
static guint
small_draw_place (Pcg32 *rng,
                  guint  n_places,
                  guint  region,
                  int    current)
{
  double weights[64];
  double total = 0;
  double target;
  gboolean stay = pcg32_chance (rng, STAY_IN_REGION);

  g_assert (n_places <= G_N_ELEMENTS (weights));
  for (guint i = 0; i < n_places; i++)
    {
      gboolean here = i % N_REGIONS == region;

      weights[i] = (int) i == current || here != stay ? 0 : 1.0 / (1 + i / N_REGIONS);
      total += weights[i];
    }
  if (total == 0)
    return current == 0 ? 1 : 0;
  target = pcg32_double (rng) * total;
  for (guint i = 0; i < n_places; i++)
    {
      if (target < weights[i])
        return i;
      target -= weights[i];
    }
  for (guint i = n_places; i-- > 0;)
    if (weights[i] > 0)
      return i;
  g_assert_not_reached ();
}

TfDataset *
tf_synthetic_small_dataset_new (guint   n_places,
                                guint   n_people,
                                guint64 seed)
{
  /* Moves fall on the first month of a quarter in 2005-2019: far enough
   * apart at 1920 pixels that the curves of two moves overlap only when
   * they fall on the same day. */
  enum { FIRST_YEAR = 2005, N_QUARTERS = 60 };
  static const double n_moves_cumulative[] = { 0.3, 0.65, 0.85, 1.0 };
  TfDataset *dataset;
  Pcg32 rng;
  guint n_moves = 0;

  g_return_val_if_fail (n_places >= 2 && n_places <= 64, NULL);

  pcg32_seed (&rng, seed);
  dataset = tf_dataset_new ();
  {
    g_autofree char *title
        = g_strdup_printf ("Small: %u places, %u people, seed %" G_GUINT64_FORMAT,
                           n_places, n_people, seed);
    tf_dataset_set_title (dataset, title);
  }
  for (guint i = 0; i < n_places; i++)
    {
      g_autofree char *id = g_strdup_printf ("o-%02u", i);
      g_autofree char *name = g_strdup_printf ("%s%u", PICK (&rng, city_names), i);

      if (!tf_dataset_add_organization (dataset,
                                        tf_organization_new (id, name, small_sector (i, n_places)),
                                        NULL))
        g_assert_not_reached ();
    }

  /* One article at the end of the period reports every move, so that the
   * chart runs every path on to the end, as the order's model of the
   * crossings counts them, rather than fading it out after the last move. */
  {
    TfSource *source = tf_source_new ("s-survey");

    source->title = g_strdup ("Where they are now");
    tf_date_parse ("2020-01", &source->date);
    g_ptr_array_add (source->paragraphs,
                     tf_paragraph_new ("Every move of this dataset is reported here.",
                                       TF_PARAGRAPH_TEXT));
    if (!tf_dataset_add_source (dataset, source, NULL))
      g_assert_not_reached ();
  }

  for (guint p = 0; p < n_people; p++)
    {
      g_autofree char *id = g_strdup_printf ("p-%03u", p);
      g_autofree char *name = g_strconcat (PICK (&rng, surnames), PICK (&rng, given_chars), NULL);
      guint region = pcg32_below (&rng, N_REGIONS);
      double draw = pcg32_double (&rng);
      guint count = 1;
      guint quarters[G_N_ELEMENTS (n_moves_cumulative)];
      int current;

      while (count < G_N_ELEMENTS (n_moves_cumulative) && draw >= n_moves_cumulative[count - 1])
        count++;
      /* Distinct quarters, sorted. */
      for (guint i = 0; i < count; i++)
        {
          gboolean fresh;

          do
            {
              quarters[i] = pcg32_below (&rng, N_QUARTERS);
              fresh = TRUE;
              for (guint j = 0; j < i; j++)
                fresh &= quarters[j] != quarters[i];
            }
          while (!fresh);
          for (guint j = i; j > 0 && quarters[j - 1] > quarters[j]; j--)
            {
              guint tmp = quarters[j];

              quarters[j] = quarters[j - 1];
              quarters[j - 1] = tmp;
            }
        }

      if (!tf_dataset_add_person (dataset, tf_person_new (id, name), NULL))
        g_assert_not_reached ();
      current = (int) small_draw_place (&rng, n_places, region, -1);
      for (guint i = 0; i < count; i++)
        {
          g_autofree char *move_id = g_strdup_printf ("m-%05u", n_moves++);
          g_autofree char *from_id = g_strdup_printf ("o-%02d", current);
          guint next = small_draw_place (&rng, n_places, region, current);
          g_autofree char *to_id = g_strdup_printf ("o-%02u", next);
          TfMove *move = tf_move_new (move_id, TF_MOVE_JOIN);

          move->person_id = g_strdup (id);
          move->date.precision = TF_DATE_MONTH;
          move->date.year = FIRST_YEAR + (int) (quarters[i] / 4);
          move->date.month = 1 + 3 * (int) (quarters[i] % 4);
          move->from = tf_affiliation_new (from_id, small_sector ((guint) current, n_places));
          move->to = tf_affiliation_new (to_id, small_sector (next, n_places));
          g_ptr_array_add (move->evidence, tf_evidence_new ("s-survey", "reported", "", ""));
          if (!tf_dataset_add_move (dataset, move, NULL))
            g_assert_not_reached ();
          current = (int) next;
        }
    }
  return dataset;
}
