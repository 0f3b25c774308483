/* test_cli_comparison.c -- savings against a comparison group end to end
   (issue 14), on data written by the test (no fixture): the figures
   against an independent computation (per-participant costs summed
   here, the regression by normal equations solved here), the two-strata
   intervals identical for 1 and 2 threads, a shared identifier refused
   at both files and lines, and the statement's headline.  */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sptest.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "cli.h"
#include "doc.h"
#include "format.h"
#include "ols3.h"
#include "xalloc.h"

/* |A - B| <= 1e-6 x |B| (the tolerance), or 1e-9 near zero.  */
#define assert_rel(a, b) \
  assert_near ((a), (b), 1e-6 * fmax (1e-3, fabs ((double) (b))))

/* The unit-cost set the test writes: three services.  */
#define N_SERVICES 3
static const char *const service[N_SERVICES] = { "clinic", "ward_day",
                                                 "call" };
static const double unit_cost[N_SERVICES] = { 100.0, 250.5, 40.0 };

static const char *const costs_csv
  = "service,label,unit,unit_cost,category,price_year,source\n"
    "clinic,Clinic visit,visit,100,planned,2022/23,test\n"
    "ward_day,Ward day,day,250.5,emergency,2022/23,test\n"
    "call,Crisis call,call,40,emergency,2022/23,test\n";

/* A generated group: N participants observed in both periods (costs
   BEFORE[i], AFTER[i] computed here from the rows written), EXCLUDED
   more seen in the before period only.  */
typedef struct
{
  size_t n;
  double *before, *after;
} group;

/* One period's rows of participant ID: a random quantity of every
   service, over a window of 12, 6 or 3 months (annualised by the tool
   as x 12 / months); returns the annual cost.  LEVEL scales use.  */
static double
rows (gsl_rng *rng, FILE *f, const char *id, const char *period,
      double level)
{
  static const double windows[] = { 12, 6, 3 };
  double cost = 0.0;
  for (int s = 0; s < N_SERVICES; s++)
    {
      unsigned q = gsl_ran_poisson (rng, level * (s == 1 ? 0.6 : 2.0));
      double m = windows[gsl_rng_uniform_int (rng, 3)];
      fprintf (f, "%s,%s,%s,%u,%g\n", id, period, service[s], q, m);
      cost += (double) q * 12.0 / m * unit_cost[s];
    }
  return cost;
}

/* Write a usage file DIR/NAME for a group of N participants (prefix
   PREFIX) whose use at baseline is high (LEVEL) and falls by FALL, plus
   EXCLUDED seen before only.  */
static char *
write_group (gsl_rng *rng, const char *dir, const char *name,
             const char *prefix, size_t n, size_t excluded, double level,
             double fall, group *g)
{
  char *path = sp_xasprintf ("%s/%s", dir, name);
  FILE *f = fopen (path, "w");
  assert_non_null (f);
  fputs ("participant_id,period,service,quantity,months\n", f);
  g->n = n;
  g->before = sp_xcalloc (n, sizeof *g->before);
  g->after = sp_xcalloc (n, sizeof *g->after);
  for (size_t i = 0; i < n + excluded; i++)
    {
      char id[32];
      snprintf (id, sizeof id, "%s%zu", prefix, i + 1);
      double need = level * gsl_ran_gamma (rng, 3.0, 1.0 / 3.0);
      double b = rows (rng, f, id, "before", need);
      if (i >= n)
        continue;  /* excluded: no after rows */
      double a = rows (rng, f, id, "after", need * fall);
      g->before[i] = b;
      g->after[i] = a;
    }
  fclose (f);
  return path;
}

static void
group_free (group *g)
{
  free (g->before);
  free (g->after);
}

/* The test's own least squares (ols3.h): after = c0 + c1 baseline +
   c2 programme, by the normal equations in long double.  */
static void
least_squares (const group *p, const group *c, long double coef[3])
{
  sp_test_ols3 ols = { { { 0 } }, { 0 } };
  for (int k = 0; k < 2; k++)
    {
      const group *g = k == 0 ? p : c;
      for (size_t i = 0; i < g->n; i++)
        sp_test_ols3_add (&ols, g->before[i], k == 0 ? 1.0 : 0.0,
                          g->after[i]);
    }
  sp_test_ols3_solve (&ols, coef);
}

static double
sum (const double *v, size_t n)
{
  long double s = 0;
  for (size_t i = 0; i < n; i++)
    s += v[i];
  return (double) s;
}

/* A folder with costs.csv, usage.csv (programme), comparison.csv and
   evaluation.json, generated from SEED.  */
typedef struct
{
  char *dir, *eval, *usage, *comparison;
  group prog, cmp;
} setup;

