/* fuzz.h -- what the libFuzzer targets share (see fuzz/README.md)

   Each target (fuzz_<input>.c) hands the fuzzer's bytes to one reader
   as a file: the bytes are written to an in-memory file (memfd) named
   /proc/self/fd/N, so the reader runs exactly as on a file on disk,
   block reads, encoding checks and all.  The reference inputs a reader
   needs beside its own (the unit costs for usage, the instrument for
   outcomes) are the bundled ones, read once.

   Besides crashes, leaks and undefined behaviour (the sanitizers),
   every target checks that a read refused as bad data (exit 65) gives
   every error a FILE:LINE:COLUMN (sp_fuzz_check_positions aborts
   otherwise).  */

#ifndef SP_FUZZ_H
#define SP_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "outcomes.h"   /* sp_instrument */
#include "register.h"   /* sp_register */
#include "sp_config.h"   /* SP_SOURCE_ROOT */
#include "usage.h"      /* sp_unit_costs */

/* The path of an in-memory file holding the N bytes at DATA (the same
   file, rewritten, at every call).  Static string.  */
const char *sp_fuzz_file (const uint8_t *data, size_t n);

/* A path under the source tree (static buffer, overwritten by the next
   call).  */
const char *sp_fuzz_source (const char *rel);

/* Abort unless every error in D is at a full position when D's exit
   status is 65 (bad data).  */
void sp_fuzz_check_positions (const sp_diag *d);

/* What a target does with the fuzzer's bytes: read the file at PATH
   with its reader, recording problems in D, and free what it read.  */
typedef void (*sp_fuzz_reader) (const char *path, sp_diag *d);

/* A target's whole test: the N bytes at DATA as a file (sp_fuzz_file),
   READ on it, then sp_fuzz_check_positions.  Returns 0.  */
int sp_fuzz_run (const uint8_t *data, size_t n, sp_fuzz_reader read);

/* A target's entry point: libFuzzer calls it with each input, and it
   runs sp_fuzz_run with READ.  */
#define SP_FUZZ_TARGET(READ)                                              \
  int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);             \
  int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)              \
  {                                                                       \
    return sp_fuzz_run (data, n, (READ));                                 \
  }

/* The bundled reference inputs some readers read against, each read
   once (aborting when it cannot be) and owned here for the life of the
   process: the POET instrument (outcomes, proxies), the pilot's unit
   costs (usage) and its register (transactions).  */
const sp_instrument *sp_fuzz_poet (void);
const sp_unit_costs *sp_fuzz_unit_costs (void);
const sp_register *sp_fuzz_register (void);

#endif /* SP_FUZZ_H */
