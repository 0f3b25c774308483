/* fuzz_register.c -- libFuzzer target: the PHB register (register_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fuzz.h"
#include "register_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_register reg;
  sp_register_read (path, SP_NO_END_DAY, &reg, d);
  sp_register_free (&reg);
}

SP_FUZZ_TARGET (read_one)
