/* bootstrap.c -- stratified cluster bootstrap of statistics of sums */

#include "bootstrap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "boot_counts.h"
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
   drawn with BOUND) into the partial sums A and B, alternately; the
   drawn indices also go to RECORD unless it is NULL.  Always inlined,
   so that the calls with a constant K below get loops the compiler can
   unroll.  */
static inline __attribute__ ((always_inline)) void
stratum_sums (const double *restrict base, uint32_t n_h,
              const sp_draw_bound *bound, size_t k,
              const sp_draw_source *src, double *restrict a,
              double *restrict b, uint32_t *restrict record)
{
  /* Local partial sums (in registers for the constant widths): the
     generator is called through a pointer, after which the compiler
     would otherwise reload and store A and B.  Same additions, same
     order.  */
  double la[8], lb[8];
  double *pa = k <= 8 ? la : a, *pb = k <= 8 ? lb : b;
  if (k <= 8)
    for (size_t col = 0; col < k; col++)
      {
        la[col] = a[col];
        lb[col] = b[col];
      }
  /* The generator and bound in locals too, for the same reason.  */
  const sp_draw_source lsrc = *src;
  const sp_draw_bound lbound = *bound;
  uint32_t idx[SP_DRAW_MAX_BATCH];
  uint32_t j = 0;
  while (j < n_h)
    {
      unsigned count = n_h - j < lbound.q ? n_h - j : lbound.q;
      sp_draw_batch (&lsrc, &lbound, count, idx);
      if (record)
        memcpy (record + j, idx, count * sizeof *idx);
      unsigned c = 0;
      for (; c + 1 < count; c += 2)
        {
          const double *x1 = base + (size_t) idx[c] * k;
          const double *x2 = base + (size_t) idx[c + 1] * k;
          for (size_t col = 0; col < k; col++)
            {
              pa[col] += x1[col];
              pb[col] += x2[col];
            }
        }
      if (c < count)
        {
          const double *x1 = base + (size_t) idx[c] * k;
          for (size_t col = 0; col < k; col++)
            pa[col] += x1[col];
        }
      j += count;
    }
  if (k <= 8)
    for (size_t col = 0; col < k; col++)
      {
        a[col] = la[col];
        b[col] = lb[col];
      }
}

/* As stratum_sums for one column, the partial sums held in registers;
   returns their sum.  */
static double
stratum_sum1 (const double *restrict base, uint32_t n_h,
              const sp_draw_bound *bound, const sp_draw_source *src,
              uint32_t *restrict record)
{
  double a = 0.0, b = 0.0;
  stratum_sums (base, n_h, bound, 1, src, &a, &b, record);
  return a + b;
}

/* Add the stored columns of row R of stratum ST, times W, into the
   K-vector SUMS.  */
static void
add_stored (const sp_boot_stratum *st, size_t r, double w, double *sums)
{
  const double *row = st->x + r * st->width;
  for (size_t i = 0; i < st->n_spans; i++)
    {
      double *to = sums + st->spans[i].col;
      for (size_t c = 0; c < st->spans[i].width; c++)
        to[c] += w * row[c];
      row += st->spans[i].width;
    }
}

/* As stratum_sums for a stratum whose stored columns go to several
   spans: drawn row by drawn row, span by span.  */
static void
stratum_sums_spans (const sp_boot_stratum *st, const sp_draw_bound *bound,
                    const sp_draw_source *src, double *restrict a,
                    double *restrict b, uint32_t *restrict record)
{
  uint32_t idx[SP_DRAW_MAX_BATCH];
  uint32_t n_h = (uint32_t) st->n, j = 0;
  while (j < n_h)
    {
      unsigned count = n_h - j < bound->q ? n_h - j : bound->q;
      sp_draw_batch (src, bound, count, idx);
      if (record)
        memcpy (record + j, idx, count * sizeof *idx);
      for (unsigned c = 0; c < count; c++)
        /* Even draws into A, odd into B, as stratum_sums does.  */
        add_stored (st, idx[c], 1.0, (c & 1) ? b : a);
      j += count;
    }
}

/* WORDS full words of Q draws (Q = BOUND->q) into the counts LC.
   Always inlined, so that the calls with a constant Q below keep the
   drawn indices in registers.  */
static inline __attribute__ ((always_inline)) void
count_words (const sp_draw_source *src, const sp_draw_bound *bound,
             unsigned q, uint32_t words, sp_boot_counts *lc)
{
  uint32_t idx[SP_DRAW_MAX_BATCH];
  for (uint32_t i = 0; i < words; i++)
    {
      sp_draw_batch (src, bound, q, idx);
      for (unsigned c = 0; c < q; c++)
        sp_boot_count (lc, idx[c]);
    }
}

/* Draw the N_H rows of a counted stratum into C.  */
static void
stratum_count (uint32_t n_h, const sp_draw_bound *bound,
               const sp_draw_source *src, sp_boot_counts *c)
{
  /* The generator, bound and counts in locals: a byte stored through
     the counts may alias anything, after which the compiler would
     reload them from memory for every draw.  */
  const sp_draw_source lsrc = *src;
  const sp_draw_bound lbound = *bound;
  sp_boot_counts lc = *c;
  unsigned q = lbound.q;
  uint32_t words = n_h / q;
  switch (q)
    {
    /* The batch sizes of counted strata (at least 32,768 rows: q is 4
       up to 65,536 rows, then 3) get their own unrolled loops.  */
    case 3:
      count_words (&lsrc, &lbound, 3, words, &lc);
      break;
    case 4:
      count_words (&lsrc, &lbound, 4, words, &lc);
      break;
    default:
      count_words (&lsrc, &lbound, q, words, &lc);
    }
  /* The rest, fewer than q, from one more word.  */
  if (n_h % q)
    count_words (&lsrc, &lbound, n_h % q, 1, &lc);
  c->n_wrapped = lc.n_wrapped;
}

/* Resamples whose counted strata are summed in one pass over their
   rows (stratum_counted_batch) when no standard errors are asked for:
   the rows are then read from memory once per SP_BOOT_BATCH resamples,
   and each resample holds one byte per counted row.  */
