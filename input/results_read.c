/* results_read.c -- read a results document back */

#include "results_read.h"

#include <stdlib.h>
#include <string.h>

#include "jsonload.h"
#include "jsonpos.h"
#include "xalloc.h"

int
sp_results_read (const char *path, const char *what, cJSON **doc,
                 sp_diag *d)
{
  *doc = NULL;
  char *text = NULL;
  char *invalid = sp_xasprintf ("%s is not valid JSON near here: give the "
                                "results.json that socialprofit report "
                                "wrote", what);
  cJSON *root = sp_json_load_strict (path, invalid, NULL, &text, d);
  free (invalid);
  if (!root)
    return -1;
  size_t line = 1, col = 1;
  const cJSON *tool = cJSON_GetObjectItemCaseSensitive (root, "tool");
  const cJSON *name = cJSON_GetObjectItemCaseSensitive (tool, "name");
  if (!cJSON_IsObject (root) || !cJSON_IsString (name)
      || strcmp (name->valuestring, "socialprofit") != 0
      || !cJSON_IsObject (cJSON_GetObjectItemCaseSensitive (root,
                                                            "evaluation")))
    {
      if (cJSON_IsObject (root))
        sp_json_path_position (text, "tool", &line, &col);
      sp_diag_error (d, path, line, col,
                     "%s is not a socialprofit results document (it has no "
                     "\"tool\": { \"name\": \"socialprofit\" } and "
                     "\"evaluation\"): give the results.json that "
                     "socialprofit report wrote", what);
      cJSON_Delete (root);
      free (text);
      return -1;
    }
  free (text);
  *doc = root;
  return 0;
}

/* The string at PATH of DOC, or NULL when absent, null or not a
   string.  */
static const char *
label (const cJSON *doc, const char *key)
{
  const cJSON *ev = cJSON_GetObjectItemCaseSensitive (doc, "evaluation");
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (ev, key);
  return cJSON_IsString (v) ? v->valuestring : NULL;
}

static int
same (const char *a, const char *b)
{
  return (!a && !b) || (a && b && strcmp (a, b) == 0);
}

int
sp_results_same_programme (const cJSON *a, const cJSON *b)
{
  return same (label (a, "programme"), label (b, "programme"))
         && same (label (a, "area"), label (b, "area"));
}
