/* context_check.c -- check every input the evaluation names, through
   the loaders of context_usage.c, context_comparison.c, context_value.c
   and context_register.c */

#include "context.h"

#include "scenario_read.h"

size_t
sp_context_check_all (sp_context *ctx)
{
  size_t checked = 0;
  if (ctx->eval.usage || ctx->eval.unit_costs)
    {
      sp_context_load_usage (ctx);  /* reads only what is not loaded */
      checked += 2;
    }
  if (ctx->eval.comparison_usage)
    {
      sp_context_load_comparison (ctx);
      checked++;
    }
  checked += sp_context_check_outcomes (ctx);
  checked += sp_context_check_register (ctx);
  /* the rollout scenarios a report would project */
  for (size_t i = 0; i < ctx->eval.n_scenarios; i++, checked++)
    {
      sp_scenario s;
      if (sp_scenario_read (ctx->eval.scenarios[i], &s, &ctx->diag) == 0)
        sp_scenario_free (&s);
    }
  return checked;
}
