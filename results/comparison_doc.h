/* comparison_doc.h -- savings against a comparison group in the results
   document (issue 14)

   Added to the "savings" section when a comparison group is given:

     "comparison": {
       "participants", "excluded_participants",   the comparison cohort
       "baseline_cost", "after_cost",             its totals, pounds a year
       "change", "change_rate",                   baseline - after, / baseline
       "mean_baseline_cost", "mean_after_cost",   per comparison participant
       "mean_change",                             their difference
       "programme_mean_baseline_cost",
       "programme_mean_after_cost",
       "programme_mean_change",                   per programme participant
       "baseline_difference",                     programme - comparison mean
                                                  baseline cost
       "baseline_difference_rate"                 / comparison mean baseline
       "basis",                                   what its rows rest on
       "periods": { "before", "after" }           { period, source_rows }
     },
     "difference_in_differences": { "per_participant", "saving",
                                     "saving_rate" },
     "adjusted": { "per_participant", "saving", "saving_rate",
                   "baseline_coefficient", "intercept", "observations",
                   "method", "note" (only when undefined: why) }

   and their formulas to savings.formulas.  Undefined figures are null.
   The formulas are those of analysis/comparison.h.  */

#ifndef SP_COMPARISON_DOC_H
#define SP_COMPARISON_DOC_H

#include <cjson/cJSON.h>

#include "comparison.h"

/* Add C's figures to DOC's "savings" section (which must exist), with
   the comparison cohort COHORT's rows by source: savings.comparison.
   periods.{before,after} (as savings.periods, the same labels) and
   savings.comparison.basis (forecast, reported or observed, as
   savings.basis).  */
void sp_doc_add_comparison (cJSON *doc, const sp_comparison *c,
                            const sp_usage *cohort);

/* The size of the difference between the groups at the start, as a
   sentence beginning with a space (the limitation
   comparison_group_differences, limitations_doc.c): " At the start the
   programme's participants cost on average £3,346 a year more than the
   comparison group (17.5% more)."  From DOC's savings.comparison into
   BUF (SIZE bytes); "" when DOC has no baseline difference.  */
void sp_doc_comparison_difference_text (const cJSON *doc, char *buf,
                                        size_t size);

#endif /* SP_COMPARISON_DOC_H */
