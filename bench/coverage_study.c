/* coverage_study.c -- how often socialprofit's bootstrap intervals cover
   the true value (issue 9 §3): a simulation the project owns, not a test

   Usage: coverage_study [--cohorts C] [--resamples B] [--seed S]
                         [--threads T] [--markdown FILE] [--c-table FILE]

   For each of four populations, each cohort size n and each of C
   cohorts (default 1,000) it draws a cohort of n participants, each a
   baseline cost b and an after cost a, and asks socialprofit's bootstrap
   (analysis/boot_intervals.h, the code the tool runs; B = 2,000
   resamples by default, 95%) for the interval of two figures:

     total  sum b               true value n E[b]
     ratio  sum (b - a) / sum b the saving rate; true value 1 - E[w]

   with a = w b, w ~ Beta(2, 3) (mean 0.4) independent of b, so the true
   saving rate is 0.6 for every population.  Populations of b:

     lognormal-1   exp(N(0, 1)), mean e^0.5
     lognormal-2   exp(N(0, 2^2)), mean e^2 (very skewed)
     zero-gamma    0 with probability 0.4, else Gamma(shape 0.6,
                   scale 1 / 0.6): mean 0.6 (many non-users)
     pilot-like    a mixture: 90% light users Gamma(2, scale 0.5) (mean
                   1), 10% heavy users Gamma(2, scale 25) (mean 50), who
                   carry 85% of the total, as two of the pilot's 22 carry
                   most of its saving; mean 5.9

   and n = 5, 10, 22, 50, 200.  Every method is run on the same resamples
   of a cohort (the same bootstrap seed): percentile, basic, BCa and
   studentized.  A cohort whose figure is undefined (every b = 0) is
   left out of that figure's cell and counted.  Prints, per statistic,
   population, n and method, the share of cohorts whose interval
   contains the true value (coverage; its Monte Carlo standard error is
   sqrt (c (1 - c) / C), about 0.7 points at 95% and C = 1,000), and the
   median and mean width over the true value (the mean is pulled far up
   by a few very wide intervals, the median is the typical one).

   Every cohort has its own generator (GSL's taus2) seeded from the run
   seed, the cell and the cohort's index, and its own bootstrap seed, so
   the numbers are the same for any thread count.  --markdown writes the
   table of docs/methods/bootstrap.md; --c-table writes the C source that
   results/coverage_table.c is (the seed, resamples, cohorts and date
   included), which the results layer reads to say in words what the
   study measured at a figure's cohort size.  */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include "boot_intervals.h"
#include "parallel.h"
#include "xalloc.h"

enum
{
  N_DIST = 4,
  N_SIZE = 5,
  N_STAT = 2,
  N_METHOD = SP_CI_N_METHODS
};

static const char *const dist_name[N_DIST]
  = { "lognormal-1", "lognormal-2", "zero-gamma", "pilot-like" };
/* In words, after "least often with" (reliability_doc.c).  */
static const char *const dist_words[N_DIST]
  = { "moderately skewed data (lognormal, sigma 1)",
      "very skewed data (lognormal, sigma 2)",
      "many zeros (zero-inflated gamma)",
      "a few heavy users (10% carrying 85%, like the pilot)" };
static const size_t sizes[N_SIZE] = { 5, 10, 22, 50, 200 };
static const char *const stat_name[N_STAT] = { "total", "ratio" };

/* The mean of each population's b.  */
static double
dist_mean (int d)
{
  switch (d)
    {
    case 0:
      return exp (0.5);
    case 1:
      return exp (2.0);
    case 2:
      return 0.6 * 0.6 * (1.0 / 0.6);
    default:
      return 0.9 * 1.0 + 0.1 * 50.0;
    }
}

static double
draw_b (gsl_rng *r, int d)
{
  switch (d)
    {
    case 0:
      return exp (gsl_ran_gaussian (r, 1.0));
    case 1:
      return exp (gsl_ran_gaussian (r, 2.0));
    case 2:
      return gsl_rng_uniform (r) < 0.4 ? 0.0
                                       : gsl_ran_gamma (r, 0.6, 1.0 / 0.6);
    default:
      return gsl_rng_uniform (r) < 0.1 ? gsl_ran_gamma (r, 2.0, 25.0)
                                       : gsl_ran_gamma (r, 2.0, 0.5);
    }
}

/* The two figures from the sums of [b, a].  */
static void
figures (const double *sums, double *theta, const void *arg)
{
  (void) arg;
  theta[0] = sums[0];
  theta[1] = sums[0] != 0.0 ? (sums[0] - sums[1]) / sums[0] : NAN;
}

/* One cell's tallies for one statistic and method.  */
typedef struct
{
  long cohorts;             /* with a defined figure and interval */
  long covered;
  double width;             /* sum of width / true value */
  double median;            /* median width / true value */
  long undefined;           /* cohorts without an interval */
} tally;

