/* test_bootstrap.c -- the resampling engine, bounded draws, the design
   of strata and the savings contributions */

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cohort.h"
#include "sptest.h"

#include <gsl/gsl_rng.h>

#include "boot_counts.h"
#include "boot_intervals.h"
#include "bootstrap.h"
#include "bootstrap_design.h"
#include "bounded_draw.h"
#include "jackknife.h"
#include "savings_contrib.h"

/* Batch sizes and thresholds.  20000^4 = 1.6e17 <= 2^64 < 20000^5, so
   four indices a word; 2^64 mod 20000^4 = 46744073709551616 (Python).
   65536^4 = 2^64 exactly: no rejection.  2^64 = 4^32 = 1 mod 3 and
   7 mod 9 (3^1, 3^2).  */
static void
bounds (void **state)
{
  (void) state;
  sp_draw_bound b;
  sp_draw_bound_init (&b, 20000);
  assert_int_equal (b.q, 4);
  assert_true (b.threshold[4] == 46744073709551616ULL);
  sp_draw_bound_init (&b, 65536);
  assert_int_equal (b.q, 4);
  assert_true (b.threshold[4] == 0);
  sp_draw_bound_init (&b, 3);
  assert_int_equal (b.q, SP_DRAW_MAX_BATCH);
  assert_true (b.threshold[1] == 1);
  assert_true (b.threshold[2] == 7);
  sp_draw_bound_init (&b, 4000000000u);
  assert_int_equal (b.q, 2);
}

/* 490,000 batches of two indices below 7: each of the 49 pairs expected
   10,000 times (sd about 99), each index 140,000 times (sd about 350);
   allow five sd.  A biased draw or dependent digits fail this.  */
static void
draws_are_uniform_and_independent (void **state)
{
  (void) state;
  gsl_rng *r = gsl_rng_alloc (gsl_rng_taus2);
  assert_true (gsl_rng_min (r) == 0 && gsl_rng_max (r) == 0xffffffffUL);
  gsl_rng_set (r, 12345);
  sp_draw_source src = sp_draw_source_of (r);
  sp_draw_bound b;
  sp_draw_bound_init (&b, 7);
  long pairs[49] = { 0 }, single[7] = { 0 };
  for (int i = 0; i < 490000; i++)
    {
      uint32_t idx[2];
      sp_draw_batch (&src, &b, 2, idx);
      assert_true (idx[0] < 7 && idx[1] < 7);
      pairs[idx[0] * 7 + idx[1]]++;
      single[idx[0]]++;
      single[idx[1]]++;
    }
  for (int c = 0; c < 49; c++)
    assert_true (labs (pairs[c] - 10000) < 500);
  for (int c = 0; c < 7; c++)
    assert_true (labs (single[c] - 140000) < 1750);
  gsl_rng_free (r);
}

static int
by_value (const void *a, const void *b)
{
  uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
  return (x > y) - (x < y);
}

/* Blocks 0 .. 9,999 of one run get distinct generator seeds.  */
static void
block_seeds_differ (void **state)
{
  (void) state;
  enum { N = 10000 };
  uint32_t *s = calloc (N, sizeof *s);
  for (size_t b = 0; b < N; b++)
    s[b] = sp_boot_block_seed (20190101, b);
  qsort (s, N, sizeof *s, by_value);
  for (size_t i = 1; i < N; i++)
    assert_true (s[i - 1] != s[i]);
  assert_true (sp_boot_block_seed (1, 0) != sp_boot_block_seed (2, 0));
  free (s);
}

static void
identity (const double *sums, double *theta, const void *arg)
{
  size_t k = *(const size_t *) arg;
  memcpy (theta, sums, k * sizeof *theta);
}

