/* boot_intervals.c -- bootstrap intervals of every figure of a problem */

#include "boot_intervals.h"

#include <stdlib.h>
#include <string.h>

#include "jackknife.h"
#include "xalloc.h"

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
  int stud = s->method == SP_CI_STUDENTIZED;
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

  double *u = sp_xcalloc (n ? n : 1, sizeof *u);
  for (size_t j = 0; j < m; j++)
    {
      if (stud)
        {
          sp_ci_compute_studentized (out->replicates + j * b, se + j * b, b,
                                     out->estimate[j], out->se_estimate[j],
                                     s->level, &out->ci[j]);
          continue;
        }
      double a = 0.0;
      int accel_defined
        = sp_jack_influence_values (out->loo + j * n, n, p->strata,
                                    p->n_strata, u) == 0
          && sp_jack_acceleration (u, n, &a) == 0;
      sp_ci_compute (out->replicates + j * b, b, out->estimate[j], s->level,
                     s->method, accel_defined, a, &out->ci[j]);
    }
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
  memset (r, 0, sizeof *r);
}
