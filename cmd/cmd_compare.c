/* cmd_compare.c -- socialprofit compare: rollout scenarios side by side

   socialprofit compare S1 S2 ... [--target N] [--evaluation EVAL]
                        [--simulations N] [--seed S] [--threads T]
                        [--format text|json|csv] [--out DIR [--force]]

   Each scenario is projected as by socialprofit rollout; the document's
   "scenarios" list holds { name, rollout, intervals } for each, in the
   order given.  Every scenario is read and checked, and the run fails
   (printing nothing) when any is bad.

   With --out DIR the document goes, with the scenarios side by side,
   each scenario's rollout charts and a statement (statement_compare.c),
   into the folder DIR, all at once
   (reports/compare_dir.h), as report writes its folder, and one line on
   stdout says where.  */

#include "commands.h"
#include "compare_dir.h"
#include "disclosure.h"
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
  if (!ctx.opt.out)
    return sp_run_finish (&ctx, doc, ok, sp_render_compare_text,
                          sp_render_compare_csv);
  int charts = -1;
  if (ok && !sp_diag_failed (&ctx.diag))
    {
      sp_section_limitations (&ctx, doc);
      sp_disclosure_apply (doc, ctx.eval.disclosure_threshold,
                           ctx.opt.internal);
      charts = sp_compare_dir_write (doc, ctx.opt.out, ctx.opt.force,
                                     &ctx.diag);
    }
  return sp_run_folder_end (&ctx, doc, charts, "comparison", "results.json",
                            "statement.pdf");
}
