/* trajectory.h -- month by month from the first referral to the target

   The referral ramp gives the expected referrals in month m (m = 0 is
   the ramp's start month):

     referrals[m] = min (ceiling, start * (1 + growth)^m)

   Every referral is assessed in the month it arrives, and a share
   CONVERSION of the people assessed get a PHB:

     assessments[m] = referrals[m]
     new_phbs[m]    = conversion * assessments[m]
     live_phbs[m]   = live_phbs[m - 1] + new_phbs[m]

   In the month the target is reached only the referrals still needed
   are counted ((target - live_phbs[m - 1]) / conversion); afterwards
   recruitment stops (no referrals, assessments or new PHBs) and
   live_phbs stays at the target.  PHBs do not end: churn is not
   modelled.  Numbers are expectations and are not rounded.  */

#ifndef SP_TRAJECTORY_H
#define SP_TRAJECTORY_H

#include <stddef.h>

typedef struct
{
  double start;     /* referrals a month in the start month, above 0 */
  double growth;    /* monthly growth, a fraction above -1 */
  double ceiling;   /* referrals a month never exceed this, above 0 */
} sp_ramp;

typedef struct
{
  size_t n_months;
  double *referrals;      /* n_months each (owned) */
  double *assessments;
  double *new_phbs;
  double *live_phbs;
  int reached;            /* the target was reached */
  size_t reached_index;   /* month (0-based) it was reached in */
} sp_trajectory;

/* Follow RAMP until TARGET PHBs are live (TARGET >= 0, CONVERSION in
   (0, 1]), and on to at least MIN_MONTHS months, but never beyond
   MAX_MONTHS (>= MIN_MONTHS, >= 1).  OUT is the caller's; its arrays are
   allocated here and released by sp_trajectory_free.  */
void sp_trajectory_compute (const sp_ramp *ramp, double target,
                            double conversion, size_t min_months,
                            size_t max_months, sp_trajectory *out);

void sp_trajectory_free (sp_trajectory *t);

/* The constant number of referrals a month that would reach TARGET at
   CONVERSION in MONTHS months: TARGET / (CONVERSION * MONTHS).  */
double sp_trajectory_required_rate (double target, double conversion,
                                    int months);

#endif /* SP_TRAJECTORY_H */
