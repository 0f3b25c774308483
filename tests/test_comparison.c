/* test_comparison.c -- savings against a comparison group: the cohort
   figures, difference in differences and the baseline-adjusted (ANCOVA)
   estimate against values computed by hand, and against a least-squares
   solution computed here independently (normal equations, Gaussian
   elimination in long double) on generated data; the bootstrap
   statistic against the same figures.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "cohort.h"
#include "ols3.h"
#include "sptest.h"

#include "bootstrap.h"
#include "comparison.h"

/* |A - B| <= 1e-9 x max(1, |B|).  */
#define assert_rel(a, b) assert_near ((a), (b), 1e-9 * fmax (1.0, fabs (b)))

/* The small example, worked by hand.
     programme  b1 = 10, 20, 30   a1 = 4, 10, 13
     comparison b0 =  5, 10, 15   a0 = 4,  7, 10
   Programme: baseline 60, after 27, means 20 and 9.  Comparison:
   baseline 30, after 21, change 9, rate 9/30 = 0.3, means 10 and 7.
   Baseline difference 20 - 10 = 10, rate 10/10 = 1.
   DiD per participant (20 - 9) - (10 - 7) = 8; saving 8 x 3 = 24; rate
   24/60 = 0.4.
   ANCOVA: deviations from the group means, programme b -10 0 10, a -5 1
   4: Sbb 200, Sab 50 + 0 + 40 = 90; comparison b -5 0 5, a -3 0 3: Sbb
   50, Sab 30.  beta = 120 / 250 = 0.48; gamma = (9 - 7) - 0.48 x (20 -
   10) = -2.8: per participant 2.8, saving 8.4, rate 8.4/60 = 0.14;
   intercept 7 - 0.48 x 10 = 2.2.  */
static const double b1[] = { 10, 20, 30 }, a1[] = { 4, 10, 13 };
static const double b0[] = { 5, 10, 15 }, a0[] = { 4, 7, 10 };

static void
by_hand (void **state)
{
  (void) state;
  sp_comparison_group prog = { b1, a1, 3, 2 }, cmp = { b0, a0, 3, 1 };
  sp_comparison r;
  sp_comparison_compute (&prog, &cmp, &r);
  assert_int_equal (r.comparison.participants, 3);
  assert_int_equal (r.comparison.excluded_participants, 1);
  assert_int_equal (r.programme.excluded_participants, 2);
  assert_rel (r.comparison.baseline_cost, 30.0);
  assert_rel (r.comparison.after_cost, 21.0);
  assert_rel (r.comparison.change, 9.0);
  assert_true (r.comparison.change_rate_defined);
  assert_rel (r.comparison.change_rate, 0.3);
  assert_rel (r.comparison.mean_baseline_cost, 10.0);
  assert_rel (r.comparison.mean_after_cost, 7.0);
  assert_rel (r.programme.mean_after_cost, 9.0);
  assert_true (r.baseline_difference_defined);
  assert_rel (r.baseline_difference, 10.0);
  assert_rel (r.baseline_difference_rate, 1.0);

  assert_true (r.did.defined);
  assert_rel (r.did.per_participant, 8.0);
  assert_rel (r.did.saving, 24.0);
  assert_rel (r.did.saving_rate, 0.4);

  assert_true (r.adjusted.defined);
  assert_int_equal (r.adjusted.observations, 6);
  assert_rel (r.adjusted.baseline_coefficient, 0.48);
  assert_rel (r.adjusted.per_participant, 2.8);
  assert_rel (r.adjusted.saving, 8.4);
  assert_rel (r.adjusted.saving_rate, 0.14);
  assert_rel (r.adjusted.intercept, 2.2);
}

/* Each participant's cost of cohort.h: p1 1 x 10 + 2 x 100 = 210 before,
   1 x 100 = 100 after; p2 20 and 10; p3 30 + 100 = 130 and 10.  */
