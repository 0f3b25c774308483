/* reliability_doc.c -- how far an interval can be trusted, in the
   results document and in words */

#include "reliability_doc.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "coverage_table.h"
#include "doc.h"
#include "limitations.h"

char *
sp_doc_times_in (double c, char *buf, size_t size)
{
  if (c >= 0.945)
    snprintf (buf, size, "about 19 times in 20");
  else
    snprintf (buf, size, "about %d times in 10", (int) floor (c * 10 + 0.5));
  return buf;
}

/* The study's row for a cohort of N: the largest simulated size at or
   below N (coverage grows with size, so this errs on the side of
   saying too little).  -1 below the smallest.  */
static int
size_row (size_t n)
{
  const sp_coverage_study *st = &sp_coverage_study_run;
  int z = -1;
  for (int i = 0; i < SP_COVERAGE_N_SIZES; i++)
    if (st->sizes[i] <= n)
      z = i;
  return z;
}

/* "1,204" into BUF.  */
static char *
count_words (size_t n, char *buf, size_t size)
{
  char plain[32];
  snprintf (plain, sizeof plain, "%zu", n);
  size_t len = strlen (plain), at = 0;
  for (size_t i = 0; i < len && at + 2 < size; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        buf[at++] = ',';
      buf[at++] = plain[i];
    }
  buf[at] = '\0';
  return buf;
}

/* The coverage object and its sentence into TEXT (SIZE bytes, appended);
   nothing when the study does not apply.  */
static void
coverage (cJSON *entry, const sp_ci *ci, const sp_reliability *rel,
          int ratio, char *text, size_t size)
{
  const sp_coverage_study *st = &sp_coverage_study_run;
  /* A figure of several data sets by its smallest (reliability.h).  */
  size_t n = rel->smallest < rel->participants ? rel->smallest
                                               : rel->participants;
  int z = size_row (n);
  if (!ci->defined || rel->withheld || z < 0
      || fabs (ci->level - 0.95) > 1e-9 || ci->method >= SP_CI_N_METHODS)
    {
      cJSON_AddNullToObject (entry, "simulated_coverage");
      if (ci->defined && !rel->withheld && fabs (ci->level - 0.95) > 1e-9)
        {
          size_t len = strlen (text);
          snprintf (text + len, size - len,
                    " The coverage study simulated 95%% intervals only, so "
                    "it says nothing about this %g%% one.",
                    ci->level * 100.0);
        }
      return;
    }
  const double *row = st->coverage[ratio ? 1 : 0][ci->method][z];
  int lo = 0, hi = 0;
  for (int d = 1; d < SP_COVERAGE_N_POPULATIONS; d++)
    {
      if (row[d] < row[lo])
        lo = d;
      if (row[d] > row[hi])
        hi = d;
    }
  cJSON *o = cJSON_AddObjectToObject (entry, "simulated_coverage");
  cJSON_AddNumberToObject (o, "participants", (double) st->sizes[z]);
  cJSON_AddStringToObject (o, "statistic", ratio ? "ratio" : "total");
  cJSON_AddStringToObject (o, "method", sp_ci_method_name (ci->method));
  cJSON_AddNumberToObject (o, "lowest", row[lo]);
  cJSON_AddNumberToObject (o, "highest", row[hi]);
  cJSON_AddStringToObject (o, "lowest_population", st->populations[lo]);
  char study[160];
  snprintf (study, sizeof study,
            "bench/coverage_study: seed %lu, %zu cohorts a cell, %zu "
            "resamples, run %s", st->seed, st->cohorts, st->resamples,
            st->date);
  cJSON_AddStringToObject (o, "study", study);

  char how[96], n_fig[32], n_sim[32], where[192];
  int t_lo = (int) floor (row[lo] * 10 + 0.5);
  int t_hi = (int) floor (row[hi] * 10 + 0.5);
  if (row[lo] >= 0.945 || (row[hi] < 0.945 && t_lo == t_hi))
    sp_doc_times_in (row[lo], how, sizeof how);
  else if (row[hi] < 0.945)
    snprintf (how, sizeof how, "between %d and %d times in 10", t_lo, t_hi);
  else
    snprintf (how, sizeof how, "between %d times in 10 and 19 times in 20",
              t_lo);
  count_words (st->sizes[z], n_sim, sizeof n_sim);
  count_words (n, n_fig, sizeof n_fig);
  const char *of = n < rel->participants ? " in its smallest data set" : "";
  if (n == st->sizes[z])
    snprintf (where, sizeof where, "from %s participants", n_sim);
  else if (z == SP_COVERAGE_N_SIZES - 1)
    snprintf (where, sizeof where,
              "from %s participants (the largest size simulated; this "
              "figure has %s%s)", n_sim, n_fig, of);
  else
    snprintf (where, sizeof where,
              "from %s participants (the simulated size next below this "
              "figure's %s%s)", n_sim, n_fig, of);
  size_t len = strlen (text);
  snprintf (text + len, size - len,
            " In simulation, nominal 95%% intervals made this way (%s, for "
            "a %s) %s covered the true value %s (%.0f%% to %.0f%% of "
            "simulated cohorts, least often with %s).",
            sp_ci_method_name (ci->method), ratio ? "ratio" : "total", where,
            how, 100.0 * row[lo], 100.0 * row[hi], st->populations[lo]);
}

