/* statement_scenarios.c -- every scenario of the evaluation in a full
   section of its own (issue 11 §2)

   The document's "rollout" is the evaluation's first scenario; with
   more than one, "scenarios" holds each of them with its own rollout
   and intervals (cmd_rollout.c).  The first is drawn by
   sp_stmt_rollout on the document itself; each further one is drawn by
   the same function on a view of the document in which "rollout" and
   "intervals" are that scenario's (references, nothing copied), so
   that its figures, intervals, trajectory and tornado are the
   scenario's own.  The charts' files on disk are the first scenario's,
   so the further sections do not name them.  */

#include <string.h>

#include "doc.h"
#include "statement_parts.h"

/* DOC with "rollout" and "intervals" taken from the scenario S and
   without "scenarios" (so the side-by-side table is not repeated).
   Every member is a reference: freeing the view frees nothing of DOC.  */
static cJSON *
scenario_view (const cJSON *doc, const cJSON *s)
{
  cJSON *view = cJSON_CreateObject ();
  const cJSON *item;
  cJSON_ArrayForEach (item, doc)
  {
    const char *k = item->string;
    if (strcmp (k, "rollout") == 0 || strcmp (k, "intervals") == 0
        || strcmp (k, "scenarios") == 0)
      continue;
    cJSON_AddItemReferenceToObject (view, k, (cJSON *) item);
  }
  const cJSON *ro = cJSON_GetObjectItemCaseSensitive (s, "rollout");
  const cJSON *iv = cJSON_GetObjectItemCaseSensitive (s, "intervals");
  if (ro)
    cJSON_AddItemReferenceToObject (view, "rollout", (cJSON *) ro);
  if (iv)
    cJSON_AddItemReferenceToObject (view, "intervals", (cJSON *) iv);
  return view;
}

void
sp_stmt_scenarios (sp_page *p, const cJSON *doc)
{
  const cJSON *list = sp_doc_get (doc, "scenarios");
  if (cJSON_GetArraySize (list) < 2)
    return;
  int files = p->chart_files;
  p->chart_files = 0;
  const cJSON *s;
  int i = 0;
  cJSON_ArrayForEach (s, list)
  {
    /* The first is the document's own rollout, already drawn.  */
    if (i++ == 0)
      continue;
    cJSON *view = scenario_view (doc, s);
    sp_stmt_rollout (p, view);
    cJSON_Delete (view);
  }
  p->chart_files = files;
}
