/* fuzz_register.c -- libFuzzer target: the PHB register (register_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fuzz.h"
#include "register_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_register reg;
  sp_register_read (path, SP_NO_END_DAY, &reg, &d);
  sp_register_free (&reg);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
