/* run.c -- the generic body of a subcommand */

#include "commands.h"
#include "doc.h"
#include "render.h"

int
sp_run_sections (const sp_command_spec *spec, const sp_section_fn *sections,
                 size_t n, int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, spec->name, 1, 0);
  if (rc != 0)
    {
      if (sp_diag_failed (&ctx.diag))
        rc = sp_context_report (&ctx);
      sp_context_close (&ctx);
      return rc;
    }
  cJSON *doc = sp_doc_new (&ctx.eval);
  int ok = 1;
  for (size_t i = 0; i < n && ok; i++)
    ok = sections[i] (&ctx, doc) == 0;
  /* After a failure, check the other inputs too, so the user sees every
     bad file at once, not one per run.  */
  if (!ok && spec->check_all && sp_diag_failed (&ctx.diag))
    sp_context_check_all (&ctx);
  rc = sp_context_report (&ctx);
  if (rc == 0 && !ok)
    rc = 70; /* a section failed without saying why: a bug */
  if (rc == 0)
    {
      sp_renderer r = ctx.opt.format == SP_FORMAT_JSON ? sp_render_json
                      : ctx.opt.format == SP_FORMAT_CSV ? spec->csv
                                                         : spec->text;
      rc = sp_emit (doc, &r, 1);
    }
  cJSON_Delete (doc);
  sp_context_close (&ctx);
  return rc;
}
