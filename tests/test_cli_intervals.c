/* test_cli_intervals.c -- bootstrap intervals end to end: determinism,
   degenerate cohorts, the document's contract, and agreement with R's
   boot and SciPy on a cohort no other test uses */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "sptest.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>

#include "cli.h"
#include "doc.h"

#define EVAL "fixtures/calico-2019/evaluation.json"
#define PEERS "tests/peers/"

/* No NaN or infinity anywhere in TEXT.  */
static void
assert_no_nan (const char *text)
{
  assert_null (strstr (text, "nan"));
  assert_null (strstr (text, "NaN"));
  /* "inf" as a number, not as in "influence".  */
  for (const char *p = strstr (text, "inf"); p; p = strstr (p + 1, "inf"))
    assert_true (p[3] == 'l');
}

/* Same seed, 1 or 2 threads: byte-identical output, JSON and text.  */
static void
threads_give_identical_output (void **state)
{
  (void) state;
  const char *fmt[2] = { "json", "text" };
  for (int f = 0; f < 2; f++)
    {
      sp_cli_result a = sp_cli_run ("savings %s --bootstrap 3000 "
                                    "--threads 1 --format %s", EVAL, fmt[f]);
      sp_cli_result b = sp_cli_run ("savings %s --bootstrap 3000 "
                                    "--threads 2 --format %s", EVAL, fmt[f]);
      assert_int_equal (a.status, 0);
      assert_int_equal (b.status, 0);
      assert_string_equal (a.out, b.out);
      sp_cli_free (&a);
      sp_cli_free (&b);
    }
  /* Another seed moves the ends (Monte Carlo error only).  */
  sp_cli_result a = sp_cli_run ("savings %s --bootstrap 3000 --format json",
                                EVAL);
  sp_cli_result b = sp_cli_run ("savings %s --bootstrap 3000 --seed 7 "
                                "--format json", EVAL);
  assert_string_not_equal (a.out, b.out);
  sp_cli_free (&a);
  sp_cli_free (&b);
}

/* The pilot: every required path, finite numbers, the histogram adding
   up, influence without identifiers unless --internal.  */
