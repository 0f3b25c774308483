/* transactions_read.c -- read and validate marketplace transactions */

#include "transactions_read.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "isodate.h"
#include "strmap.h"
#include "xalloc.h"

enum { C_DATE, C_ID, C_SUPPLIER, C_CATEGORY, C_AMOUNT, C_LOCAL, N_COLS };

static const sp_csv_column columns[N_COLS] = {
  { "date", 1 }, { "participant_id", 1 }, { "supplier", 1 },
  { "category", 1 }, { "amount", 1 }, { "supplier_local", 1 }
};

const sp_csv_column *
sp_transactions_read_columns (size_t *n)
{
  *n = N_COLS;
  return columns;
}

/* How many unmatched identifiers the warning names before "and N
   more".  */
#define NAMED_UNMATCHED 10

/* Check one row; on success store its amount, local flag and date.  */
static int
check_row (const char *path, const sp_csv_row *row, const int *col,
           sp_diag *d, double *amount, int *local, long *day)
{
  const char *date = sp_csv_cell (row, col[C_DATE]);
  const char *amt = sp_csv_cell (row, col[C_AMOUNT]);
  const char *loc = sp_csv_cell (row, col[C_LOCAL]);
  int ok = 1;
  if (sp_isodate_parse (date, day) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_DATE]),
                     "column 'date' is '%s': write the payment's date as "
                     "YYYY-MM-DD, e.g. 2018-09-30", date);
      ok = 0;
    }
  ok &= sp_csv_filled (path, row, col[C_ID], "participant_id", d,
                       "give the identifier of the person whose budget "
                       "paid");
  ok &= sp_csv_filled (path, row, col[C_SUPPLIER], "supplier", d,
                       "give the supplier's name");
  ok &= sp_csv_filled (path, row, col[C_CATEGORY], "category", d,
                       "give what was bought, e.g. pa, equipment, "
                       "activity, other");
  if (sp_field_double (amt, amount) != 0 || *amount < 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_AMOUNT]),
                     "column 'amount' is '%s': give the payment in pounds, "
                     "0 or more (record refunds against the original "
                     "payment)", amt);
      ok = 0;
    }
  if (sp_field_bool (loc, local) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_LOCAL]),
                     "column 'supplier_local' is '%s': use true/false, "
                     "yes/no, y/n or 1/0", loc);
      ok = 0;
    }
  return ok;
}

/* The index of the lower-cased CATEGORY in CATEGORIES, added when
   new.  */
static size_t
category_index (sp_names *categories, const char *category)
{
  char *lower = sp_xstrdup (category);
  for (char *c = lower; *c; c++)
    *c = (char) tolower ((unsigned char) *c);
  size_t index = sp_names_intern (categories, lower, NULL);
  free (lower);
  return index;
}

/* Note an unmatched participant ID: count it once and add it to the
   list of names for the warning.  */
static void
note_unmatched (sp_transactions *tx, sp_strmap *seen, const char *id,
                char **names)
{
  tx->n_unmatched++;
  if (!sp_strmap_put (seen, id, 0, NULL))
    return;
  if (tx->n_unmatched_people++ >= NAMED_UNMATCHED)
    return;
  char *next = sp_xasprintf ("%s%s'%s'", *names ? *names : "",
                             *names ? ", " : "", id);
  free (*names);
  *names = next;
}

/* The register's identifiers as a map to their index.  */
static void
index_register (const sp_register *reg, sp_strmap *map)
{
  sp_strmap_init (map);
  for (size_t i = 0; reg && i < reg->n; i++)
    sp_strmap_put (map, reg->people[i].id, i, NULL);
}

/* What the reader keeps while the rows go by.  */
typedef struct
{
  const char *path;
  const sp_register *reg;
  long period_end;
  const int *col;
  sp_diag *d;
  sp_transactions *tx;
  size_t cap;
  sp_strmap people, unmatched;
  sp_names categories;
  char *names;          /* the first unmatched identifiers, for the
                           warning */
  int ok;
} reader;

static void
take_row (void *data, const sp_csv_row *row)
{
  reader *r = data;
  const int *col = r->col;
  double amount;
  int local;
  long day;
  if (!check_row (r->path, row, col, r->d, &amount, &local, &day))
    {
      r->ok = 0;
      return;
    }
  sp_transactions *tx = r->tx;
  if (day > r->period_end)
    {
      tx->after_period++;
      return;
    }
  if (tx->n == r->cap)
    {
      r->cap = r->cap ? 2 * r->cap : 256;
      tx->person = sp_xrealloc (tx->person, r->cap * sizeof *tx->person);
      tx->category = sp_xrealloc (tx->category,
                                  r->cap * sizeof *tx->category);
      tx->amount = sp_xrealloc (tx->amount, r->cap * sizeof *tx->amount);
      tx->local = sp_xrealloc (tx->local, r->cap * sizeof *tx->local);
      tx->day = sp_xrealloc (tx->day, r->cap * sizeof *tx->day);
    }
  const char *id = sp_csv_cell (row, col[C_ID]);
  size_t k = tx->n++;
  tx->amount[k] = amount;
  tx->local[k] = local;
  tx->day[k] = day;
  tx->category[k] = category_index (&r->categories,
                                    sp_csv_cell (row, col[C_CATEGORY]));
  if (!r->reg || !sp_strmap_get (&r->people, id, &tx->person[k]))
    {
      tx->person[k] = SP_NO_PERSON;
      note_unmatched (tx, &r->unmatched, id, &r->names);
    }
}

int
sp_transactions_read (const char *path, const sp_register *reg,
                      long period_end, sp_transactions *tx, sp_diag *d)
{
  memset (tx, 0, sizeof *tx);
  tx->path = sp_xstrdup (path);
  int col[N_COLS];
  reader r = { .path = path, .reg = reg, .period_end = period_end,
               .col = col, .d = d, .tx = tx, .ok = 1 };
  index_register (reg, &r.people);
  sp_strmap_init (&r.unmatched);
  sp_names_init (&r.categories);
  sp_csv_spec spec = { .cols = columns, .n_cols = N_COLS, .index = col,
                       .what = "no transactions: add one row per payment",
                       .row = take_row, .data = &r };
  if (sp_csv_stream (path, &spec, d) != 0)
    r.ok = 0;
  tx->categories = r.categories.names;
  tx->n_categories = r.categories.n;
  r.categories.names = NULL;
  r.categories.n = 0;
  if (r.ok && reg && tx->n_unmatched)
    {
      size_t more = tx->n_unmatched_people > NAMED_UNMATCHED
                    ? tx->n_unmatched_people - NAMED_UNMATCHED : 0;
      char tail[64] = "";
      if (more)
        snprintf (tail, sizeof tail, " and %zu more", more);
      sp_diag_warn (d, path, 0, 0,
                    "%zu transaction%s name%s %zu participant%s not in the "
                    "register %s (%s%s): counted in the spend, but check "
                    "that the register is up to date",
                    tx->n_unmatched, tx->n_unmatched == 1 ? "" : "s",
                    tx->n_unmatched == 1 ? "s" : "",
                    tx->n_unmatched_people,
                    tx->n_unmatched_people == 1 ? "" : "s",
                    reg->path ? reg->path : "", r.names, tail);
    }
  free (r.names);
  sp_strmap_free (&r.people);
  sp_strmap_free (&r.unmatched);
  sp_names_free (&r.categories);
  sp_transactions_sort (tx);
  return r.ok ? 0 : -1;
}
