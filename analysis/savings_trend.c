/* savings_trend.c -- NHS costs period by period */

#include "savings_trend.h"

#include "savings.h"
#include "xalloc.h"

size_t
sp_savings_trend (const sp_usage_panel *panel, const sp_unit_costs *costs,
                  sp_savings_period **out)
{
  size_t n = panel->n_periods > 1 ? panel->n_periods - 1 : 0;
  *out = sp_xcalloc (n ? n : 1, sizeof **out);
  for (size_t k = 0; k < n; k++)
    {
      sp_usage u;
      sp_usage_cohort (panel, 0, k + 1, &u);
      sp_savings s;
      sp_savings_compute (&u, costs, 0, &s);
      sp_savings_period *e = &(*out)[k];
      e->period = k + 1;
      e->participants = s.participants;
      e->contributors = s.contributors;
      e->baseline_cost = s.baseline_cost;
      e->cost = s.after_cost;
      e->saving = s.saving;
      e->saving_rate_defined = s.saving_rate_defined;
      e->saving_rate = s.saving_rate;
      sp_savings_free (&s);
      sp_usage_free (&u);
    }
  return n;
}
