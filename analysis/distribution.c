/* distribution.c -- uncertain parameters: distributions over GSL */

#include "distribution.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>

static const struct
{
  const char *name;
  size_t n;
  const char *params[SP_DIST_MAX_PARAMS];
} dists[SP_N_DISTS] = {
  [SP_DIST_FIXED] = { "fixed", 1, { "value" } },
  [SP_DIST_UNIFORM] = { "uniform", 2, { "min", "max" } },
  [SP_DIST_TRIANGULAR] = { "triangular", 3, { "min", "mode", "max" } },
  [SP_DIST_NORMAL] = { "normal", 2, { "mean", "sd" } },
  [SP_DIST_LOGNORMAL] = { "lognormal", 2, { "meanlog", "sdlog" } },
  [SP_DIST_BETA] = { "beta", 2, { "alpha", "beta" } },
  [SP_DIST_GAMMA] = { "gamma", 2, { "shape", "scale" } },
};

const char *
sp_dist_name (sp_dist_kind kind)
{
  return kind < SP_N_DISTS ? dists[kind].name : "?";
}

int
sp_dist_parse (const char *name, sp_dist_kind *out)
{
  for (int k = 0; k < SP_N_DISTS; k++)
    if (strcmp (name, dists[k].name) == 0)
      {
        *out = (sp_dist_kind) k;
        return 0;
      }
  return -1;
}

size_t
sp_dist_n_params (sp_dist_kind kind)
{
  return kind < SP_N_DISTS ? dists[kind].n : 0;
}

const char *
sp_dist_param_name (sp_dist_kind kind, size_t i)
{
  return kind < SP_N_DISTS && i < dists[kind].n ? dists[kind].params[i]
                                                 : NULL;
}

const char *
sp_dist_check (const sp_dist *d)
{
  const double *p = d->p;
  for (size_t i = 0; i < sp_dist_n_params (d->kind); i++)
    if (!isfinite (p[i]))
      return "has a parameter that is not a finite number";
  switch (d->kind)
    {
    case SP_DIST_FIXED:
      return NULL;
    case SP_DIST_UNIFORM:
      if (!isfinite (p[1] - p[0]))
        return "needs max - min to be a finite number";
      return p[0] < p[1] ? NULL : "needs min below max";
    case SP_DIST_TRIANGULAR:
      if (!isfinite (p[2] - p[0]))
        return "needs max - min to be a finite number";
      if (!(p[0] < p[2]))
        return "needs min below max";
      return p[0] <= p[1] && p[1] <= p[2] ? NULL
                                          : "needs min <= mode <= max";
    case SP_DIST_NORMAL:
      return p[1] > 0 ? NULL : "needs sd above 0";
    case SP_DIST_LOGNORMAL:
      return p[1] > 0 ? NULL : "needs sdlog above 0";
    case SP_DIST_BETA:
      return p[0] >= SP_DIST_MIN_SHAPE && p[0] <= SP_DIST_MAX_SHAPE
                 && p[1] >= SP_DIST_MIN_SHAPE && p[1] <= SP_DIST_MAX_SHAPE
               ? NULL : "needs alpha and beta from 0.01 to 100,000";
    case SP_DIST_GAMMA:
      if (!(p[0] >= SP_DIST_MIN_SHAPE && p[0] <= SP_DIST_MAX_SHAPE))
        return "needs shape from 0.01 to 100,000";
      return p[1] > 0 ? NULL : "needs scale above 0";
    default:
      return "is unknown";
    }
}

int
sp_dist_in_support (const sp_dist *d, double x)
{
  const double *p = d->p;
  if (!isfinite (x))
    return 0;
  switch (d->kind)
    {
    case SP_DIST_FIXED:
      return x == p[0];
    case SP_DIST_UNIFORM:
      return p[0] <= x && x <= p[1];
    case SP_DIST_TRIANGULAR:
      return p[0] <= x && x <= p[2];
    case SP_DIST_LOGNORMAL:
      return x > 0;
    case SP_DIST_BETA:
      return 0 <= x && x <= 1;
    case SP_DIST_GAMMA:
      return x >= 0;
    case SP_DIST_NORMAL:
    default:
      return 1;
    }
}

