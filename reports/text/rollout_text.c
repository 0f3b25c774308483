/* rollout_text.c -- rollout projections and comparisons for people */

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "render_quarterly.h"
#include "figure.h"
#include "interval_text.h"
#include "format.h"
#include "render_rollout.h"

/* The base-case value of the scenario parameter NAME.  */
static double
param (const cJSON *ro, const char *name)
{
  const cJSON *p;
  cJSON_ArrayForEach (p, sp_doc_get (ro, "parameters"))
  if (strcmp (sp_doc_str (p, "parameter", ""), name) == 0)
    return sp_doc_num (p, "value", 0);
  return 0;
}

/* "  LABEL  WORKING  VALUE": label in 14, working in 46, value in 14.  */
static void
sum_line (FILE *out, const char *label, const char *working,
          const char *value)
{
  fputs ("  ", out);
  sp_fmt_cell (out, label, 14, 0, 0);
  sp_fmt_cell (out, working, 46, 0, 0);
  sp_fmt_cell (out, value, 14, 1, 1);
  fputc ('\n', out);
}

static void
print_headline (const cJSON *ro, FILE *out)
{
  char a[64], b[64], c[64], w[160];
  fprintf (out, "Rollout projection: %s", sp_doc_str (ro, "name", ""));
  const char *file = sp_doc_str (ro, "scenario_file", NULL);
  if (file)
    fprintf (out, " (%s)", file);
  fputs ("\n\n", out);
  snprintf (w, sizeof w, "%s PHBs / %s conversion%s",
            sp_fig_at (ro, "target_phbs", SP_FIG_COUNT, a, sizeof a),
            sp_fig_at (ro, "conversion_rate", SP_FIG_PERCENT, b, sizeof b),
            strcmp (sp_doc_str (ro, "conversion_source", ""), "register")
              ? "" : " (register)");
  sum_line (out, "Assessments", w,
            sp_fig_at (ro, "assessments", SP_FIG_NUMBER, c, sizeof c));
  snprintf (w, sizeof w, "%s PHBs x %s mean budget",
            sp_fig_at (ro, "target_phbs", SP_FIG_COUNT, a, sizeof a),
            sp_fig_at (ro, "budget_per_phb", SP_FIG_MONEY, b, sizeof b));
  sum_line (out, "Annual budget", w,
            sp_fig_at (ro, "annual_budget", SP_FIG_MONEY, c, sizeof c));
  sum_line (out, "PAs required", "by segment, below",
            sp_fig_at (ro, "pas_required", SP_FIG_NUMBER, c, sizeof c));
}

static void
print_segments (const cJSON *ro, FILE *out)
{
  char a[64], b[64], c[64], d[64], e[64], f[64];
  fputs ("\nBudget and personal assistants by segment\n", out);
  static const size_t wd[] = { 22, 7, 8, 12, 14, 8, 9 };
  static const char *const head[] = { "Segment", "Share", "PHBs",
                                      "Mean budget", "Budget", "PAs/PHB",
                                      "PAs" };
  sp_fmt_row (out, head, wd, 7);
  const cJSON *s;
  cJSON_ArrayForEach (s, sp_doc_get (ro, "pas_by_segment"))
  {
    const char *cells[] = {
      sp_doc_str (s, "name", ""),
      sp_fig_at (s, "share", SP_FIG_PERCENT, a, sizeof a),
      sp_fig_at (s, "phbs", SP_FIG_NUMBER, b, sizeof b),
      sp_fig_at (s, "mean_budget", SP_FIG_MONEY, c, sizeof c),
      sp_fig_at (s, "budget", SP_FIG_MONEY, d, sizeof d),
      sp_fig_at (s, "pas_per_phb", SP_FIG_NUMBER, e, sizeof e),
      sp_fig_at (s, "pas", SP_FIG_NUMBER, f, sizeof f)
    };
    sp_fmt_row (out, cells, wd, 7);
  }
  const char *total[] = {
    "Total",
    "",
    sp_fig_at (ro, "target_phbs", SP_FIG_NUMBER, b, sizeof b),
    sp_fig_at (ro, "budget_per_phb", SP_FIG_MONEY, c, sizeof c),
    sp_fig_at (ro, "annual_budget", SP_FIG_MONEY, d, sizeof d),
    "",
    sp_fig_at (ro, "pas_required", SP_FIG_NUMBER, f, sizeof f)
  };
  sp_fmt_row (out, total, wd, 7);
  double t = sp_doc_num (ro, "target_phbs", 0);
  double high = t > 0 ? sp_doc_num (ro, "pas_at_highest_rate", 0) / t : 0;
  fprintf (out,
           "If every PHB needed the highest rate, %s PAs, there would "
           "be %s PAs.\n",
           sp_fig_number (high, SP_FIG_NUMBER, a, sizeof a),
           sp_fig_at (ro, "pas_at_highest_rate", SP_FIG_COUNT, b, sizeof b));
}

