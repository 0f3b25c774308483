/* context.c -- what a subcommand run holds: options, evaluation, inputs

   The core of the context: opening (options and evaluation file),
   required settings, the end of a run.  The loaders of each input live
   in context_usage.c, context_value.c and context_register.c, which use
   only this core; context_check.c checks every input through them.  */

#include "context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datadir.h"
#include "xalloc.h"


static int
ends_with (const char *s, const char *suffix)
{
  size_t n = strlen (s), m = strlen (suffix);
  return n >= m && strcmp (s + n - m, suffix) == 0;
}

/* --periods A,B,C into E's periods: two or more distinct non-empty
   labels.  Returns 0, or 64 after saying what is wrong.  --before or
   --after without --periods replace the evaluation file's periods by
   that pair.  */
static int
apply_periods (const sp_options *o, sp_evaluation *e)
{
  if (!o->periods)
    {
      /* apply_flags has set before and after already.  */
      if (o->before || o->after)
        sp_evaluation_set_periods (e, NULL, 0);
      return 0;
    }
  char *copy = sp_xstrdup (o->periods);
  size_t n = 1;
  for (const char *c = copy; *c; c++)
    n += *c == ',';
  const char **labels = sp_xcalloc (n, sizeof *labels);
  size_t k = 0;
  int ok = 1;
  for (char *p = copy, *t; ok && (t = strsep (&p, ","));)
    {
      for (size_t j = 0; j < k; j++)
        ok &= strcmp (labels[j], t) != 0;
      ok &= t[0] != '\0';
      labels[k++] = t;
    }
  if (ok && k >= 2)
    sp_evaluation_set_periods (e, labels, k);
  else
    fprintf (stderr, "socialprofit %s: --periods '%s': give two or more "
             "distinct period names in time order, the baseline first, "
             "separated by commas (e.g. baseline,q1,q2)\n", o->command,
             o->periods);
  free (labels);
  free (copy);
  return ok && k >= 2 ? 0 : SP_EXIT_USAGE;
}

