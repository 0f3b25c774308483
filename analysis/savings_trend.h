/* savings_trend.h -- NHS costs period by period (issue 10)

   With a usage panel over periods t = 0 (the baseline), 1, ..., T, each
   later period t is compared with the baseline over its own cohort: the
   participants observed both in the baseline and in t (usage.h,
   sp_usage_cohort).  With q[p,s,t] the annualised quantity (quantity x
   12 / months) and c[s] the unit cost:

     participants[t]  = |cohort(0, t)|
     baseline_cost[t] = sum over cohort(0, t), s of q[p,s,0] c[s]
     cost[t]          = sum over cohort(0, t), s of q[p,s,t] c[s]
     saving[t]        = baseline_cost[t] - cost[t]
     saving_rate[t]   = saving[t] / baseline_cost[t]  (undefined when 0)

   each computed by savings.h's sp_savings_compute, so the last period's
   entry is the headline saving.  The cohorts differ between periods
   (people join and leave), so the baseline costs differ too.  No I/O
   here.  */

#ifndef SP_SAVINGS_TREND_H
#define SP_SAVINGS_TREND_H

#include <stddef.h>

#include "usage.h"

typedef struct
{
  size_t period;            /* index into the panel's periods (1..T) */
  size_t participants;
  size_t contributors;      /* of them, those using any service (the
                               people the costs are about: disclosure
                               control, results/disclosure.h) */
  double baseline_cost;
  double cost;
  double saving;
  int saving_rate_defined;  /* baseline_cost > 0 */
  double saving_rate;       /* 0 when undefined */
} sp_savings_period;

/* One entry per period of PANEL after the first, in order, into a new
   array *OUT (caller frees); returns how many (n_periods - 1).  An entry
   with no participant has all costs 0: the caller reports it.  */
size_t sp_savings_trend (const sp_usage_panel *panel,
                         const sp_unit_costs *costs,
                         sp_savings_period **out);

#endif /* SP_SAVINGS_TREND_H */
