/* context_value.c -- load the instrument, outcomes and value proxies */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvpos.h"
#include "context.h"
#include "instrument_read.h"
#include "outcomes_read.h"
#include "proxies_read.h"

/* Read the instrument once.  */
static int
load_instrument (sp_context *ctx)
{
  if (ctx->have_instrument)
    return 0;
  sp_instrument_free (&ctx->instrument);  /* a failed earlier read's */
  if (sp_instrument_read (ctx->eval.instrument, &ctx->instrument,
                          &ctx->diag) != 0)
    return -1;
  ctx->have_instrument = 1;
  return 0;
}

/* Read the outcome scores and the proxies that are named (the
   instrument is loaded); both are read even when the first fails, to
   report every problem.  */
static int
load_scores_and_proxies (sp_context *ctx)
{
  int ok = 1;
  if (ctx->eval.outcomes && !ctx->have_outcomes)
    {
      sp_outcomes_free (&ctx->outcomes);
      if (sp_outcomes_read (ctx->eval.outcomes, &ctx->instrument,
                            ctx->eval.period_end_day, &ctx->outcomes,
                            &ctx->diag) == 0)
        ctx->have_outcomes = 1;
      else
        ok = 0;
    }
  if (ctx->eval.proxies && !ctx->have_proxies)
    {
      sp_value_proxies_free (&ctx->proxies);
      if (sp_value_proxies_read (ctx->eval.proxies, &ctx->instrument,
                                 &ctx->proxies, &ctx->diag) == 0
          && sp_context_uprate_proxies (ctx) == 0)
        ctx->have_proxies = 1;
      else
        ok = 0;
    }
  return ok ? 0 : -1;
}

/* The waves present in the outcome file, "0, 1, 2", into BUF.  */
static void
list_waves (const sp_outcomes *o, char *buf, size_t size)
{
  size_t used = 0;
  buf[0] = '\0';
  for (int w = 0; w <= o->latest_wave && used + 16 < size; w++)
    if (sp_outcomes_has_wave (o, w))
      used += (size_t) snprintf (buf + used, size - used, "%s%d",
                                 used ? ", " : "", w);
}

/* Resolve and check the method and waves into ctx->value_settings.  */
static int
resolve_settings (sp_context *ctx)
{
  const sp_evaluation *e = &ctx->eval;
  sp_value_settings *s = &ctx->value_settings;
  int ok = 1;
  s->discount_rate = e->discount_rate;
  if (sp_improvement_method_parse (e->method, &s->method) != 0)
    {
      sp_diag_fail (&ctx->diag, SP_EXIT_USAGE, e->path, 0, 0,
                    "improvement method '%s' is not known: use relative, "
                    "range or share (\"method\" or --method)",
                    e->method ? e->method : "");
      ok = 0;
    }
  const sp_outcomes *o = &ctx->outcomes;
  s->baseline_wave = e->baseline_wave;
  s->min_followup_share = e->min_followup_share;
  s->followup_rule = SP_FOLLOWUP_SET;
  s->followup_wave = e->followup_wave;
  if (e->followup_wave < 0)
    {
      sp_wave_count *counts;
      size_t n = sp_outcomes_wave_counts (o, s->baseline_wave, &counts);
      int rule = sp_outcomes_default_followup (
        counts, n, s->baseline_wave, s->min_followup_share,
        &s->followup_wave);
      free (counts);
      if (rule < 0)
        s->followup_wave = o->latest_wave;  /* refused just below */
      else
        s->followup_rule = (sp_followup_rule) rule;
    }
  char waves[256];
  list_waves (o, waves, sizeof waves);
  if (s->followup_wave <= s->baseline_wave)
    {
      sp_diag_fail (&ctx->diag, SP_EXIT_USAGE, e->path, 0, 0,
                    "the follow-up wave (%d%s) must come after the "
                    "baseline wave (%d): the outcome file %s has waves %s "
                    "(\"followup_wave\"/--followup-wave, "
                    "\"baseline_wave\"/--baseline-wave)",
                    s->followup_wave,
                    e->followup_wave < 0 ? ", the latest" : "",
                    s->baseline_wave, o->path, waves);
      return -1;
    }
  if (s->followup_rule == SP_FOLLOWUP_MOST_ANSWERED)
    sp_diag_warn (&ctx->diag, o->path, 0, 0,
                  "no wave after the baseline (%d) was answered by at least "
                  "%g%% of its participants (\"min_followup_share\"): the "
                  "follow-up is wave %d, answered by the most of them; set "
                  "\"followup_wave\" to choose another",
                  s->baseline_wave, 100 * s->min_followup_share,
                  s->followup_wave);
  const int asked[2] = { s->baseline_wave, s->followup_wave };
  const char *const names[2] = { "baseline", "follow-up" };
  for (int i = 0; i < 2; i++)
    if (!sp_outcomes_has_wave (o, asked[i]))
      {
        size_t line, column;
        sp_csv_header_position (o->path, "wave", &line, &column);
        sp_diag_error (&ctx->diag, o->path, line, column,
                       "no scores at the %s wave %d: the file has waves %s; "
                       "choose waves that are present", names[i], asked[i],
                       waves);
        ok = 0;
      }
  return ok ? 0 : -1;
}

int
sp_context_load_outcomes (sp_context *ctx)
{
  sp_evaluation *e = &ctx->eval;
  int missing = sp_context_require (ctx, e->instrument, "instrument",
                                    "--instrument");
  missing |= sp_context_require (ctx, e->outcomes, "outcomes", "--outcomes");
  missing |= sp_context_require (ctx, e->proxies, "proxies", "--proxies");
  if (missing)
    return -1;
  if (load_instrument (ctx) != 0 || load_scores_and_proxies (ctx) != 0)
    return -1;
  return resolve_settings (ctx);
}

size_t
sp_context_check_outcomes (sp_context *ctx)
{
  const sp_evaluation *e = &ctx->eval;
  size_t checked = 0;
  if (!e->instrument)
    {
      if (e->outcomes || e->proxies)
        sp_context_require (ctx, e->instrument, "instrument",
                            "--instrument");
      return 0;
    }
  checked++;
  if (load_instrument (ctx) != 0)
    return checked;
  checked += (e->outcomes != NULL) + (e->proxies != NULL);
  if (load_scores_and_proxies (ctx) == 0 && e->outcomes && e->proxies)
    resolve_settings (ctx);
  return checked;
}
