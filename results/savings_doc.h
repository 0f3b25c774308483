/* savings_doc.h -- the savings section of the results document

   "savings": {
     "participants", "excluded_participants", "baseline_cost",
     "after_cost", "saving", "saving_rate", "per_participant",
     "basis": "observed" | "reported" | "forecast" (savings.h),
     "title": the figure's name for people, saying its basis
              (sp_savings_title),
     "periods": { "before": { "period": label,
                              "source_rows": { "recall", "record", "plan",
                                               "unspecified" } },
                  "after": { the same } },
     "lines": [ { "service", "label", "unit", "category", "unit_cost",
                  "before_quantity", "before_cost", "after_quantity",
                  "after_cost", "saving", "price_year", "source" } ],
     "categories": [ { "category", "before_cost", "after_cost", "saving",
                       "cost_reduction", "before_quantity",
                       "after_quantity", "use_reduction" } ],
     "scaled": { "n", "saving" }          (only when a scale is asked)
     "formulas": { name: text }           (how each figure is computed)
   }  */

#ifndef SP_SAVINGS_DOC_H
#define SP_SAVINGS_DOC_H

#include <cjson/cJSON.h>

#include "evaluation.h"
#include "savings.h"

/* The title of a saving of BASIS whose rows by source are BEFORE and
   AFTER: "Forecast NHS cost saving", "Reported NHS cost saving
   (recalled use)" (or "(source of use not recorded)" when no row is a
   recall), "NHS cost saving (recorded activity)".  Static.  */
const char *sp_savings_title (sp_basis basis, const size_t *before,
                              const size_t *after);

/* Add the "savings" section for S, priced with COSTS, to DOC.  */
void sp_doc_add_savings (cJSON *doc, const sp_savings *s,
                         const sp_unit_costs *costs, const sp_evaluation *e);

/* PERIODS.NAME = { period: LABEL, source_rows: { recall, record, plan,
   unspecified } } for ROWS (SP_N_SOURCES counts, by sp_source); also
   used for the comparison group's periods (comparison_doc.c).  */
void sp_doc_add_period (cJSON *periods, const char *name, const char *label,
                        const size_t *rows);

#endif /* SP_SAVINGS_DOC_H */
