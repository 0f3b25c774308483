/* validation_doc.h -- the outcome of socialprofit validate as a document

   validate does not compute figures; its document says whether the
   inputs are valid and lists every message:

     { "valid": true|false,        no error was found
       "files_checked": N,
       "errors": N, "warnings": N, counted (errors past the per-file cap
                                   are counted but not listed)
       "diagnostics": [ { "file", "line", "column", "severity",
                          "message" } ] }

   file is null for a message about no file ("<stdin>" for standard
   input), line and column null when they do not apply, severity
   "error" or "warning".  Renderers: sp_render_json (reports/),
   sp_render_validation_csv and sp_render_validation_text.  */

#ifndef SP_VALIDATION_DOC_H
#define SP_VALIDATION_DOC_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "diag.h"

/* The document of a validate run that checked FILES_CHECKED files and
   collected D's messages (warnings included even when D hides them).
   Caller owns the result (cJSON_Delete).  */
cJSON *sp_validation_doc (const sp_diag *d, size_t files_checked);

#endif /* SP_VALIDATION_DOC_H */
