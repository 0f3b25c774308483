/* fuzz_scenario.c -- libFuzzer target: a rollout scenario (scenario_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "scenario_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_scenario s;
  sp_scenario_read (path, &s, &d);
  sp_scenario_free (&s);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
