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
  sp_social_profit_inputs in = {
    saving[SP_SAVINGS_FIG_SAVING],
    sp_social_value_from_sums (sums + pa->outcomes_col, pa->value.inst,
                               pa->value.proxies, pa->value.settings, NULL,
                               NULL, NULL),
    pa->local ? reg[SP_CONTRIB_FIG_EFFECT] : 0.0,
    reg[SP_CONTRIB_FIG_INVESTMENT]
  };
  sp_social_profit sp;
  sp_social_profit_compute (&in, &sp);
  theta[0] = sp.net;
  theta[1] = sp.ratios_defined ? sp.sroi_ratio : NAN;
}
