/* boot_intervals.h -- bootstrap intervals of every figure of a problem

   Puts bootstrap.h, jackknife.h and ci.h together: the estimate of each
   figure from the column totals, B stratified resamples, the
   leave-one-out figures, each figure's stratified jackknife acceleration
   and its interval.  For the studentized method also each figure's
   linearised standard error of the data and of every resample
   (sp_boot_standard_errors, sp_boot_run_se).  No I/O.  */

#ifndef SP_BOOT_INTERVALS_H
#define SP_BOOT_INTERVALS_H

#include <stddef.h>

#include "bootstrap.h"
#include "ci.h"

/* How to bootstrap.  */
typedef struct
{
  size_t resamples;     /* B, >= 1 */
  double level;         /* e.g. 0.95 */
  sp_ci_method method;
  unsigned long seed;
  int threads;          /* 0 = all cores */
  const sp_work_progress *progress; /* told of the resamples' progress
                                  (work_progress.h); NULL = nobody */
} sp_boot_settings;

typedef struct
{
  size_t m;             /* figures */
  size_t n;             /* participants */
  size_t b;             /* resamples */
  double *sums;         /* k column totals (owned) */
  double *estimate;     /* m figures of the data, NaN when undefined
                           (owned) */
  sp_ci *ci;            /* m intervals (owned) */
  double *replicates;   /* m x B: figure j at [j * B]; its first
                           ci[j].used values are its defined replicates,
                           sorted (owned) */
  double *loo;          /* m x n leave-one-out figures (owned) */
  sp_ci *by_method;     /* m x SP_CI_N_METHODS: figure j by method M
                           at [j * SP_CI_N_METHODS + M], for the figures
                           P->alternatives flags (zeros elsewhere); NULL
                           without them (owned) */
  double *se_estimate;  /* m linearised standard errors of the data
                           (when a figure is studentized, else NULL;
                           owned) */
} sp_boot_intervals;

/* The interval method of figure J of P under S: S->method, or for
   SP_CI_AUTO the method the coverage study (docs/methods/bootstrap.md)
   supports for the figure's kind (P->ratio): percentile for a ratio,
   BCa for a total, mean or difference (studentized covers a little
   more often there, but with a few heavy participants its upper end
   runs to many times the figure, so it is offered, not the default).  */
sp_ci_method sp_boot_interval_method (const sp_boot_problem *p,
                                      const sp_boot_settings *s, size_t j);

/* Bootstrap problem P under settings S into OUT (caller's struct, its
   arrays allocated here and released by sp_boot_intervals_free).  */
void sp_boot_intervals_compute (const sp_boot_problem *p,
                                const sp_boot_settings *s,
                                sp_boot_intervals *out);

/* Release what R owns.  */
void sp_boot_intervals_free (sp_boot_intervals *r);

#endif /* SP_BOOT_INTERVALS_H */
