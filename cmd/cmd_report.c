/* cmd_report.c -- socialprofit report: results, charts and statement */

#include "commands.h"

int
sp_cmd_report (int argc, char **argv)
{
  (void) argc;
  (void) argv;
  return 70;
}
