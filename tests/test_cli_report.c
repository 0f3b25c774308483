/* test_cli_report.c -- socialprofit report end to end */

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sys/stat.h>

#include "sptest.h"

#include "cli.h"
#include "chart_series.h"
#include "doc.h"
#include "xalloc.h"

#define EVAL "fixtures/calico-2019/evaluation.json"

/* The pilot: results.json, the charts and the statement; the savings
   section is the one "savings --format json" gives; the intervals use
   the report's default of 10,000 resamples.  The folder above --out is
   made, as in the README's quick start (--out out/calico-2019).  */
static void
pilot_report (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *out = sp_xasprintf ("%s/out/calico-2019", base);
  sp_cli_result r = sp_cli_run ("report %s --out '%s'", EVAL, out);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, out));
  assert_non_null (strchr (r.out, '\n'));
  assert_string_equal (strchr (r.out, '\n'), "\n"); /* one line */

  char *path = sp_xasprintf ("%s/results.json", out);
  char *json = sp_cli_read (path, NULL);
  cJSON *doc = cJSON_Parse (json);
  assert_non_null (doc);
  sp_cli_result s = sp_cli_run ("savings %s --format json", EVAL);
  assert_int_equal (s.status, 0);
  cJSON *sdoc = sp_cli_json (&s);
  assert_true (cJSON_Compare (sp_doc_get (doc, "savings"),
                              sp_doc_get (sdoc, "savings"), 1));
  assert_near (sp_cli_num (doc, "savings.saving"), 1231900, 0.5);
  const cJSON *iv = cJSON_GetObjectItem (cJSON_GetObjectItem (doc,
                                                              "intervals"),
                                         "savings.saving");
  assert_non_null (iv);
  assert_near (sp_cli_num (iv, "resamples"), 10000, 0);
  assert_non_null (sp_doc_get (doc, "social_value"));

  /* Every chart the pilot has data for, each as PNG, SVG and PDF, and
     nothing else in charts/; the line on stdout counts them.  */
  static const struct
  {
    const char *name;
    const char *title;  /* in the PDF's text; NULL: not checked */
  } charts[] = {
    { "service-costs", NULL },
    { "social-value", "Social value by outcome" },
    { "domain-means", NULL },
    { "saving-bootstrap", NULL },
    { "rollout-trajectory", NULL },
    { "rollout-tornado", NULL },
    { "rollout-simulations", "how uncertain is the forecast net saving?" },
    { "outcome-trajectories", NULL },
    { "referrals-and-phbs", NULL },
    { "register-funnel", "From enquiry to personal health budget" },
    { "investment", "The cost of delivering the budgets" },
    { "local-multiplier", "Where the budgets' money goes locally (LM3)" },
    { "social-profit-bridge", "Social profit per person: from benefits "
                              "to net" },
  };
  size_t n_charts = sizeof charts / sizeof charts[0];
  char *chart_dir = sp_xasprintf ("%s/charts", out);
  for (size_t i = 0; i < n_charts; i++)
    sp_cli_chart_files (chart_dir, charts[i].name, charts[i].title);
  /* The funnel's numbers are the register's published counts: 104
     enquiries, 95 referred (9 not), none awaiting assessment so 95
     assessed, 76 live plans (19 lost, none ineligible).  */
  sp_chart_point fp[SP_FUNNEL_POINTS];
  sp_chart_funnel_points (doc, fp);
  static const double funnel[SP_FUNNEL_POINTS] = {
    [SP_FUNNEL_ENQUIRIES] = 104, [SP_FUNNEL_REFERRALS] = 95,
    [SP_FUNNEL_ASSESSED] = 95, [SP_FUNNEL_PHBS] = 76,
    [SP_FUNNEL_NOT_REFERRED] = 9, [SP_FUNNEL_AWAITING] = 0,
    [SP_FUNNEL_INELIGIBLE] = 0, [SP_FUNNEL_LOST] = 19,
  };
  for (int i = 0; i < SP_FUNNEL_POINTS; i++)
    {
      assert_int_equal (fp[i].state, SP_POINT_SHOWN);
      assert_near (fp[i].value, funnel[i], 0);
    }
  assert_int_equal (sp_cli_entries (chart_dir), 3 * (int) n_charts);
  char *said = sp_xasprintf ("%zu charts as PNG, SVG and PDF", n_charts);
  assert_non_null (strstr (r.out, said));
  free (said);
  free (chart_dir);
  /* The pilot's evaluation names the 890 scenario: its rollout charts
     are among the files checked above.  */
  char *traj = sp_xasprintf ("%s/charts/rollout-trajectory.png", out);
  assert_true (sp_cli_exists (traj));
  char *pdf = sp_xasprintf ("%s/statement.pdf", out);
  size_t len;
  char *bytes = sp_cli_read (pdf, &len);
  assert_memory_equal (bytes, "%PDF", 4);
  /* Issue 11: the statement draws every new chart at its section (their
     titles are text in the PDF).  */
  char *text = sp_cli_pdf_text (pdf, 0);
  if (text)
    {
      char *flat = sp_cli_squash (text);
      static const char *const titles[] = {
        "From enquiry to personal health budget",
        "The cost of delivering the budgets",
        "Where the budgets' money goes locally (LM3)",
        "Social profit per person: from benefits to net",
        "how uncertain is the forecast net saving?",
      };
      for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
        if (!strstr (flat, titles[i]))
          fail_msg ("the statement lacks the chart \"%s\"", titles[i]);
      free (flat);
      free (text);
    }
  /* Nothing but the report folder in the parent: no temporary left.  */
  char *parent = sp_xasprintf ("%s/out", base);
  assert_int_equal (sp_cli_entries (parent), 1);

  free (parent);
  free (bytes);
  free (pdf);
  free (traj);
  cJSON_Delete (sdoc);
  sp_cli_free (&s);
  cJSON_Delete (doc);
  free (json);
  free (path);
  sp_cli_free (&r);
  sp_cli_rmtree (base);
  free (out);
  free (base);
}

