/* fuzz_index.c -- libFuzzer target: a price index (index_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "index_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_price_index idx;
  sp_price_index_read (path, &idx, &d);
  sp_price_index_free (&idx);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
