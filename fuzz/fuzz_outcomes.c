/* fuzz_outcomes.c -- libFuzzer target: outcome scores (outcomes_read.h),
   against the POET instrument

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fuzz.h"
#include "outcomes_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_outcomes o;
  sp_outcomes_read (path, sp_fuzz_poet (), SP_NO_END_DAY, &o, d);
  sp_outcomes_free (&o);
}

SP_FUZZ_TARGET (read_one)
