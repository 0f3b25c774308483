/* test_cli_quarterly.c -- the reporting period and the figures over time
   (issue 10) against an independent computation from the CSV files

   A constructed programme (qdata.h, data no fixture holds) is reported
   with a reporting period that ends before some of its rows; each new
   figure -- the rows left out, social_value.waves, register.monthly,
   local_economy.quarterly, rollout.progress -- is then computed here
   from the CSV files alone and compared.  Then the register's
   approved_date checks.  */

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
#include "qdata.h"
#include "xalloc.h"

#define START "2020-01-01"
#define END "2020-03-31"

/* One report of a constructed programme.  */
typedef struct
{
  char *dir;
  cJSON *doc;
} report;

/* Build the programme of SEED in a new folder and report it with the
   period START..END when WITH_PERIOD.  */
static report *
make_report (unsigned seed, int with_period)
{
  report *rp = sp_xcalloc (1, sizeof *rp);
  rp->dir = sp_cli_tmpdir ();
  qdata_spec spec = { seed, with_period ? START : NULL,
                      with_period ? END : NULL, NULL, NULL, NULL, NULL };
  char *eval = qdata_write (rp->dir, &spec);
  /* --internal: the figures are compared with a computation from the
     CSV files, so every count must be there; published reports
     suppress the small monthly counts (test_cli_disclosure.c).  */
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 0 --simulations 50 "
                                "--internal --out '%s/out'", eval, rp->dir);
  if (r.status != 0)
    fail_msg ("report failed (%d): %s", r.status, r.err);
  char *path = sp_xasprintf ("%s/out/results.json", rp->dir);
  char *json = sp_cli_read (path, NULL);
  rp->doc = cJSON_Parse (json);
  assert_non_null (rp->doc);
  free (json);
  free (path);
  free (eval);
  sp_cli_free (&r);
  return rp;
}

static int
setup (void **state)
{
  report **rp = sp_xcalloc (2, sizeof *rp);
  rp[0] = make_report (11, 1);
  rp[1] = make_report (23, 0);
  *state = rp;
  return 0;
}

static int
teardown (void **state)
{
  report **rp = *state;
  for (int i = 0; i < 2; i++)
    {
      cJSON_Delete (rp[i]->doc);
      sp_cli_rmtree (rp[i]->dir);
      free (rp[i]->dir);
      free (rp[i]);
    }
  free (rp);
  return 0;
}

/* Whether the ISO date D (may be empty) falls after the period's end;
   ISO dates compare as strings.  */
static int
after_end (const char *d, const char *end)
{
  return end && d[0] && strcmp (d, end) > 0;
}

static int
is_live (const char *status)
{
  return strcmp (status, "approved") == 0
         || strcmp (status, "in_process") == 0;
}

/* "YYYY-MM" of an ISO date as a month number.  */
static long
month_of (const char *d)
{
  int y, m;
  assert_int_equal (sscanf (d, "%d-%d", &y, &m), 2);
  return y * 12L + m - 1;
}

/* Rows dated after the end are left out and counted, by input.  */
static void
exclusions_counted (void **state)
{
  report *rp = ((report **) *state)[0];
  qcsv reg, tx, oc;
  qcsv_read (rp->dir, "register.csv", &reg);
  qcsv_read (rp->dir, "transactions.csv", &tx);
  qcsv_read (rp->dir, "outcomes.csv", &oc);
  size_t n_reg = 0, n_tx = 0, n_oc = 0;
  for (size_t i = 0; i < reg.n_rows; i++)
    n_reg += after_end (qcsv_cell (&reg, i, "referral_date"), END);
  for (size_t i = 0; i < tx.n_rows; i++)
    n_tx += after_end (qcsv_cell (&tx, i, "date"), END);
  for (size_t i = 0; i < oc.n_rows; i++)
    n_oc += after_end (qcsv_cell (&oc, i, "date"), END);
  /* The data were built to have rows after the end in each file.  */
  assert_true (n_reg > 0 && n_tx > 0 && n_oc > 0);
  const cJSON *ex = sp_doc_get (rp->doc, "evaluation.excluded_after_period");
  assert_near (sp_cli_num (ex, "register"), (double) n_reg, 0);
  assert_near (sp_cli_num (ex, "transactions"), (double) n_tx, 0);
  assert_near (sp_cli_num (ex, "outcomes"), (double) n_oc, 0);
  assert_string_equal (sp_doc_str (rp->doc, "evaluation.period_end", ""),
                       END);
  /* The register's funnel counts only the people referred by the end.  */
  assert_near (sp_cli_num (rp->doc, "register.enquiries"),
               (double) (reg.n_rows - n_reg), 0);
  /* Without a period nothing is left out and nothing is reported.  */
  const cJSON *all = ((report **) *state)[1]->doc;
  assert_null (sp_doc_get (all, "evaluation.excluded_after_period"));
  assert_true (cJSON_IsNull (sp_doc_get (all, "evaluation.period_end")));
  qcsv_free (&reg);
  qcsv_free (&tx);
  qcsv_free (&oc);
}

