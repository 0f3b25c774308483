/* cmd_validate.c -- socialprofit validate: check every input */

#include <stdio.h>

#include "commands.h"
#include "context.h"

int
sp_cmd_validate (int argc, char **argv)
{
  sp_context ctx;
  int rc = sp_context_open (&ctx, argc, argv, "validate", 1, 0);
  if (rc != 0)
    return sp_context_abort (&ctx, rc);
  size_t checked = sp_context_check_all (&ctx);
  if (checked == 0)
    sp_diag_fail (&ctx.diag, SP_EXIT_USAGE, NULL, 0, 0,
                  "nothing to check: give an evaluation file or input "
                  "flags such as --usage and --unit-costs");
  rc = sp_context_report (&ctx);
  if (rc == 0)
    printf ("All inputs are valid (%zu file%s checked).\n", checked,
            checked == 1 ? "" : "s");
  sp_context_close (&ctx);
  return rc;
}