static void
print_saving (const cJSON *ro, FILE *out)
{
  char a[64], b[64], c[64], d[64], w[160], o[32] = "";
  double vat = 1 + param (ro, "vat_rate");
  /* Optimism bias (Green Book) multiplies every delivery cost.  */
  double ob = sp_doc_num (ro, "optimism_bias", 0);
  if (ob != 0)
    snprintf (o, sizeof o, " x %s",
              sp_fig_number (1 + ob, SP_FIG_RATIO_PLAIN, a, sizeof a));
  fputs ("\nNet saving in the first year at target\n", out);
  snprintf (w, sizeof w, "%s x %s",
            sp_fig_number (param (ro, "savings_rate"), SP_FIG_PERCENT, a,
                           sizeof a),
            sp_fig_at (ro, "annual_budget", SP_FIG_MONEY, b, sizeof b));
  sum_line (out, "Gross saving", w,
            sp_fig_at (ro, "gross_saving", SP_FIG_MONEY, c, sizeof c));
  snprintf (w, sizeof w, "%s assessments x %s x %s%s",
            sp_fig_at (ro, "assessments", SP_FIG_NUMBER, a, sizeof a),
            sp_fig_number (param (ro, "advocacy_cost"), SP_FIG_MONEY, b,
                           sizeof b),
            sp_fig_number (vat, SP_FIG_RATIO_PLAIN, d, sizeof d), o);
  sum_line (out, "- Advocacy", w,
            sp_fig_at (ro, "investment.advocacy", SP_FIG_MONEY, c, sizeof c));
  snprintf (w, sizeof w, "%s PHBs x %s x %s x %s a year%s",
            sp_fig_at (ro, "target_phbs", SP_FIG_COUNT, a, sizeof a),
            sp_fig_number (param (ro, "review_cost"), SP_FIG_MONEY, b,
                           sizeof b),
            sp_fig_number (vat, SP_FIG_RATIO_PLAIN, d, sizeof d),
            sp_fig_number (param (ro, "reviews_per_year"), SP_FIG_RATIO_PLAIN,
                           c, sizeof c), o);
  sum_line (out, "- Reviews", w,
            sp_fig_at (ro, "investment.reviews", SP_FIG_MONEY, c, sizeof c));
  snprintf (w, sizeof w, "%s x %s%s",
            sp_fig_number (param (ro, "marketplace_fee"), SP_FIG_PERCENT, a,
                           sizeof a),
            sp_fig_at (ro, "annual_budget", SP_FIG_MONEY, b, sizeof b), o);
  sum_line (out, "- Marketplace", w,
            sp_fig_at (ro, "investment.marketplace", SP_FIG_MONEY, c,
                       sizeof c));
  sum_line (out, "Investment", "advocacy + reviews + marketplace",
            sp_fig_at (ro, "investment.total", SP_FIG_MONEY, c, sizeof c));
  sum_line (out, "Net saving", "gross saving - investment",
            sp_fig_at (ro, "net_saving", SP_FIG_MONEY, c, sizeof c));
  sum_line (out, "Steady state", "gross - reviews - marketplace",
            sp_fig_at (ro, "steady_state_net_saving", SP_FIG_MONEY, c,
                       sizeof c));
  if (ob != 0)
    fprintf (out, "  Optimism bias (Green Book): %s added to every delivery "
                  "cost (advocacy, reviews, marketplace)\n",
             sp_fig_number (ob, SP_FIG_PERCENT, a, sizeof a));
  else
    fputs ("  Optimism bias (Green Book): none added to the delivery "
           "costs (the scenario gives none)\n", out);
}

