/* test_quarterly.c -- outcome waves, the register by month, spend by
   quarter and progress against the plan (issue 10), against values
   computed by hand */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "calendar.h"
#include "isodate.h"
#include "progress.h"
#include "register_monthly.h"
#include "spend_quarterly.h"
#include "waves.h"

static long
day (const char *iso)
{
  long d = 0;
  assert_int_equal (sp_isodate_parse (iso, &d), 0);
  return d;
}

static void
calendar_months_and_quarters (void **state)
{
  (void) state;
  /* 2018-07-23: month 2018 x 12 + 6 = 24222, quarter 2018 x 4 + 2.  */
  assert_int_equal (sp_calendar_month (day ("2018-07-23")), 24222);
  assert_int_equal (sp_calendar_quarter (day ("2018-07-23")), 8074);
  assert_int_equal (sp_calendar_month (day ("2018-12-31")), 24227);
  assert_int_equal (sp_calendar_quarter (day ("2019-01-01")), 8076);
  assert_int_equal (sp_calendar_quarter (day ("1969-12-31")), 7879);
}

/* Two domains: "up" 0-10, higher better; "down" 1-5, lower better
   (turned: 6 - score).  Scores (participant, wave, domain, score):
     A 0 up 4   A 0 down 2   A 1 up 6   A 1 down 1
     B 0 up 5                B 1 down 3   B 3 up 10
     C 0 down 5
   wave 0: participants 3; up: A 4, B 5 -> 2, mean 4.5;
           down: A 6-2 = 4, C 6-5 = 1 -> 2, mean 2.5
   wave 1: participants 2; up: A 6 -> 1, mean 6;
           down: A 5, B 3 -> 2, mean 4
   wave 3: participants 1; up: B 10 -> mean 10; down: nobody (null)
   No wave 2.  */
static void
waves_by_hand (void **state)
{
  (void) state;
  sp_instrument_domain items[3] = {
    { "up", "Up", 0, 10, 1, "", 1 },
    { "unused", "Unused", 0, 1, 1, "", 1 },
    { "down", "Down", 1, 5, 0, "", 1 },
  };
  sp_instrument inst = { items, 3, NULL };
  sp_outcome_score scores[] = {
    { 0, 0, 0, 4 }, { 0, 0, 2, 2 }, { 0, 1, 0, 6 }, { 0, 1, 2, 1 },
    { 1, 0, 0, 5 }, { 1, 1, 2, 3 }, { 1, 3, 0, 10 }, { 2, 0, 2, 5 },
  };
  char *ids[] = { "A", "B", "C" };
  sp_outcomes o = { 3, ids, scores, 8, 3, NULL, 0 };
  sp_waves w;
  sp_waves_compute (&o, &inst, &w);
  assert_int_equal (w.n_waves, 3);
  assert_int_equal (w.n_domains, 2);   /* "unused" has no score */
  const int wave[3] = { 0, 1, 3 };
  const size_t people[3] = { 3, 2, 1 };
  const size_t n_up[3] = { 2, 1, 1 }, n_down[3] = { 2, 2, 0 };
  const double up[3] = { 4.5, 6, 10 }, down[3] = { 2.5, 4, 0 };
  for (int k = 0; k < 3; k++)
    {
      assert_int_equal (w.waves[k].wave, wave[k]);
      assert_int_equal (w.waves[k].participants, people[k]);
      assert_int_equal (w.waves[k].domains[0].domain, 0);
      assert_int_equal (w.waves[k].domains[1].domain, 2);
      assert_int_equal (w.waves[k].domains[0].participants, n_up[k]);
      assert_int_equal (w.waves[k].domains[1].participants, n_down[k]);
      assert_near (w.waves[k].domains[0].mean, up[k], 0);
      assert_near (w.waves[k].domains[1].mean, down[k], 0);
    }
  sp_waves_free (&w);
}

/* People (status, referral, approval):
     a approved   2019-01-15  2019-03-02
     b in_process 2019-01-31  (none)
     c approved   2019-03-20  2019-03-31
     d lost       2019-02-10
     e enquiry    (none)
     f approved   2019-04-02  2019-06-05
   months 2019-01 .. last:
     without an end: last date 2019-06-05 -> 2019-01 .. 2019-06 (6 months)
       referrals 2, 1, 1, 1, 0, 0; new PHBs 0, 0, 2, 0, 0, 1;
       cumulative 0, 0, 2, 2, 2, 3; undated 1 (b); approved after 0
     ending 2019-04-30: 4 months, cumulative 0, 0, 2, 2; approved
       after 1 (f)
   in the period 2019-03-01 .. 2019-04-30: referrals c, f = 2; new PHBs
   a, c = 2.  */
