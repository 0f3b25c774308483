/* command_table.h -- the commands of socialprofit, one row each

   Every command is one row of sp_command_table (command_table.c): its
   name, the function that runs it, its arguments, a one-line summary
   for "socialprofit --help", what it does, what it writes, and two
   examples.  main.c dispatches through it and help.c prints from it, so
   adding a command is one row here (plus naming it in the "commands" of
   the options that apply to it, cmd/options.c).  */

#ifndef SP_COMMAND_TABLE_H
#define SP_COMMAND_TABLE_H

#include <stddef.h>

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);  /* argv[0] is the command name */
  const char *args;         /* positional arguments, e.g. "[EVAL]" */
  const char *summary;      /* one line */
  const char *description;  /* what it does (wrapped when printed) */
  const char *outputs;      /* what it writes, and where */
  const char *examples[2];  /* command lines after "socialprofit " */
} sp_command_info;

extern const sp_command_info sp_command_table[];
extern const size_t sp_command_table_size;

/* The row of the command NAME, or NULL.  */
const sp_command_info *sp_command_find (const char *name);

#endif /* SP_COMMAND_TABLE_H */