void
sp_doc_add_reliability (cJSON *entry, const sp_ci *ci,
                        const sp_reliability *rel, int ratio)
{
  cJSON_AddNumberToObject (entry, "participants", (double) rel->participants);
  int several = rel->smallest < rel->participants;
  if (several)
    cJSON_AddNumberToObject (entry, "smallest_data_set",
                             (double) rel->smallest);
  cJSON_AddStringToObject (entry, "reliability", rel->low ? "low" : "ok");
  sp_doc_number (entry, "top_two_share", rel->top_two_share,
                 rel->share_defined);
  char text[1024], n[32], least[32];
  count_words (rel->participants, n, sizeof n);
  count_words (rel->smallest, least, sizeof least);
  if (rel->withheld && several)
    snprintf (text, sizeof text,
              "No interval: the figure rests on %s participants in all but "
              "only %s in its smallest data set, and an interval from fewer "
              "than %d would look precise while meaning little.",
              n, least, SP_INTERVAL_MIN_PARTICIPANTS);
  else if (rel->withheld)
    snprintf (text, sizeof text,
              "No interval: the figure rests on %s participant%s, and an "
              "interval from fewer than %d would look precise while meaning "
              "little.",
              n, rel->participants == 1 ? "" : "s",
              SP_INTERVAL_MIN_PARTICIPANTS);
  else
    {
      /* The share in words is rounded to 10%, as disclosure control
         rounds top_two_share and influence's shares in published
         output: the text must not give back what the number hides.  */
      char share[160] = "", about[32];
      double tenths = 10.0 * floor (rel->top_two_share * 10.0 + 0.5);
      if (tenths > 0)
        snprintf (about, sizeof about, "about %.0f%%", tenths);
      else
        snprintf (about, sizeof about, "less than 5%%");
      if (rel->share_defined && !ratio)
        snprintf (share, sizeof share,
                  "; the two who count most carry %s of it", about);
      else if (rel->share_defined)
        snprintf (share, sizeof share,
                  "; leaving out the two who count most, one at a time, "
                  "moves it by %s of its value in all", about);
      char small[48] = "";
      if (rel->small)
        snprintf (small, sizeof small, " (fewer than %d)", SP_LIMIT_SMALL);
      if (several)
        snprintf (text, sizeof text,
                  "Reliability %s: %s participants in all, %s%s in its "
                  "smallest data set%s%s.",
                  rel->low ? "low" : "ok", n, rel->small ? "only " : "",
                  least, small, share);
      else
        snprintf (text, sizeof text,
                  "Reliability %s: %s%s participants%s%s.",
                  rel->low ? "low" : "ok", rel->small ? "only " : "", n,
                  small, share);
    }
  coverage (entry, ci, rel, ratio, text, sizeof text);
  cJSON_AddStringToObject (entry, "reliability_text", text);
}