static void
register_by_month (void **state)
{
  (void) state;
  sp_register_person p[6] = { 0 };
  const char *ref[6] = { "2019-01-15", "2019-01-31", "2019-03-20",
                         "2019-02-10", NULL, "2019-04-02" };
  const char *app[6] = { "2019-03-02", NULL, "2019-03-31", NULL, NULL,
                         "2019-06-05" };
  const sp_status st[6] = { SP_STATUS_APPROVED, SP_STATUS_IN_PROCESS,
                            SP_STATUS_APPROVED, SP_STATUS_LOST,
                            SP_STATUS_ENQUIRY, SP_STATUS_APPROVED };
  for (int i = 0; i < 6; i++)
    {
      p[i].status = st[i];
      p[i].referral_date = (char *) ref[i];
      if (ref[i])
        p[i].referral_day = day (ref[i]);
      p[i].has_approved = app[i] != NULL;
      if (app[i])
        p[i].approved_day = day (app[i]);
    }
  sp_register reg = { p, 6, NULL, 0 };
  sp_register_monthly m;
  sp_register_monthly_compute (&reg, SP_NO_END_DAY, &m);
  assert_int_equal (m.n_months, 6);
  assert_int_equal (m.months[0].month, 2019 * 12);
  const size_t referrals[6] = { 2, 1, 1, 1, 0, 0 };
  const size_t fresh[6] = { 0, 0, 2, 0, 0, 1 };
  const size_t cumulative[6] = { 0, 0, 2, 2, 2, 3 };
  for (int k = 0; k < 6; k++)
    {
      assert_int_equal (m.months[k].month, 2019 * 12 + k);
      assert_int_equal (m.months[k].referrals, referrals[k]);
      assert_int_equal (m.months[k].new_phbs, fresh[k]);
      assert_int_equal (m.months[k].cumulative_phbs, cumulative[k]);
    }
  assert_int_equal (m.undated_phbs, 1);
  assert_int_equal (m.approved_after, 0);
  assert_int_equal (m.dated_phbs, 3);
  sp_register_monthly_free (&m);

  sp_register_monthly_compute (&reg, day ("2019-04-30"), &m);
  assert_int_equal (m.n_months, 4);
  assert_int_equal (m.months[3].cumulative_phbs, 2);
  assert_int_equal (m.approved_after, 1);
  assert_int_equal (m.dated_phbs, 2);
  sp_register_monthly_free (&m);

  size_t r, n;
  sp_register_in_period (&reg, day ("2019-03-01"), day ("2019-04-30"), &r,
                         &n);
  assert_int_equal (r, 2);
  assert_int_equal (n, 2);
}

/* Payments (date, amount, local):
     2019-02-10  100    yes     2019-03-31   50   no
     2019-10-01  200    no      2019-12-31    0   yes
   quarters: 2019-Q1 spend 150, local 100, share 2/3 (2 payments);
             2019-Q4 spend 200, local 0, share 0; none in Q2 and Q3.
   period 2019-03-01 .. 2019-10-01: 50 + 200 = 250, local 0.  */
static void
spend_by_quarter (void **state)
{
  (void) state;
  size_t person[4] = { 0, 0, 0, 0 }, category[4] = { 0, 0, 0, 0 };
  double amount[4] = { 100, 50, 200, 0 };
  int local[4] = { 1, 0, 0, 1 };
  long days[4] = { day ("2019-02-10"), day ("2019-03-31"),
                   day ("2019-10-01"), day ("2019-12-31") };
  char *names[1] = { "pa" };
  sp_transactions tx = { 4, person, category, amount, local, names, 1,
                         0, 0, NULL, 0, days };
  sp_spend_quarter *q;
  size_t n = sp_spend_by_quarter (&tx, &q);
  assert_int_equal (n, 2);
  assert_int_equal (q[0].quarter, 2019 * 4);
  assert_int_equal (q[0].transactions, 2);
  assert_near (q[0].spend, 150, 0);
  assert_near (q[0].local_spend, 100, 0);
  assert_near (q[0].local_share, 2.0 / 3.0, 1e-15);
  assert_int_equal (q[1].quarter, 2019 * 4 + 3);
  assert_near (q[1].spend, 200, 0);
  assert_near (q[1].local_share, 0, 0);
  assert_true (q[1].local_share_defined);
  free (q);
  sp_spend_quarter in;
  sp_spend_in_period (&tx, day ("2019-03-01"), day ("2019-10-01"), &in);
  assert_near (in.spend, 250, 0);
  assert_near (in.local_spend, 0, 0);
  assert_int_equal (in.transactions, 2);
}

/* A register of months M0 .. with NEW new PHBs each, against a plan of
   live PHBs 0, 2, 4, ... from START.  */
