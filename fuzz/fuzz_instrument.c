/* fuzz_instrument.c -- libFuzzer target: an outcome instrument
   (instrument_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "instrument_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_instrument inst;
  sp_instrument_read (path, &inst, d);
  sp_instrument_free (&inst);
}

SP_FUZZ_TARGET (read_one)