/* The same replicates, bit for bit, on 1, 2 and 5 threads.  */
static void
threads_do_not_change_replicates (void **state)
{
  (void) state;
  size_t n = 1000, k = 3, b = 1000;
  double *x = malloc (n * k * sizeof *x);
  for (size_t i = 0; i < n * k; i++)
    x[i] = (double) ((i * 7919) % 1013) / 7.0;
  size_t strata[4] = { 0, 600, 601, 1000 };
  sp_boot_problem p = { .x = x, .n = n, .k = k, .strata = strata,
                        .n_strata = 3, .statistic = identity, .arg = &k,
                        .m = k };
  double *r1 = malloc (k * b * sizeof *r1);
  double *r2 = malloc (k * b * sizeof *r2);
  double *r5 = malloc (k * b * sizeof *r5);
  sp_boot_run (&p, b, 99, 1, NULL, r1);
  sp_boot_run (&p, b, 99, 2, NULL, r2);
  sp_boot_run (&p, b, 99, 5, NULL, r5);
  assert_memory_equal (r1, r2, k * b * sizeof *r1);
  assert_memory_equal (r1, r5, k * b * sizeof *r1);
  /* Another seed gives other replicates.  */
  sp_boot_run (&p, b, 100, 2, NULL, r2);
  assert_true (memcmp (r1, r2, k * b * sizeof *r1) != 0);
  free (r1);
  free (r2);
  free (r5);
  free (x);
}

/* Strata keep their sizes: three rows (1, 0) in one stratum and two
   rows (0, 1) in another sum to (3, 2) in every resample.  */
static void
strata_keep_their_sizes (void **state)
{
  (void) state;
  double x[10] = { 1, 0, 1, 0, 1, 0, 0, 1, 0, 1 };
  size_t strata[3] = { 0, 3, 5 }, k = 2, b = 200;
  sp_boot_problem p = { .x = x, .n = 5, .k = k, .strata = strata,
                        .n_strata = 2, .statistic = identity, .arg = &k,
                        .m = k };
  double r[400];
  sp_boot_run (&p, b, 7, 2, NULL, r);
  for (size_t i = 0; i < b; i++)
    {
      assert_near (r[i], 3, 0);
      assert_near (r[b + i], 2, 0);
    }
}

/* The ordinary bootstrap of a total: x = 1 .. 50, total 1275.  The
   bootstrap distribution of the total has mean 1275 and sd sqrt(n
   sigma^2) with sigma^2 = (50^2 - 1) / 12 = 208.25 (the population
   variance), i.e. sqrt(10412.5) = 102.04.  With B = 20,000 the mean is
   within 5 (7 sd of 102 / sqrt(B)) and the sd within 3% (6 sd of
   1 / sqrt(2 B)).  */
static void
total_has_the_bootstrap_spread (void **state)
{
  (void) state;
  double x[50];
  for (int i = 0; i < 50; i++)
    x[i] = i + 1;
  size_t k = 1;
  sp_boot_problem p = { .x = x, .n = 50, .k = 1, .statistic = identity,
                        .arg = &k, .m = 1 };
  sp_boot_settings s = { 20000, 0.95, SP_CI_PERCENTILE, 5, 2, NULL };
  sp_boot_intervals r;
  sp_boot_intervals_compute (&p, &s, &r);
  assert_near (r.estimate[0], 1275, 0);
  assert_near (r.ci[0].bias, 0, 5);
  assert_near (r.ci[0].standard_error, 102.04, 0.03 * 102.04);
  /* Normal approximation for the 95% ends: 1275 -+ 1.96 x 102 = 1075
     and 1475; the bootstrap's are within 15 of those.  */
  assert_near (r.ci[0].lower, 1275 - 1.96 * 102.04, 15);
  assert_near (r.ci[0].upper, 1275 + 1.96 * 102.04, 15);
  sp_boot_intervals_free (&r);
}

/* The cohort of cohort.h.  Rows [planned before, planned after,
   emergency before, emergency after, cohort]:
     p1: a 1 -> 0 (x £10), b 2 -> 1 (x £100): [10, 0, 200, 100, 1]
     p2: a 2 -> 1, b 0 -> 0:                   [20, 10, 0, 0, 1]
     p3: a 3 -> 1, b 1 -> 0:                   [30, 10, 100, 0, 1]
   sums [60, 20, 300, 100, 3]: saving 360 - 120 = 240, rate 240 / 360,
   per participant 80, scaled to 9: 720; cost reductions 40 / 60 and
   200 / 300.  */
