/* statement_compare.c -- the compare command's statement: rollout
   scenarios side by side, then each in full

   From a comparison document (cmd_compare.c: "scenarios", each with its
   own rollout and intervals): a title block saying what the figures are
   (forecasts from each scenario's assumptions, with simulation ranges,
   not confidence intervals), the scenarios side by side in a table and
   in the scenarios chart, the limitations, then each scenario's full
   rollout section (statement_rollout.c, on the scenario's view of the
   document, scenario_view.h), its charts named as compare --out writes
   them (CHART-I-NAME), and every scenario's assumptions, the formulas
   and the glossary.  */

#include <stdio.h>

#include "doc.h"
#include "format.h"
#include "statement.h"
#include "statement_parts.h"

static void
title (sp_page *p, const cJSON *doc)
{
  sp_stmt_title_block (p, "Rollout scenarios compared", doc);
  char line[768], n[32];
  const cJSON *list = sp_doc_get (doc, "scenarios");
  snprintf (line, sizeof line,
            "Prepared with %s %s from %s scenario files, in the order "
            "given. Every figure here is a forecast: what scaling the "
            "programme to each scenario's target would take and yield, "
            "from that scenario's own assumptions (listed under "
            "\"Assumptions and sources\"), not a saving anyone has "
            "observed. Money is in pounds a year unless stated. The "
            "ranges are 95%% uncertainty intervals from simulating each "
            "scenario's uncertain parameters, not confidence intervals: "
            "they show how far a figure moves when the assumptions vary "
            "as the scenario says they may.",
            sp_doc_str (doc, "tool.name", "socialprofit"),
            sp_doc_str (doc, "tool.version", ""),
            sp_fmt_number (cJSON_GetArraySize (list), 0, n, sizeof n));
  sp_page_note (p, line);
}

/* The scenarios in one table and the scenarios chart.  */
static void
side_by_side (sp_page *p, const cJSON *doc)
{
  static const sp_stmt_column cols[] = {
    { "Scenario", 0.22, SP_ALIGN_START, "name", SP_FIG_TEXT },
    { "Target PHBs", 0.10, SP_ALIGN_END, "rollout.target_phbs",
      SP_FIG_COUNT },
    { "Months to target", 0.10, SP_ALIGN_END, "rollout.months_to_target",
      SP_FIG_COUNT },
    { "Annual budget", 0.15, SP_ALIGN_END, "rollout.annual_budget",
      SP_FIG_MONEY },
    { "Delivery cost", 0.14, SP_ALIGN_END, "rollout.investment.total",
      SP_FIG_MONEY },
    { "Net saving", 0.14, SP_ALIGN_END, "rollout.net_saving",
      SP_FIG_MONEY },
    { "Net saving above 0", 0.15, SP_ALIGN_END,
      "rollout.probability_positive", SP_FIG_PERCENT },
  };
  sp_stmt_array_table (p, "The scenarios side by side",
                       sp_doc_get (doc, "scenarios"), cols,
                       sizeof cols / sizeof cols[0]);
  sp_page_note (p, "Net saving: in the first year at the target, the "
                   "gross saving less the delivery cost. Net saving above "
                   "0: the share of the simulations in which it is.");
  sp_stmt_chart (p, doc, &sp_chart_scenarios);
}

static void
compare_parts (sp_page *p, const cJSON *doc)
{
  title (p, doc);
  side_by_side (p, doc);
  sp_stmt_limitations (p, doc);
  const cJSON *s;
  size_t i = 0;
  cJSON_ArrayForEach (s, sp_doc_get (doc, "scenarios"))
  sp_stmt_scenario_section (p, doc, s, ++i);
  sp_stmt_sources (p, doc);
  sp_stmt_glossary (p, doc);
}

int
sp_compare_pdf (const cJSON *doc, char **buf, size_t *len)
{
  return sp_stmt_pdf_render (doc, "Rollout scenarios compared",
                             compare_parts, buf, len);
}
