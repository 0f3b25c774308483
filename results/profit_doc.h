/* profit_doc.h -- the social profit section of the results document

   "social_profit": {
     like for like, per person (social_profit.h):
     "per_person": { "saving", "social_value", "local_effect",
                     "delivery_cost", "budget", "benefits", "costs",
                     "costs_budgets_additional" },
     "budget_additional_share"          the share used (0 when not stated)
     "budget_additional_share_stated"   whether the evaluation stated it
     "sroi_ratio", "sroi_ratio_budgets_additional", "net_per_person",
     "returns_per_pound": { "nhs_savings", "social_value",
                            "local_economic_effect" }  (per person, over
                                                        the costs)
     totals as measured, each over its own people (not like for like):
     "investment", "nhs_savings", "social_value",
     "local_economic_effect" (the additional effect counted),
     "benefits", "net",
     "measured": { "local_economic_effect" }   (false: no transactions)
     "counted":  { "local_economic_effect" }   (false: no counterfactual
                                                 LM3, so 0 is counted)
     "nhs_savings_basis": "comparison_group" (the saving against a
                          comparison group, savings.adjusted.saving) or
                          "before_after" (savings.saving),
     "sources": { figure: "section.field" it was read from },
     "formula": "sroi_ratio = ...",
     "formulas": { name: text } }

   A figure that cannot be computed is null.  */

#ifndef SP_PROFIT_DOC_H
#define SP_PROFIT_DOC_H

#include <cjson/cJSON.h>

#include "social_profit.h"

/* What was measured, counted and stated behind the figures.  */
typedef struct
{
  int local_measured;   /* a transactions file gave a local economy */
  int local_counted;    /* ... and a counterfactual LM3 made it count */
  int share_stated;     /* the evaluation gave budget_additional_share */
  int saving_compared;  /* the NHS saving counted is the one against a
                           comparison group (savings.adjusted.saving),
                           not the before/after saving (issue 14) */
} sp_profit_counted;

/* Add the "social_profit" section for P to DOC.  */
void sp_doc_add_social_profit (cJSON *doc, const sp_social_profit *p,
                               const sp_profit_counted *c);

#endif /* SP_PROFIT_DOC_H */
