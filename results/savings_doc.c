/* savings_doc.c -- the savings section of the results document */

#include "savings_doc.h"

#include "doc.h"

static void
add_line (cJSON *lines, const sp_savings_line *l, const sp_unit_cost *uc)
{
  cJSON *o = sp_doc_element (lines);
  cJSON_AddStringToObject (o, "service", uc->service);
  cJSON_AddStringToObject (o, "label", uc->label);
  cJSON_AddStringToObject (o, "unit", uc->unit);
  cJSON_AddStringToObject (o, "category", sp_category_name (uc->category));
  const sp_doc_value v[] = {
    { "unit_cost", l->unit_cost },
    { "before_quantity", l->before_quantity },
    { "before_cost", l->before_cost },
    { "after_quantity", l->after_quantity },
    { "after_cost", l->after_cost },
    { "saving", l->saving },
  };
  sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
  cJSON_AddStringToObject (o, "price_year", uc->price_year);
  cJSON_AddStringToObject (o, "source", uc->source);
}

static void
add_category (cJSON *cats, const sp_savings_category *c)
{
  cJSON *o = sp_doc_element (cats);
  cJSON_AddStringToObject (o, "category", sp_category_name (c->category));
  cJSON_AddNumberToObject (o, "before_cost", c->before_cost);
  cJSON_AddNumberToObject (o, "after_cost", c->after_cost);
  cJSON_AddNumberToObject (o, "saving", c->saving);
  sp_doc_number (o, "cost_reduction", c->cost_reduction,
                 c->cost_reduction_defined);
  cJSON_AddNumberToObject (o, "before_quantity", c->before_quantity);
  cJSON_AddNumberToObject (o, "after_quantity", c->after_quantity);
  sp_doc_number (o, "use_reduction", c->use_reduction,
                 c->use_reduction_defined);
}

static const sp_doc_text formulas[] = {
  { "annualised_quantity", "quantity x 12 / months" },
  { "cost", "annualised quantity x unit_cost, summed over participants "
            "observed in both periods" },
  { "saving", "baseline_cost - after_cost" },
  { "saving_rate", "saving / baseline_cost" },
  { "per_participant", "saving / participants" },
  { "scaled.saving", "saving x scaled.n / participants" },
  { "cost_reduction", "(before_cost - after_cost) / before_cost" },
  { "use_reduction", "(before_quantity - after_quantity) / "
                     "before_quantity" },
};

void
sp_doc_add_savings (cJSON *doc, const sp_savings *s,
                    const sp_unit_costs *costs, const sp_evaluation *e)
{
  cJSON *sec = cJSON_AddObjectToObject (doc, "savings");
  cJSON_AddNumberToObject (sec, "participants", (double) s->participants);
  cJSON_AddNumberToObject (sec, "excluded_participants",
                           (double) s->excluded_participants);
  cJSON_AddNumberToObject (sec, "baseline_cost", s->baseline_cost);
  cJSON_AddNumberToObject (sec, "after_cost", s->after_cost);
  cJSON_AddNumberToObject (sec, "saving", s->saving);
  sp_doc_number (sec, "saving_rate", s->saving_rate, s->saving_rate_defined);
  sp_doc_number (sec, "per_participant", s->per_participant,
                 s->per_participant_defined);
  cJSON *periods = cJSON_AddObjectToObject (sec, "periods");
  cJSON_AddStringToObject (periods, "before", e->before);
  cJSON_AddStringToObject (periods, "after", e->after);

  cJSON *lines = cJSON_AddArrayToObject (sec, "lines");
  for (size_t i = 0; i < s->n_lines; i++)
    add_line (lines, &s->lines[i], &costs->items[s->lines[i].cost_index]);
  cJSON *cats = cJSON_AddArrayToObject (sec, "categories");
  for (int c = 0; c < SP_N_CATEGORIES; c++)
    add_category (cats, &s->categories[c]);
  if (s->scaled)
    {
      cJSON *sc = cJSON_AddObjectToObject (sec, "scaled");
      cJSON_AddNumberToObject (sc, "n", s->scale_n);
      sp_doc_number (sc, "saving", s->scaled_saving, s->participants > 0);
    }
  sp_doc_texts (sec, "formulas", formulas,
                sizeof formulas / sizeof formulas[0]);
}
