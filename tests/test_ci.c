/* test_ci.c -- intervals, jackknife acceleration and influence on tiny
   cases worked by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "ci.h"
#include "jackknife.h"

/* Five replicates 3 1 4 1 5, sorted 1 1 3 4 5, estimate 3, level 0.5:
   alpha = 0.25; GSL's quantile at (B - 1) p: Q(0.25) = x[1] = 1,
   Q(0.75) = x[3] = 4.
     percentile [1, 4]
     basic      [2 x 3 - 4, 2 x 3 - 1] = [2, 5]
   mean 14 / 5 = 2.8, bias 2.8 - 3 = -0.2; squared deviations 3.24 3.24
   0.04 1.44 4.84 sum to 12.8, / 4 = 3.2, se = sqrt 3.2.
   (B + 1) p = 1.5 and 4.5 lie in (1, 5): no note.  */
static void
percentile_and_basic (void **state)
{
  (void) state;
  double r[5] = { 3, 1, 4, 1, 5 };
  sp_ci ci;
  sp_ci_compute (r, 5, 3.0, 0.5, SP_CI_PERCENTILE, 0, 0.0, &ci);
  assert_true (ci.defined);
  assert_near (ci.lower, 1.0, 1e-12);
  assert_near (ci.upper, 4.0, 1e-12);
  assert_near (ci.bias, -0.2, 1e-12);
  assert_true (ci.se_defined);
  assert_near (ci.standard_error, sqrt (3.2), 1e-12);
  assert_int_equal (ci.notes, 0);
  assert_int_equal (ci.used, 5);
  assert_int_equal (ci.method, SP_CI_PERCENTILE);

  double s[5] = { 3, 1, 4, 1, 5 };
  sp_ci_compute (s, 5, 3.0, 0.5, SP_CI_BASIC, 0, 0.0, &ci);
  assert_near (ci.lower, 2.0, 1e-12);
  assert_near (ci.upper, 5.0, 1e-12);
  assert_int_equal (ci.method, SP_CI_BASIC);
}

/* Replicates 1 .. 100, acceleration a = 0.1, level 0.9: z_0.05 =
   -1.6448536, z_0.95 = 1.6448536.
   Estimate 50.5: 50 replicates below, z0 = Phi^-1(0.5) = 0;
     a1 = Phi(-1.6448536 / (1 - 0.1 x -1.6448536)) = Phi(-1.6448536 /
          1.1644854) = Phi(-1.4125155) = 0.0788991
     a2 = Phi(1.6448536 / 0.8355146) = Phi(1.9686712) = 0.9755046
     ends x at 99 p: 1 + 99 x 0.0788991 = 8.8110124,
                     1 + 99 x 0.9755046 = 97.5749526
   Estimate 30.5: 30 below, z0 = Phi^-1(0.3) = -0.5244005;
     a1 = Phi(z0 + -2.1692541 / 1.2169254) = 0.0105282
     a2 = Phi(z0 + 1.1204531 / 0.8879547) = 0.7695712
     ends 1 + 99 a1 = 2.0422963, 1 + 99 a2 = 77.1875481
   (Phi, Phi^-1 from SciPy's norm.cdf, norm.ppf.)  */
static void
bca_by_hand (void **state)
{
  (void) state;
  double r[100];
  for (int i = 0; i < 100; i++)
    r[99 - i] = i + 1;   /* any order: the function sorts */
  sp_ci ci;
  sp_ci_compute (r, 100, 50.5, 0.9, SP_CI_BCA, 1, 0.1, &ci);
  assert_true (ci.defined && ci.bca_defined);
  assert_int_equal (ci.method, SP_CI_BCA);
  assert_near (ci.z0, 0.0, 1e-12);
  assert_near (ci.lower, 8.8110124, 1e-6);
  assert_near (ci.upper, 97.5749526, 1e-6);
  assert_int_equal (ci.notes, 0);

  for (int i = 0; i < 100; i++)
    r[i] = i + 1;
  sp_ci_compute (r, 100, 30.5, 0.9, SP_CI_BCA, 1, 0.1, &ci);
  assert_near (ci.z0, -0.5244005, 1e-6);
  assert_near (ci.lower, 2.0422963, 1e-6);
  assert_near (ci.upper, 77.1875481, 1e-6);

  /* With a = 0 and z0 = 0, BCa is the percentile interval:
     Q(0.05) = 1 + 99 x 0.05 = 5.95, Q(0.95) = 95.05.  */
  for (int i = 0; i < 100; i++)
    r[i] = i + 1;
  sp_ci_compute (r, 100, 50.5, 0.9, SP_CI_BCA, 1, 0.0, &ci);
  assert_near (ci.lower, 5.95, 1e-9);
  assert_near (ci.upper, 95.05, 1e-9);
}

/* Ties: replicates equal to the estimate do not count as below it
   (R's boot.ci convention).  1 2 2 2 3 with estimate 2: one below,
   z0 = Phi^-1(1/5) = -0.8416212.  */
