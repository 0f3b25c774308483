/* cmd_savings.c -- socialprofit savings: the cost/benefit table */

#include "commands.h"
#include "doc.h"
#include "emit.h"
#include "render.h"
#include "savings.h"
#include "quarterly_doc.h"
#include "savings_doc.h"
#include "savings_trend.h"

#include <stdlib.h>

int
sp_section_savings (sp_context *ctx, cJSON *doc)
{
  if (sp_context_load_usage (ctx) != 0)
    return -1;
  sp_savings s;
  sp_savings_compute (&ctx->usage, &ctx->costs, ctx->eval.scale_to, &s);
  sp_doc_add_savings (doc, &s, &ctx->costs, &ctx->eval);
  sp_savings_free (&s);
  /* Each later period against the baseline (issue 10).  */
  sp_savings_period *trend;
  size_t n = sp_savings_trend (&ctx->panel, &ctx->costs, &trend);
  sp_doc_add_savings_trend (doc, trend, n, &ctx->panel);
  free (trend);
  return sp_section_comparison (ctx, doc);
}

int
sp_cmd_savings (int argc, char **argv)
{
  static const sp_command_spec spec = {
    "savings", sp_render_savings_text, sp_render_savings_csv, 0
  };
  static const sp_section_fn sections[] = { sp_section_savings,
                                            sp_section_intervals };
  return sp_run_sections (&spec, sections, 2, argc, argv);
}
