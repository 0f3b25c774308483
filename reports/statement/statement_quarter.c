/* statement_quarter.c -- "This quarter": the figures over time (issue 10)

   Shown right after the headline figures (and the limitations, when
   the statement has them) whenever the document follows the programme
   over time: what the reporting period covers and leaves out, what
   changed since the previous report (in words, with whether the change
   may be chance), the quarter's own referrals, approvals and spend,
   progress against the rollout plan, the outcome domains wave by wave,
   NHS costs period by period, referrals and approvals month by month
   and spend by quarter.  Titled "This quarter" when the evaluation has
   a reporting period or a previous report was given, else "Over time".
   No field names of the results document appear in the text.  */

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "format.h"
#include "headline.h"
#include "statement_parts.h"
#include "statement_table.h"

/* A subheading over a chart keeps its paragraph and the chart (a
   page-wide chart is about 300 points high) on its page.  */
#define CHART_KEEP 380

/* Whether DOC holds anything this section shows.  */
static int
has_any (const cJSON *doc)
{
  return sp_doc_get (doc, "changes") || sp_doc_get (doc, "rollout.progress")
         || cJSON_GetArraySize (sp_doc_get (doc, "social_value.waves")) > 1
         || cJSON_GetArraySize (sp_doc_get (doc, "savings.trend")) > 1
         || cJSON_GetArraySize (sp_doc_get (doc, "register.monthly")) > 0
         || cJSON_GetArraySize (sp_doc_get (doc, "local_economy.quarterly"))
              > 0;
}

/* Append to BUF (SIZE bytes, holding USED) like printf.  */
static size_t
append (char *buf, size_t size, size_t used, const char *fmt, ...)
  __attribute__ ((format (printf, 4, 5)));

static size_t
append (char *buf, size_t size, size_t used, const char *fmt, ...)
{
  if (used >= size)
    return used;
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (buf + used, size - used, fmt, ap);
  va_end (ap);
  return n < 0 ? used : used + (size_t) n;
}

/* What the report covers and what it leaves out.  */
static void
coverage (sp_page *p, const cJSON *doc)
{
  const char *start = sp_doc_str (doc, "evaluation.period_start", NULL);
  const char *end = sp_doc_str (doc, "evaluation.period_end", NULL);
  if (!end)
    return;
  char line[1024], a[64], b[64], n[32];
  size_t used = append (line, sizeof line, 0,
                        "This report covers the programme from its start "
                        "to %s", sp_date_words (end, a, sizeof a));
  if (start)
    used = append (line, sizeof line, used, "; the quarter reported on is "
                   "%s to %s", sp_date_words (start, b, sizeof b), a);
  used = append (line, sizeof line, used, ".");
  const cJSON *ex = sp_doc_get (doc, "evaluation.excluded_after_period");
  static const struct { const char *key, *one, *many; } kinds[] = {
    { "register", "person referred", "people referred" },
    { "transactions", "payment", "payments" },
    { "outcomes", "outcome score", "outcome scores" },
  };
  char items[3][96];
  size_t k = 0;
  for (size_t i = 0; i < 3; i++)
    {
      double v = sp_doc_num (ex, kinds[i].key, 0);
      if (sp_disclosure_hidden (sp_doc_get (ex, kinds[i].key)))
        snprintf (items[k++], sizeof items[0], "a few %s", kinds[i].many);
      else if (v > 0)
        snprintf (items[k++], sizeof items[0], "%s %s",
                  sp_fmt_number (v, 0, n, sizeof n),
                  v == 1 ? kinds[i].one : kinds[i].many);
    }
  if (k)
    {
      used = append (line, sizeof line, used, " Records dated after that "
                     "day are left out: %s", items[0]);
      for (size_t i = 1; i < k; i++)
        used = append (line, sizeof line, used, "%s%s",
                       i + 1 == k ? " and " : ", ", items[i]);
      append (line, sizeof line, used, ".");
    }
  sp_page_para (p, line);
}