/* Money figures are shown as pounds, the rest as numbers.  */
static sp_fig_kind
kind_of (const char *figure)
{
  static const char *const money[] = { "annual_budget", "investment.",
                                       "gross_saving", "net_saving",
                                       "steady_state_net_saving", "npv" };
  for (size_t i = 0; i < sizeof money / sizeof money[0]; i++)
    if (strncmp (figure, money[i], strlen (money[i])) == 0)
      return SP_FIG_MONEY;
  return SP_FIG_NUMBER;
}

static void
print_published (const cJSON *ro, FILE *out)
{
  const cJSON *list = sp_doc_get (ro, "published");
  if (cJSON_GetArraySize (list) == 0)
    return;
  char a[64], b[64], c[64];
  const char *src = sp_doc_str (ro, "published_source", NULL);
  fprintf (out, "\nPublished figures%s%s%s beside the computed ones\n",
           src ? " (" : "", src ? src : "", src ? ")" : "");
  static const size_t wd[] = { 26, 14, 14, 14 };
  static const char *const head[] = { "Figure", "Published", "Computed",
                                      "Difference" };
  sp_fmt_row (out, head, wd, 4);
  const cJSON *p;
  cJSON_ArrayForEach (p, list)
  {
    const char *name = sp_doc_str (p, "figure", "");
    sp_fig_kind k = kind_of (name);
    const char *cells[] = { name, sp_fig_at (p, "published", k, a, sizeof a),
                            sp_fig_at (p, "computed", k, b, sizeof b),
                            sp_fig_at (p, "difference", k, c, sizeof c) };
    sp_fmt_row (out, cells, wd, 4);
  }
  const cJSON *pas = NULL;
  cJSON_ArrayForEach (p, list)
  if (strcmp (sp_doc_str (p, "figure", ""), "pas_required") == 0)
    pas = p;
  if (pas)
    {
      double pub = sp_doc_num (pas, "published", 0);
      double mix = sp_doc_num (ro, "pas_required", 0);
      double top = sp_doc_num (ro, "pas_at_highest_rate", 0);
      int top_nearer = fabs (pub - top) < fabs (pub - mix);
      fprintf (out,
               "The published PAs figure (%s) is nearer %s (%s) than "
               "%s (%s).\n",
               sp_fig_number (pub, SP_FIG_COUNT, a, sizeof a),
               top_nearer ? "every PHB at the highest rate"
                          : "the segment mix",
               sp_fig_number (top_nearer ? top : mix, SP_FIG_COUNT, b,
                              sizeof b),
               top_nearer ? "the segment mix"
                          : "every PHB at the highest rate",
               sp_fig_number (top_nearer ? mix : top, SP_FIG_COUNT, c,
                              sizeof c));
    }
  fputs ("A published figure that differs cannot be reproduced from the "
         "scenario's stated inputs;\nthe computed figure follows the "
         "formulas shown (docs/methods/rollout.md).\n",
         out);
}

