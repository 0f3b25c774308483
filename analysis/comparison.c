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

/* d theta / d (s0 .. s4) of one group, in a figure's row.  */
typedef struct
{
  double d[SP_COMPARISON_CONTRIB_WIDTH];
} partials;

void
sp_comparison_gradient (const double *sums, const double *theta,
                        const double *scale, double *grad, double *work,
                        const void *arg)
{
  (void) scale;
  (void) work;
  const sp_comparison_boot *cb = arg;
  const size_t w = cb->width, m = SP_COMPARISON_N_FIGURES;
  for (size_t i = 0; i < m * w; i++)
    grad[i] = 0.0;
  moments g[2];
  int ok = 1;
  for (int k = 0; k < 2; k++)
    ok &= group_moments (sums + cb->col[k], cb->shift_before[k],
                         cb->shift_after[k], &g[k]) == 0;
  /* Per figure and group, the partials of s0 .. s4.  */
  partials p[SP_COMPARISON_N_FIGURES][2];
  memset (p, 0, sizeof p);
  if (ok)
    {
      const double *s[2] = { sums + cb->col[0], sums + cb->col[1] };
      double sign[2] = { 1.0, -1.0 };  /* programme minus comparison */
      double n1 = g[0].n, base = g[0].total_b;
      double did = theta[SP_COMPARISON_FIG_DID_PER_PARTICIPANT];
      for (int k = 0; k < 2; k++)
        {
          double n = g[k].n, s1 = s[k][1], s3 = s[k][3];
          /* D = (mean b - mean a)_0 - (mean b - mean a)_1 */
          partials dd = { { sign[k] * -(s1 - s3) / (n * n),
                            sign[k] / n, 0.0, -sign[k] / n, 0.0 } };
          p[SP_COMPARISON_FIG_DID_PER_PARTICIPANT][k] = dd;
          for (int c = 0; c < SP_COMPARISON_CONTRIB_WIDTH; c++)
            p[SP_COMPARISON_FIG_DID_SAVING][k].d[c] = n1 * dd.d[c];
        }
      /* saving = D n1; rate = D n1 / B, B = s1 + n1 S_b (programme).  */
      p[SP_COMPARISON_FIG_DID_SAVING][0].d[0] += did;
      for (int k = 0; k < 2; k++)
        for (int c = 0; c < SP_COMPARISON_CONTRIB_WIDTH; c++)
          p[SP_COMPARISON_FIG_DID_SAVING_RATE][k].d[c]
            = p[SP_COMPARISON_FIG_DID_SAVING][k].d[c] / base;
      double did_rate = theta[SP_COMPARISON_FIG_DID_SAVING_RATE];
      p[SP_COMPARISON_FIG_DID_SAVING_RATE][0].d[0]
        -= did_rate * cb->shift_before[0] / base;
      p[SP_COMPARISON_FIG_DID_SAVING_RATE][0].d[1] -= did_rate / base;

      double gamma = -theta[SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT];
      if (isfinite (gamma))
        {
          double sbb = g[0].sbb + g[1].sbb, sab = g[0].sab + g[1].sab;
          double beta = sab / sbb, db_mean = g[0].mean_b - g[1].mean_b;
          for (int k = 0; k < 2; k++)
            {
              double n = g[k].n, s1 = s[k][1], s3 = s[k][3];
              /* d beta = (d Sab - beta d Sbb) / Sbb  */
              double dsbb[5] = { s1 * s1 / (n * n), -2.0 * s1 / n, 1.0, 0.0,
                                 0.0 };
              double dsab[5] = { s1 * s3 / (n * n), -s3 / n, 0.0, -s1 / n,
                                 1.0 };
              double dmb[5] = { -s1 / (n * n) * sign[k], sign[k] / n, 0.0,
                                0.0, 0.0 };
              double dma[5] = { -s3 / (n * n) * sign[k], 0.0, 0.0,
                                sign[k] / n, 0.0 };
              for (int c = 0; c < SP_COMPARISON_CONTRIB_WIDTH; c++)
                {
                  double dbeta = (dsab[c] - beta * dsbb[c]) / sbb;
                  double dgamma = dma[c] - beta * dmb[c] - db_mean * dbeta;
                  p[SP_COMPARISON_FIG_ADJUSTED_PER_PARTICIPANT][k].d[c]
                    = -dgamma;
                  p[SP_COMPARISON_FIG_ADJUSTED_SAVING][k].d[c]
                    = -dgamma * n1;
                }
            }
          p[SP_COMPARISON_FIG_ADJUSTED_SAVING][0].d[0] += -gamma;
          double adj_rate = theta[SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE];
          for (int k = 0; k < 2; k++)
            for (int c = 0; c < SP_COMPARISON_CONTRIB_WIDTH; c++)
              p[SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE][k].d[c]
                = p[SP_COMPARISON_FIG_ADJUSTED_SAVING][k].d[c] / base;
          p[SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE][0].d[0]
            -= adj_rate * cb->shift_before[0] / base;
          p[SP_COMPARISON_FIG_ADJUSTED_SAVING_RATE][0].d[1]
            -= adj_rate / base;
        }
    }
  for (size_t j = 0; j < m; j++)
    {
      double *row = grad + j * w;
      if (!isfinite (theta[j]))
        {
          for (size_t c = 0; c < w; c++)
            row[c] = NAN;
          continue;
        }
      for (int k = 0; k < 2; k++)
        for (int c = 0; c < SP_COMPARISON_CONTRIB_WIDTH; c++)
          row[cb->col[k] + (size_t) c] += p[j][k].d[c];
    }
}
