/* test_rollout.c -- static rollout figures against values computed by
   hand, and the scenario reader's checks */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "ci.h"
#include "psa.h"
#include "rollout.h"
#include "scenario_read.h"

/* The report's section 1.9 assumptions with target T (no
   distributions).  */
static const char *report_fmt =
  "{ \"name\": \"report\", \"target_phbs\": %d, \"conversion_rate\": 0.85,\n"
  "  \"segments\": [\n"
  "    { \"name\": \"specialist\", \"share\": 0.35, \"mean_budget\": 134000,"
  " \"pas_per_phb\": 4.8 },\n"
  "    { \"name\": \"other\", \"share\": 0.65, \"mean_budget\": 25000,"
  " \"pas_per_phb\": 1.5 } ],\n"
  "  \"advocacy_cost\": 1295, \"review_cost\": 195, \"vat_rate\": 0.2,\n"
  "  \"reviews_per_year\": 1, \"marketplace_fee\": 0.05,\n"
  "  \"savings_rate\": 0.18, \"horizon_years\": 5,\n"
  "  \"ramp\": { \"start\": 8, \"growth\": 0.21, \"ceiling\": 45,"
  " \"start_month\": \"2018-07\" },\n"
  "  \"target_date\": \"2020-03\" }\n";

static void
parse_ok (const char *text, sp_scenario *s)
{
  sp_diag d;
  sp_diag_init (&d);
  int rc = sp_scenario_parse ("test.json", text, s, &d);
  if (rc != 0)
    {
      sp_diag_print (&d, stderr);
      fail_msg ("scenario did not parse");
    }
  sp_diag_free (&d);
}

static void
figures_of (const sp_scenario *s, sp_rollout_figures *f)
{
  double *v = calloc (s->n_params, sizeof *v);
  sp_scenario_base_values (s, v);
  sp_rollout_figures_compute (s, v, 1, f);
  free (v);
}

typedef struct
{
  int target;
  double assessments, budget, pas, advocacy, reviews, marketplace, total,
    gross, net, steady;
} expected;

/* Hand arithmetic, budget per PHB 0.35 x 134,000 + 0.65 x 25,000 =
   46,900 + 16,250 = 63,150; PAs per PHB 0.35 x 4.8 + 0.65 x 1.5 = 1.68 +
   0.975 = 2.655; advocacy per assessment 1,295 x 1.2 = 1,554; reviews
   per PHB 195 x 1.2 x 1 = 234.
     890:  assessments 890 / 0.85 = 1,047.0588; budget 890 x 63,150 =
           56,203,500; PAs 890 x 2.655 = 2,362.95; advocacy 1,047.0588 x
           1,554 = 1,627,129.41; reviews 890 x 234 = 208,260; marketplace
           0.05 x 56,203,500 = 2,810,175; total 4,645,564.41; gross 0.18 x
           56,203,500 = 10,116,630; net 5,471,065.59; steady state
           10,116,630 - 208,260 - 2,810,175 = 7,098,195.
     450:  529.4118; 28,417,500; 1,194.75; 822,705.88; 105,300;
           1,420,875; 2,348,880.88; 5,115,150; 2,766,269.12; 3,588,975.
     1300: 1,529.4118; 82,095,000; 3,451.5; 2,376,705.88; 304,200;
           4,104,750; 6,785,655.88; 14,777,100; 7,991,444.12;
           10,368,150.  */
static const expected report_cases[] = {
  { 890, 890 / 0.85, 56203500, 2362.95, 890 / 0.85 * 1554, 208260, 2810175,
    890 / 0.85 * 1554 + 208260 + 2810175, 10116630,
    10116630 - (890 / 0.85 * 1554 + 208260 + 2810175), 7098195 },
  { 450, 450 / 0.85, 28417500, 1194.75, 450 / 0.85 * 1554, 105300, 1420875,
    450 / 0.85 * 1554 + 105300 + 1420875, 5115150,
    5115150 - (450 / 0.85 * 1554 + 105300 + 1420875), 3588975 },
  { 1300, 1300 / 0.85, 82095000, 3451.5, 1300 / 0.85 * 1554, 304200,
    4104750, 1300 / 0.85 * 1554 + 304200 + 4104750, 14777100,
    14777100 - (1300 / 0.85 * 1554 + 304200 + 4104750), 10368150 },
};

