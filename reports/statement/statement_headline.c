/* statement_headline.c -- the statement's title block and headline
   figures, each with its confidence interval when one was computed */

#include <stdio.h>
#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

/* The first interval in DOC that has the member KIND ("resamples" for
   the bootstrap, "simulations" for the rollout's Monte Carlo), preferring
   PREFERRED; NULL when there is none.  */
static const cJSON *
interval_with (const cJSON *doc, const char *kind, const char *preferred)
{
  const cJSON *iv = sp_chart_interval (doc, preferred);
  if (cJSON_GetObjectItemCaseSensitive (iv, kind))
    return iv;
  const cJSON *in = cJSON_GetObjectItemCaseSensitive (doc, "intervals");
  cJSON_ArrayForEach (iv, in)
  if (cJSON_IsNumber (cJSON_GetObjectItemCaseSensitive (iv, kind)))
    return iv;
  return NULL;
}

/* "95% CI: confidence intervals from 10,000 ... (bca method, seed
   20190101)" for IV, whose draws are counted by KIND and described by
   WHAT; the interval's name (sp_fig_interval_name) says whether it is a
   confidence interval or a simulation's uncertainty interval.  */
static void
method_line (sp_page *p, const cJSON *iv, const char *kind, const char *what,
             const char *called, const char *meaning)
{
  char line[768], n[64], name[64], seed_text[64] = "";
  const cJSON *seed = cJSON_GetObjectItemCaseSensitive (iv, "seed");
  if (cJSON_IsNumber (seed))
    snprintf (seed_text, sizeof seed_text, ", seed %.0f", seed->valuedouble);
  snprintf (line, sizeof line, "%s%s: from %s %s (%s method%s); %s",
            sp_fig_interval_name (iv, name, sizeof name), called,
            sp_fmt_number (sp_doc_num (iv, kind, 0), 0, n, sizeof n),
            what, sp_doc_str (iv, "method", "percentile"), seed_text,
            meaning);
  sp_page_note (p, line);
}

/* The lines that say how the intervals were computed.  */
static void
interval_method (sp_page *p, const cJSON *doc)
{
  const cJSON *boot = interval_with (doc, "resamples", "savings.saving");
  const cJSON *sims = interval_with (doc, "simulations",
                                     "rollout.net_saving");
  if (!boot)
    sp_page_note (p, "No confidence intervals (CI) were computed for this "
                     "run (bootstrap resamples set to 0).");
  if (boot)
    method_line (p, boot, "resamples",
                 "bootstrap resamples of the participants",
                 " (confidence interval)",
                 "they show how far each figure could move by chance with "
                 "a cohort this small, not errors in the inputs.");
  if (sims)
    method_line (p, sims, "simulations",
                 "simulations of the rollout scenario's uncertain "
                 "parameters", "",
                 "these are not confidence intervals: they show how far "
                 "the rollout's figures move when its parameters vary as "
                 "the scenario assumes.");
}

void
sp_stmt_headline (sp_page *p, const cJSON *doc)
{
  sp_stmt_figures f = { .n = 0 };
  char scaled[96], n[32], saving[160], value[160], local[256];
  char rate[160], per[160], m[32];
  snprintf (scaled, sizeof scaled, "Saving if replicated across %s people",
            sp_fig_at (doc, "savings.scaled.n", SP_FIG_COUNT, n, sizeof n));
  /* The saving's title says its basis (forecast, reported, recorded).  */
  snprintf (saving, sizeof saving, "%s (%s participants, a year)",
            sp_doc_str (doc, "savings.title", "NHS cost saving"),
            sp_fig_at (doc, "savings.participants", SP_FIG_COUNT, n,
                       sizeof n));
  snprintf (value, sizeof value, "Social value (%s participants, present "
            "value)",
            sp_fig_at (doc, "social_value.participants", SP_FIG_COUNT, n,
                       sizeof n));
  /* Every row says whose figure it is and over what period (issue 8's
     rule, issue 11).  */
  snprintf (rate, sizeof rate, "Saving rate (share of the baseline cost; "
            "%s participants, a year)",
            sp_fig_at (doc, "savings.participants", SP_FIG_COUNT, n,
                       sizeof n));
  snprintf (per, sizeof per, "Saving per participant (%s participants, a "
            "year)", n);
  int counted = cJSON_IsTrue (sp_doc_get (
    doc, "social_profit.counted.local_economic_effect"));
  const char *period = sp_doc_str (doc, "evaluation.reporting_period", NULL);
  snprintf (local, sizeof local, "Local economic effect of the spending "
            "(LM3; the marketplace spending of %s budget holders%s%s)%s",
            sp_fig_at (doc, "local_economy.participants", SP_FIG_COUNT, m,
                       sizeof m),
            period ? ", " : ", over the transactions' dates",
            period ? period : "",
            sp_doc_get (doc, "social_profit") && !counted
              ? ", not counted as a benefit" : "");
  const sp_stmt_row savings[] = {
    { "savings.saving", saving, SP_FIG_MONEY },
    { "savings.saving_rate", rate, SP_FIG_PERCENT },
    { "savings.per_participant", per, SP_FIG_MONEY },
    { "savings.scaled.saving", scaled, SP_FIG_MONEY },
  };
  /* With a comparison group its saving is the headline, the before/after
     saving beside it (statement_comparison.c).  */
  sp_stmt_comparison_labels labels;
  if (sp_stmt_comparison_headline (doc, &f, &labels) == 0)
    sp_stmt_figures_rows (&f, doc, savings,
                          sizeof savings / sizeof savings[0]);
  const sp_stmt_row rows[] = {
    { "social_value.total", value, SP_FIG_MONEY },
    { "local_economy.effect", local, SP_FIG_MONEY },
    { "social_profit.sroi_ratio",
      "Social return on investment, per person", SP_FIG_RATIO },
    { "social_profit.sroi_ratio_budgets_additional",
      "The same with the whole budget counted as new money", SP_FIG_RATIO },
    { "social_profit.net_per_person", "Net social profit per person",
      SP_FIG_MONEY },
    { "rollout.net_saving", "Rollout: net saving in the first year at "
                            "target", SP_FIG_MONEY },
    { "rollout.npv", "Rollout: net present value", SP_FIG_MONEY },
  };
  sp_stmt_figures_rows (&f, doc, rows, sizeof rows / sizeof rows[0]);
  if (!f.n)
    return;
  sp_page_heading (p, "Headline figures", 1, sp_table_keep (f.n));
  sp_stmt_figures_table (p, &f, "Figure", "Value");
  sp_stmt_budget_assumption (p, doc);
  interval_method (p, doc);
  sp_stmt_reliability (p, doc);
}
