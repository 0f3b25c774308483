/* validation_csv.c -- socialprofit validate --format csv: one row per
   diagnostic of the validation document (validation_doc.h) */

#include "render.h"

void
sp_render_validation_csv (const cJSON *doc, FILE *out)
{
  static const char *const cols[] = { "file", "line", "column", "severity",
                                      "message" };
  size_t n = sizeof cols / sizeof cols[0];
  sp_csv_header (out, cols, n);
  const cJSON *row;
  cJSON_ArrayForEach (row, cJSON_GetObjectItemCaseSensitive (doc,
                                                             "diagnostics"))
    sp_csv_row (out, row, cols, n);
}
