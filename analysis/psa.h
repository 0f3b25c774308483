/* psa.h -- probabilistic and one-way sensitivity analysis of a rollout

   Probabilistic: each of N simulations draws every parameter of the
   scenario from its distribution (truncated to its range, see
   distribution.h), projects the scenario and keeps the net saving (first
   year at target) and the NPV.  Draws are made in blocks of
   SP_PSA_BLOCK; block b has its own GSL generator (mt19937) seeded from
   (seed, b) alone, and within a draw the parameters are drawn in their
   order in the scenario.  Threads take whole blocks (parallel.h), so
   the draws, and every figure from them, are the same for any number of
   threads.

   One-way: every parameter with a low and a high value is set to each
   in turn, the others staying at their base case, and the net saving
   and NPV are recorded.  Rows are sorted by swing |net_high - net_low|,
   largest first (ties: NPV swing, then scenario order), for a tornado
   chart.  */

#ifndef SP_PSA_H
#define SP_PSA_H

#include <stddef.h>

#include "work_progress.h"
#include "rollout.h"

#define SP_PSA_BLOCK 1000

typedef struct
{
  size_t n;             /* simulations */
  unsigned long seed;
  double *net_saving;   /* n, in draw order (owned) */
  double *npv;          /* n (owned) */
} sp_psa_draws;

/* Run N simulations of S with SEED on THREADS threads (0 = one per
   online processor) into OUT (caller's struct; arrays allocated here,
   released by sp_psa_draws_free), telling PROGRESS (NULL = nobody) of
   the blocks done.  */
void sp_psa_run (const sp_scenario *s, size_t n, unsigned long seed,
                 int threads, const sp_work_progress *progress,
                 sp_psa_draws *out);

void sp_psa_draws_free (sp_psa_draws *d);

/* The percentile interval at LEVEL (e.g. 0.95) of the N values X (not
   modified): the (1 - LEVEL)/2 and (1 + LEVEL)/2 quantiles, GSL's
   gsl_stats_quantile_from_sorted_data.  N must be at least 1.  */
void sp_psa_percentile (const double *x, size_t n, double level,
                        double *lower, double *upper);

/* The share of the N values X that are above 0.  */
double sp_psa_share_positive (const double *x, size_t n);

typedef struct
{
  size_t param;         /* index into the scenario's params */
  double low;
  double high;
  double net_low;       /* net saving with the parameter at LOW */
  double net_high;
  double npv_low;
  double npv_high;
} sp_sensitivity;

/* One-way sensitivity of S around the base values BASE.  Returns the
   number of rows and stores them in *ROWS (allocated here, caller
   frees; NULL when there are none).  */
size_t sp_psa_sensitivity (const sp_scenario *s, const double *base,
                           sp_sensitivity **rows);

#endif /* SP_PSA_H */
