/* test_cli_savings.c -- socialprofit savings end to end */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "cli.h"
#include "doc.h"
#include "xalloc.h"

#define EVAL "fixtures/calico-2019/evaluation.json"

/* The line of savings.lines whose service is SERVICE.  */
static const cJSON *
line_of (const cJSON *doc, const char *service)
{
  const cJSON *line;
  cJSON_ArrayForEach (line, sp_doc_get (doc, "savings.lines"))
  if (strcmp (sp_doc_str (line, "service", ""), service) == 0)
    return line;
  fail_msg ("no line for %s", service);
  return NULL;
}

/* Appendix 2a, every line and total.  */
static void
pilot_reproduces_appendix_2a (void **state)
{
  (void) state;
  /* --internal: every line, including bed days used by 2 participants,
     which disclosure control suppresses in published output.  */
  sp_cli_result r = sp_cli_run ("savings %s --format json --scale-to 48 "
                                "--internal", EVAL);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  assert_near (sp_cli_num (doc, "savings.baseline_cost"), 1465203,
                       0.5);
  assert_near (sp_cli_num (doc, "savings.after_cost"), 233303, 0.5);
  assert_near (sp_cli_num (doc, "savings.saving"), 1231900, 0.5);
  assert_near (sp_cli_num (doc, "savings.saving_rate"), 0.8408,
                       0.00005);
  assert_near (sp_cli_num (doc, "savings.scaled.saving"), 2687782,
                       1.0);
  assert_near (sp_cli_num (doc, "savings.scaled.n"), 48, 0);
  assert_near (sp_cli_num (doc, "savings.participants"), 22, 0);
  assert_near (sp_cli_num (doc, "savings.excluded_participants"), 0,
                       0);
  static const struct
  {
    const char *service;
    double uc, bq, bc, aq, ac, saving;
  } a2a[] = {
    { "ae_attendance", 328, 50, 16400, 15, 4920, 11480 },
    { "ambulance_callout", 202, 45, 9090, 11, 2222, 6868 },
    { "hospital_admission", 3049, 38, 115862, 11, 33539, 82323 },
    { "hospital_bed_day", 3049, 425, 1295825, 60, 182940, 1112885 },
    { "gp_in_hours", 36, 221, 7956, 77, 2772, 5184 },
    { "gp_out_of_hours", 70, 11, 770, 3, 210, 560 },
    { "mh_outpatient", 300, 17, 5100, 6, 1800, 3300 },
    { "mh_inpatient_day", 350, 30, 10500, 10, 3500, 7000 },
    { "mh_crisis", 300, 7, 2100, 0, 0, 2100 },
    { "diabetic_nurse", 100, 16, 1600, 14, 1400, 200 },
  };
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (doc, "savings.lines")),
                    10);
  for (size_t i = 0; i < sizeof a2a / sizeof a2a[0]; i++)
    {
      const cJSON *l = line_of (doc, a2a[i].service);
      assert_near (sp_cli_num (l, "unit_cost"), a2a[i].uc, 1e-9);
      assert_near (sp_cli_num (l, "before_quantity"), a2a[i].bq,
                           1e-9);
      assert_near (sp_cli_num (l, "before_cost"), a2a[i].bc, 1e-6);
      assert_near (sp_cli_num (l, "after_quantity"), a2a[i].aq,
                           1e-9);
      assert_near (sp_cli_num (l, "after_cost"), a2a[i].ac, 1e-6);
      assert_near (sp_cli_num (l, "saving"), a2a[i].saving, 1e-6);
    }
  cJSON_Delete (doc);
  sp_cli_free (&r);
}

/* A cohort unlike the pilot: other services, 6-, 9- and 12-month
   windows, shuffled columns, CRLF and a BOM, quoted fields, one
   participant without follow-up and one only in another period.
   Costs by hand:
     x1 (planned, £50): P1 before 3 over 6 months -> 6/yr, after 2 over
        12 -> 2; P2 before 9 over 9 -> 12, after 0.
        before 18 x 50 = 900, after 2 x 50 = 100.
     y2 (emergency, £1,000.50): P1 before 1 (12m) after 0; P2 before 0
        after 1.5 over 6 -> 3.
        before 1000.50, after 3001.50.
   baseline 1900.50, after 3101.50, saving -1201, rate -1201/1900.5,
   per participant -600.5, scaled to 5: -3002.5.  P3 (before only) is
   excluded; P4 (period 'later' only) is not part of the comparison.  */