/* The mean turned score and the number answering, per wave and
   domain, of the rows kept.  */
static void
check_waves (const report *rp, const char *end)
{
  qcsv oc;
  qcsv_read (rp->dir, "outcomes.csv", &oc);
  const cJSON *waves = sp_doc_get (rp->doc, "social_value.waves");
  assert_true (cJSON_GetArraySize (waves) >= 3);
  int last_wave = -1;
  const cJSON *w;
  cJSON_ArrayForEach (w, waves)
  {
    int wave = (int) sp_cli_num (w, "wave");
    assert_true (wave > last_wave);   /* in wave order */
    last_wave = wave;
    /* Participants with any score at this wave.  */
    char **seen = sp_xcalloc (oc.n_rows, sizeof *seen);
    size_t n_seen = 0;
    for (size_t i = 0; i < oc.n_rows; i++)
      {
        if (atoi (qcsv_cell (&oc, i, "wave")) != wave
            || after_end (qcsv_cell (&oc, i, "date"), end))
          continue;
        const char *id = qcsv_cell (&oc, i, "participant_id");
        size_t k = 0;
        while (k < n_seen && strcmp (seen[k], id) != 0)
          k++;
        if (k == n_seen)
          seen[n_seen++] = (char *) id;
      }
    assert_near (sp_cli_num (w, "participants"), (double) n_seen, 0);
    free (seen);
    const cJSON *d;
    int domains = 0;
    cJSON_ArrayForEach (d, cJSON_GetObjectItem (w, "domains"))
    {
      const char *name = sp_doc_str (d, "domain", "");
      double min, max, sum = 0;
      int hi;
      size_t n = 0;
      qdata_scale (name, &min, &max, &hi);
      for (size_t i = 0; i < oc.n_rows; i++)
        if (atoi (qcsv_cell (&oc, i, "wave")) == wave
            && strcmp (qcsv_cell (&oc, i, "domain"), name) == 0
            && !after_end (qcsv_cell (&oc, i, "date"), end))
          {
            double s = atof (qcsv_cell (&oc, i, "score"));
            sum += hi ? s : min + max - s;
            n++;
          }
      assert_near (sp_cli_num (d, "participants"), (double) n, 0);
      if (n)
        assert_near (sp_cli_num (d, "mean"), sum / (double) n, 1e-12);
      else
        assert_true (cJSON_IsNull (cJSON_GetObjectItem (d, "mean")));
      domains++;
    }
    assert_int_equal (domains, 3);
  }
  qcsv_free (&oc);
}

static void
waves_match (void **state)
{
  report **rp = *state;
  check_waves (rp[0], END);
  check_waves (rp[1], NULL);
}

