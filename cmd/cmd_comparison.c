/* cmd_comparison.c -- the savings of the programme against a comparison
   group (issue 14): savings.comparison, difference_in_differences and
   adjusted */

#include <stdlib.h>

#include "commands.h"
#include "comparison_doc.h"
#include "xalloc.h"

void
sp_comparison_data_make (const sp_context *ctx, sp_comparison_data *d)
{
  const sp_usage *u[2] = { &ctx->usage, &ctx->comparison };
  for (int k = 0; k < 2; k++)
    {
      size_t n = u[k]->n_participants;
      d->before[k] = sp_xcalloc (n ? n : 1, sizeof (double));
      d->after[k] = sp_xcalloc (n ? n : 1, sizeof (double));
      sp_comparison_costs (u[k], &ctx->costs, d->before[k], d->after[k]);
      d->group[k] = (sp_comparison_group) { d->before[k], d->after[k], n,
                                            u[k]->n_excluded };
    }
}

void
sp_comparison_data_free (sp_comparison_data *d)
{
  for (int k = 0; k < 2; k++)
    {
      free (d->before[k]);
      free (d->after[k]);
    }
}

int
sp_section_comparison (sp_context *ctx, cJSON *doc)
{
  if (!ctx->eval.comparison_usage)
    return 0;
  if (sp_context_load_comparison (ctx) != 0)
    return -1;
  sp_comparison_data d;
  sp_comparison_data_make (ctx, &d);
  sp_comparison c;
  sp_comparison_compute (&d.group[0], &d.group[1], &c);
  sp_doc_add_comparison (doc, &c, &ctx->comparison);
  /* A comparison group has no plan: its use must be recorded (or at
     worst recalled), never planned.  */
  const size_t *rows[2] = { ctx->comparison.source_rows_before,
                            ctx->comparison.source_rows_after };
  size_t planned = rows[0][SP_SOURCE_PLAN] + rows[1][SP_SOURCE_PLAN];
  if (planned > 0)
    sp_diag_warn (&ctx->diag, ctx->eval.comparison_usage, 0, 0,
                  "%zu row%s of the comparison group %s source 'plan': a "
                  "comparison group is people without a plan, so its use "
                  "should be recorded; a planned use compared with the "
                  "programme's says nothing about what the programme did",
                  planned, planned == 1 ? "" : "s",
                  planned == 1 ? "has" : "have");
  sp_comparison_data_free (&d);
  return 0;
}
