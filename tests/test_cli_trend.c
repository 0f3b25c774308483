/* test_cli_trend.c -- since the last report and over several (issue 10)

   One constructed programme (qdata.h) is reported at the end of three
   consecutive quarters, each report from the same files with a later
   period_end, the last two with --previous.  Checked: the "changes"
   against the two documents and, for the register's counts, against
   the CSV file itself; refusals of a previous report that is not one
   or is of another programme; "trend" returning each document's
   figures unchanged and in the order given, as JSON, CSV and text; its
   output folder; and the statement's "This quarter" section with its
   charts.  */

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

#define N_REPORTS 3

static const char *const ends[N_REPORTS] = { "2019-09-30", "2019-12-31",
                                             "2020-03-31" };
static const char *const starts[N_REPORTS] = { "2019-07-01", "2019-10-01",
                                               "2020-01-01" };
static const char *const periods[N_REPORTS] = { "Q2 2019/20", "Q3 2019/20",
                                                "Q4 2019/20" };
/* Each report's usage periods: one more quarter each time, so the
   headline saving moves from report to report.  */
static const char *const usage_periods[N_REPORTS] = {
  "[\"baseline\", \"q1\", \"q2\"]",
  "[\"baseline\", \"q1\", \"q2\", \"q3\"]",
  "[\"baseline\", \"q1\", \"q2\", \"q3\", \"q4\"]",
};
static const char *const last_period[N_REPORTS] = { "q2", "q3", "q4" };

typedef struct
{
  char *dir;
  char *results[N_REPORTS];   /* DIR/qN/results.json */
  cJSON *docs[N_REPORTS];
} quarters;

/* Report quarter K of the programme in DIR, with the previous one's
   results when K > 0.  */
static void
report_quarter (quarters *q, int k)
{
  qdata_spec spec = { 7, starts[k], ends[k], NULL, NULL, periods[k],
                      usage_periods[k] };
  char *eval = qdata_write (q->dir, &spec);
  char *prev = k ? sp_xasprintf ("--previous '%s'", q->results[k - 1])
                 : sp_xstrdup ("");
  /* --internal: the counts compared from report to report (people
     referred) are small in this programme; published reports suppress
     them (test_cli_disclosure.c checks how).  */
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 300 --simulations 50"
                                " --internal --out '%s/q%d' %s", eval, q->dir,
                                k, prev);
  if (r.status != 0)
    fail_msg ("report %d failed (%d): %s", k, r.status, r.err);
  q->results[k] = sp_xasprintf ("%s/q%d/results.json", q->dir, k);
  char *json = sp_cli_read (q->results[k], NULL);
  q->docs[k] = cJSON_Parse (json);
  assert_non_null (q->docs[k]);
  free (json);
  sp_cli_free (&r);
  free (prev);
  free (eval);
}

static int
setup (void **state)
{
  quarters *q = sp_xcalloc (1, sizeof *q);
  q->dir = sp_cli_tmpdir ();
  for (int k = 0; k < N_REPORTS; k++)
    report_quarter (q, k);
  *state = q;
  return 0;
}

static int
teardown (void **state)
{
  quarters *q = *state;
  for (int k = 0; k < N_REPORTS; k++)
    {
      cJSON_Delete (q->docs[k]);
      free (q->results[k]);
    }
  sp_cli_rmtree (q->dir);
  free (q->dir);
  free (q);
  return 0;
}

/* The interval [lower, upper] of PATH in DOC as a JSON array, or NULL.  */
static int
interval (const cJSON *doc, const char *path, double *lo, double *hi)
{
  const cJSON *iv = cJSON_GetObjectItem (cJSON_GetObjectItem (doc,
                                                              "intervals"),
                                         path);
  const cJSON *l = cJSON_GetObjectItem (iv, "lower");
  const cJSON *u = cJSON_GetObjectItem (iv, "upper");
  if (!cJSON_IsNumber (l) || !cJSON_IsNumber (u))
    return 0;
  *lo = l->valuedouble;
  *hi = u->valuedouble;
  return 1;
}

