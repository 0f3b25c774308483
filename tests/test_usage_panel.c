/* test_usage_panel.c -- the usage panel (periods x participants x
   services, rows by source) and the cohort of two of its periods

   The files are small and every expected value is worked out by hand in
   the comments.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "cli.h"
#include "usage_read.h"
#include "xalloc.h"

/* The unit-cost set of these tests, in this order: b (emergency,
   £100), a (planned, £10), c (planned, £1; never used).  */
static sp_unit_cost items[3] = {
  { "b", "B", "unit", 100.0, SP_CATEGORY_EMERGENCY, "2018", "test",
      100.0, NULL, 1, 0, 0 },
  { "a", "A", "unit", 10.0, SP_CATEGORY_PLANNED, "2018", "test",
      10.0, NULL, 1, 0, 0 },
  { "c", "C", "unit", 1.0, SP_CATEGORY_PLANNED, "2018", "test",
      1.0, NULL, 1, 0, 0 },
};
static sp_unit_costs costs = { items, 3, "costs.csv" };

static const char *const three[] = { "before", "mid", "after" };
static const sp_usage_periods three_periods = { three, 3 };
static const char *const two[] = { "before", "after" };
static const sp_usage_periods two_periods = { two, 2 };

/* Read TEXT (written to a temporary file) into P over PERIODS; returns
   the reader's result.  D is initialised here.  */
static int
read_panel (const char *text, const sp_usage_periods *periods,
            sp_usage_panel *p, sp_diag *d)
{
  char *dir = sp_cli_tmpdir ();
  char *path = sp_cli_write (dir, "usage.csv", text);
  sp_diag_init (d);
  int rc = sp_usage_panel_read (path, &costs, periods, p, d);
  sp_cli_rmtree (dir);
  free (path);
  free (dir);
  return rc;
}

/* Index of participant ID in P; fails when absent.  */
static size_t
who (const sp_usage_panel *p, const char *id)
{
  for (size_t i = 0; i < p->n_participants; i++)
    if (strcmp (p->ids[i], id) == 0)
      return i;
  fail_msg ("participant %s not in the panel", id);
  return 0;
}

/* The rows below, over the periods [before, mid, after]:
     line 2  P2 during a 5 12 recall  -- 'during' is not listed: counted
                                         in other_rows, not kept; but P2
                                         is first seen here
     line 3  P1 before b 2 6 recall   -- 2 x 12/6 = 4 a year
     line 4  P1 before a 1 (12) ()    -- 1; source unspecified
     line 5  P1 after  a 3 24 plan    -- 3 x 12/24 = 1.5
     line 6  P2 before a 2 12 RECORD  -- 2; record (any case)
     line 7  P3 mid    b 0 12 recall  -- 0, but observed
     line 8  P4 during a 1 12 recall  -- P4 only in 'during': not in the
                                         panel
   Participants in file order P2, P1, P3; services used a and b, in
   unit-cost-set order b (cost 0), a (cost 1); c unused.  First rows:
   before line 3, mid line 7, after line 5; other rows 2.  */
static const char three_period_file[] =
  "participant_id,period,service,quantity,months,source\n"
  "P2,during,a,5,12,recall\n"
  "P1,before,b,2,6,recall\n"
  "P1,before,a,1,,\n"
  "P1,after,a,3,24,plan\n"
  "P2,before,a,2,12,RECORD\n"
  "P3,mid,b,0,12,recall\n"
  "P4,during,a,1,12,recall\n";

