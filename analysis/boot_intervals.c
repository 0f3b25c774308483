/* boot_intervals.c -- bootstrap intervals of every figure of a problem */

#include "boot_intervals.h"

#include <stdlib.h>
#include <string.h>

#include "jackknife.h"
#include "xalloc.h"

sp_ci_method
sp_boot_interval_method (const sp_boot_problem *p, const sp_boot_settings *s,
                         size_t j)
{
  if (s->method != SP_CI_AUTO)
    return s->method;
  return p->ratio && p->ratio[j] ? SP_CI_PERCENTILE : SP_CI_BCA;
}

/* The interval of one figure by METHOD (never AUTO) into OUT.  */
static void
one_interval (double *replicates, double *se, size_t b, double estimate,
              double se_estimate, double level, sp_ci_method method,
              int accel_defined, double accel, sp_ci *out)
{
  if (method == SP_CI_STUDENTIZED)
    sp_ci_compute_studentized (replicates, se, b, estimate, se_estimate,
                               level, out);
  else
    sp_ci_compute (replicates, b, estimate, level, method, accel_defined,
                   accel, out);
}

void
sp_boot_intervals_compute (const sp_boot_problem *p,
                           const sp_boot_settings *s, sp_boot_intervals *out)
{
  memset (out, 0, sizeof *out);
  size_t m = p->m, n = p->n, b = s->resamples;
  out->m = m;
  out->n = n;
  out->b = b;
  out->sums = sp_xcalloc (p->k ? p->k : 1, sizeof *out->sums);
  out->estimate = sp_xcalloc (m ? m : 1, sizeof *out->estimate);
  out->ci = sp_xcalloc (m ? m : 1, sizeof *out->ci);
  out->replicates = sp_xcalloc (m * b > 0 ? m * b : 1, sizeof *out->replicates);
  out->loo = sp_xcalloc (m * n > 0 ? m * n : 1, sizeof *out->loo);

  sp_boot_estimate (p, out->sums, out->estimate);
  int stud = 0;
  for (size_t j = 0; j < m; j++)
    stud |= sp_boot_interval_method (p, s, j) == SP_CI_STUDENTIZED
            || (p->alternatives && p->alternatives[j]);
  double *se = NULL;
  if (stud)
    {
      se = sp_xcalloc (m * b > 0 ? m * b : 1, sizeof *se);
      out->se_estimate = sp_xcalloc (m ? m : 1, sizeof *out->se_estimate);
      sp_boot_standard_errors (p, out->sums, out->estimate,
                               out->se_estimate);
    }
  sp_boot_run_se (p, b, s->seed, s->threads, s->progress, out->replicates,
                  se);
  sp_jack_loo (p, out->sums, out->loo);
  if (p->alternatives)
    out->by_method = sp_xcalloc (m > 0 ? m * SP_CI_N_METHODS : 1,
                                 sizeof *out->by_method);

  double *u = sp_xcalloc (n ? n : 1, sizeof *u);
  double *r_copy = sp_xcalloc (b ? b : 1, sizeof *r_copy);
  double *se_copy = sp_xcalloc (b ? b : 1, sizeof *se_copy);
  for (size_t j = 0; j < m; j++)
    {
      double a = 0.0;
      int accel_defined
        = sp_jack_influence_values (out->loo + j * n, n, p->strata,
                                    p->n_strata, u) == 0
          && sp_jack_acceleration (u, n, &a) == 0;
      sp_ci_method chosen = sp_boot_interval_method (p, s, j);
      int alt = p->alternatives && p->alternatives[j];
      sp_ci *by = out->by_method ? out->by_method + j * SP_CI_N_METHODS
                                 : NULL;
      double se_j = out->se_estimate ? out->se_estimate[j] : 0.0;
      /* The studentized alternative needs the resamples in their order
         (each with its own standard error): on copies, before the chosen
         method sorts them.  */
      if (alt && chosen != SP_CI_STUDENTIZED)
        {
          memcpy (r_copy, out->replicates + j * b, b * sizeof *r_copy);
          memcpy (se_copy, se + j * b, b * sizeof *se_copy);
          one_interval (r_copy, se_copy, b, out->estimate[j], se_j, s->level,
                        SP_CI_STUDENTIZED, accel_defined, a,
                        &by[SP_CI_STUDENTIZED]);
        }
      one_interval (out->replicates + j * b, se ? se + j * b : NULL, b,
                    out->estimate[j], se_j, s->level, chosen, accel_defined,
                    a, &out->ci[j]);
      if (!alt)
        continue;
      by[chosen] = out->ci[j];
      /* The others from the replicates now sorted: the same multiset, so
         the same intervals, without sorting again.  */
      for (int mm = 0; mm < SP_CI_N_METHODS; mm++)
        {
          if ((sp_ci_method) mm == chosen || mm == SP_CI_STUDENTIZED)
            continue;
          size_t used = out->ci[j].used;
          memcpy (r_copy, out->replicates + j * b, used * sizeof *r_copy);
          sp_ci_compute (r_copy, used, out->estimate[j], s->level,
                         (sp_ci_method) mm, accel_defined, a, &by[mm]);
        }
    }
  free (se_copy);
  free (r_copy);
  free (u);
  free (se);
}

void
sp_boot_intervals_free (sp_boot_intervals *r)
{
  free (r->sums);
  free (r->estimate);
  free (r->ci);
  free (r->replicates);
  free (r->loo);
  free (r->se_estimate);
  free (r->by_method);
  memset (r, 0, sizeof *r);
}