static void
savings_contributions_by_hand (void **state)
{
  (void) state;
  sp_test_cohort c;
  sp_test_cohort_init (&c, 0);
  double x[15];
  sp_savings_contributions (&c.usage, &c.costs, x);
  double want[15] = { 10, 0, 200, 100, 1, 20, 10, 0, 0, 1,
                      30, 10, 100, 0, 1 };
  for (int i = 0; i < 15; i++)
    assert_near (x[i], want[i], 0);

  double sums[5] = { 60, 20, 300, 100, 3 }, theta[SP_SAVINGS_N_FIGURES];
  double scale = 9;
  sp_savings_statistic (sums, theta, &scale);
  assert_near (theta[SP_SAVINGS_FIG_SAVING], 240, 1e-12);
  assert_near (theta[SP_SAVINGS_FIG_SAVING_RATE], 240.0 / 360.0, 1e-15);
  assert_near (theta[SP_SAVINGS_FIG_PER_PARTICIPANT], 80, 1e-12);
  assert_near (theta[SP_SAVINGS_FIG_SCALED], 720, 1e-12);
  assert_near (theta[SP_SAVINGS_FIG_COST_REDUCTION + SP_CATEGORY_PLANNED],
               40.0 / 60.0, 1e-15);
  assert_near (theta[SP_SAVINGS_FIG_COST_REDUCTION + SP_CATEGORY_EMERGENCY],
               200.0 / 300.0, 1e-15);
  /* A resample without baseline cost leaves ratios undefined (NaN).  */
  double none[5] = { 0, 5, 0, 5, 2 };
  sp_savings_statistic (none, theta, &scale);
  assert_true (isnan (theta[SP_SAVINGS_FIG_SAVING_RATE]));
  assert_near (theta[SP_SAVINGS_FIG_SAVING], -10, 0);

  /* The rollout helper: saving per participant x 9 people.  Three
     participants are fewer than five (issue 9): the estimate, no
     interval; the verdict says so.  */
  sp_boot_settings s = { 500, 0.95, SP_CI_PERCENTILE, 1, 1, NULL };
  sp_ci ci;
  sp_reliability rel;
  assert_int_equal (sp_savings_scaled_interval (&c.usage, &c.costs, 9, &s,
                                                &ci, &rel), 0);
  assert_near (ci.estimate, 720, 1e-9);
  assert_false (ci.defined);
  assert_true (ci.notes & SP_CI_NOTE_TOO_FEW);
  assert_true (rel.withheld && rel.low);
  assert_int_equal (rel.participants, 3);
  c.usage.n_participants = 0;
  assert_int_equal (sp_savings_scaled_interval (&c.usage, &c.costs, 9, &s,
                                                &ci, &rel), -1);
}

/* Two parts: usage ids A B C (one column), register ids C D A B E (one
   column).  Patterns: A, B, C in both (bits 0 and 1 = 3); D, E register
   only (bit 1 = 2).  Rows by pattern then first met: D E | A B C.
   A duplicated id within a part adds its rows.  */
static void
design_merges_participants (void **state)
{
  (void) state;
  char *uids[3] = { "A", "B", "C" };
  double ux[3] = { 1, 2, 3 };
  char *rids[6] = { "C", "D", "A", "B", "E", "D" };
  double rx[6] = { 30, 40, 10, 20, 50, 5 };
  sp_boot_part parts[2] = { { 3, uids, 1, ux }, { 6, rids, 1, rx } };
  sp_boot_design d;
  sp_boot_design_build (parts, 2, &d);
  assert_int_equal (d.n, 5);
  assert_int_equal (d.k, 2);
  assert_int_equal (d.col[1], 1);
  assert_int_equal (d.n_strata, 2);
  assert_int_equal (d.strata[0], 0);
  assert_int_equal (d.strata[1], 2);
  assert_int_equal (d.strata[2], 5);
  const char *order[5] = { "D", "E", "A", "B", "C" };
  for (int i = 0; i < 5; i++)
    assert_string_equal (d.ids[i], order[i]);
  /* Each stratum stores its own parts' columns: D, E only the register
     column (45 = 40 + 5, 50); A, B, C both, side by side.  */
  assert_int_equal (d.blocks[0].width, 1);
  assert_int_equal (d.blocks[0].n_spans, 1);
  assert_int_equal (d.blocks[0].spans[0].col, 1);
  assert_near (d.blocks[0].x[0], 45, 0);
  assert_near (d.blocks[0].x[1], 50, 0);
  assert_int_equal (d.blocks[1].width, 2);
  assert_int_equal (d.blocks[1].spans[0].col, 0);
  assert_int_equal (d.blocks[1].spans[0].width, 2);
  double want[6] = { 1, 10, 2, 20, 3, 30 };
  for (int i = 0; i < 6; i++)
    assert_near (d.blocks[1].x[i], want[i], 0);
  size_t rows[5];
  assert_int_equal (sp_boot_design_rows (&d, 0, rows), 3);
  assert_int_equal (rows[0], 2);
  assert_int_equal (sp_boot_design_rows (&d, 1, rows), 5);
  sp_boot_design_free (&d);
}

