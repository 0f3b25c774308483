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
  sp_doc_add_comparison (doc, &c);
  sp_comparison_data_free (&d);
  return 0;
}