static const char *const headline[] = {
  "savings.saving",      "savings.adjusted.saving",
  "savings.saving_rate", "savings.per_participant",
  "social_value.total",  "social_profit.net",   "social_profit.sroi_ratio",
  "register.referrals",  "register.phbs",       "local_economy.lm3",
  "local_economy.effect", "rollout.progress.observed_phbs",
};
#define N_HEADLINE (sizeof headline / sizeof headline[0])

/* The register's referrals and live plans referred by END, and the
   live plans approved by END (END is a month's last day, so these are
   the cumulative PHBs of its month), counted from the CSV file.  */
static void
register_counts (const char *dir, const char *end, double *referrals,
                 double *phbs, double *approved)
{
  qcsv reg;
  qcsv_read (dir, "register.csv", &reg);
  *referrals = *phbs = *approved = 0;
  for (size_t i = 0; i < reg.n_rows; i++)
    {
      const char *rd = qcsv_cell (&reg, i, "referral_date");
      const char *ad = qcsv_cell (&reg, i, "approved_date");
      const char *st = qcsv_cell (&reg, i, "status");
      if (strcmp (st, "enquiry") == 0 || !rd[0] || strcmp (rd, end) > 0)
        continue;
      int live = strcmp (st, "approved") == 0
                 || strcmp (st, "in_process") == 0;
      *referrals += 1;
      *phbs += live;
      *approved += live && ad[0] && strcmp (ad, end) <= 0;
    }
  qcsv_free (&reg);
}

