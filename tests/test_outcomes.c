/* test_outcomes.c -- turned scores and the change per domain, by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "sptest.h"

#include "outcomes.h"

static sp_instrument_domain mood = { (char *) "mood", (char *) "Mood", 1, 5,
                                     1, (char *) "", 1 };
static sp_instrument_domain pain = { (char *) "pain", (char *) "Pain", 0, 10,
                                     0, (char *) "", 1 };

static void
method_names (void **state)
{
  (void) state;
  sp_improvement_method m;
  assert_int_equal (sp_improvement_method_parse ("relative", &m), 0);
  assert_int_equal (m, SP_IMPROVEMENT_RELATIVE);
  assert_int_equal (sp_improvement_method_parse ("range", &m), 0);
  assert_int_equal (m, SP_IMPROVEMENT_RANGE);
  assert_int_equal (sp_improvement_method_parse ("share", &m), 0);
  assert_int_equal (m, SP_IMPROVEMENT_SHARE);
  assert_int_equal (sp_improvement_method_parse ("mean", &m), -1);
  assert_int_equal (sp_improvement_method_parse (NULL, &m), -1);
  assert_string_equal (sp_improvement_method_name (SP_IMPROVEMENT_SHARE),
                       "share");
}

/* Higher-is-better scores stay; lower-is-better ones become
   min + max - score: on pain 0..10, 8 -> 2, 0 -> 10, 10 -> 0.  */
static void
turning (void **state)
{
  (void) state;
  assert_near (sp_instrument_turn (&mood, 4), 4, 0);
  assert_near (sp_instrument_turn (&pain, 8), 2, 0);
  assert_near (sp_instrument_turn (&pain, 0), 10, 0);
  assert_near (sp_instrument_turn (&pain, 10), 0, 0);
}

/* n = 4, B = 10, F = 13, R = 3 on mood (1..5):
     means 10/4 = 2.5 and 13/4 = 3.25
     relative (13 - 10) / 10 = 0.3
     range (3.25 - 2.5) / (5 - 1) = 0.1875
     share 3 / 4 = 0.75  */
static void
three_methods (void **state)
{
  (void) state;
  sp_domain_change c;
  sp_domain_change_from_sums (&mood, 4, 10, 13, 3, SP_IMPROVEMENT_RELATIVE,
                              &c);
  assert_true (c.means_defined && c.improvement_defined);
  assert_near (c.participants, 4, 0);
  assert_near (c.baseline_mean, 2.5, 1e-15);
  assert_near (c.followup_mean, 3.25, 1e-15);
  assert_near (c.improvement, 0.3, 1e-15);
  sp_domain_change_from_sums (&mood, 4, 10, 13, 3, SP_IMPROVEMENT_RANGE, &c);
  assert_near (c.improvement, 0.1875, 1e-15);
  sp_domain_change_from_sums (&mood, 4, 10, 13, 3, SP_IMPROVEMENT_SHARE, &c);
  assert_near (c.improvement, 0.75, 1e-15);
}

/* A worsening is negative: n = 2, B = 8, F = 6: relative -2/8 = -0.25,
   range (3 - 4) / 4 = -0.25 on mood.  */
static void
worsening (void **state)
{
  (void) state;
  sp_domain_change c;
  sp_domain_change_from_sums (&mood, 2, 8, 6, 0, SP_IMPROVEMENT_RELATIVE,
                              &c);
  assert_near (c.improvement, -0.25, 1e-15);
  sp_domain_change_from_sums (&mood, 2, 8, 6, 0, SP_IMPROVEMENT_RANGE, &c);
  assert_near (c.improvement, -0.25, 1e-15);
  sp_domain_change_from_sums (&mood, 2, 8, 6, 0, SP_IMPROVEMENT_SHARE, &c);
  assert_near (c.improvement, 0, 0);
}

/* Nobody paired: nothing is defined, under any method, and nothing is
   divided by zero.  A zero baseline sum: relative undefined, range
   (6/2 - 0) / 10 = 0.3 and share 2/2 = 1 still defined.  */
