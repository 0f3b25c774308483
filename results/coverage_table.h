/* coverage_table.h -- what the coverage study measured, compiled in

   bench/coverage_study simulates cohorts from four populations at five
   sizes and records how often socialprofit's nominal 95% intervals
   covered the true value, for a total and for a ratio, by method.  Its
   --c-table output is results/coverage_table.c (generated, with its
   seed, resamples, cohorts and date), so the results layer can say in
   words what the study measured at a figure's cohort size
   (intervals_doc.h).  To refresh it, rerun the study as that file's
   header says and commit the new file with docs/methods/bootstrap.md's
   table.  Constant data; no I/O.  */

#ifndef SP_COVERAGE_TABLE_H
#define SP_COVERAGE_TABLE_H

#include <stddef.h>

#include "ci.h"

#define SP_COVERAGE_N_SIZES 5
#define SP_COVERAGE_N_POPULATIONS 4

/* The two kinds of figure simulated.  */
typedef enum
{
  SP_COVERAGE_TOTAL = 0,    /* a total, mean or other sum-like figure */
  SP_COVERAGE_RATIO = 1     /* a ratio of two sums */
} sp_coverage_kind;

typedef struct
{
  unsigned long seed;
  size_t cohorts;                   /* per cell */
  size_t resamples;                 /* B of each interval */
  const char *date;                 /* when it was run (UTC) */
  size_t sizes[SP_COVERAGE_N_SIZES];        /* cohort sizes, ascending */
  const char *populations[SP_COVERAGE_N_POPULATIONS]; /* in words */
  /* [kind][method][size][population]: the share of cohorts covered (NaN
     when no cohort had an interval).  */
  double coverage[2][SP_CI_N_METHODS][SP_COVERAGE_N_SIZES]
                 [SP_COVERAGE_N_POPULATIONS];
} sp_coverage_study;

extern const sp_coverage_study sp_coverage_study_run;

#endif /* SP_COVERAGE_TABLE_H */
