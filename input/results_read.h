/* results_read.h -- read a results document back (issue 10)

   A quarterly report compares itself with the previous one (report
   --previous OLD/results.json) and the trend command follows several;
   both read results documents that socialprofit wrote.  A file is
   accepted as a results document when it is a JSON object whose
   "tool.name" is "socialprofit" and which has an "evaluation" object;
   anything else is refused as FILE:LINE:COLUMN (exit 65) saying what
   it is not.  */

#ifndef SP_RESULTS_READ_H
#define SP_RESULTS_READ_H

#include <cjson/cJSON.h>

#include "diag.h"

/* Read the results document at PATH into *DOC (caller frees with
   cJSON_Delete).  WHAT names the file's role in messages ("the previous
   report").  Returns 0, or -1 with *DOC NULL and the reason in D: 66
   when the file cannot be read, 65 when it is not JSON or not a results
   document.  */
int sp_results_read (const char *path, const char *what, cJSON **doc,
                     sp_diag *d);

/* Whether the results documents A and B are of the same programme and
   area (evaluation.programme and evaluation.area equal as strings, or
   both absent or null).  */
int sp_results_same_programme (const cJSON *a, const cJSON *b);

#endif /* SP_RESULTS_READ_H */
