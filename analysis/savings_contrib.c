/* savings_contrib.c -- the savings figures as a bootstrap problem */

#include "savings_contrib.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap_design.h"
#include "xalloc.h"

void
sp_savings_contributions (const sp_usage *u, const sp_unit_costs *costs,
                          double *out)
{
  size_t w = SP_SAVINGS_CONTRIB_WIDTH;
  memset (out, 0, u->n_participants * w * sizeof *out);
  for (size_t p = 0; p < u->n_participants; p++)
    {
      double *row = out + p * w;
      for (size_t s = 0; s < u->n_services; s++)
        {
          const sp_unit_cost *uc = &costs->items[u->cost_index[s]];
          size_t c = (size_t) uc->category;
          row[2 * c] += u->before[p * u->n_services + s] * uc->unit_cost;
          row[2 * c + 1] += u->after[p * u->n_services + s] * uc->unit_cost;
        }
      row[SP_SAVINGS_CONTRIB_COHORT] = 1.0;
    }
}

/* A / B, or NaN when B is 0.  */
static double
ratio (double a, double b)
{
  return b != 0.0 ? a / b : NAN;
}

void
sp_savings_statistic (const double *sums, double *theta, const void *arg)
{
  double scale_n = *(const double *) arg;
  double before = 0.0, after = 0.0;
  for (int c = 0; c < SP_N_CATEGORIES; c++)
    {
      before += sums[2 * c];
      after += sums[2 * c + 1];
      theta[SP_SAVINGS_FIG_COST_REDUCTION + c]
        = ratio (sums[2 * c] - sums[2 * c + 1], sums[2 * c]);
    }
  double n = sums[SP_SAVINGS_CONTRIB_COHORT];
  double saving = before - after;
  theta[SP_SAVINGS_FIG_SAVING] = saving;
  theta[SP_SAVINGS_FIG_SAVING_RATE] = ratio (saving, before);
  theta[SP_SAVINGS_FIG_PER_PARTICIPANT] = ratio (saving, n);
  theta[SP_SAVINGS_FIG_SCALED]
    = scale_n > 0.0 ? ratio (saving * scale_n, n) : NAN;
}

int
sp_savings_scaled_interval (const sp_usage *u, const sp_unit_costs *costs,
                            double target, const sp_boot_settings *s,
                            sp_ci *out, sp_reliability *rel)
{
  if (u->n_participants < 1)
    return -1;
  double *x = sp_xmalloc (u->n_participants * SP_SAVINGS_CONTRIB_WIDTH
                          * sizeof *x);
  sp_savings_contributions (u, costs, x);
  /* Through a one-part design, for the rows in identifier order.  */
  sp_boot_part part = { u->n_participants, u->ids, SP_SAVINGS_CONTRIB_WIDTH,
                        x };
  sp_boot_design d;
  sp_boot_design_build (&part, 1, &d);
  sp_boot_problem p = sp_boot_design_problem (&d, sp_savings_statistic,
                                              &target, SP_SAVINGS_N_FIGURES);
  sp_boot_intervals r;
  sp_boot_intervals_compute (&p, s, &r);
  *out = r.ci[SP_SAVINGS_FIG_SCALED];
  sp_reliability_assess (r.loo + SP_SAVINGS_FIG_SCALED * r.n, NULL, r.n,
                         r.estimate[SP_SAVINGS_FIG_SCALED], rel);
  if (rel->withheld)
    sp_reliability_withhold (out);
  sp_boot_intervals_free (&r);
  sp_boot_design_free (&d);
  free (x);
  return 0;
}
