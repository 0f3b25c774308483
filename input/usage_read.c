/* usage_read.c -- read and validate service usage into a cohort */

#include "usage_read.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvtable.h"
#include "fields.h"
#include "strmap.h"
#include "xalloc.h"

enum { C_ID, C_PERIOD, C_SERVICE, C_QUANTITY, C_MONTHS, C_SOURCE, N_COLS };

/* Bounds that keep every sum finite: a billion units in a window and a
   window of at least 0.01 months (about 7 hours) give at most 1.2e12
   units a year per row, so no cost total can overflow.  Beyond them a
   value is a typing error (1e308 would turn the totals into null).  */
#define MAX_QUANTITY 1e9
#define MIN_MONTHS 0.01

static const sp_csv_column columns[N_COLS] = {
  { "participant_id", 1 }, { "period", 1 }, { "service", 1 },
  { "quantity", 1 }, { "months", 0 }, { "source", 0 }
};

/* One valid row, kept until the cohort is known.  */
typedef struct
{
  size_t participant; /* index in first-seen order */
  int period;         /* 0 before, 1 after, -1 other */
  size_t cost_index;
  double annual;      /* quantity * 12 / months */
} usage_row;

static int
valid_source (const char *s)
{
  return sp_field_empty (s) || strcasecmp (s, "recall") == 0
         || strcasecmp (s, "record") == 0 || strcasecmp (s, "plan") == 0;
}

/* Check one row; on success fill *OUT and return 1.  */
static int
check_row (const char *path, const sp_csv_row *row, const int *col,
           const sp_unit_costs *costs, const sp_usage_periods *periods,
           sp_diag *d, double *quantity, double *months, long *cost_index,
           int *period)
{
  int ok = 1;
  const char *per = sp_csv_cell (row, col[C_PERIOD]);
  const char *service = sp_csv_cell (row, col[C_SERVICE]);
  const char *qty = sp_csv_cell (row, col[C_QUANTITY]);
  const char *mon = sp_csv_cell (row, col[C_MONTHS]);
  const char *src = sp_csv_cell (row, col[C_SOURCE]);

  ok &= sp_csv_filled (path, row, col[C_ID], "participant_id", d,
                       "every row needs the participant's identifier");
  ok &= sp_csv_filled (path, row, col[C_PERIOD], "period", d,
                       "give the period, e.g. '%s' or '%s'",
                       periods->before, periods->after);
  *period = strcmp (per, periods->before) == 0   ? 0
            : strcmp (per, periods->after) == 0 ? 1
                                                 : -1;
  *cost_index = costs ? sp_unit_costs_find (costs, service) : 0;
  if (!sp_csv_filled (path, row, col[C_SERVICE], "service", d,
                      "name the service as in the unit-cost set"))
    ok = 0;
  else if (*cost_index < 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_SERVICE]),
                     "service '%s' is not in the unit-cost set %s: add its "
                     "unit cost there or correct the name",
                     service, costs->path ? costs->path : "");
      ok = 0;
    }
  if (sp_field_double (qty, quantity) != 0 || *quantity < 0
      || *quantity > MAX_QUANTITY)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_QUANTITY]),
                     "column 'quantity' is '%s': give a number of units, "
                     "0 to 1,000,000,000 (e.g. 3 or 2.5)", qty);
      ok = 0;
    }
  *months = 12.0;
  if (col[C_MONTHS] >= 0 && !sp_field_empty (mon)
      && (sp_field_double (mon, months) != 0 || *months < MIN_MONTHS))
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_MONTHS]),
                     "column 'months' is '%s': give the length of the "
                     "recall or observation window in months, 0.01 or more "
                     "(leave it empty for 12)", mon);
      ok = 0;
    }
  if (!valid_source (src))
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_SOURCE]),
                     "column 'source' is '%s': use recall, record or plan",
                     src);
      ok = 0;
    }
  return ok;
}

