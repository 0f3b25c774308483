/* jackknife.c -- leave-one-out figures, BCa acceleration and influence */

#include "jackknife.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_statistics_double.h>

#include "xalloc.h"

const size_t sp_influence_top[SP_INFLUENCE_N_TOP] = { 1, 2, 5 };

void
sp_jack_loo (const sp_boot_problem *p, const double *total, double *loo)
{
  double *sums = sp_xmalloc ((p->k ? p->k : 1) * sizeof *sums);
  double *theta = sp_xmalloc ((p->m ? p->m : 1) * sizeof *theta);
  sp_boot_view v;
  sp_boot_view_init (p, &v);
  for (size_t h = 0; h < v.n; h++)
    for (size_t r = 0; r < v.s[h].n; r++)
      {
        size_t i = v.s[h].first + r;
        memcpy (sums, total, p->k * sizeof *sums);
        sp_boot_stratum_add_row (&v.s[h], r, -1.0, sums);
        p->statistic (sums, theta, p->arg);
        for (size_t j = 0; j < p->m; j++)
          loo[j * p->n + i] = theta[j];
      }
  sp_boot_view_free (&v);
  free (theta);
  free (sums);
}

int
sp_jack_influence_values (const double *loo, size_t n, const size_t *strata,
                          size_t n_strata, double *u)
{
  for (size_t i = 0; i < n; i++)
    if (!isfinite (loo[i]))
      return -1;
  size_t hs = strata ? n_strata : 1;
  for (size_t h = 0; h < hs; h++)
    {
      size_t lo = strata ? strata[h] : 0;
      size_t hi = strata ? strata[h + 1] : n;
      if (hi <= lo)
        continue;
      double mean = gsl_stats_mean (loo + lo, 1, hi - lo);
      double f = (double) (hi - lo - 1);
      for (size_t i = lo; i < hi; i++)
        u[i] = f * (mean - loo[i]);
    }
  return 0;
}

int
sp_jack_acceleration (const double *u, size_t n, double *a)
{
  double s2 = 0.0, s3 = 0.0;
  for (size_t i = 0; i < n; i++)
    {
      s2 += u[i] * u[i];
      s3 += u[i] * u[i] * u[i];
    }
  *a = 0.0;
  if (!(s2 > 0.0) || !isfinite (s2) || !isfinite (s3))
    return -1;
  *a = s3 / (6.0 * pow (s2, 1.5));
  return isfinite (*a) ? 0 : -1;
}

typedef struct
{
  double value;
  size_t row;
} ranked;

/* Largest influence first; ties in row order.  */
static int
by_influence (const void *pa, const void *pb)
{
  const ranked *a = pa, *b = pb;
  if (a->value != b->value)
    return a->value > b->value ? -1 : 1;
  return (a->row > b->row) - (a->row < b->row);
}

void
sp_jack_influence (const double *loo, const size_t *rows, size_t n_rows,
                   double estimate, sp_influence *out)
{
  memset (out, 0, sizeof *out);
  out->n = n_rows;
  out->estimate = estimate;
  out->influence = sp_xcalloc (n_rows ? n_rows : 1, sizeof *out->influence);
  out->row = sp_xcalloc (n_rows ? n_rows : 1, sizeof *out->row);
  out->defined = isfinite (estimate) && n_rows > 0;
  ranked *r = sp_xcalloc (n_rows ? n_rows : 1, sizeof *r);
  for (size_t i = 0; i < n_rows; i++)
    {
      size_t row = rows ? rows[i] : i;
      double l = loo[row];
      if (!isfinite (l))
        out->defined = 0;
      r[i].value = estimate - l;
      r[i].row = row;
      if (i == 0 || l < out->loo_min)
        out->loo_min = l;
      if (i == 0 || l > out->loo_max)
        out->loo_max = l;
    }
  if (!out->defined)
    {
      free (r);
      out->loo_min = out->loo_max = 0.0;
      return;
    }
  qsort (r, n_rows, sizeof *r, by_influence);
  for (size_t i = 0; i < n_rows; i++)
    {
      out->influence[i] = r[i].value;
      out->row[i] = r[i].row;
    }
  free (r);
  for (size_t t = 0; t < SP_INFLUENCE_N_TOP; t++)
    {
      size_t q = sp_influence_top[t];
      out->share_defined[t] = estimate != 0.0 && q <= n_rows;
      if (!out->share_defined[t])
        continue;
      double s = 0.0;
      for (size_t i = 0; i < q; i++)
        s += out->influence[i];
      out->share[t] = s / estimate;
    }
}

void
sp_influence_free (sp_influence *inf)
{
  free (inf->influence);
  free (inf->row);
  memset (inf, 0, sizeof *inf);
}
