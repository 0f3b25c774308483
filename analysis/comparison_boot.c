/* comparison_boot.c -- the bootstrap interval of the adjusted saving per
   participant scaled to a target (the rollout's cohort saving against a
   comparison group, issue 14) */

#include "comparison.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap_design.h"
#include "xalloc.h"

/* The comparison statistic's columns in this two-part design, and the
   target.  */
typedef struct
{
  sp_comparison_boot b;
  double target;
} scaled;

/* adjusted per participant x target.  */
static void
scaled_statistic (const double *sums, double *theta, const void *arg)
{
  const scaled *a = arg;
  double t[SP_COMPARISON_N_FIGURES];
  sp_comparison_statistic (sums, t, &a->b);
  theta[0] = t[SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT] * a->target;
}

/* Its gradient: the comparison gradient's row, x target.  */
static void
scaled_gradient (const double *sums, const double *theta,
                 const double *scale, double *grad, double *work,
                 const void *arg)
{
  (void) theta;
  const scaled *a = arg;
  enum { W = 2 * SP_COMPARISON_CONTRIB_WIDTH };
  double t[SP_COMPARISON_N_FIGURES], g[SP_COMPARISON_N_FIGURES * W];
  sp_comparison_statistic (sums, t, &a->b);
  sp_comparison_gradient (sums, t, scale, g, work, &a->b);
  const double *row = g + SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT * W;
  for (size_t c = 0; c < W; c++)
    grad[c] = row[c] * a->target;
}

int
sp_comparison_scaled_interval (const sp_comparison_group *programme,
                               char *const *programme_ids,
                               const sp_comparison_group *comparison,
                               char *const *comparison_ids, double target,
                               const sp_boot_settings *s, sp_ci *out)
{
  if (programme->n < 2 || comparison->n < 2)
    return -1;
  const size_t w = SP_COMPARISON_CONTRIB_WIDTH;
  const sp_comparison_group *g[2] = { programme, comparison };
  char *const *ids[2] = { programme_ids, comparison_ids };
  scaled a = { .target = target };
  double *x[2];
  sp_boot_part parts[2];
  for (int k = 0; k < 2; k++)
    {
      sp_comparison_shifts (g[k], &a.b.shift_before[k], &a.b.shift_after[k]);
      x[k] = sp_xmalloc (g[k]->n * w * sizeof (double));
      sp_comparison_contributions (g[k], a.b.shift_before[k],
                                   a.b.shift_after[k], x[k]);
      parts[k] = (sp_boot_part){ g[k]->n, ids[k], w, x[k] };
    }
  sp_boot_design d;
  sp_boot_design_build (parts, 2, &d);
  a.b.col[0] = d.col[0];
  a.b.col[1] = d.col[1];
  a.b.width = d.k;
  sp_boot_problem p = sp_boot_design_problem (&d, scaled_statistic, &a, 1);
  p.gradient = scaled_gradient;
  sp_boot_intervals r;
  sp_boot_intervals_compute (&p, s, &r);
  *out = r.ci[0];
  sp_boot_intervals_free (&r);
  sp_boot_design_free (&d);
  free (x[0]);
  free (x[1]);
  return 0;
}
