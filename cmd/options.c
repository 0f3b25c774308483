/* options.c -- command-line options: one table, each option saying
   which commands it applies to (see options.h for how to add one) */

#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "diag.h"
#include "xalloc.h"

#define OFF(field) offsetof (sp_options, field)
#define NOSET SP_OPT_NOSET

/* Groups of commands, to keep the rows short.  */
#define ANALYSE "savings value profit report"
#define BOOT "savings value profit report rollout compare"
#define USAGE_CMDS "savings profit validate report rollout compare"
#define VALUE_CMDS "value profit validate report"
#define EVERY "savings value profit rollout compare validate report init " \
  "trend"

const sp_option_spec sp_option_table[] = {
  /* Inputs.  */
  { "evaluation", "EVAL", "savings value profit rollout compare validate "
    "report", NULL, NULL,
    "the evaluation file (JSON) naming the inputs and settings; savings, "
    "value, profit, validate and report also take it as their first "
    "argument; - reads it from standard input",
    SP_OPT_PATH, OFF (evaluation), NOSET, 0, 0, NULL, NULL },
  { "usage", "FILE", USAGE_CMDS, NULL, "usage",
    "service usage, one row per participant, period and service (CSV; - "
    "for standard input)",
    SP_OPT_PATH, OFF (usage), NOSET, 0, 0, NULL, NULL },
  { "comparison-usage", "FILE", "savings profit validate report rollout "
    "compare", NULL,
    "comparison_usage",
    "service usage of a comparison group, people not on the programme, in "
    "the format of --usage: the saving is then measured against it "
    "(difference in differences and adjusted for baseline cost)",
    SP_OPT_PATH, OFF (comparison_usage), NOSET, 0, 0, NULL, NULL },
  { "unit-costs", "FILE|NAME", USAGE_CMDS, NULL, "unit_costs",
    "unit costs of the services: a CSV file or a bundled set "
    "(east-lancs-2018)",
    SP_OPT_PATH, OFF (unit_costs), NOSET, 0, 0, NULL, NULL },
  { "before", "PERIOD", USAGE_CMDS, "before", "before",
    "the period of the usage file before the personal health budget",
    SP_OPT_STRING, OFF (before), NOSET, 0, 0, NULL, NULL },
  { "after", "PERIOD", USAGE_CMDS, "after", "after",
    "the period of the usage file with the personal health budget",
    SP_OPT_STRING, OFF (after), NOSET, 0, 0, NULL, NULL },
  { "periods", "A,B,C", USAGE_CMDS, NULL, "periods",
    "the usage periods in time order, the baseline first, comma-separated: "
    "replaces --before/--after; savings.trend compares each later period "
    "with the baseline and the headline uses the last",
    SP_OPT_STRING, OFF (periods), NOSET, 0, 0, NULL, NULL },
  { "outcomes", "FILE", VALUE_CMDS, NULL, "outcomes",
    "outcome scores, one row per participant, wave and domain (CSV; - "
    "for standard input)",
    SP_OPT_PATH, OFF (outcomes), NOSET, 0, 0, NULL, NULL },
  { "instrument", "FILE|NAME", VALUE_CMDS, NULL, "instrument",
    "the outcome instrument's domains and scales: a CSV file or a "
    "bundled one (poet, outcomes-star, swemwbs)",
    SP_OPT_PATH, OFF (instrument), NOSET, 0, 0, NULL, NULL },
  { "proxies", "FILE|NAME", VALUE_CMDS, NULL, "proxies",
    "financial proxies valuing each outcome: a CSV file or a bundled set "
    "(calico-2019-gve)",
    SP_OPT_PATH, OFF (proxies), NOSET, 0, 0, NULL, NULL },
  { "register", "FILE", "profit validate report rollout compare", NULL,
    "register",
    "the PHB register, one row per person who enquired (CSV; - for "
    "standard input); rollout and compare use it for \"conversion_rate\": "
    "\"register\"",
    SP_OPT_PATH, OFF (register_file), NOSET, 0, 0, NULL, NULL },
  { "transactions", "FILE", "profit validate report", NULL,
    "transactions",
    "marketplace transactions for the local multiplier (CSV; - for "
    "standard input)",
    SP_OPT_PATH, OFF (transactions), NOSET, 0, 0, NULL, NULL },

  /* Settings.  */
  { "scale-to", "N", "savings profit report", NULL, "scale_to",
    "also show the saving scaled to N people (saving x N / cohort)",
    SP_OPT_NUMBER, OFF (scale_to), OFF (scale_to_set), 1e-9, 1e9, NULL,
    "give a number of people" },
  { "baseline-wave", "W", VALUE_CMDS, "0", "baseline_wave",
    "the outcome wave compared against (0 = induction)",
    SP_OPT_WHOLE, OFF (baseline_wave), OFF (baseline_wave_set), 0, 1e6,
    NULL, "give a wave number, 0 or more" },
  { "followup-wave", "W", VALUE_CMDS, "the latest wave", "followup_wave",
    "the outcome wave compared with the baseline",
    SP_OPT_WHOLE, OFF (followup_wave), OFF (followup_wave_set), 0, 1e6,
    NULL, "give a wave number, 1 or more" },
  { "method", "M", VALUE_CMDS, "relative", "method",
    "how an improvement is measured: relative (change / baseline mean), "
    "range (change / scale range) or share (share who improved)",
    SP_OPT_CHOICE, OFF (method), NOSET, 0, 0, "relative,range,share",
    NULL },
  { "discount-rate", "R", "value profit report", "0.035",
    "discount_rate",
    "annual discount rate of the social value's later years, a fraction",
    SP_OPT_NUMBER, OFF (discount_rate), OFF (discount_rate_set), 0, 1,
    NULL, "give a fraction, e.g. 0.035 for 3.5%" },
  { "local-respend", "S", "profit report", "0", "local_respend",
    "share of local suppliers' income re-spent locally (LM3 round 3)",
    SP_OPT_NUMBER, OFF (local_respend), OFF (local_respend_set), 0, 1,
    NULL, "give a fraction between 0 and 1" },

  /* Bootstrap and simulation.  */
  { "bootstrap", "B", BOOT, "report rollout compare: 10000; 0 (no "
    "intervals)", "bootstrap.resamples",
    "bootstrap resamples for the confidence intervals; 0 turns them off",
    SP_OPT_WHOLE, OFF (bootstrap), NOSET, 0, 1e8, NULL,
    "give a number of resamples, 0 to turn it off" },
  { "confidence", "L", BOOT, "0.95", "bootstrap.confidence",
    "the intervals' confidence level",
    SP_OPT_NUMBER, OFF (confidence), OFF (confidence_set), 1e-6, 1 - 1e-6,
    NULL, "give a level between 0 and 1, e.g. 0.95" },
  { "ci-method", "M", BOOT, "auto", "bootstrap.method",
    "the bootstrap interval: auto (BCa for totals, percentile for "
    "ratios: chosen from the coverage study), percentile, "
    "basic, bca (bias-corrected and accelerated) or studentized "
    "(bootstrap-t)",
    SP_OPT_CHOICE, OFF (ci_method), NOSET, 0, 0,
    "auto,percentile,basic,bca,studentized",
    NULL },
  { "seed", "S", BOOT, "20190101", "bootstrap.seed",
    "seed of the resamples and simulations: the same seed gives the same "
    "figures",
    SP_OPT_WHOLE, OFF (seed), OFF (seed_set), 0, 4294967295.0, NULL,
    "give a whole number from 0 to 4294967295" },
  { "threads", "T", BOOT, "0 (all cores)", "bootstrap.threads",
    "threads for the bootstrap, the simulations and drawing the report; "
    "the figures do not depend on it",
    SP_OPT_WHOLE, OFF (threads), NOSET, 0, 1024, NULL,
    "give a number of threads, 0 for all cores" },
  { "simulations", "N", "rollout compare report", "10000", NULL,
    "simulations of the rollout's uncertain parameters; 0 turns them off",
    SP_OPT_WHOLE, OFF (simulations), NOSET, 0, 1e8, NULL,
    "give a number of draws, 0 to turn them off" },
  { "target", "N", "rollout compare report", "the scenario's "
    "target_phbs", NULL,
    "the number of PHBs to project, replacing the scenario's",
    SP_OPT_WHOLE, OFF (target), NOSET, 1, 1e9, NULL,
    "give a whole number of PHBs, 1 or more" },

  /* Output.  */
  { "format", "F", "savings value profit rollout compare", "text", NULL,
    "the output: text for people, json (the results document), csv, or "
    "xlsx (an Excel workbook, written only to a file: needs --output)",
    SP_OPT_ENUM, OFF (format), NOSET, 0, 0, "text,json,csv,xlsx", NULL },
  { "format", "F", "trend", "text", NULL,
    "the output on standard output: text for people, json (the results "
    "document) or csv",
    SP_OPT_ENUM, OFF (format), NOSET, 0, 0, "text,json,csv", NULL },
  { "output", "FILE", "savings value profit rollout compare", NULL, NULL,
    "write the output to FILE (under a temporary name, then renamed) "
    "instead of standard output; required for --format xlsx",
    SP_OPT_STRING, OFF (output), NOSET, 0, 0, NULL, NULL },
  { "format", "F", "validate", "text", NULL,
    "text for people, json ({valid, files_checked, diagnostics}) or csv "
    "(one diagnostic per row), for CI",
    SP_OPT_ENUM, OFF (format), NOSET, 0, 0, "text,json,csv", NULL },
  { "out", "DIR", "report", NULL, NULL,
    "the folder to write results.json, the charts and statement.pdf to "
    "(required)",
    SP_OPT_STRING, OFF (out), NOSET, 0, 0, NULL, NULL },
  { "out", "DIR", "trend", NULL, NULL,
    "the folder to write trend.json, a chart per figure and trend.pdf to "
    "(without it, the figures go to standard output)",
    SP_OPT_STRING, OFF (out), NOSET, 0, 0, NULL, NULL },
  { "out", "DIR", "compare", NULL, NULL,
    "write the comparison into the folder DIR instead of standard output: "
    "results.json, the scenarios side by side, each scenario's rollout "
    "charts (PNG, SVG and PDF) and statement.pdf",
    SP_OPT_STRING, OFF (out), NOSET, 0, 0, NULL, NULL },
  { "force", NULL, "report trend compare", "off", NULL,
    "write to --out even when the folder holds files that are not a "
    "previous socialprofit output: they are deleted",
    SP_OPT_SWITCH, OFF (force), NOSET, 0, 0, NULL, NULL },
  { "previous", "FILE", "report", NULL, NULL,
    "the previous report's results.json: the document says what changed "
    "since it and the statement gains \"This quarter\"",
    SP_OPT_STRING, OFF (previous), NOSET, 0, 0, NULL, NULL },
  { "internal", NULL, BOOT " trend", "off", NULL,
    "an internal report: allow participant identifiers in the output; "
    "trend follows internal reports as they are (else in their published "
    "view)",
    SP_OPT_SWITCH, OFF (internal), NOSET, 0, 0, NULL, NULL },
  { "quiet", NULL, EVERY, "off", NULL,
    "no warnings and no progress on standard error (errors are always "
    "printed)",
    SP_OPT_SWITCH, OFF (quiet), NOSET, 0, 0, NULL, NULL },
};

