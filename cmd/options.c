/* options.c -- command-line options shared by every subcommand */

#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

enum
{
  O_USAGE = 256, O_UNIT_COSTS, O_BEFORE, O_AFTER, O_OUTCOMES, O_INSTRUMENT,
  O_PROXIES, O_REGISTER, O_TRANSACTIONS, O_EVALUATION, O_SCALE_TO,
  O_BASELINE_WAVE, O_FOLLOWUP_WAVE, O_METHOD, O_DISCOUNT, O_RESPEND,
  O_BOOTSTRAP, O_CONFIDENCE, O_CI_METHOD, O_SEED, O_THREADS, O_SIMS,
  O_TARGET, O_FORMAT, O_OUT, O_INTERNAL
};

static const struct option long_options[] = {
  { "usage", required_argument, NULL, O_USAGE },
  { "unit-costs", required_argument, NULL, O_UNIT_COSTS },
  { "before", required_argument, NULL, O_BEFORE },
  { "after", required_argument, NULL, O_AFTER },
  { "outcomes", required_argument, NULL, O_OUTCOMES },
  { "instrument", required_argument, NULL, O_INSTRUMENT },
  { "proxies", required_argument, NULL, O_PROXIES },
  { "register", required_argument, NULL, O_REGISTER },
  { "transactions", required_argument, NULL, O_TRANSACTIONS },
  { "evaluation", required_argument, NULL, O_EVALUATION },
  { "scale-to", required_argument, NULL, O_SCALE_TO },
  { "baseline-wave", required_argument, NULL, O_BASELINE_WAVE },
  { "followup-wave", required_argument, NULL, O_FOLLOWUP_WAVE },
  { "method", required_argument, NULL, O_METHOD },
  { "discount-rate", required_argument, NULL, O_DISCOUNT },
  { "local-respend", required_argument, NULL, O_RESPEND },
  { "bootstrap", required_argument, NULL, O_BOOTSTRAP },
  { "confidence", required_argument, NULL, O_CONFIDENCE },
  { "ci-method", required_argument, NULL, O_CI_METHOD },
  { "seed", required_argument, NULL, O_SEED },
  { "threads", required_argument, NULL, O_THREADS },
  { "simulations", required_argument, NULL, O_SIMS },
  { "target", required_argument, NULL, O_TARGET },
  { "format", required_argument, NULL, O_FORMAT },
  { "out", required_argument, NULL, O_OUT },
  { "internal", no_argument, NULL, O_INTERNAL },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

static int
bad (const char *command, const char *flag, const char *value,
     const char *want)
{
  fprintf (stderr, "socialprofit %s: --%s '%s': %s\n", command, flag, value,
           want);
  return SP_EXIT_USAGE;
}

static int
number (const char *s, double *out, double min, double max)
{
  char *end;
  errno = 0;
  double v = strtod (s, &end);
  if (end == s || *end || errno || !isfinite (v) || v < min || v > max)
    return -1;
  *out = v;
  return 0;
}

static int
whole (const char *s, long *out, long min, long max)
{
  char *end;
  errno = 0;
  long v = strtol (s, &end, 10);
  if (end == s || *end || errno || v < min || v > max)
    return -1;
  *out = v;
  return 0;
}

static void
defaults (sp_options *o, const char *command)
{
  memset (o, 0, sizeof *o);
  o->command = command;
  o->bootstrap = -1;
  o->threads = -1;
  o->simulations = -1;
  o->target = -1;
  o->format = SP_FORMAT_TEXT;
}

int
sp_options_parse (int argc, char **argv, const char *command, sp_options *o)
{
  defaults (o, command);
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long (argc, argv, ":h", long_options, NULL)) != -1)
    {
      const char *a = optarg;
      long l;
      double v;
      switch (c)
        {
        case O_USAGE: o->usage = a; break;
        case O_UNIT_COSTS: o->unit_costs = a; break;
        case O_BEFORE: o->before = a; break;
        case O_AFTER: o->after = a; break;
        case O_OUTCOMES: o->outcomes = a; break;
        case O_INSTRUMENT: o->instrument = a; break;
        case O_PROXIES: o->proxies = a; break;
        case O_REGISTER: o->register_file = a; break;
        case O_TRANSACTIONS: o->transactions = a; break;
        case O_EVALUATION: o->evaluation = a; break;
        case O_METHOD: o->method = a; break;
        case O_CI_METHOD:
          if (strcmp (a, "percentile") && strcmp (a, "basic")
              && strcmp (a, "bca"))
            return bad (command, "ci-method", a,
                        "use percentile, basic or bca");
          o->ci_method = a;
          break;
        case O_SCALE_TO:
          if (number (a, &o->scale_to, 1e-9, 1e9))
            return bad (command, "scale-to", a, "give a number of people");
          o->scale_to_set = 1;
          break;
        case O_BASELINE_WAVE:
          if (whole (a, &l, 0, 1000000))
            return bad (command, "baseline-wave", a,
                        "give a wave number, 0 or more");
          o->baseline_wave = (int) l;
          o->baseline_wave_set = 1;
          break;
        case O_FOLLOWUP_WAVE:
          if (whole (a, &l, 0, 1000000))
            return bad (command, "followup-wave", a,
                        "give a wave number, 1 or more");
          o->followup_wave = (int) l;
          o->followup_wave_set = 1;
          break;
        case O_DISCOUNT:
          if (number (a, &o->discount_rate, 0, 1))
            return bad (command, "discount-rate", a,
                        "give a fraction, e.g. 0.035 for 3.5%");
          o->discount_rate_set = 1;
          break;
        case O_RESPEND:
          if (number (a, &o->local_respend, 0, 1))
            return bad (command, "local-respend", a,
                        "give a fraction between 0 and 1");
          o->local_respend_set = 1;
          break;
        case O_BOOTSTRAP:
          if (whole (a, &o->bootstrap, 0, 100000000))
            return bad (command, "bootstrap", a,
                        "give a number of resamples, 0 to turn it off");
          break;
        case O_CONFIDENCE:
          if (number (a, &o->confidence, 1e-6, 1 - 1e-6))
            return bad (command, "confidence", a,
                        "give a level between 0 and 1, e.g. 0.95");
          o->confidence_set = 1;
          break;
        case O_SEED:
          if (whole (a, &l, 0, 4294967295L))
            return bad (command, "seed", a,
                        "give a whole number from 0 to 4294967295");
          o->seed = (unsigned long) l;
          o->seed_set = 1;
          break;
        case O_THREADS:
          if (whole (a, &l, 0, 1024))
            return bad (command, "threads", a,
                        "give a number of threads, 0 for all cores");
          o->threads = (int) l;
          break;
        case O_SIMS:
          if (whole (a, &o->simulations, 0, 100000000))
            return bad (command, "simulations", a,
                        "give a number of draws, 0 to turn them off");
          break;
        case O_TARGET:
          if (number (a, &v, 1, 1e9) || v != floor (v))
            return bad (command, "target", a,
                        "give a whole number of PHBs, 1 or more");
          o->target = (long) v;
          break;
        case O_FORMAT:
          if (strcmp (a, "text") == 0)
            o->format = SP_FORMAT_TEXT;
          else if (strcmp (a, "json") == 0)
            o->format = SP_FORMAT_JSON;
          else if (strcmp (a, "csv") == 0)
            o->format = SP_FORMAT_CSV;
          else
            return bad (command, "format", a, "use text, json or csv");
          break;
        case O_OUT: o->out = a; break;
        case O_INTERNAL: o->internal = 1; break;
        case 'h':
          sp_options_help ();
          exit (0);
        case ':':
          fprintf (stderr, "socialprofit %s: %s needs a value\n", command,
                   argv[optind - 1]);
          return SP_EXIT_USAGE;
        default:
          fprintf (stderr,
                   "socialprofit %s: unknown option '%s' (see "
                   "socialprofit --help)\n",
                   command, argv[optind - 1]);
          return SP_EXIT_USAGE;
        }
    }
  o->args = argv + optind;
  o->n_args = (size_t) (argc - optind);
  return 0;
}