static void
pilot_intervals_and_influence (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("savings %s --bootstrap 2000 --format json",
                                EVAL);
  assert_int_equal (r.status, 0);
  assert_no_nan (r.out);
  cJSON *doc = sp_cli_json (&r);
  const char *paths[] = {
    "savings.saving", "savings.saving_rate", "savings.per_participant",
    "savings.scaled.saving", "savings.categories.planned.cost_reduction",
    "savings.categories.emergency.cost_reduction",
  };
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++)
    {
      const cJSON *iv = sp_cli_interval (doc, paths[i]);
      double lo = sp_cli_num (iv, "lower"), hi = sp_cli_num (iv, "upper");
      assert_true (lo <= hi);
      assert_near (sp_cli_num (iv, "level"), 0.95, 0);
      assert_near (sp_cli_num (iv, "resamples"), 2000, 0);
      assert_near (sp_cli_num (iv, "seed"), 20190101, 0);
      /* The default method is auto (issue 9 §3, the coverage study):
         BCa for totals and means, percentile for ratios (the saving rate
         and the categories' cost reductions).  */
      assert_string_equal (sp_doc_str (iv, "method", ""),
                           i == 1 || i >= 4 ? "percentile" : "bca");
      assert_true (sp_cli_num (iv, "standard_error") > 0);
    }
  const cJSON *saving = sp_cli_interval (doc, "savings.saving");
  assert_near (sp_cli_num (saving, "estimate"), 1231900, 1e-6);
  /* per participant = saving / 22 and scaled = saving x 48 / 22 in every
     resample, so their ends scale with the saving's.  */
  assert_near (sp_cli_num (sp_cli_interval (doc, "savings.per_participant"),
                           "lower"),
               sp_cli_num (saving, "lower") / 22, 1e-6);
  assert_near (sp_cli_num (sp_cli_interval (doc, "savings.scaled.saving"),
                           "upper"),
               sp_cli_num (saving, "upper") * 48 / 22, 1e-4);

  const cJSON *h = sp_doc_get (saving, "histogram");
  const cJSON *counts = cJSON_GetObjectItemCaseSensitive (h, "counts");
  assert_int_equal (cJSON_GetArraySize (counts) + 1,
                    cJSON_GetArraySize (
                      cJSON_GetObjectItemCaseSensitive (h, "edges")));
  double total = 0;
  const cJSON *c;
  cJSON_ArrayForEach (c, counts) total += c->valuedouble;
  assert_near (total, 2000, 0);

  /* Influence as published: the top two's share, (682,100 + 475,028) /
     1,231,900 = 0.9393 (the two largest participants' savings in the
     fixture), rounded to 0.9; no one person's value (no influence list,
     no leave-one-out range, no estimate beside the shares), no ids.  */
  const cJSON *inf = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (doc, "influence"), "savings.saving");
  assert_non_null (inf);
  assert_near (sp_cli_num (inf, "participants"), 22, 0);
  const cJSON *top2 = cJSON_GetArrayItem (
    cJSON_GetObjectItemCaseSensitive (inf, "top"), 1);
  assert_near (sp_cli_num (top2, "share"), 0.9, 1e-12);
  assert_null (cJSON_GetObjectItemCaseSensitive (inf, "influence"));
  assert_null (cJSON_GetObjectItemCaseSensitive (inf, "leave_one_out"));
  assert_null (cJSON_GetObjectItemCaseSensitive (inf, "estimate"));
  assert_null (cJSON_GetObjectItemCaseSensitive (inf, "ids"));
  assert_null (strstr (r.out, "EL-0"));
  assert_null (strstr (r.out, "682100"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Internal: contributions of a total, 22 values, exact shares, the
     leave-one-out range and the identifiers.  */
  r = sp_cli_run ("savings %s --bootstrap 200 --internal --format json",
                  EVAL);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "\"ids\""));
  assert_non_null (strstr (r.out, "EL-0"));
  doc = sp_cli_json (&r);
  inf = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (doc, "influence"), "savings.saving");
  assert_int_equal (cJSON_GetArraySize (
                      cJSON_GetObjectItemCaseSensitive (inf, "influence")),
                    22);
  top2 = cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (inf, "top"),
                             1);
  assert_near (sp_cli_num (top2, "share"), (682100.0 + 475028.0) / 1231900.0,
               1e-9);
  assert_near (sp_cli_num (inf, "leave_one_out.min"), 1231900 - 682100,
               1e-6);
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Text: the interval beside the figure, and the share of the few,
     rounded as published.  */
  r = sp_cli_run ("savings %s --bootstrap 500", EVAL);
  assert_int_equal (r.status, 0);
  /* The saving is titled by its basis (issue 8): the pilot's after rows
     are plans, so it is a forecast.  Shares are rounded as published.  */
  assert_non_null (strstr (r.out, "Forecast NHS cost saving: £1,231,900 "
                                  "(95% CI £"));
  assert_non_null (strstr (r.out, "the top 2 about 90%"));
  assert_null (strstr (r.out, "93.9%"));
  sp_cli_free (&r);
}

/* Off unless asked for; settings from the evaluation file; a bad
   method is bad usage.  */
static void
settings_and_defaults (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("savings %s --format json", EVAL);
  assert_int_equal (r.status, 0);
  assert_null (strstr (r.out, "\"intervals\""));
  sp_cli_free (&r);
  r = sp_cli_run ("savings %s --bootstrap 0 --format json", EVAL);
  assert_null (strstr (r.out, "\"intervals\""));
  sp_cli_free (&r);

  char *dir = sp_cli_tmpdir ();
  char cwd[4096];
  assert_non_null (getcwd (cwd, sizeof cwd));
  /* Paths relative to the evaluation file's folder: write absolute
     ones from the working directory (the source root).  */
  char *text = NULL;
  assert_true (asprintf (&text,
    "{ \"usage\": \"%s/" PEERS "cohort.csv\",\n"
    "  \"unit_costs\": \"%s/" PEERS "unit-costs.csv\",\n"
    "  \"bootstrap\": { \"resamples\": 400, \"confidence\": 0.9,\n"
    "                 \"method\": \"percentile\", \"seed\": 11 } }\n",
    cwd, cwd) > 0);
  char *eval = sp_cli_write (dir, "eval.json", text);
  free (text);
  r = sp_cli_run ("savings '%s' --format json", eval);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  const cJSON *iv = sp_cli_interval (doc, "savings.saving");
  assert_near (sp_cli_num (iv, "level"), 0.9, 0);
  assert_near (sp_cli_num (iv, "resamples"), 400, 0);
  assert_near (sp_cli_num (iv, "seed"), 11, 0);
  assert_string_equal (sp_doc_str (iv, "method", ""), "percentile");
  cJSON_Delete (doc);
  sp_cli_free (&r);
  /* Flags win over the file.  */
  r = sp_cli_run ("savings '%s' --ci-method basic --format json", eval);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "\"method\":\t\"basic\""));
  sp_cli_free (&r);
  /* More replicates than memory holds: said before trying (6 figures x
     10^8 doubles = 4.5 GiB > 2 GiB).  */
  r = sp_cli_run ("savings '%s' --bootstrap 100000000", eval);
  assert_int_equal (r.status, 64);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "would need 4.5 GiB"));
  sp_cli_free (&r);
  /* An unknown method (issue 9 added studentized) is bad usage.  */
  r = sp_cli_run ("savings '%s' --ci-method bootstrap-t", eval);
  assert_int_equal (r.status, 64);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "studentized"));
  sp_cli_free (&r);
  sp_cli_rmtree (dir);
  free (eval);
  free (dir);
}

