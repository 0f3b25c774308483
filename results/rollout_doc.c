/* rollout_doc.c -- the rollout section of the results document */

#include "rollout_doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "intervals_doc.h"
#include "savings_doc.h"
#include "xalloc.h"

char *
sp_rollout_doc_month (int month, char *buf, size_t size)
{
  snprintf (buf, size, "%04d-%02d", month / 12, month % 12 + 1);
  return buf;
}

static void
add_segments (cJSON *ro, const sp_scenario *s, const sp_rollout_figures *f)
{
  cJSON *list = cJSON_AddArrayToObject (ro, "pas_by_segment");
  for (size_t k = 0; k < s->n_segments; k++)
    {
      const sp_segment_figures *sf = &f->segments[k];
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "name", s->segment_names[k]);
      const sp_doc_value v[] = {
        { "share", sf->share },
        { "phbs", sf->phbs },
        { "mean_budget", sf->mean_budget },
        { "budget", sf->budget },
        { "pas_per_phb", sf->pas_per_phb },
        { "pas", sf->pas },
      };
      sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
    }
}

static void
add_static (cJSON *ro, const sp_rollout_figures *f)
{
  const sp_doc_value v[] = {
    { "target_phbs", f->target_phbs },
    { "conversion_rate", f->conversion_rate },
    { "assessments", f->assessments },
    { "budget_per_phb", f->budget_per_phb },
    { "annual_budget", f->annual_budget },
    { "pas_required", f->pas_required },
    { "pas_at_highest_rate", f->pas_at_highest_rate },
  };
  sp_doc_numbers (ro, v, sizeof v / sizeof v[0]);
}

static void
add_money (cJSON *ro, const sp_rollout_figures *f)
{
  const sp_doc_value inv[] = {
    { "advocacy", f->advocacy },
    { "reviews", f->reviews },
    { "marketplace", f->marketplace },
    { "total", f->investment },
  };
  sp_doc_numbers (cJSON_AddObjectToObject (ro, "investment"), inv,
                  sizeof inv / sizeof inv[0]);
  const sp_doc_value v[] = {
    { "gross_saving", f->gross_saving },
    { "net_saving", f->net_saving },
    { "steady_state_net_saving", f->steady_state_net_saving },
  };
  sp_doc_numbers (ro, v, sizeof v / sizeof v[0]);
}

static void
add_timing (cJSON *ro, const sp_scenario *s, const sp_projection *p)
{
  char buf[16];
  const sp_trajectory *t = &p->trajectory;
  sp_doc_string (ro, "start_month",
                 sp_rollout_doc_month (s->start_month, buf, sizeof buf));
  sp_doc_string (ro, "target_date",
                 sp_rollout_doc_month (s->target_month, buf, sizeof buf));
  sp_doc_string (ro, "target_month",
                 t->reached ? sp_rollout_doc_month (
                   s->start_month + (int) t->reached_index, buf, sizeof buf)
                            : NULL);
  sp_doc_number (ro, "months_to_target", (double) t->reached_index + 1,
                 t->reached);
  cJSON_AddBoolToObject (ro, "target_met", p->target_met);
  sp_doc_number (ro, "required_referral_rate", p->required_referral_rate,
                 p->required_rate_defined);

  cJSON *list = cJSON_AddArrayToObject (ro, "trajectory");
  size_t n = t->reached ? t->reached_index + 1 : t->n_months;
  for (size_t m = 0; m < n; m++)
    {
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "month",
                               sp_rollout_doc_month (s->start_month + (int) m,
                                                     buf, sizeof buf));
      const sp_doc_value v[] = {
        { "referrals", t->referrals[m] },
        { "assessments", t->assessments[m] },
        { "new_phbs", t->new_phbs[m] },
        { "live_phbs", t->live_phbs[m] },
      };
      sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
    }
}

