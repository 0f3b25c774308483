/* command_table.c -- the commands of socialprofit, one row each (see
   command_table.h) */

#include "command_table.h"

#include <string.h>

#include "commands.h"

#define EVAL "fixtures/calico-2019/evaluation.json"

const sp_command_info sp_command_table[] = {
  { "savings", sp_cmd_savings, "[EVAL]",
    "NHS cost savings: the cost/benefit table (Appendix 2a)",
    "Costs each participant's use of services before and with the personal "
    "health budget with the unit costs, over the participants seen in both "
    "periods, and shows per service line the quantities, costs and saving, "
    "the totals, the saving rate, the saving per participant, the planned "
    "and emergency categories and, with --scale-to, the saving scaled to N "
    "people. With --bootstrap B, a confidence interval of each figure.",
    "The table on standard output as text, the results document as JSON "
    "(--format json) or the service lines as CSV (--format csv). Warnings "
    "and errors on standard error.",
    { "savings " EVAL,
      "savings --usage usage.csv --unit-costs costs.csv --format csv" } },
  { "value", sp_cmd_value, "[EVAL]",
    "social value of outcome change (Appendix 2b)",
    "Pairs each participant's outcome scores at the baseline and follow-up "
    "waves, measures the improvement per domain and values it with the "
    "financial proxies: per outcome the gross value, the value net of "
    "deadweight, attribution and displacement, and its present value over "
    "its duration with drop-off and discounting; the total.",
    "The table on standard output as text, the results document as JSON "
    "(--format json) or the outcomes as CSV (--format csv).",
    { "value " EVAL,
      "value " EVAL " --followup-wave 1 --method range" } },
  { "profit", sp_cmd_profit, "[EVAL]",
    "social profit per person: the SROI ratio, like for like",
    "Runs savings and value, reads the PHB register (the funnel from "
    "enquiry to budget, the budgets and personal assistants) and the "
    "marketplace transactions (the local multiplier LM3), costs the "
    "investment (advocacy, reviews, marketplace fee) and compares benefits "
    "with costs per person: the SROI ratio (saving + social value + "
    "additional local effect per person, over the delivery cost per budget "
    "plus the share of the budget that is new money), the same ratio with "
    "the whole budget counted, the net per person and each component's "
    "return per pound.",
    "The tables on standard output as text, the results document as JSON "
    "(--format json) or the figures as CSV (--format csv).",
    { "profit " EVAL,
      "profit " EVAL " --bootstrap 2000 --format json" } },
  { "rollout", sp_cmd_rollout, "SCENARIO",
    "projection of a PHB rollout scenario",
    "Projects a rollout of personal health budgets from a scenario (a JSON "
    "file): assessments, budget, "
    "personal assistants, investment, gross and net saving, the referral "
    "trajectory to the target, cash flows, NPV and payback, then "
    "simulations of its uncertain parameters and a one-way sensitivity "
    "analysis. With --evaluation, the cohort's own saving beside the "
    "scenario's savings rate.",
    "The projection on standard output as text, the results document as "
    "JSON (--format json) or the figures as CSV (--format csv).",
    { "rollout fixtures/scenarios/east-lancs-890.json",
      "rollout my-scenario.json --evaluation " EVAL " --target 1300" } },
  { "compare", sp_cmd_compare, "SCENARIO...",
    "rollout scenarios side by side",
    "Projects each scenario as rollout does and shows them side by side, "
    "in the order given. Every scenario is checked; when any is bad, "
    "nothing is shown.",
    "The comparison on standard output as text, the results document as "
    "JSON (--format json, \"scenarios\") or CSV (--format csv); with --out "
    "DIR, DIR/results.json, DIR/charts/scenarios.png, .svg and .pdf (the "
    "scenarios side by side), each scenario's rollout charts and "
    "DIR/statement.pdf (the scenarios side by side, then each in full), "
    "and one line saying where they are.",
    { "compare fixtures/scenarios/east-lancs-450.json "
      "fixtures/scenarios/east-lancs-890.json",
      "compare east-lancs-450 east-lancs-890 --out out/scenarios" } },
  { "validate", sp_cmd_validate, "[EVAL]",
    "check every input and report every problem",
    "Reads every input the evaluation file or the flags name -- usage and "
    "unit costs, instrument, outcomes and proxies, register and "
    "transactions, the rollout scenarios -- and reports every problem with "
    "its file, line and column, or says that all is well. Nothing is "
    "computed.",
    "Text: the problems on standard error and a summary line on standard "
    "output. JSON (--format json): {valid, files_checked, diagnostics: "
    "[{file, line, column, severity, message}]} on standard output. CSV "
    "(--format csv): one diagnostic per row. The exit status says whether "
    "the inputs are valid.",
    { "validate " EVAL,
      "validate my-evaluation/evaluation.json --format json" } },
  { "report", sp_cmd_report, "[EVAL] --out DIR",
    "results.json, charts and the social profit statement",
    "Runs every section the evaluation has inputs for -- savings, social "
    "value, register, investment, local economy, social profit, rollout "
    "scenarios -- with bootstrap intervals (10,000 resamples unless "
    "--bootstrap says otherwise) into one results document, and writes the "
    "report folder all at once: nothing is left behind when a step fails. "
    "With --previous, the results.json of the previous report of the same "
    "programme and area, the document and the statement also say what "
    "changed since it.",
    "DIR/results.json (the results document), DIR/charts/*.png, *.svg and "
    "*.pdf, DIR/statement.pdf (the social profit statement), and one line on "
    "standard output saying where they are.",
    { "report " EVAL " --out out/calico-2019",
      "report evaluation.json --out out/q3 --previous out/q2/results.json" } },
  { "trend", sp_cmd_trend, "R1.json R2.json...",
    "headline figures over several reports",
    "Reads the results.json of several reports of one programme and area, "
    "in time order, and sets each headline figure of each report side by "
    "side with its interval, exactly as the report gave it: nothing is "
    "recomputed. Reports of another programme or area, or files that are "
    "not results documents, are refused.",
    "The figures on standard output as text, the trend document as JSON "
    "(--format json) or one row per figure and report as CSV (--format "
    "csv); with --out DIR, DIR/trend.json, DIR/charts/trend-*.png, "
    "*.svg and *.pdf and DIR/trend.pdf, and one line saying where they are.",
    { "trend out/q1/results.json out/q2/results.json out/q3/results.json",
      "trend q*/results.json --out out/trend" } },
  { "init", sp_cmd_init, "DIR",
    "start a new evaluation folder",
    "Creates DIR (which must not exist or be empty) with an evaluation.json "
    "naming the bundled unit costs, instrument and value proxies, empty CSV "
    "templates with the right headers for usage, outcomes, register and "
    "transactions, an example rollout scenario, and a README.txt saying "
    "what to fill in and which two commands to run. Until the templates "
    "are filled in, validate names each empty one.",
    "The files under DIR, written all at once, and one line on standard "
    "output naming them.",
    { "init my-evaluation", "init /srv/evaluations/2025-q1 --quiet" } },
  { "help", sp_cmd_help, "[COMMAND]",
    "help on a command",
    "Prints the help of COMMAND (as socialprofit COMMAND --help does), or "
    "the list of commands. For scripts and the bash completion: help "
    "--complete lists the commands, help --complete COMMAND its options "
    "(name, tab, kind of value), help --bundled KIND the bundled data sets "
    "of KIND (unit-costs, instruments, values, indices, scenarios) with "
    "their paths.",
    "The help on standard output.",
    { "help savings", "help" } },
};

const size_t sp_command_table_size
  = sizeof sp_command_table / sizeof sp_command_table[0];

const sp_command_info *
sp_command_find (const char *name)
{
  for (size_t i = 0; i < sp_command_table_size; i++)
    if (strcmp (sp_command_table[i].name, name) == 0)
      return &sp_command_table[i];
  return NULL;
}