/* A cohort of one: the figures and no interval, with a note.  Five
   identical participants: the interval collapses to the estimate, with
   a note.  */
static void
degenerate_cohorts (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *costs = sp_cli_write (dir, "costs.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "a,A,u,100,emergency,2020,t\n");
  char *one = sp_cli_write (dir, "one.csv",
    "participant_id,period,service,quantity\n"
    "P1,before,a,3\n"
    "P1,after,a,1\n");
  /* A cohort of one: the figures, and no interval (issue 9: fewer than
     five participants get none; it used to be an error).  --internal:
     published output suppresses figures of so few participants.  */
  sp_cli_result r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' "
                                "--bootstrap 1000 --format json --internal",
                                one, costs);
  assert_int_equal (r.status, 0);
  assert_no_nan (r.out);
  cJSON *doc = sp_cli_json (&r);
  const cJSON *iv = sp_cli_interval (doc, "savings.saving");
  assert_near (sp_cli_num (iv, "estimate"), 200, 1e-9);
  assert_true (cJSON_IsNull (cJSON_GetObjectItemCaseSensitive (iv, "lower")));
  assert_non_null (strstr (sp_doc_str (iv, "note", ""),
                           "only 1 participant:"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Five alike, each saving 2 x £100: total £1,000, every resample
     £1,000.  */
  char *same = sp_cli_write (dir, "same.csv",
    "participant_id,period,service,quantity\n"
    "P1,before,a,3\nP1,after,a,1\n"
    "P2,before,a,3\nP2,after,a,1\n"
    "P3,before,a,3\nP3,after,a,1\n"
    "P4,before,a,3\nP4,after,a,1\n"
    "P5,before,a,3\nP5,after,a,1\n");
  r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' "
                  "--bootstrap 1000 --format json --internal", same, costs);
  assert_int_equal (r.status, 0);
  assert_no_nan (r.out);
  doc = sp_cli_json (&r);
  iv = sp_cli_interval (doc, "savings.saving");
  assert_near (sp_cli_num (iv, "estimate"), 1000, 1e-9);
  assert_near (sp_cli_num (iv, "lower"), 1000, 1e-9);
  assert_near (sp_cli_num (iv, "upper"), 1000, 1e-9);
  assert_near (sp_cli_num (iv, "standard_error"), 0, 0);
  assert_non_null (strstr (sp_doc_str (iv, "note", ""), "collapses"));
  /* Planned has no baseline cost: its reduction has no interval.  */
  iv = sp_cli_interval (doc, "savings.categories.planned.cost_reduction");
  assert_true (cJSON_IsNull (cJSON_GetObjectItemCaseSensitive (iv,
                                                               "lower")));
  assert_non_null (strstr (sp_doc_str (iv, "note", ""), "undefined"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* Few resamples: said in a note, not hidden.  */
  r = sp_cli_run ("savings %s --bootstrap 20 --format json", EVAL);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "too few resamples"));
  sp_cli_free (&r);

  sp_cli_rmtree (dir);
  free (costs);
  free (one);
  free (same);
  free (dir);
}

/* A usage file of N participants: K of them save 3 x £50 - 1 x £50 =
   £100 each (quantity 3 before, 1 after, of service a at £50), the rest
   (N - K) save BIG each (quantity BIG / 50 + 1 before, 1 after).  */
static char *
cohort_file (const char *dir, const char *name, int n, int k, int big)
{
  size_t cap = 64 + (size_t) n * 64, used = 0;
  char *text = malloc (cap);
  used += (size_t) snprintf (text, cap, "participant_id,period,service,"
                                        "quantity\n");
  for (int i = 0; i < n; i++)
    used += (size_t) snprintf (text + used, cap - used,
                               "Q%03d,before,a,%d\nQ%03d,after,a,1\n", i,
                               i < k ? 3 : big / 50 + 1, i);
  char *path = sp_cli_write (dir, name, text);
  free (text);
  return path;
}

/* The reliability rule, computed by hand (influence on a total is each
   participant's own saving):
     30 participants, 28 x £100 and 2 x £1,000: total £4,800; the top two
     carry 2,000 / 4,800 = 41.7% -> "ok";
     30 participants, 28 x £100 and 2 x £1,500: total £5,800; the top two
     carry 3,000 / 5,800 = 51.7% (more than half) -> "low";
     29 participants, 27 x £100 and 2 x £1,000: total £4,700, 42.6%, but
     fewer than 30 -> "low";
     3 participants, 1 x £100 and 2 x £1,000: no interval (fewer than
     five), ends null, a note, reliability "low".
   The coverage words use the study's row for 22 participants (the
   largest simulated size at or below 29 and 30), and the saving rate
   (a ratio) its ratio row.  */
static void
reliability_by_the_rule (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *costs = sp_cli_write (dir, "costs.csv",
    "service,label,unit,unit_cost,category,price_year,source\n"
    "a,A,u,50,emergency,2020,t\n");
  struct
  {
    int n, k, big;
    double total, share;
    const char *verdict;
  } cases[4] = {
    { 30, 28, 1000, 4800, 2000.0 / 4800.0, "ok" },
    { 30, 28, 1500, 5800, 3000.0 / 5800.0, "low" },
    { 29, 27, 1000, 4700, 2000.0 / 4700.0, "low" },
    { 3, 1, 1000, 2100, 2000.0 / 2100.0, "low" },
  };
  for (int c = 0; c < 4; c++)
    {
      char name[32];
      snprintf (name, sizeof name, "c%d.csv", c);
      char *usage = cohort_file (dir, name, cases[c].n, cases[c].k,
                                 cases[c].big);
      /* --internal: the exact share (published output rounds it, below),
         and the cohort of 3 (published output suppresses its figures).  */
      sp_cli_result r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' "
                                    "--bootstrap 1000 --format json "
                                    "--internal", usage, costs);
      assert_int_equal (r.status, 0);
      assert_no_nan (r.out);
      cJSON *doc = sp_cli_json (&r);
      const cJSON *iv = sp_cli_interval (doc, "savings.saving");
      assert_near (sp_cli_num (iv, "estimate"), cases[c].total, 1e-9);
      assert_near (sp_cli_num (iv, "participants"), cases[c].n, 0);
      assert_near (sp_cli_num (iv, "top_two_share"), cases[c].share, 1e-12);
      assert_string_equal (sp_doc_str (iv, "reliability", ""),
                           cases[c].verdict);
      const char *text = sp_doc_str (iv, "reliability_text", "");
      if (cases[c].n < 5)
        {
          assert_true (cJSON_IsNull (cJSON_GetObjectItemCaseSensitive (
            iv, "lower")));
          assert_true (cJSON_IsNull (cJSON_GetObjectItemCaseSensitive (
            iv, "upper")));
          assert_true (cJSON_IsNull (cJSON_GetObjectItemCaseSensitive (
            iv, "standard_error")));
          assert_null (cJSON_GetObjectItemCaseSensitive (iv, "histogram"));
          assert_non_null (strstr (sp_doc_str (iv, "note", ""),
                                   "only 3 participants"));
          assert_non_null (strstr (text, "No interval"));
          assert_true (cJSON_IsNull (cJSON_GetObjectItemCaseSensitive (
            iv, "simulated_coverage")));
        }
      else
        {
          assert_true (sp_cli_num (iv, "lower") < sp_cli_num (iv, "upper"));
          assert_near (sp_cli_num (iv, "simulated_coverage.participants"),
                       22, 0);
          assert_string_equal (sp_doc_str (iv, "simulated_coverage.statistic",
                                           ""), "total");
          assert_non_null (strstr (text, "times in"));
          assert_non_null (strstr (text, "from 22 participants"));
          const cJSON *rate = sp_cli_interval (doc, "savings.saving_rate");
          assert_string_equal (sp_doc_str (rate,
                                           "simulated_coverage.statistic",
                                           ""), "ratio");
        }
      cJSON_Delete (doc);
      sp_cli_free (&r);
      if (c == 0)
        {
          /* Published: the share rounded to 10% (2,000 / 4,800 = 41.7%
             -> 0.4), in the number and in the words.  */
          r = sp_cli_run ("savings --usage '%s' --unit-costs '%s' "
                          "--bootstrap 1000 --format json", usage, costs);
          assert_int_equal (r.status, 0);
          doc = sp_cli_json (&r);
          iv = sp_cli_interval (doc, "savings.saving");
          assert_near (sp_cli_num (iv, "top_two_share"), 0.4, 1e-12);
          assert_non_null (strstr (sp_doc_str (iv, "reliability_text", ""),
                                   "carry about 40% of it"));
          cJSON_Delete (doc);
          sp_cli_free (&r);
        }
      free (usage);
    }
  sp_cli_rmtree (dir);
  free (costs);
  free (dir);
}