/* register.monthly, undated and late plans, and the period's counts.  */
static void
check_monthly (const report *rp, const char *end)
{
  qcsv reg;
  qcsv_read (rp->dir, "register.csv", &reg);
  long first = -1, last = end ? month_of (end) : -1;
  size_t undated = 0, late = 0, in_referrals = 0, in_new = 0;
  for (size_t i = 0; i < reg.n_rows; i++)
    {
      const char *rd = qcsv_cell (&reg, i, "referral_date");
      const char *ad = qcsv_cell (&reg, i, "approved_date");
      const char *st = qcsv_cell (&reg, i, "status");
      if (!rd[0] || after_end (rd, end))
        continue;
      long m = month_of (rd);
      if (first < 0 || m < first)
        first = m;
      if (!end && m > last)
        last = m;
      if (!end && ad[0] && month_of (ad) > last)
        last = month_of (ad);
      undated += is_live (st) && !ad[0];
      late += ad[0] && after_end (ad, end);
      in_referrals += end && strcmp (rd, START) >= 0;
      in_new += end && ad[0] && strcmp (ad, START) >= 0 && !after_end (ad, end);
    }
  const cJSON *monthly = sp_doc_get (rp->doc, "register.monthly");
  assert_int_equal (cJSON_GetArraySize (monthly), (int) (last - first + 1));
  size_t cumulative = 0;
  for (long m = first; m <= last; m++)
    {
      size_t referrals = 0, new_phbs = 0;
      for (size_t i = 0; i < reg.n_rows; i++)
        {
          const char *rd = qcsv_cell (&reg, i, "referral_date");
          const char *ad = qcsv_cell (&reg, i, "approved_date");
          if (!rd[0] || after_end (rd, end))
            continue;
          referrals += month_of (rd) == m;
          new_phbs += ad[0] && month_of (ad) == m && !after_end (ad, end);
        }
      cumulative += new_phbs;
      const cJSON *e = cJSON_GetArrayItem (monthly, (int) (m - first));
      char name[32];
      snprintf (name, sizeof name, "%04ld-%02ld", m / 12, m % 12 + 1);
      assert_string_equal (sp_doc_str (e, "month", ""), name);
      assert_near (sp_cli_num (e, "referrals"), (double) referrals, 0);
      assert_near (sp_cli_num (e, "new_phbs"), (double) new_phbs, 0);
      assert_near (sp_cli_num (e, "cumulative_phbs"), (double) cumulative,
                   0);
    }
  assert_near (sp_cli_num (rp->doc, "register.undated_phbs"),
               (double) undated, 0);
  if (end)
    {
      assert_true (late > 0);   /* the data have plans approved later */
      assert_near (sp_cli_num (rp->doc, "register.approved_after_period"),
                   (double) late, 0);
      assert_near (sp_cli_num (rp->doc, "register.in_period.referrals"),
                   (double) in_referrals, 0);
      assert_near (sp_cli_num (rp->doc, "register.in_period.new_phbs"),
                   (double) in_new, 0);
      /* Every live plan is in the months, undated or approved later.  */
      assert_near (cumulative + undated + late,
                   sp_cli_num (rp->doc, "register.phbs"), 0);
    }
  else
    {
      assert_null (sp_doc_get (rp->doc, "register.approved_after_period"));
      assert_null (sp_doc_get (rp->doc, "register.in_period"));
    }
  qcsv_free (&reg);
}

static void
register_monthly_match (void **state)
{
  report **rp = *state;
  check_monthly (rp[0], END);
  check_monthly (rp[1], NULL);
}

/* local_economy.quarterly: every calendar quarter with a payment.  */
static void
check_quarterly (const report *rp, const char *end)
{
  qcsv tx;
  qcsv_read (rp->dir, "transactions.csv", &tx);
  double spend[200] = { 0 }, local[200] = { 0 };
  size_t count[200] = { 0 };
  long base = 2019 * 4;
  for (size_t i = 0; i < tx.n_rows; i++)
    {
      const char *d = qcsv_cell (&tx, i, "date");
      if (after_end (d, end))
        continue;
      long q = month_of (d) / 12 * 4 + month_of (d) % 12 / 3 - base;
      assert_true (q >= 0 && q < 200);
      double a = atof (qcsv_cell (&tx, i, "amount"));
      spend[q] += a;
      count[q]++;
      if (strcmp (qcsv_cell (&tx, i, "supplier_local"), "true") == 0)
        local[q] += a;
    }
  const cJSON *list = sp_doc_get (rp->doc, "local_economy.quarterly");
  int k = 0;
  for (long q = 0; q < 200; q++)
    {
      if (!count[q])
        continue;
      const cJSON *e = cJSON_GetArrayItem (list, k++);
      assert_non_null (e);
      char name[32];
      snprintf (name, sizeof name, "%04ld-Q%ld", (q + base) / 4,
                (q + base) % 4 + 1);
      assert_string_equal (sp_doc_str (e, "quarter", ""), name);
      assert_near (sp_cli_num (e, "spend"), spend[q], 1e-6);
      assert_near (sp_cli_num (e, "local_spend"), local[q], 1e-6);
      assert_near (sp_cli_num (e, "local_share"), local[q] / spend[q], 1e-9);
      assert_near (sp_cli_num (e, "transactions"), (double) count[q], 0);
    }
  assert_int_equal (cJSON_GetArraySize (list), k);
  assert_true (k >= 5);
  qcsv_free (&tx);
}

static void
quarterly_spend_match (void **state)
{
  report **rp = *state;
  check_quarterly (rp[0], END);
  check_quarterly (rp[1], NULL);
}

