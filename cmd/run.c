/* run.c -- the generic body of a subcommand */

#include <stdio.h>
#include <stdlib.h>

#include "commands.h"
#include "disclosure.h"
#include "doc.h"
#include "emit.h"
#include "render.h"
#include "workbook.h"

/* Render DOC with the N renderers R, or as a workbook for --format
   xlsx, into the file --output names.  Returns the exit status, the
   messages printed.  */
static int
sp_run_to_file (sp_context *ctx, const cJSON *doc, const sp_renderer *r,
                size_t n)
{
  char *buf = NULL;
  size_t len = 0;
  int rc = 0;
  if (ctx->opt.format == SP_FORMAT_XLSX)
    rc = sp_workbook_render (doc, &buf, &len, &ctx->diag) ? SP_EXIT_CANTCREAT
                                                          : 0;
  else if (sp_emit_render (doc, r, n, &buf, &len) != 0)
    rc = SP_EXIT_CANTCREAT;
  if (rc == 0)
    rc = sp_emit_file (ctx->opt.output, buf, len, &ctx->diag);
  free (buf);
  if (rc)
    sp_context_report (ctx);
  return rc;
}

int
sp_run_finish (sp_context *ctx, cJSON *doc, int ok, sp_renderer text,
               sp_renderer csv)
{
  if (ok && !sp_diag_failed (&ctx->diag))
    sp_section_limitations (ctx, doc);
  int rc = sp_context_report (ctx);
  if (rc == 0 && !ok)
    rc = SP_EXIT_SOFTWARE; /* a section failed without saying why: a bug */
  if (rc == 0)
    {
      sp_disclosure_apply (doc, ctx->eval.disclosure_threshold,
                           ctx->opt.internal);
      /* Text lists the limitations after the tables.  */
      sp_renderer r[2] = { ctx->opt.format == SP_FORMAT_JSON ? sp_render_json
                           : ctx->opt.format == SP_FORMAT_CSV ? csv
                                                              : text,
                           sp_render_limitations_text };
      int listed = ctx->opt.format == SP_FORMAT_TEXT
                   && cJSON_GetArraySize (cJSON_GetObjectItemCaseSensitive (
                        doc, "limitations")) > 0;
      if (ctx->opt.output || ctx->opt.format == SP_FORMAT_XLSX)
        rc = sp_run_to_file (ctx, doc, r, listed ? 2 : 1);
      else
        rc = sp_emit (doc, r, listed ? 2 : 1);
    }
  cJSON_Delete (doc);
  sp_context_close (ctx);
  return rc;
}

void
sp_run_published_view (const sp_context *ctx, cJSON *doc)
{
  if (ctx->opt.internal)
    return;
  const cJSON *sec = cJSON_GetObjectItemCaseSensitive (doc, "disclosure");
  const cJSON *internal = cJSON_GetObjectItemCaseSensitive (sec, "internal");
  if (sec && !cJSON_IsTrue (internal))
    return;   /* already its published view */
  const cJSON *t = cJSON_GetObjectItemCaseSensitive (sec, "threshold");
  sp_disclosure_apply (doc, cJSON_IsNumber (t) ? (int) t->valuedouble
                                               : ctx->eval.disclosure_threshold,
                       0);
}

int
sp_run_folder_end (sp_context *ctx, cJSON *doc, int charts,
                   const char *what, const char *json, const char *pdf)
{
  int rc = sp_context_report (ctx);
  if (rc == 0 && charts < 0)
    rc = SP_EXIT_SOFTWARE; /* a step failed without saying why: a bug */
  if (rc == 0)
    printf ("socialprofit: %s written to %s (%s, %d chart%s as PNG, SVG "
            "and PDF%s%s)\n", what, ctx->opt.out, json, charts,
            charts == 1 ? "" : "s", pdf ? ", " : "", pdf ? pdf : "");
  cJSON_Delete (doc);
  sp_context_close (ctx);
  return rc;
}

int
sp_run_sections (const sp_command_spec *spec, const sp_section_fn *sections,
                 size_t n, int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, spec->name, 1, 0);
  if (rc != 0)
    return sp_context_abort (&ctx, rc);
  cJSON *doc = sp_doc_new (&ctx.eval);
  int ok = 1;
  for (size_t i = 0; i < n && ok; i++)
    ok = sections[i] (&ctx, doc) == 0;
  /* After a failure, check the other inputs too, so the user sees every
     bad file at once, not one per run.  */
  if (!ok && spec->check_all && sp_diag_failed (&ctx.diag))
    sp_context_check_all (&ctx);
  return sp_run_finish (&ctx, doc, ok, spec->text, spec->csv);
}
