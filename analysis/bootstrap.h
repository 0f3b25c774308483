/* bootstrap.h -- stratified cluster bootstrap of statistics of sums

   Every figure socialprofit bootstraps is a function of sums over
   participants: the saving of the before and after costs, a social value
   of the paired counts and score sums per domain, and so on.  So a
   bootstrap problem is

     X          an n x k contribution matrix (row-major, one row per
                participant: what that participant adds to each sum),
     strata     a partition of the rows into contiguous ranges,
     statistic  a function from a k-vector of sums to m figures.

   One resample draws, independently in every stratum h of n_h rows, n_h
   rows with replacement, adds the drawn rows into a k-vector of sums and
   applies the statistic: O(n k) work per resample with no allocation,
   re-reading or re-costing.  With one stratum this is the ordinary
   (Efron) bootstrap of the participants; with strata each figure keeps
   its own cohort size (a participant found only in the register never
   stands in for one in the usage cohort).

   Determinism.  The B resamples are cut into blocks of SP_BOOT_BLOCK in
   order; block b gets its own generator, gsl_rng_taus2 (L'Ecuyer's
   maximally equidistributed combined Tausworthe generator: period about
   2^88, 32-bit outputs, among GSL's fastest "simulation quality"
   generators) seeded by sp_boot_block_seed (seed, b).  Threads take
   whole blocks (parallel.h), so the replicates are the same bits for
   any thread count.  Indices are drawn with bounded_draw.h (Lemire's
   multiply-shift with rejection, no division per draw).  Within a
   resample the drawn rows are added alternately into two partial sums
   (to shorten the floating-point dependency chain) which are then
   added; a stratum of SP_BOOT_COUNT_ROWS rows or more is summed by
   counts instead (boot_counts.h), into four partial sums in row order,
   and its sum added after the other strata's.  Without standard errors
   such strata are summed for several resamples in one pass over their
   rows, adding the same numbers in the same order as one resample at a
   time.  The order is fixed by the block, never by the thread.

   Undefined figures.  A statistic writes NaN for a figure that a
   resample leaves undefined (a ratio over a zero sum).  NaN never leaves
   analysis/: ci.h counts and drops such resamples.  */

#ifndef SP_BOOTSTRAP_H
#define SP_BOOTSTRAP_H

#include <stddef.h>
#include <stdint.h>

#include "work_progress.h"

/* Resamples per block (the unit of seeding and of work sharing).  */
#define SP_BOOT_BLOCK 64

/* Figures from summed contributions: read the K sums at SUMS and write
   the M figures at THETA (NaN for an undefined one).  ARG is the
   problem's argument.  Must be thread-safe and allocate nothing: it is
   called once per resample, from several threads at once.  */
typedef void (*sp_boot_statistic) (const double *sums, double *theta,
                                   const void *arg);

/* The partial derivatives of the figures at SUMS (whose figures THETA
   are), for the linearised (delta-method) standard error: for figure j,
   d theta_j / d sums[c] for each column c of its window (see
   sp_boot_problem.windows), written figure after figure at GRAD.  SCALE
   (one per column) is the sum of the column's absolute values over all
   rows, for choosing difference steps.  WORK has
   sp_boot_work_size doubles.  ARG is the problem's argument.  NaN where
   a derivative is undefined.  Thread-safe; allocates nothing.  */
typedef void (*sp_boot_gradient) (const double *sums, const double *theta,
                                  const double *scale, double *grad,
                                  double *work, const void *arg);

/* Where a stratum's stored columns go: WIDTH consecutive columns of the
   problem from COL.  */
typedef struct
{
  size_t col;
  size_t width;
} sp_boot_span;

/* A column that every row of a stratum holds with the same VALUE, which
   is not stored: a resample adds it once per drawn row, as n_h x VALUE.
   Use it only for values whose sums are exact in every order (integers
   of magnitude at most 2^20 in every row of the problem), so that the
   figures do not depend on it.  */
typedef struct
{
  size_t col;
  double value;
} sp_boot_fixed;

/* The stored contributions of one stratum: its rows hold only the
   columns of the SPANS (side by side, WIDTH = the spans' widths added)
   and the FIXED columns; every other column of the problem is 0 for
   them.  So a resample touches only a stratum's own columns.  */
typedef struct
{
  const double *x;          /* n_h x width, row-major */
  size_t width;
  const sp_boot_span *spans;
  size_t n_spans;
  const sp_boot_fixed *fixed;
  size_t n_fixed;
} sp_boot_block;

typedef struct
{
  const double *x;          /* n x k contributions, row-major; unused
                               when BLOCKS is given */
  size_t n;                 /* participants (rows) */
  size_t k;                 /* columns */
  const size_t *strata;     /* n_strata + 1 row offsets: stratum h is rows
                               [strata[h], strata[h + 1]); NULL = one
                               stratum of all rows */
  size_t n_strata;
  sp_boot_statistic statistic;
  const void *arg;
  size_t m;                 /* figures the statistic writes */
  const sp_boot_block *blocks; /* NULL: the dense X above; else one block
                               per stratum (STRATA required), X unused */
  /* For standard errors (studentized intervals) only: */
  const sp_boot_span *windows; /* m: the columns figure j depends on (its
                               gradient is 0 elsewhere); NULL = all k for
                               every figure */
  sp_boot_gradient gradient; /* NULL = central differences of the
                               statistic (sp_boot_numeric_gradient) */
  /* Strata of at least this many rows are summed by counts
     (boot_counts.h); 0 = SP_BOOT_COUNT_ROWS.  */
  size_t count_from;
  /* m flags: figure j is a ratio of sums (1) or a total, mean or
     difference (0), which the auto interval method and the coverage
     study's words go by; NULL = every figure a total.  */
  const unsigned char *ratio;
  /* m flags: compute figure j's interval by every method as well, from
     the same resamples (boot_intervals.h); NULL = none.  */
  const unsigned char *alternatives;
} sp_boot_problem;

