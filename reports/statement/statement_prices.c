/* statement_prices.c -- the price year of every pound (issue 9): which
   year's prices the figures are in, and how each year's unit costs and
   value proxies were brought to it

   Reads evaluation.price_year, and price_year, price_year_original and
   uprating_factor of the savings lines and the social value outcomes.
   Plain words: no field names of the results document.  */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "price_years.h"
#include "statement_parts.h"
#include "statement_table.h"

/* Rows "Unit costs of 2017/18 | x 1.2480" for the elements of LIST.  */
static void
rows (sp_table *t, const sp_price_use *use, size_t n, const char *what)
{
  for (size_t i = 0; i < n; i++)
    {
      char name[128], factor[64];
      snprintf (name, sizeof name, "%s of %s", what, use[i].year);
      snprintf (factor, sizeof factor, "x %.4f", use[i].factor);
      const char *cells[] = { name, factor };
      sp_table_row (t, cells, 0);
    }
}

void
sp_stmt_prices (sp_page *p, const cJSON *doc)
{
  const cJSON *lines = sp_doc_get (doc, "savings.lines");
  const cJSON *outs = sp_doc_get (doc, "social_value.outcomes");
  size_t n_lines = (size_t) cJSON_GetArraySize (lines);
  size_t n_outs = (size_t) cJSON_GetArraySize (outs);
  if (n_lines + n_outs == 0)
    return;
  const char *year = sp_doc_str (doc, "evaluation.price_year", NULL);
  char para[768];
  if (!year)
    {
      sp_page_heading (p, "Price years", 2, 60);
      sp_page_para (p, "Unit costs and values are used in the prices of the "
                       "year their sources give (the price year beside "
                       "each above); they are not brought to one year's "
                       "prices. Setting a price year in the evaluation "
                       "brings every one of them to that year with a price "
                       "index before any figure is computed.");
      return;
    }
  snprintf (para, sizeof para,
            "Every pound in these figures is in %s prices. Each unit cost "
            "was multiplied by the cost index of %s over the index of its "
            "own price year (by default the NHS Cost Inflation Index), and "
            "each value per person likewise with the value index (by "
            "default the GDP deflator, as the Green Book advises), before "
            "any figure was computed:", year, year);
  sp_price_use costs[16], values[16];
  size_t n_costs = sp_price_years (lines, costs, 16);
  size_t n_values = sp_price_years (outs, values, 16);
  sp_page_heading (p, "Price year", 2,
                   60 + sp_table_keep (n_costs + n_values));
  sp_page_para (p, para);
  static const sp_table_col cols[] = {
    { "Prices of", 0.6, SP_ALIGN_START },
    { "Multiplied by", 0.4, SP_ALIGN_END },
  };
  sp_table t;
  sp_table_begin (&t, p, cols, 2, n_costs + n_values);
  rows (&t, costs, n_costs, "Unit costs");
  rows (&t, values, n_values, "Values per person");
  sp_table_end (&t);
}
