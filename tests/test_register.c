/* test_register.c -- the register's funnel and the investment against
   values computed by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "contrib.h"
#include "investment.h"
#include "register.h"

/* Seven people, one of each status and a second approved plan:
     p1 approved    seg a  budget 1000.50  pas 2    integrated
     p2 approved    seg b  no budget       pas 4    integrated
     p3 in_process  seg a  budget 3000     no pas   not integrated
     p4 lost        seg b  budget 900 (not a live plan: ignored)
     p5 referred    seg ""
     p6 ineligible  seg a
     p7 enquiry     seg ""
   enquiries 7; referrals 6 (all but p7); phbs 3 (p1, p2, p3);
   conversion 3/6 = 0.5; budgets over p1 and p3: total 4000.50, mean
   2000.25, min 1000.50, max 3000; pas over p1, p2: (2 + 4)/2 = 3;
   integrated 2 (p1, p2).
   Segments by name, unnamed last: a (p1, p3, p6): people 3, phbs 2,
   budgets 2, mean 2000.25, pas 2 (p1 only); b (p2, p4): people 2,
   phbs 1, no budget, pas 4; "" (p5, p7): people 2, no plan.  */
static sp_register_person people[7] = {
  { "p1", SP_STATUS_APPROVED, "a", 1, 1000.50, 1, 1, 2, "2019-01-01", 0, 0, 0 },
  { "p2", SP_STATUS_APPROVED, "b", 0, 0, 1, 1, 4, "2019-01-02", 0, 0, 0 },
  { "p3", SP_STATUS_IN_PROCESS, "a", 1, 3000, 0, 0, 0, "2019-01-03", 0, 0, 0 },
  { "p4", SP_STATUS_LOST, "b", 1, 900, 0, 0, 0, "2019-01-04", 0, 0, 0 },
  { "p5", SP_STATUS_REFERRED, "", 0, 0, 0, 0, 0, "2019-01-05", 0, 0, 0 },
  { "p6", SP_STATUS_INELIGIBLE, "a", 0, 0, 0, 0, 0, "2019-01-06", 0, 0, 0 },
  { "p7", SP_STATUS_ENQUIRY, "", 0, 0, 0, 0, 0, NULL, 0, 0, 0 },
};

static void
funnel (void **state)
{
  (void) state;
  sp_register reg = { people, 7, NULL, 0 };
  sp_register_summary s;
  sp_register_summarise (&reg, &s);
  assert_int_equal (s.enquiries, 7);
  assert_int_equal (s.referrals, 6);
  assert_int_equal (s.status[SP_STATUS_APPROVED], 2);
  assert_int_equal (s.status[SP_STATUS_IN_PROCESS], 1);
  assert_int_equal (s.status[SP_STATUS_LOST], 1);
  assert_int_equal (s.status[SP_STATUS_REFERRED], 1);
  assert_int_equal (s.status[SP_STATUS_INELIGIBLE], 1);
  assert_int_equal (s.status[SP_STATUS_ENQUIRY], 1);
  assert_int_equal (s.phbs, 3);
  assert_true (s.conversion_defined);
  assert_near (s.conversion_rate, 0.5, 1e-15);
  assert_int_equal (s.budgets, 2);
  assert_near (s.budget_total, 4000.50, 1e-9);
  assert_near (s.budget_mean, 2000.25, 1e-9);
  assert_near (s.budget_min, 1000.50, 1e-9);
  assert_near (s.budget_max, 3000, 1e-9);
  assert_int_equal (s.with_pas, 2);
  assert_near (s.pas_per_phb, 3, 1e-12);
  assert_int_equal (s.integrated, 2);

  assert_int_equal (s.n_segments, 3);
  assert_string_equal (s.segments[0].segment, "a");
  assert_int_equal (s.segments[0].people, 3);
  assert_int_equal (s.segments[0].phbs, 2);
  assert_int_equal (s.segments[0].budgets, 2);
  assert_near (s.segments[0].budget_mean, 2000.25, 1e-9);
  assert_near (s.segments[0].pas_per_phb, 2, 1e-12);
  assert_string_equal (s.segments[1].segment, "b");
  assert_int_equal (s.segments[1].people, 2);
  assert_int_equal (s.segments[1].phbs, 1);
  assert_int_equal (s.segments[1].budgets, 0);
  assert_near (s.segments[1].pas_per_phb, 4, 1e-12);
  assert_string_equal (s.segments[2].segment, "");
  assert_int_equal (s.segments[2].people, 2);
  assert_int_equal (s.segments[2].phbs, 0);
  sp_register_summary_free (&s);
}