/* socialprofit profit: the usage cohort, the outcome file and the
   register in one design, stratified by the data sets each participant
   is in (the fixture: 22 in all three, 82 in the register only); every
   required figure, estimates equal to the document's figures, the same
   bytes on 1 and 2 threads.  */
static void
profit_intervals (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("profit %s --bootstrap 1000 --threads 1 "
                                "--format json", EVAL);
  sp_cli_result r2 = sp_cli_run ("profit %s --bootstrap 1000 --threads 2 "
                                 "--format json", EVAL);
  assert_int_equal (r.status, 0);
  assert_string_equal (r.out, r2.out);
  assert_no_nan (r.out);
  cJSON *doc = sp_cli_json (&r);
  static const char *const figures[] = {
    "savings.saving", "social_value.total", "social_profit.net",
    "social_profit.sroi_ratio", "social_profit.net_per_person",
    "social_profit.sroi_ratio_budgets_additional",
  };
  for (size_t i = 0; i < sizeof figures / sizeof *figures; i++)
    {
      const cJSON *iv = sp_cli_interval (doc, figures[i]);
      double est = sp_cli_num (iv, "estimate");
      assert_near (est, sp_cli_num (doc, figures[i]), 1e-9 * fabs (est));
      assert_true (sp_cli_num (iv, "lower") <= sp_cli_num (iv, "upper"));
    }
  /* One interval per outcome of the table.  */
  const cJSON *o;
  cJSON_ArrayForEach (o, sp_doc_get (doc, "social_value.outcomes"))
  {
    char path[256];
    snprintf (path, sizeof path, "social_value.outcomes.%s.present_value",
              sp_doc_str (o, "outcome", ""));
    assert_near (sp_cli_num (sp_cli_interval (doc, path), "estimate"),
                 sp_cli_num (o, "present_value"), 1e-6);
  }
  const cJSON *strata = sp_doc_get (doc, "bootstrap.strata");
  assert_int_equal (cJSON_GetArraySize (strata), 2);
  assert_near (sp_cli_num (cJSON_GetArrayItem (strata, 0), "participants"),
               82, 0);
  assert_near (sp_cli_num (cJSON_GetArrayItem (strata, 1), "participants"),
               22, 0);
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (
                      cJSON_GetArrayItem (strata, 1), "data_sets")), 3);
  /* Social profit rests on 104 participants in all, but its saving and
     social value on 22: it is judged by the smallest data set, in the
     verdict, the words and the coverage study's row.  The saving, from
     one data set, has no smallest.  */
  for (size_t i = 2; i < sizeof figures / sizeof *figures; i++)
    {
      const cJSON *iv = sp_cli_interval (doc, figures[i]);
      assert_near (sp_cli_num (iv, "participants"), 104, 0);
      assert_near (sp_cli_num (iv, "smallest_data_set"), 22, 0);
      assert_string_equal (sp_doc_str (iv, "reliability", ""), "low");
      assert_near (sp_cli_num (iv, "simulated_coverage.participants"), 22,
                   0);
      assert_non_null (strstr (sp_doc_str (iv, "reliability_text", ""),
                               "104 participants in all, only 22 in its "
                               "smallest data set (fewer than 30)"));
    }
  assert_null (sp_doc_get (sp_cli_interval (doc, "savings.saving"),
                           "smallest_data_set"));
  assert_non_null (sp_doc_get (sp_cli_interval (doc, "social_value.total"),
                               "histogram"));
  assert_non_null (cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (doc, "influence"),
    "social_value.total"));
  cJSON_Delete (doc);
  sp_cli_free (&r);
  sp_cli_free (&r2);
}