static void
report_targets (void **state)
{
  (void) state;
  for (size_t i = 0; i < 3; i++)
    {
      const expected *e = &report_cases[i];
      char text[2048];
      snprintf (text, sizeof text, report_fmt, e->target);
      sp_scenario s;
      parse_ok (text, &s);
      sp_rollout_figures f;
      figures_of (&s, &f);
      assert_near (f.assessments, e->assessments, 1e-9);
      assert_near (f.budget_per_phb, 63150, 1e-9);
      assert_near (f.annual_budget, e->budget, 1e-6);
      assert_near (f.pas_required, e->pas, 1e-9);
      assert_near (f.pas_at_highest_rate, e->target * 4.8, 1e-9);
      assert_near (f.advocacy, e->advocacy, 1e-6);
      assert_near (f.reviews, e->reviews, 1e-6);
      assert_near (f.marketplace, e->marketplace, 1e-6);
      assert_near (f.investment, e->total, 1e-6);
      assert_near (f.gross_saving, e->gross, 1e-6);
      assert_near (f.net_saving, e->net, 1e-6);
      assert_near (f.steady_state_net_saving, e->steady, 1e-6);
      /* By segment: 890 x 0.35 = 311.5 PHBs x 4.8 = 1,495.2 PAs,
         x 134,000 = 41,741,000; 890 x 0.65 = 578.5 x 1.5 = 867.75.  */
      assert_near (f.segments[0].phbs, e->target * 0.35, 1e-9);
      assert_near (f.segments[0].pas, e->target * 0.35 * 4.8, 1e-9);
      assert_near (f.segments[1].pas, e->target * 0.65 * 1.5, 1e-9);
      assert_near (f.segments[0].budget, e->target * 0.35 * 134000, 1e-6);
      sp_rollout_figures_free (&f);
      sp_scenario_free (&s);
    }
  /* The 890 figures the issue quotes.  */
  assert_near (report_cases[0].assessments, 1047.0588, 1e-4);
  assert_near (report_cases[0].pas, 2362.95, 1e-9);
}

/* A scenario of three segments whose advocacy cost and savings rate are
   the two parameters (JSON text) in P.  */
typedef struct
{
  const char *advocacy, *savings;
} three_params;

static const three_params s_fixed = { "1000", "0.1" };
static const three_params s_ranges = {
  "{ \"value\": 1000, \"low\": 500, \"high\": 1500 }",
  "{ \"value\": 0.1, \"low\": 0.05, \"high\": 0.15 }"
};

static void
parse_three (three_params p, sp_scenario *s)
{
  char text[2048];
  snprintf (text, sizeof text,
            "{ \"name\": \"other\", \"target_phbs\": 200,\n"
            "  \"conversion_rate\": 0.8,\n"
            "  \"segments\": [\n"
            "   { \"name\": \"a\", \"share\": 0.5, \"mean_budget\": 10000,"
            " \"pas_per_phb\": 2 },\n"
            "   { \"name\": \"b\", \"share\": 0.3, \"mean_budget\": 40000,"
            " \"pas_per_phb\": 3 },\n"
            "   { \"name\": \"c\", \"share\": 0.2, \"mean_budget\": 100000,"
            " \"pas_per_phb\": 0 } ],\n"
            "  \"advocacy_cost\": %s, \"review_cost\": 300,\n"
            "  \"vat_rate\": 0.1, \"reviews_per_year\": 2,\n"
            "  \"marketplace_fee\": 0.04, \"savings_rate\": %s,\n"
            "  \"horizon_years\": 3, \"discount_rate\": 0.05,\n"
            "  \"ramp\": { \"start\": 10, \"growth\": 0, \"ceiling\": 10,"
            " \"start_month\": \"2021-01\" },\n"
            "  \"target_date\": \"2022-12\" }\n",
            p.advocacy, p.savings);
  parse_ok (text, s);
}

