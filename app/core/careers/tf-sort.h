/* tf-sort.h: sorting flat arrays fast, for the careers and the layout.
 *
 * glibc's qsort is a merge sort that allocates and calls its comparison
 * through a pointer; on the hundreds of thousands of items of a large
 * chart that is most of the time spent. TF_DEFINE_SORT defines an
 * in-place quicksort (median of three, insertion sort for short runs,
 * recursion on the smaller half so the stack stays O(log n)) with the
 * comparison inlined. Not stable: make keys unique where order matters
 * (the callers add an index as the last key).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Defines static void name (Type *items, gsize n), ordering by LESS (a, b),
 * an expression on two const Type *. */
#define TF_DEFINE_SORT(name, Type, LESS)                                      \
  static inline gboolean                                                      \
  name##_less (const Type *a,                                                 \
               const Type *b)                                                 \
  {                                                                           \
    return (LESS (a, b));                                                     \
  }                                                                           \
                                                                              \
  static void                                                                 \
  name (Type  *items,                                                         \
        gsize  n)                                                             \
  {                                                                           \
    while (n > 16)                                                            \
      {                                                                       \
        gsize mid = n / 2;                                                    \
        gsize i = 0;                                                          \
        gsize j = n - 1;                                                      \
        Type pivot, swap;                                                     \
                                                                              \
        /* Median of three to items[mid]. */                                  \
        if (name##_less (&items[mid], &items[0]))                             \
          { swap = items[mid]; items[mid] = items[0]; items[0] = swap; }      \
        if (name##_less (&items[n - 1], &items[mid]))                         \
          {                                                                   \
            swap = items[mid]; items[mid] = items[n - 1]; items[n - 1] = swap;\
            if (name##_less (&items[mid], &items[0]))                         \
              { swap = items[mid]; items[mid] = items[0]; items[0] = swap; }  \
          }                                                                   \
        pivot = items[mid];                                                   \
                                                                              \
        /* Hoare partition. */                                                \
        for (;;)                                                              \
          {                                                                   \
            while (name##_less (&items[i], &pivot))                           \
              i++;                                                            \
            while (name##_less (&pivot, &items[j]))                           \
              j--;                                                            \
            if (i >= j)                                                       \
              break;                                                          \
            swap = items[i]; items[i] = items[j]; items[j] = swap;            \
            i++;                                                              \
            j--;                                                              \
          }                                                                   \
                                                                              \
        /* [0, j] and [j + 1, n): recurse on the smaller. */                  \
        if (j + 1 < n - (j + 1))                                              \
          {                                                                   \
            name (items, j + 1);                                              \
            items += j + 1;                                                   \
            n -= j + 1;                                                       \
          }                                                                   \
        else                                                                  \
          {                                                                   \
            name (items + j + 1, n - (j + 1));                                \
            n = j + 1;                                                        \
          }                                                                   \
      }                                                                       \
    for (gsize i = 1; i < n; i++)                                             \
      {                                                                       \
        Type item = items[i];                                                 \
        gsize j = i;                                                          \
                                                                              \
        while (j > 0 && name##_less (&item, &items[j - 1]))                   \
          {                                                                   \
            items[j] = items[j - 1];                                          \
            j--;                                                              \
          }                                                                   \
        items[j] = item;                                                      \
      }                                                                       \
  }