/* The order of rows in the usage file does not change the resamples:
   participants are resampled in identifier order.  The peer cohort with
   its rows reversed gives the same intervals and influence, bit for
   bit.  */
static void
row_order_does_not_matter (void **state)
{
  (void) state;
  size_t size;
  char *orig = sp_cli_read (PEERS "cohort.csv", &size);
  /* The header, then the rows (each ending in a newline) last first.  */
  const char *body = strchr (orig, '\n') + 1, *end = orig + size;
  char *text = calloc (size + 1, 1);
  size_t used = (size_t) (body - orig), n = 0;
  memcpy (text, orig, used);
  while (end > body)
    {
      const char *start = end - 1;
      while (start > body && start[-1] != '\n')
        start--;
      memcpy (text + used, start, (size_t) (end - start));
      used += (size_t) (end - start);
      end = start;
      n++;
    }
  free (orig);
  assert_true (n > 300);
  char *dir = sp_cli_tmpdir ();
  char *usage = sp_cli_write (dir, "cohort.csv", text);
  free (text);
  const char *args = "--unit-costs " PEERS "unit-costs.csv --bootstrap 2000 "
                     "--format json";
  sp_cli_result a = sp_cli_run ("savings --usage " PEERS "cohort.csv %s",
                                args);
  sp_cli_result b = sp_cli_run ("savings --usage '%s' %s", usage, args);
  assert_int_equal (a.status, 0);
  assert_int_equal (b.status, 0);
  cJSON *da = sp_cli_json (&a), *db = sp_cli_json (&b);
  const char *sections[2] = { "intervals", "influence" };
  for (int i = 0; i < 2; i++)
    {
      char *ta = cJSON_Print (cJSON_GetObjectItemCaseSensitive (da,
                                                               sections[i]));
      char *tb = cJSON_Print (cJSON_GetObjectItemCaseSensitive (db,
                                                               sections[i]));
      assert_non_null (ta);
      assert_string_equal (ta, tb);
      free (ta);
      free (tb);
    }
  cJSON_Delete (da);
  cJSON_Delete (db);
  sp_cli_free (&a);
  sp_cli_free (&b);
  sp_cli_rmtree (dir);
  free (usage);
  free (dir);
}