static void
make (setup *s, unsigned long seed, size_t n1, size_t n0)
{
  gsl_rng *rng = gsl_rng_alloc (gsl_rng_mt19937);
  gsl_rng_set (rng, seed);
  s->dir = sp_cli_tmpdir ();
  free (sp_cli_write (s->dir, "costs.csv", costs_csv));
  s->usage = write_group (rng, s->dir, "usage.csv", "P-", n1, 2, 6.0, 0.45,
                          &s->prog);
  s->comparison = write_group (rng, s->dir, "comparison.csv", "C-", n0, 1,
                               4.0, 0.7, &s->cmp);
  s->eval = sp_cli_write (s->dir, "evaluation.json",
                          "{\"usage\":\"usage.csv\","
                          "\"comparison_usage\":\"comparison.csv\","
                          "\"unit_costs\":\"costs.csv\"}");
  gsl_rng_free (rng);
}

static void
unmake (setup *s)
{
  sp_cli_rmtree (s->dir);
  free (s->dir);
  free (s->eval);
  free (s->usage);
  free (s->comparison);
  group_free (&s->prog);
  group_free (&s->cmp);
}

/* DOC's limitations have comparison_group_differences once and no
   no_comparison_group.  */
static void
comparison_limitation_only (const cJSON *doc)
{
  const cJSON *lim;
  int differences = 0;
  cJSON_ArrayForEach (lim, cJSON_GetObjectItem (doc, "limitations"))
  {
    const char *code = sp_doc_str (lim, "code", "");
    assert_string_not_equal (code, "no_comparison_group");
    differences += strcmp (code, "comparison_group_differences") == 0;
  }
  assert_int_equal (differences, 1);
}

/* savings.comparison, difference_in_differences and adjusted against
   sums and a regression computed here, on three generated data sets of
   different sizes.  */
static void
figures_match_an_independent_computation (void **state)
{
  (void) state;
  const size_t sizes[][2] = { { 23, 31 }, { 60, 9 }, { 7, 120 } };
  for (size_t t = 0; t < 3; t++)
    {
      setup s;
      make (&s, 1000 + t, sizes[t][0], sizes[t][1]);
      /* --internal: one of the data sets has a programme of 7, which
         published output suppresses (test_cli_disclosure.c).  */
      sp_cli_result r = sp_cli_run ("savings '%s' --bootstrap 0 --format "
                                    "json --internal", s.eval);
      assert_int_equal (r.status, 0);
      cJSON *doc = sp_cli_json (&r);
      double n1 = (double) s.prog.n, n0 = (double) s.cmp.n;
      double b1 = sum (s.prog.before, s.prog.n);
      double a1 = sum (s.prog.after, s.prog.n);
      double b0 = sum (s.cmp.before, s.cmp.n);
      double a0 = sum (s.cmp.after, s.cmp.n);

      assert_rel (sp_cli_num (doc, "savings.baseline_cost"), b1);
      assert_rel (sp_cli_num (doc, "savings.comparison.participants"), n0);
      assert_rel (sp_cli_num (doc,
                              "savings.comparison.excluded_participants"),
                  1);
      assert_rel (sp_cli_num (doc, "savings.comparison.baseline_cost"), b0);
      assert_rel (sp_cli_num (doc, "savings.comparison.after_cost"), a0);
      assert_rel (sp_cli_num (doc, "savings.comparison.change"), b0 - a0);
      assert_rel (sp_cli_num (doc, "savings.comparison.change_rate"),
                  (b0 - a0) / b0);
      assert_rel (sp_cli_num (doc, "savings.comparison.baseline_difference"),
                  b1 / n1 - b0 / n0);

      double did = (b1 - a1) / n1 - (b0 - a0) / n0;
      assert_rel (sp_cli_num (doc, "savings.difference_in_differences."
                                   "per_participant"), did);
      assert_rel (sp_cli_num (doc, "savings.difference_in_differences."
                                   "saving"), did * n1);
      assert_rel (sp_cli_num (doc, "savings.difference_in_differences."
                                   "saving_rate"), did * n1 / b1);

      long double coef[3];
      least_squares (&s.prog, &s.cmp, coef);
      assert_rel (sp_cli_num (doc, "savings.adjusted.per_participant"),
                  (double) -coef[2]);
      assert_rel (sp_cli_num (doc, "savings.adjusted.saving"),
                  (double) (-coef[2] * n1));
      assert_rel (sp_cli_num (doc, "savings.adjusted.baseline_coefficient"),
                  (double) coef[1]);
      assert_rel (sp_cli_num (doc, "savings.adjusted.saving_rate"),
                  (double) (-coef[2] * n1 / b1));
      /* Limitations: the comparison group's, not "no comparison group"
         (the only figure is the saving).  */
      comparison_limitation_only (doc);
      cJSON_Delete (doc);
      sp_cli_free (&r);
      unmake (&s);
    }
}

