/* spend_quarterly.c -- marketplace spend by calendar quarter */

#include "spend_quarterly.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "xalloc.h"

static void
add (sp_spend_quarter *q, const sp_transactions *tx, size_t t)
{
  q->transactions++;
  q->spend += tx->amount[t];
  if (tx->local[t])
    q->local_spend += tx->amount[t];
}

static void
share (sp_spend_quarter *q)
{
  q->local_share_defined = q->spend > 0;
  q->local_share = q->spend > 0 ? q->local_spend / q->spend : 0;
}

size_t
sp_spend_by_quarter (const sp_transactions *tx, sp_spend_quarter **out)
{
  *out = NULL;
  if (tx->n == 0 || !tx->day)
    return 0;
  long lo = 0, hi = 0;
  for (size_t t = 0; t < tx->n; t++)
    {
      long q = sp_calendar_quarter (tx->day[t]);
      if (t == 0 || q < lo)
        lo = q;
      if (t == 0 || q > hi)
        hi = q;
    }
  size_t span = (size_t) (hi - lo + 1);
  sp_spend_quarter *all = sp_xcalloc (span, sizeof *all);
  for (size_t t = 0; t < tx->n; t++)
    add (&all[sp_calendar_quarter (tx->day[t]) - lo], tx, t);
  /* Keep the quarters with a transaction.  */
  size_t n = 0;
  for (size_t k = 0; k < span; k++)
    if (all[k].transactions)
      {
        all[n] = all[k];
        all[n].quarter = lo + (long) k;
        share (&all[n]);
        n++;
      }
  *out = all;
  return n;
}

void
sp_spend_in_period (const sp_transactions *tx, long start_day, long end_day,
                    sp_spend_quarter *out)
{
  memset (out, 0, sizeof *out);
  for (size_t t = 0; tx->day && t < tx->n; t++)
    if (tx->day[t] >= start_day && tx->day[t] <= end_day)
      add (out, tx, t);
  share (out);
}
