/* trend_doc.c -- the headline figures over several reports */

#include "trend_doc.h"

#include "changes_doc.h"
#include "doc.h"

/* The label of document D read from FILE.  */
static const char *
label_of (const cJSON *d, const char *file)
{
  return sp_doc_str (d, "evaluation.reporting_period", file);
}

/* Add NAME: the number V, or null when V is not a number.  */
static void
copy_number (cJSON *o, const char *name, const cJSON *v)
{
  if (cJSON_IsNumber (v))
    cJSON_AddNumberToObject (o, name, v->valuedouble);
  else
    cJSON_AddNullToObject (o, name);
}

cJSON *
sp_doc_trend (const cJSON *const *docs, const char *const *files, size_t n)
{
  cJSON *doc = cJSON_CreateObject ();
  cJSON *tool = cJSON_AddObjectToObject (doc, "tool");
  cJSON_AddStringToObject (tool, "name", "socialprofit");
  cJSON_AddStringToObject (tool, "version", SP_VERSION);
  cJSON *ev = cJSON_AddObjectToObject (doc, "evaluation");
  sp_doc_string (ev, "programme",
                 n ? sp_doc_str (docs[0], "evaluation.programme", NULL)
                   : NULL);
  sp_doc_string (ev, "area",
                 n ? sp_doc_str (docs[0], "evaluation.area", NULL) : NULL);

  cJSON *tr = cJSON_AddObjectToObject (doc, "trend");
  cJSON *reports = cJSON_AddArrayToObject (tr, "reports");
  for (size_t i = 0; i < n; i++)
    {
      cJSON *r = sp_doc_element (reports);
      cJSON_AddStringToObject (r, "label", label_of (docs[i], files[i]));
      cJSON_AddStringToObject (r, "file", files[i]);
      sp_doc_string (r, "reporting_period",
                     sp_doc_str (docs[i], "evaluation.reporting_period",
                                 NULL));
      sp_doc_string (r, "period_end",
                     sp_doc_str (docs[i], "evaluation.period_end", NULL));
    }
  cJSON *figures = cJSON_AddArrayToObject (tr, "figures");
  size_t n_paths;
  const char *const *paths = sp_headline_paths (&n_paths);
  for (size_t k = 0; k < n_paths; k++)
    {
      int any = 0;
      for (size_t i = 0; i < n; i++)
        any |= cJSON_IsNumber (sp_doc_get (docs[i], paths[k]));
      if (!any)
        continue;
      cJSON *f = sp_doc_element (figures);
      cJSON_AddStringToObject (f, "path", paths[k]);
      cJSON *points = cJSON_AddArrayToObject (f, "points");
      for (size_t i = 0; i < n; i++)
        {
          cJSON *pt = sp_doc_element (points);
          cJSON_AddStringToObject (pt, "label", label_of (docs[i], files[i]));
          copy_number (pt, "estimate", sp_doc_get (docs[i], paths[k]));
          double lo, hi;
          if (sp_doc_interval_of (docs[i], paths[k], &lo, &hi))
            {
              cJSON_AddNumberToObject (pt, "lower", lo);
              cJSON_AddNumberToObject (pt, "upper", hi);
            }
          else
            {
              cJSON_AddNullToObject (pt, "lower");
              cJSON_AddNullToObject (pt, "upper");
            }
        }
    }
  return doc;
}