/* Lay the command-line flags over the evaluation file's values.  */
static void
apply_flags (const sp_options *o, sp_evaluation *e)
{
  const struct { const char *flag; char **slot; } files[] = {
    { o->usage, &e->usage }, { o->unit_costs, &e->unit_costs },
    { o->comparison_usage, &e->comparison_usage },
    { o->before, &e->before }, { o->after, &e->after },
    { o->outcomes, &e->outcomes }, { o->instrument, &e->instrument },
    { o->proxies, &e->proxies }, { o->register_file, &e->register_file },
    { o->transactions, &e->transactions }, { o->method, &e->method },
    { o->ci_method, &e->bootstrap.method },
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
    if (files[i].flag)
      sp_evaluation_set (files[i].slot, files[i].flag);
  if (o->scale_to_set)
    e->scale_to = o->scale_to;
  if (o->baseline_wave_set)
    e->baseline_wave = o->baseline_wave;
  if (o->followup_wave_set)
    e->followup_wave = o->followup_wave;
  if (o->discount_rate_set)
    e->discount_rate = o->discount_rate;
  if (o->local_respend_set)
    e->local_respend = o->local_respend;
  if (o->bootstrap >= 0)
    e->bootstrap.resamples = o->bootstrap;
  if (o->confidence_set)
    e->bootstrap.confidence = o->confidence;
  if (o->seed_set)
    e->bootstrap.seed = o->seed;
  if (o->threads >= 0)
    e->bootstrap.threads = o->threads;
}

/* The flags naming bundled kinds of data (--unit-costs east-lancs-2018):
   a file from the current folder, else a bundled set (datadir.h).
   Returns 0, or -1 with the error in ctx->diag (exit 66).  */
static int
resolve_bundled (sp_context *ctx)
{
  const sp_options *o = &ctx->opt;
  sp_evaluation *e = &ctx->eval;
  const struct { const char *flag; sp_data_kind kind; char **slot; } v[] = {
    { o->unit_costs, SP_DATA_UNIT_COSTS, &e->unit_costs },
    { o->instrument, SP_DATA_INSTRUMENTS, &e->instrument },
    { o->proxies, SP_DATA_VALUES, &e->proxies },
  };
  int ok = 1;
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
    if (v[i].flag)
      {
        char *path = sp_data_resolve (v[i].kind, v[i].flag, NULL, &ctx->diag,
                                      sp_data_kinds[v[i].kind].flag, 0, 0);
        if (path)
          sp_evaluation_set (v[i].slot, path);
        ok &= path != NULL;
        free (path);
      }
  return ok ? 0 : -1;
}

int
sp_context_open (sp_context *ctx, int argc, char **argv,
                 const char *command, int takes_evaluation, size_t max_args)
{
  memset (ctx, 0, sizeof *ctx);
  sp_diag_init (&ctx->diag);
  sp_evaluation_defaults (&ctx->eval);
  int rc = sp_options_parse (argc, argv, command, &ctx->opt);
  if (rc)
    return rc;
  sp_options *o = &ctx->opt;
  ctx->diag.hide_warnings = o->quiet;
  if (o->format == SP_FORMAT_XLSX
      && (!o->output || (strcmp (o->output, "-") == 0 && isatty (1))))
    {
      fprintf (stderr, "socialprofit %s: --format xlsx writes a binary "
               "workbook: %s\n", command, o->output
               ? "standard output is a terminal; give --output FILE"
               : "give --output FILE (e.g. --output results.xlsx)");
      return SP_EXIT_USAGE;
    }
  sp_term_progress_init (&ctx->progress, o->quiet);
  /* The evaluation file: --evaluation EVAL, or for the commands that
     take it there, a first positional argument ending in .json.  */
  const char *eval = o->evaluation;
  if (eval && !ends_with (eval, ".json") && strcmp (eval, "-") != 0)
    {
      fprintf (stderr, "socialprofit %s: --evaluation '%s': name an "
               "evaluation file ending in .json (or - for standard "
               "input)\n", command, eval);
      return SP_EXIT_USAGE;
    }
  if (!eval && o->n_args > 0 && takes_evaluation
      && (ends_with (o->args[0], ".json") || strcmp (o->args[0], "-") == 0))
    {
      eval = o->args[0];
      o->args++;
      o->n_args--;
    }
  if (eval && sp_evaluation_load (eval, &ctx->eval, &ctx->diag) != 0)
    return ctx->diag.exit_status;
  if (o->n_args > max_args)
    {
      fprintf (stderr,
               "socialprofit %s: unexpected argument '%s' (see "
               "socialprofit %s --help)\n",
               command, o->args[max_args], command);
      return SP_EXIT_USAGE;
    }
  apply_flags (o, &ctx->eval);
  if (resolve_bundled (ctx) != 0)
    return ctx->diag.exit_status;
  return apply_periods (o, &ctx->eval);
}

int
sp_context_require (sp_context *ctx, const char *path, const char *key,
                    const char *flag)
{
  if (path)
    return 0;
  sp_diag_fail (&ctx->diag, SP_EXIT_USAGE, ctx->eval.path, 0, 0,
                "no %s given: name it as \"%s\" in the evaluation file or "
                "with %s",
                key, key, flag);
  return -1;
}

int
sp_context_report (sp_context *ctx)
{
  sp_diag_print (&ctx->diag, stderr);
  return sp_diag_failed (&ctx->diag) ? ctx->diag.exit_status : 0;
}

void
sp_context_close (sp_context *ctx)
{
  sp_unit_costs_free (&ctx->costs);
  sp_usage_free (&ctx->usage);
  sp_usage_panel_free (&ctx->panel);
  sp_usage_free (&ctx->comparison);
  sp_usage_panel_free (&ctx->comparison_panel);
  sp_instrument_free (&ctx->instrument);
  sp_outcomes_free (&ctx->outcomes);
  sp_value_proxies_free (&ctx->proxies);
  sp_price_index_free (&ctx->cost_index);
  sp_price_index_free (&ctx->value_index);
  sp_register_free (&ctx->reg);
  sp_transactions_free (&ctx->transactions);
  sp_evaluation_free (&ctx->eval);
  sp_diag_free (&ctx->diag);
}

int
sp_context_abort (sp_context *ctx, int rc)
{
  if (sp_diag_failed (&ctx->diag))
    rc = sp_context_report (ctx);
  sp_context_close (ctx);
  return rc;
}
