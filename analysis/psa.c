/* psa.c -- probabilistic and one-way sensitivity analysis of a rollout */

#include "psa.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "ci.h"
#include "parallel.h"
#include "xalloc.h"

/* The seed of block BLOCK's generator for the run seeded with SEED (a
   SplitMix64 mix of both).  */
static unsigned long
block_seed (unsigned long seed, size_t block)
{
  return (unsigned long) sp_splitmix64 (sp_splitmix64 ((uint64_t) seed)
                                        ^ (uint64_t) block);
}

/* Net saving and NPV of S at values V.  */
static void
evaluate (const sp_scenario *s, const double *v, double *net, double *npv)
{
  sp_projection pr;
  sp_rollout_project (s, v, 0, &pr);
  *net = pr.figures.net_saving;
  *npv = pr.cashflow.npv;
  sp_projection_free (&pr);
}

/* One run: the scenario and the draws being filled.  */
typedef struct
{
  const sp_scenario *s;
  sp_psa_draws *out;
} psa_run;

/* One thread's working memory: its generator and one draw of every
   parameter.  */
typedef struct
{
  gsl_rng *r;
  double *v;
} psa_scratch;

static void *
scratch_alloc (void *arg)
{
  const psa_run *run = arg;
  psa_scratch *w = sp_xmalloc (sizeof *w);
  w->r = gsl_rng_alloc (gsl_rng_mt19937);
  w->v = sp_xcalloc (run->s->n_params ? run->s->n_params : 1,
                     sizeof *w->v);
  return w;
}

static void
scratch_free (void *scratch)
{
  psa_scratch *w = scratch;
  free (w->v);
  gsl_rng_free (w->r);
  free (w);
}

/* Simulations B * SP_PSA_BLOCK onwards, from the block's generator.  */
static void
run_block (size_t b, void *scratch, void *arg)
{
  const psa_run *run = arg;
  const sp_scenario *s = run->s;
  psa_scratch *w = scratch;
  gsl_rng_set (w->r, block_seed (run->out->seed, b));
  size_t end = (b + 1) * SP_PSA_BLOCK;
  if (end > run->out->n)
    end = run->out->n;
  for (size_t i = b * SP_PSA_BLOCK; i < end; i++)
    {
      for (size_t p = 0; p < s->n_params; p++)
        w->v[p] = sp_param_draw (&s->params[p], w->r);
      evaluate (s, w->v, &run->out->net_saving[i], &run->out->npv[i]);
    }
}

void
sp_psa_run (const sp_scenario *s, size_t n, unsigned long seed,
            int threads, const sp_work_progress *progress, sp_psa_draws *out)
{
  memset (out, 0, sizeof *out);
  out->n = n;
  out->seed = seed;
  out->net_saving = sp_xcalloc (n ? n : 1, sizeof (double));
  out->npv = sp_xcalloc (n ? n : 1, sizeof (double));
  psa_run run = { s, out };
  sp_parallel_blocks_progress ((n + SP_PSA_BLOCK - 1) / SP_PSA_BLOCK,
                               threads, scratch_alloc, run_block,
                               scratch_free, &run, progress);
}

void
sp_psa_draws_free (sp_psa_draws *d)
{
  free (d->net_saving);
  free (d->npv);
  memset (d, 0, sizeof *d);
}

void
sp_psa_percentile (const double *x, size_t n, double level, double *lower,
                   double *upper)
{
  double *sorted = sp_xmalloc (n * sizeof *sorted);
  memcpy (sorted, x, n * sizeof *sorted);
  gsl_sort (sorted, 1, n);
  *lower = gsl_stats_quantile_from_sorted_data (sorted, 1, n,
                                                (1 - level) / 2);
  *upper = gsl_stats_quantile_from_sorted_data (sorted, 1, n,
                                                (1 + level) / 2);
  free (sorted);
}

double
sp_psa_share_positive (const double *x, size_t n)
{
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += x[i] > 0;
  return n ? (double) k / (double) n : 0;
}

static int
by_swing (const void *a, const void *b)
{
  const sp_sensitivity *x = a, *y = b;
  double sx = fabs (x->net_high - x->net_low);
  double sy = fabs (y->net_high - y->net_low);
  if (sx != sy)
    return sx < sy ? 1 : -1;
  sx = fabs (x->npv_high - x->npv_low);
  sy = fabs (y->npv_high - y->npv_low);
  if (sx != sy)
    return sx < sy ? 1 : -1;
  return x->param < y->param ? -1 : x->param > y->param;
}

size_t
sp_psa_sensitivity (const sp_scenario *s, const double *base,
                    sp_sensitivity **rows)
{
  size_t n = 0;
  for (size_t p = 0; p < s->n_params; p++)
    n += s->params[p].has_range != 0;
  *rows = NULL;
  if (n == 0)
    return 0;
  *rows = sp_xcalloc (n, sizeof **rows);
  double *v = sp_xmalloc (s->n_params * sizeof *v);
  memcpy (v, base, s->n_params * sizeof *v);
  size_t i = 0;
  for (size_t p = 0; p < s->n_params; p++)
    {
      const sp_param *pp = &s->params[p];
      if (!pp->has_range)
        continue;
      sp_sensitivity *row = &(*rows)[i++];
      row->param = p;
      row->low = pp->low;
      row->high = pp->high;
      v[p] = pp->low;
      evaluate (s, v, &row->net_low, &row->npv_low);
      v[p] = pp->high;
      evaluate (s, v, &row->net_high, &row->npv_high);
      v[p] = base[p];
    }
  free (v);
  qsort (*rows, n, sizeof **rows, by_swing);
  return n;
}
