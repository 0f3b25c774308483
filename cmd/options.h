/* options.h -- command-line options shared by every subcommand

   Every subcommand accepts the same option set; each uses the ones that
   concern it and the rest are ignored.  A flag that was not given keeps
   its "unset" marker, so that the evaluation file's value stands.  */

#ifndef SP_OPTIONS_H
#define SP_OPTIONS_H

#include <stddef.h>

typedef enum
{
  SP_FORMAT_TEXT,
  SP_FORMAT_JSON,
  SP_FORMAT_CSV
} sp_format;

typedef struct
{
  const char *command;       /* subcommand name */
  char **args;               /* positional arguments (argv storage) */
  size_t n_args;

  /* Inputs (NULL = unset).  */
  const char *usage;
  const char *unit_costs;
  const char *before;
  const char *after;
  const char *outcomes;
  const char *instrument;
  const char *proxies;
  const char *register_file;
  const char *transactions;
  const char *evaluation;    /* --evaluation (rollout) */

  /* Settings (the *_set flags say whether the value was given).  */
  int scale_to_set;
  double scale_to;
  int baseline_wave_set;
  int baseline_wave;
  int followup_wave_set;
  int followup_wave;
  const char *method;
  int discount_rate_set;
  double discount_rate;
  int local_respend_set;
  double local_respend;

  /* Bootstrap and simulation.  */
  long bootstrap;            /* -1 = unset */
  int confidence_set;
  double confidence;
  const char *ci_method;
  int seed_set;
  unsigned long seed;
  int threads;               /* -1 = unset, 0 = all cores */
  long simulations;          /* -1 = unset */
  long target;               /* -1 = unset */

  /* Output.  */
  sp_format format;
  const char *out;
  int internal;              /* identifiers allowed in published output */
} sp_options;

/* Parse ARGV (after the subcommand name) into O.  Returns 0, or 64 after
   printing "socialprofit: ..." on stderr for bad usage.  */
int sp_options_parse (int argc, char **argv, const char *command,
                      sp_options *o);

/* Print the usage summary to stdout.  */
void sp_options_help (void);

#endif /* SP_OPTIONS_H */