/* Participant identifiers (EL-0..) never appear in the statement or
   results.json unless --internal.  The charts are also drawn in the PDF,
   so its text covers their labels.  (The SVGs are not searched: cairo
   writes text as glyph outlines, so a search of them could not fail;
   test_cli_disclosure.c checks published text through pdftotext and the
   text and CSV outputs.)  */
static void
identifiers_only_with_internal (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *out = sp_xasprintf ("%s/public", base);
  sp_cli_result r = sp_cli_run ("report %s --bootstrap 200 --out '%s'", EVAL,
                                out);
  assert_int_equal (r.status, 0);
  char *pdf = sp_xasprintf ("%s/statement.pdf", out);
  char *text = sp_cli_pdf_text (pdf, 0);
  if (!text)
    skip ();
  assert_non_null (strstr (text, "1,231,900"));
  assert_null (strstr (text, "EL-0"));
  char *json = sp_xasprintf ("%s/results.json", out);
  char *doc = sp_cli_read (json, NULL);
  assert_null (strstr (doc, "EL-0"));
  free (doc);
  free (json);
  free (text);
  free (pdf);
  sp_cli_free (&r);

  /* With --internal the influence table names the participants.  */
  char *internal = sp_xasprintf ("%s/internal", base);
  r = sp_cli_run ("report %s --bootstrap 200 --internal --out '%s'", EVAL,
                  internal);
  assert_int_equal (r.status, 0);
  pdf = sp_xasprintf ("%s/statement.pdf", internal);
  text = sp_cli_pdf_text (pdf, 0);
  assert_non_null (strstr (text, "EL-0"));
  free (text);
  free (pdf);
  free (internal);
  sp_cli_free (&r);
  sp_cli_rmtree (base);
  free (out);
  free (base);
}

/* Bad data: exit 65, nothing on stdout, nothing under --out, and an
   existing folder is left as it was.  */
