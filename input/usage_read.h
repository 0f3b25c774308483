/* usage_read.h -- read and validate service usage into a cohort

   A usage CSV has one row per participant x period x service:
     participant_id, period, service, quantity   (required)
     months, source                              (optional)
   quantity is a number from 0 to 1e9 for the window; months (default
   12, at least 0.01) is the window's length and quantities are
   annualised by x 12 / months (the bounds keep every total finite);
   source is recall, record or plan.  A participant is observed in a
   period when at least one row names it (a quantity of 0 counts).

   Rejected, each as FILE:LINE:COLUMN: a bad quantity or months, a
   service missing from the unit-cost set, a duplicated (participant,
   period, service) row, an unknown source, empty keys.  A participant
   observed in only one of the two periods is excluded from the cohort
   with a warning.  */

#ifndef SP_USAGE_READ_H
#define SP_USAGE_READ_H

#include "diag.h"
#include "usage.h"

typedef struct
{
  const char *before;  /* period name of the baseline, e.g. "before" */
  const char *after;   /* period name of the comparison, e.g. "after" */
} sp_usage_periods;

/* Read PATH, price-check it against COSTS, and fill the cohort U
   (caller-owned struct, filled here; free with sp_usage_free even on
   failure).  COSTS must be a loaded set.  Returns 0, or -1 with every
   problem in the file (up to the cap) recorded in D.  */
int sp_usage_read (const char *path, const sp_unit_costs *costs,
                   const sp_usage_periods *periods, sp_usage *u,
                   sp_diag *d);

#endif /* SP_USAGE_READ_H */