/* Every change of report K against report K - 1.  */
static void
changes_match (void **state)
{
  quarters *q = *state;
  assert_null (sp_doc_get (q->docs[0], "changes"));
  for (int k = 1; k < N_REPORTS; k++)
    {
      const cJSON *a = q->docs[k - 1], *b = q->docs[k];
      const cJSON *list = sp_doc_get (b, "changes");
      assert_string_equal (sp_doc_str (b, "previous.file", ""),
                           q->results[k - 1]);
      assert_string_equal (sp_doc_str (b, "previous.reporting_period", ""),
                           periods[k - 1]);
      int at = 0;
      for (size_t h = 0; h < N_HEADLINE; h++)
        {
          const cJSON *va = sp_doc_get (a, headline[h]);
          const cJSON *vb = sp_doc_get (b, headline[h]);
          if (!cJSON_IsNumber (va) || !cJSON_IsNumber (vb))
            continue;
          const cJSON *c = cJSON_GetArrayItem (list, at++);
          assert_non_null (c);
          assert_string_equal (sp_doc_str (c, "path", ""), headline[h]);
          assert_true (sp_cli_num (c, "previous") == va->valuedouble);
          assert_true (sp_cli_num (c, "current") == vb->valuedouble);
          /* The change is taken before the current figure is written
             out, and cJSON writes 15 significant digits when they read
             back within a rounding error: equal to that precision.  */
          assert_near (sp_cli_num (c, "change"),
                       vb->valuedouble - va->valuedouble,
                       1e-12 * (fabs (va->valuedouble)
                                + fabs (vb->valuedouble) + 1));
          double alo, ahi, blo, bhi;
          int ha = interval (a, headline[h], &alo, &ahi);
          int hb = interval (b, headline[h], &blo, &bhi);
          const cJSON *pi = cJSON_GetObjectItem (c, "previous_interval");
          const cJSON *ci = cJSON_GetObjectItem (c, "current_interval");
          assert_true (ha ? cJSON_IsArray (pi) : cJSON_IsNull (pi));
          assert_true (hb ? cJSON_IsArray (ci) : cJSON_IsNull (ci));
          if (ha)
            {
              assert_true (cJSON_GetArrayItem (pi, 0)->valuedouble == alo);
              assert_true (cJSON_GetArrayItem (pi, 1)->valuedouble == ahi);
            }
          if (hb)
            {
              assert_true (cJSON_GetArrayItem (ci, 0)->valuedouble == blo);
              assert_true (cJSON_GetArrayItem (ci, 1)->valuedouble == bhi);
            }
          int apart = ha && hb && (ahi < blo || bhi < alo);
          assert_int_equal (cJSON_IsTrue (cJSON_GetObjectItem (
                              c, "distinguishable")), apart);
        }
      assert_int_equal (cJSON_GetArraySize (list), at);
      assert_true (at >= 8);
      /* The register's counts and the headline saving straight from
         the files: the saving of report K - 1 is its last usage
         period's against the baseline, and so on.  */
      double r0, p0, a0, r1, p1, a1;
      register_counts (q->dir, ends[k - 1], &r0, &p0, &a0);
      register_counts (q->dir, ends[k], &r1, &p1, &a1);
      size_t n0, n1;
      double b0, c0, b1, c1;
      qdata_cohort_costs (q->dir, "baseline", last_period[k - 1], &n0, &b0,
                          &c0);
      qdata_cohort_costs (q->dir, "baseline", last_period[k], &n1, &b1, &c1);
      const struct
      {
        const char *path;
        double previous, current, tolerance;
      } expect[] = {
        { "register.referrals", r0, r1, 0 },
        { "register.phbs", p0, p1, 0 },
        { "rollout.progress.observed_phbs", a0, a1, 0 },
        { "savings.saving", b0 - c0, b1 - c1, 1e-6 },
        { "savings.saving_rate", (b0 - c0) / b0, (b1 - c1) / b1, 1e-12 },
      };
      for (size_t e = 0; e < sizeof expect / sizeof expect[0]; e++)
        {
          const cJSON *c = NULL, *it;
          cJSON_ArrayForEach (it, list)
          if (strcmp (sp_doc_str (it, "path", ""), expect[e].path) == 0)
            c = it;
          if (!c)
            fail_msg ("no change of %s", expect[e].path);
          assert_near (sp_cli_num (c, "previous"), expect[e].previous,
                       expect[e].tolerance);
          assert_near (sp_cli_num (c, "current"), expect[e].current,
                       expect[e].tolerance);
          assert_near (sp_cli_num (c, "change"),
                       expect[e].current - expect[e].previous,
                       2 * expect[e].tolerance);
        }
      assert_true (r1 > r0);   /* the data grow each quarter */
      assert_true (b1 - c1 != b0 - c0);   /* and the saving moves */
    }
}

/* A PREVIOUS that is refused with STATUS and a message holding WHAT;
   nothing is written.  */
static void
refuse_previous (const quarters *q, const char *previous, int status,
                 const char *what)
{
  char *out = sp_xasprintf ("%s/refused", q->dir);
  char *eval = sp_xasprintf ("%s/evaluation.json", q->dir);
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 0 --simulations 10 "
                                "--out '%s' --previous '%s'", eval, out,
                                previous);
  assert_int_equal (r.status, status);
  if (!strstr (r.err, what))
    fail_msg ("no '%s' in: %s", what, r.err);
  assert_false (sp_cli_exists (out));
  assert_string_equal (r.out, "");
  sp_cli_free (&r);
  free (eval);
  free (out);
}

static void
previous_refused (void **state)
{
  quarters *q = *state;
  char *eval = sp_xasprintf ("%s/evaluation.json", q->dir);
  refuse_previous (q, eval, 65, "is not a socialprofit results document");
  free (eval);
  char *missing = sp_xasprintf ("%s/nothing/results.json", q->dir);
  refuse_previous (q, missing, 66, "nothing/results.json");
  free (missing);
  /* The same document with another area.  */
  cJSON *other = cJSON_Duplicate (q->docs[0], 1);
  cJSON *ev = cJSON_GetObjectItem (other, "evaluation");
  cJSON_ReplaceItemInObject (ev, "area", cJSON_CreateString ("Elsewhere"));
  char *text = cJSON_Print (other);
  char *path = sp_cli_write (q->dir, "other.json", text);
  refuse_previous (q, path, 65, "area 'Elsewhere'");
  free (path);
  free (text);
  cJSON_Delete (other);
  /* Not JSON at all.  */
  path = sp_cli_write (q->dir, "broken.json", "{ \"tool\": ");
  refuse_previous (q, path, 65, "broken.json:1:");
  free (path);
}