static void
add_cashflows (cJSON *ro, const sp_scenario *s, const double *v,
               const sp_cashflow *c)
{
  cJSON_AddNumberToObject (ro, "discount_rate", v[SP_RP_DISCOUNT_RATE]);
  cJSON_AddNumberToObject (ro, "horizon_years", s->horizon_years);
  cJSON_AddNumberToObject (ro, "npv", c->npv);
  sp_doc_number (ro, "payback_year", c->payback_year, c->payback_defined);
  cJSON *list = cJSON_AddArrayToObject (ro, "cash_flows");
  for (size_t y = 0; y < c->n_years; y++)
    {
      const sp_cashflow_year *cy = &c->years[y];
      const sp_doc_value v[] = {
        { "year", cy->year },
        { "assessments", cy->assessments },
        { "phb_years", cy->phb_years },
        { "budget", cy->budget },
        { "gross_saving", cy->gross_saving },
        { "advocacy", cy->advocacy },
        { "reviews", cy->reviews },
        { "marketplace", cy->marketplace },
        { "costs", cy->costs },
        { "net", cy->net },
        { "discount_factor", cy->discount_factor },
        { "discounted", cy->discounted },
        { "cumulative", cy->cumulative },
      };
      sp_doc_numbers (sp_doc_element (list), v, sizeof v / sizeof v[0]);
    }
}

/* What a scenario parameter NAME is called and in what unit it is
   ("pounds", "fraction" or "number"), for the statement (issue 11):
   the scenario file's label when it gives one, else the shipped label
   of every known key.  Into BUF.  */
static const char *
param_label (const sp_param *p, char *buf, size_t size, const char **unit)
{
  static const struct
  {
    const char *key, *label, *unit;
  } known[] = {
    { "conversion_rate", "Share of the people assessed who get a budget",
      "fraction" },
    { "advocacy_cost", "Care planning and advocacy, per person assessed "
                       "(before VAT)", "pounds" },
    { "review_cost", "A review of a budget (before VAT)", "pounds" },
    { "vat_rate", "VAT rate", "fraction" },
    { "reviews_per_year", "Reviews a year of each budget", "number" },
    { "marketplace_fee", "Marketplace fee, share of the budget spent",
      "fraction" },
    { "savings_rate", "Share of the budget saved", "fraction" },
    { "discount_rate", "Discount rate a year", "fraction" },
    { "ramp.start", "Referrals in the first month", "number" },
    { "ramp.growth", "Growth of referrals a month", "fraction" },
    { "ramp.ceiling", "Most referrals in a month", "number" },
    { "optimism_bias", "Optimism bias added to delivery costs",
      "fraction" },
  };
  const char *name = p->name ? p->name : "";
  *unit = "number";
  const char *label = NULL;
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (strcmp (name, known[i].key) == 0)
      {
        label = known[i].label;
        *unit = known[i].unit;
      }
  /* segments.NAME.mean_budget, segments.NAME.pas_per_phb */
  size_t n = strlen (name);
  const char *mb = ".mean_budget", *pa = ".pas_per_phb";
  char seg[160] = "";
  if (strncmp (name, "segments.", 9) == 0 && n > 9 + strlen (mb))
    {
      int is_budget = strcmp (name + n - strlen (mb), mb) == 0;
      int is_pas = strcmp (name + n - strlen (pa), pa) == 0;
      size_t len = n - 9 - (is_budget ? strlen (mb) : strlen (pa));
      if (is_budget || is_pas)
        {
          snprintf (seg, sizeof seg, "%.*s", (int) len, name + 9);
          snprintf (buf, size, is_budget ? "Mean budget, %s"
                                         : "Personal assistants per budget, "
                                           "%s", seg);
          *unit = is_budget ? "pounds" : "number";
          label = buf;
        }
    }
  if (p->label)
    label = p->label;
  if (!label)
    label = name;
  if (label != buf)
    snprintf (buf, size, "%s", label);
  return buf;
}

static void
add_sensitivity (cJSON *ro, const sp_rollout_section *in)
{
  cJSON *list = cJSON_AddArrayToObject (ro, "sensitivity");
  for (size_t i = 0; i < in->n_sensitivity; i++)
    {
      const sp_sensitivity *r = &in->sensitivity[i];
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "parameter",
                               in->scenario->params[r->param].name);
      char label[256];
      const char *unit;
      param_label (&in->scenario->params[r->param], label, sizeof label,
                   &unit);
      cJSON_AddStringToObject (o, "label", label);
      cJSON_AddStringToObject (o, "unit", unit);
      const sp_doc_value v[] = {
        { "low", r->low },
        { "high", r->high },
        { "net_low", r->net_low },
        { "net_high", r->net_high },
        { "npv_low", r->npv_low },
        { "npv_high", r->npv_high },
      };
      sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
    }
}

