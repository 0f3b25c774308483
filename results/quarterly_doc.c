/* quarterly_doc.c -- the quarterly figures of the results document */

#include "quarterly_doc.h"

#include <stdio.h>

#include "doc.h"

char *
sp_doc_month (long month, char *buf, size_t size)
{
  snprintf (buf, size, "%04ld-%02ld", month / 12, month % 12 + 1);
  return buf;
}

char *
sp_doc_quarter (long quarter, char *buf, size_t size)
{
  snprintf (buf, size, "%04ld-Q%ld", quarter / 4, quarter % 4 + 1);
  return buf;
}

/* Add the N formulas F to the "formulas" object of SEC (made when
   absent).  */
static void
add_formulas (cJSON *sec, const sp_doc_text *f, size_t n)
{
  cJSON *o = sp_doc_section (sec, "formulas");
  for (size_t i = 0; i < n; i++)
    {
      cJSON_DeleteItemFromObjectCaseSensitive (o, f[i].name);
      cJSON_AddStringToObject (o, f[i].name, f[i].text);
    }
}

void
sp_doc_add_savings_trend (cJSON *doc, const sp_savings_period *t, size_t n,
                          const sp_usage_panel *panel)
{
  static const sp_doc_text formulas[] = {
    { "trend.participants", "participants with rows in both the baseline "
                            "and the period" },
    { "trend.baseline_cost", "their annualised cost in the baseline "
                             "(quantity x 12 / months x unit_cost)" },
    { "trend.cost", "their annualised cost in the period" },
    { "trend.saving", "baseline_cost - cost" },
    { "trend.saving_rate", "saving / baseline_cost" },
    { "trend.contributors", "of those participants, the ones using any "
                            "service in either period" },
  };
  cJSON *sec = sp_doc_section (doc, "savings");
  cJSON *list = cJSON_AddArrayToObject (sec, "trend");
  for (size_t k = 0; k < n; k++)
    {
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "period", panel->periods[t[k].period]);
      const sp_doc_value v[] = {
        { "participants", (double) t[k].participants },
        { "contributors", (double) t[k].contributors },
        { "baseline_cost", t[k].baseline_cost },
        { "cost", t[k].cost },
        { "saving", t[k].saving },
      };
      sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
      sp_doc_number (o, "saving_rate", t[k].saving_rate,
                     t[k].saving_rate_defined);
    }
  add_formulas (sec, formulas, sizeof formulas / sizeof formulas[0]);
}

void
sp_doc_add_waves (cJSON *doc, const sp_waves *w, const sp_instrument *inst)
{
  static const sp_doc_text formulas[] = {
    { "waves.participants", "participants with any score at the wave" },
    { "waves.domains.participants", "participants with a score in the "
                                    "domain at the wave" },
    { "waves.domains.mean", "mean of those participants' scores, turned "
                            "so that higher is better (min + max - score "
                            "where lower is better)" },
  };
  cJSON *sec = sp_doc_section (doc, "social_value");
  cJSON *list = cJSON_AddArrayToObject (sec, "waves");
  for (size_t k = 0; k < w->n_waves; k++)
    {
      const sp_wave *wv = &w->waves[k];
      cJSON *o = sp_doc_element (list);
      cJSON_AddNumberToObject (o, "wave", wv->wave);
      cJSON_AddNumberToObject (o, "participants", (double) wv->participants);
      cJSON *doms = cJSON_AddArrayToObject (o, "domains");
      for (size_t d = 0; d < w->n_domains; d++)
        {
          const sp_wave_domain *wd = &wv->domains[d];
          cJSON *e = sp_doc_element (doms);
          cJSON_AddStringToObject (e, "domain",
                                   inst->items[wd->domain].domain);
          cJSON_AddNumberToObject (e, "participants",
                                   (double) wd->participants);
          sp_doc_number (e, "mean", wd->mean, wd->participants > 0);
        }
    }
  add_formulas (sec, formulas, sizeof formulas / sizeof formulas[0]);
}

void
sp_doc_add_register_monthly (cJSON *doc, const sp_register_monthly *m)
{
  static const sp_doc_text formulas[] = {
    { "monthly.referrals", "people referred whose referral_date is in the "
                           "month" },
    { "monthly.new_phbs", "live plans whose approved_date is in the "
                          "month" },
    { "monthly.cumulative_phbs", "sum of new_phbs up to and including the "
                                 "month" },
    { "undated_phbs", "live plans (approved or in process) without an "
                      "approved_date: not in monthly" },
  };
  cJSON *sec = sp_doc_section (doc, "register");
  cJSON *list = cJSON_AddArrayToObject (sec, "monthly");
  char buf[32];
  for (size_t k = 0; k < m->n_months; k++)
    {
      const sp_register_month *e = &m->months[k];
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "month",
                               sp_doc_month (e->month, buf, sizeof buf));
      const sp_doc_value v[] = {
        { "referrals", (double) e->referrals },
        { "new_phbs", (double) e->new_phbs },
        { "cumulative_phbs", (double) e->cumulative_phbs },
      };
      sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
    }
  cJSON_AddNumberToObject (sec, "undated_phbs", (double) m->undated_phbs);
  if (cJSON_IsString (sp_doc_get (doc, "evaluation.period_end")))
    cJSON_AddNumberToObject (sec, "approved_after_period",
                             (double) m->approved_after);
  add_formulas (sec, formulas, sizeof formulas / sizeof formulas[0]);
}