/* One stratum as the engine sees it, dense or from a block.  */
typedef struct
{
  size_t first;             /* first row */
  size_t n;                 /* rows */
  const double *x;          /* n x width */
  size_t width;
  const sp_boot_span *spans;
  size_t n_spans;
  const sp_boot_fixed *fixed;
  size_t n_fixed;
} sp_boot_stratum;

/* The strata of a problem, dense or in blocks, in one shape.  */
typedef struct
{
  size_t n;                 /* strata */
  sp_boot_stratum *s;       /* n (owned) */
  sp_boot_span dense;       /* the span of a dense problem: [0, k) */
} sp_boot_view;

/* The view of P into V (caller's struct; release with
   sp_boot_view_free).  */
void sp_boot_view_init (const sp_boot_problem *p, sp_boot_view *v);

/* Release what V owns.  */
void sp_boot_view_free (sp_boot_view *v);

/* Row R (0 .. n - 1) of stratum S added, times SIGN (+1 or -1), into the
   problem-wide K-vector SUMS, column by column: the stored columns, then
   the fixed ones.  */
void sp_boot_stratum_add_row (const sp_boot_stratum *s, size_t r,
                              double sign, double *sums);

/* SUMS (caller's, K doubles) = the N rows of the n x K row-major matrix
   X added column by column, in row order.  */
void sp_boot_column_sums (const double *x, size_t n, size_t k, double *sums);

/* The figures of the data itself: sums every row of P (in row order,
   each column in the same order as sp_boot_column_sums on the dense
   matrix) into SUMS (caller's, P->k doubles) and applies the statistic
   into THETA (caller's, P->m doubles).  */
void sp_boot_estimate (const sp_boot_problem *p, double *sums,
                       double *theta);

/* Generator seed of block BLOCK for the run seed SEED: the 32-bit
   finaliser of MurmurHash3 applied to (h XOR BLOCK), h being SEED folded
   by SplitMix64.  Distinct blocks of one run get distinct seeds (the
   finaliser is a bijection of 32-bit words) for fewer than 2^32 blocks.
   gsl_rng_taus2 uses the seed's low 32 bits, and seed 0 as 1.  */
uint32_t sp_boot_block_seed (unsigned long seed, size_t block);

/* Rows from which a stratum is summed by counts rather than by
   gathering each drawn row (boot_counts.h): where its rows stop fitting
   in a core's cache.  The sums differ only in the order of addition.  */
#define SP_BOOT_COUNT_ROWS 32768

/* Working space a gradient may use for problem P: k + 2 m doubles.  */
size_t sp_boot_work_size (const sp_boot_problem *p);

/* Central differences: GRAD (M x K, figure-major) = d f_j / d sums[c] =
   (f_j (S + h_c e_c) - f_j (S - h_c e_c)) / 2 h_c with
   h_c = 2^-17 max (|S_c|, SCALE[c]) (the cube root of the machine
   epsilon, scaled: an error of about 1e-10 relative for smooth figures);
   0 for a column whose SCALE is 0 (it is 0 in every row).  F writes M
   figures from K sums; WORK has K + 2 M doubles.  */
void sp_boot_numeric_gradient (sp_boot_statistic f, const void *arg,
                               size_t m, const double *sums, size_t k,
                               const double *scale, double *grad,
                               double *work);

/* The linearised standard error of every figure of P from its rows
   (the full data): with g_j the gradient of figure j at the column
   totals TOTAL (whose figures are THETA),

     se_j^2 = sum_h n_h / (n_h - 1) sum_{i in h} (g_j . (x_i - xbar_h))^2

   (xbar_h the stratum's mean row; a stratum of one adds 0): for a total
   n_h s_h^2 summed over the strata, s_h^2 the sample variance of the
   contributions; for a ratio A / B the delta method's
   sum (a_i - R b_i)^2 / B^2 form.  SE (caller's, P->m) gets NaN where
   undefined.  */
void sp_boot_standard_errors (const sp_boot_problem *p, const double *total,
                              const double *theta, double *se);

/* Run B resamples of problem P with SEED on THREADS threads (0 = all
   cores; never more than there are blocks).  REPLICATES (caller's,
   P->m x B doubles) receives figure j of resample b at
   REPLICATES[j * B + b].  Working memory is allocated once per thread,
   outside the resampling loop.  Requires every stratum non-empty and of
   fewer than 2^32 rows.  When a thread cannot be started its blocks are
   run by the others, with the same result.  PROGRESS (NULL = nobody)
   is told of the blocks of resamples done (work_progress.h).  */
void sp_boot_run (const sp_boot_problem *p, size_t b, unsigned long seed,
                  int threads, const sp_work_progress *progress,
                  double *replicates);

/* As sp_boot_run, and SE (caller's, P->m x B, figure j of resample b at
   SE[j * B + b]) receives each resample's own linearised standard error
   (the formula of sp_boot_standard_errors over the resample's drawn
   rows, with the gradient at the resample's sums): for a total, from
   the resample's own contributions; no nested bootstrap.  The same bits
   for any thread count.  */
void sp_boot_run_se (const sp_boot_problem *p, size_t b, unsigned long seed,
                     int threads, const sp_work_progress *progress,
                     double *replicates, double *se);

#endif /* SP_BOOTSTRAP_H */