void
sp_options_help (void)
{
  fputs (
    "Usage: socialprofit COMMAND [EVALUATION.json] [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  savings   NHS cost savings: the cost/benefit table (Appendix 2a)\n"
    "  value     social value of outcome change (Appendix 2b)\n"
    "  profit    social profit: savings + value + local economy - "
    "investment\n"
    "  rollout SCENARIO.json   projection of a PHB rollout\n"
    "  compare S1.json S2.json ...   scenarios side by side\n"
    "  validate  check every input and report all problems\n"
    "  report --out DIR   results.json, charts and statement.pdf\n"
    "\n"
    "Inputs (override the evaluation file):\n"
    "  --usage FILE --unit-costs FILE --before NAME --after NAME\n"
    "  --outcomes FILE --instrument FILE --proxies FILE\n"
    "  --register FILE --transactions FILE\n"
    "Settings:\n"
    "  --scale-to N --baseline-wave W --followup-wave W\n"
    "  --method relative|range|share --discount-rate R --local-respend S\n"
    "  --bootstrap B --confidence L --ci-method percentile|basic|bca\n"
    "  --seed S --threads T --simulations N --target N --evaluation EVAL\n"
    "Output:\n"
    "  --format text|json|csv --out DIR --internal\n"
    "\n"
    "Exit status: 0 success, 64 bad usage, 65 bad data, 66 missing input,\n"
    "73 output cannot be created.\n",
    stdout);
}