/* Three segments, other costs.  By hand:
     assessments 200 / 0.8 = 250
     budget per PHB 0.5 x 10,000 + 0.3 x 40,000 + 0.2 x 100,000 = 5,000 +
       12,000 + 20,000 = 37,000; annual 200 x 37,000 = 7,400,000
     PAs 200 x (0.5 x 2 + 0.3 x 3 + 0.2 x 0) = 200 x 1.9 = 380; by
       segment 200, 180, 0; highest rate 200 x 3 = 600
     advocacy 250 x 1,000 x 1.1 = 275,000
     reviews 200 x 300 x 1.1 x 2 = 132,000
     marketplace 0.04 x 7,400,000 = 296,000; total 703,000
     gross 0.1 x 7,400,000 = 740,000; net 37,000
     steady state 740,000 - 132,000 - 296,000 = 312,000  */
static void
unseen_scenario (void **state)
{
  (void) state;
  sp_scenario s;
  parse_three (s_fixed, &s);
  sp_rollout_figures f;
  figures_of (&s, &f);
  assert_near (f.assessments, 250, 1e-9);
  assert_near (f.budget_per_phb, 37000, 1e-9);
  assert_near (f.annual_budget, 7400000, 1e-6);
  assert_near (f.pas_required, 380, 1e-9);
  assert_near (f.segments[1].pas, 180, 1e-9);
  assert_near (f.segments[2].pas, 0, 1e-12);
  assert_near (f.pas_at_highest_rate, 600, 1e-9);
  assert_near (f.advocacy, 275000, 1e-6);
  assert_near (f.reviews, 132000, 1e-6);
  assert_near (f.marketplace, 296000, 1e-6);
  assert_near (f.investment, 703000, 1e-6);
  assert_near (f.gross_saving, 740000, 1e-6);
  assert_near (f.net_saving, 37000, 1e-6);
  assert_near (f.steady_state_net_saving, 312000, 1e-6);
  assert_near (s.params[SP_RP_DISCOUNT_RATE].value, 0.05, 0);
  sp_rollout_figures_free (&f);

  /* One-way sensitivity with no ranges given: no rows.  */
  double v[SP_RP_N_GLOBAL + 6];
  sp_scenario_base_values (&s, v);
  sp_sensitivity *rows;
  assert_int_equal (sp_psa_sensitivity (&s, v, &rows), 0);
  assert_null (rows);
  sp_scenario_free (&s);
}

/* One-way sensitivity by hand on the unseen scenario's arithmetic, with
   savings_rate 0.05 to 0.15 and advocacy £500 to £1,500:
     savings 0.05: gross 370,000, net 370,000 - 703,000 = -333,000
     savings 0.15: gross 1,110,000, net 407,000 (swing 740,000)
     advocacy 500: advocacy 137,500, net 37,000 + 137,500 = 174,500
     advocacy 1,500: advocacy 412,500, net -100,500 (swing 275,000)
   so savings_rate comes first.  */
