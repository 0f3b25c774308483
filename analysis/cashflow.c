/* cashflow.c -- yearly cash flows of a rollout, their NPV and payback */

#include "cashflow.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void
sp_cashflow_compute (const sp_trajectory *t, const sp_cashflow_params *p,
                     sp_cashflow *out)
{
  memset (out, 0, sizeof *out);
  size_t n = p->horizon_years > 0 ? (size_t) p->horizon_years : 0;
  out->years = sp_xcalloc (n ? n : 1, sizeof *out->years);
  out->n_years = n;
  double cumulative = 0;
  for (size_t y = 0; y < n; y++)
    {
      sp_cashflow_year *cy = &out->years[y];
      cy->year = (int) y + 1;
      for (size_t m = 12 * y; m < 12 * (y + 1) && m < t->n_months; m++)
        {
          cy->assessments += t->assessments[m];
          cy->phb_years += t->live_phbs[m] / 12;
        }
      cy->budget = cy->phb_years * p->budget_per_phb;
      cy->gross_saving = p->savings_rate * cy->budget;
      cy->advocacy = cy->assessments * p->advocacy_unit;
      cy->reviews = cy->phb_years * p->review_unit;
      cy->marketplace = p->marketplace_fee * cy->budget;
      cy->costs = cy->advocacy + cy->reviews + cy->marketplace;
      cy->net = cy->gross_saving - cy->advocacy - cy->reviews
                - cy->marketplace;
      cy->discount_factor = 1 / pow (1 + p->discount_rate, (double) y);
      cy->discounted = cy->net * cy->discount_factor;
      cumulative += cy->net;
      cy->cumulative = cumulative;
      out->npv += cy->discounted;
      if (!out->payback_defined && cumulative >= 0)
        {
          out->payback_defined = 1;
          out->payback_year = cy->year;
        }
    }
}

void
sp_cashflow_free (sp_cashflow *c)
{
  free (c->years);
  memset (c, 0, sizeof *c);
}
