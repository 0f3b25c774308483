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

/* A (group, person) pair, to count distinct people per group.  */
typedef struct
{
  long group;
  size_t person;
} pair;

static int
by_pair (const void *a, const void *b)
{
  const pair *x = a, *y = b;
  if (x->group != y->group)
    return x->group < y->group ? -1 : 1;
  return x->person < y->person ? -1 : x->person > y->person;
}

/* Whether the I-th of the sorted pairs P is the first of its (group,
   person): summed per group, the distinct people.  */
static int
first_of_pair (const pair *p, size_t i)
{
  return i == 0 || by_pair (&p[i - 1], &p[i]) != 0;
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
  pair *p = sp_xcalloc (tx->n, sizeof *p);
  for (size_t t = 0; t < tx->n; t++)
    {
      long q = sp_calendar_quarter (tx->day[t]);
      add (&all[q - lo], tx, t);
      p[t] = (pair){ q - lo, tx->person[t] };
    }
  qsort (p, tx->n, sizeof *p, by_pair);
  for (size_t t = 0; t < tx->n; t++)
    all[p[t].group].people += (size_t) first_of_pair (p, t);
  free (p);
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
  pair *p = sp_xcalloc (tx->n ? tx->n : 1, sizeof *p);
  size_t n = 0;
  for (size_t t = 0; tx->day && t < tx->n; t++)
    if (tx->day[t] >= start_day && tx->day[t] <= end_day)
      {
        add (out, tx, t);
        p[n++] = (pair){ 0, tx->person[t] };
      }
  qsort (p, n, sizeof *p, by_pair);
  for (size_t t = 0; t < n; t++)
    out->people += (size_t) first_of_pair (p, t);
  free (p);
  share (out);
}