static void
panel_over_three_periods (void **state)
{
  (void) state;
  sp_usage_panel p;
  sp_diag d;
  assert_int_equal (read_panel (three_period_file, &three_periods, &p, &d),
                    0);
  assert_int_equal (p.n_periods, 3);
  assert_string_equal (p.periods[0], "before");
  assert_string_equal (p.periods[2], "after");
  assert_int_equal (p.period_line[0], 3);
  assert_int_equal (p.period_line[1], 7);
  assert_int_equal (p.period_line[2], 5);
  assert_int_equal (p.other_rows, 2);
  assert_int_equal (p.header_line, 1);
  assert_int_equal (p.period_column, 2);

  assert_int_equal (p.n_participants, 3);
  assert_string_equal (p.ids[0], "P2");
  assert_string_equal (p.ids[1], "P1");
  assert_string_equal (p.ids[2], "P3");
  assert_int_equal (p.n_services, 2);
  assert_int_equal (p.cost_index[0], 0);   /* b */
  assert_int_equal (p.cost_index[1], 1);   /* a */

  size_t nt = 3, ns = 2;
  size_t p1 = who (&p, "P1"), p2 = who (&p, "P2"), p3 = who (&p, "P3");
  static const unsigned char seen[3][3] = {
    /* P2 */ { 1, 0, 0 }, /* P1 */ { 1, 0, 1 }, /* P3 */ { 0, 1, 0 }
  };
  for (size_t i = 0; i < 3; i++)
    for (size_t t = 0; t < nt; t++)
      assert_int_equal (p.observed[i * nt + t], seen[i][t]);
  /* quantities [participant][period][b, a] */
  const double *q = p.quantity;
  assert_near (q[(p1 * nt + 0) * ns + 0], 4.0, 1e-12);
  assert_near (q[(p1 * nt + 0) * ns + 1], 1.0, 1e-12);
  assert_near (q[(p1 * nt + 2) * ns + 0], 0.0, 0);
  assert_near (q[(p1 * nt + 2) * ns + 1], 1.5, 1e-12);
  assert_near (q[(p2 * nt + 0) * ns + 1], 2.0, 1e-12);
  assert_near (q[(p3 * nt + 1) * ns + 0], 0.0, 0);
  /* rows by source [participant][period][recall, record, plan, unspec.] */
  const uint32_t *k = p.source_rows;
  assert_int_equal (k[(p1 * nt + 0) * SP_N_SOURCES + SP_SOURCE_RECALL], 1);
  assert_int_equal (k[(p1 * nt + 0) * SP_N_SOURCES
                      + SP_SOURCE_UNSPECIFIED], 1);
  assert_int_equal (k[(p1 * nt + 2) * SP_N_SOURCES + SP_SOURCE_PLAN], 1);
  assert_int_equal (k[(p2 * nt + 0) * SP_N_SOURCES + SP_SOURCE_RECORD], 1);
  assert_int_equal (k[(p3 * nt + 1) * SP_N_SOURCES + SP_SOURCE_RECALL], 1);
  size_t total = 0;
  for (size_t i = 0; i < 3 * nt * SP_N_SOURCES; i++)
    total += k[i];
  assert_int_equal (total, 5);   /* the five rows of listed periods */

  /* One warning: the two rows of 'during', from line 2, column 2.  */
  assert_false (sp_diag_failed (&d));
  assert_int_equal (d.n_msgs, 1);
  assert_int_equal (d.msgs[0].line, 2);
  assert_int_equal (d.msgs[0].column, 2);
  assert_non_null (strstr (d.msgs[0].text, "2 rows name a period other "
                                           "than 'before', 'mid' and "
                                           "'after'"));
  sp_diag_free (&d);

  /* The cohort of before (0) and after (2): P1 only.  P2 (before only)
     is excluded; P3 (mid only) is in neither and not counted.  Rows by
     source are P1's only: before recall 1 + unspecified 1 (P2's record
     row is not the cohort's), after plan 1.  */
  sp_usage u;
  sp_usage_cohort (&p, 0, 2, &u);
  assert_int_equal (u.n_participants, 1);
  assert_string_equal (u.ids[0], "P1");
  assert_int_equal (u.n_excluded, 1);
  assert_string_equal (u.excluded_ids[0], "P2");
  assert_int_equal (u.before_period, 0);
  assert_int_equal (u.after_period, 2);
  assert_int_equal (u.n_services, 2);
  assert_near (u.before[0], 4.0, 1e-12);
  assert_near (u.before[1], 1.0, 1e-12);
  assert_near (u.after[0], 0.0, 0);
  assert_near (u.after[1], 1.5, 1e-12);
  static const size_t want_before[SP_N_SOURCES] = { 1, 0, 0, 1 };
  static const size_t want_after[SP_N_SOURCES] = { 0, 0, 1, 0 };
  for (size_t s = 0; s < SP_N_SOURCES; s++)
    {
      assert_int_equal (u.source_rows_before[s], want_before[s]);
      assert_int_equal (u.source_rows_after[s], want_after[s]);
    }
  sp_usage_free (&u);

  /* Before (0) and mid (1): nobody in both; P2 and P1 (before only) and
     P3 (mid only) are excluded.  The check says so at the first row of
     'before' (line 3, the period column 2) and names mid's first row
     (line 7); the three excluded are one warning.  */
  sp_diag_init (&d);
  assert_int_equal (sp_usage_cohort_check (&p, 0, 1, &u, &d), -1);
  assert_int_equal (u.n_participants, 0);
  assert_int_equal (u.n_excluded, 3);
  assert_int_equal (d.n_msgs, 2);
  assert_int_equal (d.msgs[0].kind, SP_DIAG_WARNING);
  assert_non_null (strstr (d.msgs[0].text, "3 participants have rows "
                                           "in only one of period 'before' "
                                           "and period 'mid'"));
  assert_non_null (strstr (d.msgs[0].text, "'P2' (only 'before'), 'P1' "
                                           "(only 'before'), 'P3' (only "
                                           "'mid')"));
  assert_null (strstr (d.msgs[0].text, "more"));
  assert_int_equal (d.msgs[1].kind, SP_DIAG_ERROR);
  assert_int_equal (d.msgs[1].line, 3);
  assert_int_equal (d.msgs[1].column, 2);
  assert_non_null (strstr (d.msgs[1].text, "first row on line 7"));
  sp_usage_free (&u);
  sp_diag_free (&d);
  sp_usage_panel_free (&p);
}

