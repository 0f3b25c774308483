/* scenario_view.c -- a further scenario of a report as a document of its
   own, and the names of its chart files */

#include "scenario_view.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

cJSON *
sp_scenario_view (const cJSON *doc, const cJSON *s)
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

char *
sp_scenario_chart_name (const char *chart, size_t i, const char *name,
                        char *buf, size_t size)
{
  int len = snprintf (buf, size, "%s-%zu", chart, i);
  size_t at = len > 0 ? (size_t) len : 0;
  int dash = 1;
  for (const char *c = name ? name : ""; *c && at + 2 < size; c++)
    {
      unsigned char u = (unsigned char) *c;
      if (isalnum (u) && u < 128)
        {
          if (dash)
            buf[at++] = '-';
          buf[at++] = (char) tolower (u);
          dash = 0;
        }
      else
        dash = 1;
    }
  if (at < size)
    buf[at] = '\0';
  return buf;
}
