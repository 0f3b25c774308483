/* test_cli_limitations.c -- every limitation appears exactly when its
   condition holds, in JSON, text and the statement

   Data built here, unlike any fixture: a cohort of N people who each use
   two services s1 and s2, score one domain at waves 0 and 1, and a small
   register with marketplace payments.  Each test switches one condition
   on from a base where none of them holds, and checks that the list of
   codes changes by exactly that code.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "cli.h"
#include "doc.h"
#include "xalloc.h"

/* One data set.  */
typedef struct
{
  int n;                  /* participants in the usage and outcome files */
  int concentrate_saving; /* two people save 2,000 each, the rest 0 */
  int concentrate_value;  /* two people rise 1 -> 10, the rest stay 5 */
  const char *year1;      /* price years of s1, s2 and the two proxies */
  const char *year2;
  const char *proxy_year1;
  const char *proxy_year2;
  double deadweight;      /* of the first proxy */
  int unmatched;          /* a payment by someone not in the register */
  int share;              /* budget_additional_share given */
  int counterfactual;     /* counterfactual_lm3 given */
  int scenario;           /* the shipped 890 scenario */
  int value;              /* outcomes and proxies named */
  int profit;             /* register and transactions named */
  const char *method;     /* the social value's method */
} spec;

/* Nothing but the before/after design applies: 30 people who each save
   50 (s1 10 -> 5 at 10) and rise 4 -> 6, one price year, a deadweight,
   every payment matched, the budget share and the counterfactual LM3
   stated, and the social value by the range method (the default,
   relative, depends on the scale's numbering and has a limitation of
   its own since issue 9: relative_scale_dependent).  */
static spec
base (void)
{
  spec s = { 30, 0, 0, "2020/21", "2020/21", "2020/21", "2020/21", 0.1, 0,
             1, 1, 0, 1, 1, "range" };
  return s;
}

/* Append to *BUF (of length *LEN) the formatted text.  */
static void
add (char **buf, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *more = sp_xvasprintf (fmt, ap);
  va_end (ap);
  char *joined = sp_xasprintf ("%s%s", *buf ? *buf : "", more);
  free (*buf);
  free (more);
  *buf = joined;
}

