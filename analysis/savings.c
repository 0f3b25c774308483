/* savings.c -- NHS cost savings of a cohort (the Appendix 2a table) */

#include "savings.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* The fraction (A - B) / A, or 0 with *DEFINED = 0 when A is 0.  */
static double
reduction (double a, double b, int *defined)
{
  *defined = a != 0.0;
  return a != 0.0 ? (a - b) / a : 0.0;
}

sp_basis
sp_savings_basis (const size_t *before, const size_t *after)
{
  if (before[SP_SOURCE_PLAN] > 0 || after[SP_SOURCE_PLAN] > 0)
    return SP_BASIS_FORECAST;
  size_t other = 0, records = 0;
  for (int k = 0; k < SP_N_SOURCES; k++)
    {
      size_t n = before[k] + after[k];
      if (k == SP_SOURCE_RECORD)
        records += n;
      else
        other += n;
    }
  return records > 0 && other == 0 ? SP_BASIS_OBSERVED : SP_BASIS_REPORTED;
}

const char *
sp_basis_name (sp_basis basis)
{
  switch (basis)
    {
    case SP_BASIS_OBSERVED:
      return "observed";
    case SP_BASIS_FORECAST:
      return "forecast";
    case SP_BASIS_REPORTED:
    default:
      return "reported";
    }
}

void
sp_savings_compute (const sp_usage *u, const sp_unit_costs *costs,
                    double scale_n, sp_savings *out)
{
  memset (out, 0, sizeof *out);
  out->participants = u->n_participants;
  out->excluded_participants = u->n_excluded;
  memcpy (out->source_rows_before, u->source_rows_before,
          sizeof out->source_rows_before);
  memcpy (out->source_rows_after, u->source_rows_after,
          sizeof out->source_rows_after);
  out->basis = sp_savings_basis (u->source_rows_before,
                                 u->source_rows_after);
  out->n_lines = u->n_services;
  out->lines = sp_xcalloc (u->n_services, sizeof *out->lines);
  for (int c = 0; c < SP_N_CATEGORIES; c++)
    out->categories[c].category = (sp_category) c;

  for (size_t s = 0; s < u->n_services; s++)
    {
      const sp_unit_cost *uc = &costs->items[u->cost_index[s]];
      sp_savings_line *line = &out->lines[s];
      line->cost_index = u->cost_index[s];
      line->unit_cost = uc->unit_cost;
      for (size_t p = 0; p < u->n_participants; p++)
        {
          double b = u->before[p * u->n_services + s];
          double a = u->after[p * u->n_services + s];
          line->before_quantity += b;
          line->after_quantity += a;
          line->contributors += b != 0.0 || a != 0.0;
        }
      line->before_cost = line->before_quantity * uc->unit_cost;
      line->after_cost = line->after_quantity * uc->unit_cost;
      line->saving = line->before_cost - line->after_cost;

      out->baseline_cost += line->before_cost;
      out->after_cost += line->after_cost;

      sp_savings_category *cat = &out->categories[uc->category];
      cat->before_cost += line->before_cost;
      cat->after_cost += line->after_cost;
      cat->before_quantity += line->before_quantity;
      cat->after_quantity += line->after_quantity;
    }

  /* Contributors of each category and of the whole table.  */
  for (size_t p = 0; p < u->n_participants; p++)
    {
      int uses[SP_N_CATEGORIES] = { 0 };
      for (size_t s = 0; s < u->n_services; s++)
        if (u->before[p * u->n_services + s] != 0.0
            || u->after[p * u->n_services + s] != 0.0)
          uses[costs->items[u->cost_index[s]].category] = 1;
      for (int c = 0; c < SP_N_CATEGORIES; c++)
        out->categories[c].contributors += (size_t) uses[c];
      out->contributors += uses[SP_CATEGORY_PLANNED]
                           || uses[SP_CATEGORY_EMERGENCY];
    }

  out->saving = out->baseline_cost - out->after_cost;
  out->saving_rate = reduction (out->baseline_cost, out->after_cost,
                                &out->saving_rate_defined);
  out->per_participant_defined = out->participants > 0;
  out->per_participant = out->participants
    ? out->saving / (double) out->participants : 0.0;

  for (int c = 0; c < SP_N_CATEGORIES; c++)
    {
      sp_savings_category *cat = &out->categories[c];
      cat->saving = cat->before_cost - cat->after_cost;
      cat->cost_reduction = reduction (cat->before_cost, cat->after_cost,
                                       &cat->cost_reduction_defined);
      cat->use_reduction = reduction (cat->before_quantity,
                                      cat->after_quantity,
                                      &cat->use_reduction_defined);
    }

  if (scale_n > 0.0)
    {
      out->scaled = 1;
      out->scale_n = scale_n;
      out->scaled_saving = out->participants
        ? out->saving * scale_n / (double) out->participants : 0.0;
    }
}

void
sp_savings_free (sp_savings *s)
{
  free (s->lines);
  memset (s, 0, sizeof *s);
}