static void
add_simulations (cJSON *ro, cJSON *intervals, const sp_rollout_section *in)
{
  const sp_psa_draws *d = in->draws;
  size_t n = d ? d->n : 0;
  cJSON_AddNumberToObject (ro, "simulations", (double) n);
  sp_doc_number (ro, "seed", d ? (double) d->seed : 0, n > 0);
  sp_doc_number (ro, "probability_positive",
                 n ? sp_psa_share_positive (d->net_saving, n) : 0, n > 0);
  if (!n)
    return;
  const sp_projection *p = in->projection;
  struct
  {
    const char *key;
    const double *x;
    double estimate;
  } figs[] = {
    { "rollout.net_saving", d->net_saving, p->figures.net_saving },
    { "rollout.npv", d->npv, p->cashflow.npv },
  };
  for (size_t i = 0; i < 2; i++)
    {
      double lo, hi;
      sp_psa_percentile (figs[i].x, n, in->level, &lo, &hi);
      cJSON *o = cJSON_CreateObject ();
      /* An uncertainty interval from the scenario's assumed
         distributions, not a confidence interval.  */
      cJSON_AddStringToObject (o, "kind", "simulation");
      cJSON_AddNumberToObject (o, "estimate", figs[i].estimate);
      cJSON_AddNumberToObject (o, "lower", lo);
      cJSON_AddNumberToObject (o, "upper", hi);
      cJSON_AddNumberToObject (o, "level", in->level);
      cJSON_AddStringToObject (o, "method", "percentile");
      cJSON_AddNumberToObject (o, "simulations", (double) n);
      cJSON_AddNumberToObject (o, "seed", (double) d->seed);
      if (i == 0)
        sp_doc_histogram (o, d->net_saving, n);
      cJSON_AddItemToObject (intervals, figs[i].key, o);
    }
}

static void
add_cohort (cJSON *ro, cJSON *parent, const sp_rollout_section *in)
{
  double t = in->projection->figures.target_phbs;
  sp_doc_number (ro, "cohort_saving", in->cohort_per_participant * t,
                 in->have_cohort && in->cohort_defined);
  if (!in->have_cohort)
    {
      cJSON_AddNullToObject (ro, "cohort");
      return;
    }
  cJSON *c = cJSON_AddObjectToObject (ro, "cohort");
  cJSON_AddNumberToObject (c, "participants",
                           (double) in->cohort_participants);
  cJSON_AddNumberToObject (c, "contributors",
                           (double) in->cohort_contributors);
  sp_doc_number (c, "saving_per_participant", in->cohort_per_participant,
                 in->cohort_defined);
  cJSON_AddStringToObject (c, "basis", sp_basis_name (in->cohort_basis));
  cJSON_AddStringToObject (c, "title",
                           sp_savings_title (in->cohort_basis,
                                             in->cohort_rows_before,
                                             in->cohort_rows_after));
  cJSON_AddBoolToObject (c, "against_comparison_group",
                         in->cohort_compared);
  /* The saving per participant is then about both groups' people
     (disclosure control, results/disclosure.c).  */
  if (in->cohort_compared)
    cJSON_AddNumberToObject (c, "comparison_participants",
                             (double) in->cohort_comparison_participants);
  if (in->cohort_interval)
    sp_doc_add_interval (parent, "rollout.cohort_saving", in->cohort_interval,
                         in->cohort_seed, in->cohort_reliability, 0);
}

static void
add_parameters (cJSON *ro, const sp_scenario *s)
{
  cJSON *list = cJSON_AddArrayToObject (ro, "parameters");
  for (size_t i = 0; i < s->n_params; i++)
    {
      const sp_param *p = &s->params[i];
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "parameter", p->name);
      char label[256];
      const char *unit;
      param_label (p, label, sizeof label, &unit);
      cJSON_AddStringToObject (o, "label", label);
      cJSON_AddStringToObject (o, "unit", unit);
      cJSON_AddNumberToObject (o, "value", p->value);
      cJSON_AddStringToObject (o, "distribution",
                               sp_dist_name (p->dist.kind));
      if (p->dist.kind != SP_DIST_FIXED)
        {
          cJSON *dp = cJSON_AddObjectToObject (o, "distribution_parameters");
          for (size_t j = 0; j < sp_dist_n_params (p->dist.kind); j++)
            cJSON_AddNumberToObject (dp, sp_dist_param_name (p->dist.kind, j),
                                     p->dist.p[j]);
        }
      sp_doc_number (o, "low", p->low, p->has_range);
      sp_doc_number (o, "high", p->high, p->has_range);
    }
}

