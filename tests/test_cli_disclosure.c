/* test_cli_disclosure.c -- disclosure control in every published output
   (issue 11 §1, results/disclosure.h)

   On data written here, unlike the pilot: a register with a one-person
   segment, a small count in the funnel, a service line used by two
   people, a spend category of one person, and a cohort of five.  Values
   that belong to one person or a few carry digits found nowhere else
   (98,765; 7,777.77; 27,402; 54,321), so that a search of the published
   text for them can fail.  Published text is read where a reader reads
   it: the text and CSV output, results.json and pdftotext of the
   statement (which also holds every chart).  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include "chart_series.h"
#include "cli.h"
#include "doc.h"
#include "qdata.h"
#include "xalloc.h"

/* Values of one person or a few, as they would be printed.  */
static const char *const secret[] = {
  "1,333", "1333.32",      /* sleep: 3 x 4/3 x 333.33, about 3 people */
  "98,765", "98765",       /* the one-person segment's budget */
  "7,777", "7777.77",      /* the one person's spend on boats */
  "27,402", "27402",       /* the rare service: 2 people x 3 x £4,567 */
  "54,321", "54321",       /* the saving of a cohort of five */
};

typedef struct
{
  char *dir;
  char *eval;        /* threshold from the default */
  char *eval_off;    /* "disclosure": { "threshold": 0 } */
  char *small;       /* a cohort of five */
} data;

/* The register: 33 people.
     city   16: 8 approved (budgets 20,000 + 100 i), 8 enquiries
     county 16: 3 approved, 10 in process (budgets 30,000 + 100 i),
                3 lost
     solo    1: approved, budget 98,765, 3 PAs
   approved 12, in process 10, lost 3 (small: *), referrals 25 of 33
   enquiries, 22 live plans.  */
static char *
register_csv (void)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  fputs ("participant_id,status,segment,budget_annual,integrated,pas,"
         "referral_date\n", f);
  int id = 1;
  for (int i = 0; i < 8; i++)
    fprintf (f, "R%02d,approved,city,%d,yes,2,2021-01-%02d\n", id++,
             20000 + 100 * i, i + 1);
  for (int i = 0; i < 8; i++)
    fprintf (f, "R%02d,enquiry,city,,,,\n", id++);
  for (int i = 0; i < 3; i++)
    fprintf (f, "R%02d,approved,county,%d,no,1,2021-02-%02d\n", id++,
             30000 + 100 * i, i + 1);
  for (int i = 0; i < 10; i++)
    fprintf (f, "R%02d,in_process,county,%d,no,1,2021-03-%02d\n", id++,
             30300 + 100 * i, i + 1);
  for (int i = 0; i < 3; i++)
    fprintf (f, "R%02d,lost,county,,,,2021-04-%02d\n", id++, i + 1);
  fprintf (f, "R%02d,approved,solo,98765,yes,3,2021-05-01\n", id++);
  fclose (f);
  return buf;
}

/* Transactions: 12 people spend £100 + i on personal assistants (local)
   and on activities; the solo person alone buys a boat, £7,777.77.  */
static char *
transactions_csv (void)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  fputs ("date,participant_id,supplier,category,amount,supplier_local\n", f);
  for (int i = 1; i <= 12; i++)
    {
      fprintf (f, "2021-06-01,R%02d,Local PA,pa,%d,yes\n", i, 100 + i);
      fprintf (f, "2021-06-02,R%02d,Gym,activity,%d,no\n", i, 50 + i);
    }
  fputs ("2021-06-03,R33,Boatyard,boat,7777.77,no\n", f);
  fclose (f);
  return buf;
}

/* Usage of 10 participants: everyone uses the clinic (10 -> 5 visits at
   £100) and the GP (4 -> 2 at £40); P1 and P2 alone use the rare
   service, 3 -> 0 at £4,567: 2 x 3 x 4,567 = 27,402 before.  */
static char *
usage_csv (int n, int rare)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  fputs ("participant_id,period,service,quantity\n", f);
  for (int p = 1; p <= n; p++)
    {
      fprintf (f, "P%d,before,clinic,10\nP%d,after,clinic,5\n", p, p);
      fprintf (f, "P%d,before,gp,4\nP%d,after,gp,2\n", p, p);
      if (rare && p <= 2)
        fprintf (f, "P%d,before,rare,3\nP%d,after,rare,0\n", p, p);
    }
  fclose (f);
  return buf;
}

