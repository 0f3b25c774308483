/* fuzz_proxies.c -- libFuzzer target: value proxies (proxies_read.h),
   against the POET instrument

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "instrument_read.h"
#include "proxies_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  static sp_instrument inst;
  static int loaded;
  if (!loaded)
    {
      sp_diag r;
      sp_diag_init (&r);
      sp_fuzz_need (sp_instrument_read (sp_fuzz_source
                                        ("proxies/instruments/poet.csv"),
                                        &inst, &r) == 0, "instrument", &r);
      sp_diag_free (&r);
      loaded = 1;
    }
  sp_value_proxies set;
  sp_value_proxies_read (path, &inst, &set, &d);
  sp_value_proxies_free (&set);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