static void
progress_case (const size_t *fresh, size_t n, long start, double target,
               sp_progress *p)
{
  sp_register_month months[12];
  size_t cumulative = 0;
  for (size_t k = 0; k < n; k++)
    {
      cumulative += fresh[k];
      months[k].month = 100 + (long) k;
      months[k].referrals = 0;
      months[k].new_phbs = fresh[k];
      months[k].cumulative_phbs = cumulative;
    }
  sp_register_monthly m = { months, n, 0, 0, cumulative };
  static const double live[6] = { 2, 4, 6, 8, 10, 12 };
  sp_progress_plan plan = { live, 6, start, target };
  assert_int_equal (sp_progress_compute (&m, &plan, p), 0);
}

/* Plan from month 101: live 2, 4, 6, 8, 10, 12 (then 12).
   a) months 100..105, new 1, 0, 3, 2, 1, 2: observed 9 at 105,
      planned live[4] = 10, difference -1, |-1| <= 1: on plan; recent
      (2 + 1 + 2)/3 = 5/3; target 20: 105 + ceil (11 / (5/3)) = 105 +
      ceil (6.6) = 112.
   b) new 0, 0, 0, 0, 10: observed
      10 against 8: difference 2 > 0.8: ahead; rate 10/3; target 10 is
      reached: the month it was, 104.
   c) new 1, 1, 1, 1, 0: observed 4 against 8: behind; rate 2/3;
      target 20: 104 + ceil (16 / (2/3)) = 104 + 24 (exactly: 16 / (2/3)
      in floating point is 24.000000000000004, which must not become
      25).
   d) a register before the plan starts (months 100 only, new 0):
      planned 0, observed 0: on plan; rate 0: no projected month.
   e) 12 months from 100 to 111, new 1 each: planned after the
      trajectory ends is its last value, 12; observed 12: on plan
      (exactly); target 12 reached in 111.
   f) exactly 10% below the plan is on plan: observed 9 against 10
      (month 105, live[4]): new 9 in month 105; 11 is on plan too, 8 is
      behind and 12 ahead.  */
static void
progress_by_hand (void **state)
{
  (void) state;
  sp_progress p;
  const size_t a[6] = { 1, 0, 3, 2, 1, 2 };
  progress_case (a, 6, 101, 20, &p);
  assert_int_equal (p.as_of, 105);
  assert_near (p.observed, 9, 0);
  assert_near (p.planned, 10, 0);
  assert_near (p.difference, -1, 0);
  assert_int_equal (p.status, SP_PROGRESS_ON_PLAN);
  assert_near (p.recent_rate, 5.0 / 3.0, 1e-15);
  assert_true (p.projected_defined);
  assert_int_equal (p.projected_month, 112);

  const size_t b[5] = { 0, 0, 0, 0, 10 };
  progress_case (b, 5, 101, 10, &p);
  assert_int_equal (p.status, SP_PROGRESS_AHEAD);
  assert_string_equal (sp_progress_status_name (p.status), "ahead");
  assert_near (p.recent_rate, 10.0 / 3.0, 1e-15);
  assert_int_equal (p.projected_month, 104);

  const size_t c[5] = { 1, 1, 1, 1, 0 };
  progress_case (c, 5, 101, 20, &p);
  assert_int_equal (p.status, SP_PROGRESS_BEHIND);
  assert_string_equal (sp_progress_status_name (p.status), "behind");
  assert_near (p.recent_rate, 2.0 / 3.0, 1e-15);
  assert_int_equal (p.projected_month, 104 + 24);

  const size_t d[1] = { 0 };
  progress_case (d, 1, 101, 20, &p);
  assert_near (p.planned, 0, 0);
  assert_int_equal (p.status, SP_PROGRESS_ON_PLAN);
  assert_string_equal (sp_progress_status_name (p.status), "on plan");
  assert_false (p.projected_defined);

  const size_t e[12] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  progress_case (e, 12, 101, 12, &p);
  assert_near (p.planned, 12, 0);
  assert_int_equal (p.status, SP_PROGRESS_ON_PLAN);
  assert_int_equal (p.projected_month, 111);

  const size_t f[6] = { 0, 0, 0, 0, 0, 9 };
  progress_case (f, 6, 101, 30, &p);
  assert_near (p.planned, 10, 0);
  assert_int_equal (p.status, SP_PROGRESS_ON_PLAN);
  const size_t g[6] = { 0, 0, 0, 0, 0, 8 };
  progress_case (g, 6, 101, 30, &p);
  assert_int_equal (p.status, SP_PROGRESS_BEHIND);
  const size_t h[6] = { 0, 0, 0, 0, 0, 11 };
  progress_case (h, 6, 101, 30, &p);
  assert_int_equal (p.status, SP_PROGRESS_ON_PLAN);
  const size_t i[6] = { 0, 0, 0, 0, 0, 12 };
  progress_case (i, 6, 101, 30, &p);
  assert_int_equal (p.status, SP_PROGRESS_AHEAD);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (calendar_months_and_quarters),
    cmocka_unit_test (waves_by_hand),
    cmocka_unit_test (register_by_month),
    cmocka_unit_test (spend_by_quarter),
    cmocka_unit_test (progress_by_hand),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
