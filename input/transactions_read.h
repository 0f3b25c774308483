/* transactions_read.h -- read and validate marketplace transactions

   A transactions CSV has one row per payment the PHB marketplace made:
     date, participant_id, supplier, category, amount, supplier_local
                                                   (all in the header)
   date is YYYY-MM-DD; category is free text (e.g. pa, equipment,
   activity, other), grouped case-insensitively (lower-cased); amount is
   pounds, a number >= 0; supplier_local is true/false, yes/no, y/n or
   1/0: whether the supplier is in the local economy.

   Rejected, each as FILE:LINE:COLUMN: a bad date, an empty participant,
   supplier or category, a bad or negative amount, a bad boolean, an
   empty file, missing or duplicated header columns.  A transaction
   whose participant is not in the register is kept and counted (its
   spend is part of R1 and R2) and all such participants are named in
   one warning: extracts and registers are rarely cut on the same day.  */

#ifndef SP_TRANSACTIONS_READ_H
#define SP_TRANSACTIONS_READ_H

#include "csvtable.h"
#include "diag.h"
#include "local_economy.h"
#include "register.h"

/* Read PATH into TX (caller-owned struct, filled here; free with
   sp_transactions_free even on failure), matching participants against
   REG.  REG may be NULL: then every transaction is unmatched and no
   warning is given (the file is only being checked).  Every row is
   checked; a valid row dated after PERIOD_END (days since 1970-01-01;
   SP_NO_END_DAY for no end) is then left out and counted in
   TX->after_period.  Returns 0, or -1 with every problem in the file (up
   to the cap) recorded in D.  */
int sp_transactions_read (const char *path, const sp_register *reg,
                          long period_end, sp_transactions *tx, sp_diag *d);

/* The columns of a transactions file, required ones flagged, in the order a
   template lists them (socialprofit init); *N is set to their number.  */
const sp_csv_column *sp_transactions_read_columns (size_t *n);

#endif /* SP_TRANSACTIONS_READ_H */
