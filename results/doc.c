/* doc.c -- the results document */

#include "doc.h"

#include "prices.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void
sp_doc_number (cJSON *obj, const char *name, double value, int defined)
{
  if (defined && isfinite (value))
    cJSON_AddNumberToObject (obj, name, value);
  else
    cJSON_AddNullToObject (obj, name);
}

void
sp_doc_string (cJSON *obj, const char *name, const char *value)
{
  if (value)
    cJSON_AddStringToObject (obj, name, value);
  else
    cJSON_AddNullToObject (obj, name);
}

void
sp_doc_add_uprating (cJSON *obj, const char *original_name, double price,
                     double original, const char *year,
                     const char *year_original, double factor)
{
  int built = year_original != NULL;
  cJSON_AddNumberToObject (obj, original_name, built ? original : price);
  sp_doc_string (obj, "price_year_original", built ? year_original : year);
  cJSON_AddNumberToObject (obj, "uprating_factor", built ? factor : 1.0);
}

cJSON *
sp_doc_texts (cJSON *obj, const char *name, const sp_doc_text *texts,
              size_t n)
{
  cJSON *o = cJSON_AddObjectToObject (obj, name);
  for (size_t i = 0; i < n; i++)
    cJSON_AddStringToObject (o, texts[i].name, texts[i].text);
  return o;
}

void
sp_doc_numbers (cJSON *obj, const sp_doc_value *values, size_t n)
{
  for (size_t i = 0; i < n; i++)
    cJSON_AddNumberToObject (obj, values[i].name, values[i].value);
}

cJSON *
sp_doc_element (cJSON *list)
{
  cJSON *o = cJSON_CreateObject ();
  cJSON_AddItemToArray (list, o);
  return o;
}

cJSON *
sp_doc_section (cJSON *doc, const char *name)
{
  cJSON *s = cJSON_GetObjectItemCaseSensitive (doc, name);
  return s ? s : cJSON_AddObjectToObject (doc, name);
}

cJSON *
sp_doc_new (const sp_evaluation *e)
{
  cJSON *doc = cJSON_CreateObject ();
  cJSON_AddNumberToObject (doc, "schema_version", SP_SCHEMA_VERSION);
  cJSON *tool = cJSON_AddObjectToObject (doc, "tool");
  cJSON_AddStringToObject (tool, "name", "socialprofit");
  cJSON_AddStringToObject (tool, "version", SP_VERSION);

  cJSON *ev = cJSON_AddObjectToObject (doc, "evaluation");
  sp_doc_string (ev, "file", e->path);
  sp_doc_string (ev, "programme", e->programme);
  sp_doc_string (ev, "area", e->area);
  sp_doc_string (ev, "reporting_period", e->reporting_period);
  /* The statement's front matter (issue 11).  */
  sp_doc_string (ev, "organisation", e->organisation);
  sp_doc_string (ev, "author", e->author);
  sp_doc_string (ev, "status", e->status ? e->status : "draft");
  sp_doc_string (ev, "period_start", e->period_start);
  sp_doc_string (ev, "period_end", e->period_end);
  if (e->notes)
    sp_doc_string (ev, "notes", e->notes);
  /* The price year every pound is in (issue 9), or null when prices
     are left in their own years.  */
  char year[16];
  sp_doc_string (ev, "price_year",
                 e->price_year ? sp_fin_year_name (e->price_year_start, year,
                                                   sizeof year)
                               : NULL);
  cJSON *in = cJSON_AddObjectToObject (ev, "inputs");
  sp_doc_string (in, "usage", e->usage);
  sp_doc_string (in, "comparison_usage", e->comparison_usage);
  sp_doc_string (in, "unit_costs", e->unit_costs);
  sp_doc_string (in, "outcomes", e->outcomes);
  sp_doc_string (in, "instrument", e->instrument);
  sp_doc_string (in, "proxies", e->proxies);
  sp_doc_string (in, "register", e->register_file);
  sp_doc_string (in, "transactions", e->transactions);
  /* The index files uprating used (null without a price year).  */
  char *index[2] = { NULL, NULL };
  if (e->price_year)
    for (int costs = 0; costs < 2; costs++)
      index[costs] = sp_evaluation_index (e, costs);
  sp_doc_string (in, "cost_index", index[1]);
  sp_doc_string (in, "value_index", index[0]);
  free (index[0]);
  free (index[1]);
  return doc;
}

const cJSON *
sp_doc_get (const cJSON *doc, const char *path)
{
  const cJSON *node = doc;
  char name[128];
  while (node && *path)
    {
      const char *dot = strchr (path, '.');
      size_t n = dot ? (size_t) (dot - path) : strlen (path);
      if (n >= sizeof name)
        return NULL;
      memcpy (name, path, n);
      name[n] = '\0';
      node = cJSON_GetObjectItemCaseSensitive (node, name);
      path += n + (dot ? 1 : 0);
    }
  return node;
}

double
sp_doc_num (const cJSON *doc, const char *path, double fallback)
{
  const cJSON *v = sp_doc_get (doc, path);
  return cJSON_IsNumber (v) ? v->valuedouble : fallback;
}

const char *
sp_doc_str (const cJSON *doc, const char *path, const char *fallback)
{
  const cJSON *v = sp_doc_get (doc, path);
  return cJSON_IsString (v) ? v->valuestring : fallback;
}

void
sp_doc_excluded_after_period (cJSON *doc, const char *input, size_t n)
{
  cJSON *ev = sp_doc_section (doc, "evaluation");
  if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (ev, "period_end")))
    return;
  cJSON *ex = sp_doc_section (ev, "excluded_after_period");
  cJSON_DeleteItemFromObjectCaseSensitive (ex, input);
  cJSON_AddNumberToObject (ex, input, (double) n);
}