/* Build the cohort from the valid rows.  */
static void
build_cohort (const char *path, usage_row *rows, size_t n_rows,
              char **ids, size_t n_ids, const sp_unit_costs *costs,
              const sp_usage_periods *periods, sp_usage *u, sp_diag *d)
{
  unsigned char *seen = sp_xcalloc (n_ids, 1);  /* bit 0 before, 1 after */
  unsigned char *used = sp_xcalloc (costs->n, 1);
  for (size_t r = 0; r < n_rows; r++)
    {
      if (rows[r].period >= 0)
        seen[rows[r].participant] |= (unsigned char) (1u << rows[r].period);
      used[rows[r].cost_index] = 1;
    }

  size_t *slot = sp_xcalloc (n_ids, sizeof *slot);
  u->ids = sp_xcalloc (n_ids, sizeof *u->ids);
  u->excluded_ids = sp_xcalloc (n_ids, sizeof *u->excluded_ids);
  for (size_t p = 0; p < n_ids; p++)
    {
      if (seen[p] == 3)
        {
          slot[p] = u->n_participants;
          u->ids[u->n_participants++] = sp_xstrdup (ids[p]);
          continue;
        }
      slot[p] = (size_t) -1;
      if (seen[p] == 0)
        continue;  /* only in other periods: not part of this comparison */
      u->excluded_ids[u->n_excluded++] = sp_xstrdup (ids[p]);
      sp_diag_warn (d, path, 0, 0,
                    "participant '%s' was observed in period '%s' but not "
                    "'%s': excluded from the comparison", ids[p],
                    seen[p] == 1 ? periods->before : periods->after,
                    seen[p] == 1 ? periods->after : periods->before);
    }

  size_t *line_of = sp_xcalloc (costs->n, sizeof *line_of);
  u->cost_index = sp_xcalloc (costs->n, sizeof *u->cost_index);
  for (size_t c = 0; c < costs->n; c++)
    if (used[c])
      {
        line_of[c] = u->n_services;
        u->cost_index[u->n_services++] = c;
      }

  size_t cells = u->n_participants * u->n_services;
  u->before = sp_xcalloc (cells, sizeof *u->before);
  u->after = sp_xcalloc (cells, sizeof *u->after);
  for (size_t r = 0; r < n_rows; r++)
    {
      size_t p = slot[rows[r].participant];
      if (p == (size_t) -1 || rows[r].period < 0)
        continue;
      double *m = rows[r].period == 0 ? u->before : u->after;
      m[p * u->n_services + line_of[rows[r].cost_index]] += rows[r].annual;
    }
  free (seen);
  free (used);
  free (slot);
  free (line_of);
}

int
sp_usage_read (const char *path, const sp_unit_costs *costs,
               const sp_usage_periods *periods, sp_usage *u, sp_diag *d)
{
  memset (u, 0, sizeof *u);
  sp_csv_table t;
  int col[N_COLS];
  if (sp_csv_table_load (path, columns, N_COLS, col,
                         "no usage rows: add one row per participant, "
                         "period and service", &t, d))
    return -1;
  int ok = 1;

  sp_strmap participants, keys;
  sp_strmap_init (&participants);
  sp_strmap_init (&keys);
  char **ids = sp_xcalloc (t.n_rows, sizeof *ids);
  size_t n_ids = 0;
  usage_row *rows = sp_xcalloc (t.n_rows, sizeof *rows);
  size_t n_rows = 0;
  size_t n_other = 0, first_other = 0;

  for (size_t r = 0; r < t.n_rows; r++)
    {
      const sp_csv_row *row = &t.rows[r];
      double quantity, months;
      long cost_index;
      int period;
      int row_ok = check_row (path, row, col, costs, periods, d, &quantity,
                              &months, &cost_index, &period);
      const char *id = sp_csv_cell (row, col[C_ID]);
      char *key = sp_xasprintf ("%s\x1f%s\x1f%s", id,
                                sp_csv_cell (row, col[C_PERIOD]),
                                sp_csv_cell (row, col[C_SERVICE]));
      size_t first;
      if (!sp_strmap_put (&keys, key, row->line, &first))
        {
          sp_diag_error (d, path, row->line, sp_csv_colno (col[C_SERVICE]),
                         "participant '%s' has service '%s' in period '%s' "
                         "twice (first on line %zu): merge the rows",
                         id, sp_csv_cell (row, col[C_SERVICE]),
                         sp_csv_cell (row, col[C_PERIOD]), first);
          row_ok = 0;
        }
      free (key);
      if (!row_ok)
        {
          ok = 0;
          continue;
        }
      if (period < 0 && n_other++ == 0)
        first_other = row->line;
      size_t p = sp_strmap_intern (&participants, id, ids, &n_ids);
      usage_row ur = { p, period, (size_t) cost_index,
                       quantity * 12.0 / months };
      rows[n_rows++] = ur;
    }
  if (n_other)
    sp_diag_warn (d, path, first_other, sp_csv_colno (col[C_PERIOD]),
                  "%zu row%s name%s a period other than '%s' and '%s' and "
                  "%s not compared (choose periods with --before/--after)",
                  n_other, n_other == 1 ? "" : "s", n_other == 1 ? "s" : "",
                  periods->before, periods->after,
                  n_other == 1 ? "is" : "are");

  if (ok)
    {
      build_cohort (path, rows, n_rows, ids, n_ids, costs, periods, u, d);
      if (u->n_participants == 0)
        {
          sp_diag_error (d, path, 0, 0,
                         "no participant is observed in both period '%s' "
                         "and period '%s': check the period names",
                         periods->before, periods->after);
          ok = 0;
        }
    }

  for (size_t i = 0; i < n_ids; i++)
    free (ids[i]);
  free (ids);
  free (rows);
  sp_strmap_free (&participants);
  sp_strmap_free (&keys);
  sp_csv_table_free (&t);
  return ok ? 0 : -1;
}
