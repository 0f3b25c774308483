/* statement_headline.c -- the statement's title block and headline
   figures, each with its confidence interval when one was computed */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

void
sp_stmt_title (sp_page *p, const cJSON *doc)
{
  const char *programme = sp_doc_str (doc, "evaluation.programme", NULL);
  const char *area = sp_doc_str (doc, "evaluation.area", NULL);
  const char *period = sp_doc_str (doc, "evaluation.reporting_period", NULL);
  sp_chart_colour (p->cr, SP_COLOUR_AFTER);
  p->y += sp_chart_text (p->cr, "Social profit statement", p->left, p->y,
                         sp_page_width (p), (sp_font){ 24, 1, 0 },
                         SP_ALIGN_START, SP_ALIGN_START);
  p->y += 4;
  if (programme)
    sp_page_text (p, programme, (sp_font){ 14, 1, 0 }, SP_COLOUR_TEXT);
  char line[512];
  snprintf (line, sizeof line, "%s%s%s%s", area ? area : "",
            area && period ? " \u00b7 " : "",
            period ? "Reporting period " : "", period ? period : "");
  if (line[0])
    sp_page_text (p, line, (sp_font){ 11, 0, 0 }, SP_COLOUR_MUTED);
  const char *file = sp_doc_str (doc, "evaluation.file", NULL);
  const char *base = file ? strrchr (file, '/') : NULL;
  snprintf (line, sizeof line,
            "Prepared with %s %s%s%s. Money is in pounds a year unless "
            "stated, rounded to the pound here (the results document "
            "results.json keeps full precision). Every figure below is "
            "computed from the inputs and assumptions listed under "
            "\"Assumptions and sources\".",
            sp_doc_str (doc, "tool.name", "socialprofit"),
            sp_doc_str (doc, "tool.version", ""),
            file ? " from the evaluation file " : "",
            file ? (base ? base + 1 : file) : "");
  sp_page_note (p, line);
}

/* The line that says how the intervals were computed, from the first
   interval in DOC.  */
static void
interval_method (sp_page *p, const cJSON *doc)
{
  const cJSON *in = cJSON_GetObjectItemCaseSensitive (doc, "intervals");
  const cJSON *iv = in ? in->child : NULL;
  const cJSON *saving = sp_chart_interval (doc, "savings.saving");
  if (saving)
    iv = saving;
  if (!cJSON_IsObject (iv))
    {
      sp_page_note (p, "No confidence intervals were computed for this "
                       "run (bootstrap resamples set to 0).");
      return;
    }
  char line[512], n[64], lv[16], seed_text[64] = "";
  const cJSON *res = cJSON_GetObjectItemCaseSensitive (iv, "resamples");
  const cJSON *seed = cJSON_GetObjectItemCaseSensitive (iv, "seed");
  if (cJSON_IsNumber (seed))
    snprintf (seed_text, sizeof seed_text, ", seed %.0f", seed->valuedouble);
  sp_fmt_percent (sp_doc_num (iv, "level", 0.95), 0, lv, sizeof lv);
  snprintf (line, sizeof line,
            "Confidence intervals (CI) are %s intervals from %s bootstrap "
            "resamples of the participants (%s method%s); they show how far "
            "each figure could move by chance with a cohort this small, not "
            "errors in the inputs.",
            lv,
            cJSON_IsNumber (res) ? sp_fmt_number (res->valuedouble, 0, n,
                                                  sizeof n)
                                 : "the",
            sp_doc_str (iv, "method", "bootstrap"), seed_text);
  sp_page_note (p, line);
}

void
sp_stmt_headline (sp_page *p, const cJSON *doc)
{
  sp_stmt_figures f = { .n = 0 };
  char scaled[96], n[32];
  snprintf (scaled, sizeof scaled, "Saving if replicated across %s people",
            sp_fmt_number (sp_doc_num (doc, "savings.scaled.n", 0), 0, n,
                           sizeof n));
  const sp_stmt_row rows[] = {
    { "savings.saving", "NHS cost saving", SP_FIG_MONEY },
    { "savings.saving_rate", "Saving rate (share of the baseline cost)",
      SP_FIG_PERCENT },
    { "savings.per_participant", "Saving per participant", SP_FIG_MONEY },
    { "savings.scaled.saving", scaled, SP_FIG_MONEY },
    { "social_value.total", "Social value (present value)", SP_FIG_MONEY },
    { "local_economy.effect", "Local economic effect (LM3)", SP_FIG_MONEY },
    { "social_profit.investment", "Investment", SP_FIG_MONEY },
    { "social_profit.net", "Social profit (net)", SP_FIG_MONEY },
    { "social_profit.sroi_ratio", "Social return on investment",
      SP_FIG_RATIO },
    { "rollout.net_saving", "Rollout: net saving in the first year at "
                            "target", SP_FIG_MONEY },
    { "rollout.npv", "Rollout: net present value", SP_FIG_MONEY },
  };
  sp_stmt_figures_rows (&f, doc, rows, sizeof rows / sizeof rows[0]);
  if (!f.n)
    return;
  sp_page_heading (p, "Headline figures", 1, sp_table_keep (f.n));
  sp_stmt_figures_table (p, &f, "Figure", "Value");
  interval_method (p, doc);
}