/* The scenario's live PHBs in month INDEX of its ramp, followed by hand
   (trajectory.h): referrals min (ceiling, start (1 + growth)^m), new
   PHBs conversion x referrals, live PHBs summed and held at the
   target once reached.  */
static double
planned (long index)
{
  double live = 0;
  for (long m = 0; m <= index; m++)
    {
      double referrals = QDATA_RAMP_START * pow (1 + QDATA_RAMP_GROWTH, m);
      if (referrals > QDATA_RAMP_CEILING)
        referrals = QDATA_RAMP_CEILING;
      live += QDATA_CONVERSION * referrals;
      if (live >= QDATA_TARGET)
        return QDATA_TARGET;
    }
  return live;
}

/* rollout.progress against the register and the scenario's ramp.  */
static void
check_progress (const report *rp)
{
  const cJSON *monthly = sp_doc_get (rp->doc, "register.monthly");
  int n = cJSON_GetArraySize (monthly);
  const cJSON *lastm = cJSON_GetArrayItem (monthly, n - 1);
  const char *as_of = sp_doc_str (lastm, "month", "");
  const cJSON *p = sp_doc_get (rp->doc, "rollout.progress");
  assert_non_null (p);
  assert_string_equal (sp_doc_str (p, "as_of", ""), as_of);
  /* Observed: the live plans approved by the end of as_of, counted
     from the register file.  */
  qcsv reg;
  qcsv_read (rp->dir, "register.csv", &reg);
  const char *end = sp_doc_str (rp->doc, "evaluation.period_end", NULL);
  size_t observed = 0, recent = 0;
  long as_of_m = month_of (as_of);
  for (size_t i = 0; i < reg.n_rows; i++)
    {
      const char *rd = qcsv_cell (&reg, i, "referral_date");
      const char *ad = qcsv_cell (&reg, i, "approved_date");
      if (!ad[0] || after_end (rd, end) || month_of (ad) > as_of_m
          || after_end (ad, end))
        continue;
      observed++;
      recent += month_of (ad) > as_of_m - 3;
    }
  qcsv_free (&reg);
  assert_near (sp_cli_num (p, "observed_phbs"), (double) observed, 0);
  double plan = planned (as_of_m - month_of (QDATA_START_MONTH));
  assert_near (sp_cli_num (p, "planned_phbs"), plan, 1e-9);
  assert_near (sp_cli_num (p, "difference"), observed - plan, 1e-9);
  const char *status = fabs (observed - plan) <= 0.1 * plan ? "on plan"
                       : observed > plan                    ? "ahead"
                                                            : "behind";
  assert_string_equal (sp_doc_str (p, "status", ""), status);
  assert_near (sp_cli_num (p, "recent_rate"), recent / 3.0, 1e-12);
  const char *projected = sp_doc_str (p, "projected_target_month", NULL);
  if (observed < QDATA_TARGET && recent > 0)
    {
      long m = as_of_m + (long) ceil ((QDATA_TARGET - observed)
                                      / (recent / 3.0));
      char name[32];
      snprintf (name, sizeof name, "%04ld-%02ld", m / 12, m % 12 + 1);
      assert_non_null (projected);
      assert_string_equal (projected, name);
    }
  else if (recent == 0 && observed < QDATA_TARGET)
    assert_null (projected);
}

static void
progress_match (void **state)
{
  report **rp = *state;
  check_progress (rp[0]);
  check_progress (rp[1]);
}

/* The text output shows the figures over time: the reporting period and
   what it left out, the register by month, spend by quarter, the waves
   and progress against the plan, each as the document has it.  */
static void
text_shows_figures_over_time (void **state)
{
  report *rp = ((report **) *state)[0];
  char *eval = sp_xasprintf ("%s/evaluation.json", rp->dir);
  sp_cli_result r = sp_cli_run ("profit '%s'", eval);
  assert_int_equal (r.status, 0);
  char line[160];
  snprintf (line, sizeof line, "left out as dated later: %.0f register rows",
            sp_cli_num (rp->doc, "evaluation.excluded_after_period.register"));
  assert_non_null (strstr (r.out, line));
  assert_non_null (strstr (r.out, "Month by month:"));
  const cJSON *first = cJSON_GetArrayItem (sp_doc_get (rp->doc,
                                                       "register.monthly"),
                                           0);
  assert_non_null (strstr (r.out, sp_doc_str (first, "month", "?")));
  assert_non_null (strstr (r.out, "Spend by quarter:"));
  const cJSON *q = cJSON_GetArrayItem (sp_doc_get (rp->doc,
                                                   "local_economy.quarterly"),
                                       0);
  assert_non_null (strstr (r.out, sp_doc_str (q, "quarter", "?")));
  sp_cli_free (&r);
  r = sp_cli_run ("value '%s'", eval);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "Wave by wave"));
  sp_cli_free (&r);
  r = sp_cli_run ("rollout '%s/scenario.json' --evaluation '%s' "
                  "--simulations 20 --bootstrap 0", rp->dir, eval);
  assert_int_equal (r.status, 0);
  snprintf (line, sizeof line, "Progress against the plan at %s: %.0f PHBs "
            "approved", sp_doc_str (rp->doc, "rollout.progress.as_of", "?"),
            sp_cli_num (rp->doc, "rollout.progress.observed_phbs"));
  assert_non_null (strstr (r.out, line));
  sp_cli_free (&r);
  free (eval);
}

