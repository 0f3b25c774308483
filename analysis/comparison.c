/* comparison.c -- savings against a comparison group (issue 14) */

#include "comparison.h"

#include <math.h>
#include <string.h>

#include <gsl/gsl_multifit.h>

/* Parameters of the adjusted model: intercept, baseline, programme.  */
#define N_PARAMS 3

/* Singular values below this fraction of the largest (after GSL's
   column balancing) make the design rank-deficient: the baseline does
   not vary within the groups, or not enough to tell it from the group
   (a ratio of 1e-6 is about a within-group variance of 1e-12 of the
   whole, the bound the bootstrap statistic uses).  */
#define RANK_TOLERANCE 1e-6

void
sp_comparison_costs (const sp_usage *u, const sp_unit_costs *costs,
                     double *before, double *after)
{
  for (size_t p = 0; p < u->n_participants; p++)
    {
      double b = 0.0, a = 0.0;
      for (size_t s = 0; s < u->n_services; s++)
        {
          double c = costs->items[u->cost_index[s]].unit_cost;
          b += u->before[p * u->n_services + s] * c;
          a += u->after[p * u->n_services + s] * c;
        }
      before[p] = b;
      after[p] = a;
    }
}

static void
cohort (const sp_comparison_group *g, sp_comparison_cohort *out)
{
  memset (out, 0, sizeof *out);
  out->participants = g->n;
  out->excluded_participants = g->excluded;
  for (size_t i = 0; i < g->n; i++)
    {
      out->baseline_cost += g->before[i];
      out->after_cost += g->after[i];
    }
  out->change = out->baseline_cost - out->after_cost;
  out->change_rate_defined = out->baseline_cost != 0.0;
  if (out->change_rate_defined)
    out->change_rate = out->change / out->baseline_cost;
  out->means_defined = g->n > 0;
  if (g->n)
    {
      out->mean_baseline_cost = out->baseline_cost / (double) g->n;
      out->mean_after_cost = out->after_cost / (double) g->n;
    }
}

/* The ANCOVA fit by GSL's SVD least squares.  */
static void
adjusted (const sp_comparison_group *prog, const sp_comparison_group *cmp,
          const sp_comparison_cohort *p, sp_comparison_adjusted *out)
{
  memset (out, 0, sizeof *out);
  size_t n = prog->n + cmp->n;
  out->observations = n;
  if (prog->n == 0 || cmp->n == 0 || n < N_PARAMS)
    {
      out->problem = SP_ADJUSTED_TOO_FEW;
      return;
    }
  double centre = 0.0;
  for (size_t i = 0; i < prog->n; i++)
    centre += prog->before[i];
  for (size_t i = 0; i < cmp->n; i++)
    centre += cmp->before[i];
  centre /= (double) n;

  gsl_matrix *x = gsl_matrix_alloc (n, N_PARAMS);
  gsl_vector *y = gsl_vector_alloc (n);
  gsl_vector *c = gsl_vector_alloc (N_PARAMS);
  gsl_matrix *cov = gsl_matrix_alloc (N_PARAMS, N_PARAMS);
  gsl_multifit_linear_workspace *w = gsl_multifit_linear_alloc (n, N_PARAMS);
  for (size_t i = 0; i < n; i++)
    {
      int in_programme = i < prog->n;
      const sp_comparison_group *g = in_programme ? prog : cmp;
      size_t j = in_programme ? i : i - prog->n;
      gsl_matrix_set (x, i, 0, 1.0);
      gsl_matrix_set (x, i, 1, g->before[j] - centre);
      gsl_matrix_set (x, i, 2, in_programme ? 1.0 : 0.0);
      gsl_vector_set (y, i, g->after[j]);
    }
  double chisq;
  gsl_multifit_linear (x, y, c, cov, &chisq, w);
  if (gsl_multifit_linear_rank (RANK_TOLERANCE, w) < N_PARAMS)
    out->problem = SP_ADJUSTED_NO_VARIATION;
  else
    {
      double beta = gsl_vector_get (c, 1), gamma = gsl_vector_get (c, 2);
      out->defined = 1;
      out->baseline_coefficient = beta;
      out->intercept = gsl_vector_get (c, 0) - beta * centre;
      out->per_participant = -gamma;
      out->saving = -gamma * (double) prog->n;
      out->saving_rate_defined = p->baseline_cost != 0.0;
      if (out->saving_rate_defined)
        out->saving_rate = out->saving / p->baseline_cost;
    }
  gsl_multifit_linear_free (w);
  gsl_matrix_free (cov);
  gsl_vector_free (c);
  gsl_vector_free (y);
  gsl_matrix_free (x);
}

