/* test_social_value.c -- social value on a small cohort, by hand

   Instrument: mood 1..5 (higher better), pain 0..10 (LOWER better, so
   turned = 10 - score), sleep 1..5, energy 1..10.  Participants A, B, C,
   D in that first-seen order; baseline wave 0, follow-up wave 2 (a wave 1
   score of A's is ignored).

     mood    A 2 -> 4, B 3 -> 3, C 1 -> 2, D 4 -> (none: unpaired)
             paired A B C: n 3, B 6, F 9, rose 2 (A, C)
     pain    A 8 -> 5 (turned 2 -> 5), B 6 -> 7 (4 -> 3),
             C (none) -> 3 (unpaired), D 9 -> 4 (1 -> 6)
             paired A B D: n 3, B 7, F 14, rose 2 (A, D)
     sleep   A 3, B 2 at wave 0 only: nobody paired
     energy  A 5 -> 3, B 4 -> 4: n 2, B 9, F 7, rose 0

   Proxies (discount rate r = 0.25):
     calm      mood   £100, no adjustments, 1 year
     less_pain pain   £200, deadweight 0.25, attribution 0.2,
                      displacement 0.1, drop-off 0.5, 3 years
                      net = gross x 0.75 x 0.8 x 0.9 = gross x 0.54
                      pv  = net x (1 + 0.5/1.25 + 0.25/1.5625)
                          = net x (1 + 0.4 + 0.16) = net x 1.56
     rest      sleep  £50 (no value: nobody paired)
     vigour    energy £90, 1 year (a worsening)  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "sptest.h"

#include "social_value.h"

#define S(x) ((char *) (x))

static sp_instrument_domain domains[] = {
  { S ("mood"), S ("Mood"), 1, 5, 1, S (""), 1 },
  { S ("pain"), S ("Pain"), 0, 10, 0, S (""), 1 },
  { S ("sleep"), S ("Sleep"), 1, 5, 1, S (""), 1 },
  { S ("energy"), S ("Energy"), 1, 10, 1, S (""), 1 },
};
static const sp_instrument inst = { domains, 4, NULL };

enum { MOOD, PAIN, SLEEP, ENERGY };
enum { A, B, C, D };

static sp_outcome_score scores[] = {
  { A, 0, MOOD, 2 }, { A, 1, MOOD, 3 }, { A, 2, MOOD, 4 },
  { B, 0, MOOD, 3 }, { B, 2, MOOD, 3 }, { C, 0, MOOD, 1 },
  { C, 2, MOOD, 2 }, { D, 0, MOOD, 4 },
  { A, 0, PAIN, 8 }, { A, 2, PAIN, 5 }, { B, 0, PAIN, 6 },
  { B, 2, PAIN, 7 }, { C, 2, PAIN, 3 }, { D, 0, PAIN, 9 },
  { D, 2, PAIN, 4 },
  { A, 0, SLEEP, 3 }, { B, 0, SLEEP, 2 },
  { A, 0, ENERGY, 5 }, { A, 2, ENERGY, 3 }, { B, 0, ENERGY, 4 },
  { B, 2, ENERGY, 4 },
};
static char *ids[] = { S ("A"), S ("B"), S ("C"), S ("D") };
static const sp_outcomes outcomes = {
  4, ids, scores, sizeof scores / sizeof scores[0], 2, NULL, 0
};

/* The last four members of each: no uprating (year column 0, the value
   as given, no original year, factor 1).  */
static sp_value_proxy proxy_items[] = {
  { S ("calm"), S ("Calm"), MOOD, 100, S ("2020"), S ("t"), 0, 0, 0, 0, 1,
    2, 0, 100, NULL, 1 },
  { S ("less_pain"), S ("Less pain"), PAIN, 200, S ("2020"), S ("t"), 0.25,
    0.2, 0.1, 0.5, 3, 3, 0, 200, NULL, 1 },
  { S ("rest"), S ("Rest"), SLEEP, 50, S ("2020"), S ("t"), 0, 0, 0, 0, 1,
    4, 0, 50, NULL, 1 },
  { S ("vigour"), S ("Vigour"), ENERGY, 90, S ("2020"), S ("t"), 0, 0, 0, 0,
    1, 5, 0, 90, NULL, 1 },
};
static const sp_value_proxies proxies = { proxy_items, 4, NULL, NULL };

static sp_value_settings
settings (sp_improvement_method m)
{
  sp_value_settings s = { m, 0.25, 0, 2, 0.5, SP_FOLLOWUP_SET };
  return s;
}

/* Relative: calm 3 x (9-6)/6 x 100 = 150; less_pain gross 3 x (14-7)/7
   x 200 = 600, net 324, pv 505.44; rest none; vigour 2 x (7-9)/9 x 90
   = -40.  Total 150 + 505.44 - 40 = 615.44.  */