/* The figures of a design stored in blocks are the same bits as those of
   the dense matrix: estimate, every replicate, every leave-one-out value.
   Usage ids A B C with [v, 1] (the 1 the same small integer in every
   row: not stored, added as n_h x 1), register C D A B E.  Dense rows in
   design order (D E | A B C):
     D [0, 0, 40]  E [0, 0, 50]  A [1.5, 1, 10]  B [2, 1, 20]
     C [3.25, 1, 30]
   Block 0 (D, E): the register column only.  Block 1 (A, B, C): columns
   0 and 2 stored as two spans, column 1 fixed at 1.  */
static void
blocks_give_the_dense_figures (void **state)
{
  (void) state;
  char *uids[3] = { "A", "B", "C" };
  double ux[6] = { 1.5, 1, 2, 1, 3.25, 1 };
  char *rids[5] = { "C", "D", "A", "B", "E" };
  double rx[5] = { 30, 40, 10, 20, 50 };
  sp_boot_part parts[2] = { { 3, uids, 2, ux }, { 5, rids, 1, rx } };
  sp_boot_design d;
  sp_boot_design_build (parts, 2, &d);
  assert_int_equal (d.n_strata, 2);
  assert_int_equal (d.blocks[0].width, 1);
  assert_int_equal (d.blocks[0].n_fixed, 0);
  assert_int_equal (d.blocks[1].width, 2);
  assert_int_equal (d.blocks[1].n_spans, 2);
  assert_int_equal (d.blocks[1].spans[0].col, 0);
  assert_int_equal (d.blocks[1].spans[1].col, 2);
  assert_int_equal (d.blocks[1].n_fixed, 1);
  assert_int_equal (d.blocks[1].fixed[0].col, 1);
  assert_near (d.blocks[1].fixed[0].value, 1, 0);

  double dense[15] = { 0, 0, 40, 0, 0, 50, 1.5, 1, 10, 2, 1, 20,
                       3.25, 1, 30 };
  size_t k = 3, b = 640;
  sp_boot_problem blocked = sp_boot_design_problem (&d, identity, &k, k);
  sp_boot_problem plain = { .x = dense, .n = 5, .k = k, .strata = d.strata,
                            .n_strata = d.n_strata, .statistic = identity,
                            .arg = &k, .m = k };
  double s1[3], s2[3], t1[3], t2[3];
  sp_boot_estimate (&blocked, s1, t1);
  sp_boot_estimate (&plain, s2, t2);
  assert_memory_equal (t1, t2, sizeof t1);
  assert_near (t1[0], 6.75, 0);
  assert_near (t1[1], 3, 0);
  assert_near (t1[2], 150, 0);
  double *r1 = malloc (k * b * sizeof *r1), *r2 = malloc (k * b * sizeof *r2);
  sp_boot_run (&blocked, b, 3, 2, NULL, r1);
  sp_boot_run (&plain, b, 3, 1, NULL, r2);
  assert_memory_equal (r1, r2, k * b * sizeof *r1);
  /* The fixed column: three rows of 1 in every resample.  */
  for (size_t i = 0; i < b; i++)
    assert_near (r1[b + i], 3, 0);
  double l1[15], l2[15];
  sp_jack_loo (&blocked, s1, l1);
  sp_jack_loo (&plain, s2, l2);
  assert_memory_equal (l1, l2, sizeof l1);
  free (r1);
  free (r2);
  sp_boot_design_free (&d);
}

static void
ratio_statistic (const double *sums, double *theta, const void *arg)
{
  (void) arg;
  theta[0] = sums[0] / sums[1];
}

