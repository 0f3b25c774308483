/* context.h -- what a subcommand run holds: options, evaluation, inputs

   A run parses its options, reads the evaluation file (the first
   positional argument, when it ends in .json), lays the flags over it,
   then loads the inputs it needs.  Every problem is collected in the
   context's diag and printed once at the end, so a run reports all of
   them and writes nothing when any is an error.  */

#ifndef SP_CONTEXT_H
#define SP_CONTEXT_H

#include "diag.h"
#include "evaluation.h"
#include "limitations.h"
#include "local_economy.h"
#include "options.h"
#include "prices.h"
#include "register.h"
#include "social_value.h"
#include "reliability.h"
#include "term_progress.h"
#include "usage.h"

typedef struct
{
  sp_options opt;
  sp_evaluation eval;
  sp_term_progress progress; /* the progress line (--quiet, terminal) */
  sp_diag diag;
  long default_resamples;    /* bootstrap resamples when none are set:
                                10,000 for report, 0 (off) otherwise */

  int have_costs;            /* unit-cost set loaded */
  sp_unit_costs costs;
  int have_usage;            /* usage panel and cohort loaded */
  sp_usage_panel panel;      /* the usage file over the period list
                                (today: before, after) */
  sp_usage usage;            /* the cohort of the panel's first and
                                last period */
  int have_comparison;       /* comparison group's panel and cohort
                                loaded (issue 14) */
  sp_usage_panel comparison_panel; /* its usage file, same periods */
  sp_usage comparison;       /* its cohort, same periods as usage */

  /* Outcomes and social value (sp_context_load_outcomes).  */
  int have_instrument;       /* instrument loaded */
  sp_instrument instrument;
  int have_outcomes;         /* outcome scores loaded */
  sp_outcomes outcomes;
  int have_proxies;          /* value proxies loaded */
  sp_value_proxies proxies;

  /* Price indices (issue 9), read when the evaluation sets price_year
     (sp_context_uprate_costs, sp_context_uprate_proxies).  */
  int have_cost_index;
  sp_price_index cost_index;
  int have_value_index;
  sp_price_index value_index;
  sp_value_settings value_settings; /* method, discount rate and the
                                       waves, resolved ("latest" made a
                                       wave number) once all loaded */

  /* The PHB register and marketplace transactions
     (sp_context_load_register, sp_context_load_transactions).  */
  int have_register;         /* register loaded */
  sp_register reg;
  int have_transactions;     /* transactions loaded */
  sp_transactions transactions;

  /* The interval of savings.per_participant (savings.adjusted.
     per_participant with a comparison group) once the intervals section
     has run, with its verdict: the rollout's cohort saving is that
     figure times a target, so a report takes its interval from here
     instead of bootstrapping the cohort a second time.  */
  int have_per_participant;
  sp_ci per_participant_ci;
  sp_reliability per_participant_rel;

  /* The limitations of the evidence found so far (limitations.h):
     sections may mark codes as they compute; sp_section_limitations
     decides the rest and adds them to the document.  */
  sp_limits limits;
} sp_context;

/* Parse ARGV for COMMAND, read the evaluation file if one is given and
   apply the flags.  The evaluation file is --evaluation EVAL (any
   command; it must end in .json) or, when TAKES_EVALUATION is nonzero
   and no --evaluation is given, a first positional argument ending in
   .json; MAX_ARGS is how many
   further positional arguments COMMAND takes (left in ctx->opt.args).  Returns 0, or an exit status
   (64 usage, 65/66 evaluation file) with the reason in ctx->diag or on
   stderr.  The context must be closed with sp_context_close in every
   case.  */
int sp_context_open (sp_context *ctx, int argc, char **argv,
                     const char *command, int takes_evaluation,
                     size_t max_args);

/* Load the unit-cost set, the usage panel and its cohort (first and
   last period) named by the evaluation.
   Returns 0, or -1 with the problems in ctx->diag.  A missing name is
   reported as bad usage (64).  Defined in context_usage.c.  */
