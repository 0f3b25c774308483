/* cmd_savings.c -- socialprofit savings: the cost/benefit table */

#include "commands.h"
#include "context.h"
#include "doc.h"
#include "emit.h"
#include "render.h"
#include "savings.h"
#include "savings_doc.h"

int
sp_cmd_savings (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, "savings", 1, 0);
  if (rc == 0 && sp_context_load_usage (&ctx) == 0)
    {
      sp_savings s;
      sp_savings_compute (&ctx.usage, &ctx.costs, ctx.eval.scale_to, &s);
      cJSON *doc = sp_doc_new (&ctx.eval);
      sp_doc_add_savings (doc, &s, &ctx.costs, &ctx.eval);
      sp_savings_free (&s);
      rc = sp_context_report (&ctx);
      if (rc == 0)
        {
          sp_renderer r = ctx.opt.format == SP_FORMAT_JSON ? sp_render_json
                          : ctx.opt.format == SP_FORMAT_CSV
                            ? sp_render_savings_csv
                            : sp_render_savings_text;
          rc = sp_emit (doc, &r, 1);
        }
      cJSON_Delete (doc);
    }
  else if (rc == 0 || sp_diag_failed (&ctx.diag))
    rc = sp_context_report (&ctx);
  sp_context_close (&ctx);
  return rc;
}
