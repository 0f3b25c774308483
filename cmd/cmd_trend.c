/* cmd_trend.c -- socialprofit trend: headline figures over several
   reports (issue 10)

   socialprofit trend R1.json R2.json ... [--format text|json|csv]
                      [--out DIR]

   The arguments are results documents (report's results.json) in time
   order, of one programme and area.  The trend document (trend_doc.h)
   gives each headline figure of each document unchanged, in the order
   given.  Without --out it is printed in the chosen format; with --out
   DIR the folder gets trend.json, one chart per figure (PNG, SVG and PDF)
   and trend.pdf, all at once (trend_dir.h), and one line says where.
   Unless --internal, a document built with --internal is followed in
   its published view (sp_run_published_view).  */

#include <stdio.h>
#include <stdlib.h>

#include "jsonload.h"
#include "commands.h"
#include "disclosure.h"
#include "doc.h"
#include "render_trend.h"
#include "results_read.h"
#include "trend_dir.h"
#include "trend_doc.h"
#include "xalloc.h"

/* At most this many documents.  */
#define MAX_REPORTS 1000

/* Read every document named in CTX's arguments into DOCS; each one
   must be of the first one's programme and area.  Returns 0, or -1 with
   every problem in ctx->diag.  */
static int
read_reports (sp_context *ctx, cJSON **docs)
{
  int ok = 1;
  for (size_t i = 0; i < ctx->opt.n_args; i++)
    {
      const char *path = ctx->opt.args[i];
      if (sp_results_read (path, "this file", &docs[i], &ctx->diag) != 0)
        {
          ok = 0;
          continue;
        }
      if (i > 0 && docs[0] && !sp_results_same_programme (docs[0], docs[i]))
        {
          size_t line, column;
          sp_json_file_position (path, "evaluation.programme", &line,
                                 &column);
          sp_diag_error (&ctx->diag, path, line, column,
                         "this report is of programme '%s' in area '%s', "
                         "but %s is of programme '%s' in area '%s': follow "
                         "the reports of one programme and area",
                         sp_doc_str (docs[i], "evaluation.programme",
                                     "(none)"),
                         sp_doc_str (docs[i], "evaluation.area", "(none)"),
                         ctx->opt.args[0],
                         sp_doc_str (docs[0], "evaluation.programme",
                                     "(none)"),
                         sp_doc_str (docs[0], "evaluation.area", "(none)"));
          ok = 0;
        }
      if (docs[i])
        sp_run_published_view (ctx, docs[i]);
    }
  return ok ? 0 : -1;
}

int
sp_cmd_trend (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, "trend", 0, MAX_REPORTS);
  if (rc == 0 && ctx.opt.n_args == 0)
    {
      fputs ("socialprofit trend: name the results.json of each report, in "
             "time order (see socialprofit --help)\n", stderr);
      rc = SP_EXIT_USAGE;
    }
  if (rc != 0)
    return sp_context_abort (&ctx, rc);
  size_t n = ctx.opt.n_args;
  cJSON **docs = sp_xcalloc (n, sizeof *docs);
  cJSON *doc = NULL;
  if (read_reports (&ctx, docs) == 0)
    doc = sp_doc_trend ((const cJSON *const *) docs,
                        (const char *const *) ctx.opt.args, n);
  for (size_t i = 0; i < n; i++)
    cJSON_Delete (docs[i]);
  free (docs);
  if (!ctx.opt.out || !doc)
    return sp_run_finish (&ctx, doc, doc != NULL, sp_render_trend_text,
                          sp_render_trend_csv);
  /* trend.json is the document --format json prints: with its
     limitations and disclosure sections.  */
  sp_section_limitations (&ctx, doc);
  sp_disclosure_apply (doc, ctx.eval.disclosure_threshold, ctx.opt.internal);
  int charts = sp_trend_dir_write (doc, ctx.opt.out, ctx.opt.force,
                                   &ctx.diag);
  return sp_run_folder_end (&ctx, doc, charts, "trend", "trend.json",
                            "trend.pdf");
}
