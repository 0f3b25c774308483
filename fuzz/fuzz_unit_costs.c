/* fuzz_unit_costs.c -- libFuzzer target: a unit-cost set (unit_costs_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "unit_costs_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_unit_costs c;
  sp_unit_costs_read (path, &c, &d);
  sp_unit_costs_free (&c);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