/* One sentence per change since the previous report.  */
static void
changes (sp_page *p, const cJSON *doc)
{
  const cJSON *list = sp_doc_get (doc, "changes");
  if (!list)
    return;
  char line[768], a[96], b[96], per[128] = "";
  const char *pp = sp_doc_str (doc, "previous.reporting_period", NULL);
  const char *pe = sp_doc_str (doc, "previous.period_end", NULL);
  if (pp)
    snprintf (per, sizeof per, ", %s", pp);
  else if (pe)
    snprintf (per, sizeof per, ", to %s", sp_date_words (pe, a, sizeof a));
  sp_page_heading (p, "Since the last report", 2, 60);
  if (cJSON_GetArraySize (list) == 0)
    {
      snprintf (line, sizeof line, "The previous report%s shares no "
                "headline figure with this one, so nothing can be "
                "compared.", per);
      sp_page_para (p, line);
      return;
    }
  snprintf (line, sizeof line,
            "Compared with the previous report%s. Where both reports have "
            "a confidence interval for a figure, a change is called more "
            "than chance only when the two intervals do not overlap; "
            "overlapping intervals do not prove there was no change.", per);
  sp_page_para (p, line);
  const cJSON *c;
  cJSON_ArrayForEach (c, list)
  {
    /* The saving named by its basis (savings.title).  */
    sp_headline_named named;
    const sp_headline_words *w = sp_headline_find_doc (
      doc, sp_doc_str (c, "path", ""), &named);
    double prev = sp_doc_num (c, "previous", 0);
    double cur = sp_doc_num (c, "current", 0);
    sp_fig_number (prev, w->kind, a, sizeof a);
    sp_fig_number (cur, w->kind, b, sizeof b);
    const char *verb = strcmp (a, b) == 0 ? "stayed at"
                       : cur > prev      ? "rose from"
                                         : "fell from";
    const cJSON *pi = sp_doc_get (c, "previous_interval");
    const cJSON *ci = sp_doc_get (c, "current_interval");
    const char *why;
    if (cJSON_IsArray (pi) && cJSON_IsArray (ci))
      why = cJSON_IsTrue (sp_doc_get (c, "distinguishable"))
              ? "the intervals do not overlap, so the change is unlikely "
                "to be chance alone"
              : "the intervals overlap, so the change may be chance";
    else if (w->counted)
      why = "this is a count of records, not an estimate";
    else
      why = "without an interval in both reports, whether the change is "
            "more than chance cannot be said";
    int first = toupper ((unsigned char) w->phrase[0]);
    if (strcmp (a, b) == 0)
      snprintf (line, sizeof line, "%c%s %s %s.", first, w->phrase + 1, verb,
                b);
    else
      snprintf (line, sizeof line, "%c%s %s %s to %s; %s.", first,
                w->phrase + 1, verb, a, b, why);
    sp_page_para (p, line);
  }
}

/* The quarter's own referrals, approvals and spend.  */
static void
in_period (sp_page *p, const cJSON *doc)
{
  const cJSON *reg = sp_doc_get (doc, "register.in_period");
  const cJSON *le = sp_doc_get (doc, "local_economy.in_period");
  if (!reg && !le)
    return;
  sp_stmt_figures f = { .n = 0 };
  char v[64];
  if (reg)
    {
      sp_stmt_figures_text (&f, "People referred",
                            sp_fig_at (reg, "referrals", SP_FIG_COUNT, v,
                                       sizeof v));
      sp_stmt_figures_text (&f, "Personal health budgets approved",
                            sp_fig_at (reg, "new_phbs", SP_FIG_COUNT, v,
                                       sizeof v));
    }
  if (le)
    {
      sp_stmt_figures_text (&f, "Spent through the marketplace",
                            sp_fig_at (le, "spend", SP_FIG_MONEY, v,
                                       sizeof v));
      sp_stmt_figures_text (&f, "Share spent with local suppliers",
                            sp_fig_at (le, "local_share", SP_FIG_PERCENT, v,
                                       sizeof v));
    }
  sp_page_heading (p, "In the quarter", 2, sp_table_keep (f.n));
  sp_stmt_figures_table (p, &f, "Figure", "This quarter");
}

