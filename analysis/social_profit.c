/* social_profit.c -- social profit and a like-for-like social return on
   investment */

#include "social_profit.h"

#include <math.h>
#include <string.h>

/* A / B, NaN when B is 0 (or either is not finite).  */
static double
over (double a, double b)
{
  return b != 0.0 && isfinite (a) && isfinite (b) ? a / b : NAN;
}

void
sp_social_profit_compute (const sp_social_profit_inputs *in,
                          sp_social_profit *out)
{
  memset (out, 0, sizeof *out);
  out->in = *in;
  out->benefits = in->nhs_savings + in->social_value
                  + in->local_economic_effect;
  out->net = out->benefits - in->investment;

  sp_per_person *pp = &out->per_person;
  pp->saving = over (in->nhs_savings, in->savings_participants);
  pp->social_value = over (in->social_value, in->value_participants);
  pp->local_effect = over (in->local_economic_effect, in->phbs);
  pp->delivery_cost = over (in->investment, in->phbs);
  pp->budget = isfinite (in->budget_mean) ? in->budget_mean : NAN;
  pp->benefits = pp->saving + pp->social_value + pp->local_effect;
  /* A share of 0 needs no budget: the costs are the delivery costs even
     when no plan gives a budget.  */
  double s = in->budget_additional_share;
  pp->costs = s > 0.0 ? pp->delivery_cost + s * pp->budget
                      : pp->delivery_cost;
  pp->costs_budgets_additional = pp->delivery_cost + pp->budget;

  out->sroi_ratio = over (pp->benefits, pp->costs);
  out->sroi_ratio_budgets_additional
    = over (pp->benefits, pp->costs_budgets_additional);
  out->net_per_person = pp->benefits - pp->costs;
  out->return_nhs_savings = over (pp->saving, pp->costs);
  out->return_social_value = over (pp->social_value, pp->costs);
  out->return_local_economic_effect = over (pp->local_effect, pp->costs);
}
