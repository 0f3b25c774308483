/* register_read.h -- read and validate the PHB register

   A register CSV has one row per person who enquired:
     participant_id, status, segment, budget_annual, integrated, pas,
     referral_date                                   (all in the header)
     approved_date                                   (optional)
   status is enquiry, referred, ineligible, in_process, approved or lost
   (any case); segment is free text (e.g. specialist, targeted,
   universal) and may be empty; budget_annual (pounds a year) and pas
   (personal assistants) are numbers >= 0 and may be empty for people
   without a plan; integrated is true/false, yes/no, y/n or 1/0 (empty
   means no); referral_date is YYYY-MM-DD and may be empty only for an
   enquiry; approved_date, the day a live plan (approved or in process)
   was approved, is YYYY-MM-DD on or after referral_date, or empty.

   Rejected, each as FILE:LINE:COLUMN: an empty or duplicated
   participant_id, an unknown status, a bad or negative budget or pas, a
   bad boolean, a bad date or a referral without one, an approved_date
   on a row that is not a live plan or before its referral, an empty file,
   missing or duplicated header columns.  A live plan (approved or in
   process) without a budget is accepted with one warning for the file:
   it is left out of the budget figures.  */

#ifndef SP_REGISTER_READ_H
#define SP_REGISTER_READ_H

#include "csvtable.h"
#include "diag.h"
#include "register.h"

/* Read PATH into REG (caller-owned struct, filled here; free with
   sp_register_free even on failure).  Every row is checked; a valid row
   referred after PERIOD_END (days since 1970-01-01; SP_NO_END_DAY for
   no end) is then left out and counted in REG->after_period.  Returns
   0, or -1 with every problem in the file (up to the cap) recorded in
   D.  */
int sp_register_read (const char *path, long period_end, sp_register *reg,
                      sp_diag *d);

/* The columns of a PHB register, required ones flagged, in the order a
   template lists them (socialprofit init); *N is set to their number.  */
const sp_csv_column *sp_register_read_columns (size_t *n);

#endif /* SP_REGISTER_READ_H */
