/* statement_rollout.c -- the rollout projection in the statement:
   figures at target, segments, cash flows, the report's published
   figures beside the tool's, and the trajectory and tornado charts */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

static void
segments_table (sp_page *p, const cJSON *ro)
{
  static const sp_stmt_column cols[] = {
    { "Segment", 0.25, SP_ALIGN_START, "name", SP_FIG_TEXT },
    { "Share", 0.10, SP_ALIGN_END, "share", SP_FIG_PERCENT },
    { "PHBs", 0.11, SP_ALIGN_END, "phbs", SP_FIG_COUNT },
    { "Mean budget", 0.15, SP_ALIGN_END, "mean_budget", SP_FIG_MONEY },
    { "Budget", 0.17, SP_ALIGN_END, "budget", SP_FIG_MONEY },
    { "PAs per PHB", 0.11, SP_ALIGN_END, "pas_per_phb", SP_FIG_NUMBER },
    { "PAs", 0.11, SP_ALIGN_END, "pas", SP_FIG_COUNT },
  };
  sp_stmt_array_table (p, "Segments",
                       cJSON_GetObjectItemCaseSensitive (ro,
                                                         "pas_by_segment"),
                       cols, sizeof cols / sizeof cols[0]);
}

static void
cash_flows_table (sp_page *p, const cJSON *ro)
{
  const cJSON *cf = cJSON_GetObjectItemCaseSensitive (ro, "cash_flows");
  if (cJSON_GetArraySize (cf) == 0)
    return;
  static const sp_table_col cols[] = {
    { "Year", 0.08, SP_ALIGN_START },
    { "PHB-years", 0.12, SP_ALIGN_END },
    { "Gross saving", 0.16, SP_ALIGN_END },
    { "Costs", 0.16, SP_ALIGN_END },
    { "Net", 0.16, SP_ALIGN_END },
    { "Discounted", 0.16, SP_ALIGN_END },
    { "Cumulative", 0.16, SP_ALIGN_END },
  };
  sp_page_heading (p, "Cash flows by year", 2,
                   sp_table_keep ((size_t) cJSON_GetArraySize (cf)));
  sp_table t;
  sp_table_begin (&t, p, cols, 7, (size_t) cJSON_GetArraySize (cf));
  char y[32], a[64], b[64], c[64], d[64], e[64], f[64];
  const cJSON *r;
  cJSON_ArrayForEach (r, cf)
  {
    double costs = sp_doc_num (r, "costs", 0);
    const char *cells[] = {
      sp_fig_at (r, "year", SP_FIG_COUNT, y, sizeof y),
      sp_fig_at (r, "phb_years", SP_FIG_NUMBER, a, sizeof a),
      sp_fig_at (r, "gross_saving", SP_FIG_MONEY, b, sizeof b),
      sp_fmt_money (costs, c, sizeof c),
      sp_fig_at (r, "net", SP_FIG_MONEY, d, sizeof d),
      sp_fig_at (r, "discounted", SP_FIG_MONEY, e, sizeof e),
      sp_fig_at (r, "cumulative", SP_FIG_MONEY, f, sizeof f),
    };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

static void
published_table (sp_page *p, const cJSON *ro)
{
  static const sp_table_col pub[] = {
    { "Figure", 0.34, SP_ALIGN_START },
    { "Published", 0.22, SP_ALIGN_END },
    { "Computed here", 0.22, SP_ALIGN_END },
    { "Difference", 0.22, SP_ALIGN_END },
  };
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (ro, "published");
  if (cJSON_GetArraySize (list) > 0)
    {
      sp_page_heading (p, "The report's figures beside the tool's", 2,
                       sp_table_keep (5));
      const char *src = sp_doc_str (ro, "published_source", NULL);
      if (src)
        sp_page_note (p, src);
      /* Each figure by its name, in its unit (money in pounds, counts
         whole).  */
      sp_table t;
      sp_table_begin (&t, p, pub, 4, (size_t) cJSON_GetArraySize (list));
      const cJSON *e;
      cJSON_ArrayForEach (e, list)
      {
        const char *figure = sp_doc_str (e, "figure", "");
        sp_fig_kind kind;
        const char *name = sp_stmt_rollout_figure_name (figure, &kind);
        char *words = sp_stmt_words (figure);
        char a[64], b[64], c[64];
        const char *cells[] = {
          name ? name : words,
          sp_fig_at (e, "published", kind, a, sizeof a),
          sp_fig_at (e, "computed", kind, b, sizeof b),
          sp_fig_at (e, "difference", kind, c, sizeof c),
        };
        sp_table_row (&t, cells, 0);
        free (words);
      }
      sp_table_end (&t);
    }
}

static void
sensitivity_table (sp_page *p, const cJSON *ro)
{
  static const sp_table_col cols[] = {
    { "Parameter", 0.34, SP_ALIGN_START },
    { "Low", 0.12, SP_ALIGN_END },
    { "High", 0.12, SP_ALIGN_END },
    { "Net saving at low", 0.21, SP_ALIGN_END },
    { "Net saving at high", 0.21, SP_ALIGN_END },
  };
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (ro, "sensitivity");
  size_t n = (size_t) cJSON_GetArraySize (list);
  if (n == 0)
    return;
  /* Each parameter by its label, its values in its unit.  */
  sp_page_heading (p, "One-way sensitivity", 2, sp_table_keep (n));
  sp_table t;
  sp_table_begin (&t, p, cols, 5, n);
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  {
    char name[256], lo[64], hi[64], nl[64], nh[64];
    const char *cells[] = {
      sp_stmt_param_label (e, name, sizeof name),
      sp_stmt_param_value (e, "low", lo, sizeof lo),
      sp_stmt_param_value (e, "high", hi, sizeof hi),
      sp_fig_at (e, "net_low", SP_FIG_MONEY, nl, sizeof nl),
      sp_fig_at (e, "net_high", SP_FIG_MONEY, nh, sizeof nh),
    };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

/* With several scenarios in the evaluation, all of them side by side
   (the first is the one detailed above).  */
static void
scenarios_table (sp_page *p, const cJSON *doc)
{
  const cJSON *list = sp_doc_get (doc, "scenarios");
  if (cJSON_GetArraySize (list) < 2)
    return;
  static const sp_stmt_column cols[] = {
    { "Scenario", 0.24, SP_ALIGN_START, "name", SP_FIG_TEXT },
    { "Target PHBs", 0.12, SP_ALIGN_END, "rollout.target_phbs",
      SP_FIG_COUNT },
    { "Annual budget", 0.16, SP_ALIGN_END, "rollout.annual_budget",
      SP_FIG_MONEY },
    { "Investment", 0.16, SP_ALIGN_END, "rollout.investment.total",
      SP_FIG_MONEY },
    { "Net saving", 0.16, SP_ALIGN_END, "rollout.net_saving", SP_FIG_MONEY },
    { "NPV", 0.16, SP_ALIGN_END, "rollout.npv", SP_FIG_MONEY },
  };
  sp_stmt_array_table (p, "All scenarios of the evaluation", list, cols,
                       sizeof cols / sizeof cols[0]);
}

/* Whether the delivery costs carry an optimism bias, said either way.  */
static void
optimism_bias (sp_page *p, const cJSON *ro)
{
  double ob = sp_doc_num (ro, "optimism_bias", 0);
  char line[512], pct[32];
  if (ob != 0)
    snprintf (line, sizeof line,
              "Every delivery cost (advocacy, reviews and the marketplace "
              "fee) includes an optimism bias of %s (HM Treasury Green "
              "Book), added before the net saving and the net present "
              "value.",
              sp_fmt_percent (ob, 0, pct, sizeof pct));
  else
    snprintf (line, sizeof line,
              "No optimism bias is added to the delivery costs: the "
              "scenario gives none. The HM Treasury Green Book recommends "
              "one, to correct the systematic optimism of appraisals "
              "about costs; with one, the net saving and the net present "
              "value would be lower.");
  sp_page_note (p, line);
}

/* What the saving from the pilot's cohort is, when the rollout has
   one.  */
static void
cohort_note (sp_page *p, const cJSON *ro)
{
  if (!cJSON_IsNumber (sp_doc_get (ro, "cohort_saving")))
    return;
  char line[640], n[32], pp[64];
  const char *basis = sp_doc_str (ro, "cohort.basis", "reported");
  snprintf (line, sizeof line,
            "The saving if every new PHB saved what the pilot's participants "
            "saved applies the pilot's saving per participant (%s, from %s "
            "participants, %s) to every PHB of the target. The pilot's "
            "participants are not the rollout's case mix, so it illustrates "
            "what the policy rate assumes; it is not a forecast of the "
            "rollout.",
            sp_fig_at (ro, "cohort.saving_per_participant", SP_FIG_MONEY, pp,
                       sizeof pp),
            sp_fig_at (ro, "cohort.participants", SP_FIG_COUNT, n, sizeof n),
            strcmp (basis, "forecast") == 0
              ? "itself a forecast: their use after the plan is what the "
                "plans expected"
            : strcmp (basis, "observed") == 0
              ? "from records of their use"
              : "from use they reported, not all of it recorded");
  sp_page_note (p, line);
}

void
sp_stmt_rollout (sp_page *p, const cJSON *doc)
{
  const cJSON *ro = sp_doc_get (doc, "rollout");
  if (!ro)
    return;
  char title[256];
  const char *name = sp_doc_str (ro, "name", NULL);
  snprintf (title, sizeof title, "Rollout projection%s%s", name ? ": " : "",
            name ? name : "");
  sp_page_heading (p, title, 1, 40 + sp_table_keep (5));
  sp_page_para (p, "What scaling the programme to the target number of "
                   "personal health budgets takes and yields, from the "
                   "scenario's assumptions (listed under Assumptions and "
                   "sources). The net saving is in the first year at "
                   "target; the steady state has no new assessments.");
  /* Against a comparison group when the evaluation has one (issue 14).  */
  const char *cohort_name
    = cJSON_IsTrue (sp_doc_get (ro, "cohort.against_comparison_group"))
        ? "Saving if every new PHB saved what the pilot's participants "
          "saved against a comparison group"
        : "Saving if every new PHB saved what the pilot's participants "
          "saved";
  const sp_stmt_row rows[] = {
    { "rollout.target_phbs", "Target PHBs", SP_FIG_COUNT },
    { "rollout.conversion_rate", "Conversion (assessed to PHB)",
      SP_FIG_PERCENT },
    { "rollout.assessments", "Assessments needed", SP_FIG_COUNT },
    { "rollout.annual_budget", "Annual budget", SP_FIG_MONEY },
    { "rollout.pas_required", "Personal assistants", SP_FIG_COUNT },
    { "rollout.pas_at_highest_rate",
      "Personal assistants at the highest rate for every PHB",
      SP_FIG_COUNT },
    { "rollout.investment.advocacy", "Advocacy", SP_FIG_MONEY },
    { "rollout.investment.reviews", "Reviews", SP_FIG_MONEY },
    { "rollout.investment.marketplace", "Marketplace", SP_FIG_MONEY },
    { "rollout.investment.total", "Investment", SP_FIG_MONEY },
    { "rollout.gross_saving", "Gross saving", SP_FIG_MONEY },
    { "rollout.net_saving", "Net saving", SP_FIG_MONEY },
    { "rollout.steady_state_net_saving", "Steady-state net saving",
      SP_FIG_MONEY },
    { "rollout.npv", "Net present value", SP_FIG_MONEY },
    { "rollout.payback_year", "Payback year", SP_FIG_COUNT },
    { "rollout.months_to_target", "Months to target", SP_FIG_COUNT },
    { "rollout.required_referral_rate",
      "Referrals a month to meet the target date", SP_FIG_NUMBER },
    { "rollout.probability_positive", "Probability the net saving is "
                                      "positive", SP_FIG_PERCENT },
    { "rollout.cohort_saving", cohort_name, SP_FIG_MONEY },
  };
  sp_stmt_figures f = { .n = 0 };
  sp_stmt_figures_rows (&f, doc, rows, sizeof rows / sizeof rows[0]);
  const cJSON *met = cJSON_GetObjectItemCaseSensitive (ro, "target_met");
  if (cJSON_IsBool (met))
    {
      char line[96];
      snprintf (line, sizeof line, "%s (target date %s)",
                cJSON_IsTrue (met) ? "yes" : "no",
                sp_doc_str (ro, "target_date", "not set"));
      sp_stmt_figures_text (&f, "Target date met", line);
    }
  sp_stmt_figures_table (p, &f, "Figure", "Value");
  optimism_bias (p, ro);
  cohort_note (p, ro);
  segments_table (p, ro);
  cash_flows_table (p, ro);
  published_table (p, ro);
  sp_stmt_chart (p, doc, &sp_chart_rollout_trajectory);
  sp_stmt_chart (p, doc, &sp_chart_rollout_simulations);
  sensitivity_table (p, ro);
  sp_stmt_chart (p, doc, &sp_chart_rollout_tornado);
  scenarios_table (p, doc);
  sp_stmt_chart (p, doc, &sp_chart_scenarios);
}
