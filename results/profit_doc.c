/* profit_doc.c -- the social profit section of the results document */

#include "profit_doc.h"

#include "doc.h"

/* The document paths the inputs of social profit are read from.  */
static const sp_doc_text sources[] = {
  { "nhs_savings", "savings.saving" },
  { "social_value", "social_value.total" },
  { "local_economic_effect", "local_economy.effect" },
  { "investment", "investment.total" },
};

/* How the figures are computed; the local economic effect's depends on
   whether it was measured.  */
static const sp_doc_text formulas[] = {
  { "benefits", "nhs_savings + social_value + local_economic_effect" },
  { "net", "benefits - investment" },
  { "sroi_ratio", "benefits / investment" },
  { "returns_per_pound", "each component / investment" },
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
  sp_doc_texts (sec, "sources", sources, sizeof sources / sizeof sources[0]);
  cJSON_AddStringToObject (sec, "formula",
                           "net = nhs_savings + social_value + "
                           "local_economic_effect - investment");
  cJSON *f = sp_doc_texts (sec, "formulas", formulas,
                           sizeof formulas / sizeof formulas[0]);
  cJSON_AddStringToObject (f, "local_economic_effect",
                           local_measured ? "local_economy.effect"
                                          : "0: no transactions file, the "
                                            "local economy was not "
                                            "measured");
}
