/* term_progress.c -- a progress line on standard error (see
   term_progress.h) */

#include "term_progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

/* The line: "STEP [########----------]  40%  12s left".  */
#define BAR 24

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

static void
draw (sp_term_progress *t, size_t done, size_t total, double at)
{
  double frac = total ? (double) done / (double) total : 1.0;
  int filled = (int) (frac * BAR + 0.5);
  char bar[BAR + 1];
  for (int i = 0; i < BAR; i++)
    bar[i] = i < filled ? '#' : '-';
  bar[BAR] = '\0';
  char left[32] = "";
  double elapsed = at - t->start;
  if (frac > 0.0 && frac < 1.0)
    {
      long s = (long) (elapsed / frac - elapsed + 0.5);
      if (s >= 60)
        snprintf (left, sizeof left, "  %ldm%02lds left", s / 60, s % 60);
      else
        snprintf (left, sizeof left, "  %lds left", s);
    }
  int w = fprintf (stderr, "\r%s [%s] %3d%%%s", t->step, bar,
                   (int) (frac * 100.0), left);
  /* blank what a longer earlier line left behind */
  if (w < t->width)
    fprintf (stderr, "%*s", t->width - w, "");
  if (w > t->width)
    t->width = w;
  fflush (stderr);
  t->last = at;
}

static void
tick (void *arg, size_t done, size_t total)
{
  sp_term_progress *t = arg;
  double at = now ();
  if (t->expected < 1.0 && at - t->start < 1.0)
    return;
  if (t->last > 0.0 && at - t->last < 0.1 && done < total)
    return;
  draw (t, done, total, at);
}

void
sp_term_progress_init (sp_term_progress *t, int quiet)
{
  t->cb.fn = tick;
  t->cb.arg = t;
  t->enabled = !quiet && isatty (STDERR_FILENO);
  t->step[0] = '\0';
  t->expected = 0.0;
  t->start = 0.0;
  t->last = 0.0;
  t->width = 0;
}

const sp_work_progress *
sp_term_progress_start (sp_term_progress *t, const char *step,
                        double expected)
{
  if (!t->enabled)
    return NULL;
  snprintf (t->step, sizeof t->step, "%s", step);
  t->expected = expected;
  t->start = now ();
  t->last = 0.0;
  t->width = 0;
  return &t->cb;
}

void
sp_term_progress_end (sp_term_progress *t)
{
  if (t->enabled && t->width > 0)
    {
      fprintf (stderr, "\r%*s\r", t->width, "");
      fflush (stderr);
    }
  t->width = 0;
  t->last = 0.0;
}

/* Fitted to CPU times measured on one core of the development machine
   (x86-64): the pilot's savings (22 rows, 5 columns) take about 1
   microsecond a resample, a draw costing about as much as adding 8
   columns; a simulation of a five-year rollout about 1.1 microseconds.
   A rough guide for whether to show a line, never a promise.  */
double
sp_term_progress_boot_seconds (size_t b, size_t n, size_t k)
{
  return (double) b * (double) n * ((double) k + 8.0) * 3e-9;
}

double
sp_term_progress_psa_seconds (size_t n)
{
  return (double) n * 1.2e-6;
}
