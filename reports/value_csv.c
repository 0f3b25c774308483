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
  static const char *const fields[] = {
    "improvement", "participants", "value", "gross", "net", "present_value",
    "deadweight", "attribution", "displacement", "drop_off",
    "duration_years"
  };
  const size_t n_fields = sizeof fields / sizeof fields[0];
  fputs ("outcome,label,domain", out);
  for (size_t i = 0; i < n_fields; i++)
    fprintf (out, ",%s", fields[i]);
  fputs ("\r\n", out);
  const cJSON *o;
  cJSON_ArrayForEach (o, cJSON_GetObjectItemCaseSensitive (sec, "outcomes"))
  {
    sp_csv_field (out, sp_doc_str (o, "outcome", ""));
    fputc (',', out);
    sp_csv_field (out, sp_doc_str (o, "label", ""));
    fputc (',', out);
    sp_csv_field (out, sp_doc_str (o, "domain", ""));
    for (size_t i = 0; i < n_fields; i++)
      {
        fputc (',', out);
        sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (o, fields[i]));
      }
    fputs ("\r\n", out);
  }
  /* The total sits in the present_value column.  */
  fputs ("TOTAL,Total social value,,,,,,,", out);
  sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (sec, "total"));
  fputs (",,,,,\r\n", out);
}
