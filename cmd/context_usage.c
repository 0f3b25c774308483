/* context_usage.c -- load the unit-cost set, the usage panel and its
   cohort into the context */

#include "context.h"

#include "unit_costs_read.h"
#include "usage_read.h"

int
sp_context_load_usage (sp_context *ctx)
{
  sp_evaluation *e = &ctx->eval;
  int missing = sp_context_require (ctx, e->unit_costs, "unit_costs",
                                    "--unit-costs");
  missing |= sp_context_require (ctx, e->usage, "usage", "--usage");
  if (missing)
    return -1;
  /* Each part is read once; what a failed read left is freed first, as
     the check of every input after a failure may call this again.  */
  if (!ctx->have_costs)
    {
      sp_unit_costs_free (&ctx->costs);
      if (sp_unit_costs_read (e->unit_costs, &ctx->costs, &ctx->diag) != 0)
        return -1;
      ctx->have_costs = 1;
    }
  if (ctx->have_usage)
    return 0;
  sp_usage_free (&ctx->usage);
  sp_usage_panel_free (&ctx->panel);
  /* The period list: the evaluation's before and after.  */
  const char *labels[] = { e->before, e->after };
  sp_usage_periods periods = { labels, 2 };
  if (sp_usage_panel_read (e->usage, &ctx->costs, &periods, &ctx->panel,
                           &ctx->diag) != 0
      || sp_usage_cohort_check (&ctx->panel, 0, periods.n - 1, &ctx->usage,
                                &ctx->diag) != 0)
    return -1;
  ctx->have_usage = 1;
  return 0;
}