static void
participant_costs (void **state)
{
  (void) state;
  sp_test_cohort c;
  sp_test_cohort_init (&c, 0);
  double before[3], after[3];
  sp_comparison_costs (&c.usage, &c.costs, before, after);
  assert_rel (before[0], 210.0);
  assert_rel (after[0], 100.0);
  assert_rel (before[1], 20.0);
  assert_rel (after[1], 10.0);
  assert_rel (before[2], 130.0);
  assert_rel (after[2], 10.0);
}

/* Generated costs: a group of N selected at high use, whose costs fall
   by FALL, plus noise.  */
static void
generate (gsl_rng *rng, size_t n, double level, double fall, double *b,
          double *a)
{
  for (size_t i = 0; i < n; i++)
    {
      b[i] = level * gsl_ran_gamma (rng, 2.0, 0.5);
      a[i] = fmax (0.0, 0.4 * level + 0.5 * b[i] - fall
                          + gsl_ran_gaussian (rng, 0.1 * level));
    }
}

/* On generated groups of different sizes, means and falls: every
   figure against sums and the normal equations computed here.  */
static void
independent (void **state)
{
  (void) state;
  gsl_rng *rng = gsl_rng_alloc (gsl_rng_mt19937);
  gsl_rng_set (rng, 4242);
  const size_t sizes[][2] = { { 37, 53 }, { 200, 11 }, { 5, 400 } };
  for (size_t t = 0; t < 3; t++)
    {
      size_t n1 = sizes[t][0], n0 = sizes[t][1];
      double *pb = calloc (n1, sizeof *pb), *pa = calloc (n1, sizeof *pa);
      double *cb = calloc (n0, sizeof *cb), *ca = calloc (n0, sizeof *ca);
      generate (rng, n1, 9000.0, 1500.0, pb, pa);
      generate (rng, n0, 6000.0 + 1000.0 * (double) t, 300.0, cb, ca);

      sp_test_ols3 ols = { { { 0 } }, { 0 } };
      long double sb[2] = { 0 }, sa[2] = { 0 };
      for (size_t i = 0; i < n1 + n0; i++)
        {
          int prog = i < n1;
          double b = prog ? pb[i] : cb[i - n1], a = prog ? pa[i] : ca[i - n1];
          sp_test_ols3_add (&ols, b, prog ? 1.0 : 0.0, a);
          sb[prog ? 0 : 1] += b;
          sa[prog ? 0 : 1] += a;
        }
      long double coef[3];
      sp_test_ols3_solve (&ols, coef);
      double did = (double) ((sb[0] - sa[0]) / n1 - (sb[1] - sa[1]) / n0);

      sp_comparison_group prog = { pb, pa, n1, 0 }, cmp = { cb, ca, n0, 4 };
      sp_comparison r;
      sp_comparison_compute (&prog, &cmp, &r);
      assert_rel (r.comparison.baseline_cost, (double) sb[1]);
      assert_rel (r.comparison.after_cost, (double) sa[1]);
      assert_rel (r.comparison.change, (double) (sb[1] - sa[1]));
      assert_rel (r.comparison.change_rate,
                  (double) ((sb[1] - sa[1]) / sb[1]));
      assert_rel (r.did.per_participant, did);
      assert_rel (r.did.saving, did * (double) n1);
      assert_rel (r.did.saving_rate, did * (double) n1 / (double) sb[0]);
      assert_true (r.adjusted.defined);
      assert_rel (r.adjusted.baseline_coefficient, (double) coef[1]);
      assert_rel (r.adjusted.intercept, (double) coef[0]);
      assert_rel (r.adjusted.per_participant, (double) -coef[2]);
      assert_rel (r.adjusted.saving, (double) (-coef[2] * n1));
      assert_rel (r.adjusted.saving_rate,
                  (double) (-coef[2] * n1 / sb[0]));

      /* The bootstrap statistic on the full sums gives the same.  */
      double s_b[2], s_a[2];
      sp_comparison_shifts (&prog, &s_b[0], &s_a[0]);
      sp_comparison_shifts (&cmp, &s_b[1], &s_a[1]);
      const size_t w = SP_COMPARISON_CONTRIB_WIDTH;
      double *xp = calloc (n1 * w, sizeof *xp), *xc = calloc (n0 * w,
                                                               sizeof *xc);
      sp_comparison_contributions (&prog, s_b[0], s_a[0], xp);
      sp_comparison_contributions (&cmp, s_b[1], s_a[1], xc);
      /* Sums laid out as a design would: comparison columns first.  */
      double sums[2 * SP_COMPARISON_CONTRIB_WIDTH] = { 0 };
      for (size_t i = 0; i < n1; i++)
        for (size_t k = 0; k < w; k++)
          sums[w + k] += xp[i * w + k];
      for (size_t i = 0; i < n0; i++)
        for (size_t k = 0; k < w; k++)
          sums[k] += xc[i * w + k];
      sp_comparison_boot arg = { { w, 0 }, { s_b[0], s_b[1] },
                                 { s_a[0], s_a[1] }, 2 * w };
      double theta[SP_COMPARISON_N_FIGURES];
      sp_comparison_statistic (sums, theta, &arg);
      assert_rel (theta[SP_COMPARISON_FIG_DID_SAVING], r.did.saving);
      assert_rel (theta[SP_COMPARISON_FIG_DID_PER_PARTICIPANT],
                  r.did.per_participant);
      assert_rel (theta[SP_COMPARISON_FIG_DID_SAVING_RATE],
                  r.did.saving_rate);
      assert_rel (theta[SP_COMPARISON_FIG_ADJUSTED_SAVING],
                  r.adjusted.saving);
      assert_rel (theta[SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT],
                  r.adjusted.per_participant);
      assert_rel (theta[SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE],
                  r.adjusted.saving_rate);

      /* The analytic gradient against central differences (bootstrap.h),
         at the full sums and at a resample-like perturbation of them.  */
      double scale[2 * SP_COMPARISON_CONTRIB_WIDTH];
      for (size_t k = 0; k < 2 * w; k++)
        scale[k] = 0.0;
      for (size_t i = 0; i < n1; i++)
        for (size_t k = 0; k < w; k++)
          scale[w + k] += fabs (xp[i * w + k]);
      for (size_t i = 0; i < n0; i++)
        for (size_t k = 0; k < w; k++)
          scale[k] += fabs (xc[i * w + k]);
      for (int at = 0; at < 2; at++)
        {
          double s2[2 * SP_COMPARISON_CONTRIB_WIDTH];
          memcpy (s2, sums, sizeof s2);
          if (at == 1)
            for (size_t i = 0; i < 3; i++)  /* one row counted 3 more times */
              for (size_t k = 0; k < w; k++)
                {
                  s2[w + k] += xp[k];
                  s2[k] += xc[(n0 - 1) * w + k];
                }
          double th[SP_COMPARISON_N_FIGURES];
          sp_comparison_statistic (s2, th, &arg);
          enum { M = SP_COMPARISON_N_FIGURES, K = 2 * SP_COMPARISON_CONTRIB_WIDTH };
          double g[M * K], num[M * K], work[K + 2 * M];
          sp_comparison_gradient (s2, th, scale, g, work, &arg);
          sp_boot_numeric_gradient (sp_comparison_statistic, &arg, M, s2, K,
                                    scale, num, work);
          for (size_t e = 0; e < (size_t) M * K; e++)
            {
              /* Relative to the row's largest derivative x its column's
                 scale (the size of a step's effect).  */
              size_t j = e / K;
              double big = 0.0;
              for (size_t c = 0; c < (size_t) K; c++)
                big = fmax (big, fabs (num[j * K + c]) * scale[c]);
              assert_near (g[e] * scale[e % K], num[e] * scale[e % K],
                           1e-6 * big);
            }
        }
      free (xp);
      free (xc);
      free (pb);
      free (pa);
      free (cb);
      free (ca);
    }
  gsl_rng_free (rng);
}

