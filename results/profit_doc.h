/* profit_doc.h -- the social profit section of the results document

   "social_profit": {
     "investment", "nhs_savings", "social_value", "local_economic_effect",
     "benefits", "net", "sroi_ratio",
     "returns_per_pound": { "nhs_savings", "social_value",
                            "local_economic_effect" },
     "measured": { "local_economic_effect" }   (false: no transactions,
                                                 entered as 0)
     "sources": { figure: "section.field" it was read from },
     "formula": "net = ...",
     "formulas": { name: text } }

   Ratios are null when the investment is 0.  */

#ifndef SP_PROFIT_DOC_H
#define SP_PROFIT_DOC_H

#include <cjson/cJSON.h>

#include "social_profit.h"

/* Add the "social_profit" section for P to DOC.  LOCAL_MEASURED is 0
   when there was no local economy to measure (its effect entered as
   0).  */
void sp_doc_add_social_profit (cJSON *doc, const sp_social_profit *p,
                               int local_measured);

#endif /* SP_PROFIT_DOC_H */
