/* cmd_compare.c -- socialprofit compare: rollout scenarios side by side

   socialprofit compare S1 S2 ... [--target N] [--evaluation EVAL]
                        [--simulations N] [--seed S] [--threads T]
                        [--format text|json|csv]

   Each scenario is projected as by socialprofit rollout; the document's
   "scenarios" list holds { name, rollout, intervals } for each, in the
   order given.  Every scenario is read and checked, and the run fails
   (printing nothing) when any is bad.  */

#include "commands.h"
#include "doc.h"
#include "render_rollout.h"

/* At most this many scenarios in one comparison.  */
#define MAX_SCENARIOS 64

int
sp_cmd_compare (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_rollout_open (&ctx, argc, argv, "compare", 1, MAX_SCENARIOS);
  if (rc != 0)
    return rc;
  cJSON *doc = sp_doc_new (&ctx.eval);
  cJSON *list = cJSON_AddArrayToObject (doc, "scenarios");
  int ok = 1;
  for (size_t i = 0; i < ctx.opt.n_args; i++)
    ok &= sp_rollout_add_named (&ctx, ctx.opt.args[i], list) == 0;
  return sp_run_finish (&ctx, doc, ok, sp_render_compare_text,
                        sp_render_compare_csv);
}
