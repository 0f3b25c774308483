/* savings.h -- NHS cost savings of a cohort (the Appendix 2a table)

   For every participant p, service s and period t the cost is the
   annualised quantity q[p,s,t] times the unit cost c[s].  A service
   line sums over the cohort:

     before_cost[s] = c[s] * sum_p q[p,s,before]
     after_cost[s]  = c[s] * sum_p q[p,s,after]
     saving[s]      = before_cost[s] - after_cost[s]

   and the totals, rate and per-participant figures follow:

     saving          = sum_s saving[s]
     saving_rate     = saving / baseline_cost         (undefined if 0)
     per_participant = saving / n                     (undefined if n=0)
     scaled saving   = saving * N / n                 ("if replicated
                                                       across N people")

   By category (planned, emergency) the reductions are fractions:
     cost_reduction  = (before_cost - after_cost) / before_cost
     use_reduction   = (before_quantity - after_quantity) / before_quantity
   where quantities of different units are simply added, as the report
   does.

   The basis of the saving (issue 8) says what kind of evidence it
   rests on, from the cohort's rows by source (usage.h) in both periods:
     forecast   any row used in either period is `plan` (an anticipated
                use, not a measured one)
     observed   otherwise, every row used in both periods is `record`
     reported   otherwise (a `recall` or unspecified row is used)

   For disclosure control (results/disclosure.h) every line, category
   and the whole table also count their contributors: the participants
   with a non-zero quantity of it before or after.  A line used by 2 of
   22 participants is a figure about those 2 people.  */

#ifndef SP_SAVINGS_H
#define SP_SAVINGS_H

#include <stddef.h>

#include "usage.h"

typedef struct
{
  size_t cost_index;      /* into the unit-cost set */
  double unit_cost;
  double before_quantity; /* annualised, summed over the cohort */
  double before_cost;
  double after_quantity;
  double after_cost;
  double saving;
  size_t contributors;    /* participants using it before or after */
} sp_savings_line;

typedef struct
{
  sp_category category;
  double before_cost;
  double after_cost;
  double saving;          /* before_cost - after_cost */
  int cost_reduction_defined;
  double cost_reduction;  /* fraction; 0 when undefined */
  double before_quantity;
  double after_quantity;
  int use_reduction_defined;
  double use_reduction;   /* fraction; 0 when undefined */
  size_t contributors;    /* participants using any of its lines */
} sp_savings_category;

/* What the saving rests on.  */
typedef enum
{
  SP_BASIS_OBSERVED = 0,
  SP_BASIS_REPORTED,
  SP_BASIS_FORECAST
} sp_basis;

typedef struct
{
  size_t participants;
  size_t excluded_participants;
  sp_basis basis;
  size_t source_rows_before[SP_N_SOURCES]; /* the cohort's rows by source */
  size_t source_rows_after[SP_N_SOURCES];
  size_t contributors;         /* participants using any service */
  double baseline_cost;
  double after_cost;
  double saving;
  int saving_rate_defined;     /* 0 when baseline_cost is 0 */
  double saving_rate;
  int per_participant_defined; /* 0 when there are no participants */
  double per_participant;
  sp_savings_line *lines;      /* n_lines, owned */
  size_t n_lines;
  sp_savings_category categories[SP_N_CATEGORIES];
  int scaled;                  /* nonzero when a scale was asked for */
  double scale_n;
  double scaled_saving;
} sp_savings;

/* Compute the savings table of cohort U priced with COSTS into OUT
   (caller-owned struct; OUT->lines is allocated here and released by
   sp_savings_free).  SCALE_N > 0 asks for the saving scaled to SCALE_N
   people; 0 leaves it out.  */
void sp_savings_compute (const sp_usage *u, const sp_unit_costs *costs,
                         double scale_n, sp_savings *out);

/* The basis of a saving whose rows by source (indexed by sp_source) are
   BEFORE and AFTER, by the rule above.  With no rows at all it is
   reported: nothing was recorded.  */
sp_basis sp_savings_basis (const size_t *before, const size_t *after);

/* Name of BASIS in results: "observed", "reported" or "forecast".
   Static.  */
const char *sp_basis_name (sp_basis basis);

/* Release what S owns.  */
void sp_savings_free (sp_savings *s);

#endif /* SP_SAVINGS_H */
