/* savings_csv.c -- the savings table for spreadsheets */

#include "doc.h"
#include "render.h"

void
sp_render_savings_csv (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "savings");
  if (!sec)
    return;
  fputs ("service,label,category,unit_cost,before_quantity,before_cost,"
         "after_quantity,after_cost,saving\r\n",
         out);
  const cJSON *line;
  cJSON_ArrayForEach (line, cJSON_GetObjectItemCaseSensitive (sec, "lines"))
  {
    sp_csv_field (out, sp_doc_str (line, "service", ""));
    fputc (',', out);
    sp_csv_field (out, sp_doc_str (line, "label", ""));
    fputc (',', out);
    sp_csv_field (out, sp_doc_str (line, "category", ""));
    static const char *const fields[] = { "unit_cost", "before_quantity",
                                          "before_cost", "after_quantity",
                                          "after_cost", "saving" };
    for (size_t i = 0; i < 6; i++)
      {
        fputc (',', out);
        sp_csv_number (out, sp_doc_num (line, fields[i], 0));
      }
    fputs ("\r\n", out);
  }
  /* Empty category, unit cost, before and after quantity.  */
  fputs ("TOTAL,Total,,,,", out);
  sp_csv_number (out, sp_doc_num (sec, "baseline_cost", 0));
  fputs (",,", out);
  sp_csv_number (out, sp_doc_num (sec, "after_cost", 0));
  fputc (',', out);
  sp_csv_number (out, sp_doc_num (sec, "saving", 0));
  fputs ("\r\n", out);
}