static void
one_way_sensitivity (void **state)
{
  (void) state;
  sp_scenario s;
  parse_three (s_ranges, &s);
  double v[SP_RP_N_GLOBAL + 6];
  sp_scenario_base_values (&s, v);
  sp_sensitivity *rows;
  assert_int_equal (sp_psa_sensitivity (&s, v, &rows), 2);
  assert_int_equal (rows[0].param, SP_RP_SAVINGS_RATE);
  assert_near (rows[0].low, 0.05, 0);
  assert_near (rows[0].net_low, -333000, 1e-6);
  assert_near (rows[0].net_high, 407000, 1e-6);
  assert_int_equal (rows[1].param, SP_RP_ADVOCACY_COST);
  assert_near (rows[1].net_low, 174500, 1e-6);
  assert_near (rows[1].net_high, -100500, 1e-6);
  free (rows);

  /* Simulations of a scenario without distributions: every draw is the
     base case.  */
  sp_psa_draws d;
  sp_psa_run (&s, 2500, 7, 2, NULL, &d);
  for (size_t i = 0; i < d.n; i++)
    assert_near (d.net_saving[i], 37000, 1e-6);
  assert_near (sp_psa_share_positive (d.net_saving, d.n), 1, 0);
  sp_psa_draws_free (&d);
  sp_scenario_free (&s);
}

/* The same draws whatever the thread count, different for another
   seed.  */
static void
simulations_are_thread_invariant (void **state)
{
  (void) state;
  sp_scenario s;
  sp_diag d;
  sp_diag_init (&d);
  assert_int_equal (sp_scenario_read ("fixtures/scenarios/east-lancs-890.json",
                                      &s, &d), 0);
  sp_diag_free (&d);
  sp_psa_draws a, b, c;
  sp_psa_run (&s, 2345, 99, 1, NULL, &a);
  sp_psa_run (&s, 2345, 99, 3, NULL, &b);
  sp_psa_run (&s, 2345, 100, 2, NULL, &c);
  assert_memory_equal (a.net_saving, b.net_saving, 2345 * sizeof (double));
  assert_memory_equal (a.npv, b.npv, 2345 * sizeof (double));
  assert_true (memcmp (a.net_saving, c.net_saving, 2345 * sizeof (double))
               != 0);
  double lo, hi;
  sp_psa_percentile (a.net_saving, a.n, 0.9, &lo, &hi);
  assert_true (lo < hi);
  sp_psa_draws_free (&a);
  sp_psa_draws_free (&b);
  sp_psa_draws_free (&c);
  sp_scenario_free (&s);
}

/* Percentiles by hand: 1..5, level 0.5 -> quantiles 0.25 and 0.75 of
   sorted data with GSL's interpolation (index (n-1)f): 2 and 4.  */
static void
percentile_by_hand (void **state)
{
  (void) state;
  double x[5] = { 5, 3, 1, 4, 2 };
  double lo, hi;
  sp_psa_percentile (x, 5, 0.5, &lo, &hi);
  assert_near (lo, 2, 1e-12);
  assert_near (hi, 4, 1e-12);
  assert_near (x[0], 5, 0); /* not modified */
  assert_near (sp_psa_share_positive ((double[]){ -1, 0, 2, 3 }, 4), 0.5,
               0);
}

/* The simulations' histogram by hand: 10, 1, 3, 2 in 3 bins from 1 to
   10 are 3 wide: [1, 4) holds 1, 2, 3; [4, 7) none; [7, 10] the 10.  */
static void
histogram_by_hand (void **state)
{
  (void) state;
  double x[4] = { 10, 1, 3, 2 }, edges[4], counts[3];
  sp_ci_histogram (x, 4, 3, edges, counts);
  assert_near (edges[0], 1, 1e-12);
  assert_near (edges[1], 4, 1e-12);
  assert_near (edges[2], 7, 1e-12);
  assert_near (edges[3], 10, 1e-12);
  assert_near (counts[0], 3, 0);
  assert_near (counts[1], 0, 0);
  assert_near (counts[2], 1, 0);
  assert_near (x[0], 10, 0); /* not modified */
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (report_targets),
    cmocka_unit_test (unseen_scenario),
    cmocka_unit_test (one_way_sensitivity),
    cmocka_unit_test (simulations_are_thread_invariant),
    cmocka_unit_test (percentile_by_hand),
    cmocka_unit_test (histogram_by_hand),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
