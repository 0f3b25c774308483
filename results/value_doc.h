/* value_doc.h -- the social_value section of the results document

   "social_value": {
     "method", "baseline_wave", "followup_wave", "discount_rate",
     "participants"            (people in the outcome file),
     "total"                   (sum of present values, pounds),
     "outcomes_without_value"  (count of outcomes whose value is null),
     "outcomes": [ { "outcome", "label", "domain", "improvement",
                     "participants", "value", "gross", "net",
                     "present_value", "deadweight", "attribution",
                     "displacement", "drop_off", "duration_years",
                     "price_year", "source", "note" } ],
     "domains": [ { "domain", "label", "min", "max", "higher_is_better",
                    "participants", "baseline_mean", "followup_mean",
                    "improvement", "baseline_scored",
                    "baseline_scored_mean", "source", "note" } ],
     "formulas": { name: text }
   }

   improvement, gross, net and present_value are null when the domain's
   improvement is undefined (the "note" says why; "note" is null
   otherwise).  Means are of scores turned so that higher is better.
   "domains" lists the instrument's domains that have any score or
   carry a proxy, in instrument order.  No participant identifier is
   written.  */

#ifndef SP_VALUE_DOC_H
#define SP_VALUE_DOC_H

#include <cjson/cJSON.h>

#include "social_value.h"

/* Add the "social_value" section for SV, computed on INST and PROXIES,
   to DOC.  */
void sp_doc_add_social_value (cJSON *doc, const sp_social_value *sv,
                              const sp_instrument *inst,
                              const sp_value_proxies *proxies);

/* Why domain change CH is undefined under METHOD, for notes and
   warnings (static string), or NULL when it is defined.  */
const char *sp_value_undefined_reason (const sp_domain_change *ch,
                                       sp_improvement_method method);

#endif /* SP_VALUE_DOC_H */
