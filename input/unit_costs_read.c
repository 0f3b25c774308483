/* unit_costs_read.c -- read and validate a unit-cost set */

#include "unit_costs_read.h"

#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "xalloc.h"

enum { C_SERVICE, C_LABEL, C_UNIT, C_COST, C_CATEGORY, C_YEAR, C_SOURCE,
       N_COLS };

/* A unit cost above a billion pounds is a typing error, and bounding it
   keeps every cost total finite (1e308 would turn them into null).  */
#define MAX_UNIT_COST 1e9

static const sp_csv_column columns[N_COLS] = {
  { "service", 1 }, { "label", 1 }, { "unit", 1 }, { "unit_cost", 1 },
  { "category", 1 }, { "price_year", 1 }, { "source", 1 }
};

int
sp_unit_costs_read (const char *path, sp_unit_costs *set, sp_diag *d)
{
  memset (set, 0, sizeof *set);
  set->path = sp_xstrdup (path);
  sp_csv_table t;
  int col[N_COLS];
  if (sp_csv_table_load (path, columns, N_COLS, col,
                         "no unit costs: add one row per service", &t, d))
    return -1;
  int ok = 1;
  set->items = sp_xcalloc (t.n_rows, sizeof *set->items);
  for (size_t r = 0; r < t.n_rows; r++)
    {
      const sp_csv_row *row = &t.rows[r];
      const char *service = sp_csv_cell (row, col[C_SERVICE]);
      const char *cost = sp_csv_cell (row, col[C_COST]);
      const char *cat = sp_csv_cell (row, col[C_CATEGORY]);
      sp_unit_cost uc = { 0 };
      int row_ok = sp_csv_key (path, row, col[C_SERVICE], "service",
                               sp_unit_costs_find (set, service) >= 0,
                               "unit cost",
                               "give the service's key as used in usage "
                               "files", d);
      if (sp_field_double (cost, &uc.unit_cost) != 0 || uc.unit_cost < 0
          || uc.unit_cost > MAX_UNIT_COST)
        {
          sp_diag_error (d, path, row->line, sp_csv_colno (col[C_COST]),
                         "column 'unit_cost' is '%s': give a cost in "
                         "pounds, 0 to 1,000,000,000, without the £ sign",
                         cost);
          row_ok = 0;
        }
      if (sp_category_parse (cat, &uc.category) != 0)
        {
          sp_diag_error (d, path, row->line, sp_csv_colno (col[C_CATEGORY]),
                         "column 'category' is '%s': use planned or "
                         "emergency", cat);
          row_ok = 0;
        }
      if (!row_ok)
        {
          ok = 0;
          continue;
        }
      uc.service = sp_xstrdup (service);
      uc.label = sp_xstrdup (sp_csv_cell (row, col[C_LABEL]));
      uc.unit = sp_xstrdup (sp_csv_cell (row, col[C_UNIT]));
      uc.price_year = sp_xstrdup (sp_csv_cell (row, col[C_YEAR]));
      uc.source = sp_xstrdup (sp_csv_cell (row, col[C_SOURCE]));
      uc.unit_cost_original = uc.unit_cost;
      uc.price_year_original = sp_xstrdup (uc.price_year);
      uc.uprating_factor = 1.0;
      uc.line = row->line;
      uc.year_column = sp_csv_colno (col[C_YEAR]);
      set->items[set->n++] = uc;
    }
  sp_csv_table_free (&t);
  return ok ? 0 : -1;
}
