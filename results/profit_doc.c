/* profit_doc.c -- the social profit section of the results document */

#include "profit_doc.h"

#include "doc.h"

/* The document paths the inputs of social profit are read from.  */
static const char *const sources[][2] = {
  { "nhs_savings", "savings.saving" },
  { "social_value", "social_value.total" },
  { "local_economic_effect", "local_economy.effect" },
  { "investment", "investment.total" },
};

void
sp_doc_add_social_profit (cJSON *doc, const sp_social_profit *p,
                          int local_measured)
{
  cJSON *sec = cJSON_AddObjectToObject (doc, "social_profit");
  cJSON_AddNumberToObject (sec, "investment", p->in.investment);
  cJSON_AddNumberToObject (sec, "nhs_savings", p->in.nhs_savings);
  cJSON_AddNumberToObject (sec, "social_value", p->in.social_value);
  cJSON_AddNumberToObject (sec, "local_economic_effect",
                           p->in.local_economic_effect);
  cJSON_AddNumberToObject (sec, "benefits", p->benefits);
  cJSON_AddNumberToObject (sec, "net", p->net);
  sp_doc_number (sec, "sroi_ratio", p->sroi_ratio, p->ratios_defined);
  cJSON *r = cJSON_AddObjectToObject (sec, "returns_per_pound");
  sp_doc_number (r, "nhs_savings", p->return_nhs_savings, p->ratios_defined);
  sp_doc_number (r, "social_value", p->return_social_value,
                 p->ratios_defined);
  sp_doc_number (r, "local_economic_effect",
                 p->return_local_economic_effect, p->ratios_defined);
  cJSON *m = cJSON_AddObjectToObject (sec, "measured");
  cJSON_AddBoolToObject (m, "local_economic_effect", local_measured);
  cJSON *s = cJSON_AddObjectToObject (sec, "sources");
  for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++)
    cJSON_AddStringToObject (s, sources[i][0], sources[i][1]);
  cJSON_AddStringToObject (sec, "formula",
                           "net = nhs_savings + social_value + "
                           "local_economic_effect - investment");
  cJSON *f = cJSON_AddObjectToObject (sec, "formulas");
  cJSON_AddStringToObject (f, "benefits", "nhs_savings + social_value + "
                                          "local_economic_effect");
  cJSON_AddStringToObject (f, "net", "benefits - investment");
  cJSON_AddStringToObject (f, "sroi_ratio", "benefits / investment");
  cJSON_AddStringToObject (f, "returns_per_pound",
                           "each component / investment");
  cJSON_AddStringToObject (f, "local_economic_effect",
                           local_measured ? "local_economy.effect"
                                          : "0: no transactions file, the "
                                            "local economy was not "
                                            "measured");
}
