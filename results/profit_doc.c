/* profit_doc.c -- the social profit section of the results document */

#include "profit_doc.h"

#include <math.h>

#include "doc.h"

/* The document paths the inputs of social profit are read from.  */
static const sp_doc_text sources[] = {
  { "nhs_savings", "savings.saving" },
  { "social_value", "social_value.total" },
  { "local_economic_effect", "local_economy.additional_effect" },
  { "investment", "investment.total" },
  { "per_person.saving", "savings.saving / savings.participants" },
  { "per_person.social_value",
    "social_value.total / social_value.participants" },
  { "per_person.local_effect",
    "local_economy.additional_effect / investment.phbs" },
  { "per_person.delivery_cost", "investment.total / investment.phbs" },
  { "per_person.budget", "register.budget_mean" },
};

/* How the figures are computed.  */
static const sp_doc_text formulas[] = {
  { "per_person.benefits", "saving + social_value + local_effect" },
  { "per_person.costs",
    "delivery_cost + budget_additional_share x budget" },
  { "per_person.costs_budgets_additional", "delivery_cost + budget" },
  { "sroi_ratio", "per_person.benefits / per_person.costs" },
  { "sroi_ratio_budgets_additional",
    "per_person.benefits / per_person.costs_budgets_additional (the whole "
    "budget counted as new money)" },
  { "net_per_person", "per_person.benefits - per_person.costs" },
  { "returns_per_pound", "each component per person / per_person.costs" },
  { "benefits", "nhs_savings + social_value + local_economic_effect: "
                "totals over different people (the cohort's saving and "
                "social value, the programme's local effect), not like "
                "for like" },
  { "net", "benefits - investment: totals over different people, not "
           "like for like; see net_per_person" },
};

/* V, or null when it is not finite.  */
static void
number (cJSON *o, const char *name, double v)
{
  sp_doc_number (o, name, v, isfinite (v));
}

void
sp_doc_add_social_profit (cJSON *doc, const sp_social_profit *p,
                          const sp_profit_counted *c)
{
  cJSON *sec = cJSON_AddObjectToObject (doc, "social_profit");
  const sp_per_person *pp = &p->per_person;
  cJSON *per = cJSON_AddObjectToObject (sec, "per_person");
  number (per, "saving", pp->saving);
  number (per, "social_value", pp->social_value);
  number (per, "local_effect", pp->local_effect);
  number (per, "delivery_cost", pp->delivery_cost);
  number (per, "budget", pp->budget);
  number (per, "benefits", pp->benefits);
  number (per, "costs", pp->costs);
  number (per, "costs_budgets_additional", pp->costs_budgets_additional);
  cJSON_AddNumberToObject (sec, "budget_additional_share",
                           p->in.budget_additional_share);
  cJSON_AddBoolToObject (sec, "budget_additional_share_stated",
                         c->share_stated);
  number (sec, "sroi_ratio", p->sroi_ratio);
  number (sec, "sroi_ratio_budgets_additional",
          p->sroi_ratio_budgets_additional);
  number (sec, "net_per_person", p->net_per_person);
  cJSON *r = cJSON_AddObjectToObject (sec, "returns_per_pound");
  number (r, "nhs_savings", p->return_nhs_savings);
  number (r, "social_value", p->return_social_value);
  number (r, "local_economic_effect", p->return_local_economic_effect);

  cJSON_AddNumberToObject (sec, "investment", p->in.investment);
  cJSON_AddNumberToObject (sec, "nhs_savings", p->in.nhs_savings);
  cJSON_AddNumberToObject (sec, "social_value", p->in.social_value);
  cJSON_AddNumberToObject (sec, "local_economic_effect",
                           p->in.local_economic_effect);
  cJSON_AddNumberToObject (sec, "benefits", p->benefits);
  cJSON_AddNumberToObject (sec, "net", p->net);
  cJSON *m = cJSON_AddObjectToObject (sec, "measured");
  cJSON_AddBoolToObject (m, "local_economic_effect", c->local_measured);
  cJSON *k = cJSON_AddObjectToObject (sec, "counted");
  cJSON_AddBoolToObject (k, "local_economic_effect", c->local_counted);
  cJSON_AddStringToObject (sec, "nhs_savings_basis",
                           c->saving_compared ? "comparison_group"
                                              : "before_after");
  cJSON *src = sp_doc_texts (sec, "sources", sources,
                             sizeof sources / sizeof sources[0]);
  if (c->saving_compared)
    {
      /* The saving against the comparison group replaces the
         before/after one (issue 14).  */
      cJSON_ReplaceItemInObjectCaseSensitive (
        src, "nhs_savings", cJSON_CreateString ("savings.adjusted.saving"));
      cJSON_ReplaceItemInObjectCaseSensitive (
        src, "per_person.saving",
        cJSON_CreateString ("savings.adjusted.saving / "
                            "savings.participants"));
    }
  cJSON_AddStringToObject (sec, "formula",
                           "sroi_ratio = (saving + social_value + "
                           "local_effect) / (delivery_cost + "
                           "budget_additional_share x budget), per person");
  cJSON *f = sp_doc_texts (sec, "formulas", formulas,
                           sizeof formulas / sizeof formulas[0]);
  cJSON_AddStringToObject (f, "local_economic_effect",
                           c->local_counted
                             ? "local_economy.additional_effect = r1 x (lm3 "
                               "- counterfactual_lm3)"
                           : c->local_measured
                             ? "0: no counterfactual_lm3, so the local "
                               "effect is not counted (the budgets largely "
                               "replace spending that would have happened "
                               "anyway)"
                             : "0: no transactions file, the local economy "
                               "was not measured");
}