void
sp_doc_add_register_in_period (cJSON *doc, const char *start,
                               const char *end, size_t referrals,
                               size_t new_phbs)
{
  cJSON *sec = sp_doc_section (doc, "register");
  cJSON *o = cJSON_AddObjectToObject (sec, "in_period");
  sp_doc_string (o, "start", start);
  sp_doc_string (o, "end", end);
  cJSON_AddNumberToObject (o, "referrals", (double) referrals);
  cJSON_AddNumberToObject (o, "new_phbs", (double) new_phbs);
}

/* The figures of one quarter (or period) into O.  */
static void
spend_figures (cJSON *o, const sp_spend_quarter *q)
{
  cJSON_AddNumberToObject (o, "transactions", (double) q->transactions);
  cJSON_AddNumberToObject (o, "participants", (double) q->people);
  cJSON_AddNumberToObject (o, "spend", q->spend);
  cJSON_AddNumberToObject (o, "local_spend", q->local_spend);
  sp_doc_number (o, "local_share", q->local_share, q->local_share_defined);
}

void
sp_doc_add_spend_quarterly (cJSON *doc, const sp_spend_quarter *q, size_t n)
{
  static const sp_doc_text formulas[] = {
    { "quarterly.spend", "sum of the amounts dated in the calendar "
                         "quarter" },
    { "quarterly.local_spend", "the part of spend with local suppliers" },
    { "quarterly.local_share", "local_spend / spend" },
    { "quarterly.participants", "distinct people paying in the quarter "
                                "(identifiers not in the register "
                                "counted together as one)" },
  };
  cJSON *sec = sp_doc_section (doc, "local_economy");
  cJSON *list = cJSON_AddArrayToObject (sec, "quarterly");
  char buf[32];
  for (size_t k = 0; k < n; k++)
    {
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "quarter",
                               sp_doc_quarter (q[k].quarter, buf,
                                               sizeof buf));
      spend_figures (o, &q[k]);
    }
  add_formulas (sec, formulas, sizeof formulas / sizeof formulas[0]);
}

void
sp_doc_add_spend_in_period (cJSON *doc, const char *start, const char *end,
                            const sp_spend_quarter *q)
{
  cJSON *sec = sp_doc_section (doc, "local_economy");
  cJSON *o = cJSON_AddObjectToObject (sec, "in_period");
  sp_doc_string (o, "start", start);
  sp_doc_string (o, "end", end);
  spend_figures (o, q);
}

void
sp_doc_add_progress (cJSON *ro, const sp_progress *p, size_t undated)
{
  static const sp_doc_text formulas[] = {
    { "progress.observed_phbs", "cumulative PHBs with an approved_date up "
                                "to the end of as_of" },
    { "progress.planned_phbs", "the scenario trajectory's live_phbs in "
                               "as_of (0 before start_month)" },
    { "progress.difference", "observed_phbs - planned_phbs" },
    { "progress.status", "\"on plan\" when |difference| <= 10% of "
                         "planned_phbs, else \"ahead\" or \"behind\"" },
    { "progress.recent_rate", "new PHBs in as_of and the two months before, "
                              "/ 3" },
    { "progress.projected_target_month",
      "as_of + ceil ((target_phbs - observed_phbs) / recent_rate); the "
      "month the target was reached when it was; null when recent_rate "
      "is 0" },
  };
  char buf[32];
  cJSON *o = cJSON_AddObjectToObject (ro, "progress");
  cJSON_AddStringToObject (o, "as_of", sp_doc_month (p->as_of, buf, sizeof buf));
  const sp_doc_value v[] = {
    { "observed_phbs", p->observed },
    { "planned_phbs", p->planned },
    { "difference", p->difference },
  };
  sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
  cJSON_AddStringToObject (o, "status", sp_progress_status_name (p->status));
  cJSON_AddNumberToObject (o, "recent_rate", p->recent_rate);
  sp_doc_string (o, "projected_target_month",
                 p->projected_defined
                   ? sp_doc_month (p->projected_month, buf, sizeof buf)
                   : NULL);
  cJSON_AddNumberToObject (o, "undated_phbs", (double) undated);
  add_formulas (ro, formulas, sizeof formulas / sizeof formulas[0]);
}