const size_t sp_option_table_size
  = sizeof sp_option_table / sizeof sp_option_table[0];

int
sp_option_applies (const char *list, const char *command)
{
  size_t n = strlen (command);
  for (const char *p = list; *p;)
    {
      while (*p == ' ')
        p++;
      size_t len = strcspn (p, " ");
      if (len == n && strncmp (p, command, n) == 0)
        return 1;
      p += len;
    }
  return 0;
}

const sp_option_spec *
sp_option_find (const char *name, const char *command)
{
  for (size_t i = 0; i < sp_option_table_size; i++)
    if (strcmp (sp_option_table[i].name, name) == 0
        && sp_option_applies (sp_option_table[i].commands, command))
      return &sp_option_table[i];
  return NULL;
}

/* The first row named NAME, whatever its commands.  */
static const sp_option_spec *
any_row (const char *name)
{
  for (size_t i = 0; i < sp_option_table_size; i++)
    if (strcmp (sp_option_table[i].name, name) == 0)
      return &sp_option_table[i];
  return NULL;
}

const char *
sp_option_default (const sp_option_spec *s, const char *command)
{
  static char buf[256];
  if (!s->def)
    return NULL;
  /* "cmd cmd: value; value": the first part whose commands include
     COMMAND, else the part without commands.  */
  const char *fallback = NULL;
  size_t fallback_len = 0;
  for (const char *p = s->def; *p;)
    {
      size_t len = strcspn (p, ";");
      const char *colon = memchr (p, ':', len);
      if (colon)
        {
          char *cmds = sp_xstrndup (p, (size_t) (colon - p));
          int hit = sp_option_applies (cmds, command);
          free (cmds);
          if (hit)
            {
              const char *v = colon + 1;
              while (*v == ' ')
                v++;
              snprintf (buf, sizeof buf, "%.*s", (int) (p + len - v), v);
              return buf;
            }
        }
      else if (!fallback)
        {
          fallback = p;
          fallback_len = len;
        }
      p += len;
      while (*p == ';' || *p == ' ')
        p++;
    }
  if (!fallback)
    return NULL;
  snprintf (buf, sizeof buf, "%.*s", (int) fallback_len, fallback);
  return buf;
}

