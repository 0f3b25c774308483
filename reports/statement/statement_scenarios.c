/* statement_scenarios.c -- every scenario of the evaluation in a full
   section of its own (issue 11 §2)

   The document's "rollout" is the evaluation's first scenario; with
   more than one, "scenarios" holds each of them with its own rollout
   and intervals (cmd_rollout.c).  The first is drawn by
   sp_stmt_rollout on the document itself; each further one is drawn by
   the same function on a view of the document in which "rollout" and
   "intervals" are that scenario's (references, nothing copied), so
   that its figures, intervals, trajectory and tornado are the
   scenario's own (scenario_view.h).  Its charts name their own files,
   which the report writes under the same suffix.  */

#include <string.h>

#include "doc.h"
#include "scenario_view.h"
#include "statement_parts.h"

void
sp_stmt_scenario_section (sp_page *p, const cJSON *doc, const cJSON *s,
                          size_t place)
{
  cJSON *view = sp_scenario_view (doc, s);
  p->chart_place = place;
  p->chart_scenario = sp_doc_str (s, "name", "");
  sp_stmt_rollout (p, view);
  p->chart_place = 0;
  p->chart_scenario = NULL;
  cJSON_Delete (view);
}

void
sp_stmt_scenarios (sp_page *p, const cJSON *doc)
{
  const cJSON *list = sp_doc_get (doc, "scenarios");
  if (cJSON_GetArraySize (list) < 2)
    return;
  const cJSON *s;
  int i = 0;
  cJSON_ArrayForEach (s, list)
  {
    /* The first is the document's own rollout, already drawn.  */
    if (i++ == 0)
      continue;
    sp_stmt_scenario_section (p, doc, s, (size_t) i);
  }
}