static cJSON *
read_json (const char *path)
{
  char *text = sp_cli_read (path, NULL);
  cJSON *doc = cJSON_Parse (text);
  free (text);
  if (!doc)
    fail_msg ("%s is not JSON", path);
  return doc;
}

/* The two numbers of the array NAME of OBJ.  */
static void
pair (const cJSON *obj, const char *name, double *a, double *b)
{
  const cJSON *arr = sp_doc_get (obj, name);
  if (cJSON_GetArraySize (arr) != 2)
    fail_msg ("%s is not a pair", name);
  *a = cJSON_GetArrayItem (arr, 0)->valuedouble;
  *b = cJSON_GetArrayItem (arr, 1)->valuedouble;
}

#define OURS_B 50000

/* Agreement with R's boot and SciPy within Monte Carlo error.

   Both peers ran make_peers.R / make_peers.py (B_peer = 200,000) on
   tests/peers/cohort.csv; we run B = 50,000 with our own seed.  An end
   of an interval is the quantile Q(p) of the replicates at some level p
   (basic: 2 theta_hat - Q(p), the same spread).  From B replicates a
   sample quantile has standard deviation Q'(p) sqrt(p (1 - p) / B), so
   two independent runs differ with sd

     s_q = Q'(p) sqrt(p (1 - p) (1 / B + 1 / B_peer)),

   Q'(p) (the slope of the quantile function) and p coming from R's
   200,000 replicates (make_peers.R records them).  For BCa, p itself is
   estimated: z0 = Phi^-1(q) from B replicates has sd sqrt(q (1 - q) /
   B) / phi(z0), and p = Phi(w), w = z0 + (z0 + z) / (1 - a (z0 + z)),
   moves by dp/dz0 = phi(w) (1 + 1 / (1 - a (z0 + z))^2) times that, which
   adds s_z = Q'(p) dp/dz0 sd(z0) (both runs, as above).  (The
   acceleration is the same jackknife in all three, no Monte Carlo
   error.)  The tolerance is four combined sd plus one rank's width
   Q'(p) / B for the peers' different quantile interpolation (R's
   norm.inter on the normal scale, NumPy's and GSL's linear one):

     tol = 4 sqrt(s_q^2 + s_z^2) + Q'(p) / B

   A difference of four sd happens by chance with probability 6e-5;
   the seeds are fixed, so the test is deterministic.  */
