/* trend_csv.c -- the headline figures over several reports, for
   spreadsheets */

#include "doc.h"
#include "render.h"
#include "render_trend.h"

void
sp_render_trend_csv (const cJSON *doc, FILE *out)
{
  static const char *const head[] = { "path", "report", "estimate", "lower",
                                      "upper" };
  static const char *const cols[] = { "label", "estimate", "lower",
                                      "upper" };
  sp_csv_header (out, head, 5);
  const cJSON *fig;
  cJSON_ArrayForEach (fig, sp_doc_get (doc, "trend.figures"))
  {
    const cJSON *pt;
    cJSON_ArrayForEach (pt, cJSON_GetObjectItemCaseSensitive (fig, "points"))
    {
      sp_csv_value (out, cJSON_GetObjectItemCaseSensitive (fig, "path"));
      fputc (',', out);
      sp_csv_row (out, pt, cols, 4);
    }
  }
  /* The limitations: path LIMITATION, the code in the report column, the
     text in the estimate column.  */
  sp_csv_limitations (out, doc, 0, "LIMITATION", 5);
}
