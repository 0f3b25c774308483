/* statement_value.c -- social value in the statement: the Appendix
   2b-style table by outcome, the domain means and their charts */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "format.h"
#include "statement_parts.h"
#include "statement_table.h"

static void
outcomes_table (sp_page *p, const cJSON *doc, const cJSON *sec)
{
  static const sp_table_col cols[] = {
    { "Outcome", 0.26, SP_ALIGN_START },
    { "Improvement", 0.11, SP_ALIGN_END },
    { "Paired", 0.07, SP_ALIGN_END },
    { "Value a person", 0.10, SP_ALIGN_END },
    { "Net", 0.11, SP_ALIGN_END },
    { "Present value (with its CI when computed)", 0.35, SP_ALIGN_END },
  };
  sp_table t;
  size_t n = (size_t) cJSON_GetArraySize (sp_doc_get (sec, "outcomes"));
  sp_table_begin (&t, p, cols, 6, n + 1);
  char a[96], b[96], c[96], d[96], e[192], key[256];
  const cJSON *o;
  cJSON_ArrayForEach (o, cJSON_GetObjectItemCaseSensitive (sec, "outcomes"))
  {
    const cJSON *pv = cJSON_GetObjectItemCaseSensitive (o, "present_value");
    snprintf (key, sizeof key, "social_value.outcomes.%s.present_value",
              sp_doc_str (o, "outcome", ""));
    const char *cells[] = {
      sp_fig_label (o, "outcome"),
      sp_fig_at (o, "improvement", SP_FIG_PERCENT, a, sizeof a),
      sp_fig_at (o, "participants", SP_FIG_COUNT, b, sizeof b),
      sp_fig_at (o, "value", SP_FIG_MONEY, c, sizeof c),
      sp_fig_at (o, "net", SP_FIG_MONEY, d, sizeof d),
      sp_stmt_with_interval (pv, doc, key, SP_FIG_MONEY, e, sizeof e),
    };
    sp_table_row (&t, cells, 0);
  }
  const char *total[] = {
    "Total social value", NULL, NULL, NULL, NULL,
    sp_stmt_figure (doc, "social_value.total", SP_FIG_MONEY, e, sizeof e),
  };
  sp_table_row (&t, total, 1);
  sp_table_end (&t);
}

static void
domains_table (sp_page *p, const cJSON *sec)
{
  const cJSON *doms = cJSON_GetObjectItemCaseSensitive (sec, "domains");
  if (cJSON_GetArraySize (doms) == 0)
    return;
  static const sp_table_col cols[] = {
    { "Domain", 0.36, SP_ALIGN_START },
    { "Scale", 0.12, SP_ALIGN_END },
    { "Paired", 0.10, SP_ALIGN_END },
    { "Baseline mean", 0.14, SP_ALIGN_END },
    { "Follow-up mean", 0.14, SP_ALIGN_END },
    { "Improvement", 0.14, SP_ALIGN_END },
  };
  sp_page_heading (p, "Outcome domains", 2,
                   sp_table_keep ((size_t) cJSON_GetArraySize (doms)));
  sp_table t;
  sp_table_begin (&t, p, cols, 6, (size_t) cJSON_GetArraySize (doms));
  char s[64], a[64], b[64], c[64], d[64];
  const cJSON *dm;
  cJSON_ArrayForEach (dm, doms)
  {
    const cJSON *mn = cJSON_GetObjectItemCaseSensitive (dm, "min");
    const cJSON *mx = cJSON_GetObjectItemCaseSensitive (dm, "max");
    if (cJSON_IsNumber (mn) && cJSON_IsNumber (mx))
      snprintf (s, sizeof s, "%g to %g", mn->valuedouble, mx->valuedouble);
    else
      snprintf (s, sizeof s, "n/a");
    const char *cells[] = {
      sp_fig_label (dm, "domain"), s,
      sp_fig_at (dm, "participants", SP_FIG_COUNT, a, sizeof a),
      sp_fig_at (dm, "baseline_mean", SP_FIG_NUMBER, b, sizeof b),
      sp_fig_at (dm, "followup_mean", SP_FIG_NUMBER, c, sizeof c),
      sp_fig_at (dm, "improvement", SP_FIG_PERCENT, d, sizeof d),
    };
    sp_table_row (&t, cells, 0);
  }
  sp_table_end (&t);
}

void
sp_stmt_value (sp_page *p, const cJSON *doc)
{
  const cJSON *sec = sp_doc_get (doc, "social_value");
  if (!sec)
    return;
  sp_page_heading (p, "Social value", 1, 40 + sp_table_keep (5));
  char line[768], n[32], r[32], total[192];
  const char *method = sp_doc_str (sec, "method", "relative");
  const char *how
    = strcmp (method, "range") == 0
        ? "the change in the mean score as a share of the scale's range"
      : strcmp (method, "share") == 0
        ? "the share of paired participants whose score rose by at least "
          "the domain's minimal important difference"
        : "the relative change in the mean score, as the pilot report "
          "measured it (the change in the mean divided by the baseline "
          "mean)";
  snprintf (line, sizeof line,
            "Outcomes measured at the baseline (wave %.0f) and follow-up "
            "(wave %.0f) for %s participants. Each domain's improvement is "
            "%s; each outcome's value is paired participants x "
            "improvement x value a person, net of deadweight, attribution "
            "and displacement, then discounted at %s a year over its "
            "duration with drop-off. Total: %s.",
            sp_doc_num (sec, "baseline_wave", 0),
            sp_doc_num (sec, "followup_wave", 0),
            sp_fig_at (sec, "participants", SP_FIG_COUNT, n, sizeof n),
            how,
            sp_fmt_percent (sp_doc_num (sec, "discount_rate", 0), 1, r,
                            sizeof r),
            sp_stmt_figure (doc, "social_value.total", SP_FIG_MONEY, total,
                            sizeof total));
  sp_page_para (p, line);
  outcomes_table (p, doc, sec);
  sp_stmt_chart (p, doc, &sp_chart_social_value);
  domains_table (p, sec);
  sp_stmt_chart (p, doc, &sp_chart_domain_means);
}
