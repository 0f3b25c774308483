/* notes_doc.h -- data notes: the warnings about the data of a run, in
   the results document (issue 11 §2)

   The warnings a run prints on standard error (transactions naming
   people not in the register, participants left out of the comparison,
   unknown columns and keys, a follow-up wave few answered ...) are also
   the document's top-level "data_notes", so that renderers, which read
   only the document, can list them (the statement's "Data notes"):

     "data_notes": [ { "file": "transactions.csv", "line": 0,
                       "column": 0, "text": "3 transactions name ..." } ]

   line and column are 0 when the warning is about the whole file.  In
   the published view (results/disclosure.h) each text is redacted by
   sp_notes_redact.  */

#ifndef SP_NOTES_DOC_H
#define SP_NOTES_DOC_H

#include <cjson/cJSON.h>

#include "diag.h"

/* Add every warning recorded in D (in the order recorded) to DOC's
   "data_notes"; nothing when there is none.  */
void sp_doc_add_data_notes (cJSON *doc, const sp_diag *d);

/* TEXT as a published output may show it (newly allocated, caller
   frees): every span in single quotes (an identifier, or a label
   quoted from a file) becomes '*', and every whole number from 1 to
   THRESHOLD (a count that could be a few people) becomes *.  A number
   is whole when no digit, letter, '.', ',', '-', '/' or ':' touches it
   ("2018-07", "2017/18" and "usage.csv:3:4" keep their digits, "3 transactions" becomes "* transactions" for a
   threshold of 3 or more).  A number right after "wave", "line",
   "column", "period", "quarter", "month" or "year" and a space names a
   place, not people, and is kept ("no scores at wave 2").  */
char *sp_notes_redact (const char *text, int threshold);

/* Redact every data note of DOC with sp_notes_redact.  */
void sp_notes_redact_doc (cJSON *doc, int threshold);

#endif /* SP_NOTES_DOC_H */
