/* bench_bootstrap.c -- how fast is the bootstrap?  (a benchmark, not a
   test: it asserts nothing about time)

   A synthetic cohort of 20,000 participants with ten service lines
   (skewed usage: Poisson counts with gamma-distributed means, before and
   after), priced, turned into contribution rows, and bootstrapped with
   B = 10,000 resamples for a BCa interval of the total saving, on 1 and
   2 threads.  For comparison, bare loops that only draw and add:

     bare, uniform_int   for each resample, n times
                         s += x[gsl_rng_uniform_int (r, n)]
                         (taus2; one generator call and one division per
                         draw): the obvious C loop
     bare, batched draw  the same with bounded_draw.h's batched Lemire
                         draw (the engine's own draw, no statistic)

   Each is run RUNS times (--runs, default 5) and the medians of wall
   and CPU time are printed, with the processor and the load average.
   Then (also alone: --scaling) the cost per resample of the usage
   cohort's six savings figures at 20,000 and 200,000 participants, with
   and without each resample's own standard errors (issue 13: linear in
   participants).  Run it from an optimised build (see bench/README.md):
     meson setup build-bench --buildtype=release
     ninja -C build-bench bench  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "bench_common.h"
#include "boot_intervals.h"
#include "bootstrap_design.h"
#include "bounded_draw.h"
#include "savings_contrib.h"
#include "xalloc.h"

#define N_PEOPLE 20000
#define N_LINES 10
#define B 10000

static double
clock_of (clockid_t id)
{
  struct timespec t;
  clock_gettime (id, &t);
  return (double) t.tv_sec + (double) t.tv_nsec * 1e-9;
}

/* Wall time, and the process's CPU time (all threads): on a busy
   machine the CPU time of a one-thread run is the steadier figure.  */
static double
now (void)
{
  return clock_of (CLOCK_MONOTONIC);
}

static double
cpu (void)
{
  return clock_of (CLOCK_PROCESS_CPUTIME_ID);
}

static void
total_statistic (const double *sums, double *theta, const void *arg)
{
  (void) arg;
  theta[0] = sums[0];
}

/* The synthetic cohort's usage (N participants), priced by COSTS.  */
static void
make_cohort (sp_usage *u, sp_unit_costs *costs, size_t n_people)
{
  static const double unit_cost[N_LINES] = { 328, 202, 3049, 3049, 36,
                                             70, 300, 350, 300, 100 };
  static const double mean_use[N_LINES] = { 1.5, 1.2, 1.0, 6.0, 8.0,
                                            0.5, 0.8, 1.5, 0.3, 0.7 };
  costs->n = N_LINES;
  costs->items = sp_xcalloc (N_LINES, sizeof *costs->items);
  costs->path = NULL;
  memset (u, 0, sizeof *u);
  u->n_participants = n_people;
  u->n_services = N_LINES;
  u->cost_index = sp_xcalloc (N_LINES, sizeof *u->cost_index);
  u->ids = sp_xcalloc (n_people, sizeof *u->ids);
  u->before = sp_xcalloc (n_people * N_LINES, sizeof *u->before);
  u->after = sp_xcalloc (n_people * N_LINES, sizeof *u->after);
  for (size_t s = 0; s < N_LINES; s++)
    {
      costs->items[s].unit_cost = unit_cost[s];
      costs->items[s].category = s < 4 || s == 8 ? SP_CATEGORY_EMERGENCY
                                                 : SP_CATEGORY_PLANNED;
      u->cost_index[s] = s;
    }
  gsl_rng *r = gsl_rng_alloc (gsl_rng_taus2);
  gsl_rng_set (r, 2024);
  for (size_t p = 0; p < n_people; p++)
    {
      u->ids[p] = sp_xasprintf ("P%07zu", p);
      double frailty = gsl_ran_gamma (r, 0.6, 1 / 0.6);
      for (size_t s = 0; s < N_LINES; s++)
        {
          double m = mean_use[s] * frailty;
          u->before[p * N_LINES + s] = gsl_ran_poisson (r, m);
          u->after[p * N_LINES + s] = gsl_ran_poisson (r, 0.6 * m);
        }
    }
  gsl_rng_free (r);
}

