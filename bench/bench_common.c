/* bench_common.c -- what the benchmarks share */

#include "bench_common.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now (void)
{
  struct timespec t;
  clock_gettime (CLOCK_MONOTONIC, &t);
  return (double) t.tv_sec + (double) t.tv_nsec * 1e-9;
}

bench_measure
bench_child (void (*in_child) (const char *), const char *arg,
             char *const *argv)
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
      if (in_child)
        in_child (arg);
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
  bench_measure m;
  m.wall = now () - t0;
  m.cpu = (double) ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6
          + (double) ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
  m.rss_mib = (double) ru.ru_maxrss / 1024.0;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      fprintf (stderr, "benchmark: a run failed (status %d)\n", status);
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

double
bench_median (double *v, int n)
{
  qsort (v, (size_t) n, sizeof *v, by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* " (123.4 MB/s)" for MB megabytes in T seconds, or "" without MB.  */
static const char *
rate (double mb, double t, char *buf, size_t size)
{
  if (mb > 0)
    snprintf (buf, size, " (%6.1f MB/s)", mb / t);
  else
    buf[0] = '\0';
  return buf;
}

void
bench_series (const char *what, void (*in_child) (const char *),
              const char *arg, char *const *argv, int runs, double mb,
              void (*prepare) (void *), void *ctx)
{
  double *wall = calloc ((size_t) runs, sizeof *wall);
  double *cpu = calloc ((size_t) runs, sizeof *cpu);
  double *rss = calloc ((size_t) runs, sizeof *rss);
  if (!wall || !cpu || !rss)
    exit (70);
  char a[32], b[32];
  for (int i = 0; i < runs; i++)
    {
      if (prepare)
        prepare (ctx);
      bench_measure m = bench_child (in_child, arg, argv);
      wall[i] = m.wall;
      cpu[i] = m.cpu;
      rss[i] = m.rss_mib;
      printf ("%-9s run %d: wall %7.3f s%s  cpu %7.3f s%s  peak %7.1f MiB\n",
              what, i + 1, m.wall, rate (mb, m.wall, a, sizeof a), m.cpu,
              rate (mb, m.cpu, b, sizeof b), m.rss_mib);
      fflush (stdout);
    }
  double w = bench_median (wall, runs), c = bench_median (cpu, runs);
  double r = bench_median (rss, runs);
  printf ("%-9s MEDIAN of %d: wall %7.3f s%s  cpu %7.3f s%s  peak %7.1f "
          "MiB\n\n", what, runs, w, rate (mb, w, a, sizeof a), c,
          rate (mb, c, b, sizeof b), r);
  free (wall);
  free (cpu);
  free (rss);
}

void
bench_args (int argc, char **argv, int *runs, const char **usage)
{
  *runs = 5;
  *usage = NULL;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
      *runs = atoi (argv[++i]);
    else
      *usage = argv[i];
  if (*runs < 1)
    *runs = 1;
}

void
bench_generate_usage (const char *dir, const char *path)
{
  size_t size = strlen (dir) + sizeof "/gen_usage";
  char *gen = malloc (size);
  if (!gen)
    exit (70);
  snprintf (gen, size, "%s/gen_usage", dir);
  char *gen_argv[] = { gen, (char *) path, NULL };
  printf ("writing the 200,000-participant usage file with %s\n", gen);
  bench_child (NULL, NULL, gen_argv);
  free (gen);
}

void
bench_print_processor (void)
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