char *
sp_dist_support_text (const sp_dist *d, char *buf, size_t size)
{
  const double *p = d->p;
  switch (d->kind)
    {
    case SP_DIST_FIXED:
      snprintf (buf, size, "only %g", p[0]);
      break;
    case SP_DIST_UNIFORM:
      snprintf (buf, size, "from %g to %g", p[0], p[1]);
      break;
    case SP_DIST_TRIANGULAR:
      snprintf (buf, size, "from %g to %g", p[0], p[2]);
      break;
    case SP_DIST_LOGNORMAL:
      snprintf (buf, size, "above 0");
      break;
    case SP_DIST_BETA:
      snprintf (buf, size, "from 0 to 1");
      break;
    case SP_DIST_GAMMA:
      snprintf (buf, size, "0 or more");
      break;
    case SP_DIST_NORMAL:
    default:
      snprintf (buf, size, "any number");
      break;
    }
  return buf;
}

double
sp_dist_mean (const sp_dist *d)
{
  const double *p = d->p;
  switch (d->kind)
    {
    case SP_DIST_UNIFORM:
      return (p[0] + p[1]) / 2;
    case SP_DIST_TRIANGULAR:
      return (p[0] + p[1] + p[2]) / 3;
    case SP_DIST_LOGNORMAL:
      return exp (p[0] + p[1] * p[1] / 2);
    case SP_DIST_BETA:
      return p[0] / (p[0] + p[1]);
    case SP_DIST_GAMMA:
      return p[0] * p[1];
    default: /* fixed, normal */
      return p[0];
    }
}

/* Triangular CDF and inverse CDF with min A, mode C, max B, written as
   products of ratios so that wide ranges do not overflow.  */
static double
triangular_cdf (double a, double c, double b, double x)
{
  if (x <= a)
    return 0;
  if (x >= b)
    return 1;
  if (x <= c)
    return (x - a) / (b - a) * ((x - a) / (c - a));
  return 1 - (b - x) / (b - a) * ((b - x) / (b - c));
}

static double
triangular_quantile (double a, double c, double b, double u)
{
  double fc = (c - a) / (b - a);
  if (u < fc)
    return a + sqrt (u) * sqrt (b - a) * sqrt (c - a);
  return b - sqrt (1 - u) * sqrt (b - a) * sqrt (b - c);
}

double
sp_dist_cdf (const sp_dist *d, double x)
{
  const double *p = d->p;
  if (isinf (x))
    return x < 0 ? 0 : 1;
  switch (d->kind)
    {
    case SP_DIST_FIXED:
      return x >= p[0] ? 1 : 0;
    case SP_DIST_UNIFORM:
      return x <= p[0] ? 0 : x >= p[1] ? 1 : gsl_cdf_flat_P (x, p[0], p[1]);
    case SP_DIST_TRIANGULAR:
      return triangular_cdf (p[0], p[1], p[2], x);
    case SP_DIST_NORMAL:
      return gsl_cdf_gaussian_P (x - p[0], p[1]);
    case SP_DIST_LOGNORMAL:
      return x <= 0 ? 0 : gsl_cdf_lognormal_P (x, p[0], p[1]);
    case SP_DIST_BETA:
      return x <= 0 ? 0 : x >= 1 ? 1 : gsl_cdf_beta_P (x, p[0], p[1]);
    case SP_DIST_GAMMA:
      return x <= 0 ? 0 : gsl_cdf_gamma_P (x, p[0], p[1]);
    default:
      return 0;
    }
}

/* The X with CDF (X) = Q for D, by bisection between LO and HI (the CDF
   at HI must reach Q): GSL's beta and gamma inverses can fail to
   converge, and then abort, where the CDFs themselves are sound.  */