static void
print_timing (const cJSON *ro, FILE *out)
{
  char a[64], b[64], c[64];
  fprintf (out,
           "\nReferral ramp from %s: %s referrals a month, growing %s "
           "a month, at most %s\n",
           sp_doc_str (ro, "start_month", "?"),
           sp_fig_number (param (ro, "ramp.start"), SP_FIG_NUMBER, a,
                          sizeof a),
           sp_fig_number (param (ro, "ramp.growth"), SP_FIG_PERCENT, b,
                          sizeof b),
           sp_fig_number (param (ro, "ramp.ceiling"), SP_FIG_NUMBER, c,
                          sizeof c));
  const char *reached = sp_doc_str (ro, "target_month", NULL);
  const cJSON *met = sp_doc_get (ro, "target_met");
  if (reached)
    fprintf (out, "Target reached in %s (month %s); target date %s: %s.\n",
             reached,
             sp_fig_at (ro, "months_to_target", SP_FIG_COUNT, a, sizeof a),
             sp_doc_str (ro, "target_date", "?"),
             cJSON_IsTrue (met) ? "met" : "not met");
  else
    fprintf (out, "Target not reached in the %d months followed; target "
             "date %s: not met.\n",
             cJSON_GetArraySize (sp_doc_get (ro, "trajectory")),
             sp_doc_str (ro, "target_date", "?"));
  fprintf (out,
           "Referrals a month that would meet the target date: %s "
           "(constant from %s).\n",
           sp_fig_at (ro, "required_referral_rate", SP_FIG_NUMBER, a,
                      sizeof a),
           sp_doc_str (ro, "start_month", "?"));
}

static void
print_cashflows (const cJSON *ro, FILE *out)
{
  char buf[8][64];
  fprintf (out, "\nYearly cash flows (year 1 from %s)\n",
           sp_doc_str (ro, "start_month", "?"));
  static const size_t wd[] = { 5, 12, 10, 13, 13, 12, 13, 13 };
  static const char *const head[] = { "Year", "Assessments", "PHB-years",
                                      "Budget", "Gross saving", "Costs",
                                      "Net", "Cumulative" };
  sp_fmt_row (out, head, wd, 8);
  const cJSON *y;
  cJSON_ArrayForEach (y, sp_doc_get (ro, "cash_flows"))
  {
    double costs = sp_doc_num (y, "costs", 0);
    const char *cells[] = {
      sp_fig_at (y, "year", SP_FIG_COUNT, buf[0], 64),
      sp_fig_at (y, "assessments", SP_FIG_NUMBER, buf[1], 64),
      sp_fig_at (y, "phb_years", SP_FIG_NUMBER, buf[2], 64),
      sp_fig_at (y, "budget", SP_FIG_MONEY, buf[3], 64),
      sp_fig_at (y, "gross_saving", SP_FIG_MONEY, buf[4], 64),
      sp_fig_number (costs, SP_FIG_MONEY, buf[5], 64),
      sp_fig_at (y, "net", SP_FIG_MONEY, buf[6], 64),
      sp_fig_at (y, "cumulative", SP_FIG_MONEY, buf[7], 64)
    };
    sp_fmt_row (out, cells, wd, 8);
  }
  const cJSON *pb = sp_doc_get (ro, "payback_year");
  fprintf (out, "NPV at %s over %s years: %s; payback %s%s.\n",
           sp_fig_at (ro, "discount_rate", SP_FIG_PERCENT, buf[0], 64),
           sp_fig_at (ro, "horizon_years", SP_FIG_COUNT, buf[1], 64),
           sp_fig_at (ro, "npv", SP_FIG_MONEY, buf[2], 64),
           cJSON_IsNumber (pb) ? "in year " : "not within the horizon",
           cJSON_IsNumber (pb)
               ? sp_fig_number (pb->valuedouble, SP_FIG_COUNT, buf[3], 64)
               : "");
}

