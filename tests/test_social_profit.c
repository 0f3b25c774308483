/* test_social_profit.c -- social profit and the SROI ratio by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sptest.h"

#include "social_profit.h"

/* Savings 1,000, social value 500, local effect 250, investment 400:
   benefits 1,750; net 1,350; SROI 1750/400 = 4.375; returns 2.5, 1.25,
   0.625 per pound.  */
static void
by_hand (void **state)
{
  (void) state;
  sp_social_profit_inputs in = { 1000, 500, 250, 400 };
  sp_social_profit p;
  sp_social_profit_compute (&in, &p);
  assert_near (p.benefits, 1750, 0);
  assert_near (p.net, 1350, 0);
  assert_true (p.ratios_defined);
  assert_near (p.sroi_ratio, 4.375, 1e-15);
  assert_near (p.return_nhs_savings, 2.5, 1e-15);
  assert_near (p.return_social_value, 1.25, 1e-15);
  assert_near (p.return_local_economic_effect, 0.625, 1e-15);
}

/* A loss: negative savings (costs went up) and a worsening.  Savings
   -300, value -50.25, effect 0, investment 99.75: benefits -350.25,
   net -450, SROI -350.25/99.75.  */
static void
a_loss (void **state)
{
  (void) state;
  sp_social_profit_inputs in = { -300, -50.25, 0, 99.75 };
  sp_social_profit p;
  sp_social_profit_compute (&in, &p);
  assert_near (p.net, -450, 1e-12);
  assert_near (p.sroi_ratio, -350.25 / 99.75, 1e-15);
  assert_near (p.return_local_economic_effect, 0, 0);
}

/* No investment: the net is still defined, the ratios are not.  */
static void
no_investment (void **state)
{
  (void) state;
  sp_social_profit_inputs in = { 10, 20, 30, 0 };
  sp_social_profit p;
  sp_social_profit_compute (&in, &p);
  assert_near (p.net, 60, 0);
  assert_false (p.ratios_defined);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (by_hand),
    cmocka_unit_test (a_loss),
    cmocka_unit_test (no_investment),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
