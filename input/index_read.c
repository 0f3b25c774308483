/* index_read.c -- read and validate a price index file */

#include "index_read.h"

#include <stdlib.h>
#include <string.h>

#include "csvtable.h"
#include "fields.h"
#include "xalloc.h"

enum { C_YEAR, C_INDEX, N_COLS };

static const sp_csv_column columns[N_COLS] = {
  { "year", 1 }, { "index", 1 }
};

int
sp_price_index_read (const char *path, sp_price_index *idx, sp_diag *d)
{
  memset (idx, 0, sizeof *idx);
  idx->path = sp_xstrdup (path);
  sp_csv_table t;
  int col[N_COLS];
  if (sp_csv_table_load (path, columns, N_COLS, col,
                         "no years: add one row per financial year, "
                         "year and index", &t, d))
    return -1;
  int ok = 1;
  idx->years = sp_xcalloc (t.n_rows, sizeof *idx->years);
  for (size_t r = 0; r < t.n_rows; r++)
    {
      const sp_csv_row *row = &t.rows[r];
      const char *year = sp_csv_cell (row, col[C_YEAR]);
      const char *index = sp_csv_cell (row, col[C_INDEX]);
      sp_index_year y = { 0, 0.0, row->line };
      int row_ok = 1;
      if (sp_fin_year_parse (year, &y.year) != 0)
        {
          sp_diag_error (d, path, row->line, sp_csv_colno (col[C_YEAR]),
                         "column 'year' is '%s': give a financial year "
                         "such as 2024/25", year);
          row_ok = 0;
        }
      else
        {
          const sp_index_year *seen = sp_price_index_find (idx, y.year);
          if (seen)
            {
              sp_diag_error (d, path, row->line, sp_csv_colno (col[C_YEAR]),
                             "year '%s' is listed twice (first on line "
                             "%zu): keep one index per year", year,
                             seen->line);
              row_ok = 0;
            }
        }
      if (sp_field_double (index, &y.index) != 0 || !(y.index > 0.0))
        {
          sp_diag_error (d, path, row->line, sp_csv_colno (col[C_INDEX]),
                         "column 'index' is '%s': give the index level, a "
                         "number above 0", index);
          row_ok = 0;
        }
      if (!row_ok)
        {
          ok = 0;
          continue;
        }
      idx->years[idx->n++] = y;
    }
  sp_csv_table_free (&t);
  return ok ? 0 : -1;
}
