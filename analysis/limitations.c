/* limitations.c -- what the evidence behind the figures cannot show */

#include "limitations.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jackknife.h"
#include "xalloc.h"

void
sp_limits_mark (sp_limits *l, sp_limit code, unsigned figures)
{
  if (code < SP_N_LIMITS)
    l->on[code] |= figures;
}

void
sp_limits_clear (sp_limits *l, sp_limit code)
{
  if (code < SP_N_LIMITS)
    l->on[code] = 0;
}

int
sp_limits_small_cohort (size_t n)
{
  return n < SP_LIMIT_SMALL;
}

int
sp_limits_top_share (const sp_influence *inf, double *share)
{
  *share = 0.0;
  if (!inf->defined || !(inf->estimate > 0.0))
    return 0;
  size_t q = inf->n < SP_LIMIT_CONCENTRATED_TOP ? inf->n
                                                : SP_LIMIT_CONCENTRATED_TOP;
  double top = 0.0;
  for (size_t i = 0; i < q; i++)
    top += inf->influence[i];
  *share = top / inf->estimate;
  return 1;
}

int
sp_limits_concentrated (const sp_boot_problem *p, size_t j)
{
  if (p->n == 0 || j >= p->m)
    return 0;
  /* The figure with each participant left out, only figure J kept: n
     doubles, whatever the number of figures (jackknife.h's sp_jack_loo
     keeps them all).  */
  double *sums = sp_xcalloc (p->k ? p->k : 1, sizeof *sums);
  double *less = sp_xcalloc (p->k ? p->k : 1, sizeof *less);
  double *theta = sp_xcalloc (p->m, sizeof *theta);
  double *loo = sp_xcalloc (p->n, sizeof *loo);
  sp_boot_column_sums (p->x, p->n, p->k, sums);
  p->statistic (sums, theta, p->arg);
  double estimate = theta[j];
  for (size_t i = 0; i < p->n; i++)
    {
      const double *row = p->x + i * p->k;
      for (size_t c = 0; c < p->k; c++)
        less[c] = sums[c] - row[c];
      p->statistic (less, theta, p->arg);
      loo[i] = theta[j];
    }
  sp_influence inf;
  sp_jack_influence (loo, NULL, p->n, estimate, &inf);
  double share;
  int concentrated = sp_limits_top_share (&inf, &share)
                     && share > SP_LIMIT_CONCENTRATED_SHARE;
  sp_influence_free (&inf);
  free (loo);
  free (theta);
  free (less);
  free (sums);
  return concentrated;
}

int
sp_limits_no_adjustments (const sp_value_proxies *proxies)
{
  for (size_t i = 0; i < proxies->n; i++)
    {
      const sp_value_proxy *px = &proxies->items[i];
      if (px->deadweight != 0.0 || px->attribution != 0.0
          || px->displacement != 0.0)
        return 0;
    }
  return proxies->n > 0;
}

int
sp_limits_mixed_years (const char *const *years, size_t n)
{
  const char *first = NULL;
  for (size_t i = 0; i < n; i++)
    {
      if (!years[i] || !years[i][0])
        continue;
      if (!first)
        first = years[i];
      else if (strcmp (first, years[i]) != 0)
        return 1;
    }
  return 0;
}
