/* fuzz_transactions.c -- libFuzzer target: marketplace transactions
   (transactions_read.h), matched against the pilot's register

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fuzz.h"
#include "transactions_read.h"

/* Read the fuzzer's file at PATH as transactions against the pilot's
   register; problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_transactions tx;
  sp_transactions_read (path, sp_fuzz_register (), SP_NO_END_DAY, &tx, d);
  sp_transactions_free (&tx);
}

SP_FUZZ_TARGET (read_one)