#ifndef SP_BOOT_BATCH
#define SP_BOOT_BATCH 16
#endif

/* Widest stratum whose standard errors come from moments (below).  */
#define SP_BOOT_SE_MOMENTS 8

/* Moments of a counted stratum's drawn rows about its mean row XBAR:
   MOM[0 .. w) = sum_i w_i (x_i - xbar), then the upper triangle of
   sum_i w_i (x_i - xbar)(x_i - xbar)', row by row.  */
static size_t
moments_size (size_t w)
{
  return w + w * (w + 1) / 2;
}

/* Moments of weighted rows about a mean row XBAR, as they are added
   up: M1 = sum_i w_i (x_i - xbar) and the whole square SQ = sum_i w_i
   (x_i - xbar)(x_i - xbar)'.  SQ is symmetric, but adding all of a row
   of it lets the compiler add the row a vector at a time; moments_pack
   keeps its upper triangle, the same numbers added in the same order as
   the triangle alone.  */
typedef struct
{
  double m1[SP_BOOT_SE_MOMENTS];
  double sq[SP_BOOT_SE_MOMENTS][SP_BOOT_SE_MOMENTS];
} moments_acc;

/* Add weight WT of row X (W columns) to the moments A.  Always inlined,
   so that the callers with a constant W unroll it.  */
static inline __attribute__ ((always_inline)) void
add_moments (moments_acc *restrict a, const double *x, const double *xbar,
             size_t w, double wt)
{
  double dx[SP_BOOT_SE_MOMENTS];
  for (size_t c = 0; c < w; c++)
    {
      dx[c] = x[c] - xbar[c];
      a->m1[c] += wt * dx[c];
    }
  for (size_t r = 0; r < w; r++)
    {
      double wr = wt * dx[r];
      for (size_t c = 0; c < w; c++)
        a->sq[r][c] += wr * dx[c];
    }
}

/* MOM (moments_size (W)) = A's first moments, then the upper triangle of
   its square, row by row.  */
static void
moments_pack (const moments_acc *a, size_t w, double *mom)
{
  memcpy (mom, a->m1, w * sizeof *mom);
  double *t = mom + w;
  for (size_t r = 0; r < w; r++)
    for (size_t c = r; c < w; c++)
      *t++ = a->sq[r][c];
}

/* The moments MOM (moments_size (W)) of the rows ROWS[0 .. N), once
   each, of the W columns at X, about XBAR.  */
static inline __attribute__ ((always_inline)) void
moments_core (const double *restrict x, const double *restrict xbar,
              size_t w, const uint32_t *rows, size_t n, double *restrict mom)
{
  moments_acc a;
  memset (&a, 0, sizeof a);
  for (size_t q = 0; q < n; q++)
    add_moments (&a, x + (size_t) rows[q] * w, xbar, w, 1.0);
  moments_pack (&a, w, mom);
}

static void
moments_of (const double *x, const double *xbar, size_t w,
            const uint32_t *rows, size_t n, double *mom)
{
  switch (w)
    {
#define SP_BOOT_W(W)                                                      \
    case W:                                                               \
      moments_core (x, xbar, W, rows, n, mom);                            \
      break;
    SP_BOOT_W (1) SP_BOOT_W (2) SP_BOOT_W (3) SP_BOOT_W (4)
    SP_BOOT_W (5) SP_BOOT_W (6) SP_BOOT_W (7) SP_BOOT_W (8)
#undef SP_BOOT_W
    default:
      abort ();
    }
}

/* Partial sums of a counted stratum: row i goes into partial sum
   i mod SP_BOOT_LANES.  Four, so that the additions into each run as
   independent chains (one chain would wait on the adder's latency).  */
#define SP_BOOT_LANES 4

/* A count byte as a double: a load instead of a conversion in the
   counted pass.  */
#define SP_W4(i) (i), (i) + 1, (i) + 2, (i) + 3
#define SP_W16(i) SP_W4 (i), SP_W4 ((i) + 4), SP_W4 ((i) + 8), SP_W4 ((i) + 12)
#define SP_W64(i) SP_W16 (i), SP_W16 ((i) + 16), SP_W16 ((i) + 32),        \
                  SP_W16 ((i) + 48)
static const double count_weight[256] = { SP_W64 (0), SP_W64 (64),
                                          SP_W64 (128), SP_W64 (192) };
#undef SP_W64
#undef SP_W16
#undef SP_W4

/* Count byte L (0 .. SP_BOOT_LANES - 1) of the SP_BOOT_LANES at LOW: one
   load for the four on a little-endian processor (a load per byte would
   make the counted pass wait on the load ports).  */
static inline __attribute__ ((always_inline)) unsigned
lane_count (const uint8_t *low, size_t l)
{
#if SP_BOOT_LANES == 4 && defined(__BYTE_ORDER__)                        \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint32_t four;
  memcpy (&four, low, sizeof four);
  return (four >> (8 * l)) & 0xffu;
#else
  return low[l];
#endif
}

/* P[l w + col] += sum over rows i = l (mod SP_BOOT_LANES) of
   w_i x_i[col], for the N rows of W columns at X with weights LOW: the
   partial sums carry on from what P holds, so a pass cut at a multiple
   of SP_BOOT_LANES rows adds the same numbers in the same order as one
   uncut pass.  With MOM, *MOM is set to the moments of the drawn rows
   about XBAR (a weight of 0 adds zeros).  Always inlined, so that the
   calls with a constant W below keep the partial sums in registers.  */
