/* statement_notes.c -- "Data notes" (issue 11 §2): the warnings about
   the data printed on standard error during the run (transactions of
   people not in the register, participants left out of a comparison,
   unknown columns ...), as the results document lists them in
   data_notes (results/notes_doc.h), each with the file's name and the
   line when it has one.  In a published document disclosure control
   has already withheld the identifiers and small numbers in them.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "statement_parts.h"

void
sp_stmt_data_notes (sp_page *p, const cJSON *doc)
{
  const cJSON *list = cJSON_GetObjectItemCaseSensitive (doc, "data_notes");
  if (cJSON_GetArraySize (list) == 0)
    return;
  sp_page_heading (p, "Data notes", 1, 60);
  sp_page_para (p, "Points about the data found while it was read. None of "
                   "them stopped the analysis, but each may affect a "
                   "figure; the evaluator should check them.");
  const cJSON *e;
  cJSON_ArrayForEach (e, list)
  {
    const char *text = sp_doc_str (e, "text", NULL);
    if (!text)
      continue;
    const char *file = sp_doc_str (e, "file", NULL);
    const char *base = file ? strrchr (file, '/') : NULL;
    double line = sp_doc_num (e, "line", 0);
    char where[256] = "";
    if (file && line > 0)
      snprintf (where, sizeof where, " (%s, line %.0f)",
                base ? base + 1 : file, line);
    else if (file)
      snprintf (where, sizeof where, " (%s)", base ? base + 1 : file);
    char *para = NULL;
    if (asprintf (&para, "\u2022 %s%s", text, where) < 0)
      continue;
    sp_page_para_whole (p, para);
    free (para);
  }
}