static void
bad_input_leaves_nothing (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *usage = sp_cli_write (base, "usage.csv",
                              "participant_id,period,service,quantity\n"
                              "P1,before,ae_attendance,lots\n"
                              "P1,after,ae_attendance,1\n");
  char *out = sp_xasprintf ("%s/out", base);
  sp_cli_result r = sp_cli_run ("report %s --usage '%s' --out '%s'", EVAL,
                                usage, out);
  assert_int_equal (r.status, 65);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "usage.csv:2:"));
  assert_false (sp_cli_exists (out));
  assert_int_equal (sp_cli_entries (base), 1); /* only usage.csv */
  sp_cli_free (&r);

  /* An existing report folder survives a failed run untouched.  */
  char *existing = sp_xasprintf ("%s/old", base);
  assert_int_equal (mkdir (existing, 0777), 0);
  char *keep = sp_cli_write (existing, "keep.txt", "old");
  r = sp_cli_run ("report %s --usage '%s' --out '%s'", EVAL, usage,
                  existing);
  assert_int_equal (r.status, 65);
  assert_true (sp_cli_exists (keep));
  sp_cli_free (&r);
  free (existing);
  free (keep);
  free (out);
  free (usage);
  sp_cli_rmtree (base);
  free (base);
}

static void
out_is_required (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("report %s", EVAL);
  assert_int_equal (r.status, 64);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "--out"));
  sp_cli_free (&r);
}

/* A folder that cannot be created: exit 73 naming it, nothing left.  */
static void
uncreatable_out_exits_73 (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *file = sp_cli_write (base, "plain", "x");
  char *under = sp_xasprintf ("%s/out", file);
  const char *cases[] = { "/proc/sptest-report", under };
  for (size_t i = 0; i < 2; i++)
    {
      sp_cli_result r = sp_cli_run ("report %s --bootstrap 0 --out '%s'",
                                    EVAL, cases[i]);
      assert_int_equal (r.status, 73);
      assert_string_equal (r.out, "");
      assert_non_null (strstr (r.err, cases[i]));
      assert_false (sp_cli_exists (cases[i]));
      sp_cli_free (&r);
    }
  assert_int_equal (sp_cli_entries (base), 1); /* only "plain" */
  free (under);
  free (file);
  sp_cli_rmtree (base);
  free (base);
}

/* An --out folder holding someone's files (no results.json written by
   socialprofit) is kept: exit 73 saying to choose another folder or add
   --force, nothing written; with --force it is replaced.  An empty
   folder is written to; so is one whose results.json is ours.  */
static void
out_folder_of_other_files (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *out = sp_xasprintf ("%s/mine", base);
  assert_int_equal (mkdir (out, 0777), 0);
  char *notes = sp_cli_write (out, "notes.txt", "my notes");
  char *fake = sp_cli_write (out, "results.json", "{ \"tool\": 1 }");
  sp_cli_result r = sp_cli_run ("report %s --bootstrap 0 --out '%s'", EVAL,
                                out);
  assert_int_equal (r.status, 73);
  assert_string_equal (r.out, "");
  assert_non_null (strstr (r.err, "--force"));
  assert_non_null (strstr (r.err, out));
  char *text = sp_cli_read (notes, NULL);
  assert_string_equal (text, "my notes");
  free (text);
  assert_int_equal (sp_cli_entries (out), 2);
  assert_int_equal (sp_cli_entries (base), 1);  /* no temporary left */
  sp_cli_free (&r);

  r = sp_cli_run ("report %s --bootstrap 0 --force --out '%s'", EVAL, out);
  assert_int_equal (r.status, 0);
  assert_false (sp_cli_exists (notes));
  char *json = sp_xasprintf ("%s/results.json", out);
  cJSON *doc = cJSON_Parse (text = sp_cli_read (json, NULL));
  free (text);
  assert_string_equal (sp_doc_str (doc, "tool.name", ""), "socialprofit");
  cJSON_Delete (doc);
  sp_cli_free (&r);

  /* now a report of ours: replaced without --force */
  free (sp_cli_write (out, "extra.txt", "x"));
  r = sp_cli_run ("report %s --bootstrap 0 --out '%s'", EVAL, out);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);

  /* an empty folder */
  char *empty = sp_xasprintf ("%s/empty", base);
  assert_int_equal (mkdir (empty, 0777), 0);
  r = sp_cli_run ("report %s --bootstrap 0 --out '%s'", EVAL, empty);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  free (empty);
  free (json);
  free (fake);
  free (notes);
  free (out);
  sp_cli_rmtree (base);
  free (base);
}

