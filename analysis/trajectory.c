/* trajectory.c -- month by month from the first referral to the target */

#include "trajectory.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Live PHBs count as the target once within this of it, so that
   rounding in the sum never leaves a sliver of a PHB to recruit.  */
#define REACHED_TOLERANCE 1e-9

void
sp_trajectory_compute (const sp_ramp *ramp, double target,
                       double conversion, size_t min_months,
                       size_t max_months, sp_trajectory *out)
{
  memset (out, 0, sizeof *out);
  if (max_months < 1)
    max_months = 1;
  if (min_months > max_months)
    min_months = max_months;
  out->referrals = sp_xcalloc (max_months, sizeof (double));
  out->assessments = sp_xcalloc (max_months, sizeof (double));
  out->new_phbs = sp_xcalloc (max_months, sizeof (double));
  out->live_phbs = sp_xcalloc (max_months, sizeof (double));

  double live = 0;
  size_t m = 0;
  for (; m < max_months; m++)
    {
      if (out->reached && m >= min_months)
        break;
      double referrals = 0, new_phbs = 0;
      if (!out->reached)
        {
          referrals = ramp->start * pow (1 + ramp->growth, (double) m);
          if (referrals > ramp->ceiling)
            referrals = ramp->ceiling;
          new_phbs = conversion * referrals;
          if (live + new_phbs >= target - REACHED_TOLERANCE)
            {
              new_phbs = target - live;
              referrals = new_phbs / conversion;
              out->reached = 1;
              out->reached_index = m;
            }
        }
      live = out->reached ? target : live + new_phbs;
      out->referrals[m] = referrals;
      out->assessments[m] = referrals;
      out->new_phbs[m] = new_phbs;
      out->live_phbs[m] = live;
    }
  out->n_months = m;
}

void
sp_trajectory_free (sp_trajectory *t)
{
  free (t->referrals);
  free (t->assessments);
  free (t->new_phbs);
  free (t->live_phbs);
  memset (t, 0, sizeof *t);
}

double
sp_trajectory_required_rate (double target, double conversion, int months)
{
  return target / (conversion * (double) months);
}
