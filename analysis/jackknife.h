/* jackknife.h -- leave-one-out figures, BCa acceleration and influence

   For a bootstrap problem (bootstrap.h) with column totals T, the figure
   without participant i is the statistic of T - x_i: O(k) work per
   participant, no re-reading.  From these leave-one-out values
   theta_(i):

   Jackknife influence values, centred within each stratum h of n_h
   participants (as R's boot does for stratified data, boot:::usual.jack):

     U_i = (n_h - 1) (mean_h - theta_(i)),   mean_h = mean of theta_(j)
                                              over j in stratum h

   BCa acceleration (Efron 1987; Davison and Hinkley 1997, eq. 5.23):

     a = sum_i U_i^3 / (6 (sum_i U_i^2)^(3/2))

   With one stratum the factor (n - 1) cancels between numerator and
   denominator, so this is the usual a = sum (mean - theta_(i))^3 /
   (6 (sum (mean - theta_(i))^2)^(3/2)) of Efron and Tibshirani (1993,
   eq. 14.15) and scipy.stats.bootstrap.

   Influence on a figure: participant i's influence is
   theta_hat - theta_(i), how much the figure falls when i is left out
   (for a total, exactly i's own contribution).  The share carried by the
   top q participants is the sum of the q largest influences over
   theta_hat.  No I/O.  */

#ifndef SP_JACKKNIFE_H
#define SP_JACKKNIFE_H

#include <stddef.h>

#include "bootstrap.h"

/* Leave-one-out figures of problem P: TOTAL holds the P->k column sums
   of all rows (as sp_boot_estimate computes them); LOO (caller's,
   P->m x P->n doubles) receives figure j without participant i at
   LOO[j * P->n + i] (NaN when undefined).  Allocates only a k-vector.  */
void sp_jack_loo (const sp_boot_problem *p, const double *total,
                  double *loo);

/* Influence values U (caller's, N doubles) of one figure from its N
   leave-one-out values LOO, centred within the strata given by STRATA
   (N_STRATA + 1 row offsets, or NULL for one stratum).  Returns 0, or -1
   when a leave-one-out value is undefined (U is then unusable).  */
int sp_jack_influence_values (const double *loo, size_t n,
                              const size_t *strata, size_t n_strata,
                              double *u);

/* The acceleration from the N influence values U into *A.  Returns 0,
   or -1 when it is undefined (every U_i is 0, or not finite).  */
int sp_jack_acceleration (const double *u, size_t n, double *a);

/* How much of a figure rests on a few participants.  */
#define SP_INFLUENCE_N_TOP 3
extern const size_t sp_influence_top[SP_INFLUENCE_N_TOP]; /* 1, 2, 5 */

typedef struct
{
  size_t n;                   /* participants considered */
  double estimate;            /* theta_hat */
  double *influence;          /* n values theta_hat - theta_(i), largest
                                 first (owned) */
  size_t *row;                /* n rows of the problem, same order (owned) */
  double loo_min;             /* range of the leave-one-out figures */
  double loo_max;
  int defined;                /* 0 when a leave-one-out value or the
                                 estimate is undefined */
  int share_defined[SP_INFLUENCE_N_TOP]; /* estimate != 0 and q <= n */
  double share[SP_INFLUENCE_N_TOP];      /* top-q influence / estimate */
} sp_influence;

/* The influence summary of one figure with estimate ESTIMATE and
   leave-one-out values LOO (indexed by row), over the N_ROWS rows listed
   in ROWS (NULL: rows 0 .. N_ROWS - 1), into OUT (caller's struct; its
   arrays are allocated here and released by sp_influence_free).  Ties
   keep row order.  */
void sp_jack_influence (const double *loo, const size_t *rows,
                        size_t n_rows, double estimate, sp_influence *out);

/* Release what INF owns.  */
void sp_influence_free (sp_influence *inf);

#endif /* SP_JACKKNIFE_H */