/* What one timed job does.  */
typedef struct
{
  const sp_boot_problem *p;  /* a BCa interval of figure 0 of P ... */
  int threads;               /* ... on THREADS threads; or, without P, */
  int bare;                  /* a bare loop: 1 uniform_int, 2 batched */
  const double *x;           /* over these N_PEOPLE values */
  double check;
} job;

static void
do_job (job *j)
{
  if (j->p)
    {
      sp_boot_settings s = { B, 0.95, SP_CI_BCA, 20190101, j->threads,
                             NULL };
      sp_boot_intervals r;
      sp_boot_intervals_compute (j->p, &s, &r);
      j->check += r.ci[0].lower;
      sp_boot_intervals_free (&r);
      return;
    }
  gsl_rng *r = gsl_rng_alloc (gsl_rng_taus2);
  gsl_rng_set (r, 1);
  sp_draw_source src = sp_draw_source_of (r);
  sp_draw_bound bound;
  sp_draw_bound_init (&bound, N_PEOPLE);
  for (size_t b = 0; b < B; b++)
    {
      double s = 0;
      if (j->bare == 1)
        for (size_t i = 0; i < N_PEOPLE; i++)
          s += j->x[gsl_rng_uniform_int (r, N_PEOPLE)];
      else
        for (size_t i = 0; i < N_PEOPLE; i += bound.q)
          {
            uint32_t idx[SP_DRAW_MAX_BATCH];
            unsigned count = N_PEOPLE - i < bound.q ? N_PEOPLE - i : bound.q;
            sp_draw_batch (&src, &bound, count, idx);
            for (unsigned c = 0; c < count; c++)
              s += j->x[idx[c]];
          }
      j->check += s;
    }
  gsl_rng_free (r);
}

/* RUNS runs of J: prints the medians of the wall and CPU times and
   returns them.  */
static void
timed (const char *what, job *j, int runs, double *wall, double *cpu_time)
{
  double w[32], c[32];
  for (int i = 0; i < runs; i++)
    {
      double t0 = now (), c0 = cpu ();
      do_job (j);
      w[i] = now () - t0;
      c[i] = cpu () - c0;
    }
  *wall = bench_median (w, runs);
  *cpu_time = bench_median (c, runs);
  printf ("%-34s %d thread%s  median of %d: wall %7.3f s  cpu %6.3f s  "
          "%7.0f resamples/s\n", what, j->threads, j->threads == 1 ? " " : "s",
          runs, *wall, *cpu_time, B / *wall);
  fflush (stdout);
}


/* Cost per resample against cohort size (issue 13): the usage cohort as
   the intervals section resamples it (a one-part design: four cost
   columns stored, the cohort column fixed; summed by counts from 32,768
   participants), all six savings figures, B_SCALE resamples on one
   thread, METHOD; the median CPU time per resample of RUNS runs.  */
#define B_SCALE 640
static double
per_resample (size_t n, sp_ci_method method, int runs)
{
  sp_usage u;
  sp_unit_costs costs;
  make_cohort (&u, &costs, n);
  double *x = sp_xmalloc (n * SP_SAVINGS_CONTRIB_WIDTH * sizeof *x);
  sp_savings_contributions (&u, &costs, x);
  sp_boot_part part = { n, u.ids, SP_SAVINGS_CONTRIB_WIDTH, x };
  sp_boot_design d;
  sp_boot_design_build (&part, 1, &d);
  double scale = 48;
  sp_boot_problem p = sp_boot_design_problem (&d, sp_savings_statistic,
                                              &scale, SP_SAVINGS_N_FIGURES);
  double t[16];
  for (int r = 0; r < runs; r++)
    {
      double *rep = sp_xmalloc (B_SCALE * SP_SAVINGS_N_FIGURES * sizeof *rep);
      double *se = method == SP_CI_STUDENTIZED
                   ? sp_xmalloc (B_SCALE * SP_SAVINGS_N_FIGURES * sizeof *se)
                   : NULL;
      double c0 = cpu ();
      sp_boot_run_se (&p, B_SCALE, 20190101, 1, NULL, rep, se);
      t[r] = (cpu () - c0) / B_SCALE;
      free (rep);
      free (se);
    }
  double mid = bench_median (t, runs);
  sp_boot_design_free (&d);
  free (x);
  sp_usage_free (&u);
  sp_unit_costs_free (&costs);
  return mid;
}

