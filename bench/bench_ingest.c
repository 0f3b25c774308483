/* bench_ingest.c -- how fast is the usage ingest, and in how much
   memory?  (a benchmark, not a test: it asserts nothing about time)

   Usage: bench_ingest [--runs N] [USAGE.csv]

   Without a file, writes the 200,000-participant file of issue 13 with
   gen_usage (built beside this program) into $TMPDIR (or /tmp) and
   removes it afterwards.  Then, N times each (default 5), every run in
   a fresh child process:

     ingest     in the library: the unit costs, the usage file validated,
                priced and added up into the panel (sp_usage_panel_read),
                the cohort (sp_usage_cohort_check) and the savings table
                (sp_savings_compute)
     validate   the command: socialprofit validate --usage FILE
                --unit-costs ... (built beside: ../cmd/socialprofit)
     pandas     pandas.read_csv of the same file (bench/pandas_ingest.py),
                only where /usr/bin/python3 has pandas (not a dependency)

   and prints for each run and as the median: wall time, CPU time (user
   + system, of the child), MB/s on each (MB = 10^6 bytes of the file),
   and the child's peak resident memory (getrusage's ru_maxrss).  On a
   shared machine the CPU time is the steadier figure: it is the time on
   one core whatever else runs.  Run it from a release build, from the
   source root (the unit costs are proxies/unit-costs/east-lancs-2018.csv):
     meson setup build-bench --buildtype=release
     ./build-bench/bench/bench_ingest  */

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench_common.h"
#include "savings.h"
#include "unit_costs_read.h"
#include "usage_read.h"
#include "xalloc.h"

#define COSTS "proxies/unit-costs/east-lancs-2018.csv"

/* The ingest, in this (child) process; exits 0 when the file was read.  */
static void
ingest (const char *usage)
{
  sp_diag d;
  sp_diag_init (&d);
  sp_unit_costs costs;
  sp_usage_panel panel;
  sp_usage cohort;
  memset (&cohort, 0, sizeof cohort);
  const char *labels[] = { "before", "after" };
  sp_usage_periods periods = { labels, 2 };
  int rc = sp_unit_costs_read (COSTS, &costs, &d);
  if (rc == 0)
    rc = sp_usage_panel_read (usage, &costs, &periods, &panel, &d);
  if (rc == 0)
    rc = sp_usage_cohort_check (&panel, 0, 1, &cohort, &d);
  if (rc == 0)
    {
      sp_savings s;
      sp_savings_compute (&cohort, &costs, 0, &s);
      printf ("  (%zu participants compared, %zu excluded, saving "
              "%.0f)\n", s.participants, s.excluded_participants, s.saving);
      sp_savings_free (&s);
    }
  else
    sp_diag_print (&d, stderr);
  fflush (stdout);
  _exit (rc == 0 ? 0 : 1);
}

/* pandas.read_csv on the same file, RUNS times (bench/pandas_ingest.py),
   where Debian's python3 has pandas; pandas is not a dependency, so
   without it this says so and returns.  */
static void
pandas_side_by_side (const char *usage, int runs)
{
  fflush (stdout);
  if (system ("/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1") != 0)
    {
      printf ("pandas: not installed (python3-pandas), no side-by-side\n");
      return;
    }
  char *cmd = sp_xasprintf ("/usr/bin/python3 bench/pandas_ingest.py "
                            "--runs %d '%s'", runs, usage);
  if (system (cmd) != 0)
    printf ("pandas: bench/pandas_ingest.py failed\n");
  free (cmd);
}

int
main (int argc, char **argv)
{
  int runs;
  const char *usage;
  bench_args (argc, argv, &runs, &usage);

  char *self = sp_xstrdup (argv[0]);
  char *dir = dirname (self);
  char *generated = NULL;
  if (!usage)
    {
      const char *tmp = getenv ("TMPDIR");
      generated = sp_xasprintf ("%s/sp-bench-usage-%ld.csv",
                                tmp ? tmp : "/tmp", (long) getpid ());
      bench_generate_usage (dir, generated);
      usage = generated;
    }
  struct stat st;
  if (stat (usage, &st) != 0)
    {
      fprintf (stderr, "bench_ingest: %s: %s\n", usage, strerror (errno));
      return 66;
    }
  double mb = (double) st.st_size / 1e6;
  bench_print_processor ();
  printf ("usage file: %s, %.1f MB; %d runs each\n\n", usage, mb, runs);

  bench_series ("ingest", ingest, usage, NULL, runs, mb, NULL, NULL);
  char *exe = sp_xasprintf ("%s/../cmd/socialprofit", dir);
  char *validate[] = { exe, "validate", "--usage", (char *) usage,
                       "--unit-costs", COSTS, NULL };
  bench_series ("validate", NULL, NULL, validate, runs, mb, NULL, NULL);
  pandas_side_by_side (usage, runs);

  if (generated)
    unlink (generated);
  free (generated);
  free (exe);
  free (self);
  return 0;
}