static void
write_data (data *d)
{
  d->dir = sp_cli_tmpdir ();
  free (sp_cli_write (d->dir, "costs.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "clinic,Clinic visits,visit,100,planned,2021/22,test\n"
    "gp,GP appointments,appointment,40,planned,2021/22,test\n"
    "rare,Rare therapy,session,4567,planned,2021/22,test\n"
    "small,Small service,visit,543.21,emergency,2021/22,test\n"));
  char *text = usage_csv (10, 1);
  free (sp_cli_write (d->dir, "usage.csv", text));
  free (text);
  /* Five people, 20 -> 0 visits at £543.21: 5 x 20 x 543.21 = 54,321.  */
  text = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&text, &len);
  fputs ("participant_id,period,service,quantity\n", f);
  for (int p = 1; p <= 5; p++)
    fprintf (f, "S%d,before,small,20\nS%d,after,small,0\n", p, p);
  fclose (f);
  free (sp_cli_write (d->dir, "small-usage.csv", text));
  free (text);
  /* Outcomes: all ten scored on mood (4 -> 6); only P1-P3 on sleep at
     both waves (3 -> 7), a figure about three people.  */
  free (sp_cli_write (d->dir, "instrument.csv",
    "domain,label,min,max,higher_is_better\n"
    "mood,Mood,1,10,true\nsleep,Sleep,1,10,true\n"));
  free (sp_cli_write (d->dir, "proxies.csv",
    "outcome,label,domain,value,price_year,source,deadweight,attribution,"
    "displacement,drop_off,duration_years\n"
    "o_mood,Better mood,mood,1000,2021/22,test,0,0,0,0,1\n"
    "o_sleep,Better sleep,sleep,333.33,2021/22,test,0,0,0,0,1\n"));
  text = NULL;
  f = open_memstream (&text, &len);
  fputs ("participant_id,wave,domain,score\n", f);
  for (int p = 1; p <= 10; p++)
    {
      fprintf (f, "P%d,0,mood,4\nP%d,1,mood,6\n", p, p);
      fprintf (f, "P%d,0,sleep,3\n", p);
      if (p <= 3)
        fprintf (f, "P%d,1,sleep,7\n", p);
    }
  fclose (f);
  free (sp_cli_write (d->dir, "outcomes.csv", text));
  free (text);
  text = register_csv ();
  free (sp_cli_write (d->dir, "register.csv", text));
  free (text);
  text = transactions_csv ();
  free (sp_cli_write (d->dir, "transactions.csv", text));
  free (text);
  static const char *const body =
    "\"programme\": \"Disclosure test programme\",\n"
    "\"usage\": \"usage.csv\", \"unit_costs\": \"costs.csv\",\n"
    "\"outcomes\": \"outcomes.csv\", \"instrument\": \"instrument.csv\",\n"
    "\"proxies\": \"proxies.csv\", \"baseline_wave\": 0,\n"
    "\"register\": \"register.csv\", \"transactions\": "
    "\"transactions.csv\",\n"
    "\"bootstrap\": { \"resamples\": 200 }";
  char *e = sp_xasprintf ("{\n%s\n}\n", body);
  d->eval = sp_cli_write (d->dir, "eval.json", e);
  free (e);
  e = sp_xasprintf ("{\n%s,\n\"disclosure\": { \"threshold\": 0 }\n}\n",
                    body);
  d->eval_off = sp_cli_write (d->dir, "eval-off.json", e);
  free (e);
  d->small = sp_cli_write (d->dir, "small.json",
    "{ \"usage\": \"small-usage.csv\", \"unit_costs\": \"costs.csv\" }\n");
}

static void
free_data (data *d)
{
  sp_cli_rmtree (d->dir);
  free (d->dir);
  free (d->eval);
  free (d->eval_off);
  free (d->small);
}

/* Fail when TEXT (from WHERE) holds any of the secret values.  */
static void
no_secret (const char *text, const char *where)
{
  for (size_t i = 0; i < sizeof secret / sizeof secret[0]; i++)
    if (strstr (text, secret[i]))
      fail_msg ("%s shows %s, a value of one person or a few", where,
                secret[i]);
}

/* The node at the dotted PATH of DOC, where an array's element is
   named by its key member (service, segment, category), as in the paths
   of disclosure.suppressed; NULL when absent.  */