/* With equal mean baselines the adjusted estimate is the difference in
   differences, whatever beta: gamma = (mean a1 - mean a0) - beta x 0.  */
static void
equal_baselines_agree (void **state)
{
  (void) state;
  const double pb[] = { 10, 30, 20, 40 }, pa[] = { 3, 14, 9, 11 };
  const double cb[] = { 30, 20, 40, 10 }, ca[] = { 20, 11, 24, 9 };
  sp_comparison_group prog = { pb, pa, 4, 0 }, cmp = { cb, ca, 4, 0 };
  sp_comparison r;
  sp_comparison_compute (&prog, &cmp, &r);
  /* Means: programme 25 -> 9.25, comparison 25 -> 16.  */
  assert_rel (r.baseline_difference, 0.0);
  /* DiD: (25 - 9.25) - (25 - 16) = 6.75.  */
  assert_rel (r.did.per_participant, 6.75);
  assert_rel (r.adjusted.per_participant, 6.75);
  assert_true (fabs (r.adjusted.baseline_coefficient - 1.0) > 0.1);
}

/* Undefined, never a number: no variation of the baseline within the
   groups (baseline and group cannot be told apart), an empty group.  */
static void
undefined (void **state)
{
  (void) state;
  const double pb[] = { 10, 10, 10 }, pa[] = { 4, 6, 5 };
  const double cb[] = { 7, 7 }, ca[] = { 6, 5 };
  sp_comparison_group prog = { pb, pa, 3, 0 }, cmp = { cb, ca, 2, 0 };
  sp_comparison r;
  sp_comparison_compute (&prog, &cmp, &r);
  assert_true (r.did.defined);
  /* (10 - 5) - (7 - 5.5) = 3.5 */
  assert_rel (r.did.per_participant, 3.5);
  assert_false (r.adjusted.defined);
  assert_int_equal (r.adjusted.problem, SP_ADJUSTED_NO_VARIATION);

  double s_b[2], s_a[2];
  sp_comparison_shifts (&prog, &s_b[0], &s_a[0]);
  sp_comparison_shifts (&cmp, &s_b[1], &s_a[1]);
  double x[5 * SP_COMPARISON_CONTRIB_WIDTH];
  sp_comparison_contributions (&prog, s_b[0], s_a[0], x);
  sp_comparison_contributions (&cmp, s_b[1], s_a[1],
                               x + 3 * SP_COMPARISON_CONTRIB_WIDTH);
  double sums[2 * SP_COMPARISON_CONTRIB_WIDTH] = { 0 };
  for (size_t i = 0; i < 5; i++)
    for (size_t k = 0; k < SP_COMPARISON_CONTRIB_WIDTH; k++)
      sums[(i < 3 ? 0 : SP_COMPARISON_CONTRIB_WIDTH) + k]
        += x[i * SP_COMPARISON_CONTRIB_WIDTH + k];
  sp_comparison_boot arg = { { 0, SP_COMPARISON_CONTRIB_WIDTH },
                             { s_b[0], s_b[1] }, { s_a[0], s_a[1] },
                             2 * SP_COMPARISON_CONTRIB_WIDTH };
  double theta[SP_COMPARISON_N_FIGURES];
  sp_comparison_statistic (sums, theta, &arg);
  assert_rel (theta[SP_COMPARISON_FIG_DID_PER_PARTICIPANT], 3.5);
  assert_true (isnan (theta[SP_COMPARISON_FIG_ADJUSTED_SAVING]));
  /* An empty comparison group in a resample: everything undefined.  */
  memset (sums + SP_COMPARISON_CONTRIB_WIDTH, 0,
          SP_COMPARISON_CONTRIB_WIDTH * sizeof *sums);
  sp_comparison_statistic (sums, theta, &arg);
  for (size_t j = 0; j < SP_COMPARISON_N_FIGURES; j++)
    assert_true (isnan (theta[j]));

  cmp.n = 0;
  sp_comparison_compute (&prog, &cmp, &r);
  assert_false (r.did.defined);
  assert_false (r.baseline_difference_defined);
  assert_false (r.comparison.means_defined);
  assert_false (r.adjusted.defined);
  assert_int_equal (r.adjusted.problem, SP_ADJUSTED_TOO_FEW);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (by_hand),
    cmocka_unit_test (participant_costs),
    cmocka_unit_test (independent),
    cmocka_unit_test (equal_baselines_agree),
    cmocka_unit_test (undefined),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
