/* bootstrap.c -- stratified cluster bootstrap of statistics of sums */

#include "bootstrap.h"

#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "bounded_draw.h"
#include "parallel.h"
#include "xalloc.h"

void
sp_boot_column_sums (const double *x, size_t n, size_t k, double *sums)
{
  memset (sums, 0, k * sizeof *sums);
  for (size_t i = 0; i < n; i++)
    for (size_t c = 0; c < k; c++)
      sums[c] += x[i * k + c];
}

void
sp_boot_view_init (const sp_boot_problem *p, sp_boot_view *v)
{
  v->dense.col = 0;
  v->dense.width = p->k;
  v->n = p->strata ? p->n_strata : 1;
  v->s = sp_xcalloc (v->n, sizeof *v->s);
  for (size_t h = 0; h < v->n; h++)
    {
      sp_boot_stratum *st = &v->s[h];
      st->first = p->strata ? p->strata[h] : 0;
      st->n = (p->strata ? p->strata[h + 1] : p->n) - st->first;
      if (p->blocks)
        {
          const sp_boot_block *b = &p->blocks[h];
          st->x = b->x;
          st->width = b->width;
          st->spans = b->spans;
          st->n_spans = b->n_spans;
          st->fixed = b->fixed;
          st->n_fixed = b->n_fixed;
        }
      else
        {
          st->x = p->x + st->first * p->k;
          st->width = p->k;
          st->spans = &v->dense;
          st->n_spans = 1;
        }
    }
}

void
sp_boot_view_free (sp_boot_view *v)
{
  free (v->s);
  memset (v, 0, sizeof *v);
}

void
sp_boot_stratum_add_row (const sp_boot_stratum *s, size_t r, double sign,
                         double *sums)
{
  const double *row = s->x + r * s->width;
  for (size_t i = 0; i < s->n_spans; i++)
    {
      double *to = sums + s->spans[i].col;
      for (size_t c = 0; c < s->spans[i].width; c++)
        to[c] += sign * row[c];
      row += s->spans[i].width;
    }
  for (size_t i = 0; i < s->n_fixed; i++)
    sums[s->fixed[i].col] += sign * s->fixed[i].value;
}

void
sp_boot_estimate (const sp_boot_problem *p, double *sums, double *theta)
{
  if (!p->blocks)
    sp_boot_column_sums (p->x, p->n, p->k, sums);
  else
    {
      /* Row by row in row order: each column gets its values in the
         order the dense sums would add them (the columns a stratum does
         not hold add 0, which changes nothing).  */
      sp_boot_view v;
      sp_boot_view_init (p, &v);
      memset (sums, 0, p->k * sizeof *sums);
      for (size_t h = 0; h < v.n; h++)
        for (size_t r = 0; r < v.s[h].n; r++)
          sp_boot_stratum_add_row (&v.s[h], r, 1.0, sums);
      sp_boot_view_free (&v);
    }
  p->statistic (sums, theta, p->arg);
}

