/* cohort.h -- the small cohort whose savings are worked out by hand,
   shared by test_savings (the table) and test_bootstrap (the
   per-participant contributions and the statistic on their sums)

   Two services, three participants (quantities before -> after):
     p1: a 1 -> 0, b 2 -> 1
     p2: a 2 -> 1, b 0 -> 0
     p3: a 3 -> 1, b 1 -> 0
   service a (planned, £10):    before 1+2+3 = 6 -> £60; after 0+1+1 = 2
                                -> £20; saving £40
   service b (emergency, £100): before 2+0+1 = 3 -> £300; after 1+0+0 =
                                1 -> £100; saving £200
   baseline £360, after £120, saving £240, rate 2/3, per participant £80,
   scaled to 9 people £720.  Planned cost reduction 40/60, use 4/6;
   emergency cost reduction 200/300, use 2/3.  */

#ifndef SP_TEST_COHORT_H
#define SP_TEST_COHORT_H

#include <stddef.h>

#include "usage.h"

typedef struct
{
  sp_unit_cost items[2];
  sp_unit_costs costs;
  size_t cost_index[2];
  double before[6];   /* by participant, then service */
  double after[6];
  char *ids[3];
  sp_usage usage;     /* points into the arrays above */
} sp_test_cohort;

/* Fill *C with the cohort above, N_EXCLUDED participants having been
   left out for being seen in one period only.  C must stay where it is
   while C->usage and C->costs are used.  */
static inline void
sp_test_cohort_init (sp_test_cohort *c, size_t n_excluded)
{
  *c = (sp_test_cohort) {
    .items = {
      { "a", "A", "unit", 10.0, SP_CATEGORY_PLANNED, "2018", "test" },
      { "b", "B", "unit", 100.0, SP_CATEGORY_EMERGENCY, "2018", "test" },
    },
    .cost_index = { 0, 1 },
    .before = { 1, 2, 2, 0, 3, 1 },
    .after = { 0, 1, 1, 0, 1, 0 },
    .ids = { "p1", "p2", "p3" },
  };
  c->costs = (sp_unit_costs) { c->items, 2, NULL };
  c->usage = (sp_usage) { .n_participants = 3, .ids = c->ids,
                          .n_services = 2, .cost_index = c->cost_index,
                          .before = c->before, .after = c->after,
                          .n_excluded = n_excluded, .after_period = 1 };
}

#endif /* SP_TEST_COHORT_H */