static void
print_trajectory (const cJSON *ro, FILE *out)
{
  char a[64], b[64], c[64], d[64];
  fputs ("\nMonth by month to the target\n", out);
  static const size_t wd[] = { 8, 10, 12, 9, 10 };
  static const char *const head[] = { "Month", "Referrals", "Assessments",
                                      "New PHBs", "Live PHBs" };
  sp_fmt_row (out, head, wd, 5);
  const cJSON *m;
  cJSON_ArrayForEach (m, sp_doc_get (ro, "trajectory"))
  {
    const char *cells[] = {
      sp_doc_str (m, "month", ""),
      sp_fig_at (m, "referrals", SP_FIG_NUMBER, a, sizeof a),
      sp_fig_at (m, "assessments", SP_FIG_NUMBER, b, sizeof b),
      sp_fig_at (m, "new_phbs", SP_FIG_NUMBER, c, sizeof c),
      sp_fig_at (m, "live_phbs", SP_FIG_NUMBER, d, sizeof d)
    };
    sp_fmt_row (out, cells, wd, 5);
  }
}

/* A sensitivity row's low or high value: money for costs and budgets,
   percent for fractions.  */
static sp_fig_kind
param_kind (const char *name)
{
  if (strstr (name, "_cost") || strstr (name, "budget"))
    return SP_FIG_MONEY;
  if (strstr (name, "_rate") || strstr (name, "_fee")
      || strstr (name, "growth"))
    return SP_FIG_PERCENT;
  return SP_FIG_RATIO_PLAIN;
}

static void
print_sensitivity (const cJSON *ro, FILE *out)
{
  const cJSON *list = sp_doc_get (ro, "sensitivity");
  if (cJSON_GetArraySize (list) == 0)
    return;
  char a[64], b[64], c[64], d[64], e[64], f[64];
  fputs ("\nOne-way sensitivity of the net saving (largest swing first)\n",
         out);
  static const size_t wd[] = { 42, 9, 9, 12, 12, 11, 12 };
  static const char *const head[] = { "Parameter", "Low", "High",
                                      "Net at low", "Net at high",
                                      "Swing", "NPV swing" };
  sp_fmt_row (out, head, wd, 7);
  const cJSON *r;
  cJSON_ArrayForEach (r, list)
  {
    const char *name = sp_doc_str (r, "parameter", "");
    sp_fig_kind k = param_kind (name);
    double lo = sp_doc_num (r, "net_low", 0);
    double hi = sp_doc_num (r, "net_high", 0);
    double npv = fabs (sp_doc_num (r, "npv_high", 0)
                       - sp_doc_num (r, "npv_low", 0));
    const char *cells[] = { name,
                            sp_fig_at (r, "low", k, a, sizeof a),
                            sp_fig_at (r, "high", k, b, sizeof b),
                            sp_fig_number (lo, SP_FIG_MONEY, c, sizeof c),
                            sp_fig_number (hi, SP_FIG_MONEY, d, sizeof d),
                            sp_fig_number (fabs (hi - lo), SP_FIG_MONEY, e,
                                           sizeof e),
                            sp_fig_number (npv, SP_FIG_MONEY, f, sizeof f) };
    sp_fmt_row (out, cells, wd, 7);
  }
}

static void
print_interval (const cJSON *iv, const char *label, FILE *out)
{
  char a[64], b[64], c[64], d[64];
  if (!iv)
    return;
  fprintf (out, "  %s: %s (%s %s to %s)\n", label,
           sp_fig_at (iv, "estimate", SP_FIG_MONEY, a, sizeof a),
           sp_fig_interval_name (iv, b, sizeof b),
           sp_fig_at (iv, "lower", SP_FIG_MONEY, c, sizeof c),
           sp_fig_at (iv, "upper", SP_FIG_MONEY, d, sizeof d));
}

