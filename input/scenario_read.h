/* scenario_read.h -- read and validate a rollout scenario file (JSON)

   The keys (docs/methods/rollout.md has the full schema):

     name               text, required
     description        text, optional
     target_phbs        whole number of PHBs, 1 or more
     conversion_rate    share of assessed people who get a PHB, (0, 1];
                        or "register" to take it from the evaluation's
                        PHB register (rollout --evaluation)
     segments           list of { name, share, mean_budget, pas_per_phb };
                        shares sum to 1 (within 1e-6)
     advocacy_cost, review_cost          pounds before VAT, 0 or more
     vat_rate, marketplace_fee           fractions in [0, 1]
     reviews_per_year                    0 to 365
     savings_rate                        fraction in [-1, 1]
     discount_rate                       fraction in [0, 1], default 0.035
     optimism_bias                       fraction in [0, 5] added to
                                         every delivery cost (Green
                                         Book), default 0
     horizon_years                       whole number, 1 to 100
     ramp               { start, growth, ceiling, start_month "YYYY-MM" }
     target_date        "YYYY-MM"
     published          optional { source, FIGURE: value, ... }: figures
                        quoted from a report, shown beside the computed

   Every numeric parameter except target_phbs, the shares and
   horizon_years may be a plain number or an object
     { "distribution": "normal", "mean": 0.18, "sd": 0.03,
       "value": 0.18, "low": 0.12, "high": 0.24 }
   (see distribution.h; "value", "low" and "high" are optional, and an
   object without "distribution" is fixed at "value").  Unknown keys are
   errors.  */

#ifndef SP_SCENARIO_READ_H
#define SP_SCENARIO_READ_H

#include "diag.h"
#include "rollout.h"

/* Read the scenario at PATH into S (caller's storage, filled here).
   Every problem goes to D as FILE:LINE:COLUMN naming the key (66 when
   the file cannot be read, 65 for bad content).  Returns 0, or -1 with S
   emptied.  */
int sp_scenario_read (const char *path, sp_scenario *s, sp_diag *d);

/* As sp_scenario_read from the NUL-terminated TEXT; PATH names it in
   messages.  */
int sp_scenario_parse (const char *path, const char *text, sp_scenario *s,
                       sp_diag *d);

#endif /* SP_SCENARIO_READ_H */