static inline __attribute__ ((always_inline)) void
counted_rows (const double *restrict x, const uint8_t *restrict low,
              size_t n, size_t w, double *restrict p,
              const double *restrict xbar, moments_acc *restrict mom)
{
  double a[SP_BOOT_LANES][SP_BOOT_SE_MOMENTS];
  for (size_t l = 0; l < SP_BOOT_LANES; l++)
    for (size_t col = 0; col < w; col++)
      a[l][col] = p[l * w + col];
  /* Rows not drawn are not skipped for the moments: their weight 0
     adds zeros, which change no sum, where a test of the weight would be
     mispredicted for about one row in three.  */
  moments_acc m;
  if (mom)
    memset (&m, 0, sizeof m);
  size_t i = 0;
  for (; i + SP_BOOT_LANES <= n; i += SP_BOOT_LANES)
    for (size_t l = 0; l < SP_BOOT_LANES; l++)
      {
        double wt = count_weight[lane_count (low + i, l)];
        const double *xr = x + (i + l) * w;
        for (size_t col = 0; col < w; col++)
          a[l][col] += wt * xr[col];
        if (mom)
          add_moments (&m, xr, xbar, w, wt);
      }
  for (size_t l = 0; i < n; i++, l++)
    {
      double wt = count_weight[low[i]];
      const double *xr = x + i * w;
      for (size_t col = 0; col < w; col++)
        a[l][col] += wt * xr[col];
      if (mom)
        add_moments (&m, xr, xbar, w, wt);
    }
  for (size_t l = 0; l < SP_BOOT_LANES; l++)
    for (size_t col = 0; col < w; col++)
      p[l * w + col] = a[l][col];
  if (mom)
    *mom = m;
}

/* As counted_rows for any width, without moments.  */
static void
counted_rows_wide (const double *restrict x, const uint8_t *restrict low,
                   size_t n, size_t w, double *restrict p)
{
  for (size_t i = 0; i < n; i++)
    {
      double wt = count_weight[low[i]];
      double *to = p + (i % SP_BOOT_LANES) * w;
      const double *xr = x + i * w;
      for (size_t col = 0; col < w; col++)
        to[col] += wt * xr[col];
    }
}

/* P (SP_BOOT_LANES x W doubles) += the counted rows [FROM, FROM + N) of
   stratum ST with the weights C->low, as counted_rows; with MOM (and the
   mean row XBAR) *MOM is set to these rows' moments.  FROM is a multiple
   of SP_BOOT_LANES.  Compiled twice, for the baseline processor and for
   AVX2 (without FMA: the same operations, rounded the same way, four
   columns at a time), and the processor's version chosen at load.  */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__ ((target_clones ("avx2", "default")))
#endif
static void
counted_pass (const sp_boot_stratum *st, const sp_boot_counts *c,
              size_t from, size_t n, const double *xbar, moments_acc *mom,
              double *restrict p)
{
  size_t w = st->width;
  const double *x = st->x + from * w;
  const uint8_t *low = c->low + from;
  switch (w)
    {
    /* Separate instances with and without moments, so that the sums'
       pass stays lean when no standard errors are asked for.  */
#define SP_BOOT_W(W)                                                      \
    case W:                                                               \
      if (mom)                                                            \
        counted_rows (x, low, n, W, p, xbar, mom);                        \
      else                                                                \
        counted_rows (x, low, n, W, p, NULL, NULL);                       \
      break;
    SP_BOOT_W (1) SP_BOOT_W (2) SP_BOOT_W (3) SP_BOOT_W (4)
    SP_BOOT_W (5) SP_BOOT_W (6) SP_BOOT_W (7) SP_BOOT_W (8)
#undef SP_BOOT_W
    default:
      counted_rows_wide (x, low, n, w, p);
    }
}

/* Finish a counted stratum's sums from its partial sums P
   (SP_BOOT_LANES x width): E = (P_0 + P_1) + (P_2 + P_3) in P's first
   row, then the wrapped draws of C in the order they wrapped (and their
   moments into MOM, about XBAR, with MOM), then E into the problem's
   columns of SUMS.  C is left as it is.  */
static void
counted_finish (const sp_boot_stratum *st, sp_boot_counts *c,
                const double *xbar, moments_acc *mom, double *restrict p,
                double *sums)
{
  size_t w = st->width;
  double *e = p;
  for (size_t col = 0; col < w; col++)
    e[col] = (p[col] + p[w + col]) + (p[2 * w + col] + p[3 * w + col]);
  for (size_t q = 0; q < c->n_wrapped; q++)
    {
      const double *x0 = st->x + (size_t) c->wrapped[q] * w;
      for (size_t col = 0; col < w; col++)
        e[col] += 256.0 * x0[col];
      if (mom)
        add_moments (mom, x0, xbar, w, 256.0);
    }
  /* Into the problem's columns.  */
  const double *from = e;
  for (size_t sp = 0; sp < st->n_spans; sp++)
    {
      double *to = sums + st->spans[sp].col;
      for (size_t col = 0; col < st->spans[sp].width; col++)
        to[col] += from[col];
      from += st->spans[sp].width;
    }
}

/* Add sum_i w_i x_i over a counted stratum's rows into SUMS (K-vector):
   the rows in order into SP_BOOT_LANES partial sums (P, SP_BOOT_LANES
   width doubles of working space), then the wrapped draws in the order
   they wrapped.  With MOM (and the stratum's mean row XBAR) also the
   moments of the drawn rows into MOM (moments_size (width)).  The counts
   are left as they are (the standard errors read them again).  */
static void
stratum_counted_sums (const sp_boot_stratum *st, sp_boot_counts *c,
                      const double *xbar, double *mom, double *restrict p,
                      double *sums)
{
  size_t w = st->width, n = st->n;
  memset (p, 0, SP_BOOT_LANES * w * sizeof *p);
  moments_acc acc;
  counted_pass (st, c, 0, n, xbar, mom ? &acc : NULL, p);
  counted_finish (st, c, xbar, mom ? &acc : NULL, p, sums);
  if (mom)
    moments_pack (&acc, w, mom);
}

/* Rows of a counted stratum per tile of the batched pass: about 16 kB
   of rows, which the resamples of a batch then read from the core's
   first-level cache.  A multiple of SP_BOOT_LANES, so that every tile
   starts in lane 0.  */
static size_t
tile_rows (size_t w)
{
  size_t t = (16 * 1024 / sizeof (double)) / (w ? w : 1);
  t -= t % SP_BOOT_LANES;
  return t < 64 ? 64 : t;
}

