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

#include "savings.h"
#include "unit_costs_read.h"
#include "usage_read.h"
#include "xalloc.h"

#define COSTS "proxies/unit-costs/east-lancs-2018.csv"

typedef struct
{
  double wall, cpu, rss_mib;
} measure;

static double
now (void)
{
  struct timespec t;
  clock_gettime (CLOCK_MONOTONIC, &t);
  return (double) t.tv_sec + (double) t.tv_nsec * 1e-9;
}

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

/* Run one child: the ingest (ARGV NULL) or the program ARGV; returns
   its measure.  */
static measure
run_child (const char *usage, char *const *argv)
{
  fflush (stdout);
  double t0 = now ();
  pid_t pid = fork ();
  if (pid < 0)
    {
      perror ("fork");
      exit (70);
    }
  if (pid == 0)
    {
      if (!argv)
        ingest (usage);
      int null = open ("/dev/null", O_WRONLY);
      dup2 (null, 1);
      dup2 (null, 2);
      execv (argv[0], argv);
      perror (argv[0]);
      _exit (127);
    }
  int status;
  struct rusage ru;
  if (wait4 (pid, &status, 0, &ru) < 0)
    {
      perror ("wait4");
      exit (70);
    }
  measure m;
  m.wall = now () - t0;
  m.cpu = (double) ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6
          + (double) ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
  m.rss_mib = (double) ru.ru_maxrss / 1024.0;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      fprintf (stderr, "bench_ingest: a run failed (status %d)\n", status);
      exit (70);
    }
  return m;
}

static int
by_value (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *v, int n)
{
  qsort (v, (size_t) n, sizeof *v, by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Run WHAT RUNS times and print each run and the medians.  */
static void
series (const char *what, const char *usage, char *const *argv, int runs,
        double mb)
{
  double *wall = sp_xcalloc ((size_t) runs, sizeof *wall);
  double *cpu = sp_xcalloc ((size_t) runs, sizeof *cpu);
  double *rss = sp_xcalloc ((size_t) runs, sizeof *rss);
  for (int i = 0; i < runs; i++)
    {
      measure m = run_child (usage, argv);
      wall[i] = m.wall;
      cpu[i] = m.cpu;
      rss[i] = m.rss_mib;
      printf ("%-9s run %d: wall %6.3f s (%6.1f MB/s)  cpu %6.3f s "
              "(%6.1f MB/s)  peak %6.1f MiB\n", what, i + 1, m.wall,
              mb / m.wall, m.cpu, mb / m.cpu, m.rss_mib);
      fflush (stdout);
    }
  double w = median (wall, runs), c = median (cpu, runs);
  double r = median (rss, runs);
  printf ("%-9s MEDIAN of %d: wall %6.3f s (%6.1f MB/s)  cpu %6.3f s "
          "(%6.1f MB/s)  peak %6.1f MiB\n\n", what, runs, w, mb / w, c,
          mb / c, r);
  free (wall);
  free (cpu);
  free (rss);
}

/* The processor's name, from /proc/cpuinfo.  */
static void
print_processor (void)
{
  FILE *f = fopen ("/proc/cpuinfo", "r");
  char line[512];
  int cores = 0;
  char model[256] = "unknown";
  while (f && fgets (line, sizeof line, f))
    if (strncmp (line, "model name", 10) == 0)
      {
        cores++;
        char *colon = strchr (line, ':');
        if (colon)
          {
            snprintf (model, sizeof model, "%s", colon + 2);
            model[strcspn (model, "\n")] = '\0';
          }
      }
  if (f)
    fclose (f);
  double load[3] = { 0 };
  getloadavg (load, 3);
  printf ("processor: %s (%d logical cores); load average %.2f\n", model,
          cores, load[0]);
}

int
main (int argc, char **argv)
{
  int runs = 5;
  const char *usage = NULL;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi (argv[++i]);
    else
      usage = argv[i];
  if (runs < 1)
    runs = 1;

  char *self = sp_xstrdup (argv[0]);
  char *dir = dirname (self);
  char *generated = NULL;
  if (!usage)
    {
      const char *tmp = getenv ("TMPDIR");
      generated = sp_xasprintf ("%s/sp-bench-usage-%ld.csv",
                                tmp ? tmp : "/tmp", (long) getpid ());
      char *gen = sp_xasprintf ("%s/gen_usage", dir);
      char *gen_argv[] = { gen, generated, NULL };
      printf ("writing the 200,000-participant file with %s\n", gen);
      fflush (stdout);
      run_child (NULL, gen_argv);
      free (gen);
      usage = generated;
    }
  struct stat st;
  if (stat (usage, &st) != 0)
    {
      fprintf (stderr, "bench_ingest: %s: %s\n", usage, strerror (errno));
      return 66;
    }
  double mb = (double) st.st_size / 1e6;
  print_processor ();
  printf ("usage file: %s, %.1f MB; %d runs each\n\n", usage, mb, runs);

  series ("ingest", usage, NULL, runs, mb);
  char *exe = sp_xasprintf ("%s/../cmd/socialprofit", dir);
  char *validate[] = { exe, "validate", "--usage", (char *) usage,
                       "--unit-costs", COSTS, NULL };
  series ("validate", usage, validate, runs, mb);

  if (generated)
    unlink (generated);
  free (generated);
  free (exe);
  free (self);
  return 0;
}
