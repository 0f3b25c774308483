/* quarterly_text.c -- the figures over time in the text output
   (issue 10) */

#include <stdio.h>
#include <string.h>

#include "disclosure.h"
#include "doc.h"
#include "figure.h"
#include "format.h"
#include "headline.h"
#include "render_quarterly.h"

/* A column of a table of an array's elements: header, width, member,
   how it reads.  */
typedef struct
{
  const char *title;
  size_t width;
  const char *field;
  sp_fig_kind kind;
} column;

/* The elements of LIST as a table of the N (at most 8) columns COLS.  */
static void
print_table (const cJSON *list, const column *cols, size_t n, FILE *out)
{
  enum { MAX = 8 };
  const char *head[MAX], *cells[MAX];
  size_t wd[MAX];
  char buf[MAX][64];
  for (size_t c = 0; c < n && c < MAX; c++)
    {
      head[c] = cols[c].title;
      wd[c] = cols[c].width;
    }
  sp_fmt_row (out, head, wd, n);
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  {
    for (size_t c = 0; c < n && c < MAX; c++)
      cells[c] = sp_fig_at (e, cols[c].field, cols[c].kind, buf[c],
                            sizeof buf[c]);
    sp_fmt_row (out, cells, wd, n);
  }
}

void
sp_render_period_text (const cJSON *doc, FILE *out)
{
  const char *end = sp_doc_str (doc, "evaluation.period_end", NULL);
  if (!end)
    return;
  const char *start = sp_doc_str (doc, "evaluation.period_start", NULL);
  char a[64], b[64];
  fprintf (out, "Reporting period: %s%s%s", start ? "the quarter " : "to ",
           start ? sp_date_words (start, a, sizeof a) : "",
           start ? " to " : "");
  fprintf (out, "%s (cumulative from the start)", sp_date_words (end, b,
                                                              sizeof b));
  const cJSON *ex = sp_doc_get (doc, "evaluation.excluded_after_period");
  static const char *const keys[] = { "register", "transactions",
                                      "outcomes" };
  static const char *const words[] = { "register rows", "transactions",
                                       "outcome scores" };
  int any = 0;
  for (size_t i = 0; i < 3; i++)
    {
      const cJSON *v = sp_doc_get (ex, keys[i]);
      if (!cJSON_IsNumber (v) && !sp_disclosure_hidden (v))
        continue;
      fprintf (out, "%s%s %s", any ? ", " : "; left out as dated later: ",
               sp_fig_format (v, SP_FIG_COUNT, a, sizeof a), words[i]);
      any = 1;
    }
  fputs ("\n", out);
}

void
sp_render_savings_trend_text (const cJSON *sec, FILE *out)
{
  const cJSON *trend = sp_doc_get (sec, "trend");
  if (cJSON_GetArraySize (trend) < 2)
    return;
  fprintf (out, "\nPeriod by period, each against '%s' over the participants "
           "observed in both:\n", sp_doc_str (sec, "periods.before", ""));
  static const column cols[] = {
    { "Period", 12, "period", SP_FIG_TEXT },
    { "Participants", 13, "participants", SP_FIG_COUNT },
    { "Baseline cost", 14, "baseline_cost", SP_FIG_MONEY },
    { "Cost", 14, "cost", SP_FIG_MONEY },
    { "Saving", 14, "saving", SP_FIG_MONEY },
    { "Saving rate", 12, "saving_rate", SP_FIG_PERCENT },
  };
  print_table (trend, cols, 6, out);
}

/* The label of DOMAIN from the section's domains, else DOMAIN.  */
static const char *
domain_label (const cJSON *sec, const char *domain)
{
  const cJSON *d;
  cJSON_ArrayForEach (d, cJSON_GetObjectItemCaseSensitive (sec, "domains"))
  if (strcmp (sp_doc_str (d, "domain", ""), domain) == 0)
    return sp_fig_label (d, "domain");
  return domain;
}

void
sp_render_waves_text (const cJSON *sec, FILE *out)
{
  const cJSON *waves = sp_doc_get (sec, "waves");
  int n = cJSON_GetArraySize (waves);
  if (n < 2)
    return;
  enum { MAX_WAVES = 12 };
  if (n > MAX_WAVES)
    n = MAX_WAVES;
  fputs ("\nWave by wave: the mean score (higher is better) of everyone who "
         "answered, and how many answered:\n", out);
  size_t wd[MAX_WAVES + 1];
  const char *head[MAX_WAVES + 1];
  char names[MAX_WAVES][32];
  wd[0] = 42;
  head[0] = "Domain";
  for (int k = 0; k < n; k++)
    {
      snprintf (names[k], sizeof names[k], "Wave %.0f",
                sp_doc_num (cJSON_GetArrayItem (waves, k), "wave", k));
      head[k + 1] = names[k];
      wd[k + 1] = 13;
    }
  sp_fmt_row (out, head, wd, (size_t) n + 1);
  int n_domains = cJSON_GetArraySize (
    cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (waves, 0),
                                      "domains"));
  for (int d = 0; d < n_domains; d++)
    {
      char cell[MAX_WAVES][48];
      const char *cells[MAX_WAVES + 1];
      for (int k = 0; k < n; k++)
        {
          const cJSON *e = cJSON_GetArrayItem (
            cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (waves, k),
                                              "domains"), d);
          if (k == 0)
            cells[0] = domain_label (sec, sp_doc_str (e, "domain", ""));
          char m[32], c[32];
          snprintf (cell[k], sizeof cell[k], "%s (%s)",
                    sp_fig_at (e, "mean", SP_FIG_NUMBER, m, sizeof m),
                    sp_fig_at (e, "participants", SP_FIG_COUNT, c,
                               sizeof c));
          cells[k + 1] = cell[k];
        }
      sp_fmt_row (out, cells, wd, (size_t) n + 1);
    }
}

