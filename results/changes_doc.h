/* changes_doc.h -- what moved since the last report (issue 10)

   The headline figures a quarterly report compares with the previous
   one and the trend command follows over several, in this order:

     savings.saving, savings.adjusted.saving (against a comparison
     group), savings.saving_rate, savings.per_participant,
     social_value.total, social_profit.net, social_profit.sroi_ratio,
     register.referrals, register.phbs, local_economy.lm3,
     local_economy.effect, rollout.progress.observed_phbs

   report --previous OLD/results.json adds to the document

     "previous": { "file", "reporting_period", "period_end" }
     "changes": [ { "path", "previous", "current", "change",
                    "previous_interval": [lower, upper] | null,
                    "current_interval": [lower, upper] | null,
                    "distinguishable" } ]

   with one entry per headline figure that is a number in both
   documents, where

     change          = current - previous
     *_interval      = [lower, upper] of the document's intervals[path]
                       when it has both, else null
     distinguishable = true only when both intervals exist and do not
                       overlap (previous upper < current lower, or
                       current upper < previous lower); false otherwise,
                       so a change without intervals is never called
                       more than chance.

   Non-overlap is a conservative reading: two 95% intervals can overlap
   although the difference is significant, never the other way round.  */

#ifndef SP_CHANGES_DOC_H
#define SP_CHANGES_DOC_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* The headline figures' paths, in order; their count in *N.  Static.  */
const char *const *sp_headline_paths (size_t *n);

/* The interval [lower, upper] of the figure at PATH in DOC's intervals
   into LO and HI; 1 when DOC has both, else 0.  */
int sp_doc_interval_of (const cJSON *doc, const char *path, double *lo,
                        double *hi);

/* Add "previous" (from PREVIOUS, read from the file PATH) and "changes"
   to DOC.  */
void sp_doc_add_changes (cJSON *doc, const cJSON *previous,
                         const char *path);

#endif /* SP_CHANGES_DOC_H */
