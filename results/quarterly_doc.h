/* quarterly_doc.h -- the quarterly figures of the results document
   (issue 10), added to the sections they belong to

   "savings": { ...,
     "trend": [ { "period", "participants", "baseline_cost", "cost",
                  "saving", "saving_rate" } ]
   }                                   (savings_trend.h; one entry per
                                        usage period after the baseline)
   "social_value": { ...,
     "waves": [ { "wave", "participants",
                  "domains": [ { "domain", "participants", "mean" } ] } ]
   }                                   (waves.h; mean null when nobody
                                        answered the domain at the wave)
   "register": { ...,
     "monthly": [ { "month" "YYYY-MM", "referrals", "new_phbs",
                    "cumulative_phbs" } ],
     "undated_phbs",                   live plans without approved_date
     "approved_after_period",          (with a period_end) approved after
                                       it, not in "monthly"
     "in_period": { "start", "end", "referrals", "new_phbs" }
                                       (with a period_start)
   }                                   (register_monthly.h)
   "local_economy": { ...,
     "quarterly": [ { "quarter" "YYYY-Qn", "transactions", "spend",
                      "local_spend", "local_share" } ],
     "in_period": { "start", "end", "transactions", "spend",
                    "local_spend", "local_share" }  (with a period_start)
   }                                   (spend_quarterly.h)
   "rollout": { ...,
     "progress": { "as_of" "YYYY-MM", "observed_phbs", "planned_phbs",
                   "difference", "status", "recent_rate",
                   "projected_target_month", "undated_phbs" }
   }                                   (progress.h)

   Each adds its formulas to the section's "formulas".  Counts of
   people are counts, never identifiers.  */

#ifndef SP_QUARTERLY_DOC_H
#define SP_QUARTERLY_DOC_H

#include <cjson/cJSON.h>

#include "outcomes.h"
#include "progress.h"
#include "register_monthly.h"
#include "savings_trend.h"
#include "spend_quarterly.h"
#include "waves.h"

/* "YYYY-MM" for MONTH (year x 12 + month - 1) into BUF (24 bytes or
   more); returns BUF.  */
char *sp_doc_month (long month, char *buf, size_t size);

/* "YYYY-Qn" for QUARTER (year x 4 + quarter - 1) into BUF (24 bytes or
   more); returns BUF.  */
char *sp_doc_quarter (long quarter, char *buf, size_t size);

/* Add "trend" (the N entries T, their periods named by PANEL) to DOC's
   savings section.  */
void sp_doc_add_savings_trend (cJSON *doc, const sp_savings_period *t,
                               size_t n, const sp_usage_panel *panel);

/* Add "waves" for W (scored on INST) to DOC's social_value section.  */
void sp_doc_add_waves (cJSON *doc, const sp_waves *w,
                       const sp_instrument *inst);

/* Add "monthly", "undated_phbs" and, when DOC's evaluation has a
   period_end, "approved_after_period" for M to DOC's register
   section.  */
void sp_doc_add_register_monthly (cJSON *doc, const sp_register_monthly *m);

/* Add the register's counts in the reporting period START to END (the
   evaluation's dates as written) to DOC's register section.  */
void sp_doc_add_register_in_period (cJSON *doc, const char *start,
                                    const char *end, size_t referrals,
                                    size_t new_phbs);

/* Add "quarterly" (the N quarters Q) to DOC's local_economy section.  */
void sp_doc_add_spend_quarterly (cJSON *doc, const sp_spend_quarter *q,
                                 size_t n);

/* Add the spend in the reporting period START to END to DOC's
   local_economy section as "in_period".  */
void sp_doc_add_spend_in_period (cJSON *doc, const char *start,
                                 const char *end, const sp_spend_quarter *q);

/* Add "progress" for P to the rollout object RO, with UNDATED live
   plans that could not be placed in a month.  */
void sp_doc_add_progress (cJSON *ro, const sp_progress *p, size_t undated);

#endif /* SP_QUARTERLY_DOC_H */
