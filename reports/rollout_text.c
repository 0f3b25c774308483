/* rollout_text.c -- rollout projections and comparisons for people */

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "render_rollout.h"

typedef enum { MONEY, PERCENT, WHOLE, ONE_DP, TWO_DP } kind;

/* The number V as text of kind K into BUF.  */
static const char *
show (double v, kind k, char *buf, size_t size)
{
  switch (k)
    {
    case MONEY: return sp_fmt_money (v, buf, size);
    case PERCENT: return sp_fmt_percent (v, 1, buf, size);
    case WHOLE: return sp_fmt_number (v, 0, buf, size);
    case ONE_DP: return sp_fmt_number (v, 1, buf, size);
    case TWO_DP: return sp_fmt_number (v, 2, buf, size);
    }
  return "n/a";
}

/* The figure at PATH of OBJ as text of kind K; "n/a" when null.  */
static const char *
fig (const cJSON *obj, const char *path, kind k, char *buf, size_t size)
{
  const cJSON *v = sp_doc_get (obj, path);
  return cJSON_IsNumber (v) ? show (v->valuedouble, k, buf, size) : "n/a";
}

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
            fig (ro, "target_phbs", WHOLE, a, sizeof a),
            fig (ro, "conversion_rate", PERCENT, b, sizeof b),
            strcmp (sp_doc_str (ro, "conversion_source", ""), "register")
              ? "" : " (register)");
  sum_line (out, "Assessments", w, fig (ro, "assessments", ONE_DP, c,
                                        sizeof c));
  snprintf (w, sizeof w, "%s PHBs x %s mean budget",
            fig (ro, "target_phbs", WHOLE, a, sizeof a),
            fig (ro, "budget_per_phb", MONEY, b, sizeof b));
  sum_line (out, "Annual budget", w, fig (ro, "annual_budget", MONEY, c,
                                          sizeof c));
  sum_line (out, "PAs required", "by segment, below",
            fig (ro, "pas_required", ONE_DP, c, sizeof c));
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
  for (size_t i = 0; i < 7; i++)
    sp_fmt_cell (out, head[i], wd[i], i > 0, i == 6);
  fputc ('\n', out);
  const cJSON *s;
  cJSON_ArrayForEach (s, sp_doc_get (ro, "pas_by_segment"))
  {
    const char *cells[] = {
      sp_doc_str (s, "name", ""), fig (s, "share", PERCENT, a, sizeof a),
      fig (s, "phbs", ONE_DP, b, sizeof b),
      fig (s, "mean_budget", MONEY, c, sizeof c),
      fig (s, "budget", MONEY, d, sizeof d),
      fig (s, "pas_per_phb", ONE_DP, e, sizeof e),
      fig (s, "pas", ONE_DP, f, sizeof f)
    };
    for (size_t i = 0; i < 7; i++)
      sp_fmt_cell (out, cells[i], wd[i], i > 0, i == 6);
    fputc ('\n', out);
  }
  const char *total[] = {
    "Total", "", fig (ro, "target_phbs", ONE_DP, b, sizeof b),
    fig (ro, "budget_per_phb", MONEY, c, sizeof c),
    fig (ro, "annual_budget", MONEY, d, sizeof d), "",
    fig (ro, "pas_required", ONE_DP, f, sizeof f)
  };
  for (size_t i = 0; i < 7; i++)
    sp_fmt_cell (out, total[i], wd[i], i > 0, i == 6);
  fputc ('\n', out);
  double t = sp_doc_num (ro, "target_phbs", 0);
  double high = t > 0 ? sp_doc_num (ro, "pas_at_highest_rate", 0) / t : 0;
  fprintf (out, "If every PHB needed the highest rate, %s PAs, there would "
           "be %s PAs.\n", show (high, ONE_DP, a, sizeof a),
           fig (ro, "pas_at_highest_rate", WHOLE, b, sizeof b));
}