static void
print_uncertainty (const cJSON *ro, const cJSON *intervals, FILE *out)
{
  char a[64];
  double n = sp_doc_num (ro, "simulations", 0);
  if (n <= 0)
    return;
  fprintf (out,
           "\nUncertainty: %s simulations of the scenario's assumed "
           "distributions, seed %.0f (percentile uncertainty intervals, "
           "not confidence intervals)\n",
           sp_fig_number (n, SP_FIG_COUNT, a, sizeof a),
           sp_doc_num (ro, "seed", 0));
  print_interval (cJSON_GetObjectItemCaseSensitive (intervals,
                                                    "rollout.net_saving"),
                  "Net saving", out);
  print_interval (cJSON_GetObjectItemCaseSensitive (intervals,
                                                    "rollout.npv"),
                  "NPV", out);
  fprintf (out, "  Probability that the net saving is positive: %s\n",
           sp_fig_at (ro, "probability_positive", SP_FIG_PERCENT, a,
                      sizeof a));
}

static void
print_cohort (const cJSON *ro, const cJSON *intervals, FILE *out)
{
  const cJSON *c = sp_doc_get (ro, "cohort");
  if (!cJSON_IsObject (c))
    return;
  char a[64], b[64], d[64], e[64];
  fputs ("\nEvidence beside assumption\n", out);
  /* Against a comparison group when the evaluation has one (issue
     14).  */
  int compared = cJSON_IsTrue (sp_doc_get (c, "against_comparison_group"));
  fprintf (out,
           "  If every new PHB saved what the pilot's participants saved%s: "
           "%s per participant (%s participants) x %s PHBs = %s\n",
           compared ? " against a comparison group" : "",
           sp_fig_at (c, "saving_per_participant", SP_FIG_MONEY, a, sizeof a),
           sp_fig_at (c, "participants", SP_FIG_COUNT, b, sizeof b),
           sp_fig_at (ro, "target_phbs", SP_FIG_COUNT, d, sizeof d),
           sp_fig_at (ro, "cohort_saving", SP_FIG_MONEY, e, sizeof e));
  print_interval (cJSON_GetObjectItemCaseSensitive (intervals,
                                                    "rollout.cohort_saving"),
                  "If every new PHB saved what the pilot's participants "
                  "saved", out);
  fprintf (out, "  (%s; the pilot's participants are not the rollout's "
                "case mix)\n",
           sp_doc_str (c, "title", "NHS cost saving"));
  fprintf (out, "  The policy rate's gross saving: %s x %s = %s\n",
           sp_fig_number (param (ro, "savings_rate"), SP_FIG_PERCENT, a,
                          sizeof a),
           sp_fig_at (ro, "annual_budget", SP_FIG_MONEY, b, sizeof b),
           sp_fig_at (ro, "gross_saving", SP_FIG_MONEY, d, sizeof d));
}

void
sp_render_rollout_object_text (const cJSON *ro, const cJSON *intervals,
                               FILE *out)
{
  print_headline (ro, out);
  print_segments (ro, out);
  print_saving (ro, out);
  print_published (ro, out);
  print_timing (ro, out);
  sp_render_progress_text (ro, out);
  print_cashflows (ro, out);
  print_uncertainty (ro, intervals, out);
  print_cohort (ro, intervals, out);
  print_sensitivity (ro, out);
  print_trajectory (ro, out);
}

void
sp_render_rollout_text (const cJSON *doc, FILE *out)
{
  const cJSON *ro = sp_doc_get (doc, "rollout");
  if (ro)
    sp_render_rollout_object_text (ro, sp_doc_get (doc, "intervals"), out);
  sp_render_disclosure_note (doc, out);
}

/* One row of the comparison: LABEL, then the figure PATH of each
   scenario's rollout or, when FIELD is not NULL, FIELD of the interval
   keyed PATH.  */
static void
compare_row (const cJSON *list, FILE *out, const char *label,
             const char *path, const char *field, sp_fig_kind k)
{
  char a[64];
  sp_fmt_cell (out, label, 30, 0, 0);
  const cJSON *s;
  cJSON_ArrayForEach (s, list)
  {
    const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
      sp_doc_get (s, "intervals"), path);
    const char *v = field ? sp_fig_at (iv, field, k, a, sizeof a)
                          : sp_fig_at (sp_doc_get (s, "rollout"), path, k, a,
                                       sizeof a);
    sp_fmt_cell (out, v, 16, 1, s->next == NULL);
  }
  fputc ('\n', out);
}