static const cJSON *
at (const cJSON *doc, const char *path)
{
  char *copy = sp_xstrdup (path), *save = NULL;
  const cJSON *node = doc;
  for (char *step = strtok_r (copy, ".", &save); step && node;
       step = strtok_r (NULL, ".", &save))
    {
      if (!cJSON_IsArray (node))
        {
          node = cJSON_GetObjectItemCaseSensitive (node, step);
          continue;
        }
      const cJSON *el, *found = NULL;
      cJSON_ArrayForEach (el, node)
      {
        static const char *const keys[] = { "service", "outcome", "domain",
                                            "segment", "category" };
        for (size_t k = 0; k < 5 && !found; k++)
          if (strcmp (sp_doc_str (el, keys[k], ""), step) == 0)
            found = el;
      }
      node = found;
    }
  free (copy);
  return node;
}

/* Whether the array disclosure.LIST of DOC holds PATH.  */
static int
listed (const cJSON *doc, const char *list, const char *path)
{
  const cJSON *p;
  cJSON_ArrayForEach (p, sp_doc_get (sp_doc_get (doc, "disclosure"), list))
  if (cJSON_IsString (p) && strcmp (p->valuestring, path) == 0)
    return 1;
  return 0;
}

/* Run "report EVAL ARGS --out DIR/NAME" and return its results.json
   (owned) and, in *TEXT, pdftotext of its statement (owned; NULL when
   pdftotext is missing); neither may show a secret value.  The output
   folder's path is returned in *OUT (owned).  */
static char *
report_of (const data *d, const char *eval, const char *args,
           const char *name, char **text, char **out)
{
  *out = sp_xasprintf ("%s/%s", d->dir, name);
  sp_cli_result r = sp_cli_run ("report '%s' %s --out '%s'", eval, args,
                                *out);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  char *path = sp_xasprintf ("%s/results.json", *out);
  char *json = sp_cli_read (path, NULL);
  no_secret (json, "results.json");
  free (path);
  path = sp_xasprintf ("%s/statement.pdf", *out);
  *text = sp_cli_pdf_text (path, 0);
  if (*text)
    no_secret (*text, "the statement");
  free (path);
  return json;
}

/* Every published output of the programme: text, CSV and JSON of
   savings and profit, and the report's results.json and statement.  */
