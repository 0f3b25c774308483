/* run.c -- the generic body of a subcommand */

#include <stdio.h>

#include "commands.h"
#include "doc.h"
#include "render.h"

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
      /* Text lists the limitations after the tables.  */
      sp_renderer r[2] = { ctx->opt.format == SP_FORMAT_JSON ? sp_render_json
                           : ctx->opt.format == SP_FORMAT_CSV ? csv
                                                              : text,
                           sp_render_limitations_text };
      int listed = ctx->opt.format == SP_FORMAT_TEXT
                   && cJSON_GetArraySize (cJSON_GetObjectItemCaseSensitive (
                        doc, "limitations")) > 0;
      rc = sp_emit (doc, r, listed ? 2 : 1);
    }
  cJSON_Delete (doc);
  sp_context_close (ctx);
  return rc;
}

int
sp_run_folder_end (sp_context *ctx, cJSON *doc, int charts,
                   const char *what, const char *json, const char *pdf)
{
  int rc = sp_context_report (ctx);
  if (rc == 0 && charts < 0)
    rc = SP_EXIT_SOFTWARE; /* a step failed without saying why: a bug */
  if (rc == 0)
    printf ("socialprofit: %s written to %s (%s, %d chart%s as PNG and SVG, "
            "%s)\n", what, ctx->opt.out, json, charts,
            charts == 1 ? "" : "s", pdf);
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
