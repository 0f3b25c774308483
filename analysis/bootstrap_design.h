/* bootstrap_design.h -- participants across data sets, and their strata

   The unit of the bootstrap is the participant: their service usage,
   outcome scores and register entry are resampled together (a cluster
   bootstrap).  Each data set (part) lists participants by identifier,
   each with its own contribution columns.  The design merges the parts
   by identifier into one row per participant, the parts' columns side
   by side (zeros where a participant is absent from a part; rows of one
   identifier within a part are added), and groups the rows into strata
   by the pattern of parts a participant appears in (usage + outcomes +
   register, register only, ...).  The stratified bootstrap then draws,
   within each stratum, as many participants as it holds, so every
   figure keeps its own cohort size; with a single part this is the
   ordinary bootstrap of that part's participants.

   Rows are ordered by pattern (the bit set of parts, ascending), then
   by identifier (strcmp), so the order of rows in the input files does
   not change the resamples.

   Storage (issue 13).  A stratum's rows are 0 in every column of the
   parts they are not in, so each stratum stores only the columns of its
   own parts (an sp_boot_block of bootstrap.h): a resample of the
   participants found only in the usage cohort touches the usage columns
   and nothing else, however many columns the other parts have.  A
   column that is the same integer in every row of a stratum, and an
   integer of magnitude at most 2^20 in every row of the design (such as
   the cohort indicator of the usage part), is not stored but added as
   n_h x its value; its sums are exact either way, so the figures are
   the same bits as with every column stored.  Memory: the sum over the
   strata of rows x stored columns.

   Figure groups let several statistics share one design: group g reads
   the sums from its column col onwards and writes its m figures after
   those of the groups before it.  No I/O.  */

#ifndef SP_BOOTSTRAP_DESIGN_H
#define SP_BOOTSTRAP_DESIGN_H

#include <stddef.h>

#include "bootstrap.h"

#define SP_BOOT_MAX_PARTS 8

/* One data set's participants and contributions (all borrowed).  */
typedef struct
{
  size_t n;                 /* rows */
  char *const *ids;         /* n identifiers */
  size_t k;                 /* columns */
  const double *x;          /* n x k, row-major */
} sp_boot_part;

typedef struct
{
  size_t n_parts;
  size_t n;                 /* participants in any part */
  size_t k;                 /* sum of the parts' columns */
  size_t col[SP_BOOT_MAX_PARTS]; /* first column of each part */
  sp_boot_block *blocks;    /* n_strata (owned) */
  double *x;                /* the blocks' stored rows, stratum after
                               stratum (owned) */
  sp_boot_span *spans;      /* the blocks' spans (owned) */
  sp_boot_fixed *fixed;     /* the blocks' fixed columns (owned) */
  const char **ids;         /* n identifiers, pointing into the parts'
                               arrays (the array is owned) */
  unsigned *in;             /* n: bit p set when the row's participant is
                               in part p (owned) */
  size_t n_strata;
  size_t *strata;           /* n_strata + 1 row offsets (owned) */
} sp_boot_design;

/* Merge the N_PARTS (1 .. SP_BOOT_MAX_PARTS) PARTS into OUT (caller's
   struct, arrays allocated here, released by sp_boot_design_free).  The
   parts must outlive OUT (identifiers are not copied).  */
void sp_boot_design_build (const sp_boot_part *parts, size_t n_parts,
                           sp_boot_design *out);

/* The problem (bootstrap.h) of design D with STATISTIC, ARG and M
   figures; it borrows D's arrays.  */
sp_boot_problem sp_boot_design_problem (const sp_boot_design *d,
                                        sp_boot_statistic statistic,
                                        const void *arg, size_t m);

/* The rows of D whose participant is in part PART, in row order, into
   ROWS (caller's, D->n entries); returns how many.  */
size_t sp_boot_design_rows (const sp_boot_design *d, size_t part,
                            size_t *rows);

/* Release what D owns.  */
void sp_boot_design_free (sp_boot_design *d);

/* A statistic over some columns of a design.  */
typedef struct
{
  sp_boot_statistic statistic;
  const void *arg;
  size_t m;                 /* figures it writes */
  size_t col;               /* it reads sums[col .. col + width) */
  size_t width;
  sp_boot_gradient gradient; /* its gradient over those columns (m x
                               width, figure-major), called with sums +
                               col and scale + col; NULL = central
                               differences of the statistic */
} sp_boot_group;

typedef struct
{
  const sp_boot_group *groups;
  size_t n_groups;
} sp_boot_groups;

/* The statistic (bootstrap.h) of a list of groups: ARG points to an
   sp_boot_groups; each group's figures follow the previous group's.  */
void sp_boot_groups_statistic (const double *sums, double *theta,
                               const void *arg);

/* Its gradient (bootstrap.h): each group's, over the group's columns
   (the windows of sp_boot_groups_windows).  ARG as above.  */
void sp_boot_groups_gradient (const double *sums, const double *theta,
                              const double *scale, double *grad, double *work,
                              const void *arg);

/* WINDOWS (caller's, one per figure of all groups): each figure's
   window is its group's columns.  */
void sp_boot_groups_windows (const sp_boot_groups *g, sp_boot_span *windows);

#endif /* SP_BOOTSTRAP_DESIGN_H */