/* A second run replaces the first folder: stale files go.  */
static void
rerun_replaces_the_folder (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *out = sp_xasprintf ("%s/report", base);
  sp_cli_result r = sp_cli_run ("report %s --bootstrap 0 --out '%s'", EVAL,
                                out);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  char *stale = sp_cli_write (out, "stale.txt", "x");
  /* Without intervals there is no bootstrap chart.  */
  char *boot = sp_xasprintf ("%s/charts/saving-bootstrap.png", out);
  assert_false (sp_cli_exists (boot));
  r = sp_cli_run ("report %s --bootstrap 100 --out '%s'", EVAL, out);
  assert_int_equal (r.status, 0);
  assert_false (sp_cli_exists (stale));
  assert_true (sp_cli_exists (boot));
  assert_int_equal (sp_cli_entries (base), 1);
  sp_cli_free (&r);
  free (boot);
  free (stale);
  sp_cli_rmtree (base);
  free (out);
  free (base);
}

/* An evaluation that names a scenario: the rollout section, its charts
   and its intervals join the report.  The evaluation is written with
   absolute paths to the pilot's inputs.  */
static void
report_with_a_rollout (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *root = realpath (".", NULL);
  assert_non_null (root);
  char *text = sp_xasprintf (
    "{ \"programme\": \"Rollout test\",\n"
    "  \"usage\": \"%s/fixtures/calico-2019/usage.csv\",\n"
    "  \"unit_costs\": \"%s/proxies/unit-costs/east-lancs-2018.csv\",\n"
    "  \"scenarios\": [ \"%s/fixtures/scenarios/east-lancs-890.json\" ] }\n",
    root, root, root);
  char *eval = sp_cli_write (base, "eval.json", text);
  char *out = sp_xasprintf ("%s/out", base);
  sp_cli_result r = sp_cli_run ("report '%s' --bootstrap 200 --simulations "
                                "200 --out '%s'", eval, out);
  assert_int_equal (r.status, 0);
  char *json = sp_xasprintf ("%s/results.json", out);
  char *body = sp_cli_read (json, NULL);
  cJSON *doc = cJSON_Parse (body);
  assert_non_null (doc);
  assert_near (sp_cli_num (doc, "rollout.target_phbs"), 890, 0);
  assert_near (sp_cli_num (doc, "savings.saving"), 1231900, 0.5);
  static const char *const files[] = {
    "charts/rollout-trajectory.png", "charts/rollout-trajectory.svg",
    "charts/rollout-tornado.png", "charts/rollout-tornado.svg",
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
    {
      char *f = sp_xasprintf ("%s/%s", out, files[i]);
      assert_true (sp_cli_exists (f));
      free (f);
    }
  char *pdf = sp_xasprintf ("%s/statement.pdf", out);
  char *words = sp_cli_pdf_text (pdf, 0);
  if (words)
    {
      assert_non_null (strstr (words, "Rollout projection"));
      assert_non_null (strstr (words, "1,047")); /* assessments */
      free (words);
    }
  free (pdf);
  cJSON_Delete (doc);
  free (body);
  free (json);
  sp_cli_free (&r);
  free (out);
  free (eval);
  free (text);
  free (root);
  sp_cli_rmtree (base);
  free (base);
}

/* Every input the report names is opened before any figure is
   computed: a missing usage file and a missing scenario are both named
   (exit 66) in one run, and nothing is written.  Before, the scenario
   was found missing only after the savings, the social value and their
   bootstrap had run, and the usage file's error hid it.  */
static void
missing_inputs_are_all_named_first (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *root = realpath (".", NULL);
  assert_non_null (root);
  char *text = sp_xasprintf (
    "{ \"programme\": \"Missing inputs\",\n"
    "  \"usage\": \"no-such-usage.csv\",\n"
    "  \"unit_costs\": \"%s/proxies/unit-costs/east-lancs-2018.csv\",\n"
    "  \"scenarios\": [ \"gone/no-such-scenario.json\" ] }\n", root);
  char *eval = sp_cli_write (base, "eval.json", text);
  char *out = sp_xasprintf ("%s/out", base);
  sp_cli_result r = sp_cli_run ("report '%s' --out '%s'", eval, out);
  assert_int_equal (r.status, 66);
  assert_non_null (strstr (r.err, "no-such-usage.csv"));
  assert_non_null (strstr (r.err, "no-such-scenario.json"));
  assert_false (sp_cli_exists (out));
  sp_cli_free (&r);
  free (out);
  free (eval);
  free (text);
  free (root);
  sp_cli_rmtree (base);
  free (base);
}

/* Files A and B (relative to folders ONE and TWO) are the same bytes.  */
static void
same_file (const char *one, const char *two, const char *name)
{
  char *p1 = sp_xasprintf ("%s/%s", one, name);
  char *p2 = sp_xasprintf ("%s/%s", two, name);
  size_t n1, n2;
  char *a = sp_cli_read (p1, &n1), *b = sp_cli_read (p2, &n2);
  assert_non_null (a);
  assert_non_null (b);
  if (n1 != n2 || memcmp (a, b, n1) != 0)
    fail_msg ("%s differs between --threads 1 and --threads 2", name);
  free (a);
  free (b);
  free (p1);
  free (p2);
}

/* The same inputs and seed give the same files whatever the thread
   count: results.json, and (with SOURCE_DATE_EPOCH, so that the dates
   agree) the workbook, the statement and every chart file, although
   with two threads the statement is drawn beside the charts.  */
static void
results_do_not_depend_on_threads (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *one = sp_xasprintf ("%s/one", base);
  char *two = sp_xasprintf ("%s/two", base);
  setenv ("SOURCE_DATE_EPOCH", "1546300800", 1);
  sp_cli_result r = sp_cli_run ("report %s --bootstrap 500 --threads 1 "
                                "--out '%s'", EVAL, one);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  r = sp_cli_run ("report %s --bootstrap 500 --threads 2 --out '%s'", EVAL,
                  two);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  unsetenv ("SOURCE_DATE_EPOCH");
  same_file (one, two, "results.json");
  same_file (one, two, "results.xlsx");
  same_file (one, two, "statement.pdf");
  char *charts = sp_xasprintf ("%s/charts", one);
  DIR *dir = opendir (charts);
  assert_non_null (dir);
  struct dirent *e;
  int files = 0;
  while ((e = readdir (dir)) != NULL)
    if (e->d_name[0] != '.')
      {
        char *name = sp_xasprintf ("charts/%s", e->d_name);
        same_file (one, two, name);
        free (name);
        files++;
      }
  closedir (dir);
  /* Every chart in three formats.  */
  assert_true (files >= 30 && files % 3 == 0);
  free (charts);
  free (one);
  free (two);
  sp_cli_rmtree (base);
  free (base);
}

/* With SOURCE_DATE_EPOCH set (the reproducible-builds convention) the
   statement carries that date, and two runs give the same bytes; the
   date is written into the PDF's metadata.  */
static void
statement_reproducible_with_source_date_epoch (void **state)
{
  (void) state;
  char *base = sp_cli_tmpdir ();
  char *one = sp_xasprintf ("%s/one", base);
  char *two = sp_xasprintf ("%s/two", base);
  setenv ("SOURCE_DATE_EPOCH", "1546300800", 1);  /* 2019-01-01 */
  sp_cli_result r = sp_cli_run ("report %s --bootstrap 200 --out '%s'", EVAL,
                                one);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  r = sp_cli_run ("report %s --bootstrap 200 --out '%s'", EVAL, two);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  unsetenv ("SOURCE_DATE_EPOCH");
  char *p1 = sp_xasprintf ("%s/statement.pdf", one);
  char *p2 = sp_xasprintf ("%s/statement.pdf", two);
  size_t n1, n2;
  char *a = sp_cli_read (p1, &n1), *b = sp_cli_read (p2, &n2);
  assert_int_equal (n1, n2);
  assert_memory_equal (a, b, n1);
  assert_non_null (memmem (a, n1, "/CreationDate (20190101000000", 29));
  free (a);
  free (b);
  free (p1);
  free (p2);
  free (one);
  free (two);
  sp_cli_rmtree (base);
  free (base);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (pilot_report),
    cmocka_unit_test (identifiers_only_with_internal),
    cmocka_unit_test (bad_input_leaves_nothing),
    cmocka_unit_test (out_is_required),
    cmocka_unit_test (uncreatable_out_exits_73),
    cmocka_unit_test (rerun_replaces_the_folder),
    cmocka_unit_test (out_folder_of_other_files),
    cmocka_unit_test (report_with_a_rollout),
    cmocka_unit_test (missing_inputs_are_all_named_first),
    cmocka_unit_test (results_do_not_depend_on_threads),
    cmocka_unit_test (statement_reproducible_with_source_date_epoch),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
