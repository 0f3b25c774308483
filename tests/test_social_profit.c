/* test_social_profit.c -- social profit and the like-for-like SROI by
   hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sptest.h"

#include "social_profit.h"

/* A saving of 1,000 over 4 participants (250 each), a social value of
   600 over 3 (200 each), an additional local effect of 300 and delivery
   costs of 500 over 5 plans (60 and 100 per plan), a mean budget of
   2,000 of which 10% is new money:
     benefits per person 250 + 200 + 60 = 510
     costs per person    100 + 0.1 x 2,000 = 300
     SROI 510 / 300 = 1.7; with the whole budget 510 / 2,100
     net per person 510 - 300 = 210
     returns 250/300, 200/300, 60/300
   Totals: benefits 1,000 + 600 + 300 = 1,900, net 1,900 - 500 = 1,400.  */
static void
by_hand (void **state)
{
  (void) state;
  sp_social_profit_inputs in = { 1000, 600, 300, 500, 4, 3, 5, 2000, 0.1 };
  sp_social_profit p;
  sp_social_profit_compute (&in, &p);
  assert_near (p.per_person.saving, 250, 0);
  assert_near (p.per_person.social_value, 200, 0);
  assert_near (p.per_person.local_effect, 60, 0);
  assert_near (p.per_person.delivery_cost, 100, 0);
  assert_near (p.per_person.budget, 2000, 0);
  assert_near (p.per_person.benefits, 510, 0);
  assert_near (p.per_person.costs, 300, 1e-12);
  assert_near (p.per_person.costs_budgets_additional, 2100, 0);
  assert_near (p.sroi_ratio, 1.7, 1e-15);
  assert_near (p.sroi_ratio_budgets_additional, 510.0 / 2100.0, 1e-16);
  assert_near (p.net_per_person, 210, 1e-12);
  assert_near (p.return_nhs_savings, 250.0 / 300.0, 1e-15);
  assert_near (p.return_social_value, 200.0 / 300.0, 1e-15);
  assert_near (p.return_local_economic_effect, 60.0 / 300.0, 1e-15);
  assert_near (p.benefits, 1900, 0);
  assert_near (p.net, 1400, 0);
}

/* Share 0 (not stated): the costs are the delivery costs alone, even
   when no plan gives a budget; the ratio with budgets counted in full
   then has nothing to count and is undefined.  Saving -300 over 2
   (-150), value -50.25 over 1, no local effect, delivery 99.75 over 1:
   benefits -200.25, SROI -200.25 / 99.75, net -300.  */
static void
redirected_budgets_and_a_loss (void **state)
{
  (void) state;
  sp_social_profit_inputs in = { -300, -50.25, 0, 99.75, 2, 1, 1, NAN, 0 };
  sp_social_profit p;
  sp_social_profit_compute (&in, &p);
  assert_near (p.per_person.costs, 99.75, 0);
  assert_near (p.sroi_ratio, -200.25 / 99.75, 1e-15);
  assert_near (p.net_per_person, -300, 1e-12);
  assert_true (isnan (p.sroi_ratio_budgets_additional));
  assert_true (isnan (p.per_person.budget));
  /* A share above 0 needs the budget.  */
  in.budget_additional_share = 0.5;
  sp_social_profit_compute (&in, &p);
  assert_true (isnan (p.sroi_ratio));
  assert_true (isnan (p.net_per_person));
}

/* No plans: nothing per plan, so nothing like for like; the totals are
   still there.  No participants in the savings cohort: no saving per
   person.  */
static void
undefined (void **state)
{
  (void) state;
  sp_social_profit_inputs in = { 10, 20, 30, 40, 1, 1, 0, 100, 0.5 };
  sp_social_profit p;
  sp_social_profit_compute (&in, &p);
  assert_near (p.net, 20, 0);
  assert_true (isnan (p.per_person.delivery_cost));
  assert_true (isnan (p.sroi_ratio));
  assert_true (isnan (p.net_per_person));
  in.phbs = 2;
  in.savings_participants = 0;
  sp_social_profit_compute (&in, &p);
  assert_true (isnan (p.per_person.saving));
  assert_true (isnan (p.sroi_ratio));
  assert_near (p.per_person.delivery_cost, 20, 0);
  /* Costs of 0: no ratio, but the net per person is defined.  */
  in = (sp_social_profit_inputs){ 10, 20, 0, 0, 1, 1, 2, 100, 0 };
  sp_social_profit_compute (&in, &p);
  assert_true (isnan (p.sroi_ratio));
  assert_near (p.net_per_person, 30, 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (by_hand),
    cmocka_unit_test (redirected_budgets_and_a_loss),
    cmocka_unit_test (undefined),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