static void
bca_ties_count_strictly_below (void **state)
{
  (void) state;
  double r[5] = { 2, 3, 2, 1, 2 };
  sp_ci ci;
  sp_ci_compute (r, 5, 2.0, 0.5, SP_CI_BCA, 1, 0.0, &ci);
  assert_true (ci.bca_defined);
  assert_near (ci.z0, -0.8416212, 1e-6);
}

/* Degenerate cases never give NaN.  */
static void
degenerate_cases (void **state)
{
  (void) state;
  sp_ci ci;

  /* Every resample the same: the interval is the estimate.  */
  double c[4] = { 7, 7, 7, 7 };
  sp_ci_compute (c, 4, 7.0, 0.95, SP_CI_BCA, 0, 0.0, &ci);
  assert_true (ci.defined);
  assert_near (ci.lower, 7.0, 0);
  assert_near (ci.upper, 7.0, 0);
  assert_near (ci.standard_error, 0.0, 0);
  assert_true (ci.notes & SP_CI_NOTE_CONSTANT);

  /* All replicates above the estimate: z0 = Phi^-1(0) is infinite, so
     BCa falls back to the percentile interval, said in a note.  Levels
     0.5: Q(0.25) of 2 3 4 5 = 2.75, Q(0.75) = 4.25.  */
  double up[4] = { 2, 3, 4, 5 };
  sp_ci_compute (up, 4, 1.0, 0.5, SP_CI_BCA, 1, 0.0, &ci);
  assert_true (ci.notes & SP_CI_NOTE_BCA_FALLBACK);
  assert_int_equal (ci.method, SP_CI_PERCENTILE);
  assert_int_equal (ci.requested, SP_CI_BCA);
  assert_near (ci.lower, 2.75, 1e-12);
  assert_near (ci.upper, 4.25, 1e-12);

  /* No acceleration (jackknife undefined): fallback too.  */
  double v[4] = { 1, 2, 3, 4 };
  sp_ci_compute (v, 4, 2.5, 0.5, SP_CI_BCA, 0, 0.0, &ci);
  assert_true (ci.notes & SP_CI_NOTE_BCA_FALLBACK);

  /* Undefined resamples are dropped and counted: 1 NaN 3 NaN 5 keeps
     1 3 5; Q(0.25) = 2, Q(0.75) = 4.  */
  double u[5] = { 1, NAN, 3, NAN, 5 };
  sp_ci_compute (u, 5, 3.0, 0.5, SP_CI_PERCENTILE, 0, 0.0, &ci);
  assert_int_equal (ci.used, 3);
  assert_true (ci.notes & SP_CI_NOTE_UNDEFINED);
  assert_near (ci.lower, 2.0, 1e-12);
  assert_near (ci.upper, 4.0, 1e-12);

  /* Too few resamples for 95%: (10 + 1) x 0.025 < 1.  */
  double f[10] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
  sp_ci_compute (f, 10, 5.0, 0.95, SP_CI_PERCENTILE, 0, 0.0, &ci);
  assert_true (ci.notes & SP_CI_NOTE_FEW_RESAMPLES);
  assert_true (ci.defined);

  /* An undefined estimate has no interval.  */
  double g[3] = { 1, 2, 3 };
  sp_ci_compute (g, 3, NAN, 0.95, SP_CI_PERCENTILE, 0, 0.0, &ci);
  assert_false (ci.defined);
  assert_true (ci.notes & SP_CI_NOTE_NO_ESTIMATE);
}

/* Leave-one-out values 1 2 6 (one stratum): mean 3, U = 2 x (2, 1, -3)
   = (4, 2, -6); sum U^2 = 16 + 4 + 36 = 56, sum U^3 = 64 + 8 - 216 =
   -144; a = -144 / (6 x 56^1.5) = -0.0572703.  The usual formula on
   d = mean - loo = (2, 1, -3): sum d^3 = -18, sum d^2 = 14,
   -18 / (6 x 14^1.5) = -0.0572703, the same.
   With a second stratum 10 14: mean 12, U = 1 x (2, -2); sum U^2 =
   56 + 8 = 64, sum U^3 = -144 + 8 - 8 = -144; a = -144 / (6 x 512) =
   -0.046875.  */
