/* statement_notes.c -- "Data notes" (issue 11 §2): the warnings about
   the data printed on standard error during the run (transactions of
   people not in the register, participants left out of a comparison,
   unknown columns ...), as the results document lists them in
   data_notes (results/notes_doc.h), each with the file's name and the
   line when it has one.  In a published document disclosure control
   has already withheld the identifiers and small numbers in them.  */

#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "statement_parts.h"

/* " (usage.csv, line 3)": where note E was found, into BUF.  */
static void
note_where (const cJSON *e, char *buf, size_t size)
{
  const char *file = sp_doc_str (e, "file", NULL);
  const char *base = file ? strrchr (file, '/') : NULL;
  double line = sp_doc_num (e, "line", 0);
  if (file && line > 0)
    snprintf (buf, size, " (%s, line %.0f)", base ? base + 1 : file, line);
  else if (file)
    snprintf (buf, size, " (%s)", base ? base + 1 : file);
}

void
sp_stmt_data_notes (sp_page *p, const cJSON *doc)
{
  sp_stmt_bullets (p, cJSON_GetObjectItemCaseSensitive (doc, "data_notes"),
                   "Data notes",
                   "Points about the data found while it was read. None of "
                   "them stopped the analysis, but each may affect a "
                   "figure; the evaluator should check them.", note_where);
}