/* trend R2 R0 R1: each report's figures, unchanged, in that order
   (--internal: the reports are internal ones, followed as they are).  */
static void
trend_unchanged_in_order (void **state)
{
  quarters *q = *state;
  const int order[N_REPORTS] = { 2, 0, 1 };
  sp_cli_result r = sp_cli_run ("trend '%s' '%s' '%s' --format json "
                                "--internal",
                                q->results[2], q->results[0], q->results[1]);
  assert_int_equal (r.status, 0);
  cJSON *t = sp_cli_json (&r);
  const cJSON *reports = sp_doc_get (t, "trend.reports");
  assert_int_equal (cJSON_GetArraySize (reports), N_REPORTS);
  for (int i = 0; i < N_REPORTS; i++)
    {
      const cJSON *rep = cJSON_GetArrayItem (reports, i);
      assert_string_equal (sp_doc_str (rep, "label", ""), periods[order[i]]);
      assert_string_equal (sp_doc_str (rep, "file", ""),
                           q->results[order[i]]);
    }
  size_t h = 0;
  const cJSON *fig;
  cJSON_ArrayForEach (fig, sp_doc_get (t, "trend.figures"))
  {
    /* In headline order, skipping none that a report has.  */
    const char *path = sp_doc_str (fig, "path", "");
    while (h < N_HEADLINE && strcmp (headline[h], path) != 0)
      {
        for (int k = 0; k < N_REPORTS; k++)
          assert_false (cJSON_IsNumber (sp_doc_get (q->docs[k],
                                                    headline[h])));
        h++;
      }
    assert_true (h < N_HEADLINE);
    const cJSON *points = cJSON_GetObjectItem (fig, "points");
    assert_int_equal (cJSON_GetArraySize (points), N_REPORTS);
    for (int i = 0; i < N_REPORTS; i++)
      {
        const cJSON *pt = cJSON_GetArrayItem (points, i);
        const cJSON *d = q->docs[order[i]];
        assert_string_equal (sp_doc_str (pt, "label", ""),
                             periods[order[i]]);
        const cJSON *v = sp_doc_get (d, path);
        if (cJSON_IsNumber (v))
          assert_true (sp_cli_num (pt, "estimate") == v->valuedouble);
        else
          assert_true (cJSON_IsNull (cJSON_GetObjectItem (pt, "estimate")));
        double lo, hi;
        if (interval (d, path, &lo, &hi))
          {
            assert_true (sp_cli_num (pt, "lower") == lo);
            assert_true (sp_cli_num (pt, "upper") == hi);
          }
        else
          assert_true (cJSON_IsNull (cJSON_GetObjectItem (pt, "lower")));
      }
    h++;
  }
  assert_true (h >= 8);

  /* CSV: one row per figure and report, numbers reading back exactly.  */
  sp_cli_result c = sp_cli_run ("trend '%s' '%s' '%s' --format csv "
                                "--internal",
                                q->results[2], q->results[0], q->results[1]);
  assert_int_equal (c.status, 0);
  char *save = NULL;
  char *line = strtok_r (c.out, "\r\n", &save);
  assert_string_equal (line, "path,report,estimate,lower,upper");
  int rows = 0;
  while ((line = strtok_r (NULL, "\r\n", &save)))
    {
      char path[64], label[64];
      double est;
      assert_int_equal (sscanf (line, "%63[^,],%63[^,],%lf", path, label,
                                &est), 3);
      const cJSON *d = q->docs[order[rows % N_REPORTS]];
      assert_string_equal (label, periods[order[rows % N_REPORTS]]);
      assert_true (est == sp_cli_num (d, path));
      rows++;
    }
  assert_int_equal (rows % N_REPORTS, 0);
  assert_true (rows >= 8 * N_REPORTS);

  /* Text: the reports in the order given.  */
  sp_cli_result x = sp_cli_run ("trend '%s' '%s' '%s' --internal",
                                q->results[2],
                                q->results[0], q->results[1]);
  assert_int_equal (x.status, 0);
  const char *p2 = strstr (x.out, "1. Q4 2019/20");
  const char *p0 = strstr (x.out, "2. Q2 2019/20");
  const char *p1 = strstr (x.out, "3. Q3 2019/20");
  assert_true (p2 && p0 && p1 && p2 < p0 && p0 < p1);
  assert_non_null (strstr (x.out, "Saving rate"));
  sp_cli_free (&x);
  sp_cli_free (&c);
  cJSON_Delete (t);
  sp_cli_free (&r);
}