static void
published_outputs_hide_small_groups (void **state)
{
  (void) state;
  data d;
  write_data (&d);
  static const char *const commands[] = { "savings", "value", "profit" };
  static const char *const formats[] = { "text", "csv", "json" };
  for (size_t c = 0; c < 3; c++)
    for (size_t f = 0; f < 3; f++)
      {
        sp_cli_result r = sp_cli_run ("%s '%s' --format %s", commands[c],
                                      d.eval, formats[f]);
        assert_int_equal (r.status, 0);
        if (r.status != 0)
          fail_msg ("%s: %s", commands[c], r.err);
        char where[64];
        snprintf (where, sizeof where, "%s --format %s", commands[c],
                  formats[f]);
        no_secret (r.out, where);
        sp_cli_free (&r);
      }

  /* JSON: suppressed cells are null and listed; values of one person
     are left out and listed.  */
  sp_cli_result r = sp_cli_run ("profit '%s' --format json", d.eval);
  cJSON *doc = sp_cli_json (&r);
  assert_near (sp_cli_num (doc, "disclosure.threshold"), 7, 0);
  const char *const hidden[] = {
    "register.segments.solo.people", "register.segments.solo.budget_mean",
    "register.lost",
    /* lost (3) could be worked out from referrals (25) and the other
       statuses: the smallest non-zero one, in process (10), goes too,
       and then approved, which with in process makes the live plans.  */
    "register.in_process", "register.approved",
    "local_economy.by_category.boat.amount",
    "savings.lines.rare.before_cost",
    /* The rare line could be worked out from the total: the smallest
       other line (GP) goes with it.  */
    "savings.lines.gp.before_cost",
    /* Sleep is about three people; mood, the only other outcome, goes
       with it (the total would give it away), and so do their domains'
       means.  */
    "social_value.outcomes.o_sleep.present_value",
    "social_value.outcomes.o_mood.present_value",
    "social_value.domains.sleep.participants",
    "social_value.domains.mood.improvement",
  };
  for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
    {
      if (!listed (doc, "suppressed", hidden[i]))
        fail_msg ("%s is not listed as suppressed", hidden[i]);
      assert_true (cJSON_IsNull (at (doc, hidden[i])));
    }
  /* Large enough: shown.  */
  assert_near (sp_cli_num (doc, "register.enquiries"), 33, 0);
  assert_near (sp_cli_num (doc, "register.referrals"), 25, 0);
  assert_near (sp_cli_num (doc, "register.phbs"), 22, 0);
  /* The funnel chart (issue 11) draws what the published view holds:
     no number for the 3 lost, 8 not referred (33 - 25) shown.  */
  sp_chart_point fp[SP_FUNNEL_POINTS];
  sp_chart_funnel_points (doc, fp);
  assert_int_not_equal (fp[SP_FUNNEL_LOST].state, SP_POINT_SHOWN);
  assert_near (fp[SP_FUNNEL_LOST].value, 0, 0);
  assert_int_equal (fp[SP_FUNNEL_NOT_REFERRED].state, SP_POINT_SHOWN);
  assert_near (fp[SP_FUNNEL_NOT_REFERRED].value, 8, 0);
  assert_near (sp_cli_num (at (doc, "savings.lines.clinic"), "before_cost"),
               10 * 10 * 100, 1e-9);
  assert_false (listed (doc, "suppressed", "savings.lines.clinic.before_cost"));
  assert_near (sp_cli_num (doc, "savings.baseline_cost"),
               10 * 10 * 100 + 10 * 4 * 40 + 27402, 1e-9);
  assert_true (listed (doc, "removed", "register.budget_max"));
  assert_true (listed (doc, "removed", "register.budget_min"));
  assert_null (sp_doc_get (doc, "register.budget_max"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Text and CSV show the cell as "*".  */
  r = sp_cli_run ("profit '%s' --format csv", d.eval);
  assert_non_null (strstr (r.out, "register,segments[solo].people,*\r\n"));
  assert_non_null (strstr (r.out, "register,lost,*\r\n"));
  sp_cli_free (&r);
  r = sp_cli_run ("profit '%s'", d.eval);
  assert_non_null (strstr (r.out, "* not shown (disclosure control)"));
  assert_null (strstr (r.out, "Largest budget"));
  sp_cli_free (&r);

  /* The report: results.json and the statement, charts included.  */
  char *text, *out;
  char *json = report_of (&d, d.eval, "", "report", &text, &out);
  assert_non_null (strstr (json, "\"suppressed\""));
  if (text)
    {
      assert_non_null (strstr (text, "Disclosure control"));
      assert_null (strstr (text, "Internal edition"));
    }
  free (text);
  free (json);
  free (out);
  free_data (&d);
}

/* A cohort of five: every savings figure is about five people.  */
static void
small_cohort_is_suppressed_whole (void **state)
{
  (void) state;
  data d;
  write_data (&d);
  for (int f = 0; f < 3; f++)
    {
      static const char *const formats[] = { "text", "csv", "json" };
      sp_cli_result r = sp_cli_run ("savings '%s' --format %s", d.small,
                                    formats[f]);
      assert_int_equal (r.status, 0);
      no_secret (r.out, formats[f]);
      /* 5 participants: a small count.  */
      assert_null (strstr (r.out, "compared: 5"));
      sp_cli_free (&r);
    }
  sp_cli_result r = sp_cli_run ("savings '%s' --format json", d.small);
  cJSON *doc = sp_cli_json (&r);
  assert_true (listed (doc, "suppressed", "savings.participants"));
  assert_true (listed (doc, "suppressed", "savings.saving"));
  assert_true (listed (doc, "suppressed", "savings.per_participant"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Its report: the bootstrap interval of a suppressed figure goes with
     it, and so does its chart.  */
  char *text, *out;
  char *json = report_of (&d, d.small, "--bootstrap 100", "small-report",
                          &text, &out);
  doc = cJSON_Parse (json);
  assert_null (cJSON_GetObjectItemCaseSensitive (
    sp_doc_get (doc, "intervals"), "savings.saving"));
  assert_true (listed (doc, "removed", "intervals.savings.saving"));
  cJSON_Delete (doc);
  free (json);
  free (text);
  char *path = sp_xasprintf ("%s/charts/saving-bootstrap.png", out);
  assert_false (sp_cli_exists (path));
  free (path);
  free (out);
  free_data (&d);
}

/* --internal keeps everything; threshold 0 shows small counts but still
   no value of one person, and says so.  */
static void
internal_and_threshold_zero (void **state)
{
  (void) state;
  data d;
  write_data (&d);
  sp_cli_result r = sp_cli_run ("profit '%s' --internal", d.eval);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "98,765"));     /* the solo budget */
  assert_non_null (strstr (r.out, "7,778"));      /* the boat, rounded */
  assert_non_null (strstr (r.out, "Internal report"));
  sp_cli_free (&r);
  r = sp_cli_run ("savings '%s' --internal", d.eval);
  assert_non_null (strstr (r.out, "27,402"));     /* the rare line */
  sp_cli_free (&r);
  r = sp_cli_run ("profit '%s' --internal --format json", d.eval);
  cJSON *doc = sp_cli_json (&r);
  assert_true (cJSON_IsTrue (sp_doc_get (doc, "disclosure.internal")));
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (doc,
                                                    "disclosure.suppressed")),
                    0);
  assert_near (sp_cli_num (doc, "register.budget_max"), 98765, 0);
  assert_near (sp_cli_num (doc, "register.lost"), 3, 0);
  /* An internal edition's funnel shows the 3 lost.  */
  sp_chart_point fp[SP_FUNNEL_POINTS];
  sp_chart_funnel_points (doc, fp);
  assert_int_equal (fp[SP_FUNNEL_LOST].state, SP_POINT_SHOWN);
  assert_near (fp[SP_FUNNEL_LOST].value, 3, 0);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  r = sp_cli_run ("savings '%s' --internal", d.small);
  assert_non_null (strstr (r.out, "54,321"));
  sp_cli_free (&r);

  /* Threshold 0: the small count and the one-person segment's mean are
     shown, the smallest and largest budget still are not.  */
  r = sp_cli_run ("profit '%s' --format json", d.eval_off);
  assert_int_equal (r.status, 0);
  doc = sp_cli_json (&r);
  assert_near (sp_cli_num (doc, "disclosure.threshold"), 0, 0);
  assert_near (sp_cli_num (doc, "register.lost"), 3, 0);
  assert_null (sp_doc_get (doc, "register.budget_max"));
  assert_true (listed (doc, "removed", "register.budget_max"));
  cJSON_Delete (doc);
  sp_cli_free (&r);
  r = sp_cli_run ("profit '%s'", d.eval_off);
  assert_non_null (strstr (r.out, "Disclosure control is off"));
  sp_cli_free (&r);
  /* ... and the limitation says so, only then.  */
  r = sp_cli_run ("savings '%s' --format json", d.eval_off);
  assert_non_null (strstr (r.out, "\"disclosure_off\""));
  sp_cli_free (&r);
  r = sp_cli_run ("savings '%s' --format json", d.eval);
  assert_null (strstr (r.out, "\"disclosure_off\""));
  sp_cli_free (&r);

  /* A bad threshold is a data error at its position.  */
  char *bad = sp_cli_write (d.dir, "bad.json",
    "{ \"usage\": \"usage.csv\", \"unit_costs\": \"costs.csv\",\n"
    "  \"disclosure\": { \"threshold\": 2.5 } }\n");
  r = sp_cli_run ("savings '%s'", bad);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "bad.json:2:19: error: key \"threshold\" must be a whole"));
  sp_cli_free (&r);
  free (bad);
  free_data (&d);
}