/* Progress against the rollout plan, in words.  */
static void
progress (sp_page *p, const cJSON *doc)
{
  const cJSON *pr = sp_doc_get (doc, "rollout.progress");
  if (!pr)
    return;
  char line[1024], a[64], b[64], c[64], d[64], e[64];
  const char *status = sp_doc_str (pr, "status", "");
  size_t used = append (
    line, sizeof line,
    0, "By the end of %s, %s personal health budgets had been approved "
       "against %s planned by the scenario %s: %s%s.",
    sp_date_words (sp_doc_str (pr, "as_of", ""), a, sizeof a),
    sp_fig_at (pr, "observed_phbs", SP_FIG_COUNT, b, sizeof b),
    sp_fig_at (pr, "planned_phbs", SP_FIG_COUNT, c, sizeof c),
    sp_doc_str (doc, "rollout.name", "modelled"), status,
    strcmp (status, "on plan") == 0 ? " (within 10% of the plan)" : "");
  used = append (line, sizeof line, used,
                 " Over the last three months %s a month were approved",
                 sp_fig_at (pr, "recent_rate", SP_FIG_NUMBER, d, sizeof d));
  const cJSON *at = sp_doc_get (pr, "projected_target_month");
  const char *when = sp_doc_str (pr, "projected_target_month", NULL);
  if (sp_disclosure_hidden (at))
    ; /* it would give the recent pace away (results/disclosure.h) */
  else if (when)
    used = append (line, sizeof line, used,
                   "; at that pace the target of %s is reached in %s",
                   sp_fig_at (doc, "rollout.target_phbs", SP_FIG_COUNT, e,
                              sizeof e),
                   sp_date_words (when, a, sizeof a));
  else
    used = append (line, sizeof line, used,
                   "; at that pace the target is never reached");
  used = append (line, sizeof line, used, ". This is the plain recent "
                 "pace carried forward, not a forecast.");
  double undated = sp_doc_num (pr, "undated_phbs", 0);
  if (sp_disclosure_hidden (sp_doc_get (pr, "undated_phbs")))
    append (line, sizeof line, used, " A few live plans without an "
            "approval date cannot be placed in time and are not counted.");
  else if (undated > 0)
    append (line, sizeof line, used, " %s live plan%s without an approval "
            "date cannot be placed in time and %s not counted.",
            sp_fmt_number (undated, 0, e, sizeof e), undated == 1 ? "" : "s",
            undated == 1 ? "is" : "are");
  sp_page_heading (p, "Progress against the plan", 2, 80);
  sp_page_para (p, line);
  sp_page_note (p, "The rollout chart later in this statement draws the "
                   "budgets approved month by month over the plan.");
}

/* Marketplace spend by calendar quarter.  */
static void
spend_by_quarter (sp_page *p, const cJSON *doc)
{
  const cJSON *list = sp_doc_get (doc, "local_economy.quarterly");
  size_t n = (size_t) cJSON_GetArraySize (list);
  if (n == 0)
    return;
  static const sp_stmt_column cols[] = {
    { "Quarter", 0.25, SP_ALIGN_START, "quarter", SP_FIG_TEXT },
    { "Spent", 0.25, SP_ALIGN_END, "spend", SP_FIG_MONEY },
    { "With local suppliers", 0.25, SP_ALIGN_END, "local_spend",
      SP_FIG_MONEY },
    { "Local share", 0.25, SP_ALIGN_END, "local_share", SP_FIG_PERCENT },
  };
  sp_stmt_array_table (p, "Marketplace spend by quarter", list, cols, 4);
}

void
sp_stmt_quarter (sp_page *p, const cJSON *doc)
{
  if (!has_any (doc))
    return;
  int quarterly = sp_doc_get (doc, "changes")
                  || cJSON_IsString (sp_doc_get (doc,
                                                 "evaluation.period_end"));
  sp_page_heading (p, quarterly ? "This quarter" : "Over time", 1, 80);
  coverage (p, doc);
  changes (p, doc);
  in_period (p, doc);
  progress (p, doc);
  if (sp_chart_savings_trend.available (doc))
    {
      sp_page_heading (p, "NHS costs period by period", 2, CHART_KEEP);
      sp_page_para (p, "Each usage period after the baseline compared with "
                       "the baseline, over the participants with figures in "
                       "both. The headline saving is the last period's.");
      sp_stmt_chart (p, doc, &sp_chart_savings_trend);
    }
  if (sp_chart_outcome_trajectories.available (doc))
    {
      sp_page_heading (p, "Outcomes wave by wave", 2, CHART_KEEP);
      sp_page_para (p, "The mean score in each outcome domain at each "
                       "survey wave, of everyone who answered then. People "
                       "join and leave between waves, so these means are "
                       "not the paired comparison the social value rests "
                       "on; the number answering is shown under each "
                       "wave.");
      sp_stmt_chart (p, doc, &sp_chart_outcome_trajectories);
    }
  if (sp_chart_referrals_phbs.available (doc))
    {
      sp_page_heading (p, "Referrals and approvals month by month", 2,
                       CHART_KEEP);
      sp_stmt_chart (p, doc, &sp_chart_referrals_phbs);
    }
  spend_by_quarter (p, doc);
}
