/* reliability.h -- how far a bootstrap interval can be trusted (issue 9
   §3)

   Simulation (bench/coverage_study, docs/methods/bootstrap.md) shows
   that nominal 95% bootstrap intervals cover the true value far less
   often with few participants, or when a few of them carry most of a
   figure.  So every bootstrap interval carries a verdict, from the
   figure's own cohort (the participants whose rows enter it) and its
   jackknife influence values (jackknife.h):

     withheld  fewer than SP_INTERVAL_MIN_PARTICIPANTS (5) participants:
               no interval at all (an interval from so few would look
               precise and mean little)
     low       fewer than SP_LIMIT_SMALL (30) participants, or the
               SP_LIMIT_CONCENTRATED_TOP (2) most influential carry more
               than SP_LIMIT_CONCENTRATED_SHARE (half) of the figure, by
               the same rule as the limitations' concentration
               (limitations.h: sp_limits_top_share)
     ok        otherwise.

   A figure made from several data sets (the social profit: the savings
   cohort, the outcome cohort and the register) is judged by the smallest
   of them (sp_reliability_limit_to): its 104 participants in all do not
   make an interval from a saving of 22 people more reliable.

   A withheld interval is also low.  No I/O.  */

#ifndef SP_RELIABILITY_H
#define SP_RELIABILITY_H

#include <stddef.h>

#include "ci.h"

/* Fewer participants than this: no interval.  */
#define SP_INTERVAL_MIN_PARTICIPANTS 5

typedef struct
{
  size_t participants;      /* the figure's cohort */
  size_t smallest;          /* its smallest data set's participants, for a
                               figure of several (savings, value and the
                               register for social profit); = participants
                               for one */
  int withheld;             /* participants < SP_INTERVAL_MIN_PARTICIPANTS */
  int small;                /* participants < SP_LIMIT_SMALL */
  int share_defined;        /* the figure is positive and its influence
                               values defined */
  double top_two_share;     /* of the figure carried by the two most
                               influential (0 when undefined) */
  int concentrated;         /* top_two_share > SP_LIMIT_CONCENTRATED_SHARE */
  int low;                  /* withheld, small or concentrated */
} sp_reliability;

/* The verdict on a figure with estimate ESTIMATE and leave-one-out values
   LOO (indexed by row), whose cohort is the N_ROWS rows listed in ROWS,
   into OUT (caller's).  */
void sp_reliability_assess (const double *loo, const size_t *rows,
                            size_t n_rows, double estimate,
                            sp_reliability *out);

/* Judge R by the smallest of its figure's data sets, SMALLEST
   participants (at most R->participants): withheld below
   SP_INTERVAL_MIN_PARTICIPANTS, small below SP_LIMIT_SMALL, as for a
   cohort of that size.  */
void sp_reliability_limit_to (sp_reliability *r, size_t smallest);

/* Withhold interval CI for R (R->withheld): no ends, standard error or
   bias, and the note flag SP_CI_NOTE_TOO_FEW.  */
void sp_reliability_withhold (sp_ci *ci);

#endif /* SP_RELIABILITY_H */
