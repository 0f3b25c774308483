/* spend_quarterly.h -- marketplace spend by calendar quarter (issue 10)

   The transactions' dates place each payment in a calendar quarter
   (calendar.h: year x 4 + (month - 1) / 3).  For every quarter with at
   least one transaction:

     spend       = sum of the amounts paid in the quarter   (its R1)
     local_spend = the part paid to local suppliers         (its R2)
     local_share = local_spend / spend       (undefined when spend = 0)

   and for the reporting period (START to END days, inclusive) the same
   three figures.  Sums are taken in the transactions' canonical order
   (local_economy.h), so they do not depend on the file's row order.
   No I/O here.  */

#ifndef SP_SPEND_QUARTERLY_H
#define SP_SPEND_QUARTERLY_H

#include <stddef.h>

#include "local_economy.h"

typedef struct
{
  long quarter;             /* year x 4 + (month - 1) / 3 */
  size_t transactions;
  size_t people;            /* distinct people paying (all identifiers
                               not in the register counted as one: a
                               floor, for disclosure control) */
  double spend;
  double local_spend;
  int local_share_defined;  /* spend > 0 */
  double local_share;       /* 0 when undefined */
} sp_spend_quarter;

/* The quarters of TX with a transaction, in time order, into a new
   array *OUT (caller frees); returns how many.  TX must carry dates.  */
size_t sp_spend_by_quarter (const sp_transactions *tx,
                            sp_spend_quarter **out);

/* The spend of TX dated from START_DAY to END_DAY inclusive into *OUT
   (its quarter field is 0).  */
void sp_spend_in_period (const sp_transactions *tx, long start_day,
                         long end_day, sp_spend_quarter *out);

#endif /* SP_SPEND_QUARTERLY_H */
