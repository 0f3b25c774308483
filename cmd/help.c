/* help.c -- socialprofit --help, socialprofit help CMD and CMD --help */

#include "help.h"

#include <string.h>

#include "commands.h"
#include "datadir.h"
#include "diag.h"
#include "doc.h"
#include "options.h"

static void
para (FILE *out, const char *text, size_t indent)
{
  sp_options_wrap (out, text, indent, 0);
}

void
sp_help_overview (FILE *out)
{
  fprintf (out, "Usage: socialprofit COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                "socialprofit %s turns the data of personal health budget "
                "programmes into\nNHS cost savings, social value, social "
                "profit and rollout projections.\n\nCommands:\n",
           SP_VERSION);
  for (size_t i = 0; i < sp_command_table_size; i++)
    {
      const sp_command_info *c = &sp_command_table[i];
      char head[64];
      snprintf (head, sizeof head, "%s %s", c->name, c->args);
      int col = fprintf (out, "  %-24s", head);
      sp_options_wrap (out, c->summary, 27, (size_t) col);
    }
  fputs ("\nsocialprofit COMMAND --help (or socialprofit help COMMAND) "
         "shows a command's\noptions, outputs and examples; "
         "man socialprofit documents everything.\n\n"
         "Exit status: 0 success, 64 bad usage, 65 bad data, 66 missing "
         "input,\n73 output cannot be created.\n",
         out);
}

void
sp_help_command (FILE *out, const sp_command_info *c)
{
  fprintf (out, "Usage: socialprofit %s %s [OPTIONS]\n\n", c->name,
           c->args);
  para (out, c->summary, 0);
  fputc ('\n', out);
  para (out, c->description, 0);
  fputs ("\nOptions:\n", out);
  sp_options_print_help (out, c->name);
  fputs ("\nOutputs:\n", out);
  para (out, c->outputs, 2);
  fputs ("\nExamples:\n", out);
  for (size_t i = 0; i < 2; i++)
    fprintf (out, "  socialprofit %s\n", c->examples[i]);
  fputs ("\nExit status: 0 success, 64 bad usage, 65 bad data, 66 missing "
         "input,\n73 output cannot be created.\n",
         out);
}

const char *
sp_help_closest_command (const char *name)
{
  const char *best = NULL;
  size_t best_d = (size_t) -1;
  for (size_t i = 0; i < sp_command_table_size; i++)
    {
      const char *n = sp_command_table[i].name;
      size_t d = sp_edit_distance (name, n);
      if (d <= strlen (n) / 3 + 1 && d < best_d)
        {
          best = n;
          best_d = d;
        }
    }
  return best;
}

/* socialprofit help [COMMAND]; socialprofit help --complete [COMMAND]
   lists the command names, or COMMAND's options (sp_options_print_names),
   one per line, for the bash completion; socialprofit help --bundled
   KIND lists the bundled data sets of KIND as NAME, tab, path.  */
int
sp_cmd_help (int argc, char **argv)
{
  if (argc == 3 && strcmp (argv[1], "--bundled") == 0)
    {
      int k = sp_data_kind_find (argv[2]);
      if (k < 0)
        {
          fprintf (stderr, "socialprofit help: --bundled '%s': use "
                   "unit-costs, instruments, values, indices or "
                   "scenarios\n", argv[2]);
          return SP_EXIT_USAGE;
        }
      sp_data_list ((sp_data_kind) k, stdout);
      return 0;
    }
  int complete = argc > 1 && strcmp (argv[1], "--complete") == 0;
  if (complete)
    {
      argc--;
      argv++;
    }
  if (argc > 2)
    {
      fputs ("socialprofit help: name one command (see socialprofit "
             "--help)\n", stderr);
      return SP_EXIT_USAGE;
    }
  if (argc < 2)
    {
      if (complete)
        for (size_t i = 0; i < sp_command_table_size; i++)
          printf ("%s\n", sp_command_table[i].name);
      else
        sp_help_overview (stdout);
      return 0;
    }
  const sp_command_info *c = sp_command_find (argv[1]);
  if (!c)
    {
      const char *near = sp_help_closest_command (argv[1]);
      fprintf (stderr, "socialprofit help: unknown command '%s'%s%s%s\n",
               argv[1], near ? ": did you mean " : " (see socialprofit "
                                                   "--help)",
               near ? near : "", near ? "?" : "");
      return SP_EXIT_USAGE;
    }
  if (complete)
    sp_options_print_names (stdout, c->name);
  else
    sp_help_command (stdout, c);
  return 0;
}
