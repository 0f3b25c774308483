/* fuzz_usage.c -- libFuzzer target: service usage (usage_read.h), over
   five periods, and the cohorts of two pairs

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "usage_read.h"

/* Read the fuzzer's file at PATH as usage over five periods, and the
   cohorts of two pairs of them; problems into D.  */
static void
read_one (const char *path, sp_diag *d)
{
  /* the pilot's periods and the quarterly fixture's, in one list */
  static const char *const labels[] = { "before", "baseline", "q1", "q4",
                                        "after" };
  sp_usage_periods periods = { labels, 5 };
  sp_usage_panel p;
  if (sp_usage_panel_read (path, sp_fuzz_unit_costs (), &periods, &p, d)
      == 0)
    {
      sp_usage u;
      sp_usage_cohort_check (&p, 0, 4, &u, d);
      sp_usage_free (&u);
      sp_usage_cohort_check (&p, 1, 3, &u, d);
      sp_usage_free (&u);
    }
  sp_usage_panel_free (&p);
}

SP_FUZZ_TARGET (read_one)
