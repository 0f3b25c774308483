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
  double *x;                /* n x k (owned) */
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
  size_t col;               /* it reads sums[col ...] */
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

#endif /* SP_BOOTSTRAP_DESIGN_H */
