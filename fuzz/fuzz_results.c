/* fuzz_results.c -- libFuzzer target: a previous results document
   (results_read.h)

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "results_read.h"

/* Read the fuzzer's file at PATH, problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  cJSON *doc;
  sp_results_read (path, "the previous report", &doc, d);
  cJSON_Delete (doc);
}

SP_FUZZ_TARGET (read_one)
