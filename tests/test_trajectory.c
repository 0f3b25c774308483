/* test_trajectory.c -- the monthly trajectory, yearly cash flows, NPV
   and payback against values computed by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "sptest.h"

#include "cashflow.h"
#include "trajectory.h"

/* Ramp 10 a month growing 50% to a ceiling of 20, conversion 0.5,
   target 30:
     month 0: referrals 10, new 5, live 5
     month 1: referrals 15, new 7.5, live 12.5
     month 2: referrals min (22.5, 20) = 20, new 10, live 22.5
     month 3: 20 would give 10 new (32.5 > 30): only 7.5 are needed, from
              7.5 / 0.5 = 15 referrals; live 30, reached in month 3
     months 4, 5 (followed to 6 months): nothing new, live 30.  */
static void
tiny_ramp (void **state)
{
  (void) state;
  sp_ramp ramp = { 10, 0.5, 20 };
  sp_trajectory t;
  sp_trajectory_compute (&ramp, 30, 0.5, 6, 100, &t);
  static const double ref[6] = { 10, 15, 20, 15, 0, 0 };
  static const double nw[6] = { 5, 7.5, 10, 7.5, 0, 0 };
  static const double live[6] = { 5, 12.5, 22.5, 30, 30, 30 };
  assert_int_equal (t.n_months, 6);
  assert_true (t.reached);
  assert_int_equal (t.reached_index, 3);
  for (size_t m = 0; m < 6; m++)
    {
      assert_near (t.referrals[m], ref[m], 1e-12);
      assert_near (t.assessments[m], ref[m], 1e-12);
      assert_near (t.new_phbs[m], nw[m], 1e-12);
      assert_near (t.live_phbs[m], live[m], 1e-12);
    }
  sp_trajectory_free (&t);

  /* Followed only to the target when no minimum is asked.  */
  sp_trajectory_compute (&ramp, 30, 0.5, 0, 100, &t);
  assert_int_equal (t.n_months, 4);
  sp_trajectory_free (&t);

  /* Never reached within 3 months: 5 + 7.5 + 10 = 22.5 live.  */
  sp_trajectory_compute (&ramp, 30, 0.5, 0, 3, &t);
  assert_false (t.reached);
  assert_int_equal (t.n_months, 3);
  assert_near (t.live_phbs[2], 22.5, 1e-12);
  sp_trajectory_free (&t);

  /* Constant rate to reach 30 at 0.5 in 4 months: 30 / (0.5 x 4) = 15. */
  assert_near (sp_trajectory_required_rate (30, 0.5, 4), 15, 1e-12);
}

/* Shrinking referrals (growth -50%) from 8 a month add up to at most 16
   referrals, 8 PHBs at 0.5: a target of 10 is never reached.  */
static void
decaying_ramp (void **state)
{
  (void) state;
  sp_ramp ramp = { 8, -0.5, 100 };
  sp_trajectory t;
  sp_trajectory_compute (&ramp, 10, 0.5, 0, 1200, &t);
  assert_false (t.reached);
  assert_int_equal (t.n_months, 1200);
  assert_near (t.live_phbs[1199], 8, 1e-9);
  sp_trajectory_free (&t);
}

/* A hand-made trajectory of 24 months: 12 assessments in month 0 and 6
   PHBs live every month.  Budget £1,000 a PHB-year, savings 20%,
   advocacy £100 an assessment, reviews £10 a PHB-year, marketplace 5%,
   discount 10%, horizon 3 years:
     year 1: assessments 12, PHB-years 12 x 6 / 12 = 6, budget 6,000,
             gross 1,200, advocacy 1,200, reviews 60, marketplace 300,
             net -360, factor 1, discounted -360, cumulative -360
     year 2: assessments 0, PHB-years 6, budget 6,000, gross 1,200,
             advocacy 0, reviews 60, marketplace 300, net 840, factor
             1 / 1.1, discounted 763.64, cumulative 480 (payback)
     year 3: no months held: all 0, cumulative 480
   NPV -360 + 840 / 1.1 = 403.64; payback year 2.  */
static void
cash_flows_by_hand (void **state)
{
  (void) state;
  double assess[24] = { 12 }, live[24], zero[24] = { 0 };
  for (size_t m = 0; m < 24; m++)
    live[m] = 6;
  sp_trajectory t = { 24, zero, assess, zero, live, 1, 0 };
  sp_cashflow_params p = { 1000, 0.2, 100, 10, 0.05, 0.1, 3 };
  sp_cashflow c;
  sp_cashflow_compute (&t, &p, &c);
  assert_int_equal (c.n_years, 3);
  assert_near (c.years[0].assessments, 12, 1e-12);
  assert_near (c.years[0].phb_years, 6, 1e-12);
  assert_near (c.years[0].budget, 6000, 1e-9);
  assert_near (c.years[0].gross_saving, 1200, 1e-9);
  assert_near (c.years[0].advocacy, 1200, 1e-9);
  assert_near (c.years[0].reviews, 60, 1e-9);
  assert_near (c.years[0].marketplace, 300, 1e-9);
  assert_near (c.years[0].net, -360, 1e-9);
  assert_near (c.years[0].cumulative, -360, 1e-9);
  assert_near (c.years[1].net, 840, 1e-9);
  assert_near (c.years[1].discount_factor, 1 / 1.1, 1e-15);
  assert_near (c.years[1].discounted, 840 / 1.1, 1e-9);
  assert_near (c.years[1].cumulative, 480, 1e-9);
  assert_near (c.years[2].net, 0, 1e-12);
  assert_near (c.years[2].discount_factor, 1 / 1.21, 1e-15);
  assert_near (c.npv, -360 + 840 / 1.1, 1e-9);
  assert_true (c.payback_defined);
  assert_int_equal (c.payback_year, 2);
  sp_cashflow_free (&c);

  /* No saving: the cumulative flow never turns, no payback.  */
  p.savings_rate = 0;
  sp_cashflow_compute (&t, &p, &c);
  assert_false (c.payback_defined);
  /* -(1,200 + 60 + 300) - (60 + 300) / 1.1 = -1,560 - 327.27 */
  assert_near (c.npv, -1560 - 360 / 1.1, 1e-9);
  sp_cashflow_free (&c);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (tiny_ramp),
    cmocka_unit_test (decaying_ramp),
    cmocka_unit_test (cash_flows_by_hand),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