/* Whether the cell at MEMBER of EL is published: a number.  */
static int
shown (const cJSON *el, const char *member)
{
  return cJSON_IsNumber (cJSON_GetObjectItemCaseSensitive (el, member));
}

/* A quarterly programme (qdata.h, a register with dates, waves and
   quarters of spend) reported with and without --internal: every
   monthly count of 1 to 7 is suppressed; no published month gives a
   suppressed one away through the totals so far (cumulative = the
   previous cumulative + the month's new PHBs) or through the period's
   total; spend by quarter of few people is suppressed; each wave's
   count of 1 to 7 too; and a change since the last report whose figure
   is suppressed is not published.  */
static void
quarterly_figures (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  qdata_spec spec = { 7, "2020-01-01", "2020-03-31", NULL, NULL, NULL,
                      NULL };
  char *eval = qdata_write (dir, &spec);
  cJSON *doc[2];
  for (int internal = 0; internal < 2; internal++)
    {
      char *out = sp_xasprintf ("%s/%s", dir, internal ? "int" : "pub");
      sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 0 "
                                    "--simulations 20 %s --out '%s'", eval,
                                    internal ? "--internal" : "", out);
      assert_int_equal (r.status, 0);
      sp_cli_free (&r);
      char *path = sp_xasprintf ("%s/results.json", out);
      char *json = sp_cli_read (path, NULL);
      doc[internal] = cJSON_Parse (json);
      assert_non_null (doc[internal]);
      free (json);
      free (path);
      free (out);
    }
  /* The published report again, now with the internal one as its
     previous report, so that it has changes.  */
  char *out = sp_xasprintf ("%s/pub2", dir);
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 0 --simulations 20 "
                                "--out '%s' --previous '%s/int/results.json'",
                                eval, out, dir);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  char *path = sp_xasprintf ("%s/results.json", out);
  char *json = sp_cli_read (path, NULL);
  cJSON *pub = cJSON_Parse (json);
  free (json);
  free (path);

  const cJSON *im = sp_doc_get (doc[1], "register.monthly");
  const cJSON *pm = sp_doc_get (pub, "register.monthly");
  assert_int_equal (cJSON_GetArraySize (im), cJSON_GetArraySize (pm));
  int small = 0;
  for (int i = 0; i < cJSON_GetArraySize (im); i++)
    {
      const cJSON *a = cJSON_GetArrayItem (im, i);
      const cJSON *b = cJSON_GetArrayItem (pm, i);
      static const char *const counts[] = { "referrals", "new_phbs" };
      for (int k = 0; k < 2; k++)
        {
          double v = sp_cli_num (a, counts[k]);
          if (v >= 1 && v <= 7)
            {
              small++;
              assert_false (shown (b, counts[k]));
            }
          else if (shown (b, counts[k]))
            assert_near (sp_cli_num (b, counts[k]), v, 0);
        }
      /* A suppressed month's new PHBs cannot be had by subtraction.  */
      if (!shown (b, "new_phbs") && shown (b, "cumulative_phbs"))
        assert_false (i == 0
                      || shown (cJSON_GetArrayItem (pm, i - 1),
                                "cumulative_phbs"));
    }
  assert_true (small > 0);  /* the test's data has small months */
  /* The period's referrals are the sum of its three months: never one
     unknown among them.  */
  if (shown (sp_doc_get (pub, "register.in_period"), "referrals"))
    {
      int unknown = 0;
      const cJSON *b;
      cJSON_ArrayForEach (b, pm)
      {
        const char *month = sp_doc_str (b, "month", "");
        if (strcmp (month, "2020-01") >= 0 && strcmp (month, "2020-03") <= 0)
          unknown += !shown (b, "referrals");
      }
      assert_true (unknown != 1);
    }
  /* Spend by quarter: a quarter of 1 to 7 people is not shown.  */
  const cJSON *iq = sp_doc_get (doc[1], "local_economy.quarterly");
  const cJSON *pq = sp_doc_get (pub, "local_economy.quarterly");
  for (int i = 0; i < cJSON_GetArraySize (iq); i++)
    {
      double people = sp_cli_num (cJSON_GetArrayItem (iq, i),
                                  "participants");
      if (people >= 1 && people <= 7)
        assert_false (shown (cJSON_GetArrayItem (pq, i), "spend"));
    }
  /* Waves: a wave domain of 1 to 7 people has no published mean.  */
  const cJSON *iw = sp_doc_get (doc[1], "social_value.waves");
  const cJSON *pw = sp_doc_get (pub, "social_value.waves");
  for (int i = 0; i < cJSON_GetArraySize (iw); i++)
    {
      const cJSON *idom = sp_doc_get (cJSON_GetArrayItem (iw, i), "domains");
      const cJSON *pdom = sp_doc_get (cJSON_GetArrayItem (pw, i), "domains");
      for (int k = 0; k < cJSON_GetArraySize (idom); k++)
        {
          double n = sp_cli_num (cJSON_GetArrayItem (idom, k),
                                 "participants");
          if (n >= 1 && n <= 7)
            assert_false (shown (cJSON_GetArrayItem (pdom, k), "mean"));
        }
    }
  /* Changes: none about a suppressed figure.  */
  const cJSON *c;
  cJSON_ArrayForEach (c, sp_doc_get (pub, "changes"))
  {
    const char *p = sp_doc_str (c, "path", "");
    if (listed (pub, "suppressed", p))
      fail_msg ("a change of %s, which is suppressed, is published", p);
  }
  assert_true (cJSON_GetArraySize (sp_doc_get (pub, "changes")) > 0);
  cJSON_Delete (pub);
  cJSON_Delete (doc[0]);
  cJSON_Delete (doc[1]);
  free (out);
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (published_outputs_hide_small_groups),
    cmocka_unit_test (small_cohort_is_suppressed_whole),
    cmocka_unit_test (internal_and_threshold_zero),
    cmocka_unit_test (quarterly_figures),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