/* The two savings have bootstrap intervals around their estimates, the
   comparison group is a stratum of its own, and 1 and 2 threads give
   the same bytes.  */
static void
intervals_two_strata_and_threads (void **state)
{
  (void) state;
  setup s;
  make (&s, 77, 40, 50);
  sp_cli_result a = sp_cli_run ("savings '%s' --bootstrap 1000 --threads 1 "
                                "--format json", s.eval);
  sp_cli_result b = sp_cli_run ("savings '%s' --bootstrap 1000 --threads 2 "
                                "--format json", s.eval);
  assert_int_equal (a.status, 0);
  assert_int_equal (b.status, 0);
  assert_string_equal (a.out, b.out);
  cJSON *doc = sp_cli_json (&a);
  const char *paths[] = { "savings.difference_in_differences.saving",
                          "savings.adjusted.saving" };
  for (int i = 0; i < 2; i++)
    {
      const cJSON *iv = sp_cli_interval (doc, paths[i]);
      double est = sp_cli_num (iv, "estimate");
      double lo = sp_cli_num (iv, "lower"), hi = sp_cli_num (iv, "upper");
      assert_rel (est, sp_cli_num (doc, paths[i]));
      assert_true (lo < est && est < hi);
      assert_rel (sp_cli_num (iv, "resamples"), 1000);
    }
  /* Strata: the programme's 40 and the comparison group's 50 apart.  */
  const cJSON *st;
  int found = 0;
  cJSON_ArrayForEach (st, sp_doc_get (doc, "bootstrap.strata"))
  {
    const cJSON *sets = cJSON_GetObjectItemCaseSensitive (st, "data_sets");
    const cJSON *first = cJSON_GetArrayItem (sets, 0);
    if (cJSON_GetArraySize (sets) == 1
        && strcmp (first->valuestring, "comparison_usage") == 0)
      {
        found = 1;
        assert_rel (sp_cli_num (st, "participants"), 50);
      }
    else
      assert_rel (sp_cli_num (st, "participants"), 40);
  }
  assert_true (found);
  cJSON_Delete (doc);
  sp_cli_free (&a);
  sp_cli_free (&b);
  unmake (&s);
}

/* An identifier in both files (one a participant of the comparison
   cohort, one excluded from it) is refused with exit 65, each at its
   first line in the comparison file with its line in the programme's;
   nothing is written on stdout.  */