/* An internal report whose register holds a small count (3 live
   budgets, set by hand in a copy of the first report): trend and
   report --previous read it in its published view, where the count is
   suppressed, unless they are --internal too.  */
static void
internal_reports_published (void **state)
{
  quarters *q = *state;
  cJSON *small = cJSON_Duplicate (q->docs[0], 1);
  assert_true (cJSON_IsTrue (sp_doc_get (small, "disclosure.internal")));
  cJSON_SetNumberValue (cJSON_GetObjectItem (cJSON_GetObjectItem (small,
                                                                  "register"),
                                             "phbs"), 3);
  char *text = cJSON_Print (small);
  char *path = sp_cli_write (q->dir, "small.json", text);
  for (int internal = 0; internal < 2; internal++)
    {
      sp_cli_result r = sp_cli_run ("trend '%s' '%s' --format json %s", path,
                                    q->results[1],
                                    internal ? "--internal" : "");
      assert_int_equal (r.status, 0);
      cJSON *t = sp_cli_json (&r);
      const cJSON *fig = NULL, *f;
      cJSON_ArrayForEach (f, sp_doc_get (t, "trend.figures"))
      if (strcmp (sp_doc_str (f, "path", ""), "register.phbs") == 0)
        fig = f;
      assert_non_null (fig);
      const cJSON *est = cJSON_GetObjectItem (
        cJSON_GetArrayItem (cJSON_GetObjectItem (fig, "points"), 0),
        "estimate");
      if (internal)
        assert_near (est->valuedouble, 3, 0);
      else
        assert_true (cJSON_IsNull (est));
      assert_int_equal (cJSON_IsTrue (sp_doc_get (t, "disclosure.internal")),
                        internal);
      cJSON_Delete (t);
      sp_cli_free (&r);

      char *eval = sp_xasprintf ("%s/evaluation.json", q->dir);
      r = sp_cli_run ("report '%s' --bootstrap 0 --simulations 10 --force "
                      "--out '%s/with-small' --previous '%s' %s", eval,
                      q->dir, path, internal ? "--internal" : "");
      assert_int_equal (r.status, 0);
      char *res = sp_xasprintf ("%s/with-small/results.json", q->dir);
      char *json = sp_cli_read (res, NULL);
      cJSON *doc = cJSON_Parse (json);
      const cJSON *c, *phbs = NULL;
      int n = 0;
      cJSON_ArrayForEach (c, sp_doc_get (doc, "changes"))
      {
        n++;
        if (strcmp (sp_doc_str (c, "path", ""), "register.phbs") == 0)
          phbs = c;
      }
      assert_true (n > 3);
      /* This report's own count is published: only the previous one's
         small count keeps the change out.  */
      assert_true (sp_cli_num (doc, "register.phbs") > 7);
      if (internal)
        assert_near (sp_cli_num (phbs, "previous"), 3, 0);
      else
        assert_null (phbs);
      cJSON_Delete (doc);
      free (json);
      free (res);
      free (eval);
      sp_cli_free (&r);
    }
  free (path);
  free (text);
  cJSON_Delete (small);
}

