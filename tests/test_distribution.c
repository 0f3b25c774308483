/* test_distribution.c -- parameter distributions: means, quantiles,
   truncation and checks */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "sptest.h"

#include "distribution.h"

#define DRAWS 200000

/* Each distribution's draws against its mean, within 5 standard errors
   (sd / sqrt (DRAWS)); a failure by chance has probability below 1e-6.
   Means and variances by hand:
     fixed 7                         mean 7, variance 0
     uniform (2, 5)                  3.5, (5 - 2)^2 / 12 = 0.75
     triangular (1, 2, 6)            (1 + 2 + 6) / 3 = 3,
                                     (1 + 4 + 36 - 2 - 6 - 12) / 18 = 21/18
     normal (10, 2)                  10, 4
     lognormal (0.5, 0.4)            exp (0.5 + 0.08) = exp (0.58),
                                     (exp (0.16) - 1) exp (1.16)
     beta (2, 5)                     2/7, 10 / (49 x 8) = 10/392
     gamma (shape 3, scale 2)        6, 3 x 4 = 12  */
static void
means_within_monte_carlo_error (void **state)
{
  (void) state;
  static const struct
  {
    sp_dist d;
    double mean, var;
  } cases[] = {
    { { SP_DIST_FIXED, { 7 } }, 7, 0 },
    { { SP_DIST_UNIFORM, { 2, 5 } }, 3.5, 0.75 },
    { { SP_DIST_TRIANGULAR, { 1, 2, 6 } }, 3, 21.0 / 18 },
    { { SP_DIST_NORMAL, { 10, 2 } }, 10, 4 },
    { { SP_DIST_LOGNORMAL, { 0.5, 0.4 } }, 1.7860384307500734,
      0.1735108709918103 * 3.1899333073686004 },
    { { SP_DIST_BETA, { 2, 5 } }, 2.0 / 7, 10.0 / 392 },
    { { SP_DIST_GAMMA, { 3, 2 } }, 6, 12 },
  };
  gsl_rng *r = gsl_rng_alloc (gsl_rng_mt19937);
  gsl_rng_set (r, 12345);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      assert_null (sp_dist_check (&cases[i].d));
      assert_near (sp_dist_mean (&cases[i].d), cases[i].mean, 1e-12);
      double sum = 0;
      for (size_t k = 0; k < DRAWS; k++)
        sum += sp_dist_draw (&cases[i].d, r);
      double se = sqrt (cases[i].var / DRAWS);
      assert_near (sum / DRAWS, cases[i].mean, 5 * se + 1e-12);
    }
  gsl_rng_free (r);
}

/* Quantiles by hand: uniform (2, 5) at 0.05: 2 + 0.05 x 3 = 2.15;
   triangular (0, 1, 2) at 0.5: 1, at 0.125: sqrt (0.125 x 2 x 1) = 0.5;
   normal (10, 2) at 0.95: 10 + 2 x 1.6448536 = 13.2897073.  */
static void
quantiles_by_hand (void **state)
{
  (void) state;
  sp_dist u = { SP_DIST_UNIFORM, { 2, 5 } };
  sp_dist t = { SP_DIST_TRIANGULAR, { 0, 1, 2 } };
  sp_dist n = { SP_DIST_NORMAL, { 10, 2 } };
  assert_near (sp_dist_quantile (&u, 0.05), 2.15, 1e-12);
  assert_near (sp_dist_quantile (&t, 0.5), 1, 1e-12);
  assert_near (sp_dist_quantile (&t, 0.125), 0.5, 1e-12);
  assert_near (sp_dist_cdf (&t, 0.5), 0.125, 1e-12);
  assert_near (sp_dist_cdf (&t, 1.5), 0.875, 1e-12);
  assert_near (sp_dist_quantile (&n, 0.95), 13.289707253902945, 1e-7);
  /* Beta and gamma by bisection: beta (2, 1) has CDF x^2, so the 0.25
     quantile is 0.5; gamma (shape 1, scale 2) is exponential with mean
     2, median 2 ln 2 = 1.3862944.  */
  sp_dist b = { SP_DIST_BETA, { 2, 1 } };
  sp_dist g = { SP_DIST_GAMMA, { 1, 2 } };
  assert_near (sp_dist_quantile (&b, 0.25), 0.5, 1e-12);
  assert_near (sp_dist_quantile (&g, 0.5), 2 * log (2), 1e-9);
  /* Extreme but allowed shapes give a quantile whose CDF is the
     probability asked for (GSL's own inverses fail to converge here).  */
  sp_dist hard[] = { { SP_DIST_BETA, { 0.01, 100000 } },
                     { SP_DIST_BETA, { 100000, 10 } },
                     { SP_DIST_GAMMA, { 100000, 1000 } },
                     { SP_DIST_GAMMA, { 0.01, 1e-6 } } };
  for (size_t i = 0; i < 4; i++)
    for (double q = 0.05; q < 1; q += 0.45)
      {
        double x = sp_dist_quantile (&hard[i], q);
        assert_true (isfinite (x));
        assert_near (sp_dist_cdf (&hard[i], x), q, 1e-6);
      }
}