/* Linearised standard errors of the data, by hand.
   A total of 1, 2, 3, 4, 10 (mean 4): 5/4 x (9 + 4 + 1 + 0 + 36) = 62.5.
   Two strata, 1 2 3 (mean 2, squares 2) and 10 20 (mean 15, squares
   50): 3/2 x 2 + 2/1 x 50 = 103.
   The ratio sum a / sum b of (1, 2), (2, 2), (3, 5), (0, 1): R = 6 / 10,
   l_i = (a_i - R b_i) / 10 = -0.02, 0.08, 0, -0.06; 4/3 x 0.0104. */
static void
standard_errors_by_hand (void **state)
{
  (void) state;
  double x[5] = { 1, 2, 3, 4, 10 }, sums[2], theta[2], se[2];
  size_t k = 1;
  sp_boot_problem p = { .x = x, .n = 5, .k = 1, .statistic = identity,
                        .arg = &k, .m = 1 };
  sp_boot_estimate (&p, sums, theta);
  sp_boot_standard_errors (&p, sums, theta, se);
  assert_near (se[0], sqrt (62.5), 1e-9);
  double y[5] = { 1, 2, 3, 10, 20 };
  size_t strata[3] = { 0, 3, 5 };
  p.x = y;
  p.strata = strata;
  p.n_strata = 2;
  sp_boot_estimate (&p, sums, theta);
  sp_boot_standard_errors (&p, sums, theta, se);
  assert_near (se[0], sqrt (103.0), 1e-9);
  double ab[8] = { 1, 2, 2, 2, 3, 5, 0, 1 };
  sp_boot_problem r = { .x = ab, .n = 4, .k = 2,
                        .statistic = ratio_statistic, .m = 1 };
  sp_boot_estimate (&r, sums, theta);
  assert_near (theta[0], 0.6, 1e-15);
  sp_boot_standard_errors (&r, sums, theta, se);
  assert_near (se[0], sqrt (4.0 / 3.0 * 0.0104), 1e-9);
  /* A window that leaves out the denominator drops its term: only
     (a_i - mean a) / 10 = -0.05, 0.05, 0.15, -0.15: 4/3 x 0.05.  */
  sp_boot_span win = { 0, 1 };
  r.windows = &win;
  sp_boot_standard_errors (&r, sums, theta, se);
  assert_near (se[0], sqrt (4.0 / 3.0 * 0.05), 1e-9);
}

/* Columns [x, x^2] (and, for a wide stratum, eight more): the identity
   statistic's figure 0 is sum x over the resample's rows and figure 1
   sum x^2, so the resample's own standard error of figure 0 must be
   sqrt (n / (n - 1) (sum x^2 - (sum x)^2 / n)), whichever way the
   rows were summed: gathered, counted with moments (two columns) or
   counted and replayed (ten).  Counting adds the same rows in another
   order: the replicates agree with the gathered ones to rounding.  */
static void
resample_standard_errors_are_their_own (void **state)
{
  (void) state;
  size_t n = 700, b = 300;
  for (size_t k = 2; k <= 10; k += 8)
    {
      double *x = calloc (n * k, sizeof *x);
      for (size_t i = 0; i < n; i++)
        {
          double v = (double) ((i * 7919) % 1013) / 7.0 + (i % 5 == 0) * 90;
          x[i * k] = v;
          x[i * k + 1] = v * v;
          for (size_t c = 2; c < k; c++)
            x[i * k + c] = (double) ((i + c) % 3);
        }
      sp_boot_problem p = { .x = x, .n = n, .k = k, .statistic = identity,
                            .arg = &k, .m = k };
      double *r[3], *se[3];
      for (int mode = 0; mode < 3; mode++)
        {
          r[mode] = malloc (k * b * sizeof **r);
          se[mode] = malloc (k * b * sizeof **se);
          /* 0: gathered; 1: counted; 2: counted on two threads.  */
          p.count_from = mode ? 2 : 0;
          sp_boot_run_se (&p, b, 17, mode == 2 ? 2 : 1, NULL, r[mode],
                          se[mode]);
        }
      assert_memory_equal (r[1], r[2], k * b * sizeof *r[1]);
      assert_memory_equal (se[1], se[2], k * b * sizeof *se[1]);
      for (int mode = 0; mode < 2; mode++)
        for (size_t i = 0; i < b; i++)
          {
            double s1 = r[mode][i], s2 = r[mode][b + i];
            double want = sqrt ((double) n / (n - 1)
                                * (s2 - s1 * s1 / (double) n));
            assert_near (se[mode][i], want, 1e-9 * want);
            assert_near (r[1][i], r[0][i], 1e-12 * r[0][i]);
          }
      for (int mode = 0; mode < 3; mode++)
        {
          free (r[mode]);
          free (se[mode]);
        }
      free (x);
    }
}

