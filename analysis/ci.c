/* ci.c -- confidence intervals from bootstrap replicates */

#include "ci.h"

#include <math.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_histogram.h>
#include <gsl/gsl_sort_double.h>
#include <gsl/gsl_statistics_double.h>

static const char *const method_names[SP_CI_N_METHODS + 1]
  = { "percentile", "basic", "bca", "studentized", "auto" };

const char *
sp_ci_method_name (sp_ci_method method)
{
  return method_names[method];
}

int
sp_ci_method_parse (const char *text, sp_ci_method *out)
{
  for (int i = 0; i <= SP_CI_N_METHODS; i++)
    if (text && strcmp (text, method_names[i]) == 0)
      {
        *out = (sp_ci_method) i;
        return 0;
      }
  return -1;
}

/* Move the finite values of V (N) to its front, keeping their order;
   returns how many there are.  */
static size_t
compact_defined (double *v, size_t n)
{
  size_t used = 0;
  for (size_t i = 0; i < n; i++)
    if (isfinite (v[i]))
      v[used++] = v[i];
  return used;
}

/* Sort the N values V ascending (GSL), unless they already are: the
   same resamples are often given again, sorted, for another method.  */
static void
sort_values (double *v, size_t n)
{
  for (size_t i = 1; i < n; i++)
    if (v[i] < v[i - 1])
      {
        gsl_sort (v, 1, n);
        return;
      }
}

/* True when the p-quantile of N sorted values would need a value beyond
   the extremes: (N + 1) p outside (1, N), R's boot criterion for
   "extreme order statistics used as endpoints".  */
static int
beyond_extremes (size_t n, double p)
{
  double rk = ((double) n + 1.0) * p;
  return !(rk > 1.0 && rk < (double) n);
}

/* The BCa levels for tail ALPHA into *A1, *A2; 0, or -1 when undefined.
   SORTED holds USED values.  */
static int
bca_levels (const double *sorted, size_t used, double estimate,
            double alpha, double accel, double *z0_out, double *a1,
            double *a2)
{
  size_t below = 0;
  while (below < used && sorted[below] < estimate)
    below++;
  if (below == 0 || below == used)
    return -1;
  double z0 = gsl_cdf_ugaussian_Pinv ((double) below / (double) used);
  double zl = gsl_cdf_ugaussian_Pinv (alpha);
  double zu = gsl_cdf_ugaussian_Pinv (1.0 - alpha);
  double dl = 1.0 - accel * (z0 + zl);
  double du = 1.0 - accel * (z0 + zu);
  if (!(dl > 0.0) || !(du > 0.0))
    return -1;
  *a1 = gsl_cdf_ugaussian_P (z0 + (z0 + zl) / dl);
  *a2 = gsl_cdf_ugaussian_P (z0 + (z0 + zu) / du);
  *z0_out = z0;
  if (!(*a1 > 0.0 && *a2 < 1.0 && *a1 < *a2) || !isfinite (z0))
    return -1;
  return 0;
}

void
sp_ci_compute (double *replicates, size_t b, double estimate, double level,
               sp_ci_method method, int accel_defined, double accel,
               sp_ci *out)
{
  memset (out, 0, sizeof *out);
  out->level = level;
  out->requested = method;
  out->method = method;
  out->resamples = b;
  out->used = compact_defined (replicates, b);
  size_t used = out->used;
  if (used < b)
    out->notes |= SP_CI_NOTE_UNDEFINED;
  if (!isfinite (estimate))
    {
      out->notes |= SP_CI_NOTE_NO_ESTIMATE;
      return;
    }
  out->estimate = estimate;
  if (used == 0)
    return;
  sort_values (replicates, used);
  double mean = gsl_stats_mean (replicates, 1, used);
  out->bias_defined = 1;
  out->bias = mean - estimate;
  if (used >= 2)
    {
      out->se_defined = 1;
      out->standard_error = gsl_stats_sd_m (replicates, 1, used, mean);
    }

  if (used >= 2 && replicates[0] == replicates[used - 1])
    {
      /* Every resample gives the same figure: nothing varies.  */
      out->notes |= SP_CI_NOTE_CONSTANT;
      out->defined = 1;
      out->lower = out->upper = estimate;
      out->standard_error = 0.0;
      out->bias = 0.0;
      return;
    }

  double alpha = (1.0 - level) / 2.0;
  double p_lo = alpha, p_hi = 1.0 - alpha;
  if (method == SP_CI_BCA)
    {
      double z0 = 0.0, a1 = 0.0, a2 = 0.0;
      if (accel_defined
          && bca_levels (replicates, used, estimate, alpha, accel, &z0, &a1,
                         &a2) == 0)
        {
          out->bca_defined = 1;
          out->z0 = z0;
          out->acceleration = accel;
          p_lo = a1;
          p_hi = a2;
        }
      else
        {
          out->notes |= SP_CI_NOTE_BCA_FALLBACK;
          out->method = SP_CI_PERCENTILE;
        }
    }
  if (beyond_extremes (used, p_lo) || beyond_extremes (used, p_hi))
    out->notes |= SP_CI_NOTE_FEW_RESAMPLES;

  double q_lo = gsl_stats_quantile_from_sorted_data (replicates, 1, used,
                                                     p_lo);
  double q_hi = gsl_stats_quantile_from_sorted_data (replicates, 1, used,
                                                     p_hi);
  out->defined = 1;
  if (out->method == SP_CI_BASIC)
    {
      out->lower = 2.0 * estimate - q_hi;
      out->upper = 2.0 * estimate - q_lo;
    }
  else
    {
      out->lower = q_lo;
      out->upper = q_hi;
    }
}