static void
undefined_cases (void **state)
{
  (void) state;
  sp_domain_change c;
  for (int m = 0; m < 3; m++)
    {
      sp_domain_change_from_sums (&pain, 0, 0, 0, 0,
                                  (sp_improvement_method) m, &c);
      assert_false (c.means_defined);
      assert_false (c.improvement_defined);
      assert_near (c.improvement, 0, 0);
    }
  sp_domain_change_from_sums (&pain, 2, 0, 6, 2, SP_IMPROVEMENT_RELATIVE,
                              &c);
  assert_true (c.means_defined);
  assert_false (c.improvement_defined);
  sp_domain_change_from_sums (&pain, 2, 0, 6, 2, SP_IMPROVEMENT_RANGE, &c);
  assert_true (c.improvement_defined);
  assert_near (c.improvement, 0.3, 1e-15);
  sp_domain_change_from_sums (&pain, 2, 0, 6, 2, SP_IMPROVEMENT_SHARE, &c);
  assert_near (c.improvement, 1, 0);
}

/* Improved by at least mid, on turned scores.  pain 0..10, lower better,
   mid 2.5: 8 -> 5 is turned 2 -> 5, +3 (yes); 6 -> 4 is 4 -> 6, +2 (no);
   5 -> 2.5 is +2.5 exactly (yes); 3 -> 6 is -3 (no).  mood 1..5, mid 0.1:
   1.3 -> 1.4 is 0.1 on paper, 0.09999999999999987 in binary (yes, within
   the tolerance of 1e-9 x 4); 1.3 -> 1.39 (no).  A domain built without
   mid (0) uses 1: 3 -> 4 yes, 3 -> 3.5 no.  */
static void
improved_by_mid (void **state)
{
  (void) state;
  sp_instrument_domain p = pain, m = mood, none = mood;
  p.mid = 2.5;
  m.mid = 0.1;
  none.mid = 0;
  assert_true (sp_instrument_improved (&p, sp_instrument_turn (&p, 8),
                                       sp_instrument_turn (&p, 5)));
  assert_false (sp_instrument_improved (&p, sp_instrument_turn (&p, 6),
                                        sp_instrument_turn (&p, 4)));
  assert_true (sp_instrument_improved (&p, sp_instrument_turn (&p, 5),
                                       sp_instrument_turn (&p, 2.5)));
  assert_false (sp_instrument_improved (&p, sp_instrument_turn (&p, 3),
                                        sp_instrument_turn (&p, 6)));
  assert_true (1.4 - 1.3 < 0.1);
  assert_true (sp_instrument_improved (&m, 1.3, 1.4));
  assert_false (sp_instrument_improved (&m, 1.3, 1.39));
  assert_near (sp_instrument_mid (&none), 1, 0);
  assert_true (sp_instrument_improved (&none, 3, 4));
  assert_false (sp_instrument_improved (&none, 3, 3.5));
}

/* The default follow-up from wave counts: baseline wave 1 with 10
   people; wave 2 answered by 3 of them, wave 4 by 2, wave 7 by 1.  With
   min share 0.3 (0.3 x 10 = 3.0000000000000004 in binary) wave 2 must
   qualify, and is the latest that does; 0.2 lets wave 4 in; 0.5 lets
   none in, so the most answered (wave 2) is taken; the wave before the
   baseline (0) never counts.  No wave after the baseline: -1.  */
static void
default_followup (void **state)
{
  (void) state;
  const sp_wave_count c[] = {
    { 0, 12, 9 }, { 1, 10, 10 }, { 2, 5, 3 }, { 4, 2, 2 }, { 7, 1, 1 }
  };
  int wave;
  assert_int_equal (sp_wave_counts_baseline (c, 5, 1), 10);
  assert_int_equal (sp_wave_counts_baseline (c, 5, 3), 0);
  assert_int_equal (sp_outcomes_default_followup (c, 5, 1, 0.3, &wave),
                    SP_FOLLOWUP_MIN_SHARE);
  assert_int_equal (wave, 2);
  assert_int_equal (sp_outcomes_default_followup (c, 5, 1, 0.2, &wave),
                    SP_FOLLOWUP_MIN_SHARE);
  assert_int_equal (wave, 4);
  assert_int_equal (sp_outcomes_default_followup (c, 5, 1, 0.5, &wave),
                    SP_FOLLOWUP_MOST_ANSWERED);
  assert_int_equal (wave, 2);
  assert_int_equal (sp_outcomes_default_followup (c, 5, 7, 0.5, &wave), -1);
  assert_int_equal (wave, -1);
  assert_string_equal (sp_followup_rule_name (SP_FOLLOWUP_MOST_ANSWERED),
                       "most_answered");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (method_names),
    cmocka_unit_test (turning),
    cmocka_unit_test (three_methods),
    cmocka_unit_test (worsening),
    cmocka_unit_test (undefined_cases),
    cmocka_unit_test (improved_by_mid),
    cmocka_unit_test (default_followup),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