/* savings.trend: each quarter against the baseline over the people seen
   in both, from the usage and unit-cost files; the headline is the
   last quarter's.  The same with --periods on the command line.  */
static void
savings_trend_match (void **state)
{
  (void) state;
  static const char *const periods[] = { "baseline", "q1", "q2", "q3",
                                         "q4" };
  char *dir = sp_cli_tmpdir ();
  qdata_spec spec = { 5, NULL, NULL, NULL, NULL, NULL,
                      "[\"baseline\", \"q1\", \"q2\", \"q3\", \"q4\"]" };
  char *eval = qdata_write (dir, &spec);
  sp_cli_result r = sp_cli_run ("savings '%s' --format json", eval);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  const cJSON *trend = sp_doc_get (doc, "savings.trend");
  assert_int_equal (cJSON_GetArraySize (trend), 4);
  for (int t = 1; t <= 4; t++)
    {
      size_t n;
      double base, cost;
      qdata_cohort_costs (dir, periods[0], periods[t], &n, &base, &cost);
      const cJSON *e = cJSON_GetArrayItem (trend, t - 1);
      assert_string_equal (sp_doc_str (e, "period", ""), periods[t]);
      assert_near (sp_cli_num (e, "participants"), (double) n, 0);
      assert_near (sp_cli_num (e, "baseline_cost"), base, 1e-6);
      assert_near (sp_cli_num (e, "cost"), cost, 1e-6);
      assert_near (sp_cli_num (e, "saving"), base - cost, 1e-6);
      assert_near (sp_cli_num (e, "saving_rate"), (base - cost) / base,
                   1e-12);
      if (t == 4)
        {
          assert_near (sp_cli_num (doc, "savings.saving"), base - cost,
                       1e-6);
          assert_near (sp_cli_num (doc, "savings.participants"), (double) n,
                       0);
        }
    }
  /* Issue 8: each period is an object, its label in "period".  */
  assert_string_equal (sp_doc_str (doc, "savings.periods.before.period", ""),
                       "baseline");
  assert_string_equal (sp_doc_str (doc, "savings.periods.after.period", ""),
                       "q4");
  /* --periods gives the same trend as the evaluation key, and a shorter
     list ends the headline at its last period.  */
  sp_cli_result f = sp_cli_run ("savings '%s' --periods baseline,q1,q2,q3,q4 "
                                "--format json", eval);
  assert_int_equal (f.status, 0);
  cJSON *fdoc = sp_cli_json (&f);
  assert_true (cJSON_Compare (sp_doc_get (fdoc, "savings"),
                              sp_doc_get (doc, "savings"), 1));
  sp_cli_result g = sp_cli_run ("savings '%s' --periods baseline,q2 "
                                "--format json", eval);
  assert_int_equal (g.status, 0);
  cJSON *gdoc = sp_cli_json (&g);
  assert_int_equal (cJSON_GetArraySize (sp_doc_get (gdoc, "savings.trend")),
                    1);
  assert_near (sp_cli_num (gdoc, "savings.saving"),
               sp_cli_num (cJSON_GetArrayItem (trend, 1), "saving"), 1e-9);
  cJSON_Delete (gdoc);
  sp_cli_free (&g);
  cJSON_Delete (fdoc);
  sp_cli_free (&f);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

/* A period that shares nobody with the baseline is an error naming it;
   so are a bad "periods" key and a bad --periods.  */
static void
bad_periods_refused (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  qdata_spec spec = { 5, NULL, NULL, NULL, NULL, NULL, NULL };
  char *eval = qdata_write (dir, &spec);
  sp_cli_result r = sp_cli_run ("savings '%s' --periods baseline,q9,q4",
                                eval);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "usage.csv:1:2: error: no participant is "
                                  "observed in both the baseline "
                                  "'baseline' and period 'q9'"));
  assert_string_equal (r.out, "");
  sp_cli_free (&r);
  r = sp_cli_run ("savings '%s' --periods baseline", eval);
  assert_int_equal (r.status, 64);
  assert_non_null (strstr (r.err, "--periods 'baseline'"));
  sp_cli_free (&r);
  r = sp_cli_run ("savings '%s' --periods baseline,q1,baseline", eval);
  assert_int_equal (r.status, 64);
  sp_cli_free (&r);
  char *bad = sp_cli_write (dir, "bad.json",
                            "{\n  \"periods\": [\"baseline\", \"q1\", "
                            "\"q1\"]\n}\n");
  r = sp_cli_run ("validate '%s'", bad);
  assert_int_equal (r.status, 65);
  char *where = sp_xasprintf ("%s:2:3: error: key \"periods\" lists period "
                              "\"q1\" twice", bad);
  assert_non_null (strstr (r.err, where));
  free (where);
  sp_cli_free (&r);
  free (bad);
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