/* Nobody referred: the rate and the budget figures are undefined.  */
static void
only_enquiries (void **state)
{
  (void) state;
  sp_register reg = { people + 6, 1, NULL, 0 };
  sp_register_summary s;
  sp_register_summarise (&reg, &s);
  assert_int_equal (s.enquiries, 1);
  assert_int_equal (s.referrals, 0);
  assert_false (s.conversion_defined);
  assert_int_equal (s.budgets, 0);
  assert_int_equal (s.with_pas, 0);
  sp_register_summary_free (&s);
}

static void
statuses_parse_in_any_case (void **state)
{
  (void) state;
  sp_status st;
  assert_int_equal (sp_status_parse ("In_Process", &st), 0);
  assert_int_equal (st, SP_STATUS_IN_PROCESS);
  assert_int_equal (sp_status_parse ("APPROVED", &st), 0);
  assert_int_equal (st, SP_STATUS_APPROVED);
  assert_int_equal (sp_status_parse ("in process", &st), -1);
  assert_int_equal (sp_status_parse ("", &st), -1);
  assert_string_equal (sp_status_name (SP_STATUS_LOST), "lost");
}

/* The investment of the seven people, by hand, with advocacy £1,000,
   reviews £100 twice a year, VAT 20% and a 5% fee:
     advocacy    = 6 x 1000 x 1.2        = 7,200
     reviews     = 3 x 2 x 100 x 1.2     =   720
     marketplace on budgets: 0.05 x 4000.50 = 200.025
     total = 8,120.025.
   With spend instead, 0.05 x R1.  */
static void
investment_on_budgets (void **state)
{
  (void) state;
  sp_register reg = { people, 7, NULL, 0 };
  double rows[7 * SP_N_CONTRIB], addend[SP_N_CONTRIB], sums[SP_N_CONTRIB];
  sp_contrib_rows (&reg, NULL, rows);
  /* p1's row: referral, live plan, budget, no spend.  */
  assert_near (rows[SP_CONTRIB_REFERRAL], 1, 0);
  assert_near (rows[SP_CONTRIB_PHB], 1, 0);
  assert_near (rows[SP_CONTRIB_BUDGET], 1000.50, 0);
  assert_near (rows[SP_CONTRIB_R1], 0, 0);
  /* p4 is lost: a referral whose budget does not count.  */
  assert_near (rows[3 * SP_N_CONTRIB + SP_CONTRIB_REFERRAL], 1, 0);
  assert_near (rows[3 * SP_N_CONTRIB + SP_CONTRIB_PHB], 0, 0);
  assert_near (rows[3 * SP_N_CONTRIB + SP_CONTRIB_BUDGET], 0, 0);
  sp_contrib_unmatched (NULL, addend);
  sp_contrib_sum (rows, 7, addend, sums);
  assert_near (sums[SP_CONTRIB_REFERRAL], 6, 0);
  assert_near (sums[SP_CONTRIB_PHB], 3, 0);
  assert_near (sums[SP_CONTRIB_BUDGET], 4000.50, 1e-9);

  sp_contrib_params params = { { 1000, 100, 0.2, 0.05, 2 }, 0, 0.3 };
  sp_investment inv;
  sp_lm3 lm3;
  sp_contrib_evaluate (sums, &params, &inv, &lm3);
  assert_int_equal (inv.basis, SP_MARKETPLACE_ON_BUDGETS);
  assert_near (inv.assessed, 6, 0);
  assert_near (inv.phbs, 3, 0);
  assert_near (inv.advocacy, 7200, 1e-9);
  assert_near (inv.reviews, 720, 1e-9);
  assert_near (inv.marketplace_base, 4000.50, 1e-9);
  assert_near (inv.marketplace, 200.025, 1e-9);
  assert_near (inv.total, 8120.025, 1e-9);
  assert_false (lm3.lm3_defined);

  /* The same people resampled as p1, p1, p7: assessed 2, phbs 2, base
     2001 -> 2 x 1200 + 2 x 240 + 100.05 = 2,980.05.  */
  double drawn[3 * SP_N_CONTRIB];
  memcpy (drawn, rows, sizeof rows[0] * SP_N_CONTRIB);
  memcpy (drawn + SP_N_CONTRIB, rows, sizeof rows[0] * SP_N_CONTRIB);
  memcpy (drawn + 2 * SP_N_CONTRIB, rows + 6 * SP_N_CONTRIB,
          sizeof rows[0] * SP_N_CONTRIB);
  sp_contrib_sum (drawn, 3, addend, sums);
  sp_contrib_evaluate (sums, &params, &inv, &lm3);
  assert_near (inv.total, 2980.05, 1e-9);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (funnel),
    cmocka_unit_test (only_enquiries),
    cmocka_unit_test (statuses_parse_in_any_case),
    cmocka_unit_test (investment_on_budgets),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
