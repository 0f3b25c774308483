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
    { "contributors", (double) l->contributors },
  };
  sp_doc_numbers (o, v, sizeof v / sizeof v[0]);
  cJSON_AddStringToObject (o, "price_year", uc->price_year);
  sp_doc_add_uprating (o, "unit_cost_original", uc->unit_cost,
                       uc->unit_cost_original, uc->price_year,
                       uc->price_year_original, uc->uprating_factor);
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
  cJSON_AddNumberToObject (o, "contributors", (double) c->contributors);
}

const char *
sp_savings_title (sp_basis basis, const size_t *before, const size_t *after)
{
  switch (basis)
    {
    case SP_BASIS_FORECAST:
      return "Forecast NHS cost saving";
    case SP_BASIS_OBSERVED:
      return "NHS cost saving (recorded activity)";
    case SP_BASIS_REPORTED:
    default:
      return before[SP_SOURCE_RECALL] + after[SP_SOURCE_RECALL] > 0
               ? "Reported NHS cost saving (recalled use)"
               : "Reported NHS cost saving (source of use not recorded)";
    }
}

void
sp_doc_add_period (cJSON *periods, const char *name, const char *label,
                   const size_t *rows)
{
  cJSON *o = cJSON_AddObjectToObject (periods, name);
  sp_doc_string (o, "period", label);
  cJSON *r = cJSON_AddObjectToObject (o, "source_rows");
  for (int k = 0; k < SP_N_SOURCES; k++)
    cJSON_AddNumberToObject (r, sp_source_name ((sp_source) k),
                             (double) rows[k]);
}

static const sp_doc_text formulas[] = {
  { "annualised_quantity", "quantity x 12 / months" },
  { "cost", "annualised quantity x unit_cost, summed over the "
            "participants with rows in both periods" },
  { "saving", "baseline_cost - after_cost" },
  { "saving_rate", "saving / baseline_cost" },
  { "per_participant", "saving / participants" },
  { "scaled.saving", "saving x scaled.n / participants" },
  { "cost_reduction", "(before_cost - after_cost) / before_cost" },
  { "use_reduction", "(before_quantity - after_quantity) / "
                     "before_quantity" },
  { "source_rows", "rows of the period's cohort participants by source "
                   "(no source column or an empty cell: unspecified)" },
  { "contributors", "participants with a non-zero quantity before or "
                    "after (of the line, the category, or any service)" },
};

void
sp_doc_add_savings (cJSON *doc, const sp_savings *s,
                    const sp_unit_costs *costs, const sp_evaluation *e)
{
  cJSON *sec = cJSON_AddObjectToObject (doc, "savings");
  cJSON_AddNumberToObject (sec, "participants", (double) s->participants);
  cJSON_AddNumberToObject (sec, "excluded_participants",
                           (double) s->excluded_participants);
  cJSON_AddNumberToObject (sec, "contributors", (double) s->contributors);
  cJSON_AddNumberToObject (sec, "baseline_cost", s->baseline_cost);
  cJSON_AddNumberToObject (sec, "after_cost", s->after_cost);
  cJSON_AddNumberToObject (sec, "saving", s->saving);
  sp_doc_number (sec, "saving_rate", s->saving_rate, s->saving_rate_defined);
  sp_doc_number (sec, "per_participant", s->per_participant,
                 s->per_participant_defined);
  cJSON_AddStringToObject (sec, "basis", sp_basis_name (s->basis));
  cJSON_AddStringToObject (sec, "title",
                           sp_savings_title (s->basis, s->source_rows_before,
                                             s->source_rows_after));
  cJSON *periods = cJSON_AddObjectToObject (sec, "periods");
  sp_doc_add_period (periods, "before", e->before, s->source_rows_before);
  sp_doc_add_period (periods, "after", e->after, s->source_rows_after);

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
