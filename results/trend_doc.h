/* trend_doc.h -- the headline figures over several reports (issue 10)

   socialprofit trend R1.json R2.json ... reads results documents in
   time order and builds

     "tool":       { "name", "version" }
     "evaluation": { "programme", "area" }      (those of the documents)
     "trend": {
       "reports": [ { "label", "file", "reporting_period",
                      "period_end" } ],           one per document, in order
       "figures": [ { "path",
                      "points": [ { "label", "estimate", "lower",
                                    "upper" } ] } ]
     }

   "figures" has one entry per headline figure (changes_doc.h) that is a
   number in at least one document, in the headline order; "points" one
   per document, in the order given, with the document's figure as it is
   ("estimate", null when the document lacks it) and the "lower" and
   "upper" of its intervals[path] (null when it has none).  "label" is
   the document's evaluation.reporting_period, or else its file name as
   given.  No figure is recomputed.  */

#ifndef SP_TREND_DOC_H
#define SP_TREND_DOC_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* The trend document of the N results documents DOCS read from FILES,
   in that order.  The caller owns the result (cJSON_Delete).  */
cJSON *sp_doc_trend (const cJSON *const *docs, const char *const *files,
                     size_t n);

#endif /* SP_TREND_DOC_H */