/* Without standard errors, the counted strata of several resamples are
   summed together, tile by tile over their rows (the batched pass);
   with them, one resample at a time.  Both must add the same numbers in
   the same order: the replicates are the same bits.  Three strata that
   share all their columns (so the order of their contributions shows):
   1,503 rows counted (not a multiple of the four partial sums, and
   several tiles), 40 gathered, 1,000 counted; four columns and ten; 150
   resamples (not a multiple of the batch or of the block); one and two
   threads.  The gathered run of the same problem agrees to rounding.  */
static void
batched_counts_are_the_resamples_own (void **state)
{
  (void) state;
  /* Four columns (the unrolled pass) and ten (the pass for any width).  */
  for (size_t k = 4; k <= 10; k += 6)
    {
      size_t b = 150;
      size_t strata[] = { 0, 1503, 1543, 2543 };
      size_t n = strata[3];
      double *x = calloc (n * k, sizeof *x);
      for (size_t i = 0; i < n; i++)
        for (size_t c = 0; c < k; c++)
          x[i * k + c] = (double) ((i * 7919 + c * 104729) % 1013) / 7.0
                         - (c == 3 ? 50.0 : 0.0);
      sp_boot_problem p = { .x = x, .n = n, .k = k, .strata = strata,
                            .n_strata = 3, .statistic = identity, .arg = &k,
                            .m = k, .count_from = 1000 };
      double *batched = malloc (k * b * sizeof *batched);
      double *batched2 = malloc (k * b * sizeof *batched2);
      double *single = malloc (k * b * sizeof *single);
      double *se = malloc (k * b * sizeof *se);
      double *gathered = malloc (k * b * sizeof *gathered);
      sp_boot_run (&p, b, 99, 1, NULL, batched);
      sp_boot_run (&p, b, 99, 2, NULL, batched2);
      sp_boot_run_se (&p, b, 99, 1, NULL, single, se);
      assert_memory_equal (batched, single, k * b * sizeof *batched);
      assert_memory_equal (batched, batched2, k * b * sizeof *batched);
      p.count_from = n + 1;
      sp_boot_run (&p, b, 99, 1, NULL, gathered);
      for (size_t i = 0; i < k * b; i++)
        assert_near (batched[i], gathered[i],
                     1e-12 * fabs (gathered[i]) + 1e-9);
      /* And the resamples differ from one another (the batch does not
         repeat one resample's counts).  */
      for (size_t i = 1; i < b; i++)
        assert_true (batched[i] != batched[i - 1]);
      free (batched);
      free (batched2);
      free (single);
      free (se);
      free (gathered);
      free (x);
    }
}

/* A row drawn 300 times: its byte wraps once (300 = 256 + 44), and the
   wrap is listed so its weight stays exact.  */
static void
counts_wrap_exactly (void **state)
{
  (void) state;
  uint8_t low[3] = { 0 };
  uint32_t wrapped[2];
  sp_boot_counts c = { low, wrapped, 0, 2 };
  for (int i = 0; i < 300; i++)
    sp_boot_count (&c, 1);
  sp_boot_count (&c, 2);
  assert_int_equal (low[0], 0);
  assert_int_equal (low[1], 44);
  assert_int_equal (low[2], 1);
  assert_int_equal (c.n_wrapped, 1);
  assert_int_equal (wrapped[0], 1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (bounds),
    cmocka_unit_test (draws_are_uniform_and_independent),
    cmocka_unit_test (block_seeds_differ),
    cmocka_unit_test (threads_do_not_change_replicates),
    cmocka_unit_test (strata_keep_their_sizes),
    cmocka_unit_test (total_has_the_bootstrap_spread),
    cmocka_unit_test (savings_contributions_by_hand),
    cmocka_unit_test (design_merges_participants),
    cmocka_unit_test (blocks_give_the_dense_figures),
    cmocka_unit_test (standard_errors_by_hand),
    cmocka_unit_test (counts_wrap_exactly),
    cmocka_unit_test (batched_counts_are_the_resamples_own),
    cmocka_unit_test (resample_standard_errors_are_their_own),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
