/* register_doc.h -- the register, investment and local economy sections
   of the results document

   "register": {
     "enquiries", "referrals", "referred",
     "ineligible", "in_process", "approved", "lost", "phbs",
     "conversion_rate", "budgets", "budget_total", "budget_mean",
     "budget_min", "budget_max", "pas_per_phb", "integrated",
     "segments": [ { "segment", "people", "phbs", "budgets",
                     "budget_mean", "pas_per_phb" } ],
     "formulas": { name: text } }
   "investment": {
     "assessed", "phbs", "advocacy", "reviews", "marketplace", "total",
     "marketplace_basis" ("transactions" or "budgets"),
     "marketplace_base",
     "params": { "advocacy_cost", "review_cost", "vat_rate",
                 "marketplace_fee", "reviews_per_year" },
     "formulas": { name: text } }
   "local_economy": (only when a transactions file was given)
     { "transactions", "r1", "r2", "r3", "respend", "lm3", "effect",
       "counterfactual_lm3", "additional_effect" (both null unless the
       evaluation gives local_economy.counterfactual_lm3), "local_share", "fee_rate", "fee_transacted",
       "by_category": [ { "category", "amount", "share", "local",
                          "transactions" } ],
       "unmatched_transactions", "unmatched_participants",
       "unmatched_amount", "formulas": { name: text } }

   Undefined figures (a mean over no plans, a rate over no referrals,
   LM3 with no spend) are null.  No participant identifier appears.  */

#ifndef SP_REGISTER_DOC_H
#define SP_REGISTER_DOC_H

#include <cjson/cJSON.h>

#include "investment.h"
#include "local_economy.h"
#include "register.h"

/* Add the "register" section for summary S to DOC.  */
void sp_doc_add_register (cJSON *doc, const sp_register_summary *s);

/* Add the "investment" section for INV to DOC.  */
void sp_doc_add_investment (cJSON *doc, const sp_investment *inv);

/* Add the "local_economy" section for LE to DOC.  */
void sp_doc_add_local_economy (cJSON *doc, const sp_local_economy *le);

#endif /* SP_REGISTER_DOC_H */