static void
scaling (void)
{
  printf ("\ncost per resample against participants (one thread, CPU, "
          "median of 5 runs of %d resamples, all six savings figures)\n",
          B_SCALE);
  const sp_ci_method methods[2] = { SP_CI_PERCENTILE, SP_CI_STUDENTIZED };
  for (int m = 0; m < 2; m++)
    {
      double small = per_resample (20000, methods[m], 5);
      double large = per_resample (200000, methods[m], 5);
      printf ("  %-12s 20,000: %7.1f us (%4.2f ns a participant)   "
              "200,000: %8.1f us (%4.2f ns)   ratio %.1f (target <= 12)\n",
              m ? "+ own SE" : "sums only", small * 1e6, small / 20000 * 1e9,
              large * 1e6, large / 200000 * 1e9, large / small);
    }
}

int
main (int argc, char **argv)
{
  int runs = 5;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--scaling") == 0)
      {
        scaling ();
        return 0;
      }
    else if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi (argv[++i]);
  if (runs < 1 || runs > 32)
    runs = 5;
  sp_usage u;
  sp_unit_costs costs;
  make_cohort (&u, &costs, N_PEOPLE);

  /* Contributions: all savings figures (k = 5), and the total saving
     alone (k = 1: each participant's before - after cost).  */
  double *x5 = sp_xmalloc (N_PEOPLE * SP_SAVINGS_CONTRIB_WIDTH
                           * sizeof *x5);
  sp_savings_contributions (&u, &costs, x5);
  double *x1 = sp_xmalloc (N_PEOPLE * sizeof *x1);
  for (size_t p = 0; p < N_PEOPLE; p++)
    {
      const double *row = x5 + p * SP_SAVINGS_CONTRIB_WIDTH;
      x1[p] = 0;
      for (int c = 0; c < SP_N_CATEGORIES; c++)
        x1[p] += row[2 * c] - row[2 * c + 1];
    }

  bench_print_processor ();
  printf ("bootstrap benchmark: %d participants, %d service lines, "
          "B = %d, 95%% BCa\n\n", N_PEOPLE, N_LINES, B);
  sp_boot_problem total = { .x = x1, .n = N_PEOPLE, .k = 1,
                            .statistic = total_statistic, .m = 1 };
  double scale = 48;
  sp_boot_problem all = { .x = x5, .n = N_PEOPLE,
                          .k = SP_SAVINGS_CONTRIB_WIDTH,
                          .statistic = sp_savings_statistic, .arg = &scale,
                          .m = SP_SAVINGS_N_FIGURES };
  job j1 = { &total, 1, 0, NULL, 0 }, j2 = { &total, 2, 0, NULL, 0 };
  job j5 = { &all, 1, 0, NULL, 0 }, j52 = { &all, 2, 0, NULL, 0 };
  job bare = { NULL, 1, 1, x1, 0 }, lemire = { NULL, 1, 2, x1, 0 };
  double t1, c1, t2, c2, t5, c5, tb, cb, tl, cl;
  timed ("total saving (k = 1)", &j1, runs, &t1, &c1);
  timed ("total saving (k = 1)", &j2, runs, &t2, &c2);
  timed ("all 6 savings figures (k = 5)", &j5, runs, &t5, &c5);
  timed ("all 6 savings figures (k = 5)", &j52, runs, &t5, &c5);
  timed ("bare loop, gsl_rng_uniform_int", &bare, runs, &tb, &cb);
  timed ("bare loop, batched Lemire draw", &lemire, runs, &tl, &cl);

  printf ("\n                                              wall    cpu\n");
  printf ("engine (BCa, 1 thread) / bare uniform_int loop: %.2f   %.2f\n",
          t1 / tb, c1 / cb);
  printf ("engine (BCa, 1 thread) / bare batched-draw loop: %.2f   %.2f\n",
          t1 / tl, c1 / cl);
  printf ("speed-up on 2 threads (wall): %.2f; CPU time on 2 threads / "
          "wall: %.2f (2 = both cores were ours)\n", t1 / t2, c2 / t2);
  printf ("(checksums %g %g)\n", bare.check + lemire.check,
          j1.check + j5.check);
  scaling ();

  free (x1);
  free (x5);
  sp_usage_free (&u);
  sp_unit_costs_free (&costs);
  return 0;
}