/* BASE.png is a PNG image and BASE.svg an SVG drawing, each more than
   an empty frame.  */
static void
chart_files (const char *base)
{
  char *f = sp_xasprintf ("%s.png", base);
  size_t len;
  char *bytes = sp_cli_read (f, &len);
  if (len < 1000 || memcmp (bytes, "\x89PNG\r\n\x1a\n", 8) != 0)
    fail_msg ("%s is not a PNG chart", f);
  free (bytes);
  free (f);
  f = sp_xasprintf ("%s.svg", base);
  bytes = sp_cli_read (f, &len);
  if (len < 1000 || !strstr (bytes, "<svg"))
    fail_msg ("%s is not an SVG chart", f);
  free (bytes);
  free (f);
}

/* trend --out: trend.json, a chart per figure as PNG and SVG, and the
   PDF with a section per figure.  */
static void
trend_out_folder (void **state)
{
  quarters *q = *state;
  char *out = sp_xasprintf ("%s/trend", q->dir);
  sp_cli_result r = sp_cli_run ("trend '%s' '%s' '%s' --out '%s'",
                                q->results[0], q->results[1], q->results[2],
                                out);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "trend written to"));
  char *json = sp_xasprintf ("%s/trend.json", out);
  char *text = sp_cli_read (json, NULL);
  cJSON *t = cJSON_Parse (text);
  assert_non_null (t);
  const cJSON *fig;
  int n = 0;
  cJSON_ArrayForEach (fig, sp_doc_get (t, "trend.figures"))
  {
    char name[128];
    snprintf (name, sizeof name, "%s/charts/trend-%s", out,
              sp_doc_str (fig, "path", ""));
    for (char *c = name + strlen (out) + 14; *c; c++)
      if (*c == '.')
        *c = '-';
    chart_files (name);
    n++;
  }
  assert_true (n >= 8);
  char *pdf = sp_xasprintf ("%s/trend.pdf", out);
  char *words = sp_cli_pdf_text (pdf, 0);
  if (words)
    {
      assert_non_null (strstr (words, "Headline figures over time"));
      assert_non_null (strstr (words, "Saving rate"));
      /* A count published in these reports (the number referred is
         withheld in their published view, test_cli_disclosure.c).  */
      assert_non_null (strstr (words, "Live personal health budgets"));
      assert_non_null (strstr (words, "Q3 2019/20"));
      /* The charts are drawn in it: each one's subtitle.  */
      assert_non_null (strstr (words, "Each report's figure as it"));
      free (words);
    }
  free (pdf);
  cJSON_Delete (t);
  free (text);
  free (json);
  sp_cli_free (&r);
  free (out);
}

/* Documents of two programmes cannot be followed together; a file that
   is not a results document is refused with its name.  */
static void
trend_refusals (void **state)
{
  quarters *q = *state;
  cJSON *other = cJSON_Duplicate (q->docs[1], 1);
  cJSON_ReplaceItemInObject (cJSON_GetObjectItem (other, "evaluation"),
                             "programme", cJSON_CreateString ("Another"));
  char *text = cJSON_Print (other);
  char *path = sp_cli_write (q->dir, "another.json", text);
  sp_cli_result r = sp_cli_run ("trend '%s' '%s'", q->results[0], path);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "programme 'Another'"));
  assert_string_equal (r.out, "");
  sp_cli_free (&r);
  char *eval = sp_xasprintf ("%s/evaluation.json", q->dir);
  r = sp_cli_run ("trend '%s' '%s'", q->results[0], eval);
  assert_int_equal (r.status, 65);
  assert_non_null (strstr (r.err, "is not a socialprofit results"));
  sp_cli_free (&r);
  /* The strict JSON reader: a key given twice, data after the end.  */
  char *dup = sp_cli_write (q->dir, "dup.json",
                            "{\"tool\": {\"name\": \"socialprofit\"},\n"
                            " \"evaluation\": {}, \"evaluation\": {}}\n");
  r = sp_cli_run ("trend '%s' '%s'", q->results[0], dup);
  assert_int_equal (r.status, 65);
  char *where = sp_xasprintf ("%s:2:", dup);
  assert_non_null (strstr (r.err, where));
  assert_non_null (strstr (r.err, "given twice"));
  free (where);
  sp_cli_free (&r);
  free (dup);
  r = sp_cli_run ("trend");
  assert_int_equal (r.status, 64);
  sp_cli_free (&r);
  free (eval);
  free (path);
  free (text);
  cJSON_Delete (other);
}

