/* fuzz_scenario.c -- libFuzzer target: a rollout scenario (scenario_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "scenario_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_scenario s;
  sp_scenario_read (path, &s, d);
  sp_scenario_free (&s);
}

SP_FUZZ_TARGET (read_one)
