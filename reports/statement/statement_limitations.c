/* statement_limitations.c -- "What these figures can and cannot show",
   right after the headline figures: every limitation the document
   lists (limitations_doc.h), in its order, as the document words it */

#include "doc.h"
#include "statement_parts.h"

void
sp_stmt_limitations (sp_page *p, const cJSON *doc)
{
  sp_stmt_bullets (p, cJSON_GetObjectItemCaseSensitive (doc, "limitations"),
                   "What these figures can and cannot show",
                   "Each point below follows from the data and settings "
                   "of this evaluation; read the figures above with them "
                   "in mind.", NULL);
}