/* Move the values of V (N) that are not NaN (infinities stay) to its
   front, keeping their order; returns how many there are.  */
static size_t
compact_not_nan (double *v, size_t n)
{
  size_t used = 0;
  for (size_t i = 0; i < n; i++)
    if (!isnan (v[i]))
      v[used++] = v[i];
  return used;
}

void
sp_ci_compute_studentized (double *replicates, double *se, size_t b,
                           double estimate, double se_estimate, double level,
                           sp_ci *out)
{
  /* The t values, while the replicates are still in resample order.  */
  for (size_t i = 0; i < b; i++)
    {
      double d = replicates[i] - estimate;
      se[i] = isfinite (replicates[i]) && isfinite (se[i])
              ? (se[i] > 0.0 ? d / se[i] : (d == 0.0 ? NAN : d * INFINITY))
              : NAN;
    }
  sp_ci_compute (replicates, b, estimate, level, SP_CI_PERCENTILE, 0, 0.0,
                 out);
  out->requested = SP_CI_STUDENTIZED;
  out->se_estimate = se_estimate;
  if (!out->defined || (out->notes & SP_CI_NOTE_CONSTANT))
    {
      out->method = SP_CI_STUDENTIZED;
      return;
    }
  size_t used = compact_not_nan (se, b);
  out->t_used = used;
  sort_values (se, used);
  double alpha = (1.0 - level) / 2.0;
  int ok = used >= 2 && isfinite (se_estimate) && se_estimate > 0.0;
  double t_lo = 0.0, t_hi = 0.0;
  if (ok)
    {
      t_lo = gsl_stats_quantile_from_sorted_data (se, 1, used, alpha);
      t_hi = gsl_stats_quantile_from_sorted_data (se, 1, used, 1.0 - alpha);
      ok = isfinite (t_lo) && isfinite (t_hi);
    }
  if (!ok)
    {
      /* The percentile interval computed above stands.  */
      out->notes |= SP_CI_NOTE_STUDENTIZED_FALLBACK;
      return;
    }
  out->method = SP_CI_STUDENTIZED;
  out->studentized_defined = 1;
  out->t_lower = t_lo;
  out->t_upper = t_hi;
  out->notes &= ~(unsigned) SP_CI_NOTE_FEW_RESAMPLES;
  if (beyond_extremes (used, alpha) || beyond_extremes (used, 1.0 - alpha))
    out->notes |= SP_CI_NOTE_FEW_RESAMPLES;
  out->lower = estimate - t_hi * se_estimate;
  out->upper = estimate - t_lo * se_estimate;
}

void
sp_ci_scale (sp_ci *ci, double factor)
{
  ci->estimate *= factor;
  ci->lower *= factor;
  ci->upper *= factor;
  ci->standard_error *= factor;
  ci->bias *= factor;
  ci->se_estimate *= factor;
}

void
sp_ci_histogram (const double *x, size_t n, size_t bins, double *edges,
                 double *counts)
{
  double lo, hi;
  gsl_stats_minmax (&lo, &hi, x, 1, n);
  memset (counts, 0, bins * sizeof *counts);
  if (!(lo < hi))
    {
      for (size_t i = 0; i <= bins; i++)
        edges[i] = lo;
      counts[0] = (double) n;
      return;
    }
  gsl_histogram *h = gsl_histogram_alloc (bins);
  gsl_histogram_set_ranges_uniform (h, lo, hi);
  for (size_t i = 0; i < n; i++)
    {
      /* GSL's bins are half-open: the maximum goes in the last one.  */
      if (x[i] >= hi)
        counts[bins - 1] += 1.0;
      else
        gsl_histogram_increment (h, x[i]);
    }
  for (size_t i = 0; i < bins; i++)
    {
      double lower, upper;
      gsl_histogram_get_range (h, i, &lower, &upper);
      edges[i] = lower;
      edges[i + 1] = upper;
      counts[i] += gsl_histogram_get (h, i);
    }
  gsl_histogram_free (h);
}