static void
unseen_cohort (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *costs = sp_cli_write (dir, "costs.csv",
    "category,unit_cost,service,label,unit,price_year,source,notes\n"
    "planned,50,x1,\"Clinic, outpatient\",visit,2022/23,test,n\n"
    "emergency,1000.50,y2,Stay,day,2022/23,\"a \"\"quoted\"\" source\",\n"
    "planned,7,z3,Unused,call,2022/23,test,\n");
  char *usage = sp_cli_write (dir, "usage.csv",
    "\xEF\xBB\xBF" "months,quantity,service,period,participant_id,source\r\n"
    "6,3,x1,pre,P1,record\r\n"
    "12,2,x1,post,P1,record\r\n"
    "12,1,y2,pre,P1,record\r\n"
    "12,0,y2,post,P1,record\r\n"
    "9,9,x1,pre,P2,recall\r\n"
    ",0,x1,post,P2,plan\r\n"
    "12,0,y2,pre,P2,recall\r\n"
    "6,1.5,y2,post,P2,plan\r\n"
    "12,4,x1,pre,P3,recall\r\n"
    "12,4,x1,later,P4,recall\r\n");
  /* --internal: a cohort of 2 is suppressed whole in published output
     (test_cli_disclosure.c); here the arithmetic is checked.  */
  sp_cli_result r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' "
                                "--before pre --after post --scale-to 5 "
                                "--format json --internal", usage, costs);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  assert_near (sp_cli_num (doc, "savings.baseline_cost"), 1900.5,
                       1e-9);
  assert_near (sp_cli_num (doc, "savings.after_cost"), 3101.5, 1e-9);
  assert_near (sp_cli_num (doc, "savings.saving"), -1201, 1e-9);
  assert_near (sp_cli_num (doc, "savings.saving_rate"),
                       -1201 / 1900.5, 1e-12);
  assert_near (sp_cli_num (doc, "savings.per_participant"), -600.5,
                       1e-9);
  assert_near (sp_cli_num (doc, "savings.scaled.saving"), -3002.5,
                       1e-9);
  assert_near (sp_cli_num (doc, "savings.participants"), 2, 0);
  assert_near (sp_cli_num (doc, "savings.excluded_participants"), 1,
                       0);
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (doc, "savings.lines")),
                    2);
  assert_near (sp_cli_num (line_of (doc, "x1"), "before_quantity"),
                       18, 1e-9);
  assert_near (sp_cli_num (line_of (doc, "y2"), "after_cost"),
                       3001.5, 1e-9);
  /* Warnings: the unknown column, the excluded participant by name.  */
  assert_non_null (strstr (r.err, "'notes'"));
  assert_non_null (strstr (r.err, "'P3'"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* CSV and text renderings of the same run.  */
  r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' --before pre "
                  "--after post --format csv --internal", usage, costs);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "x1,\"Clinic, outpatient\",planned,50,"));
  sp_cli_free (&r);
  r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' --before pre "
                  "--after post --internal", usage, costs);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "-£1,201"));
  sp_cli_free (&r);

  sp_cli_rmtree (dir);
  free (costs);
  free (usage);
  free (dir);
}

/* Every problem in the file, each at FILE:LINE:COLUMN, exit 65, nothing
   on stdout.  */
static void
bad_data_reports_every_problem (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *costs = sp_cli_write (dir, "costs.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "a,A,u,10,planned,2020,t\n"
    "b,B,u,-1,planned,2020,t\n"
    "a,A again,u,10,urgent,2020,t\n");
  sp_cli_result r = sp_cli_run ("savings --usage /dev/null --unit-costs '%s'",
                                costs);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "costs.csv:3:4: error:"));
  assert_non_null (strstr (r.err, "costs.csv:4:1: error:"));
  assert_non_null (strstr (r.err, "costs.csv:4:5: error:"));
  sp_cli_free (&r);

  char *good = sp_cli_write (dir, "good.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "a,A,u,10,planned,2020,t\n");
  char *usage = sp_cli_write (dir, "usage.csv",
    "participant_id,period,service,quantity,months\n"
    "p1,before,a,abc,12\n"
    "p1,after,a,-2,12\n"
    "p1,after,zz,1,12\n"
    "p2,before,a,1,0\n"
    "p2,before,a,1,12\n"
    "p3,before,a,inf,12\n");
  r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' --format json",
                  usage, good);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "usage.csv:2:4: error: column 'quantity'"));
  assert_non_null (strstr (r.err, "usage.csv:3:4: error:"));
  assert_non_null (strstr (r.err, "usage.csv:4:3: error: service 'zz'"));
  assert_non_null (strstr (r.err, "usage.csv:5:5: error: column 'months'"));
  assert_non_null (strstr (r.err, "usage.csv:6:3: error:"));
  assert_non_null (strstr (r.err, "usage.csv:7:4: error:"));
  sp_cli_free (&r);

  /* Missing header column; empty file.  */
  char *nohdr = sp_cli_write (dir, "nohdr.csv", "participant_id,period\n"
                                                "p,before\n");
  r = sp_cli_run ("savings --usage '%s' --unit-costs '%s'", nohdr, good);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "nohdr.csv:1:3: error: required column "
                                  "'service'"));
  sp_cli_free (&r);
  char *empty = sp_cli_write (dir, "empty.csv", "");
  r = sp_cli_run ("savings --usage '%s' --unit-costs '%s'", empty, good);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "empty.csv:1:1: error:"));
  sp_cli_free (&r);

  sp_cli_rmtree (dir);
  free (costs);
  free (good);
  free (usage);
  free (nohdr);
  free (empty);
  free (dir);
}

