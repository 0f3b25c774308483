/* cmd_report.c -- socialprofit report: results, charts and statement

   socialprofit report [EVAL] --out DIR builds one results document from
   every section the evaluation has inputs for -- savings (usage),
   social value (outcomes), register, investment, local economy and
   social profit (register), rollout (scenarios), then the bootstrap
   intervals of all of them (10,000 resamples unless set) -- and writes,
   all at once through a temporary folder (reports/outdir.h):

     DIR/results.json          the document, as savings --format json
     DIR/charts/NAME.png, .svg  each chart the document has data for
     DIR/statement.pdf         the social profit statement

   A failed run writes nothing under DIR and nothing on stdout; a run
   that succeeds prints one line saying where the output is.  */

#include <stdio.h>

#include "commands.h"
#include "doc.h"
#include "report_dir.h"


/* Run the sections the evaluation has inputs for into DOC.  Returns 0,
   or -1 with the problems in ctx->diag.  */
static int
run_sections (sp_context *ctx, cJSON *doc)
{
  const sp_evaluation *e = &ctx->eval;
  if (!e->usage && !e->outcomes && !e->register_file && !e->n_scenarios)
    return sp_context_require (ctx, e->usage, "usage", "--usage");
  if (e->usage && sp_section_savings (ctx, doc) != 0)
    return -1;
  if (e->outcomes && sp_section_value (ctx, doc) != 0)
    return -1;
  if (e->register_file && sp_section_register (ctx, doc) != 0)
    return -1;
  /* Social profit combines savings and social value: without both, the
     report shows the register, investment and local economy only.  */
  if (e->register_file && (!e->usage || !e->outcomes))
    sp_diag_warn (&ctx->diag, e->path, 0, 0,
                  "no social profit: it needs both service usage "
                  "(\"usage\") and outcomes (\"outcomes\"); the report "
                  "shows the register, investment and local economy only");
  else if (e->register_file && sp_section_profit (ctx, doc) != 0)
    return -1;
  if (e->n_scenarios && sp_section_rollout (ctx, doc) != 0)
    return -1;
  if (sp_section_intervals (ctx, doc) != 0)
    return -1;
  return sp_section_limitations (ctx, doc);
}

int
sp_cmd_report (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, "report", 1, 0);
  if (rc == 0 && !ctx.opt.out)
    {
      fputs ("socialprofit report: --out DIR is required: name the folder "
             "for results.json, the charts and statement.pdf\n",
             stderr);
      rc = SP_EXIT_USAGE;
    }
  if (rc != 0)
    return sp_context_abort (&ctx, rc);
  ctx.default_resamples = 10000;
  cJSON *doc = sp_doc_new (&ctx.eval);
  int charts = -1;
  if (run_sections (&ctx, doc) == 0 && !sp_diag_failed (&ctx.diag))
    charts = sp_report_dir_write (doc, ctx.opt.out, &ctx.diag);
  else if (sp_diag_failed (&ctx.diag))
    sp_context_check_all (&ctx);  /* every bad file at once */
  rc = sp_context_report (&ctx);
  if (rc == 0 && charts < 0)
    rc = SP_EXIT_SOFTWARE; /* a step failed without saying why: a bug */
  if (rc == 0)
    printf ("socialprofit: report written to %s (results.json, %d chart%s "
            "as PNG and SVG, statement.pdf)\n",
            ctx.opt.out, charts, charts == 1 ? "" : "s");
  cJSON_Delete (doc);
  sp_context_close (&ctx);
  return rc;
}
