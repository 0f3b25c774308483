/* savings_csv.c -- the savings table for spreadsheets */

#include "doc.h"
#include "render.h"

void
sp_render_savings_csv (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "savings");
  if (!sec)
    return;
  static const char *const cols[] = { "service", "label", "category",
                                      "unit_cost", "before_quantity",
                                      "before_cost", "after_quantity",
                                      "after_cost", "saving",
                                      "contributors", "price_year",
                                      "unit_cost_original",
                                      "price_year_original",
                                      "uprating_factor" };
  const size_t n_cols = sizeof cols / sizeof cols[0];
  sp_csv_header (out, cols, n_cols);
  const cJSON *line;
  cJSON_ArrayForEach (line, cJSON_GetObjectItemCaseSensitive (sec, "lines"))
  sp_csv_row (out, line, cols, n_cols);
  /* Empty category, unit cost, before and after quantity.  */
  fputs ("TOTAL,Total,,,,", out);
  sp_csv_value (out, sp_doc_get (sec, "baseline_cost"));
  fputs (",,", out);
  sp_csv_value (out, sp_doc_get (sec, "after_cost"));
  fputc (',', out);
  sp_csv_value (out, sp_doc_get (sec, "saving"));
  fputc (',', out);
  sp_csv_value (out, sp_doc_get (sec, "contributors"));
  fputs (",,,,\r\n", out);  /* no price year of its own */
  /* The limitations: LIMITATION, code (label column), text (category).  */
  sp_csv_limitations (out, doc, 0, "LIMITATION", n_cols);
}