/* A standard normal truncated to [0, 1e9): the median is the 75th
   percentile of the normal, 0.6744898; every draw is in range, and the
   mean of the half-normal is sqrt (2 / pi) = 0.7978846.  */
static void
truncation (void **state)
{
  (void) state;
  sp_param p = { .dist = { SP_DIST_NORMAL, { 0, 1 } }, .min = 0,
                 .max = 1e9 };
  assert_near (sp_param_mass (&p), 0.5, 1e-12);
  assert_near (sp_param_quantile (&p, 0.5), 0.6744897501960817, 1e-7);
  gsl_rng *r = gsl_rng_alloc (gsl_rng_mt19937);
  double sum = 0;
  for (size_t k = 0; k < DRAWS; k++)
    {
      double x = sp_param_draw (&p, r);
      assert_true (x >= 0);
      sum += x;
    }
  /* Half-normal variance 1 - 2 / pi = 0.3634.  */
  assert_near (sum / DRAWS, 0.7978845608028654, 5 * sqrt (0.3634 / DRAWS));
  /* An open lower bound excludes 0 itself.  */
  sp_param q = { .dist = { SP_DIST_FIXED, { 0 } }, .min = 0, .max = 1,
                 .min_open = 1 };
  assert_false (sp_param_in_range (&q, 0));
  assert_true (sp_param_in_range (&q, 1));
  assert_near (sp_param_mass (&q), 0, 0);
  gsl_rng_free (r);
}

static void
impossible_parameters (void **state)
{
  (void) state;
  static const sp_dist bad[] = {
    { SP_DIST_UNIFORM, { 5, 2 } },        { SP_DIST_TRIANGULAR, { 0, 3, 2 } },
    { SP_DIST_TRIANGULAR, { 1, 1, 1 } },  { SP_DIST_NORMAL, { 0, 0 } },
    { SP_DIST_LOGNORMAL, { 0, -1 } },     { SP_DIST_BETA, { 0, 1 } },
    { SP_DIST_GAMMA, { 2, 0 } },          { SP_DIST_NORMAL, { NAN, 1 } },
    { SP_DIST_BETA, { 1e9, 5 } },         { SP_DIST_GAMMA, { 1e-300, 1 } },
    { SP_DIST_UNIFORM, { -1e308, 1e308 } },
    { SP_DIST_TRIANGULAR, { -1e308, 0, 1e308 } },
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    assert_non_null (sp_dist_check (&bad[i]));
  sp_dist_kind k;
  assert_int_equal (sp_dist_parse ("gamma", &k), 0);
  assert_int_equal (k, SP_DIST_GAMMA);
  assert_int_equal (sp_dist_parse ("poisson", &k), -1);
  assert_string_equal (sp_dist_param_name (SP_DIST_TRIANGULAR, 1), "mode");
  assert_int_equal (sp_dist_n_params (SP_DIST_BETA), 2);
}

/* What each distribution can give, edges included where they can be
   drawn.  */
static void
support (void **state)
{
  (void) state;
  char buf[64];
  sp_dist u = { SP_DIST_UNIFORM, { 0.03, 0.05, 0 } };
  assert_true (sp_dist_in_support (&u, 0.03));
  assert_true (sp_dist_in_support (&u, 0.05));
  assert_false (sp_dist_in_support (&u, 0.0500001));
  assert_string_equal (sp_dist_support_text (&u, buf, sizeof buf),
                       "from 0.03 to 0.05");
  sp_dist t = { SP_DIST_TRIANGULAR, { 100, 200, 300 } };
  assert_true (sp_dist_in_support (&t, 300));
  assert_false (sp_dist_in_support (&t, 99.9));
  sp_dist ln = { SP_DIST_LOGNORMAL, { -2, 0.5, 0 } };
  assert_false (sp_dist_in_support (&ln, 0));
  assert_true (sp_dist_in_support (&ln, 1e-9));
  sp_dist g = { SP_DIST_GAMMA, { 2, 3, 0 } };
  assert_true (sp_dist_in_support (&g, 0));
  assert_false (sp_dist_in_support (&g, -1e-9));
  sp_dist b = { SP_DIST_BETA, { 2, 3, 0 } };
  assert_true (sp_dist_in_support (&b, 1));
  assert_false (sp_dist_in_support (&b, 1.01));
  sp_dist n = { SP_DIST_NORMAL, { 0, 1, 0 } };
  assert_true (sp_dist_in_support (&n, -1e300));
  assert_false (sp_dist_in_support (&n, NAN));
  sp_dist f = { SP_DIST_FIXED, { 7, 0, 0 } };
  assert_true (sp_dist_in_support (&f, 7));
  assert_false (sp_dist_in_support (&f, 7.5));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (means_within_monte_carlo_error),
    cmocka_unit_test (quantiles_by_hand),
    cmocka_unit_test (truncation),
    cmocka_unit_test (impossible_parameters),
    cmocka_unit_test (support),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