static double
tolerance (double slope, double p, int bca, double z0, double a, double z)
{
  double both = 1.0 / OURS_B + 1.0 / 200000.0;
  double s_q = slope * sqrt (p * (1 - p) * both);
  double s_z = 0.0;
  if (bca)
    {
      double q = gsl_cdf_ugaussian_P (z0);
      double sd_z0 = sqrt (q * (1 - q) * both) / gsl_ran_ugaussian_pdf (z0);
      double d = 1 - a * (z0 + z);
      double w = z0 + (z0 + z) / d;
      double dp = gsl_ran_ugaussian_pdf (w) * (1 + 1 / (d * d));
      s_z = slope * dp * sd_z0;
    }
  return 4 * sqrt (s_q * s_q + s_z * s_z) + slope / OURS_B;
}

static void
agrees_with_r_boot_and_scipy (void **state)
{
  (void) state;
  cJSON *peer_r = read_json (PEERS "expected_r.json");
  cJSON *peer_py = read_json (PEERS "expected_scipy.json");
  const cJSON *peers[2] = { peer_r, peer_py };
  const char *methods[3] = { "percentile", "basic", "bca" };
  const char *figures[2] = { "savings.saving", "savings.saving_rate" };
  double level = sp_cli_num (peer_r, "level");
  double z_lo = gsl_cdf_ugaussian_Pinv ((1 - level) / 2);
  for (int m = 0; m < 3; m++)
    {
      sp_cli_result r = sp_cli_run (
        "savings --usage " PEERS "cohort.csv --unit-costs " PEERS
        "unit-costs.csv --bootstrap %d --ci-method %s --confidence %g "
        "--seed 4242 --format json", OURS_B, methods[m], level);
      assert_int_equal (r.status, 0);
      cJSON *doc = sp_cli_json (&r);
      for (int f = 0; f < 2; f++)
        {
          const cJSON *iv = sp_cli_interval (doc, figures[f]);
          assert_string_equal (sp_doc_str (iv, "method", ""), methods[m]);
          const cJSON *fig_r = sp_doc_get (peer_r, "figures");
          fig_r = cJSON_GetObjectItemCaseSensitive (fig_r, figures[f]);
          double p[2], slope[2];
          char key[64];
          snprintf (key, sizeof key, "levels.%s", methods[m]);
          pair (fig_r, key, &p[0], &p[1]);
          snprintf (key, sizeof key, "slopes.%s", methods[m]);
          pair (fig_r, key, &slope[0], &slope[1]);
          double z0 = sp_cli_num (fig_r, "bca_z0");
          double a = sp_cli_num (fig_r, "bca_acceleration");
          double ours[2] = { sp_cli_num (iv, "lower"),
                             sp_cli_num (iv, "upper") };
          for (int q = 0; q < 2; q++)
            {
              const cJSON *fig = cJSON_GetObjectItemCaseSensitive (
                sp_doc_get (peers[q], "figures"), figures[f]);
              assert_near (sp_cli_num (iv, "estimate"),
                           sp_cli_num (fig, "estimate"),
                           1e-9 * fabs (sp_cli_num (fig, "estimate")));
              double theirs[2];
              pair (fig, methods[m], &theirs[0], &theirs[1]);
              for (int e = 0; e < 2; e++)
                {
                  double tol = tolerance (slope[e], p[e], m == 2, z0, a,
                                          e == 0 ? z_lo : -z_lo);
                  if (fabs (ours[e] - theirs[e]) > tol)
                    fail_msg ("%s %s %s end: ours %.10g, %s %.10g, "
                              "tolerance %.6g", figures[f], methods[m],
                              e == 0 ? "lower" : "upper", ours[e],
                              sp_doc_str (peers[q], "peer", "peer"),
                              theirs[e], tol);
                }
            }
        }
      cJSON_Delete (doc);
      sp_cli_free (&r);
    }
  cJSON_Delete (peer_r);
  cJSON_Delete (peer_py);
}

