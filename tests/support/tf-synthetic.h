/* tf-synthetic.h: deterministic synthetic datasets for tests and benchmarks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-dataset.h"

G_BEGIN_DECLS

typedef struct
{
  guint   n_people;
  guint   n_organizations;  /* 0: one per 30 people, between 20 and 3000 */
  guint64 seed;
  int     first_year;       /* moves fall in first_year .. first_year + n_years - 1 */
  guint   n_years;
} TfSyntheticOptions;

/* n_people people, first_year 2000, 25 years, the given seed. */
void       tf_synthetic_options_init   (TfSyntheticOptions       *options,
                                        guint                     n_people,
                                        guint64                   seed);

/* A dataset of organizations in the four sectors (company 40%, corporate lab
 * 15%, academia 30%, startup 15%) with Zipf-like popularity, labs under
 * companies, and people with 1 to 6 moves each in strictly increasing years,
 * plus a few of every case the chart must draw: unnamed places, concurrent
 * affiliations, returns, year-only and derived dates, anonymous group moves.
 * The same options give the same dataset, byte for byte. */
TfDataset *tf_synthetic_dataset_new    (const TfSyntheticOptions *options);

/* A dataset small enough that the fewest crossings any order allows can be
 * computed (see tf-order-optimum.h): n_places organizations (2 to 64) in
 * the academia, company and startup lanes, n_people people with 1 to 4
 * moves each on month dates at the start of a quarter, in two regions
 * that people mostly stay in. The same arguments give the same dataset. */
TfDataset *tf_synthetic_small_dataset_new (guint                  n_places,
                                           guint                  n_people,
                                           guint64                seed);

G_END_DECLS
