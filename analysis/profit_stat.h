/* profit_stat.h -- the social value and the social profit as bootstrap
   statistics

   bootstrap.h resamples participants' contribution rows and turns each
   resample's column sums into figures with a statistic.  The savings
   (savings_contrib.h) and the register's investment and local economy
   (contrib.h) have theirs beside their formulas; these are the two that
   combine modules:

   sp_value_statistic   from the outcome part's sums (social_value.h's
                        layout, SP_SV_PER_DOMAIN columns per domain):
                          theta[0]     social_value.total
                          theta[1 + o] the present value of outcome o
                                       (proxy order; NaN when its
                                       improvement is undefined)
   sp_profit_statistic  from the sums of all three parts (usage, outcomes,
                        register, each at its own first column):
                          theta[0]     social_profit.net
                          theta[1]     social_profit.sroi_ratio
                          theta[2]     social_profit.net_per_person
                          theta[3]     social_profit.
                                       sroi_ratio_budgets_additional
                        (NaN when undefined) with sp_social_profit_compute
                        of the saving and its participants
                        (savings_contrib.h), the social value over the
                        outcome file's participants (a constant: the
                        stratified resampling keeps every data set's
                        size), the additional local effect (0 unless it
                        is measured and a counterfactual LM3 is given;
                        local_economy.h), the investment, the live plans
                        and the mean budget (contrib.h).

   Both go through the same from-sums functions as the sections' own
   figures, so a resample of every participant gives those figures.

   Their gradients (bootstrap.h's sp_boot_gradient, for the linearised
   standard errors of studentized intervals) are cheap enough to take in
   every resample:
   sp_value_gradient    an outcome's present value depends only on the
                        four sums of its domain, and the total is the sum
                        of the defined outcomes' values; so one central
                        difference perturbs the same column of every
                        domain at once: 8 valuations for any number of
                        domains, not 8 per domain;
   sp_profit_gradient   the outcome part enters the profit figures only
                        through the social value total, so its columns
                        get d theta / d total times the total's gradient;
                        the usage and register columns central
                        differences with the total held (no valuation).
   Thread-safe; allocate nothing.  No I/O.  */

#ifndef SP_PROFIT_STAT_H
#define SP_PROFIT_STAT_H

#include <stddef.h>

#include "comparison.h"
#include "contrib.h"
#include "social_value.h"

/* What the value statistic needs (all borrowed).  */
typedef struct
{
  const sp_instrument *inst;
  const sp_value_proxies *proxies;
  const sp_value_settings *settings;
} sp_value_stat;

/* Figures sp_value_statistic writes for PROXIES: 1 + PROXIES->n.  */
size_t sp_value_stat_figures (const sp_value_proxies *proxies);

/* The statistic (bootstrap.h): SUMS in the outcome layout to the
   figures above.  ARG points to an sp_value_stat.  */
void sp_value_statistic (const double *sums, double *theta, const void *arg);

/* Its gradient (bootstrap.h), (1 + PROXIES->n) x width: width =
   sp_social_value_width.  ARG points to an sp_value_stat.  */
void sp_value_gradient (const double *sums, const double *theta,
                        const double *scale, double *grad, double *work,
                        const void *arg);

/* Where the profit statistic finds each part's sums.  */
typedef struct
{
  size_t usage_col;          /* first column of the usage part */
  size_t outcomes_col;       /* ... of the outcome part */
  size_t register_col;       /* ... of the register part */
  size_t width;              /* all columns (the gradient's row) */
  sp_value_stat value;
  sp_contrib_problem contrib; /* investment and LM3 (contrib.h) */
  int local;                 /* the local economy is measured */
  double counterfactual_lm3; /* < 0: not given (no local effect counted) */
  double value_participants; /* social_value.participants */
  double budget_additional_share; /* 0 when not stated */
  const sp_comparison_boot *comparison; /* NULL: the NHS saving is the
                               before/after one; else the saving against
                               the comparison group (comparison.h's
                               adjusted saving, its columns absolute in
                               the sums), as social profit counts it
                               then (issue 14) */
} sp_profit_stat;

#define SP_PROFIT_STAT_FIGURES 4

/* The statistic (bootstrap.h): SUMS of all parts to the figures above.
   ARG points to an sp_profit_stat.  */
void sp_profit_statistic (const double *sums, double *theta,
                          const void *arg);

/* Its gradient (bootstrap.h), SP_PROFIT_STAT_FIGURES x ARG->width.  ARG
   points to an sp_profit_stat.  */
void sp_profit_gradient (const double *sums, const double *theta,
                         const double *scale, double *grad, double *work,
                         const void *arg);

#endif /* SP_PROFIT_STAT_H */
