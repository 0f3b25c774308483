/* main.c -- the socialprofit entry point: dispatch to a subcommand

   The commands are the rows of sp_command_table (command_table.h);
   "socialprofit CMD --help" prints CMD's help before CMD runs.  */

#include <stdio.h>
#include <string.h>

#include "command_table.h"
#include "diag.h"
#include "doc.h"
#include "help.h"
#include "options.h"

int
main (int argc, char **argv)
{
  if (argc < 2 || strcmp (argv[1], "--help") == 0
      || strcmp (argv[1], "-h") == 0)
    {
      sp_help_overview (stdout);
      return argc < 2 ? SP_EXIT_USAGE : 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("socialprofit %s\n", SP_VERSION);
      return 0;
    }
  const sp_command_info *c = sp_command_find (argv[1]);
  if (c && sp_options_help_asked (argc - 1, argv + 1))
    {
      sp_help_command (stdout, c);
      return 0;
    }
  if (c)
    return c->run (argc - 1, argv + 1);
  const char *near = sp_help_closest_command (argv[1]);
  if (near)
    fprintf (stderr, "socialprofit: unknown command '%s': did you mean "
             "%s? (see socialprofit --help)\n", argv[1], near);
  else
    fprintf (stderr, "socialprofit: unknown command '%s' (see "
             "socialprofit --help)\n", argv[1]);
  return SP_EXIT_USAGE;
}
