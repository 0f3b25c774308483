/* progress.c -- the rollout against its plan */

#include "progress.h"

#include <math.h>
#include <string.h>

const char *
sp_progress_status_name (sp_progress_status status)
{
  return status == SP_PROGRESS_AHEAD    ? "ahead"
         : status == SP_PROGRESS_BEHIND ? "behind"
                                        : "on plan";
}

/* The plan's live PHBs in MONTH.  */
static double
planned_at (const sp_progress_plan *plan, long month)
{
  if (month < plan->start_month || plan->n_months == 0)
    return 0;
  size_t k = (size_t) (month - plan->start_month);
  if (k >= plan->n_months)
    k = plan->n_months - 1;
  return plan->live_phbs[k];
}

int
sp_progress_compute (const sp_register_monthly *m,
                     const sp_progress_plan *plan, sp_progress *out)
{
  memset (out, 0, sizeof *out);
  if (m->n_months == 0)
    return -1;
  size_t last = m->n_months - 1;
  out->as_of = m->months[last].month;
  out->observed = (double) m->months[last].cumulative_phbs;
  out->planned = planned_at (plan, out->as_of);
  out->difference = out->observed - out->planned;
  if (fabs (out->difference) <= 0.1 * out->planned
      || (out->planned == 0 && out->observed == 0))
    out->status = SP_PROGRESS_ON_PLAN;
  else
    out->status = out->difference > 0 ? SP_PROGRESS_AHEAD
                                      : SP_PROGRESS_BEHIND;
  size_t recent = 0;
  for (size_t k = 0; k < 3 && k <= last; k++)
    recent += m->months[last - k].new_phbs;
  out->recent_rate = (double) recent / 3.0;

  if (out->observed >= plan->target)
    {
      size_t k = 0;
      while (k < last && (double) m->months[k].cumulative_phbs < plan->target)
        k++;
      out->projected_defined = 1;
      out->projected_month = m->months[k].month;
    }
  else if (recent > 0)
    {
      /* (target - observed) / (recent / 3), written so that a whole
         number of months stays whole in floating point.  */
      out->projected_defined = 1;
      out->projected_month = out->as_of
        + (long) ceil ((plan->target - out->observed) * 3.0
                       / (double) recent);
    }
  return 0;
}
