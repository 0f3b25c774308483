/* statement_about.c -- "About the data": the evaluator's notes on where
   the data came from (the evaluation file's "notes"), printed verbatim,
   one paragraph per line of the notes */

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "statement_parts.h"
#include "xalloc.h"

void
sp_stmt_about (sp_page *p, const cJSON *doc)
{
  const char *notes = sp_doc_str (doc, "evaluation.notes", NULL);
  if (!notes || !notes[0])
    return;
  sp_page_heading (p, "About the data", 1, 40);
  /* A line break in the notes starts a new paragraph.  */
  const char *at = notes;
  while (*at)
    {
      size_t len = strcspn (at, "\n");
      char *para = sp_xstrndup (at, len);
      if (para[0])
        sp_page_para (p, para);
      free (para);
      at += len;
      if (*at)
        at++;
    }
}