/* The last report's statement: "This quarter" with the changes in
   words, the outcome waves and the register by month, whose charts are
   also written as PNG and SVG.  */
static void
statement_this_quarter (void **state)
{
  quarters *q = *state;
  static const char *const charts[] = { "outcome-trajectories",
                                        "referrals-and-phbs",
                                        "rollout-trajectory",
                                        "savings-trend" };
  for (size_t i = 0; i < 4; i++)
    {
      char *base = sp_xasprintf ("%s/q2/charts/%s", q->dir, charts[i]);
      chart_files (base);
      free (base);
    }
  char *pdf = sp_xasprintf ("%s/q2/statement.pdf", q->dir);
  char *text = sp_cli_pdf_text (pdf, 0);
  free (pdf);
  if (!text)
    skip ();
  static const char *const titles[] = {
    "This quarter", "Since the last report", "Compared with the previous "
    "report, Q3 2019/20", "In the quarter", "Progress against the plan",
    "Outcomes wave by wave", "NHS costs period by period",
    "Chart also in charts/savings-trend.png", "Referrals and approvals month "
    "by month", "Marketplace spend by quarter",
    "Chart also in charts/outcome-trajectories.png",
    "Chart also in charts/referrals-and-phbs.png",
  };
  for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
    if (!strstr (text, titles[i]))
      fail_msg ("no '%s' in the statement", titles[i]);
  /* The charts are drawn in the statement, not only named: words that
     only each chart draws (a legend or a title).  */
  static const char *const drawn[] = {
    "In the baseline",                /* savings-trend's legend */
    "Outcome domains wave by wave",   /* outcome-trajectories' title */
    "PHBs approved so far",           /* referrals-and-phbs' legend */
  };
  for (size_t i = 0; i < sizeof drawn / sizeof drawn[0]; i++)
    if (!strstr (text, drawn[i]))
      fail_msg ("the statement does not draw the chart with '%s'",
                drawn[i]);
  /* The section comes right after the headline figures.  */
  const char *head = strstr (text, "Headline figures");
  const char *quarter = strstr (text, "This quarter");
  /* The savings section's heading names its basis (issue 8: "Forecast
     NHS cost saving" ...), so find the section by its first sentence.  */
  const char *savings = strstr (text, "Use of NHS services by the");
  assert_true (head && quarter && savings && head < quarter
               && quarter < savings);
  /* The number of people referred rose: said in words, as a count.  */
  assert_non_null (strstr (text, "The number of people referred rose from"));
  free (text);
}

/* With a comparison group, the saving against it is a headline figure
   too: compared with the previous report and followed by trend.  */