size_t
sp_edit_distance (const char *a, const char *b)
{
  size_t n = strlen (a), m = strlen (b);
  size_t *row = sp_xcalloc (m + 1, sizeof *row);
  for (size_t j = 0; j <= m; j++)
    row[j] = j;
  for (size_t i = 1; i <= n; i++)
    {
      size_t diag = row[0];
      row[0] = i;
      for (size_t j = 1; j <= m; j++)
        {
          size_t up = row[j];
          size_t best = diag + (a[i - 1] != b[j - 1]);
          if (up + 1 < best)
            best = up + 1;
          if (row[j - 1] + 1 < best)
            best = row[j - 1] + 1;
          row[j] = best;
          diag = up;
        }
    }
  size_t d = row[m];
  free (row);
  return d;
}

/* The option name closest to NAME, preferring those that apply to
   COMMAND; NULL when none is close (more than a third of the letters
   would change).  */
static const char *
closest (const char *name, const char *command)
{
  const char *best = NULL;
  size_t best_d = (size_t) -1;
  for (int pass = 0; pass < 2 && !best; pass++)
    for (size_t i = 0; i < sp_option_table_size; i++)
      {
        const sp_option_spec *s = &sp_option_table[i];
        if (pass == 0 && !sp_option_applies (s->commands, command))
          continue;
        size_t d = sp_edit_distance (name, s->name);
        /* a prefix of the name ("--boot") is close whatever its length */
        if (strncmp (s->name, name, strlen (name)) == 0 && name[0])
          d = 1;
        size_t limit = strlen (s->name) / 3 + 1;
        if (d <= limit && d < best_d)
          {
            best = s->name;
            best_d = d;
          }
      }
  return best;
}

