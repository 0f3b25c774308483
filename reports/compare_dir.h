/* compare_dir.h -- write the compare command's output folder at once
   (issue 11)

   socialprofit compare S1 S2 ... --out DIR writes, through a temporary
   folder renamed into place (outdir.h), as report does:

     DIR/results.json                  the comparison document
                                       (scenarios[], cmd_compare.c)
     DIR/charts/scenarios.png, .svg, .pdf
                                       the scenarios side by side
     DIR/charts/CHART-I-NAME.png, .svg, .pdf
                                       each scenario's own rollout
                                       charts (rollout-trajectory,
                                       rollout-simulations, rollout-
                                       tornado), I its place in the
                                       command line from 1 and NAME its
                                       name in lower case with every run
                                       of other characters than letters
                                       and digits made one dash
                                       (rollout-trajectory-2-east-lancs-
                                       890; scenario_view.h:
                                       sp_scenario_chart_name)
     DIR/statement.pdf                 the scenarios side by side, then
                                       each in full (statement_compare.c)
  */

#ifndef SP_COMPARE_DIR_H
#define SP_COMPARE_DIR_H

#include <cjson/cJSON.h>

#include "diag.h"

/* Write the comparison document DOC into DIR as above; an existing DIR
   is replaced only when it is empty or a previous socialprofit output
   (its results.json written by socialprofit), or when FORCE is set.
   Returns the number of charts written, or -1 with the reason in D
   (73).  */
int sp_compare_dir_write (const cJSON *doc, const char *dir, int force,
                          sp_diag *d);

#endif /* SP_COMPARE_DIR_H */