static void
add_published (cJSON *ro, const sp_scenario *s)
{
  cJSON *list = cJSON_AddArrayToObject (ro, "published");
  sp_doc_string (ro, "published_source", s->published_source);
  for (size_t i = 0; i < s->n_published; i++)
    {
      const sp_published *p = &s->published[i];
      const cJSON *v = sp_doc_get (ro, p->figure);
      int have = cJSON_IsNumber (v);
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "figure", p->figure);
      cJSON_AddNumberToObject (o, "published", p->value);
      sp_doc_number (o, "computed", have ? v->valuedouble : 0, have);
      sp_doc_number (o, "difference", have ? v->valuedouble - p->value : 0,
                     have);
    }
}

static void
add_formulas (cJSON *ro)
{
  static const sp_doc_text f[] = {
    { "assessments", "target_phbs / conversion_rate" },
    { "budget_per_phb", "sum over segments of share x mean_budget" },
    { "annual_budget", "target_phbs x budget_per_phb" },
    { "pas_required", "target_phbs x sum over segments of share x "
                      "pas_per_phb" },
    { "pas_at_highest_rate", "target_phbs x the highest pas_per_phb" },
    { "investment.advocacy", "assessments x advocacy_cost x (1 + vat_rate) "
                             "x (1 + optimism_bias)" },
    { "investment.reviews", "target_phbs x review_cost x (1 + vat_rate) x "
                            "reviews_per_year x (1 + optimism_bias)" },
    { "investment.marketplace", "marketplace_fee x annual_budget x (1 + "
                                "optimism_bias)" },
    { "optimism_bias", "the Green Book's uplift of every delivery cost "
                       "(advocacy, reviews, marketplace) before the net "
                       "saving and NPV; 0 unless the scenario gives one" },
    { "investment.total", "advocacy + reviews + marketplace" },
    { "gross_saving", "savings_rate x annual_budget" },
    { "net_saving", "gross_saving - investment.total (first year at "
                    "target)" },
    { "steady_state_net_saving", "gross_saving - reviews - marketplace" },
    { "cash_flows", "year y: savings_rate x budget of the PHB-years live, "
                    "less advocacy for the year's assessments, reviews and "
                    "marketplace; discounted by (1 + discount_rate)^(y-1)" },
    { "npv", "sum of discounted yearly net cash flows over the horizon" },
    { "payback_year", "first year whose cumulative (undiscounted) net cash "
                      "flow is 0 or more" },
    { "required_referral_rate", "target_phbs / (conversion_rate x months "
                                "from start_month to target_date)" },
    { "cohort_saving", "savings.per_participant x target_phbs" },
  };
  sp_doc_texts (ro, "formulas", f, sizeof f / sizeof f[0]);
}

void
sp_doc_add_rollout (cJSON *parent, const sp_rollout_section *in)
{
  const sp_scenario *s = in->scenario;
  const sp_projection *p = in->projection;
  double *v = sp_xcalloc (s->n_params, sizeof *v);
  sp_scenario_base_values (s, v);

  cJSON *ro = cJSON_AddObjectToObject (parent, "rollout");
  cJSON_AddStringToObject (ro, "name", s->name);
  sp_doc_string (ro, "scenario_file", s->path);
  cJSON_AddStringToObject (ro, "conversion_source",
                           s->conversion_from_register ? "register"
                                                       : "scenario");
  add_static (ro, &p->figures);
  add_segments (ro, s, &p->figures);
  add_money (ro, &p->figures);
  cJSON_AddNumberToObject (ro, "optimism_bias", v[SP_RP_OPTIMISM_BIAS]);
  add_cashflows (ro, s, v, &p->cashflow);
  add_timing (ro, s, p);
  add_sensitivity (ro, in);
  add_simulations (ro, sp_doc_section (parent, "intervals"), in);
  add_cohort (ro, parent, in);
  add_parameters (ro, s);
  add_published (ro, s);
  add_formulas (ro);
  if (in->have_cohort && in->cohort_compared)
    cJSON_ReplaceItemInObjectCaseSensitive (
      cJSON_GetObjectItemCaseSensitive (ro, "formulas"), "cohort_saving",
      cJSON_CreateString ("savings.adjusted.per_participant x target_phbs "
                          "(the saving against the comparison group)"));
  free (v);
}
