/* register_doc.c -- the register, investment and local economy sections
   of the results document */

#include "register_doc.h"

#include "doc.h"

static void
add_count (cJSON *obj, const char *name, size_t n)
{
  cJSON_AddNumberToObject (obj, name, (double) n);
}

static void
add_segment (cJSON *arr, const sp_register_segment *s)
{
  cJSON *o = sp_doc_element (arr);
  sp_doc_string (o, "segment", s->segment[0] ? s->segment : NULL);
  add_count (o, "people", s->people);
  add_count (o, "phbs", s->phbs);
  add_count (o, "budgets", s->budgets);
  sp_doc_number (o, "budget_mean", s->budget_mean, s->budgets > 0);
  sp_doc_number (o, "pas_per_phb", s->pas_per_phb, s->with_pas > 0);
  add_count (o, "with_pas", s->with_pas);
}

void
sp_doc_add_register (cJSON *doc, const sp_register_summary *s)
{
  static const sp_doc_text formulas[] = {
    { "enquiries", "everyone in the register" },
    { "referrals", "everyone whose status is not enquiry" },
    { "phbs", "approved + in_process (live plans)" },
    { "conversion_rate", "(approved + in_process) / referrals" },
    { "budget_mean", "budget_total / budgets, over live plans with a budget" },
    { "budget_min", "smallest budget_annual of a live plan" },
    { "budget_max", "largest budget_annual of a live plan" },
    { "pas_per_phb", "mean of pas over live plans that give pas" },
    { "with_pas", "live plans that give pas" },
    { "integrated", "live plans with integrated = true" },
  };
  cJSON *sec = cJSON_AddObjectToObject (doc, "register");
  add_count (sec, "enquiries", s->enquiries);
  add_count (sec, "referrals", s->referrals);
  add_count (sec, "referred", s->status[SP_STATUS_REFERRED]);
  add_count (sec, "ineligible", s->status[SP_STATUS_INELIGIBLE]);
  add_count (sec, "in_process", s->status[SP_STATUS_IN_PROCESS]);
  add_count (sec, "approved", s->status[SP_STATUS_APPROVED]);
  add_count (sec, "lost", s->status[SP_STATUS_LOST]);
  add_count (sec, "phbs", s->phbs);
  sp_doc_number (sec, "conversion_rate", s->conversion_rate,
                 s->conversion_defined);
  add_count (sec, "budgets", s->budgets);
  cJSON_AddNumberToObject (sec, "budget_total", s->budget_total);
  sp_doc_number (sec, "budget_mean", s->budget_mean, s->budgets > 0);
  sp_doc_number (sec, "budget_min", s->budget_min, s->budgets > 0);
  sp_doc_number (sec, "budget_max", s->budget_max, s->budgets > 0);
  sp_doc_number (sec, "pas_per_phb", s->pas_per_phb, s->with_pas > 0);
  add_count (sec, "with_pas", s->with_pas);
  add_count (sec, "integrated", s->integrated);
  cJSON *segs = cJSON_AddArrayToObject (sec, "segments");
  for (size_t i = 0; i < s->n_segments; i++)
    add_segment (segs, &s->segments[i]);
  sp_doc_texts (sec, "formulas", formulas,
                sizeof formulas / sizeof formulas[0]);
}