/* A register of three rows whose third has APPROVED as its approval
   date and STATUS: socialprofit profit must refuse it at line 4,
   column 8 with a message holding WHAT, exit 65.  */
static void
refused (const char *status, const char *approved, const char *what)
{
  char *dir = sp_cli_tmpdir ();
  char *text = sp_xasprintf (
    "participant_id,status,segment,budget_annual,integrated,pas,"
    "referral_date,approved_date\n"
    "A1,approved,a,1000,no,1,2019-01-10,2019-02-01\n"
    "A2,in_process,a,1000,no,1,2019-01-12,\n"
    "A3,%s,a,1000,no,1,2019-03-10,%s\n", status, approved);
  char *reg = sp_cli_write (dir, "reg.csv", text);
  sp_cli_result r = sp_cli_run ("validate --register '%s'", reg);
  assert_int_equal (r.status, 65);
  char *where = sp_xasprintf ("%s:4:8: error: ", reg);
  char *at = strstr (r.err, where);
  if (!at)
    fail_msg ("no '%s' in: %s", where, r.err);
  assert_non_null (strstr (at, what));
  assert_string_equal (r.out, "");
  free (where);
  sp_cli_free (&r);
  free (reg);
  free (text);
  sp_cli_rmtree (dir);
  free (dir);
}

static void
approved_before_referral_refused (void **state)
{
  (void) state;
  refused ("approved", "2019-03-09", "before the referral_date 2019-03-10");
  refused ("lost", "2019-03-12", "only an approved or in-process plan");
  refused ("approved", "2019-02-30", "write the date the plan was approved");
}

/* A reporting period that is not one: a bad date, or a start after its
   end, each at its key in the evaluation file.  */
static void
bad_period_refused (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *eval = sp_cli_write (dir, "e.json",
                             "{\n  \"period_start\": \"2020-04-01\",\n"
                             "  \"period_end\": \"2020-03-31\"\n}\n");
  sp_cli_result r = sp_cli_run ("validate '%s'", eval);
  assert_int_equal (r.status, 65);
  char *where = sp_xasprintf ("%s:2:3: error: key \"period_start\" is after",
                              eval);
  assert_non_null (strstr (r.err, where));
  free (where);
  sp_cli_free (&r);
  free (eval);
  eval = sp_cli_write (dir, "f.json", "{ \"period_end\": \"31/03/2020\" }\n");
  r = sp_cli_run ("validate '%s'", eval);
  assert_int_equal (r.status, 65);
  where = sp_xasprintf ("%s:1:3: error: key \"period_end\" must be a real "
                        "date", eval);
  assert_non_null (strstr (r.err, where));
  free (where);
  sp_cli_free (&r);
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (exclusions_counted),
    cmocka_unit_test (waves_match),
    cmocka_unit_test (register_monthly_match),
    cmocka_unit_test (quarterly_spend_match),
    cmocka_unit_test (progress_match),
    cmocka_unit_test (text_shows_figures_over_time),
  };
  const struct CMUnitTest checks[] = {
    cmocka_unit_test (approved_before_referral_refused),
    cmocka_unit_test (bad_period_refused),
    cmocka_unit_test (savings_trend_match),
    cmocka_unit_test (bad_periods_refused),
  };
  int failed = cmocka_run_group_tests (tests, setup, teardown);
  return failed + cmocka_run_group_tests (checks, NULL, NULL);
}