int sp_context_load_usage (sp_context *ctx);

/* Load the comparison group's usage (comparison_usage), after the
   programme's (sp_context_load_usage), with the same reader, unit-cost
   set and periods, into ctx->comparison.  An identifier in both usage
   files is bad data (65), reported at both files and lines.  The file
   is read (and its problems reported) even when the programme's usage
   file is bad, as long as the unit costs loaded.  Returns 0 (also when
   no comparison group is named: ctx->have_comparison says whether one
   was loaded), or -1 with the problems in ctx->diag.  Defined in
   context_comparison.c.  */
int sp_context_load_comparison (sp_context *ctx);

/* Load the instrument, the outcome scores and the value proxies named
   by the evaluation, and resolve ctx->value_settings (method, discount
   rate, baseline wave and follow-up wave, "latest" being the highest
   wave in the outcome file).  Returns 0, or -1 with the problems in
   ctx->diag: a missing name, an unknown method or a follow-up wave not
   after the baseline is bad usage (64); a wave absent from the outcome
   file is bad data (65).  Defined in context_value.c.  */
int sp_context_load_outcomes (sp_context *ctx);

/* When the evaluation sets price_year, bring every loaded unit cost
   (sp_context_uprate_costs) or value proxy (sp_context_uprate_proxies)
   to that year's prices with the cost or value index (read once;
   analysis/prices.h).  Returns 0 (nothing to do without price_year), or
   -1 with the problems in ctx->diag: a price year missing from an index
   or not a financial year is bad data (65) at the cell that needs it
   (the unit cost's or proxy's price_year, or the evaluation's
   "price_year"); an index file that cannot be read, 66.  Called by the
   loaders as soon as the set is read.  Defined in context_prices.c.  */
int sp_context_uprate_costs (sp_context *ctx);
int sp_context_uprate_proxies (sp_context *ctx);

/* For socialprofit validate: load whichever of the instrument, outcomes
   and proxies the evaluation names (outcomes and proxies need the
   instrument).  Returns how many files were checked.  */
size_t sp_context_check_outcomes (sp_context *ctx);

/* Load the PHB register named by the evaluation (once).  Returns 0, or
   -1 with the problems in ctx->diag; a missing name is bad usage (64).
   Defined in context_register.c.  */
int sp_context_load_register (sp_context *ctx);

/* Load the marketplace transactions the evaluation names, if any (once),
   matching participants against the register when it is loaded.
   Returns 0 (ctx->have_transactions says whether a file was read), or
   -1 with the problems in ctx->diag.  Defined in context_register.c.  */
int sp_context_load_transactions (sp_context *ctx);

/* For socialprofit validate: load the register and the transactions
   if the evaluation names them (transactions are matched against the
   register only when it loaded).  Returns how many files were checked.
   Defined in context_register.c.  */
size_t sp_context_check_register (sp_context *ctx);

/* Load and check every input the evaluation names -- usage and unit
   costs, the comparison group's usage, instrument, outcomes and
   proxies, register and transactions, rollout scenarios -- each independently, so that one bad file does
   not hide problems in another.  Inputs already loaded are not read
   again, and a file that already failed is not reported twice.
   Returns how many files were checked.  Defined in context_check.c.  */
size_t sp_context_check_all (sp_context *ctx);

/* Print the collected messages on stderr and return the exit status the
   run should end with (0 when there were only warnings).  */
int sp_context_report (sp_context *ctx);

/* Release everything the context owns.  */
void sp_context_close (sp_context *ctx);

/* End a run whose opening failed with status RC: print the collected
   messages if any is an error (their status then replaces RC), close
   the context and return the exit status.  */
int sp_context_abort (sp_context *ctx, int rc);

/* Require that a file setting is present: when PATH is NULL record a
   usage error that names the key and FLAG and return -1.  */
int sp_context_require (sp_context *ctx, const char *path, const char *key,
                        const char *flag);

#endif /* SP_CONTEXT_H */
