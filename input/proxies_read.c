/* proxies_read.c -- read and validate a set of value proxies */

#include "proxies_read.h"

#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "instrument_read.h"
#include "xalloc.h"

enum { C_OUTCOME, C_LABEL, C_DOMAIN, C_VALUE, C_YEAR, C_SOURCE,
       C_DEADWEIGHT, C_ATTRIBUTION, C_DISPLACEMENT, C_DROP_OFF,
       C_DURATION, N_COLS };

static const sp_csv_column columns[N_COLS] = {
  { "outcome", 1 }, { "label", 1 }, { "domain", 1 }, { "value", 1 },
  { "price_year", 1 }, { "source", 1 }, { "deadweight", 1 },
  { "attribution", 1 }, { "displacement", 1 }, { "drop_off", 1 },
  { "duration_years", 1 }
};

/* A fraction in [0, 1] from column C into *OUT; 1 when valid.  */
static int
fraction (const char *path, const sp_csv_row *row, const int *col, int c,
          double *out, sp_diag *d)
{
  const char *text = sp_csv_cell (row, col[c]);
  if (sp_field_double (text, out) == 0 && *out >= 0.0 && *out <= 1.0)
    return 1;
  sp_diag_error (d, path, row->line, sp_csv_colno (col[c]),
                 "column '%s' is '%s': give a fraction from 0 to 1 (0.25 "
                 "for 25%%; 0 for none)", columns[c].name, text);
  return 0;
}

/* Check one row; on success fill *PX's numbers and domain, return 1.  */
static int
check_row (const char *path, const sp_csv_row *row, const int *col,
           const sp_instrument *inst, const sp_value_proxies *set,
           sp_diag *d, sp_value_proxy *px)
{
  int ok = 1;
  const char *outcome = sp_csv_cell (row, col[C_OUTCOME]);
  const char *value = sp_csv_cell (row, col[C_VALUE]);
  const char *duration = sp_csv_cell (row, col[C_DURATION]);
  ok &= sp_csv_key (path, row, col[C_OUTCOME], "outcome",
                    sp_value_proxies_find (set, outcome) >= 0, "proxy",
                    "give the outcome a key", d);
  long dom = sp_instrument_domain_cell (path, row, col[C_DOMAIN], inst, d);
  if (dom < 0)
    ok = 0;
  else
    px->domain = (size_t) dom;
  if (sp_field_double (value, &px->value) != 0 || px->value < 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_VALUE]),
                     "column 'value' is '%s': give pounds per person per "
                     "year, 0 or more, without the £ sign (a worsening "
                     "shows through the improvement)", value);
      ok = 0;
    }
  ok &= fraction (path, row, col, C_DEADWEIGHT, &px->deadweight, d);
  ok &= fraction (path, row, col, C_ATTRIBUTION, &px->attribution, d);
  ok &= fraction (path, row, col, C_DISPLACEMENT, &px->displacement, d);
  ok &= fraction (path, row, col, C_DROP_OFF, &px->drop_off, d);
  if (sp_field_int (duration, &px->duration_years) != 0
      || px->duration_years < 1 || px->duration_years > 100)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_DURATION]),
                     "column 'duration_years' is '%s': give a whole number "
                     "of years from 1 to 100", duration);
      ok = 0;
    }
  return ok;
}

int
sp_value_proxies_read (const char *path, const sp_instrument *inst,
                       sp_value_proxies *set, sp_diag *d)
{
  memset (set, 0, sizeof *set);
  set->path = sp_xstrdup (path);
  sp_csv_table t;
  int col[N_COLS];
  if (sp_csv_table_load (path, columns, N_COLS, col,
                         "no proxies: add one row per outcome valued",
                         &t, d))
    return -1;
  int ok = 1;
  set->items = sp_xcalloc (t.n_rows, sizeof *set->items);
  for (size_t r = 0; r < t.n_rows; r++)
    {
      const sp_csv_row *row = &t.rows[r];
      sp_value_proxy px = { 0 };
      if (!check_row (path, row, col, inst, set, d, &px))
        {
          ok = 0;
          continue;
        }
      const char *outcome = sp_csv_cell (row, col[C_OUTCOME]);
      const char *label = sp_csv_cell (row, col[C_LABEL]);
      px.outcome = sp_xstrdup (outcome);
      px.label = sp_xstrdup (sp_field_empty (label) ? outcome : label);
      px.price_year = sp_xstrdup (sp_csv_cell (row, col[C_YEAR]));
      px.source = sp_xstrdup (sp_csv_cell (row, col[C_SOURCE]));
      px.line = row->line;
      px.year_column = sp_csv_colno (col[C_YEAR]);
      px.value_original = px.value;
      px.price_year_original = sp_xstrdup (px.price_year);
      px.uprating_factor = 1.0;
      set->items[set->n++] = px;
    }
  sp_csv_table_free (&t);
  sp_value_proxies_index (set);
  return ok ? 0 : -1;
}