static void
shared_identifier_refused_at_both_positions (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  free (sp_cli_write (dir, "costs.csv", costs_csv));
  free (sp_cli_write (dir, "usage.csv",
                      "participant_id,period,service,quantity\n"
                      "P1,before,clinic,3\n"
                      "P1,after,clinic,1\n"
                      "P2,before,call,2\n"
                      "P2,after,call,1\n"
                      "P3,before,clinic,5\n"
                      "P3,after,clinic,0\n"));
  free (sp_cli_write (dir, "cmp.csv",
                      "service,quantity,participant_id,period\n"
                      "clinic,4,C1,before\n"
                      "clinic,4,C1,after\n"
                      "call,1,P3,before\n"
                      "call,1,P3,after\n"
                      "clinic,2,P2,before\n"));
  char *eval = sp_cli_write (dir, "e.json",
                             "{\"usage\":\"usage.csv\",\"comparison_usage\":"
                             "\"cmp.csv\",\"unit_costs\":\"costs.csv\"}");
  const char *commands[] = { "savings", "validate" };
  for (int c = 0; c < 2; c++)
    {
      sp_cli_result r = sp_cli_run ("%s '%s'", commands[c], eval);
      assert_int_equal (r.status, 65);
      assert_string_equal (r.out, "");
      /* P3: line 4 of cmp.csv (participant_id is its 3rd column), line 6
         of usage.csv; P2 (excluded from the comparison cohort): line 6
         and line 4.  */
      char *p3 = sp_xasprintf ("%s/cmp.csv:4:3: error: participant 'P3' is "
                               "also in the programme's usage file "
                               "%s/usage.csv (line 6, column 1)",
                               dir, dir);
      char *p2 = sp_xasprintf ("%s/cmp.csv:6:3: error: participant 'P2' is "
                               "also in the programme's usage file "
                               "%s/usage.csv (line 4, column 1)",
                               dir, dir);
      if (!strstr (r.err, p3) || !strstr (r.err, p2))
        fail_msg ("stderr lacks the positions:\n%s", r.err);
      assert_null (strstr (r.err, "'C1' is also"));
      free (p3);
      free (p2);
      sp_cli_free (&r);
    }
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

/* --comparison-usage FILE does what the key comparison_usage does, and
   overrides it; commands without savings refuse it (64).  */
static void
flag_as_key (void **state)
{
  (void) state;
  setup s;
  make (&s, 31, 12, 14);
  char *plain = sp_cli_write (s.dir, "plain.json",
                              "{\"usage\":\"usage.csv\","
                              "\"unit_costs\":\"costs.csv\"}");
  sp_cli_result a = sp_cli_run ("savings '%s' --format json", s.eval);
  sp_cli_result b = sp_cli_run ("savings '%s' --comparison-usage '%s' "
                                "--format json", plain, s.comparison);
  assert_int_equal (a.status, 0);
  assert_int_equal (b.status, 0);
  cJSON *da = sp_cli_json (&a), *db = sp_cli_json (&b);
  assert_true (cJSON_Compare (sp_doc_get (da, "savings"),
                              sp_doc_get (db, "savings"), 1));
  cJSON_Delete (da);
  cJSON_Delete (db);
  sp_cli_free (&a);
  sp_cli_free (&b);
  a = sp_cli_run ("value --comparison-usage '%s'", s.comparison);
  assert_int_equal (a.status, 64);
  sp_cli_free (&a);
  free (plain);
  unmake (&s);
}

/* Social profit counts the saving against the comparison group, not the
   before/after one, and its bootstrap statistic agrees: on the pilot
   fixture with a comparison group written here (priced with the pilot's
   unit costs), the interval's estimate of the net social profit equals
   the document's, and 1 and 2 threads agree.  */
static void
social_profit_counts_the_compared_saving (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  char *path = sp_xasprintf ("%s/cmp.csv", dir);
  FILE *f = fopen (path, "w");
  assert_non_null (f);
  fputs ("participant_id,period,service,quantity\n", f);
  gsl_rng *rng = gsl_rng_alloc (gsl_rng_mt19937);
  gsl_rng_set (rng, 2024);
  static const char *const svc[] = { "ae_attendance", "hospital_admission",
                                     "gp_in_hours" };
  for (int i = 0; i < 30; i++)
    for (int t = 0; t < 2; t++)
      for (int k = 0; k < 3; k++)
        fprintf (f, "CMP-%d,%s,%s,%u\n", i, t ? "after" : "before", svc[k],
                 gsl_ran_poisson (rng, (t ? 1.5 : 3.0) * (k == 2 ? 4 : 1)));
  fclose (f);
  gsl_rng_free (rng);
  sp_cli_result a = sp_cli_run ("profit fixtures/calico-2019/evaluation.json "
                                "--comparison-usage '%s' --bootstrap 300 "
                                "--threads 1 --format json", path);
  sp_cli_result b = sp_cli_run ("profit fixtures/calico-2019/evaluation.json "
                                "--comparison-usage '%s' --bootstrap 300 "
                                "--threads 2 --format json", path);
  assert_int_equal (a.status, 0);
  assert_string_equal (a.out, b.out);
  cJSON *doc = sp_cli_json (&a);
  assert_string_equal (sp_doc_str (doc, "social_profit.nhs_savings_basis", ""),
                       "comparison_group");
  double adjusted = sp_cli_num (doc, "savings.adjusted.saving");
  assert_true (fabs (adjusted - sp_cli_num (doc, "savings.saving")) > 1.0);
  assert_rel (sp_cli_num (doc, "social_profit.nhs_savings"), adjusted);
  assert_rel (sp_cli_num (doc, "social_profit.per_person.saving"),
              sp_cli_num (doc, "savings.adjusted.per_participant"));
  const char *figs[] = { "social_profit.net", "social_profit.net_per_person",
                         "social_profit.sroi_ratio" };
  for (int i = 0; i < 3; i++)
    assert_rel (sp_cli_num (sp_cli_interval (doc, figs[i]), "estimate"),
                sp_cli_num (doc, figs[i]));
  cJSON_Delete (doc);
  sp_cli_free (&a);
  sp_cli_free (&b);

  /* Without the comparison group: the before/after saving.  */
  a = sp_cli_run ("profit fixtures/calico-2019/evaluation.json --bootstrap 0 "
                  "--format json");
  assert_int_equal (a.status, 0);
  doc = sp_cli_json (&a);
  assert_string_equal (sp_doc_str (doc, "social_profit.nhs_savings_basis", ""),
                       "before_after");
  assert_rel (sp_cli_num (doc, "social_profit.nhs_savings"),
              sp_cli_num (doc, "savings.saving"));
  cJSON_Delete (doc);
  sp_cli_free (&a);
  free (path);
  sp_cli_rmtree (dir);
  free (dir);
}

/* The comparison group's rows by source: in the document; a recalled
   row brings the recall limitation; a planned one draws a warning (a
   comparison group has no plan), the run still succeeding.  */
static void
comparison_sources (void **state)
{
  (void) state;
  char *dir = sp_cli_tmpdir ();
  free (sp_cli_write (dir, "costs.csv", costs_csv));
  free (sp_cli_write (dir, "usage.csv",
                      "participant_id,period,service,quantity,source\n"
                      "P1,before,clinic,3,record\nP1,after,clinic,1,record\n"
                      "P2,before,clinic,5,record\nP2,after,clinic,2,record\n"
                      "P3,before,call,4,record\nP3,after,call,1,record\n"));
  free (sp_cli_write (dir, "cmp.csv",
                      "participant_id,period,service,quantity,source\n"
                      "C1,before,clinic,3,recall\nC1,after,clinic,2,record\n"
                      "C2,before,clinic,6,record\nC2,after,clinic,5,plan\n"
                      "C3,before,call,2,record\nC3,after,call,2,record\n"));
  char *eval = sp_cli_write (dir, "e.json",
                             "{\"usage\":\"usage.csv\",\"comparison_usage\":"
                             "\"cmp.csv\",\"unit_costs\":\"costs.csv\"}");
  sp_cli_result r = sp_cli_run ("savings '%s' --format json", eval);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.err, "1 row of the comparison group has "
                                  "source 'plan'"));
  cJSON *doc = sp_cli_json (&r);
  assert_rel (sp_cli_num (doc, "savings.comparison.periods.before."
                               "source_rows.recall"), 1);
  assert_rel (sp_cli_num (doc, "savings.comparison.periods.after."
                               "source_rows.plan"), 1);
  assert_string_equal (sp_doc_str (doc, "savings.comparison.basis", ""),
                       "forecast");
  assert_string_equal (sp_doc_str (doc, "savings.basis", ""), "observed");
  int recall = 0;
  const cJSON *lim;
  cJSON_ArrayForEach (lim, cJSON_GetObjectItem (doc, "limitations"))
  recall += strcmp (sp_doc_str (lim, "code", ""), "recall") == 0;
  assert_int_equal (recall, 1);
  cJSON_Delete (doc);
  sp_cli_free (&r);
  free (eval);
  sp_cli_rmtree (dir);
  free (dir);
}

