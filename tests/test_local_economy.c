/* test_local_economy.c -- LM3, spend by category and contributions
   against values computed by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "contrib.h"
#include "local_economy.h"
#include "register.h"

/* R1 1000, R2 600, re-spend 0.25: R3 150, LM3 (1000+600+150)/1000 =
   1.75, effect 750, local share 0.6.  */
static void
lm3_by_hand (void **state)
{
  (void) state;
  sp_lm3 m;
  sp_lm3_compute (1000, 600, 0.25, &m);
  assert_near (m.r3, 150, 1e-12);
  assert_true (m.lm3_defined);
  assert_near (m.lm3, 1.75, 1e-15);
  assert_near (m.effect, 750, 1e-12);
  assert_near (m.local_share, 0.6, 1e-15);

  /* Nothing spent: LM3 undefined, effect 0.  */
  sp_lm3_compute (0, 0, 0.25, &m);
  assert_false (m.lm3_defined);
  assert_near (m.effect, 0, 0);

  /* Nothing local: LM3 is 1.  */
  sp_lm3_compute (80, 0, 0.5, &m);
  assert_near (m.lm3, 1, 1e-15);
}

/* Two people in the register, five transactions (one for someone not
   in the register):
     t0 a  pa         100.10  local
     t1 a  equipment   49.90  not local
     t2 b  pa         200.00  local
     t3 ?  activity    30.00  local     (not in the register)
     t4 b  activity    20.00  not local
   rows: a R1 150, R2 100.10; b R1 220, R2 200; addend R1 30, R2 30.
   R1 = 400, R2 = 330.10; re-spend 0.4: R3 = 132.04, LM3 =
   (400 + 330.10 + 132.04)/400 = 2.15535, effect 462.14.
   By category: pa 300.10 (0.75025), activity 50 (0.125, local 30),
   equipment 49.90 (0.12475).  Fee 5%: 20.00.  */
