/* fuzz_index.c -- libFuzzer target: a price index (index_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "index_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  sp_price_index idx;
  sp_price_index_read (path, &idx, d);
  sp_price_index_free (&idx);
}

SP_FUZZ_TARGET (read_one)