/* The counted stratum ST's sums for NB resamples at once: C[q] holds
   resample q's counts, and its sums are added into SUMS[q].  The rows
   are read tile by tile, each tile once for all NB resamples, instead
   of once per resample: the same additions in the same order as NB
   calls of stratum_counted_sums, at a fraction of the memory traffic
   when the stratum outgrows the cache.  P is SP_BOOT_LANES x width x NB
   doubles of working space.  */
static void
stratum_counted_batch (const sp_boot_stratum *st, sp_boot_counts *c,
                       size_t nb, double *p, double *const *sums)
{
  size_t w = st->width, n = st->n, t = tile_rows (w);
  size_t lanes = SP_BOOT_LANES * w;
  memset (p, 0, lanes * nb * sizeof *p);
  for (size_t from = 0; from < n; from += t)
    {
      size_t len = n - from < t ? n - from : t;
      for (size_t q = 0; q < nb; q++)
        counted_pass (st, &c[q], from, len, NULL, NULL, p + lanes * q);
    }
  for (size_t q = 0; q < nb; q++)
    counted_finish (st, &c[q], NULL, NULL, p + lanes * q, sums[q]);
}

/* Whether stratum ST of P is summed by counts.  */
static int
counted (const sp_boot_problem *p, const sp_boot_stratum *st)
{
  size_t from = p->count_from ? p->count_from : SP_BOOT_COUNT_ROWS;
  return st->n >= from && st->n > 1;
}

/* One thread's working memory for the resamples.  */
typedef struct
{
  gsl_rng *rng;
  sp_draw_source src;
  size_t batch;              /* resamples summed at once: SP_BOOT_BATCH
                                when a stratum is counted and no standard
                                errors are asked for, else 1 */
  double *acc;               /* 2 k per resample of a batch */
  double **acc_of;           /* batch: each resample's acc */
  double *sums;              /* k per resample of a batch */
  double *theta;             /* m (at least 1) */
  sp_draw_bound *bounds;     /* one per stratum */
  sp_boot_counts *counts;    /* batch per stratum (only counted ones
                                used): stratum h's at h x batch */
  double *counted2;          /* SP_BOOT_LANES x the widest stratum, per
                                resample of a batch */
  uint32_t *record;          /* drawn rows of the gathered strata, at
                                their first row (standard errors only) */
  double *grad;              /* the figures' windows */
  double *work;              /* sp_boot_work_size */
  double *gs;                /* m x the widest stratum */
  double *acc_se;            /* per figure: sum l, sum l^2 (2 m) */
  size_t *which;             /* m: figures that use a stratum */
  size_t *range;             /* 2 m: where their gradients are not 0 */
  double **moments;          /* per counted stratum of at most
                                SP_BOOT_SE_MOMENTS columns (else NULL) */
  double *gathered_moments;  /* moments_size (SP_BOOT_SE_MOMENTS) */
  size_t n_strata;
} boot_scratch;

/* Columns of the problem and what the standard errors need, shared by
   the threads (read only).  */
typedef struct
{
  const sp_boot_problem *p;
  sp_boot_view view;
  sp_boot_span *windows;     /* m (owned copy or all k) */
  size_t *offset;            /* m + 1: figure j's gradient at grad +
                                offset[j] */
  double *scale;             /* k: sum of |x| over all rows */
  double **xbar;             /* per stratum: mean stored row */
  size_t **gcol;             /* per stratum: each stored column's column
                                of the problem */
  size_t *inter;             /* per stratum and figure: the stored columns
                                [lo, hi) within the figure's window */
  size_t widest;
} boot_shape;

size_t
sp_boot_work_size (const sp_boot_problem *p)
{
  return p->k + 2 * p->m + 1;
}

static void
shape_init (const sp_boot_problem *p, int for_se, boot_shape *sh)
{
  memset (sh, 0, sizeof *sh);
  sh->p = p;
  sp_boot_view_init (p, &sh->view);
  for (size_t h = 0; h < sh->view.n; h++)
    if (sh->view.s[h].width > sh->widest)
      sh->widest = sh->view.s[h].width;
  if (!for_se)
    return;
  size_t m = p->m, k = p->k;
  sh->windows = sp_xcalloc (m ? m : 1, sizeof *sh->windows);
  sh->offset = sp_xcalloc (m + 1, sizeof *sh->offset);
  for (size_t j = 0; j < m; j++)
    {
      if (p->windows)
        sh->windows[j] = p->windows[j];
      else
        sh->windows[j] = (sp_boot_span){ 0, k };
      sh->offset[j + 1] = sh->offset[j] + sh->windows[j].width;
    }
  sh->scale = sp_xcalloc (k ? k : 1, sizeof *sh->scale);
  sh->xbar = sp_xcalloc (sh->view.n ? sh->view.n : 1, sizeof *sh->xbar);
  sh->gcol = sp_xcalloc (sh->view.n ? sh->view.n : 1, sizeof *sh->gcol);
  sh->inter = sp_xcalloc (2 * sh->view.n * (m ? m : 1), sizeof *sh->inter);
  for (size_t h = 0; h < sh->view.n; h++)
    {
      const sp_boot_stratum *st = &sh->view.s[h];
      size_t *g = sh->gcol[h] = sp_xcalloc (st->width ? st->width : 1,
                                            sizeof **sh->gcol);
      size_t at = 0;
      for (size_t sp = 0; sp < st->n_spans; sp++)
        for (size_t c = 0; c < st->spans[sp].width; c++)
          g[at++] = st->spans[sp].col + c;
      /* Stored columns ascend, a window is a run: the intersection is a
         run of stored columns.  */
      for (size_t j = 0; j < m; j++)
        {
          size_t lo = 0, hi;
          while (lo < st->width && g[lo] < sh->windows[j].col)
            lo++;
          hi = lo;
          while (hi < st->width
                 && g[hi] < sh->windows[j].col + sh->windows[j].width)
            hi++;
          sh->inter[2 * (h * m + j)] = lo;
          sh->inter[2 * (h * m + j) + 1] = hi;
        }
    }
  for (size_t h = 0; h < sh->view.n; h++)
    {
      const sp_boot_stratum *st = &sh->view.s[h];
      sh->xbar[h] = sp_xcalloc (st->width ? st->width : 1,
                                sizeof **sh->xbar);
      for (size_t r = 0; r < st->n; r++)
        {
          const double *row = st->x + r * st->width;
          for (size_t c = 0; c < st->width; c++)
            sh->xbar[h][c] += row[c];
        }
      for (size_t c = 0; c < st->width; c++)
        sh->xbar[h][c] /= (double) st->n;
      /* The scale: stored columns row by row, fixed ones n_h times.  */
      for (size_t r = 0; r < st->n; r++)
        {
          const double *row = st->x + r * st->width;
          for (size_t s = 0; s < st->n_spans; s++)
            {
              for (size_t c = 0; c < st->spans[s].width; c++)
                sh->scale[st->spans[s].col + c] += fabs (row[c]);
              row += st->spans[s].width;
            }
        }
      for (size_t f = 0; f < st->n_fixed; f++)
        sh->scale[st->fixed[f].col]
          += (double) st->n * fabs (st->fixed[f].value);
    }
}