static void
transactions_by_hand (void **state)
{
  (void) state;
  sp_register_person people[2] = {
    { "a", SP_STATUS_APPROVED, "s", 1, 1200, 0, 1, 1, "2020-01-01", 0, 0, 0 },
    { "b", SP_STATUS_IN_PROCESS, "s", 1, 2400, 0, 1, 1, "2020-01-01", 0, 0, 0 },
  };
  sp_register reg = { people, 2, NULL, 0 };
  size_t person[5] = { 0, 0, 1, SP_NO_PERSON, 1 };
  size_t category[5] = { 0, 1, 0, 2, 2 };
  double amount[5] = { 100.10, 49.90, 200.00, 30.00, 20.00 };
  int local[5] = { 1, 0, 1, 1, 0 };
  char *names[3] = { "pa", "equipment", "activity" };
  sp_transactions tx = { 5, person, category, amount, local, names, 3,
                         1, 1, NULL, 0, NULL };

  double rows[2 * SP_N_CONTRIB], addend[SP_N_CONTRIB], sums[SP_N_CONTRIB];
  sp_contrib_rows (&reg, &tx, rows);
  assert_near (rows[SP_CONTRIB_R1], 150, 1e-12);
  assert_near (rows[SP_CONTRIB_R2], 100.10, 1e-12);
  assert_near (rows[SP_N_CONTRIB + SP_CONTRIB_R1], 220, 1e-12);
  assert_near (rows[SP_N_CONTRIB + SP_CONTRIB_R2], 200, 1e-12);
  sp_contrib_unmatched (&tx, addend);
  assert_near (addend[SP_CONTRIB_R1], 30, 0);
  assert_near (addend[SP_CONTRIB_R2], 30, 0);
  assert_near (addend[SP_CONTRIB_PHB], 0, 0);
  sp_contrib_sum (rows, 2, addend, sums);

  sp_contrib_params params = { { 0, 0, 0.2, 0.05, 1 }, 1, 0.4 };
  sp_investment inv;
  sp_lm3 m;
  sp_contrib_evaluate (sums, &params, &inv, &m);
  assert_near (m.r1, 400, 1e-9);
  assert_near (m.r2, 330.10, 1e-9);
  assert_near (m.r3, 132.04, 1e-9);
  assert_near (m.lm3, 2.15535, 1e-12);
  assert_near (m.effect, 462.14, 1e-9);
  /* Marketplace on the spend: 0.05 x 400.  */
  assert_int_equal (inv.basis, SP_MARKETPLACE_ON_TRANSACTIONS);
  assert_near (inv.marketplace, 20, 1e-9);

  /* The bootstrap statistic adds the addend itself: from the rows'
     sums alone (R1 370, R2 300.10) it gives the same figures.  */
  sp_contrib_problem prob = { params, { 0 } };
  memcpy (prob.addend, addend, sizeof addend);
  double row_sums[SP_N_CONTRIB], theta[SP_CONTRIB_N_FIGURES];
  sp_contrib_sum (rows, 2, (double[SP_N_CONTRIB]) { 0 }, row_sums);
  assert_near (row_sums[SP_CONTRIB_R1], 370, 1e-9);
  sp_contrib_statistic (row_sums, theta, &prob);
  assert_near (theta[SP_CONTRIB_FIG_R1], 400, 1e-9);
  assert_near (theta[SP_CONTRIB_FIG_LM3], 2.15535, 1e-12);
  assert_near (theta[SP_CONTRIB_FIG_EFFECT], 462.14, 1e-9);
  assert_near (theta[SP_CONTRIB_FIG_MARKETPLACE], 20, 1e-9);
  assert_near (theta[SP_CONTRIB_FIG_INVESTMENT], inv.total, 0);
  /* A resample with no spend at all: LM3 undefined (NaN).  */
  memset (prob.addend, 0, sizeof prob.addend);
  memset (row_sums, 0, sizeof row_sums);
  sp_contrib_statistic (row_sums, theta, &prob);
  assert_true (isnan (theta[SP_CONTRIB_FIG_LM3]));
  assert_near (theta[SP_CONTRIB_FIG_EFFECT], 0, 0);

  sp_local_economy le;
  sp_local_economy_compute (&tx, m.r1, m.r2, m.respend, 0.05, &le);
  assert_near (le.lm3.lm3, 2.15535, 1e-12);
  assert_near (le.fee_transacted, 20, 1e-9);
  assert_int_equal (le.transactions, 5);
  assert_int_equal (le.n_categories, 3);
  assert_string_equal (le.by_category[0].category, "pa");
  assert_near (le.by_category[0].amount, 300.10, 1e-9);
  assert_near (le.by_category[0].share, 0.75025, 1e-12);
  assert_int_equal (le.by_category[0].transactions, 2);
  assert_string_equal (le.by_category[1].category, "activity");
  assert_near (le.by_category[1].amount, 50, 1e-9);
  assert_near (le.by_category[1].local, 30, 1e-9);
  assert_near (le.by_category[1].share, 0.125, 1e-12);
  assert_string_equal (le.by_category[2].category, "equipment");
  assert_near (le.by_category[2].share, 0.12475, 1e-12);
  assert_int_equal (le.unmatched_transactions, 1);
  assert_int_equal (le.unmatched_people, 1);
  assert_near (le.unmatched_amount, 30, 0);
  sp_local_economy_free (&le);
}

/* Categories with the same spend are ordered by name.  */
static void
ties_by_name (void **state)
{
  (void) state;
  size_t person[2] = { SP_NO_PERSON, SP_NO_PERSON };
  size_t category[2] = { 0, 1 };
  double amount[2] = { 5, 5 };
  int local[2] = { 0, 0 };
  char *names[2] = { "other", "equipment" };
  sp_transactions tx = { 2, person, category, amount, local, names, 2,
                         2, 1, NULL, 0, NULL };
  sp_local_economy le;
  sp_local_economy_compute (&tx, 10, 0, 0.5, 0.05, &le);
  assert_string_equal (le.by_category[0].category, "equipment");
  assert_string_equal (le.by_category[1].category, "other");
  assert_near (le.lm3.lm3, 1, 0);
  sp_local_economy_free (&le);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (lm3_by_hand),
    cmocka_unit_test (transactions_by_hand),
    cmocka_unit_test (ties_by_name),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
