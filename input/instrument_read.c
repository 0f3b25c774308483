/* instrument_read.c -- read and validate an outcome instrument */

#include "instrument_read.h"

#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "xalloc.h"

enum { C_DOMAIN, C_LABEL, C_MIN, C_MAX, C_HIB, C_SOURCE, C_MID, N_COLS };

static const sp_csv_column columns[N_COLS] = {
  { "domain", 1 }, { "label", 1 }, { "min", 1 }, { "max", 1 },
  { "higher_is_better", 1 }, { "source", 0 }, { "mid", 0 }
};

/* The minimal important difference (optional column, default 1): a
   number of scale points above 0 and at most the scale's range, or no
   participant could ever count as improved.  *DOM's scale is read.  */
static int
check_mid (const char *path, const sp_csv_row *row, const int *col,
           int have_scale, sp_instrument_domain *dom, sp_diag *d)
{
  const char *mid = sp_csv_cell (row, col[C_MID]);
  dom->mid = 1.0;
  if (sp_field_empty (mid))
    return 1;
  if (sp_field_double (mid, &dom->mid) != 0 || !(dom->mid > 0.0))
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_MID]),
                     "column 'mid' is '%s': give the minimal important "
                     "difference in scale points, a number above 0 (leave "
                     "it empty for 1)", mid);
      return 0;
    }
  if (have_scale && dom->mid > dom->max - dom->min)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_MID]),
                     "column 'mid' is '%s', more than the whole scale "
                     "(%g to %g): nobody could improve by that much; give "
                     "at most %g", mid, dom->min, dom->max,
                     dom->max - dom->min);
      return 0;
    }
  return 1;
}

/* Check one row; on success fill *DOM's numbers and return 1.  */
static int
check_row (const char *path, const sp_csv_row *row, const int *col,
           const sp_instrument *inst, sp_diag *d, sp_instrument_domain *dom)
{
  int ok = 1;
  const char *domain = sp_csv_cell (row, col[C_DOMAIN]);
  const char *min = sp_csv_cell (row, col[C_MIN]);
  const char *max = sp_csv_cell (row, col[C_MAX]);
  const char *hib = sp_csv_cell (row, col[C_HIB]);
  ok &= sp_csv_key (path, row, col[C_DOMAIN], "domain",
                    sp_instrument_find (inst, domain) >= 0, "row",
                    "give the domain's key as used in outcome files", d);
  int have_min = sp_field_double (min, &dom->min) == 0;
  int have_max = sp_field_double (max, &dom->max) == 0;
  if (!have_min)
    sp_diag_error (d, path, row->line, sp_csv_colno (col[C_MIN]),
                   "column 'min' is '%s': give the lowest score of the "
                   "scale as a number", min);
  if (!have_max)
    sp_diag_error (d, path, row->line, sp_csv_colno (col[C_MAX]),
                   "column 'max' is '%s': give the highest score of the "
                   "scale as a number", max);
  else if (have_min && dom->min >= dom->max)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_MAX]),
                     "the scale runs from %s to %s: 'max' must be greater "
                     "than 'min'", min, max);
      ok = 0;
    }
  ok &= have_min && have_max;
  ok &= check_mid (path, row, col,
                   have_min && have_max && dom->min < dom->max, dom, d);
  if (sp_field_bool (hib, &dom->higher_is_better) != 0)
    {
      sp_diag_error (d, path, row->line, sp_csv_colno (col[C_HIB]),
                     "column 'higher_is_better' is '%s': use true or false "
                     "(yes/no, y/n and 1/0 also work)", hib);
      ok = 0;
    }
  return ok;
}

int
sp_instrument_read (const char *path, sp_instrument *inst, sp_diag *d)
{
  memset (inst, 0, sizeof *inst);
  inst->path = sp_xstrdup (path);
  sp_csv_table t;
  int col[N_COLS];
  if (sp_csv_table_load (path, columns, N_COLS, col,
                         "no domains: add one row per domain of the "
                         "instrument",
                         &t, d))
    return -1;
  int ok = 1;
  inst->items = sp_xcalloc (t.n_rows, sizeof *inst->items);
  for (size_t r = 0; r < t.n_rows; r++)
    {
      const sp_csv_row *row = &t.rows[r];
      sp_instrument_domain dom = { 0 };
      if (!check_row (path, row, col, inst, d, &dom))
        {
          ok = 0;
          continue;
        }
      const char *domain = sp_csv_cell (row, col[C_DOMAIN]);
      const char *label = sp_csv_cell (row, col[C_LABEL]);
      dom.domain = sp_xstrdup (domain);
      dom.label = sp_xstrdup (sp_field_empty (label) ? domain : label);
      dom.source = sp_xstrdup (sp_csv_cell (row, col[C_SOURCE]));
      inst->items[inst->n++] = dom;
    }
  sp_csv_table_free (&t);
  return ok ? 0 : -1;
}

long
sp_instrument_domain_cell (const char *path, const sp_csv_row *row,
                           int index, const sp_instrument *inst, sp_diag *d)
{
  const char *domain = sp_csv_cell (row, index);
  long dom = sp_instrument_find (inst, domain);
  if (dom < 0)
    sp_diag_error (d, path, row->line, sp_csv_colno (index),
                   "domain '%s' is not in the instrument %s: add it there "
                   "or correct the name", domain,
                   inst->path ? inst->path : "");
  return dom;
}