static void
shape_free (boot_shape *sh)
{
  if (sh->xbar)
    for (size_t h = 0; h < sh->view.n; h++)
      {
        free (sh->xbar[h]);
        free (sh->gcol[h]);
      }
  free (sh->xbar);
  free (sh->gcol);
  free (sh->inter);
  free (sh->scale);
  free (sh->offset);
  free (sh->windows);
  sp_boot_view_free (&sh->view);
}

void
sp_boot_numeric_gradient (sp_boot_statistic f, const void *arg, size_t m,
                          const double *sums, size_t k, const double *scale,
                          double *grad, double *work)
{
  double *s = work, *up = work + k, *down = work + k + m;
  memcpy (s, sums, k * sizeof *s);
  for (size_t c = 0; c < k; c++)
    {
      if (!(scale[c] > 0.0))
        {
          for (size_t j = 0; j < m; j++)
            grad[j * k + c] = 0.0;
          continue;
        }
      double size = fabs (sums[c]) > scale[c] ? fabs (sums[c]) : scale[c];
      double h = ldexp (size, -17);
      /* A step that is exactly representable around s[c].  */
      volatile double plus = sums[c] + h;
      h = plus - sums[c];
      s[c] = sums[c] + h;
      f (s, up, arg);
      s[c] = sums[c] - h;
      f (s, down, arg);
      s[c] = sums[c];
      for (size_t j = 0; j < m; j++)
        grad[j * k + c] = (up[j] - down[j]) / (2.0 * h);
    }
}

/* The gradient of P at SUMS into GRAD (the windows' layout of SH).  */
static void
gradient_at (const boot_shape *sh, const double *sums, const double *theta,
             double *grad, double *work)
{
  const sp_boot_problem *p = sh->p;
  if (p->gradient)
    {
      p->gradient (sums, theta, sh->scale, grad, work, p->arg);
      return;
    }
  /* Central differences over all k columns, then each figure's window
     taken out of the dense m x k result (placed after the windows).  */
  size_t k = p->k, m = p->m;
  double *dense = grad + sh->offset[m];
  sp_boot_numeric_gradient (p->statistic, p->arg, m, sums, k, sh->scale,
                            dense, work);
  for (size_t j = 0; j < m; j++)
    memmove (grad + sh->offset[j], dense + j * k + sh->windows[j].col,
             sh->windows[j].width * sizeof *grad);
}

/* Size of the gradient buffer: the windows, plus m x k for central
   differences.  */
static size_t
grad_size (const boot_shape *sh)
{
  const sp_boot_problem *p = sh->p;
  return sh->offset[p->m] + (p->gradient ? 0 : p->m * p->k) + 1;
}

/* The figures whose gradient reaches the stored columns of stratum H:
   their indices into S->which, their gradients there into S->gs (one
   stored row each: within the window's columns, and 0 elsewhere when the
   stratum is narrow enough for moments) and the range of stored columns
   where each is not 0 into S->range (two each); returns how many.  */
static size_t
active_figures (const boot_shape *sh, size_t h, const double *grad,
                boot_scratch *s)
{
  const sp_boot_stratum *st = &sh->view.s[h];
  size_t active = 0, w = st->width, m = sh->p->m;
  const size_t *gc = sh->gcol[h];
  for (size_t j = 0; j < m; j++)
    {
      size_t lo = sh->inter[2 * (h * m + j)];
      size_t hi = sh->inter[2 * (h * m + j) + 1];
      if (lo == hi)
        continue;
      double *gs = s->gs + active * w;
      const double *g = grad + sh->offset[j];
      size_t first = sh->windows[j].col;
      if (w <= SP_BOOT_SE_MOMENTS)
        memset (gs, 0, w * sizeof *gs);
      for (size_t c = lo; c < hi; c++)
        gs[c] = g[gc[c] - first];
      while (lo < hi && gs[lo] == 0.0)
        lo++;
      while (hi > lo && gs[hi - 1] == 0.0)
        hi--;
      if (lo == hi)
        continue;
      if (w <= SP_BOOT_SE_MOMENTS)
        {
          /* The moments path reads whole rows.  */
          lo = 0;
          hi = w;
        }
      s->range[2 * active] = lo;
      s->range[2 * active + 1] = hi;
      s->which[active++] = j;
    }
  return active;
}

/* Add n_h / (n_h - 1) (S2 - S1^2 / n_h) to VAR[J], a variance from the
   sums S1 = sum w l and S2 = sum w l^2 over n_h drawn rows.  */
static void
add_variance (double *var, size_t j, double s1, double s2, double n_h)
{
  double v = (s2 - s1 * s1 / n_h) * n_h / (n_h - 1.0);
  /* Rounding may leave a variance of 0 a hair below it.  */
  var[j] += isnan (v) || v > 0.0 ? v : 0.0;
}

