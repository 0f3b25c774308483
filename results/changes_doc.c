/* changes_doc.c -- what moved since the last report */

#include "changes_doc.h"

#include "doc.h"

static const char *const headline[] = {
  "savings.saving",      "savings.adjusted.saving",
  "savings.saving_rate", "savings.per_participant",
  "social_value.total",  "social_profit.net",   "social_profit.sroi_ratio",
  "register.referrals",  "register.phbs",       "local_economy.lm3",
  "local_economy.effect", "rollout.progress.observed_phbs",
};

const char *const *
sp_headline_paths (size_t *n)
{
  *n = sizeof headline / sizeof headline[0];
  return headline;
}

int
sp_doc_interval_of (const cJSON *doc, const char *path, double *lo,
                    double *hi)
{
  const cJSON *iv = cJSON_GetObjectItemCaseSensitive (
    cJSON_GetObjectItemCaseSensitive (doc, "intervals"), path);
  const cJSON *l = cJSON_GetObjectItemCaseSensitive (iv, "lower");
  const cJSON *u = cJSON_GetObjectItemCaseSensitive (iv, "upper");
  if (!cJSON_IsNumber (l) || !cJSON_IsNumber (u))
    return 0;
  *lo = l->valuedouble;
  *hi = u->valuedouble;
  return 1;
}

/* Add NAME: [LO, HI] to O, or NAME: null when HAVE is 0.  */
static void
add_interval (cJSON *o, const char *name, int have, double lo, double hi)
{
  if (!have)
    {
      cJSON_AddNullToObject (o, name);
      return;
    }
  cJSON *a = cJSON_AddArrayToObject (o, name);
  cJSON_AddItemToArray (a, cJSON_CreateNumber (lo));
  cJSON_AddItemToArray (a, cJSON_CreateNumber (hi));
}

void
sp_doc_add_changes (cJSON *doc, const cJSON *previous, const char *path)
{
  cJSON *prev = cJSON_AddObjectToObject (doc, "previous");
  sp_doc_string (prev, "file", path);
  sp_doc_string (prev, "reporting_period",
                 sp_doc_str (previous, "evaluation.reporting_period", NULL));
  sp_doc_string (prev, "period_end",
                 sp_doc_str (previous, "evaluation.period_end", NULL));
  cJSON *list = cJSON_AddArrayToObject (doc, "changes");
  for (size_t i = 0; i < sizeof headline / sizeof headline[0]; i++)
    {
      const cJSON *a = sp_doc_get (previous, headline[i]);
      const cJSON *b = sp_doc_get (doc, headline[i]);
      if (!cJSON_IsNumber (a) || !cJSON_IsNumber (b))
        continue;
      double alo = 0, ahi = 0, blo = 0, bhi = 0;
      int ha = sp_doc_interval_of (previous, headline[i], &alo, &ahi);
      int hb = sp_doc_interval_of (doc, headline[i], &blo, &bhi);
      cJSON *o = sp_doc_element (list);
      cJSON_AddStringToObject (o, "path", headline[i]);
      cJSON_AddNumberToObject (o, "previous", a->valuedouble);
      cJSON_AddNumberToObject (o, "current", b->valuedouble);
      cJSON_AddNumberToObject (o, "change", b->valuedouble - a->valuedouble);
      add_interval (o, "previous_interval", ha, alo, ahi);
      add_interval (o, "current_interval", hb, blo, bhi);
      cJSON_AddBoolToObject (o, "distinguishable",
                             ha && hb && (ahi < blo || bhi < alo));
    }
}
