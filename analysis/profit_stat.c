/* profit_stat.c -- the social value and the social profit as bootstrap
   statistics */

#include "profit_stat.h"

#include <math.h>

#include "savings_contrib.h"
#include "social_profit.h"

size_t
sp_value_stat_figures (const sp_value_proxies *proxies)
{
  return 1 + proxies->n;
}

void
sp_value_statistic (const double *sums, double *theta, const void *arg)
{
  const sp_value_stat *v = arg;
  size_t n = v->proxies->n;
  sp_outcome_value values[n ? n : 1];
  theta[0] = sp_social_value_from_sums (sums, v->inst, v->proxies,
                                        v->settings, NULL, values, NULL);
  for (size_t o = 0; o < n; o++)
    theta[1 + o] = values[o].defined ? values[o].present_value : NAN;
}

void
sp_profit_statistic (const double *sums, double *theta, const void *arg)
{
  const sp_profit_stat *pa = arg;
  double saving[SP_SAVINGS_N_FIGURES], zero = 0.0;
  sp_savings_statistic (sums + pa->usage_col, saving, &zero);
  double reg[SP_CONTRIB_N_FIGURES];
  sp_contrib_statistic (sums + pa->register_col, reg, &pa->contrib);
  double local = 0.0;
  if (pa->local && pa->counterfactual_lm3 >= 0.0)
    {
      sp_lm3 l = { 0 };
      l.r1 = reg[SP_CONTRIB_FIG_R1];
      l.r2 = reg[SP_CONTRIB_FIG_R2];
      l.r3 = reg[SP_CONTRIB_FIG_R3];
      local = sp_lm3_additional (&l, pa->counterfactual_lm3);
    }
  sp_social_profit_inputs in = {
    .nhs_savings = saving[SP_SAVINGS_FIG_SAVING],
    .social_value = sp_social_value_from_sums (
      sums + pa->outcomes_col, pa->value.inst, pa->value.proxies,
      pa->value.settings, NULL, NULL, NULL),
    .local_economic_effect = local,
    .investment = reg[SP_CONTRIB_FIG_INVESTMENT],
    .savings_participants = sums[pa->usage_col + SP_SAVINGS_CONTRIB_COHORT],
    .value_participants = pa->value_participants,
    .phbs = reg[SP_CONTRIB_FIG_PHBS],
    .budget_mean = reg[SP_CONTRIB_FIG_BUDGET_MEAN],
    .budget_additional_share = pa->budget_additional_share,
  };
  sp_social_profit sp;
  sp_social_profit_compute (&in, &sp);
  theta[0] = sp.net;
  theta[1] = sp.sroi_ratio;
  theta[2] = sp.net_per_person;
  theta[3] = sp.sroi_ratio_budgets_additional;
}
