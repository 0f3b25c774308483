/* fuzz_evaluation.c -- libFuzzer target: the evaluation file (evaluation.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "evaluation.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_evaluation e;
  sp_evaluation_defaults (&e);
  sp_evaluation_load (path, &e, &d);
  sp_evaluation_free (&e);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