static void
print_saving (const cJSON *ro, FILE *out)
{
  char a[64], b[64], c[64], d[64], w[160];
  double vat = 1 + param (ro, "vat_rate");
  fputs ("\nNet saving in the first year at target\n", out);
  snprintf (w, sizeof w, "%s x %s",
            show (param (ro, "savings_rate"), PERCENT, a, sizeof a),
            fig (ro, "annual_budget", MONEY, b, sizeof b));
  sum_line (out, "Gross saving", w, fig (ro, "gross_saving", MONEY, c,
                                         sizeof c));
  snprintf (w, sizeof w, "%s assessments x %s x %s",
            fig (ro, "assessments", ONE_DP, a, sizeof a),
            show (param (ro, "advocacy_cost"), MONEY, b, sizeof b),
            show (vat, TWO_DP, d, sizeof d));
  sum_line (out, "- Advocacy", w, fig (ro, "investment.advocacy", MONEY, c,
                                       sizeof c));
  snprintf (w, sizeof w, "%s PHBs x %s x %s x %s a year",
            fig (ro, "target_phbs", WHOLE, a, sizeof a),
            show (param (ro, "review_cost"), MONEY, b, sizeof b),
            show (vat, TWO_DP, d, sizeof d),
            show (param (ro, "reviews_per_year"), TWO_DP, c, sizeof c));
  sum_line (out, "- Reviews", w, fig (ro, "investment.reviews", MONEY, c,
                                      sizeof c));
  snprintf (w, sizeof w, "%s x %s",
            show (param (ro, "marketplace_fee"), PERCENT, a, sizeof a),
            fig (ro, "annual_budget", MONEY, b, sizeof b));
  sum_line (out, "- Marketplace", w,
            fig (ro, "investment.marketplace", MONEY, c, sizeof c));
  sum_line (out, "Investment", "advocacy + reviews + marketplace",
            fig (ro, "investment.total", MONEY, c, sizeof c));
  sum_line (out, "Net saving", "gross saving - investment",
            fig (ro, "net_saving", MONEY, c, sizeof c));
  sum_line (out, "Steady state", "gross - reviews - marketplace",
            fig (ro, "steady_state_net_saving", MONEY, c, sizeof c));
}