/* Stratum ST's contribution to every figure's variance from a multiset
   of its rows: ROWS[0 .. N_ROWS) (weight 1 each) when ROWS is given,
   else the counts C (each row its count, and 256 per wrap).  XBAR is its
   mean row, GRAD the gradient; with l_i = g . (x_i - xbar) adds
   n_h / (n_h - 1) (sum w l^2 - (sum w l)^2 / n_h) to VAR (m).  */
static void
stratum_variance (const boot_shape *sh, const sp_boot_stratum *st,
                  const double *xbar, const uint32_t *rows, size_t n_rows,
                  const sp_boot_counts *c, const double *grad,
                  boot_scratch *s, double *var)
{
  size_t w = st->width;
  size_t active = active_figures (sh, (size_t) (st - sh->view.s), grad, s);
  if (!active)
    return;
  memset (s->acc_se, 0, 2 * active * sizeof *s->acc_se);
  double dx[w];
  size_t count = rows ? n_rows : st->n + c->n_wrapped;
  for (size_t q = 0; q < count; q++)
    {
      size_t r;
      double wt;
      if (rows)
        {
          r = rows[q];
          wt = 1.0;
        }
      else if (q < st->n)
        {
          r = q;
          wt = (double) c->low[q];
          if (wt == 0.0)
            continue;
        }
      else
        {
          r = c->wrapped[q - st->n];
          wt = 256.0;
        }
      const double *x = st->x + r * w;
      for (size_t col = 0; col < w; col++)
        dx[col] = x[col] - xbar[col];
      for (size_t a = 0; a < active; a++)
        {
          const double *g = s->gs + a * w;
          double l = 0.0;
          for (size_t col = s->range[2 * a]; col < s->range[2 * a + 1];
               col++)
            l += g[col] * dx[col];
          s->acc_se[2 * a] += wt * l;
          s->acc_se[2 * a + 1] += wt * l * l;
        }
    }
  for (size_t a = 0; a < active; a++)
    add_variance (var, s->which[a], s->acc_se[2 * a], s->acc_se[2 * a + 1],
                  (double) st->n);
}

/* As stratum_variance from the moments MOM of the drawn rows
   (moments_size): sum w l = g . D and sum w l^2 = g' P g.  */
static void
moments_variance (const boot_shape *sh, const sp_boot_stratum *st,
                  const double *mom, const double *grad, boot_scratch *s,
                  double *var)
{
  size_t w = st->width;
  size_t active = active_figures (sh, (size_t) (st - sh->view.s), grad, s);
  for (size_t a = 0; a < active; a++)
    {
      const double *g = s->gs + a * w, *p = mom + w;
      double s1 = 0.0, s2 = 0.0;
      for (size_t i = 0; i < w; i++)
        {
          s1 += g[i] * mom[i];
          s2 += g[i] * g[i] * *p++;
          for (size_t j = i + 1; j < w; j++)
            s2 += 2.0 * g[i] * g[j] * *p++;
        }
      add_variance (var, s->which[a], s1, s2, (double) st->n);
    }
}

/* The draws of one resample, stratum by stratum from S's generator:
   the fixed columns and a gathered stratum's drawn rows into ACC (2 k:
   two partial sums), a counted stratum's draws into its counts of slot Q
   (s->counts[h * s->batch + q]), summed later.  With SE the gathered
   strata's drawn rows are kept in S->record.  */
static void
resample_draw (const boot_shape *sh, boot_scratch *s, double *acc, size_t q,
               int se)
{
  const sp_boot_problem *p = sh->p;
  const sp_boot_view *v = &sh->view;
  size_t k = p->k;
  memset (acc, 0, 2 * k * sizeof *acc);
  for (size_t h = 0; h < v->n; h++)
    {
      const sp_boot_stratum *st = &v->s[h];
      uint32_t n_h = (uint32_t) st->n;
      uint32_t *record = se ? s->record + st->first : NULL;
      for (size_t i = 0; i < st->n_fixed; i++)
        acc[st->fixed[i].col] += (double) n_h * st->fixed[i].value;
      if (n_h == 1)
        {
          /* A stratum of one is always drawn whole; no generator call.  */
          add_stored (st, 0, 1.0, acc);
          continue;
        }
      if (counted (p, st))
        {
          /* Cleared here rather than after use: the clearing pass, in
             order, also brings the counts into the cache just before
             the draws hit them at random.  */
          sp_boot_counts *c = &s->counts[h * s->batch + q];
          memset (c->low, 0, n_h);
          c->n_wrapped = 0;
          stratum_count (n_h, &s->bounds[h], &s->src, c);
          continue;
        }
      if (st->n_spans != 1)
        {
          stratum_sums_spans (st, &s->bounds[h], &s->src, acc, acc + k,
                              record);
          continue;
        }
      size_t w = st->spans[0].width;
      double *a = acc + st->spans[0].col, *b = acc + k + st->spans[0].col;
      if (k == 1)
        a[0] += stratum_sum1 (st->x, n_h, &s->bounds[h], &s->src, record);
      else
        switch (w)
          {
          /* The usual widths get their own unrolled loops.  */
#define SP_BOOT_K(K)                                                      \
          case K:                                                         \
            stratum_sums (st->x, n_h, &s->bounds[h], K, &s->src, a, b,    \
                          record);                                        \
            break;
          SP_BOOT_K (1) SP_BOOT_K (2) SP_BOOT_K (3) SP_BOOT_K (4)
          SP_BOOT_K (5) SP_BOOT_K (6) SP_BOOT_K (7) SP_BOOT_K (8)
#undef SP_BOOT_K
          default:
            stratum_sums (st->x, n_h, &s->bounds[h], w, &s->src, a, b,
                          record);
          }
    }
}

/* SUMS (k) = the two partial sums of ACC (2 k) added.  */
static void
fold_sums (const double *acc, size_t k, double *sums)
{
  for (size_t c = 0; c < k; c++)
    sums[c] = acc[c] + acc[k + c];
}

