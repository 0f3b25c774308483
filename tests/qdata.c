/* qdata.c -- a constructed programme for the quarterly tests */

#include "qdata.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "cli.h"
#include "xalloc.h"

/* A small deterministic generator (numbers only need to vary).  */
typedef struct
{
  uint64_t s;
} rng;

static unsigned
next (rng *r)
{
  r->s = r->s * 6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned) (r->s >> 33);
}

/* A whole number from LO to HI.  */
static int
between (rng *r, int lo, int hi)
{
  return lo + (int) (next (r) % (unsigned) (hi - lo + 1));
}

/* True with probability P.  */
static int
chance (rng *r, double p)
{
  return (next (r) % 10000) < (unsigned) (p * 10000);
}

/* Day number (days since 1970-01-01) of the ISO date S.  */
static long
day_of (const char *s)
{
  struct tm tm = { 0 };
  sscanf (s, "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  tm.tm_hour = 12;
  return (long) (timegm (&tm) / 86400);
}

/* The ISO date of day number DAY into BUF.  */
static const char *
date_of (long day, char *buf)
{
  time_t t = (time_t) day * 86400 + 43200;
  struct tm tm;
  gmtime_r (&t, &tm);
  strftime (buf, 16, "%Y-%m-%d", &tm);
  return buf;
}

static const char *const domains[3] = { "mood", "pain", "safety" };
static const double mins[3] = { 1, 0, 1 }, maxs[3] = { 10, 20, 5 };
static const int higher[3] = { 1, 0, 1 };

void
qdata_scale (const char *domain, double *min, double *max, int *hi)
{
  for (int d = 0; d < 3; d++)
    if (strcmp (domain, domains[d]) == 0)
      {
        *min = mins[d];
        *max = maxs[d];
        *hi = higher[d];
        return;
      }
  fail_msg ("unknown domain %s", domain);
}

/* Append to the growing text *BUF.  */
static void
add (char **buf, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *more = sp_xvasprintf (fmt, ap);
  va_end (ap);
  char *joined = sp_xasprintf ("%s%s", *buf ? *buf : "", more);
  free (*buf);
  free (more);
  *buf = joined;
}

static void
put (const char *dir, const char *name, char *text)
{
  free (sp_cli_write (dir, name, text));
  free (text);
}

/* The register: 70 people referred from 2019-01-01 over 18 months.  */
static void
write_register (const char *dir, rng *r)
{
  static const char *const statuses[] = {
    "enquiry", "referred", "ineligible", "in_process", "approved", "lost"
  };
  static const int weights[] = { 8, 8, 5, 25, 44, 10 };
  char *t = NULL;
  add (&t, "participant_id,status,segment,budget_annual,integrated,pas,"
           "referral_date,approved_date\n");
  long first = day_of ("2019-01-01");
  for (int i = 1; i <= 70; i++)
    {
      int w = between (r, 1, 100), s = 0;
      while (w > weights[s])
        w -= weights[s++];
      const char *status = statuses[s];
      int live = s == 3 || s == 4;
      long referral = first + between (r, 0, 545);
      char rd[16] = "", ad[16] = "";
      if (s != 0)
        date_of (referral, rd);
      if (live && chance (r, 0.85))
        date_of (referral + between (r, 0, 120), ad);
      char budget[16] = "";
      if (live)
        snprintf (budget, sizeof budget, "%d", between (r, 10000, 50000));
      add (&t, "P%03d,%s,%s,%s,%s,%d,%s,%s\n", i, status,
           chance (r, 0.5) ? "a" : "b", budget,
           chance (r, 0.3) ? "yes" : "no", live ? between (r, 0, 5) : 0, rd,
           ad);
    }
  put (dir, "register.csv", t);
}

static void
write_transactions (const char *dir, rng *r)
{
  static const char *const categories[] = { "pa", "equipment", "activity" };
  char *t = NULL;
  add (&t, "date,participant_id,supplier,category,amount,supplier_local\n");
  long first = day_of ("2019-02-01");
  char d[16];
  for (int i = 0; i < 220; i++)
    add (&t, "%s,P%03d,Supplier %d,%s,%d.%02d,%s\n",
         date_of (first + between (r, 0, 577), d), between (r, 1, 72),
         between (r, 1, 9), categories[between (r, 0, 2)],
         between (r, 10, 2000), between (r, 0, 99),
         chance (r, 0.6) ? "true" : "false");
  put (dir, "transactions.csv", t);
}

/* Outcomes: 30 people at wave 0, each later wave (every 91 days) losing
   about a fifth; each domain answered nine times in ten.  */
static void
write_outcomes (const char *dir, rng *r)
{
  char *t = NULL;
  add (&t, "participant_id,wave,domain,score,date\n");
  char d[16];
  for (int i = 1; i <= 30; i++)
    {
      long start = day_of ("2019-01-07") + between (r, 0, 150);
      for (int w = 0; w <= 4; w++)
        {
          if (w > 0 && chance (r, 0.2))
            break;
          long day = start + 91 * w + between (r, 0, 20);
          for (int k = 0; k < 3; k++)
            {
              if (!chance (r, 0.9))
                continue;
              int lo = (int) mins[k], hi = (int) maxs[k];
              int score = between (r, lo, hi);
              add (&t, "Q%03d,%d,%s,%d,%s\n", i, w, domains[k], score,
                   chance (r, 0.95) ? date_of (day, d) : "");
            }
        }
    }
  put (dir, "outcomes.csv", t);
  t = NULL;
  add (&t, "domain,label,min,max,higher_is_better,source\n");
  for (int k = 0; k < 3; k++)
    add (&t, "%s,Domain %s,%g,%g,%s,test\n", domains[k], domains[k],
         mins[k], maxs[k], higher[k] ? "true" : "false");
  put (dir, "instrument.csv", t);
  t = NULL;
  add (&t, "outcome,label,domain,value,price_year,source,deadweight,"
           "attribution,displacement,drop_off,duration_years\n");
  for (int k = 0; k < 3; k++)
    add (&t, "better_%s,Better %s,%s,%d,2019/20,test,0.1,0.2,0,0.1,2\n",
         domains[k], domains[k], domains[k], 500 * (k + 1));
  put (dir, "proxies.csv", t);
}

/* Usage: 25 people, a 6-month baseline and four 3-month quarters; each
   period observed for most of them.  */
static void
write_usage (const char *dir, rng *r)
{
  static const char *const periods[] = { "baseline", "q1", "q2", "q3",
                                         "q4" };
  static const char *const services[] = { "ae", "gp", "bed" };
  char *t = NULL;
  add (&t, "participant_id,period,service,quantity,months\n");
  for (int i = 1; i <= 25; i++)
    for (int p = 0; p < 5; p++)
      {
        if (!chance (r, p == 0 ? 0.96 : 0.85))
          continue;
        for (int s = 0; s < 3; s++)
          if (s == 0 || chance (r, 0.8))
            add (&t, "U%03d,%s,%s,%d,%d\n", i, periods[p], services[s],
                 between (r, 0, p == 0 ? 8 : 6 - p), p == 0 ? 6 : 3);
      }
  put (dir, "usage.csv", t);
  put (dir, "costs.csv", sp_xstrdup (
    "service,label,unit,unit_cost,category,price_year,source\n"
    "ae,A&E attendance,attendance,310.5,emergency,2019/20,test\n"
    "gp,GP appointment,appointment,39,planned,2019/20,test\n"
    "bed,Bed day,day,412.25,emergency,2019/20,test\n"));
}

static void
write_scenario (const char *dir)
{
  char *t = sp_xasprintf (
    "{ \"name\": \"test-plan\", \"target_phbs\": %g,\n"
    "  \"conversion_rate\": %g,\n"
    "  \"segments\": [ { \"name\": \"all\", \"share\": 1,"
    " \"mean_budget\": 20000, \"pas_per_phb\": 2 } ],\n"
    "  \"advocacy_cost\": 1000, \"review_cost\": 200, \"vat_rate\": 0.2,\n"
    "  \"reviews_per_year\": 1, \"marketplace_fee\": 0.05,\n"
    "  \"savings_rate\": 0.1, \"horizon_years\": 3, \"discount_rate\": 0,\n"
    "  \"ramp\": { \"start\": %g, \"growth\": %g, \"ceiling\": %g,"
    " \"start_month\": \"%s\" },\n"
    "  \"target_date\": \"2020-12\" }\n",
    QDATA_TARGET, QDATA_CONVERSION, QDATA_RAMP_START, QDATA_RAMP_GROWTH,
    QDATA_RAMP_CEILING, QDATA_START_MONTH);
  put (dir, "scenario.json", t);
}

/* "KEY": "VALUE", when VALUE is not NULL.  */
static void
key (char **t, const char *k, const char *v)
{
  if (v)
    add (t, "  \"%s\": \"%s\",\n", k, v);
}

char *
qdata_write (const char *dir, const qdata_spec *spec)
{
  rng r = { spec->seed * 2654435761ULL + 1 };
  write_register (dir, &r);
  write_transactions (dir, &r);
  write_outcomes (dir, &r);
  write_usage (dir, &r);
  write_scenario (dir);
  char *t = NULL;
  add (&t, "{\n");
  key (&t, "programme", spec->programme ? spec->programme : "Test programme");
  key (&t, "area", spec->area ? spec->area : "Test area");
  key (&t, "reporting_period", spec->reporting_period);
  key (&t, "period_start", spec->period_start);
  key (&t, "period_end", spec->period_end);
  if (spec->periods)
    add (&t, "  \"periods\": %s,\n", spec->periods);
  else
    add (&t, "  \"before\": \"baseline\", \"after\": \"q4\",\n");
  add (&t, "  \"usage\": \"usage.csv\", \"unit_costs\": \"costs.csv\",\n"
           "  \"outcomes\": \"outcomes.csv\", \"instrument\": "
           "\"instrument.csv\",\n"
           "  \"proxies\": \"proxies.csv\", \"baseline_wave\": 0,\n"
           "  \"register\": \"register.csv\", \"transactions\": "
           "\"transactions.csv\",\n"
           "  \"local_respend\": 0.3,\n"
           "  \"scenarios\": [\"scenario.json\"]\n}\n");
  char *path = sp_cli_write (dir, "evaluation.json", t);
  free (t);
  return path;
}

void
qcsv_read (const char *dir, const char *name, qcsv *t)
{
  memset (t, 0, sizeof *t);
  char *path = sp_xasprintf ("%s/%s", dir, name);
  char *text = sp_cli_read (path, NULL);
  free (path);
  char *save = NULL;
  for (char *line = strtok_r (text, "\n", &save); line;
       line = strtok_r (NULL, "\n", &save))
    {
      /* Split on commas, keeping empty cells.  */
      size_t n = 1;
      for (char *c = line; *c; c++)
        n += *c == ',';
      char **cells = sp_xcalloc (n, sizeof *cells);
      char *start = line;
      for (size_t k = 0; k < n; k++)
        {
          char *comma = strchr (start, ',');
          if (comma)
            *comma = '\0';
          cells[k] = sp_xstrdup (start);
          start = comma ? comma + 1 : start + strlen (start);
        }
      if (!t->header)
        {
          t->header = cells;
          t->n_cols = n;
          continue;
        }
      assert_int_equal (n, t->n_cols);
      t->rows = realloc (t->rows, (t->n_rows + 1) * sizeof *t->rows);
      t->rows[t->n_rows++] = cells;
    }
  free (text);
}

const char *
qcsv_cell (const qcsv *t, size_t r, const char *name)
{
  for (size_t k = 0; k < t->n_cols; k++)
    if (strcmp (t->header[k], name) == 0)
      return t->rows[r][k];
  return "";
}

void
qcsv_free (qcsv *t)
{
  for (size_t r = 0; r < t->n_rows; r++)
    {
      for (size_t k = 0; k < t->n_cols; k++)
        free (t->rows[r][k]);
      free (t->rows[r]);
    }
  for (size_t k = 0; k < t->n_cols; k++)
    free (t->header[k]);
  free (t->header);
  free (t->rows);
  memset (t, 0, sizeof *t);
}

/* The annualised cost of participant ID in PERIOD from the usage rows
   USAGE, priced with COSTS; 0 with *OBSERVED 0 when no row names them
   there.  */
static double
cost_of (const qcsv *usage, const qcsv *costs, const char *id,
         const char *period, int *observed)
{
  double total = 0;
  *observed = 0;
  for (size_t i = 0; i < usage->n_rows; i++)
    {
      if (strcmp (qcsv_cell (usage, i, "participant_id"), id) != 0
          || strcmp (qcsv_cell (usage, i, "period"), period) != 0)
        continue;
      *observed = 1;
      double unit = -1;
      for (size_t c = 0; c < costs->n_rows; c++)
        if (strcmp (qcsv_cell (costs, c, "service"),
                    qcsv_cell (usage, i, "service")) == 0)
          unit = atof (qcsv_cell (costs, c, "unit_cost"));
      assert_true (unit >= 0);
      total += atof (qcsv_cell (usage, i, "quantity")) * 12
               / atof (qcsv_cell (usage, i, "months")) * unit;
    }
  return total;
}

void
qdata_cohort_costs (const char *dir, const char *baseline,
                    const char *period, size_t *participants,
                    double *baseline_cost, double *cost)
{
  qcsv usage, costs;
  qcsv_read (dir, "usage.csv", &usage);
  qcsv_read (dir, "costs.csv", &costs);
  *participants = 0;
  *baseline_cost = *cost = 0;
  for (size_t i = 0; i < usage.n_rows; i++)
    {
      /* Each participant once, at their first row.  */
      const char *id = qcsv_cell (&usage, i, "participant_id");
      size_t k = 0;
      while (k < i && strcmp (qcsv_cell (&usage, k, "participant_id"), id))
        k++;
      if (k < i)
        continue;
      int in0, in1;
      double c0 = cost_of (&usage, &costs, id, baseline, &in0);
      double c1 = cost_of (&usage, &costs, id, period, &in1);
      if (!in0 || !in1)
        continue;
      (*participants)++;
      *baseline_cost += c0;
      *cost += c1;
    }
  qcsv_free (&usage);
  qcsv_free (&costs);
}
