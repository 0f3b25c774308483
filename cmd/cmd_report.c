/* cmd_report.c -- socialprofit report: results, charts and statement

   socialprofit report [EVAL] --out DIR builds one results document from
   every section the evaluation has inputs for -- savings (usage),
   social value (outcomes), register, investment, local economy and
   social profit (register), rollout (scenarios), then the bootstrap
   intervals of all of them (10,000 resamples unless set) -- and writes,
   all at once through a temporary folder (reports/outdir.h):

     DIR/results.json          the document, as savings --format json
     DIR/results.xlsx          the workbook (reports/xlsx/workbook.h)
     DIR/charts/NAME.png, .svg, .pdf  each chart the document has data for
     DIR/statement.pdf         the social profit statement

   With --previous OLD/results.json the document also says what changed
   since that report ("previous", "changes": changes_doc.h).

   A failed run writes nothing under DIR and nothing on stdout; a run
   that succeeds prints one line saying where the output is.  */

#include <stdio.h>
#include <string.h>

#include "jsonload.h"
#include "changes_doc.h"
#include "commands.h"
#include "disclosure.h"
#include "doc.h"
#include "notes_doc.h"
#include "parallel.h"
#include "report_dir.h"
#include "results_read.h"
#include "textin.h"

/* With --previous OLD/results.json, what changed since that report
   (issue 10): the previous document must be a results document of the
   same programme and area.  Returns 0, or -1 with the problem in
   ctx->diag.  */
static int
compare_previous (sp_context *ctx, cJSON *doc)
{
  const char *path = ctx->opt.previous;
  if (!path)
    return 0;
  cJSON *prev;
  if (sp_results_read (path, "the previous report", &prev, &ctx->diag) != 0)
    return -1;
  if (!sp_results_same_programme (prev, doc))
    {
      const char *pp = sp_doc_str (prev, "evaluation.programme", "(none)");
      const char *pa = sp_doc_str (prev, "evaluation.area", "(none)");
      size_t line, column;
      sp_json_file_position (path, "evaluation.programme", &line, &column);
      sp_diag_error (&ctx->diag, path, line, column,
                     "the previous report is of programme '%s' in area "
                     "'%s', but this evaluation is of programme '%s' in "
                     "area '%s': give --previous the results.json of an "
                     "earlier report of the same programme and area", pp,
                     pa, sp_doc_str (doc, "evaluation.programme", "(none)"),
                     sp_doc_str (doc, "evaluation.area", "(none)"));
      cJSON_Delete (prev);
      return -1;
    }
  sp_run_published_view (ctx, prev);
  sp_doc_add_changes (doc, prev, path);
  cJSON_Delete (prev);
  return 0;
}


/* Whether PATH (unless NULL or "-", standard input, left for its
   reader) can be opened; if not, the reason is in D (exit 66).  */
static int
openable (const char *path, sp_diag *d)
{
  if (!path || strcmp (path, "-") == 0)
    return 1;
  FILE *f = sp_input_open (path, d);
  sp_input_close (f);
  return f != NULL;
}

/* Every input file the report will read can be opened: a missing or
   misspelt one (a scenario, say) is exit 66 before any figure is
   computed, not after a national bootstrap.  Returns 0, or -1 with
   every unopenable file in ctx->diag.  */
static int
inputs_open (sp_context *ctx)
{
  const sp_evaluation *e = &ctx->eval;
  const char *paths[] = { e->usage, e->comparison_usage, e->unit_costs,
                          e->outcomes, e->instrument, e->proxies,
                          e->register_file, e->transactions,
                          ctx->opt.previous };
  int ok = 1;
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++)
    ok &= openable (paths[i], &ctx->diag);
  for (size_t i = 0; i < e->n_scenarios; i++)
    ok &= openable (e->scenarios[i], &ctx->diag);
  return ok ? 0 : -1;
}

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
  /* The intervals before the rollout: its cohort saving per participant
     x target then takes savings.per_participant's interval (the same
     resamples) instead of a second bootstrap of the cohort.  */
  if (sp_section_intervals (ctx, doc) != 0)
    return -1;
  if (e->n_scenarios && sp_section_rollout (ctx, doc) != 0)
    return -1;
  if (compare_previous (ctx, doc) != 0)
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
  if (rc == 0 && inputs_open (&ctx) != 0)
    rc = ctx.diag.exit_status;
  if (rc != 0)
    return sp_context_abort (&ctx, rc);
  ctx.default_resamples = 10000;
  cJSON *doc = sp_doc_new (&ctx.eval);
  int charts = -1;
  if (run_sections (&ctx, doc) == 0 && !sp_diag_failed (&ctx.diag))
    {
      /* The warnings printed on stderr, for the statement's "Data
         notes" (redacted by disclosure control).  */
      sp_doc_add_data_notes (doc, &ctx.diag);
      sp_disclosure_apply (doc, ctx.eval.disclosure_threshold,
                           ctx.opt.internal);
      /* --threads 1 keeps the drawing on one thread too.  */
      int two = ctx.eval.bootstrap.threads != 1 && sp_parallel_cores () > 1;
      charts = sp_report_dir_write (doc, ctx.opt.out, ctx.opt.force, two,
                                    &ctx.diag);
    }
  else if (sp_diag_failed (&ctx.diag))
    sp_context_check_all (&ctx);  /* every bad file at once */
  return sp_run_folder_end (&ctx, doc, charts, "report",
                            "results.json, results.xlsx",
                            "statement.pdf");
}
