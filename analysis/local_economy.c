/* local_economy.c -- marketplace transactions and the local economic
   effect of the money spent (NEF's Local Multiplier 3) */

#include "local_economy.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void
sp_lm3_compute (double r1, double r2, double respend, sp_lm3 *out)
{
  memset (out, 0, sizeof *out);
  out->r1 = r1;
  out->r2 = r2;
  out->respend = respend;
  out->r3 = r2 * respend;
  out->effect = out->r2 + out->r3;
  out->lm3_defined = r1 != 0.0;
  out->lm3 = r1 != 0.0 ? (r1 + out->r2 + out->r3) / r1 : 0.0;
  out->local_share = r1 != 0.0 ? r2 / r1 : 0.0;
}

double
sp_lm3_additional (const sp_lm3 *l, double counterfactual)
{
  return l->r1 + l->r2 + l->r3 - counterfactual * l->r1;
}

void
sp_local_economy_against (sp_local_economy *le, double counterfactual)
{
  le->counterfactual_given = counterfactual >= 0.0;
  le->counterfactual_lm3 = le->counterfactual_given ? counterfactual : 0.0;
  le->additional_effect = le->counterfactual_given
                            ? sp_lm3_additional (&le->lm3, counterfactual)
                            : 0.0;
}

/* Larger amounts first, then by name: a deterministic order.  */
static int
by_amount (const void *a, const void *b)
{
  const sp_spend_category *x = a, *y = b;
  if (x->amount != y->amount)
    return x->amount < y->amount ? 1 : -1;
  return strcmp (x->category, y->category);
}

/* A (category, person) pair, to count distinct people.  */
typedef struct
{
  size_t category, person;
} pair;

static int
by_pair (const void *a, const void *b)
{
  const pair *x = a, *y = b;
  if (x->category != y->category)
    return x->category < y->category ? -1 : 1;
  return x->person < y->person ? -1 : x->person > y->person;
}

/* The distinct people of TX in total (unmatched ones as TX counted
   them) and by category into OUT->by_category (still in TX's category
   order), where every unmatched identifier counts as one person.  */
static void
count_people (const sp_transactions *tx, sp_local_economy *out)
{
  pair *p = sp_xcalloc (tx->n ? tx->n : 1, sizeof *p);
  for (size_t t = 0; t < tx->n; t++)
    p[t] = (pair){ tx->category[t], tx->person[t] };
  qsort (p, tx->n, sizeof *p, by_pair);
  for (size_t t = 0; t < tx->n; t++)
    if (t == 0 || by_pair (&p[t - 1], &p[t]) != 0)
      out->by_category[p[t].category].people++;
  /* The same, over people only.  */
  for (size_t t = 0; t < tx->n; t++)
    p[t].category = 0;
  qsort (p, tx->n, sizeof *p, by_pair);
  for (size_t t = 0; t < tx->n; t++)
    if (p[t].person != SP_NO_PERSON
        && (t == 0 || p[t - 1].person != p[t].person))
      out->people++;
  out->people += tx->n_unmatched_people;
  free (p);
}

void
sp_local_economy_compute (const sp_transactions *tx, double r1, double r2,
                          double respend, double fee_rate,
                          sp_local_economy *out)
{
  memset (out, 0, sizeof *out);
  sp_lm3_compute (r1, r2, respend, &out->lm3);
  out->transactions = tx->n;
  out->fee_rate = fee_rate;
  out->fee_transacted = fee_rate * r1;
  out->n_categories = tx->n_categories;
  out->by_category = sp_xcalloc (tx->n_categories ? tx->n_categories : 1,
                                 sizeof *out->by_category);
  for (size_t c = 0; c < tx->n_categories; c++)
    out->by_category[c].category = tx->categories[c];
  for (size_t t = 0; t < tx->n; t++)
    {
      sp_spend_category *c = &out->by_category[tx->category[t]];
      c->amount += tx->amount[t];
      c->transactions++;
      if (tx->local[t])
        c->local += tx->amount[t];
      if (tx->person[t] == SP_NO_PERSON)
        out->unmatched_amount += tx->amount[t];
    }
  count_people (tx, out);
  for (size_t c = 0; c < out->n_categories; c++)
    out->by_category[c].share = r1 != 0.0
      ? out->by_category[c].amount / r1 : 0.0;
  qsort (out->by_category, out->n_categories, sizeof *out->by_category,
         by_amount);
  out->unmatched_transactions = tx->n_unmatched;
  out->unmatched_people = tx->n_unmatched_people;
}

void
sp_local_economy_free (sp_local_economy *le)
{
  free (le->by_category);
  memset (le, 0, sizeof *le);
}

void
sp_transactions_free (sp_transactions *tx)
{
  free (tx->person);
  free (tx->category);
  free (tx->amount);
  free (tx->local);
  free (tx->day);
  for (size_t c = 0; c < tx->n_categories; c++)
    free (tx->categories[c]);
  free (tx->categories);
  free (tx->path);
  memset (tx, 0, sizeof *tx);
}

/* One transaction, for sorting.  */
typedef struct
{
  size_t person;
  const char *category_name;
  size_t category;
  double amount;
  int local;
  long day;
} tx_row;

static int
by_key (const void *a, const void *b)
{
  const tx_row *x = a, *y = b;
  if (x->person != y->person)
    return x->person < y->person ? -1 : 1;
  int c = strcmp (x->category_name, y->category_name);
  if (c)
    return c;
  if (x->amount != y->amount)
    return x->amount < y->amount ? -1 : 1;
  if (x->local != y->local)
    return x->local - y->local;
  return (x->day > y->day) - (x->day < y->day);
}

void
sp_transactions_sort (sp_transactions *tx)
{
  if (tx->n < 2)
    return;
  tx_row *rows = sp_xcalloc (tx->n, sizeof *rows);
  for (size_t t = 0; t < tx->n; t++)
    {
      tx_row r = { tx->person[t], tx->categories[tx->category[t]],
                   tx->category[t], tx->amount[t], tx->local[t],
                   tx->day ? tx->day[t] : 0 };
      rows[t] = r;
    }
  qsort (rows, tx->n, sizeof *rows, by_key);
  for (size_t t = 0; t < tx->n; t++)
    {
      tx->person[t] = rows[t].person;
      tx->category[t] = rows[t].category;
      tx->amount[t] = rows[t].amount;
      tx->local[t] = rows[t].local;
      if (tx->day)
        tx->day[t] = rows[t].day;
    }
  free (rows);
}
