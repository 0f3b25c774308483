/* scenario_view.h -- a further scenario of a report as a document of its
   own, and the names of its chart files

   The results document's "rollout" and "intervals" are the evaluation's
   first scenario; with more than one, "scenarios" holds each with its
   own rollout and intervals (cmd_rollout.c).  A further scenario is
   drawn, on the statement and as chart files, from a view of the
   document in which "rollout" and "intervals" are the scenario's own
   (references: nothing is copied).  Its chart files are named after the
   chart, the scenario's place and its name:
   charts/rollout-trajectory-2-east-lancs-450.png.  No I/O.  */

#ifndef SP_SCENARIO_VIEW_H
#define SP_SCENARIO_VIEW_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* DOC with "rollout" and "intervals" taken from the scenario S (an
   element of DOC's "scenarios") and without "scenarios" (so the
   side-by-side is not repeated).  Every member is a reference: release
   the view with cJSON_Delete, which frees nothing of DOC.  */
cJSON *sp_scenario_view (const cJSON *doc, const cJSON *s);

/* The file name stem of chart CHART of the I-th scenario (from 1) named
   NAME, into BUF (SIZE bytes); returns BUF: CHART, "-", I, then NAME in
   lower case with every run of characters other than letters and digits
   made one dash (rollout-trajectory-2-east-lancs-450).  The same names
   for a report's further scenarios and for compare --out.  */
char *sp_scenario_chart_name (const char *chart, size_t i, const char *name,
                              char *buf, size_t size);

#endif /* SP_SCENARIO_VIEW_H */