static double
bisect (const sp_dist *d, double q, double lo, double hi)
{
  for (int i = 0; i < 2000 && lo < hi; i++)
    {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi)
        break;
      if (sp_dist_cdf (d, mid) < q)
        lo = mid;
      else
        hi = mid;
    }
  return lo + (hi - lo) / 2;
}

/* Bisection for the gamma: first double the upper end until the CDF
   reaches Q.  */
static double
gamma_quantile (const sp_dist *d, double q)
{
  double hi = d->p[0] * d->p[1];
  for (int i = 0; i < 2100 && isfinite (hi) && sp_dist_cdf (d, hi) < q; i++)
    hi *= 2;
  return bisect (d, q, 0, isfinite (hi) ? hi : DBL_MAX);
}

double
sp_dist_quantile (const sp_dist *d, double q)
{
  const double *p = d->p;
  /* Keep Q strictly inside (0, 1): GSL's inverse CDFs reject the ends
     for some distributions.  */
  if (q < 1e-12)
    q = 1e-12;
  if (q > 1 - 1e-12)
    q = 1 - 1e-12;
  switch (d->kind)
    {
    case SP_DIST_FIXED:
      return p[0];
    case SP_DIST_UNIFORM:
      return gsl_cdf_flat_Pinv (q, p[0], p[1]);
    case SP_DIST_TRIANGULAR:
      return triangular_quantile (p[0], p[1], p[2], q);
    case SP_DIST_NORMAL:
      return p[0] + gsl_cdf_gaussian_Pinv (q, p[1]);
    case SP_DIST_LOGNORMAL:
      return gsl_cdf_lognormal_Pinv (q, p[0], p[1]);
    case SP_DIST_BETA:
      return bisect (d, q, 0, 1);
    case SP_DIST_GAMMA:
      return gamma_quantile (d, q);
    default:
      return NAN;
    }
}

double
sp_dist_draw (const sp_dist *d, gsl_rng *r)
{
  const double *p = d->p;
  switch (d->kind)
    {
    case SP_DIST_FIXED:
      return p[0];
    case SP_DIST_UNIFORM:
      return gsl_ran_flat (r, p[0], p[1]);
    case SP_DIST_TRIANGULAR:
      return triangular_quantile (p[0], p[1], p[2], gsl_rng_uniform (r));
    case SP_DIST_NORMAL:
      return p[0] + gsl_ran_gaussian (r, p[1]);
    case SP_DIST_LOGNORMAL:
      return gsl_ran_lognormal (r, p[0], p[1]);
    case SP_DIST_BETA:
      return gsl_ran_beta (r, p[0], p[1]);
    case SP_DIST_GAMMA:
      return gsl_ran_gamma (r, p[0], p[1]);
    default:
      return NAN;
    }
}

int
sp_param_in_range (const sp_param *p, double x)
{
  if (!isfinite (x) || x > p->max)
    return 0;
  return p->min_open ? x > p->min : x >= p->min;
}

double
sp_param_mass (const sp_param *p)
{
  if (p->dist.kind == SP_DIST_FIXED)
    return sp_param_in_range (p, p->dist.p[0]) ? 1 : 0;
  return sp_dist_cdf (&p->dist, p->max) - sp_dist_cdf (&p->dist, p->min);
}

double
sp_param_quantile (const sp_param *p, double q)
{
  if (p->dist.kind == SP_DIST_FIXED)
    return p->dist.p[0];
  double lo = sp_dist_cdf (&p->dist, p->min);
  double hi = sp_dist_cdf (&p->dist, p->max);
  double x = sp_dist_quantile (&p->dist, lo + q * (hi - lo));
  return x < p->min ? p->min : x > p->max ? p->max : x;
}

double
sp_param_draw (const sp_param *p, gsl_rng *r)
{
  double x = sp_dist_draw (&p->dist, r);
  for (int i = 1; i < SP_PARAM_MAX_REDRAWS && !sp_param_in_range (p, x); i++)
    x = sp_dist_draw (&p->dist, r);
  if (!isfinite (x) || !(x > p->min))
    return p->min_open ? nextafter (p->min, p->max) : p->min;
  return x > p->max ? p->max : x;
}
