/* main.c -- the socialprofit entry point: dispatch to a subcommand */

#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "diag.h"
#include "doc.h"
#include "options.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
} command;

static const command commands[] = {
  { "savings", sp_cmd_savings },
  { "value", sp_cmd_value },
  { "profit", sp_cmd_profit },
  { "validate", sp_cmd_validate },
  { "report", sp_cmd_report },
  { "rollout", sp_cmd_rollout },
  { "compare", sp_cmd_compare },
};

int
main (int argc, char **argv)
{
  if (argc < 2 || strcmp (argv[1], "--help") == 0
      || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      sp_options_help ();
      return argc < 2 ? SP_EXIT_USAGE : 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("socialprofit %s\n", SP_VERSION);
      return 0;
    }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);
  fprintf (stderr,
           "socialprofit: unknown command '%s' (see socialprofit --help)\n",
           argv[1]);
  return SP_EXIT_USAGE;
}
