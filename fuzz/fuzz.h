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
#include "sp_config.h"   /* SP_SOURCE_ROOT */

/* The path of an in-memory file holding the N bytes at DATA (the same
   file, rewritten, at every call).  Static string.  */
const char *sp_fuzz_file (const uint8_t *data, size_t n);

/* A path under the source tree (static buffer, overwritten by the next
   call).  */
const char *sp_fuzz_source (const char *rel);

/* Abort unless every error in D is at a full position when D's exit
   status is 65 (bad data).  */
void sp_fuzz_check_positions (const sp_diag *d);

/* Abort with MESSAGE when a reference input cannot be read.  */
void sp_fuzz_need (int ok, const char *what, sp_diag *d);

/* The bundled POET instrument, read once (the reference the outcomes
   and proxies targets read against); aborts when it cannot be read.
   Owned here, for the life of the process.  */
const sp_instrument *sp_fuzz_poet (void);

#endif /* SP_FUZZ_H */