/* Everything the run shares.  */
typedef struct
{
  unsigned long seed;
  size_t cohorts;
  size_t resamples;
  /* Per cell (d, size), cohort, statistic and method: 0 missed, 1
     covered, -1 no interval; and the width.  */
  signed char *hit;
  double *width;
} study;

static size_t
slot (const study *st, int d, int z, size_t c, int s, int m)
{
  return ((((size_t) d * N_SIZE + (size_t) z) * st->cohorts + c) * N_STAT
          + (size_t) s)
           * N_METHOD
         + (size_t) m;
}

static void *
no_scratch (void *arg)
{
  (void) arg;
  return gsl_rng_alloc (gsl_rng_taus2);
}

static void
free_scratch (void *s)
{
  gsl_rng_free (s);
}

/* Block = one cohort of one cell: draw it, bootstrap it four ways.  */
static void
one_cohort (size_t block, void *scratch, void *arg)
{
  study *st = arg;
  gsl_rng *r = scratch;
  size_t c = block % st->cohorts, cell = block / st->cohorts;
  int d = (int) (cell / N_SIZE), z = (int) (cell % N_SIZE);
  size_t n = sizes[z];
  gsl_rng_set (r, (unsigned long) sp_splitmix64 (st->seed * 1000003u
                                                  + block));
  double x[2 * 200];
  for (size_t i = 0; i < n; i++)
    {
      double b = draw_b (r, d);
      x[2 * i] = b;
      x[2 * i + 1] = b * gsl_ran_beta (r, 2.0, 3.0);
    }
  double truth[N_STAT] = { (double) n * dist_mean (d), 0.6 };
  sp_boot_problem p = { .x = x, .n = n, .k = 2, .statistic = figures,
                        .m = N_STAT };
  for (int m = 0; m < N_METHOD; m++)
    {
      sp_boot_settings s = { st->resamples, 0.95, (sp_ci_method) m,
                             (unsigned long) (block + 1), 1, NULL };
      sp_boot_intervals res;
      sp_boot_intervals_compute (&p, &s, &res);
      for (int f = 0; f < N_STAT; f++)
        {
          const sp_ci *ci = &res.ci[f];
          size_t at = slot (st, d, z, c, f, m);
          if (!ci->defined)
            {
              st->hit[at] = -1;
              continue;
            }
          st->hit[at] = ci->lower <= truth[f] && truth[f] <= ci->upper;
          st->width[at] = (ci->upper - ci->lower) / truth[f];
        }
      sp_boot_intervals_free (&res);
    }
}

static tally
count (const study *st, int d, int z, int s, int m)
{
  tally t = { 0, 0, 0.0, NAN, 0 };
  double *w = sp_xcalloc (st->cohorts, sizeof *w);
  for (size_t c = 0; c < st->cohorts; c++)
    {
      size_t at = slot (st, d, z, c, s, m);
      if (st->hit[at] < 0)
        {
          t.undefined++;
          continue;
        }
      w[t.cohorts++] = st->width[at];
      t.covered += st->hit[at];
      t.width += st->width[at];
    }
  if (t.cohorts)
    {
      gsl_sort (w, 1, (size_t) t.cohorts);
      t.median = gsl_stats_median_from_sorted_data (w, 1, (size_t) t.cohorts);
    }
  free (w);
  return t;
}

static double
coverage (tally t)
{
  return t.cohorts ? (double) t.covered / (double) t.cohorts : NAN;
}

static void
print_table (FILE *out, const study *st, int markdown)
{
  for (int s = 0; s < N_STAT; s++)
    {
      if (markdown)
        fprintf (out,
                 "\n**%s** (%s): coverage of nominal 95%% intervals; "
                 "median width / true value (mean width)\n\n"
                 "| population | n | percentile | basic | BCa | "
                 "studentized |\n| --- | ---: | --- | --- | --- | --- |\n",
                 s == 0 ? "Total" : "Ratio",
                 s == 0 ? "sum b" : "saving rate sum (b - a) / sum b");
      else
        fprintf (out, "\n%s: coverage, median (mean) width / true\n"
                 "%-12s %4s",
                 stat_name[s], "population", "n");
      if (!markdown)
        {
          for (int m = 0; m < N_METHOD; m++)
            fprintf (out, "  %-24s", sp_ci_method_name ((sp_ci_method) m));
          fputc ('\n', out);
        }
      for (int d = 0; d < N_DIST; d++)
        for (int z = 0; z < N_SIZE; z++)
          {
            fprintf (out, markdown ? "| %s | %zu |" : "%-12s %4zu",
                     dist_name[d], sizes[z]);
            long undefined = 0;
            for (int m = 0; m < N_METHOD; m++)
              {
                tally t = count (st, d, z, s, m);
                undefined += t.undefined;
                double w = t.cohorts ? t.width / (double) t.cohorts : NAN;
                fprintf (out, markdown ? " %.1f%% · %.2f (%.3g) |"
                                       : "  %5.1f%% %5.2f (%9.3g)",
                         100.0 * coverage (t), t.median, w);
              }
            if (undefined)
              fprintf (out, markdown ? " %ld without an interval" : "  [%ld "
                       "without an interval]", undefined);
            fputc ('\n', out);
          }
    }
}