/* No participant observed in both periods: exit 65 with a full
   position.  A period no row names: at the header's period column (line
   1, column 2).  Both periods named but by different people: at the
   first row of the before period (line 2), naming the after period's
   first row (line 3).  */
static void
no_participant_in_both (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *good = sp_cli_write (dir, "good.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "a,A,u,10,planned,2020,t\n");
  char *usage = sp_cli_write (dir, "usage.csv",
    "participant_id,period,service,quantity\n"
    "p1,before,a,1\n"
    "p2,after,a,1\n");
  sp_cli_result r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' "
                                "--after later --format json", usage, good);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  char *want = sp_xasprintf ("%s:1:2: error: no participant is observed in "
                             "both period 'before' and period 'later': no "
                             "row names period 'later'", usage);
  assert_non_null (strstr (r.err, want));
  free (want);
  sp_cli_free (&r);
  r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' --format json",
                  usage, good);
  assert_int_equal (r.status, 65);
  want = sp_xasprintf ("%s:2:2: error: no participant is observed in both "
                       "period 'before' (first row here) and period 'after' "
                       "(first row on line 3)", usage);
  assert_non_null (strstr (r.err, want));
  free (want);
  /* the two excluded participants are one warning */
  /* "have rows", not "observed" (issue 11: the warning is also a data
     note on the statement, where "observed" is the saving's basis).  */
  assert_non_null (strstr (r.err, "2 participants have rows in only "
                                  "one of period 'before' and period "
                                  "'after'"));
  sp_cli_free (&r);
  sp_cli_rmtree (dir);
  free (good);
  free (usage);
  free (dir);
}

static void
usage_and_missing_files (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("savings --no-such-flag");
  assert_int_equal (r.status, 64);
  sp_cli_free (&r);
  r = sp_cli_run ("savings --format xml %s", EVAL);
  assert_int_equal (r.status, 64);
  sp_cli_free (&r);
  r = sp_cli_run ("savings");
  assert_int_equal (r.status, 64);
  sp_cli_free (&r);
  r = sp_cli_run ("savings --usage /nonexistent/u.csv --unit-costs "
                  "proxies/unit-costs/east-lancs-2018.csv");
  assert_int_equal (r.status, 66);
  assert_non_null (strstr (r.err, "/nonexistent/u.csv"));
  sp_cli_free (&r);
  r = sp_cli_run ("savings /nonexistent/eval.json");
  assert_int_equal (r.status, 66);
  sp_cli_free (&r);
  r = sp_cli_run ("validate %s", EVAL);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
}

static void
malformed_evaluation_file (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *eval = sp_cli_write (dir, "e.json", "{\n  \"usage\": \"u.csv\",\n"
                                            "  \"scale_to\": \"many\"\n}\n");
  sp_cli_result r = sp_cli_run ("savings '%s'", eval);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "e.json:3:3: error: key \"scale_to\""));
  sp_cli_free (&r);
  char *broken = sp_cli_write (dir, "b.json", "{\n  \"usage\": \"u.csv\"\n"
                                              "  \"after\": \"x\"\n}\n");
  r = sp_cli_run ("savings '%s'", broken);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "b.json:3:"));
  sp_cli_free (&r);
  sp_cli_rmtree (dir);
  free (eval);
  free (broken);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (pilot_reproduces_appendix_2a),
    cmocka_unit_test (unseen_cohort),
    cmocka_unit_test (bad_data_reports_every_problem),
    cmocka_unit_test (no_participant_in_both),
    cmocka_unit_test (usage_and_missing_files),
    cmocka_unit_test (malformed_evaluation_file),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
