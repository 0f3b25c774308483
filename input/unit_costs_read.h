/* unit_costs_read.h -- read and validate a unit-cost set

   A unit-cost CSV has the columns
     service, label, unit, unit_cost, category, price_year, source
   (any order; all required).  service must be non-empty and unique,
   unit_cost a number from 0 to 1e9 (pounds), category planned or
   emergency.  */

#ifndef SP_UNIT_COSTS_READ_H
#define SP_UNIT_COSTS_READ_H

#include "diag.h"
#include "usage.h"

/* Read PATH into SET (caller-owned struct, filled here; free with
   sp_unit_costs_free even on failure).  Returns 0, or -1 with every
   problem recorded in D.  */
int sp_unit_costs_read (const char *path, sp_unit_costs *set, sp_diag *d);

#endif /* SP_UNIT_COSTS_READ_H */
