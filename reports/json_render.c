/* json_render.c -- the results document as JSON */

#include "render.h"

#include <stdlib.h>

void
sp_render_json (const cJSON *doc, FILE *out)
{
  char *text = cJSON_Print (doc);
  if (text)
    {
      fputs (text, out);
      fputc ('\n', out);
      free (text);
    }
}
