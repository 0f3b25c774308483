/* commands.h -- the subcommands of socialprofit

   Each takes the arguments after the subcommand's name (argv[0] is the
   subcommand) and returns the process exit status.  */

#ifndef SP_COMMANDS_H
#define SP_COMMANDS_H

int sp_cmd_savings (int argc, char **argv);
int sp_cmd_validate (int argc, char **argv);
int sp_cmd_report (int argc, char **argv);

#endif /* SP_COMMANDS_H */