void
sp_render_compare_text (const cJSON *doc, FILE *out)
{
  const cJSON *list = sp_doc_get (doc, "scenarios");
  if (!cJSON_IsArray (list))
    return;
  fputs ("Rollout scenarios compared\n\n", out);
  sp_fmt_cell (out, "", 30, 0, 0);
  const cJSON *s;
  cJSON_ArrayForEach (s, list)
  sp_fmt_cell (out, sp_doc_str (s, "name", ""), 16, 1, s->next == NULL);
  fputc ('\n', out);
  static const struct
  {
    const char *label, *path, *field;
    sp_fig_kind k;
  } rows[] = {
    { "Target PHBs", "target_phbs", NULL, SP_FIG_COUNT },
    { "Conversion rate", "conversion_rate", NULL, SP_FIG_PERCENT },
    { "Assessments", "assessments", NULL, SP_FIG_NUMBER },
    { "Annual budget", "annual_budget", NULL, SP_FIG_MONEY },
    { "PAs required", "pas_required", NULL, SP_FIG_NUMBER },
    { "Advocacy", "investment.advocacy", NULL, SP_FIG_MONEY },
    { "Reviews", "investment.reviews", NULL, SP_FIG_MONEY },
    { "Marketplace", "investment.marketplace", NULL, SP_FIG_MONEY },
    { "Investment", "investment.total", NULL, SP_FIG_MONEY },
    { "Gross saving", "gross_saving", NULL, SP_FIG_MONEY },
    { "Net saving (first year)", "net_saving", NULL, SP_FIG_MONEY },
    { "  uncertainty int. lower", "rollout.net_saving", "lower",
      SP_FIG_MONEY },
    { "  uncertainty int. upper", "rollout.net_saving", "upper",
      SP_FIG_MONEY },
    { "Steady-state net saving", "steady_state_net_saving", NULL,
      SP_FIG_MONEY },
    { "NPV", "npv", NULL, SP_FIG_MONEY },
    { "  uncertainty int. lower", "rollout.npv", "lower", SP_FIG_MONEY },
    { "  uncertainty int. upper", "rollout.npv", "upper", SP_FIG_MONEY },
    { "Payback year", "payback_year", NULL, SP_FIG_COUNT },
    { "Months to target", "months_to_target", NULL, SP_FIG_COUNT },
    { "Referrals/month for date", "required_referral_rate", NULL,
      SP_FIG_NUMBER },
    { "P(net saving > 0)", "probability_positive", NULL, SP_FIG_PERCENT },
    { "If every PHB saved as pilot", "cohort_saving", NULL, SP_FIG_MONEY },
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    compare_row (list, out, rows[i].label, rows[i].path, rows[i].field,
                 rows[i].k);
  sp_fmt_cell (out, "Target date met", 30, 0, 0);
  cJSON_ArrayForEach (s, list)
  {
    const cJSON *ro = sp_doc_get (s, "rollout");
    char w[64];
    snprintf (w, sizeof w, "%s %s", sp_doc_str (ro, "target_date", "?"),
              cJSON_IsTrue (sp_doc_get (ro, "target_met")) ? "yes" : "no");
    sp_fmt_cell (out, w, 16, 1, s->next == NULL);
  }
  fputc ('\n', out);
  const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
    sp_doc_get (cJSON_GetArrayItem (list, 0), "intervals"),
    "rollout.net_saving");
  char name[64];
  if (iv)
    fprintf (out, "\nUncertainty int.: the %s of the figure above it, from "
                  "the scenario's assumed distributions; not a confidence "
                  "interval.\n",
             sp_fig_interval_name (iv, name, sizeof name));
  sp_render_disclosure_note (doc, out);
}
