/* cmd_validate.c -- socialprofit validate: check every input

   Text: every message on standard error, and a line on standard output
   when all is well.  JSON and CSV (for CI): the validation document
   (validation_doc.h) on standard output, whatever the outcome, and
   nothing on standard error.  The exit status is the same in every
   format: 0 valid, else the worst problem's (64, 65, 66).  */

#include <stdio.h>

#include "commands.h"
#include "context.h"
#include "emit.h"
#include "render.h"
#include "validation_doc.h"

int
sp_cmd_validate (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, "validate", 1, 0);
  int format = ctx.opt.format;
  if (rc != 0 && (format == SP_FORMAT_TEXT || !sp_diag_failed (&ctx.diag)))
    return sp_context_abort (&ctx, rc);
  size_t checked = 0;
  if (rc == 0)
    {
      checked = sp_context_check_all (&ctx);
      if (checked == 0)
        sp_diag_fail (&ctx.diag, SP_EXIT_USAGE, NULL, 0, 0,
                      "nothing to check: give an evaluation file or input "
                      "flags such as --usage and --unit-costs");
    }
  else
    checked = 1; /* the evaluation file, which failed to load */
  cJSON *doc = sp_validation_doc (&ctx.diag, checked);
  if (format == SP_FORMAT_TEXT)
    rc = sp_context_report (&ctx);
  else
    rc = sp_diag_failed (&ctx.diag) ? ctx.diag.exit_status : 0;
  sp_renderer r = format == SP_FORMAT_JSON  ? sp_render_json
                  : format == SP_FORMAT_CSV ? sp_render_validation_csv
                                            : sp_render_validation_text;
  int wrc = sp_emit (doc, &r, 1);
  if (rc == 0)
    rc = wrc;
  cJSON_Delete (doc);
  sp_context_close (&ctx);
  return rc;
}