/* The rollout's cohort saving is the saving per participant against the
   comparison group x the target, with a two-strata interval the same for
   1 and 2 threads; its limitation is the comparison group's.  */
static void
rollout_cohort_against_the_comparison_group (void **state)
{
  (void) state;
  setup s;
  make (&s, 4711, 25, 35);
  sp_cli_result a = sp_cli_run ("savings '%s' --bootstrap 0 --format json",
                                s.eval);
  assert_int_equal (a.status, 0);
  cJSON *sav = sp_cli_json (&a);
  double per = sp_cli_num (sav, "savings.adjusted.per_participant");
  cJSON_Delete (sav);
  sp_cli_free (&a);
  const char *scen = "fixtures/scenarios/east-lancs-890.json";
  a = sp_cli_run ("rollout %s --evaluation '%s' --bootstrap 400 --threads 1 "
                  "--simulations 0 --format json", scen, s.eval);
  sp_cli_result b = sp_cli_run ("rollout %s --evaluation '%s' --bootstrap 400 "
                                "--threads 2 --simulations 0 --format json",
                                scen, s.eval);
  assert_int_equal (a.status, 0);
  assert_string_equal (a.out, b.out);
  cJSON *doc = sp_cli_json (&a);
  assert_true (cJSON_IsTrue (sp_doc_get (doc, "rollout.cohort."
                                              "against_comparison_group")));
  double target = sp_cli_num (doc, "rollout.target_phbs");
  assert_rel (sp_cli_num (doc, "rollout.cohort_saving"), per * target);
  const cJSON *iv = sp_cli_interval (doc, "rollout.cohort_saving");
  assert_rel (sp_cli_num (iv, "estimate"), per * target);
  assert_true (sp_cli_num (iv, "lower") < sp_cli_num (iv, "upper"));
  comparison_limitation_only (doc);
  cJSON_Delete (doc);
  sp_cli_free (&a);
  sp_cli_free (&b);
  unmake (&s);
}

/* The text of DOC's limitation CODE ("" when absent).  */
static const char *
limitation_text (const cJSON *doc, const char *code)
{
  const cJSON *lim;
  cJSON_ArrayForEach (lim, cJSON_GetObjectItem (doc, "limitations"))
  if (strcmp (sp_doc_str (lim, "code", ""), code) == 0)
    return sp_doc_str (lim, "text", "");
  return "";
}

/* Whether DOC has null (a suppressed cell) at PATH.  */
static int
suppressed (const cJSON *doc, const char *path)
{
  return cJSON_IsNull (sp_doc_get (doc, path));
}

/* Disclosure control (results/disclosure.c) with a comparison group of
   4 beside a programme of 30: published output hides every figure about
   the comparison group -- its count, costs, the savings against it, the
   baseline difference in the limitation's words, the counts of both
   groups together (30 + 4 would give the 4 away) and the rollout's and
   social profit's saving built on it -- while the before/after saving
   about the 30 stays; --internal shows them all.  */
