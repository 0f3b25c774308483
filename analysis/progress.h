/* progress.h -- the rollout against its plan (issue 10)

   A scenario's trajectory (trajectory.h) says how many PHBs should be
   live each month from its start month; the register month by month
   (register_monthly.h) says how many are.  At the month AS_OF (the
   last month of the register's months: the month of the reporting
   period's end, or of the last date in the register):

     observed   = cumulative_phbs at AS_OF   (plans with an approval
                                              date; undated ones cannot
                                              be placed and are not
                                              counted)
     planned    = live_phbs of the trajectory at AS_OF; 0 before the
                  scenario's start month; the last month's value after
                  the trajectory ends (it stays at the target)
     difference = observed - planned
     status     = "on plan" when |difference| <= 0.1 x planned (and, with
                  planned = 0, when observed = 0 too); otherwise "ahead"
                  when difference > 0 and "behind" when < 0
     recent_rate = (new PHBs in AS_OF and the two months before) / 3
                  (no plan is approved before the first referral, so a
                   register shorter than three months still divides by
                   three)
     projected target month:
       observed >= target: the first month whose cumulative_phbs
                           reached the target
       recent_rate > 0:    AS_OF + ceil ((target - observed) /
                                          recent_rate)
       otherwise:          undefined

   No I/O here.  */

#ifndef SP_PROGRESS_H
#define SP_PROGRESS_H

#include <stddef.h>

#include "register_monthly.h"

typedef enum
{
  SP_PROGRESS_BEHIND = -1,
  SP_PROGRESS_ON_PLAN = 0,
  SP_PROGRESS_AHEAD = 1
} sp_progress_status;

/* The plan: the trajectory's live PHBs, month 0 being START_MONTH.  */
typedef struct
{
  const double *live_phbs;  /* n_months values (borrowed) */
  size_t n_months;
  long start_month;         /* year x 12 + month - 1 */
  double target;            /* target_phbs */
} sp_progress_plan;

typedef struct
{
  long as_of;               /* year x 12 + month - 1 */
  double observed;
  double planned;
  double difference;
  sp_progress_status status;
  double recent_rate;       /* new PHBs a month */
  int projected_defined;
  long projected_month;     /* year x 12 + month - 1 */
} sp_progress;

/* Name of STATUS: "ahead", "on plan" or "behind".  Static string.  */
const char *sp_progress_status_name (sp_progress_status status);

/* Compare the register's months M (n_months > 0) with PLAN into OUT
   (caller's).  Returns 0, or -1 when M has no months.  */
int sp_progress_compute (const sp_register_monthly *m,
                         const sp_progress_plan *plan, sp_progress *out);

#endif /* SP_PROGRESS_H */
