/* limitations_text.c -- the limitations for people, after the tables */

#include "render.h"

#include "doc.h"

void
sp_render_limitations_text (const cJSON *doc, FILE *out)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "limitations");
  if (cJSON_GetArraySize (list) == 0)
    return;
  fputs ("What these figures can and cannot show\n", out);
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  {
    const char *text = sp_doc_str (e, "text", NULL);
    if (text)
      fprintf (out, "  - %s\n", text);
  }
}
