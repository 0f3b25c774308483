/* gen_usage.c -- write a national-scale synthetic usage file (for the
   benchmarks; not a test, and not data about anyone)

   Usage: gen_usage [--participants N] [--seed S] [--no-follow-up F]
                    [--by-period] [OUT]

   Writes a usage CSV (participant_id, period, service, quantity, months,
   source) to OUT, or to standard output, priced by the ten services of
   proxies/unit-costs/east-lancs-2018.csv.  The default is the data set
   of issue 13's shape: 200,000 participants, 2,372,837 rows, 122.5 MB
   (the issue measured 2,371,891 rows, 122 MB).

   Shape: each participant has a frailty drawn from a gamma distribution
   (shape 0.6, mean 1), so a few use a great deal and most little; each
   service's count in a period is Poisson with mean = the service's base
   mean x frailty (x its reduction after the plan: emergency services
   0.55, planned 0.9).  A row is written for every service used (count >
   0), and a GP row always (so that everyone present is observed, with
   a quantity of 0 when unused).  A share F (default 0.3) of participants
   have no follow-up: no 'after' rows.  One 'before' window in eight is 6
   months long rather than 12 (its quantities are annualised by the
   reader).  Sources: before rows are recall (record for one in four),
   after rows record.

   Rows are grouped by participant (before, then after), or with
   --by-period all before rows, then all after rows (two extracts
   joined).  The same arguments give the same bytes: the generator is
   GSL's taus2 seeded with S (default 2024).  */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#define N_SERVICES 10

static const struct
{
  const char *name;
  double mean;       /* base mean count a year */
  int emergency;
} services[N_SERVICES] = {
  { "ae_attendance", 0.9, 1 },     { "ambulance_callout", 0.6, 1 },
  { "hospital_admission", 0.35, 1 }, { "hospital_bed_day", 1.6, 1 },
  { "gp_in_hours", 5.0, 0 },       { "gp_out_of_hours", 0.45, 1 },
  { "mh_outpatient", 0.9, 0 },     { "mh_inpatient_day", 0.3, 0 },
  { "mh_crisis", 0.25, 1 },        { "diabetic_nurse", 0.9, 0 },
};

/* The GP line is written even when unused; another service unused in
   a period is written as 0 with this probability.  */
#define ALWAYS 4
#define ZERO_ROWS 0.52

typedef struct
{
  unsigned long participants;
  unsigned long seed;
  double no_follow_up;
  int by_period;
  const char *out;
} options;

static void
usage_exit (const char *why)
{
  fprintf (stderr, "gen_usage: %s\nusage: gen_usage [--participants N] "
                   "[--seed S] [--no-follow-up F] [--by-period] [OUT]\n",
           why);
  exit (64);
}

static unsigned long
number (const char *s)
{
  char *end;
  errno = 0;
  unsigned long v = strtoul (s, &end, 10);
  if (errno || *end || end == s)
    usage_exit ("expected a whole number");
  return v;
}

static options
parse (int argc, char **argv)
{
  options o = { 200000, 2024, 0.3, 0, NULL };
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      int more = i + 1 < argc;
      if (strcmp (a, "--participants") == 0 && more)
        o.participants = number (argv[++i]);
      else if (strcmp (a, "--seed") == 0 && more)
        o.seed = number (argv[++i]);
      else if (strcmp (a, "--no-follow-up") == 0 && more)
        {
          char *end;
          o.no_follow_up = strtod (argv[++i], &end);
          if (*end || !(o.no_follow_up >= 0 && o.no_follow_up <= 1))
            usage_exit ("--no-follow-up takes a share from 0 to 1");
        }
      else if (strcmp (a, "--by-period") == 0)
        o.by_period = 1;
      else if (a[0] == '-' && a[1])
        usage_exit ("unknown option");
      else if (!o.out)
        o.out = a;
      else
        usage_exit ("one output file at most");
    }
  return o;
}

/* One participant's draws: frailty, follow-up, window.  */
typedef struct
{
  double frailty;
  int follow_up;
  int months_before;
  int record_before;
} person;

static person
draw_person (gsl_rng *r, const options *o)
{
  person p;
  p.frailty = gsl_ran_gamma (r, 0.6, 1 / 0.6);
  p.follow_up = gsl_rng_uniform (r) >= o->no_follow_up;
  p.months_before = gsl_rng_uniform_int (r, 8) == 0 ? 6 : 12;
  p.record_before = gsl_rng_uniform_int (r, 4) == 0;
  return p;
}

/* Write the rows of participant I in PERIOD (0 before, 1 after).  */
static void
write_rows (FILE *f, gsl_rng *r, unsigned long i, const person *p,
            int period)
{
  for (int s = 0; s < N_SERVICES; s++)
    {
      double mean = services[s].mean * p->frailty;
      int months = period == 0 ? p->months_before : 12;
      mean *= months / 12.0;
      if (period == 1)
        mean *= services[s].emergency ? 0.55 : 0.9;
      unsigned int count = gsl_ran_poisson (r, mean);
      /* an unused service is recorded as 0 in most records */
      if (count == 0 && s != ALWAYS && gsl_rng_uniform (r) >= ZERO_ROWS)
        continue;
      fprintf (f, "E54000048-%07lu,%s,%s,%u,%d,%s\n", i + 1,
               period == 0 ? "before" : "after", services[s].name, count,
               months,
               period == 1 ? "record" : p->record_before ? "record"
                                                         : "recall");
    }
}

int
main (int argc, char **argv)
{
  options o = parse (argc, argv);
  FILE *f = o.out ? fopen (o.out, "w") : stdout;
  if (!f)
    {
      fprintf (stderr, "gen_usage: %s: %s\n", o.out, strerror (errno));
      return 73;
    }
  static char buf[1 << 20];
  setvbuf (f, buf, _IOFBF, sizeof buf);
  gsl_rng *r = gsl_rng_alloc (gsl_rng_taus2);
  gsl_rng_set (r, o.seed);
  fputs ("participant_id,period,service,quantity,months,source\n", f);
  if (!o.by_period)
    for (unsigned long i = 0; i < o.participants; i++)
      {
        person p = draw_person (r, &o);
        write_rows (f, r, i, &p, 0);
        if (p.follow_up)
          write_rows (f, r, i, &p, 1);
      }
  else
    {
      /* Two passes with the same people: one generator for the people
         (re-seeded for the second pass), another for the counts.  */
      gsl_rng *counts = gsl_rng_alloc (gsl_rng_taus2);
      gsl_rng_set (counts, o.seed + 1);
      for (int period = 0; period < 2; period++)
        {
          gsl_rng_set (r, o.seed);
          for (unsigned long i = 0; i < o.participants; i++)
            {
              person p = draw_person (r, &o);
              if (period == 0 || p.follow_up)
                write_rows (f, counts, i, &p, period);
            }
        }
      gsl_rng_free (counts);
    }
  gsl_rng_free (r);
  if (fflush (f) != 0 || ferror (f) || (o.out && fclose (f) != 0))
    {
      fprintf (stderr, "gen_usage: cannot write %s\n",
               o.out ? o.out : "standard output");
      return 73;
    }
  return 0;
}