/* One resample's summed contributions into S->sums: its draws
   (resample_draw), then the counted strata in stratum order.  With SE
   the drawn rows are kept (in S->record and the counts) and the counted
   strata's moments taken.  */
static void
resample_sums (const boot_shape *sh, boot_scratch *s, int se)
{
  const sp_boot_problem *p = sh->p;
  resample_draw (sh, s, s->acc, 0, se);
  for (size_t h = 0; h < sh->view.n; h++)
    if (sh->view.s[h].n > 1 && counted (p, &sh->view.s[h]))
      {
        double *mom = se ? s->moments[h] : NULL;
        stratum_counted_sums (&sh->view.s[h], &s->counts[h * s->batch],
                              mom ? sh->xbar[h] : NULL, mom, s->counted2,
                              s->acc);
      }
  fold_sums (s->acc, p->k, s->sums);
}

/* NB resamples (at most S->batch) at once, without standard errors:
   resample q's sums into S->sums + q k, the same numbers as NB calls of
   resample_sums.  Their draws come in the same order from the
   generator; each counted stratum is then summed for all NB at once
   (stratum_counted_batch).  */
static void
resample_batch (const boot_shape *sh, boot_scratch *s, size_t nb)
{
  const sp_boot_problem *p = sh->p;
  size_t k = p->k;
  for (size_t q = 0; q < nb; q++)
    {
      s->acc_of[q] = s->acc + 2 * k * q;
      resample_draw (sh, s, s->acc_of[q], q, 0);
    }
  for (size_t h = 0; h < sh->view.n; h++)
    if (sh->view.s[h].n > 1 && counted (p, &sh->view.s[h]))
      stratum_counted_batch (&sh->view.s[h], &s->counts[h * s->batch], nb,
                             s->counted2, s->acc_of);
  for (size_t q = 0; q < nb; q++)
    fold_sums (s->acc_of[q], k, s->sums + k * q);
}

/* Each figure's standard error for the resample just summed (its rows in
   S->record and the counts) into SE (m), and the counts cleared.  */
static void
resample_se (const boot_shape *sh, boot_scratch *s, double *se)
{
  const sp_boot_problem *p = sh->p;
  size_t m = p->m;
  gradient_at (sh, s->sums, s->theta, s->grad, s->work);
  for (size_t j = 0; j < m; j++)
    se[j] = 0.0;
  for (size_t h = 0; h < sh->view.n; h++)
    {
      const sp_boot_stratum *st = &sh->view.s[h];
      if (st->n < 2 || st->width == 0)
        continue;
      if (counted (p, st) && s->moments[h])
        moments_variance (sh, st, s->moments[h], s->grad, s, se);
      else if (counted (p, st))
        {
          sp_boot_counts *c = &s->counts[h * s->batch];
          stratum_variance (sh, st, sh->xbar[h], NULL, 0, c, s->grad, s,
                            se);
        }
      else if (st->width <= SP_BOOT_SE_MOMENTS)
        {
          /* Narrow: the moments of the recorded rows, then one quadratic
             form per figure.  */
          moments_of (st->x, sh->xbar[h], st->width, s->record + st->first,
                      st->n, s->gathered_moments);
          moments_variance (sh, st, s->gathered_moments, s->grad, s, se);
        }
      else
        stratum_variance (sh, st, sh->xbar[h], s->record + st->first,
                          st->n, NULL, s->grad, s, se);
    }
  for (size_t j = 0; j < m; j++)
    se[j] = isfinite (s->theta[j]) ? sqrt (se[j]) : NAN;
}

void
sp_boot_standard_errors (const sp_boot_problem *p, const double *total,
                         const double *theta, double *se)
{
  boot_shape sh;
  shape_init (p, 1, &sh);
  boot_scratch s;
  memset (&s, 0, sizeof s);
  s.grad = sp_xcalloc (grad_size (&sh), sizeof *s.grad);
  s.work = sp_xcalloc (sp_boot_work_size (p), sizeof *s.work);
  s.gs = sp_xcalloc ((p->m ? p->m : 1) * (sh.widest ? sh.widest : 1),
                     sizeof *s.gs);
  s.acc_se = sp_xcalloc (2 * (p->m ? p->m : 1), sizeof *s.acc_se);
  s.which = sp_xcalloc (p->m ? p->m : 1, sizeof *s.which);
  s.range = sp_xcalloc (2 * (p->m ? p->m : 1), sizeof *s.range);
  gradient_at (&sh, total, theta, s.grad, s.work);
  for (size_t j = 0; j < p->m; j++)
    se[j] = 0.0;
  size_t most = 0;
  for (size_t h = 0; h < sh.view.n; h++)
    if (sh.view.s[h].n > most)
      most = sh.view.s[h].n;
  uint32_t *all = sp_xcalloc (most ? most : 1, sizeof *all);
  for (size_t i = 0; i < most; i++)
    all[i] = (uint32_t) i;
  for (size_t h = 0; h < sh.view.n; h++)
    stratum_variance (&sh, &sh.view.s[h], sh.xbar[h], all, sh.view.s[h].n,
                      NULL, s.grad, &s, se);
  for (size_t j = 0; j < p->m; j++)
    se[j] = isfinite (theta[j]) ? sqrt (se[j]) : NAN;
  free (all);
  free (s.which);
  free (s.range);
  free (s.acc_se);
  free (s.gs);
  free (s.work);
  free (s.grad);
  shape_free (&sh);
}

/* One run: the problem, its resamples and where they go.  */
typedef struct
{
  boot_shape shape;
  size_t b;                  /* resamples */
  unsigned long seed;
  double *replicates;
  double *se;                /* NULL unless standard errors are asked */
} boot_run;