void
sp_doc_add_investment (cJSON *doc, const sp_investment *inv)
{
  static const sp_doc_text formulas[] = {
    { "assessed", "register.referrals (everyone referred is assessed)" },
    { "phbs", "register.phbs" },
    { "advocacy", "assessed x advocacy_cost x (1 + vat_rate)" },
    { "reviews", "phbs x reviews_per_year x review_cost x (1 + vat_rate)" },
    { "marketplace", "marketplace_fee x marketplace_base" },
    { "marketplace_base", "R1, the spend transacted, when a transactions "
                          "file is given (marketplace_basis "
                          "\"transactions\"); otherwise the sum of "
                          "budget_annual of the live plans (\"budgets\")" },
    { "total", "advocacy + reviews + marketplace" },
  };
  cJSON *sec = cJSON_AddObjectToObject (doc, "investment");
  cJSON_AddNumberToObject (sec, "assessed", inv->assessed);
  cJSON_AddNumberToObject (sec, "phbs", inv->phbs);
  cJSON_AddNumberToObject (sec, "advocacy", inv->advocacy);
  cJSON_AddNumberToObject (sec, "reviews", inv->reviews);
  cJSON_AddNumberToObject (sec, "marketplace", inv->marketplace);
  cJSON_AddNumberToObject (sec, "total", inv->total);
  cJSON_AddStringToObject (sec, "marketplace_basis",
                           sp_marketplace_basis_name (inv->basis));
  cJSON_AddNumberToObject (sec, "marketplace_base", inv->marketplace_base);
  cJSON *p = cJSON_AddObjectToObject (sec, "params");
  cJSON_AddNumberToObject (p, "advocacy_cost", inv->params.advocacy_cost);
  cJSON_AddNumberToObject (p, "review_cost", inv->params.review_cost);
  cJSON_AddNumberToObject (p, "vat_rate", inv->params.vat_rate);
  cJSON_AddNumberToObject (p, "marketplace_fee",
                           inv->params.marketplace_fee);
  cJSON_AddNumberToObject (p, "reviews_per_year",
                           inv->params.reviews_per_year);
  sp_doc_texts (sec, "formulas", formulas,
                sizeof formulas / sizeof formulas[0]);
}

static void
add_category (cJSON *arr, const sp_spend_category *c, int defined)
{
  cJSON *o = sp_doc_element (arr);
  cJSON_AddStringToObject (o, "category", c->category);
  cJSON_AddNumberToObject (o, "amount", c->amount);
  sp_doc_number (o, "share", c->share, defined);
  cJSON_AddNumberToObject (o, "local", c->local);
  add_count (o, "transactions", c->transactions);
  add_count (o, "participants", c->people);
}

void
sp_doc_add_local_economy (cJSON *doc, const sp_local_economy *le)
{
  static const sp_doc_text formulas[] = {
    { "r1", "all spend in the transactions (round 1)" },
    { "r2", "spend with suppliers where supplier_local is true (round 2)" },
    { "r3", "r2 x respend (round 3: local suppliers' local re-spending)" },
    { "lm3", "(r1 + r2 + r3) / r1 (New Economics Foundation, Local "
             "Multiplier 3)" },
    { "effect", "r2 + r3" },
    { "local_share", "r2 / r1" },
    { "share", "category amount / r1" },
    { "fee_transacted", "fee_rate x r1" },
    { "additional_effect", "r1 x (lm3 - counterfactual_lm3) = r1 + r2 + r3 "
                           "- counterfactual_lm3 x r1: what the spending "
                           "adds locally beyond the provision it replaced; "
                           "null without counterfactual_lm3" },
    { "participants", "distinct people in the transactions (each "
                      "identifier not in the register once; by category, "
                      "all of those together as one)" },
  };
  const sp_lm3 *m = &le->lm3;
  cJSON *sec = cJSON_AddObjectToObject (doc, "local_economy");
  add_count (sec, "transactions", le->transactions);
  add_count (sec, "participants", le->people);
  cJSON_AddNumberToObject (sec, "r1", m->r1);
  cJSON_AddNumberToObject (sec, "r2", m->r2);
  cJSON_AddNumberToObject (sec, "r3", m->r3);
  cJSON_AddNumberToObject (sec, "respend", m->respend);
  sp_doc_number (sec, "lm3", m->lm3, m->lm3_defined);
  cJSON_AddNumberToObject (sec, "effect", m->effect);
  sp_doc_number (sec, "counterfactual_lm3", le->counterfactual_lm3,
                 le->counterfactual_given);
  sp_doc_number (sec, "additional_effect", le->additional_effect,
                 le->counterfactual_given);
  sp_doc_number (sec, "local_share", m->local_share, m->lm3_defined);
  cJSON_AddNumberToObject (sec, "fee_rate", le->fee_rate);
  cJSON_AddNumberToObject (sec, "fee_transacted", le->fee_transacted);
  cJSON *cats = cJSON_AddArrayToObject (sec, "by_category");
  for (size_t i = 0; i < le->n_categories; i++)
    add_category (cats, &le->by_category[i], m->lm3_defined);
  add_count (sec, "unmatched_transactions", le->unmatched_transactions);
  add_count (sec, "unmatched_participants", le->unmatched_people);
  cJSON_AddNumberToObject (sec, "unmatched_amount", le->unmatched_amount);
  sp_doc_texts (sec, "formulas", formulas,
                sizeof formulas / sizeof formulas[0]);
}