/* Studentized (bootstrap-t) intervals agree with R's boot.ci (type
   "stud", make_peers.R: B_peer = 200,000, each resample's variance from
   its own rows, the delta method for the ratio) within Monte Carlo
   error.  An end is theta_hat - T(p) se, T(p) the p-quantile of the t*
   values, so it moves with se T'(p) sqrt(p (1 - p) (1 / B + 1 / B_peer))
   (T'(p) from R's t* values); the tolerance is four such sd plus one
   rank's width se T'(p) / B.  The data's linearised standard error is no
   Monte Carlo figure: it equals R's to 1e-9.  Against the BCa and
   percentile ends of the same figures the studentized ends differ by
   more than that tolerance, so the test tells the methods apart.  */
static void
studentized_agrees_with_r_boot (void **state)
{
  (void) state;
  cJSON *peer = read_json (PEERS "expected_r.json");
  const char *figures[2] = { "savings.saving", "savings.saving_rate" };
  sp_cli_result r = sp_cli_run (
    "savings --usage " PEERS "cohort.csv --unit-costs " PEERS
    "unit-costs.csv --bootstrap %d --ci-method studentized --seed 4242 "
    "--threads 2 --format json", OURS_B);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  for (int f = 0; f < 2; f++)
    {
      const cJSON *iv = sp_cli_interval (doc, figures[f]);
      const cJSON *fig = cJSON_GetObjectItemCaseSensitive (
        sp_doc_get (peer, "studentized"), figures[f]);
      assert_non_null (fig);
      assert_string_equal (sp_doc_str (iv, "method", ""), "studentized");
      double se = sp_cli_num (fig, "standard_error");
      assert_near (sp_cli_num (iv, "linearised_standard_error"), se,
                   1e-9 * se);
      double p[2], slope[2], theirs[2], other[2];
      pair (fig, "t_levels", &p[0], &p[1]);
      pair (fig, "t_slopes", &slope[0], &slope[1]);
      pair (fig, "studentized", &theirs[0], &theirs[1]);
      pair (cJSON_GetObjectItemCaseSensitive (sp_doc_get (peer, "figures"),
                                              figures[f]),
            f == 0 ? "bca" : "percentile", &other[0], &other[1]);
      double ours[2] = { sp_cli_num (iv, "lower"), sp_cli_num (iv, "upper") };
      double both = 1.0 / OURS_B + 1.0 / 200000.0;
      int apart = 0;
      for (int e = 0; e < 2; e++)
        {
          double tol = se * slope[e]
                       * (4 * sqrt (p[e] * (1 - p[e]) * both) + 1.0 / OURS_B);
          if (fabs (ours[e] - theirs[e]) > tol)
            fail_msg ("%s studentized %s end: ours %.10g, R %.10g, "
                      "tolerance %.6g", figures[f],
                      e == 0 ? "lower" : "upper", ours[e], theirs[e], tol);
          apart |= fabs (other[e] - theirs[e]) > tol;
        }
      assert_true (apart);
    }
  cJSON_Delete (doc);
  sp_cli_free (&r);
  cJSON_Delete (peer);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (threads_give_identical_output),
    cmocka_unit_test (pilot_intervals_and_influence),
    cmocka_unit_test (settings_and_defaults),
    cmocka_unit_test (degenerate_cohorts),
    cmocka_unit_test (reliability_by_the_rule),
    cmocka_unit_test (profit_intervals),
    cmocka_unit_test (row_order_does_not_matter),
    cmocka_unit_test (agrees_with_r_boot_and_scipy),
    cmocka_unit_test (studentized_agrees_with_r_boot),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
