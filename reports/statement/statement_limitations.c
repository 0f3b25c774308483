/* statement_limitations.c -- "What these figures can and cannot show",
   right after the headline figures: every limitation the document
   lists (limitations_doc.h), in its order, as the document words it */

#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "statement_parts.h"

void
sp_stmt_limitations (sp_page *p, const cJSON *doc)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "limitations");
  if (cJSON_GetArraySize (list) == 0)
    return;
  sp_page_heading (p, "What these figures can and cannot show", 1, 60);
  sp_page_para (p, "Each point below follows from the data and settings "
                   "of this evaluation; read the figures above with them "
                   "in mind.");
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  {
    const char *text = sp_doc_str (e, "text", NULL);
    if (!text)
      continue;
    char *line = NULL;
    if (asprintf (&line, "\u2022 %s", text) < 0)
      continue;
    sp_page_para_whole (p, line);
    free (line);
  }
}
