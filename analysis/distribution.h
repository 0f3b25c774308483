/* distribution.h -- uncertain parameters: distributions over GSL

   A rollout scenario states each numeric assumption either as a plain
   number or as a probability distribution, for probabilistic
   sensitivity analysis.  The distributions and their parameters:

     fixed       value                 always VALUE
     uniform     min, max              gsl_ran_flat
     triangular  min, mode, max        inverse CDF of a uniform draw
                                       (GSL has no triangular)
     normal      mean, sd              mean + gsl_ran_gaussian
     lognormal   meanlog, sdlog        gsl_ran_lognormal (parameters of
                                       the logarithm, as in R)
     beta        alpha, beta           gsl_ran_beta, on [0, 1]
     gamma       shape, scale          gsl_ran_gamma (mean shape*scale)

   Beta and gamma shapes (alpha, beta, shape) lie in [0.01, 100,000];
   their quantiles are found by bisection on gsl_cdf_beta_P and
   gsl_cdf_gamma_P, because GSL's inverse CDFs for them can fail to
   converge (and abort) for some parameters.

   A parameter (sp_param) couples a distribution with its base-case value,
   its low and high values for one-way sensitivity and the range the
   quantity may take (a conversion rate lies in (0, 1], a cost is 0 or
   more).  Draws are truncated to that range by drawing again, and the
   default low and high of a distribution are the 5th and 95th
   percentiles of the truncated distribution, from gsl_cdf_*_Pinv (the
   triangular's in closed form, beta's and gamma's by bisection).
   Nothing here allocates.  */

#ifndef SP_DISTRIBUTION_H
#define SP_DISTRIBUTION_H

#include <stddef.h>

#include <gsl/gsl_rng.h>

typedef enum
{
  SP_DIST_FIXED,
  SP_DIST_UNIFORM,
  SP_DIST_TRIANGULAR,
  SP_DIST_NORMAL,
  SP_DIST_LOGNORMAL,
  SP_DIST_BETA,
  SP_DIST_GAMMA,
  SP_N_DISTS
} sp_dist_kind;

/* The range allowed for beta and gamma shape parameters.  */
#define SP_DIST_MIN_SHAPE 0.01
#define SP_DIST_MAX_SHAPE 100000.0

/* At most this many parameters per distribution.  */
#define SP_DIST_MAX_PARAMS 3

typedef struct
{
  sp_dist_kind kind;
  double p[SP_DIST_MAX_PARAMS]; /* in the order of sp_dist_param_name */
} sp_dist;

/* Percentiles used as the default low and high values.  */
#define SP_PARAM_LOW_PERCENTILE 0.05
#define SP_PARAM_HIGH_PERCENTILE 0.95

/* Draws outside a parameter's range are redrawn up to this many times;
   a distribution must put at least SP_PARAM_MIN_MASS of its probability
   inside the range, so running out is practically impossible (the draw
   is then clamped to the range).  */
#define SP_PARAM_MAX_REDRAWS 1000
#define SP_PARAM_MIN_MASS 0.05

/* One uncertain quantity of a scenario.  */
typedef struct
{
  char *name;        /* "conversion_rate", "segments.other.mean_budget"
                        (owned by whoever fills the struct) */
  char *label;       /* what people call it, from the scenario file's
                        "label" (owned like NAME; NULL: the default
                        label of the results layer) */
  sp_dist dist;
  double value;      /* base case: VALUE key, else the mean */
  int has_range;     /* low and high known (given, or a distribution) */
  double low;        /* one-way sensitivity values */
  double high;
  double min;        /* the range the quantity may take */
  double max;
  int min_open;      /* nonzero: MIN itself is not allowed */
} sp_param;

/* The name of KIND as written in scenario files ("normal").  Static.  */
const char *sp_dist_name (sp_dist_kind kind);

/* Parse a distribution name into *OUT; 0, or -1 when unknown.  */
int sp_dist_parse (const char *name, sp_dist_kind *out);

/* How many parameters KIND takes, and the name of the I-th ("sd").  */
size_t sp_dist_n_params (sp_dist_kind kind);
const char *sp_dist_param_name (sp_dist_kind kind, size_t i);

/* NULL when D's parameters are possible, else a static message saying
   what is wrong ("needs sd above 0").  */
const char *sp_dist_check (const sp_dist *d);

/* Whether D can give X (D must have passed sp_dist_check): within [min,
   max] for uniform and triangular, within [0, 1] for beta, 0 or more for
   gamma, above 0 for lognormal, any number for normal, the value itself
   for fixed.  */
int sp_dist_in_support (const sp_dist *d, double x);

/* The support of D in words ("from 0.03 to 0.05", "above 0") into BUF;
   returns BUF.  */
char *sp_dist_support_text (const sp_dist *d, char *buf, size_t size);

/* Mean, cumulative probability at X, and the quantile at probability P
   (0 < P < 1) of D, which must have passed sp_dist_check.  */
double sp_dist_mean (const sp_dist *d);
double sp_dist_cdf (const sp_dist *d, double x);
double sp_dist_quantile (const sp_dist *d, double p);

/* One draw from D with generator R (a fixed distribution draws no
   random numbers).  */
double sp_dist_draw (const sp_dist *d, gsl_rng *r);

/* Nonzero when X is within P's range.  */
int sp_param_in_range (const sp_param *p, double x);

/* Probability that P's distribution gives a value within P's range.  */
double sp_param_mass (const sp_param *p);

/* The quantile at probability Q of P's distribution truncated to its
   range.  */
double sp_param_quantile (const sp_param *p, double q);

/* One draw of P: its distribution truncated to its range.  */
double sp_param_draw (const sp_param *p, gsl_rng *r);

#endif /* SP_DISTRIBUTION_H */
