/* comparison.h -- savings against a comparison group (issue 14)

   People join a programme at a time of high need, and their use of
   services often falls the next year by itself (regression to the
   mean).  A before/after saving cannot tell that fall from the
   programme's effect; a comparison group -- people like the
   participants, selected at the same point of need, not on the
   programme, observed over the same windows -- can.  This module
   computes, from each participant's annual cost in the baseline and the
   after period (pounds per participant per year, costs priced with the
   same unit-cost set), three estimates:

   The comparison cohort (n0 participants, costs b0[i], a0[i]):
     baseline_cost = sum_i b0[i]        after_cost = sum_i a0[i]
     change        = baseline_cost - after_cost
     change_rate   = change / baseline_cost        (undefined if 0)

   Difference in differences (programme: n1 participants, b1[i], a1[i]):
     per_participant = (mean b1 - mean a1) - (mean b0 - mean a0)
     saving          = per_participant x n1
     saving_rate     = saving / sum_i b1[i]        (undefined if 0)
   It assumes the programme's costs would have changed by as much as the
   comparison group's did; it is undefined when either group is empty.

   Baseline-adjusted (ANCOVA): the ordinary least-squares fit over both
   cohorts' n1 + n0 participants
     after = alpha + beta x baseline + gamma x programme + error
   (programme = 1 for a programme participant, 0 for a comparison one),
   by GSL's gsl_multifit_linear (SVD), the baseline column centred on
   its mean for conditioning (which changes alpha only).  Then
     per_participant      = -gamma     (a saving: after costs lower)
     saving               = -gamma x n1
     saving_rate          = saving / sum_i b1[i]   (undefined if 0)
     baseline_coefficient = beta
   Equivalently (Frisch-Waugh), with group means and the pooled
   within-group sums Sbb = sum_g sum_i (b - mean_g b)^2 and
   Sab = sum_g sum_i (a - mean_g a)(b - mean_g b):
     beta  = Sab / Sbb
     gamma = (mean a1 - mean a0) - beta (mean b1 - mean b0)
   which is what the bootstrap statistic below uses.  Undefined with
   fewer than 3 participants, an empty group, or no variation of the
   baseline within the groups (the design has rank < 3: baseline and
   group cannot be told apart).  When beta = 1 the adjusted estimate is
   the difference in differences; when the groups have the same mean
   baseline the two also agree.

   The baseline difference (programme mean baseline cost - comparison
   mean baseline cost) says how far the groups differ at the start, the
   one difference between them the data show.  No I/O.  */

#ifndef SP_COMPARISON_H
#define SP_COMPARISON_H

#include <stddef.h>

#include "boot_intervals.h"
#include "usage.h"

/* One group's participants' annual costs (borrowed).  */
typedef struct
{
  const double *before;     /* n costs in the baseline period, pounds a
                               year */
  const double *after;      /* n costs in the after period */
  size_t n;                 /* participants observed in both periods */
  size_t excluded;          /* observed in one period only */
} sp_comparison_group;

/* A cohort's totals and means.  */
typedef struct
{
  size_t participants;
  size_t excluded_participants;
  double baseline_cost;     /* sum of baseline costs */
  double after_cost;
  double change;            /* baseline_cost - after_cost */
  int change_rate_defined;  /* 0 when baseline_cost is 0 */
  double change_rate;       /* change / baseline_cost */
  int means_defined;        /* 0 when there are no participants */
  double mean_baseline_cost;
  double mean_after_cost;
} sp_comparison_cohort;

/* Difference in differences.  */
typedef struct
{
  int defined;              /* both groups have participants */
  double per_participant;
  double saving;
  int saving_rate_defined;
  double saving_rate;
} sp_comparison_did;

/* Why the adjusted estimate is undefined.  */
typedef enum
{
  SP_ADJUSTED_OK = 0,
  SP_ADJUSTED_TOO_FEW,          /* an empty group, or fewer than 3 in all */
  SP_ADJUSTED_NO_VARIATION      /* baseline constant within the groups */
} sp_adjusted_problem;

/* The baseline-adjusted (ANCOVA) estimate.  */
typedef struct
{
  int defined;
  sp_adjusted_problem problem;
  double per_participant;       /* -gamma */
  double saving;                /* -gamma x n1 */
  int saving_rate_defined;
  double saving_rate;
  double baseline_coefficient;  /* beta */
  double intercept;             /* alpha, for the uncentred baseline */
  size_t observations;          /* n1 + n0 */
} sp_comparison_adjusted;

typedef struct
{
  sp_comparison_cohort programme;
  sp_comparison_cohort comparison;
  int baseline_difference_defined;   /* both groups have participants */
  double baseline_difference;        /* programme mean baseline cost -
                                        comparison mean baseline cost */
  int baseline_difference_rate_defined;
  double baseline_difference_rate;   /* / comparison mean baseline cost */
  sp_comparison_did did;
  sp_comparison_adjusted adjusted;
} sp_comparison;

