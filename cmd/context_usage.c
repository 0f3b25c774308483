/* context_usage.c -- load the unit-cost set, the usage panel and its
   cohort into the context */

#include "context.h"

#include "unit_costs_read.h"
#include "usage_read.h"

/* Every period of PANEL after the first must share a participant with
   the baseline (issue 10: savings.trend compares each with it; the last
   is checked with the cohort).  Returns 0, or -1 after an error naming
   the first period that shares none, at its first row (or the header's
   period column when no row names it).  */
static int
check_periods (const sp_usage_panel *panel, sp_diag *d)
{
  int ok = 1;
  for (size_t t = 1; t + 1 < panel->n_periods; t++)
    {
      size_t both = 0;
      for (size_t p = 0; p < panel->n_participants; p++)
        both += panel->observed[p * panel->n_periods]
                && panel->observed[p * panel->n_periods + t];
      if (both)
        continue;
      size_t line = panel->period_line[t];
      sp_diag_error (d, panel->path, line ? line : panel->header_line,
                     panel->period_column,
                     "no participant is observed in both the baseline '%s' "
                     "and period '%s'%s: check the period names and the "
                     "participant identifiers, or leave '%s' out of "
                     "\"periods\"", panel->periods[0], panel->periods[t],
                     line ? " (first row here)" : " (no row names it)",
                     panel->periods[t]);
      ok = 0;
    }
  return ok ? 0 : -1;
}

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
      if (sp_unit_costs_read (e->unit_costs, &ctx->costs, &ctx->diag) != 0
          || sp_context_uprate_costs (ctx) != 0)
        return -1;
      ctx->have_costs = 1;
    }
  if (ctx->have_usage)
    return 0;
  sp_usage_free (&ctx->usage);
  sp_usage_panel_free (&ctx->panel);
  /* The period list: the evaluation's periods, or its before and
     after.  */
  const char *pair[] = { e->before, e->after };
  sp_usage_periods periods = { (const char *const *) e->periods,
                               e->n_periods };
  if (e->n_periods < 2)
    periods = (sp_usage_periods){ pair, 2 };
  if (sp_usage_panel_read (e->usage, &ctx->costs, &periods, &ctx->panel,
                           &ctx->diag) != 0)
    return -1;
  int middle = check_periods (&ctx->panel, &ctx->diag);
  if (sp_usage_cohort_check (&ctx->panel, 0, periods.n - 1, &ctx->usage,
                             &ctx->diag) != 0 || middle != 0)
    return -1;
  ctx->have_usage = 1;
  return 0;
}
