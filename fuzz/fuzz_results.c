/* fuzz_results.c -- libFuzzer target: a previous results document
   (results_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "results_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  cJSON *doc;
  sp_results_read (path, "the previous report", &doc, &d);
  cJSON_Delete (doc);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