void
sp_render_register_monthly_text (const cJSON *doc, FILE *out)
{
  const cJSON *reg = sp_doc_get (doc, "register");
  const cJSON *months = sp_doc_get (reg, "monthly");
  if (cJSON_GetArraySize (months) == 0)
    return;
  char a[64], b[64];
  fputs ("\nMonth by month:\n", out);
  static const column cols[] = {
    { "Month", 10, "month", SP_FIG_TEXT },
    { "Referrals", 12, "referrals", SP_FIG_COUNT },
    { "New PHBs", 10, "new_phbs", SP_FIG_COUNT },
    { "PHBs so far", 12, "cumulative_phbs", SP_FIG_COUNT },
  };
  print_table (months, cols, 4, out);
  fprintf (out, "Live plans without an approval date (not in the months): "
           "%s", sp_fig_at (reg, "undated_phbs", SP_FIG_COUNT, a, sizeof a));
  if (sp_doc_get (reg, "approved_after_period"))
    fprintf (out, "; approved after the reporting period: %s",
             sp_fig_at (reg, "approved_after_period", SP_FIG_COUNT, b,
                        sizeof b));
  fputc ('\n', out);
  const cJSON *in = sp_doc_get (reg, "in_period");
  if (in)
    fprintf (out, "In the reporting period: %s referred, %s plans "
             "approved\n",
             sp_fig_at (in, "referrals", SP_FIG_COUNT, a, sizeof a),
             sp_fig_at (in, "new_phbs", SP_FIG_COUNT, b, sizeof b));
}

void
sp_render_spend_quarterly_text (const cJSON *doc, FILE *out)
{
  const cJSON *le = sp_doc_get (doc, "local_economy");
  const cJSON *list = sp_doc_get (le, "quarterly");
  if (cJSON_GetArraySize (list) == 0)
    return;
  fputs ("\nSpend by quarter:\n", out);
  static const column cols[] = {
    { "Quarter", 10, "quarter", SP_FIG_TEXT },
    { "Spend", 14, "spend", SP_FIG_MONEY },
    { "Local spend", 14, "local_spend", SP_FIG_MONEY },
    { "Local share", 12, "local_share", SP_FIG_PERCENT },
  };
  print_table (list, cols, 4, out);
  const cJSON *in = sp_doc_get (le, "in_period");
  if (in)
    {
      char s[64], r[32];
      fprintf (out, "In the reporting period: %s spent, %s with local "
               "suppliers\n",
               sp_fig_at (in, "spend", SP_FIG_MONEY, s, sizeof s),
               sp_fig_at (in, "local_share", SP_FIG_PERCENT, r, sizeof r));
    }
}

void
sp_render_progress_text (const cJSON *ro, FILE *out)
{
  const cJSON *p = sp_doc_get (ro, "progress");
  if (!p)
    return;
  char a[64], b[64], c[64], d[64];
  fprintf (out, "\nProgress against the plan at %s: %s PHBs approved, %s "
           "planned (difference %s): %s\n",
           sp_doc_str (p, "as_of", ""),
           sp_fig_at (p, "observed_phbs", SP_FIG_COUNT, a, sizeof a),
           sp_fig_at (p, "planned_phbs", SP_FIG_NUMBER, b, sizeof b),
           sp_fig_at (p, "difference", SP_FIG_NUMBER, c, sizeof c),
           sp_doc_str (p, "status", ""));
  const char *when = sp_doc_str (p, "projected_target_month", NULL);
  fprintf (out, "  Recent pace: %s new PHBs a month over the last three "
           "months; at that pace the target is reached %s%s\n",
           sp_fig_at (p, "recent_rate", SP_FIG_NUMBER, d, sizeof d),
           when ? "in " : "never", when ? when : "");
  double undated = sp_doc_num (p, "undated_phbs", 0);
  if (undated > 0)
    fprintf (out, "  %s live plans without an approval date are not "
             "counted\n", sp_fmt_number (undated, 0, a, sizeof a));
}
