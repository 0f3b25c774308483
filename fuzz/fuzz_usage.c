/* fuzz_usage.c -- libFuzzer target: service usage (usage_read.h), over
   five periods, and the cohorts of two pairs

   The fuzzer's bytes are the file (fuzz.h).  */

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "unit_costs_read.h"
#include "usage_read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t n);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t n)
{
  const char *path = sp_fuzz_file (data, n);
  sp_diag d;
  sp_diag_init (&d);
  static sp_unit_costs costs;
  static int loaded;
  if (!loaded)
    {
      sp_diag r;
      sp_diag_init (&r);
      sp_fuzz_need (sp_unit_costs_read (sp_fuzz_source
                                        ("proxies/unit-costs/east-lancs-2018.csv"),
                                        &costs, &r) == 0, "unit costs", &r);
      sp_diag_free (&r);
      loaded = 1;
    }
  /* the pilot's periods and the quarterly fixture's, in one list */
  static const char *const labels[] = { "before", "baseline", "q1", "q4",
                                        "after" };
  sp_usage_periods periods = { labels, 5 };
  sp_usage_panel p;
  if (sp_usage_panel_read (path, &costs, &periods, &p, &d) == 0)
    {
      sp_usage u;
      sp_usage_cohort_check (&p, 0, 4, &u, &d);
      sp_usage_free (&u);
      sp_usage_cohort_check (&p, 1, 3, &u, &d);
      sp_usage_free (&u);
    }
  sp_usage_panel_free (&p);
  sp_fuzz_check_positions (&d);
  sp_diag_free (&d);
  return 0;
}
