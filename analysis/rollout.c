/* rollout.c -- a rollout scenario and its static figures (report 1.9) */

#include "rollout.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

size_t
sp_rollout_budget_index (size_t k)
{
  return SP_RP_N_GLOBAL + 2 * k;
}

size_t
sp_rollout_pas_index (size_t k)
{
  return SP_RP_N_GLOBAL + 2 * k + 1;
}

void
sp_scenario_base_values (const sp_scenario *s, double *v)
{
  for (size_t i = 0; i < s->n_params; i++)
    v[i] = s->params[i].value;
}

int
sp_rollout_figure_known (const char *name)
{
  static const char *const known[] = {
    "target_phbs", "assessments", "annual_budget", "pas_required",
    "investment.advocacy", "investment.reviews", "investment.marketplace",
    "investment.total", "gross_saving", "net_saving",
    "steady_state_net_saving", "npv", "months_to_target"
  };
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (strcmp (name, known[i]) == 0)
      return 1;
  return 0;
}

void
sp_scenario_free (sp_scenario *s)
{
  free (s->name);
  free (s->path);
  for (size_t k = 0; k < s->n_segments; k++)
    free (s->segment_names[k]);
  free (s->segment_names);
  free (s->shares);
  for (size_t i = 0; i < s->n_params; i++)
    {
      free (s->params[i].name);
      free (s->params[i].label);
    }
  free (s->params);
  free (s->published_source);
  for (size_t i = 0; i < s->n_published; i++)
    free (s->published[i].figure);
  free (s->published);
  memset (s, 0, sizeof *s);
}

void
sp_rollout_figures_compute (const sp_scenario *s, const double *v,
                            int want_segments, sp_rollout_figures *out)
{
  memset (out, 0, sizeof *out);
  double t = s->target_phbs;
  double vat = 1 + v[SP_RP_VAT_RATE];
  out->target_phbs = t;
  out->conversion_rate = v[SP_RP_CONVERSION];
  out->assessments = t / v[SP_RP_CONVERSION];
  if (want_segments)
    out->segments = sp_xcalloc (s->n_segments ? s->n_segments : 1,
                                sizeof *out->segments);
  double pas_per_phb = 0, highest = 0;
  for (size_t k = 0; k < s->n_segments; k++)
    {
      double b = v[sp_rollout_budget_index (k)];
      double a = v[sp_rollout_pas_index (k)];
      out->budget_per_phb += s->shares[k] * b;
      pas_per_phb += s->shares[k] * a;
      if (k == 0 || a > highest)
        highest = a;
      if (want_segments)
        {
          sp_segment_figures *sf = &out->segments[k];
          sf->share = s->shares[k];
          sf->phbs = t * s->shares[k];
          sf->mean_budget = b;
          sf->budget = sf->phbs * b;
          sf->pas_per_phb = a;
          sf->pas = sf->phbs * a;
        }
    }
  out->annual_budget = t * out->budget_per_phb;
  out->pas_required = t * pas_per_phb;
  out->pas_at_highest_rate = t * highest;
  /* Optimism bias (Green Book): every delivery cost raised by it.  */
  double ob = 1 + v[SP_RP_OPTIMISM_BIAS];
  out->advocacy = out->assessments * v[SP_RP_ADVOCACY_COST] * vat * ob;
  out->reviews = t * v[SP_RP_REVIEW_COST] * vat * v[SP_RP_REVIEWS_PER_YEAR]
                 * ob;
  out->marketplace = v[SP_RP_MARKETPLACE_FEE] * out->annual_budget * ob;
  out->investment = out->advocacy + out->reviews + out->marketplace;
  out->gross_saving = v[SP_RP_SAVINGS_RATE] * out->annual_budget;
  out->net_saving = out->gross_saving - out->investment;
  out->steady_state_net_saving = out->gross_saving - out->reviews
                                 - out->marketplace;
}

void
sp_rollout_figures_free (sp_rollout_figures *f)
{
  free (f->segments);
  f->segments = NULL;
}

void
sp_rollout_project (const sp_scenario *s, const double *v, int detail,
                    sp_projection *out)
{
  memset (out, 0, sizeof *out);
  sp_rollout_figures_compute (s, v, detail, &out->figures);
  const sp_rollout_figures *f = &out->figures;

  sp_ramp ramp = { v[SP_RP_RAMP_START], v[SP_RP_RAMP_GROWTH],
                   v[SP_RP_RAMP_CEILING] };
  size_t horizon_months = 12 * (size_t) s->horizon_years;
  sp_trajectory_compute (&ramp, f->target_phbs, f->conversion_rate,
                         horizon_months,
                         detail ? SP_ROLLOUT_MAX_MONTHS : horizon_months,
                         &out->trajectory);

  double vat = 1 + v[SP_RP_VAT_RATE], ob = 1 + v[SP_RP_OPTIMISM_BIAS];
  sp_cashflow_params cp = {
    .budget_per_phb = f->budget_per_phb,
    .savings_rate = v[SP_RP_SAVINGS_RATE],
    .advocacy_unit = v[SP_RP_ADVOCACY_COST] * vat * ob,
    .review_unit = v[SP_RP_REVIEW_COST] * vat * v[SP_RP_REVIEWS_PER_YEAR]
                   * ob,
    .marketplace_fee = v[SP_RP_MARKETPLACE_FEE] * ob,
    .discount_rate = v[SP_RP_DISCOUNT_RATE],
    .horizon_years = s->horizon_years,
  };
  sp_cashflow_compute (&out->trajectory, &cp, &out->cashflow);

  /* Months from the start month to the target date, both included.  */
  int months = s->target_month - s->start_month + 1;
  out->required_rate_defined = months > 0;
  if (months > 0)
    out->required_referral_rate
      = sp_trajectory_required_rate (f->target_phbs, f->conversion_rate,
                                     months);
  out->target_met = out->trajectory.reached
                    && (long) out->trajectory.reached_index
                         <= (long) s->target_month - s->start_month;
}

void
sp_projection_free (sp_projection *p)
{
  sp_rollout_figures_free (&p->figures);
  sp_trajectory_free (&p->trajectory);
  sp_cashflow_free (&p->cashflow);
}
