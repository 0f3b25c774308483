/* value_csv.c -- the social value table for spreadsheets */

#include "doc.h"
#include "render.h"
#include "render_value.h"

void
sp_render_value_csv (const cJSON *doc, FILE *out)
{
  const cJSON *sec = sp_doc_get (doc, "social_value");
  if (!sec)
    return;
  static const char *const cols[] = {
    "outcome", "label", "domain", "improvement", "participants", "value",
    "gross", "net", "present_value", "deadweight", "attribution",
    "displacement", "drop_off", "duration_years", "price_year",
    "value_original", "price_year_original", "uprating_factor"
  };
  const size_t n_cols = sizeof cols / sizeof cols[0];
  sp_csv_header (out, cols, n_cols);
  const cJSON *o;
  cJSON_ArrayForEach (o, cJSON_GetObjectItemCaseSensitive (sec, "outcomes"))
  sp_csv_row (out, o, cols, n_cols);
  /* The total sits in the present_value column; the columns after it
     (adjustments, prices) are empty.  */
  fputs ("TOTAL,Total social value,,,,,,,", out);
  sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (sec, "total"));
  fputs (",,,,,,,,,\r\n", out);
  /* The total by each method (the method's name in the domain column),
     also in the present_value column.  */
  const cJSON *m;
  cJSON_ArrayForEach (m, cJSON_GetObjectItemCaseSensitive (sec, "by_method"))
  {
    fputs ("BY_METHOD,", out);
    sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (m, "label"));
    fputc (',', out);
    sp_csv_field (out, m->string);
    fputs (",,,,,,", out);
    sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (m, "total"));
    fputs (",,,,,,,,,\r\n", out);
  }
  /* The limitations: LIMITATION, code (label column), text (domain).  */
  sp_csv_limitations (out, doc, 0, "LIMITATION", n_cols);
}