/* Without a source column every row is unspecified; the cohort of the
   first and last period is what sp_usage_read gives.  Two rows per
   period for X: before a 1 + b 2, after a 1 -> 2 + 1 unspecified rows.  */
static void
no_source_column (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *path = sp_cli_write (dir, "u.csv",
                             "period,participant_id,quantity,service\n"
                             "before,X,1,a\nbefore,X,2,b\nafter,X,1,a\n");
  sp_diag d;
  sp_diag_init (&d);
  sp_usage u;
  assert_int_equal (sp_usage_read (path, &costs, &two_periods, &u, &d), 0);
  assert_int_equal (d.n_msgs, 0);
  assert_int_equal (u.n_participants, 1);
  assert_int_equal (u.n_excluded, 0);
  assert_int_equal (u.source_rows_before[SP_SOURCE_UNSPECIFIED], 2);
  assert_int_equal (u.source_rows_after[SP_SOURCE_UNSPECIFIED], 1);
  for (size_t s = 0; s < SP_SOURCE_UNSPECIFIED; s++)
    assert_int_equal (u.source_rows_before[s] + u.source_rows_after[s], 0);
  /* b before a (unit-cost order): before {2, 1}, after {0, 1} */
  assert_near (u.before[0], 2.0, 0);
  assert_near (u.before[1], 1.0, 0);
  assert_near (u.after[0], 0.0, 0);
  assert_near (u.after[1], 1.0, 0);
  sp_usage_free (&u);
  sp_diag_free (&d);
  sp_cli_rmtree (dir);
  free (path);
  free (dir);
}

/* A repeated (participant, period, service) is an error at the second
   row's service column naming the first row, whether the period is
   listed or not and whether the service is priced or not; the file is
   then refused.  */
static void
repeated_rows (void **state)
{
  (void) state;
  sp_usage_panel p;
  sp_diag d;
  static const char text[] = "participant_id,period,service,quantity\n"
                             "P1,before,a,1\n"      /* 2 */
                             "P1,other,a,1\n"       /* 3 */
                             "P1,before,zz,1\n"     /* 4: not priced */
                             "P1,before,a,2\n"      /* 5: repeats 2 */
                             "P1,other,a,1\n"       /* 6: repeats 3 */
                             "P1,before,zz,1\n"     /* 7: repeats 4 */
                             "P2,before,a,1\n";     /* 8: fine */
  assert_int_equal (read_panel (text, &two_periods, &p, &d), -1);
  static const struct
  {
    size_t line, first;
  } want[] = { { 5, 2 }, { 6, 3 }, { 7, 4 } };
  size_t found = 0;
  for (size_t i = 0; i < d.n_msgs; i++)
    if (strstr (d.msgs[i].text, "twice"))
      {
        assert_true (found < 3);
        assert_int_equal (d.msgs[i].line, want[found].line);
        assert_int_equal (d.msgs[i].column, 3);
        char *first = sp_xasprintf ("(first on line %zu)",
                                    want[found].first);
        assert_non_null (strstr (d.msgs[i].text, first));
        free (first);
        found++;
      }
  assert_int_equal (found, 3);
  /* and the unpriced service, twice (lines 4 and 7) */
  assert_int_equal (sp_diag_errors_in (&d, d.msgs[0].file), 5);
  assert_int_equal (p.n_participants, 0);
  sp_diag_free (&d);
  sp_usage_panel_free (&p);
}

/* A period with no row at all: the error is at the header's period
   column (line 2 after a blank first line, column 3) and says which
   period has no row.  */