/* Write the data set S into DIR; returns the evaluation file (owned).  */
static char *
write_spec (const char *dir, const spec *s)
{
  char *t = NULL;
  add (&t, "service,label,unit,unit_cost,category,price_year,source\n"
           "s1,Clinic,visit,10,planned,%s,test\n"
           "s2,Ward,day,20,emergency,%s,test\n", s->year1, s->year2);
  free (sp_cli_write (dir, "costs.csv", t));
  free (t);
  t = NULL;
  add (&t, "participant_id,period,service,quantity\n");
  for (int i = 1; i <= s->n; i++)
    {
      int heavy = s->concentrate_saving && i <= 2;
      add (&t, "P%d,before,s1,%d\nP%d,after,s1,%d\n", i, heavy ? 5 : 10, i,
           5);
      add (&t, "P%d,before,s2,%d\nP%d,after,s2,%d\n", i, heavy ? 101 : 1, i,
           1);
    }
  free (sp_cli_write (dir, "usage.csv", t));
  free (t);
  t = NULL;
  add (&t, "participant_id,wave,domain,score\n");
  for (int i = 1; i <= s->n; i++)
    {
      int b = 4, f = 6;
      if (s->concentrate_value)
        b = f = 5;
      if (s->concentrate_value && i <= 2)
        b = 1, f = 10;
      add (&t, "P%d,0,mood,%d\nP%d,1,mood,%d\n", i, b, i, f);
    }
  free (sp_cli_write (dir, "outcomes.csv", t));
  free (t);
  free (sp_cli_write (dir, "instrument.csv",
    "domain,label,min,max,higher_is_better\nmood,Mood,1,10,true\n"));
  t = NULL;
  add (&t, "outcome,label,domain,value,price_year,source,deadweight,"
           "attribution,displacement,drop_off,duration_years\n"
           "o1,Better mood,mood,100,%s,test,%g,0,0,0,1\n"
           "o2,Less worry,mood,50,%s,test,0,0,0,0,1\n",
       s->proxy_year1, s->deadweight, s->proxy_year2);
  free (sp_cli_write (dir, "proxies.csv", t));
  free (t);
  free (sp_cli_write (dir, "register.csv",
    "participant_id,status,segment,budget_annual,integrated,pas,"
    "referral_date\n"
    "A1,approved,x,1000,no,1,2020-01-01\n"
    "A2,in_process,x,2000,no,1,2020-01-02\n"
    "A3,referred,x,,no,,2020-01-03\n"));
  t = NULL;
  add (&t, "date,participant_id,supplier,category,amount,supplier_local\n"
           "2020-02-01,A1,Near,pa,100,yes\n2020-02-02,A2,Far,pa,50,no\n");
  if (s->unmatched)
    add (&t, "2020-02-03,Z9,Near,pa,10,yes\n");
  free (sp_cli_write (dir, "transactions.csv", t));
  free (t);

  char *scenario = realpath ("fixtures/scenarios/east-lancs-890.json", NULL);
  assert_non_null (scenario);
  t = NULL;
  add (&t, "{ \"usage\": \"usage.csv\", \"unit_costs\": \"costs.csv\"");
  if (s->value)
    add (&t, ", \"outcomes\": \"outcomes.csv\", \"instrument\": "
             "\"instrument.csv\", \"proxies\": \"proxies.csv\", "
             "\"baseline_wave\": 0, \"followup_wave\": 1, "
             "\"method\": \"%s\"", s->method);
  if (s->profit)
    add (&t, ", \"register\": \"register.csv\", \"transactions\": "
             "\"transactions.csv\", \"local_respend\": 0.3");
  add (&t, ", \"investment\": { \"advocacy_cost\": 100, \"review_cost\": 10"
           "%s }", s->share ? ", \"budget_additional_share\": 0.25" : "");
  if (s->counterfactual)
    add (&t, ", \"local_economy\": { \"counterfactual_lm3\": 1.2 }");
  if (s->scenario)
    add (&t, ", \"scenarios\": [\"%s\"]", scenario);
  add (&t, ", \"notes\": \"Constructed for a test: no real person "
           "or service is in it.\" }\n");
  char *eval = sp_cli_write (dir, "evaluation.json", t);
  free (t);
  free (scenario);
  return eval;
}

/* The codes of DOC's limitations, comma-separated (owned).  */
static char *
codes (const cJSON *doc)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "limitations");
  assert_true (cJSON_IsArray (list));
  char *t = sp_xstrdup ("");
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  add (&t, "%s%s", t[0] ? "," : "", sp_doc_str (e, "code", "?"));
  return t;
}

/* The text of the limitation CODE in DOC, or NULL.  */
static const char *
text_of (const cJSON *doc, const char *code)
{
  const cJSON *e;
  cJSON_ArrayForEach (e, cJSON_GetObjectItemCaseSensitive (doc,
                                                           "limitations"))
  if (strcmp (sp_doc_str (e, "code", ""), code) == 0)
    return sp_doc_str (e, "text", NULL);
  return NULL;
}

/* Run COMMAND on the data set S and check its codes are WANT.  */
static void
expect (const spec *s, const char *command, const char *want)
{
  char *dir = sp_cli_tmpdir ();
  char *eval = write_spec (dir, s);
  sp_cli_result r = sp_cli_run ("%s '%s' --format json", command, eval);
  if (r.status != 0)
    fail_msg ("%s exited %d: %s", command, r.status, r.err);
  cJSON *doc = sp_cli_json (&r);
  char *got = codes (doc);
  if (strcmp (got, want) != 0)
    fail_msg ("%s: limitations '%s', expected '%s'", command, got, want);
  free (got);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  sp_cli_rmtree (dir);
  free (dir);
  free (eval);
}

/* The base: a before/after design, nothing else.  */
static void
only_the_design (void **state)
{
  (void) state;
  spec s = base ();
  expect (&s, "profit", "no_comparison_group");
  expect (&s, "savings", "no_comparison_group");
  expect (&s, "value", "no_comparison_group");
}

