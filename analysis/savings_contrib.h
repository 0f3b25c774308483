/* savings_contrib.h -- the savings figures as a bootstrap problem

   Every savings figure of savings.h depends on the cohort only through
   the before and after costs per category and the number of
   participants.  Participant p's contribution row has
   SP_SAVINGS_CONTRIB_WIDTH columns:

     [2 c]     before cost of p in category c = sum over services s of
               category c of q[p,s,before] x unit_cost[s]
     [2 c + 1] after cost of p in category c, likewise
     [SP_SAVINGS_CONTRIB_COHORT]  1 (p is in the usage cohort)

   From the summed row S (any multiset of participants), with
   B = sum_c S[2c], A = sum_c S[2c+1], n = S[COHORT]:

     saving          = B - A
     saving_rate     = (B - A) / B                 (undefined if B = 0)
     per_participant = (B - A) / n                 (undefined if n = 0)
     scaled saving   = (B - A) x N / n             (N = scale_n)
     cost_reduction of c = (S[2c] - S[2c+1]) / S[2c] (undefined if 0)

   the same formulas as savings.h (the totals are added per participant
   before per service, so they may differ from sp_savings_compute in the
   last bits).  Undefined figures are NaN here (bootstrap.h).  No I/O.  */

#ifndef SP_SAVINGS_CONTRIB_H
#define SP_SAVINGS_CONTRIB_H

#include <stddef.h>

#include "boot_intervals.h"
#include "ci.h"
#include "reliability.h"
#include "usage.h"

#define SP_SAVINGS_CONTRIB_COHORT (2 * SP_N_CATEGORIES)
#define SP_SAVINGS_CONTRIB_WIDTH (2 * SP_N_CATEGORIES + 1)

/* The figures, in the order the statistic writes them.  */
enum
{
  SP_SAVINGS_FIG_SAVING = 0,
  SP_SAVINGS_FIG_SAVING_RATE,
  SP_SAVINGS_FIG_PER_PARTICIPANT,
  SP_SAVINGS_FIG_SCALED,
  SP_SAVINGS_FIG_COST_REDUCTION,   /* + category */
  SP_SAVINGS_N_FIGURES = SP_SAVINGS_FIG_COST_REDUCTION + SP_N_CATEGORIES
};

/* Fill OUT (caller's, U->n_participants x SP_SAVINGS_CONTRIB_WIDTH
   doubles, row p for U->ids[p]) with each participant's contribution,
   priced with COSTS.  */
void sp_savings_contributions (const sp_usage *u, const sp_unit_costs *costs,
                               double *out);

/* The statistic (bootstrap.h): SUMS, SP_SAVINGS_CONTRIB_WIDTH summed
   columns, to the SP_SAVINGS_N_FIGURES figures at THETA.  ARG points to
   the scale N (a double; 0 makes the scaled saving undefined).  */
void sp_savings_statistic (const double *sums, double *theta,
                           const void *arg);

/* The bootstrap interval of the cohort's saving per participant x
   TARGET (rollout.cohort_saving, issue 5) into OUT (caller's), from
   cohort U priced with COSTS, under settings S, resampling the
   participants in identifier order (bootstrap_design.h) as the
   intervals section does, and the verdict on it into REL
   (reliability.h: withheld, OUT without ends, below five
   participants).  Returns 0, or -1 (OUT untouched) when the cohort is
   empty.  */
int sp_savings_scaled_interval (const sp_usage *u, const sp_unit_costs *costs,
                                double target, const sp_boot_settings *s,
                                sp_ci *out, sp_reliability *rel);

#endif /* SP_SAVINGS_CONTRIB_H */