static void
period_without_rows (void **state)
{
  (void) state;
  sp_usage_panel p;
  sp_diag d;
  assert_int_equal (read_panel ("\nservice,participant_id,period,quantity\n"
                                "a,P1,before,1\n",
                                &two_periods, &p, &d), 0);
  assert_int_equal (p.period_line[1], 0);
  sp_diag_free (&d);
  sp_diag_init (&d);
  sp_usage u;
  assert_int_equal (sp_usage_cohort_check (&p, 0, 1, &u, &d), -1);
  /* the warning about P1, then the error */
  assert_int_equal (d.n_msgs, 2);
  /* Worded "has rows", not "observed": the warning is also a data note
     on the statement (issue 11), where "observed" is kept for the
     saving's basis (recorded activity, issue 8).  */
  assert_string_equal (d.msgs[0].text, "participant 'P1' has rows in "
                                       "period 'before' but not 'after': "
                                       "excluded from the comparison");
  assert_int_equal (d.msgs[1].line, 2);
  assert_int_equal (d.msgs[1].column, 3);
  assert_non_null (strstr (d.msgs[1].text, "no row names period 'after'"));
  sp_usage_free (&u);
  sp_diag_free (&d);
  sp_usage_panel_free (&p);
}

/* Twelve participants seen before only and one in both: one warning
   with the count, the first ten identifiers in file order and "and 2
   more".  */
static void
many_excluded_one_warning (void **state)
{
  (void) state;
  char *text = sp_xstrdup ("participant_id,period,service,quantity\n"
                           "K,before,a,1\nK,after,a,1\n");
  for (int i = 1; i <= 12; i++)
    {
      char *next = sp_xasprintf ("%sE%02d,before,a,1\n", text, i);
      free (text);
      text = next;
    }
  sp_usage_panel p;
  sp_diag d;
  assert_int_equal (read_panel (text, &two_periods, &p, &d), 0);
  free (text);
  sp_usage u;
  assert_int_equal (sp_usage_cohort_check (&p, 0, 1, &u, &d), 0);
  assert_int_equal (u.n_participants, 1);
  assert_int_equal (u.n_excluded, 12);
  assert_int_equal (d.n_msgs, 1);
  const char *w = d.msgs[0].text;
  assert_non_null (strstr (w, "12 participants have rows in only one "
                              "of period 'before' and period 'after'"));
  assert_non_null (strstr (w, "'E01' (only 'before'), 'E02'"));
  assert_non_null (strstr (w, "'E10' (only 'before') and 2 more"));
  assert_null (strstr (w, "'E11'"));
  sp_usage_free (&u);
  sp_diag_free (&d);
  sp_usage_panel_free (&p);
}

/* sp_usage_cohort on a panel built by hand: two periods, two
   participants, one service.  A: before 2, after 1 (recall, recall);
   B: after 5 only (record) -> excluded.  Cohort {A}, before 2 after 1,
   rows recall 1 / recall 1; B's record row is not counted.  */
static void
cohort_of_hand_built_panel (void **state)
{
  (void) state;
  char *ids[] = { "A", "B" };
  char *periods[] = { "t0", "t1" };
  size_t lines[] = { 2, 3 };
  size_t cost_index[] = { 1 };
  unsigned char observed[] = { 1, 1, 0, 1 };
  double quantity[] = { 2, 1, 0, 5 };
  uint32_t rows[] = { 1, 0, 0, 0, 1, 0, 0, 0,
                      0, 0, 0, 0, 0, 1, 0, 0 };
  sp_usage_panel p = { .n_periods = 2, .periods = periods,
                       .period_line = lines, .n_participants = 2,
                       .ids = ids, .n_services = 1,
                       .cost_index = cost_index, .observed = observed,
                       .quantity = quantity, .source_rows = rows };
  sp_usage u;
  sp_usage_cohort (&p, 0, 1, &u);
  assert_int_equal (u.n_participants, 1);
  assert_string_equal (u.ids[0], "A");
  assert_int_equal (u.cost_index[0], 1);
  assert_near (u.before[0], 2, 0);
  assert_near (u.after[0], 1, 0);
  assert_int_equal (u.n_excluded, 1);
  assert_string_equal (u.excluded_ids[0], "B");
  assert_int_equal (u.source_rows_before[SP_SOURCE_RECALL], 1);
  assert_int_equal (u.source_rows_after[SP_SOURCE_RECALL], 1);
  assert_int_equal (u.source_rows_after[SP_SOURCE_RECORD], 0);
  sp_usage_free (&u);
  /* the other way round: t1 as before, t0 as after -- same people */
  sp_usage_cohort (&p, 1, 0, &u);
  assert_near (u.before[0], 1, 0);
  assert_near (u.after[0], 2, 0);
  sp_usage_free (&u);
  assert_string_equal (sp_source_name (SP_SOURCE_PLAN), "plan");
  assert_string_equal (sp_source_name (SP_SOURCE_UNSPECIFIED),
                       "unspecified");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (panel_over_three_periods),
    cmocka_unit_test (no_source_column),
    cmocka_unit_test (repeated_rows),
    cmocka_unit_test (period_without_rows),
    cmocka_unit_test (many_excluded_one_warning),
    cmocka_unit_test (cohort_of_hand_built_panel),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
