/* validation_text.c -- socialprofit validate: the summary line of the
   validation document (validation_doc.h); the messages themselves go to
   standard error as FILE:LINE:COLUMN lines */

#include "render.h"

void
sp_render_validation_text (const cJSON *doc, FILE *out)
{
  int n = cJSON_GetObjectItemCaseSensitive (doc, "files_checked")->valueint;
  if (cJSON_IsTrue (cJSON_GetObjectItemCaseSensitive (doc, "valid")))
    fprintf (out, "All inputs are valid (%d file%s checked).\n", n,
             n == 1 ? "" : "s");
}