/* The commands of every row named NAME, e.g. "report" or "savings
   value profit", into a new string.  */
static char *
commands_of (const char *name)
{
  char *all = sp_xstrdup ("");
  for (size_t i = 0; i < sp_option_table_size; i++)
    if (strcmp (sp_option_table[i].name, name) == 0)
      {
        char *next = sp_xasprintf ("%s%s%s", all, all[0] ? " " : "",
                                   sp_option_table[i].commands);
        free (all);
        all = next;
      }
  return all;
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
whole (const char *s, long *out, double min, double max)
{
  char *end;
  errno = 0;
  long v = strtol (s, &end, 10);
  if (end == s || *end || errno || (double) v < min || (double) v > max)
    return -1;
  *out = v;
  return 0;
}

/* The index of VALUE in the comma-separated CHOICES, or -1.  */
static int
choice_index (const char *choices, const char *value)
{
  int i = 0;
  size_t n = strlen (value);
  for (const char *p = choices; *p; i++)
    {
      size_t len = strcspn (p, ",");
      if (len == n && strncmp (p, value, n) == 0)
        return i;
      p += len;
      if (*p == ',')
        p++;
    }
  return -1;
}

/* The choices "a,b,c" as "a, b or c" (owned).  */
static char *
choices_words (const char *choices)
{
  char *s = sp_xstrdup (choices);
  char *last = strrchr (s, ',');
  char *out = NULL;
  if (!last)
    return s;
  *last = '\0';
  char *head = sp_xstrdup ("");
  for (char *p = strtok (s, ","); p; p = strtok (NULL, ","))
    {
      char *next = sp_xasprintf ("%s%s%s", head, head[0] ? ", " : "", p);
      free (head);
      head = next;
    }
  out = sp_xasprintf ("%s or %s", head, last + 1);
  free (head);
  free (s);
  return out;
}

/* Store VALUE of option S into O.  Returns 0, or 64 after saying what
   is wrong.  */
static int
store (const sp_option_spec *s, const char *value, const char *command,
       sp_options *o)
{
  char *base = (char *) o;
  void *slot = base + s->offset;
  const char *want = s->want;
  char *words = NULL;
  int bad = 0;
  switch (s->kind)
    {
    case SP_OPT_SWITCH:
      *(int *) slot = 1;
      break;
    case SP_OPT_PATH:
    case SP_OPT_STRING:
      if (!value[0])
        {
          bad = 1;
          want = s->kind == SP_OPT_PATH ? "give a file name (- for "
                                          "standard input)"
                                        : "give a value";
        }
      else
        *(const char **) slot = value;
      break;
    case SP_OPT_CHOICE:
    case SP_OPT_ENUM:
      {
        int i = choice_index (s->choices, value);
        if (i < 0)
          {
            bad = 1;
            words = choices_words (s->choices);
            want = words;
          }
        else if (s->kind == SP_OPT_ENUM)
          *(int *) slot = i;
        else
          *(const char **) slot = value;
        break;
      }
    case SP_OPT_NUMBER:
      bad = number (value, (double *) slot, s->min, s->max) != 0;
      break;
    case SP_OPT_WHOLE:
      bad = whole (value, (long *) slot, s->min, s->max) != 0;
      break;
    }
  if (bad)
    {
      if (words)
        fprintf (stderr, "socialprofit %s: --%s '%s': use %s\n", command,
                 s->name, value, want);
      else
        fprintf (stderr, "socialprofit %s: --%s '%s': %s\n", command,
                 s->name, value, want ? want : "bad value");
      free (words);
      return SP_EXIT_USAGE;
    }
  if (s->set_offset != SP_OPT_NOSET)
    *(int *) (base + s->set_offset) = 1;
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

/* The getopt_long table: every option name once, then --help.  Built on
   first use (the option table is constant).  */
static const struct option *
long_options (void)
{
  static struct option opts[64];
  static int built;
  if (built)
    return opts;
  size_t n = 0;
  for (size_t i = 0; i < sp_option_table_size; i++)
    {
      const sp_option_spec *s = &sp_option_table[i];
      if (any_row (s->name) != s)
        continue; /* a second row of the same name */
      if (n + 2 >= sizeof opts / sizeof opts[0])
        abort (); /* grow opts: more than 62 distinct options */
      opts[n].name = s->name;
      opts[n].has_arg = s->kind == SP_OPT_SWITCH ? no_argument
                                                 : required_argument;
      opts[n].flag = NULL;
      opts[n].val = 256 + (int) i;
      n++;
    }
  opts[n].name = "help";
  opts[n].has_arg = no_argument;
  opts[n].val = 'h';
  n++;
  memset (&opts[n], 0, sizeof opts[n]);
  built = 1;
  return opts;
}

/* The option names that start with PREFIX, as "--a, --b", or NULL when
   fewer than two do (owned).  */
static char *
ambiguous (const char *prefix)
{
  size_t n = strlen (prefix), hits = 0;
  char *list = sp_xstrdup ("");
  for (size_t i = 0; i < sp_option_table_size; i++)
    {
      const sp_option_spec *s = &sp_option_table[i];
      if (any_row (s->name) != s || strncmp (s->name, prefix, n) != 0)
        continue;
      char *next = sp_xasprintf ("%s%s--%s", list, hits ? ", " : "",
                                 s->name);
      free (list);
      list = next;
      hits++;
    }
  if (hits < 2)
    {
      free (list);
      return NULL;
    }
  return list;
}

/* Report the unknown option ARG (as written) and return 64.  */
static int
unknown (const char *command, const char *arg)
{
  if (strncmp (arg, "--", 2) != 0)
    {
      fprintf (stderr, "socialprofit %s: unknown option '%s' (see "
               "socialprofit %s --help)\n", command, arg, command);
      return SP_EXIT_USAGE;
    }
  char *name = sp_xstrndup (arg + 2, strcspn (arg + 2, "="));
  char *amb = ambiguous (name);
  if (amb)
    fprintf (stderr, "socialprofit %s: option '--%s' is ambiguous: it "
             "could be %s\n", command, name, amb);
  else
    {
      const char *near = closest (name, command);
      if (near)
        fprintf (stderr, "socialprofit %s: unknown option '--%s': did you "
                 "mean --%s?\n", command, name, near);
      else
        fprintf (stderr, "socialprofit %s: unknown option '--%s' (see "
                 "socialprofit %s --help)\n", command, name, command);
    }
  free (amb);
  free (name);
  return SP_EXIT_USAGE;
}

/* Report that option NAME does not apply to COMMAND; return 64.  */
static int
not_here (const char *command, const char *name)
{
  char *cmds = commands_of (name);
  fprintf (stderr, "socialprofit %s: option --%s does not apply to %s "
           "(it is for: %s); see socialprofit %s --help\n", command, name,
           command, cmds, command);
  free (cmds);
  return SP_EXIT_USAGE;
}

int
sp_options_parse (int argc, char **argv, const char *command, sp_options *o)
{
  defaults (o, command);
  const struct option *opts = long_options ();
  optind = 1;
  opterr = 0;
  int c;
  const char *stdin_by = NULL;   /* the input that reads "-" */
  while ((c = getopt_long (argc, argv, ":h", opts, NULL)) != -1)
    {
      if (c == 'h')
        continue; /* handled by the caller (sp_options_help_asked) */
      if (c == ':')
        {
          fprintf (stderr, "socialprofit %s: %s needs a value\n", command,
                   argv[optind - 1]);
          return SP_EXIT_USAGE;
        }
      if (c < 256 && optopt >= 256
          && !sp_option_find (sp_option_table[optopt - 256].name, command))
        return not_here (command, sp_option_table[optopt - 256].name);
      if (c < 256 && optopt >= 256)
        {
          fprintf (stderr, "socialprofit %s: --%s takes no value\n",
                   command, sp_option_table[optopt - 256].name);
          return SP_EXIT_USAGE;
        }
      if (c < 256)
        return unknown (command, optopt > 0 && optopt < 256
                                   ? (char[]){ '-', (char) optopt, 0 }
                                   : argv[optind - 1]);
      const char *name = sp_option_table[c - 256].name;
      const sp_option_spec *s = sp_option_find (name, command);
      if (!s)
        return not_here (command, name);
      if (s->kind == SP_OPT_PATH && strcmp (optarg, "-") == 0)
        {
          if (stdin_by)
            {
              fprintf (stderr, "socialprofit %s: --%s and %s both read "
                       "standard input ('-'): at most one input can\n",
                       command, name, stdin_by);
              return SP_EXIT_USAGE;
            }
          stdin_by = s->name;
        }
      int rc = store (s, optarg, command, o);
      if (rc)
        return rc;
    }
  o->args = argv + optind;
  o->n_args = (size_t) (argc - optind);
  for (size_t i = 0; i < o->n_args; i++)
    if (strcmp (o->args[i], "-") == 0)
      {
        if (stdin_by)
          {
            fprintf (stderr, "socialprofit %s: the argument '-' and %s%s "
                     "both read standard input: at most one input can\n",
                     command, strcmp (stdin_by, "-") ? "--" : "another ",
                     stdin_by);
            return SP_EXIT_USAGE;
          }
        stdin_by = "-";
      }
  return 0;
}

int
sp_options_help_asked (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (strcmp (a, "--") == 0)
        return 0;
      if (strcmp (a, "-h") == 0 || strcmp (a, "--help") == 0)
        return 1;
      if (strncmp (a, "--", 2) != 0 || strchr (a, '='))
        continue;
      /* an option with a separate value: skip the value */
      const sp_option_spec *s = any_row (a + 2);
      if (s && s->kind != SP_OPT_SWITCH)
        i++;
    }
  return 0;
}

void
sp_options_wrap (FILE *out, const char *text, size_t indent, size_t col)
{
  for (const char *p = text; *p;)
    {
      while (*p == ' ')
        p++;
      size_t len = strcspn (p, " ");
      if (!len)
        break;
      if (col > indent && col + 1 + len > 79)
        {
          fprintf (out, "\n%*s", (int) indent, "");
          col = indent;
        }
      else if (col > indent)
        {
          fputc (' ', out);
          col++;
        }
      else if (col < indent)
        {
          fprintf (out, "%*s", (int) (indent - col), "");
          col = indent;
        }
      fwrite (p, 1, len, out);
      col += len;
      p += len;
    }
  fputc ('\n', out);
}

void
sp_options_print_help (FILE *out, const char *command)
{
  for (size_t i = 0; i < sp_option_table_size; i++)
    {
      const sp_option_spec *s = &sp_option_table[i];
      if (!sp_option_applies (s->commands, command))
        continue;
      char *head = sp_xasprintf ("  --%s%s%s", s->name, s->arg ? " " : "",
                                 s->arg ? s->arg : "");
      fputs (head, out);
      size_t col = strlen (head);
      free (head);
      if (col + 2 > 24)
        {
          fprintf (out, "\n");
          col = 0;
        }
      const char *def = sp_option_default (s, command);
      char *text = sp_xasprintf ("%s.%s%s%s%s%s%s", s->help,
                                 s->key ? " Evaluation key: " : "",
                                 s->key ? s->key : "", s->key ? "." : "",
                                 def ? " Default: " : "", def ? def : "",
                                 def ? "." : "");
      sp_options_wrap (out, text, 24, col);
      free (text);
    }
  fputs ("  -h, --help            this help\n", out);
}

void
sp_options_print_names (FILE *out, const char *command)
{
  for (size_t i = 0; i < sp_option_table_size; i++)
    {
      const sp_option_spec *s = &sp_option_table[i];
      if (!sp_option_applies (s->commands, command))
        continue;
      fprintf (out, "--%s\t", s->name);
      int data = -1;
      for (int k = 0; k < SP_DATA_N_KINDS && s->kind == SP_OPT_PATH; k++)
        if (sp_data_kinds[k].flag
            && strcmp (sp_data_kinds[k].flag + 2, s->name) == 0)
          data = k;
      if (s->kind == SP_OPT_SWITCH)
        fputs ("switch", out);
      else if (data >= 0)
        fprintf (out, "data:%s", sp_data_kinds[data].name);
      else if (s->kind == SP_OPT_CHOICE || s->kind == SP_OPT_ENUM)
        {
          fputs ("choice:", out);
          for (const char *p = s->choices; *p; p++)
            fputc (*p == ',' ? '|' : *p, out);
        }
      else if (s->kind == SP_OPT_PATH || strstr (s->arg, "FILE"))
        fputs ("file", out);
      else if (strcmp (s->arg, "DIR") == 0)
        fputs ("dir", out);
      else
        fputs ("value", out);
      fputc ('\n', out);
    }
  fputs ("--help\tswitch\n", out);
}