uint32_t
sp_boot_block_seed (unsigned long seed, size_t block)
{
  /* SplitMix64 (parallel.h) folds the run seed.  */
  uint64_t z = sp_splitmix64 ((uint64_t) seed);
  /* fmix32 of MurmurHash3: a bijection of 32-bit words.  */
  uint32_t h = (uint32_t) (z ^ (z >> 32)) ^ (uint32_t) block;
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

/* Add N_H rows drawn from one stratum (rows of K columns from BASE,
   drawn with BOUND) into the partial sums A and B, alternately.  Always
   inlined, so that the calls with a constant K below get loops the
   compiler can unroll.  */
static inline __attribute__ ((always_inline)) void
stratum_sums (const double *restrict base, uint32_t n_h,
              const sp_draw_bound *bound, size_t k,
              const sp_draw_source *src, double *restrict a,
              double *restrict b)
{
  uint32_t idx[SP_DRAW_MAX_BATCH];
  uint32_t j = 0;
  while (j < n_h)
    {
      unsigned count = n_h - j < bound->q ? n_h - j : bound->q;
      sp_draw_batch (src, bound, count, idx);
      unsigned c = 0;
      for (; c + 1 < count; c += 2)
        {
          const double *x1 = base + (size_t) idx[c] * k;
          const double *x2 = base + (size_t) idx[c + 1] * k;
          for (size_t col = 0; col < k; col++)
            {
              a[col] += x1[col];
              b[col] += x2[col];
            }
        }
      if (c < count)
        {
          const double *x1 = base + (size_t) idx[c] * k;
          for (size_t col = 0; col < k; col++)
            a[col] += x1[col];
        }
      j += count;
    }
}

/* As stratum_sums for one column, the partial sums held in registers;
   returns their sum.  */
static double
stratum_sum1 (const double *restrict base, uint32_t n_h,
              const sp_draw_bound *bound, const sp_draw_source *src)
{
  double a = 0.0, b = 0.0;
  stratum_sums (base, n_h, bound, 1, src, &a, &b);
  return a + b;
}

/* Add the stored columns of row R of stratum ST into the K-vector
   SUMS.  */
static void
add_stored (const sp_boot_stratum *st, size_t r, double *sums)
{
  const double *row = st->x + r * st->width;
  for (size_t i = 0; i < st->n_spans; i++)
    {
      double *to = sums + st->spans[i].col;
      for (size_t c = 0; c < st->spans[i].width; c++)
        to[c] += row[c];
      row += st->spans[i].width;
    }
}

/* As stratum_sums for a stratum whose stored columns go to several
   spans: drawn row by drawn row, span by span.  */
static void
stratum_sums_spans (const sp_boot_stratum *st, const sp_draw_bound *bound,
                    const sp_draw_source *src, double *restrict a,
                    double *restrict b)
{
  uint32_t idx[SP_DRAW_MAX_BATCH];
  uint32_t n_h = (uint32_t) st->n, j = 0;
  while (j < n_h)
    {
      unsigned count = n_h - j < bound->q ? n_h - j : bound->q;
      sp_draw_batch (src, bound, count, idx);
      for (unsigned c = 0; c < count; c++)
        {
          /* Even draws into A, odd into B, as stratum_sums does.  */
          add_stored (st, idx[c], (c & 1) ? b : a);
        }
      j += count;
    }
}

/* The summed contributions of one resample into SUMS (K doubles), with
   ACC (2 K doubles) as working space and BOUNDS the strata's bounds.
   Each stratum adds only its own columns.  */
static void
resample_sums (const sp_boot_problem *p, const sp_boot_view *v,
               const sp_draw_bound *bounds, const sp_draw_source *src,
               double *acc, double *sums)
{
  size_t k = p->k;
  memset (acc, 0, 2 * k * sizeof *acc);
  for (size_t h = 0; h < v->n; h++)
    {
      const sp_boot_stratum *st = &v->s[h];
      uint32_t n_h = (uint32_t) st->n;
      for (size_t i = 0; i < st->n_fixed; i++)
        acc[st->fixed[i].col] += (double) n_h * st->fixed[i].value;
      if (n_h == 1)
        {
          /* A stratum of one is always drawn whole; no generator call.  */
          add_stored (st, 0, acc);
          continue;
        }
      if (st->n_spans != 1)
        {
          stratum_sums_spans (st, &bounds[h], src, acc, acc + k);
          continue;
        }
      size_t w = st->spans[0].width;
      double *a = acc + st->spans[0].col, *b = acc + k + st->spans[0].col;
      if (k == 1)
        a[0] += stratum_sum1 (st->x, n_h, &bounds[h], src);
      else
        switch (w)
          {
          /* The usual widths get their own unrolled loops.  */
#define SP_BOOT_K(K)                                                      \
          case K:                                                         \
            stratum_sums (st->x, n_h, &bounds[h], K, src, a, b);          \
            break;
          SP_BOOT_K (1) SP_BOOT_K (2) SP_BOOT_K (3) SP_BOOT_K (4)
          SP_BOOT_K (5) SP_BOOT_K (6) SP_BOOT_K (7) SP_BOOT_K (8)
#undef SP_BOOT_K
          default:
            stratum_sums (st->x, n_h, &bounds[h], w, src, a, b);
          }
    }
  for (size_t c = 0; c < k; c++)
    sums[c] = acc[c] + acc[k + c];
}

/* One run: the problem, its resamples and where they go.  */
typedef struct
{
  const sp_boot_problem *p;
  sp_boot_view view;
  size_t b;                  /* resamples */
  unsigned long seed;
  double *replicates;
} boot_run;

/* One thread's working memory: its generator, the sums and figures of
   one resample, and the strata's bounds.  */
typedef struct
{
  gsl_rng *rng;
  sp_draw_source src;
  double *acc;               /* 2 k */
  double *sums;              /* k */
  double *theta;             /* m (at least 1) */
  sp_draw_bound *bounds;     /* one per stratum */
} boot_scratch;

static void *
scratch_alloc (void *arg)
{
  const boot_run *run = arg;
  const sp_boot_problem *p = run->p;
  boot_scratch *s = sp_xmalloc (sizeof *s);
  s->rng = gsl_rng_alloc (gsl_rng_taus2);
  if (!s->rng)
    abort ();
  s->src = sp_draw_source_of (s->rng);
  s->acc = sp_xmalloc (2 * p->k * sizeof *s->acc);
  s->sums = sp_xmalloc (p->k * sizeof *s->sums);
  s->theta = sp_xmalloc ((p->m ? p->m : 1) * sizeof *s->theta);
  s->bounds = sp_xmalloc (run->view.n * sizeof *s->bounds);
  for (size_t h = 0; h < run->view.n; h++)
    sp_draw_bound_init (&s->bounds[h], (uint32_t) run->view.s[h].n);
  return s;
}

static void
scratch_free (void *scratch)
{
  boot_scratch *s = scratch;
  free (s->bounds);
  free (s->theta);
  free (s->sums);
  free (s->acc);
  gsl_rng_free (s->rng);
  free (s);
}

/* Resamples BLOCK * SP_BOOT_BLOCK onwards, from the block's generator.  */
static void
run_block (size_t block, void *scratch, void *arg)
{
  const boot_run *run = arg;
  const sp_boot_problem *p = run->p;
  boot_scratch *s = scratch;
  gsl_rng_set (s->rng, sp_boot_block_seed (run->seed, block));
  size_t first = block * SP_BOOT_BLOCK;
  size_t last = first + SP_BOOT_BLOCK < run->b ? first + SP_BOOT_BLOCK
                                               : run->b;
  for (size_t r = first; r < last; r++)
    {
      resample_sums (p, &run->view, s->bounds, &s->src, s->acc, s->sums);
      p->statistic (s->sums, s->theta, p->arg);
      for (size_t j = 0; j < p->m; j++)
        run->replicates[j * run->b + r] = s->theta[j];
    }
}

void
sp_boot_run (const sp_boot_problem *p, size_t b, unsigned long seed,
             int threads, const sp_work_progress *progress, double *replicates)
{
  boot_run run = { .p = p, .b = b, .seed = seed, .replicates = replicates };
  sp_boot_view_init (p, &run.view);
  sp_parallel_blocks_progress ((b + SP_BOOT_BLOCK - 1) / SP_BOOT_BLOCK,
                               threads, scratch_alloc, run_block,
                               scratch_free, &run, progress);
  sp_boot_view_free (&run.view);
}
