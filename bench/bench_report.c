/* bench_report.c -- the full report at national scale and for the pilot
   (issue 13): wall time, CPU time and peak memory, median of several
   runs (a benchmark, not a test: it asserts nothing about time)

   Usage: bench_report [--runs N] [--savings] [USAGE.csv]

   Run from the source root of a release build:
     meson setup build-bench --buildtype=release
     ninja -C build-bench
     ./build-bench/bench/bench_report

   national  socialprofit report of an evaluation that is the pilot's
             (fixtures/calico-2019/evaluation.json: its outcomes,
             register, transactions, proxies and settings, and the 890
             scenario) with the usage file replaced by the
             200,000-participant one of issue 13 (gen_usage, written to
             $TMPDIR unless USAGE.csv is given), B = 10,000 resamples,
             all cores
   pilot     socialprofit report of the pilot's own evaluation file
   savings   (with --savings) socialprofit savings of the national usage
             alone, BCa, B = 10,000 (SciPy's side:
             bench/scipy_bootstrap.py)

   Each run is a fresh child process writing a fresh output folder; the
   figures printed are each run's and the medians of N runs (default
   5): wall time, CPU time (user + system, all threads) and peak
   resident memory.  The targets of issue 13: national <= 10 s wall on 2
   cores and <= 1 GiB; pilot <= 0.5 s.  On a shared machine the wall
   time depends on what else runs (the load average is printed).  */

#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "bench_common.h"
#include "xalloc.h"

#define PILOT_DIR "fixtures/calico-2019/"
#define PILOT PILOT_DIR "evaluation.json"

/* The whole of file PATH (NUL-terminated), or exit.  */
static char *
slurp (const char *path)
{
  FILE *f = fopen (path, "rb");
  if (!f)
    {
      fprintf (stderr, "bench_report: %s: %s (run from the source root)\n",
               path, strerror (errno));
      exit (66);
    }
  fseek (f, 0, SEEK_END);
  long size = ftell (f);
  fseek (f, 0, SEEK_SET);
  char *text = sp_xmalloc ((size_t) size + 1);
  size_t got = fread (text, 1, (size_t) size, f);
  text[got] = '\0';
  fclose (f);
  return text;
}

/* The member NAME of O, a path relative to the pilot's folder, made
   absolute from the working directory CWD.  */
static void
absolute (cJSON *o, const char *name, const char *cwd)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (o, name);
  if (!cJSON_IsString (v))
    return;
  char *path = sp_xasprintf ("%s/" PILOT_DIR "%s", cwd, v->valuestring);
  cJSON_ReplaceItemInObjectCaseSensitive (o, name, cJSON_CreateString (path));
  free (path);
}

/* The national evaluation file at OUT: the pilot's, with USAGE.  */
static void
write_national (const char *usage, const char *out)
{
  char cwd[4096];
  if (!getcwd (cwd, sizeof cwd))
    exit (70);
  char *text = slurp (PILOT);
  cJSON *e = cJSON_Parse (text);
  free (text);
  if (!e)
    exit (70);
  static const char *const paths[] = { "unit_costs", "outcomes",
                                       "instrument", "proxies", "register",
                                       "transactions" };
  for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
    absolute (e, paths[i], cwd);
  cJSON *sc = cJSON_GetObjectItemCaseSensitive (e, "scenarios");
  cJSON *first = cJSON_GetArrayItem (sc, 0);
  if (cJSON_IsString (first))
    {
      char *path = sp_xasprintf ("%s/" PILOT_DIR "%s", cwd,
                                 first->valuestring);
      cJSON_ReplaceItemInArray (sc, 0, cJSON_CreateString (path));
      free (path);
    }
  cJSON_ReplaceItemInObjectCaseSensitive (e, "usage",
                                          cJSON_CreateString (usage));
  char *json = cJSON_Print (e);
  FILE *f = fopen (out, "w");
  if (!f || fputs (json, f) < 0 || fclose (f) != 0)
    {
      perror (out);
      exit (73);
    }
  free (json);
  cJSON_Delete (e);
}

/* Remove the report folder DIR before a run (it holds a few files and
   one level of folders).  */
static void
remove_report (void *dir)
{
  char *cmd = sp_xasprintf ("rm -rf '%s'", (const char *) dir);
  if (system (cmd) != 0)
    fprintf (stderr, "bench_report: could not remove %s\n",
             (const char *) dir);
  free (cmd);
}

/* RUNS reports of EVAL into DIR with socialprofit EXE.  */
static void
series (const char *what, const char *exe, const char *eval, char *dir,
        int runs)
{
  char *argv[] = { (char *) exe, "report", (char *) eval, "--out", dir,
                   "--bootstrap", "10000", NULL };
  bench_series (what, NULL, NULL, argv, runs, 0, remove_report, dir);
  remove_report (dir);
}

int
main (int argc, char **argv)
{
  int runs, with_savings = 0;
  const char *usage;
  /* --savings is this benchmark's own; the rest are bench_args'.  */
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--savings") == 0)
      {
        with_savings = 1;
        memmove (argv + i, argv + i + 1, (size_t) (argc - i) * sizeof *argv);
        argc--;
        i--;
      }
  bench_args (argc, argv, &runs, &usage);

  char *self = sp_xstrdup (argv[0]);
  char *dir = dirname (self);
  const char *tmp = getenv ("TMPDIR") ? getenv ("TMPDIR") : "/tmp";
  char *work = sp_xasprintf ("%s/sp-bench-report-%ld", tmp, (long) getpid ());
  if (mkdir (work, 0700) != 0)
    {
      perror (work);
      return 73;
    }
  char *generated = NULL;
  if (!usage)
    {
      generated = sp_xasprintf ("%s/national-usage.csv", work);
      bench_generate_usage (dir, generated);
      usage = generated;
    }
  char *eval = sp_xasprintf ("%s/national.json", work);
  write_national (usage, eval);
  char *exe = sp_xasprintf ("%s/../cmd/socialprofit", dir);
  char *out = sp_xasprintf ("%s/out", work);

  bench_print_processor ();
  printf ("national: %s with the usage of %s; B = 10,000; %d runs each\n\n",
          PILOT, usage, runs);
  series ("national", exe, eval, out, runs);
  series ("pilot", exe, PILOT, out, runs);
  /* The savings alone by BCa, for the side by side with SciPy
     (bench/scipy_bootstrap.py), when asked for.  */
  if (with_savings)
    {
      char *costs = sp_xasprintf ("proxies/unit-costs/east-lancs-2018.csv");
      char *savings[] = { exe, "savings", "--usage", (char *) usage,
                          "--unit-costs", costs, "--bootstrap", "10000",
                          "--ci-method", "bca", "--format", "json", NULL };
      bench_series ("savings", NULL, NULL, savings, runs, 0, NULL, NULL);
      free (costs);
    }

  unlink (eval);
  if (generated)
    unlink (generated);
  rmdir (work);
  free (out);
  free (exe);
  free (eval);
  free (generated);
  free (work);
  free (self);
  return 0;
}