static void
relative_method (void **state)
{
  (void) state;
  sp_value_settings s = settings (SP_IMPROVEMENT_RELATIVE);
  sp_social_value sv;
  sp_social_value_compute (&outcomes, &inst, &proxies, &s, &sv);
  assert_int_equal (sv.n_participants, 4);
  assert_int_equal (sv.n_undefined, 1);
  assert_near (sv.total, 615.44, 1e-9);

  const sp_domain_change *mood = &sv.domains[MOOD];
  assert_near (mood->participants, 3, 0);
  assert_near (mood->baseline_mean, 2, 1e-15);
  assert_near (mood->followup_mean, 3, 1e-15);
  assert_near (mood->improvement, 0.5, 1e-15);
  const sp_domain_change *pain = &sv.domains[PAIN];
  assert_near (pain->participants, 3, 0);
  assert_near (pain->baseline_mean, 7.0 / 3, 1e-15);
  assert_near (pain->followup_mean, 14.0 / 3, 1e-15);
  assert_near (pain->improvement, 1.0, 1e-15);
  assert_false (sv.domains[SLEEP].means_defined);
  assert_false (sv.domains[SLEEP].improvement_defined);

  const sp_outcome_value *v = sv.outcomes;
  assert_true (v[0].defined);
  assert_near (v[0].gross, 150, 1e-9);
  assert_near (v[0].net, 150, 1e-9);
  assert_near (v[0].present_value, 150, 1e-9);
  assert_near (v[1].participants, 3, 0);
  assert_near (v[1].improvement, 1.0, 1e-15);
  assert_near (v[1].gross, 600, 1e-9);
  assert_near (v[1].net, 324, 1e-9);
  assert_near (v[1].present_value, 505.44, 1e-9);
  assert_false (v[2].defined);
  assert_near (v[2].participants, 0, 0);
  assert_near (v[2].present_value, 0, 0);
  assert_near (v[3].improvement, -2.0 / 9, 1e-15);
  assert_near (v[3].present_value, -40, 1e-9);

  /* Scored at the baseline wave, paired or not: sleep 2 (mean 2.5);
     pain A, B, D turned 2, 4, 1 (mean 7/3); mood A B C D (2.5).  */
  assert_int_equal (sv.baseline_scored[SLEEP], 2);
  assert_near (sv.baseline_scored_mean[SLEEP], 2.5, 1e-15);
  assert_int_equal (sv.baseline_scored[PAIN], 3);
  assert_near (sv.baseline_scored_mean[PAIN], 7.0 / 3, 1e-15);
  assert_int_equal (sv.baseline_scored[MOOD], 4);
  assert_near (sv.baseline_scored_mean[MOOD], 2.5, 1e-15);
  assert_int_equal (sv.scored[MOOD], 8);
  sp_social_value_free (&sv);
}

/* Range: calm 3 x (3-2)/4 x 100 = 75; less_pain 3 x (14/3-7/3)/10 x 200
   = 140, net 75.6, pv 117.936; vigour 2 x (3.5-4.5)/9 x 90 = -20.
   Total 172.936.  */
static void
range_method (void **state)
{
  (void) state;
  sp_value_settings s = settings (SP_IMPROVEMENT_RANGE);
  sp_social_value sv;
  sp_social_value_compute (&outcomes, &inst, &proxies, &s, &sv);
  assert_near (sv.outcomes[0].present_value, 75, 1e-9);
  assert_near (sv.outcomes[1].improvement, 7.0 / 30, 1e-15);
  assert_near (sv.outcomes[1].gross, 140, 1e-9);
  assert_near (sv.outcomes[1].net, 75.6, 1e-9);
  assert_near (sv.outcomes[1].present_value, 117.936, 1e-9);
  assert_near (sv.outcomes[3].present_value, -20, 1e-9);
  assert_near (sv.total, 172.936, 1e-9);
  assert_int_equal (sv.n_undefined, 1);
  sp_social_value_free (&sv);
}

/* Share: calm 3 x 2/3 x 100 = 200; less_pain 3 x 2/3 x 200 = 400, net
   216, pv 336.96; vigour nobody rose: 0.  Total 536.96.  */
static void
share_method (void **state)
{
  (void) state;
  sp_value_settings s = settings (SP_IMPROVEMENT_SHARE);
  sp_social_value sv;
  sp_social_value_compute (&outcomes, &inst, &proxies, &s, &sv);
  assert_near (sv.outcomes[0].present_value, 200, 1e-9);
  assert_near (sv.outcomes[1].net, 216, 1e-9);
  assert_near (sv.outcomes[1].present_value, 336.96, 1e-9);
  assert_true (sv.outcomes[3].defined);
  assert_near (sv.outcomes[3].present_value, 0, 0);
  assert_near (sv.total, 536.96, 1e-9);
  sp_social_value_free (&sv);
}

/* Other waves: baseline 0 against follow-up 1 pairs only A's mood
   (2 -> 3): relative 0.5, calm 1 x 0.5 x 100 = 50; every other domain
   has nobody paired, so 3 outcomes have no value.  */
static void
other_waves (void **state)
{
  (void) state;
  sp_value_settings s = settings (SP_IMPROVEMENT_RELATIVE);
  s.followup_wave = 1;
  sp_social_value sv;
  sp_social_value_compute (&outcomes, &inst, &proxies, &s, &sv);
  assert_near (sv.outcomes[0].participants, 1, 0);
  assert_near (sv.outcomes[0].present_value, 50, 1e-9);
  assert_int_equal (sv.n_undefined, 3);
  assert_near (sv.total, 50, 1e-9);
  sp_social_value_free (&sv);
}

