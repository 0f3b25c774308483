/* fuzz_unit_costs.c -- libFuzzer target: a unit-cost set (unit_costs_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "unit_costs_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_unit_costs c;
  sp_unit_costs_read (path, &c, d);
  sp_unit_costs_free (&c);
}

SP_FUZZ_TARGET (read_one)