/* 29 people are fewer than 30; 30 are not (the base).  */
static void
small_cohort (void **state)
{
  (void) state;
  spec s = base ();
  s.n = 29;
  expect (&s, "profit", "no_comparison_group,small_cohort");
  expect (&s, "savings", "no_comparison_group,small_cohort");
  expect (&s, "value", "no_comparison_group,small_cohort");
}

/* Savings: P1 and P2 save 100 x 20 = 2,000 each (s1 5 -> 5, s2 101 ->
   1), the other 28 save 50 each (1,400): the two carry 4,000 / 5,400 =
   74%.  Social value (range, scale 1..10): baseline sum 2 x 1 + 28 x 5
   = 142, follow-up 2 x 10 + 28 x 5 = 160, improvement 18 / (30 x 9),
   total 30 x 18/270 x 150 = 300; without P1: 29 x 9/(29 x 9) x 150 =
   150, so P1 and P2 each carry 150, together all of it.  (Under the
   relative method, as before issue 9: 570.4, of which the two carry
   103%.)  In the base everyone saves 50 and rises alike: two carry
   2/30.  */
static void
concentration (void **state)
{
  (void) state;
  spec s = base ();
  s.concentrate_saving = 1;
  expect (&s, "savings", "no_comparison_group,concentration");
  expect (&s, "value", "no_comparison_group");
  s = base ();
  s.concentrate_value = 1;
  expect (&s, "savings", "no_comparison_group");
  expect (&s, "value", "no_comparison_group,concentration");
}

/* No deadweight on o1 either: no outcome is adjusted.  */
static void
no_adjustments (void **state)
{
  (void) state;
  spec s = base ();
  s.deadweight = 0;
  expect (&s, "value", "no_comparison_group,no_adjustments");
  expect (&s, "savings", "no_comparison_group");
}

/* Two years within the costs; within the proxies; or one year each but
   different, which only social profit adds together.  */
static void
mixed_price_years (void **state)
{
  (void) state;
  spec s = base ();
  s.year2 = "2019/20";
  expect (&s, "savings", "no_comparison_group,mixed_price_years");
  expect (&s, "value", "no_comparison_group");
  expect (&s, "profit", "no_comparison_group,mixed_price_years");
  s = base ();
  s.proxy_year2 = "2021/22";
  expect (&s, "value", "no_comparison_group,mixed_price_years");
  expect (&s, "savings", "no_comparison_group");
  s = base ();
  s.proxy_year1 = s.proxy_year2 = "2022/23";
  expect (&s, "savings", "no_comparison_group");
  expect (&s, "value", "no_comparison_group");
  expect (&s, "profit", "no_comparison_group,mixed_price_years");
}

static void
unmatched_transactions (void **state)
{
  (void) state;
  spec s = base ();
  s.unmatched = 1;
  expect (&s, "profit", "no_comparison_group,unmatched_transactions");
}

/* Each assumption left out adds its own code, only where social profit
   is computed.  */
static void
assumptions_not_stated (void **state)
{
  (void) state;
  spec s = base ();
  s.share = 0;
  expect (&s, "profit", "no_comparison_group,budgets_assumed_redirected");
  expect (&s, "savings", "no_comparison_group");
  s = base ();
  s.counterfactual = 0;
  expect (&s, "profit", "no_comparison_group,local_effect_not_counted");
  expect (&s, "value", "no_comparison_group");
}

/* Everything at once, through report: the same codes in results.json,
   every text on the statement (pdftotext) and in the text output.  */
