/* help.h -- socialprofit --help, socialprofit help CMD and CMD --help

   Printed from the command table (command_table.h) and the option
   table (options.h): usage, what the command does, the options that
   apply to it with their defaults, its outputs and two examples.  */

#ifndef SP_HELP_H
#define SP_HELP_H

#include <stdio.h>

#include "command_table.h"

/* The list of commands and how to get help on each, with the exit
   statuses.  */
void sp_help_overview (FILE *out);

/* The help of command C.  */
void sp_help_command (FILE *out, const sp_command_info *c);

/* The command name closest to NAME (for "did you mean"), or NULL when
   none is close.  */
const char *sp_help_closest_command (const char *name);

#endif /* SP_HELP_H */