/* The results layer's table (results/coverage_table.c).  */
static void
write_c_table (FILE *out, const study *st, const char *date)
{
  fprintf (out,
           "/* coverage_table.c -- GENERATED by bench/coverage_study "
           "(do not edit by hand):\n"
           "     ./build-bench/bench/coverage_study --seed %lu --cohorts %zu "
           "--resamples %zu \\\n"
           "       --c-table results/coverage_table.c\n"
           "   run on %s.  The share of simulated cohorts whose nominal 95%%\n"
           "   interval covered the true value, per statistic (total, "
           "ratio), method\n"
           "   (percentile, basic, bca, studentized), cohort size and "
           "population; see\n"
           "   bench/coverage_study.c and docs/methods/bootstrap.md.  */\n\n"
           "#include \"coverage_table.h\"\n\n",
           st->seed, st->cohorts, st->resamples, date);
  fprintf (out, "const sp_coverage_study sp_coverage_study_run = {\n"
                "  %lu, %zu, %zu, \"%s\",\n  { ",
           st->seed, st->cohorts, st->resamples, date);
  for (int z = 0; z < N_SIZE; z++)
    fprintf (out, "%zu%s", sizes[z], z + 1 < N_SIZE ? ", " : " },\n  { ");
  for (int d = 0; d < N_DIST; d++)
    fprintf (out, "\"%s\"%s", dist_words[d],
             d + 1 < N_DIST ? ",\n    " : " },\n  {\n");
  for (int s = 0; s < N_STAT; s++)
    {
      fprintf (out, "    { /* %s */\n", stat_name[s]);
      for (int m = 0; m < N_METHOD; m++)
        {
          fprintf (out, "      { /* %s */\n",
                   sp_ci_method_name ((sp_ci_method) m));
          for (int z = 0; z < N_SIZE; z++)
            {
              fprintf (out, "        { ");
              for (int d = 0; d < N_DIST; d++)
                fprintf (out, "%.4f%s", coverage (count (st, d, z, s, m)),
                         d + 1 < N_DIST ? ", " : "");
              fprintf (out, " }, /* n = %zu */\n", sizes[z]);
            }
          fprintf (out, "      },\n");
        }
      fprintf (out, "    },\n");
    }
  fprintf (out, "  }\n};\n");
}

int
main (int argc, char **argv)
{
  study st = { 20250101, 1000, 2000, NULL, NULL };
  int threads = 0;
  const char *markdown = NULL, *c_table = NULL;
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
      if (!v)
        goto usage;
      if (strcmp (a, "--cohorts") == 0)
        st.cohorts = (size_t) strtoul (v, NULL, 10);
      else if (strcmp (a, "--resamples") == 0)
        st.resamples = (size_t) strtoul (v, NULL, 10);
      else if (strcmp (a, "--seed") == 0)
        st.seed = strtoul (v, NULL, 10);
      else if (strcmp (a, "--threads") == 0)
        threads = atoi (v);
      else if (strcmp (a, "--markdown") == 0)
        markdown = v;
      else if (strcmp (a, "--c-table") == 0)
        c_table = v;
      else
        goto usage;
      i++;
    }
  if (st.cohorts < 1 || st.resamples < 2)
    goto usage;
  size_t cells = (size_t) N_DIST * N_SIZE * st.cohorts;
  st.hit = sp_xcalloc (cells * N_STAT * N_METHOD, 1);
  st.width = sp_xcalloc (cells * N_STAT * N_METHOD, sizeof *st.width);
  sp_parallel_blocks (cells, threads, no_scratch, one_cohort, free_scratch,
                      &st);
  char date[32];
  time_t now = time (NULL);
  strftime (date, sizeof date, "%Y-%m-%d", gmtime (&now));
  printf ("coverage study: %zu cohorts per cell, B = %zu, seed %lu, %s\n",
          st.cohorts, st.resamples, st.seed, date);
  print_table (stdout, &st, 0);
  if (markdown)
    {
      FILE *f = fopen (markdown, "w");
      if (!f)
        {
          perror (markdown);
          return 73;
        }
      fprintf (f, "Measured %s: %zu cohorts per cell, B = %zu resamples, "
                  "seed %lu (`bench/coverage_study`).\n",
               date, st.cohorts, st.resamples, st.seed);
      print_table (f, &st, 1);
      fclose (f);
    }
  if (c_table)
    {
      FILE *f = fopen (c_table, "w");
      if (!f)
        {
          perror (c_table);
          return 73;
        }
      write_c_table (f, &st, date);
      fclose (f);
    }
  free (st.hit);
  free (st.width);
  return 0;

usage:
  fprintf (stderr, "usage: coverage_study [--cohorts C] [--resamples B] "
                   "[--seed S] [--threads T] [--markdown FILE] "
                   "[--c-table FILE]\n");
  return 64;
}