static void
jackknife_acceleration_by_hand (void **state)
{
  (void) state;
  double loo[5] = { 1, 2, 6, 10, 14 }, u[5], a;
  assert_int_equal (sp_jack_influence_values (loo, 3, NULL, 0, u), 0);
  assert_near (u[0], 4, 1e-12);
  assert_near (u[1], 2, 1e-12);
  assert_near (u[2], -6, 1e-12);
  assert_int_equal (sp_jack_acceleration (u, 3, &a), 0);
  assert_near (a, -144.0 / (6.0 * pow (56.0, 1.5)), 1e-15);
  assert_near (a, -18.0 / (6.0 * pow (14.0, 1.5)), 1e-15);
  assert_near (a, -0.0572703, 1e-7);

  size_t strata[3] = { 0, 3, 5 };
  assert_int_equal (sp_jack_influence_values (loo, 5, strata, 2, u), 0);
  assert_near (u[3], 2, 1e-12);
  assert_near (u[4], -2, 1e-12);
  assert_int_equal (sp_jack_acceleration (u, 5, &a), 0);
  assert_near (a, -0.046875, 1e-15);

  /* All alike: no acceleration.  */
  double same[3] = { 4, 4, 4 };
  assert_int_equal (sp_jack_influence_values (same, 3, NULL, 0, u), 0);
  assert_int_equal (sp_jack_acceleration (u, 3, &a), -1);
  /* An undefined leave-one-out value.  */
  double bad[3] = { 4, NAN, 4 };
  assert_int_equal (sp_jack_influence_values (bad, 3, NULL, 0, u), -1);
}

static void
sum_statistic (const double *sums, double *theta, const void *arg)
{
  (void) arg;
  theta[0] = sums[0];
}

/* Contributions 1 2 6 to a total of 9: leaving each out gives 8, 7, 3;
   influences 9 - loo = 1, 2, 6, largest first 6 2 1; the top 1 carries
   6 / 9, the top 2 8 / 9; no top 5 of three; leave-one-out range
   [3, 8].  */
static void
influence_of_a_total (void **state)
{
  (void) state;
  double x[3] = { 1, 2, 6 }, total = 9, loo[3];
  sp_boot_problem p = { .x = x, .n = 3, .k = 1, .statistic = sum_statistic,
                        .m = 1 };
  sp_jack_loo (&p, &total, loo);
  assert_near (loo[0], 8, 0);
  assert_near (loo[1], 7, 0);
  assert_near (loo[2], 3, 0);
  sp_influence inf;
  sp_jack_influence (loo, NULL, 3, 9.0, &inf);
  assert_true (inf.defined);
  assert_near (inf.influence[0], 6, 0);
  assert_near (inf.influence[1], 2, 0);
  assert_near (inf.influence[2], 1, 0);
  assert_int_equal (inf.row[0], 2);
  assert_int_equal (inf.row[2], 0);
  assert_true (inf.share_defined[0] && inf.share_defined[1]);
  assert_false (inf.share_defined[2]);
  assert_near (inf.share[0], 6.0 / 9.0, 1e-15);
  assert_near (inf.share[1], 8.0 / 9.0, 1e-15);
  assert_near (inf.loo_min, 3, 0);
  assert_near (inf.loo_max, 8, 0);
  sp_influence_free (&inf);

  /* Over a subset of rows (2 and 0): influences 6 and 1.  */
  size_t rows[2] = { 2, 0 };
  sp_jack_influence (loo, rows, 2, 9.0, &inf);
  assert_int_equal (inf.n, 2);
  assert_near (inf.influence[1], 1, 0);
  assert_near (inf.loo_min, 3, 0);
  assert_near (inf.loo_max, 8, 0);
  sp_influence_free (&inf);
}

/* Values 0 1 2 3 4 in 2 bins: edges 0 2 4; [0, 2) holds 0 and 1, the
   last bin [2, 4] holds 2, 3 and 4.  Constant values: one full bin.  */
static void
histogram_bins (void **state)
{
  (void) state;
  double v[5] = { 0, 1, 2, 3, 4 }, edges[3], counts[2];
  sp_ci_histogram (v, 5, 2, edges, counts);
  assert_near (edges[0], 0, 0);
  assert_near (edges[1], 2, 0);
  assert_near (edges[2], 4, 0);
  assert_near (counts[0], 2, 0);
  assert_near (counts[1], 3, 0);
  double c[3] = { 5, 5, 5 };
  sp_ci_histogram (c, 3, 2, edges, counts);
  assert_near (edges[0], 5, 0);
  assert_near (edges[2], 5, 0);
  assert_near (counts[0], 3, 0);
  assert_near (counts[1], 0, 0);
}

static void
method_names (void **state)
{
  (void) state;
  sp_ci_method m;
  assert_int_equal (sp_ci_method_parse ("bca", &m), 0);
  assert_int_equal (m, SP_CI_BCA);
  assert_int_equal (sp_ci_method_parse ("basic", &m), 0);
  assert_int_equal (m, SP_CI_BASIC);
  assert_int_equal (sp_ci_method_parse ("BCa", &m), -1);
  assert_string_equal (sp_ci_method_name (SP_CI_PERCENTILE), "percentile");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (percentile_and_basic),
    cmocka_unit_test (bca_by_hand),
    cmocka_unit_test (bca_ties_count_strictly_below),
    cmocka_unit_test (degenerate_cases),
    cmocka_unit_test (jackknife_acceleration_by_hand),
    cmocka_unit_test (influence_of_a_total),
    cmocka_unit_test (histogram_bins),
    cmocka_unit_test (method_names),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
