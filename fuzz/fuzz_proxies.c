/* fuzz_proxies.c -- libFuzzer target: value proxies (proxies_read.h),
   against the POET instrument

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "proxies_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_value_proxies set;
  sp_value_proxies_read (path, sp_fuzz_poet (), &set, d);
  sp_value_proxies_free (&set);
}

SP_FUZZ_TARGET (read_one)