static void
comparison_saving_followed (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  sp_cli_result r = sp_cli_run ("report fixtures/comparison/evaluation.json "
                                "--bootstrap 200 --out '%s/a'", dir);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  r = sp_cli_run ("report fixtures/comparison/evaluation.json --bootstrap 200 "
                  "--seed 9 --out '%s/b' --previous '%s/a/results.json'", dir,
                  dir);
  assert_int_equal (r.status, 0);
  char *path = sp_xasprintf ("%s/b/results.json", dir);
  char *json = sp_cli_read (path, NULL);
  cJSON *doc = cJSON_Parse (json);
  const cJSON *c = cJSON_GetArrayItem (sp_doc_get (doc, "changes"), 1);
  assert_string_equal (sp_doc_str (c, "path", ""), "savings.adjusted.saving");
  assert_true (sp_cli_num (c, "current")
               == sp_cli_num (doc, "savings.adjusted.saving"));
  assert_near (sp_cli_num (c, "change"), 0, 1e-6);   /* same data */
  sp_cli_result t = sp_cli_run ("trend '%s/a/results.json' '%s' --format csv",
                                dir, path);
  assert_int_equal (t.status, 0);
  assert_non_null (strstr (t.out, "\r\nsavings.adjusted.saving,"));
  sp_cli_free (&t);
  cJSON_Delete (doc);
  free (json);
  free (path);
  sp_cli_free (&r);
  sp_cli_rmtree (dir);
  free (dir);
}

/* The README's walk-through on fixtures/quarterly: each quarter with
   the previous one's results, then trend over the four.  */
static void
fixture_walkthrough (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *results[4];
  for (int q = 1; q <= 4; q++)
    {
      char *prev = q > 1 ? sp_xasprintf ("--previous '%s'", results[q - 2])
                         : sp_xstrdup ("");
      sp_cli_result r = sp_cli_run ("report fixtures/quarterly/evaluation-q%d"
                                    ".json --bootstrap 200 --simulations 100 "
                                    "--out '%s/q%d' %s", q, dir, q, prev);
      if (r.status != 0)
        fail_msg ("quarter %d: %s", q, r.err);
      results[q - 1] = sp_xasprintf ("%s/q%d/results.json", dir, q);
      char *json = sp_cli_read (results[q - 1], NULL);
      cJSON *doc = cJSON_Parse (json);
      assert_non_null (doc);
      /* Each quarter reports one more usage period, compares itself with
         the last and leaves out what is dated later.  */
      assert_int_equal (cJSON_GetArraySize (sp_doc_get (doc,
                                                        "savings.trend")), q);
      assert_true ((q > 1) == (sp_doc_get (doc, "changes") != NULL));
      assert_true (sp_cli_num (doc, "evaluation.excluded_after_period."
                                    "transactions") > 0);
      assert_non_null (sp_doc_get (doc, "rollout.progress.status"));
      cJSON_Delete (doc);
      free (json);
      sp_cli_free (&r);
      free (prev);
    }
  sp_cli_result t = sp_cli_run ("trend '%s' '%s' '%s' '%s' --format json",
                                results[0], results[1], results[2],
                                results[3]);
  assert_int_equal (t.status, 0);
  cJSON *doc = sp_cli_json (&t);
  const cJSON *fig = cJSON_GetArrayItem (sp_doc_get (doc, "trend.figures"),
                                         0);
  assert_int_equal (cJSON_GetArraySize (cJSON_GetObjectItem (fig, "points")),
                    4);
  assert_string_equal (sp_doc_str (cJSON_GetArrayItem (sp_doc_get (
                                     doc, "trend.reports"), 3), "label", ""),
                       "2019/20 Q4 (January to March 2020)");
  cJSON_Delete (doc);
  sp_cli_free (&t);
  for (int q = 0; q < 4; q++)
    free (results[q]);
  sp_cli_rmtree (dir);
  free (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (changes_match),
    cmocka_unit_test (previous_refused),
    cmocka_unit_test (trend_unchanged_in_order),
    cmocka_unit_test (trend_out_folder),
    cmocka_unit_test (trend_refusals),
    cmocka_unit_test (internal_reports_published),
    cmocka_unit_test (statement_this_quarter),
  };
  const struct CMUnitTest fixture[] = {
    cmocka_unit_test (comparison_saving_followed),
    cmocka_unit_test (fixture_walkthrough),
  };
  int failed = cmocka_run_group_tests (tests, setup, teardown);
  return failed + cmocka_run_group_tests (fixture, NULL, NULL);
}
