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

/* The index of the lower-cased CATEGORY in TX, added when new.  */
static size_t
category_index (sp_transactions *tx, sp_strmap *map, const char *category)
{
  char *lower = sp_xstrdup (category);
  for (char *c = lower; *c; c++)
    *c = (char) tolower ((unsigned char) *c);
  size_t index = sp_strmap_intern (map, lower, tx->categories,
                                  &tx->n_categories);
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

int
sp_transactions_read (const char *path, const sp_register *reg,
                      long period_end, sp_transactions *tx, sp_diag *d)
{
  memset (tx, 0, sizeof *tx);
  tx->path = sp_xstrdup (path);
  sp_csv_table t;
  int col[N_COLS];
  if (sp_csv_table_load (path, columns, N_COLS, col,
                         "no transactions: add one row per payment", &t, d)
      != 0)
    return -1;

  sp_strmap people, categories, unmatched;
  index_register (reg, &people);
  sp_strmap_init (&categories);
  sp_strmap_init (&unmatched);
  char *names = NULL;
  tx->person = sp_xcalloc (t.n_rows, sizeof *tx->person);
  tx->category = sp_xcalloc (t.n_rows, sizeof *tx->category);
  tx->amount = sp_xcalloc (t.n_rows, sizeof *tx->amount);
  tx->local = sp_xcalloc (t.n_rows, sizeof *tx->local);
  tx->day = sp_xcalloc (t.n_rows, sizeof *tx->day);
  tx->categories = sp_xcalloc (t.n_rows, sizeof *tx->categories);
  int ok = 1;
  for (size_t r = 0; r < t.n_rows; r++)
    {
      const sp_csv_row *row = &t.rows[r];
      double amount;
      int local;
      long day;
      if (!check_row (path, row, col, d, &amount, &local, &day))
        {
          ok = 0;
          continue;
        }
      if (day > period_end)
        {
          tx->after_period++;
          continue;
        }
      const char *id = sp_csv_cell (row, col[C_ID]);
      size_t k = tx->n++;
      tx->amount[k] = amount;
      tx->local[k] = local;
      tx->day[k] = day;
      tx->category[k] = category_index (tx, &categories,
                                        sp_csv_cell (row, col[C_CATEGORY]));
      if (!reg || !sp_strmap_get (&people, id, &tx->person[k]))
        {
          tx->person[k] = SP_NO_PERSON;
          note_unmatched (tx, &unmatched, id, &names);
        }
    }
  if (ok && reg && tx->n_unmatched)
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
                    reg->path ? reg->path : "", names, tail);
    }
  free (names);
  sp_strmap_free (&people);
  sp_strmap_free (&categories);
  sp_strmap_free (&unmatched);
  sp_csv_table_free (&t);
  sp_transactions_sort (tx);
  return ok ? 0 : -1;
}
