/* fuzz_outcomes.c -- libFuzzer target: outcome scores (outcomes_read.h),
   against the POET instrument

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fuzz.h"
#include "outcomes_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_outcomes o;
  sp_outcomes_read (path, sp_fuzz_poet (), SP_NO_END_DAY, &o, &d);
  sp_outcomes_free (&o);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
