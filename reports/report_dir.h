/* report_dir.h -- write a report's whole output folder at once

   A report is DIR/results.json (the results document), DIR/charts/
   NAME.png and NAME.svg for each chart the document has data for, and
   DIR/statement.pdf.  Everything is written into a temporary sibling
   folder and renamed into place (outdir.h), so a failure leaves nothing
   under DIR.  */

#ifndef SP_REPORT_DIR_H
#define SP_REPORT_DIR_H

#include <cjson/cJSON.h>

#include "diag.h"

/* Render DOC into DIR as above.  Returns the number of charts written,
   or -1 with the reason in D (exit 73 when DIR cannot be created or a
   drawing fails).  DOC stays the caller's.  */
int sp_report_dir_write (const cJSON *doc, const char *dir, sp_diag *d);

#endif /* SP_REPORT_DIR_H */