static void *
scratch_alloc (void *arg)
{
  const boot_run *run = arg;
  const boot_shape *sh = &run->shape;
  const sp_boot_problem *p = sh->p;
  const sp_boot_view *v = &sh->view;
  boot_scratch *s = sp_xcalloc (1, sizeof *s);
  s->rng = gsl_rng_alloc (gsl_rng_taus2);
  if (!s->rng)
    abort ();
  s->src = sp_draw_source_of (s->rng);
  s->batch = 1;
  if (!run->se)
    for (size_t h = 0; h < v->n; h++)
      if (v->s[h].n > 1 && counted (p, &v->s[h]))
        s->batch = SP_BOOT_BATCH;
  size_t k = p->k ? p->k : 1;
  s->acc = sp_xmalloc (2 * k * s->batch * sizeof *s->acc);
  s->acc_of = sp_xcalloc (s->batch, sizeof *s->acc_of);
  s->sums = sp_xmalloc (k * s->batch * sizeof *s->sums);
  s->theta = sp_xmalloc ((p->m ? p->m : 1) * sizeof *s->theta);
  s->bounds = sp_xmalloc (v->n * sizeof *s->bounds);
  s->counts = sp_xcalloc (v->n * s->batch, sizeof *s->counts);
  s->counted2 = sp_xmalloc (SP_BOOT_LANES * (sh->widest ? sh->widest : 1)
                            * s->batch * sizeof *s->counted2);
  for (size_t h = 0; h < v->n; h++)
    {
      sp_draw_bound_init (&s->bounds[h], (uint32_t) v->s[h].n);
      if (counted (p, &v->s[h]))
        for (size_t q = 0; q < s->batch; q++)
          {
            sp_boot_counts *c = &s->counts[h * s->batch + q];
            c->low = sp_xcalloc (v->s[h].n, 1);
            c->cap = v->s[h].n / 256 + 1;
            c->wrapped = sp_xcalloc (c->cap, sizeof *c->wrapped);
          }
    }
  if (run->se)
    {
      s->record = sp_xcalloc (p->n ? p->n : 1, sizeof *s->record);
      s->grad = sp_xcalloc (grad_size (sh), sizeof *s->grad);
      s->work = sp_xcalloc (sp_boot_work_size (p), sizeof *s->work);
      s->gs = sp_xcalloc ((p->m ? p->m : 1) * (sh->widest ? sh->widest : 1),
                          sizeof *s->gs);
      s->acc_se = sp_xcalloc (2 * (p->m ? p->m : 1), sizeof *s->acc_se);
      s->which = sp_xcalloc (p->m ? p->m : 1, sizeof *s->which);
      s->range = sp_xcalloc (2 * (p->m ? p->m : 1), sizeof *s->range);
      s->gathered_moments = sp_xcalloc (moments_size (SP_BOOT_SE_MOMENTS),
                                        sizeof *s->gathered_moments);
    }
  s->n_strata = v->n;
  s->moments = sp_xcalloc (v->n, sizeof *s->moments);
  for (size_t h = 0; h < v->n; h++)
    if (run->se && counted (p, &v->s[h])
        && v->s[h].width <= SP_BOOT_SE_MOMENTS)
      s->moments[h] = sp_xcalloc (moments_size (v->s[h].width) + 1,
                                  sizeof **s->moments);
  return s;
}

static void
scratch_free (void *scratch)
{
  boot_scratch *s = scratch;
  for (size_t h = 0; h < s->n_strata; h++)
    {
      free (s->moments[h]);
      for (size_t q = 0; q < s->batch; q++)
        {
          free (s->counts[h * s->batch + q].low);
          free (s->counts[h * s->batch + q].wrapped);
        }
    }
  free (s->moments);
  free (s->gathered_moments);
  free (s->counts);
  free (s->which);
  free (s->range);
  free (s->acc_se);
  free (s->gs);
  free (s->work);
  free (s->grad);
  free (s->record);
  free (s->counted2);
  free (s->bounds);
  free (s->theta);
  free (s->sums);
  free (s->acc_of);
  free (s->acc);
  gsl_rng_free (s->rng);
  free (s);
}

/* Resamples BLOCK * SP_BOOT_BLOCK onwards, from the block's generator.  */
static void
run_block (size_t block, void *scratch, void *arg)
{
  const boot_run *run = arg;
  const sp_boot_problem *p = run->shape.p;
  boot_scratch *s = scratch;
  gsl_rng_set (s->rng, sp_boot_block_seed (run->seed, block));
  size_t first = block * SP_BOOT_BLOCK;
  size_t last = first + SP_BOOT_BLOCK < run->b ? first + SP_BOOT_BLOCK
                                               : run->b;
  double se[p->m ? p->m : 1];
  if (s->batch > 1)
    {
      for (size_t r = first; r < last; r += s->batch)
        {
          size_t nb = last - r < s->batch ? last - r : s->batch;
          resample_batch (&run->shape, s, nb);
          for (size_t q = 0; q < nb; q++)
            {
              p->statistic (s->sums + p->k * q, s->theta, p->arg);
              for (size_t j = 0; j < p->m; j++)
                run->replicates[j * run->b + r + q] = s->theta[j];
            }
        }
      return;
    }
  for (size_t r = first; r < last; r++)
    {
      resample_sums (&run->shape, s, run->se != NULL);
      p->statistic (s->sums, s->theta, p->arg);
      for (size_t j = 0; j < p->m; j++)
        run->replicates[j * run->b + r] = s->theta[j];
      if (!run->se)
        continue;
      resample_se (&run->shape, s, se);
      for (size_t j = 0; j < p->m; j++)
        run->se[j * run->b + r] = se[j];
    }
}

void
sp_boot_run_se (const sp_boot_problem *p, size_t b, unsigned long seed,
                int threads, const sp_work_progress *progress,
                double *replicates, double *se)
{
  boot_run run = { .b = b, .seed = seed, .replicates = replicates,
                   .se = se };
  shape_init (p, se != NULL, &run.shape);
  sp_parallel_blocks_progress ((b + SP_BOOT_BLOCK - 1) / SP_BOOT_BLOCK,
                               threads, scratch_alloc, run_block,
                               scratch_free, &run, progress);
  shape_free (&run.shape);
}

void
sp_boot_run (const sp_boot_problem *p, size_t b, unsigned long seed,
             int threads, const sp_work_progress *progress, double *replicates)
{
  sp_boot_run_se (p, b, seed, threads, progress, replicates, NULL);
}
