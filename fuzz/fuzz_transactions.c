/* fuzz_transactions.c -- libFuzzer target: marketplace transactions
   (transactions_read.h), matched against the pilot's register

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fuzz.h"
#include "register_read.h"
#include "transactions_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  static sp_register reg;
  static int loaded;
  if (!loaded)
    {
      sp_diag r;
      sp_diag_init (&r);
      sp_fuzz_need (sp_register_read (sp_fuzz_source
                                      ("fixtures/calico-2019/register.csv"),
                                      SP_NO_END_DAY, &reg, &r) == 0,
                    "register", &r);
      sp_diag_free (&r);
      loaded = 1;
    }
  sp_transactions tx;
  sp_transactions_read (path, &reg, SP_NO_END_DAY, &tx, &d);
  sp_transactions_free (&tx);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