/* Money figures are shown as pounds, the rest as numbers.  */
static kind
kind_of (const char *figure)
{
  static const char *const money[] = { "annual_budget", "investment.",
                                       "gross_saving", "net_saving",
                                       "steady_state_net_saving", "npv" };
  for (size_t i = 0; i < sizeof money / sizeof money[0]; i++)
    if (strncmp (figure, money[i], strlen (money[i])) == 0)
      return MONEY;
  return ONE_DP;
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
  for (size_t i = 0; i < 4; i++)
    sp_fmt_cell (out, head[i], wd[i], i > 0, i == 3);
  fputc ('\n', out);
  const cJSON *p;
  cJSON_ArrayForEach (p, list)
  {
    const char *name = sp_doc_str (p, "figure", "");
    kind k = kind_of (name);
    const char *cells[] = { name, fig (p, "published", k, a, sizeof a),
                            fig (p, "computed", k, b, sizeof b),
                            fig (p, "difference", k, c, sizeof c) };
    for (size_t i = 0; i < 4; i++)
      sp_fmt_cell (out, cells[i], wd[i], i > 0, i == 3);
    fputc ('\n', out);
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
      fprintf (out, "The published PAs figure (%s) is nearer %s (%s) than "
               "%s (%s).\n", show (pub, WHOLE, a, sizeof a),
               top_nearer ? "every PHB at the highest rate" : "the segment mix",
               show (top_nearer ? top : mix, WHOLE, b, sizeof b),
               top_nearer ? "the segment mix" : "every PHB at the highest rate",
               show (top_nearer ? mix : top, WHOLE, c, sizeof c));
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
  fprintf (out, "\nReferral ramp from %s: %s referrals a month, growing %s "
           "a month, at most %s\n",
           sp_doc_str (ro, "start_month", "?"),
           show (param (ro, "ramp.start"), ONE_DP, a, sizeof a),
           show (param (ro, "ramp.growth"), PERCENT, b, sizeof b),
           show (param (ro, "ramp.ceiling"), ONE_DP, c, sizeof c));
  const char *reached = sp_doc_str (ro, "target_month", NULL);
  const cJSON *met = sp_doc_get (ro, "target_met");
  if (reached)
    fprintf (out, "Target reached in %s (month %s); target date %s: %s.\n",
             reached, fig (ro, "months_to_target", WHOLE, a, sizeof a),
             sp_doc_str (ro, "target_date", "?"),
             cJSON_IsTrue (met) ? "met" : "not met");
  else
    fprintf (out, "Target not reached in the %d months followed; target "
             "date %s: not met.\n",
             cJSON_GetArraySize (sp_doc_get (ro, "trajectory")),
             sp_doc_str (ro, "target_date", "?"));
  fprintf (out, "Referrals a month that would meet the target date: %s "
           "(constant from %s).\n",
           fig (ro, "required_referral_rate", ONE_DP, a, sizeof a),
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
  for (size_t i = 0; i < 8; i++)
    sp_fmt_cell (out, head[i], wd[i], i > 0, i == 7);
  fputc ('\n', out);
  const cJSON *y;
  cJSON_ArrayForEach (y, sp_doc_get (ro, "cash_flows"))
  {
    double costs = sp_doc_num (y, "advocacy", 0) + sp_doc_num (y, "reviews", 0)
                   + sp_doc_num (y, "marketplace", 0);
    const char *cells[] = {
      fig (y, "year", WHOLE, buf[0], 64),
      fig (y, "assessments", ONE_DP, buf[1], 64),
      fig (y, "phb_years", ONE_DP, buf[2], 64),
      fig (y, "budget", MONEY, buf[3], 64),
      fig (y, "gross_saving", MONEY, buf[4], 64),
      show (costs, MONEY, buf[5], 64), fig (y, "net", MONEY, buf[6], 64),
      fig (y, "cumulative", MONEY, buf[7], 64)
    };
    for (size_t i = 0; i < 8; i++)
      sp_fmt_cell (out, cells[i], wd[i], i > 0, i == 7);
    fputc ('\n', out);
  }
  const cJSON *pb = sp_doc_get (ro, "payback_year");
  fprintf (out, "NPV at %s over %s years: %s; payback %s%s.\n",
           fig (ro, "discount_rate", PERCENT, buf[0], 64),
           fig (ro, "horizon_years", WHOLE, buf[1], 64),
           fig (ro, "npv", MONEY, buf[2], 64),
           cJSON_IsNumber (pb) ? "in year " : "not within the horizon",
           cJSON_IsNumber (pb) ? show (pb->valuedouble, WHOLE, buf[3], 64)
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
  for (size_t i = 0; i < 5; i++)
    sp_fmt_cell (out, head[i], wd[i], i > 0, i == 4);
  fputc ('\n', out);
  const cJSON *m;
  cJSON_ArrayForEach (m, sp_doc_get (ro, "trajectory"))
  {
    const char *cells[] = { sp_doc_str (m, "month", ""),
                            fig (m, "referrals", ONE_DP, a, sizeof a),
                            fig (m, "assessments", ONE_DP, b, sizeof b),
                            fig (m, "new_phbs", ONE_DP, c, sizeof c),
                            fig (m, "live_phbs", ONE_DP, d, sizeof d) };
    for (size_t i = 0; i < 5; i++)
      sp_fmt_cell (out, cells[i], wd[i], i > 0, i == 4);
    fputc ('\n', out);
  }
}

/* A sensitivity row's low or high value: money for costs and budgets,
   percent for fractions.  */
static kind
param_kind (const char *name)
{
  if (strstr (name, "_cost") || strstr (name, "budget"))
    return MONEY;
  if (strstr (name, "_rate") || strstr (name, "_fee")
      || strstr (name, "growth"))
    return PERCENT;
  return TWO_DP;
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
  for (size_t i = 0; i < 7; i++)
    sp_fmt_cell (out, head[i], wd[i], i > 0, i == 6);
  fputc ('\n', out);
  const cJSON *r;
  cJSON_ArrayForEach (r, list)
  {
    const char *name = sp_doc_str (r, "parameter", "");
    kind k = param_kind (name);
    double lo = sp_doc_num (r, "net_low", 0);
    double hi = sp_doc_num (r, "net_high", 0);
    double npv = fabs (sp_doc_num (r, "npv_high", 0)
                       - sp_doc_num (r, "npv_low", 0));
    const char *cells[] = { name, fig (r, "low", k, a, sizeof a),
                            fig (r, "high", k, b, sizeof b),
                            show (lo, MONEY, c, sizeof c),
                            show (hi, MONEY, d, sizeof d),
                            show (fabs (hi - lo), MONEY, e, sizeof e),
                            show (npv, MONEY, f, sizeof f) };
    for (size_t i = 0; i < 7; i++)
      sp_fmt_cell (out, cells[i], wd[i], i > 0, i == 6);
    fputc ('\n', out);
  }
}

static void
print_interval (const cJSON *iv, const char *label, FILE *out)
{
  char a[64], b[64], c[64], d[64];
  if (!iv)
    return;
  fprintf (out, "  %s: %s (%s interval %s to %s)\n", label,
           fig (iv, "estimate", MONEY, a, sizeof a),
           fig (iv, "level", PERCENT, b, sizeof b),
           fig (iv, "lower", MONEY, c, sizeof c),
           fig (iv, "upper", MONEY, d, sizeof d));
}

static void
print_uncertainty (const cJSON *ro, const cJSON *intervals, FILE *out)
{
  char a[64];
  double n = sp_doc_num (ro, "simulations", 0);
  if (n <= 0)
    return;
  fprintf (out, "\nUncertainty: %s simulations, seed %.0f (percentile "
           "intervals)\n", show (n, WHOLE, a, sizeof a),
           sp_doc_num (ro, "seed", 0));
  print_interval (cJSON_GetObjectItemCaseSensitive (intervals,
                                                    "rollout.net_saving"),
                  "Net saving", out);
  print_interval (cJSON_GetObjectItemCaseSensitive (intervals,
                                                    "rollout.npv"),
                  "NPV", out);
  fprintf (out, "  Probability that the net saving is positive: %s\n",
           fig (ro, "probability_positive", PERCENT, a, sizeof a));
}

static void
print_cohort (const cJSON *ro, const cJSON *intervals, FILE *out)
{
  const cJSON *c = sp_doc_get (ro, "cohort");
  if (!cJSON_IsObject (c))
    return;
  char a[64], b[64], d[64], e[64];
  fputs ("\nEvidence beside assumption\n", out);
  fprintf (out, "  The cohort's own saving: %s per participant (%s "
           "participants) x %s PHBs = %s\n",
           fig (c, "saving_per_participant", MONEY, a, sizeof a),
           fig (c, "participants", WHOLE, b, sizeof b),
           fig (ro, "target_phbs", WHOLE, d, sizeof d),
           fig (ro, "cohort_saving", MONEY, e, sizeof e));
  print_interval (cJSON_GetObjectItemCaseSensitive (intervals,
                                                    "rollout.cohort_saving"),
                  "Cohort saving at target", out);
  fprintf (out, "  The policy rate's gross saving: %s x %s = %s\n",
           show (param (ro, "savings_rate"), PERCENT, a, sizeof a),
           fig (ro, "annual_budget", MONEY, b, sizeof b),
           fig (ro, "gross_saving", MONEY, d, sizeof d));
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
}

/* One row of the comparison: LABEL, then the figure PATH of each
   scenario's rollout or, when FIELD is not NULL, FIELD of the interval
   keyed PATH.  */
static void
compare_row (const cJSON *list, FILE *out, const char *label,
             const char *path, const char *field, kind k)
{
  char a[64];
  sp_fmt_cell (out, label, 30, 0, 0);
  const cJSON *s;
  cJSON_ArrayForEach (s, list)
  {
    const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
      sp_doc_get (s, "intervals"), path);
    const char *v = field ? fig (iv, field, k, a, sizeof a)
                          : fig (sp_doc_get (s, "rollout"), path, k, a,
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
    kind k;
  } rows[] = {
    { "Target PHBs", "target_phbs", NULL, WHOLE },
    { "Conversion rate", "conversion_rate", NULL, PERCENT },
    { "Assessments", "assessments", NULL, ONE_DP },
    { "Annual budget", "annual_budget", NULL, MONEY },
    { "PAs required", "pas_required", NULL, ONE_DP },
    { "Advocacy", "investment.advocacy", NULL, MONEY },
    { "Reviews", "investment.reviews", NULL, MONEY },
    { "Marketplace", "investment.marketplace", NULL, MONEY },
    { "Investment", "investment.total", NULL, MONEY },
    { "Gross saving", "gross_saving", NULL, MONEY },
    { "Net saving (first year)", "net_saving", NULL, MONEY },
    { "  interval lower", "rollout.net_saving", "lower", MONEY },
    { "  interval upper", "rollout.net_saving", "upper", MONEY },
    { "Steady-state net saving", "steady_state_net_saving", NULL, MONEY },
    { "NPV", "npv", NULL, MONEY },
    { "  interval lower", "rollout.npv", "lower", MONEY },
    { "  interval upper", "rollout.npv", "upper", MONEY },
    { "Payback year", "payback_year", NULL, WHOLE },
    { "Months to target", "months_to_target", NULL, WHOLE },
    { "Referrals/month for date", "required_referral_rate", NULL, ONE_DP },
    { "P(net saving > 0)", "probability_positive", NULL, PERCENT },
    { "Cohort saving at target", "cohort_saving", NULL, MONEY },
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
}
