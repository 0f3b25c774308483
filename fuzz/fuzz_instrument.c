/* fuzz_instrument.c -- libFuzzer target: an outcome instrument
   (instrument_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "instrument_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_instrument inst;
  sp_instrument_read (path, &inst, &d);
  sp_instrument_free (&inst);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