static void
everything_on_the_statement (void **state)
{
  (void) state;
  spec s = { 3, 1, 1, "2019/20", "2020/21", "2021/22", "2021/22", 0, 1,
             0, 0, 1, 1, 1, "relative" };
  char *dir = sp_cli_tmpdir ();
  char *eval = write_spec (dir, &s);
  char *out = sp_xasprintf ("%s/out", dir);
  sp_cli_result r = sp_cli_run ("report '%s' --out '%s' --bootstrap 0",
                                eval, out);
  if (r.status != 0)
    fail_msg ("report exited %d: %s", r.status, r.err);
  sp_cli_free (&r);
  char *path = sp_xasprintf ("%s/results.json", out);
  char *json = sp_cli_read (path, NULL);
  cJSON *doc = cJSON_Parse (json);
  assert_non_null (doc);
  char *got = codes (doc);
  assert_string_equal (got,
                       "no_comparison_group,small_cohort,concentration,"
                       "no_adjustments,relative_scale_dependent,"
                       "mixed_price_years,"
                       "unmatched_transactions,budgets_assumed_redirected,"
                       "local_effect_not_counted,cohort_not_case_mix");
  free (got);
  /* The texts name the figures they bear on.  */
  assert_non_null (strstr (text_of (doc, "small_cohort"),
                           "the NHS cost saving and the social value"));
  assert_non_null (strstr (text_of (doc, "concentration"),
                           "the NHS cost saving and the social value"));
  assert_non_null (strstr (text_of (doc, "mixed_price_years"),
                           "the NHS cost saving and the social return on "
                           "investment"));

  free (path);
  path = sp_xasprintf ("%s/statement.pdf", out);
  char *pdf = sp_cli_pdf_text (path, 0);
  r = sp_cli_run ("profit '%s'", eval);
  assert_int_equal (r.status, 0);
  if (pdf)
    {
      /* pdftotext breaks lines where the page does: compare with every
         run of white space made one space.  */
      char *flat = sp_cli_squash (pdf);
      assert_non_null (strstr (flat,
                               "What these figures can and cannot show"));
      const cJSON *e;
      cJSON_ArrayForEach (e, cJSON_GetObjectItem (doc, "limitations"))
      {
        char *want = sp_cli_squash (sp_doc_str (e, "text", ""));
        if (!strstr (flat, want))
          fail_msg ("the statement lacks the %s text: %s",
                    sp_doc_str (e, "code", ""), want);
        free (want);
      }
      /* The headline ratio's assumption, and the notes verbatim.  */
      assert_non_null (strstr (flat, "The social return on investment "
                                     "assumes that the budgets wholly "
                                     "replace existing spending"));
      assert_non_null (strstr (flat, "About the data Constructed for a "
                                     "test: no real person or service is "
                                     "in it."));
      /* Right after the headline figures, before the sections.  */
      assert_true (strstr (flat, "Headline figures")
                   < strstr (flat, "What these figures can and cannot "
                                   "show"));
      assert_true (strstr (flat, "What these figures can and cannot show")
                   < strstr (flat, "Use of NHS services by the"));
      free (flat);
      free (pdf);
    }
  /* Text output: after the tables, each text of the same run's JSON on
     a line of its own.  */
  const char *head = strstr (r.out, "What these figures can and cannot "
                                    "show\n");
  assert_non_null (head);
  assert_non_null (strstr (r.out, "Social profit"));
  assert_true (strstr (r.out, "Social profit") < head);
  sp_cli_result rj = sp_cli_run ("profit '%s' --format json", eval);
  assert_int_equal (rj.status, 0);
  cJSON *pdoc = sp_cli_json (&rj);
  assert_true (cJSON_GetArraySize (cJSON_GetObjectItem (pdoc,
                                                        "limitations"))
               == 9);
  const cJSON *e;
  cJSON_ArrayForEach (e, cJSON_GetObjectItem (pdoc, "limitations"))
  {
    char *line = sp_xasprintf ("  - %s\n", sp_doc_str (e, "text", ""));
    if (!strstr (head, line))
      fail_msg ("the text output lacks the %s text",
                sp_doc_str (e, "code", ""));
    free (line);
  }
  cJSON_Delete (pdoc);
  sp_cli_free (&rj);
  sp_cli_free (&r);
  cJSON_Delete (doc);
  free (json);
  free (path);
  free (out);
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (only_the_design),
    cmocka_unit_test (small_cohort),
    cmocka_unit_test (concentration),
    cmocka_unit_test (no_adjustments),
    cmocka_unit_test (mixed_price_years),
    cmocka_unit_test (unmatched_transactions),
    cmocka_unit_test (assumptions_not_stated),
    cmocka_unit_test (everything_on_the_statement),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
