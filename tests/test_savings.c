/* test_savings.c -- the savings table against values computed by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "cohort.h"
#include "sptest.h"

#include "savings.h"

/* The cohort of cohort.h, one participant excluded.  */
static void
small_cohort (void **state)
{
  (void) state;
  sp_test_cohort c;
  sp_test_cohort_init (&c, 1);

  sp_savings s;
  sp_savings_compute (&c.usage, &c.costs, 9.0, &s);
  assert_int_equal (s.participants, 3);
  assert_int_equal (s.excluded_participants, 1);
  assert_near (s.lines[0].before_cost, 60.0, 1e-9);
  assert_near (s.lines[0].after_cost, 20.0, 1e-9);
  assert_near (s.lines[1].saving, 200.0, 1e-9);
  assert_near (s.baseline_cost, 360.0, 1e-9);
  assert_near (s.after_cost, 120.0, 1e-9);
  assert_near (s.saving, 240.0, 1e-9);
  assert_true (s.saving_rate_defined);
  assert_near (s.saving_rate, 2.0 / 3.0, 1e-12);
  assert_near (s.per_participant, 80.0, 1e-9);
  assert_true (s.scaled);
  assert_near (s.scaled_saving, 720.0, 1e-9);
  const sp_savings_category *pl = &s.categories[SP_CATEGORY_PLANNED];
  const sp_savings_category *em = &s.categories[SP_CATEGORY_EMERGENCY];
  assert_near (pl->cost_reduction, 40.0 / 60.0, 1e-12);
  assert_near (pl->use_reduction, 4.0 / 6.0, 1e-12);
  assert_near (em->cost_reduction, 200.0 / 300.0, 1e-12);
  assert_near (em->use_reduction, 2.0 / 3.0, 1e-12);
  sp_savings_free (&s);
}

/* A zero baseline leaves the rate undefined rather than dividing.  */
static void
zero_baseline (void **state)
{
  (void) state;
  sp_unit_cost items[1] = {
    { "a", "A", "unit", 10.0, SP_CATEGORY_PLANNED, "2018", "test",
        10.0, NULL, 1, 0, 0 },
  };
  sp_unit_costs costs = { items, 1, NULL };
  size_t cost_index[1] = { 0 };
  double before[1] = { 0 };
  double after[1] = { 2 };
  char *ids[1] = { "p1" };
  sp_usage u = { .n_participants = 1, .ids = ids, .n_services = 1,
                 .cost_index = cost_index, .before = before,
                 .after = after, .after_period = 1 };
  sp_savings s;
  sp_savings_compute (&u, &costs, 0.0, &s);
  assert_false (s.saving_rate_defined);
  assert_near (s.saving, -20.0, 1e-12);
  assert_false (s.scaled);
  assert_false (s.categories[SP_CATEGORY_PLANNED].cost_reduction_defined);
  sp_savings_free (&s);
}

/* The basis rule (rows indexed recall, record, plan, unspecified): a
   single plan row anywhere makes a forecast; only records make an
   observation; anything else (recall, unspecified, or no rows) is
   reported.  */
static void
basis (void **state)
{
  (void) state;
  const size_t none[SP_N_SOURCES] = { 0, 0, 0, 0 };
  const size_t records[SP_N_SOURCES] = { 0, 7, 0, 0 };
  const size_t one_plan[SP_N_SOURCES] = { 0, 9, 1, 0 };
  const size_t recall[SP_N_SOURCES] = { 3, 0, 0, 0 };
  const size_t one_recall[SP_N_SOURCES] = { 1, 20, 0, 0 };
  const size_t unspecified[SP_N_SOURCES] = { 0, 5, 0, 1 };
  const size_t plan_and_recall[SP_N_SOURCES] = { 4, 0, 2, 0 };
  assert_int_equal (sp_savings_basis (records, records), SP_BASIS_OBSERVED);
  assert_int_equal (sp_savings_basis (records, one_plan), SP_BASIS_FORECAST);
  assert_int_equal (sp_savings_basis (one_plan, records), SP_BASIS_FORECAST);
  assert_int_equal (sp_savings_basis (recall, one_plan), SP_BASIS_FORECAST);
  assert_int_equal (sp_savings_basis (plan_and_recall, none),
                    SP_BASIS_FORECAST);
  assert_int_equal (sp_savings_basis (recall, records), SP_BASIS_REPORTED);
  assert_int_equal (sp_savings_basis (records, one_recall),
                    SP_BASIS_REPORTED);
  assert_int_equal (sp_savings_basis (unspecified, records),
                    SP_BASIS_REPORTED);
  assert_int_equal (sp_savings_basis (none, none), SP_BASIS_REPORTED);
  assert_string_equal (sp_basis_name (SP_BASIS_OBSERVED), "observed");
  assert_string_equal (sp_basis_name (SP_BASIS_REPORTED), "reported");
  assert_string_equal (sp_basis_name (SP_BASIS_FORECAST), "forecast");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (small_cohort),
    cmocka_unit_test (zero_baseline),
    cmocka_unit_test (basis),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
