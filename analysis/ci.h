/* ci.h -- confidence intervals from bootstrap replicates

   Given the estimate theta_hat of a figure, its B bootstrap replicates
   theta*_b and a level L (0.95), with alpha = (1 - L) / 2 and
   Q(p) the p-quantile of the sorted replicates (GSL's
   gsl_stats_quantile_from_sorted_data: linear interpolation at
   (B - 1) p, as numpy.percentile's default):

     percentile  [Q(alpha), Q(1 - alpha)]
     basic       [2 theta_hat - Q(1 - alpha), 2 theta_hat - Q(alpha)]
     studentized [theta_hat - T(1 - alpha) se, theta_hat - T(alpha) se]
                 (bootstrap-t), T(p) the p-quantile of the resamples'
                 t*_b = (theta*_b - theta_hat) / se*_b, se*_b the
                 resample's own linearised standard error and se that of
                 the data (bootstrap.h: sp_boot_run_se,
                 sp_boot_standard_errors); no nested bootstrap
     bca         [Q(a1), Q(a2)] with
                 z0 = Phi^-1(#{theta*_b < theta_hat} / B)
                 a1 = Phi(z0 + (z0 + z_alpha) / (1 - a (z0 + z_alpha)))
                 a2 = Phi(z0 + (z0 + z_1-alpha) / (1 - a (z0 + z_1-alpha)))
                 a the acceleration (jackknife.h)

   Ties: z0 counts the replicates strictly below theta_hat, as R's
   boot.ci does (scipy.stats.bootstrap 1.10 counts a tie as one half;
   the two agree unless replicates equal the estimate exactly).  Phi and
   Phi^-1 are gsl_cdf_ugaussian_P and _Pinv.

   Also the standard error (the replicates' standard deviation, divisor
   B - 1) and the bias (their mean - theta_hat).

   Degenerate cases never give NaN; each sets a note flag:
     - a replicate may be undefined (NaN: a ratio over a zero sum in that
       resample); such resamples are left out and counted;
     - every replicate equal: the interval collapses to the estimate;
     - BCa undefined (no replicate below, or none above, the estimate; no
       acceleration; an adjusted level outside (0, 1)): percentile
       instead, and said;
     - too few resamples for the level: an end would lie beyond the
       extreme replicates ((B + 1) p outside (1, B), R's criterion), so
       the extreme replicates are the ends; said;
     - studentized undefined (the data's standard error is 0 or
       undefined, fewer than two resamples with a t, or an end would need
       an infinite t from a resample whose standard error is 0):
       percentile instead, and said.
   No I/O.  */

#ifndef SP_CI_H
#define SP_CI_H

#include <stddef.h>

typedef enum
{
  SP_CI_PERCENTILE = 0,
  SP_CI_BASIC = 1,
  SP_CI_BCA = 2,
  SP_CI_STUDENTIZED = 3,
  /* Not an interval of its own: each figure gets the method the
     coverage study found closest to its nominal level for its kind
     (boot_intervals.h): studentized for totals, percentile for
     ratios.  */
  SP_CI_AUTO = 4
} sp_ci_method;

/* The interval methods proper (AUTO chooses among them).  */
#define SP_CI_N_METHODS 4

/* Note flags of an interval.  */
enum
{
  SP_CI_NOTE_NO_ESTIMATE = 1,   /* the figure itself is undefined */
  SP_CI_NOTE_UNDEFINED = 2,     /* some resamples left the figure
                                   undefined and were dropped */
  SP_CI_NOTE_CONSTANT = 4,      /* every resample gave the same value */
  SP_CI_NOTE_BCA_FALLBACK = 8,  /* BCa undefined: percentile used */
  SP_CI_NOTE_FEW_RESAMPLES = 16, /* ends are extreme replicates */
  SP_CI_NOTE_STUDENTIZED_FALLBACK = 32, /* studentized undefined:
                                           percentile used */
  SP_CI_NOTE_TOO_FEW = 64       /* too few participants: withheld
                                   (reliability.h) */
};

typedef struct
{
  int defined;              /* lower and upper hold an interval */
  double estimate;          /* theta_hat (0 when undefined) */
  double lower;
  double upper;
  double level;
  sp_ci_method requested;
  sp_ci_method method;      /* what was used (percentile after a BCa
                               fallback) */
  size_t resamples;         /* B asked for */
  size_t used;              /* resamples where the figure was defined */
  int se_defined;           /* used >= 2 */
  double standard_error;
  int bias_defined;         /* used >= 1 and estimate defined */
  double bias;
  int bca_defined;          /* z0 and acceleration below were used */
  double z0;
  double acceleration;
  int studentized_defined;  /* the t quantiles below were used */
  double se_estimate;       /* the data's linearised standard error */
  size_t t_used;            /* resamples with a t (studentized) */
  double t_lower;           /* T(alpha), T(1 - alpha) */
  double t_upper;
  unsigned notes;           /* SP_CI_NOTE_* flags */
} sp_ci;

/* Name of METHOD: "percentile", "basic", "bca", "studentized" or
   "auto".  Static string.  */
const char *sp_ci_method_name (sp_ci_method method);

/* Parse a method name (exact, lower case) into *OUT; 0 or -1.  */
int sp_ci_method_parse (const char *text, sp_ci_method *out);

/* The interval of one figure into OUT (caller's).  REPLICATES holds its
   B resample values (NaN = undefined); they are rearranged in place: on
   return the first OUT->used of them are the defined values, sorted.
   ESTIMATE is NaN when the figure is undefined.  ACCEL_DEFINED and
   ACCEL give the jackknife acceleration (used by BCa only).  */
void sp_ci_compute (double *replicates, size_t b, double estimate,
                    double level, sp_ci_method method, int accel_defined,
                    double accel, sp_ci *out);

/* The studentized (bootstrap-t) interval of one figure into OUT
   (caller's): REPLICATES and ESTIMATE as for sp_ci_compute (the
   standard error, bias and the degenerate cases are the same); SE holds
   the B resamples' own standard errors (NaN where undefined) and
   SE_ESTIMATE the data's.  SE is overwritten with the t values, which
   are rearranged: on return the first OUT->t_used are the defined ones,
   sorted.  */
void sp_ci_compute_studentized (double *replicates, double *se, size_t b,
                                double estimate, double se_estimate,
                                double level, sp_ci *out);

/* CI, the interval of a figure, made that of the figure times FACTOR
   (> 0): the estimate, ends, standard errors and bias scaled; the
   resamples' order, z0, acceleration and t quantiles unchanged.  Every
   method gives exactly this for a scaled figure (its replicates scale;
   t* does not), up to rounding.  */
void sp_ci_scale (sp_ci *ci, double factor);

/* A histogram of the N values X (in any order; N >= 1) in BINS equal
   bins from their minimum to their maximum: EDGES (caller's, BINS + 1)
   and COUNTS (caller's, BINS), which add up to N.  Bin i holds
   edges[i] <= v < edges[i + 1], the last bin also its upper edge.  When
   every value is the same, all edges are that value and the first bin
   holds them all.  For the bootstrap's replicates and the rollout's
   simulations alike.  */
void sp_ci_histogram (const double *x, size_t n, size_t bins,
                      double *edges, double *counts);

#endif /* SP_CI_H */
