/* fuzz_evaluation.c -- libFuzzer target: the evaluation file (evaluation.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "evaluation.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_evaluation e;
  sp_evaluation_defaults (&e);
  sp_evaluation_load (path, &e, d);
  sp_evaluation_free (&e);
}

SP_FUZZ_TARGET (read_one)