/* sum_{k=0}^{3} 1000 x 0.9^k / 1.035^k = 1000 (1 + q + q^2 + q^3) with
   q = 0.9 / 1.035 = 0.869565...: 1000 x 3.28322511712 = 3283.2251171.
   One year is never discounted: net whatever r and the drop-off.  */
static void
discounting (void **state)
{
  (void) state;
  assert_near (sp_social_value_present (1000, 0.1, 4, 0.035),
               3283.2251171200796, 1e-8);
  assert_near (sp_social_value_present (1000, 0.9, 1, 0.5), 1000, 0);
  /* No drop-off, no discount: net x years.  */
  assert_near (sp_social_value_present (-250, 0, 4, 0), -1000, 1e-12);
  /* Total drop-off: only the first year counts.  */
  assert_near (sp_social_value_present (80, 1, 5, 0.035), 80, 1e-12);
}

/* The bootstrap path: contribution rows, in ids order, summed over the
   multiset {A, A, D}, valued by sp_social_value_from_sums.
     mood   A twice: n 2, B 4, F 8 -> relative 1, calm 2 x 1 x 100 = 200
     pain   A twice (2 -> 5), D (1 -> 6): n 3, B 5, F 16 -> 11/5 = 2.2,
            gross 3 x 2.2 x 200 = 1320, net 712.8, pv 1111.968
     sleep  nobody paired
     energy A twice: n 2, B 10, F 6 -> -0.4, vigour 2 x -0.4 x 90 = -72
   total 200 + 1111.968 - 72 = 1239.968.  */
static void
contributions_and_sums (void **state)
{
  (void) state;
  size_t width = sp_social_value_width (&inst);
  assert_int_equal (width, 16);
  double *rows = calloc (4 * width, sizeof *rows);
  sp_value_settings s = settings (SP_IMPROVEMENT_RELATIVE);
  sp_social_value_contributions (&outcomes, &inst, &s, rows);

  const double *a = rows + A * width;
  const double *d = rows + D * width;
  assert_near (a[MOOD * SP_SV_PER_DOMAIN + SP_SV_PAIRED], 1, 0);
  assert_near (a[MOOD * SP_SV_PER_DOMAIN + SP_SV_BASELINE], 2, 0);
  assert_near (a[MOOD * SP_SV_PER_DOMAIN + SP_SV_FOLLOWUP], 4, 0);
  assert_near (a[MOOD * SP_SV_PER_DOMAIN + SP_SV_ROSE], 1, 0);
  assert_near (a[SLEEP * SP_SV_PER_DOMAIN + SP_SV_PAIRED], 0, 0);
  assert_near (a[SLEEP * SP_SV_PER_DOMAIN + SP_SV_BASELINE], 0, 0);
  assert_near (d[MOOD * SP_SV_PER_DOMAIN + SP_SV_PAIRED], 0, 0);
  assert_near (d[PAIN * SP_SV_PER_DOMAIN + SP_SV_BASELINE], 1, 0);
  assert_near (d[PAIN * SP_SV_PER_DOMAIN + SP_SV_FOLLOWUP], 6, 0);
  assert_near (d[PAIN * SP_SV_PER_DOMAIN + SP_SV_ROSE], 1, 0);

  double sums[16] = { 0 };
  const int draw[3] = { A, A, D };
  for (size_t i = 0; i < 3; i++)
    for (size_t j = 0; j < width; j++)
      sums[j] += rows[(size_t) draw[i] * width + j];
  sp_outcome_value values[4];
  sp_domain_change changes[4];
  size_t undefined = 99;
  double total = sp_social_value_from_sums (sums, &inst, &proxies, &s,
                                            changes, values, &undefined);
  assert_near (total, 1239.968, 1e-9);
  assert_int_equal (undefined, 1);
  assert_near (values[0].present_value, 200, 1e-9);
  assert_near (values[1].improvement, 2.2, 1e-15);
  assert_near (values[1].present_value, 1111.968, 1e-9);
  assert_near (values[3].present_value, -72, 1e-9);
  assert_near (changes[PAIN].participants, 3, 0);
  /* The total alone, without buffers.  */
  assert_near (sp_social_value_from_sums (sums, &inst, &proxies, &s, NULL,
                                          NULL, NULL),
               1239.968, 1e-9);

  /* All four rows summed give the normal computation's total.  */
  double all[16] = { 0 };
  for (size_t p = 0; p < 4; p++)
    for (size_t j = 0; j < width; j++)
      all[j] += rows[p * width + j];
  assert_near (sp_social_value_from_sums (all, &inst, &proxies, &s, NULL,
                                          NULL, NULL),
               615.44, 1e-9);
  free (rows);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (relative_method),
    cmocka_unit_test (range_method),
    cmocka_unit_test (share_method),
    cmocka_unit_test (other_waves),
    cmocka_unit_test (discounting),
    cmocka_unit_test (contributions_and_sums),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