static void
small_comparison_group_published (void **state)
{
  (void) state;
  setup s;
  make (&s, 8080, 30, 4);
  sp_cli_result r = sp_cli_run ("savings '%s' --bootstrap 200 --format json",
                                s.eval);
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  const char *hidden[] = {
    "savings.comparison.participants", "savings.comparison.baseline_cost",
    "savings.comparison.mean_after_cost",
    "savings.comparison.baseline_difference",
    "savings.difference_in_differences.saving",
    "savings.adjusted.saving", "savings.adjusted.per_participant",
    "savings.adjusted.baseline_coefficient", "savings.adjusted.observations",
    "bootstrap.participants"
  };
  for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
    if (!suppressed (doc, hidden[i]))
      fail_msg ("%s is published", hidden[i]);
  assert_rel (sp_cli_num (doc, "savings.participants"), 30);
  sp_cli_num (doc, "savings.saving");
  assert_null (cJSON_GetObjectItem (cJSON_GetObjectItem (doc, "intervals"),
                                    "savings.adjusted.saving"));
  const char *text = limitation_text (doc, "comparison_group_differences");
  assert_non_null (strstr (text, "in ways the data do not show"));
  assert_null (strstr (text, "At the start"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  r = sp_cli_run ("savings '%s' --bootstrap 200", s.eval);
  assert_int_equal (r.status, 0);
  assert_null (strstr (r.out, "At the start"));
  assert_null (strstr (r.out, " 34 "));
  sp_cli_free (&r);

  r = sp_cli_run ("savings '%s' --bootstrap 200 --format json --internal",
                  s.eval);
  assert_int_equal (r.status, 0);
  doc = sp_cli_json (&r);
  assert_rel (sp_cli_num (doc, "savings.comparison.participants"), 4);
  assert_rel (sp_cli_num (doc, "savings.adjusted.observations"), 34);
  assert_rel (sp_cli_num (doc, "bootstrap.participants"), 34);
  sp_cli_num (doc, "savings.adjusted.saving");
  sp_cli_interval (doc, "savings.adjusted.saving");
  assert_non_null (strstr (limitation_text (doc,
                                            "comparison_group_differences"),
                           "At the start the programme's participants "
                           "cost on average"));
  cJSON_Delete (doc);
  sp_cli_free (&r);

  const char *scen = "fixtures/scenarios/east-lancs-890.json";
  for (int internal = 0; internal < 2; internal++)
    {
      r = sp_cli_run ("rollout %s --evaluation '%s' --bootstrap 200 "
                      "--simulations 0 --format json%s", scen, s.eval,
                      internal ? " --internal" : "");
      assert_int_equal (r.status, 0);
      doc = sp_cli_json (&r);
      if (internal)
        {
          assert_rel (sp_cli_num (doc, "rollout.cohort.comparison_"
                                       "participants"), 4);
          sp_cli_num (doc, "rollout.cohort_saving");
        }
      else
        {
          assert_true (suppressed (doc, "rollout.cohort."
                                        "comparison_participants"));
          assert_true (suppressed (doc, "rollout.cohort.saving_per_"
                                        "participant"));
          assert_true (suppressed (doc, "rollout.cohort_saving"));
        }
      cJSON_Delete (doc);
      sp_cli_free (&r);
    }
  unmake (&s);

  /* Social profit on the pilot fixture (22 participants) with a
     comparison group of 4: its NHS saving is the adjusted one.  */
  char *dir = sp_cli_tmpdir ();
  char *cmp = sp_cli_write (dir, "cmp.csv",
                            "participant_id,period,service,quantity\n"
                            "K1,before,ae_attendance,4\nK1,after,ae_attendance,2\n"
                            "K2,before,ae_attendance,6\nK2,after,ae_attendance,5\n"
                            "K3,before,gp_in_hours,9\nK3,after,gp_in_hours,6\n"
                            "K4,before,gp_in_hours,3\nK4,after,gp_in_hours,3\n");
  for (int internal = 0; internal < 2; internal++)
    {
      r = sp_cli_run ("profit fixtures/calico-2019/evaluation.json "
                      "--comparison-usage '%s' --bootstrap 0 --format json%s",
                      cmp, internal ? " --internal" : "");
      assert_int_equal (r.status, 0);
      doc = sp_cli_json (&r);
      if (internal)
        assert_rel (sp_cli_num (doc, "social_profit.nhs_savings"),
                    sp_cli_num (doc, "savings.adjusted.saving"));
      else
        {
          assert_true (suppressed (doc, "savings.adjusted.saving"));
          assert_true (suppressed (doc, "social_profit.nhs_savings"));
          assert_true (suppressed (doc, "social_profit.per_person.saving"));
          /* benefits - social_value.total - local effect would give the
             saving back, and net + investment.total the benefits.  */
          sp_cli_num (doc, "social_value.total");
          assert_true (suppressed (doc, "social_profit.benefits"));
          assert_true (suppressed (doc, "social_profit.net"));
        }
      cJSON_Delete (doc);
      sp_cli_free (&r);
    }
  free (cmp);
  sp_cli_rmtree (dir);
  free (dir);
}

/* The README's figure "£N" (sp_fmt_money of V) is in TEXT; fails
   naming WHAT.  */
static void
states (const char *text, const char *what, double v)
{
  char money[64];
  sp_fmt_money (v, money, sizeof money);
  if (!strstr (text, money))
    fail_msg ("the README does not state %s, %s", what, money);
}

/* The constructed fixture shows what fixtures/comparison/README.md says
   it was built to show, with the tool's figures: the before/after saving
   overstates (its interval lies above the true saving the generator
   built in, which the README states), difference in differences less,
   and the adjusted saving's interval holds the true saving.  Both
   READMEs state the tool's figures.  */
static void
fixture_as_documented (void **state)
{
  (void) state;
  sp_cli_result r = sp_cli_run ("savings fixtures/comparison/evaluation.json "
                                "--format json");
  assert_int_equal (r.status, 0);
  cJSON *doc = sp_cli_json (&r);
  char *readme = sp_cli_read ("fixtures/comparison/README.md", NULL);
  char *index = sp_cli_read ("fixtures/README.md", NULL);
  const char *mark = "true saving: £";
  const char *t = strstr (readme, mark);
  assert_non_null (t);
  double truth = 0.0;
  for (t += strlen (mark); (*t >= '0' && *t <= '9') || *t == ','; t++)
    if (*t != ',')
      truth = truth * 10.0 + (*t - '0');
  double before_after = sp_cli_num (doc, "savings.saving");
  double did = sp_cli_num (doc, "savings.difference_in_differences.saving");
  double adjusted = sp_cli_num (doc, "savings.adjusted.saving");
  assert_true (before_after > did && did > adjusted);
  assert_true (sp_cli_num (sp_cli_interval (doc, "savings.saving"), "lower")
               > truth);
  assert_true (sp_cli_num (sp_cli_interval (
                             doc, "savings.difference_in_differences.saving"),
                           "estimate") > truth);
  const cJSON *iv = sp_cli_interval (doc, "savings.adjusted.saving");
  assert_true (sp_cli_num (iv, "lower") < truth
               && truth < sp_cli_num (iv, "upper"));
  const char *texts[] = { readme, index };
  for (int i = 0; i < 2; i++)
    {
      states (texts[i], "the before/after saving", before_after);
      states (texts[i], "difference in differences", did);
      states (texts[i], "the adjusted saving", adjusted);
      states (texts[i], "the true saving", truth);
      states (texts[i], "the baseline difference",
              sp_cli_num (doc, "savings.comparison.baseline_difference"));
      states (texts[i], "the adjusted interval's lower end",
              sp_cli_num (iv, "lower"));
      states (texts[i], "the adjusted interval's upper end",
              sp_cli_num (iv, "upper"));
    }
  states (readme, "the programme's mean cost before",
          sp_cli_num (doc, "savings.comparison.programme_mean_baseline_cost"));
  states (readme, "the comparison group's mean cost after",
          sp_cli_num (doc, "savings.comparison.mean_after_cost"));
  free (readme);
  free (index);
  cJSON_Delete (doc);
  sp_cli_free (&r);
}

/* A comparison file that does not exist: exit 66, named.  */
static void
missing_comparison_file (void **state)
{
  (void) state;
  setup s;
  make (&s, 5, 5, 5);
  char *eval = sp_cli_write (s.dir, "missing.json",
                             "{\"usage\":\"usage.csv\",\"comparison_usage\":"
                             "\"nowhere.csv\",\"unit_costs\":\"costs.csv\"}");
  sp_cli_result r = sp_cli_run ("savings '%s'", eval);
  assert_int_equal (r.status, 66);
  assert_non_null (strstr (r.err, "nowhere.csv"));
  assert_string_equal (r.out, "");
  sp_cli_free (&r);
  free (eval);
  unmake (&s);
}

/* TEXT with every run of white space (pdftotext's line ends) made one
   space, in place; returns TEXT.  */
static char *
one_line (char *text)
{
  char *w = text;
  for (const char *r = text; *r; r++)
    if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\f')
      {
        if (w == text || w[-1] != ' ')
          *w++ = ' ';
      }
    else
      *w++ = *r;
  *w = '\0';
  return text;
}

/* Text and statement: the headline is the saving against the comparison
   group, with the before/after saving beside it; without a comparison
   group neither says so.  */
static void
headline_against_a_comparison_group (void **state)
{
  (void) state;
  setup s;
  make (&s, 99, 30, 40);
  sp_cli_result r = sp_cli_run ("savings '%s' --bootstrap 200", s.eval);
  assert_int_equal (r.status, 0);
  assert_non_null (strstr (r.out, "against a comparison group (adjusted "
                                  "for each person's baseline cost)"));
  assert_non_null (strstr (r.out, "before/after (not adjusted)"));
  sp_cli_free (&r);

  char *out = sp_xasprintf ("%s/report", s.dir);
  r = sp_cli_run ("report '%s' --bootstrap 200 --out '%s'", s.eval, out);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  char *charts = sp_xasprintf ("%s/charts/comparison.png", out);
  assert_true (sp_cli_exists (charts));
  free (charts);
  charts = sp_xasprintf ("%s/charts/comparison.svg", out);
  assert_true (sp_cli_exists (charts));
  free (charts);
  char *pdf = sp_xasprintf ("%s/statement.pdf", out);
  char *text = sp_cli_pdf_text (pdf, 0);
  if (!text)
    skip ();
  /* pdftotext without -layout keeps a wrapped cell's words in order; its
     line ends are made spaces.  */
  one_line (text);
  const char *headline = strstr (text, "Headline figures");
  assert_non_null (headline);
  const char *adjusted = strstr (headline, "against a comparison group");
  const char *unadjusted = strstr (headline, "before and after, not "
                                             "adjusted");
  assert_non_null (adjusted);
  assert_non_null (unadjusted);
  assert_true (adjusted < unadjusted);
  assert_non_null (strstr (text, "Savings against a comparison group"));
  /* The limitation: the groups may differ unseen, with the size of the
     baseline difference, instead of "no comparison group" for the
     saving.  */
  assert_non_null (strstr (text, "What these figures can and cannot show"));
  assert_non_null (strstr (text, "may still differ in ways the data do "
                                 "not show"));
  assert_non_null (strstr (text, "At the start the programme's "
                                 "participants cost on average"));
  assert_null (strstr (text, "There is no comparison group"));
  /* The chart comparison (drawn into the statement, its text kept by
     cairo's PDF): each group's people and fall in mean cost, as in
     results.json.  */
  char *json = sp_xasprintf ("%s/results.json", out);
  char *body = sp_cli_read (json, NULL);
  cJSON *doc = cJSON_Parse (body);
  assert_non_null (doc);
  assert_non_null (strstr (text, "Mean annual NHS cost per participant: "
                                 "programme and comparison group"));
  const char *falls[] = { "savings.comparison.programme_mean_change",
                          "savings.comparison.mean_change" };
  for (int k = 0; k < 2; k++)
    {
      char money[64], *want;
      sp_fmt_money (sp_cli_num (doc, falls[k]), money, sizeof money);
      want = sp_xasprintf ("fall in mean cost: %s", money);
      if (!strstr (text, want))
        fail_msg ("the statement lacks '%s'", want);
      free (want);
    }
  assert_non_null (strstr (text, "Programme (30 people)"));
  assert_non_null (strstr (text, "Comparison group (40 people)"));
  cJSON_Delete (doc);
  free (body);
  free (json);
  free (text);
  free (pdf);
  free (out);

  /* The same programme without its comparison group.  */
  char *plain = sp_cli_write (s.dir, "plain.json",
                              "{\"usage\":\"usage.csv\","
                              "\"unit_costs\":\"costs.csv\"}");
  out = sp_xasprintf ("%s/plain", s.dir);
  r = sp_cli_run ("report '%s' --bootstrap 200 --out '%s'", plain, out);
  assert_int_equal (r.status, 0);
  sp_cli_free (&r);
  pdf = sp_xasprintf ("%s/statement.pdf", out);
  text = one_line (sp_cli_pdf_text (pdf, 0));
  assert_non_null (strstr (text, "Headline figures"));
  assert_null (strstr (text, "against a comparison group"));
  assert_non_null (strstr (text, "There is no comparison group"));
  assert_null (strstr (text, "in ways the data do not show"));
  free (text);
  free (pdf);
  free (out);
  free (plain);
  unmake (&s);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (figures_match_an_independent_computation),
    cmocka_unit_test (intervals_two_strata_and_threads),
    cmocka_unit_test (shared_identifier_refused_at_both_positions),
    cmocka_unit_test (flag_as_key),
    cmocka_unit_test (rollout_cohort_against_the_comparison_group),
    cmocka_unit_test (comparison_sources),
    cmocka_unit_test (social_profit_counts_the_compared_saving),
    cmocka_unit_test (small_comparison_group_published),
    cmocka_unit_test (fixture_as_documented),
    cmocka_unit_test (missing_comparison_file),
    cmocka_unit_test (headline_against_a_comparison_group),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
