/* fuzz_proxies.c -- libFuzzer target: value proxies (proxies_read.h),
   against the POET instrument

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "proxies_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  sp_value_proxies set;
  sp_value_proxies_read (path, sp_fuzz_poet (), &set, &d);
  sp_value_proxies_free (&set);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