/* Each participant's annual cost in the baseline and after period of
   cohort U priced with COSTS: BEFORE[p] = sum_s q[p,s,before] x c[s],
   AFTER[p] likewise (caller's arrays of U->n_participants doubles).  */
void sp_comparison_costs (const sp_usage *u, const sp_unit_costs *costs,
                          double *before, double *after);

/* Compute every figure of PROGRAMME against COMPARISON into OUT
   (caller's; nothing is allocated).  */
void sp_comparison_compute (const sp_comparison_group *programme,
                            const sp_comparison_group *comparison,
                            sp_comparison *out);

/* As a bootstrap problem (bootstrap.h).  Each participant's row has
   SP_COMPARISON_CONTRIB_WIDTH columns, with b = baseline cost - S_b and
   a = after cost - S_a for the group's shifts S_b, S_a (constants, the
   group's means on the data, which keep the sums small so no precision
   is lost in the centred sums; every figure is unchanged by them):
     [0] 1   [1] b   [2] b^2   [3] a   [4] a x b
   A programme participant's columns and a comparison participant's are
   different columns of the design (the groups are resampled
   independently, each within its own strata).  */
#define SP_COMPARISON_CONTRIB_WIDTH 5

/* The figures, in the order the statistic writes them.  */
enum
{
  SP_COMPARISON_FIG_DID_SAVING = 0,
  SP_COMPARISON_FIG_DID_PER_PARTICIPANT,
  SP_COMPARISON_FIG_DID_SAVING_RATE,
  SP_COMPARISON_FIG_ADJUSTED_SAVING,
  SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT,
  SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE,
  SP_COMPARISON_N_FIGURES
};

/* Where the statistic finds each group's summed columns and the shifts
   their rows were made with.  Index 0 is the programme, 1 the
   comparison group.  */
typedef struct
{
  size_t col[2];            /* first column of each group in the sums */
  double shift_before[2];
  double shift_after[2];
  size_t width;             /* columns of the gradient's rows (the
                               statistic's window): at least col[k] +
                               SP_COMPARISON_CONTRIB_WIDTH */
} sp_comparison_boot;

/* The shifts of group G: its mean baseline and after cost (0 when it is
   empty).  */
void sp_comparison_shifts (const sp_comparison_group *g, double *shift_before,
                           double *shift_after);

/* Fill OUT (caller's, G->n x SP_COMPARISON_CONTRIB_WIDTH doubles, row i
   for participant i) with group G's contributions under the shifts.  */
void sp_comparison_contributions (const sp_comparison_group *g,
                                  double shift_before, double shift_after,
                                  double *out);

/* The statistic (bootstrap.h): from the design's summed columns SUMS,
   read at ARG's (an sp_comparison_boot) columns, write the
   SP_COMPARISON_N_FIGURES figures at THETA, NaN where undefined (an
   empty group; for the adjusted figures also Sbb <= 1e-12 x the groups'
   summed b^2, i.e. no variation of the baseline within the groups).
   Allocates nothing.  */
void sp_comparison_statistic (const double *sums, double *theta,
                              const void *arg);

/* Its gradient (bootstrap.h), analytic: SP_COMPARISON_N_FIGURES rows of
   ARG->width columns, figure-major, the derivative of each figure with
   respect to each summed column (0 outside the two groups' columns; NaN
   throughout for a figure that is undefined at SUMS).  With, per group,
   n = s0, mean b = s1/n + S_b, mean a = s3/n + S_a,
   Sbb = s2 - s1^2/n, Sab = s4 - s1 s3/n, the derivatives follow from
   those of the means (d/ds1 = 1/n, d/dn = -s1/n^2), of Sbb (d/ds2 = 1,
   d/ds1 = -2 s1/n, d/dn = s1^2/n^2) and of Sab (d/ds4 = 1,
   d/ds1 = -s3/n, d/ds3 = -s1/n, d/dn = s1 s3/n^2); beta = Sab/Sbb,
   gamma = (difference of mean a) - beta (difference of mean b), the
   savings x n1 and the rates / (s1 + n1 S_b) of the programme.  SCALE
   and WORK are not needed.  */
void sp_comparison_gradient (const double *sums, const double *theta,
                             const double *scale, double *grad,
                             double *work, const void *arg);

/* The bootstrap interval of the adjusted saving per participant x
   TARGET (the rollout's cohort saving against a comparison group) into
   OUT (caller's), resampling PROGRAMME's participants (identifiers
   PROGRAMME_IDS) and COMPARISON's (COMPARISON_IDS, none shared with the
   programme's) independently, each group a stratum of its own, under
   settings S; rows in identifier order within each group, so the order
   of the input files does not matter.  Returns 0, or -1 (OUT untouched)
   when a group has fewer than two participants.  Defined in
   comparison_boot.c.  */
int sp_comparison_scaled_interval (const sp_comparison_group *programme,
                                   char *const *programme_ids,
                                   const sp_comparison_group *comparison,
                                   char *const *comparison_ids,
                                   double target, const sp_boot_settings *s,
                                   sp_ci *out);

#endif /* SP_COMPARISON_H */