void
sp_comparison_compute (const sp_comparison_group *programme,
                       const sp_comparison_group *comparison,
                       sp_comparison *out)
{
  memset (out, 0, sizeof *out);
  cohort (programme, &out->programme);
  cohort (comparison, &out->comparison);
  const sp_comparison_cohort *p = &out->programme, *c = &out->comparison;

  int both = p->means_defined && c->means_defined;
  out->baseline_difference_defined = both;
  if (both)
    {
      out->baseline_difference = p->mean_baseline_cost
                                 - c->mean_baseline_cost;
      out->baseline_difference_rate_defined = c->mean_baseline_cost != 0.0;
      if (out->baseline_difference_rate_defined)
        out->baseline_difference_rate = out->baseline_difference
                                        / c->mean_baseline_cost;
    }

  sp_comparison_did *d = &out->did;
  d->defined = both;
  if (both)
    {
      d->per_participant = (p->mean_baseline_cost - p->mean_after_cost)
                           - (c->mean_baseline_cost - c->mean_after_cost);
      d->saving = d->per_participant * (double) p->participants;
      d->saving_rate_defined = p->baseline_cost != 0.0;
      if (d->saving_rate_defined)
        d->saving_rate = d->saving / p->baseline_cost;
    }
  adjusted (programme, comparison, p, &out->adjusted);
}

void
sp_comparison_shifts (const sp_comparison_group *g, double *shift_before,
                      double *shift_after)
{
  double b = 0.0, a = 0.0;
  for (size_t i = 0; i < g->n; i++)
    {
      b += g->before[i];
      a += g->after[i];
    }
  *shift_before = g->n ? b / (double) g->n : 0.0;
  *shift_after = g->n ? a / (double) g->n : 0.0;
}

void
sp_comparison_contributions (const sp_comparison_group *g,
                             double shift_before, double shift_after,
                             double *out)
{
  for (size_t i = 0; i < g->n; i++)
    {
      double b = g->before[i] - shift_before, a = g->after[i] - shift_after;
      double *row = out + i * SP_COMPARISON_CONTRIB_WIDTH;
      row[0] = 1.0;
      row[1] = b;
      row[2] = b * b;
      row[3] = a;
      row[4] = a * b;
    }
}

/* One group's resampled moments, the shifts added back to the means.  */
typedef struct
{
  double n, mean_b, mean_a, sbb, sab, raw_bb, total_b;
} moments;

static int
group_moments (const double *s, double shift_b, double shift_a, moments *m)
{
  m->n = s[0];
  if (!(m->n > 0.0))
    return -1;
  double mb = s[1] / m->n, ma = s[3] / m->n;
  m->sbb = s[2] - s[1] * mb;
  m->sab = s[4] - s[1] * ma;
  m->raw_bb = s[2];
  m->mean_b = mb + shift_b;
  m->mean_a = ma + shift_a;
  m->total_b = s[1] + m->n * shift_b;
  return 0;
}

void
sp_comparison_statistic (const double *sums, double *theta, const void *arg)
{
  const sp_comparison_boot *cb = arg;
  for (size_t j = 0; j < SP_COMPARISON_N_FIGURES; j++)
    theta[j] = NAN;
  moments g[2];
  for (int k = 0; k < 2; k++)
    if (group_moments (sums + cb->col[k], cb->shift_before[k],
                       cb->shift_after[k], &g[k]) != 0)
      return;
  double n1 = g[0].n, base1 = g[0].total_b;
  double rate_base = base1 != 0.0 ? base1 : NAN;

  double did = (g[0].mean_b - g[0].mean_a) - (g[1].mean_b - g[1].mean_a);
  theta[SP_COMPARISON_FIG_DID_PER_PARTICIPANT] = did;
  theta[SP_COMPARISON_FIG_DID_SAVING] = did * n1;
  theta[SP_COMPARISON_FIG_DID_SAVING_RATE] = did * n1 / rate_base;

  double sbb = g[0].sbb + g[1].sbb, sab = g[0].sab + g[1].sab;
  if (g[0].n + g[1].n < N_PARAMS
      || !(sbb > 1e-12 * (g[0].raw_bb + g[1].raw_bb)))
    return;
  double beta = sab / sbb;
  double gamma = (g[0].mean_a - g[1].mean_a)
                 - beta * (g[0].mean_b - g[1].mean_b);
  theta[SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT] = -gamma;
  theta[SP_COMPARISON_FIG_ADJUSTED_SAVING] = -gamma * n1;
  theta[SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE] = -gamma * n1 / rate_base;
}
