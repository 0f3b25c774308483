/* outcomes_read.h -- read and validate outcome scores

   An outcomes CSV is in long format, one row per participant x wave x
   domain:
     participant_id, wave, domain, score   (required)
     date                                  (optional: YYYY-MM-DD, the day
                                            the scores were taken)
   wave is a whole number, 0 or more (0 is the baseline, then 1, 2, ...
   every three months); domain must be in the instrument; score a number
   within the domain's [min, max].

   Rejected, each as FILE:LINE:COLUMN: an empty participant, a bad wave,
   an unknown domain, a score that is not a number or is off the scale,
   a date that is not a real YYYY-MM-DD date,
   a duplicated (participant, wave, domain), an empty file or a file
   without rows.  */

#ifndef SP_OUTCOMES_READ_H
#define SP_OUTCOMES_READ_H

#include "csvtable.h"
#include "diag.h"
#include "outcomes.h"

/* Read PATH, checking domains and scales against INST (a loaded
   instrument), into O (caller-owned struct, filled here; free with
   sp_outcomes_free even on failure).  Every row is checked; a valid row
   dated after PERIOD_END (days since 1970-01-01; SP_NO_END_DAY for no
   end) is then left out and counted in O->after_period (a row without a
   date is kept).  Returns 0, or -1 with every problem in the file (up
   to the cap) recorded in D.  */
int sp_outcomes_read (const char *path, const sp_instrument *inst,
                      long period_end, sp_outcomes *o, sp_diag *d);

/* The columns of an outcome file, required ones flagged, in the order a
   template lists them (socialprofit init); *N is set to their number.  */
const sp_csv_column *sp_outcomes_read_columns (size_t *n);

#endif /* SP_OUTCOMES_READ_H */
